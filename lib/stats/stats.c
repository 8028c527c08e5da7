/* The statistics: figures from counts and sums, with GSL's special
 * functions for the distributions.  Every function checks its input and
 * its GSL status, so no NaN or infinity leaves this file. */
#include "yk_stats.h"

#include <float.h>
#include <math.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <gsl/gsl_cdf.h>
#include <gsl/gsl_errno.h>
#include <gsl/gsl_randist.h>
#include <gsl/gsl_rng.h>
#include <gsl/gsl_math.h>
#include <gsl/gsl_sf_erf.h>
#include <gsl/gsl_sf_gamma.h>

/* GSL's default error handler aborts.  Every function here that calls
 * GSL turns it off first, once per process, so no caller has to remember. */
static pthread_once_t gsl_once = PTHREAD_ONCE_INIT;

static void gsl_handler_off(void)
{
    gsl_set_error_handler_off();
}

static void gsl_ready(void)
{
    pthread_once(&gsl_once, gsl_handler_off);
}

/* Upper tail of chi-square with df degrees of freedom: Q(df/2, x/2).  The
 * _e form is used because it returns a status; gsl_cdf_chisq_Q does not. */
yk_status yk_stats_chisq_p(double x, double df, double *p)
{
    gsl_sf_result r;
    gsl_ready();
    if (!(x >= 0) || !(df > 0) || !isfinite(x) || !isfinite(df))
        return YK_ERR_ARGUMENT;
    int st = gsl_sf_gamma_inc_Q_e(df / 2, x / 2, &r);
    if (st == GSL_EUNDRFLW)   /* below the smallest double: R says 0 too */
        r.val = 0;
    else if (st != GSL_SUCCESS || !isfinite(r.val))
        return YK_ERR_ARGUMENT;
    *p = r.val < 0 ? 0 : r.val > 1 ? 1 : r.val;
    return YK_OK;
}

/* x^a y^b / (a B(a, b)) for large a and b, y = 1 - x.  Written about the
 * mean p0 = a/(a+b) with GSL's gammastar (Gamma without its Stirling
 * part), so no term of size a ln x (1e6 and more) cancels: this keeps
 * ~1e-12 where exp(a ln x + b ln y - lnB) keeps 1e-9. */
static yk_status beta_front_parts(double a, double b, double x, double y, double *scale,
                                  double *e)
{
    gsl_sf_result ga, gb, gab;
    gsl_ready();
    if (gsl_sf_gammastar_e(a, &ga) != GSL_SUCCESS
        || gsl_sf_gammastar_e(b, &gb) != GSL_SUCCESS
        || gsl_sf_gammastar_e(a + b, &gab) != GSL_SUCCESS)
        return YK_ERR_ARGUMENT;
    double p0 = a / (a + b), q0 = b / (a + b);
    double dev = x < p0 ? x - p0 : q0 - y;   /* x - p0, from the smaller */
    *e = a * log1p(dev / p0) + b * log1p(-dev / q0);
    *scale = sqrt(a * b / (2 * M_PI * (a + b))) * gab.val / (ga.val * gb.val);
    return isfinite(*scale) && isfinite(*e) ? YK_OK : YK_ERR_ARGUMENT;
}

static yk_status beta_front(double a, double b, double x, double y, double *out)
{
    double scale, e;
    yk_status st = beta_front_parts(a, b, x, y, &scale, &e);
    if (st != YK_OK)
        return st;
    *out = scale * exp(e) / a;
    return isfinite(*out) ? YK_OK : YK_ERR_ARGUMENT;
}

/* I_x(a, b) by its continued fraction (modified Lentz), for x below the
 * mean; y = 1 - x, computed by the caller without cancellation.  GSL's own
 * stops after 512 terms, too few when a and b are ~1e6 (a million
 * respondents) and x is near the mean. */
static yk_status beta_cf_fraction(double a, double b, double x, double *out);

static yk_status beta_cf(double a, double b, double x, double y, double *out)
{
    double front, h;
    yk_status st = beta_front(a, b, x, y, &front);
    if (st == YK_OK)
        st = beta_cf_fraction(a, b, x, &h);
    if (st != YK_OK)
        return st;
    *out = front * h;
    return isfinite(*out) ? YK_OK : YK_ERR_ARGUMENT;
}

/* The continued fraction of I_x(a, b) without its front factor. */
static yk_status beta_cf_fraction(double a, double b, double x, double *out)
{
    const double tiny = 1e-300;
    double c = 1, d = 1 - (a + b) * x / (a + 1);   /* > 0 below the mean */
    d = 1 / (fabs(d) < tiny ? tiny : d);
    double h = d;
    for (double m = 1; m <= 1e6; m++) {
        double num[2] = { m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m)),
                          -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1)) };
        double del = 1;
        for (int i = 0; i < 2; i++) {
            d = 1 + num[i] * d;
            c = 1 + num[i] / c;
            d = 1 / (fabs(d) < tiny ? tiny : d);
            c = fabs(c) < tiny ? tiny : c;
            del = d * c;
            h *= del;
        }
        if (fabs(del - 1) < 4 * DBL_EPSILON) {
            *out = h;
            return isfinite(h) && h > 0 ? YK_OK : YK_ERR_ARGUMENT;
        }
    }
    return YK_ERR_ARGUMENT;
}

/* The regularized incomplete beta I_x(a, b), y = 1 - x: GSL's, or our
 * continued fraction where a + b is large.  There GSL's prefactor loses
 * (a + b) eps (7e-10 against R's pbeta at df 5e6) and its 512 terms run
 * out near the mean. */
static yk_status beta_inc(double a, double b, double x, double y, double *out)
{
    gsl_sf_result r;
    gsl_ready();
    double v;
    int st = a + b > 1e5 ? GSL_EMAXITER : gsl_sf_beta_inc_e(a, b, x, &r);
    if (st == GSL_EUNDRFLW) {   /* below the smallest double: R says 0 too */
        *out = 0;
        return YK_OK;
    }
    if (st == GSL_SUCCESS && isfinite(r.val)) {
        *out = r.val < 0 ? 0 : r.val > 1 ? 1 : r.val;
        return YK_OK;
    }
    if (st != GSL_EMAXITER)
        return YK_ERR_ARGUMENT;
    yk_status ys = x < (a + 1) / (a + b + 2) ? beta_cf(a, b, x, y, &v)
                                             : beta_cf(b, a, y, x, &v);
    if (ys != YK_OK)
        return ys;
    if (x >= (a + 1) / (a + b + 2))
        v = 1 - v;
    *out = v < 0 ? 0 : v > 1 ? 1 : v;
    return YK_OK;
}

/* Upper tail of F(d1, d2) at f: I_x(d2/2, d1/2) with x = d2/(d2 + d1 f),
 * the form that keeps small p-values accurate. */
yk_status yk_stats_f_p(double f, double d1, double d2, double *p)
{
    if (!(f >= 0) || !(d1 > 0) || !(d2 > 0) || !isfinite(f) || !isfinite(d1)
        || !isfinite(d2))
        return YK_ERR_ARGUMENT;
    double den = d2 + d1 * f;
    return beta_inc(d2 / 2, d1 / 2, d2 / den, d1 * f / den, p);
}

static int is_count(double x)
{
    return isfinite(x) && x >= 0;
}

yk_status yk_stats_wilson(double k, double n, double z, double *low, double *high)
{
    if (!is_count(k) || !isfinite(n) || !(n > 0) || k > n || !isfinite(z) || !(z > 0))
        return YK_ERR_ARGUMENT;
    double p = k / n, z2n = z * z / n;
    double centre = p + z2n / 2;
    double half = z * sqrt(p * (1 - p) / n + z2n / (4 * n));
    double denom = 1 + z2n;
    /* At k = 0 and k = n the bound is exactly 0 or 1; rounding must not
     * nudge it off. */
    *low = k == 0 ? 0 : fmax(0, (centre - half) / denom);
    *high = k == n ? 1 : fmin(1, (centre + half) / denom);
    return YK_OK;
}

yk_status yk_stats_newcombe(double k1, double n1, double k2, double n2, double z,
                            double *low, double *high)
{
    double l1, u1, l2, u2;
    yk_status st = yk_stats_wilson(k1, n1, z, &l1, &u1);
    if (st == YK_OK)
        st = yk_stats_wilson(k2, n2, z, &l2, &u2);
    if (st != YK_OK)
        return st;
    double p1 = k1 / n1, p2 = k2 / n2, d = p1 - p2;
    *low = d - sqrt((p1 - l1) * (p1 - l1) + (u2 - p2) * (u2 - p2));
    *high = d + sqrt((u1 - p1) * (u1 - p1) + (p2 - l2) * (p2 - l2));
    return YK_OK;
}

yk_status yk_stats_two_proportions(double k1, double n1, double k2, double n2,
                                   double *z, double *p)
{
    if (!is_count(k1) || !is_count(k2) || !isfinite(n1) || !isfinite(n2) ||
        !(n1 > 0) || !(n2 > 0) || k1 > n1 || k2 > n2)
        return YK_ERR_ARGUMENT;
    double pooled = (k1 + k2) / (n1 + n2);
    double se = sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
    if (!(pooled > 0 && pooled < 1) || !(se > 0))
        return YK_ERR_ARGUMENT;
    *z = (k1 / n1 - k2 / n2) / se;
    *p = erfc(fabs(*z) / sqrt(2.0));    /* two-sided normal tail */
    return YK_OK;
}

yk_status yk_stats_mann_whitney(const double *counts1, const double *counts2, size_t k,
                                double *z, double *p)
{
    if (!counts1 || !counts2 || k == 0 || k > SIZE_MAX / 2)
        return YK_ERR_ARGUMENT;
    double *both = malloc(2 * k * sizeof *both);
    if (!both)
        return YK_ERR_NOMEM;
    memcpy(both, counts1, k * sizeof *both);
    memcpy(both + k, counts2, k * sizeof *both);
    yk_status st = yk_stats_dunn(both, 2, k, 1, 0, z, p);
    free(both);
    return st;
}

yk_status yk_stats_trend(const double *k, const double *n, const double *s, size_t groups,
                         double *z, double *p)
{
    long double nn = 0, kk = 0, ns = 0;
    size_t used = 0;
    if (!k || !n || !s)
        return YK_ERR_ARGUMENT;
    for (size_t i = 0; i < groups; i++) {
        if (!is_count(k[i]) || !isfinite(n[i]) || n[i] < 0 || k[i] > n[i] || !isfinite(s[i]))
            return YK_ERR_ARGUMENT;
        if (n[i] == 0)
            continue;
        nn += n[i];
        kk += k[i];
        ns += (long double)n[i] * s[i];
        used++;
    }
    if (used < 2)
        return YK_ERR_ARGUMENT;
    long double mean = ns / nn, pooled = kk / nn, top = 0, spread = 0;
    for (size_t i = 0; i < groups; i++) {
        long double d = s[i] - mean;
        top += k[i] * d;
        spread += n[i] * d * d;
    }
    long double var = pooled * (1 - pooled) * spread;
    if (!(pooled > 0 && pooled < 1) || !(var > 0))
        return YK_ERR_ARGUMENT;
    *z = (double)(top / sqrtl(var));
    *p = erfc(fabs(*z) / sqrt(2.0));
    return YK_OK;
}

/* The value at 0-based rank j of the sorted data the counts stand for. */
static double value_at_rank(const double *counts, const double *values, size_t k,
                            double j)
{
    double cum = 0;
    for (size_t i = 0; i < k; i++) {
        cum += counts[i];
        if (counts[i] > 0 && j < cum)
            return values[i];
    }
    for (size_t i = k; i-- > 0;)   /* j = N - 1 with rounding: the largest value */
        if (counts[i] > 0)
            return values[i];
    return values[k - 1];
}

yk_status yk_stats_quantile(const double *counts, const double *values, size_t k,
                            double p, double *q)
{
    double total = 0;
    if (!counts || !values || k == 0 || !(p >= 0 && p <= 1))
        return YK_ERR_ARGUMENT;
    for (size_t i = 0; i < k; i++) {
        if (!is_count(counts[i]) || !isfinite(values[i])
            || (i > 0 && values[i] < values[i - 1]))
            return YK_ERR_ARGUMENT;
        total += counts[i];
    }
    if (!(total > 0) || !isfinite(total))
        return YK_ERR_ARGUMENT;
    /* R's own expressions, 1-based, so the rounding is R's too:
     * index = 1 + (n - 1) p, lo = floor, hi = ceiling, h = index - lo. */
    double index = 1 + (total > 1 ? total - 1 : 0) * p;
    double lo = floor(index), hi = ceil(index);
    double xlo = value_at_rank(counts, values, k, lo - 1);
    double xhi = value_at_rank(counts, values, k, hi - 1);
    double frac = index - lo;
    *q = (frac > 0 && xhi != xlo) ? (1 - frac) * xlo + frac * xhi : xlo;
    return YK_OK;
}

yk_status yk_stats_mean_sd(double n, long double sum, long double sumsq,
                           double *mean, double *sd)
{
    if (!isfinite(n) || !(n > 0) || !isfinite(sum) || !isfinite(sumsq) || sumsq < 0)
        return YK_ERR_ARGUMENT;
    long double ln = n;
    *mean = (double)(sum / ln);
    if (n < 2)
        return YK_ERR_ARGUMENT;
    /* One division at the end: n*sumsq and sum*sum are exact for integer
     * answers (up to 2^64), so the only cancellation is in the data. */
    long double num = ln * sumsq - sum * sum;
    if (num < 0) {
        /* Cauchy-Schwarz says num >= 0: a tiny negative is rounding of a
         * zero variance, a large one is an inconsistent tally. */
        if (-num > 64 * LDBL_EPSILON * ln * sumsq)
            return YK_ERR_ARGUMENT;
        num = 0;
    }
    *sd = (double)sqrtl(num / (ln * (ln - 1)));
    return YK_OK;
}

/* Marks the rows and columns that hold any count; gives how many of each
 * and the grand total.  Fails on a negative or non-finite count. */
static yk_status table_margins(const double *t, size_t r, size_t c, double *rows,
                               double *cols, size_t *r_used, size_t *c_used,
                               double *total)
{
    *r_used = *c_used = 0;
    *total = 0;
    for (size_t j = 0; j < c; j++)
        cols[j] = 0;
    for (size_t i = 0; i < r; i++) {
        rows[i] = 0;
        for (size_t j = 0; j < c; j++) {
            double x = t[i * c + j];
            if (!is_count(x))
                return YK_ERR_ARGUMENT;
            rows[i] += x;
            cols[j] += x;
        }
        *total += rows[i];
        *r_used += rows[i] > 0;
    }
    for (size_t j = 0; j < c; j++)
        *c_used += cols[j] > 0;
    if (*r_used < 2 || *c_used < 2 || !isfinite(*total))
        return YK_ERR_ARGUMENT;
    return YK_OK;
}

/* Sums (O - E)^2 / E (g2 == 0) or 2 O ln(O / E) (g2 == 1) over the cells
 * of the rows and columns that are not all zero. */
static yk_status table_statistic(const double *t, size_t r, size_t c, int g2,
                                 double *stat, double *df, double *n_out,
                                 size_t *min_dim)
{
    if (!t || r < 2 || c < 2 || r > SIZE_MAX / c)
        return YK_ERR_ARGUMENT;
    double *rows = malloc((r + c) * sizeof *rows);
    if (!rows)
        return YK_ERR_NOMEM;
    double *cols = rows + r, n;
    size_t ru, cu;
    yk_status st = table_margins(t, r, c, rows, cols, &ru, &cu, &n);
    if (st == YK_OK) {
        long double s = 0;
        for (size_t i = 0; i < r; i++)
            for (size_t j = 0; j < c; j++) {
                if (rows[i] == 0 || cols[j] == 0)
                    continue;
                double o = t[i * c + j], e = rows[i] * cols[j] / n;
                if (!g2)
                    s += (long double)(o - e) * (o - e) / e;
                else if (o > 0)
                    s += 2 * (long double)o * logl((long double)o / e);
            }
        *stat = s < 0 ? 0 : (double)s;   /* G2 can round to -0 */
        *df = (double)(ru - 1) * (double)(cu - 1);
        *n_out = n;
        *min_dim = ru < cu ? ru : cu;
    }
    free(rows);
    return st;
}

yk_status yk_stats_chisq(const double *table, size_t r, size_t c,
                         double *chisq, double *df, double *p, double *v)
{
    double x2, d, n, pv;
    size_t m;
    yk_status st = table_statistic(table, r, c, 0, &x2, &d, &n, &m);
    if (st != YK_OK || (st = yk_stats_chisq_p(x2, d, &pv)) != YK_OK)
        return st;
    *chisq = x2;
    *df = d;
    *p = pv;
    *v = sqrt(x2 / (n * (double)(m - 1)));
    return YK_OK;
}

yk_status yk_stats_gsquare(const double *table, size_t r, size_t c,
                           double *g2, double *p)
{
    double g, d, n, pv;
    size_t m;
    yk_status st = table_statistic(table, r, c, 1, &g, &d, &n, &m);
    if (st != YK_OK || (st = yk_stats_chisq_p(g, d, &pv)) != YK_OK)
        return st;
    *g2 = g;
    *p = pv;
    return YK_OK;
}

yk_status yk_stats_residuals(const double *table, size_t r, size_t c,
                             double *expected, double *adjusted)
{
    if (!table || !expected || !adjusted || r < 2 || c < 2 || r > SIZE_MAX / c)
        return YK_ERR_ARGUMENT;
    double *rows = malloc((r + c) * sizeof *rows);
    if (!rows)
        return YK_ERR_NOMEM;
    double *cols = rows + r, n;
    size_t ru, cu;
    yk_status st = table_margins(table, r, c, rows, cols, &ru, &cu, &n);
    for (size_t i = 0; st == YK_OK && i < r; i++)
        for (size_t j = 0; j < c; j++) {
            double e = rows[i] * cols[j] / n;
            double var = e * (1 - rows[i] / n) * (1 - cols[j] / n);
            expected[i * c + j] = e;
            adjusted[i * c + j] = var > 0 ? (table[i * c + j] - e) / sqrt(var) : 0;
        }
    free(rows);
    return st;
}

static int is_whole(double x)
{
    return is_count(x) && x == floor(x) && x <= 4294967295.0;
}

/* log of choose(n, k) through GSL, with its status checked. */
static yk_status lnchoose(double n, double k, double *out)
{
    gsl_sf_result r;
    gsl_ready();
    if (gsl_sf_lnchoose_e((unsigned)n, (unsigned)k, &r) != GSL_SUCCESS
        || !isfinite(r.val))
        return YK_ERR_ARGUMENT;
    *out = r.val;
    return YK_OK;
}

/* log of the hypergeometric probability of x, up to a constant: the first
 * column holds m, the second nn, the first row k. */
static yk_status log_hyper(double x, double m, double nn, double k, double *out)
{
    double a = 0, b = 0;
    yk_status st = lnchoose(m, x, &a);
    if (st == YK_OK)
        st = lnchoose(nn, k - x, &b);
    *out = a + b;
    return st;
}

yk_status yk_stats_fisher2x2(double a, double b, double c, double d, double *p)
{
    if (!is_whole(a) || !is_whole(b) || !is_whole(c) || !is_whole(d)
        || a + b + c + d > 4294967295.0)
        return YK_ERR_ARGUMENT;
    /* As R's fisher.test: m, n the column sums, k the first row sum, x = a. */
    double m = a + c, nn = b + d, k = a + b;
    double lo = fmax(0, k - nn), hi = fmin(k, m);
    double lobs, lmax = -INFINITY, l;
    yk_status st = log_hyper(a, m, nn, k, &lobs);
    for (double x = lo; st == YK_OK && x <= hi; x++)
        if ((st = log_hyper(x, m, nn, k, &l)) == YK_OK && l > lmax)
            lmax = l;
    if (st != YK_OK)
        return st;
    /* R's relative tolerance 1 + 1e-7 counts tables as likely as the
     * observed one despite rounding. */
    double dobs = exp(lobs - lmax) * (1 + 1e-7);
    long double sum = 0, tail = 0;
    for (double x = lo; x <= hi; x++) {
        if ((st = log_hyper(x, m, nn, k, &l)) != YK_OK)
            return st;
        double dx = exp(l - lmax);
        sum += dx;
        if (dx <= dobs)
            tail += dx;
    }
    double pv = (double)(tail / sum);
    *p = pv > 1 ? 1 : pv;
    return YK_OK;
}

yk_status yk_stats_kruskal(const double *counts, size_t groups, size_t k,
                           double *h, double *df, double *p)
{
    if (!counts || groups == 0 || k == 0 || groups > SIZE_MAX / k)
        return YK_ERR_ARGUMENT;
    double *level = calloc(k, sizeof *level);
    if (!level)
        return YK_ERR_NOMEM;
    long double n = 0, ties = 0;
    yk_status st = YK_OK;
    for (size_t g = 0; g < groups && st == YK_OK; g++)
        for (size_t i = 0; i < k; i++) {
            if (!is_count(counts[g * k + i])) {
                st = YK_ERR_ARGUMENT;
                break;
            }
            level[i] += counts[g * k + i];
        }
    /* level[i] becomes the midrank of level i. */
    for (size_t i = 0; st == YK_OK && i < k; i++) {
        long double t = level[i];
        ties += t * t * t - t;
        level[i] = (double)(n + (t + 1) / 2);
        n += t;
    }
    long double between = 0, mid = (n + 1) / 2, used = 0;
    for (size_t g = 0; st == YK_OK && g < groups; g++) {
        long double ng = 0, rsum = 0;
        for (size_t i = 0; i < k; i++) {
            ng += counts[g * k + i];
            rsum += (long double)counts[g * k + i] * level[i];
        }
        if (ng > 0) {
            /* n_g (mean rank - (N+1)/2)^2: no cancellation, unlike R's form. */
            long double dev = rsum / ng - mid;
            between += ng * dev * dev;
            used++;
        }
    }
    free(level);
    if (st != YK_OK)
        return st;
    long double corr = 1 - ties / (n * n * n - n);
    /* All answers tied (corr = 0): ranks carry no information. */
    if (used < 2 || n < 2 || !(corr > 0))
        return YK_ERR_ARGUMENT;
    double stat = (double)(12 * between / (n * (n + 1)) / corr);
    double d = (double)(used - 1), pv;
    if ((st = yk_stats_chisq_p(stat, d, &pv)) != YK_OK)
        return st;
    *h = stat;
    *df = d;
    *p = pv;
    return YK_OK;
}

/* Checks per-group n, mean, var: n >= 0; mean finite where n > 0; var
 * finite and >= 0 where n >= 2 (groups of one carry no variance). */
static int groups_valid(const double *n, const double *mean, const double *var,
                        size_t groups)
{
    if (!n || !mean || !var)
        return 0;
    for (size_t g = 0; g < groups; g++) {
        if (!is_count(n[g]))
            return 0;
        if (n[g] > 0 && !isfinite(mean[g]))
            return 0;
        if (n[g] >= 2 && !is_count(var[g]))
            return 0;
    }
    return 1;
}

yk_status yk_stats_anova(const double *n, const double *mean, const double *var,
                         size_t groups, double *f, double *df1, double *df2,
                         double *p)
{
    if (!groups_valid(n, mean, var, groups))
        return YK_ERR_ARGUMENT;
    long double total = 0, wsum = 0, within = 0, between = 0, used = 0;
    for (size_t g = 0; g < groups; g++)
        if (n[g] > 0) {
            total += n[g];
            wsum += (long double)n[g] * mean[g];
            used++;
            if (n[g] >= 2)
                within += ((long double)n[g] - 1) * var[g];
        }
    if (used < 2 || total <= used || !(within > 0))
        return YK_ERR_ARGUMENT;
    long double grand = wsum / total;
    for (size_t g = 0; g < groups; g++)
        if (n[g] > 0) {
            long double dev = mean[g] - grand;
            between += n[g] * dev * dev;
        }
    double d1 = (double)(used - 1), d2 = (double)(total - used), pv;
    double stat = (double)((between / d1) / (within / d2));
    yk_status st = yk_stats_f_p(stat, d1, d2, &pv);
    if (st != YK_OK)
        return st;
    *f = stat;
    *df1 = d1;
    *df2 = d2;
    *p = pv;
    return YK_OK;
}

yk_status yk_stats_welch(const double *n, const double *mean, const double *var,
                         size_t groups, double *f, double *df1, double *df2,
                         double *p)
{
    if (!groups_valid(n, mean, var, groups))
        return YK_ERR_ARGUMENT;
    long double sw = 0, swm = 0, used = 0;
    for (size_t g = 0; g < groups; g++)
        if (n[g] > 0) {
            /* Welch weighs each group by n/var: it needs n >= 2, var > 0. */
            if (n[g] < 2 || !(var[g] > 0))
                return YK_ERR_ARGUMENT;
            long double w = n[g] / (long double)var[g];
            sw += w;
            swm += w * mean[g];
            used++;
        }
    if (used < 2)
        return YK_ERR_ARGUMENT;
    long double mw = swm / sw, num = 0, tmp = 0;
    for (size_t g = 0; g < groups; g++)
        if (n[g] > 0) {
            long double w = n[g] / (long double)var[g], dev = mean[g] - mw;
            long double share = 1 - w / sw;
            num += w * dev * dev;
            tmp += share * share / (n[g] - 1);
        }
    tmp /= used * used - 1;
    double d1 = (double)(used - 1), d2 = (double)(1 / (3 * tmp)), pv;
    double stat = (double)(num / ((used - 1) * (1 + 2 * (used - 2) * tmp)));
    yk_status st = yk_stats_f_p(stat, d1, d2, &pv);
    if (st != YK_OK)
        return st;
    *f = stat;
    *df1 = d1;
    *df2 = d2;
    *p = pv;
    return YK_OK;
}

/* Below this a p-value is also carried as its logarithm: the double may
 * have lost digits (subnormal) or be 0. */
#define P_LOG_BELOW 1e-280

/* ln Q(a, x) by the continued fraction of Gamma(a, x) (modified Lentz, as
 * Numerical Recipes' gcf), for x > a + 1, where Q is small:
 *   ln Q = -x + a ln x - ln Gamma(a) + ln CF.
 * The three terms are each exact to a few ulps, so ln Q is exact to
 * ~1e-13 absolutely: p to ~1e-13 relatively, however small. */
static yk_status gamma_q_log_cf(double a, double x, double *out)
{
    const double tiny = 1e-300;
    gsl_sf_result lg;
    gsl_ready();
    if (gsl_sf_lngamma_e(a, &lg) != GSL_SUCCESS)
        return YK_ERR_ARGUMENT;
    double b = x + 1 - a, c = 1 / tiny, d = 1 / b, h = d;
    for (double i = 1; i <= 1e7; i++) {
        double an = -i * (i - a);
        b += 2;
        d = an * d + b;
        d = fabs(d) < tiny ? tiny : d;
        c = b + an / c;
        c = fabs(c) < tiny ? tiny : c;
        d = 1 / d;
        double del = d * c;
        h *= del;
        if (fabs(del - 1) < 4 * DBL_EPSILON) {
            *out = -x + a * log(x) - lg.val + log(h);
            return isfinite(*out) && h > 0 ? YK_OK : YK_ERR_ARGUMENT;
        }
    }
    return YK_ERR_ARGUMENT;
}

yk_status yk_stats_chisq_lnp(double x, double df, double *lnp)
{
    double p;
    yk_status st = yk_stats_chisq_p(x, df, &p);
    if (st != YK_OK)
        return st;
    if (p >= P_LOG_BELOW || !(x / 2 > df / 2 + 1)) {
        *lnp = log(p);
        return p > 0 ? YK_OK : YK_ERR_ARGUMENT;
    }
    return gamma_q_log_cf(df / 2, x / 2, lnp);
}

yk_status yk_stats_f_lnp(double f, double d1, double d2, double *lnp)
{
    double p;
    yk_status st = yk_stats_f_p(f, d1, d2, &p);
    if (st != YK_OK)
        return st;
    double a = d2 / 2, b = d1 / 2, den = d2 + d1 * f, x = d2 / den, y = d1 * f / den;
    if (p >= P_LOG_BELOW || !(x < (a + 1) / (a + b + 2))) {
        *lnp = log(p);
        return p > 0 ? YK_OK : YK_ERR_ARGUMENT;
    }
    double scale, e, h;     /* ln I_x(a, b) = ln(scale / a) + e + ln CF */
    if ((st = beta_front_parts(a, b, x, y, &scale, &e)) != YK_OK ||
        (st = beta_cf_fraction(a, b, x, &h)) != YK_OK)
        return st;
    *lnp = log(scale / a) + e + log(h);
    return isfinite(*lnp) ? YK_OK : YK_ERR_ARGUMENT;
}

yk_status yk_stats_normal_lnp(double z, double *lnp)
{
    gsl_sf_result r;
    gsl_ready();
    if (!isfinite(z) || gsl_sf_log_erfc_e(fabs(z) / sqrt(2.0), &r) != GSL_SUCCESS ||
        !isfinite(r.val))
        return YK_ERR_ARGUMENT;
    *lnp = r.val > 0 ? 0 : r.val;
    return YK_OK;
}

/* "%.*g" of 10^l10, for an l10 far below DBL_MIN's: mantissa and
 * exponent from the logarithm, trailing zeros dropped as %g drops them. */
static void format_log10(double l10, int digits, char *buf, size_t size)
{
    double e = floor(l10), m = pow(10, l10 - e);
    char mant[40];
    snprintf(mant, sizeof mant, "%.*f", digits - 1, m);
    if (mant[0] == '1' && mant[1] == '0') {     /* 9.999996 rounded up to 10 */
        e += 1;
        snprintf(mant, sizeof mant, "%.*f", digits - 1, m / 10);
    }
    char *end = mant + strlen(mant);
    if (strchr(mant, '.')) {
        while (end[-1] == '0')
            *--end = '\0';
        if (end[-1] == '.')
            *--end = '\0';
    }
    snprintf(buf, size, "%se%c%02.0f", mant, e < 0 ? '-' : '+', fabs(e));
}

void yk_stats_p_text(double p, double lnp, int digits, char *buf, size_t size)
{
    if (p >= P_LOG_BELOW || !isfinite(lnp) || lnp >= log(P_LOG_BELOW))
        snprintf(buf, size, "%.*g", digits, p);
    else
        format_log10(lnp / M_LN10, digits, buf, size);
}

struct ranked { double p; size_t i; };

/* Ascending p, ties in input order (R's order() is stable). */
static int by_p(const void *a, const void *b)
{
    const struct ranked *x = a, *y = b;
    if (x->p != y->p)
        return x->p < y->p ? -1 : 1;
    return x->i < y->i ? -1 : x->i > y->i;
}

static yk_status sort_p(const double *p, size_t n, struct ranked **out)
{
    if (!p && n > 0)
        return YK_ERR_ARGUMENT;
    for (size_t i = 0; i < n; i++)
        if (!(p[i] >= 0 && p[i] <= 1))
            return YK_ERR_ARGUMENT;
    struct ranked *r = malloc((n ? n : 1) * sizeof *r);
    if (!r)
        return YK_ERR_NOMEM;
    for (size_t i = 0; i < n; i++)
        r[i] = (struct ranked){ p[i], i };
    qsort(r, n, sizeof *r, by_p);
    *out = r;
    return YK_OK;
}

yk_status yk_stats_holm(const double *p, size_t n, double *adjusted)
{
    struct ranked *r;
    yk_status st = sort_p(p, n, &r);
    if (st != YK_OK)
        return st;
    double run = 0;   /* cummax of (n - i + 1) p_(i) */
    for (size_t i = 0; i < n; i++) {
        double a = (double)(n - i) * r[i].p;
        run = a > run ? a : run;
        adjusted[r[i].i] = run < 1 ? run : 1;
    }
    free(r);
    return YK_OK;
}

yk_status yk_stats_bh(const double *p, size_t n, double *adjusted)
{
    struct ranked *r;
    yk_status st = sort_p(p, n, &r);
    if (st != YK_OK)
        return st;
    double run = 1;   /* cummin of n / i p_(i), from the largest p down */
    for (size_t i = n; i-- > 0;) {
        double a = (double)n / (double)(i + 1) * r[i].p;
        run = a < run ? a : run;
        adjusted[r[i].i] = run;
    }
    free(r);
    return YK_OK;
}

/* The logarithms of p-values, sorted as sort_p sorts them (ln is
 * increasing); each must be <= 0 (-inf for p = 0 is allowed). */
static yk_status sort_lnp(const double *lnp, size_t n, struct ranked **out)
{
    if (!lnp && n > 0)
        return YK_ERR_ARGUMENT;
    for (size_t i = 0; i < n; i++)
        if (!(lnp[i] <= 0))
            return YK_ERR_ARGUMENT;
    struct ranked *r = malloc((n ? n : 1) * sizeof *r);
    if (!r)
        return YK_ERR_NOMEM;
    for (size_t i = 0; i < n; i++)
        r[i] = (struct ranked){ lnp[i], i };
    qsort(r, n, sizeof *r, by_p);
    *out = r;
    return YK_OK;
}

yk_status yk_stats_holm_ln(const double *lnp, size_t n, double *adjusted)
{
    struct ranked *r;
    yk_status st = sort_lnp(lnp, n, &r);
    if (st != YK_OK)
        return st;
    double run = -INFINITY;     /* cummax of ln((n - i + 1) p_(i)) */
    for (size_t i = 0; i < n; i++) {
        double a = log((double)(n - i)) + r[i].p;
        run = a > run ? a : run;
        adjusted[r[i].i] = run < 0 ? run : 0;
    }
    free(r);
    return YK_OK;
}

yk_status yk_stats_bh_ln(const double *lnp, size_t n, double *adjusted)
{
    struct ranked *r;
    yk_status st = sort_lnp(lnp, n, &r);
    if (st != YK_OK)
        return st;
    double run = 0;     /* cummin of ln(n / i p_(i)), from the largest p down */
    for (size_t i = n; i-- > 0;) {
        double a = log((double)n / (double)(i + 1)) + r[i].p;
        run = a < run ? a : run;
        adjusted[r[i].i] = run;
    }
    free(r);
    return YK_OK;
}

/* Sum of all entries and of the diagonal of a k x k matrix, leaving out
 * item skip (k to keep all). */
static void matrix_sums(const double *m, size_t k, size_t skip, long double *all,
                        long double *diag)
{
    *all = *diag = 0;
    for (size_t i = 0; i < k; i++) {
        if (i == skip)
            continue;
        *diag += m[i * k + i];
        for (size_t j = 0; j < k; j++)
            if (j != skip)
                *all += m[i * k + j];
    }
}

static yk_status check_cov(const double *cov, size_t k)
{
    if (!cov || k < 2 || k > SIZE_MAX / k)
        return YK_ERR_ARGUMENT;
    for (size_t i = 0; i < k * k; i++)
        if (!isfinite(cov[i]))
            return YK_ERR_ARGUMENT;
    /* Every item must vary: a constant item has no correlation. */
    for (size_t i = 0; i < k; i++)
        if (!(cov[i * k + i] > 0))
            return YK_ERR_ARGUMENT;
    return YK_OK;
}

/* Raw alpha of the items other than skip. */
static yk_status alpha_raw(const double *cov, size_t k, size_t skip, double *alpha)
{
    long double all, diag, items = skip < k ? k - 1 : k;
    matrix_sums(cov, k, skip, &all, &diag);
    if (items < 2 || !(all > 0))
        return YK_ERR_ARGUMENT;
    *alpha = (double)(items / (items - 1) * (1 - diag / all));
    return YK_OK;
}

/* The q quantile of F(d1, d2), by bisection on the CDF to full double
 * precision: gsl_cdf_fdist_Pinv gives NaN at d1 = 1e6, a size a survey
 * reaches (and R 4.2.2's qf is off by 3e-4 from d1 = 1e5: pf(qf(0.975))
 * = 0.9685 there). */
static yk_status f_quantile(double q, double d1, double d2, double *x)
{
    double lo = 0, hi = 1, p;
    yk_status st;
    for (;;) {   /* bracket: P(F <= hi) >= q */
        if ((st = yk_stats_f_p(hi, d1, d2, &p)) != YK_OK)
            return st;
        if (1 - p >= q)
            break;
        lo = hi;
        hi *= 2;
        if (!isfinite(hi))
            return YK_ERR_ARGUMENT;
    }
    while (hi - lo > 2 * DBL_EPSILON * hi) {
        double mid = lo + (hi - lo) / 2;
        if (mid <= lo || mid >= hi)
            break;
        if ((st = yk_stats_f_p(mid, d1, d2, &p)) != YK_OK)
            return st;
        /* Compare upper tails: accurate where q is near 1. */
        if (p > 1 - q)
            lo = mid;
        else
            hi = mid;
    }
    *x = lo + (hi - lo) / 2;
    return YK_OK;
}

yk_status yk_stats_alpha(const double *cov, size_t k, double n, double *alpha,
                         double *alpha_std, double *low, double *high)
{
    yk_status st = check_cov(cov, k);
    if (st != YK_OK)
        return st;
    if (!isfinite(n) || !(n >= 2))
        return YK_ERR_ARGUMENT;
    double a, fhi, flo;
    if ((st = alpha_raw(cov, k, k, &a)) != YK_OK)
        return st;
    long double rsum = 0;   /* sum of the off-diagonal correlations */
    for (size_t i = 0; i < k; i++)
        for (size_t j = 0; j < k; j++)
            if (i != j)
                rsum += cov[i * k + j] / sqrtl((long double)cov[i * k + i] * cov[j * k + j]);
    long double kk = k, rbar = rsum / (kk * (kk - 1));
    long double std_denom = 1 + (kk - 1) * rbar;
    if (std_denom == 0)
        return YK_ERR_ARGUMENT;
    /* Feldt (1965); Feldt, Woodruff & Salih (1987) formula 6: (1 - alpha) /
     * (1 - alpha-hat) ~ F(n - 1, (n - 1)(k - 1)). */
    double d1 = n - 1, d2 = (n - 1) * (double)(k - 1);
    if ((st = f_quantile(0.975, d1, d2, &fhi)) != YK_OK
        || (st = f_quantile(0.025, d1, d2, &flo)) != YK_OK)
        return st;
    *alpha = a;
    *alpha_std = (double)(kk * rbar / std_denom);
    *low = 1 - (1 - a) * fhi;
    *high = 1 - (1 - a) * flo;
    return YK_OK;
}

yk_status yk_stats_alpha_item(const double *cov, size_t k, size_t item,
                              double *item_total, double *alpha_deleted)
{
    yk_status st = check_cov(cov, k);
    if (st != YK_OK)
        return st;
    if (item >= k || k < 3)
        return YK_ERR_ARGUMENT;
    long double rest, diag, cross = 0;
    matrix_sums(cov, k, item, &rest, &diag);
    for (size_t j = 0; j < k; j++)
        if (j != item)
            cross += cov[item * k + j];
    if (!(rest > 0))
        return YK_ERR_ARGUMENT;
    double ad;
    if ((st = alpha_raw(cov, k, item, &ad)) != YK_OK)
        return st;
    /* Corrected: the item against the total of the other items. */
    *item_total = (double)(cross / sqrtl(cov[item * k + item] * rest));
    *alpha_deleted = ad;
    return YK_OK;
}

yk_status yk_stats_dunn(const double *counts, size_t groups, size_t k, size_t a,
                        size_t b, double *z, double *p)
{
    if (!counts || k == 0 || a >= groups || b >= groups || a == b ||
        groups > SIZE_MAX / k)
        return YK_ERR_ARGUMENT;
    double *level = calloc(k, sizeof *level);
    if (!level)
        return YK_ERR_NOMEM;
    long double n = 0, ties = 0, na = 0, nb = 0, ra = 0, rb = 0;
    for (size_t g = 0; g < groups; g++)
        for (size_t i = 0; i < k; i++)
            level[i] += counts[g * k + i];
    for (size_t i = 0; i < k; i++) {       /* level[i] becomes its midrank */
        long double t = level[i];
        ties += t * t * t - t;
        level[i] = (double)(n + (t + 1) / 2);
        n += t;
    }
    for (size_t i = 0; i < k; i++) {
        na += counts[a * k + i];
        nb += counts[b * k + i];
        ra += (long double)counts[a * k + i] * level[i];
        rb += (long double)counts[b * k + i] * level[i];
    }
    free(level);
    /* Dunn (1964), with the tie correction of its variance. */
    long double var = (n * (n + 1) / 12 - ties / (12 * (n - 1))) * (1 / na + 1 / nb);
    if (!(na > 0) || !(nb > 0) || n < 2 || !(var > 0))
        return YK_ERR_ARGUMENT;
    *z = (double)((ra / na - rb / nb) / sqrtl(var));
    *p = erfc(fabs(*z) / sqrt(2.0));    /* two-sided normal tail */
    return YK_OK;
}

/* One random table with the margins of `table` (row sums rs, column sums
 * cs), drawn as by relabelling the respondents at random: each row's
 * count is dealt over the columns by successive hypergeometric draws from
 * what the columns have left. */
static void random_table(gsl_rng *rng, const double *rs, const double *cs, size_t r,
                         size_t c, double n, double *left, double *out)
{
    memcpy(left, cs, c * sizeof *left);
    for (size_t i = 0; i < r; i++) {
        double pool = n, need = rs[i];
        for (size_t j = 0; j < c; j++) {
            pool -= left[j];
            unsigned int x = need > 0 && left[j] > 0
                ? gsl_ran_hypergeometric(rng, (unsigned int)left[j], (unsigned int)pool,
                                         (unsigned int)need) : 0;
            out[i * c + j] = x;
            left[j] -= x;
            need -= x;
        }
        n -= rs[i];
    }
}

yk_status yk_stats_chisq_mc(const double *table, size_t r, size_t c, unsigned long b,
                            unsigned long seed, double *p)
{
    double x2, df, n, dummy, v;
    if (b == 0 || yk_stats_chisq(table, r, c, &x2, &df, &dummy, &v) != YK_OK)
        return YK_ERR_ARGUMENT;
    double *rs = calloc(r + c, sizeof *rs), *cs = rs ? rs + r : NULL;
    double *left = malloc(c * sizeof *left), *sim = malloc(r * c * sizeof *sim);
    gsl_ready();   /* an allocation failure in GSL returns NULL, not abort */
    gsl_rng *rng = gsl_rng_alloc(gsl_rng_mt19937);
    yk_status st = rs && left && sim && rng ? YK_OK : YK_ERR_NOMEM;
    n = 0;
    for (size_t i = 0; st == YK_OK && i < r; i++)
        for (size_t j = 0; j < c; j++) {
            if (!(table[i * c + j] >= 0) || table[i * c + j] >= 4294967296.0)
                st = YK_ERR_ARGUMENT;       /* whole counts the RNG can draw */
            rs[i] += table[i * c + j];
            cs[j] += table[i * c + j];
            n += table[i * c + j];
        }
    unsigned long as_large = 0;
    if (st == YK_OK) {
        gsl_rng_set(rng, seed);
        /* R's rule: a simulated statistic counts when >= (1 - 64 eps) X2. */
        double bar = (1 - 64 * DBL_EPSILON) * x2;
        for (unsigned long k = 0; k < b && st == YK_OK; k++) {
            double s, d2, p2, v2;
            random_table(rng, rs, cs, r, c, n, left, sim);
            st = yk_stats_chisq(sim, r, c, &s, &d2, &p2, &v2);
            as_large += st == YK_OK && s >= bar;
        }
    }
    if (st == YK_OK)
        *p = (1.0 + (double)as_large) / ((double)b + 1.0);
    free(rs), free(left), free(sim);
    gsl_rng_free(rng);
    return st;
}

yk_status yk_stats_mean_interval(double n, double mean, double sd, double level,
                                 double *low, double *high)
{
    if (!(n >= 2) || !(sd >= 0) || !(level > 0 && level < 1) || !isfinite(n) ||
        !isfinite(mean) || !isfinite(sd))
        return YK_ERR_ARGUMENT;
    gsl_ready();
    /* gsl_cdf_tdist_Pinv has no status: its handler is off, so a failure
     * shows as a value that is not finite. */
    double t = gsl_cdf_tdist_Pinv(1 - (1 - level) / 2, n - 1);
    if (!isfinite(t) || !(t > 0))
        return YK_ERR_ARGUMENT;
    double half = t * sd / sqrt(n);
    *low = mean - half;
    *high = mean + half;
    return YK_OK;
}
