/* ykien — crosstab: two select_one questions against each other.
 *
 * The rows are the tally's grouping question, the columns question q.
 * Per round (o->round: only that one): each cell's count, row and column
 * percent, expected count and adjusted standardized residual (R's
 * chisq.test()$stdres); then rows with row "_test": Pearson's chi-square,
 * the likelihood-ratio G2 (statistic, df, p) and Cramér's V.  When more
 * than a fifth of the expected counts are under 5, o->diag is told, and a
 * table that is 2 x 2 once empty rows and columns go gets Fisher's exact
 * test ("fisher"), a larger one a Monte-Carlo p ("chisq_mc": 10000 tables
 * with the same margins, a fixed seed, as R's
 * chisq.test(simulate.p.value = TRUE)).
 *
 * Both questions are groups (yk_disclosure.h): a cell is blank when its
 * row or its column is hidden under o->min_base; a round with fewer than
 * o->min_base answers is shown without figures or tests. */
#ifndef YK_FIGURES_CROSSTAB_H
#define YK_FIGURES_CROSSTAB_H

#include "yk_figures.h"
#include "yk_table.h"

/* crosstab's columns, in order; yk_crosstab_columns holds their names. */
enum {
    YK_CROSSTAB_ROUND, YK_CROSSTAB_ROW, YK_CROSSTAB_COL, YK_CROSSTAB_N,
    YK_CROSSTAB_ROW_PERCENT, YK_CROSSTAB_COL_PERCENT, YK_CROSSTAB_EXPECTED,
    YK_CROSSTAB_RESIDUAL, YK_CROSSTAB_STATISTIC, YK_CROSSTAB_DF, YK_CROSSTAB_P,
    YK_CROSSTAB_NCOLS
};
extern const char *const yk_crosstab_columns[];

/* Add crosstab's rows for t's grouping question (which must exist:
 * YK_ERR_ARGUMENT if not) against select_one question q of its form, to
 * tab (initialised with yk_crosstab_columns and YK_CROSSTAB_NCOLS),
 * counting the cells left blank by the primary rule in *blank (secondary
 * ones in *o->secondary).  YK_OK, or YK_ERR_NOMEM. */
yk_status yk_figures_crosstab(const yk_tally *t, size_t q, const yk_figure_opts *o,
                              yk_table *tab, unsigned long *blank);

#endif
