/* ykien comments — the open answers (góp ý): how many wrote something,
 * about which themes, in which words, and a few of them, masked.  Options
 * and output here; the tally in comments_read.c, the figures in lib
 * (yk_figures_comments.h). */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "analysis.h"
#include "comments.h"
#include "yk_figures_comments.h"

/* The tables --show chooses among. */
typedef enum {
    SHOW_DEFAULT, SHOW_ANSWERED, SHOW_THEMES, SHOW_TESTS, SHOW_CHANGES, SHOW_PHRASES,
    SHOW_QUOTES, SHOW_UNCODED
} show_table;

static const char *const show_names[] = {
    "", "answered", "themes", "tests", "changes", "phrases", "quotes", "uncoded",
};

enum { QUOTES_DEFAULT = 3, PHRASES_DEFAULT = 20, PHRASES_MIN_ANSWERS = 2 };

typedef struct {
    comments_opts co;
    show_table show;
    long phrases;               /* --phrases N: the most per question and round */
    int quotes_given;
    int english;
} verb_opts;

static int parse_show(const char *verb, const char *arg, verb_opts *v)
{
    size_t n = sizeof show_names / sizeof show_names[0];
    for (size_t i = 1; i < n; i++)
        if (strcmp(arg, show_names[i]) == 0) {
            v->show = (show_table)i;
            return 1;
        }
    return cli_unknown_name(verb, "--show", "table", arg, show_names + 1, n - 1), -1;
}

static int comments_verb_option(const char *verb, int opt, const char *arg, void *ctx)
{
    verb_opts *v = ctx;
    char *end;
    switch (opt) {
    case OPT_SHOW: return parse_show(verb, arg, v);
    case OPT_PHRASES:
        v->phrases = strtol(arg, &end, 10);
        if (*end || end == arg || v->phrases < 1 || v->phrases > 100000)
            return cli_usage(verb, "--phrases wants a whole number from 1 to 100000, not '%s'",
                             arg), -1;
        return 1;
    case OPT_LANG:
        if (strcmp(arg, "vi") != 0 && strcmp(arg, "en") != 0)
            return cli_usage(verb, "--lang is vi or en, not '%s'", arg), -1;
        v->english = strcmp(arg, "en") == 0;
        return 1;
    case OPT_QUOTES:
        v->quotes_given = 1;
        return comments_option(verb, opt, arg, &v->co);
    default:
        return comments_option(verb, opt, arg, &v->co);
    }
}

/* What the options leave to be decided: the table, how many quotes. */
static int settle(const char *verb, verb_opts *v)
{
    if (v->quotes_given && v->show != SHOW_DEFAULT && v->show != SHOW_QUOTES)
        return cli_usage(verb, "--quotes shows the quotes table, not --show %s",
                         show_names[v->show]);
    if (v->co.uncoded && v->show != SHOW_DEFAULT && v->show != SHOW_UNCODED)
        return cli_usage(verb, "--uncoded shows the uncoded answers, not --show %s",
                         show_names[v->show]);
    if (v->quotes_given)
        v->show = SHOW_QUOTES;
    else if (v->co.uncoded)
        v->show = SHOW_UNCODED;
    if (v->show == SHOW_QUOTES && !v->quotes_given)
        v->co.quotes = QUOTES_DEFAULT;
    if (v->show == SHOW_UNCODED)
        v->co.uncoded = 1;
    if (!v->phrases)
        v->phrases = PHRASES_DEFAULT;
    return 0;
}

/* ---- the table ---------------------------------------------------------- */

static const char *const *columns_of(show_table show, size_t *n)
{
    switch (show) {
    case SHOW_ANSWERED: *n = YK_ANSWERED_NCOLS; return yk_answered_columns;
    case SHOW_TESTS: *n = YK_THEMES_TEST_NCOLS; return yk_themes_test_columns;
    case SHOW_CHANGES: *n = YK_THEMES_CHANGE_NCOLS; return yk_themes_change_columns;
    case SHOW_PHRASES: *n = YK_PHRASES_NCOLS; return yk_phrases_columns;
    case SHOW_QUOTES: *n = YK_QUOTES_NCOLS; return yk_quotes_columns;
    case SHOW_UNCODED: *n = YK_UNCODED_NCOLS; return yk_uncoded_columns;
    default: *n = YK_THEMES_NCOLS; return yk_themes_columns;
    }
}

static yk_status fill(yk_comments *c, const verb_opts *v, const yk_figure_opts *fo,
                      yk_table *tab, unsigned long *blank)
{
    *blank = 0;
    switch (v->show) {
    case SHOW_ANSWERED: return yk_figures_answered(c, fo, tab, blank);
    case SHOW_TESTS: return yk_figures_themes_test(c, fo, v->english, tab, blank);
    case SHOW_CHANGES: return yk_figures_themes_change(c, fo, v->english, tab, blank);
    case SHOW_PHRASES:
        return yk_figures_phrases(c, fo, PHRASES_MIN_ANSWERS, (size_t)v->phrases, tab);
    case SHOW_QUOTES: return yk_figures_quotes(c, fo, v->english, tab);
    case SHOW_UNCODED: return yk_figures_uncoded(c, fo, tab);
    default: return yk_figures_themes(c, fo, v->english, tab, blank);
    }
}

/* ---- the text format's foot ---------------------------------------------- */

static int round_wanted(const yk_comments *c, const char *round, size_t r)
{
    return !round || strcmp(round, yk_comments_round(c, r)) == 0;
}

/* Answers read, spans masked, phrase counts dropped: a new string. */
static char *footer(const yk_comments *c, const figure_opts *o, const comments_data *d)
{
    int64_t responses = 0, answers = 0, dropped = 0;
    for (size_t r = 0; r < yk_comments_n_rounds(c); r++) {
        if (!round_wanted(c, o->s.round, r))
            continue;
        responses += yk_comments_responses(c, r, SIZE_MAX);
        for (size_t i = 0; i < yk_comments_n_questions(c); i++) {
            const yk_question *q = yk_form_question(yk_comments_form(c),
                                                    yk_comments_question(c, i));
            if (!yk_figure_wanted(o->questions, q->name))
                continue;
            answers += yk_comments_answered(c, r, SIZE_MAX, i);
            const yk_phrases *p = yk_comments_phrases(c, r, i);
            dropped += p ? yk_phrases_dropped(p) : 0;
        }
    }
    char *s = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&s, &len);
    if (!f)
        return NULL;
    fprintf(f, "%" PRId64 " open answers read (%" PRId64 " responses); %" PRId64
            " spans of personal data masked as " YK_MASK_TEXT " (phone, e-mail and ID "
            "numbers%s).\n", answers, responses, yk_comments_masked(c),
            comments_n_names(d) ? ", the names listed" : "");
    if (dropped)
        fprintf(f, "%" PRId64 " phrase counts dropped at the cap of %d distinct phrases: "
                "the phrases' counts may be low.\n", dropped, (int)YK_PHRASES_CAP);
    if (!comments_themes(d))
        fputs("No codebook (--codebook, or 'codebook' in the project): every answer is "
              "uncoded.\n", f);
    if (fclose(f) != 0) {
        free(s);
        return NULL;
    }
    return s;
}

/* ---- the verb ----------------------------------------------------------- */

static int parse(int argc, char **argv, figure_opts *o, verb_opts *v)
{
    static const struct option longs[] = {
        COMMENTS_OPTIONS,
        { "show", required_argument, NULL, OPT_SHOW },
        { "phrases", required_argument, NULL, OPT_PHRASES },
        { "lang", required_argument, NULL, OPT_LANG },
        { NULL, 0, NULL, 0 }
    };
    const figure_own own = { longs, { comments_verb_option, v } };
    int r = figure_parse("comments", MSG_HELP_COMMENTS, FIGURE_ADJUST, &own, argc, argv, o);
    return r ? r : settle("comments", v);
}

static int verb_comments(int argc, char **argv)
{
    figure_opts o = { 0 };
    verb_opts v = { 0 };
    unsigned long secondary = 0, blank = 0;
    int r = parse(argc, argv, &o, &v);
    if (r)
        return r < 0 ? 0 : r;
    o.secondary = &secondary;
    v.co.questions = o.questions;
    cli_diags ds = { .quiet = o.s.c.quiet, .all = o.s.c.all, .per_run = 1 };
    comments_data *d;
    int code = comments_read("comments", &o.s, &v.co, o.by, argc - optind, argv + optind,
                             &ds, &d);
    cli_diags_file(&ds, NULL);
    cli_rows_say(&ds);
    if (!d)
        return code;
    yk_comments *c = comments_tally(d);
    if (v.show == SHOW_DEFAULT)
        v.show = comments_themes(d) ? SHOW_THEMES : SHOW_ANSWERED;
    size_t ncols;
    const char *const *cols = columns_of(v.show, &ncols);
    yk_table tab;
    yk_table_init(&tab, cols, ncols);
    yk_figure_opts fo = figure_lib_opts(&o);
    int status = figure_status(fill(c, &v, &fo, &tab, &blank));
    char *notes = status ? NULL : footer(c, &o, d);
    o.form = yk_comments_form(c);
    o.notes = notes;
    if (!status && !notes)
        status = EXIT_SYSTEM;
    if (!status)
        status = figure_write(&tab, &o, blank, &ds, argv + optind, argc - optind);
    free(notes);
    yk_table_free(&tab);
    comments_data_free(d);
    return cli_rows_status(&ds, o.s.strict, status ? status : code);
}

const cli_verb cli_verb_comments = {
    "comments", MSG_SUMMARY_COMMENTS, MSG_HELP_COMMENTS, verb_comments,
};
