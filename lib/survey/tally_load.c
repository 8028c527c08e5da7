/* ykien — reading a tally file.
 * The insides it shares are in tally_impl.h. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "tally_impl.h"

enum { TALLY_MAX_BYTES = 256 << 20 };

static yk_status bad(reading *rd, const char *what)
{
    if (rd->diag) {
        yk_diag d = { YK_ERROR, "tally-format", rd->source, rd->line, 0, what,
                      "is it a tally file written by 'ykien tally'?" };
        rd->diag(rd->diag_ctx, &d);
    }
    return YK_ERR_PARSE;
}

/* The next line (without its LF) in *s, *n. */
static int next_line(reading *rd, const char **s, size_t *n)
{
    if (rd->p >= rd->end)
        return 0;
    const char *nl = memchr(rd->p, '\n', (size_t)(rd->end - rd->p));
    *s = rd->p;
    *n = nl ? (size_t)(nl - rd->p) : (size_t)(rd->end - rd->p);
    rd->p += *n + (nl != NULL);
    rd->line++;
    return 1;
}

/* "TAG N" then N bytes and a line end: a form file as read. */
static yk_status read_text(reading *rd, const char *tag, const char **text, size_t *len)
{
    const char *s;
    size_t n;
    char want[32];
    snprintf(want, sizeof want, "form %s ", tag);
    if (!next_line(rd, &s, &n) || n <= strlen(want) || memcmp(s, want, strlen(want)) != 0)
        return bad(rd, "a form file is missing");
    *len = strtoull(s + strlen(want), NULL, 10);
    if (*len > (size_t)(rd->end - rd->p))
        return bad(rd, "the file ends inside the form");
    *text = rd->p;
    for (size_t i = 0; i < *len; i++)
        rd->line += rd->p[i] == '\n';
    rd->p += *len;
    /* The line end after the text is a line of its own (an empty one when
     * the text ends with its own line end): not counting it put every
     * later line number 3 too low, one per form file. */
    if (rd->p < rd->end && *rd->p == '\n') {
        rd->p++;
        rd->line++;
    }
    return YK_OK;
}

/* Whitespace-separated words of a line. */
static size_t split(char *line, char **words, size_t max)
{
    size_t n = 0;
    char *save = NULL;
    for (char *w = strtok_r(line, " ", &save); w && n < max; w = strtok_r(NULL, " ", &save))
        words[n++] = w;
    return n;
}

/* Counts in a tally file: whole, not negative, below a billion (no unit
 * has more respondents in a round), so that sums stay within 128 bits. */
#define COUNT_MAX 1000000000LL

static int parse_count(const char *s, int64_t *v)
{
    char *end;
    errno = 0;
    long long x = strtoll(s, &end, 10);
    *v = x;
    return *s && !*end && !errno && x >= 0 && x < COUNT_MAX;
}

/* A value in millionths: within what tallying accepts. */
static int parse_value(const char *s, int64_t *v)
{
    char *end;
    errno = 0;
    long long x = strtoll(s, &end, 10);
    *v = x;
    return *s && !*end && !errno && x > -VALUE_LIMIT && x < VALUE_LIMIT;
}

/* An exact sum, at most `limit` in absolute value. */
static int parse_exact(const char *s, yk_exact limit, yk_exact *v)
{
    int neg = *s == '-';
    yk_exact u = 0;
    s += neg;
    if (!*s)
        return 0;
    for (; *s; s++) {
        if (*s < '0' || *s > '9' || u > limit / 10)
            return 0;
        u = u * 10 + (*s - '0');
    }
    if (u > limit)
        return 0;
    *v = neg ? -u : u;
    return 1;
}

size_t yk_tally_question_named(const yk_tally *t, const char *name)
{
    for (size_t q = 0; q < t->nq; q++)
        if (strcmp(yk_form_question(t->form, q)->name, name) == 0)
            return q;
    return SIZE_MAX;
}

enum { WORDS_MAX = 4096 };

/* A line's counts, its words from the third on, into counts. */
static yk_status read_count_words(reading *rd, int64_t *counts, char **w, size_t n)
{
    for (size_t i = 2; i < n; i++)
        if (!parse_count(w[i], &counts[i - 2]))
            return bad(rd, "a count is not a whole number");
    return YK_OK;
}

static yk_status read_counts(reading *rd, yk_tally *t, cell *c, char **w, size_t n)
{
    size_t q = yk_tally_question_named(t, w[1]);
    if (q == SIZE_MAX || t->count_off[q] == SIZE_MAX ||
        n != 2 + yk_form_question(t->form, q)->list->n + 3)
        return bad(rd, "counts for a question the form does not have as a select");
    return read_count_words(rd, &c->counts[t->count_off[q]], w, n);
}

static yk_status read_numbers(reading *rd, yk_tally *t, cell *c, char **w, size_t n)
{
    size_t q = yk_tally_question_named(t, w[1]);
    if (q == SIZE_MAX || t->num_of[q] == SIZE_MAX || n != 9)
        return bad(rd, "sums for a question the form does not have as a number");
    yk_tally_numbers *x = &c->nums[t->num_of[q]];
    yk_exact bound;
    if (!parse_count(w[2], &x->n) || !parse_count(w[3], &x->blank) ||
        !parse_count(w[4], &x->invalid) || !parse_value(w[7], &x->min) ||
        !parse_value(w[8], &x->max))
        return bad(rd, "sums that are not whole numbers in range");
    bound = (yk_exact)x->n * VALUE_LIMIT;
    if (!parse_exact(w[5], bound, &x->sum) || !parse_exact(w[6], bound * VALUE_LIMIT, &x->sumsq) ||
        x->sumsq < 0 || (x->n > 0 && x->min > x->max))
        return bad(rd, "sums that no answers could give");
    return YK_OK;
}

static yk_status read_values(reading *rd, yk_tally *t, cell *c, char **w, size_t n)
{
    size_t q = yk_tally_question_named(t, w[1]);
    if (q == SIZE_MAX || t->value_off[q] == SIZE_MAX || n != 2 + t->value_n[q])
        return bad(rd, "counts of values for a question the form does not bound");
    return read_count_words(rd, &c->counts[t->value_off[q]], w, n);
}

/* A "w" line: pairs of a whole value and its count, ascending, adding
 * up to the answers of the "x" line before it (which must come first),
 * from its minimum to its maximum; or "-" for counts dropped. */
static yk_status read_distinct(reading *rd, yk_tally *t, cell *c, char **w, size_t n)
{
    size_t q = yk_tally_question_named(t, w[1]);
    if (q == SIZE_MAX || t->map_of[q] == SIZE_MAX)
        return bad(rd, "counts of values for a question the form does not have as an integer");
    value_map *m = &c->maps[t->map_of[q]];
    yk_tally_map_free(m);
    if (n == 3 && strcmp(w[2], "-") == 0) {
        m->dropped = 1;
        return YK_OK;
    }
    if (n % 2 || (n - 2) / 2 > YK_TALLY_MAX_DISTINCT)
        return bad(rd, "counts of values that are not value and count pairs");
    for (size_t i = 2; i < n; i += 2) {
        int64_t v, k;
        if (!parse_value(w[i], &v) || !(llabs(v) < (long long)NUMBER_LIMIT) ||
            !parse_count(w[i + 1], &k) || k == 0 || (m->n && v <= m->value[m->n - 1]))
            return bad(rd, "counts of values that are not ascending whole values with counts");
        yk_status st = yk_tally_map_add(m, v, k);
        if (st != YK_OK)
            return st;
    }
    return YK_OK;       /* what they add up to: check_value_counts */
}

static yk_status read_scale(reading *rd, yk_tally *t, cell *c, char **w, size_t n)
{
    for (size_t s = 0; s < t->n_scales; s++) {
        const scale_info *sc = &t->scales[s];
        if (strcmp(sc->name, w[1]) != 0)
            continue;
        if (n != 3 + sc->k + sc->k * (sc->k + 1) / 2 || !parse_count(w[2], &c->scale_n[s]))
            return bad(rd, "a scale's sums do not fit its items");
        yk_exact bound = (yk_exact)c->scale_n[s] * VALUE_LIMIT;
        for (size_t i = 3; i < n; i++)
            if (!parse_exact(w[i], i < 3 + sc->k ? bound : bound * VALUE_LIMIT,
                             &c->scale_sums[sc->off + i - 3]))
                return bad(rd, "a scale sum is not a whole number in range");
        return YK_OK;
    }
    return bad(rd, "sums for a scale the form does not have");
}

/* "cell ROUND GROUP RESPONSES": the current cell, checked against the
 * file's protection and for a repeat. */
static yk_status read_cell(reading *rd, yk_tally *t, char **w, size_t nw, size_t *cr,
                           size_t *cg)
{
    int64_t r, g, responses;
    if (nw != 4 || !parse_count(w[1], &r) || !parse_count(w[2], &g) ||
        !parse_count(w[3], &responses))
        return bad(rd, "a cell line that is not 'cell ROUND GROUP RESPONSES' in whole counts");
    if ((size_t)r >= t->n_rounds || (size_t)g >= t->ngroups)
        return bad(rd, "a cell of a round or group the file does not have");
    cell *c = cell_at(t, (size_t)r, (size_t)g);
    if (c->responses)
        yk_tally_violation(rd, rd->line, "a second line for the cell of round %lld, group %lld",
                           (long long)r, (long long)g);
    if (c->folded && responses)
        yk_tally_violation(rd, rd->line, "a group folded into Khác has responses of its own");
    if (t->protect_k && responses > 0 && responses < t->protect_k)
        yk_tally_violation(rd, rd->line, "the file says no group has fewer than %lld responses "
                           "(protected), but this cell has %lld", (long long)t->protect_k,
                           (long long)responses);
    c->responses = responses;
    *cr = (size_t)r;
    *cg = (size_t)g;
    return YK_OK;
}

/* "fold ROUND GROUP": the group's responses of that round are in "Khác"
 * (it has none of its own). */
static yk_status read_fold(reading *rd, yk_tally *t, char **w, size_t nw)
{
    int64_t r, g;
    if (nw != 3 || !parse_count(w[1], &r) || !parse_count(w[2], &g))
        return bad(rd, "a fold line that is not 'fold ROUND GROUP' in whole counts");
    if ((size_t)r >= t->n_rounds || (size_t)g >= t->ngroups || !t->has_other ||
        (size_t)g == yk_tally_other_group(t))
        return bad(rd, "a fold of a round or group the file does not have, or without "
                   "'protected' or 'folded' in its header");
    cell *c = cell_at(t, (size_t)r, (size_t)g);
    if (c->responses)
        yk_tally_violation(rd, rd->line, "a group folded into Khác has responses of its own");
    c->folded = 1;
    return YK_OK;
}

static yk_status read_body(reading *rd, yk_tally *t, long version)
{
    const char *s;
    size_t n;
    char *copy = NULL, *w[WORDS_MAX];
    size_t cr = 0, cg = 0;      /* the current cell: indexes, since a round
                                   line may move the cells */
    unsigned long cell_line = 0;
    unsigned char *seen = calloc(t->nq + t->n_scales + 1, 1);
    yk_status st = seen ? YK_OK : YK_ERR_NOMEM;
    int have_cell = 0, ended = 0;
    while (st == YK_OK && !ended && next_line(rd, &s, &n)) {
        free(copy);
        if (!(copy = strndup(s, n))) {
            st = YK_ERR_NOMEM;
            break;
        }
        if (strncmp(copy, "round ", 6) == 0) {
            size_t len = strtoull(copy + 6, NULL, 10), r;
            const char *name = strchr(copy + 6, ' ');
            if (!name || strlen(name + 1) != len)
                st = bad(rd, "a round's name is cut");
            else
                st = yk_tally_round_index(t, name + 1, &r);
            continue;
        }
        size_t nw = split(copy, w, WORDS_MAX);
        int closes = nw >= 1 && (strcmp(w[0], "end") == 0 || strcmp(w[0], "cell") == 0 ||
                                 strcmp(w[0], "fold") == 0);
        if (closes && have_cell)
            yk_tally_check_cell(rd, t, cg, cell_at(t, cr, cg), seen, cell_line);
        cell *c = have_cell ? cell_at(t, cr, cg) : NULL;
        if (nw == 1 && strcmp(w[0], "end") == 0) {
            ended = 1;
        } else if (nw >= 1 && strcmp(w[0], "fold") == 0 && version >= 4) {
            st = read_fold(rd, t, w, nw);
            have_cell = 0;
        } else if (nw >= 1 && strcmp(w[0], "cell") == 0) {
            st = read_cell(rd, t, w, nw, &cr, &cg);
            have_cell = st == YK_OK;
            cell_line = rd->line;
            memset(seen, 0, t->nq + t->n_scales + 1);
        } else if (nw >= 2 && c && strcmp(w[0], "c") == 0) {
            st = read_counts(rd, t, c, w, nw);
        } else if (nw >= 2 && c && strcmp(w[0], "x") == 0) {
            st = read_numbers(rd, t, c, w, nw);
        } else if (nw >= 2 && c && strcmp(w[0], "v") == 0) {
            st = read_values(rd, t, c, w, nw);
        } else if (nw >= 2 && c && strcmp(w[0], "w") == 0 && version >= 3) {
            st = read_distinct(rd, t, c, w, nw);
        } else if (nw >= 2 && c && strcmp(w[0], "s") == 0) {
            st = read_scale(rd, t, c, w, nw);
        } else {
            st = bad(rd, "a line a tally file does not have");
        }
        if (st == YK_OK && c && nw >= 2 && strlen(w[0]) == 1)
            yk_tally_check_line(rd, t, c, w[0], w[1], seen);
    }
    free(copy);
    free(seen);
    if (st == YK_OK && !ended)
        st = bad(rd, "the file ends before 'end': it was cut short");
    return st == YK_OK && rd->violations ? YK_ERR_PARSE : st;
}

static yk_status read_all(yk_input *in, yk_buf *text)
{
    char chunk[65536];
    size_t got;
    yk_status st = in->rewind ? in->rewind(in->ctx) : YK_OK;
    text->cap = TALLY_MAX_BYTES;
    while (st == YK_OK && (st = in->read(in->ctx, chunk, sizeof chunk, &got)) == YK_OK && got)
        st = yk_buf_append(text, chunk, got);
    return st;
}

/* What a tally file's header says. */
typedef struct {
    long version;
    unsigned long long fp;
    char group[256];
    int64_t protect_k, folded;
    int other;
} head;

/* "protected K N" or "folded N" (version 4): a group list with "Khác". */
static yk_status read_protection(reading *rd, head *h)
{
    const char *s;
    size_t n;
    const char *save_p = rd->p;
    unsigned long save_line = rd->line;
    if (h->version < 4 || !next_line(rd, &s, &n))
        return YK_OK;
    char line[64], *w[4];
    if (n >= sizeof line || (memcmp(s, "protected ", 10) != 0 && memcmp(s, "folded ", 7) != 0)) {
        rd->p = save_p;         /* no such line: the form comes next */
        rd->line = save_line;
        return YK_OK;
    }
    memcpy(line, s, n);
    line[n] = '\0';
    size_t nw = split(line, w, 4);
    int protected = strcmp(w[0], "protected") == 0;
    if (nw != (protected ? 3u : 2u) || (protected && !parse_count(w[1], &h->protect_k)) ||
        !parse_count(w[nw - 1], &h->folded) || (protected && h->protect_k < 1))
        return bad(rd, "a protection line that is not 'protected K N' or 'folded N'");
    h->other = !protected || h->folded > 0;
    return YK_OK;
}

/* The header: version, fingerprint, group, protection; then the form,
 * loaded (with "Khác" added to the group list when groups were folded). */
static yk_status read_head(reading *rd, yk_form **form, yk_form_text *ft, head *h)
{
    const char *s;
    size_t n;
    if (!next_line(rd, &s, &n) || n < 12 || memcmp(s, "ykien-tally ", 12) != 0)
        return bad(rd, "this is not a ykien tally file");
    long version = strtol(s + 12, NULL, 10);
    if (version < 1 || version > YK_TALLY_VERSION)  /* 1: no counts of values; */
        return bad(rd, "a tally file of another version of ykien");  /* 2: none unbounded */
    h->version = version;
    if (!next_line(rd, &s, &n) || n < 13 || memcmp(s, "fingerprint ", 12) != 0)
        return bad(rd, "the fingerprint is missing");
    h->fp = strtoull(s + 12, NULL, 16);
    if (!next_line(rd, &s, &n) || n < 7 || n - 6 >= sizeof h->group || memcmp(s, "group ", 6) != 0)
        return bad(rd, "the grouping is missing");
    memcpy(h->group, s + 6, n - 6);
    h->group[n - 6] = '\0';
    yk_status st = read_protection(rd, h);
    if (st == YK_OK && h->other && strcmp(h->group, "-") == 0)
        st = bad(rd, "groups folded in a tally without grouping");
    const char **texts[3] = { &ft->survey, &ft->choices, &ft->settings };
    size_t *lens[3] = { &ft->survey_len, &ft->choices_len, &ft->settings_len };
    for (int i = 0; i < 3 && st == YK_OK; i++)
        st = read_text(rd, yk_tally_text_names[i], texts[i], lens[i]);
    if (st != YK_OK)
        return st;
    yk_memory m[3];
    yk_input ins[3];
    for (int i = 0; i < 3; i++)
        ins[i] = yk_input_memory(&m[i], *texts[i], *lens[i]);
    yk_form_files files = { "survey.csv", "choices.csv", "settings.csv", &ins[0],
                            &ins[1], ft->settings_len ? &ins[2] : NULL };
    st = yk_form_load(&files, rd->diag, rd->diag_ctx, form);
    if (st == YK_OK && yk_form_fingerprint(*form) != h->fp)
        st = bad(rd, "the form in the file does not match its fingerprint");
    if (st == YK_OK && h->other &&
        yk_form_add_choice(*form, h->group, YK_TALLY_OTHER, YK_TALLY_OTHER_LABEL) != YK_OK)
        st = bad(rd, "groups folded into '" YK_TALLY_OTHER "', but the grouping list "
                 "cannot take it (not a select, or it has that code already)");
    return st == YK_ERR_PARSE ? bad(rd, "the form in the file cannot be read") : st;
}

yk_status yk_tally_load(const char *source, yk_input *in, yk_diag_fn diag,
                        void *diag_ctx, yk_tally **out)
{
    yk_buf text = { 0 };
    yk_form *form = NULL;
    yk_tally *t = NULL;
    yk_form_text ft = { 0 };
    head h = { 0 };
    *out = NULL;
    yk_status st = read_all(in, &text);
    if (st == YK_ERR_LIMIT && diag) {
        yk_diag d = { YK_ERROR, "tally-format", source, 0, 0,
                      "the file is larger than any tally file", NULL };
        diag(diag_ctx, &d);
    }
    const char *base = text.data ? text.data : "";     /* an empty file */
    reading rd = { base, base + text.len, 0, source, diag, diag_ctx, 0 };
    if (st == YK_OK)
        st = read_head(&rd, &form, &ft, &h);
    if (st == YK_OK)
        st = yk_tally_new(form, &ft, strcmp(h.group, "-") ? h.group : NULL, &t);
    if (st == YK_ERR_ARGUMENT)
        st = bad(&rd, "the grouping question is not a select_one of the form");
    if (st == YK_OK) {
        t->own_form = form;
        form = NULL;
        t->has_other = h.other;
        t->folded = h.folded;
        t->protect_k = h.protect_k;
        st = read_body(&rd, t, h.version);
    }
    yk_buf_free(&text);
    yk_form_free(form);
    if (st != YK_OK) {
        yk_tally_free(t);
        return st;
    }
    *out = t;
    return YK_OK;
}
