/* ykien compare — do the groups answer differently?  The test that fits
 * each question, p adjusted over the family: options and output here, the
 * figures in lib (yk_figures_compare.h). */
#include "analysis.h"
#include "yk_figures_compare.h"

static int fill_compare(yk_tally *t, const figure_opts *o, yk_table *tab,
                        unsigned long *suppressed)
{
    yk_figure_opts fo = figure_lib_opts(o);
    if (!yk_tally_group(t))
        return cli_usage("compare", "there are no groups to compare: give --by QUESTION");
    return figure_status(yk_figures_compare(t, &fo, tab, suppressed));
}

const figure_table figure_compare = {
    "compare", MSG_HELP_COMPARE, FIGURE_ADJUST | FIGURE_PAIRS, yk_compare_columns,
    YK_COMPARE_NCOLS, fill_compare,
};

static int verb_compare(int argc, char **argv)
{
    return figure_main(&figure_compare, argc, argv);
}

const cli_verb cli_verb_compare = {
    "compare", MSG_SUMMARY_COMPARE, MSG_HELP_COMPARE,
    verb_compare,
};
