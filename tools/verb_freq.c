/* ykien freq — how many gave each answer, with 95% Wilson intervals:
 * options and output here, the figures in lib (yk_figures_freq.h). */
#include "analysis.h"
#include "yk_figures_freq.h"

static int fill_freq(yk_tally *t, const figure_opts *o, yk_table *tab,
                     unsigned long *suppressed)
{
    int code = o->weight ? figure_check_weights("freq", t) : 0;
    yk_figure_opts fo = figure_lib_opts(o);
    *suppressed = 0;
    return code ? code : figure_status(yk_figures_freq(t, &fo, tab, suppressed));
}

const figure_table figure_freq = { "freq", MSG_HELP_FREQ, FIGURE_WEIGHT, yk_freq_columns,
                                   YK_FREQ_NCOLS, fill_freq };

static int verb_freq(int argc, char **argv)
{
    return figure_main(&figure_freq, argc, argv);
}

const cli_verb cli_verb_freq = {
    "freq", MSG_SUMMARY_FREQ, MSG_HELP_FREQ, verb_freq,
};
