/* ykien — a growable byte buffer with a hard cap.
 *
 * A plain value type: zero-initialise it, append, and yk_buf_free() it.
 * The cap keeps input-driven growth bounded: appending past it fails with
 * YK_ERR_LIMIT instead of exhausting memory. */
#ifndef YK_BUF_H
#define YK_BUF_H

#include <stddef.h>
#include "yk_status.h"

typedef struct {
    char *data;     /* owned; NULL until the first append */
    size_t len;
    size_t size;    /* allocated bytes */
    size_t cap;     /* most bytes it may hold; 0 means SIZE_MAX */
} yk_buf;

/* Make room for extra more bytes; YK_ERR_LIMIT past the cap. */
yk_status yk_buf_reserve(yk_buf *b, size_t extra);
yk_status yk_buf_append(yk_buf *b, const void *p, size_t n);
static inline void yk_buf_clear(yk_buf *b) { b->len = 0; }
void yk_buf_free(yk_buf *b);

#endif
