/* ykien — heatmap: units by questions, each cell coloured by its share.
 *
 * A row per unit and a column per question; each cell is coloured on
 * ColorBrewer's YlGnBu (9 classes of equal width over the shares drawn,
 * at round bounds) and its share written in it, in black or white,
 * whichever reads.  A cell whose base is under the minimum is grey and
 * holds "…".  A colour key at the top gives each class's bounds.
 * Columns are headed by the questions' labels, or, when those would take
 * more than a quarter of the height, by their codes, with a key of codes
 * and labels over the note. */
#ifndef YK_CHART_HEATMAP_H
#define YK_CHART_HEATMAP_H

#include "yk_chart_kinds.h"

typedef struct {
    const char *label;          /* a unit */
    double base;                /* its n */
    const double *values;       /* a share (0 to 100) per column */
    const unsigned char *suppressed;    /* per column, nonzero: "…"; NULL: none */
} yk_heatmap_row;

typedef struct {
    yk_chart_frame frame;
    const char *const *columns;     /* the columns' headings (questions) */
    const char *const *codes;       /* short headings when those do not fit; may be NULL */
    size_t ncolumns;
    const char *base_word;          /* "n" */
    const char *key_title;          /* before the colour key */
    const char *suppressed_label;   /* by the key's grey swatch */
    const yk_heatmap_row *rows;
    size_t nrows;
} yk_heatmap;

/* Lay out the heatmap on c.  YK_ERR_ARGUMENT for a spec without rows or
 * columns; YK_ERR_LIMIT when they do not fit. */
yk_status yk_chart_heatmap(yk_chart *c, const yk_heatmap *spec);

/* The colour key's classes for the shares of spec: the lower bound of
 * the first and the width of each (1, 2, 5 or 10 points of percentage,
 * or 100/9 when the shares span more than 90). */
void yk_heatmap_classes(const yk_heatmap *spec, double *low, double *step);

#endif
