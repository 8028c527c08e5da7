#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "yk_tally.h"

/* Numbers tallied: below 100 million in absolute value (in millionths,
 * 1e14), so that a billion of their squares still fit in 128 bits. */
#define NUMBER_LIMIT 1e8
#define VALUE_LIMIT 100000000000000LL


/* One scale: its items (select_one questions) and where its sums are. */
typedef struct {
    const char *name;
    size_t *items;
    size_t k, off;          /* k sums then k(k+1)/2 cross-products */
    int64_t **values;       /* per item: each choice's value in millionths,
                               reversed for reverse items; INT64_MIN for
                               not-an-opinion */
    int64_t pending_max;    /* responses whose sums an int64 surely holds;
                               0: not even one */
} scale_info;

/* A select question's place among a cell's counts, laid out once so that
 * counting a response needs no look at the form. */
typedef struct {
    size_t q, off, n;       /* question, its counts, its list's choices */
    int multiple;           /* select_multiple */
} select_slot;

/* The distinct values of an integer question the form does not bound to
 * few values, each with its count: ascending, so that merging and
 * quantiles need no sort.  Past YK_TALLY_MAX_DISTINCT values the counts
 * are dropped (memory stays bounded whatever the data) and `dropped`
 * says so; the decision is the same in one pass or any merge order, as
 * it depends only on the distinct values of the cell. */
typedef struct {
    int64_t *value, *count;
    size_t n, cap;
    int dropped;
} value_map;

/* Everything counted for one round and group. */
typedef struct {
    int64_t responses;
    int folded;             /* its responses are in YK_TALLY_OTHER's cell */
    value_map *maps;        /* integer questions, at map_of[q] */
    size_t n_maps;
    int64_t *counts;        /* select questions, at count_off[q] */
    yk_tally_numbers *nums; /* numeric questions, at num_of[q] */
    int64_t *scale_n;       /* per scale: responses complete on it */
    yk_exact *scale_sums;   /* per scale, at scale_info.off */
    /* The latest responses' scale sums, in int64 while they cannot
     * overflow, laid out like scale_sums: adding 128-bit sums for every
     * response was most of the cost of counting a scale.  The sums are
     * scale_sums plus these (scale_sum()). */
    int64_t *pending;
    int64_t *pending_n;     /* per scale: responses in pending */
} cell;

struct yk_tally {
    const yk_form *form;
    yk_form *own_form;      /* when loaded from a file */
    char *text[3];          /* survey, choices, settings as read */
    size_t text_len[3];
    size_t nq, group_q;     /* group_q == SIZE_MAX: no grouping */
    unsigned parts;         /* YK_TALLY_* counted */
    size_t ngroups;
    size_t *count_off, n_counts;
    select_slot *selects;   /* the select questions, in form order */
    size_t n_selects;
    size_t *num_of, n_nums;
    size_t *value_off;      /* integer questions of few values: their counts */
    int64_t *value_lo;      /* the lowest value counted */
    size_t *value_n;        /* how many values */
    size_t *map_of, n_maps; /* other integer questions: a value_map each */
    scale_info *scales;
    size_t n_scales, n_scale_sums;
    char **rounds;
    size_t n_rounds;
    cell *cells;            /* n_rounds * ngroups */
    int has_other;          /* the group list ends with YK_TALLY_OTHER ("Khác"),
                               added to the form as read: groups folded */
    int64_t folded;         /* groups folded into it, counted per round */
    int64_t protect_k;      /* every group of every round has 0 or at least
                               this many responses; 0: not protected */
    int protection_lost;    /* a protected tally was merged with another */
};

const yk_form *yk_tally_form(const yk_tally *t) { return t->form; }

yk_status yk_tally_adopt_form(yk_tally *t, yk_form *form)
{
    if (form != t->form || t->own_form)
        return YK_ERR_ARGUMENT;
    t->own_form = form;
    return YK_OK;
}
size_t yk_tally_n_rounds(const yk_tally *t) { return t->n_rounds; }
const char *yk_tally_round(const yk_tally *t, size_t i) { return t->rounds[i]; }
size_t yk_tally_n_groups(const yk_tally *t) { return t->ngroups; }

const yk_question *yk_tally_group(const yk_tally *t)
{
    return t->group_q == SIZE_MAX ? NULL : yk_form_question(t->form, t->group_q);
}

static int64_t millionths(double v)
{
    return (int64_t)llround(v * YK_TALLY_UNIT);
}

static int is_select(const yk_question *q)
{
    return q->type == YK_Q_SELECT_ONE || q->type == YK_Q_SELECT_MULTIPLE;
}

static int is_number(const yk_question *q)
{
    return q->type == YK_Q_INTEGER || q->type == YK_Q_DECIMAL;
}

static scale_info *find_scale(yk_tally *t, const char *name)
{
    for (size_t i = 0; i < t->n_scales; i++)
        if (strcmp(t->scales[i].name, name) == 0)
            return &t->scales[i];
    scale_info *s = realloc(t->scales, (t->n_scales + 1) * sizeof *s);
    if (!s)
        return NULL;
    t->scales = s;
    s[t->n_scales] = (scale_info){ name, NULL, 0, 0, NULL, 0 };
    return &s[t->n_scales++];
}

/* The lowest plus the highest value of a list's opinions: reversing v is
 * taking it from that. */
static int64_t low_plus_high(const yk_choice_list *list)
{
    int64_t low = 0, high = 0;
    int any = 0;
    for (size_t i = 0; i < list->n; i++) {
        if (list->choices[i].not_opinion || !(fabs(list->choices[i].value) < NUMBER_LIMIT))
            continue;
        int64_t v = millionths(list->choices[i].value);
        low = any && low < v ? low : v;
        high = any && high > v ? high : v;
        any = 1;
    }
    return low + high;
}

/* Each choice's value as a scale item counts it. */
static int64_t *item_values(const yk_question *qq)
{
    int64_t *v = malloc((qq->list->n + 1) * sizeof *v), lh = low_plus_high(qq->list);
    for (size_t i = 0; v && i < qq->list->n; i++) {
        const yk_choice *ch = &qq->list->choices[i];
        v[i] = ch->not_opinion || !(fabs(ch->value) < NUMBER_LIMIT) ? INT64_MIN
             : qq->reverse ? lh - millionths(ch->value) : millionths(ch->value);
    }
    return v;
}

static yk_status add_item(yk_tally *t, size_t q, const yk_question *qq)
{
    scale_info *s = find_scale(t, qq->scale);
    if (!s)
        return YK_ERR_NOMEM;
    if (s->k == YK_FORM_MAX_SCALE_ITEMS)
        return YK_ERR_LIMIT;        /* yk_form_load refuses such a form */
    size_t *items = realloc(s->items, (s->k + 1) * sizeof *items);
    if (items)
        s->items = items;
    int64_t **values = items ? realloc(s->values, (s->k + 1) * sizeof *values) : NULL;
    if (values)
        s->values = values;
    if (!items || !values || !(values[s->k] = item_values(qq)))
        return YK_ERR_NOMEM;
    s->items[s->k++] = q;
    return YK_OK;
}

/* How many responses' sums and cross-products of scale s an int64 holds
 * whatever they answer: INT64_MAX over the largest square of a value
 * (368,934 for items valued 1 to 5). */
static int64_t pending_max(const yk_form *form, const scale_info *s)
{
    int64_t most = 1;
    for (size_t i = 0; i < s->k; i++) {
        const yk_choice_list *list = yk_form_question(form, s->items[i])->list;
        for (size_t c = 0; c < list->n; c++) {
            int64_t v = s->values[i][c];
            if (v != INT64_MIN && (v < 0 ? -v : v) > most)
                most = v < 0 ? -v : v;
        }
    }
    return most > INT64_MAX / most ? 0 : INT64_MAX / most / most;
}

/* An integer question whose form bounds it to at most YK_TALLY_MAX_VALUES
 * values: each value is counted too (for a histogram). */
static int few_values(const yk_question *q)
{
    return q->type == YK_Q_INTEGER && q->has_min && q->has_max && q->min == floor(q->min) &&
           q->max >= q->min && q->max - q->min < YK_TALLY_MAX_VALUES &&
           fabs(q->min) < NUMBER_LIMIT && fabs(q->max) < NUMBER_LIMIT;
}

static yk_status lay_out(yk_tally *t)
{
    t->count_off = malloc((t->nq + 1) * sizeof *t->count_off);
    t->num_of = malloc((t->nq + 1) * sizeof *t->num_of);
    t->selects = malloc((t->nq + 1) * sizeof *t->selects);
    t->value_off = malloc((t->nq + 1) * sizeof *t->value_off);
    t->value_lo = malloc((t->nq + 1) * sizeof *t->value_lo);
    t->value_n = malloc((t->nq + 1) * sizeof *t->value_n);
    t->map_of = malloc((t->nq + 1) * sizeof *t->map_of);
    if (!t->count_off || !t->num_of || !t->selects || !t->value_off || !t->value_lo ||
        !t->value_n || !t->map_of)
        return YK_ERR_NOMEM;
    yk_status st = YK_OK;
    for (size_t q = 0; q < t->nq && st == YK_OK; q++) {
        const yk_question *qq = yk_form_question(t->form, q);
        t->count_off[q] = t->num_of[q] = t->value_off[q] = t->map_of[q] = SIZE_MAX;
        if (is_select(qq)) {
            t->count_off[q] = t->n_counts;
            t->selects[t->n_selects++] = (select_slot){
                q, t->n_counts, qq->list->n, qq->type == YK_Q_SELECT_MULTIPLE };
            t->n_counts += qq->list->n + 3;
        } else if (is_number(qq)) {
            t->num_of[q] = t->n_nums++;
            if (few_values(qq)) {
                t->value_off[q] = t->n_counts;
                t->value_lo[q] = (int64_t)qq->min;
                t->value_n[q] = (size_t)(qq->max - qq->min) + 1;
                t->n_counts += t->value_n[q];
            } else if (qq->type == YK_Q_INTEGER) {
                t->map_of[q] = t->n_maps++;
            }
        }
        if (qq->scale && qq->type == YK_Q_SELECT_ONE)
            st = add_item(t, q, qq);
    }
    for (size_t i = 0; i < t->n_scales; i++) {
        size_t k = t->scales[i].k;
        t->scales[i].off = t->n_scale_sums;
        t->scales[i].pending_max = pending_max(t->form, &t->scales[i]);
        t->n_scale_sums += k + k * (k + 1) / 2;
    }
    return st;
}

yk_status yk_tally_new(const yk_form *form, const yk_form_text *text,
                       const char *group, yk_tally **out)
{
    yk_tally *t = calloc(1, sizeof *t);
    *out = NULL;
    if (!t)
        return YK_ERR_NOMEM;
    t->form = form;
    t->nq = yk_form_n_questions(form);
    t->group_q = SIZE_MAX;
    t->ngroups = 1;
    t->parts = YK_TALLY_ALL;
    const char *texts[3] = { text->survey, text->choices, text->settings };
    size_t lens[3] = { text->survey_len, text->choices_len, text->settings_len };
    yk_status st = YK_OK;
    for (int i = 0; i < 3 && st == YK_OK; i++) {
        t->text_len[i] = texts[i] ? lens[i] : 0;
        t->text[i] = malloc(t->text_len[i] + 1);
        if (!t->text[i])
            st = YK_ERR_NOMEM;
        else if (texts[i])
            memcpy(t->text[i], texts[i], lens[i]);
    }
    for (size_t q = 0; group && q < t->nq; q++)
        if (strcmp(yk_form_question(form, q)->name, group) == 0)
            t->group_q = q;
    if (group && (t->group_q == SIZE_MAX ||
                  yk_form_question(form, t->group_q)->type != YK_Q_SELECT_ONE))
        st = YK_ERR_ARGUMENT;
    if (st == YK_OK && t->group_q != SIZE_MAX)
        t->ngroups = yk_form_question(form, t->group_q)->list->n + 1;
    if (st == YK_OK)
        st = lay_out(t);
    if (st != YK_OK) {
        yk_tally_free(t);
        return st;
    }
    *out = t;
    return YK_OK;
}

static void map_free(value_map *m)
{
    free(m->value);
    free(m->count);
    *m = (value_map){ 0 };
}

static void free_cell(cell *c)
{
    for (size_t i = 0; c->maps && i < c->n_maps; i++)
        map_free(&c->maps[i]);
    free(c->maps);
    free(c->counts);
    free(c->nums);
    free(c->scale_n);
    free(c->scale_sums);
    free(c->pending);
    free(c->pending_n);
}

void yk_tally_free(yk_tally *t)
{
    if (!t)
        return;
    for (size_t i = 0; i < t->n_rounds * t->ngroups; i++)
        free_cell(&t->cells[i]);
    free(t->cells);
    for (size_t i = 0; i < t->n_rounds; i++)
        free(t->rounds[i]);
    free(t->rounds);
    for (size_t i = 0; i < t->n_scales; i++) {
        for (size_t k = 0; t->scales[i].values && k < t->scales[i].k; k++)
            free(t->scales[i].values[k]);
        free(t->scales[i].values);
        free(t->scales[i].items);
    }
    free(t->scales);
    free(t->count_off);
    free(t->selects);
    free(t->num_of);
    free(t->value_off);
    free(t->value_lo);
    free(t->value_n);
    free(t->map_of);
    for (int i = 0; i < 3; i++)
        free(t->text[i]);
    yk_form_free(t->own_form);
    free(t);
}

/* ---- counting ---------------------------------------------------------- */

static yk_status init_cell(const yk_tally *t, cell *c)
{
    memset(c, 0, sizeof *c);
    c->counts = calloc(t->n_counts + 1, sizeof *c->counts);
    c->nums = calloc(t->n_nums + 1, sizeof *c->nums);
    c->scale_n = calloc(t->n_scales + 1, sizeof *c->scale_n);
    c->scale_sums = calloc(t->n_scale_sums + 1, sizeof *c->scale_sums);
    c->pending = calloc(t->n_scale_sums + 1, sizeof *c->pending);
    c->pending_n = calloc(t->n_scales + 1, sizeof *c->pending_n);
    c->maps = calloc(t->n_maps + 1, sizeof *c->maps);
    c->n_maps = c->maps ? t->n_maps : 0;
    return c->counts && c->nums && c->scale_n && c->scale_sums && c->pending &&
           c->pending_n && c->maps ? YK_OK : YK_ERR_NOMEM;
}

/* The round's index, added (with empty cells) if new. */
static yk_status round_index(yk_tally *t, const char *name, size_t *r)
{
    for (*r = 0; *r < t->n_rounds; ++*r)
        if (strcmp(t->rounds[*r], name) == 0)
            return YK_OK;
    char **rounds = realloc(t->rounds, (t->n_rounds + 1) * sizeof *rounds);
    if (!rounds)
        return YK_ERR_NOMEM;
    t->rounds = rounds;
    cell *cells = realloc(t->cells, (t->n_rounds + 1) * t->ngroups * sizeof *cells);
    if (!cells)
        return YK_ERR_NOMEM;
    t->cells = cells;
    if (!(rounds[t->n_rounds] = strdup(name)))
        return YK_ERR_NOMEM;
    yk_status st = YK_OK;
    for (size_t g = 0; g < t->ngroups; g++) {
        yk_status one = init_cell(t, &cells[t->n_rounds * t->ngroups + g]);
        st = st == YK_OK ? one : st;
    }
    t->n_rounds++;      /* counted even on failure, so free releases it */
    return st;
}

static cell *cell_at(const yk_tally *t, size_t r, size_t g)
{
    return &t->cells[r * t->ngroups + g];
}

/* Counts of a select question: each choice, then blank, invalid and
 * answered. */
static void count_select(const select_slot *q, const yk_answer *a, int64_t *c)
{
    size_t n = q->n;
    if (a->state == YK_ANSWER_MISSING) {
        c[n]++;
    } else if (a->state == YK_ANSWER_INVALID) {
        c[n + 1]++;
    } else if (!q->multiple) {
        c[a->choice]++;
        c[n + 2]++;
    } else {
        for (size_t i = 0; i < n; i++)
            c[i] += a->chosen[i];
        c[n + 2]++;
    }
}

static void count_number(const yk_answer *a, yk_tally_numbers *s)
{
    if (a->state == YK_ANSWER_OK && fabs(a->number) >= NUMBER_LIMIT) {
        s->invalid++;       /* too large to sum exactly */
        return;
    }
    if (a->state != YK_ANSWER_OK) {
        s->blank += a->state == YK_ANSWER_MISSING;
        s->invalid += a->state == YK_ANSWER_INVALID;
        return;
    }
    int64_t v = millionths(a->number);
    s->min = s->n == 0 || v < s->min ? v : s->min;
    s->max = s->n == 0 || v > s->max ? v : s->max;
    s->n++;
    s->sum += v;
    s->sumsq += (yk_exact)v * v;
}

/* An integer answer within its question's bounds, by value. */
static void count_value(const yk_tally *t, size_t q, const yk_answer *a, int64_t *counts)
{
    if (a->state != YK_ANSWER_OK || a->number != floor(a->number))
        return;
    double at = a->number - (double)t->value_lo[q];
    if (at >= 0 && at < (double)t->value_n[q])
        counts[t->value_off[q] + (size_t)at]++;
}

/* The place of v in m: its index, or where it would go. */
static size_t map_find(const value_map *m, int64_t v)
{
    size_t lo = 0, hi = m->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (m->value[mid] < v)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* Add k answers of value v; a value past the cap drops the map's counts.
 * YK_ERR_LIMIT when a count would overflow. */
static yk_status map_add(value_map *m, int64_t v, int64_t k)
{
    if (m->dropped)
        return YK_OK;
    size_t i = map_find(m, v);
    if (i < m->n && m->value[i] == v)
        return __builtin_add_overflow(m->count[i], k, &m->count[i]) ? YK_ERR_LIMIT : YK_OK;
    if (m->n == YK_TALLY_MAX_DISTINCT) {
        map_free(m);
        m->dropped = 1;
        return YK_OK;
    }
    if (m->n == m->cap) {
        size_t cap = m->cap ? 2 * m->cap : 16;
        cap = cap < YK_TALLY_MAX_DISTINCT ? cap : YK_TALLY_MAX_DISTINCT;
        int64_t *value = realloc(m->value, cap * sizeof *value);
        if (value)
            m->value = value;
        int64_t *count = value ? realloc(m->count, cap * sizeof *count) : NULL;
        if (!count)
            return YK_ERR_NOMEM;
        m->count = count;
        m->cap = cap;
    }
    memmove(m->value + i + 1, m->value + i, (m->n - i) * sizeof *m->value);
    memmove(m->count + i + 1, m->count + i, (m->n - i) * sizeof *m->count);
    m->value[i] = v;
    m->count[i] = k;
    m->n++;
    return YK_OK;
}

/* Add from's counts into to (merging cells). */
static yk_status map_merge(value_map *to, const value_map *from)
{
    yk_status st = YK_OK;
    if (from->dropped) {
        map_free(to);
        to->dropped = 1;
    }
    for (size_t i = 0; i < from->n && st == YK_OK; i++)
        st = map_add(to, from->value[i], from->count[i]);
    return st;
}

/* Add k of v to a map with room enough (cap >= its values): the union
 * of several cells' maps, which has no cap. */
static yk_status map_union_add(value_map *m, int64_t v, int64_t k)
{
    size_t i = map_find(m, v);
    if (i < m->n && m->value[i] == v)
        return __builtin_add_overflow(m->count[i], k, &m->count[i]) ? YK_ERR_LIMIT : YK_OK;
    if (m->n == m->cap)
        return YK_ERR_ARGUMENT;     /* the caller sized it: cannot happen */
    memmove(m->value + i + 1, m->value + i, (m->n - i) * sizeof *m->value);
    memmove(m->count + i + 1, m->count + i, (m->n - i) * sizeof *m->count);
    m->value[i] = v;
    m->count[i] = k;
    m->n++;
    return YK_OK;
}

/* An integer answer that count_number summed, by value. */
static yk_status count_distinct(const yk_answer *a, value_map *m)
{
    if (a->state != YK_ANSWER_OK || !(fabs(a->number) < NUMBER_LIMIT) ||
        a->number != floor(a->number))
        return YK_OK;
    return map_add(m, (int64_t)a->number, 1);
}

/* Sum x of the scale sums (at a scale's off + x) of cell c. */
static yk_exact scale_sum(const cell *c, size_t x)
{
    return c->scale_sums[x] + c->pending[x];
}

/* Add k items' values to sums[0..k) and their products, each pair once,
 * to the cross-products after them. */
static void add_items(yk_exact *sums, const int64_t *v, size_t k)
{
    yk_exact *cross = sums + k;
    for (size_t i = 0; i < k; i++) {
        int64_t vi = v[i];
        sums[i] += vi;
        for (size_t j = i; j < k; j++)
            *cross++ += (yk_exact)vi * v[j];
    }
}

/* The same in int64, for a scale's pending sums. */
static void add_items_pending(int64_t *sums, const int64_t *v, size_t k)
{
    int64_t *cross = sums + k;
    for (size_t i = 0; i < k; i++) {
        int64_t vi = v[i];
        sums[i] += vi;
        for (size_t j = i; j < k; j++)
            *cross++ += vi * v[j];
    }
}

/* Move scale s's pending sums into its 128-bit sums. */
static void settle(const scale_info *s, cell *c, size_t which)
{
    size_t end = s->off + s->k + s->k * (s->k + 1) / 2;
    for (size_t x = s->off; x < end; x++) {
        c->scale_sums[x] += c->pending[x];
        c->pending[x] = 0;
    }
    c->pending_n[which] = 0;
}

/* Listwise: only responses that gave every item an opinion count. */
static void count_scale(const scale_info *s, const yk_answer *answers, cell *c,
                        size_t which)
{
    int64_t v[YK_FORM_MAX_SCALE_ITEMS];
    for (size_t i = 0; i < s->k; i++) {
        const yk_answer *a = &answers[s->items[i]];
        if (a->state != YK_ANSWER_OK || (v[i] = s->values[i][a->choice]) == INT64_MIN)
            return;
    }
    c->scale_n[which]++;
    if (!s->pending_max) {
        add_items(c->scale_sums + s->off, v, s->k);
        return;
    }
    add_items_pending(c->pending + s->off, v, s->k);
    if (++c->pending_n[which] == s->pending_max)
        settle(s, c, which);
}

yk_status yk_tally_set_parts(yk_tally *t, unsigned parts)
{
    if (t->n_rounds || (parts & ~(unsigned)YK_TALLY_ALL))
        return YK_ERR_ARGUMENT;
    t->parts = parts;
    return YK_OK;
}

unsigned yk_tally_parts(const yk_tally *t)
{
    return t->parts;
}

yk_status yk_tally_add(yk_tally *t, const char *round, const yk_response *r)
{
    size_t ri, g = 0;
    yk_status st = round_index(t, round, &ri);
    if (st != YK_OK)
        return st;
    if (t->group_q != SIZE_MAX) {
        const yk_answer *a = &r->answers[t->group_q];
        g = a->state == YK_ANSWER_OK ? a->choice : t->ngroups - 1;
    }
    cell *c = cell_at(t, ri, g);
    c->responses++;
    for (size_t i = 0; (t->parts & YK_TALLY_SELECTS) && i < t->n_selects; i++) {
        const select_slot *q = &t->selects[i];
        count_select(q, &r->answers[q->q], c->counts + q->off);
    }
    for (size_t q = 0; (t->parts & YK_TALLY_NUMBERS) && t->n_nums && q < t->nq; q++)
        if (t->num_of[q] != SIZE_MAX) {
            count_number(&r->answers[q], &c->nums[t->num_of[q]]);
            if (t->value_off[q] != SIZE_MAX)
                count_value(t, q, &r->answers[q], c->counts);
            else if (t->map_of[q] != SIZE_MAX &&
                     (st = count_distinct(&r->answers[q], &c->maps[t->map_of[q]])) != YK_OK)
                return st;
        }
    for (size_t s = 0; (t->parts & YK_TALLY_SCALES) && s < t->n_scales; s++)
        count_scale(&t->scales[s], r->answers, c, s);
    return YK_OK;
}

/* ---- merging and reading figures ------------------------------------- */

/* Add the counts of tally tb's cell from into tally ta's cell to: the
 * same form, but ta's group list may have YK_TALLY_OTHER appended, so a
 * select's tail (blank, invalid, answered) is placed by each one's own
 * layout.  0 when a sum would overflow. */
static int add_counts(const yk_tally *ta, cell *to, const yk_tally *tb, const cell *from)
{
    int ok = 1;
    for (size_t i = 0; i < ta->n_selects; i++) {
        const select_slot *a = &ta->selects[i], *b = &tb->selects[i];
        for (size_t k = 0; k < b->n + 3; k++) {
            size_t at = a->off + (k < b->n ? k : a->n + (k - b->n));
            ok &= !__builtin_add_overflow(to->counts[at], from->counts[b->off + k],
                                          &to->counts[at]);
        }
    }
    for (size_t q = 0; q < ta->nq; q++)
        for (size_t k = 0; ta->value_off[q] != SIZE_MAX && k < ta->value_n[q]; k++)
            ok &= !__builtin_add_overflow(to->counts[ta->value_off[q] + k],
                                          from->counts[tb->value_off[q] + k],
                                          &to->counts[ta->value_off[q] + k]);
    return ok;
}

/* Add from (of tally tb) into to (of ta); 0 when a sum would overflow
 * (only hostile tally files come near). */
static int add_cell(const yk_tally *ta, cell *to, const yk_tally *tb, const cell *from)
{
    int ok = !__builtin_add_overflow(to->responses, from->responses, &to->responses);
    ok &= add_counts(ta, to, tb, from);
    for (size_t i = 0; i < ta->n_nums; i++) {
        yk_tally_numbers *a = &to->nums[i];
        const yk_tally_numbers *b = &from->nums[i];
        if (b->n) {
            a->min = a->n == 0 || b->min < a->min ? b->min : a->min;
            a->max = a->n == 0 || b->max > a->max ? b->max : a->max;
        }
        ok &= !__builtin_add_overflow(a->n, b->n, &a->n);
        ok &= !__builtin_add_overflow(a->blank, b->blank, &a->blank);
        ok &= !__builtin_add_overflow(a->invalid, b->invalid, &a->invalid);
        ok &= !__builtin_add_overflow(a->sum, b->sum, &a->sum);
        ok &= !__builtin_add_overflow(a->sumsq, b->sumsq, &a->sumsq);
    }
    for (size_t i = 0; i < ta->n_maps; i++)
        ok &= map_merge(&to->maps[i], &from->maps[i]) == YK_OK;
    for (size_t i = 0; i < ta->n_scales; i++)
        ok &= !__builtin_add_overflow(to->scale_n[i], from->scale_n[i], &to->scale_n[i]);
    for (size_t i = 0; i < ta->n_scale_sums; i++)
        ok &= !__builtin_add_overflow(to->scale_sums[i], scale_sum(from, i), &to->scale_sums[i]);
    return ok;
}

/* Where tb's group g goes in ta (which has as many groups, or one more:
 * its YK_TALLY_OTHER): the same choice, or the last group (no answer). */
static size_t group_in(const yk_tally *ta, const yk_tally *tb, size_t g)
{
    return g == tb->ngroups - 1 ? ta->ngroups - 1 : g;
}

/* Give t's grouping list the choice YK_TALLY_OTHER: a tally laid out for
 * the widened form takes every cell.  The form must be t's own; when this
 * fails past the form's change, t is of no use. */
static yk_status widen(yk_tally *t)
{
    if (!t->own_form || t->group_q == SIZE_MAX)
        return YK_ERR_ARGUMENT;
    const char *group = yk_form_question(t->form, t->group_q)->name;
    yk_status st = yk_form_add_choice(t->own_form, group, YK_TALLY_OTHER,
                                      YK_TALLY_OTHER_LABEL);
    yk_form_text text = { t->text[0], t->text[1], t->text[2],
                          t->text_len[0], t->text_len[1], t->text_len[2] };
    yk_tally *w = NULL;
    if (st == YK_OK)
        st = yk_tally_new(t->form, &text, group, &w);
    if (st != YK_OK)
        return st;
    w->parts = t->parts;
    for (size_t r = 0; r < t->n_rounds && st == YK_OK; r++) {
        size_t rw;
        st = round_index(w, t->rounds[r], &rw);
        for (size_t g = 0; g < t->ngroups && st == YK_OK; g++)
            if (!add_cell(w, cell_at(w, rw, group_in(w, t, g)), t, cell_at(t, r, g)))
                st = YK_ERR_LIMIT;
            else
                cell_at(w, rw, group_in(w, t, g))->folded = cell_at(t, r, g)->folded;
    }
    if (st != YK_OK) {
        yk_tally_free(w);
        return st;
    }
    yk_tally old = *t;
    *t = *w;
    t->own_form = old.own_form;
    t->has_other = 1;
    t->folded = old.folded;
    t->protect_k = old.protect_k;
    t->protection_lost = old.protection_lost;
    old.own_form = NULL;
    *w = old;
    yk_tally_free(w);
    return YK_OK;
}

static yk_status fold(yk_tally *t, size_t r, size_t g);

yk_status yk_tally_merge(yk_tally *a, const yk_tally *b)
{
    if (yk_form_fingerprint(a->form) != yk_form_fingerprint(b->form) ||
        a->group_q != b->group_q || a->parts != b->parts)
        return YK_ERR_ARGUMENT;
    if (b->has_other && !a->has_other) {
        yk_status st = widen(a);
        if (st != YK_OK)
            return st;
    }
    for (size_t r = 0; r < b->n_rounds; r++) {
        size_t ra;
        yk_status st = round_index(a, b->rounds[r], &ra);
        if (st != YK_OK)
            return st;
        for (size_t g = 0; g < b->ngroups; g++) {
            cell *to = cell_at(a, ra, group_in(a, b, g));
            if (!add_cell(a, to, b, cell_at(b, r, g)))
                return YK_ERR_LIMIT;
            to->folded |= cell_at(b, r, g)->folded;
        }
        /* A group folded on one side and not on the other: what the other
         * side has of it joins "Khác" too, else its own figures would be
         * those of a part of it. */
        for (size_t g = 0; g < a->ngroups; g++) {
            cell *c = cell_at(a, ra, g);
            if (c->folded && c->responses) {
                a->folded--;        /* the same group, folded once */
                st = fold(a, ra, g);
                if (st != YK_OK)
                    return st;
            }
        }
    }
    /* Sums of groups of 0 or k and more are 0 or k and more: protected
     * with both, at the lower k; one unprotected side may hold any group. */
    if (a->protect_k && b->protect_k)
        a->protect_k = a->protect_k < b->protect_k ? a->protect_k : b->protect_k;
    else if (a->protect_k || b->protect_k)
        a->protect_k = 0, a->protection_lost = 1;
    a->protection_lost |= b->protection_lost;
    a->folded += b->folded;
    return YK_OK;
}

/* ---- protecting: no group under k ---------------------------------------- */

static size_t other_group(const yk_tally *t)
{
    return yk_form_question(t->form, t->group_q)->list->n - 1;
}

/* Fold group g of round r into the round's YK_TALLY_OTHER: its counts are
 * added, and its answer to the grouping question becomes "Khác", so that
 * no count of the file tells the folded groups apart. */
static yk_status fold(yk_tally *t, size_t r, size_t g)
{
    size_t other = other_group(t);
    cell *o = cell_at(t, r, other), *c = cell_at(t, r, g);
    if (!add_cell(t, o, t, c))
        return YK_ERR_LIMIT;
    if (g < other) {
        int64_t *own = o->counts + t->count_off[t->group_q];
        own[other] += own[g];
        own[g] = 0;
    }
    free_cell(c);
    t->folded++;
    yk_status st = init_cell(t, c);
    c->folded = 1;
    return st;
}

/* The group of round r with the fewest responses but some, other than
 * YK_TALLY_OTHER (the first of equals); SIZE_MAX when none. */
static size_t smallest_group(const yk_tally *t, size_t r)
{
    size_t best = SIZE_MAX;
    for (size_t g = 0; g < t->ngroups; g++) {
        int64_t n = cell_at(t, r, g)->responses;
        if (g != other_group(t) && n > 0 &&
            (best == SIZE_MAX || n < cell_at(t, r, best)->responses))
            best = g;
    }
    return best;
}

static yk_status fold_round(yk_tally *t, size_t r, int64_t k)
{
    size_t other = other_group(t);
    yk_status st = YK_OK;
    for (size_t g = 0; g < t->ngroups && st == YK_OK; g++) {
        int64_t n = cell_at(t, r, g)->responses;
        if (g != other && n > 0 && n < k)
            st = fold(t, r, g);
    }
    /* "Khác" itself under k: the smallest groups join it until it is not. */
    while (st == YK_OK && cell_at(t, r, other)->responses > 0 &&
           cell_at(t, r, other)->responses < k) {
        size_t g = smallest_group(t, r);
        if (g == SIZE_MAX)
            return YK_ERR_LIMIT;        /* the round is under k: checked before */
        st = fold(t, r, g);
    }
    return st;
}

/* Whether some group of some round has 1 to k - 1 responses. */
static int has_small_group(const yk_tally *t, int64_t k)
{
    for (size_t i = 0; i < t->n_rounds * t->ngroups; i++)
        if (t->cells[i].responses > 0 && t->cells[i].responses < k)
            return 1;
    return 0;
}

yk_status yk_tally_protect(yk_tally *t, int64_t k, size_t *short_round)
{
    *short_round = SIZE_MAX;
    if (k < 1 || t->parts != YK_TALLY_ALL)
        return YK_ERR_ARGUMENT;
    for (size_t r = 0; r < t->n_rounds; r++)
        if (yk_tally_responses(t, r, SIZE_MAX) < k) {
            *short_round = r;
            return YK_ERR_LIMIT;
        }
    yk_status st = YK_OK;
    if (t->group_q != SIZE_MAX && !t->has_other && has_small_group(t, k))
        st = widen(t);
    for (size_t r = 0; t->has_other && r < t->n_rounds && st == YK_OK; r++)
        st = fold_round(t, r, k);
    if (st == YK_OK) {
        t->protect_k = k;
        t->protection_lost = 0;
    }
    return st;
}

int yk_tally_group_folded(const yk_tally *t, size_t r, size_t g)
{
    return r < t->n_rounds && g < t->ngroups && cell_at(t, r, g)->folded;
}

yk_tally_protection yk_tally_protection_of(const yk_tally *t)
{
    return (yk_tally_protection){ t->protect_k, t->folded, t->has_other,
                                  t->protection_lost };
}

yk_status yk_tally_counts(const yk_tally *t, size_t r, size_t g, size_t q,
                          int64_t *counts)
{
    if (r >= t->n_rounds || (g != SIZE_MAX && g >= t->ngroups) || q >= t->nq ||
        t->count_off[q] == SIZE_MAX || !(t->parts & YK_TALLY_SELECTS))
        return YK_ERR_ARGUMENT;
    size_t n = yk_form_question(t->form, q)->list->n + 3;
    if (g != SIZE_MAX) {
        memcpy(counts, cell_at(t, r, g)->counts + t->count_off[q], n * sizeof *counts);
        return YK_OK;
    }
    memset(counts, 0, n * sizeof *counts);
    for (size_t i = 0; i < t->ngroups; i++)
        for (size_t k = 0; k < n; k++)
            counts[k] += cell_at(t, r, i)->counts[t->count_off[q] + k];
    return YK_OK;
}

yk_status yk_tally_numbers_of(const yk_tally *t, size_t r, size_t g, size_t q,
                              yk_tally_numbers *out)
{
    if (r >= t->n_rounds || (g != SIZE_MAX && g >= t->ngroups) || q >= t->nq ||
        t->num_of[q] == SIZE_MAX || !(t->parts & YK_TALLY_NUMBERS))
        return YK_ERR_ARGUMENT;
    memset(out, 0, sizeof *out);
    for (size_t i = 0; i < t->ngroups; i++) {
        if (g != SIZE_MAX && i != g)
            continue;
        const yk_tally_numbers *b = &cell_at(t, r, i)->nums[t->num_of[q]];
        if (b->n) {
            out->min = out->n == 0 || b->min < out->min ? b->min : out->min;
            out->max = out->n == 0 || b->max > out->max ? b->max : out->max;
        }
        out->n += b->n;
        out->blank += b->blank;
        out->invalid += b->invalid;
        out->sum += b->sum;
        out->sumsq += b->sumsq;
    }
    return YK_OK;
}

yk_status yk_tally_value_range(const yk_tally *t, size_t q, int64_t *lowest, size_t *n)
{
    if (q >= t->nq || t->value_off[q] == SIZE_MAX)
        return YK_ERR_ARGUMENT;
    *lowest = t->value_lo[q];
    *n = t->value_n[q];
    return YK_OK;
}

yk_status yk_tally_values(const yk_tally *t, size_t r, size_t g, size_t q, int64_t *counts)
{
    if (r >= t->n_rounds || (g != SIZE_MAX && g >= t->ngroups) || q >= t->nq ||
        t->value_off[q] == SIZE_MAX || !(t->parts & YK_TALLY_NUMBERS))
        return YK_ERR_ARGUMENT;
    memset(counts, 0, t->value_n[q] * sizeof *counts);
    for (size_t i = 0; i < t->ngroups; i++)
        for (size_t k = 0; (g == SIZE_MAX || i == g) && k < t->value_n[q]; k++)
            counts[k] += cell_at(t, r, i)->counts[t->value_off[q] + k];
    return YK_OK;
}

yk_status yk_tally_value_counts(const yk_tally *t, size_t r, size_t g, size_t q,
                                int64_t **values, int64_t **counts, size_t *n)
{
    *values = *counts = NULL;
    *n = 0;
    if (r >= t->n_rounds || (g != SIZE_MAX && g >= t->ngroups) || q >= t->nq ||
        (t->value_off[q] == SIZE_MAX && t->map_of[q] == SIZE_MAX) ||
        !(t->parts & YK_TALLY_NUMBERS))
        return YK_ERR_ARGUMENT;
    /* The union over groups may pass the cap: it is exact, so no cap. */
    size_t total = 0;
    for (size_t i = 0; i < t->ngroups; i++) {
        const cell *c = cell_at(t, r, i);
        if (g != SIZE_MAX && i != g)
            continue;
        if (t->map_of[q] != SIZE_MAX && c->maps[t->map_of[q]].dropped)
            return YK_ERR_LIMIT;
        total += t->map_of[q] != SIZE_MAX ? c->maps[t->map_of[q]].n : t->value_n[q];
    }
    value_map all = { malloc((total + 1) * sizeof(int64_t)),
                      malloc((total + 1) * sizeof(int64_t)), 0, total + 1, 0 };
    yk_status st = all.value && all.count ? YK_OK : YK_ERR_NOMEM;
    for (size_t i = 0; i < t->ngroups && st == YK_OK; i++) {
        const cell *c = cell_at(t, r, i);
        if (g != SIZE_MAX && i != g)
            continue;
        if (t->map_of[q] != SIZE_MAX) {
            const value_map *m = &c->maps[t->map_of[q]];
            for (size_t k = 0; k < m->n && st == YK_OK; k++)
                st = map_union_add(&all, m->value[k], m->count[k]);
        } else {
            for (size_t k = 0; k < t->value_n[q] && st == YK_OK; k++)
                if (c->counts[t->value_off[q] + k])
                    st = map_union_add(&all, t->value_lo[q] + (int64_t)k,
                                       c->counts[t->value_off[q] + k]);
        }
    }
    if (st != YK_OK) {
        map_free(&all);
        return st;
    }
    *values = all.value;
    *counts = all.count;
    *n = all.n;
    return YK_OK;
}

/* a * b exactly, or 0 when it would overflow. */
static int mul_exact(yk_exact a, yk_exact b, yk_exact *out)
{
    return !__builtin_mul_overflow(a, b, out);
}

yk_status yk_tally_moments(const yk_tally_numbers *x, double *mean, double *sd)
{
    *mean = *sd = 0;
    if (x->n <= 0)
        return YK_ERR_ARGUMENT;
    long double unit = YK_TALLY_UNIT, n = (long double)x->n;
    *mean = (double)((long double)x->sum / n / unit);
    if (x->n < 2)
        return YK_OK;
    yk_exact a, b, num;
    long double numerator;
    if (mul_exact(x->n, x->sumsq, &a) && mul_exact(x->sum, x->sum, &b) &&
        !__builtin_sub_overflow(a, b, &num))
        numerator = (long double)num;
    else    /* beyond 128 bits: the careful floating formula */
        numerator = n * (long double)x->sumsq - (long double)x->sum * (long double)x->sum;
    long double var = numerator / (n * (n - 1)) / (unit * unit);
    *sd = (double)sqrtl(var > 0 ? var : 0);
    return YK_OK;
}

size_t yk_tally_n_scales(const yk_tally *t) { return t->n_scales; }
const char *yk_tally_scale_name(const yk_tally *t, size_t s) { return t->scales[s].name; }

const size_t *yk_tally_scale_items(const yk_tally *t, size_t s, size_t *k)
{
    *k = t->scales[s].k;
    return t->scales[s].items;
}

/* (n * xy - x * y) / (n (n - 1)) in millionths squared, exactly when the
 * products fit in 128 bits. */
static double covariance(int64_t n, yk_exact x, yk_exact y, yk_exact xy)
{
    yk_exact a, b, num;
    long double ln = (long double)n, unit = YK_TALLY_UNIT;
    long double v;
    if (mul_exact(n, xy, &a) && mul_exact(x, y, &b) && !__builtin_sub_overflow(a, b, &num))
        v = (long double)num;
    else
        v = ln * (long double)xy - (long double)x * (long double)y;
    return (double)(v / (ln * (ln - 1)) / (unit * unit));
}

yk_status yk_tally_scale_cov(const yk_tally *t, size_t r, size_t g, size_t s,
                             double *cov, int64_t *n)
{
    if (r >= t->n_rounds || s >= t->n_scales || (g != SIZE_MAX && g >= t->ngroups) ||
        !(t->parts & YK_TALLY_SCALES))
        return YK_ERR_ARGUMENT;
    const scale_info *sc = &t->scales[s];
    size_t k = sc->k, len = k + k * (k + 1) / 2;
    yk_exact *sums = calloc(len, sizeof *sums);
    if (!sums)
        return YK_ERR_NOMEM;
    *n = 0;
    for (size_t i = 0; i < t->ngroups; i++) {
        if (g != SIZE_MAX && i != g)
            continue;
        const cell *c = cell_at(t, r, i);
        *n += c->scale_n[s];
        for (size_t x = 0; x < len; x++)
            sums[x] += scale_sum(c, sc->off + x);
    }
    const yk_exact *cross = sums + k;
    for (size_t i = 0, x = 0; i < k; i++)
        for (size_t j = i; j < k; j++, x++)
            cov[i * k + j] = cov[j * k + i] = *n >= 2 ? covariance(*n, sums[i], sums[j], cross[x]) : 0;
    free(sums);
    return *n >= 2 ? YK_OK : YK_ERR_ARGUMENT;
}

int64_t yk_tally_responses(const yk_tally *t, size_t r, size_t g)
{
    int64_t n = 0;
    for (size_t i = 0; r < t->n_rounds && i < t->ngroups; i++)
        if (g == SIZE_MAX || g == i)
            n += cell_at(t, r, i)->responses;
    return n;
}

/* ---- tally files -------------------------------------------------------- */

static const char *const text_names[3] = { "survey", "choices", "settings" };

/* Output with one failure flag, so that a tally file is whole or not
 * written at all. */
typedef struct { yk_buf b; int failed; } writer;

static void put(writer *w, const char *s, size_t n)
{
    if (!w->failed && yk_buf_append(&w->b, s, n) != YK_OK)
        w->failed = 1;
}

static void putf(writer *w, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void putf(writer *w, const char *fmt, ...)
{
    char tmp[64];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    put(w, tmp, n > 0 && (size_t)n < sizeof tmp ? (size_t)n : 0);
}

static void put_word(writer *w, const char *tag, const char *name)
{
    putf(w, "%s ", tag);
    put(w, name, strlen(name));
}

static void put_exact(writer *w, yk_exact v)
{
    char digits[48], *p = digits + sizeof digits;
    unsigned __int128 u = v < 0 ? -(unsigned __int128)v : (unsigned __int128)v;
    do
        *--p = (char)('0' + (int)(u % 10));
    while (u /= 10);
    if (v < 0)
        *--p = '-';
    *--p = ' ';
    put(w, p, (size_t)(digits + sizeof digits - p));
}

static int64_t sum_of(const int64_t *v, size_t n)
{
    int64_t sum = 0;
    for (size_t i = 0; i < n; i++)
        sum += v[i];
    return sum;
}

static int all_zero(const int64_t *v, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (v[i])
            return 0;
    return 1;
}

/* "w NAME VALUE COUNT...", or "w NAME -" when the counts were dropped. */
static void save_distinct(writer *b, const char *name, const value_map *m)
{
    put_word(b, "w", name);
    if (m->dropped)
        putf(b, " -");
    for (size_t i = 0; i < m->n; i++)
        putf(b, " %lld %lld", (long long)m->value[i], (long long)m->count[i]);
    putf(b, "\n");
}

static void save_cell(const yk_tally *t, writer *b, size_t r, size_t g)
{
    const cell *c = cell_at(t, r, g);
    if (c->folded)
        putf(b, "fold %zu %zu\n", r, g);
    if (c->responses == 0)
        return;
    putf(b, "cell %zu %zu %lld\n", r, g, (long long)c->responses);
    for (size_t q = 0; q < t->nq; q++) {
        const yk_question *qq = yk_form_question(t->form, q);
        if (t->count_off[q] != SIZE_MAX) {
            const int64_t *v = c->counts + t->count_off[q];
            if (all_zero(v, qq->list->n + 3))
                continue;
            put_word(b, "c", qq->name);
            for (size_t i = 0; i < qq->list->n + 3; i++)
                putf(b, " %lld", (long long)v[i]);
            putf(b, "\n");
        } else if (t->num_of[q] != SIZE_MAX) {
            const yk_tally_numbers *x = &c->nums[t->num_of[q]];
            if (!x->n && !x->blank && !x->invalid)
                continue;
            put_word(b, "x", qq->name);
            putf(b, " %lld %lld %lld", (long long)x->n, (long long)x->blank,
                 (long long)x->invalid);
            put_exact(b, x->sum);
            put_exact(b, x->sumsq);
            putf(b, " %lld %lld\n", (long long)x->min, (long long)x->max);
            /* Counts of values that do not add up to n (a tally of a file
             * of version 1 or 2, or merged with one) are not written: a
             * file says only what it knows, and its readers take a missing
             * line as "not counted". */
            if (t->value_off[q] != SIZE_MAX &&
                sum_of(c->counts + t->value_off[q], t->value_n[q]) == x->n) {
                put_word(b, "v", qq->name);
                for (size_t i = 0; i < t->value_n[q]; i++)
                    putf(b, " %lld", (long long)c->counts[t->value_off[q] + i]);
                putf(b, "\n");
            } else if (t->map_of[q] != SIZE_MAX &&
                       (c->maps[t->map_of[q]].dropped ||
                        sum_of(c->maps[t->map_of[q]].count, c->maps[t->map_of[q]].n) == x->n)) {
                save_distinct(b, qq->name, &c->maps[t->map_of[q]]);
            }
        }
    }
    for (size_t s = 0; s < t->n_scales; s++) {
        const scale_info *sc = &t->scales[s];
        if (!c->scale_n[s])
            continue;
        put_word(b, "s", sc->name);
        putf(b, " %lld", (long long)c->scale_n[s]);
        for (size_t i = 0; i < sc->k + sc->k * (sc->k + 1) / 2; i++)
            put_exact(b, scale_sum(c, sc->off + i));
        putf(b, "\n");
    }
}


yk_status yk_tally_save(const yk_tally *t, yk_output out)
{
    if (t->parts != YK_TALLY_ALL)
        return YK_ERR_ARGUMENT;     /* a tally file holds every figure */
    writer w = { { 0 }, 0 };
    const yk_question *g = yk_tally_group(t);
    putf(&w, "ykien-tally %d\nfingerprint %016llx\n", YK_TALLY_VERSION,
         (unsigned long long)yk_form_fingerprint(t->form));
    put_word(&w, "group", g ? g->name : "-");
    if (t->protect_k)
        putf(&w, "\nprotected %lld %lld", (long long)t->protect_k, (long long)t->folded);
    else if (t->has_other)
        putf(&w, "\nfolded %lld", (long long)t->folded);
    for (int i = 0; i < 3; i++) {
        putf(&w, "\nform %s %zu\n", text_names[i], t->text_len[i]);
        put(&w, t->text[i], t->text_len[i]);
    }
    for (size_t r = 0; r < t->n_rounds; r++) {
        putf(&w, "\nround %zu ", strlen(t->rounds[r]));
        put(&w, t->rounds[r], strlen(t->rounds[r]));
    }
    putf(&w, "\n");
    for (size_t r = 0; r < t->n_rounds; r++)
        for (size_t i = 0; i < t->ngroups; i++)
            save_cell(t, &w, r, i);
    putf(&w, "end\n");
    yk_status st = w.failed ? YK_ERR_NOMEM : out.write(out.ctx, w.b.data, w.b.len);
    yk_buf_free(&w.b);
    return st;
}

/* Reading a tally file: a cursor over its text, with the line for
 * diagnostics. */
typedef struct {
    const char *p, *end;
    unsigned long line;
    const char *source;
    yk_diag_fn diag;
    void *diag_ctx;
    unsigned long violations;   /* invariants broken: reported, reading goes on */
} reading;

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

static size_t question_named(const yk_tally *t, const char *name)
{
    for (size_t q = 0; q < t->nq; q++)
        if (strcmp(yk_form_question(t->form, q)->name, name) == 0)
            return q;
    return SIZE_MAX;
}

enum { WORDS_MAX = 4096 };

static yk_status read_counts(reading *rd, yk_tally *t, cell *c, char **w, size_t n)
{
    size_t q = question_named(t, w[1]);
    if (q == SIZE_MAX || t->count_off[q] == SIZE_MAX ||
        n != 2 + yk_form_question(t->form, q)->list->n + 3)
        return bad(rd, "counts for a question the form does not have as a select");
    for (size_t i = 2; i < n; i++)
        if (!parse_count(w[i], &c->counts[t->count_off[q] + i - 2]))
            return bad(rd, "a count is not a whole number");
    return YK_OK;
}

static yk_status read_numbers(reading *rd, yk_tally *t, cell *c, char **w, size_t n)
{
    size_t q = question_named(t, w[1]);
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
    size_t q = question_named(t, w[1]);
    if (q == SIZE_MAX || t->value_off[q] == SIZE_MAX || n != 2 + t->value_n[q])
        return bad(rd, "counts of values for a question the form does not bound");
    for (size_t i = 2; i < n; i++)
        if (!parse_count(w[i], &c->counts[t->value_off[q] + i - 2]))
            return bad(rd, "a count is not a whole number");
    return YK_OK;
}

/* A "w" line: pairs of a whole value and its count, ascending, adding
 * up to the answers of the "x" line before it (which must come first),
 * from its minimum to its maximum; or "-" for counts dropped. */
static yk_status read_distinct(reading *rd, yk_tally *t, cell *c, char **w, size_t n)
{
    size_t q = question_named(t, w[1]);
    if (q == SIZE_MAX || t->map_of[q] == SIZE_MAX)
        return bad(rd, "counts of values for a question the form does not have as an integer");
    value_map *m = &c->maps[t->map_of[q]];
    map_free(m);
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
        yk_status st = map_add(m, v, k);
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

/* ---- invariants of a tally file -------------------------------------------
 *
 * What no tallying can produce: a hand-edited or damaged file that would
 * print a wrong figure ("percent_opinion 450000").  Each broken invariant
 * is reported with the line of the bad value, and reading goes on so that
 * all of them are; the file is then refused. */

static void violation(reading *rd, unsigned long line, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static void violation(reading *rd, unsigned long line, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    yk_diag_vsend(rd->diag, rd->diag_ctx, YK_ERROR, "tally-inconsistent", rd->source, line, 0,
                  rd->violations ? NULL : "the file was changed after ykien wrote it: "
                  "tally the data again, or ask its sender for a new one", fmt, ap);
    va_end(ap);
    rd->violations++;
}

/* A number in millionths as people write it: "19", "7.5", "-0.25". */
static const char *shown(char *buf, size_t size, int64_t v)
{
    long long whole = v / YK_TALLY_UNIT, frac = llabs(v % YK_TALLY_UNIT);
    int len = snprintf(buf, size, "%s%lld.%06lld", v < 0 && whole == 0 ? "-" : "", whole, frac);
    while (len > 0 && (buf[len - 1] == '0' || buf[len - 1] == '.'))
        if (buf[--len] == '.') {
            buf[len] = '\0';
            break;
        } else {
            buf[len] = '\0';
        }
    return buf;
}

/* n * ab - a * b (a co-spread; a spread when a is b and ab the sum of
 * squares): exact when it fits 128 bits, else in long double (*exact 0:
 * compare within rounding). */
static long double co_spread(int64_t n, yk_exact a, yk_exact b, yk_exact ab, int *exact)
{
    yk_exact x, y, d;
    *exact = mul_exact(n, ab, &x) && mul_exact(a, b, &y) && !__builtin_sub_overflow(x, y, &d);
    if (*exact)
        return (long double)d;
    return (long double)n * (long double)ab - (long double)a * (long double)b;
}

static long double spread(int64_t n, yk_exact sum, yk_exact sumsq, int *exact)
{
    return co_spread(n, sum, sum, sumsq, exact);
}

/* Sums of n values between lo and hi (millionths): empty when n is 0;
 * the mean within [lo, hi]; a spread d >= 0 within Popoviciu's bound
 * n^2 (hi - lo)^2 / 4; and when lo and hi are the values' own minimum and
 * maximum (observed), d is 0 exactly when lo == hi.  NULL, or what is
 * wrong. */
static const char *sums_wrong(int64_t n, yk_exact sum, yk_exact sumsq, int64_t lo, int64_t hi,
                              int observed)
{
    if (n == 0)
        return sum || sumsq ? "sums without answers" : NULL;
    if (sum < (yk_exact)n * lo || sum > (yk_exact)n * hi)
        return "a mean (sum / n) outside the minimum and maximum";
    int exact;
    long double d = spread(n, sum, sumsq, &exact);
    long double slack = exact ? 0 : 1e-12L * (long double)n * (long double)sumsq;
    long double range = (long double)hi - (long double)lo, ln = (long double)n;
    if (d < -slack)
        return "a sum of squares too small for the sum (n * sumsq < sum^2)";
    if (observed && exact && d == 0 && lo != hi)
        return "a sum of squares that says every answer is the same, with a minimum "
               "below the maximum";
    if (observed && exact && d != 0 && lo == hi)
        return "a sum of squares that says the answers differ, with the minimum equal "
               "to the maximum";
    if (4 * d > ln * ln * range * range * (1 + 1e-12L) + slack)
        return "a sum of squares that spreads the answers wider than the minimum and maximum";
    return NULL;
}

static void check_counts(reading *rd, const yk_tally *t, const cell *c, size_t q)
{
    const yk_question *qq = yk_form_question(t->form, q);
    size_t n = qq->list->n;
    const int64_t *v = c->counts + t->count_off[q];
    int64_t answered = v[n + 2], sum = 0;
    if (answered > c->responses)
        violation(rd, rd->line, "'%s' answered by %lld, more than the %lld responses of its "
                  "cell", qq->name, (long long)answered, (long long)c->responses);
    else if (v[n] + v[n + 1] + answered != c->responses)
        violation(rd, rd->line, "'%s': %lld blank + %lld invalid + %lld answered is not the "
                  "%lld responses of its cell", qq->name, (long long)v[n], (long long)v[n + 1],
                  (long long)answered, (long long)c->responses);
    for (size_t i = 0; i < n; i++) {
        sum += v[i];
        if (v[i] > answered) {
            violation(rd, rd->line, "choice '%s' of '%s' counted %lld times, more than the %lld "
                      "who answered", qq->list->choices[i].name, qq->name, (long long)v[i],
                      (long long)answered);
            return;
        }
    }
    if (qq->type == YK_Q_SELECT_ONE && sum != answered)
        violation(rd, rd->line, "the choices of '%s' add up to %lld, not to the %lld who "
                  "answered (one choice each)", qq->name, (long long)sum, (long long)answered);
}

static void check_numbers(reading *rd, const yk_tally *t, const cell *c, size_t q)
{
    const yk_question *qq = yk_form_question(t->form, q);
    const yk_tally_numbers *x = &c->nums[t->num_of[q]];
    char a[32], b[32];
    if (x->n + x->blank + x->invalid != c->responses)
        violation(rd, rd->line, "'%s': %lld answered + %lld blank + %lld invalid is not the "
                  "%lld responses of its cell", qq->name, (long long)x->n, (long long)x->blank,
                  (long long)x->invalid, (long long)c->responses);
    if (x->n == 0 && !x->sum && !x->sumsq)
        return;
    const char *wrong = sums_wrong(x->n, x->sum, x->sumsq, x->min, x->max, 1);
    if (wrong)
        violation(rd, rd->line, "'%s' has %s", qq->name, wrong);
    if (x->n && qq->has_min && x->min < millionths(qq->min))
        violation(rd, rd->line, "the minimum of '%s', %s, is below the form's minimum %s",
                  qq->name, shown(a, sizeof a, x->min), shown(b, sizeof b, millionths(qq->min)));
    if (x->n && qq->has_max && x->max > millionths(qq->max))
        violation(rd, rd->line, "the maximum of '%s', %s, is above the form's maximum %s",
                  qq->name, shown(a, sizeof a, x->max), shown(b, sizeof b, millionths(qq->max)));
    if (qq->type == YK_Q_INTEGER &&
        (x->min % YK_TALLY_UNIT || x->max % YK_TALLY_UNIT || x->sum % YK_TALLY_UNIT ||
         x->sumsq % ((yk_exact)YK_TALLY_UNIT * YK_TALLY_UNIT)))
        violation(rd, rd->line, "'%s' is a whole-number question, but its minimum, maximum "
                  "or sums are not whole", qq->name);
}

/* Counts of whole values (millionths: value * unit) against the "x" line:
 * they must give its n, sum, sum of squares, minimum and maximum. */
static void check_value_counts(reading *rd, const yk_tally *t, const cell *c, size_t q,
                               const int64_t *values, const int64_t *counts, size_t k)
{
    const yk_question *qq = yk_form_question(t->form, q);
    const yk_tally_numbers *x = &c->nums[t->num_of[q]];
    int64_t n = 0, lo = 0, hi = 0;
    yk_exact sum = 0, sumsq = 0;
    for (size_t i = 0; i < k; i++) {
        if (!counts[i])
            continue;
        yk_exact v = (yk_exact)values[i] * YK_TALLY_UNIT;
        lo = n ? lo : (int64_t)v;
        hi = (int64_t)v;
        n += counts[i];
        sum += v * counts[i];
        sumsq += v * v * counts[i];
    }
    if (n != x->n)
        violation(rd, rd->line, "the counts of values of '%s' add up to %lld, not to its %lld "
                  "answers", qq->name, (long long)n, (long long)x->n);
    else if (n && (sum != x->sum || sumsq != x->sumsq || lo != x->min || hi != x->max))
        violation(rd, rd->line, "the counts of values of '%s' do not give its sums, minimum "
                  "and maximum", qq->name);
}

static void check_values(reading *rd, const yk_tally *t, const cell *c, size_t q)
{
    size_t k = t->value_n[q];
    int64_t *values = malloc((k + 1) * sizeof *values);
    if (!values)
        return;     /* no room to check: the sums were checked */
    for (size_t i = 0; i < k; i++)
        values[i] = t->value_lo[q] + (int64_t)i;
    check_value_counts(rd, t, c, q, values, c->counts + t->value_off[q], k);
    free(values);
}

/* Which lines a cell has had, per question (and per scale after them). */
enum { SEEN_C = 1, SEEN_X = 2, SEEN_V = 4, SEEN_W = 8 };

/* A scale's item sums: within the items' values, and every item's spread
 * and every pair's co-spread a covariance matrix can have (Cauchy-Schwarz:
 * cov(i, j)^2 <= var(i) var(j)). */
static void check_scale(reading *rd, const yk_tally *t, const cell *c, size_t s,
                        const unsigned char *seen)
{
    const scale_info *sc = &t->scales[s];
    int64_t n = c->scale_n[s];
    const yk_exact *sum = c->scale_sums + sc->off, *cross = sum + sc->k;
    long double d[YK_FORM_MAX_SCALE_ITEMS];
    if (n > c->responses)
        violation(rd, rd->line, "scale '%s' counts %lld responses, more than the %lld of its "
                  "cell", sc->name, (long long)n, (long long)c->responses);
    for (size_t i = 0, x = 0; i < sc->k; x += sc->k - i, i++) {
        const yk_question *qq = yk_form_question(t->form, sc->items[i]);
        int64_t lo = INT64_MAX, hi = INT64_MIN;
        for (size_t ch = 0; ch < qq->list->n; ch++)
            if (sc->values[i][ch] != INT64_MIN) {
                lo = sc->values[i][ch] < lo ? sc->values[i][ch] : lo;
                hi = sc->values[i][ch] > hi ? sc->values[i][ch] : hi;
            }
        const char *wrong = lo > hi ? (n || sum[i] || cross[x] ? "sums for an item without "
                                       "opinions" : NULL)
                          : sums_wrong(n, sum[i], cross[x], lo, hi, 0);
        int exact;
        d[i] = spread(n, sum[i], cross[x], &exact);
        int64_t answered = c->counts[t->count_off[sc->items[i]] + qq->list->n + 2];
        if (wrong) {
            violation(rd, rd->line, "scale '%s': item '%s' has %s", sc->name, qq->name, wrong);
            return;
        }
        if (n > answered && (seen[sc->items[i]] & SEEN_C)) {     /* else: missing */
            violation(rd, rd->line, "scale '%s' counts %lld responses complete on it, more than "
                      "the %lld who answered its item '%s'", sc->name, (long long)n,
                      (long long)answered, qq->name);
            return;
        }
    }
    for (size_t i = 0, x = 0; i < sc->k; i++)
        for (size_t j = i; j < sc->k; j++, x++) {
            int exact;
            long double cij = co_spread(n, sum[i], sum[j], cross[x], &exact);
            if (j != i && cij * cij > d[i] * d[j] * (1 + 1e-9L) + 1e-9L) {
                violation(rd, rd->line, "scale '%s': the cross-products of items '%s' and '%s' "
                          "are not those of any answers (a correlation beyond 1)", sc->name,
                          yk_form_question(t->form, sc->items[i])->name,
                          yk_form_question(t->form, sc->items[j])->name);
                return;
            }
        }
}

/* At a cell's end: every line its responses imply is there, and its
 * grouping question agrees with its group.  Reported at the cell's line. */
static void check_cell(reading *rd, const yk_tally *t, size_t g, const cell *c,
                       const unsigned char *seen, unsigned long line)
{
    /* No "v" or "w" line means values not counted (versions 1 and 2, and
     * what they were merged into): figures that need them say so. */
    for (size_t q = 0; c->responses && q < t->nq; q++) {
        const char *name = yk_form_question(t->form, q)->name, *missing = NULL;
        if (t->count_off[q] != SIZE_MAX && !(seen[q] & SEEN_C))
            missing = "counts ('c')";
        else if (t->num_of[q] != SIZE_MAX && !(seen[q] & SEEN_X))
            missing = "sums ('x')";
        if (missing)
            violation(rd, line, "the cell has %lld responses but no %s for '%s'",
                      (long long)c->responses, missing, name);
    }
    if (t->group_q == SIZE_MAX || !c->responses)
        return;
    const yk_question *gq = yk_form_question(t->form, t->group_q);
    const int64_t *v = c->counts + t->count_off[t->group_q];
    int64_t answered = v[gq->list->n + 2];
    /* "Khác" holds the folded responses without a group answer too. */
    int64_t own = t->has_other && g == gq->list->n - 1 ? answered : c->responses;
    if (g < gq->list->n && (v[g] != own || answered != own))
        violation(rd, line, "the cell of group '%s' has %lld responses, but %lld of them "
                  "answered '%s' with it", gq->list->choices[g].name, (long long)c->responses,
                  (long long)v[g], gq->name);
    else if (g == gq->list->n && answered)
        violation(rd, line, "the cell of responses without '%s' counts %lld answers to it",
                  gq->name, (long long)answered);
}


/* Check a line just read (tag w0 of question or scale w1) and mark it
 * seen; a line given twice in one cell is a violation. */
static void check_line(reading *rd, const yk_tally *t, const cell *c, const char *w0,
                       const char *w1, unsigned char *seen)
{
    static const struct { char tag; unsigned char bit; } tags[] = {
        { 'c', SEEN_C }, { 'x', SEEN_X }, { 'v', SEEN_V }, { 'w', SEEN_W }, { 's', 0 } };
    unsigned char bit = 0;
    for (size_t i = 0; i < sizeof tags / sizeof tags[0]; i++)
        bit = tags[i].tag == w0[0] ? tags[i].bit : bit;
    if (w0[0] == 's') {
        for (size_t s = 0; s < t->n_scales; s++)
            if (strcmp(t->scales[s].name, w1) == 0) {
                if (seen[t->nq + s])
                    violation(rd, rd->line, "a second line for scale '%s' in one cell", w1);
                seen[t->nq + s] = 1;
                check_scale(rd, t, c, s, seen);
            }
        return;
    }
    size_t q = question_named(t, w1);
    if (seen[q] & bit)
        violation(rd, rd->line, "a second '%s' line for '%s' in one cell", w0, w1);
    seen[q] |= bit;
    if (bit == SEEN_C)
        check_counts(rd, t, c, q);
    else if (bit == SEEN_X)
        check_numbers(rd, t, c, q);
    else if (bit == SEEN_V)
        check_values(rd, t, c, q);
    else if (bit == SEEN_W && !c->maps[t->map_of[q]].dropped)
        check_value_counts(rd, t, c, q, c->maps[t->map_of[q]].value,
                           c->maps[t->map_of[q]].count, c->maps[t->map_of[q]].n);
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
        violation(rd, rd->line, "a second line for the cell of round %lld, group %lld",
                  (long long)r, (long long)g);
    if (c->folded && responses)
        violation(rd, rd->line, "a group folded into Khác has responses of its own");
    if (t->protect_k && responses > 0 && responses < t->protect_k)
        violation(rd, rd->line, "the file says no group has fewer than %lld responses "
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
        (size_t)g == other_group(t))
        return bad(rd, "a fold of a round or group the file does not have, or without "
                   "'protected' or 'folded' in its header");
    cell *c = cell_at(t, (size_t)r, (size_t)g);
    if (c->responses)
        violation(rd, rd->line, "a group folded into Khác has responses of its own");
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
                st = round_index(t, name + 1, &r);
            continue;
        }
        size_t nw = split(copy, w, WORDS_MAX);
        int closes = nw >= 1 && (strcmp(w[0], "end") == 0 || strcmp(w[0], "cell") == 0 ||
                                 strcmp(w[0], "fold") == 0);
        if (closes && have_cell)
            check_cell(rd, t, cg, cell_at(t, cr, cg), seen, cell_line);
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
            check_line(rd, t, c, w[0], w[1], seen);
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
        st = read_text(rd, text_names[i], texts[i], lens[i]);
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
