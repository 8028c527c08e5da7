/* ykien — the feedback tally (yk_feedback.h): counting contributions,
 * keeping their remarks' lines until finish, merging, and the counts. */
#include <stdlib.h>
#include <string.h>
#include "feedback_impl.h"
#include "yk_grow.h"
#include "yk_text.h"
#include "yk_textkey.h"

/* ---- making and freeing -------------------------------------------------- */

static size_t rated_at(size_t t, yk_from from)
{
    return t * YK_FROM_N + (size_t)from;
}

static size_t wrote_at(size_t t, yk_remark_kind k, yk_from from)
{
    return (t * YK_REMARK_KINDS + (size_t)k) * YK_FROM_N + (size_t)from;
}

static size_t list_size(const yk_feedback *f, size_t c)
{
    return yk_form_question(f->form, f->criteria[c].question)->list->n;
}

yk_status yk_feedback_alloc_counts(yk_feedback *f)
{
    size_t n = 0;
    f->rating_at = malloc((f->n_criteria + 1) * sizeof *f->rating_at);
    for (size_t c = 0; f->rating_at && c < f->n_criteria; c++) {
        f->rating_at[c] = n;
        n += (list_size(f, c) + 1) * YK_FROM_N;
    }
    f->ratings = calloc(n + 1, sizeof *f->ratings);
    f->wrote = calloc(f->n_targets * YK_REMARK_KINDS * YK_FROM_N + 1, sizeof *f->wrote);
    f->rated = calloc(f->n_targets * YK_FROM_N + 1, sizeof *f->rated);
    return f->rating_at && f->ratings && f->wrote && f->rated ? YK_OK : YK_ERR_NOMEM;
}

static yk_status find_unit(yk_feedback *f, const char *unit)
{
    f->unit_q = SIZE_MAX;
    if (!unit)
        return YK_OK;
    const yk_question *q = yk_form_find(f->form, unit);
    if (!q || (q->type != YK_Q_SELECT_ONE && q->type != YK_Q_TEXT))
        return YK_ERR_ARGUMENT;
    for (size_t i = 0; i < yk_form_n_questions(f->form); i++)
        if (yk_form_question(f->form, i) == q)
            f->unit_q = i;
    f->unit = strdup(unit);
    return f->unit ? YK_OK : YK_ERR_NOMEM;
}

yk_status yk_feedback_new(const yk_form *form, const char *survey_source, const char *unit,
                          yk_diag_fn diag, void *diag_ctx, yk_feedback **out)
{
    *out = NULL;
    if (!form)
        return YK_ERR_ARGUMENT;
    yk_feedback *f = calloc(1, sizeof *f);
    if (!f)
        return YK_ERR_NOMEM;
    f->form = form;
    yk_status st = find_unit(f, unit);
    if (st == YK_OK)
        st = yk_feedback_find(f, survey_source, diag, diag_ctx);
    if (st == YK_OK)
        st = yk_feedback_alloc_counts(f);
    if (st != YK_OK) {
        yk_feedback_free(f);
        return st;
    }
    *out = f;
    return YK_OK;
}

yk_status yk_feedback_new_like(const yk_feedback *f, yk_feedback **out)
{
    /* The form was found good once: finding again reports nothing. */
    return yk_feedback_new(f->form, NULL, f->unit, NULL, NULL, out);
}

void yk_feedback_free(yk_feedback *f)
{
    if (!f)
        return;
    free(f->unit);
    free(f->targets);
    free(f->criteria);
    free(f->wrote);
    free(f->rated);
    free(f->rating_at);
    free(f->ratings);
    free(f->raw);
    free(f->lines);
    yk_index_free(&f->lines_ix);
    yk_buf_free(&f->text);
    free(f->units.name);
    free(f->units.key);
    yk_index_free(&f->units.ix);
    yk_arena_free(&f->units.arena);
    for (size_t i = 0; f->remarks && i < f->n_targets * YK_REMARK_KINDS; i++)
        free(f->remarks[i]);
    free(f->remarks);
    free(f->n_remarks);
    free(f->theme_counts);
    yk_arena_free(&f->texts);
    yk_buf_free(&f->key);
    yk_buf_free(&f->scratch);
    free(f);
}

size_t yk_feedback_n_targets(const yk_feedback *f) { return f->n_targets; }
size_t yk_feedback_n_criteria(const yk_feedback *f) { return f->n_criteria; }
const yk_form *yk_feedback_form(const yk_feedback *f) { return f->form; }
int64_t yk_feedback_masked(const yk_feedback *f) { return f->masked; }
int64_t yk_feedback_cut(const yk_feedback *f) { return f->cut; }

const yk_feedback_target *yk_feedback_target_at(const yk_feedback *f, size_t i)
{
    return i < f->n_targets ? &f->targets[i] : NULL;
}

const yk_feedback_criterion *yk_feedback_criterion_at(const yk_feedback *f, size_t i)
{
    return i < f->n_criteria ? &f->criteria[i] : NULL;
}

/* ---- a remark cell's lines ----------------------------------------------- */

static int is_blank_byte(char c)
{
    return c == ' ' || c == '\t';
}

/* s (n bytes) without surrounding spaces, tabs and no-break spaces. */
static void trim(const char **s, size_t *n)
{
    for (;;) {
        if (*n && is_blank_byte(**s))
            (*s)++, (*n)--;
        else if (*n >= 2 && (unsigned char)(*s)[0] == 0xC2 && (unsigned char)(*s)[1] == 0xA0)
            *s += 2, *n -= 2;
        else
            break;
    }
    for (;;) {
        if (*n && is_blank_byte((*s)[*n - 1]))
            (*n)--;
        else if (*n >= 2 && (unsigned char)(*s)[*n - 2] == 0xC2 &&
                 (unsigned char)(*s)[*n - 1] == 0xA0)
            *n -= 2;
        else
            break;
    }
}

static int is_digit(char c)
{
    return c >= '0' && c <= '9';
}

/* How many bytes of line s (n bytes, trimmed) are its bullet or
 * numbering: "-", "+", "*", "•", "–", "1.", "12)", "a)"; 0 when none.
 * "1.000 đồng" is a number, not numbering. */
static size_t bullet(const char *s, size_t n)
{
    static const char *const marks[] = { "-", "+", "*", "\u2022", "\u2013" };
    for (size_t i = 0; i < sizeof marks / sizeof marks[0]; i++) {
        size_t k = strlen(marks[i]);
        if (n >= k && memcmp(s, marks[i], k) == 0)
            return k;
    }
    size_t d = 0;
    while (d < n && d < 3 && is_digit(s[d]))
        d++;
    if (d && d < n && (s[d] == '.' || s[d] == ')') && (d + 1 == n || !is_digit(s[d + 1])))
        return d + 1;
    if (n < 2)
        return 0;
    int letter = (s[0] >= 'a' && s[0] <= 'z') || (s[0] >= 'A' && s[0] <= 'Z');
    return letter && s[1] == ')' ? 2 : 0;
}

/* Whether s (n bytes) has a syllable (yk_words.h); stops at the first
 * letter, where splitting would go through a whole line. */
static int has_syllable(const char *s, size_t n)
{
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        size_t len = yk_utf8_next(s + i, n - i, &cp);
        if (len && yk_words_is_syllable_char(cp))
            return 1;
        i += len ? len : 1;
    }
    return 0;
}

static int same_line(const void *ctx, size_t item, const void *key)
{
    const yk_feedback *f = ctx;
    const line_text *k = key;
    const line_text *l = &f->lines[item];
    return l->len == k->len && memcmp(f->text.data + l->off, f->text.data + k->off, k->len) == 0;
}

/* The distinct line whose text was just appended to f->text at off (len
 * bytes): an earlier one with the same bytes (the text appended is then
 * taken back), else a new one.  *out gets its number. */
static yk_status intern_line(yk_feedback *f, size_t off, size_t len, uint32_t *out)
{
    line_text k = { off, len };
    uint64_t h = yk_hash_key(f->text.data + off, len);
    size_t i = yk_index_find(&f->lines_ix, h, same_line, f, &k);
    if (i != YK_INDEX_NONE) {
        f->text.len = off;
        *out = (uint32_t)i;
        return YK_OK;
    }
    if (yk_grow(&f->lines, &f->cap_lines, f->n_lines + 1, sizeof *f->lines) != YK_OK ||
        yk_index_add(&f->lines_ix, h, f->n_lines) != YK_OK) {
        f->text.len = off;
        return YK_ERR_NOMEM;
    }
    f->lines[f->n_lines] = k;
    *out = (uint32_t)f->n_lines++;
    return YK_OK;
}

/* Keep remark s (n bytes) of target t, kind k, from `from`, of cell
 * `cell`, cut at YK_FEEDBACK_REMARK_MAX_BYTES.  Its text is kept once
 * however many wrote it, so memory grows with the distinct remarks. */
static yk_status keep_remark(yk_feedback *f, const char *s, size_t n, size_t t, int k,
                             yk_from from, uint64_t cell)
{
    static const char more[] = "\u2026";
    size_t keep = n;
    if (n > YK_FEEDBACK_REMARK_MAX_BYTES) {
        keep = yk_text_clip(s, n, YK_FEEDBACK_REMARK_MAX_BYTES - (sizeof more - 1));
        f->cut++;
    }
    size_t len = keep + (keep < n ? sizeof more - 1 : 0);
    if (f->n_raw == YK_FEEDBACK_MAX_REMARKS || f->text.len + len > YK_FEEDBACK_MAX_BYTES)
        return YK_ERR_LIMIT;
    if (yk_grow(&f->raw, &f->cap_raw, f->n_raw + 1, sizeof *f->raw) != YK_OK)
        return YK_ERR_NOMEM;
    size_t off = f->text.len;
    uint32_t line;
    if (yk_buf_append(&f->text, s, keep) != YK_OK ||
        (keep < n && yk_buf_append(&f->text, more, sizeof more - 1) != YK_OK)) {
        f->text.len = off;
        return YK_ERR_NOMEM;
    }
    yk_status st = intern_line(f, off, len, &line);
    if (st != YK_OK)
        return st;
    f->raw[f->n_raw++] = (raw_remark){ cell, line, (uint32_t)t, (uint8_t)k, (uint8_t)from };
    return YK_OK;
}

/* Keep cell a's remarks, a line each; *wrote set when it had one. */
static yk_status read_cell(yk_feedback *f, const yk_answer *a, size_t t, int k, yk_from from,
                           int *wrote)
{
    *wrote = 0;
    if (a->state != YK_ANSWER_OK || !a->text)
        return YK_OK;
    uint64_t cell = f->cells++;
    const char *p = a->text, *end = a->text + a->text_len;
    yk_status st = YK_OK;
    while (p < end && st == YK_OK) {
        const char *nl = p;
        while (nl < end && *nl != '\n' && *nl != '\r')
            nl++;
        const char *s = p;
        size_t n = (size_t)(nl - p);
        p = nl < end ? nl + 1 : end;
        trim(&s, &n);
        size_t b = bullet(s, n);
        s += b, n -= b;
        trim(&s, &n);
        if (!has_syllable(s, n))
            continue;
        *wrote = 1;
        st = keep_remark(f, s, n, t, k, from, cell);
    }
    return st;
}

/* ---- a text unit question's names ------------------------------------------ */

typedef struct {
    const char *s;
    size_t n;
} span;

static int same_key(const void *ctx, size_t item, const void *key)
{
    const unit_names *u = ctx;
    const span *k = key;
    return strlen(u->key[item]) == k->n && memcmp(u->key[item], k->s, k->n) == 0;
}

/* Keep a text unit question's answer s (n bytes) for the mask. */
static yk_status keep_unit(yk_feedback *f, const char *s, size_t n)
{
    unit_names *u = &f->units;
    trim(&s, &n);
    if (!n || u->n == FEEDBACK_MAX_UNIT_NAMES)
        return YK_OK;
    yk_buf_clear(&f->key);
    yk_status st = yk_textkey(s, n, 0, &f->key, &f->scratch);
    if (st == YK_ERR_INVALID_BYTES)
        return YK_OK;           /* the reader gives UTF-8: nothing to mask by */
    if (st != YK_OK)
        return st;
    span k = { f->key.data ? f->key.data : "", f->key.len };
    uint64_t h = yk_hash_key(k.s, k.n);
    if (yk_index_find(&u->ix, h, same_key, u, &k) != YK_INDEX_NONE)
        return YK_OK;
    if (yk_grow(&u->name, &u->cap, u->n + 1, sizeof *u->name) != YK_OK ||
        yk_resize(&u->key, u->cap, sizeof *u->key) != YK_OK)
        return YK_ERR_NOMEM;
    const char *name = yk_arena_strndup(&u->arena, s, n);
    const char *key = yk_arena_strndup(&u->arena, k.s, k.n);
    if (!name || !key || yk_index_add(&u->ix, h, u->n) != YK_OK)
        return YK_ERR_NOMEM;
    u->name[u->n] = name;
    u->key[u->n++] = key;
    return YK_OK;
}

/* ---- counting ------------------------------------------------------------- */

static int64_t *rating_cell(const yk_feedback *f, size_t c, size_t k, yk_from from)
{
    return &f->ratings[f->rating_at[c] + k * YK_FROM_N + (size_t)from];
}

yk_status yk_feedback_add(yk_feedback *f, yk_from from, const yk_response *r)
{
    if (f->finished || (unsigned)from >= YK_FROM_N)
        return YK_ERR_ARGUMENT;
    f->contributions[from]++;
    yk_status st = YK_OK;
    for (size_t t = 0; t < f->n_targets && st == YK_OK; t++) {
        const yk_feedback_target *tg = &f->targets[t];
        for (int k = 0; k < YK_REMARK_KINDS && st == YK_OK; k++) {
            int wrote = 0;
            if (tg->remark[k] != SIZE_MAX)
                st = read_cell(f, &r->answers[tg->remark[k]], t, k, from, &wrote);
            f->wrote[wrote_at(t, (yk_remark_kind)k, from)] += wrote;
        }
        int rated = 0;
        for (size_t c = tg->first_criterion; c < tg->first_criterion + tg->n_criteria; c++) {
            const yk_answer *a = &r->answers[f->criteria[c].question];
            if (a->state != YK_ANSWER_OK)
                continue;
            ++*rating_cell(f, c, a->choice, from);
            ++*rating_cell(f, c, list_size(f, c), from);
            rated = 1;
        }
        f->rated[rated_at(t, from)] += rated;
    }
    const yk_answer *unit = f->unit_q != SIZE_MAX ? &r->answers[f->unit_q] : NULL;
    if (st == YK_OK && unit && unit->state == YK_ANSWER_OK && unit->text &&
        yk_form_question(f->form, f->unit_q)->type == YK_Q_TEXT)
        st = keep_unit(f, unit->text, unit->text_len);
    return st;
}

/* ---- merging ------------------------------------------------------------- */

static int same_layout(const yk_feedback *a, const yk_feedback *b)
{
    return a->form == b->form && a->unit_q == b->unit_q && a->n_targets == b->n_targets &&
           a->n_criteria == b->n_criteria;
}

static yk_status add_counts(int64_t *to, const int64_t *from, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (__builtin_add_overflow(to[i], from[i], &to[i]))
            return YK_ERR_LIMIT;
    return YK_OK;
}

/* b's remarks after a's, b's cells numbered after a's. */
static yk_status merge_remarks(yk_feedback *a, const yk_feedback *b)
{
    if (a->n_raw + b->n_raw > YK_FEEDBACK_MAX_REMARKS ||
        a->text.len + b->text.len > YK_FEEDBACK_MAX_BYTES)
        return YK_ERR_LIMIT;
    if (yk_grow(&a->raw, &a->cap_raw, a->n_raw + b->n_raw, sizeof *a->raw) != YK_OK)
        return YK_ERR_NOMEM;
    /* b's lines as a's: the same text is one line. */
    uint32_t *as_a = malloc((b->n_lines + 1) * sizeof *as_a);
    if (!as_a)
        return YK_ERR_NOMEM;
    yk_status st = YK_OK;
    for (size_t i = 0; i < b->n_lines && st == YK_OK; i++) {
        size_t off = a->text.len;
        st = yk_buf_append(&a->text, b->text.data + b->lines[i].off, b->lines[i].len);
        if (st == YK_OK)
            st = intern_line(a, off, b->lines[i].len, &as_a[i]);
    }
    for (size_t i = 0; i < b->n_raw && st == YK_OK; i++) {
        raw_remark r = b->raw[i];
        r.line = as_a[r.line];
        r.cell += a->cells;
        a->raw[a->n_raw++] = r;
    }
    free(as_a);
    if (st != YK_OK)
        return st;
    a->cells += b->cells;
    a->cut += b->cut;
    return YK_OK;
}

yk_status yk_feedback_merge(yk_feedback *a, const yk_feedback *b)
{
    if (a->finished || b->finished || !same_layout(a, b))
        return YK_ERR_ARGUMENT;
    size_t nr = a->n_criteria ? a->rating_at[a->n_criteria - 1] +
                                (list_size(a, a->n_criteria - 1) + 1) * YK_FROM_N : 0;
    yk_status st = add_counts(a->contributions, b->contributions, YK_FROM_N);
    if (st == YK_OK)
        st = add_counts(a->wrote, b->wrote, a->n_targets * YK_REMARK_KINDS * YK_FROM_N);
    if (st == YK_OK)
        st = add_counts(a->rated, b->rated, a->n_targets * YK_FROM_N);
    if (st == YK_OK)
        st = add_counts(a->ratings, b->ratings, nr);
    if (st == YK_OK)
        st = merge_remarks(a, b);
    for (size_t i = 0; st == YK_OK && i < b->units.n; i++)
        st = keep_unit(a, b->units.name[i], strlen(b->units.name[i]));
    return st;
}

/* ---- counts ---------------------------------------------------------------- */

int64_t yk_feedback_contributions(const yk_feedback *f, yk_from from)
{
    return (unsigned)from < YK_FROM_N ? f->contributions[from] : 0;
}

int64_t yk_feedback_wrote(const yk_feedback *f, size_t t, yk_remark_kind k, yk_from from)
{
    if (t >= f->n_targets || (unsigned)k >= YK_REMARK_KINDS || (unsigned)from >= YK_FROM_N)
        return 0;
    return f->wrote[wrote_at(t, k, from)];
}

int64_t yk_feedback_rated(const yk_feedback *f, size_t t, yk_from from)
{
    if (t >= f->n_targets || (unsigned)from >= YK_FROM_N)
        return 0;
    return f->rated[rated_at(t, from)];
}

int64_t yk_feedback_rating(const yk_feedback *f, size_t c, size_t k, yk_from from)
{
    if (c >= f->n_criteria || k > list_size(f, c) || (unsigned)from >= YK_FROM_N)
        return 0;
    return *rating_cell(f, c, k, from);
}
