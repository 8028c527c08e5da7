/* ykien crosstab — two questions against each other: counts, percents,
 * expected counts, residuals and the tests of independence: options and
 * output here, the figures in lib (yk_figures_crosstab.h). */
#include "analysis.h"
#include "yk_figures_crosstab.h"

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
    yk_tally *t;
    o.s.by_option = "--rows";
    o.s.cross = cols;           /* checked before the data is read */
    int code = analysis_tally("crosstab", &o.s, rows, argc - optind, argv + optind, &ds, &t);
    cli_diags_file(&ds, NULL);
    cli_rows_say(&ds);
    if (!t)
        return code;
    const yk_question *cq;
    int bad = analysis_check_select("crosstab", yk_tally_form(t), "--cols", cols, &cq);
    size_t q = 0;
    while (q < yk_form_n_questions(yk_tally_form(t)) && yk_form_question(yk_tally_form(t), q) != cq)
        q++;
    if (bad) {
        yk_tally_free(t);
        return bad;
    }
    yk_table tab;
    unsigned long suppressed = 0;
    yk_figure_opts fo = figure_lib_opts(&o);
    yk_table_init(&tab, yk_crosstab_columns, YK_CROSSTAB_NCOLS);
    int written = figure_status(yk_figures_crosstab(t, q, &fo, &tab, &suppressed));
    if (!written)
        written = figure_write(&tab, &o, suppressed, &ds, argv + optind, argc - optind);
    yk_table_free(&tab);
    yk_tally_free(t);
    return cli_rows_status(&ds, o.s.strict, written ? written : code);
}

const cli_verb cli_verb_crosstab = {
    "crosstab", MSG_SUMMARY_CROSSTAB, MSG_HELP_CROSSTAB,
    verb_crosstab,
};
