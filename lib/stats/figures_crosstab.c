/* ykien — crosstab: counts, percents, expected counts, residuals and the
 * tests of independence of two questions.  The computation of `ykien
 * crosstab`; the verb parses options and writes the table. */
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "yk_figures_crosstab.h"
#include "yk_figures_groups.h"
#include "yk_stats.h"

const char *const yk_crosstab_columns[] = {
    "round", "row", "col", "n", "row_percent", "col_percent", "expected",
    "residual", "statistic", "df", "p",
};
_Static_assert(sizeof yk_crosstab_columns / sizeof yk_crosstab_columns[0] == YK_CROSSTAB_NCOLS,
               "a name for every column id");

/* Random tables for the Monte-Carlo p, and the seed that makes it the
 * same every run. */
enum { MC_TABLES = 10000 };
#define MC_SEED 20261129UL

typedef struct {
    const yk_figure_opts *o;
    const yk_tally *t;
    yk_table *tab;
    unsigned long suppressed;
} crosstab_run;

static void cell(crosstab_run *x, const char *round, const char *row, const char *col,
                 double n, double rp, double cp, double e, double res, int shown)
{
    yk_table_text(x->tab, round);
    yk_table_text(x->tab, row);
    yk_table_text(x->tab, col);
    yk_table_number(x->tab, n, 0, shown);
    yk_table_number(x->tab, rp, 4, shown);
    yk_table_number(x->tab, cp, 4, shown);
    yk_table_number(x->tab, e, 4, shown);
    yk_table_number(x->tab, res, 4, shown);
    for (int i = 0; i < 3; i++)
        yk_table_text(x->tab, "");
}

/* A test's row: the figures it has (NAN where it has none). */
static void test_row(crosstab_run *x, const char *round, const char *name, double stat,
                     double df, double p, int has_df, int has_p)
{
    yk_table_text(x->tab, round);
    yk_table_text(x->tab, "_test");
    yk_table_text(x->tab, name);
    for (int i = 0; i < 5; i++)
        yk_table_text(x->tab, "");
    yk_table_number(x->tab, stat, 6, stat == stat);
    yk_table_number(x->tab, df, 0, has_df);
    char text[48] = "";
    double lnp = log(p);        /* a chi-square's p may be below any double */
    if (has_p && has_df)
        yk_stats_chisq_lnp(stat, df, &lnp);
    if (has_p)
        yk_stats_p_text(p, lnp, 6, text, sizeof text);
    yk_table_number_text(x->tab, text);
}

/* Fisher's test for a table that is 2 x 2 once empty rows and columns go. */
static int fisher_if_2x2(const double *t, size_t nr, size_t nc, double *p)
{
    double v[4];
    size_t rows[2], cols[2], kr = 0, kc = 0;
    for (size_t i = 0; i < nr; i++) {
        double s = 0;
        for (size_t j = 0; j < nc; j++)
            s += t[i * nc + j];
        if (s > 0 && kr < 3)
            rows[kr < 2 ? kr : 1] = i, kr++;
    }
    for (size_t j = 0; j < nc; j++) {
        double s = 0;
        for (size_t i = 0; i < nr; i++)
            s += t[i * nc + j];
        if (s > 0 && kc < 3)
            cols[kc < 2 ? kc : 1] = j, kc++;
    }
    if (kr != 2 || kc != 2)
        return 0;
    for (size_t i = 0; i < 2; i++)
        for (size_t j = 0; j < 2; j++)
            v[i * 2 + j] = t[rows[i] * nc + cols[j]];
    return yk_stats_fisher2x2(v[0], v[1], v[2], v[3], p) == YK_OK;
}

/* Tell o's diagnostics callback that the chi-square p is rough. */
static void warn(const crosstab_run *x, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void warn(const crosstab_run *x, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    yk_diag_vsend(x->o->diag, x->o->diag_ctx, YK_WARNING, "sparse", "", 0, 0, NULL, fmt, ap);
    va_end(ap);
}

/* The tests of the table t (nr x nc) of `small` expected counts under 5
 * out of `cells`: chi-square, G2, Cramér's V, and when the table is sparse
 * an exact or Monte-Carlo p. */
static void tests(crosstab_run *x, const char *round, const double *t, size_t nr, size_t nc,
                  double chi, double df, double p, double v, double g2, double gp,
                  size_t small, size_t cells)
{
    double fp;
    test_row(x, round, "chisq", chi, df, p, 1, 1);
    test_row(x, round, "g2", g2, df, gp, 1, 1);
    test_row(x, round, "cramer_v", v, 0, 0, 0, 0);
    if (small * 5 <= cells)
        return;
    int exact = fisher_if_2x2(t, nr, nc, &fp);
    warn(x, "round %s: %zu of %zu expected counts are under 5; the chi-square p is rough%s",
         round, small, cells,
         exact ? " (Fisher's exact test follows)"
               : " (a Monte-Carlo p over 10000 tables follows)");
    if (exact)
        test_row(x, round, "fisher", NAN, 0, fp, 0, 1);
    else if (yk_stats_chisq_mc(t, nr, nc, MC_TABLES, MC_SEED, &fp) == YK_OK)
        test_row(x, round, "chisq_mc", chi, 0, fp, 0, 1);
}

static yk_status one_round(crosstab_run *x, size_t r, size_t q)
{
    const yk_question *rq = yk_tally_group(x->t), *cq = yk_form_question(yk_tally_form(x->t), q);
    size_t nr = rq->list->n, nc = cq->list->n;
    double *t, n;
    if (yk_figures_group_table(x->t, r, q, nr, NULL, nc, &t, &n) != YK_OK)
        return YK_ERR_NOMEM;
    double *e = calloc(nr * nc + 1, sizeof *e), *res = calloc(nr * nc + 1, sizeof *res);
    double *rs = calloc(nr + 1, sizeof *rs), *cs = calloc(nc + 1, sizeof *cs);
    unsigned char *hr = malloc(nr + 1), *hc = malloc(nc + 1);
    const char *round = yk_tally_round(x->t, r);
    yk_status st = e && res && rs && cs && hr && hc ? YK_OK : YK_ERR_NOMEM;
    if (st == YK_OK) {
        for (size_t i = 0; i < nr; i++)
            for (size_t j = 0; j < nc; j++) {
                rs[i] += t[i * nc + j];
                cs[j] += t[i * nc + j];
            }
        double chi, df, p, v, g2, gp;
        int shown = n >= (double)x->o->min_base;
        int tested = shown && yk_stats_chisq(t, nr, nc, &chi, &df, &p, &v) == YK_OK &&
                     yk_stats_gsquare(t, nr, nc, &g2, &gp) == YK_OK &&
                     yk_stats_residuals(t, nr, nc, e, res) == YK_OK;
        size_t small = 0, cells = 0;
        /* Both questions are groups: a cell is shown only when its row and
         * its column are (yk_disclosure.h, the two-way rule). */
        yk_figures_hide_groups(x->o, rs, nr, hr);
        yk_figures_hide_groups(x->o, cs, nc, hc);
        for (size_t i = 0; i < nr; i++)
            for (size_t j = 0; j < nc; j++) {
                if (rs[i] == 0)
                    continue;       /* a unit with no answers: no row */
                double k = t[i * nc + j];
                int why = tested ? (hr[i] ? hr[i] : hc[j]) : 0;
                cell(x, round, rq->list->choices[i].name, cq->list->choices[j].name, k,
                     100 * k / rs[i], cs[j] > 0 ? 100 * k / cs[j] : 0, e[i * nc + j],
                     res[i * nc + j], tested && !why);
                yk_figures_count_blank(x->o, why, &x->suppressed);
                cells += e[i * nc + j] > 0;
                small += e[i * nc + j] > 0 && e[i * nc + j] < 5;
            }
        if (tested)
            tests(x, round, t, nr, nc, chi, df, p, v, g2, gp, small, cells);
    }
    free(t), free(e), free(res), free(rs), free(cs), free(hr), free(hc);
    return st;
}

yk_status yk_figures_crosstab(const yk_tally *t, size_t q, const yk_figure_opts *o,
                              yk_table *tab, unsigned long *blank)
{
    crosstab_run x = { .o = o, .t = t, .tab = tab };
    yk_status st = yk_tally_group(t) ? YK_OK : YK_ERR_ARGUMENT;
    for (size_t r = 0; st == YK_OK && r < yk_tally_n_rounds(t); r++)
        if (!o->round || strcmp(o->round, yk_tally_round(t, r)) == 0)
            st = one_round(&x, r, q);
    *blank += x.suppressed;
    return st == YK_OK ? yk_table_status(tab) : st;
}
