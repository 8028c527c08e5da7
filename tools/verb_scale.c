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

static const char *const help =
    "usage: ykien scale [OPTIONS] PROJECT|TALLY.ykt...\n"
    "       ykien scale [OPTIONS] --form DIR FILE...\n"
    "\n"
    "For every scale (the form's scale column): Cronbach's alpha, raw and\n"
    "standardized, with Feldt's 95% interval, over the responses that gave\n"
    "every item an opinion; reverse-worded items are reversed first.  Then a\n"
    "row per item: its correlation with the other items' total, and alpha\n"
    "without it.  A negative alpha is shown as it is, with a warning; so is a\n"
    "scale of fewer than 3 items.\n"
    "\n"
    "Columns: round, group, scale, items, n, alpha, alpha_std, ci_low, ci_high,\n"
    "item, item_total, alpha_if_deleted.\n"
    "\n"
    "      --scale NAME       only this scale (or --questions a,b for several)\n"
    "Other options as in freq.\n"
    "\n"
    "examples:\n"
    "  ykien scale --round 2014 samples/kien-giang/kien-giang.ykien\n";

const figure_table figure_scale = { "scale", help, 0, yk_scale_columns, YK_SCALE_NCOLS,
                                    fill_scale };

static int verb_scale(int argc, char **argv)
{
    return figure_main(&figure_scale, argc, argv);
}

const cli_verb cli_verb_scale = {
    "scale", "Cronbach's alpha of every scale, item by item", help, verb_scale,
};
