/* ykien crosstab — two questions against each other: counts, percents,
 * expected counts, residuals and the tests of independence. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "analysis.h"
#include "yk_table.h"
#include "yk_stats.h"

static const char *const columns[] = {
    "round", "row", "col", "n", "row_percent", "col_percent", "expected",
    "residual", "statistic", "df", "p",
};
enum { NCOLS = sizeof columns / sizeof columns[0] };

/* Random tables for the Monte-Carlo p, and the seed that makes it the
 * same every run. */
enum { MC_TABLES = 10000 };
#define MC_SEED 20261129UL

typedef struct {
    const figure_opts *o;
    const char *cols;
    yk_tally *t;
    yk_table tab;
    unsigned long sparse, suppressed;
} crosstab_run;

static void cell(crosstab_run *x, const char *round, const char *row, const char *col,
                 double n, double rp, double cp, double e, double res, int shown)
{
    yk_table_text(&x->tab, round);
    yk_table_text(&x->tab, row);
    yk_table_text(&x->tab, col);
    yk_table_number(&x->tab, n, 0, shown);
    yk_table_number(&x->tab, rp, 4, shown);
    yk_table_number(&x->tab, cp, 4, shown);
    yk_table_number(&x->tab, e, 4, shown);
    yk_table_number(&x->tab, res, 4, shown);
    for (int i = 0; i < 3; i++)
        yk_table_text(&x->tab, "");
}

/* A test's row: the figures it has (NAN where it has none). */
static void test_row(crosstab_run *x, const char *round, const char *name, double stat,
                     double df, double p, int has_df, int has_p)
{
    yk_table_text(&x->tab, round);
    yk_table_text(&x->tab, "_test");
    yk_table_text(&x->tab, name);
    for (int i = 0; i < 5; i++)
        yk_table_text(&x->tab, "");
    yk_table_number(&x->tab, stat, 6, stat == stat);
    yk_table_number(&x->tab, df, 0, has_df);
    char text[48] = "";
    double lnp = log(p);        /* a chi-square's p may be below any double */
    if (has_p && has_df)
        yk_stats_chisq_lnp(stat, df, &lnp);
    if (has_p)
        yk_stats_p_text(p, lnp, 6, text, sizeof text);
    yk_table_text(&x->tab, text);
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

static void one_round(crosstab_run *x, size_t r, size_t q)
{
    const yk_question *rq = yk_tally_group(x->t), *cq = yk_form_question(yk_tally_form(x->t), q);
    size_t nr = rq->list->n, nc = cq->list->n;
    double *t = calloc(nr * nc + 1, sizeof *t), *e = calloc(nr * nc + 1, sizeof *e);
    double *res = calloc(nr * nc + 1, sizeof *res), *rs = calloc(nr + 1, sizeof *rs);
    double *cs = calloc(nc + 1, sizeof *cs), n = 0;
    int64_t *c = malloc((nc + 3) * sizeof *c);
    const char *round = yk_tally_round(x->t, r);
    if (t && e && res && rs && cs && c) {
        for (size_t i = 0; i < nr; i++)
            if (yk_tally_counts(x->t, r, i, q, c) == YK_OK)
                for (size_t j = 0; j < nc; j++) {
                    t[i * nc + j] = (double)c[j];
                    rs[i] += (double)c[j];
                    cs[j] += (double)c[j];
                    n += (double)c[j];
                }
        double chi, df, p, v, g2, gp, fp;
        int shown = n >= (double)x->o->min_base;
        int tested = shown && yk_stats_chisq(t, nr, nc, &chi, &df, &p, &v) == YK_OK &&
                     yk_stats_gsquare(t, nr, nc, &g2, &gp) == YK_OK &&
                     yk_stats_residuals(t, nr, nc, e, res) == YK_OK;
        size_t small = 0, cells = 0;
        /* Both questions are groups: a cell is shown only when its row and
         * its column are (yk_disclosure.h, the two-way rule). */
        unsigned char *hr = malloc(nr + 1), *hc = malloc(nc + 1);
        yk_figure_opts fo = figure_lib_opts(x->o);
        if (!hr || !hc)
            tested = 0;
        else {
            yk_figures_hide_groups(&fo, rs, nr, hr);
            yk_figures_hide_groups(&fo, cs, nc, hc);
        }
        for (size_t i = 0; i < nr; i++)
            for (size_t j = 0; j < nc; j++) {
                if (rs[i] == 0)
                    continue;       /* a unit with no answers: no row */
                double k = t[i * nc + j];
                int why = tested ? (hr[i] ? hr[i] : hc[j]) : 0;
                cell(x, round, rq->list->choices[i].name, cq->list->choices[j].name, k,
                     100 * k / rs[i], cs[j] > 0 ? 100 * k / cs[j] : 0, e[i * nc + j],
                     res[i * nc + j], tested && !why);
                yk_figures_count_blank(&fo, why, &x->suppressed);
                cells += e[i * nc + j] > 0;
                small += e[i * nc + j] > 0 && e[i * nc + j] < 5;
            }
        if (tested) {
            test_row(x, round, "chisq", chi, df, p, 1, 1);
            test_row(x, round, "g2", g2, df, gp, 1, 1);
            test_row(x, round, "cramer_v", v, 0, 0, 0, 0);
            if (small * 5 > cells) {
                int exact = fisher_if_2x2(t, nr, nc, &fp);
                x->sparse++;
                if (!x->o->s.c.quiet)
                    cli_error("warning: round %s: %zu of %zu expected counts are under 5; "
                              "the chi-square p is rough%s", round, small, cells,
                              exact ? " (Fisher's exact test follows)"
                                    : " (a Monte-Carlo p over 10000 tables follows)");
                if (exact)
                    test_row(x, round, "fisher", NAN, 0, fp, 0, 1);
                else if (yk_stats_chisq_mc(t, nr, nc, MC_TABLES, MC_SEED, &fp) == YK_OK)
                    test_row(x, round, "chisq_mc", chi, 0, fp, 0, 1);
            }
        }
        free(hr), free(hc);
    }
    free(t), free(e), free(res), free(rs), free(cs), free(c);
}

typedef struct { const char *rows, *cols; } crosstab_axes;

static int crosstab_option(const char *verb, int opt, const char *arg, void *ctx)
{
    crosstab_axes *a = ctx;
    (void)verb;
    if (opt != OPT_ROWS && opt != OPT_COLS)
        return 0;
    *(opt == OPT_ROWS ? &a->rows : &a->cols) = arg;
    return 1;
}

static int verb_crosstab(int argc, char **argv)
{
    figure_opts o = { 0 };
    unsigned long secondary = 0;
    crosstab_axes axes = { NULL, NULL };
    static const struct option longs[] = {
        { "rows", required_argument, NULL, OPT_ROWS },
        { "cols", required_argument, NULL, OPT_COLS },
        { NULL, 0, NULL, 0 }
    };
    const figure_own own = { longs, { crosstab_option, &axes } };
    int r = figure_parse("crosstab", MSG_HELP_CROSSTAB, 0, &own, argc, argv, &o);
    if (r)
        return r < 0 ? 0 : r;
    o.secondary = &secondary;
    const char *rows = axes.rows, *cols = axes.cols;
    if (!rows || !cols)
        return cli_usage("crosstab", "give --rows QUESTION and --cols QUESTION");
    cli_diags ds = { .quiet = o.s.c.quiet, .all = o.s.c.all, .per_run = 1 };
    crosstab_run x = { .o = &o, .cols = cols };
    o.s.by_option = "--rows";
    o.s.cross = cols;           /* checked before the data is read */
    int code = analysis_tally("crosstab", &o.s, rows, argc - optind, argv + optind, &ds, &x.t);
    cli_diags_file(&ds, NULL);
    cli_rows_say(&ds);
    if (!x.t)
        return code;
    const yk_question *cq;
    int bad = analysis_check_select("crosstab", yk_tally_form(x.t), "--cols", cols, &cq);
    size_t q = 0;
    while (q < yk_form_n_questions(yk_tally_form(x.t)) &&
           yk_form_question(yk_tally_form(x.t), q) != cq)
        q++;
    if (bad) {
        yk_tally_free(x.t);
        return bad;
    }
    yk_table_init(&x.tab, columns, NCOLS);
    for (size_t i = 0; i < yk_tally_n_rounds(x.t); i++)
        if (!o.s.round || strcmp(o.s.round, yk_tally_round(x.t, i)) == 0)
            one_round(&x, i, q);
    int written = figure_write(&x.tab, &o, x.suppressed, &ds, argv + optind, argc - optind);
    yk_table_free(&x.tab);
    yk_tally_free(x.t);
    return cli_rows_status(&ds, o.s.strict, written ? written : code);
}

const cli_verb cli_verb_crosstab = {
    "crosstab", MSG_SUMMARY_CROSSTAB, MSG_HELP_CROSSTAB,
    verb_crosstab,
};
