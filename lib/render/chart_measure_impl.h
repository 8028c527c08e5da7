/* ykien — inside the library: measuring a column of a chart's texts, the
 * one way every kind does it (the label column, the values at the bars'
 * ends, the headings).  A kind hands its texts over one at a time through
 * a function, as most are written from numbers just before they are
 * measured. */
#ifndef YK_CHART_MEASURE_IMPL_H
#define YK_CHART_MEASURE_IMPL_H

#include "yk_chart.h"

/* Text i of a column: written into buf (of size bytes) or borrowed from
 * ctx; NULL when row i has none (a hidden figure, a row without a base). */
typedef const char *(*yk_column_text)(const void *ctx, size_t i, char *buf, size_t size);

/* The texts of a column held as an array: ctx is a const char *const *
 * (NULL entries have no text). */
const char *yk_column_listed(const void *ctx, size_t i, char *buf, size_t size);

/* The width of the widest of texts 0..n-1, each on one line at size
 * points in style: 0 when none has a text. */
yk_status yk_column_widest(yk_chart *c, yk_column_text text, const void *ctx, size_t n,
                           double size, unsigned style, double *widest);

/* The height of the tallest of texts 0..n-1 wrapped at width points (0:
 * not wrapped), at size points in style: 0 when none has a text. */
yk_status yk_column_tallest(yk_chart *c, yk_column_text text, const void *ctx, size_t n,
                            double size, unsigned style, double width, double *tallest);

#endif
