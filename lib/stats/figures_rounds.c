/* ykien — the figures of `ykien rounds`, for the table and the chart
 * alike (yk_figures_rounds.h). */
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "yk_disclosure.h"
#include "yk_figures_rounds.h"
#include "yk_stats.h"
#include "yk_text.h"

/* Say a warning or an error to the caller's diag. */
static void say(const yk_rounds *x, yk_severity sev, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static void say(const yk_rounds *x, yk_severity sev, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    yk_diag_vsend(x->o.diag, x->o.diag_ctx, sev, sev == YK_ERROR ? "favourable" : "rounds",
                  "", 0, 0, NULL, fmt, ap);
    va_end(ap);
}

/* ---- which answers are favourable ------------------------------------ */

const char *yk_rounds_codes(const yk_rounds *x, const char *name)
{
    size_t n = strlen(name);
    for (size_t i = 0; i < x->nfavourable; i++)
        if (strncmp(x->favourable[i], name, n) == 0 && x->favourable[i][n] == '=')
            return x->favourable[i] + n + 1;
    return NULL;
}

static size_t choice_named(const yk_choice_list *list, const char *name, size_t len)
{
    for (size_t i = 0; i < list->n; i++)
        if (strlen(list->choices[i].name) == len &&
            strncmp(list->choices[i].name, name, len) == 0)
            return i;
    return SIZE_MAX;
}

/* Decide what counts as favourable in q's list, as yk_figure_levels_of()
 * says: the codes given, or the default of an ordinal list.  0: q is not
 * compared (said when loud); -1 when loud: a usage error. */
static int favour(yk_rounds *x, const yk_question *q, const char *codes, int loud)
{
    yk_figure_levels l;
    const char *bad = "";
    size_t badlen = 0;
    int multi = q->type == YK_Q_SELECT_MULTIPLE;
    memset(x->fav, 0, sizeof x->fav);
    x->ref = q;
    x->ordinal = 0;
    int got = q->list && q->list->n <= YK_ROUNDS_MAX_LEVELS && (codes || !multi)
                  ? yk_figure_levels_of(q, codes, &l, &bad, &badlen) : 0;
    if (got == 0)
        return codes && loud ? say(x, YK_ERROR, "--favourable %s: not a select question "
                                   "ykien can compare", q->name), -1 : 0;
    if (got < 0)
        return loud ? say(x, YK_ERROR, "--favourable %s: '%.*s' is not an opinion of list %s",
                          q->name, (int)badlen, bad, q->list->name), -1 : 0;
    size_t chosen = 0;
    for (size_t i = 0; i < q->list->n; i++)
        chosen += x->fav[i] = l.favourable[i];
    if (multi && chosen != 1)
        return loud ? say(x, YK_ERROR, "--favourable %s: a select_multiple is compared one "
                          "choice at a time", q->name), -1 : 0;
    memcpy(x->order, l.order, l.nlevels * sizeof *l.order);
    x->nlevels = l.nlevels;
    x->ordinal = !multi && yk_figure_is_ordinal(q);
    return 1;
}

/* favour() for question q of the newest form as asked in round i. */
static int favour_in(yk_rounds *x, size_t i, size_t q, const char *codes)
{
    size_t qi = yk_series_question(x->s, i, q), r;
    if (qi == SIZE_MAX)
        return 0;
    return favour(x, yk_form_question(yk_tally_form(yk_series_tally(x->s, i, &r)), qi), codes, 0);
}

/* ---- one round's answers ---------------------------------------------- */

/* Question q's answers in round i, in unit u (SIZE_MAX: all units),
 * matched by choice code to x->ref's list.  0 when not asked there. */
static int gather(yk_rounds *x, size_t i, size_t q, size_t u, yk_rounds_answers *a)
{
    const yk_choice_list *newest = x->ref->list;
    size_t qi = yk_series_question(x->s, i, q), r;
    size_t g = u == SIZE_MAX ? SIZE_MAX : yk_series_unit(x->s, i, u);
    const yk_tally *t = yk_series_tally(x->s, i, &r);
    memset(a, 0, sizeof *a);
    if (qi == SIZE_MAX || (u != SIZE_MAX && g == SIZE_MAX))
        return 0;
    const yk_question *qq = yk_form_question(yk_tally_form(t), qi);
    if (!qq->list || qq->list->n > YK_ROUNDS_MAX_LEVELS || yk_tally_counts(t, r, g, qi, x->c) != YK_OK)
        return 0;
    const yk_choice_list *list = qq->list;
    for (size_t j = 0; j < list->n; j++) {
        size_t k = choice_named(newest, list->choices[j].name, strlen(list->choices[j].name));
        a->k += k != SIZE_MAX && x->fav[k] ? (double)x->c[j] : 0;
        a->n += list->choices[j].not_opinion ? 0 : (double)x->c[j];
    }
    if (qq->type == YK_Q_SELECT_MULTIPLE)
        a->n = (double)x->c[list->n + 2];       /* those who answered */
    for (size_t l = 0; l < x->nlevels; l++) {
        const char *name = newest->choices[x->order[l]].name;
        size_t j = choice_named(list, name, strlen(name));
        a->levels[l] = j == SIZE_MAX ? 0 : (double)x->c[j];
    }
    a->asked = a->n > 0;
    return a->asked;
}

/* ---- the figures ------------------------------------------------------ */

static yk_rounds_change *new_row(yk_rounds *x)
{
    if (x->nrows == x->cap) {
        size_t cap = x->cap ? 2 * x->cap : 256;
        yk_rounds_change *more = realloc(x->rows, cap * sizeof *more);
        if (!more) {
            x->failed = 1;
            return NULL;
        }
        x->rows = more;
        x->cap = cap;
    }
    yk_rounds_change *row = &x->rows[x->nrows++];
    memset(row, 0, sizeof *row);
    return row;
}

/* Why unit u's share of q in round i (base n) is hidden: the units of
 * that round are the groups of yk_disclosure_groups, so a unit hidden
 * with a small one in that round is hidden too; the province (u SIZE_MAX)
 * only when n is under k.  0 when shown. */
static int unit_hidden(yk_rounds *x, size_t i, size_t q, size_t u, double n)
{
    const yk_question *g = yk_series_group(x->s);
    if (u == SIZE_MAX || !g)
        return yk_disclosure_small(n, (double)x->o.min_base) ? YK_FIGURE_PRIMARY : 0;
    size_t units = g->list->n;
    double *base = calloc(units + 1, sizeof *base);
    unsigned char *hidden = malloc(units + 1);
    yk_rounds_answers *other = malloc(sizeof *other);
    int why = YK_FIGURE_PRIMARY;        /* out of memory: hide */
    if (base && hidden && other) {
        for (size_t v = 0; v < units; v++)
            base[v] = gather(x, i, q, v, other) ? other->n : 0;
        yk_figures_hide_groups(&x->o, base, units, hidden);
        why = hidden[u];
    } else {
        x->failed = 1;
    }
    free(base);
    free(hidden);
    free(other);
    return why;
}

static void add_change(yk_rounds *x, size_t q, size_t u, size_t from, size_t to,
                       const yk_rounds_answers *a, const yk_rounds_answers *b, int mw)
{
    int why_from = unit_hidden(x, from, q, u, a->n), why_to = unit_hidden(x, to, q, u, b->n);
    yk_rounds_change *row = new_row(x);
    if (!row)
        return;
    *row = (yk_rounds_change){ .q = q, .unit = u, .from = from, .to = to, .ref = x->ref,
                         .k1 = a->k, .n1 = a->n, .k2 = b->k, .n2 = b->n };
    row->shown_from = !why_from;
    row->shown_to = !why_to;
    row->shown = row->shown_from && row->shown_to;
    row->ci_low = row->ci_high = NAN;
    if (!row->shown)
        yk_figures_count_blank(&x->o, why_from == YK_FIGURE_PRIMARY || why_to == YK_FIGURE_PRIMARY
                                        ? YK_FIGURE_PRIMARY : YK_FIGURE_SECONDARY, &x->suppressed);
    if (!row->shown)
        return;
    double lo, hi;              /* left NAN when either share has no interval */
    if (yk_stats_newcombe(b->k, b->n, a->k, a->n, YK_Z95, &lo, &hi) == YK_OK)
        row->ci_low = lo, row->ci_high = hi;
    yk_rounds_test *t = row->tests;
    t[YK_ROUNDS_TEST_SHARES].done = yk_stats_two_proportions(b->k, b->n, a->k, a->n, &t[YK_ROUNDS_TEST_SHARES].z,
                                                   &t[YK_ROUNDS_TEST_SHARES].p) == YK_OK;
    t[YK_ROUNDS_TEST_ORDER].done = mw && yk_stats_mann_whitney(a->levels, b->levels, x->nlevels,
                                                     &t[YK_ROUNDS_TEST_ORDER].z, &t[YK_ROUNDS_TEST_ORDER].p) == YK_OK;
}

/* The trend over every round with answers, on the row from the first
 * round to the last: scores are the rounds' places, 0, 1, 2... */
static void add_trend(yk_rounds *x, size_t q, size_t u, const yk_rounds_answers *a, size_t n)
{
    double k[256], base[256], score[256];
    size_t used = 0;
    yk_rounds_change *row = &x->rows[x->nrows - 1];
    for (size_t i = 0; i < n && i < 256; i++) {
        k[i] = a[i].k;
        base[i] = a[i].n;
        score[i] = (double)i;
        used += a[i].asked;
        if (a[i].asked && unit_hidden(x, i, q, u, a[i].n))
            return;
    }
    yk_rounds_test *t = &row->tests[YK_ROUNDS_TEST_TREND];
    t->done = used >= 3 && yk_stats_trend(k, base, score, n < 256 ? n : 256, &t->z, &t->p) == YK_OK;
}

/* Whether q's choices line up from round from to round to: no choice
 * added or gone (for the share), and no value moved (for the order). */
static int lines_up(const yk_rounds *x, size_t q, size_t from, size_t to, unsigned bits)
{
    for (size_t i = from + 1; i <= to; i++)
        if (yk_series_changes(x->s, i, q, NULL, 0) & bits)
            return 0;
    return 1;
}

/* Each pair of consecutive rounds, favourable as round to's form says;
 * then the first and the last, with the trend, as the newest says. */
static void group_changes(yk_rounds *x, size_t q, size_t u, const char *codes, yk_rounds_answers *a)
{
    size_t n = yk_series_n_rounds(x->s);
    for (size_t to = 1; to < n; to++) {
        size_t from = to - 1;
        if (favour_in(x, to, q, codes) && lines_up(x, q, from, to, YK_SERIES_CHOICES) &&
            gather(x, from, q, u, &a[0]) && gather(x, to, q, u, &a[1]))
            add_change(x, q, u, from, to, &a[0], &a[1],
                       x->ordinal && lines_up(x, q, from, to, YK_SERIES_VALUES));
    }
    if (n < 3 || !favour_in(x, n - 1, q, codes) || !lines_up(x, q, 0, n - 1, YK_SERIES_CHOICES))
        return;
    for (size_t i = 0; i < n; i++)
        gather(x, i, q, u, &a[i]);
    if (!a[0].asked || !a[n - 1].asked)
        return;
    add_change(x, q, u, 0, n - 1, &a[0], &a[n - 1],
               x->ordinal && lines_up(x, q, 0, n - 1, YK_SERIES_VALUES));
    if (x->nrows && x->rows[x->nrows - 1].shown)
        add_trend(x, q, u, a, n);
}

/* Say once what changed in q's wording or choices between rounds. */
static void warn_changes(const yk_rounds *x, size_t q)
{
    char text[1024];
    for (size_t i = 1; i < yk_series_n_rounds(x->s) && x->o.diag; i++) {
        unsigned bits = yk_series_changes(x->s, i, q, text, sizeof text);
        if (bits)
            say(x, YK_WARNING, "question %s changed between rounds %s and %s: %s; %s",
                yk_form_question(yk_series_form(x->s), q)->name,
                yk_series_round_name(x->s, i - 1), yk_series_round_name(x->s, i), text,
                bits & YK_SERIES_CHOICES ? "not compared across them"
                : bits & YK_SERIES_VALUES ? "shares compared, the order of the answers not"
                                          : "compared: the choices still line up");
    }
}

/* Say once which units sent nothing in a round. */
static void warn_missing_units(const yk_rounds *x)
{
    const yk_question *g = yk_series_group(x->s);
    for (size_t u = 0; g && u < g->list->n && x->o.diag; u++)
        for (size_t i = 0; i < yk_series_n_rounds(x->s); i++) {
            size_t r, gi = yk_series_unit(x->s, i, u);
            const yk_tally *t = yk_series_tally(x->s, i, &r);
            if (gi == SIZE_MAX || yk_tally_responses(t, r, gi) == 0)
                say(x, YK_WARNING, "unit %s has no responses in round %s: no changes to or "
                    "from it", g->list->choices[u].name, yk_series_round_name(x->s, i));
        }
}

static yk_status fill(yk_rounds *x)
{
    const yk_form *form = yk_series_form(x->s);
    const yk_question *g = yk_series_group(x->s);
    size_t n = yk_series_n_rounds(x->s), units = g ? g->list->n : 0;
    yk_rounds_answers *a = malloc(n * sizeof *a);
    if (!a)
        return YK_ERR_NOMEM;
    warn_missing_units(x);
    for (size_t q = 0; q < yk_form_n_questions(form) && !x->failed; q++) {
        const yk_question *qq = yk_form_question(form, q);
        if (!yk_figure_wanted(x->o.questions, qq->name) || !yk_figure_is_item(g, qq))
            continue;
        const char *codes = yk_rounds_codes(x, qq->name);
        int chosen = favour(x, qq, codes, 1);
        if (chosen < 0) {
            free(a);
            return YK_ERR_ARGUMENT;
        }
        if (!chosen)
            continue;
        warn_changes(x, q);
        group_changes(x, q, SIZE_MAX, codes, a);
        for (size_t u = 0; u < units && !x->failed; u++)
            group_changes(x, q, u, codes, a);
    }
    free(a);
    return x->failed ? YK_ERR_NOMEM : YK_OK;
}

/* ---- adjusting and writing -------------------------------------------- */

/* Adjust each kind of test over the table, p and (every test being a z
 * test) ln p from z, which still holds a p no double can. */
static yk_status adjust(yk_rounds *x)
{
    double *ps = malloc((x->nrows + 1) * sizeof *ps), *ls = malloc((x->nrows + 1) * sizeof *ls);
    yk_status st = ps && ls ? YK_OK : YK_ERR_NOMEM;
    for (int kind = 0; st == YK_OK && kind < YK_ROUNDS_NTESTS; kind++) {
        size_t n = 0;
        for (size_t i = 0; i < x->nrows; i++) {
            yk_rounds_test *t = &x->rows[i].tests[kind];
            if (!t->done)
                continue;
            if (yk_stats_normal_lnp(t->z, &t->lnp) != YK_OK)
                t->lnp = log(t->p);
            ls[n] = t->lnp;
            ps[n++] = t->p;
        }
        st = (x->o.bh ? yk_stats_bh : yk_stats_holm)(ps, n, ps);
        if (st == YK_OK)
            st = (x->o.bh ? yk_stats_bh_ln : yk_stats_holm_ln)(ls, n, ls);
        n = 0;
        for (size_t i = 0; st == YK_OK && i < x->nrows; i++)
            if (x->rows[i].tests[kind].done) {
                x->rows[i].tests[kind].adj_ln = ls[n];
                x->rows[i].tests[kind].adj = ps[n++];
            }
    }
    free(ps);
    free(ls);
    return st;
}

/* The widest list of any round's form: gather() reads counts into x->c. */
static yk_status alloc_counts(yk_rounds *x)
{
    size_t width = YK_ROUNDS_MAX_LEVELS + 3;
    for (size_t i = 0; i < yk_series_n_rounds(x->s); i++) {
        size_t r;
        const yk_form *form = yk_tally_form(yk_series_tally(x->s, i, &r));
        for (size_t q = 0; q < yk_form_n_questions(form); q++) {
            const yk_question *qq = yk_form_question(form, q);
            width = qq->list && qq->list->n + 3 > width ? qq->list->n + 3 : width;
        }
    }
    x->c = malloc(width * sizeof *x->c);
    return x->c ? YK_OK : YK_ERR_NOMEM;
}

yk_status yk_rounds_compute(yk_rounds *x)
{
    yk_status st = alloc_counts(x);
    if (st == YK_OK)
        st = fill(x);
    if (st == YK_OK)
        st = adjust(x);
    return st;
}

void yk_rounds_free(yk_rounds *x)
{
    free(x->rows);
    free(x->c);
    x->rows = NULL;
    x->c = NULL;
    x->nrows = x->cap = 0;
}

int yk_rounds_favour(yk_rounds *x, const yk_question *qq, int loud)
{
    return favour(x, qq, yk_rounds_codes(x, qq->name), loud);
}

int yk_rounds_share(yk_rounds *x, size_t i, size_t q, size_t u, double *k,
                         double *n)
{
    yk_rounds_answers a;
    *k = *n = 0;
    if (!favour_in(x, i, q, yk_rounds_codes(x, yk_form_question(yk_series_form(x->s),
                                                                       q)->name)) ||
        !gather(x, i, q, u, &a))
        return 0;
    *k = a.k;
    *n = a.n;
    return 1;
}

void yk_rounds_favourable(yk_rounds *x, const yk_rounds_change *row, char *codes,
                               size_t size)
{
    const yk_question *qq = row->ref;
    size_t len = 0;
    favour(x, qq, yk_rounds_codes(x, yk_form_question(yk_series_form(x->s), row->q)->name),
           0);
    codes[0] = '\0';
    for (size_t i = 0; i < qq->list->n && len < size; i++)
        if (x->fav[i])
            len += (size_t)yk_text_snprintf(codes + len, size - len, "%s%s", len ? "+" : "",
                                    qq->list->choices[i].name);
}

/* ---- reading the changes ---------------------------------------------- */

double yk_rounds_percent_from(const yk_rounds_change *c)
{
    return 100 * c->k1 / c->n1;
}

double yk_rounds_percent_to(const yk_rounds_change *c)
{
    return 100 * c->k2 / c->n2;
}

double yk_rounds_points(const yk_rounds_change *c)
{
    return 100 * (c->k2 / c->n2 - c->k1 / c->n1);
}

int yk_rounds_significant(const yk_rounds_change *c)
{
    const yk_rounds_test *t = &c->tests[YK_ROUNDS_TEST_SHARES];
    return c->shown && t->done && t->adj < YK_ROUNDS_SIGNIFICANT;
}

static int told_before(const yk_rounds_change *c, const yk_rounds_change *const *told,
                       size_t ntold)
{
    for (size_t k = 0; k < ntold; k++)
        if (told[k] == c)
            return 1;
    return 0;
}

const yk_rounds_change *yk_rounds_largest(const yk_rounds *x, size_t last, int direction,
                                          const yk_rounds_change *const *told, size_t ntold)
{
    const yk_rounds_change *best = NULL;
    for (size_t i = 0; i < x->nrows; i++) {
        const yk_rounds_change *c = &x->rows[i];
        if (c->unit == SIZE_MAX || c->to != last || c->from + 1 != last ||
            !yk_rounds_significant(c) || direction * yk_rounds_points(c) <= 0 ||
            told_before(c, told, ntold))
            continue;
        if (!best || direction * yk_rounds_points(c) > direction * yk_rounds_points(best))
            best = c;
    }
    return best;
}

void yk_rounds_count_significant(const yk_rounds *x, size_t last, size_t *rises,
                                 size_t *falls)
{
    *rises = *falls = 0;
    for (size_t i = 0; i < x->nrows; i++) {
        const yk_rounds_change *c = &x->rows[i];
        if (c->unit == SIZE_MAX && c->to == last && c->from + 1 == last &&
            yk_rounds_significant(c))
            ++*(yk_rounds_points(c) > 0 ? rises : falls);
    }
}
