/* ykien — a histogram: how many gave each value of a number question. */
#ifndef YK_CHART_HISTOGRAM_H
#define YK_CHART_HISTOGRAM_H

#include "yk_chart_kinds.h"

typedef struct {
    yk_chart_frame frame;
    double first;               /* the value of the first bin */
    double width;               /* each bin's width in the question's unit */
    const double *counts;       /* nbins of them */
    size_t nbins;               /* 1 to 500 */
    const char *axis;           /* the values' name under the axis ("Tuổi") */
    const char *base_word;      /* "n" */
    double mean;                /* drawn as a dashed line; NAN: none */
    const char *mean_word;      /* "trung bình" */
    /* An open-ended first or last bin (thin tails merged so that no bar
     * holds fewer than k people): its label under the axis, "≤ 18";
     * NULL: its value. */
    const char *first_label, *last_label;
    const unsigned char *hidden;    /* per bin, nonzero: no bar, "…"; NULL: none */
} yk_histogram;

/* Vertical bars of the share of answers in each bin (percent of all the
 * counts), each labelled with its percent when it fits, values along the
 * bottom (every k-th when they would crowd), the mean as a dashed line. */
yk_status yk_chart_histogram(yk_chart *c, const yk_histogram *spec);

#endif
