/* ykien rounds — how the favourable share of each answer moved from one
 * survey round to the next, for the province and for every unit. */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "analysis.h"
#include "rounds_figures.h"
#include "series.h"
#include "yk_table.h"
#include "yk_stats.h"

/* --favourable Q=CODE+CODE... as given, and --ranked N. */
typedef struct {
    const char *favourable[YK_ROUNDS_MAX_FAVOURABLE];
    size_t nfavourable;
    long ranked;                /* 0: the full table */
} rounds_opts;

/* ---- options ---------------------------------------------------------- */

static int rounds_option(const char *verb, int opt, const char *arg, void *ctx)
{
    rounds_opts *r = ctx;
    char *end;
    switch (opt) {
    case OPT_FAVOURABLE:
        if (!strchr(arg, '=') || r->nfavourable == YK_ROUNDS_MAX_FAVOURABLE)
            return cli_usage(verb, "--favourable wants QUESTION=CODE[+CODE...], "
                             "not '%s'", arg), -1;
        r->favourable[r->nfavourable++] = arg;
        return 1;
    case OPT_RANKED:
        r->ranked = strtol(arg, &end, 10);
        if (*end || end == arg || r->ranked < 1)
            return cli_usage(verb, "--ranked wants a whole number above 0, not '%s'", arg), -1;
        return 1;
    default:
        return 0;
    }
}

static const char *const help =
    "usage: ykien rounds [OPTIONS] PROJECT|TALLY.ykt...\n"
    "       ykien rounds [OPTIONS] --form DIR --round NAME FILE...  (one round: nothing to do)\n"
    "\n"
    "How each question's favourable share moved between survey rounds, for\n"
    "the whole survey (group empty) and for every unit.  The favourable share\n"
    "is the top two opinions of an ordinal list (the top one of three; the\n"
    "bottom ones of a reverse-worded item), among those with an opinion, or\n"
    "the choices --favourable names.  For each pair of consecutive rounds,\n"
    "and the first and last when there are three or more: both shares, the\n"
    "change in percentage points with Newcombe's 95% interval (hybrid\n"
    "score), the two-proportion z test's p, and for ordinal lists a\n"
    "Mann-Whitney test of the whole distribution (tie-corrected, no\n"
    "continuity correction); on the first-to-last row, the Cochran-Armitage\n"
    "test for a trend over every round.  Each kind of p is adjusted over\n"
    "the table (Holm, or Benjamini-Hochberg).\n"
    "\n"
    "Rounds come from a project, or from tally files: of one form or of\n"
    "several, a question followed back by the previous_name its newer form\n"
    "gives it, units by their code.  A question whose choices changed is\n"
    "compared only across rounds where they still line up, with a warning\n"
    "that says what changed.\n"
    "\n"
    "Columns: question, group, round_from, round_to, share_from, share_to,\n"
    "change, ci_low, ci_high, p, p_adjusted, n_from, n_to, favourable, mw_z,\n"
    "mw_p, mw_p_adjusted, trend_z, trend_p, trend_p_adjusted.\n"
    "\n"
    "      --favourable Q=CODE[+CODE...]  count these answers of Q as favourable\n"
    "                         (repeatable; one choice of a select_multiple)\n"
    "      --ranked N         instead of the table: the N largest significant\n"
    "                         improvements and declines between consecutive\n"
    "                         rounds (adjusted p under 0.05), per question and\n"
    "                         unit; columns direction, rank, question, group,\n"
    "                         round_from, round_to, share_from, share_to, change,\n"
    "                         ci_low, ci_high, p_adjusted\n"
    "      --adjust holm|bh   how p is adjusted (default holm)\n"
    "      --questions LIST   only these questions\n"
    "      --min-base N       leave a round's share blank where its base is under\n"
    "                         N (default 10), or where the unit is hidden in that\n"
    "                         round so that such a one cannot be worked out; a\n"
    "                         change with either share blank is blank\n"
    "      --no-suppression   show groups of any size (see the README, \"Privacy\")\n"
    "  --by QUESTION, -f csv|text|json, -o FILE, --force, -j N, --form DIR and the\n"
    "  reading options as in freq\n"
    "\n"
    "examples:\n"
    "  ykien rounds --questions q11,q15 --favourable q15=day_du samples/kien-giang/kien-giang.ykien\n"
    "  ykien rounds --ranked 5 samples/kien-giang/kien-giang.ykien\n";

static int verb_rounds(int argc, char **argv)
{
    figure_opts o = { 0 };
    unsigned long secondary = 0;
    rounds_opts ro = { { 0 }, 0, 0 };
    static const struct option longs[] = {
        { "favourable", required_argument, NULL, OPT_FAVOURABLE },
        { "ranked", required_argument, NULL, OPT_RANKED },
        { NULL, 0, NULL, 0 }
    };
    const figure_own own = { longs, { rounds_option, &ro } };
    int r = figure_parse("rounds", help, FIGURE_ADJUST, &own, argc, argv, &o);
    if (r)
        return r < 0 ? 0 : r;
    o.secondary = &secondary;
    if (o.s.round && !o.s.form_dir)
        return cli_usage("rounds", "--round names the round of loose files; rounds "
                         "compares every round");
    cli_diags ds = { .quiet = o.s.c.quiet, .all = o.s.c.all, .per_run = 1 };
    yk_series *s;
    int code = series_open("rounds", &o.s, o.by, argc - optind, argv + optind, &ds, &s);
    cli_diags_file(&ds, NULL);
    cli_rows_say(&ds);
    if (!s)
        return code;
    yk_rounds x;
    rounds_figures_init(&x, ro.favourable, ro.nfavourable, &o, s, "rounds");
    if (yk_series_n_rounds(x.s) < 2)
        cli_error("warning: only one round (%s): nothing to compare",
                  yk_series_round_name(x.s, 0));
    int status = rounds_figures_compute(&x, "rounds");
    yk_table tab;
    yk_table_init(&tab, ro.ranked ? yk_rounds_ranked_columns : yk_rounds_columns,
                  ro.ranked ? YK_RANKED_NCOLS : YK_ROUNDS_NCOLS);
    if (!status)
        status = figure_status(ro.ranked ? yk_rounds_ranked(&x, (size_t)ro.ranked, &tab)
                                         : yk_rounds_table(&x, &tab));
    if (!status)
        status = figure_write(&tab, &o, x.suppressed, &ds, argv + optind, argc - optind);
    yk_table_free(&tab);
    yk_rounds_free(&x);
    yk_series_free(x.s);
    return cli_rows_status(&ds, o.s.strict, status ? status : code);
}

const cli_verb cli_verb_rounds = {
    "rounds", "how answers changed from one round to the next", help, verb_rounds,
};
