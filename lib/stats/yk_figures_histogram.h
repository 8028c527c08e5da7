/* ykien — a histogram's bars: how many gave each value of an integer
 * question (an age), grouped so that no bar rests on fewer than k people.
 *
 * A histogram is a table of people by value: no bar may rest on fewer
 * than k of them (the oldest member, alone at 35, would be seen).  The
 * bars are as narrow as lets every one hold k or more (widths 1, 2, 5, 10,
 * 20, 50...: 20–24, 25–29); the thin tails are merged into open-ended
 * bars, "≤ 18" and "≥ 35", which an office reads as it reads an age
 * table; a thin bar left inside is hidden, with as many more as the
 * secondary rule of yk_disclosure.h needs so that the total minus the
 * shown bars gives none back.  With k 0 (--no-suppression) every value
 * has its own bar and nothing is merged or hidden. */
#ifndef YK_FIGURES_HISTOGRAM_H
#define YK_FIGURES_HISTOGRAM_H

#include <stddef.h>
#include <stdint.h>
#include "yk_status.h"

typedef struct {
    int64_t width;              /* values per bar */
    size_t lo, hi;              /* the first and last bars kept */
    int open_first, open_last;  /* the bar at that end holds every value beyond */
    unsigned char *hidden;      /* per bar kept (hi - lo + 1): hidden; the caller
                                 * frees it (NULL when not computed) */
    size_t nhidden;
} yk_histogram_bars;

/* The bars of a histogram under k: bins[i] people gave value *lowest + i,
 * *n values from *lowest.  bins, *n and *lowest become the bars' (of
 * width b->width, aligned on its multiples: the first starts at *lowest),
 * the kept ones bins[b->lo .. b->hi], the merged tails added into the two
 * at the ends.  YK_OK; YK_ERR_ARGUMENT when the people are too few for a
 * bar of k at both ends (nothing to draw); YK_ERR_NOMEM. */
yk_status yk_figure_histogram_bars(double *bins, size_t *n, int64_t *lowest, long k,
                                   yk_histogram_bars *b);

#endif
