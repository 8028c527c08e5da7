/* ykien describe — the centre and spread of ordinal and numeric answers:
 * options and output here, the figures in lib (yk_figures_describe.h). */
#include "analysis.h"
#include "yk_figures_describe.h"

static int fill_describe(yk_tally *t, const figure_opts *o, yk_table *tab,
                         unsigned long *suppressed)
{
    int code = o->weight ? figure_check_weights("describe", t) : 0;
    yk_figure_opts fo = figure_lib_opts(o);
    *suppressed = 0;
    return code ? code : figure_status(yk_figures_describe(t, &fo, tab, suppressed));
}

const figure_table figure_describe = { "describe", MSG_HELP_DESCRIBE, FIGURE_WEIGHT,
                                       yk_describe_columns, YK_DESCRIBE_NCOLS, fill_describe };

static int verb_describe(int argc, char **argv)
{
    return figure_main(&figure_describe, argc, argv);
}

const cli_verb cli_verb_describe = {
    "describe", MSG_SUMMARY_DESCRIBE, MSG_HELP_DESCRIBE, verb_describe,
};
