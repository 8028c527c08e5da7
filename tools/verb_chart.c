/* ykien chart — conference-ready charts in PNG, SVG or PDF. */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include "chart_kinds.h"
#include "yk_stats.h"
#include "yk_text.h"

#define MM 2.834645669          /* points per millimetre */
#define CHART_FONT "Noto Sans"


/* The chart's words, read from the message table once per language. */
static chart_words words[LANG_COUNT];
static pthread_once_t words_once = PTHREAD_ONCE_INIT;

static void words_fill(void)
{
    for (int i = 0; i < LANG_COUNT; i++) {
        msg_lang l = (msg_lang)i;
        words[l] = (chart_words){
            msg(MSG_CHART_BASE, l), msg(MSG_CHART_ROUND, l), msg(MSG_CHART_SOURCE, l),
            msg(MSG_CHART_SUPPRESSED, l), msg(MSG_CHART_SUPPRESSED_END, l),
            msg(MSG_CHART_FAVOURABLE, l), msg(MSG_CHART_FAVOURABLE_NOTE, l),
            msg(MSG_REVERSE_MARK, l), msg(MSG_CHART_REVERSE_NOTE, l),
        };
    }
}

const chart_words *chart_words_for(const chart_opts *o)
{
    pthread_once(&words_once, words_fill);
    return &words[lang_of(o->english)];
}

const char *chart_statement(const yk_form *form, const yk_question *q, int english, char *buf,
                            size_t size)
{
    yk_text_snprintf(buf, size, "%s%s", chart_label(form, q->labels, q->name, english),
             q->reverse ? msg(MSG_REVERSE_MARK, lang_of(english)) : "");
    return buf;
}

/* Labels clipped for charts and reports, kept for the process's life (a
 * few per survey at most): the callers borrow labels, so the clipped copy
 * must outlive them.  Keyed by the kept prefix, which is all the copy is. */
typedef struct clipped { struct clipped *next; size_t keep; char text[]; } clipped;
static clipped *clipped_labels;
static pthread_mutex_t clipped_lock = PTHREAD_MUTEX_INITIALIZER;

static void free_clipped(void)
{
    while (clipped_labels) {
        clipped *next = clipped_labels->next;
        free(clipped_labels);
        clipped_labels = next;
    }
}

const char *chart_shown(const char *label)
{
    return chart_clip(label, CHART_LABEL_MAX_CHARS);
}

const char *chart_clip(const char *label, size_t most)
{
    size_t n = strlen(label), keep = 0;
    for (size_t chars = 0; keep < n && chars < most; chars++) {
        uint32_t cp;
        size_t k = yk_utf8_next(label + keep, n - keep, &cp);
        keep += k ? k : 1;
    }
    if (keep == n)
        return label;
    pthread_mutex_lock(&clipped_lock);
    clipped *c = clipped_labels;
    while (c && !(c->keep == keep && memcmp(c->text, label, keep) == 0))
        c = c->next;
    if (!c && (c = malloc(sizeof *c + keep + sizeof "…")) != NULL) {
        if (!clipped_labels)
            atexit(free_clipped);
        memcpy(c->text, label, keep);
        memcpy(c->text + keep, "…", sizeof "…");
        c->keep = keep;
        c->next = clipped_labels;
        clipped_labels = c;
    }
    pthread_mutex_unlock(&clipped_lock);
    return c ? c->text : label;     /* out of memory: whole, the chart may not fit */
}

const char *chart_label_whole(const yk_form *form, const char *const *labels, const char *name,
                              int english)
{
    size_t n = labels ? yk_form_n_languages(form) : 0;
    for (size_t i = 0; english && i < n; i++)
        if (strcasecmp(yk_form_language(form, i), "english") == 0 && labels[i])
            return labels[i];
    for (size_t i = 0; i < n; i++)
        if (labels[i])
            return labels[i];
    return name;
}

const char *chart_label(const yk_form *form, const char *const *labels, const char *name,
                        int english)
{
    const char *label = chart_label_whole(form, labels, name, english);
    return label ? chart_shown(label) : label;
}

size_t chart_round(const yk_tally *t, const chart_opts *o)
{
    size_t n = yk_tally_n_rounds(t);
    if (!o->f.s.round)
        return n ? n - 1 : SIZE_MAX;
    for (size_t r = 0; r < n; r++)
        if (strcmp(yk_tally_round(t, r), o->f.s.round) == 0)
            return r;
    cli_usage("chart", "no round '%s' in the data", o->f.s.round);
    return SIZE_MAX;
}

/* A text option drawn on the chart: UTF-8 (a title cut into bytes would be
 * drawn as garbage or not at all) and of a length a chart can hold. */
static int text_option(const char *verb, const char *option, const char *arg, const char **out)
{
    int cut;
    size_t n = strlen(arg);
    if (yk_utf8_valid_prefix(arg, n, &cut) != n)
        return cli_usage(verb, "%s is not UTF-8 text (byte %zu); give it in UTF-8", option,
                         yk_utf8_valid_prefix(arg, n, &cut) + 1), -1;
    if (yk_utf8_chars(arg, n) > CHART_TITLE_MAX_CHARS)
        return cli_usage(verb, "%s is %zu characters long; a chart's title holds at most %d",
                         option, yk_utf8_chars(arg, n), CHART_TITLE_MAX_CHARS), -1;
    *out = arg;
    return 1;
}

static int parse_size(const char *arg, chart_opts *o)
{
    static const struct { const char *name; double w, h; } named[] = {
        { "a4", 297, 210 }, { "a5", 210, 148 }, { "slide", 254, 142.875 },
    };
    double w, h;
    char x, extra;
    for (size_t i = 0; i < sizeof named / sizeof named[0]; i++)
        if (strcmp(arg, named[i].name) == 0) {
            o->width = named[i].w * MM;
            o->height = named[i].h * MM;
            return 1;
        }
    if (sscanf(arg, "%lf%c%lf%c", &w, &x, &h, &extra) != 3 || (x != 'x' && x != 'X') ||
        !(w >= 50 && w <= 2000 && h >= 50 && h <= 2000))
        return cli_usage("chart", "--size is a4, a5, slide or WxH in millimetres (50 to "
                         "2000), not '%s'", arg), -1;
    o->width = w * MM;
    o->height = h * MM;
    return 1;
}

static int chart_option(const char *verb, int opt, const char *arg, void *ctx)
{
    chart_opts *o = ctx;
    char *end;
    switch (opt) {
    case OPT_SIZE: return parse_size(arg, o);
    case OPT_DPI:
        o->dpi = strtod(arg, &end);
        if (*end || !(o->dpi >= 36 && o->dpi <= 1200))
            return cli_usage(verb, "--dpi is a number from 36 to 1200, not '%s'", arg), -1;
        return 1;
    case OPT_TITLE: return text_option(verb, "--title", arg, &o->title);
    case OPT_SUBTITLE: return text_option(verb, "--subtitle", arg, &o->subtitle);
    case OPT_LANG:
        if (strcmp(arg, "vi") != 0 && strcmp(arg, "en") != 0)
            return cli_usage(verb, "--lang is vi or en, not '%s'", arg), -1;
        o->english = strcmp(arg, "en") == 0;
        return 1;
    case OPT_DUMP: o->dump = 1; return 1;
    case OPT_CENTRE:
        if (strcmp(arg, "split") != 0 && strcmp(arg, "neutral") != 0)
            return cli_usage(verb, "--centre is split or neutral, not '%s'", arg), -1;
        o->neutral_aside = strcmp(arg, "split") == 0;
        return 1;
    case OPT_FAVOURABLE:
        if (!strchr(arg, '=') || o->nfavourable == CHART_MAX_FAVOURABLE)
            return cli_usage(verb, "--favourable wants QUESTION=CODE[+CODE...], not '%s'",
                             arg), -1;
        o->favourable[o->nfavourable++] = arg;
        return 1;
    case OPT_MEMBERS: o->members = arg; return 1;
    case OPT_PRESENT: o->present = arg; return 1;
    case OPT_ISSUED: o->issued = arg; return 1;
    case OPT_RULES: o->rules = arg; return 1;
    case OPT_BASE: o->base = arg; return 1;
    case OPT_PHRASES: {
        long n = strtol(arg, &end, 10);
        if (*end || end == arg || n < 1 || n > CHART_PHRASES_MAX)
            return cli_usage(verb, "--phrases is a whole number from 1 to %d, not '%s'",
                             CHART_PHRASES_MAX, arg), -1;
        o->phrases = (size_t)n;
        return 1;
    }
    default:
        return comments_option(verb, opt, arg, &o->comments);
    }
}

/* The picture's format, from the output file's name (figure_parse read
 * it, by the rule every verb's -o follows). */
static int format_of(int chosen, yk_chart_format *f)
{
    if (chosen == CLI_PNG)
        *f = YK_CHART_PNG;
    else if (chosen == CLI_SVG)
        *f = YK_CHART_SVG;
    else if (chosen == CLI_PDF)
        *f = YK_CHART_PDF;
    else
        return cli_usage("chart", "give -o FILE.png, FILE.svg or FILE.pdf (or --dump)");
    return 0;
}

/* "likert, rounds, ...": the kinds' names for a message. */
static void kind_names(char *buf, size_t size)
{
    size_t len = 0;
    buf[0] = '\0';
    for (size_t k = 0; chart_kinds[k] && len < size; k++)
        len += (size_t)yk_text_snprintf(buf + len, size - len, "%s%s", k ? ", " : "",
                                         chart_kinds[k]->name);
}

/* SOURCE_DATE_EPOCH, or the newest input's time: the same input gives
 * the same bytes. */
long long chart_date(char **inputs, int n)
{
    const char *epoch = getenv("SOURCE_DATE_EPOCH");
    long long newest = 0;
    if (epoch && *epoch)
        return strtoll(epoch, NULL, 10);
    for (int i = 0; i < n; i++) {
        struct stat st;
        if (stat(inputs[i], &st) == 0 && (long long)st.st_mtime > newest)
            newest = (long long)st.st_mtime;
    }
    return newest;
}

static int write_chart(const yk_chart *c, const chart_opts *o, yk_chart_format format,
                       char **inputs, int n)
{
    int status;
    cli_out *out = cli_out_open(o->dump ? NULL : o->f.out.output, o->f.out.force, inputs, n,
                                &status);
    if (!out)
        return status;
    yk_output sink = cli_out_sink(out);
    yk_status st = o->dump ? yk_chart_dump(c, sink)
                           : yk_chart_render(c, format, o->dpi, o->title,
                                             chart_date(inputs, n), sink);
    if (st == YK_ERR_LIMIT) {
        cli_out_abandon(out);
        return cli_usage("chart", "the PNG would be over 20000 pixels a side: lower --dpi or "
                         "--size");
    }
    if (st != YK_OK)
        return cli_out_fail(out, "chart", st);
    return cli_out_commit(out);
}

/* No text may leave the canvas or cover another: a chart that would is
 * not drawn. */
static int check_layout(const yk_chart *c)
{
    char problem[512];
    if (yk_chart_check(c, problem, sizeof problem) == YK_OK)
        return 0;
    return cli_usage("chart", "the chart does not fit: %s; give a larger --size", problem);
}

/* `ykien help chart` in the help's language: the verb's own text around
 * each kind's lines (chart_kinds.h), so a new kind brings its help with it. */
static void chart_help_put(void)
{
    msg_lang lang = cli_help_lang();
    fputs(msg(MSG_HELP_CHART_TOP, lang), stdout);
    for (size_t k = 0; chart_kinds[k]; k++)
        printf("  %-10s %s", chart_kinds[k]->name, msg(chart_kinds[k]->help, lang));
    fputs(msg(MSG_HELP_CHART_OPTIONS, lang), stdout);
    for (size_t k = 0; chart_kinds[k]; k++)
        fputs(chart_kinds[k]->examples, stdout);
}

static int verb_chart(int argc, char **argv)
{
    chart_opts o = { .width = 210 * MM, .height = 148 * MM, .dpi = 150 };
    static const struct option longs[] = {
        { "size", required_argument, NULL, OPT_SIZE },
        { "dpi", required_argument, NULL, OPT_DPI },
        { "title", required_argument, NULL, OPT_TITLE },
        { "subtitle", required_argument, NULL, OPT_SUBTITLE },
        { "lang", required_argument, NULL, OPT_LANG },
        { "dump", no_argument, NULL, OPT_DUMP },
        { "centre", required_argument, NULL, OPT_CENTRE },
        { "favourable", required_argument, NULL, OPT_FAVOURABLE },
        { "members", required_argument, NULL, OPT_MEMBERS },
        { "present", required_argument, NULL, OPT_PRESENT },
        { "issued", required_argument, NULL, OPT_ISSUED },
        { "rules", required_argument, NULL, OPT_RULES },
        { "base", required_argument, NULL, OPT_BASE },
        { "phrases", required_argument, NULL, OPT_PHRASES },
        COMMENTS_OPTIONS,
        { NULL, 0, NULL, 0 }
    };
    const figure_own own = { longs, { chart_option, &o } };
    o.f.writes = CLI_WRITES(CLI_PNG) | CLI_WRITES(CLI_SVG) | CLI_WRITES(CLI_PDF);
    int r = figure_parse("chart", MSG_NONE, 0, &own, argc, argv, &o.f);
    if (r < 0)
        chart_help_put();
    if (r)
        return r < 0 ? 0 : r;
    char names[256];
    kind_names(names, sizeof names);
    if (optind >= argc)
        return cli_usage("chart", "give a kind of chart: %s", names);
    const char *name = argv[optind++];
    const chart_kind *kind = chart_kind_named(name);
    if (!kind)
        return cli_usage("chart", "no kind of chart '%s'; the kinds are: %s", name, names);
    yk_chart_format format = YK_CHART_PNG;
    if (!o.dump && (r = format_of(o.f.format, &format)) != 0)
        return r;
    cli_diags ds = { .quiet = o.f.s.c.quiet, .all = o.f.s.c.all, .per_run = 1 };
    yk_tally *t = NULL;
    int code = 0;
    if (kind->draw) {
        code = analysis_tally("chart", &o.f.s, o.f.by, argc - optind, argv + optind, &ds, &t);
        cli_diags_file(&ds, NULL);
        cli_rows_say(&ds);
        if (!t)
            return code;
    }
    yk_chart *c;
    int status = yk_chart_new(o.width, o.height, CHART_FONT, &c) == YK_OK ? 0 : EXIT_SYSTEM;
    if (!status && t && yk_tally_n_rounds(t) == 0) {
        cli_error("chart: the data hold no responses: there is nothing to draw");
        status = EXIT_DATA;
    }
    if (!status)
        status = kind->draw ? kind->draw(t, &o, c)
                            : kind->load(&o, argc - optind, argv + optind, c, &code);
    if (!status)
        status = check_layout(c);
    if (!status)
        status = write_chart(c, &o, format, argv + optind, argc - optind);
    yk_chart_free(c);
    yk_tally_free(t);
    return cli_rows_status(&ds, o.f.s.strict, status ? status : code);
}

const cli_verb cli_verb_chart = {
    "chart", MSG_SUMMARY_CHART, MSG_NONE, verb_chart,
};
