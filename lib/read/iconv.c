#include <errno.h>
#include "yk_iconv.h"

yk_status yk_iconv_open(const char *to, const char *from, iconv_t *cd)
{
    *cd = iconv_open(to, from);
    if (*cd == (iconv_t)-1)
        return errno == ENOMEM ? YK_ERR_NOMEM : YK_ERR_ENCODING;
    return YK_OK;
}

void yk_iconv_close(iconv_t cd)
{
    if (cd != (iconv_t)-1)
        iconv_close(cd);
}

yk_status yk_iconv_convert(iconv_t cd, const char *in, size_t n, yk_buf *out,
                           size_t *consumed)
{
    char *src = (char *)in;     /* iconv's prototype lacks const */
    size_t left = n;
    iconv(cd, NULL, NULL, NULL, NULL);
    for (;;) {
        yk_status st = yk_buf_reserve(out, left * 4 + 16);
        if (st != YK_OK) {
            *consumed = n - left;
            return st;
        }
        char *dst = out->data + out->len;
        size_t room = out->size - out->len;
        size_t r = iconv(cd, &src, &left, &dst, &room);
        int err = errno;
        out->len = (size_t)(dst - out->data);
        *consumed = n - left;
        if (r != (size_t)-1)
            break;
        if (err == EILSEQ)
            return YK_ERR_INVALID_BYTES;
        if (err == EINVAL)
            return YK_ERR_TRUNCATED;
        if (err != E2BIG)
            return YK_ERR_IO;
    }
    /* Flush a stateful encoder's pending output. */
    char *dst = out->data + out->len;
    size_t room = out->size - out->len;
    if (iconv(cd, NULL, NULL, &dst, &room) != (size_t)-1)
        out->len = (size_t)(dst - out->data);
    return YK_OK;
}
