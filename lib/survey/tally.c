#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "tally_impl.h"
#include "yk_grow.h"

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
    t->numbers = malloc((t->nq + 1) * sizeof *t->numbers);
    t->selects = malloc((t->nq + 1) * sizeof *t->selects);
    t->value_off = malloc((t->nq + 1) * sizeof *t->value_off);
    t->value_lo = malloc((t->nq + 1) * sizeof *t->value_lo);
    t->value_n = malloc((t->nq + 1) * sizeof *t->value_n);
    t->map_of = malloc((t->nq + 1) * sizeof *t->map_of);
    if (!t->count_off || !t->num_of || !t->numbers || !t->selects || !t->value_off ||
        !t->value_lo || !t->value_n || !t->map_of)
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
            t->numbers[t->n_nums] = q;
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

void yk_tally_map_free(value_map *m)
{
    free(m->value);
    free(m->count);
    *m = (value_map){ 0 };
}

void yk_tally_free_cell(cell *c)
{
    for (size_t i = 0; c->maps && i < c->n_maps; i++)
        yk_tally_map_free(&c->maps[i]);
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
        yk_tally_free_cell(&t->cells[i]);
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
    free(t->numbers);
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

yk_status yk_tally_init_cell(const yk_tally *t, cell *c)
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
yk_status yk_tally_round_index(yk_tally *t, const char *name, size_t *r)
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
        yk_status one = yk_tally_init_cell(t, &cells[t->n_rounds * t->ngroups + g]);
        st = st == YK_OK ? one : st;
    }
    t->n_rounds++;      /* counted even on failure, so free releases it */
    return st;
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
yk_status yk_tally_map_add(value_map *m, int64_t v, int64_t k)
{
    if (m->dropped)
        return YK_OK;
    size_t i = map_find(m, v);
    if (i < m->n && m->value[i] == v)
        return __builtin_add_overflow(m->count[i], k, &m->count[i]) ? YK_ERR_LIMIT : YK_OK;
    if (m->n == YK_TALLY_MAX_DISTINCT) {
        yk_tally_map_free(m);
        m->dropped = 1;
        return YK_OK;
    }
    if (m->n == m->cap) {
        size_t cap = yk_grow_capacity(m->cap, m->n + 1, 16, YK_TALLY_MAX_DISTINCT,
                                      sizeof *m->value);
        if (!cap || yk_resize(&m->value, cap, sizeof *m->value) != YK_OK ||
            yk_resize(&m->count, cap, sizeof *m->count) != YK_OK)
            return YK_ERR_NOMEM;
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
        yk_tally_map_free(to);
        to->dropped = 1;
    }
    for (size_t i = 0; i < from->n && st == YK_OK; i++)
        st = yk_tally_map_add(to, from->value[i], from->count[i]);
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
    return yk_tally_map_add(m, (int64_t)a->number, 1);
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
    yk_status st = yk_tally_round_index(t, round, &ri);
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
    for (size_t i = 0; (t->parts & YK_TALLY_NUMBERS) && i < t->n_nums; i++) {
        size_t q = t->numbers[i];
        count_number(&r->answers[q], &c->nums[i]);
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
int yk_tally_add_cell(const yk_tally *ta, cell *to, const yk_tally *tb, const cell *from)
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
yk_status yk_tally_widen(yk_tally *t)
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
        st = yk_tally_round_index(w, t->rounds[r], &rw);
        for (size_t g = 0; g < t->ngroups && st == YK_OK; g++)
            if (!yk_tally_add_cell(w, cell_at(w, rw, group_in(w, t, g)), t, cell_at(t, r, g)))
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

yk_status yk_tally_merge(yk_tally *a, const yk_tally *b)
{
    if (yk_form_fingerprint(a->form) != yk_form_fingerprint(b->form) ||
        a->group_q != b->group_q || a->parts != b->parts)
        return YK_ERR_ARGUMENT;
    if (b->has_other && !a->has_other) {
        yk_status st = yk_tally_widen(a);
        if (st != YK_OK)
            return st;
    }
    for (size_t r = 0; r < b->n_rounds; r++) {
        size_t ra;
        yk_status st = yk_tally_round_index(a, b->rounds[r], &ra);
        if (st != YK_OK)
            return st;
        for (size_t g = 0; g < b->ngroups; g++) {
            cell *to = cell_at(a, ra, group_in(a, b, g));
            if (!yk_tally_add_cell(a, to, b, cell_at(b, r, g)))
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
                st = yk_tally_fold(a, ra, g);
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

/* Whether round r, group g (SIZE_MAX: all groups) and question q are the
 * tally's. */
static int in_range(const yk_tally *t, size_t r, size_t g, size_t q)
{
    return r < t->n_rounds && (g == SIZE_MAX || g < t->ngroups) && q < t->nq;
}

yk_status yk_tally_counts(const yk_tally *t, size_t r, size_t g, size_t q,
                          int64_t *counts)
{
    if (!in_range(t, r, g, q) ||
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
    if (!in_range(t, r, g, q) ||
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
    if (!in_range(t, r, g, q) ||
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
    if (!in_range(t, r, g, q) ||
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
        yk_tally_map_free(&all);
        return st;
    }
    *values = all.value;
    *counts = all.count;
    *n = all.n;
    return YK_OK;
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
