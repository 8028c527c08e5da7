/* ykien — survey rounds side by side.  The rounds may come from tallies
 * of one form or of several: tallies of one form are merged, and a
 * question is followed back through the forms by its name, or by the
 * previous_name the newer form gives it; units are matched by their code,
 * so a unit whose name changed (an alias) stays one unit.
 *
 * Build a series with yk_series_new(), yk_series_add() each tally (oldest
 * form first) and yk_series_finish(); then read it.  Opening files stays
 * with the caller. */
#ifndef YK_SERIES_H
#define YK_SERIES_H

#include <stddef.h>
#include "yk_diag.h"
#include "yk_status.h"
#include "yk_tally.h"

typedef struct yk_series yk_series;

/* An empty series in *out, owning the tallies added (borrowed != 0: not
 * owning them; they must outlive it).  YK_OK or YK_ERR_NOMEM. */
yk_status yk_series_new(int borrowed, yk_series **out);
void yk_series_free(yk_series *s);

/* Add tally t, read from path (borrowed for the series' life; NULL: not
 * from a file): merged into the tally of the same form if the series has
 * one (then t is freed), else a form of its own.  An owning series takes
 * t even on failure (and frees it).  YK_OK, YK_ERR_NOMEM, or
 * yk_tally_merge()'s status. */
yk_status yk_series_add(yk_series *s, yk_tally *t, const char *path);

/* The tallies added, one per form, oldest first (borrowed). */
size_t yk_series_n_tallies(const yk_series *s);
const yk_tally *yk_series_tally_of_form(const yk_series *s, size_t i);

/* List the rounds and follow the questions and units back: YK_OK,
 * YK_ERR_NOMEM, or YK_ERR_ARGUMENT when the tallies make no series (no
 * round, or a round in two forms: said to diag as an error).  A
 * previous_name no older form has is said to diag as a warning whose
 * source is the tally file of the form ("" when not from a file). */
yk_status yk_series_finish(yk_series *s, yk_diag_fn diag, void *ctx);

/* After yk_series_finish(): */
size_t yk_series_n_rounds(const yk_series *s);
const char *yk_series_round_name(const yk_series *s, size_t i);

/* The newest round's form: figures are made for its questions, and its
 * grouping question's choices are the units.  NULL group: not grouped. */
const yk_form *yk_series_form(const yk_series *s);
const yk_question *yk_series_group(const yk_series *s);

/* Round i's tally and the round's index in it. */
const yk_tally *yk_series_tally(const yk_series *s, size_t i, size_t *r);

/* Question q of the newest form in round i's form (SIZE_MAX: not asked
 * then), and unit u, a choice of the newest grouping list, as a group of
 * round i's tally (SIZE_MAX: no such unit then). */
size_t yk_series_question(const yk_series *s, size_t i, size_t q);
size_t yk_series_unit(const yk_series *s, size_t i, size_t u);

/* What changed in question q between rounds i - 1 and i (nothing when
 * both have one form).  Bits of YK_SERIES_*; text (may be NULL) gets them
 * in words, "wording; choice '6' added; ..." (at most size bytes). */
enum {
    YK_SERIES_WORDING = 1,      /* the question's label */
    YK_SERIES_LABELS = 2,       /* a choice's label */
    YK_SERIES_CHOICES = 4,      /* a choice added or gone, or its not_opinion */
    YK_SERIES_VALUES = 8,       /* a choice's value: its place in the order */
};
unsigned yk_series_changes(const yk_series *s, size_t i, size_t q, char *text, size_t size);

#endif
