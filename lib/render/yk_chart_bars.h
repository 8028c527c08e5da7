/* ykien — bars: the shares of a question's answers, overall or by unit.
 *
 * One panel of horizontal bars, a row per answer (a question overall), or
 * small multiples: a panel per answer side by side, a row per unit, every
 * panel on the same scale so units and answers compare along one
 * baseline (a question by unit; readable with 17 units and 6 answers
 * where clustered bars are not, and the same for select_one and
 * select_multiple).  Each bar's share is written at its end.
 *
 * A row may carry each share's 95% interval, drawn as a whisker across the
 * bar (the themes of open answers), and each share's count, written
 * before it ("120 (45,3%)": the phrases members use most).  The last row
 * (one panel) or the last panel may stand apart, a gap before it, for a
 * figure of another kind than the rest (answers no theme holds). */
#ifndef YK_CHART_BARS_H
#define YK_CHART_BARS_H

#include "yk_chart_kinds.h"

typedef struct {
    const char *label;          /* an answer, or a unit */
    double base;                /* its n, written by the label; < 0: none */
    const double *percents;     /* one per panel, 0 to 100; NAN: that cell is hidden,
                                   "…" (an answer too rare to show by unit) */
    int suppressed;             /* its base is under the minimum: "…" */
    const double *lows, *highs; /* one per panel, the share's 95% interval (low <= share
                                   <= high, 0 to 100); NULL: no whiskers */
    const double *counts;       /* one per panel, written before the share; NULL: none */
} yk_bars_row;

typedef struct {
    yk_chart_frame frame;
    const char *const *panels;  /* the panels' headings (answers); NULL: one panel */
    size_t npanels;             /* 1 without headings */
    const yk_rgb *colours;      /* a colour per panel, or with one panel per row */
    const char *base_word;      /* "n" */
    double base;                /* the one base of every row, written over the
                                   bars; < 0: none */
    const yk_bars_row *rows;
    size_t nrows;
    int last_apart;             /* a gap before the last panel (several), else the
                                   last row */
} yk_bars;

/* Lay out the bars on c.  YK_ERR_ARGUMENT for a spec without rows or
 * panels, or with an interval that does not hold its share; YK_ERR_LIMIT
 * when they do not fit. */
yk_status yk_chart_bars(yk_chart *c, const yk_bars *spec);

#endif
