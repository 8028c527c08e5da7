/* ykien — rank: units ranked by a figure, with its 95% interval.
 *
 * A row per unit, in the order given (the caller ranks them): its label
 * and base, a point at the figure, whiskers from the interval's low to
 * its high end, and the figure written in a column at the right.  The
 * figure of all units is a dashed reference line across the rows, with
 * its label and value over them. */
#ifndef YK_CHART_RANK_H
#define YK_CHART_RANK_H

#include "yk_chart_kinds.h"

typedef struct {
    const char *label;          /* a unit */
    double base;                /* its n */
    double value, low, high;    /* the figure and its interval */
} yk_rank_row;

typedef struct {
    yk_chart_frame frame;
    const char *base_word;      /* "n" */
    const char *reference_label;    /* "All units"; NULL: no reference line */
    double reference;           /* the figure of all units */
    int percent;                /* figures are percentages (0 to 100) */
    int decimals;               /* the figures' decimals */
    const yk_rank_row *rows;
    size_t nrows;
} yk_rank;

/* Lay out the ranking on c.  YK_ERR_ARGUMENT for a spec without rows or
 * with an interval that does not hold its figure; YK_ERR_LIMIT when the
 * rows do not fit. */
yk_status yk_chart_rank(yk_chart *c, const yk_rank *spec);

#endif
