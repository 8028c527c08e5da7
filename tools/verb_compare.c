/* ykien compare — do the groups answer differently?  The test that fits
 * each question, p adjusted over the family: options and output here, the
 * figures in lib (yk_figures_compare.h). */
#include "analysis.h"
#include "yk_figures_compare.h"

static const char *const help =
    "usage: ykien compare [OPTIONS] PROJECT|TALLY.ykt...\n"
    "       ykien compare [OPTIONS] --form DIR FILE...\n"
    "\n"
    "Do the groups (the project's group question, or --by) answer each\n"
    "question differently?  The test that fits the question: Pearson's\n"
    "chi-square for a nominal select_one (effect: Cramér's V); Kruskal-Wallis,\n"
    "tie-corrected, for an ordinal one (opinions only; effect: epsilon\n"
    "squared, H/(n-1)); one-way ANOVA and Welch's ANOVA for numbers (effect:\n"
    "eta squared); each choice of a select_multiple is a chi-square of chose or\n"
    "not among those who answered (question/choice).  p is adjusted over all\n"
    "the round's tests, by Holm or, with --adjust bh, Benjamini-Hochberg.\n"
    "Responses without a group answer are left out.\n"
    "\n"
    "Columns: round, question, test (chisq, kruskal, anova, welch, dunn, vs_rest),\n"
    "statistic, df, df2 (the F tests' second), p, p_adjusted, effect, n, pair.\n"
    "\n"
    "      --adjust holm|bh   how to adjust p over the family (default holm)\n"
    "      --pairs            after each Kruskal-Wallis test, Dunn's test for every\n"
    "                         pair of groups (z, p adjusted over the question's\n"
    "                         pairs), the pair in the last column; pairs with a\n"
    "                         hidden group (under --min-base, or hidden with\n"
    "                         one, see the README, \"Privacy\") are left out\n"
    "      --vs-rest          for each ordinal question, each group against all the\n"
    "                         others: the favourable share (the top two opinions,\n"
    "                         the bottom ones of a reverse-worded item, as rounds\n"
    "                         counts it), the two-proportion z, p\n"
    "                         adjusted over all of them in the round, the effect\n"
    "                         the difference in percentage points, n the group's\n"
    "                         opinions, the group in the last column; hidden\n"
    "                         groups (and rests under --min-base) are left out\n"
    "Other options as in freq.\n"
    "\n"
    "examples:\n"
    "  ykien compare --round 2014 --questions q02,q05,tuoi,gioi_tinh samples/kien-giang/kien-giang.ykien\n"
    "  ykien compare --round 2014 --vs-rest --questions q11 samples/kien-giang/kien-giang.ykien\n";

static int fill_compare(yk_tally *t, const figure_opts *o, yk_table *tab,
                        unsigned long *suppressed)
{
    yk_figure_opts fo = figure_lib_opts(o);
    if (!yk_tally_group(t))
        return cli_usage("compare", "there are no groups to compare: give --by QUESTION");
    return figure_status(yk_figures_compare(t, &fo, tab, suppressed));
}

const figure_table figure_compare = {
    "compare", help, FIGURE_ADJUST | FIGURE_PAIRS, yk_compare_columns, YK_COMPARE_NCOLS,
    fill_compare,
};

static int verb_compare(int argc, char **argv)
{
    return figure_main(&figure_compare, argc, argv);
}

const cli_verb cli_verb_compare = {
    "compare", "do the groups answer differently? tests with adjusted p", help,
    verb_compare,
};
