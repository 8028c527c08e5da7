/* ykien — the byte stream under the CSV parser.
 *
 * Skips a byte-order mark and turns UTF-16 into UTF-8 as it goes, so the
 * parser always sees an ASCII-compatible encoding.  Internal to the
 * reader. */
#ifndef YK_STREAM_IMPL_H
#define YK_STREAM_IMPL_H

#include <iconv.h>
#include "yk_buf.h"
#include "yk_input.h"

enum { YK_STREAM_CHUNK = 64 * 1024 };

typedef struct {
    yk_input *in;
    iconv_t cd;                 /* UTF-16 to UTF-8, or (iconv_t)-1 */
    size_t skip;                /* BOM bytes still to drop */
    char raw[YK_STREAM_CHUNK + 4];
    size_t carry;               /* raw bytes kept from the last read */
    int eof;
    yk_buf out;
    unsigned long offset;       /* raw bytes consumed, BOM included */
} yk_stream;

/* utf16 is NULL or "UTF-16LE"/"UTF-16BE"; bom_len bytes are skipped. */
yk_status yk_stream_open(yk_stream *s, yk_input *in, const char *utf16,
                         size_t bom_len);
void yk_stream_close(yk_stream *s);

/* The next chunk of bytes (borrowed until the next call); *n is 0 at the
 * end.  YK_ERR_INVALID_BYTES or YK_ERR_TRUNCATED report a bad UTF-16 unit
 * after the good bytes before it were delivered: the stream has put U+FFFD
 * in its place and can be read on. */
yk_status yk_stream_next(yk_stream *s, const char **p, size_t *n);

#endif
