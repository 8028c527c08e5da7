#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "coder_impl.h"
#include "yk_text.h"

/* ---- checks across rows ------------------------------------------------ */

/* The index's item holds a row's place whole: 32 bits each. */
_Static_assert(SIZE_MAX >= UINT64_MAX, "a seen row's source and line share one size_t");

/* Note hash h at the current row; 1 and where it was first seen in
 * *before when seen before. */
static int seen_add(yk_coder *c, seen_table *t, uint64_t h, seen_row *before)
{
    if (yk_index_reserve(t, t->count + 1) != YK_OK) {
        /* Out of memory: check no more, and say so, since double
         * submissions would from now on be counted twice. */
        c->opt.no_duplicates = 1;
        yk_coder_emit(c, YK_ERROR, "duplicates-unchecked", c->row->line, 0,
             "give --no-duplicates to read without the checks, or more memory",
             "out of memory for the duplicate checks: from this row on, double "
             "submissions are not found");
        return 0;
    }
    size_t first = yk_index_find(t, h, NULL, NULL, NULL);
    if (first != YK_INDEX_NONE) {
        *before = (seen_row){ (uint32_t)(first >> 32), (uint32_t)first };
        return 1;
    }
    uint64_t here = (uint64_t)(uint32_t)(c->nsources - 1) << 32 | (uint32_t)c->row->line;
    (void)yk_index_add(t, h, (size_t)here);     /* cannot fail: room was made */
    return 0;
}

/* Mix one 64-bit value into h (the finaliser of MurmurHash3): fast, and
 * good enough to tell a million answer vectors apart. */
static uint64_t mix(uint64_t h, uint64_t v)
{
    h ^= v + 0x9e3779b97f4a7c15ull + (h << 6) + (h >> 2);
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdull;
    h ^= h >> 33;
    return h;
}

static uint64_t answers_hash(const yk_coder *c, size_t *answered)
{
    uint64_t h = 0;
    *answered = 0;
    for (size_t q = 0; q < c->nq; q++) {
        const yk_answer *a = &c->answers[q];
        const yk_question *qq = Q(c, q);
        if (q == c->id_q || qq->type == YK_Q_META || a->state != YK_ANSWER_OK)
            continue;
        *answered += q != c->unit_q;
        uint64_t v;
        if (qq->type == YK_Q_SELECT_ONE)
            v = a->choice;
        else if (qq->type == YK_Q_SELECT_MULTIPLE)
            v = yk_hash(YK_HASH_BASIS, a->chosen, qq->list->n);
        else if (qq->type == YK_Q_INTEGER || qq->type == YK_Q_DECIMAL)
            memcpy(&v, &a->number, sizeof v);
        else
            v = yk_hash(YK_HASH_BASIS, a->text, a->text_len);
        h = mix(h, mix(q, v));
    }
    return h;
}

/* How a header names a row's identity: 1 a submission's id (Kobo),
 * 2 its time (Kobo, Google Forms), 0 neither. */
static int identity_rank(const char *key, size_t n)
{
    static const struct { const char *name; int rank; } names[] = {
        { "_uuid", 1 }, { "meta/instanceid", 1 }, { "instanceid", 1 },
        { "_submission_time", 2 }, { "end", 2 }, { "timestamp", 2 },
        { "dấu thời gian", 2 },
    };
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (strlen(names[i].name) == n && memcmp(names[i].name, key, n) == 0)
            return names[i].rank;
    return 0;
}

void yk_coder_find_identity(yk_coder *c, const yk_row *header)
{
    int best = 0;
    c->identity_col = NO_QUESTION;
    for (size_t i = 0; i < header->n; i++) {
        const yk_field *f = &header->fields[i];
        if (yk_coder_key(c, f->s, f->len, 0, &c->key) != YK_OK)
            continue;
        int rank = identity_rank(c->key.data, c->key.len);
        if (rank && (!best || rank < best)) {
            best = rank;
            c->identity_col = i;
            c->identity_rank = rank;
        }
    }
}

/* The row's identity: its respondent id when the form has one and it is
 * answered, else the file's _uuid or submission time; 0 when none. */
static int row_identity(const yk_coder *c, const char **s, size_t *n)
{
    if (c->id_q != NO_QUESTION && c->has_column[c->id_q]) {
        const yk_answer *id = &c->answers[c->id_q];
        *s = id->text, *n = id->text_len;
        return id->state == YK_ANSWER_OK && id->text_len > 0;
    }
    if (c->identity_col == NO_QUESTION || c->identity_col >= c->row->n)
        return 0;
    *s = c->row->fields[c->identity_col].s;
    *n = c->row->fields[c->identity_col].len;
    yk_coder_trim(s, n);
    return *n > 0;
}

/* Every answer of the row exactly as written (the answer columns' text):
 * a double submission repeats them byte for byte, invalid ones too. */
static uint64_t written_hash(const yk_coder *c)
{
    uint64_t h = 0;
    size_t n = c->row->n < c->ncols ? c->row->n : c->ncols;
    for (size_t i = 0; i < n; i++) {
        const column *col = &c->cols[i];
        if ((col->kind != COL_QUESTION && col->kind != COL_FLAG) || col->q == c->id_q ||
            Q(c, col->q)->type == YK_Q_META)
            continue;
        const yk_field *f = &c->row->fields[i];
        h = mix(h, mix(i, yk_hash(YK_HASH_BASIS, f->s, f->len)));
    }
    return h;
}

/* A second submission of the same form: the same identity and the very
 * same answers as an earlier row of the round. */
static int double_submission(yk_coder *c)
{
    const char *s;
    size_t n;
    char hint[MSG_MAX];
    if (!row_identity(c, &s, &n))
        return 0;
    uint64_t key = mix(yk_hash(YK_HASH_BASIS, s, n), written_hash(c));
    seen_row before;
    if (!seen_add(c, &c->submissions, key, &before))
        return 0;
    snprintf(hint, sizeof hint, "%s; --keep-duplicates counts both",
             c->opt.keep_duplicates ? "counted twice, as --keep-duplicates asks"
                                    : "counted once: this row is left out");
    yk_coder_emit(c, YK_WARNING, "double-submission", c->row->line, 0, hint,
         "the row repeats %s:%u, its %s and every answer: a double submission",
         c->sources[before.source], before.line,
         c->id_q != NO_QUESTION && c->has_column[c->id_q] ? "respondent id"
         : c->identity_rank == 1 ? "submission id" : "submission time");
    c->stats.doubles++;
    return 1;
}

int yk_coder_check_duplicates(yk_coder *c)
{
    size_t answered;
    seen_row before;
    char hint[MSG_MAX], shown[MSG_MAX];
    if (c->opt.no_duplicates)
        return 0;
    if (double_submission(c))
        return 1;
    if (c->opt.only_doubles)
        return 0;
    const yk_answer *id = c->id_q != NO_QUESTION ? &c->answers[c->id_q] : NULL;
    if (id && id->state == YK_ANSWER_OK &&
        seen_add(c, &c->ids, yk_hash(YK_HASH_BASIS, id->text, id->text_len), &before)) {
        yk_text_quote(shown, sizeof shown, id->text, id->text_len);
        snprintf(hint, sizeof hint, "first at %s:%u, with other answers", c->sources[before.source],
                 before.line);
        yk_coder_emit(c, YK_ERROR, "duplicate-id", c->row->line, 0, hint,
             "respondent id '%s' was used before", shown);
    }
    uint64_t h = answers_hash(c, &answered);
    if (answered >= YK_CODER_POSSIBLE_DUPLICATE_MIN &&
        seen_add(c, &c->responses, h, &before)) {
        snprintf(hint, sizeof hint, "the same answers as %s:%u; counted, as both may be "
                 "honest: check they are not one person's", c->sources[before.source],
                 before.line);
        yk_coder_emit(c, YK_WARNING, "possible-duplicate", c->row->line, 0, hint,
             "the row repeats another row's %zu answers", answered);
    }
    return 0;
}

/* Whether every item of scale sc has the same answer: all items are
 * compared, without a branch on each (most rows differ, but where is a
 * coin toss for the branch predictor). */
static int all_same(const yk_coder *c, const coder_scale *sc)
{
    size_t choice = c->answers[sc->items[0]].choice;
    int same = sc->one_list;
    for (size_t i = 0; i < sc->k; i++) {
        const yk_answer *a = &c->answers[sc->items[i]];
        same &= (a->state == YK_ANSWER_OK) & (a->choice == choice);
    }
    return same;
}

/* The same answer to every item of a scale, reverse-worded ones included:
 * possible, but more often a respondent not reading. */
void yk_coder_check_straight_lining(yk_coder *c)
{
    for (size_t s = 0; s < c->n_scales; s++) {
        const coder_scale *sc = &c->scales[s];
        size_t least = c->opt.straight_min ? c->opt.straight_min : YK_CODER_STRAIGHT_MIN;
        if (sc->k < least || sc->k < 2 || !all_same(c, sc))
            continue;
        const yk_question *first = Q(c, sc->items[0]);
        const yk_choice *ch = &first->list->choices[c->answers[sc->items[0]].choice];
        if (ch->not_opinion)
            continue;
        yk_coder_emit(c, YK_WARNING, "straight-lining", c->row->line, 0,
             "possible, but check the respondent read the items",
             "the same answer '%s' to all %zu items of scale '%s'",
             ch->labels && ch->labels[0] ? ch->labels[0] : ch->name, sc->k,
             first->scale);
    }
}

/* ---- rows -------------------------------------------------------------- */

int yk_coder_is_blank_row(const yk_row *row)
{
    for (size_t i = 0; i < row->n; i++) {
        const char *s = row->fields[i].s;
        size_t n = row->fields[i].len;
        yk_coder_trim(&s, &n);
        if (n)
            return 0;
    }
    return 1;
}

enum { NOT_TOTALS_MAX = 4096 };

/* Whether the key of s starts with a word of a totals row ("Tổng cộng").
 * Fields that do not are remembered, a few thousand at most: the unit
 * column repeats a few names that would otherwise be keyed on every row. */
static int opens_totals(yk_coder *c, const char *s, size_t n)
{
    static const char *const words[] = { "tổng", "cộng", "total", "tong cong" };
    size_t unused;
    if (yk_dict_get(c->not_totals, s, n, &unused) ||
        yk_coder_key(c, s, n, 0, &c->key) != YK_OK)
        return 0;
    for (size_t w = 0; w < sizeof words / sizeof words[0]; w++)
        if (c->key.len >= strlen(words[w]) &&
            memcmp(c->key.data, words[w], strlen(words[w])) == 0)
            return 1;
    if (yk_dict_count(c->not_totals) < NOT_TOTALS_MAX)
        yk_dict_add(c->not_totals, s, n, 0, NULL, NULL);
    return 0;
}

/* Hand-made sheets end with "Tổng cộng" and sums: not a response. */
int yk_coder_is_totals_row(yk_coder *c, const yk_row *row)
{
    for (size_t i = 0, seen = 0; i < row->n && seen < 3; i++) {
        if (row->fields[i].len == 0)
            continue;
        seen++;
        char first = row->fields[i].s[0];   /* t, T, c, C, or a C of "Cộng" */
        if ((first == 't' || first == 'T' || first == 'c' || first == 'C') &&
            opens_totals(c, row->fields[i].s, row->fields[i].len))
            return 1;
    }
    return 0;
}
