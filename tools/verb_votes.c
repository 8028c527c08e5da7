/* ykien votes — the result of a secret confidence poll, person by person. */
#include <stdlib.h>
#include <string.h>
#include "analysis.h"
#include "votes.h"
#include "yk_ballot.h"
#include "yk_poll.h"

static int write_result(const votes_opts *o, const votes_setup *s, const votes_count *v,
                        char **inputs, int ninputs)
{
    yk_table t;
    int status;
    unsigned long base = votes_base(s, v->poll);
    /* Two decimals, exactly: '.' in CSV and JSON, ',' for a Vietnamese reader. */
    yk_status st = votes_table(s, v, o->format == YK_TABLE_TEXT ? ',' : '.', &t);
    if (st != YK_OK) {
        cli_error("votes: %s", yk_strerror(st));
        yk_table_free(&t);
        return EXIT_SYSTEM;
    }
    if (o->format == CLI_XLSX) {
        char notes[] = "No valid ballot: no share and no flag.";
        status = figure_xlsx_write(&t, "votes", NULL, base ? notes + sizeof notes - 1 : notes,
                                   &o->out, inputs, ninputs);
        yk_table_free(&t);
        return status;
    }
    cli_out *out = cli_out_open(o->out.output, o->out.force, inputs, ninputs, &status);
    if (out) {
        status = figure_table_write(&t, o->format, cli_out_stream(out));
        if (!status && !base && o->format == YK_TABLE_TEXT)
            fprintf(cli_out_stream(out), "\nNo valid ballot: no share and no flag.\n");
        status = status ? (cli_out_abandon(out), status) : cli_out_commit(out);
    }
    yk_table_free(&t);
    return status;
}

static int votes_option(const char *verb, int opt, const char *arg, void *ctx)
{
    votes_opts *o = ctx;
    switch (opt) {
    case 'f':
        if ((o->format = figure_format_of(arg)) < 0)
            return cli_usage(verb, "--format is csv, text, json or xlsx, not '%s'", arg), -1;
        return 1;
    case OPT_FORM: o->form_dir = arg; return 1;
    case OPT_MEMBERS: o->figure[FIGURE_MEMBERS] = arg; return 1;
    case OPT_PRESENT: o->figure[FIGURE_PRESENT] = arg; return 1;
    case OPT_ISSUED: o->figure[FIGURE_ISSUED] = arg; return 1;
    case OPT_RULES: o->rules = arg; return 1;
    case OPT_BASE: o->base = arg; return 1;
    case OPT_STRUCK: o->struck = arg; return 1;
    case OPT_ADDED: o->added = arg; return 1;
    case OPT_LEVELS: o->levels = arg; return 1;
    case OPT_SAVE: o->save = arg; return 1;
    case OPT_UNKNOWN_MARKS:
        if (strcmp(arg, "error") != 0 && strcmp(arg, "invalid") != 0)
            return cli_usage(verb, "--unknown-marks is error or invalid, not '%s'", arg), -1;
        o->unknown_marks = arg;
        return 1;
    case OPT_BY:
        /* The rules publish a poll whole: no group of voters is singled out. */
        return cli_usage(verb, "votes never breaks a poll down by group: ballots are "
                         "secret"), -1;
    default: return cli_read_option(verb, opt, arg, &o->c);
    }
}

static int parse(int argc, char **argv, votes_opts *o)
{
    static const struct option longs[] = {
        CLI_READ_OPTIONS, CLI_OUTPUT_OPTIONS,
        { "format", required_argument, NULL, 'f' },
        { "form", required_argument, NULL, OPT_FORM },
        { "members", required_argument, NULL, OPT_MEMBERS },
        { "present", required_argument, NULL, OPT_PRESENT },
        { "issued", required_argument, NULL, OPT_ISSUED },
        { "rules", required_argument, NULL, OPT_RULES },
        { "base", required_argument, NULL, OPT_BASE },
        { "struck", required_argument, NULL, OPT_STRUCK },
        { "added", required_argument, NULL, OPT_ADDED },
        { "levels", required_argument, NULL, OPT_LEVELS },
        { "by", required_argument, NULL, OPT_BY },
        { "save", required_argument, NULL, OPT_SAVE },
        { "unknown-marks", required_argument, NULL, OPT_UNKNOWN_MARKS },
        { NULL, 0, NULL, 0 }
    };
    const cli_handler h[] = { { cli_output_option, &o->out }, { votes_option, o } };
    o->format = -1;
    int r = cli_parse("votes", MSG_HELP_VOTES, argc, argv, "o:f:E:D:qh", longs, h, 2);
    int none = -1;
    if (!r)
        r = cli_output_format("votes", o->out.output, CLI_TABLE_FORMATS, &o->format);
    if (!r)
        r = figure_xlsx_needs_file("votes", o->out.output, o->format);
    if (!r && o->save)
        r = cli_output_format("votes", o->save, CLI_WRITES(CLI_POLL), &none);
    o->format = o->format < 0 ? YK_TABLE_CSV : o->format;
    return r;
}

static int tally(const votes_opts *o, votes_setup *s, cli_diags *ds, char **argv, int argc)
{
    votes_count v;
    int code = votes_count_open(&o->c, s, ds, &v);
    if (v.poll && code < EXIT_USAGE && !v.refused && o->save) {
        int saved = votes_save(v.coder, v.poll, o->save, o->out.force, argv, argc);
        code = saved ? saved : code;
    }
    if (v.poll && code < EXIT_USAGE && !v.refused) {
        int written = write_result(o, s, &v, argv, argc);
        code = written ? written : code;
    }
    if (v.coder && code < EXIT_DATA && yk_ballot_coder_errors(v.coder))
        code = EXIT_DATA;
    votes_count_close(&v);
    return code;
}

static int verb_votes(int argc, char **argv)
{
    votes_opts o = { 0 };
    int r = parse(argc, argv, &o);
    if (r)
        return r < 0 ? 0 : r;
    cli_diags ds = { .quiet = o.c.quiet, .all = o.c.all, .per_run = 1 };
    votes_setup s;
    int code = votes_setup_open(&o, argc - optind, argv + optind, &ds, &s);
    if (!code)
        code = tally(&o, &s, &ds, argv + optind, argc - optind);
    else
        cli_diags_file(&ds, NULL);
    votes_setup_close(&s);
    return code ? code : ds.errors ? EXIT_DATA : 0;
}

const cli_verb cli_verb_votes = {
    "votes", MSG_SUMMARY_VOTES, MSG_HELP_VOTES, verb_votes,
};
