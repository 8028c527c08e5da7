/* ykien command — options shared by the verbs that read data. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "cli.h"

static int parse_size(const char *verb, const char *name, const char *arg,
                      size_t *out)
{
    char *end;
    errno = 0;
    unsigned long long v = strtoull(arg, &end, 10);
    if (errno || end == arg || *end || v == 0 || arg[0] == '-') {
        cli_usage(verb, "--%s wants a positive whole number, not '%s'", name, arg);
        return -1;
    }
    *out = (size_t)v;
    return 1;
}

static int parse_delimiter(const char *verb, const char *arg, int *out)
{
    static const struct { const char *name; int c; } names[] = {
        { "tab", '\t' }, { "\\t", '\t' }, { "comma", ',' },
        { "semicolon", ';' }, { "pipe", '|' },
    };
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (strcmp(arg, names[i].name) == 0) {
            *out = names[i].c;
            return 1;
        }
    if (strlen(arg) == 1 && arg[0] != '"' && arg[0] != '\r' && arg[0] != '\n' &&
        (unsigned char)arg[0] < 0x80) {
        *out = arg[0];
        return 1;
    }
    cli_usage(verb, "--delimiter wants one ASCII character or tab, not '%s'", arg);
    return -1;
}

int cli_read_option(const char *verb, int opt, const char *arg, void *ctx)
{
    cli_common *c = ctx;
    switch (opt) {
    case 'E': {
        yk_encoding enc;
        if (yk_encoding_lookup(arg, &enc) != YK_OK) {
            cli_usage(verb, "unknown encoding '%s' (try utf-8, cp1258, tcvn3, viscii, vni, utf-16le, or any name in 'iconv -l')", arg);
            return -1;
        }
        c->read.encoding = arg;
        return 1;
    }
    case 'D': return parse_delimiter(verb, arg, &c->read.delimiter);
    case OPT_MAX_FIELD: return parse_size(verb, "max-field", arg, &c->read.max_field);
    case OPT_MAX_COLUMNS: return parse_size(verb, "max-columns", arg, &c->read.max_columns);
    case OPT_MAX_ROW: return parse_size(verb, "max-row", arg, &c->read.max_row);
    case OPT_SHEET: c->sheet = arg; return 1;
    case OPT_HEADER_ROW: {
        size_t row;
        int r = parse_size(verb, "header-row", arg, &row);
        c->header_row = row;
        return r;
    }
    case 'q': c->quiet = 1; return 1;
    case OPT_ALL: c->all = 1; return 1;
    default: return 0;
    }
}

int cli_getopt(const char *verb, int argc, char **argv, const char *shortopts,
               const struct option *longopts)
{
    char opts[64];
    snprintf(opts, sizeof opts, ":%s", shortopts);
    opterr = 0;
    int opt = getopt_long(argc, argv, opts, longopts, NULL);
    const char *given = argv[optind - 1];
    if (opt == '?') {
        if (optopt)
            cli_usage(verb, "unknown option '-%c'", optopt);
        else
            cli_usage(verb, "unknown option '%s'", given);
    } else if (opt == ':') {
        if (optopt && strncmp(given, "--", 2) != 0)
            cli_usage(verb, "option '-%c' wants a value", optopt);
        else
            cli_usage(verb, "option '%s' wants a value", given);
        opt = '?';
    }
    return opt;
}

int cli_output_option(const char *verb, int opt, const char *arg, void *ctx)
{
    cli_output_opts *o = ctx;
    (void)verb;
    switch (opt) {
    case 'o': o->output = strcmp(arg, "-") == 0 ? NULL : arg; return 1;
    case OPT_FORCE: o->force = 1; return 1;
    case OPT_BOM: o->bom = 1; return 1;
    default: return 0;
    }
}

int cli_summary_format_option(const char *verb, int opt, const char *arg, void *ctx)
{
    if (opt != 'f')
        return 0;
    if (strcmp(arg, "json") != 0 && strcmp(arg, "text") != 0) {
        cli_usage(verb, "--format is text or json, not '%s'", arg);
        return -1;
    }
    *(int *)ctx = strcmp(arg, "json") == 0;
    return 1;
}

int cli_parse(const char *verb, msg_id help, int argc, char **argv,
              const char *shortopts, const struct option *longs,
              const cli_handler *handlers, size_t nhandlers)
{
    int opt;
    while ((opt = cli_getopt(verb, argc, argv, shortopts, longs)) != -1) {
        if (opt == 'h') {
            cli_help_put(help);
            return -1;
        }
        int taken = 0;
        for (size_t i = 0; i < nhandlers && !taken; i++)
            taken = opt == '?' ? -1 : handlers[i].fn(verb, opt, optarg, handlers[i].ctx);
        if (taken <= 0)
            return EXIT_USAGE;      /* already said, by getopt or the handler */
    }
    return 0;
}
