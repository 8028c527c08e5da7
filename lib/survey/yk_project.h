/* ykien — a project: one survey's form, rounds and settings, in a small
 * text file an office writes by hand:
 *
 *     # Khảo sát tư tưởng đoàn viên, Kiên Giang
 *     form = form                    the form's directory
 *     group = don_vi                 the grouping question
 *     id = ma_phieu                  the respondent id question (optional)
 *     title = ...                    settings later verbs read
 *     round 2012 = data/2012/don-vi-*.csv   files or patterns
 *     round 2013 = data/2013/don-vi-*.csv data/late-2013.csv
 *     column Câu 1 = tt1             a data header that names question tt1
 *
 * A confidence poll's project (ykien votes) names its ballots instead of
 * rounds: `ballots = FILES`, with `members`, `present`, `issued`, `rules`,
 * `base`, `struck`, `added` and `levels`.
 *
 * A feedback project (ykien feedback: góp ý for a self-review) names its
 * contributions instead: `collectives = FILES` (a unit's committee, a row
 * each) and `individuals = FILES`, either or both, each once.  They are
 * read as two rounds named "collectives" and "individuals", in file
 * order, their patterns as a round's; with a `round` line too, the later
 * of the two lines is an error (project-mixed), as is `ballots`.
 *
 * Paths are as written, relative to the project file; the caller resolves
 * them and expands the patterns.  The project owns all its strings. */
#ifndef YK_PROJECT_H
#define YK_PROJECT_H

#include <stddef.h>
#include "yk_diag.h"
#include "yk_input.h"

/* A round's name is at most this many characters: it heads a column of
 * every table and marks a chart's axis.  Lines must be UTF-8. */
enum { YK_ROUND_NAME_MAX_CHARS = 100 };

typedef struct {
    const char *name;
    const char *const *patterns;
    size_t n;
    unsigned long line;
} yk_round_spec;

/* `column HEADER = QUESTION`: data files head QUESTION's column HEADER. */
typedef struct {
    const char *header, *question;
    unsigned long line;
} yk_column_spec;

typedef struct yk_project yk_project;

/* Read a project file.  YK_ERR_PARSE when it has errors (each reported
 * through diag with its line): a line that is not `key = value`, a key
 * given twice, a round without files or named twice, no form, no round
 * (and no ballots), a feedback's keys with rounds or ballots.
 * Unknown keys are warnings: later versions may know them. */
yk_status yk_project_load(const char *source, yk_input *in, yk_diag_fn diag,
                          void *diag_ctx, yk_project **out);
void yk_project_free(yk_project *p);

/* A setting's value, or NULL: "form", "group", "id", "title", ... */
const char *yk_project_get(const yk_project *p, const char *key);
/* The line a setting is on, for diagnostics about its value; 0 if absent. */
unsigned long yk_project_line(const yk_project *p, const char *key);

/* Nonzero when the project is a feedback project (its rounds come from
 * `collectives` and `individuals`). */
int yk_project_is_feedback(const yk_project *p);

size_t yk_project_n_rounds(const yk_project *p);
const yk_round_spec *yk_project_round(const yk_project *p, size_t i);

/* The `column` lines, in file order (a header given twice is an error,
 * "project-duplicate"). */
size_t yk_project_n_columns(const yk_project *p);
const yk_column_spec *yk_project_column(const yk_project *p, size_t i);

#endif
