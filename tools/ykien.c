/* ykien — the command: a dispatcher to one file per verb. */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include "cli.h"

extern const cli_verb cli_verb_sniff, cli_verb_convert, cli_verb_check, cli_verb_import,
    cli_verb_tally, cli_verb_merge, cli_verb_freq, cli_verb_describe,
    cli_verb_scale, cli_verb_compare, cli_verb_crosstab, cli_verb_rounds, cli_verb_votes,
    cli_verb_chart, cli_verb_report;

static const cli_verb *const verbs[] = {
    &cli_verb_sniff, &cli_verb_convert, &cli_verb_check, &cli_verb_import,
    &cli_verb_tally, &cli_verb_merge, &cli_verb_freq, &cli_verb_describe,
    &cli_verb_scale, &cli_verb_compare, &cli_verb_crosstab, &cli_verb_rounds,
    &cli_verb_votes, &cli_verb_chart, &cli_verb_report,
};
enum { NVERBS = sizeof verbs / sizeof verbs[0] };

static const cli_verb *find(const char *name)
{
    for (int i = 0; i < NVERBS; i++)
        if (strcmp(verbs[i]->name, name) == 0)
            return verbs[i];
    return NULL;
}

static void usage(void)
{
    printf("usage: ykien VERB [OPTIONS] PROJECT|FILE...\n"
           "\n"
           "ykien reads member opinion survey files as offices send them, in any\n"
           "Vietnamese encoding, checks them and computes their figures.\n"
           "\n"
           "verbs:\n");
    for (int i = 0; i < NVERBS; i++)
        printf("  %-10s %s\n", verbs[i]->name, verbs[i]->summary);
    printf("\n"
           "  ykien help VERB    the options of VERB\n"
           "  ykien --version    the version\n"
           "\n"
           "Diagnostics go to standard error as FILE:LINE[:COLUMN]: error|warning.\n"
           "Exit status: 0 the output is complete (rows with data errors are\n"
           "counted on standard error), 1 check found errors, --strict and a data\n"
           "error, or input that cannot give a right result, 2 usage error,\n"
           "3 system failure (a failed write names the file), 128+N killed by\n"
           "signal N (the output's temporary file is removed).\n");
}

static int dispatch(int argc, char **argv)
{
    if (argc < 2)
        return cli_usage(NULL, "no verb given");
    const char *verb = argv[1];
    if (strcmp(verb, "--help") == 0 || strcmp(verb, "-h") == 0 ||
        (strcmp(verb, "help") == 0 && argc < 3)) {
        usage();
        return 0;
    }
    if (strcmp(verb, "--version") == 0) {
        printf("ykien %s\n", YK_VERSION);
        return 0;
    }
    int asking = strcmp(verb, "help") == 0;
    const cli_verb *v = find(asking ? argv[2] : verb);
    if (!v)
        return cli_usage(NULL, "no verb '%s'", asking ? argv[2] : verb);
    if (asking && !v->help)
        return v->run(2, (char *[]){ argv[2], "--help", NULL });
    if (asking) {
        fputs(v->help, stdout);
        return 0;
    }
    return v->run(argc - 1, argv + 1);
}

/* A result that did not reach standard output is no result: flush and
 * close it, as GNU's close_stdout does, and say why when that fails. */
static int close_stdout(int status)
{
    errno = 0;
    int failed = fflush(stdout) != 0, err = errno;
    failed |= ferror(stdout) != 0;
    errno = 0;
    if (fclose(stdout) != 0 && !failed) {
        failed = 1;
        err = errno;
    }
    if (!failed || status == EXIT_SYSTEM)
        return status;      /* a failure already said */
    cli_error("standard output: error: cannot write: %s", strerror(err ? err : EIO));
    return EXIT_SYSTEM;
}

int main(int argc, char **argv)
{
    cli_temp_signals();
    return close_stdout(dispatch(argc, argv));
}
