/* ykien — statistical disclosure control: which figures may be shown.
 *
 * A Youth Union survey asks members about their ideology and their leaders;
 * no figure may let a reader learn one member's answers.  Two rules, as
 * statistical offices apply them to tables of persons:
 *
 *   primary    a figure resting on fewer than k respondents is left blank
 *              (k is --min-base).  For a weighted figure the base is Kish's
 *              effective base (sum w)^2 / sum w^2, not the raw count: one
 *              respondent with a large weight is still one respondent.
 *   secondary  a hidden group must not be recoverable by difference (the
 *              total, published in this table or another, minus the shown
 *              groups).  Whenever exactly one group of a dimension is
 *              hidden, or the hidden groups together hold fewer than k
 *              respondents, the smallest shown group is hidden too, until
 *              neither holds.
 *
 * In a two-way table (crosstab, freq --by) both questions are groups: a
 * cell is shown only when its row's group and its column's group are both
 * shown, whichever question is called the group and whichever the item.
 *
 * A group with base 0 has nothing to hide and is never hidden; k <= 0
 * turns suppression off (--no-suppression).  Pure functions; no
 * allocation. */
#ifndef YK_DISCLOSURE_H
#define YK_DISCLOSURE_H

#include <stddef.h>

/* Kish's effective base of weighted respondents: (sum_w)^2 / sum_w2, from
 * the sum of the weights and the sum of their squares; 0 when sum_w2 is
 * not positive.  Equal weights give back the count. */
double yk_disclosure_effective_base(double sum_w, double sum_w2);

/* Nonzero when a figure resting on `base` respondents (raw, or effective)
 * must be blank under threshold k: 0 < base < k. */
int yk_disclosure_small(double base, double k);

/* Decide which of n groups of one dimension to hide: sets hidden[i] to 1
 * for the groups hidden by the primary rule and then by the secondary
 * rule, 0 for the others; returns the number hidden.  base[i] is group i's
 * base (raw, or effective for weighted figures); ties in the secondary
 * rule go to the earlier group, so the result does not depend on anything
 * but the bases. */
size_t yk_disclosure_groups(const double *base, size_t n, double k, unsigned char *hidden);

/* Whether a total's extreme value (its minimum or maximum) may be shown
 * when some groups are hidden: only when a shown group with a base has
 * that same extreme, so the value is visible anyway; otherwise it could
 * be a hidden respondent's answer.  group_extreme[i] is group i's minimum
 * (or maximum), read only where base[i] > 0 and !hidden[i]. */
int yk_disclosure_extreme_shown(double total_extreme, const double *group_extreme,
                                const double *base, const unsigned char *hidden, size_t n);

#endif
