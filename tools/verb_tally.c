/* ykien tally — count a survey once, keep the counts: a tally file. */
#include <stdlib.h>
#include <string.h>
#include "analysis.h"

typedef struct {
    const char *by;
    int protect;
    long min_base;
} tally_own;

typedef struct {
    survey_opts s;
    cli_output_opts out;
    tally_own own;
} tally_opts;

static int own_option(const char *verb, int opt, const char *arg, void *ctx)
{
    tally_own *o = ctx;
    switch (opt) {
    case OPT_BY: o->by = arg; return 1;
    case OPT_PROTECT: o->protect = 1; return 1;
    case OPT_MIN_BASE: return analysis_protect_base(verb, arg, &o->min_base) ? -1 : 1;
    default: return 0;
    }
}

static int parse(int argc, char **argv, tally_opts *o)
{
    static const struct option longs[] = {
        CLI_READ_OPTIONS, SURVEY_OPTIONS, SURVEY_JOBS_OPTION, CLI_OUTPUT_OPTIONS,
        { "by", required_argument, NULL, OPT_BY },
        { "protect", no_argument, NULL, OPT_PROTECT },
        { "min-base", required_argument, NULL, OPT_MIN_BASE },
        { NULL, 0, NULL, 0 }
    };
    const cli_handler h[] = { { survey_option, &o->s }, { cli_output_option, &o->out },
                              { own_option, &o->own } };
    int r = cli_parse("tally", MSG_HELP_TALLY, argc, argv, "o:j:E:D:qh", longs, h, 3), format = -1;
    if (!r && o->own.min_base && !o->own.protect)
        return cli_usage("tally", "--min-base is --protect's: a tally file has no figures");
    return r ? r : cli_output_format("tally", o->out.output, CLI_WRITES(CLI_TALLY), &format);
}

int analysis_save(const yk_tally *t, const char *path, int force, char **inputs, int n)
{
    int status;
    cli_out *out = cli_out_open(path, force, inputs, n, &status);
    if (!out)
        return status;
    yk_status st = yk_tally_save(t, cli_out_sink(out));
    if (st != YK_OK)
        return cli_out_fail(out, "tally", st);
    return cli_out_commit(out);
}

int analysis_protect_base(const char *verb, const char *arg, long *k)
{
    char *end;
    *k = strtol(arg, &end, 10);
    if (*end || end == arg || *k < 2)
        return cli_usage(verb, "--min-base wants a whole number of 2 or more with --protect, "
                         "not '%s'", arg);
    return 0;
}

int analysis_protect(yk_tally *t, long k)
{
    size_t short_round;
    yk_status st = yk_tally_protect(t, k, &short_round);
    if (st == YK_ERR_LIMIT && short_round != SIZE_MAX) {
        const char *round = yk_tally_round(t, short_round);
        cli_error("error: %s%s%s has %lld responses in all, fewer than --min-base %ld: no "
                  "folding can hide its groups; no tally file written",
                  *round ? "round '" : "the survey", round, *round ? "'" : "",
                  (long long)yk_tally_responses(t, short_round, SIZE_MAX), k);
        cli_error("hint: merge it with other units' tallies first, or send its data "
                  "through a secure channel");
        return EXIT_DATA;
    }
    if (st == YK_ERR_ARGUMENT) {
        cli_error("error: the grouping question '%s' has a choice '" YK_TALLY_OTHER "', the "
                  "code --protect keeps for the folded groups; rename it in the form",
                  yk_tally_group(t) ? yk_tally_group(t)->name : "-");
        return EXIT_DATA;
    }
    if (st != YK_OK) {
        cli_error("error: protecting the tally: %s", yk_strerror(st));
        return EXIT_SYSTEM;
    }
    return 0;
}

static int verb_tally(int argc, char **argv)
{
    tally_opts o = { 0 };
    int r = parse(argc, argv, &o);
    if (r)
        return r < 0 ? 0 : r;
    cli_diags ds = { .quiet = o.s.c.quiet, .all = o.s.c.all, .per_run = 1 };
    yk_tally *t;
    int code = analysis_tally("tally", &o.s, o.own.by, argc - optind, argv + optind, &ds, &t);
    if (t && o.own.protect) {
        int refused = analysis_protect(t, o.own.min_base ? o.own.min_base : ANALYSIS_PROTECT_DEFAULT);
        if (refused) {
            yk_tally_free(t);
            t = NULL;
            code = refused;
        }
    }
    if (t) {
        int saved = analysis_save(t, o.out.output, o.out.force, argv + optind, argc - optind);
        code = saved ? saved : code;
        yk_tally_free(t);
    }
    cli_diags_file(&ds, NULL);
    cli_rows_say(&ds);
    return cli_rows_status(&ds, o.s.strict, code);
}

const cli_verb cli_verb_tally = {
    "tally", MSG_SUMMARY_TALLY, MSG_HELP_TALLY, verb_tally,
};
