/* ykien — the command: a dispatcher to one file per verb. */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include "cli.h"

extern const cli_verb cli_verb_sniff, cli_verb_convert, cli_verb_check, cli_verb_import,
    cli_verb_entry_sheet, cli_verb_tally, cli_verb_merge, cli_verb_freq, cli_verb_describe,
    cli_verb_scale, cli_verb_compare, cli_verb_crosstab, cli_verb_rounds, cli_verb_votes,
    cli_verb_chart, cli_verb_report, cli_verb_questionnaire;
extern const cli_verb cli_verb_comments, cli_verb_feedback;

static const cli_verb *const verbs[] = {
    &cli_verb_sniff, &cli_verb_convert, &cli_verb_check, &cli_verb_import,
    &cli_verb_entry_sheet, &cli_verb_tally, &cli_verb_merge, &cli_verb_freq, &cli_verb_describe,
    &cli_verb_scale, &cli_verb_compare, &cli_verb_crosstab, &cli_verb_rounds,
    &cli_verb_comments, &cli_verb_feedback,
    &cli_verb_votes, &cli_verb_chart, &cli_verb_report, &cli_verb_questionnaire,
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
    msg_lang lang = cli_help_lang();
    int width = 0;
    fputs(msg(MSG_HELP_OVERVIEW, lang), stdout);
    for (int i = 0; i < NVERBS; i++)    /* the summaries in one column */
        width = (int)strlen(verbs[i]->name) > width ? (int)strlen(verbs[i]->name) : width;
    for (int i = 0; i < NVERBS; i++)
        printf("  %-*s %s\n", width, verbs[i]->name, msg(verbs[i]->summary, lang));
    fputs(msg(MSG_HELP_OVERVIEW_END, lang), stdout);
}

/* "--lang vi" or "--lang=vi" at argv[i]: the help's language.  The
 * arguments it took (0 when argv[i] is something else), or -1 after
 * saying why. */
static int help_lang_at(int argc, char **argv, int i)
{
    if (i >= argc)
        return 0;
    if (strncmp(argv[i], "--lang=", 7) == 0)
        return cli_help_lang_set(argv[i] + 7) ? -1 : 1;
    if (strcmp(argv[i], "--lang") != 0)
        return 0;
    if (i + 1 >= argc)
        return cli_usage(NULL, "--lang needs vi or en"), -1;
    return cli_help_lang_set(argv[i + 1]) ? -1 : 2;
}

static int dispatch(int argc, char **argv)
{
    /* ykien --lang vi help freq: the help's language, before the verb. */
    int took = help_lang_at(argc, argv, 1);
    if (took < 0)
        return EXIT_USAGE;
    argv[took] = argv[0];
    argc -= took;
    argv += took;
    if (argc < 2)
        return cli_usage(NULL, "no verb given");
    const char *verb = argv[1];
    int asking = strcmp(verb, "help") == 0;
    /* ykien help --lang vi freq: likewise, after help. */
    int at = 2;
    while (asking && (took = help_lang_at(argc, argv, at)) != 0) {
        if (took < 0)
            return EXIT_USAGE;
        at += took;
    }
    if (strcmp(verb, "--help") == 0 || strcmp(verb, "-h") == 0 || (asking && argc <= at)) {
        usage();
        return 0;
    }
    if (strcmp(verb, "--version") == 0) {
        printf("ykien %s\n", YK_VERSION);
        return 0;
    }
    const cli_verb *v = find(asking ? argv[at] : verb);
    if (!v)
        return cli_usage(NULL, "no verb '%s'", asking ? argv[at] : verb);
    if (asking && v->help == MSG_NONE)
        return v->run(2, (char *[]){ argv[at], "--help", NULL });
    if (asking) {
        cli_help_put(v->help);
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
