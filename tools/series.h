/* ykien command — a series of rounds (yk_series.h) opened from what the
 * command line names: a project or --form and data files, or tally files. */
#ifndef YK_TOOLS_SERIES_H
#define YK_TOOLS_SERIES_H

#include "survey.h"
#include "yk_series.h"

/* The rounds of what argv names: a project or --form and data files
 * (tallied grouped by `by`, NULL: the project's group), or tally files.
 * Returns 0 with *out set, or an exit status after saying why; EXIT_DATA
 * may come with a series (the data had errors: what was read is right). */
int series_open(const char *verb, const survey_opts *o, const char *by, int argc,
                char **argv, cli_diags *ds, yk_series **out);

/* The rounds of a tally already made (one form), borrowed: it must
 * outlive the series, which does not free it.  0 or EXIT_SYSTEM. */
int series_of_tally(yk_tally *t, yk_series **out);

#endif
