/* ykien — the reader's memo of fields that decoded with nothing to report.
 *
 * Files repeat their units' names and stock comments on every row; the
 * memo maps a field's bytes as read to its decoded text, so they are
 * decoded, normalised and checked once.  Looking up must cost less than
 * decoding: the hash reads three words of the field, not every byte, and
 * a lookup gives up after a few slots (the memo only saves time, so a
 * file built to collide costs a decode, never a long search).  Bounded
 * (YK_MEMO_FIELDS fields of up to YK_MEMO_FIELD_MAX bytes).  Internal to
 * the reader. */
#ifndef YK_MEMO_IMPL_H
#define YK_MEMO_IMPL_H

#include <stddef.h>
#include "yk_buf.h"

enum { YK_MEMO_FIELDS = 4096, YK_MEMO_FIELD_MAX = 256 };

typedef struct {
    size_t key, key_len;        /* the bytes as read, in keys */
    size_t text, text_len;      /* the decoded text, in text */
} yk_memo_entry;

/* Zero-initialised, it is empty. */
typedef struct {
    unsigned short *slots;      /* entry + 1, or 0 */
    yk_memo_entry *kept;
    size_t n;
    yk_buf keys;
    yk_buf text;                /* NUL after each */
} yk_memo;

/* The entry for the field p (n bytes as read), or NULL; borrowed until
 * the next put or clear. */
const yk_memo_entry *yk_memo_get(const yk_memo *m, const char *p, size_t n);

/* Keep text (len bytes) for the field p; quietly nothing when the memo is
 * full, the field too long, its slots taken, or memory short. */
void yk_memo_put(yk_memo *m, const char *p, size_t n, const char *text, size_t len);

void yk_memo_clear(yk_memo *m);
void yk_memo_free(yk_memo *m);

#endif
