#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include "yk_detect.h"
#include "yk_dict.h"
#include "yk_text.h"

enum { TOKEN_MAX = 512 };       /* longer words are scored in pieces */
enum { CLEAR_MARGIN = 2 };      /* a line reads clearly better by this much */
enum { KNOWN_WORDS = 4096 };

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
    int fast;                   /* past the UTF-8 sample: token holds only
                                   a character cut by a chunk's end */
    yk_buf nfc, tmp;
    /* Scores of words read as UTF-8, by their bytes: the sample's ten
     * thousand accented words are a few hundred distinct ones. */
    yk_dict *known;
    yk_vn_score *known_scores;
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
    yk_dict_free(det->known);
    free(det->known_scores);
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

/* Score word p as UTF-8 into *s, from the known words when it is one. */
static void score_utf8(yk_detector *det, const char *p, size_t n, yk_vn_score *s)
{
    size_t i, count = det->known ? yk_dict_count(det->known) : 0;
    if (det->known && yk_dict_get(det->known, p, n, &i)) {
        *s = det->known_scores[i];
        return;
    }
    score_as(det->dec[YK_ENC_UTF8], p, n, &det->tmp, s);
    if (count == KNOWN_WORDS)
        return;
    if (!det->known_scores &&
        !(det->known_scores = malloc(KNOWN_WORDS * sizeof *det->known_scores)))
        return;
    if ((det->known || yk_dict_new(&det->known) == YK_OK) &&
        yk_dict_add(det->known, p, n, count, NULL, NULL) == YK_OK)
        det->known_scores[count] = *s;      /* else: it only saves time */
}

/* The candidate that has read YK_DETECT_SAMPLE words as Vietnamese and
 * leads every other by as many points, or -1 while the race is open. */
static int leader(const yk_detector *det)
{
    int best = -1;
    long top = 0, second = 0;
    for (int e = 0; e < YK_ENC_CANDIDATES; e++) {
        long v = yk_vn_score_value(&det->res.score[e]);
        if (best < 0 || v > top) {
            /* The first candidate has no runner-up yet: it must not count
             * as its own (UTF-8, first, could then never lead). */
            second = best < 0 ? LONG_MIN : top;
            top = v;
            best = e;
        } else if (v > second) {
            second = v;
        }
    }
    if (det->res.score[best].valid < YK_DETECT_SAMPLE ||
        top - second < (long)YK_DETECT_SAMPLE)
        return -1;
    return best;
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
        score_utf8(det, p, n, &s[YK_ENC_UTF8]);
    } else {
        /* TCVN3 and VISCII write some capitals as control bytes. */
        if (!valid)
            det->res.valid_utf8 = 0;
        int lead = leader(det);
        if (lead >= 0) {
            /* The leader is settled: other readings are needed only for
             * words it cannot read, to find pasted-in lines. */
            score_as(det->dec[lead], p, n, &det->tmp, &s[lead]);
            if (s[lead].invalid == 0 && s[lead].foreign == 0)
                goto add;
            memset(&s[lead], 0, sizeof s[lead]);
        }
        for (int e = 0; e < YK_ENC_CANDIDATES; e++)
            score_as(det->dec[e], p, n, &det->tmp, &s[e]);
    }
add:
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
            second = who < 0 ? LONG_MIN : best;    /* as in leader() */
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

/* One byte of a word that needs decoding, or the separator that ends it. */
static void feed_byte(yk_detector *det, unsigned char c)
{
    if (separates(c)) {
        flush_token(det);
        if (c == '\n' && !det->prev_cr)
            end_line(det);
        else if (c == '\r')
            end_line(det);
        det->prev_cr = c == '\r';
        return;
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

/* Index of the first byte from i on that is not printable ASCII. */
static size_t plain_run(const char *p, size_t i, size_t n)
{
    const uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, p + i, 8);
        uint64_t below_space = (w - 0x20 * ones) & ~w & highs;
        if ((w & highs) | below_space)
            break;
    }
    while (i < n && (unsigned char)p[i] >= 0x20 && (unsigned char)p[i] < 0x80)
        i++;
    return i;
}

/* Put into the token the plain start of the word that reaches `to`: the
 * bytes after the last separator in p[from..to), or all of them, added to
 * what the token holds, when the word began before `from`. */
static void take_word_start(yk_detector *det, const char *p, size_t from, size_t to)
{
    size_t s = to;
    while (s > from && !separates((unsigned char)p[s - 1]))
        s--;
    if (s > from)
        det->tlen = 0;
    for (; s < to && det->tlen < TOKEN_MAX; s++)
        det->token[det->tlen++] = p[s];
}

/* Count line ends as end_line() would see them, without scoring lines. */
static void count_lines(yk_detector *det, const char *p, size_t n)
{
    yk_line_ends ends = { 0, 0, 0 };
    yk_text_line_ends(p, n, &det->prev_cr, &ends);
    det->lineno += ends.lf + ends.cr + ends.crlf;
}

/* A character cut by the end of the last chunk, completed by this one.
 * Returns the bytes of p it used; sets tflag when it is not UTF-8. */
static size_t finish_cut(yk_detector *det, const char *p, size_t n)
{
    char tmp[8];
    size_t k = det->tlen, take = n < 4 - k ? n : 4 - k;
    uint32_t cp;
    memcpy(tmp, det->token, k);
    memcpy(tmp + k, p, take);
    size_t len = yk_utf8_next(tmp, k + take, &cp);
    int cut;
    if (len == 0 && yk_utf8_valid_prefix(tmp, k + take, &cut) == 0 && cut &&
        take == n) {
        memcpy(det->token + k, p, take);    /* still cut: wait for more */
        det->tlen += take;
        return n;
    }
    if (len == 0) {
        det->tflag = 1;     /* not UTF-8: the slow path takes it from here */
        return 0;
    }
    det->tlen = 0;
    det->prev_cr = 0;
    return len - k;
}

/* Once a UTF-8 file has given its sample of words, it only needs checking
 * and its lines counting (ends: the caller counted p's line ends, or
 * NULL).  Returns the bytes done: all of them, or up to the word where the
 * file stopped being UTF-8. */
static size_t feed_fast(yk_detector *det, const char *p, size_t n,
                        const unsigned long *ends)
{
    size_t i = det->tlen ? finish_cut(det, p, n) : 0;
    int cut;
    if (det->tflag || i == n)
        return i;
    size_t ok = i + yk_utf8_valid_prefix(p + i, n - i, &cut);
    if (ok == n && ends) {
        det->lineno += *ends;   /* the cut character before i holds none */
        det->prev_cr = p[n - 1] == '\r';
        return n;
    }
    count_lines(det, p + i, ok - i);
    if (ok == n)
        return n;
    if (cut) {
        memcpy(det->token, p + ok, n - ok);
        det->tlen = n - ok;
        return n;
    }
    while (ok > i && !separates((unsigned char)p[ok - 1]))
        ok--;
    return ok;
}

static int utf8_sampled(const yk_detector *det)
{
    return det->res.valid_utf8 &&
           det->res.score[YK_ENC_UTF8].valid >= YK_DETECT_SAMPLE;
}

/* Most bytes are printable ASCII and need nothing: skip them eight at a
 * time, and step byte by byte only through words that need decoding and
 * through line ends. */
static void feed(yk_detector *det, const char *p, size_t n, const unsigned long *ends)
{
    size_t i = 0;
    if (utf8_sampled(det) && !det->tflag) {
        if (!det->fast) {
            flush_token(det);
            det->fast = 1;
        }
        i = feed_fast(det, p, n, ends);
    }
    while (i < n && det->tflag)
        feed_byte(det, (unsigned char)p[i++]);
    while (i < n) {
        size_t j = plain_run(p, i, n);
        if (j > i)
            det->prev_cr = 0;
        take_word_start(det, p, i, j);  /* the next chunk may go on with it */
        if (j == n)
            break;
        i = j;
        feed_byte(det, (unsigned char)p[i++]);
        while (i < n && det->tflag)
            feed_byte(det, (unsigned char)p[i++]);
    }
}

yk_status yk_detector_feed(yk_detector *det, const char *p, size_t n)
{
    feed(det, p, n, NULL);
    return YK_OK;
}

yk_status yk_detector_feed_lines(yk_detector *det, const char *p, size_t n,
                                 unsigned long line_ends)
{
    feed(det, p, n, &line_ends);
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
