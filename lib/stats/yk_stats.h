/* ykien — the statistics: pure functions from counts and sums to figures.
 *
 * Nothing here sees a respondent: every function takes what a tally
 * keeps (counts per choice, sums, cross-products) and returns figures.
 * Distributions come from GSL, whose aborting error handler this module
 * turns off itself, once per process (thread-safe), before its first GSL
 * call; every GSL status is checked.  Functions return
 * YK_OK, or YK_ERR_ARGUMENT when a figure does not exist for the input
 * (no observations, zero variance where one is needed): never a NaN
 * passed on silently. */
#ifndef YK_STATS_H
#define YK_STATS_H

#include <stddef.h>
#include "yk_status.h"

/* 95% two-sided z: the 0.975 quantile of the standard normal. */
#define YK_Z95 1.959963984540054

/* Upper-tail p-values of the chi-square and F distributions, from GSL's
 * incomplete gamma and beta functions (the _e forms, status checked):
 * P(X > x).  Need x >= 0 and df > 0. */
yk_status yk_stats_chisq_p(double x, double df, double *p);
yk_status yk_stats_f_p(double f, double df1, double df2, double *p);

/* The natural logarithm of the same tails, and of the two-sided normal
 * tail erfc(|z| / sqrt 2) of the z tests (two proportions, Mann-Whitney,
 * trend, Dunn), for p-values a double cannot hold: a chi-square of 2000 on
 * 4 df has p = 5.08103e-432 (R: pchisq(2000, 4, lower.tail = FALSE, log.p =
 * TRUE)), which yk_stats_chisq_p gives as 0.  Exact to ~1e-13 absolutely
 * (so p to ~1e-13 relatively): above 1e-280 the log of the p above,
 * below it the continued fractions of the incomplete gamma and beta
 * functions in log space.  YK_ERR_ARGUMENT where the p functions give it. */
yk_status yk_stats_chisq_lnp(double x, double df, double *lnp);
yk_status yk_stats_f_lnp(double f, double df1, double df2, double *lnp);
yk_status yk_stats_normal_lnp(double z, double *lnp);

/* A p-value as text with `digits` significant digits, as printf's "%.*g"
 * writes it ("0.0123", "9.98e-11"), from p, or from lnp (its natural log)
 * where p is below 1e-280 and lnp is finite: "1.30231e-433", a number no
 * double holds but every reader of the text can compare.  buf gets at
 * most size bytes (40 hold any). */
void yk_stats_p_text(double p, double lnp, int digits, char *buf, size_t size);

/* Wilson score interval for k successes in n trials at z, as fractions
 * (0..1); R's prop.test(k, n, correct = FALSE)$conf.int.  Needs n > 0,
 * 0 <= k <= n, z > 0; k and n may be weighted (non-integer).  The bound
 * is exactly 0 at k = 0 and exactly 1 at k = n. */
yk_status yk_stats_wilson(double k, double n, double z, double *low, double *high);

/* Newcombe's hybrid score interval (his method 10, 1998) for the
 * difference of two independent proportions p1 - p2 = k1/n1 - k2/n2, as
 * fractions: from the two Wilson intervals (l, u) at z,
 *   low  = d - sqrt((p1 - l1)^2 + (u2 - p2)^2),
 *   high = d + sqrt((u1 - p1)^2 + (p2 - l2)^2).
 * Needs what yk_stats_wilson needs of each. */
yk_status yk_stats_newcombe(double k1, double n1, double k2, double n2, double z,
                            double *low, double *high);

/* The two-proportion z test of p1 = p2 with the pooled proportion: z =
 * (p1 - p2) / sqrt(p (1 - p) (1/n1 + 1/n2)), p two-sided; z^2 is R's
 * prop.test(c(k1, k2), c(n1, n2), correct = FALSE)$statistic.  Needs
 * n1, n2 > 0 and a pooled proportion strictly between 0 and 1 (else
 * YK_ERR_ARGUMENT: there is nothing to test). */
yk_status yk_stats_two_proportions(double k1, double n1, double k2, double n2,
                                   double *z, double *p);

/* The Mann-Whitney (Wilcoxon rank-sum) test of two ordinal distributions,
 * counts1 and counts2 of k ordered levels, by its normal approximation
 * with the tie correction and no continuity correction (R's
 * wilcox.test(exact = FALSE, correct = FALSE)): z > 0 when the second
 * tends higher.  For two groups this is Kruskal-Wallis (z^2 = H) and
 * Dunn's z, which is how it is computed. */
yk_status yk_stats_mann_whitney(const double *counts1, const double *counts2, size_t k,
                                double *z, double *p);

/* The Cochran-Armitage test for a trend in proportions k[i] / n[i] over
 * ordered groups with scores s[i]:
 *   z = sum k (s - s_bar) / sqrt(p (1 - p) sum n (s - s_bar)^2),
 * s_bar and p weighted by n; z^2 is R's prop.trend.test(k, n, s).  p is
 * two-sided.  Groups with n = 0 are left out; needs two groups with
 * different scores and a pooled proportion strictly between 0 and 1. */
yk_status yk_stats_trend(const double *k, const double *n, const double *s, size_t groups,
                         double *z, double *p);

/* Quantile p (0..1) of an ordinal distribution given as counts[i] of
 * value values[i] (values ascending), by the rule of R's quantile(type =
 * 7) applied to the sorted data the counts stand for: h = (N-1)p, then
 * linear interpolation between the values at ranks floor(h) and ceil(h)
 * (0-based).  N = sum of counts > 0; values must not decrease; levels
 * with a zero count are skipped.  Equals R's result exactly for integer
 * counts (same interpolation expression); non-integer (weighted) counts
 * use the same rule on the cumulative weights. */
yk_status yk_stats_quantile(const double *counts, const double *values, size_t k,
                            double p, double *q);

/* Mean and sample standard deviation (n - 1) from n, the sum and the sum
 * of squares: var = (n sumsq - sum^2) / (n (n - 1)) in long double, exact
 * for integer answers while n sumsq < 2^64.  For data far from zero the
 * sums lose digits (see tests/unit/check_stats.c for the precision on the
 * NIST data).  n must be > 0 (else nothing is set); sd needs n >= 2 (else
 * *sd is left alone and YK_ERR_ARGUMENT returned after *mean is set).  A
 * zero variance gives sd = 0; sums that break Cauchy-Schwarz by more than
 * rounding give YK_ERR_ARGUMENT. */
yk_status yk_stats_mean_sd(double n, long double sum, long double sumsq,
                           double *mean, double *sd);

/* The t interval for a mean from n answers with sample standard deviation
 * sd, at level (0.95 for 95%): mean -/+ t sd / sqrt(n), t the 1 - (1 -
 * level)/2 quantile of Student's t with n - 1 degrees of freedom (GSL's
 * gsl_cdf_tdist_Pinv); R's t.test(x, conf.level = level)$conf.int.
 * Needs n >= 2, sd >= 0 and 0 < level < 1, all finite. */
yk_status yk_stats_mean_interval(double n, double mean, double sd, double level,
                                 double *low, double *high);

/* Pearson's chi-square test of independence for an r x c table of counts
 * (row-major); R's chisq.test(correct = FALSE).  Rows or columns that are
 * all zero are dropped first (R would give NaN); df and Cramér's V
 * sqrt(X2 / (N (min(r', c') - 1))) are those of the table that is left,
 * which needs at least 2 rows and 2 columns, else YK_ERR_ARGUMENT. */
yk_status yk_stats_chisq(const double *table, size_t r, size_t c,
                         double *chisq, double *df, double *p, double *v);

/* Likelihood-ratio G-squared 2 sum O ln(O/E) for the same table (empty
 * cells add 0); same dropping rule and df as yk_stats_chisq. */
yk_status yk_stats_gsquare(const double *table, size_t r, size_t c,
                           double *g2, double *p);

/* Expected counts and adjusted standardized residuals (R's
 * chisq.test()$expected and $stdres), r x c row-major into caller arrays of
 * r * c.  Cells of an all-zero row or column get expected 0, residual 0.
 * Same table requirements as yk_stats_chisq. */
yk_status yk_stats_residuals(const double *table, size_t r, size_t c,
                             double *expected, double *adjusted);

/* Fisher's exact test, two-sided (R's fisher.test: sum of the
 * probabilities of tables no more likely than the one observed), for a
 * 2 x 2 table a b / c d, i.e. fisher.test(matrix(c(a, c, b, d), 2)).
 * Counts must be whole numbers below 2^32 (an exact test of weighted
 * counts has no meaning).  Tables as likely as the observed one within
 * R's relative 1e-7 count as no more likely. */
yk_status yk_stats_fisher2x2(double a, double b, double c, double d, double *p);

/* Kruskal-Wallis H from an ordinal k-level distribution per group:
 * counts[g * k + i] is how many in group g gave level i.  Tie-corrected,
 * as R's kruskal.test.  Gives H, df = groups - 1 (groups with no
 * observations dropped), p.  Needs two non-empty groups and at least two
 * distinct levels answered (all answers tied gives YK_ERR_ARGUMENT, where
 * R gives NaN). */
yk_status yk_stats_kruskal(const double *counts, size_t groups, size_t k,
                           double *h, double *df, double *p);

/* A Monte-Carlo p for Pearson's chi-square of an r x c table with its
 * margins fixed (R's chisq.test(simulate.p.value = TRUE, B = b)): b random
 * tables with the same margins, p = (1 + those with a statistic as large)
 * / (b + 1).  seed fixes the draws (GSL's MT19937), so the same table
 * gives the same p.  For sparse tables, where the chi-square distribution
 * is a poor guide. */
yk_status yk_stats_chisq_mc(const double *table, size_t r, size_t c, unsigned long b,
                            unsigned long seed, double *p);

/* Dunn's test (1964) of groups a and b after Kruskal-Wallis, from the
 * same counts: z = difference of mean ranks (midranks of the pooled
 * data) over its tie-corrected standard error, p two-sided from the
 * normal (as R's dunn.test with method "none").  Adjust over the pairs
 * with yk_stats_holm or yk_stats_bh. */
yk_status yk_stats_dunn(const double *counts, size_t groups, size_t k, size_t a,
                        size_t b, double *z, double *p);

/* One-way ANOVA (equal variances) and Welch's ANOVA (R's oneway.test with
 * var.equal TRUE and FALSE) from per-group n, mean and sample variance.
 * Groups with n = 0 are dropped (their mean and var are not read); var is
 * read only where n >= 2.  Both need two non-empty groups.  ANOVA needs
 * N > groups and a within-group variance > 0; Welch needs n >= 2 and
 * var > 0 in every non-empty group.  Else YK_ERR_ARGUMENT. */
yk_status yk_stats_anova(const double *n, const double *mean, const double *var,
                         size_t groups, double *f, double *df1, double *df2,
                         double *p);
yk_status yk_stats_welch(const double *n, const double *mean, const double *var,
                         size_t groups, double *f, double *df1, double *df2,
                         double *p);

/* Holm's and Benjamini-Hochberg's adjusted p-values (R's p.adjust), in
 * place order: adjusted[i] for p[i], an array of n the caller owns (it may
 * be p itself).  Every p must be in [0, 1]; n = 0 is an empty family.
 * May return YK_ERR_NOMEM. */
yk_status yk_stats_holm(const double *p, size_t n, double *adjusted);
yk_status yk_stats_bh(const double *p, size_t n, double *adjusted);
/* The same adjustments in log space: lnp[i] = ln p[i] <= 0 (-inf
 * allowed), adjusted[i] its adjusted ln p, so a family whose p-values
 * underflow still ranks and adjusts them (ln(n - i + 1) + ln p, and so
 * on).  May return YK_ERR_NOMEM. */
yk_status yk_stats_holm_ln(const double *lnp, size_t n, double *adjusted);
yk_status yk_stats_bh_ln(const double *lnp, size_t n, double *adjusted);

/* Cronbach's alpha of k items from their covariance matrix (k x k,
 * row-major) and the standardized alpha from the correlations; Feldt's
 * 95% interval for alpha from n respondents.  Alpha may be negative: it
 * is returned as it is.  Feldt: (1 - alpha) / (1 - alpha-hat) follows
 * F(n - 1, (n - 1)(k - 1)), so low = 1 - (1 - alpha) F(0.975; ...) and
 * high = 1 - (1 - alpha) F(0.025; ...) (Feldt, Woodruff & Salih 1987,
 * formula 6; as psychometric::alpha.CI and cocron::cronbach.alpha.CI).
 * Needs k >= 2, n >= 2, and every item's variance > 0 (a constant item
 * has no correlation, so no standardized alpha): else YK_ERR_ARGUMENT. */
yk_status yk_stats_alpha(const double *cov, size_t k, double n, double *alpha,
                         double *alpha_std, double *low, double *high);

/* For item (0-based) of the same scale: the corrected item-total
 * correlation (the item against the sum of the other items) and raw alpha
 * with the item left out (psych::alpha's r.drop and raw_alpha under
 * alpha.drop).  Needs k >= 3 and the checks of yk_stats_alpha. */
yk_status yk_stats_alpha_item(const double *cov, size_t k, size_t item,
                              double *item_total, double *alpha_deleted);

#endif
