/* ykien command — the open answers' tally (yk_comments.h) of a survey:
 * the one way a verb (comments, chart themes|words, report) gets it, with
 * its codebook, the names to mask and the stop list found as the project
 * and the options say. */
#ifndef YK_TOOLS_COMMENTS_H
#define YK_TOOLS_COMMENTS_H

#include <stdint.h>
#include "survey.h"
#include "yk_comments.h"

/* What the options and the project choose.  Paths given as options are
 * as typed; the project's are relative to the project file. */
typedef struct {
    const char *codebook;       /* --codebook FILE, else the project's `codebook` */
    const char *names;          /* --names FILE, else the project's `names` */
    const char *stop_words;     /* --stop-words FILE, else the project's
                                   `stop-words`, else the shipped stop-vi */
    int ignore_accents;         /* --ignore-accents */
    size_t quotes;              /* --quotes N: per question and theme; 0: none */
    uint64_t seed;              /* --seed S */
    int uncoded;                /* --uncoded: keep the distinct uncoded answers */
    const char *questions;      /* --questions: text questions (NULL: all) */
} comments_opts;

/* The long options behind comments_option (no --questions: a figure verb
 * has it already), and the handler (a comments_opts *ctx). */
#define COMMENTS_OPTIONS \
    { "codebook", required_argument, NULL, OPT_CODEBOOK }, \
    { "names", required_argument, NULL, OPT_NAMES }, \
    { "stop-words", required_argument, NULL, OPT_STOP_WORDS }, \
    { "ignore-accents", no_argument, NULL, OPT_IGNORE_ACCENTS }, \
    { "quotes", required_argument, NULL, OPT_QUOTES }, \
    { "seed", required_argument, NULL, OPT_SEED }, \
    { "uncoded", no_argument, NULL, OPT_UNCODED }
int comments_option(const char *verb, int opt, const char *arg, void *ctx);

/* The tally and all it rests on (form, themes, mask, stop words). */
typedef struct comments_data comments_data;

/* Open the survey argv names (a project, or so->form_dir and data files),
 * load the codebook, names and stop list, and count every response into
 * a comments tally grouped by `by` (NULL: the project's group).  Returns 0
 * with *out set; EXIT_DATA with *out set when some rows had data errors
 * (figures are right for what was read); else an exit status after saying
 * why, *out NULL (a codebook or names file that cannot be read or has an
 * error is EXIT_DATA: it would change the figures). */
int comments_read(const char *verb, const survey_opts *so, const comments_opts *co,
                  const char *by, int argc, char **argv, cli_diags *ds, comments_data **out);

/* The tally; borrowed from d (its form, themes... live as long). */
yk_comments *comments_tally(comments_data *d);
/* The codebook loaded, or NULL when there is none. */
const yk_themes *comments_themes(const comments_data *d);
/* The names file's names (0 without one). */
size_t comments_n_names(const comments_data *d);
void comments_data_free(comments_data *d);

#endif
