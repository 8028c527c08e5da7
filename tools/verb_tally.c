/* ykien tally — count a survey once, keep the counts: a tally file. */
#include <string.h>
#include "analysis.h"

static const char *const help =
    "usage: ykien tally [OPTIONS] PROJECT -o FILE.ykt\n"
    "       ykien tally [OPTIONS] --form DIR [--round NAME] FILE... -o FILE.ykt\n"
    "\n"
    "Read a survey and write its tallies: per round and group, the counts of\n"
    "every answer, the sums of every number, the sums and cross-products of\n"
    "every scale's items, and the form.  No response is kept: a unit can send\n"
    "its tally file upward instead of its respondents' rows.  Every analysis\n"
    "verb reads tally files wherever it reads data; 'ykien merge' adds them.\n"
    "\n"
    "  -o, --output FILE      the tally file to write (default: standard output)\n"
    "      --force            replace an existing output file\n"
    "      --by QUESTION      group by this select_one (default: the project's\n"
    "                         group question)\n"
    "  -j, --jobs N           read N files at once (default: the cores); the\n"
    "                         tally file is the same whatever N\n"
    "  --form DIR, --round NAME, --group QUESTION, --id QUESTION,\n"
    "  and the reading options, as in check\n"
    "\n"
    "examples:\n"
    "  ykien tally tests/cli/data/small-project/small.ykien -o /dev/null\n";

typedef struct {
    survey_opts s;
    cli_output_opts out;
    const char *by;
} tally_opts;

static int by_option(const char *verb, int opt, const char *arg, void *ctx)
{
    (void)verb;
    if (opt != 4001)
        return 0;
    *(const char **)ctx = arg;
    return 1;
}

static int parse(int argc, char **argv, tally_opts *o)
{
    static const struct option longs[] = {
        CLI_READ_OPTIONS, SURVEY_OPTIONS, SURVEY_JOBS_OPTION, CLI_OUTPUT_OPTIONS,
        { "by", required_argument, NULL, 4001 },
        { NULL, 0, NULL, 0 }
    };
    const cli_handler h[] = { { survey_option, &o->s }, { cli_output_option, &o->out },
                              { by_option, &o->by } };
    int r = cli_parse("tally", help, argc, argv, "o:j:E:D:qh", longs, h, 3), format = -1;
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

static int verb_tally(int argc, char **argv)
{
    tally_opts o = { 0 };
    int r = parse(argc, argv, &o);
    if (r)
        return r < 0 ? 0 : r;
    cli_diags ds = { .quiet = o.s.c.quiet, .all = o.s.c.all, .per_run = 1 };
    yk_tally *t;
    int code = analysis_tally("tally", &o.s, o.by, argc - optind, argv + optind, &ds, &t);
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
    "tally", "count a survey into a tally file (no respondent data)", help, verb_tally,
};
