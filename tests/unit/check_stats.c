/* The statistics against reference values computed independently.
 *
 * Every reference below is printed, with the call beside it, by
 * tests/reference/make-references.R (R 4.2.2, psych 2.2.9, psychometric
 * 2.3, Debian bookworm) or tests/reference/make-references.py (SciPy
 * 1.10.1); the NIST StRD certified values are quoted from the NIST pages
 * named beside them, and the data sets (public domain) are written out
 * here and in tests/reference/nist/.
 *
 * Tolerances (relative unless said otherwise):
 * - EXACT 1e-9: every figure whose algorithm is exact (statistics, df,
 *   p-values, intervals).  Achieved: 1.4e-13 at worst, p-values included
 *   (GSL's incomplete gamma and beta against R's pchisq/pf, down to
 *   p = 1e-303), and 9e-12 for F with both df ~5e6 (our continued
 *   fraction, see lib/stats.c).  No p-value needed a looser tolerance.
 * - 1e-15 where the figure is a few exact operations (quantiles, p.adjust,
 *   alpha of a compound-symmetric matrix, NIST means).
 * - NIST: the digits that the sums of the interface can carry, stated per
 *   data set in test_nist_univariate and test_nist_anova. */
#include <check.h>
#include <math.h>
#include <stdio.h>
#include "suites.h"
#include "yk_stats.h"

#define EXACT 1e-9

static void near_(double got, double want, double rel, const char *what, int line)
{
    double err = fabs(got - want);
    double scale = fabs(want) > 0 ? fabs(want) : 1;   /* absolute at 0 */
    ck_assert_msg(err <= rel * scale, "line %d: %s: got %.17g, want %.17g (rel %.3g > %.3g)",
                  line, what, got, want, err / scale, rel);
}
#define near(got, want, rel) near_((got), (want), (rel), #got, __LINE__)

/* ---- distributions ---- */

START_TEST(test_tails)
{
    static const double x[] = { 1e-3, 0.5, 3.84, 30, 200, 700, 1400 };
    /* R 4.2.2: pchisq(c(1e-3, 0.5, 3.84, 30, 200, 700, 1400), 3, lower.tail = FALSE) */
    static const double chisq[] = { 0.99999159208094202, 0.91889141165467592,
        0.27926761711861031, 1.3800570312932547e-06, 4.2185411071920418e-43,
        2.0991308534204087e-151, 2.9456193610163185e-303 };
    static const double f[] = { 0.01, 1, 21, 201, 2001, 1e4 };
    /* R 4.2.2: pf(c(0.01, 1, 21, 201, 2001, 1e4), 8, 180, lower.tail = FALSE) */
    static const double fp[] = { 0.99999988981788901, 0.43771036707206534,
        2.5832643372689516e-22, 1.7296940845248305e-85, 1.7615355080635969e-171,
        5.234144698566822e-234 };
    double p;
    for (size_t i = 0; i < sizeof x / sizeof x[0]; i++) {
        ck_assert_int_eq(yk_stats_chisq_p(x[i], 3, &p), YK_OK);
        near(p, chisq[i], EXACT);
    }
    for (size_t i = 0; i < sizeof f / sizeof f[0]; i++) {
        ck_assert_int_eq(yk_stats_f_p(f[i], 8, 180, &p), YK_OK);
        near(p, fp[i], EXACT);
    }
    /* Both df ~5e6: our continued fraction (GSL's runs out of terms). */
    static const double fbig[] = { 0.99, 0.995, 1, 1.005 };
    /* R 4.2.2: pf(c(0.99, 0.995, 1, 1.005), 5e6 - 1, 9 * (5e6 - 1), lower.tail = FALSE) */
    static const double fbigp[] = { 1, 0.99999999999997125, 0.49992907692029864,
                                    3.5376381022319025e-14 };
    for (size_t i = 0; i < 4; i++) {
        ck_assert_int_eq(yk_stats_f_p(fbig[i], 5e6 - 1, 9 * (5e6 - 1), &p), YK_OK);
        near(p, fbigp[i], EXACT);
    }
    ck_assert_int_eq(yk_stats_chisq_p(0, 3, &p), YK_OK);
    ck_assert(p == 1);
    ck_assert_int_eq(yk_stats_chisq_p(-1, 3, &p), YK_ERR_ARGUMENT);
    ck_assert_int_eq(yk_stats_chisq_p(1, 0, &p), YK_ERR_ARGUMENT);
    ck_assert_int_eq(yk_stats_chisq_p(NAN, 1, &p), YK_ERR_ARGUMENT);
    ck_assert_int_eq(yk_stats_f_p(INFINITY, 1, 2, &p), YK_ERR_ARGUMENT);
}
END_TEST

/* ---- Wilson interval ---- */

/* R 4.2.2: t.test(c(1, 2, 3, 4, 10))$conf.int from mean 4, sd 3.5355339059327378;
 * qt(0.975, 1) = 12.706204736174694 for two answers 4 and 5. */
START_TEST(test_mean_interval)
{
    double lo, hi;
    ck_assert_int_eq(yk_stats_mean_interval(5, 4, 3.5355339059327378, 0.95, &lo, &hi), YK_OK);
    near(lo, -0.38994516542541391, EXACT);
    near(hi, 8.38994516542541469, EXACT);
    ck_assert_int_eq(yk_stats_mean_interval(2, 4.5, 0.70710678118654757, 0.95, &lo, &hi),
                     YK_OK);
    near(lo, 4.5 - 12.706204736174694 * 0.5, EXACT);
    ck_assert_int_eq(yk_stats_mean_interval(1, 4, 0, 0.95, &lo, &hi), YK_ERR_ARGUMENT);
    ck_assert_int_eq(yk_stats_mean_interval(5, 4, -1, 0.95, &lo, &hi), YK_ERR_ARGUMENT);
    ck_assert_int_eq(yk_stats_mean_interval(5, 4, 1, 1, &lo, &hi), YK_ERR_ARGUMENT);
}
END_TEST

START_TEST(test_wilson)
{
    double lo, hi;
    /* R 4.2.2: qnorm(0.975) */
    near(YK_Z95, 1.9599639845400536, 1e-15);
    ck_assert_int_eq(yk_stats_wilson(12, 40, YK_Z95, &lo, &hi), YK_OK);
    /* R 4.2.2: prop.test(12, 40, correct = FALSE)$conf.int */
    near(lo, 0.18074845229746531, EXACT);
    near(hi, 0.45430018818144935, EXACT);
    ck_assert_int_eq(yk_stats_wilson(37, 1000, YK_Z95, &lo, &hi), YK_OK);
    /* R 4.2.2: prop.test(37, 1000, correct = FALSE)$conf.int */
    near(lo, 0.026961180875554738, EXACT);
    near(hi, 0.050582397482069302, EXACT);
    /* No one chose it: the low bound is exactly 0. */
    ck_assert_int_eq(yk_stats_wilson(0, 10, YK_Z95, &lo, &hi), YK_OK);
    /* R 4.2.2: prop.test(0, 10, correct = FALSE)$conf.int */
    ck_assert(lo == 0);
    near(hi, 0.27753279986288915, EXACT);
    /* All chose it: the high bound is exactly 1. */
    ck_assert_int_eq(yk_stats_wilson(10, 10, YK_Z95, &lo, &hi), YK_OK);
    /* R 4.2.2: prop.test(10, 10, correct = FALSE)$conf.int */
    near(lo, 0.72246720013711085, EXACT);
    ck_assert(hi == 1);
    /* n = 1 */
    ck_assert_int_eq(yk_stats_wilson(1, 1, YK_Z95, &lo, &hi), YK_OK);
    /* R 4.2.2: prop.test(1, 1, correct = FALSE)$conf.int */
    near(lo, 0.2065493143772375, EXACT);
    ck_assert(hi == 1);
    ck_assert_int_eq(yk_stats_wilson(0, 0, YK_Z95, &lo, &hi), YK_ERR_ARGUMENT);
    ck_assert_int_eq(yk_stats_wilson(3, 2, YK_Z95, &lo, &hi), YK_ERR_ARGUMENT);
    ck_assert_int_eq(yk_stats_wilson(-1, 2, YK_Z95, &lo, &hi), YK_ERR_ARGUMENT);
    ck_assert_int_eq(yk_stats_wilson(1, 2, 0, &lo, &hi), YK_ERR_ARGUMENT);
}
END_TEST

/* ---- quantiles from counts ---- */

START_TEST(test_quantile)
{
    double q;
    static const double v5[] = { 1, 2, 3, 4, 5 }, c5[] = { 3, 0, 7, 2, 9 };
    static const double p5[] = { 0, 0.1, 0.25, 0.5, 0.75, 0.9, 1 };
    /* R 4.2.2: quantile(rep(1:5, c(3, 0, 7, 2, 9)), c(0, 0.1, 0.25, 0.5, 0.75, 0.9, 1), type = 7) */
    static const double r5[] = { 1, 1, 3, 4, 5, 5, 5 };
    for (size_t i = 0; i < 7; i++) {
        ck_assert_int_eq(yk_stats_quantile(c5, v5, 5, p5[i], &q), YK_OK);
        ck_assert_msg(q == r5[i], "p %g: %.17g", p5[i], q);
    }
    static const double v4[] = { -2.5, 0.25, 1, 10 }, c4[] = { 1, 4, 1, 2 };
    static const double p4[] = { 0.05, 1.0 / 3, 0.5, 0.95 };
    /* R 4.2.2: quantile(rep(c(-2.5, 0.25, 1, 10), c(1, 4, 1, 2)), c(0.05, 1/3, 0.5, 0.95), type = 7) */
    static const double r4[] = { -1.5374999999999996, 0.25, 0.25, 10 };
    for (size_t i = 0; i < 4; i++) {
        ck_assert_int_eq(yk_stats_quantile(c4, v4, 4, p4[i], &q), YK_OK);
        near(q, r4[i], 1e-15);
    }
    /* Everyone gave the same answer. */
    static const double one[] = { 0, 6, 0, 0 }, v1234[] = { 1, 2, 3, 4 };
    /* R 4.2.2: quantile(rep(1:4, c(0, 6, 0, 0)), c(0, 0.37, 1), type = 7) -> 2 2 2 */
    ck_assert_int_eq(yk_stats_quantile(one, v1234, 4, 0, &q), YK_OK);
    ck_assert(q == 2);
    ck_assert_int_eq(yk_stats_quantile(one, v1234, 4, 0.37, &q), YK_OK);
    ck_assert(q == 2);
    ck_assert_int_eq(yk_stats_quantile(one, v1234, 4, 1, &q), YK_OK);
    ck_assert(q == 2);
    /* n = 1: R 4.2.2: quantile(4, c(0, 0.5, 1), type = 7) -> 4 4 4 */
    static const double c1[] = { 1 }, v1[] = { 4 };
    ck_assert_int_eq(yk_stats_quantile(c1, v1, 1, 0.5, &q), YK_OK);
    ck_assert(q == 4);
    /* R 4.2.2: quantile(rep(1:2, c(1, 1)), c(0.3, 0.5), type = 7) -> 1.3 1.5 */
    static const double c11[] = { 1, 1 };
    ck_assert_int_eq(yk_stats_quantile(c11, v1234, 2, 0.3, &q), YK_OK);
    ck_assert(q == 1.3);
    ck_assert_int_eq(yk_stats_quantile(c11, v1234, 2, 0.5, &q), YK_OK);
    ck_assert(q == 1.5);
    /* No answers, p outside [0, 1], values out of order, negative counts. */
    static const double none[] = { 0, 0 }, down[] = { 2, 1 }, neg[] = { 2, -1 };
    ck_assert_int_eq(yk_stats_quantile(none, v1234, 2, 0.5, &q), YK_ERR_ARGUMENT);
    ck_assert_int_eq(yk_stats_quantile(c11, v1234, 2, 1.5, &q), YK_ERR_ARGUMENT);
    ck_assert_int_eq(yk_stats_quantile(c11, down, 2, 0.5, &q), YK_ERR_ARGUMENT);
    ck_assert_int_eq(yk_stats_quantile(neg, v1234, 2, 0.5, &q), YK_ERR_ARGUMENT);
    ck_assert_int_eq(yk_stats_quantile(c11, v1234, 0, 0.5, &q), YK_ERR_ARGUMENT);
}
END_TEST

/* ---- mean and SD: NIST StRD univariate ---- */

/* NIST StRD Lew.dat (H. S. Lew, beam deflection), as tests/reference/nist/Lew.dat. */
static const double lew[200] = {
    -213, -564, -35, -15, 141, 115, -420, -360, 203, -338, -431, 194,
    -220, -513, 154, -125, -559, 92, -21, -579, -52, 99, -543, -175,
    162, -457, -346, 204, -300, -474, 164, -107, -572, -8, 83, -541,
    -224, 180, -420, -374, 201, -236, -531, 83, 27, -564, -112, 131,
    -507, -254, 199, -311, -495, 143, -46, -579, -90, 136, -472, -338,
    202, -287, -477, 169, -124, -568, 17, 48, -568, -135, 162, -430,
    -422, 172, -74, -577, -13, 92, -534, -243, 194, -355, -465, 156,
    -81, -578, -64, 139, -449, -384, 193, -198, -538, 110, -44, -577,
    -6, 66, -552, -164, 161, -460, -344, 205, -281, -504, 134, -28,
    -576, -118, 156, -437, -381, 200, -220, -540, 83, 11, -568, -160,
    172, -414, -408, 188, -125, -572, -32, 139, -492, -321, 205, -262,
    -504, 142, -83, -574, 0, 48, -571, -106, 137, -501, -266, 190,
    -391, -406, 194, -186, -553, 83, -13, -577, -49, 103, -515, -280,
    201, 300, -506, 131, -45, -578, -80, 138, -462, -361, 201, -211,
    -554, 32, 74, -533, -235, 187, -372, -442, 182, -147, -566, 25,
    68, -535, -244, 194, -351, -463, 174, -125, -570, 15, 72, -550,
    -190, 172, -424, -385, 198, -218, -536, 96,
};

/* NIST StRD Michelso.dat (Michelson 1879, speed of light in 1000 km/s). */
static const double michelso[100] = {
    299.85, 299.74, 299.90, 300.07, 299.93, 299.85, 299.95, 299.98, 299.98, 299.88,
    300.00, 299.98, 299.93, 299.65, 299.76, 299.81, 300.00, 300.00, 299.96, 299.96,
    299.96, 299.94, 299.96, 299.94, 299.88, 299.80, 299.85, 299.88, 299.90, 299.84,
    299.83, 299.79, 299.81, 299.88, 299.88, 299.83, 299.80, 299.79, 299.76, 299.80,
    299.88, 299.88, 299.88, 299.86, 299.72, 299.72, 299.62, 299.86, 299.97, 299.95,
    299.88, 299.91, 299.85, 299.87, 299.84, 299.84, 299.85, 299.84, 299.84, 299.84,
    299.89, 299.81, 299.81, 299.82, 299.80, 299.77, 299.76, 299.74, 299.75, 299.76,
    299.91, 299.92, 299.89, 299.86, 299.88, 299.72, 299.84, 299.85, 299.85, 299.78,
    299.89, 299.84, 299.78, 299.81, 299.76, 299.81, 299.79, 299.81, 299.82, 299.85,
    299.87, 299.87, 299.81, 299.74, 299.81, 299.94, 299.95, 299.80, 299.81, 299.87,
};

/* The sums a tally keeps: long double, x*x in long double, each x less
 * shift (0 for plain sums). */
static void moments(const double *x, size_t n, double shift, long double *sum,
                    long double *sumsq)
{
    *sum = *sumsq = 0;
    for (size_t i = 0; i < n; i++) {
        long double d = (long double)x[i] - shift;
        *sum += d;
        *sumsq += d * d;
    }
}

/* NumAcc2..4: the first value c, then c - 0.1 and c + 0.1 alternately,
 * 1001 values (NIST's NumAccN.dat files, generated here). */
static void numacc(double c, double lo, double hi, double *x)
{
    x[0] = c;
    for (size_t i = 1; i < 1001; i += 2) {
        x[i] = lo;
        x[i + 1] = hi;
    }
}

static void check_univariate(const double *x, size_t n, double shift,
                             double mean_cert, double sd_cert, double sd_tol,
                             const char *name)
{
    long double s, ss;
    double mean, sd;
    moments(x, n, shift, &s, &ss);
    ck_assert_int_eq(yk_stats_mean_sd((double)n, s, ss, &mean, &sd), YK_OK);
    near_(mean + shift, mean_cert, 1e-15, name, __LINE__);
    near_(sd, sd_cert, sd_tol, name, __LINE__);
}

/* Certified values: https://www.itl.nist.gov/div898/strd/univ/ (the
 * certified mean and standard deviation of each .dat file, 15 digits).
 * The mean agrees to 1e-15 everywhere.  The SD, with x86-64 long double
 * sums (64-bit mantissa), achieves:
 * - Lew, NumAcc1: all 15 digits (the sums are exact integers);
 * - NumAcc2: all 15 digits (achieved 1.4e-16);
 * - Michelso: 1e-12 (achieved 5.9e-13): the data differ by 1e-4 of their
 *   size, so sumsq - sum^2/n cancels 8 of long double's 19 digits, and
 *   x*x of a double does not fit a long double exactly.  R's two-pass
 *   sd() on the same doubles is 1.4e-14 off;
 * - NumAcc3 (1e6 + 0.1 steps): 5e-4 (achieved 2.1e-4), and NumAcc4 (1e7 +
 *   0.1 steps): 5e-2 (achieved 2.4e-2, i.e. under two digits).  The
 *   rounding of each x*x into a sum of 1e15..1e17 outweighs the spread:
 *   raw sums of squares cannot do better, whatever formula reads them.
 * - The same function on sums of deviations from a shift (the first value,
 *   as a tally can keep them) recovers the precision of the data: NumAcc3
 *   3.5e-10, NumAcc4 5.6e-9 -- exactly the errors of R's two-pass sd() on
 *   the same doubles, which are themselves 1e-16 off 1000000.1 etc. */
START_TEST(test_nist_univariate)
{
    static double x[1001];
    check_univariate(lew, 200, 0, -177.435000000000, 277.332168044316, 1e-15, "Lew");
    check_univariate(michelso, 100, 0, 299.852400000000, 0.0790105478190518, 1e-12,
                     "Michelso");
    check_univariate(michelso, 100, michelso[0], 299.852400000000, 0.0790105478190518,
                     1e-13, "Michelso shifted");
    static const double acc1[] = { 10000001, 10000003, 10000002 };
    check_univariate(acc1, 3, 0, 10000002, 1, 1e-15, "NumAcc1");
    numacc(1.2, 1.1, 1.3, x);
    check_univariate(x, 1001, 0, 1.2, 0.1, 1e-15, "NumAcc2");
    numacc(1000000.2, 1000000.1, 1000000.3, x);
    check_univariate(x, 1001, 0, 1000000.2, 0.1, 5e-4, "NumAcc3");
    check_univariate(x, 1001, x[0], 1000000.2, 0.1, 1e-9, "NumAcc3 shifted");
    numacc(10000000.2, 10000000.1, 10000000.3, x);
    check_univariate(x, 1001, 0, 10000000.2, 0.1, 5e-2, "NumAcc4");
    check_univariate(x, 1001, x[0], 10000000.2, 0.1, 1e-8, "NumAcc4 shifted");
}
END_TEST

START_TEST(test_mean_sd_edges)
{
    double mean = -1, sd = -1;
    /* n = 1: the mean exists, the SD does not and is left alone. */
    ck_assert_int_eq(yk_stats_mean_sd(1, 4, 16, &mean, &sd), YK_ERR_ARGUMENT);
    ck_assert(mean == 4 && sd == -1);
    /* No observations: nothing is set. */
    mean = -1;
    ck_assert_int_eq(yk_stats_mean_sd(0, 0, 0, &mean, &sd), YK_ERR_ARGUMENT);
    ck_assert(mean == -1);
    /* Zero variance is an SD of 0, also for values that are not exact. */
    ck_assert_int_eq(yk_stats_mean_sd(3, 9, 27, &mean, &sd), YK_OK);
    ck_assert(mean == 3 && sd == 0);
    long double s, ss;
    static const double same[] = { 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1 };
    moments(same, 7, 0, &s, &ss);
    ck_assert_int_eq(yk_stats_mean_sd(7, s, ss, &mean, &sd), YK_OK);
    ck_assert(sd < 1e-9);
    /* Sums no data could give (sumsq < sum^2 / n). */
    ck_assert_int_eq(yk_stats_mean_sd(2, 10, 1, &mean, &sd), YK_ERR_ARGUMENT);
    ck_assert_int_eq(yk_stats_mean_sd(2, 1, -1, &mean, &sd), YK_ERR_ARGUMENT);
}
END_TEST

/* ---- crosstab tests ---- */

static const double t34[] = { 20, 12, 9, 31, 15, 22, 14, 11, 30, 18, 25, 8 };

START_TEST(test_chisq)
{
    double x2, df, p, v;
    static const double t22[] = { 12, 7, 5, 9 };
    ck_assert_int_eq(yk_stats_chisq(t22, 2, 2, &x2, &df, &p, &v), YK_OK);
    /* R 4.2.2: chisq.test(matrix(c(12, 5, 7, 9), 2), correct = FALSE)[c('statistic', 'parameter', 'p.value')] */
    near(x2, 2.4305755196815575, EXACT);
    ck_assert(df == 1);
    near(p, 0.1189892055321448, EXACT);
    near(v, sqrt(2.4305755196815575 / 33), EXACT);

    ck_assert_int_eq(yk_stats_chisq(t34, 3, 4, &x2, &df, &p, &v), YK_OK);
    /* R 4.2.2: {t <- matrix(c(20, 15, 30, 12, 22, 18, 9, 14, 25, 31, 11, 8), 3); x <- chisq.test(t, correct = FALSE); c(x$statistic, x$parameter, x$p.value, sqrt(x$statistic / (sum(t) * (min(dim(t)) - 1))))} */
    near(x2, 32.159296291828774, EXACT);
    ck_assert(df == 6);
    near(p, 1.5209383234890074e-05, EXACT);
    near(v, 0.27347588768260328, EXACT);

    /* A zero row and a zero column are dropped: the 2x2 that is left. */
    static const double t33[] = { 12, 0, 7, 0, 0, 0, 5, 0, 9 };
    ck_assert_int_eq(yk_stats_chisq(t33, 3, 3, &x2, &df, &p, &v), YK_OK);
    /* R 4.2.2: chisq.test(matrix(c(12, 0, 5, 0, 0, 0, 7, 0, 9), 3)[c(1, 3), c(1, 3)], correct = FALSE)[c('statistic', 'parameter', 'p.value')] */
    near(x2, 2.4305755196815575, EXACT);
    ck_assert(df == 1);
    near(p, 0.1189892055321448, EXACT);

    /* Tiny p. */
    static const double big[] = { 500, 100, 100, 500 }, mid[] = { 60, 20, 20, 60 };
    ck_assert_int_eq(yk_stats_chisq(big, 2, 2, &x2, &df, &p, &v), YK_OK);
    /* R 4.2.2: chisq.test(matrix(c(500, 100, 100, 500), 2), correct = FALSE)[c('statistic', 'p.value')] */
    near(x2, 533.33333333333337, EXACT);
    near(p, 5.3182449538973566e-118, EXACT);
    ck_assert_int_eq(yk_stats_chisq(mid, 2, 2, &x2, &df, &p, &v), YK_OK);
    /* R 4.2.2: chisq.test(matrix(c(60, 20, 20, 60), 2), correct = FALSE)[c('statistic', 'p.value')] */
    near(x2, 40, EXACT);
    near(p, 2.5396285894708649e-10, EXACT);
    near(v, 0.5, EXACT);

    /* Independence exactly: X2 = 0, p = 1, V = 0. */
    static const double flat[] = { 5, 5, 5, 5 };
    ck_assert_int_eq(yk_stats_chisq(flat, 2, 2, &x2, &df, &p, &v), YK_OK);
    /* R 4.2.2: chisq.test(matrix(c(5, 5, 5, 5), 2), correct = FALSE)[c('statistic', 'p.value')] -> 0 1 */
    ck_assert(x2 == 0 && p == 1 && v == 0);

    /* All in one choice (one non-zero column), one row only, nothing. */
    static const double onecol[] = { 4, 0, 7, 0 }, zero[] = { 0, 0, 0, 0 };
    static const double negc[] = { 4, -1, 7, 2 };
    ck_assert_int_eq(yk_stats_chisq(onecol, 2, 2, &x2, &df, &p, &v), YK_ERR_ARGUMENT);
    ck_assert_int_eq(yk_stats_chisq(t34, 1, 12, &x2, &df, &p, &v), YK_ERR_ARGUMENT);
    ck_assert_int_eq(yk_stats_chisq(zero, 2, 2, &x2, &df, &p, &v), YK_ERR_ARGUMENT);
    ck_assert_int_eq(yk_stats_chisq(negc, 2, 2, &x2, &df, &p, &v), YK_ERR_ARGUMENT);
}
END_TEST

START_TEST(test_gsquare)
{
    double g2, p;
    static const double t22[] = { 12, 7, 5, 9 }, t22z[] = { 12, 0, 5, 9 };
    ck_assert_int_eq(yk_stats_gsquare(t22, 2, 2, &g2, &p), YK_OK);
    /* SciPy 1.10.1: stats.chi2_contingency([[12, 7], [5, 9]], correction=False, lambda_='log-likelihood')[0:3] */
    near(g2, 2.4600430077307189, EXACT);
    near(p, 0.1167755846784958, EXACT);
    ck_assert_int_eq(yk_stats_gsquare(t34, 3, 4, &g2, &p), YK_OK);
    /* SciPy 1.10.1: stats.chi2_contingency([[20, 12, 9, 31], [15, 22, 14, 11], [30, 18, 25, 8]], correction=False, lambda_='log-likelihood')[0:3] */
    near(g2, 31.590771658288109, EXACT);
    near(p, 1.9545101682345984e-05, EXACT);
    /* An empty cell adds 0 (0 log 0 = 0). */
    ck_assert_int_eq(yk_stats_gsquare(t22z, 2, 2, &g2, &p), YK_OK);
    /* SciPy 1.10.1: stats.chi2_contingency([[12, 0], [5, 9]], correction=False, lambda_='log-likelihood')[0:3] */
    near(g2, 15.292540174319488, EXACT);
    near(p, 9.2079425020078523e-05, EXACT);
    static const double flat[] = { 5, 5, 5, 5 };
    ck_assert_int_eq(yk_stats_gsquare(flat, 2, 2, &g2, &p), YK_OK);
    ck_assert(g2 == 0 && p == 1);
}
END_TEST

START_TEST(test_residuals)
{
    double e[12], r[12];
    /* R 4.2.2: chisq.test(matrix(c(20, 15, 30, 12, 22, 18, 9, 14, 25, 31, 11, 8), 3), correct = FALSE)$stdres
     * (and $expected), column-major there, row-major here. */
    static const double stdres_cm[] = { -0.55611710308455298, -1.227357956494967,
        1.6890416689881214, -1.8270164990305187, 2.4626753742821159,
        -0.52282332333544923, -2.4549085744983152, 0.057171255896064824,
        2.337525921544426, 4.8762781179676464, -1.2182545290380444,
        -3.6103829377119192 };
    static const double expected_cm[] = { 21.767441860465116, 18.744186046511629,
        24.488372093023255, 17.413953488372094, 14.995348837209303,
        19.590697674418603, 16.074418604651164, 13.841860465116278,
        18.083720930232559, 16.744186046511629, 14.418604651162791,
        18.837209302325583 };
    ck_assert_int_eq(yk_stats_residuals(t34, 3, 4, e, r), YK_OK);
    for (size_t i = 0; i < 3; i++)
        for (size_t j = 0; j < 4; j++) {
            near(e[i * 4 + j], expected_cm[j * 3 + i], EXACT);
            near(r[i * 4 + j], stdres_cm[j * 3 + i], EXACT);
        }
    /* Cells of a zero row: expected 0, residual 0. */
    static const double t33[] = { 12, 0, 7, 0, 0, 0, 5, 0, 9 };
    double e9[9], r9[9];
    ck_assert_int_eq(yk_stats_residuals(t33, 3, 3, e9, r9), YK_OK);
    ck_assert(e9[4] == 0 && r9[4] == 0 && e9[1] == 0 && r9[1] == 0);
}
END_TEST

START_TEST(test_fisher)
{
    double p;
    ck_assert_int_eq(yk_stats_fisher2x2(3, 1, 1, 3, &p), YK_OK);
    /* R 4.2.2: fisher.test(matrix(c(3, 1, 1, 3), 2))$p.value */
    near(p, 0.48571428571428582, EXACT);
    ck_assert_int_eq(yk_stats_fisher2x2(10, 2, 3, 15, &p), YK_OK);
    /* R 4.2.2: fisher.test(matrix(c(10, 3, 2, 15), 2))$p.value */
    near(p, 0.00053672411914343593, EXACT);
    /* Two tables exactly as likely as the observed one: R's 1 + 1e-7
     * makes them count; p = 1 (R's 0.99999999999999989). */
    ck_assert_int_eq(yk_stats_fisher2x2(2, 3, 3, 2, &p), YK_OK);
    /* R 4.2.2: fisher.test(matrix(c(2, 3, 3, 2), 2))$p.value */
    near(p, 0.99999999999999989, EXACT);
    ck_assert_int_eq(yk_stats_fisher2x2(0, 5, 5, 0, &p), YK_OK);
    /* R 4.2.2: fisher.test(matrix(c(0, 5, 5, 0), 2))$p.value */
    near(p, 0.0079365079365079395, EXACT);
    ck_assert_int_eq(yk_stats_fisher2x2(100, 200, 300, 150, &p), YK_OK);
    /* R 4.2.2: fisher.test(matrix(c(100, 300, 200, 150), 2))$p.value */
    near(p, 2.6528047476630393e-19, EXACT);
    ck_assert_int_eq(yk_stats_fisher2x2(7, 0, 12, 5, &p), YK_OK);
    /* R 4.2.2: fisher.test(matrix(c(7, 12, 0, 5), 2))$p.value */
    near(p, 0.27206851119894593, EXACT);
    /* A zero row, a single observation: only one table is possible. */
    ck_assert_int_eq(yk_stats_fisher2x2(0, 0, 3, 4, &p), YK_OK);
    /* R 4.2.2: fisher.test(matrix(c(0, 3, 0, 4), 2))$p.value -> 1 */
    ck_assert(p == 1);
    ck_assert_int_eq(yk_stats_fisher2x2(1, 0, 0, 0, &p), YK_OK);
    /* R 4.2.2: fisher.test(matrix(c(1, 0, 0, 0), 2))$p.value -> 1 */
    ck_assert(p == 1);
    ck_assert_int_eq(yk_stats_fisher2x2(1.5, 0, 0, 0, &p), YK_ERR_ARGUMENT);
    ck_assert_int_eq(yk_stats_fisher2x2(-1, 0, 0, 0, &p), YK_ERR_ARGUMENT);
}
END_TEST

/* ---- group comparisons ---- */

START_TEST(test_kruskal)
{
    double h, df, p;
    /* Group g's answers on a 5-level scale; the third group is empty. */
    static const double c[] = { 2, 5, 9, 4, 1,   0, 3, 6, 8, 5,
                                0, 0, 0, 0, 0,   4, 4, 3, 1, 0 };
    ck_assert_int_eq(yk_stats_kruskal(c, 4, 5, &h, &df, &p), YK_OK);
    /* R 4.2.2: kruskal.test(list(rep(1:5, c(2, 5, 9, 4, 1)), rep(1:5, c(0, 3, 6, 8, 5)), rep(1:5, c(4, 4, 3, 1, 0))))[c('statistic', 'parameter', 'p.value')] */
    near(h, 14.872233879984263, EXACT);
    ck_assert(df == 2);
    near(p, 0.00058957009453485291, EXACT);
    static const double c2[] = { 1, 1, 0,   0, 1, 1 };
    ck_assert_int_eq(yk_stats_kruskal(c2, 2, 3, &h, &df, &p), YK_OK);
    /* R 4.2.2: kruskal.test(list(rep(1:3, c(1, 1, 0)), rep(1:3, c(0, 1, 1))))[c('statistic', 'parameter', 'p.value')] */
    near(h, 1.5000000000000016, EXACT);
    ck_assert(df == 1);
    near(p, 0.2206713619198466, EXACT);
    static const double c3[] = { 400, 300, 200, 100,   100, 200, 300, 400 };
    ck_assert_int_eq(yk_stats_kruskal(c3, 2, 4, &h, &df, &p), YK_OK);
    /* R 4.2.2: kruskal.test(list(rep(1:4, c(400, 300, 200, 100)), rep(1:4, c(100, 200, 300, 400))))[c('statistic', 'parameter', 'p.value')] */
    near(h, 399.79999999999978, EXACT);
    near(p, 6.0879652535884913e-89, EXACT);
    /* Groups of one. */
    static const double c4[] = { 1, 0, 0,   0, 1, 0,   0, 0, 1,   2, 0, 1 };
    ck_assert_int_eq(yk_stats_kruskal(c4, 4, 3, &h, &df, &p), YK_OK);
    /* R 4.2.2: kruskal.test(list(1, 2, 3, rep(1:3, c(2, 0, 1))))[c('statistic', 'parameter', 'p.value')] */
    near(h, 2.2777777777777777, EXACT);
    ck_assert(df == 3);
    near(p, 0.51679145741946664, EXACT);
    /* Ties everywhere (all gave level 2): R gives NaN; we refuse. */
    static const double tied[] = { 0, 5, 0,   0, 7, 0 };
    ck_assert_int_eq(yk_stats_kruskal(tied, 2, 3, &h, &df, &p), YK_ERR_ARGUMENT);
    /* One group only (the other has no answers). */
    static const double lone[] = { 1, 2, 3,   0, 0, 0 };
    ck_assert_int_eq(yk_stats_kruskal(lone, 2, 3, &h, &df, &p), YK_ERR_ARGUMENT);
    ck_assert_int_eq(yk_stats_kruskal(lone, 1, 3, &h, &df, &p), YK_ERR_ARGUMENT);
}
END_TEST

START_TEST(test_anova)
{
    double f, d1, d2, p;
    /* R 4.2.2: {y <- list(c(4, 5, 3, 4, 5, 2, 4), c(6, 5, 7, 5, 6), c(3, 2, 4, 3, 3, 2, 1, 2)); c(sapply(y, length), sapply(y, mean), sapply(y, var))} */
    static const double n[] = { 7, 5, 8 };
    static const double m[] = { 3.8571428571428572, 5.7999999999999998, 2.5 };
    static const double v[] = { 1.1428571428571428, 0.69999999999999996, 0.8571428571428571 };
    ck_assert_int_eq(yk_stats_anova(n, m, v, 3, &f, &d1, &d2, &p), YK_OK);
    /* R 4.2.2: {...same y...; x <- oneway.test(v ~ g, data.frame(v = unlist(y), g = factor(rep(seq_along(y), lengths(y)))), var.equal = TRUE); c(x$statistic, x$parameter, x$p.value)} */
    near(f, 18.209854014598537, EXACT);
    ck_assert(d1 == 2 && d2 == 17);
    near(p, 5.9340745301104901e-05, EXACT);
    ck_assert_int_eq(yk_stats_welch(n, m, v, 3, &f, &d1, &d2, &p), YK_OK);
    /* R 4.2.2: {...same y...; x <- oneway.test(v ~ g, ..., var.equal = FALSE); c(x$statistic, x$parameter, x$p.value)} */
    near(f, 20.723968848946598, EXACT);
    ck_assert(d1 == 2);
    near(d2, 10.46759016791478, EXACT);
    near(p, 0.00022916815016514339, EXACT);

    /* A group of one (its var is not read) and an empty group (dropped). */
    static const double n1[] = { 4, 3, 0, 1 }, m1[] = { 2.25, 2.7000000000000002, NAN, 4 };
    static const double v1[] = { 0.41666666666666669, 0.20999999999999994, NAN, NAN };
    ck_assert_int_eq(yk_stats_anova(n1, m1, v1, 4, &f, &d1, &d2, &p), YK_OK);
    /* R 4.2.2: {y <- list(c(1.5, 2.5, 2.0, 3.0), c(2.2, 2.8, 3.1), 4.0); a <- anova(lm(v ~ g, data.frame(v = unlist(y), g = factor(rep(seq_along(y), lengths(y)))))); c(a$`F value`[1], a$Df, a$`Pr(>F)`[1])} */
    near(f, 3.6957335329341321, EXACT);
    ck_assert(d1 == 2 && d2 == 5);
    near(p, 0.10342325296048542, EXACT);
    /* Welch needs a variance in every group (R: "not enough observations"). */
    ck_assert_int_eq(yk_stats_welch(n1, m1, v1, 4, &f, &d1, &d2, &p), YK_ERR_ARGUMENT);

    /* One group only; zero variance within every group. */
    ck_assert_int_eq(yk_stats_anova(n, m, v, 1, &f, &d1, &d2, &p), YK_ERR_ARGUMENT);
    ck_assert_int_eq(yk_stats_welch(n, m, v, 1, &f, &d1, &d2, &p), YK_ERR_ARGUMENT);
    static const double v0[] = { 0, 0, 0 };
    ck_assert_int_eq(yk_stats_anova(n, m, v0, 3, &f, &d1, &d2, &p), YK_ERR_ARGUMENT);
    ck_assert_int_eq(yk_stats_welch(n, m, v0, 3, &f, &d1, &d2, &p), YK_ERR_ARGUMENT);
    /* Equal means: F = 0, p = 1. */
    static const double same[] = { 3, 3, 3 };
    ck_assert_int_eq(yk_stats_anova(n, same, v, 3, &f, &d1, &d2, &p), YK_OK);
    ck_assert(f == 0 && p == 1);
}
END_TEST

/* NIST StRD SiRstv.dat: resistivity by instrument, 5 x 5. */
static const double sirstv[5][5] = {
    { 196.3052, 196.1240, 196.1890, 196.2569, 196.3403 },
    { 196.3042, 196.3825, 196.1669, 196.3257, 196.0422 },
    { 196.1303, 196.2005, 196.2889, 196.0343, 196.1811 },
    { 196.2795, 196.1748, 196.1494, 196.1485, 195.9885 },
    { 196.2119, 196.1051, 196.1850, 196.0052, 196.2090 },
};

/* A group's n, mean and var from its data, two-pass in long double: what
 * an exact tally would hand over. */
static void group_moments(const double *x, size_t n, double *mean, double *var)
{
    long double s = 0, ss = 0;
    for (size_t i = 0; i < n; i++)
        s += x[i];
    long double m = s / n;
    for (size_t i = 0; i < n; i++)
        ss += (x[i] - m) * (x[i] - m);
    *mean = (double)m;
    *var = (double)(ss / (n - 1));
}

/* SmLs01..09 (NIST): 9 groups of r values; group g's first value is c_g,
 * then c_g - 0.1 and c_g + 0.1 alternately, with c = 1.4, then 1.3 and 1.5
 * alternately, all plus an offset (0, 1e6 or 1e12). */
static double smls_f(size_t r, double offset, double *x)
{
    double n[9], m[9], v[9], f, d1, d2, p;
    for (size_t g = 0; g < 9; g++) {
        double c = offset + (g == 0 ? 1.4 : g % 2 ? 1.3 : 1.5);
        double lo = offset + (g == 0 ? 1.3 : g % 2 ? 1.2 : 1.4);
        double hi = offset + (g == 0 ? 1.5 : g % 2 ? 1.4 : 1.6);
        x[0] = c;
        for (size_t i = 1; i < r; i += 2) {
            x[i] = lo;
            x[i + 1] = hi;
        }
        n[g] = (double)r;
        group_moments(x, r, &m[g], &v[g]);
    }
    ck_assert_int_eq(yk_stats_anova(n, m, v, 9, &f, &d1, &d2, &p), YK_OK);
    ck_assert(d1 == 8 && d2 == 9.0 * ((double)r - 1));
    return f;
}

/* Certified F: https://www.itl.nist.gov/div898/strd/anova/ (SiRstv.dat,
 * SmLs01.dat ..).  Achieved, from per-group double means and variances:
 * - SiRstv: 2e-13 (achieved 1.1e-13; R's oneway.test gives
 *   1.1804623744024154, as far off: the data as doubles set the limit);
 * - SmLs01-03 (values near 1.4): 1e-13 (achieved: exact or 1e-15);
 * - SmLs04-06 (near 1e6 + 1.4): 5e-9 (achieved 5.2e-10): the double
 *   means are off by up to 1e-10 against between-group differences of 0.1;
 * - SmLs07-09 (near 1e12) are left out: a double mean of 1e12 + 1.4 is
 *   off by ~1e-4, so F is not meaningful from per-group means. */
START_TEST(test_nist_anova)
{
    double n[5], m[5], v[5], f, d1, d2, p;
    static double x[2001];
    for (size_t g = 0; g < 5; g++) {
        n[g] = 5;
        group_moments(sirstv[g], 5, &m[g], &v[g]);
    }
    ck_assert_int_eq(yk_stats_anova(n, m, v, 5, &f, &d1, &d2, &p), YK_OK);
    near(f, 1.18046237440255, 2e-13);
    ck_assert(d1 == 4 && d2 == 20);
    /* R 4.2.2: {s <- read.table('nist/SiRstv.dat'); x <- oneway.test(V2 ~ factor(V1), s, var.equal = TRUE); c(x$statistic, x$p.value)} */
    near(p, 0.34944749340224784, EXACT);
    ck_assert_int_eq(yk_stats_welch(n, m, v, 5, &f, &d1, &d2, &p), YK_OK);
    /* R 4.2.2: {s <- read.table('nist/SiRstv.dat'); x <- oneway.test(V2 ~ factor(V1), s, var.equal = FALSE); c(x$statistic, x$parameter, x$p.value)} */
    near(f, 1.05160370724327, EXACT);
    near(d2, 9.9515054170868442, EXACT);
    near(p, 0.42886271022408656, EXACT);

    near(smls_f(21, 0, x), 21, 1e-13);        /* SmLs01 */
    near(smls_f(201, 0, x), 201, 1e-13);      /* SmLs02 */
    near(smls_f(2001, 0, x), 2001, 1e-13);    /* SmLs03 */
    near(smls_f(21, 1e6, x), 21, 5e-9);       /* SmLs04 */
    near(smls_f(201, 1e6, x), 201, 5e-9);     /* SmLs05 */
    near(smls_f(2001, 1e6, x), 2001, 5e-9);   /* SmLs06 */
}
END_TEST

/* ---- multiple comparisons ---- */

START_TEST(test_adjust)
{
    static const double p[] = { 0.01, 0.04, 0.03, 0.005, 0.2, 0.04 };
    /* R 4.2.2: p.adjust(c(0.01, 0.04, 0.03, 0.005, 0.2, 0.04), 'holm') */
    static const double holm[] = { 0.05, 0.12, 0.12, 0.03, 0.2, 0.12 };
    /* R 4.2.2: p.adjust(c(0.01, 0.04, 0.03, 0.005, 0.2, 0.04), 'BH') */
    static const double bh[] = { 0.03, 0.048, 0.048, 0.03, 0.2, 0.048 };
    double a[6];
    ck_assert_int_eq(yk_stats_holm(p, 6, a), YK_OK);
    for (size_t i = 0; i < 6; i++)
        near(a[i], holm[i], 1e-15);
    ck_assert_int_eq(yk_stats_bh(p, 6, a), YK_OK);
    for (size_t i = 0; i < 6; i++)
        near(a[i], bh[i], 1e-15);
    /* In place, and capped at 1. */
    double q[] = { 0.5, 0.9, 1 };
    /* R 4.2.2: p.adjust(c(0.5, 0.9, 1), 'holm') and 'BH' -> 1 1 1 */
    ck_assert_int_eq(yk_stats_holm(q, 3, q), YK_OK);
    ck_assert(q[0] == 1 && q[1] == 1 && q[2] == 1);
    double r[] = { 0.5, 0.9, 1 };
    ck_assert_int_eq(yk_stats_bh(r, 3, r), YK_OK);
    ck_assert(r[0] == 1 && r[1] == 1 && r[2] == 1);
    /* A family of one is unchanged; an empty family is fine. */
    double one = 0.02;
    ck_assert_int_eq(yk_stats_holm(&one, 1, &one), YK_OK);
    ck_assert(one == 0.02);
    ck_assert_int_eq(yk_stats_bh(NULL, 0, NULL), YK_OK);
    static const double bad[] = { 0.1, 1.5 };
    ck_assert_int_eq(yk_stats_holm(bad, 2, a), YK_ERR_ARGUMENT);
    static const double nan[] = { NAN };
    ck_assert_int_eq(yk_stats_bh(nan, 1, a), YK_ERR_ARGUMENT);
}
END_TEST

/* ---- p-values below any double, in log space ---- */

#define LN10 2.30258509299404568402   /* ln 10 */

/* ln p to 1e-12 of its size: R prints 15 digits. */
static void near_log(double got, double want)
{
    ck_assert_msg(fabs(got - want) <= 1e-12 * fabs(want), "ln p %.15g, R %.15g", got, want);
}

START_TEST(test_log_p)
{
    /* R 4.2.2: print(pchisq(x, df, lower.tail = FALSE, log.p = TRUE), digits = 15);
     * 1280 is above ykien's 1e-280 switch (log of GSL's p), the rest below
     * it (the continued fraction in log space). */
    static const double chisq[][3] = {
        { 2000, 4, -993.091245220685 }, { 2000, 1, -1004.02674195895 },
        { 5000, 30, -2415.64896355543 }, { 100000, 50, -49795.1095704666 },
        { 700, 1, -353.502755025149 }, { 1400, 2, -700 },
        { 1280, 1, -643.803878761071 }, { 1300, 1, -653.811618881432 },
        { 1350, 1, -678.830460662346 },
    };
    double l;
    for (size_t i = 0; i < sizeof chisq / sizeof chisq[0]; i++) {
        ck_assert_int_eq(yk_stats_chisq_lnp(chisq[i][0], chisq[i][1], &l), YK_OK);
        near_log(l, chisq[i][2]);
    }
    /* R: print(pf(f, df1, df2, lower.tail = FALSE, log.p = TRUE), digits = 15) */
    static const double f[][4] = {
        { 900, 4, 2000, -1023.15194030752 }, { 400, 10, 5000, -1444.58625510697 },
        { 3000, 2, 500, -641.237339365384 }, { 700, 3, 200, -241.852613403767 },
        { 299800, 1, 2998, -6922.28940799383 },
    };
    for (size_t i = 0; i < sizeof f / sizeof f[0]; i++) {
        ck_assert_int_eq(yk_stats_f_lnp(f[i][0], f[i][1], f[i][2], &l), YK_OK);
        near_log(l, f[i][3]);
    }
    /* R: print(log(2) + pnorm(-z, log.p = TRUE), digits = 15) */
    static const double z[][2] = {
        { 40, -803.915294833194 }, { -50, -1254.13821395886 }, { 3, -5.9145790409504 },
        { 37, -688.337438396331 },
    };
    for (size_t i = 0; i < sizeof z / sizeof z[0]; i++) {
        ck_assert_int_eq(yk_stats_normal_lnp(z[i][0], &l), YK_OK);
        near_log(l, z[i][1]);
    }
    ck_assert_int_eq(yk_stats_normal_lnp(0, &l), YK_OK);
    ck_assert(l == 0);
    ck_assert_int_eq(yk_stats_chisq_lnp(-1, 2, &l), YK_ERR_ARGUMENT);
    ck_assert_int_eq(yk_stats_f_lnp(NAN, 2, 3, &l), YK_ERR_ARGUMENT);
}
END_TEST

START_TEST(test_p_text)
{
    char b[48];
    yk_stats_p_text(0.0123, log(0.0123), 6, b, sizeof b);
    ck_assert_str_eq(b, "0.0123");
    yk_stats_p_text(9.98e-11, log(9.98e-11), 6, b, sizeof b);
    ck_assert_str_eq(b, "9.98e-11");
    yk_stats_p_text(1, 0, 6, b, sizeof b);
    ck_assert_str_eq(b, "1");
    /* R: pchisq(2000, 4, lower.tail = FALSE, log.p = TRUE) / log(10) =
     * -431.294...: 10^0.705... = 5.081035 -> 5.08103e-432 */
    yk_stats_p_text(0, -993.091245220685, 6, b, sizeof b);
    ck_assert_str_eq(b, "5.08103e-432");
    /* A mantissa that rounds up to 10 moves the exponent: 9.9999996e-500. */
    yk_stats_p_text(0, log(9.9999996) - 500 * LN10, 6, b, sizeof b);
    ck_assert_str_eq(b, "1e-499");
    yk_stats_p_text(0, -2 * LN10 - 1000 * LN10, 3, b, sizeof b);
    ck_assert_str_eq(b, "1e-1002");
    /* Just below the switch, the two ways agree. */
    yk_stats_p_text(2.5e-281, log(2.5e-281), 6, b, sizeof b);
    ck_assert_str_eq(b, "2.5e-281");
    /* No log (a Monte-Carlo or exact p): the double is written. */
    yk_stats_p_text(0, -INFINITY, 6, b, sizeof b);
    ck_assert_str_eq(b, "0");
}
END_TEST

START_TEST(test_adjust_ln)
{
    /* The same family as test_adjust, in logs: exp gives R's p.adjust. */
    static const double p[] = { 0.01, 0.04, 0.03, 0.005, 0.2, 0.04 };
    static const double holm[] = { 0.05, 0.12, 0.12, 0.03, 0.2, 0.12 };
    static const double bh[] = { 0.03, 0.048, 0.048, 0.03, 0.2, 0.048 };
    double l[6], a[6];
    for (size_t i = 0; i < 6; i++)
        l[i] = log(p[i]);
    ck_assert_int_eq(yk_stats_holm_ln(l, 6, a), YK_OK);
    for (size_t i = 0; i < 6; i++)
        near(exp(a[i]), holm[i], 1e-15);
    ck_assert_int_eq(yk_stats_bh_ln(l, 6, a), YK_OK);
    for (size_t i = 0; i < 6; i++)
        near(exp(a[i]), bh[i], 1e-15);
    /* p = 1e-2000, 1e-1000, 0.01 (no double holds the first two).  Holm:
     * 3e-2000, 2e-1000, 0.01; BH: 3e-2000, 1.5e-1000, 0.01 (by hand,
     * p.adjust's rule: cummax of (n - i + 1) p, cummin of n / i p). */
    double t[] = { -2000 * LN10, -1000 * LN10, log(0.01) };
    ck_assert_int_eq(yk_stats_holm_ln(t, 3, a), YK_OK);
    near_log(a[0], log(3) - 2000 * LN10);
    near_log(a[1], log(2) - 1000 * LN10);
    near_log(a[2], log(0.01));
    ck_assert_int_eq(yk_stats_bh_ln(t, 3, a), YK_OK);
    near_log(a[0], log(3) - 2000 * LN10);
    near_log(a[1], log(1.5) - 1000 * LN10);
    near_log(a[2], log(0.01));
    /* Capped at p = 1 (ln 0); -inf is a p of 0; a positive log is no p. */
    double c[] = { log(0.5), log(0.9), -INFINITY };
    ck_assert_int_eq(yk_stats_holm_ln(c, 3, a), YK_OK);
    ck_assert(a[0] == 0 && a[1] == 0 && a[2] == -INFINITY);
    double bad[] = { 0.1 };
    ck_assert_int_eq(yk_stats_bh_ln(bad, 1, a), YK_ERR_ARGUMENT);
}
END_TEST

/* ---- Cronbach's alpha ---- */

START_TEST(test_alpha)
{
    /* R 4.2.2: {x <- matrix(c(4,5,3,4,2,5,4,3,4,5, 4,4,3,5,2,4,4,2,4,5, 3,5,2,4,1,5,3,3,4,4, 5,4,3,4,2,5,5,2,3,5), 10); cov(x)} */
    static const double cov[] = {
        0.98888888888888893, 0.85555555555555551, 1.1555555555555554, 0.97777777777777775,
        0.85555555555555551, 1.1222222222222222, 0.91111111111111109, 1.0444444444444445,
        1.1555555555555554, 0.91111111111111109, 1.6000000000000001, 0.8666666666666667,
        0.97777777777777775, 1.0444444444444445, 0.8666666666666667, 1.5111111111111111,
    };
    double a, as, lo, hi, it, ad;
    ck_assert_int_eq(yk_stats_alpha(cov, 4, 10, &a, &as, &lo, &hi), YK_OK);
    /* R 4.2.2: {x <- ...same x...; a <- psych::alpha(x, warnings = FALSE); c(a$total$raw_alpha, a$total$std.alpha)} */
    near(a, 0.91996481970096744, EXACT);
    near(as, 0.92745021706054009, EXACT);
    /* R 4.2.2: {...; unlist(psychometric::alpha.CI(a$total$raw_alpha, 4, 10, level = 0.95)[c('LCL', 'UCL')])} */
    near(lo, 0.78943899867988077, EXACT);
    near(hi, 0.97767157320705977, EXACT);
    /* R 4.2.2: {...; c(a$item.stats$r.drop, a$alpha.drop$raw_alpha)} */
    static const double rdrop[] = { 0.95632695331803097, 0.8349834983498351,
                                    0.75727122990366558, 0.76024691791350962 };
    static const double adrop[] = { 0.8571428571428571, 0.89108910891089121,
                                    0.92061611374407593, 0.91744186046511622 };
    for (size_t i = 0; i < 4; i++) {
        ck_assert_int_eq(yk_stats_alpha_item(cov, 4, i, &it, &ad), YK_OK);
        near(it, rdrop[i], EXACT);
        near(ad, adrop[i], EXACT);
    }
    ck_assert_int_eq(yk_stats_alpha_item(cov, 4, 4, &it, &ad), YK_ERR_ARGUMENT);

    /* Negatively related items: alpha below zero, returned as it is. */
    /* R 4.2.2: {x <- cbind(c(1,2,3,4,5,1), c(5,4,3,2,1,4), c(2,2,3,3,4,1)); cov(x)} */
    static const double neg[] = {
        2.6666666666666665, -2.3333333333333335, 1.6000000000000001,
        -2.3333333333333335, 2.1666666666666665, -1.3,
        1.6000000000000001, -1.3, 1.1000000000000001,
    };
    ck_assert_int_eq(yk_stats_alpha(neg, 3, 6, &a, &as, &lo, &hi), YK_OK);
    /* R 4.2.2: {x <- ...; a <- psych::alpha(x, check.keys = FALSE, warnings = FALSE); c(a$total$raw_alpha, a$total$std.alpha, unlist(psychometric::alpha.CI(a$total$raw_alpha, 3, 6, level = 0.95)[c('LCL', 'UCL')]))} */
    near(a, -3.2678571428571441, EXACT);
    near(as, -2.1208676029580253, EXACT);
    near(lo, -17.079008476733637, EXACT);
    near(hi, 0.35522622238989876, EXACT);

    /* 20 items correlated 0.5, 1000 respondents: GSL's F quantile with
     * large df (999, 18981) against R's qf. */
    static double cs[400];
    for (size_t i = 0; i < 400; i++)
        cs[i] = i % 21 == 0 ? 1 : 0.5;
    ck_assert_int_eq(yk_stats_alpha(cs, 20, 1000, &a, &as, &lo, &hi), YK_OK);
    /* R 4.2.2: unlist(psychometric::alpha.CI(10 / 10.5, 20, 1000, level = 0.95)) */
    near(a, 0.95238095238095233, 1e-15);
    near(as, 0.95238095238095233, 1e-15);
    near(lo, 0.94799173860533659, EXACT);
    near(hi, 0.95656054134500679, EXACT);

    /* 10 items correlated 2/7 (alpha 0.8), 1e5 to 5e6 respondents: F
     * quantiles with both df large, where gsl_cdf_fdist_Pinv gives NaN and
     * R 4.2.2's qf is 3e-4 off (pf(qf(0.975, 1e6 - 1, 9 * (1e6 - 1)), ...)
     * = 0.9685), so the references invert R's pf with uniroot. */
    static double c10[100];
    static const double nbig[] = { 1e5, 1e6, 5e6 };
    /* R 4.2.2: {n <- N; 1 - 0.2 * c(uniroot(function(f) pf(f, n - 1, 9 * (n - 1), lower.tail = FALSE) - 0.025, c(1, 1.1), tol = 1e-15)$root, uniroot(function(f) pf(f, n - 1, 9 * (n - 1)) - 0.025, c(0.9, 1), tol = 1e-15)$root)}
     * for N = 1e5, 1e6, 5e6 */
    static const double ci_big[][2] = { { 0.79814704110113688, 0.801842808850318 },
                                        { 0.79941514375916911, 0.80058384124575799 },
                                        { 0.79973856993505921, 0.80026122706610014 } };
    for (size_t i = 0; i < 100; i++)
        c10[i] = i % 11 == 0 ? 1 : 2.0 / 7;
    for (size_t i = 0; i < 3; i++) {
        ck_assert_int_eq(yk_stats_alpha(c10, 10, nbig[i], &a, &as, &lo, &hi), YK_OK);
        near(a, 0.8, 1e-15);
        near(lo, ci_big[i][0], EXACT);
        near(hi, ci_big[i][1], EXACT);
    }

    /* Zero variance: a constant item, a scale nobody varied on; too few
     * items or respondents. */
    static const double flat[] = { 1, 0, 0, 0 }, none[] = { 0, 0, 0, 0 };
    ck_assert_int_eq(yk_stats_alpha(flat, 2, 10, &a, &as, &lo, &hi), YK_ERR_ARGUMENT);
    ck_assert_int_eq(yk_stats_alpha(none, 2, 10, &a, &as, &lo, &hi), YK_ERR_ARGUMENT);
    ck_assert_int_eq(yk_stats_alpha(cov, 1, 10, &a, &as, &lo, &hi), YK_ERR_ARGUMENT);
    ck_assert_int_eq(yk_stats_alpha(cov, 4, 1, &a, &as, &lo, &hi), YK_ERR_ARGUMENT);
    ck_assert_int_eq(yk_stats_alpha_item(cov, 2, 0, &it, &ad), YK_ERR_ARGUMENT);
}
END_TEST

/* Dunn's pairwise test.  Reference: R 4.2.2 by formula on the expanded
 * data (tests/reference/dunn.R):
 *   x <- c(rep(1,3), rep(2,5), rep(3,2), rep(1,1), rep(2,2), rep(3,6),
 *          rep(1,4), rep(2,4), rep(3,1))
 *   g <- c(rep("a",10), rep("b",9), rep("c",9)); r <- rank(x)
 *   v <- N*(N+1)/12 - sum(t^3 - t)/(12*(N-1))      with t <- table(x)
 *   z <- (mean(r[g==i]) - mean(r[g==j])) / sqrt(v*(1/n_i + 1/n_j)); 2*pnorm(-abs(z)) */
START_TEST(test_dunn)
{
    const double counts[] = { 3, 5, 2, 1, 2, 6, 4, 4, 1 };   /* 3 groups x 3 levels */
    static const struct { size_t a, b; double z, p; } ref[] = {
        { 0, 1, -1.81822356707664, 0.0690299693786355 },
        { 0, 2, 0.636300078933958, 0.524580853518467 },
        { 1, 2, 2.3923737192136, 0.0167397875302376 },
    };
    for (size_t i = 0; i < 3; i++) {
        double z, p;
        ck_assert_int_eq(yk_stats_dunn(counts, 3, 3, ref[i].a, ref[i].b, &z, &p), YK_OK);
        ck_assert_double_eq_tol(z, ref[i].z, 1e-12);
        ck_assert_double_eq_tol(p, ref[i].p, 1e-12);
    }
    double z, p;
    ck_assert_int_eq(yk_stats_dunn(counts, 3, 3, 1, 1, &z, &p), YK_ERR_ARGUMENT);
    const double empty[] = { 3, 5, 2, 0, 0, 0 };
    ck_assert_int_eq(yk_stats_dunn(empty, 2, 3, 0, 1, &z, &p), YK_ERR_ARGUMENT);
}
END_TEST

/* Newcombe's hybrid score interval.  References: Newcombe (1998),
 * "Interval estimation for the difference between independent
 * proportions", Stat Med 17:873-890, Table II, method 10, to 4 decimals;
 * and to full precision R 4.2.2, from prop.test's Wilson intervals:
 *   w <- function(k, n) prop.test(k, n, correct = FALSE)$conf.int
 *   a <- w(k1, n1); b <- w(k2, n2); d <- k1/n1 - k2/n2
 *   c(d - sqrt((k1/n1 - a[1])^2 + (b[2] - k2/n2)^2),
 *     d + sqrt((a[2] - k1/n1)^2 + (k2/n2 - b[1])^2))        */
START_TEST(test_newcombe)
{
    static const struct { double k1, n1, k2, n2, lo, hi, table_lo, table_hi; } ref[] = {
        { 56, 70, 48, 80, 0.052431472402364926, 0.333872654036905858, 0.0524, 0.3339 },
        { 9, 10, 3, 10, 0.17052272393450307, 0.80901797353548799, 0.1705, 0.8090 },
        { 6, 7, 2, 7, 0.058227927482312314, 0.806249637524227736, 0.0582, 0.8062 },
        { 5, 56, 0, 29, -0.038137147903536853, 0.192560013855111567, -0.0381, 0.1926 },
    };
    for (size_t i = 0; i < sizeof ref / sizeof ref[0]; i++) {
        double lo, hi;
        ck_assert_int_eq(yk_stats_newcombe(ref[i].k1, ref[i].n1, ref[i].k2, ref[i].n2,
                                           YK_Z95, &lo, &hi), YK_OK);
        near(lo, ref[i].lo, EXACT);
        near(hi, ref[i].hi, EXACT);
        ck_assert_double_eq_tol(lo, ref[i].table_lo, 0.00005);
        ck_assert_double_eq_tol(hi, ref[i].table_hi, 0.00005);
    }
    double lo, hi;
    ck_assert_int_eq(yk_stats_newcombe(5, 0, 1, 2, YK_Z95, &lo, &hi), YK_ERR_ARGUMENT);
}
END_TEST

/* The two-proportion z test.  Reference: R 4.2.2,
 * prop.test(c(k1, k2), c(n1, n2), correct = FALSE): X-squared = z^2, p. */
START_TEST(test_two_proportions)
{
    double z, p;
    ck_assert_int_eq(yk_stats_two_proportions(56, 70, 48, 80, &z, &p), YK_OK);
    near(z * z, 7.0234113712374597, EXACT);
    near(p, 0.0080450813681965643, EXACT);
    ck_assert(z > 0);
    ck_assert_int_eq(yk_stats_two_proportions(3067, 5100, 3386, 5000, &z, &p), YK_OK);
    near(z * z, 62.924103934094191, EXACT);
    near(p, 2.1482704739539279e-15, 1e-6);  /* a tail this far: 1e-6 relative */
    ck_assert(z < 0);
    /* Nobody, or everybody, in both: nothing to test. */
    ck_assert_int_eq(yk_stats_two_proportions(0, 10, 0, 20, &z, &p), YK_ERR_ARGUMENT);
    ck_assert_int_eq(yk_stats_two_proportions(10, 10, 20, 20, &z, &p), YK_ERR_ARGUMENT);
}
END_TEST

/* Mann-Whitney from counts.  Reference: R 4.2.2,
 *   x1 <- rep(1:5, c(10, 20, 30, 25, 15)); x2 <- rep(1:5, c(5, 15, 30, 30, 20))
 *   wilcox.test(x2, x1, exact = FALSE, correct = FALSE)   W = 5700, p below
 *   kruskal.test(list(x1, x2))$statistic                  = z^2 */
START_TEST(test_mann_whitney)
{
    const double c1[] = { 10, 20, 30, 25, 15 }, c2[] = { 5, 15, 30, 30, 20 };
    double z, p;
    ck_assert_int_eq(yk_stats_mann_whitney(c1, c2, 5, &z, &p), YK_OK);
    near(p, 0.07788429184130799, EXACT);
    near(z * z, 3.1085076708507167, EXACT);
    ck_assert(z > 0);       /* the second tends higher */
    const double tied[] = { 0, 0, 4, 0, 0 };
    ck_assert_int_eq(yk_stats_mann_whitney(tied, tied, 5, &z, &p), YK_ERR_ARGUMENT);
}
END_TEST

/* Cochran-Armitage trend.  Reference: R 4.2.2,
 *   prop.trend.test(c(15, 25, 40), c(50, 60, 70))               X-squared, p
 *   prop.trend.test(c(15, 25, 40), c(50, 60, 70), c(2012, 2013, 2015)) */
START_TEST(test_trend)
{
    const double k[] = { 15, 25, 40 }, n[] = { 50, 60, 70 };
    const double s1[] = { 1, 2, 3 }, s2[] = { 2012, 2013, 2015 };
    double z, p;
    ck_assert_int_eq(yk_stats_trend(k, n, s1, 3, &z, &p), YK_OK);
    near(z * z, 8.9257075471698180, EXACT);
    near(p, 0.0028118440641172527, EXACT);
    ck_assert(z > 0);
    ck_assert_int_eq(yk_stats_trend(k, n, s2, 3, &z, &p), YK_OK);
    near(z * z, 8.8815789473687019, EXACT);
    near(p, 0.0028806230700062956, EXACT);
    /* A round with nobody is left out; one round alone is no trend. */
    const double k0[] = { 15, 0, 40 }, n0[] = { 50, 0, 70 };
    ck_assert_int_eq(yk_stats_trend(k0, n0, s1, 3, &z, &p), YK_OK);
    ck_assert_int_eq(yk_stats_trend(k0, n0, s1, 1, &z, &p), YK_ERR_ARGUMENT);
}
END_TEST

/* Monte-Carlo p of a sparse 3 x 3 table.  Reference: R 4.2.2,
 *   set.seed(1); m <- matrix(c(3,1,0,2,5,1,0,2,4), 3)
 *   chisq.test(m, simulate.p.value = TRUE, B = 200000)$p.value = 0.02078989605
 * Both are estimates: they must agree within 4 standard errors of the
 * difference, sqrt(2 p (1 - p) / B) = 0.00045.  The same seed gives the same
 * p, and the asymptotic p (0.02607669987 in R) is not what it gives. */
START_TEST(test_chisq_mc)
{
    const double t[9] = { 3, 2, 0, 1, 5, 2, 0, 1, 4 };
    double p, again;
    ck_assert_int_eq(yk_stats_chisq_mc(t, 3, 3, 200000, 20261129, &p), YK_OK);
    ck_assert_double_eq_tol(p, 0.02078989605, 4 * 0.00045);
    ck_assert_int_eq(yk_stats_chisq_mc(t, 3, 3, 200000, 20261129, &again), YK_OK);
    ck_assert(p == again);
    ck_assert(fabs(p - 0.02607669987) > 0.003);
    ck_assert_int_eq(yk_stats_chisq_mc(t, 3, 3, 0, 1, &p), YK_ERR_ARGUMENT);
}
END_TEST

Suite *yk_suite_stats(void)
{
    Suite *s = suite_create("stats");
    TCase *tc = tcase_create("stats");
    tcase_add_test(tc, test_tails);
    tcase_add_test(tc, test_wilson);
    tcase_add_test(tc, test_quantile);
    tcase_add_test(tc, test_nist_univariate);
    tcase_add_test(tc, test_mean_sd_edges);
    tcase_add_test(tc, test_chisq);
    tcase_add_test(tc, test_gsquare);
    tcase_add_test(tc, test_residuals);
    tcase_add_test(tc, test_fisher);
    tcase_add_test(tc, test_kruskal);
    tcase_add_test(tc, test_anova);
    tcase_add_test(tc, test_nist_anova);
    tcase_add_test(tc, test_adjust);
    tcase_add_test(tc, test_log_p);
    tcase_add_test(tc, test_p_text);
    tcase_add_test(tc, test_adjust_ln);
    tcase_add_test(tc, test_alpha);
    tcase_add_test(tc, test_dunn);
    tcase_add_test(tc, test_chisq_mc);
    tcase_add_test(tc, test_newcombe);
    tcase_add_test(tc, test_two_proportions);
    tcase_add_test(tc, test_mann_whitney);
    tcase_add_test(tc, test_trend);
    tcase_add_test(tc, test_mean_interval);
    suite_add_tcase(s, tc);
    return s;
}
