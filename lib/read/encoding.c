#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "yk_encoding.h"
#include "yk_iconv.h"
#include "yk_text.h"
#include "yk_vni.h"

struct yk_decoder {
    yk_encoding enc;
    char name[64];      /* for messages: the display or iconv name */
    iconv_t cd;         /* to UTF-8; (iconv_t)-1 for UTF-8 and VNI */
    yk_buf utf8;        /* decoded, before NFC */
    yk_buf scratch;     /* for yk_text_nfc */
};

static const struct { const char *alias; yk_encoding enc; } aliases[] = {
    { "utf-8", YK_ENC_UTF8 },       { "utf8", YK_ENC_UTF8 },
    { "ascii", YK_ENC_UTF8 },       { "us-ascii", YK_ENC_UTF8 },
    { "cp1258", YK_ENC_CP1258 },    { "windows-1258", YK_ENC_CP1258 },
    { "tcvn3", YK_ENC_TCVN3 },      { "tcvn", YK_ENC_TCVN3 },
    { "tcvn5712-1", YK_ENC_TCVN3 }, { "tcvn-5712", YK_ENC_TCVN3 },
    { "abc", YK_ENC_TCVN3 },        { "viscii", YK_ENC_VISCII },
    { "vni", YK_ENC_VNI },          { "vni-windows", YK_ENC_VNI },
    { "utf-16le", YK_ENC_UTF16LE }, { "utf-16be", YK_ENC_UTF16BE },
};

const char *yk_encoding_name(yk_encoding enc)
{
    switch (enc) {
    case YK_ENC_UTF8: return "UTF-8";
    case YK_ENC_CP1258: return "CP1258";
    case YK_ENC_TCVN3: return "TCVN3";
    case YK_ENC_VISCII: return "VISCII";
    case YK_ENC_VNI: return "VNI-Windows";
    case YK_ENC_UTF16LE: return "UTF-16LE";
    case YK_ENC_UTF16BE: return "UTF-16BE";
    case YK_ENC_OTHER: break;
    }
    return "other";
}

/* glibc's names for the tables ykien decodes through iconv. */
static const char *iconv_name_of(yk_encoding enc)
{
    switch (enc) {
    case YK_ENC_CP1258: return "CP1258";
    case YK_ENC_TCVN3: return "TCVN5712-1";
    case YK_ENC_VISCII: return "VISCII";
    case YK_ENC_UTF16LE: return "UTF-16LE";
    case YK_ENC_UTF16BE: return "UTF-16BE";
    default: return NULL;
    }
}

yk_status yk_encoding_lookup(const char *name, yk_encoding *enc)
{
    for (size_t i = 0; i < sizeof aliases / sizeof aliases[0]; i++)
        if (strcasecmp(name, aliases[i].alias) == 0) {
            *enc = aliases[i].enc;
            return YK_OK;
        }
    iconv_t cd;
    yk_status st = yk_iconv_open("UTF-8", name, &cd);
    yk_iconv_close(cd);
    if (st == YK_OK)
        *enc = YK_ENC_OTHER;
    return st;
}

/* Structure must survive field-by-field decoding: ASCII text (delimiters,
 * quotes, line ends, codes) must decode to itself. */
static int keeps_ascii(iconv_t cd)
{
    static const char probe[] = "az AZ09,;|\t\"\r\n";
    yk_buf out = { 0 };
    size_t used;
    yk_status st = yk_iconv_convert(cd, probe, sizeof probe - 1, &out, &used);
    int same = st == YK_OK && out.len == sizeof probe - 1 &&
               memcmp(out.data, probe, out.len) == 0;
    yk_buf_free(&out);
    return same;
}

yk_status yk_decoder_new(yk_encoding enc, const char *iconv_name,
                         yk_decoder **out)
{
    *out = NULL;
    if (enc == YK_ENC_UTF16LE || enc == YK_ENC_UTF16BE)
        return YK_ERR_ENCODING;
    yk_decoder *d = calloc(1, sizeof *d);
    if (!d)
        return YK_ERR_NOMEM;
    d->enc = enc;
    d->cd = (iconv_t)-1;
    snprintf(d->name, sizeof d->name, "%s",
             enc == YK_ENC_OTHER ? iconv_name : yk_encoding_name(enc));
    const char *name = enc == YK_ENC_OTHER ? iconv_name : iconv_name_of(enc);
    if (name) {
        yk_status st = yk_iconv_open("UTF-8", name, &d->cd);
        if (st == YK_OK && !keeps_ascii(d->cd))
            st = YK_ERR_ENCODING;
        if (st != YK_OK) {
            yk_decoder_free(d);
            return st;
        }
    }
    *out = d;
    return YK_OK;
}

void yk_decoder_free(yk_decoder *d)
{
    if (!d)
        return;
    yk_iconv_close(d->cd);
    yk_buf_free(&d->utf8);
    yk_buf_free(&d->scratch);
    free(d);
}

yk_encoding yk_decoder_encoding(const yk_decoder *d)
{
    return d->enc;
}

const char *yk_decoder_name(const yk_decoder *d)
{
    return d->name;
}

static yk_status to_utf8(yk_decoder *d, const char *in, size_t n,
                         size_t *bad_offset)
{
    yk_buf_clear(&d->utf8);
    if (d->enc == YK_ENC_VNI) {
        yk_status st = yk_buf_reserve(&d->utf8, 3 * n + 1);
        if (st != YK_OK)
            return st;
        return yk_vni_decode(in, n, d->utf8.data, d->utf8.size,
                             &d->utf8.len, bad_offset);
    }
    return yk_iconv_convert(d->cd, in, n, &d->utf8, bad_offset);
}

yk_status yk_decoder_decode(yk_decoder *d, const char *in, size_t n,
                            yk_buf *out, size_t *bad_offset)
{
    size_t before = out->len;
    yk_status st;
    if (yk_text_is_ascii(in, n))
        return yk_buf_append(out, in, n);
    if (d->enc == YK_ENC_UTF8) {
        st = yk_text_nfc(in, n, out, &d->scratch);
        if (st == YK_ERR_INVALID_BYTES) {   /* say where, and why */
            int cut;
            *bad_offset = yk_utf8_valid_prefix(in, n, &cut);
            st = cut ? YK_ERR_TRUNCATED : YK_ERR_INVALID_BYTES;
        }
    } else {
        st = to_utf8(d, in, n, bad_offset);
        if (st == YK_OK)
            st = yk_text_nfc(d->utf8.data, d->utf8.len, out, &d->scratch);
    }
    if (st != YK_OK)
        out->len = before;
    return st;
}
