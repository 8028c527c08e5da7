/* ykien command — reading a survey's open answers into a comments tally,
 * with the codebook, names and stop list its project or options name. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "analysis.h"
#include "comments.h"
#include "word_lists.h"

struct comments_data {
    yk_form *form;
    word_lists lists;
    yk_comments *comments;
    char *questions;            /* the tally keeps a pointer to it */
    char *id;                   /* the respondent id question: never counted */
    /* How the tally was made: a reading thread's part is made alike. */
    yk_comments_opts opts;
    const char *group;          /* borrowed from the survey while it reads */
    const yk_form *reading_form;
};

int comments_option(const char *verb, int opt, const char *arg, void *ctx)
{
    comments_opts *o = ctx;
    char *end;
    switch (opt) {
    case OPT_CODEBOOK: o->codebook = arg; return 1;
    case OPT_NAMES: o->names = arg; return 1;
    case OPT_STOP_WORDS: o->stop_words = arg; return 1;
    case OPT_IGNORE_ACCENTS: o->ignore_accents = 1; return 1;
    case OPT_UNCODED: o->uncoded = 1; return 1;
    case OPT_QUOTES: {
        errno = 0;
        long n = strtol(arg, &end, 10);
        if (*end || end == arg || n < 0 || n > 1000 || errno)
            return cli_usage(verb, "--quotes wants a whole number from 0 to 1000, not '%s'",
                             arg), -1;
        o->quotes = (size_t)n;
        return 1;
    }
    case OPT_SEED:
        errno = 0;
        o->seed = strtoull(arg, &end, 10);
        if (*end || end == arg || *arg == '-' || errno)
            return cli_usage(verb, "--seed wants a whole number, not '%s'", arg), -1;
        return 1;
    default:
        return 0;
    }
}

/* ---- the questions ------------------------------------------------------ */

static int is_text(const yk_question *q)
{
    return q && q->type == YK_Q_TEXT;
}

/* Each name --questions gives must be a text question of the form. */
static int check_questions(const char *verb, const yk_form *f, const char *list)
{
    size_t nq = yk_form_n_questions(f), n = 0;
    const char **texts = malloc((nq + 1) * sizeof *texts);
    int code = texts ? 0 : EXIT_SYSTEM;
    for (size_t i = 0; texts && i < nq; i++)
        if (is_text(yk_form_question(f, i)))
            texts[n++] = yk_form_question(f, i)->name;
    for (const char *p = list; !code && p && *p;) {
        size_t len = strcspn(p, ",");
        char *name = strndup(p, len);
        const yk_question *q = name ? yk_form_find(f, name) : NULL;
        if (!name)
            code = EXIT_SYSTEM;
        else if (q && !is_text(q))
            code = cli_usage(verb, "--questions %s: '%s' is a%s %s question; comments counts "
                             "the answers of text questions", name, name,
                             q->type == YK_Q_INTEGER ? "n" : "", yk_form_type_name(q->type));
        else if (!q)
            code = cli_unknown_name(verb, "--questions", "text question", name, texts, n);
        free(name);
        p += len + (p[len] == ',');
    }
    if (!code && n == 0)
        code = cli_usage(verb, "the form has no text question: no open answers to count");
    free(texts);
    return code;
}

/* ---- counting ----------------------------------------------------------- */

static int count_response(void *ctx, const char *round, const yk_response *r)
{
    return yk_comments_add(ctx, round, r) != YK_OK;
}

static int new_tally(comments_data *d, const survey *s, const char *group,
                     const comments_opts *co)
{
    d->opts = (yk_comments_opts){ .themes = d->lists.themes, .mask = d->lists.mask,
                                  .stop = d->lists.stop,
                                  .loose = co->ignore_accents, .quotes = co->quotes,
                                  .seed = co->seed, .uncoded = co->uncoded,
                                  .questions = d->questions, .id = d->id };
    d->group = group;
    d->reading_form = survey_form(s);
    yk_status st = yk_comments_new(survey_form(s), group, &d->opts, &d->comments);
    if (st == YK_ERR_ARGUMENT) {
        cli_error("error: the open answers cannot be counted with these questions and "
                  "this grouping");
        return EXIT_USAGE;
    }
    return st == YK_OK ? 0 : EXIT_SYSTEM;
}

/* A reading thread's own tally, made as the whole one. */
static void *comments_part(void *ctx)
{
    comments_data *d = ctx;
    yk_comments *part = NULL;
    return yk_comments_new(d->reading_form, d->group, &d->opts, &part) == YK_OK ? part : NULL;
}

static int comments_add(void *part, const char *round, const yk_response *r)
{
    return yk_comments_add(part, round, r) != YK_OK;
}

static int comments_merge(void *ctx, void *part)
{
    return yk_comments_merge(((comments_data *)ctx)->comments, part) != YK_OK;
}

static void comments_part_free(void *part)
{
    yk_comments_free(part);
}

/* Loose files name no id question: a text column of form numbers would
 * be counted, and listed by --uncoded, as if members had written them. */
static void tell_no_id(const cli_diags *ds)
{
    if (ds->quiet || ds->silent)
        return;
    cli_error("warning: no respondent id question (--id, or 'id' in the project): every "
              "text question is counted as open answers, an id column too");
    cli_error("hint: give --id QUESTION, or --questions with the open questions only");
}

/* Check what the command line names against the form, then count. */
static int count(const char *verb, comments_data *d, survey *s, const comments_opts *co,
                 const char *by, cli_diags *ds, const survey_opts *so, int argc, char **argv)
{
    const char *group = by ? by : survey_group(s);
    int code = check_questions(verb, survey_form(s), co->questions);
    if (!code && by)
        code = analysis_check_select(verb, survey_form(s), "--by", by, NULL);
    if (!code && co->questions && !(d->questions = strdup(co->questions)))
        code = EXIT_SYSTEM;
    if (!code && survey_id(s) && !(d->id = strdup(survey_id(s))))
        code = EXIT_SYSTEM;
    if (!code && !survey_id(s) && !co->questions)
        tell_no_id(ds);
    int silent = ds->silent;
    ds->silent = 0;             /* read here for the first time */
    const word_lists_given given = { co->codebook, co->names, co->stop_words,
                                     co->ignore_accents, 1 };
    if (!code)
        code = word_lists_load(&given, so, argc, argv, ds, &d->lists);
    ds->silent = silent;
    if (!code)
        code = new_tally(d, s, group, co);
    if (code)
        return code;
    /* As the figure verbs: -j reads several files at once only without
     * the duplicate checks (a double submission may span files), else a
     * file at a time on a thread of its own.  Quotes and counts merge
     * exactly, so the output is the same for every -j. */
    int jobs = survey_jobs(so);
    if (jobs > 1 && survey_n_files(s) > 1 && so->no_duplicates) {
        survey_sink sink = { comments_part, comments_add, comments_merge, comments_part_free, d };
        code = survey_run_parallel(s, jobs, &sink);
    } else {
        code = survey_run(s, count_response, d->comments);
    }
    /* A file read for nothing: no figure is right without its answers. */
    if (survey_files_unmatched(s) && code < EXIT_USAGE) {
        yk_comments_free(d->comments);
        d->comments = NULL;
        code = EXIT_DATA;
    }
    return code;
}

int comments_read(const char *verb, const survey_opts *so, const comments_opts *co,
                  const char *by, int argc, char **argv, cli_diags *ds, comments_data **out)
{
    /* As the figure verbs: only double submissions change a figure. */
    survey_opts o = *so;
    o.only_doubles = 1;
    o.questions = NULL;         /* checked here, as text questions */
    survey *s;
    comments_data *d = calloc(1, sizeof *d);
    *out = NULL;
    if (!d)
        return EXIT_SYSTEM;
    ds->silent = co->data_told;
    int code = survey_open(verb, &o, argc, argv, ds, &s);
    if (code) {
        comments_data_free(d);
        return code;
    }
    code = count(verb, d, s, co, by, ds, &o, argc, argv);
    if (code >= EXIT_USAGE || !d->comments) {
        comments_data_free(d);      /* before the form it points into */
        survey_close(s);
        return code ? code : EXIT_SYSTEM;
    }
    d->form = survey_take_form(s);
    survey_close(s);
    *out = d;
    return code;
}

yk_comments *comments_tally(comments_data *d)
{
    return d->comments;
}

const yk_themes *comments_themes(const comments_data *d)
{
    return d->lists.themes;
}

size_t comments_n_names(const comments_data *d)
{
    return d->lists.n_names;
}

void comments_data_free(comments_data *d)
{
    if (!d)
        return;
    yk_comments_free(d->comments);
    word_lists_free(&d->lists);
    yk_form_free(d->form);
    free(d->questions);
    free(d->id);
    free(d);
}
