/* ykien — a question's figure for each unit, with its interval: the
 * series the charts (rank, likert, heatmap, bars) and the report's themes
 * draw.
 *
 * A unit's figure is each answer's percent of those who answered a
 * select question, the share who agree with a statement (its upper
 * levels, yk_figure_upper) with its 95% Wilson interval, or the mean of a
 * number question with its 95% t interval, in one round and one group of
 * the tally (a unit; SIZE_MAX: all of them).  A share or a mean resting on
 * fewer answers than the caller's minimum is not given: its base is, so that
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

/* Each answer's percent of those who answered select question qi in
 * round r, group g (SIZE_MAX: every group): *base those who answered (of
 * a select_multiple as the tally counts them, of a select_one the sum of
 * its answers, not-an-opinion ones included) and percents[i] = 100
 * counts[i] / *base for choice i of its list (0 when nobody answered),
 * list->n of them.  YK_OK; YK_ERR_ARGUMENT when qi is not a select
 * question (*base 0, percents untouched) or the tally has no counts of it
 * for r and g (*base and every percent 0); YK_ERR_NOMEM (*base 0). */
yk_status yk_figure_unit_percents(const yk_tally *t, size_t r, size_t g, size_t qi,
                                  double *percents, double *base);

#endif
