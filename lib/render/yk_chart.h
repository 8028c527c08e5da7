/* ykien — charts: a model of what to draw, and its renderers.
 *
 * A chart is a scene: a canvas in points (1/72 inch) holding rectangles,
 * lines and text boxes, each with a role ("bar", "label", "title"...) so
 * tests can find it.  Layout code (one file per kind of chart) adds items;
 * text is measured with Pango as it is added, wrapped to a width, so the
 * scene knows every text box before anything is painted.  The scene can be
 * dumped as text (what tests compare), checked for text that overlaps or
 * leaves the canvas, and painted with Cairo to PNG, SVG or PDF.
 *
 * Text is measured and painted with hinting off, so a box has the same
 * size in every format.  Strings are copied into the scene. */
#ifndef YK_CHART_H
#define YK_CHART_H

#include <stddef.h>
#include "yk_output.h"
#include "yk_status.h"

typedef struct {
    unsigned char r, g, b;
} yk_rgb;

typedef enum { YK_ITEM_RECT, YK_ITEM_LINE, YK_ITEM_TEXT } yk_item_kind;

enum {
    YK_TEXT_BOLD = 1,
    YK_TEXT_ITALIC = 2,
    YK_TEXT_CENTRE = 4,         /* lines centred in the box; else left */
    YK_TEXT_RIGHT = 8,          /* lines flush right in the box */
};

/* One thing drawn.  A rect fills x, y, w, h; a line runs from (x, y) to
 * (x + w, y + h); a text's box is its top-left corner and laid-out size. */
typedef struct {
    yk_item_kind kind;
    const char *role;
    double x, y, w, h;
    yk_rgb colour;              /* fill, stroke or ink */
    double width;               /* line width */
    int dashed;
    const char *text;
    double size;                /* font size in points */
    unsigned style;             /* YK_TEXT_* */
    double wrap;                /* the width the text was wrapped at; 0: none */
} yk_item;

typedef struct yk_chart yk_chart;

/* An empty chart of width x height points, its text in font (a family
 * name such as "Noto Sans"; copied).  YK_ERR_ARGUMENT for a size that is
 * not positive or over 14400 points (200 inches). */
yk_status yk_chart_new(double width, double height, const char *font, yk_chart **out);
void yk_chart_free(yk_chart *c);

double yk_chart_width(const yk_chart *c);
double yk_chart_height(const yk_chart *c);

yk_status yk_chart_rect(yk_chart *c, const char *role, double x, double y, double w,
                        double h, yk_rgb fill);
yk_status yk_chart_line(yk_chart *c, const char *role, double x1, double y1, double x2,
                        double y2, yk_rgb colour, double width, int dashed);

/* Text of this chart is measured and drawn at least size points, whatever
 * size a kind asks for: a chart printed at scale 1 in a document keeps
 * every word readable (9 points).  0, the default: as asked. */
void yk_chart_set_min_text(yk_chart *c, double size);

/* The size text takes at size points in style, wrapped at max_width
 * points (0: one line; a word longer than the width is broken). */
yk_status yk_chart_measure(yk_chart *c, const char *text, double size, unsigned style,
                           double max_width, double *w, double *h);

/* Add text with its box's top-left corner at x, y (or, with YK_TEXT_RIGHT
 * or YK_TEXT_CENTRE, its box placed so its right edge or centre is at x);
 * *box (may be NULL) gets the item as placed, valid until the next call
 * that adds an item. */
yk_status yk_chart_text(yk_chart *c, const char *role, const char *text, double x, double y,
                        double size, unsigned style, double max_width, yk_rgb ink,
                        const yk_item **box);

size_t yk_chart_n_items(const yk_chart *c);
const yk_item *yk_chart_item(const yk_chart *c, size_t i);

/* The model as text, one item per line, sizes to 0.1 point. */
yk_status yk_chart_dump(const yk_chart *c, yk_output out);

/* The first problem of layout: a text box that leaves the canvas or
 * overlaps another text box.  YK_OK when there is none; else
 * YK_ERR_ARGUMENT and a sentence in problem (size bytes). */
yk_status yk_chart_check(const yk_chart *c, char *problem, size_t size);

typedef enum { YK_CHART_PNG, YK_CHART_SVG, YK_CHART_PDF } yk_chart_format;

/* Paint the chart.  dpi is for PNG (the canvas is width * dpi / 72
 * pixels); title goes in the PDF's metadata; date (seconds since 1970) is
 * the PDF's creation date, so the same chart gives the same bytes. */
yk_status yk_chart_render(const yk_chart *c, yk_chart_format format, double dpi,
                          const char *title, long long date, yk_output out);

/* Colours.  A categorical colour (Okabe and Ito's colour-blind-safe
 * set, cycling after 8), a level of an n-level diverging scale from
 * ColorBrewer's RdBu (n from 2 to 11; YK_ERR_ARGUMENT else) from the
 * lowest level (0, red) to the highest (n - 1, blue), and the grey of
 * answers that are not an opinion. */
yk_rgb yk_palette_category(size_t i);
yk_status yk_palette_diverging(size_t n, size_t level, yk_rgb *out);
yk_rgb yk_palette_not_opinion(void);
/* A level (0, lightest, to YK_PALETTE_SEQUENTIAL - 1, darkest) of
 * ColorBrewer's 9-class sequential YlGnBu; YK_ERR_ARGUMENT past it. */
enum { YK_PALETTE_SEQUENTIAL = 9 };
yk_status yk_palette_sequential(size_t level, yk_rgb *out);
/* Black or white, whichever reads better on background. */
yk_rgb yk_palette_ink_on(yk_rgb background);

#endif
