/* ykien command — a self-review's feedback (yk_feedback.h), read from a
 * feedback project or loose files with the codebook and names its project
 * or options name: the one way `feedback` and `report --template
 * self-review` get it.
 *
 * A feedback project names its contributions' files instead of rounds:
 *
 *     form = form
 *     group = don_vi                 the contributor's unit (optional):
 *                                    its names are masked out of remarks
 *     collectives = data/tap-the/dv-*.csv  a unit's committee, a row each
 *     individuals = data/ca-nhan/cn-*.csv data/ca-nhan/cn-*.xlsx
 *     codebook = chu-de.csv          themes, as `comments` reads them
 *     names = ten.txt                more names to mask
 *
 * The two keys are read as two rounds named "collectives" and
 * "individuals" (yk_project.h); loose files are individuals', or
 * collectives' with --round collectives. */
#ifndef YK_TOOLS_FEEDBACK_H
#define YK_TOOLS_FEEDBACK_H

#include "survey.h"
#include "yk_feedback.h"

/* The rounds a feedback project's two keys become. */
#define FEEDBACK_ROUND_COLLECTIVES "collectives"
#define FEEDBACK_ROUND_INDIVIDUALS "individuals"

typedef struct {
    const char *codebook;       /* --codebook FILE, else the project's `codebook` */
    const char *names;          /* --names FILE, else the project's `names` */
    int ignore_accents;         /* --ignore-accents */
    int data_told;              /* the form's and data's problems were told
                                   by an earlier reading: not again */
} feedback_opts;

/* Nonzero when path is a feedback project (`collectives` or
 * `individuals`, no rounds). */
int survey_is_feedback(const char *path);

typedef struct feedback_data feedback_data;

/* Open the survey argv names, load the codebook and names, count every
 * contribution and finish the tally (yk_feedback_finish).  Returns 0 with
 * *out set; EXIT_DATA with *out set when some rows had data errors (the
 * figures are right for what was read); else an exit status after saying
 * why, *out NULL (a form that is no feedback form, a codebook or names
 * file that cannot be read or has an error, remarks over the tally's cap:
 * EXIT_DATA; a survey's or a poll's project, loose files' --round other
 * than the two: EXIT_USAGE). */
int feedback_read(const char *verb, const survey_opts *so, const feedback_opts *fo, int argc,
                  char **argv, cli_diags *ds, feedback_data **out);

/* Borrowed from d. */
const yk_feedback *feedback_tally(const feedback_data *d);
const yk_themes *feedback_themes(const feedback_data *d);   /* may be NULL */
/* The names file's names (0 without one): the foot says they were masked. */
size_t feedback_n_names(const feedback_data *d);
void feedback_data_free(feedback_data *d);

#endif
