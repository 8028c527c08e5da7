/* ykien — describe: the centre and spread of ordinal and numeric answers.
 *
 * For every ordinal select_one (yk_figure_is_ordinal) and every number
 * question o covers: n, mean and SD (n - 1); for ordinal ones the median
 * and quartiles (R's type 7 on the answers the counts stand for), the
 * percent in the top two and bottom two answers, their difference (net)
 * and the top-2 share's 95% Wilson interval; for numbers the minimum and
 * maximum, and for integers the median and quartiles from the counts of
 * their values.  Not-an-opinion answers are left out.
 *
 * One row per question, per round (o->round: only that one) and group
 * (o->by: one per answer of the tally's grouping question).  A row
 * resting on fewer than o->min_base respondents is blank; groups are
 * hidden by the rules of yk_disclosure.h, and without o->by the total's
 * minimum and maximum are blank when they could be a hidden unit's. */
#ifndef YK_FIGURES_DESCRIBE_H
#define YK_FIGURES_DESCRIBE_H

#include "yk_figures.h"
#include "yk_table.h"

/* describe's columns, in order; yk_describe_columns holds their names. */
enum {
    YK_DESCRIBE_ROUND, YK_DESCRIBE_GROUP, YK_DESCRIBE_QUESTION, YK_DESCRIBE_N,
    YK_DESCRIBE_MEAN, YK_DESCRIBE_SD, YK_DESCRIBE_MEDIAN, YK_DESCRIBE_Q1, YK_DESCRIBE_Q3,
    YK_DESCRIBE_TOP2, YK_DESCRIBE_BOTTOM2, YK_DESCRIBE_NET, YK_DESCRIBE_MIN, YK_DESCRIBE_MAX,
    YK_DESCRIBE_EFFECTIVE_N, YK_DESCRIBE_TOP2_LOW, YK_DESCRIBE_TOP2_HIGH,
    YK_DESCRIBE_NCOLS
};
extern const char *const yk_describe_columns[];

/* Add describe's rows for t to tab (initialised with yk_describe_columns
 * and YK_DESCRIBE_NCOLS), counting the figures left blank by the primary
 * rule in *blank (secondary ones in *o->secondary).  An integer question
 * whose quartiles cannot be given (too many distinct values in a unit, or
 * a tally file without counts of values) gets a warning through o->diag.
 * With o->weight, t must be grouped and every unit must have members (the
 * caller checks).  YK_OK, or YK_ERR_NOMEM (the rows added so far stay). */
yk_status yk_figures_describe(const yk_tally *t, const yk_figure_opts *o, yk_table *tab,
                              unsigned long *blank);

#endif
