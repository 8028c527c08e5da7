/* ykien command — reading a survey: a project, or a form and loose files,
 * coded response by response.  Shared by every verb that works on answers. */
#ifndef YK_SURVEY_H
#define YK_SURVEY_H

#include "cli.h"
#include "yk_coder.h"
#include "yk_form.h"
#include "yk_tally.h"

enum { SURVEY_MAX_COLUMNS = 256 };

typedef struct {
    cli_common c;
    const char *form_dir;       /* --form DIR: loose files follow */
    const char *round;          /* --round NAME for loose files */
    const char *group, *id;     /* override the project's */
    const char *columns[SURVEY_MAX_COLUMNS];    /* --column 'HEADER=QUESTION' */
    size_t n_columns;
    int no_duplicates;          /* no duplicate checks: memory stays flat */
    int keep_duplicates;        /* count double submissions twice */
    int strict;                 /* any data error: status 1 */
    long straight_min;          /* --straightlining-min; 0: the project's */
    const char *by_option;      /* what messages call the grouping option:
                                   NULL for "--by", "--rows" for crosstab */
    const char *cross;          /* crosstab's --cols, checked with --by */
    const char *questions;      /* --questions or --scale of a figure verb, to
                                   check against the form before reading */
    int only_doubles;           /* not an option: figures need only the
                                   double submissions found */
} survey_opts;

/* The long options behind survey_option(). */
#define SURVEY_OPTIONS \
    { "form", required_argument, NULL, OPT_FORM }, \
    { "round", required_argument, NULL, OPT_ROUND }, \
    { "group", required_argument, NULL, OPT_GROUP }, \
    { "id", required_argument, NULL, OPT_ID }, \
    { "no-duplicates", no_argument, NULL, OPT_NO_DUPLICATES }, \
    { "column", required_argument, NULL, OPT_COLUMN }, \
    { "keep-duplicates", no_argument, NULL, OPT_KEEP_DUPLICATES }, \
    { "strict", no_argument, NULL, OPT_STRICT }, \
    { "straightlining-min", required_argument, NULL, OPT_STRAIGHTLINING_MIN }

/* -j N for the verbs that tally (they read files on N threads). */
#define SURVEY_JOBS_OPTION { "jobs", required_argument, NULL, 'j' }

/* A cli_option_fn for SURVEY_OPTIONS, -j and the reading options (a
 * survey_opts *ctx). */
int survey_option(const char *verb, int opt, const char *arg, void *ctx);

typedef struct survey survey;

/* Open what the arguments name: one PROJECT file, or (with --form) data
 * files.  Loads the form (problems reported) and lists the rounds' files.
 * Returns 0 with *out set, or an exit status after saying why. */
int survey_open(const char *verb, const survey_opts *o, int argc, char **argv,
                cli_diags *ds, survey **out);
void survey_close(survey *s);

/* Called for each coded response; return nonzero to stop. */
typedef int (*survey_fn)(void *ctx, const char *round, const yk_response *r);

/* Read every file of every round, in order.  With more than one job
 * (survey_jobs), each file is read on a thread of its own while this one
 * codes its rows and calls fn: the same calls in the same order, so the
 * same output.  Returns the worst exit status: data
 * errors in rows give 0 (the rows are counted in the cli_diags' rows, and
 * the verb says so), errors of a whole file (its header, a quote never
 * closed, reading stopped) EXIT_DATA. */
int survey_run(survey *s, survey_fn fn, void *ctx);

/* The threads to read on: -j N, else the machine's cores. */
int survey_jobs(const survey_opts *o);

/* Nonzero when arg names a project file (it ends in .ykien). */
int survey_is_project(const char *arg);
/* Nonzero when path is a project of a confidence poll (ballots, no rounds). */
int survey_is_poll(const char *path);

/* A form that is a confidence poll's ballot (settings' form_kind = ballot,
 * or, when dir is given, the form directory of a poll project in dir's
 * parent) is refused: said on stderr naming source, EXIT_USAGE.  0 for a
 * survey's form. */
int survey_refuse_ballot(const char *source, const yk_form *form, const char *dir);

/* The data files that argv names: files as they are, projects as the
 * files of all their rounds; a file named twice is listed once (with a
 * warning).  *out (free with survey_free_args) gets *n paths.  Returns 0 or an exit status after saying why. */
int survey_expand_args(const char *verb, int argc, char **argv, cli_diags *ds, char ***out,
                       int *n);
void survey_free_args(char **paths, int n);

/* What reading on several threads fills: each thread counts into a part
 * of its own (new_part: NULL when out of memory), the parts are merged
 * into the whole in file order (merge), then freed.  add and merge return
 * nonzero on failure. */
typedef struct {
    void *(*new_part)(void *ctx);
    int (*add)(void *part, const char *round, const yk_response *r);
    int (*merge)(void *ctx, void *part);
    void (*free_part)(void *part);
    void *ctx;
} survey_sink;

/* Read every file into sink's parts, jobs files at once, as
 * survey_tally_parallel does for a tally (its rules hold); with more jobs
 * than files, each of the spare threads reads the files of one of them. */
int survey_run_parallel(survey *s, int jobs, const survey_sink *sink);

/* Tally every file into `into` (made for this survey's form), reading
 * jobs files at once, each thread with its own coder and tally, merged in
 * file order; diagnostics are told in file order afterwards, so the
 * output is the same as one thread's.  The duplicate checks are off: a
 * double submission may span files, so they need one reader in order.
 * Returns the worst exit status, as survey_run. */
int survey_tally_parallel(survey *s, int jobs, yk_tally *into);

const yk_form *survey_form(const survey *s);
/* survey.csv as diagnostics name it ("DIR/survey.csv", "form.xlsx:survey");
 * borrowed until survey_close. */
const char *survey_form_source(const survey *s);
/* A yk_diag_fn (ctx: the survey) for what a later reading finds in the
 * form: told as the survey's diagnostics, a workbook's lines as its rows. */
void survey_form_diag(void *ctx, const yk_diag *d);
/* The form, now the caller's to free; the survey is of no use after. */
yk_form *survey_take_form(survey *s);
/* The form's files as read, for tally files; borrowed. */
yk_form_text survey_form_text(const survey *s);
/* The grouping question's name, or NULL. */
const char *survey_group(const survey *s);
/* The respondent id question's name (--id, else the project's), or NULL. */
const char *survey_id(const survey *s);
const yk_coder_stats *survey_stats(const survey *s);
/* Files whose header matched no question (or under half the required
 * ones): their rows were not read, and no figure may be printed. */
unsigned long survey_files_unmatched(const survey *s);
size_t survey_n_files(const survey *s);

#endif
