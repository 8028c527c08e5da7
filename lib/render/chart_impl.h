/* ykien — what the chart model and its renderer share: text is laid out
 * the same way when it is measured and when it is painted. */
#ifndef YK_CHART_IMPL_H
#define YK_CHART_IMPL_H

#include <pango/pangocairo.h>
#include "yk_chart.h"

/* Hinting off and 72 dots per inch: a point is a unit, and a text's size
 * does not depend on the surface it is painted on. */
void yk_chart_prepare_context(PangoContext *pc);

/* Set up layout for text in font at size points, style, wrapped at
 * max_width (0: no wrapping).  0, or -1 when out of memory. */
int yk_chart_set_text(PangoLayout *layout, const char *font, const char *text, double size,
                      unsigned style, double max_width);

/* The logical rectangle of the laid-out text, in points. */
void yk_chart_text_extent(PangoLayout *layout, double *x, double *y, double *w, double *h);

const char *yk_chart_font(const yk_chart *c);

/* Paint the chart's items (no background) on cr, in the chart's points:
 * the caller translates and scales to place it. */
void yk_chart_paint_items(const yk_chart *c, cairo_t *cr);

#endif
