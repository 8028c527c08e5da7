/* ykien — the group × choice table: how many of each group chose each
 * answer of a select question, the counts compare and crosstab test. */
#ifndef YK_FIGURES_GROUPS_H
#define YK_FIGURES_GROUPS_H

#include <stddef.h>
#include "yk_tally.h"

/* Question q's counts in round r by the first `groups` groups of t:
 * (*cells)[g * k + i] is how many of group g chose choice order[i]
 * (order NULL: choice i).  A group the tally cannot count is a row of
 * zeros.  *cells is the caller's to free(); *total (may be NULL) is the
 * sum of the cells.  YK_OK, or YK_ERR_NOMEM (then *cells is NULL). */
yk_status yk_figures_group_table(const yk_tally *t, size_t r, size_t q, size_t groups,
                                 const size_t *order, size_t k, double **cells,
                                 double *total);

#endif
