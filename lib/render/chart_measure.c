/* ykien — measuring a column of a chart's texts. */
#include <math.h>
#include "chart_measure_impl.h"

/* A text written for measuring: the longest a kind writes is a row's
 * bases round by round (rounds). */
enum { COLUMN_TEXT = 256 };

const char *yk_column_listed(const void *ctx, size_t i, char *buf, size_t size)
{
    (void)buf;
    (void)size;
    return ((const char *const *)ctx)[i];
}

/* The widest and the tallest of the texts, measured at once. */
static yk_status extremes(yk_chart *c, yk_column_text text, const void *ctx, size_t n,
                          double size, unsigned style, double width, double *widest,
                          double *tallest)
{
    char buf[COLUMN_TEXT];
    double w, h;
    yk_status st = YK_OK;
    *widest = *tallest = 0;
    for (size_t i = 0; i < n && st == YK_OK; i++) {
        const char *t = text(ctx, i, buf, sizeof buf);
        if (!t)
            continue;
        st = yk_chart_measure(c, t, size, style, width, &w, &h);
        *widest = fmax(*widest, w);
        *tallest = fmax(*tallest, h);
    }
    return st;
}

yk_status yk_column_widest(yk_chart *c, yk_column_text text, const void *ctx, size_t n,
                           double size, unsigned style, double *widest)
{
    double tallest;
    return extremes(c, text, ctx, n, size, style, 0, widest, &tallest);
}

yk_status yk_column_tallest(yk_chart *c, yk_column_text text, const void *ctx, size_t n,
                            double size, unsigned style, double width, double *tallest)
{
    double widest;
    return extremes(c, text, ctx, n, size, style, width, &widest, tallest);
}
