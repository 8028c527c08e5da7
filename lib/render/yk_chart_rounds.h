/* ykien — a dumbbell chart of one question's favourable share across
 * survey rounds: a row per unit (the province first), a dot per round in
 * the round's categorical colour, a line joining them, and each change
 * the spec calls significant drawn bold (blue up, red down) and written
 * in percentage points in a column of its pair of rounds.
 *
 * The layout draws what it is given: which changes are significant is
 * decided by whoever fills the spec.  YK_ERR_LIMIT when the rows or their
 * labels do not fit the canvas. */
#ifndef YK_CHART_ROUNDS_H
#define YK_CHART_ROUNDS_H

#include "yk_chart_kinds.h"

enum { YK_ROUNDS_MAX = 8 };     /* rounds in one chart */

typedef struct {
    const char *label;          /* a unit, or the province */
    int emphasised;             /* the province: bold, on a shaded band */
    /* Per round, nrounds of each: the favourable share in percent (NAN:
     * no dot, the round's base is under the minimum or it was not asked)
     * and the base (negative: not asked, no base written). */
    const double *share, *base;
    /* Per pair of consecutive rounds, nrounds - 1: the change in
     * percentage points when it is significant, else NAN. */
    const double *change;
} yk_rounds_row;

typedef struct {
    yk_chart_frame frame;
    const char *const *rounds;  /* the rounds' names, oldest first */
    size_t nrounds;             /* 2 to YK_ROUNDS_MAX */
    const char *base_word;      /* "n" */
    const char *up, *down;      /* legend words of a significant rise, fall */
    const yk_rounds_row *rows;
    size_t nrows;
} yk_rounds_chart;

yk_status yk_chart_rounds(yk_chart *c, const yk_rounds_chart *spec);

#endif
