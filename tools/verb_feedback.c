/* ykien feedback — the góp ý on the standing committee and each of its
 * members, compiled for their self-review: the remarks merged with their
 * contributors, by theme, and the ratings.  Options and output here; the
 * reading in feedback_read.c, the compilation in feedback_text.c, the
 * figures in lib (yk_figures_feedback.h). */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "analysis.h"
#include "feedback.h"
#include "feedback_text.h"
#include "yk_figures_feedback.h"

/* The tables --show chooses among. */
typedef enum { SHOW_REMARKS, SHOW_THEMES, SHOW_RATINGS } show_table;

static const char *const show_names[] = { "remarks", "themes", "ratings" };

typedef struct {
    feedback_opts fo;
    show_table show;
    int english;
} verb_opts;

static int feedback_option(const char *verb, int opt, const char *arg, void *ctx)
{
    verb_opts *v = ctx;
    size_t n = sizeof show_names / sizeof show_names[0];
    switch (opt) {
    case OPT_SHOW:
        for (size_t i = 0; i < n; i++)
            if (strcmp(arg, show_names[i]) == 0) {
                v->show = (show_table)i;
                return 1;
            }
        return cli_unknown_name(verb, "--show", "table", arg, show_names, n), -1;
    case OPT_LANG:
        if (strcmp(arg, "vi") != 0 && strcmp(arg, "en") != 0)
            return cli_usage(verb, "--lang is vi or en, not '%s'", arg), -1;
        v->english = strcmp(arg, "en") == 0;
        return 1;
    case OPT_CODEBOOK: v->fo.codebook = arg; return 1;
    case OPT_NAMES: v->fo.names = arg; return 1;
    case OPT_IGNORE_ACCENTS: v->fo.ignore_accents = 1; return 1;
    default: return 0;
    }
}

static int parse(int argc, char **argv, figure_opts *o, verb_opts *v)
{
    static const struct option longs[] = {
        { "codebook", required_argument, NULL, OPT_CODEBOOK },
        { "names", required_argument, NULL, OPT_NAMES },
        { "ignore-accents", no_argument, NULL, OPT_IGNORE_ACCENTS },
        { "show", required_argument, NULL, OPT_SHOW },
        { "lang", required_argument, NULL, OPT_LANG },
        { NULL, 0, NULL, 0 }
    };
    const figure_own own = { longs, { feedback_option, v } };
    int r = figure_parse("feedback", MSG_HELP_FEEDBACK, 0, &own, argc, argv, o);
    if (r)
        return r;
    /* A remark or a rating traced to a unit or a group would no longer be
     * anonymous, and the review's frankness rests on that. */
    if (o->by)
        return cli_usage("feedback", "--by: feedback is never broken down by a group of "
                         "contributors: a remark or rating traced to a group is no longer "
                         "anonymous");
    if (o->questions)
        return cli_usage("feedback", "--questions: feedback compiles every target of the "
                         "form; the targets are its groups");
    return 0;
}

/* ---- the tables ---------------------------------------------------------- */

static const char *const *columns_of(show_table show, size_t *n)
{
    switch (show) {
    case SHOW_THEMES: *n = YK_FEEDBACK_THEMES_NCOLS; return yk_feedback_themes_columns;
    case SHOW_RATINGS: *n = YK_RATINGS_NCOLS; return yk_ratings_columns;
    default: *n = YK_REMARKS_NCOLS; return yk_remarks_columns;
    }
}

static yk_status fill(const feedback_data *d, show_table show, const yk_figure_opts *fo,
                      int english, yk_table *tab, unsigned long *blank)
{
    const yk_feedback *f = feedback_tally(d);
    switch (show) {
    case SHOW_THEMES: return yk_figures_feedback_themes(f, feedback_themes(d), english, tab);
    case SHOW_RATINGS: return yk_figures_ratings(f, fo, english, tab, blank);
    default: return yk_figures_remarks(f, feedback_themes(d), english, tab);
    }
}

/* ---- the foot ------------------------------------------------------------ */

/* What was read and masked, for the text format's foot and a workbook's
 * notes: a new string, NULL when out of memory. */
static char *footer(const feedback_data *d)
{
    const yk_feedback *f = feedback_tally(d);
    int64_t col = yk_feedback_contributions(f, YK_FROM_COLLECTIVE),
            ind = yk_feedback_contributions(f, YK_FROM_INDIVIDUAL);
    char *s = NULL;
    size_t len = 0;
    FILE *out = open_memstream(&s, &len);
    if (!out)
        return NULL;
    fprintf(out, "%" PRId64 " contributions read (%" PRId64 " from collectives, %" PRId64
            " from individuals); %" PRId64 " spans of personal data masked as " YK_MASK_TEXT
            " (phone, e-mail and ID numbers, the members' and the units' names%s).\n",
            col + ind, col, ind, yk_feedback_masked(f),
            feedback_n_names(d) ? ", the names listed" : "");
    if (yk_feedback_cut(f))
        fprintf(out, "%" PRId64 " remarks longer than %d bytes cut there (…).\n",
                yk_feedback_cut(f), (int)YK_FEEDBACK_REMARK_MAX_BYTES);
    if (!feedback_themes(d))
        fputs("No codebook (--codebook, or 'codebook' in the project): the remarks are not "
              "grouped by theme.\n", out);
    if (fclose(out) != 0) {
        free(s);
        return NULL;
    }
    return s;
}

/* The compilation (--format text, --show remarks): the remarks, then the
 * ratings as their table has them; the foot as the tables' text has it. */
static int write_compilation(const feedback_data *d, const figure_opts *o, const verb_opts *v,
                             const yk_table *ratings, unsigned long blank,
                             const cli_diags *ds, char **inputs, int n)
{
    int status;
    cli_out *out = cli_out_open(o->out.output, o->out.force, inputs, n, &status);
    if (!out)
        return status;
    FILE *f = cli_out_stream(out);
    feedback_text_write(f, feedback_tally(d), feedback_themes(d), ratings, o->min_base,
                        lang_of(v->english));
    if (blank)
        fprintf(f, "\n%lu rating figures left blank: fewer than %ld contributions of a kind "
                "rated the target or the criterion (--min-base), so no one's rating can be "
                "told.\n", blank, o->min_base);
    if (o->no_suppression)
        fputs("\nSuppression is off (--no-suppression): ratings of any number of "
              "contributions are shown.\n", f);
    fprintf(f, "\n%s", o->notes);
    cli_rows_footer(ds, f);
    return cli_out_commit(out);
}

/* ---- the verb ------------------------------------------------------------ */

static int write_result(const feedback_data *d, figure_opts *o, const verb_opts *v,
                        const cli_diags *ds, char **inputs, int n)
{
    /* The compilation shows the remarks from the tally, the ratings from
     * their table. */
    int compilation = v->show == SHOW_REMARKS && o->format == YK_TABLE_TEXT;
    show_table show = compilation ? SHOW_RATINGS : v->show;
    unsigned long blank = 0;
    size_t ncols;
    const char *const *cols = columns_of(show, &ncols);
    yk_table tab;
    yk_table_init(&tab, cols, ncols);
    yk_figure_opts fo = figure_lib_opts(o);
    int status = figure_status(fill(d, show, &fo, v->english, &tab, &blank));
    char *notes = status ? NULL : footer(d);
    if (!status && !notes)
        status = EXIT_SYSTEM;
    o->form = yk_feedback_form(feedback_tally(d));
    o->notes = notes;
    if (!status && compilation)
        status = write_compilation(d, o, v, &tab, blank, ds, inputs, n);
    else if (!status)
        status = figure_write(&tab, o, blank, ds, inputs, n);
    free(notes);
    yk_table_free(&tab);
    return status;
}

static int verb_feedback(int argc, char **argv)
{
    figure_opts o = { 0 };
    verb_opts v = { 0 };
    int r = parse(argc, argv, &o, &v);
    if (r)
        return r < 0 ? 0 : r;
    cli_diags ds = { .quiet = o.s.c.quiet, .all = o.s.c.all, .per_run = 1 };
    feedback_data *d;
    int code = feedback_read("feedback", &o.s, &v.fo, argc - optind, argv + optind, &ds, &d);
    cli_diags_file(&ds, NULL);
    cli_rows_say(&ds);
    if (!d)
        return code;
    int status = write_result(d, &o, &v, &ds, argv + optind, argc - optind);
    feedback_data_free(d);
    return cli_rows_status(&ds, o.s.strict, status ? status : code);
}

const cli_verb cli_verb_feedback = {
    "feedback", MSG_SUMMARY_FEEDBACK, MSG_HELP_FEEDBACK, verb_feedback,
};
