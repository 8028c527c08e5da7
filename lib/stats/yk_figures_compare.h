/* ykien — compare: do the groups answer each question differently?
 *
 * The test that fits each question o covers, across the tally's groups
 * (responses without a group answer left out): Pearson's chi-square for a
 * nominal select_one (effect: Cramér's V); Kruskal-Wallis, tie-corrected,
 * for an ordinal one (opinions only; effect: epsilon squared, H/(n-1));
 * one-way ANOVA and Welch's ANOVA for numbers (effect: eta squared); each
 * choice of a select_multiple a chi-square of chose or not among those
 * who answered (question "q/choice").  With o->pairs, Dunn's test for
 * every pair of groups after each Kruskal-Wallis test; with o->vs_rest,
 * each group against all the others by its favourable share (a
 * two-proportion z, effect the difference in percentage points).  Pairs
 * and groups hidden under o->min_base (yk_disclosure.h) are left out.
 *
 * p is adjusted (Holm, or Benjamini-Hochberg with o->bh) over each family:
 * the round's tests, each question's pairs, the round's vs-rest tests.
 * A p a double cannot hold still prints ("5.08103e-432"; its value 0). */
#ifndef YK_FIGURES_COMPARE_H
#define YK_FIGURES_COMPARE_H

#include "yk_figures.h"
#include "yk_table.h"

/* compare's columns, in order; yk_compare_columns holds their names. */
enum {
    YK_COMPARE_ROUND, YK_COMPARE_QUESTION, YK_COMPARE_TEST, YK_COMPARE_STATISTIC,
    YK_COMPARE_DF, YK_COMPARE_DF2, YK_COMPARE_P, YK_COMPARE_P_ADJUSTED, YK_COMPARE_EFFECT,
    YK_COMPARE_N, YK_COMPARE_PAIR,
    YK_COMPARE_NCOLS
};
extern const char *const yk_compare_columns[];

/* Add compare's rows for t, which must be grouped (YK_ERR_ARGUMENT if
 * not), to tab (initialised with yk_compare_columns and YK_COMPARE_NCOLS).
 * Groups with a single answer to a number question are left out of its
 * tests, said to o->diag.  Nothing is blanked: *blank is left as it is.
 * YK_OK, or YK_ERR_NOMEM. */
yk_status yk_figures_compare(const yk_tally *t, const yk_figure_opts *o, yk_table *tab,
                             unsigned long *blank);

#endif
