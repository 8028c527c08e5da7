/* ykien — where bytes come from.
 *
 * The reader takes this interface rather than a FILE*, so tests feed it
 * bytes from memory and tools wrap files (counting progress on the way). */
#ifndef YK_INPUT_H
#define YK_INPUT_H

#include <stddef.h>
#include "yk_status.h"

typedef struct {
    /* Read up to cap bytes into buf; *got is 0 only at the end. */
    yk_status (*read)(void *ctx, char *buf, size_t cap, size_t *got);
    /* Go back to the first byte (detection reads a file twice). */
    yk_status (*rewind)(void *ctx);
    void *ctx;
} yk_input;

/* An input over len bytes at data, which must outlive it; state lives in
 * *m, which the returned input borrows. */
typedef struct {
    const char *data;
    size_t len, pos;
} yk_memory;

yk_input yk_input_memory(yk_memory *m, const void *data, size_t len);

#endif
