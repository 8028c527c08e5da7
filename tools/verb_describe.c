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

static const char *const help =
    "usage: ykien describe [OPTIONS] PROJECT|TALLY.ykt...\n"
    "       ykien describe [OPTIONS] --form DIR FILE...\n"
    "\n"
    "For every ordinal question (a list with a not-an-opinion answer, or whose\n"
    "codes are whole numbers) and every number question: n, mean and standard\n"
    "deviation (n - 1); for ordinal ones also the median and quartiles (R's\n"
    "type 7 on the answers the counts stand for: h = (n - 1)p, between the\n"
    "values at ranks floor(h) and ceil(h)), and the percent in the top two and\n"
    "bottom two answers and their difference (net), not-an-opinion answers\n"
    "left out; for numbers the minimum and maximum, and for integers the\n"
    "median and quartiles from the counts of their values (none past 1000\n"
    "distinct values in a round and unit: a warning says so).  An ordinal answer counts\n"
    "as its choice's value.\n"
    "\n"
    "Columns: round, group, question, n, mean, sd, median, q1, q3, top2,\n"
    "bottom2, net, min, max, effective_n, top2_low, top2_high (the top-2\n"
    "share's 95% Wilson interval, on the effective n when weighted).\n"
    "\n"
    "      --weight members   post-stratify to the units' membership, as in freq:\n"
    "                         n is weighted, the SD's denominator is the sum of\n"
    "                         the weights minus one, the quartiles use the\n"
    "                         weighted counts, effective_n is Kish's\n"
    "\n"
    "Options as in freq: --by QUESTION, --round NAME, --questions LIST,\n"
    "--min-base N, --no-suppression, -f csv|text|json, -o FILE, --force,\n"
    "--form DIR, and the reading options.  Without --by, min and max are blank\n"
    "when they could be a hidden unit's answer (no shown unit has the same).\n"
    "\n"
    "examples:\n"
    "  ykien describe --min-base 1 --no-suppression tests/cli/data/small-project/small.ykien\n"
    "  ykien describe --by don_vi --questions q02,tuoi samples/kien-giang/kien-giang.ykien\n";

const figure_table figure_describe = { "describe", help, FIGURE_WEIGHT, yk_describe_columns,
                                       YK_DESCRIBE_NCOLS, fill_describe };

static int verb_describe(int argc, char **argv)
{
    return figure_main(&figure_describe, argc, argv);
}

const cli_verb cli_verb_describe = {
    "describe", "mean, spread, median and top/bottom boxes of answers", help, verb_describe,
};
