/* ykien — a histogram's bars: the width that lets every bar hold k people,
 * the thin tails merged, the thin bars left inside hidden. */
#include <stdlib.h>
#include <string.h>
#include "yk_disclosure.h"
#include "yk_figures_histogram.h"

/* Merge the tails of bins (n of them) into their first and last bars of k
 * or more people: b->lo, b->hi and the open ends; -1 when the people are
 * too few for such a bar at both ends. */
static int merge_tails(long min, double *bins, size_t n, yk_histogram_bars *b)
{
    double k = (double)min, left = 0, right = 0;
    b->lo = 0, b->hi = n - 1;
    b->open_first = b->open_last = 0;
    if (k <= 0)
        return 0;           /* --no-suppression */
    while (b->lo < n && (left += bins[b->lo]) < k)
        b->lo++;
    while (b->hi > 0 && (right += bins[b->hi]) < k)
        b->hi--;
    if (b->lo >= n || b->hi == 0 || b->lo >= b->hi)
        return -1;
    b->open_first = b->lo > 0, b->open_last = b->hi < n - 1;
    bins[b->lo] = left, bins[b->hi] = right;
    return 0;
}

/* Bins of width w aligned on its multiples (20–24, 25–29), from bins of
 * one value each from lowest; their number into *nout, the first one's
 * value into *start.  out has room for n + 1. */
static void rebin(const double *bins, size_t n, int64_t lowest, int64_t w, double *out,
                  size_t *nout, int64_t *start)
{
    int64_t s = lowest >= 0 ? lowest / w * w : -((-lowest + w - 1) / w) * w;
    *start = s;
    *nout = (size_t)((lowest + (int64_t)n - 1 - s) / w) + 1;
    for (size_t j = 0; j < *nout; j++)
        out[j] = 0;
    for (size_t i = 0; i < n; i++)
        out[(size_t)((lowest + (int64_t)i - s) / w)] += bins[i];
}

/* The narrowest bin width (1, 2, 5, 10, 20, 50...) whose bars, the thin
 * tails merged, all hold k or more people, so that none is left blank;
 * bins, *n and *lowest become that histogram's.  With none, width 1 (thin
 * bars inside are blanked).  Returns the width. */
static int64_t choose_width(long k, double *bins, size_t *n, int64_t *lowest, double *scratch)
{
    static const int64_t steps[] = { 1, 2, 5 };
    if (k <= 0)
        return 1;
    for (int64_t scale = 1; scale <= (int64_t)*n; scale *= 10)
        for (size_t i = 0; i < 3; i++) {
            int64_t w = steps[i] * scale, start;
            size_t m;
            yk_histogram_bars h;
            rebin(bins, *n, *lowest, w, scratch, &m, &start);
            if (m < 2 || merge_tails(k, scratch, m, &h) != 0)
                return 1;
            int thin = 0;
            for (size_t j = h.lo + 1; j < h.hi; j++)
                thin |= scratch[j] > 0 && scratch[j] < (double)k;
            if (thin)
                continue;
            rebin(bins, *n, *lowest, w, scratch, &m, &start);
            memcpy(bins, scratch, m * sizeof *bins);
            *n = m, *lowest = start;
            return w;
        }
    return 1;
}

yk_status yk_figure_histogram_bars(double *bins, size_t *n, int64_t *lowest, long k,
                                   yk_histogram_bars *b)
{
    *b = (yk_histogram_bars){ .width = 1 };
    double *scratch = calloc(*n + 1, sizeof *scratch);
    if (!scratch)
        return YK_ERR_NOMEM;
    b->width = choose_width(k, bins, n, lowest, scratch);
    free(scratch);
    if (merge_tails(k, bins, *n, b) != 0)
        return YK_ERR_ARGUMENT;
    size_t kept = b->hi - b->lo + 1;
    b->hidden = calloc(kept + 1, 1);
    if (!b->hidden)
        return YK_ERR_NOMEM;
    /* k 0 (--no-suppression): nothing is hidden. */
    b->nhidden = k > 0 ? yk_disclosure_groups(bins + b->lo, kept, (double)k, b->hidden) : 0;
    return YK_OK;
}
