/* ykien — compare: the test that fits each question across the groups,
 * p adjusted over the family.  The computation of `ykien compare`; the
 * verb parses options and writes the table. */
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "yk_disclosure.h"
#include "yk_figures_compare.h"
#include "yk_figures_groups.h"
#include "yk_stats.h"

const char *const yk_compare_columns[] = {
    "round", "question", "test", "statistic", "df", "df2", "p", "p_adjusted",
    "effect", "n", "pair",
};
_Static_assert(sizeof yk_compare_columns / sizeof yk_compare_columns[0] == YK_COMPARE_NCOLS,
               "a name for every column id");

/* One test's result, kept until the family's p-values are adjusted. */
typedef struct {
    size_t round, q;
    const char *test;
    double stat, df, df2, p, effect, n;
    double lnp;                 /* ln p: p itself may be 0 (a chi-square of 2000) */
    int has_df2;
    size_t family;              /* 0: the round's tests; q + 1: q's pairs;
                                   VS_REST: each group against the rest */
    size_t a, b;                /* the pair's groups */
    size_t choice;              /* a select_multiple's choice, or 0 */
    int multiple;
} result;

#define VS_REST SIZE_MAX

typedef struct {
    const yk_figure_opts *o;
    const yk_tally *t;
    result *res;
    size_t nres, cap;
    int failed;                 /* an allocation failed: the figure is incomplete */
} compare_run;

/* ln p of a test, from its statistic by the distribution it was tested
 * against: a p a double cannot hold still prints ("5.08103e-432"). */
static double log_p(const result *r)
{
    double l = log(r->p);
    if (strcmp(r->test, "anova") == 0 || strcmp(r->test, "welch") == 0)
        yk_stats_f_lnp(r->stat, r->df, r->df2, &l);
    else if (strcmp(r->test, "dunn") == 0 || strcmp(r->test, "vs_rest") == 0)
        yk_stats_normal_lnp(r->stat, &l);
    else                        /* chisq, kruskal */
        yk_stats_chisq_lnp(r->stat, r->df, &l);
    return l;
}

static void keep(compare_run *c, result r)
{
    r.lnp = log_p(&r);
    if (c->nres == c->cap) {
        size_t cap = c->cap ? 2 * c->cap : 64;
        result *p = realloc(c->res, cap * sizeof *p);
        if (!p) {
            c->failed = 1;
            return;
        }
        c->res = p;
        c->cap = cap;
    }
    c->res[c->nres++] = r;
}

static void nominal(compare_run *c, size_t r, size_t q, const yk_question *qq, size_t groups)
{
    size_t k = qq->list->n;
    double *cells, n;
    result res = { .round = r, .q = q, .test = "chisq" };
    if (yk_figures_group_table(c->t, r, q, groups, NULL, k, &cells, &n) != YK_OK) {
        c->failed = 1;
        return;
    }
    if (yk_stats_chisq(cells, groups, k, &res.stat, &res.df, &res.p, &res.effect) == YK_OK) {
        res.n = n;
        keep(c, res);
    }
    free(cells);
}

/* Dunn's test for every pair of groups that answered, after the
 * Kruskal-Wallis test; adjusted over the question's pairs. */
static void dunn_pairs(compare_run *c, size_t r, size_t q, const double *cells,
                       size_t groups, size_t k)
{
    double *size = calloc(groups + 1, sizeof *size);
    unsigned char *hidden = malloc(groups + 1);
    if (!size || !hidden) {
        c->failed = 1;
        free(size);
        free(hidden);
        return;
    }
    for (size_t g = 0; g < groups; g++)
        for (size_t i = 0; i < k; i++)
            size[g] += cells[g * k + i];
    /* A pair with a hidden group (under --min-base, or hidden so that such
     * a one cannot be worked out: yk_disclosure.h) is not tested: it would
     * single the small group out. */
    yk_figures_hide_groups(c->o, size, groups, hidden);
    for (size_t a = 0; a < groups; a++)
        for (size_t b = a + 1; b < groups; b++) {
            result res = { .round = r, .q = q, .test = "dunn", .family = q + 1, .a = a, .b = b };
            res.n = size[a] + size[b];
            if (!hidden[a] && !hidden[b] && size[a] > 0 && size[b] > 0 &&
                yk_stats_dunn(cells, groups, k, a, b, &res.stat, &res.p) == YK_OK)
                keep(c, res);
        }
    free(size);
    free(hidden);
}

/* Each choice of a select_multiple: chose it or not, among those who
 * answered, across the groups.  The group table's last column is how
 * many answered (yk_tally_counts' slot k + 2). */
static void multiple(compare_run *c, size_t r, size_t q, const yk_question *qq, size_t groups)
{
    size_t k = qq->list->n;
    size_t *order = malloc((k + 1) * sizeof *order);
    double *table = NULL, *cells = calloc(groups * 2 + 1, sizeof *cells);
    for (size_t i = 0; order && i <= k; i++)
        order[i] = i < k ? i : k + 2;
    if (!order || !cells ||
        yk_figures_group_table(c->t, r, q, groups, order, k + 1, &table, NULL) != YK_OK)
        c->failed = 1;
    for (size_t i = 0; table && cells && i < k; i++) {
        result res = { .round = r, .q = q, .test = "chisq", .choice = i, .multiple = 1 };
        double n = 0;
        for (size_t g = 0; g < groups; g++) {
            const double *row = table + g * (k + 1);
            cells[g * 2] = row[i];
            cells[g * 2 + 1] = row[k] - row[i];
            n += row[k];
        }
        if (yk_stats_chisq(cells, groups, 2, &res.stat, &res.df, &res.p, &res.effect) == YK_OK) {
            res.n = n;
            keep(c, res);
        }
    }
    free(order);
    free(table);
    free(cells);
}

/* The opinions of q's list (not-an-opinion answers left out), by value,
 * into order; returns how many (at most 256). */
static size_t opinions_by_value(const yk_question *qq, size_t order[256])
{
    size_t k = 0;
    for (size_t i = 0; i < qq->list->n && k < 256; i++)
        if (!qq->list->choices[i].not_opinion) {
            size_t j = k++;
            for (; j > 0 && qq->list->choices[order[j - 1]].value > qq->list->choices[i].value; j--)
                order[j] = order[j - 1];
            order[j] = i;
        }
    return k;
}

static void ordinal(compare_run *c, size_t r, size_t q, const yk_question *qq, size_t groups)
{
    size_t order[256], k = opinions_by_value(qq, order);
    double *cells, total;
    result res = { .round = r, .q = q, .test = "kruskal" };
    if (yk_figures_group_table(c->t, r, q, groups, order, k, &cells, &total) != YK_OK) {
        c->failed = 1;
        return;
    }
    if (total > 1 && yk_stats_kruskal(cells, groups, k, &res.stat, &res.df, &res.p) == YK_OK) {
        res.n = total;
        res.effect = res.stat / (total - 1);        /* epsilon squared */
        keep(c, res);
        if (c->o->pairs)
            dunn_pairs(c, r, q, cells, groups, k);
    }
    free(cells);
}

/* Each group against all the others: the favourable share (top two
 * opinions, as rounds counts it), a two-proportion z test; the effect is
 * the difference in percentage points.  Hidden groups (under --min-base,
 * or hidden so that such a one cannot be worked out as a rest less the
 * shown groups: yk_disclosure.h), and groups whose rest is under it, are
 * left out: the difference would single them out. */
static void vs_rest(compare_run *c, size_t r, size_t q, const yk_question *qq, size_t groups)
{
    int64_t *counts = malloc((qq->list->n + 3) * sizeof *counts);
    double *k = calloc(groups + 1, sizeof *k), *n = calloc(groups + 1, sizeof *n), K = 0, N = 0;
    unsigned char *hidden = malloc(groups + 1);
    if (!counts || !k || !n || !hidden) {
        c->failed = 1;
        groups = 0;
    }
    for (size_t g = 0; g < groups; g++)
        if (yk_tally_counts(c->t, r, g, q, counts) == YK_OK &&
            yk_figure_favourable(qq, counts, &k[g], &n[g], NULL)) {
            K += k[g];
            N += n[g];
        }
    if (groups)
        yk_figures_hide_groups(c->o, n, groups, hidden);
    for (size_t g = 0; g < groups; g++) {
        result res = { .round = r, .q = q, .test = "vs_rest", .family = VS_REST, .a = g,
                       .n = n[g] };
        double rest = N - n[g];
        if (hidden[g] || yk_disclosure_small(rest, (double)c->o->min_base) || n[g] == 0 ||
            yk_stats_two_proportions(k[g], n[g], K - k[g], rest, &res.stat, &res.p) != YK_OK)
            continue;
        res.effect = 100 * (k[g] / n[g] - (K - k[g]) / rest);
        keep(c, res);
    }
    free(counts);
    free(k);
    free(n);
    free(hidden);
}

/* Tell o's diagnostics callback of a figure that cannot be given. */
static void warn(const compare_run *c, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void warn(const compare_run *c, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    yk_diag_vsend(c->o->diag, c->o->diag_ctx, YK_WARNING, "single-answer", "", 0, 0, NULL,
                  fmt, ap);
    va_end(ap);
}

static void numeric(compare_run *c, size_t r, size_t q, size_t groups)
{
    double *n = calloc(groups, sizeof *n), *mean = calloc(groups, sizeof *mean);
    double *var = calloc(groups, sizeof *var), total = 0, grand = 0, ssb = 0, ssw = 0;
    size_t used = 0, single = 0;
    if (!n || !mean || !var)
        c->failed = 1;
    for (size_t g = 0; n && mean && var && g < groups; g++) {
        yk_tally_numbers x;
        double m, sd;
        if (yk_tally_numbers_of(c->t, r, g, q, &x) != YK_OK)
            continue;
        single += x.n == 1;
        if (x.n < 2 || yk_tally_moments(&x, &m, &sd) != YK_OK)
            continue;               /* a group needs two answers to vary */
        n[used] = (double)x.n;
        mean[used] = m;
        var[used++] = sd * sd;
        total += (double)x.n;
        grand += (double)x.n * m;
    }
    for (size_t g = 0; g < used; g++) {
        ssb += n[g] * (mean[g] - grand / total) * (mean[g] - grand / total);
        ssw += (n[g] - 1) * var[g];
    }
    if (single)                 /* not named: it may be under --min-base */
        warn(c, "question '%s' (round %s): %zu group%s with a single answer left out "
                "of the ANOVA and Welch tests: a group needs two answers to vary",
             yk_form_question(yk_tally_form(c->t), q)->name, yk_tally_round(c->t, r),
             single, single == 1 ? "" : "s");
    result a = { .round = r, .q = q, .test = "anova", .n = total, .has_df2 = 1,
                 .effect = ssb + ssw > 0 ? ssb / (ssb + ssw) : 0 };
    result w = a;
    w.test = "welch";
    if (used >= 2 && yk_stats_anova(n, mean, var, used, &a.stat, &a.df, &a.df2, &a.p) == YK_OK)
        keep(c, a);
    if (used >= 2 && yk_stats_welch(n, mean, var, used, &w.stat, &w.df, &w.df2, &w.p) == YK_OK)
        keep(c, w);
    free(n);
    free(mean);
    free(var);
}

static void run_tests(compare_run *c)
{
    const yk_form *form = yk_tally_form(c->t);
    size_t groups = yk_tally_n_groups(c->t) - 1;    /* not "no group" */
    for (size_t r = 0; r < yk_tally_n_rounds(c->t); r++) {
        if (c->o->round && strcmp(c->o->round, yk_tally_round(c->t, r)) != 0)
            continue;
        for (size_t q = 0; q < yk_form_n_questions(form); q++) {
            const yk_question *qq = yk_form_question(form, q);
            if (qq == yk_tally_group(c->t) || !yk_figure_wanted(c->o->questions, qq->name))
                continue;
            if (yk_figure_is_ordinal(qq)) {
                ordinal(c, r, q, qq, groups);
                if (c->o->vs_rest)
                    vs_rest(c, r, q, qq, groups);
            }
            else if (qq->type == YK_Q_SELECT_ONE)
                nominal(c, r, q, qq, groups);
            else if (qq->type == YK_Q_SELECT_MULTIPLE)
                multiple(c, r, q, qq, groups);
            else if (qq->type == YK_Q_INTEGER || qq->type == YK_Q_DECIMAL)
                numeric(c, r, q, groups);
        }
    }
}

/* A p as text (yk_stats_p_text): one below the smallest double still
 * prints from its log. */
static void p_cell(yk_table *tab, double p, double lnp)
{
    char text[48];
    yk_stats_p_text(p, lnp, 6, text, sizeof text);
    yk_table_number_text(tab, text);
}

static void write_row(const compare_run *c, yk_table *tab, const result *r, double adjusted,
                      double adjusted_ln)
{
    const yk_question *g = yk_tally_group(c->t);
    yk_table_text(tab, yk_tally_round(c->t, r->round));
    const yk_question *q = yk_form_question(yk_tally_form(c->t), r->q);
    if (r->multiple)
        yk_table_textf(tab, "%s/%s", q->name, q->list->choices[r->choice].name);
    else
        yk_table_text(tab, q->name);
    yk_table_text(tab, r->test);
    yk_table_number(tab, r->stat, 6, 1);
    yk_table_number(tab, r->df, 4, r->family == 0);
    yk_table_number(tab, r->df2, 4, r->has_df2);
    p_cell(tab, r->p, r->lnp);
    p_cell(tab, adjusted, adjusted_ln);
    yk_table_number(tab, r->effect, 6, r->family == 0 || r->family == VS_REST);
    yk_table_number(tab, r->n, 0, 1);
    if (r->family == VS_REST)
        yk_table_text(tab, g->list->choices[r->a].name);
    else if (r->family)
        yk_table_textf(tab, "%s-%s", g->list->choices[r->a].name, g->list->choices[r->b].name);
    else
        yk_table_text(tab, "");
}

/* Adjust p over each family: the round's tests, each question's pairs,
 * and all the groups-against-the-rest of the round. */
static yk_status write_rows(const compare_run *c, yk_table *tab)
{
    size_t size = (c->nres + 1) * sizeof(double);
    double *p = malloc(size), *adj = malloc(size), *lnp = malloc(size), *adj_ln = malloc(size);
    unsigned char *done = calloc(c->nres + 1, 1);
    if (!p || !adj || !lnp || !adj_ln || !done) {
        free(p), free(adj), free(lnp), free(adj_ln), free(done);
        return YK_ERR_NOMEM;
    }
    for (size_t i = 0; i < c->nres; i++) {
        if (done[i])
            continue;
        size_t n = 0, round = c->res[i].round, family = c->res[i].family;
        for (size_t k = i; k < c->nres; k++)
            if (c->res[k].round == round && c->res[k].family == family) {
                lnp[n] = c->res[k].lnp;
                p[n++] = c->res[k].p;
            }
        (c->o->bh ? yk_stats_bh : yk_stats_holm)(p, n, adj);
        (c->o->bh ? yk_stats_bh_ln : yk_stats_holm_ln)(lnp, n, adj_ln);
        n = 0;
        for (size_t k = i; k < c->nres; k++)
            if (c->res[k].round == round && c->res[k].family == family) {
                done[k] = 1;
                write_row(c, tab, &c->res[k], adj[n], adj_ln[n]);
                n++;
            }
    }
    free(p), free(adj), free(lnp), free(adj_ln), free(done);
    return YK_OK;
}

yk_status yk_figures_compare(const yk_tally *t, const yk_figure_opts *o, yk_table *tab,
                             unsigned long *blank)
{
    compare_run c = { .o = o, .t = t };
    (void)blank;
    if (!yk_tally_group(t))
        return YK_ERR_ARGUMENT;
    run_tests(&c);
    yk_status st = c.failed ? YK_ERR_NOMEM : write_rows(&c, tab);
    free(c.res);
    return st == YK_OK ? yk_table_status(tab) : st;
}
