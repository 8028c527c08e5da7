/* ykien — a question's figure for each unit, with its interval: the
 * series the charts (rank, likert, heatmap) and the report's themes draw.
 *
 * A unit's figure is the share who agree with a statement (its upper
 * levels, yk_figure_upper) with its 95% Wilson interval, or the mean of a
 * number question with its 95% t interval, in one round and one group of
 * the tally (a unit; SIZE_MAX: all of them).  A figure resting on fewer
 * answers than the caller's minimum is not given: its base is, so that
 * the caller can hide units by the rules of yk_disclosure.h and say how
 * many it left out.  Which units a chart hides is the caller's: it
 * compares the units' bases with each other. */
#ifndef YK_FIGURES_UNITS_H
#define YK_FIGURES_UNITS_H

#include <stddef.h>
#include "yk_figures.h"

typedef struct {
    double base;        /* the answers it rests on: opinions (not-an-opinion
                         * answers left out), or numbers given */
    int shown;          /* the figure exists: base is at least the minimum,
                         * and at least 1 for a share, 2 for a mean */
    double value;       /* the share in percent (0 to 100), or the mean;
                         * NAN when not shown */
    double low, high;   /* its 95% interval, in value's terms; NAN when not shown */
} yk_unit_figure;

/* Whether q has upper levels (an ordinal select_one with three or more
 * opinions): whether yk_figure_unit_share() gives it a figure. */
int yk_figure_has_upper(const yk_question *q);

/* The share of question qi's opinions in its upper levels in round r,
 * group g (SIZE_MAX: every group), 100 k / n, with the Wilson interval of
 * k in n at YK_Z95 (R's prop.test(k, n, correct = FALSE)$conf.int), in
 * percent; shown when n >= 1 and n >= min.  YK_OK with *f filled;
 * YK_ERR_ARGUMENT (f->base 0, not shown) when qi has no upper levels or
 * the tally no counts of it for r and g, or (f->base set, not shown) when
 * the interval cannot be computed. */
yk_status yk_figure_unit_share(const yk_tally *t, size_t r, size_t g, size_t qi, long min,
                               yk_unit_figure *f);

/* The mean of number question qi's answers in round r, group g
 * (SIZE_MAX: every group), with its t interval at 95% (R's
 * t.test(x)$conf.int); shown when n >= 2 and n >= min.  YK_OK with *f
 * filled; YK_ERR_ARGUMENT (f->base 0, not shown) when the tally has no
 * numbers of qi for r and g, or (f->base set, not shown) when its
 * statistics cannot be computed. */
yk_status yk_figure_unit_mean(const yk_tally *t, size_t r, size_t g, size_t qi, long min,
                              yk_unit_figure *f);

#endif
