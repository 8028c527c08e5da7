#include <stdlib.h>
#include <string.h>
#include "yk_detect.h"
#include "yk_text.h"

enum { TOKEN_MAX = 512 };       /* longer words are scored in pieces */
enum { CLEAR_MARGIN = 2 };      /* a line reads clearly better by this much */

struct yk_detector {
    yk_decoder *dec[YK_ENC_CANDIDATES];
    yk_detection res;
    yk_vn_score line[YK_ENC_CANDIDATES];
    unsigned long lineno;       /* current physical line, 1-based */
    unsigned long wins[YK_ENC_CANDIDATES], first[YK_ENC_CANDIDATES],
                  last[YK_ENC_CANDIDATES];
    int prev_cr;
    char token[TOKEN_MAX];
    size_t tlen;
    int tflag;                  /* token has a byte that needs decoding */
    int tctl;                   /* ... and one of them is a C0 control */
    yk_buf nfc, tmp;
};

yk_status yk_detector_new(yk_detector **out)
{
    yk_detector *det = calloc(1, sizeof *det);
    *out = NULL;
    if (!det)
        return YK_ERR_NOMEM;
    for (int e = 0; e < YK_ENC_CANDIDATES; e++) {
        yk_status st = yk_decoder_new((yk_encoding)e, NULL, &det->dec[e]);
        if (st != YK_OK) {
            yk_detector_free(det);
            return st;
        }
    }
    det->lineno = 1;
    det->res.valid_utf8 = 1;
    *out = det;
    return YK_OK;
}

void yk_detector_free(yk_detector *det)
{
    if (!det)
        return;
    for (int e = 0; e < YK_ENC_CANDIDATES; e++)
        yk_decoder_free(det->dec[e]);
    yk_buf_free(&det->nfc);
    yk_buf_free(&det->tmp);
    free(det);
}

static void add_score(yk_vn_score *to, const yk_vn_score *s)
{
    to->valid += s->valid;
    to->invalid += s->invalid;
    to->foreign += s->foreign;
}

/* Score p as encoding e into *s; a decoding failure is a foreign byte. */
static void score_as(yk_decoder *dec, const char *p, size_t n, yk_buf *tmp,
                     yk_vn_score *s)
{
    size_t bad;
    yk_buf_clear(tmp);
    if (yk_decoder_decode(dec, p, n, tmp, &bad) == YK_OK)
        yk_vn_score_text(tmp->data, tmp->len, s);
    else
        s->foreign += 1;
}

long yk_detect_field_score(yk_decoder *dec, const char *p, size_t n,
                           yk_buf *tmp)
{
    yk_vn_score s = { 0, 0, 0 };
    score_as(dec, p, n, tmp, &s);
    return yk_vn_score_value(&s);
}

static void score_token(yk_detector *det)
{
    const char *p = det->token;
    size_t n = det->tlen;
    yk_vn_score s[YK_ENC_CANDIDATES];
    memset(s, 0, sizeof s);
    int valid = yk_utf8_valid_prefix(p, n, NULL) == n;
    if (valid && !det->tctl && det->res.valid_utf8) {
        /* Until a byte proves otherwise the file is UTF-8: score it as
         * UTF-8 alone, which keeps UTF-8 files fast.  Legacy words can
         * pass for UTF-8 (VISCII "Đơn" is D0 BD), so once the file is not
         * UTF-8 every word is scored every way. */
        score_as(det->dec[YK_ENC_UTF8], p, n, &det->tmp, &s[YK_ENC_UTF8]);
    } else {
        /* TCVN3 and VISCII write some capitals as control bytes. */
        if (!valid)
            det->res.valid_utf8 = 0;
        for (int e = 0; e < YK_ENC_CANDIDATES; e++)
            score_as(det->dec[e], p, n, &det->tmp, &s[e]);
    }
    for (int e = 0; e < YK_ENC_CANDIDATES; e++) {
        add_score(&det->line[e], &s[e]);
        add_score(&det->res.score[e], &s[e]);
    }
}

static void flush_token(yk_detector *det)
{
    if (det->tflag)
        score_token(det);
    det->tlen = 0;
    det->tflag = det->tctl = 0;
}

/* At each line end, note an encoding that read this line clearly best. */
static void end_line(yk_detector *det)
{
    long best = 0, second = 0;
    int who = -1;
    for (int e = 0; e < YK_ENC_CANDIDATES; e++) {
        long v = yk_vn_score_value(&det->line[e]);
        if (who < 0 || v > best) {
            second = who < 0 ? v : best;
            best = v;
            who = e;
        } else if (v > second) {
            second = v;
        }
    }
    if (det->line[who].valid > 0 && best - second >= CLEAR_MARGIN) {
        if (det->wins[who]++ == 0)
            det->first[who] = det->lineno;
        det->last[who] = det->lineno;
    }
    memset(det->line, 0, sizeof det->line);
    det->lineno++;
}

static int separates(unsigned char c)
{
    return c == ' ' || c == '\t' || c == ',' || c == ';' || c == '"' ||
           c == '|' || c == '\r' || c == '\n';
}

yk_status yk_detector_feed(yk_detector *det, const char *p, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)p[i];
        if (separates(c)) {
            flush_token(det);
            if (c == '\n' && !det->prev_cr)
                end_line(det);
            else if (c == '\r')
                end_line(det);
            det->prev_cr = c == '\r';
            continue;
        }
        det->prev_cr = 0;
        if (det->tlen == TOKEN_MAX)
            flush_token(det);
        det->token[det->tlen++] = (char)c;
        if (c >= 0x80 || c < 0x20)
            det->tflag = 1;
        if (c < 0x20)
            det->tctl = 1;
    }
    return YK_OK;
}

/* Highest score wins; UTF-8 first among equals. */
static yk_encoding choose(const yk_detection *r)
{
    if (r->valid_utf8)
        return YK_ENC_UTF8;
    int best = YK_ENC_UTF8;
    for (int e = 1; e < YK_ENC_CANDIDATES; e++)
        if (yk_vn_score_value(&r->score[e]) > yk_vn_score_value(&r->score[best]))
            best = e;
    return (yk_encoding)best;
}

yk_status yk_detector_finish(yk_detector *det, yk_detection *result)
{
    flush_token(det);
    end_line(det);
    yk_detection *r = &det->res;
    r->encoding = choose(r);
    const yk_vn_score *s = &r->score[r->encoding];
    r->words = s->valid + s->invalid;
    for (int e = 0; e < YK_ENC_CANDIDATES; e++) {
        if (e == (int)r->encoding || det->wins[e] == 0)
            continue;
        r->mixed[r->n_mixed].encoding = (yk_encoding)e;
        r->mixed[r->n_mixed].lines = det->wins[e];
        r->mixed[r->n_mixed].first_line = det->first[e];
        r->mixed[r->n_mixed].last_line = det->last[e];
        r->n_mixed++;
    }
    *result = *r;
    return YK_OK;
}

double yk_detection_confidence(const yk_detection *d, yk_encoding enc)
{
    if ((int)enc >= YK_ENC_CANDIDATES)
        return 1.0;
    const yk_vn_score *s = &d->score[enc];
    unsigned long all = s->valid + s->invalid + s->foreign;
    return all ? (double)s->valid / (double)all : 1.0;
}

int yk_detection_runner_up(const yk_detection *d, yk_encoding *enc)
{
    int found = 0;
    for (int e = 0; e < YK_ENC_CANDIDATES; e++) {
        const yk_vn_score *s = &d->score[e];
        if (e == (int)d->encoding || s->valid + s->invalid + s->foreign == 0)
            continue;
        if (!found || yk_vn_score_value(s) > yk_vn_score_value(&d->score[*enc]))
            *enc = (yk_encoding)e;
        found = 1;
    }
    return found;
}
