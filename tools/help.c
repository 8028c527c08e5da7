/* ykien command — the help's language: Vietnamese or English, from
 * --lang or the environment; the texts themselves are in messages.c. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "cli.h"

static int chosen = -1;         /* a msg_lang once --lang said one */

int cli_help_lang_set(const char *value)
{
    if (strcmp(value, "vi") == 0)
        chosen = LANG_VI;
    else if (strcmp(value, "en") == 0)
        chosen = LANG_EN;
    else
        return cli_usage(NULL, "--lang is vi or en, not '%s'", value);
    return 0;
}

/* The locale's language for messages, as POSIX ranks the variables:
 * the first set and not empty of LC_ALL, LC_MESSAGES, LANG. */
static const char *locale_messages(void)
{
    static const char *const names[] = { "LC_ALL", "LC_MESSAGES", "LANG" };
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        const char *v = getenv(names[i]);
        if (v && *v)
            return v;
    }
    return "";
}

msg_lang cli_help_lang(void)
{
    if (chosen >= 0)
        return (msg_lang)chosen;
    const char *own = getenv("YKIEN_LANG");
    static int warned;
    if (own && (strcmp(own, "vi") == 0 || strcmp(own, "en") == 0))
        return strcmp(own, "vi") == 0 ? LANG_VI : LANG_EN;
    /* A misspelt setting would otherwise look like ykien ignoring it. */
    if (own && *own && !warned++)
        fprintf(stderr, "ykien: warning: YKIEN_LANG is vi or en, not '%s': the language "
                "comes from the locale\n", own);
    return strncmp(locale_messages(), "vi", 2) == 0 ? LANG_VI : LANG_EN;
}

void cli_help_put(msg_id id)
{
    fputs(msg(id, cli_help_lang()), stdout);
}
