#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "coder_impl.h"
#include "yk_text.h"

/* ---- checks across rows ------------------------------------------------ */

static seen_slot *seen_find(const seen_table *t, uint64_t h)
{
    for (size_t i = (size_t)h & (t->cap - 1);; i = (i + 1) & (t->cap - 1))
        if (t->slots[i].line == 0 || t->slots[i].hash == h)
            return &t->slots[i];
}

/* Note hash h at the current row; the earlier slot when seen before. */
static const seen_slot *seen_add(yk_coder *c, seen_table *t, uint64_t h)
{
    if ((t->count + 1) * 2 > t->cap) {
        size_t cap = t->cap ? t->cap * 2 : 1024;
        seen_slot *old = t->slots, *slots = calloc(cap, sizeof *slots);
        if (!slots) {
            c->opt.no_duplicates = 1;   /* out of memory: check no more */
            return NULL;
        }
        seen_table grown = { slots, cap, t->count };
        for (size_t i = 0; i < t->cap; i++)
            if (old[i].line)
                *seen_find(&grown, old[i].hash) = old[i];
        free(old);
        *t = grown;
    }
    seen_slot *s = seen_find(t, h);
    if (s->line)
        return s;
    *s = (seen_slot){ h, (uint32_t)(c->nsources - 1), (uint32_t)c->row->line };
    t->count++;
    return NULL;
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
        ++*answered;
        uint64_t v;
        if (qq->type == YK_Q_SELECT_ONE)
            v = a->choice;
        else if (qq->type == YK_Q_SELECT_MULTIPLE)
            v = yk_hash(a->chosen, qq->list->n, 0);
        else if (qq->type == YK_Q_INTEGER || qq->type == YK_Q_DECIMAL)
            memcpy(&v, &a->number, sizeof v);
        else
            v = yk_hash(a->text, a->text_len, 0);
        h = mix(h, mix(q, v));
    }
    return h;
}

enum { DUPLICATE_MIN_ANSWERS = 3 };

void yk_coder_check_duplicates(yk_coder *c)
{
    size_t answered;
    const seen_slot *before;
    char hint[MSG_MAX], shown[MSG_MAX];
    if (c->opt.no_duplicates)
        return;
    const yk_answer *id = c->id_q != NO_QUESTION ? &c->answers[c->id_q] : NULL;
    if (id && id->state == YK_ANSWER_OK &&
        (before = seen_add(c, &c->ids, yk_hash(id->text, id->text_len, 0))) != NULL) {
        yk_text_quote(shown, sizeof shown, id->text, id->text_len);
        snprintf(hint, sizeof hint, "first at %s:%u", c->sources[before->source], before->line);
        yk_coder_emit(c, YK_ERROR, "duplicate-id", c->row->line, 0, hint,
             "respondent id '%s' was used before", shown);
    }
    uint64_t h = answers_hash(c, &answered);
    if (answered >= DUPLICATE_MIN_ANSWERS &&
        (before = seen_add(c, &c->responses, h)) != NULL) {
        snprintf(hint, sizeof hint, "the same answers as %s:%u; a double submission?",
                 c->sources[before->source], before->line);
        yk_coder_emit(c, YK_WARNING, "duplicate-response", c->row->line, 0, hint,
             "the row repeats another row's answers");
    }
}

enum { STRAIGHT_MIN_ITEMS = 3 };

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
        if (sc->k < STRAIGHT_MIN_ITEMS || !all_same(c, sc))
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
