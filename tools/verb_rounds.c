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
    int r = figure_parse("rounds", MSG_HELP_ROUNDS, FIGURE_ADJUST, &own, argc, argv, &o);
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
    o.form = yk_series_form(s);
    if (!status)
        status = figure_write(&tab, &o, x.suppressed, &ds, argv + optind, argc - optind);
    yk_table_free(&tab);
    yk_rounds_free(&x);
    yk_series_free(x.s);
    return cli_rows_status(&ds, o.s.strict, status ? status : code);
}

const cli_verb cli_verb_rounds = {
    "rounds", MSG_SUMMARY_ROUNDS, MSG_HELP_ROUNDS, verb_rounds,
};
