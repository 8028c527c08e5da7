/* ykien — inside the library: the label column of the charts that have
 * a row per unit or choice (bars, rank, heatmap).  Each row's label is
 * wrapped, and its base ("n = 1.234"), when it has one, goes under the
 * label or, when rows are low, beside it, right-aligned in the column. */
#ifndef YK_CHART_ROWS_IMPL_H
#define YK_CHART_ROWS_IMPL_H

#include "yk_chart_kinds.h"

typedef struct {
    double size;                /* the labels' size in points */
    int beside;                 /* the base beside the label, else under it */
    double width;               /* the column's width */
    double text_w;              /* where the labels wrap */
} yk_rows;

/* The texts of the label column: each row's label, and its base as
 * "n = 1.234" (NULL for a row without one).  Owned: free with
 * yk_row_texts_free. */
typedef struct {
    const char **labels, **bases;
    char (*text)[48];
} yk_row_texts;

/* Room for n rows; YK_ERR_NOMEM (then free it all the same). */
yk_status yk_row_texts_new(yk_row_texts *t, size_t n);
/* Row i: its label (NULL: none) and base (negative: none), in f's number
 * style after base_word. */
void yk_row_texts_set(yk_row_texts *t, size_t i, const yk_chart_frame *f,
                      const char *base_word, const char *label, double base);
void yk_row_texts_free(yk_row_texts *t);

/* The size and place at which n labels (and bases, which may be NULL, as
 * may each bases[i]) fit rows of row_h points in a column of at most
 * max_width: 9 points with the base under the label, else beside it at
 * 9, 8, 7 or 6 points.  YK_ERR_LIMIT when none fits. */
yk_status yk_rows_fit(yk_chart *c, const char *const *labels, const char *const *bases,
                      size_t n, double row_h, double max_width, yk_rows *out);

/* Draw a row's label and base (may be NULL) in the column at x, the row
 * running from y to y + row_h. */
yk_status yk_rows_draw(yk_chart *c, const yk_rows *L, double x, double y, double row_h,
                       const char *label, const char *base);

/* The size of text in a row of row_h: size, or smaller so that a line
 * fits the row (a line is 1.36 em). */
double yk_rows_text_size(double size, double row_h);

#endif
