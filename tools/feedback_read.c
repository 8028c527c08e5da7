/* ykien command — a self-review's feedback read into its tally
 * (feedback.h): the contributions of a feedback project, or loose files,
 * with the codebook and the names its project or the options name. */
#include <stdlib.h>
#include <string.h>
#include "feedback.h"
#include "word_lists.h"

struct feedback_data {
    yk_form *form;
    word_lists lists;
    yk_feedback *tally;
    yk_status failed;           /* why a contribution could not be counted */
    int finished;               /* the tally is whole: its figures may be made */
};

/* A reading thread's own tally, and how its counting went: a failure is
 * told once the threads are done, by the one that merges. */
typedef struct {
    yk_feedback *tally;
    yk_status st;
} feedback_part;

/* The round a contribution was read in says who gave it. */
static yk_from from_of(const char *round)
{
    return strcmp(round, FEEDBACK_ROUND_COLLECTIVES) == 0 ? YK_FROM_COLLECTIVE
                                                          : YK_FROM_INDIVIDUAL;
}

/* ---- what is read ------------------------------------------------------- */

/* Loose files are one kind of contribution: individuals' unless --round
 * says collectives; any other name would be counted as neither. */
static int loose_round(const char *verb, survey_opts *o)
{
    if (!o->form_dir)
        return 0;
    if (!o->round) {
        o->round = FEEDBACK_ROUND_INDIVIDUALS;
        return 0;
    }
    if (strcmp(o->round, FEEDBACK_ROUND_COLLECTIVES) == 0 ||
        strcmp(o->round, FEEDBACK_ROUND_INDIVIDUALS) == 0)
        return 0;
    return cli_usage(verb, "--round says whose contributions the files are: collectives or "
                     "individuals, not '%s'", o->round);
}

/* A survey's project counts respondents by round, not contributions by
 * who gave them. */
static int refuse_survey_project(const char *verb, const survey_opts *o, int argc, char **argv)
{
    if (o->form_dir || argc != 1 || survey_is_feedback(argv[0]))
        return 0;
    return cli_usage(verb, "%s is not a feedback project: it names rounds, not "
                     "'collectives = FILES' and 'individuals = FILES'", argv[0]);
}

/* ---- counting ----------------------------------------------------------- */

static int count_response(void *ctx, const char *round, const yk_response *r)
{
    feedback_data *d = ctx;
    yk_status st = yk_feedback_add(d->tally, from_of(round), r);
    if (st != YK_OK)
        d->failed = st;
    return st != YK_OK;
}

static void *part_new(void *ctx)
{
    const feedback_data *d = ctx;
    feedback_part *p = calloc(1, sizeof *p);
    if (p && yk_feedback_new_like(d->tally, &p->tally) != YK_OK) {
        free(p);
        p = NULL;
    }
    return p;
}

/* A failure stops the part's counting, not the reading: merge tells it. */
static int part_add(void *part, const char *round, const yk_response *r)
{
    feedback_part *p = part;
    if (p->st == YK_OK)
        p->st = yk_feedback_add(p->tally, from_of(round), r);
    return 0;
}

static int part_merge(void *ctx, void *part)
{
    feedback_data *d = ctx;
    const feedback_part *p = part;
    yk_status st = p->st != YK_OK ? p->st : yk_feedback_merge(d->tally, p->tally);
    if (st != YK_OK && d->failed == YK_OK)
        d->failed = st;
    return 0;
}

static void part_free(void *part)
{
    feedback_part *p = part;
    yk_feedback_free(p->tally);
    free(p);
}

/* Every contribution, on as many threads as -j says.  As the figure
 * verbs: several files at once only without the duplicate checks (a
 * double submission may span files); counts and remarks merge exactly,
 * so the output is the same for every -j. */
static int count_all(feedback_data *d, survey *s, const survey_opts *so)
{
    int jobs = survey_jobs(so), code;
    if (jobs > 1 && survey_n_files(s) > 1 && so->no_duplicates) {
        survey_sink sink = { part_new, part_add, part_merge, part_free, d };
        code = survey_run_parallel(s, jobs, &sink);
    } else {
        code = survey_run(s, count_response, d);
    }
    if (d->failed == YK_ERR_LIMIT) {
        cli_error("error: more than %d MB or %d lines of remarks: more than a self-review's "
                  "feedback; nothing is compiled", YK_FEEDBACK_MAX_BYTES >> 20,
                  (int)YK_FEEDBACK_MAX_REMARKS);
        return EXIT_DATA;
    }
    if (d->failed != YK_OK) {
        cli_error("%s", yk_strerror(d->failed));
        return EXIT_SYSTEM;
    }
    /* A file read for nothing: no figure is right without its answers. */
    if (survey_files_unmatched(s) && code < EXIT_USAGE)
        return EXIT_DATA;
    return code;
}

/* The form's targets, as yk_feedback_new finds them: 0 or an exit status
 * after saying why. */
static int find_targets(const char *verb, feedback_data *d, survey *s)
{
    yk_status st = yk_feedback_new(survey_form(s), survey_form_source(s), survey_group(s),
                                   survey_form_diag, s, &d->tally);
    if (st == YK_OK)
        return 0;
    if (st == YK_ERR_PARSE)
        return EXIT_DATA;       /* the form's problems were told */
    if (st == YK_ERR_ARGUMENT)
        return cli_usage(verb, "the unit question '%s' is not a question of the form",
                         survey_group(s));
    cli_error("%s", yk_strerror(st));
    return EXIT_SYSTEM;
}

/* The form's targets, the lists, every contribution, then the remarks
 * masked and merged. */
static int count(const char *verb, feedback_data *d, survey *s, const feedback_opts *fo,
                 cli_diags *ds, const survey_opts *so, int argc, char **argv)
{
    const word_lists_given given = { fo->codebook, fo->names, NULL, fo->ignore_accents, 0 };
    int silent = ds->silent;
    ds->silent = 0;             /* the targets and the lists are read here first */
    int code = find_targets(verb, d, s);
    if (!code)
        code = word_lists_load(&given, so, argc, argv, ds, &d->lists);
    ds->silent = silent;
    if (code)
        return code;
    code = count_all(d, s, so);
    /* The unit is a collective's, read only to mask its name: individuals
     * have none, and no figure is by unit, so a row without one is not
     * worth a word. */
    ds->rows.no_unit = 0;
    /* Rows with data errors leave the rest right; anything else does not. */
    if (code && (code >= EXIT_USAGE || survey_files_unmatched(s) || d->failed != YK_OK))
        return code;
    yk_status st = yk_feedback_finish(d->tally, d->lists.mask, d->lists.themes,
                                      fo->ignore_accents);
    if (st != YK_OK) {
        cli_error("%s", yk_strerror(st));
        return EXIT_SYSTEM;
    }
    d->finished = 1;
    return code;
}

int feedback_read(const char *verb, const survey_opts *so, const feedback_opts *fo, int argc,
                  char **argv, cli_diags *ds, feedback_data **out)
{
    /* As the figure verbs: only double submissions change a figure. */
    survey_opts o = *so;
    o.only_doubles = 1;
    o.questions = NULL;
    *out = NULL;
    int code = loose_round(verb, &o);
    survey *s = NULL;
    ds->silent = fo->data_told;
    if (!code)
        code = survey_open(verb, &o, argc, argv, ds, &s);
    if (!code)
        code = refuse_survey_project(verb, &o, argc, argv);
    feedback_data *d = code ? NULL : calloc(1, sizeof *d);
    if (!code && !d)
        code = EXIT_SYSTEM;
    if (d)
        code = count(verb, d, s, fo, ds, &o, argc, argv);
    if (d && !d->finished) {
        feedback_data_free(d);      /* before the form it points into */
        d = NULL;
    }
    if (d)
        d->form = survey_take_form(s);
    survey_close(s);
    *out = d;
    return d || code ? code : EXIT_SYSTEM;
}

const yk_feedback *feedback_tally(const feedback_data *d)
{
    return d->tally;
}

const yk_themes *feedback_themes(const feedback_data *d)
{
    return d->lists.themes;
}

size_t feedback_n_names(const feedback_data *d)
{
    return d->lists.n_names;
}

void feedback_data_free(feedback_data *d)
{
    if (!d)
        return;
    yk_feedback_free(d->tally);
    word_lists_free(&d->lists);
    yk_form_free(d->form);
    free(d);
}
