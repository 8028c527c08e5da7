/* ykien command — survey rounds side by side.  The rounds may come from
 * one project (one form) or from tally files of different forms, one per
 * round or several: tallies of one form are merged, and a question is
 * followed back through the forms by its name, or by the previous_name
 * the newer form gives it; units are matched by their code, so a unit
 * whose name changed (an alias) stays one unit. */
#ifndef YK_SERIES_H
#define YK_SERIES_H

#include "survey.h"
#include "yk_tally.h"

typedef struct series series;

/* The rounds of what argv names: a project or --form and data files
 * (tallied grouped by `by`, NULL: the project's group), or tally files.
 * Returns 0 with *out set, or an exit status after saying why; EXIT_DATA
 * may come with a series (the data had errors: what was read is right). */
int series_open(const char *verb, const survey_opts *o, const char *by, int argc,
                char **argv, cli_diags *ds, series **out);
void series_free(series *s);

/* The rounds of a tally already made (one form), borrowed: it must
 * outlive the series, which does not free it.  0 or EXIT_SYSTEM. */
int series_of_tally(yk_tally *t, series **out);

size_t series_n_rounds(const series *s);
const char *series_round_name(const series *s, size_t i);

/* The newest round's form: figures are made for its questions, and its
 * grouping question's choices are the units.  NULL group: not grouped. */
const yk_form *series_form(const series *s);
const yk_question *series_group(const series *s);

/* Round i's tally and the round's index in it. */
const yk_tally *series_tally(const series *s, size_t i, size_t *r);

/* Question q of the newest form in round i's form (SIZE_MAX: not asked
 * then), and unit u, a choice of the newest grouping list, as a group of
 * round i's tally (SIZE_MAX: no such unit then). */
size_t series_question(const series *s, size_t i, size_t q);
size_t series_unit(const series *s, size_t i, size_t u);

/* What changed in question q between rounds i - 1 and i (nothing when
 * both have one form).  Bits of SERIES_*; text (may be NULL) gets them in
 * words, "wording; choice '6' added; ..." (at most size bytes). */
enum {
    SERIES_WORDING = 1,         /* the question's label */
    SERIES_LABELS = 2,          /* a choice's label */
    SERIES_CHOICES = 4,         /* a choice added or gone, or its not_opinion */
    SERIES_VALUES = 8,          /* a choice's value: its place in the order */
};
unsigned series_changes(const series *s, size_t i, size_t q, char *text, size_t size);

#endif
