#include <string.h>
#include "yk_iconv.h"
#include "stream_impl.h"

static const char replacement[] = "\xEF\xBF\xBD";   /* U+FFFD */

yk_status yk_stream_open(yk_stream *s, yk_input *in, const char *utf16,
                         size_t bom_len)
{
    memset(s, 0, sizeof *s);
    s->in = in;
    s->skip = bom_len;
    s->cd = (iconv_t)-1;
    if (in->rewind) {
        yk_status st = in->rewind(in->ctx);
        if (st != YK_OK)
            return st;
    }
    return utf16 ? yk_iconv_open("UTF-8", utf16, &s->cd) : YK_OK;
}

void yk_stream_close(yk_stream *s)
{
    yk_iconv_close(s->cd);
    s->cd = (iconv_t)-1;
    yk_buf_free(&s->out);
}

static yk_status fill(yk_stream *s, size_t *got)
{
    *got = 0;
    while (!s->eof && *got == 0) {
        /* After a bad UTF-16 unit most of a chunk may still be waiting. */
        size_t room = sizeof s->raw - s->carry;
        yk_status st = s->in->read(s->in->ctx, s->raw + s->carry,
                                   room < YK_STREAM_CHUNK ? room : YK_STREAM_CHUNK, got);
        if (st != YK_OK)
            return st;
        if (*got == 0)
            s->eof = 1;
        size_t drop = s->skip < *got ? s->skip : *got;
        if (drop) {
            memmove(s->raw + s->carry, s->raw + s->carry + drop, *got - drop);
            s->skip -= drop;
            *got -= drop;
            s->offset += drop;
        }
    }
    return YK_OK;
}

/* Convert raw UTF-16 to out; keep an unfinished unit for the next read. */
static yk_status transcode(yk_stream *s, size_t avail)
{
    size_t used = 0;
    yk_buf_clear(&s->out);
    yk_status st = yk_iconv_convert(s->cd, s->raw, avail, &s->out, &used);
    if (st == YK_ERR_TRUNCATED && !s->eof) {
        st = YK_OK;
    } else if (st == YK_ERR_INVALID_BYTES || st == YK_ERR_TRUNCATED) {
        size_t bad = avail - used < 2 ? avail - used : 2;
        yk_status put = yk_buf_append(&s->out, replacement, 3);
        if (put != YK_OK)
            return put;
        used += bad;
    } else if (st != YK_OK) {
        return st;
    }
    s->offset += used;
    s->carry = avail - used;
    memmove(s->raw, s->raw + used, s->carry);
    return st;
}

yk_status yk_stream_next(yk_stream *s, const char **p, size_t *n)
{
    size_t got;
    yk_status st = fill(s, &got);
    *n = 0;
    if (st != YK_OK)
        return st;
    if (s->cd == (iconv_t)-1) {
        s->offset += got;
        *p = s->raw;
        *n = got;
        return YK_OK;
    }
    size_t avail = s->carry + got;
    if (avail == 0)
        return YK_OK;
    st = transcode(s, avail);
    *p = s->out.data;
    *n = s->out.len;
    if (st == YK_OK && *n == 0 && !s->eof)
        return yk_stream_next(s, p, n);
    return st;
}
