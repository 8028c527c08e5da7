/* ykien scale — how consistently a scale's items measure one thing:
 * options and output here, the figures in lib (yk_figures_scale.h). */
#include "analysis.h"
#include "yk_figures_scale.h"

static int fill_scale(yk_tally *t, const figure_opts *o, yk_table *tab,
                      unsigned long *suppressed)
{
    yk_figure_opts fo = figure_lib_opts(o);
    *suppressed = 0;
    return figure_status(yk_figures_scale(t, &fo, tab, suppressed));
}

const figure_table figure_scale = { "scale", MSG_HELP_SCALE, 0, yk_scale_columns, YK_SCALE_NCOLS,
                                    fill_scale };

static int verb_scale(int argc, char **argv)
{
    return figure_main(&figure_scale, argc, argv);
}

const cli_verb cli_verb_scale = {
    "scale", MSG_SUMMARY_SCALE, MSG_HELP_SCALE, verb_scale,
};
