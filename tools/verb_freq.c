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

static const char *const help =
    "usage: ykien freq [OPTIONS] PROJECT|TALLY.ykt...\n"
    "       ykien freq [OPTIONS] --form DIR FILE...\n"
    "\n"
    "For every select question: how many chose each answer, of how many who\n"
    "answered, as a percent with its 95% Wilson interval; blanks as choice\n"
    "_missing, of all responses.  Lists with a not-an-opinion answer (\"Khó trả\n"
    "lời\") also give each share among those with an opinion; a\n"
    "select_multiple also gives each choice's share of all choices ticked.\n"
    "Percents and bounds are in percent.\n"
    "\n"
    "Columns: round, group, question, choice, label, n, base, percent, ci_low,\n"
    "ci_high, base_opinion, percent_opinion, percent_responses, effective_base.\n"
    "\n"
    "      --by QUESTION      one block of figures per answer of this select_one\n"
    "                         (a tally file can only be split by its own group)\n"
    "      --round NAME       only this round\n"
    "      --questions LIST   only these questions (comma-separated names)\n"
    "      --weight members   post-stratify to the units' membership (the form's\n"
    "                         members column): each unit's answers count by its\n"
    "                         share of members; n is then weighted, intervals use\n"
    "                         Kish's effective base (effective_base)\n"
    "      --min-base N       leave figures blank where the base is under N\n"
    "                         (default 10; 2 or more), so no small group can be\n"
    "                         singled out; with --by, answers chosen by fewer\n"
    "                         than N in all groups too, and more groups or\n"
    "                         answers so that no blank one can be worked out\n"
    "                         from the totals (see the README, \"Privacy\")\n"
    "      --no-suppression   show the figures of groups of any size (the output\n"
    "                         says so)\n"
    "  -j, --jobs N           read N files at once (default: the cores); the\n"
    "                         output is the same whatever N\n"
    "  -f, --format FORMAT    csv (default), text or json\n"
    "  -o, --output FILE      write to FILE (default: standard output)\n"
    "      --force            replace an existing output file\n"
    "  --form DIR, --group QUESTION, --id QUESTION, --no-duplicates,\n"
    "  --keep-duplicates, --straightlining-min N, --strict, and the reading\n"
    "  options, as in check\n"
    "\n"
    "In text output a last paragraph says how many rows were read, counted and\n"
    "left out, and why; in every format standard error says it when a row was\n"
    "left out or had an error.  Double submissions are counted once; -j reads\n"
    "several files at once only with --no-duplicates.\n"
    "\n"
    "examples:\n"
    "  ykien freq --min-base 1 --no-suppression --questions q1,kenh tests/cli/data/small-project/small.ykien\n"
    "  ykien freq --by don_vi --format text samples/kien-giang/kien-giang.ykien\n";

const figure_table figure_freq = { "freq", help, FIGURE_WEIGHT, yk_freq_columns, YK_FREQ_NCOLS,
                                   fill_freq };

static int verb_freq(int argc, char **argv)
{
    return figure_main(&figure_freq, argc, argv);
}

const cli_verb cli_verb_freq = {
    "freq", "how many gave each answer, with 95% intervals", help, verb_freq,
};
