/* ykien — the text encodings offices send, and decoding fields from them.
 *
 * Vietnamese files arrive in UTF-8, Windows-1258, TCVN3 (ABC), VISCII,
 * VNI-Windows, or UTF-16 from Excel's "Unicode text".  All but UTF-16 keep
 * ASCII where ASCII is, so CSV structure can be parsed before decoding and
 * each field decoded on its own; UTF-16 is transcoded as a stream. */
#ifndef YK_ENCODING_H
#define YK_ENCODING_H

#include <stddef.h>
#include "yk_buf.h"

typedef enum {
    YK_ENC_UTF8,
    YK_ENC_CP1258,
    YK_ENC_TCVN3,
    YK_ENC_VISCII,
    YK_ENC_VNI,
    YK_ENC_UTF16LE,
    YK_ENC_UTF16BE,
    YK_ENC_OTHER        /* another iconv encoding, named by the user */
} yk_encoding;

/* The encodings detection chooses among, in order of preference on ties. */
#define YK_ENC_CANDIDATES 5

/* The display name ("UTF-8", "CP1258", "TCVN3", "VISCII", "VNI-Windows",
 * "UTF-16LE", "UTF-16BE"; "other" for YK_ENC_OTHER).  Static string. */
const char *yk_encoding_name(yk_encoding enc);

/* Map a user's name (case-insensitive; aliases such as utf8, windows-1258,
 * tcvn, abc, vni) to an encoding.  Names ykien does not know but iconv does
 * give YK_ENC_OTHER; names neither knows give YK_ERR_ENCODING. */
yk_status yk_encoding_lookup(const char *name, yk_encoding *enc);

/* Decodes fields from one encoding into UTF-8 NFC. */
typedef struct yk_decoder yk_decoder;

/* enc selects the table; iconv_name is used only for YK_ENC_OTHER, and
 * must name an ASCII-compatible encoding (else YK_ERR_ENCODING).  UTF-16
 * is rejected here: it is decoded as a stream (see yk_reader). */
yk_status yk_decoder_new(yk_encoding enc, const char *iconv_name,
                         yk_decoder **out);
void yk_decoder_free(yk_decoder *d);
yk_encoding yk_decoder_encoding(const yk_decoder *d);
/* The name to show users ("CP1258", or the iconv name given); borrowed for
 * the decoder's life. */
const char *yk_decoder_name(const yk_decoder *d);

/* Append the UTF-8 NFC text of in[0..n) to out.  On YK_ERR_INVALID_BYTES
 * or YK_ERR_TRUNCATED, *bad_offset is the offset in `in` of the first byte
 * that could not be decoded and out is unchanged. */
yk_status yk_decoder_decode(yk_decoder *d, const char *in, size_t n,
                            yk_buf *out, size_t *bad_offset);

#endif
