/* ykien command — the drawing verbs, chart and report, run by ykien-draw.
 *
 * Pango, Cairo and fontconfig cost every process that loads them about
 * 5 ms and 5 MB before it does anything.  So `ykien` is built without
 * them, and its chart and report verbs run the same command line in
 * ykien-draw, which is built with everything: beside ykien (the build
 * folder), else in YK_LIBEXEC_DIR (where `make install` puts it). */
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "cli.h"

#define DRAW_NAME "ykien-draw"

/* ykien-draw beside this executable, into path; 0 when it is there. */
static int beside_self(char *path, size_t size)
{
    ssize_t n = readlink("/proc/self/exe", path, size - 1);
    if (n <= 0 || (size_t)n >= size - 1)
        return -1;
    path[n] = '\0';
    char *slash = strrchr(path, '/');
    if (!slash || (size_t)(slash + 1 - path) + sizeof DRAW_NAME > size)
        return -1;
    memcpy(slash + 1, DRAW_NAME, sizeof DRAW_NAME);
    return access(path, X_OK);
}

static int run_drawing(int argc, char **argv)
{
    char path[PATH_MAX];
    if (beside_self(path, sizeof path) != 0)
        snprintf(path, sizeof path, "%s/%s", YK_LIBEXEC_DIR, DRAW_NAME);
    char **args = calloc((size_t)argc + 2, sizeof *args);
    if (!args) {
        cli_error("out of memory");
        return EXIT_SYSTEM;
    }
    args[0] = path;
    memcpy(args + 1, argv, (size_t)argc * sizeof *args);
    /* The help's language, if --lang chose it before the verb. */
    setenv("YKIEN_LANG", cli_help_lang() == LANG_VI ? "vi" : "en", 1);
    fflush(NULL);
    execv(path, args);
    cli_error("%s: cannot run the drawing verbs: %s", path, strerror(errno));
    free(args);
    return EXIT_SYSTEM;
}

const cli_verb cli_verb_chart = { "chart", MSG_SUMMARY_CHART, MSG_NONE, run_drawing };
const cli_verb cli_verb_report = { "report", MSG_SUMMARY_REPORT, MSG_HELP_REPORT, run_drawing };
const cli_verb cli_verb_questionnaire = { "questionnaire", MSG_SUMMARY_QUESTIONNAIRE,
                                          MSG_HELP_QUESTIONNAIRE, run_drawing };
