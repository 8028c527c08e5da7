/* ykien — the kinds of chart: each lays out a plain description of its
 * figures (computed elsewhere, from result tables) on a yk_chart.
 *
 * Every chart has a frame: a title and subtitle at the top, and a note at
 * the bottom that states the base, the source and why a figure is missing.
 * Numbers are written the way the chart's language writes them: with
 * decimal_comma, "45,3%" and "1.234"; else "45.3%" and "1,234".
 * YK_ERR_LIMIT when the figures do not fit the canvas. */
#ifndef YK_CHART_KINDS_H
#define YK_CHART_KINDS_H

#include "yk_chart.h"

typedef struct {
    const char *title, *subtitle, *note;    /* subtitle and note may be NULL */
    int decimal_comma;
} yk_chart_frame;

/* One bar of a diverging stacked bar chart. */
typedef struct {
    const char *label;          /* a question, or a unit */
    const double *counts;       /* per opinion level, lowest first */
    double not_opinion;         /* those who gave no opinion */
    int suppressed;             /* its base is under the minimum: no bar */
    const double *share;        /* the figure at its end, in percent; NULL: the
                                   share of the levels right of the centre */
} yk_likert_row;

typedef struct {
    yk_chart_frame frame;
    const char *const *levels;  /* the opinion levels' labels, lowest first */
    size_t nlevels;             /* 2 to 11 */
    const char *not_opinion;    /* the label of "no opinion"; NULL: none */
    int neutral_aside;          /* --centre split with an odd number of
                                   levels: the middle one goes aside */
    const char *base_word;      /* "n" */
    const char *share_heading;  /* over the shares at the bars' ends; may be NULL */
    const yk_likert_row *rows;
    size_t nrows;
} yk_likert;

/* Diverging stacked bars: the disagreeing levels left of the centre, the
 * agreeing ones right of it (the middle level of an odd scale across it,
 * or aside), each row's share (its own, else the levels right of the
 * centre) written at its end, not-an-opinion in a separate bar to the side. */
yk_status yk_chart_likert(yk_chart *c, const yk_likert *spec);

/* Frame pieces every kind uses: the title block (top) and note (bottom)
 * of the canvas inside margin; *top and *bottom get what is left. */
yk_status yk_chart_frame_draw(yk_chart *c, const yk_chart_frame *f, double margin,
                              double *top, double *bottom);

/* A legend: a swatch and a label for each of n entries, flowing in rows
 * from (x, y) within width; *after gets the y below it. */
yk_status yk_chart_legend(yk_chart *c, const char *const *labels, const yk_rgb *colours,
                          size_t n, double x, double y, double width, double *after);

/* v with `decimals` places in the frame's style, then suffix (may be ""). */
void yk_chart_number(const yk_chart_frame *f, double v, int decimals, const char *suffix,
                     char *buf, size_t size);

#endif
