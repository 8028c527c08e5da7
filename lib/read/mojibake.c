#include <stdlib.h>
#include "yk_iconv.h"
#include "yk_mojibake.h"
#include "yk_text.h"
#include "yk_vietnamese.h"

static const yk_encoding origins[] = { YK_ENC_UTF8, YK_ENC_VNI, YK_ENC_TCVN3 };
enum { NORIGINS = sizeof origins / sizeof origins[0] };

struct yk_mojibake {
    iconv_t to_cp1252;
    yk_decoder *dec[NORIGINS];
    yk_buf bytes, text;
};

yk_status yk_mojibake_new(yk_mojibake **out)
{
    yk_mojibake *m = calloc(1, sizeof *m);
    *out = NULL;
    if (!m)
        return YK_ERR_NOMEM;
    yk_status st = yk_iconv_open("CP1252", "UTF-8", &m->to_cp1252);
    for (int i = 0; st == YK_OK && i < NORIGINS; i++)
        st = yk_decoder_new(origins[i], NULL, &m->dec[i]);
    if (st != YK_OK) {
        yk_mojibake_free(m);
        return st;
    }
    *out = m;
    return YK_OK;
}

void yk_mojibake_free(yk_mojibake *m)
{
    if (!m)
        return;
    yk_iconv_close(m->to_cp1252);
    for (int i = 0; i < NORIGINS; i++)
        yk_decoder_free(m->dec[i]);
    yk_buf_free(&m->bytes);
    yk_buf_free(&m->text);
    free(m);
}

/* Could s be all Windows-1252?  A lead byte of U+0100 and up that is not
 * one of the few Windows-1252 letters and signs there (Œ Š Ÿ Ž ƒ ˆ ˜ – — ‘
 * ’ “ ” • … € ™) says no at once; Vietnamese text nearly always has one
 * (ạ ơ ư đ ă are C4..C6 and E1). */
static int maybe_cp1252(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0xC4 && c != 0xC5 && c != 0xC6 && c != 0xCB && c != 0xE2 &&
            c < 0xF8 && (c & 0xC0) == 0xC0)
            return 0;
    }
    return 1;
}

static long score_of(const char *s, size_t n, yk_vn_score *sc)
{
    sc->valid = sc->invalid = sc->foreign = 0;
    yk_vn_score_text(s, n, sc);
    return yk_vn_score_value(sc);
}

int yk_mojibake_check(yk_mojibake *m, const char *s, size_t n,
                      yk_encoding *was, const char **repaired,
                      size_t *repaired_len)
{
    yk_vn_score now, then;
    if (yk_text_is_ascii(s, n) || !maybe_cp1252(s, n))
        return 0;
    long base = score_of(s, n, &now);
    if (now.invalid == 0 && now.foreign == 0)
        return 0;
    size_t used;
    yk_buf_clear(&m->bytes);
    if (yk_iconv_convert(m->to_cp1252, s, n, &m->bytes, &used) != YK_OK)
        return 0;   /* not all Windows-1252: not this kind of damage */
    for (int i = 0; i < NORIGINS; i++) {
        yk_buf_clear(&m->text);
        if (yk_decoder_decode(m->dec[i], m->bytes.data, m->bytes.len,
                              &m->text, &used) != YK_OK)
            continue;
        long fixed = score_of(m->text.data, m->text.len, &then);
        if (then.valid > 0 && then.invalid == 0 && then.foreign == 0 &&
            fixed > base) {
            *was = origins[i];
            *repaired = m->text.data;
            *repaired_len = m->text.len;
            return 1;
        }
    }
    return 0;
}
