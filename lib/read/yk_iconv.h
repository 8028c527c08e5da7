/* ykien — the one door to iconv(3).
 *
 * iconv reports through errno; ykien wants a status and a position.
 * E2BIG (output full) is absorbed by growing the output, EILSEQ becomes
 * YK_ERR_INVALID_BYTES and EINVAL YK_ERR_TRUNCATED, each with the offset of
 * the offending input byte. */
#ifndef YK_ICONV_H
#define YK_ICONV_H

#include <iconv.h>
#include <stddef.h>
#include "yk_buf.h"

/* Open a converter from `from` to `to`; YK_ERR_ENCODING when iconv does
 * not know the pair.  Close it with yk_iconv_close (accepts (iconv_t)-1). */
yk_status yk_iconv_open(const char *to, const char *from, iconv_t *cd);
void yk_iconv_close(iconv_t cd);

/* Convert n bytes at in, appending to out.  On YK_ERR_INVALID_BYTES or
 * YK_ERR_TRUNCATED, *consumed (which may not be NULL) is the offset of the
 * first byte not converted and out holds everything before it.  The
 * converter's shift state is reset first. */
yk_status yk_iconv_convert(iconv_t cd, const char *in, size_t n, yk_buf *out,
                           size_t *consumed);

#endif
