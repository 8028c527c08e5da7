/* ykien command — names given on the command line (questions, rounds,
 * groups) that the survey does not have: a usage error with a suggestion,
 * never an empty table. */
#include <stdio.h>
#include <string.h>
#include "cli.h"
#include "yk_textkey.h"

const char *cli_nearest(const char *given, const char *const *names, size_t n)
{
    size_t len = strlen(given), limit = len / 3 > 2 ? len / 3 : 2, best = limit + 1;
    const char *near = NULL;
    for (size_t i = 0; i < n; i++) {
        size_t d = yk_textkey_distance(given, len, names[i], strlen(names[i]), limit);
        if (d < best) {
            best = d;
            near = names[i];
        }
    }
    return near;
}

/* "2012, 2013, 2014" into buf, cut with "..." when long. */
static void list_names(char *buf, size_t size, const char *const *names, size_t n)
{
    size_t len = 0;
    buf[0] = '\0';
    for (size_t i = 0; i < n && len < size; i++) {
        if (len + strlen(names[i]) + 8 > size) {
            snprintf(buf + len, size - len, ", ...");
            return;
        }
        len += (size_t)snprintf(buf + len, size - len, "%s%s", i ? ", " : "", names[i]);
    }
}

int cli_unknown_name(const char *verb, const char *option, const char *what,
                     const char *name, const char *const *names, size_t n)
{
    const char *near = cli_nearest(name, names, n);
    char known[512];
    cli_error("%s: no %s '%s'", option, what, name);
    if (near) {
        cli_error("hint: did you mean '%s'?", near);
    } else if (n) {
        list_names(known, sizeof known, names, n);
        cli_error("hint: known: %s", known);
    } else {
        cli_error("hint: try 'ykien help %s'", verb);
    }
    return EXIT_USAGE;
}
