/* ykien — bars of answer shares: one panel, or a panel per answer. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include "yk_text.h"
#include "chart_measure_impl.h"
#include "chart_rows_impl.h"
#include "yk_chart_bars.h"

#define MARGIN 24.0
#define VALUE_SIZE 8.0
#define HEAD_SIZE 8.0
#define MAX_BAR 18.0
#define PANEL_GAP 8.0           /* between a panel's longest value and the next */
#define MAX_LABELS 0.35         /* of the width, for the label column */
#define MIN_ROOM 24.0           /* points: the shortest room for a panel's bars */
#define APART 0.6               /* the gap before a figure apart, in rows or panel gaps */

static const yk_rgb ink = { 0x22, 0x22, 0x22 }, grey = { 0x66, 0x66, 0x66 };
static const yk_rgb rule = { 0x99, 0x99, 0x99 };

typedef struct {
    const yk_bars *s;
    yk_chart *c;
    yk_row_texts texts;         /* the label column */
    yk_rows rows;
    double width, top, bottom;
    double bars_x, panel_w, head_h, rows_top, row_h, bar_h;
    double value_size, value_w, per_percent;
    double row_gap, panel_gap;  /* before the last row or panel, when apart */
} bars_layout;

/* The top of row i and the left of panel p, after the gap before the
 * one apart. */
static double row_y(const bars_layout *L, size_t i)
{
    return L->rows_top + (double)i * L->row_h + (i + 1 == L->s->nrows ? L->row_gap : 0);
}

static double panel_x(const bars_layout *L, size_t p)
{
    return L->bars_x + (double)p * L->panel_w + (p + 1 == L->s->npanels ? L->panel_gap : 0);
}

static yk_status label_texts(bars_layout *L)
{
    yk_status st = yk_row_texts_new(&L->texts, L->s->nrows);
    for (size_t i = 0; st == YK_OK && i < L->s->nrows; i++)
        yk_row_texts_set(&L->texts, i, &L->s->frame, L->s->base_word, L->s->rows[i].label,
                         L->s->rows[i].base);
    return st;
}

/* The one base of every row, over the bars. */
static yk_status overall_base(bars_layout *L)
{
    char n[32], text[64];
    const yk_item *box;
    yk_chart_number(&L->s->frame, L->s->base, 0, "", n, sizeof n);
    yk_text_snprintf(text, sizeof text, "%s = %s", L->s->base_word, n);
    yk_status st = yk_chart_text(L->c, "base", text, MARGIN, L->top, VALUE_SIZE, 0, 0, grey,
                                 &box);
    if (st == YK_OK)
        L->top = box->y + box->h + 4;
    return st;
}

/* The tallest panel heading, wrapped at the panel's width. */
static yk_status headings_height(bars_layout *L)
{
    L->head_h = 0;
    if (!L->s->panels)
        return YK_OK;
    return yk_column_tallest(L->c, yk_column_listed, L->s->panels, L->s->npanels, HEAD_SIZE,
                             YK_TEXT_BOLD, L->panel_w - PANEL_GAP, &L->head_h);
}

/* The text at the end of row i's bar in panel p: its share, after its
 * count when the row has counts ("120 (45,3%)").  NULL for a hidden cell. */
static const char *bar_text(const yk_bars *s, size_t i, size_t p, char *buf, size_t size)
{
    const yk_bars_row *r = &s->rows[i];
    char share[32], count[32];
    if (isnan(r->percents[p]))
        return NULL;        /* a hidden cell: "…" */
    yk_chart_number(&s->frame, r->percents[p], 1, "%", share, sizeof share);
    if (!r->counts) {
        yk_text_snprintf(buf, size, "%s", share);
        return buf;
    }
    yk_chart_number(&s->frame, r->counts[p], 0, "", count, sizeof count);
    yk_text_snprintf(buf, size, "%s (%s)", count, share);
    return buf;
}

/* The value at the end of bar i, row by row and panel by panel. */
static const char *value_text(const void *ctx, size_t i, char *buf, size_t size)
{
    const yk_bars *s = ctx;
    return bar_text(s, i / s->npanels, i % s->npanels, buf, size);
}

/* The longest bar or whisker of any panel, in percent. */
static double longest(const yk_bars *s)
{
    double most = 0;
    for (size_t i = 0; i < s->nrows; i++)
        for (size_t p = 0; p < s->npanels && !s->rows[i].suppressed; p++) {
            double v = s->rows[i].percents[p];
            if (isnan(v))
                continue;
            most = fmax(most, s->rows[i].highs ? s->rows[i].highs[p] : v);
        }
    return most;
}

/* The widest value written at a bar's end, at the values' size. */
static yk_status widest_value(bars_layout *L, double *widest)
{
    return yk_column_widest(L->c, value_text, L->s, L->s->nrows * L->s->npanels,
                            L->value_size, 0, widest);
}

/* The panels right of a label column of that width, their headings, and
 * the rows' height under them. */
static yk_status place_panels(bars_layout *L, double column)
{
    const yk_bars *s = L->s;
    double n = (double)s->nrows;
    L->bars_x = MARGIN + column + 8;
    L->panel_gap = s->last_apart && s->npanels > 1 ? APART * 2 * PANEL_GAP : 0;
    L->panel_w = (MARGIN + L->width - L->bars_x - L->panel_gap) / (double)s->npanels;
    yk_status st = headings_height(L);
    L->rows_top = L->top + (L->head_h > 0 ? L->head_h + 4 : 0);
    L->row_h = (L->bottom - L->rows_top) / n;
    L->row_gap = 0;
    if (s->last_apart && s->npanels == 1 && s->nrows > 1) {
        L->row_h = (L->bottom - L->rows_top) / (n + APART);
        L->row_gap = APART * L->row_h;
    }
    return st;
}

/* The label column, the panels and the rows' height.  The column is
 * fitted twice: its width sets the panels', whose headings take height
 * from the rows.  When the rows come out too low for the labels in that
 * column (bases under them), the column is fitted again at the rows'
 * height, wider (bases beside), and the panels placed again. */
static yk_status measure(bars_layout *L)
{
    const yk_bars *s = L->s;
    double n = (double)s->nrows;
    yk_status st = yk_rows_fit(L->c, L->texts.labels, L->texts.bases, s->nrows, (L->bottom - L->top) / n,
                               MAX_LABELS * L->width, &L->rows);
    double column = L->rows.width;
    if (st == YK_OK)
        st = place_panels(L, column);
    if (st == YK_OK)
        st = yk_rows_fit(L->c, L->texts.labels, L->texts.bases, s->nrows, L->row_h, column, &L->rows);
    for (int again = 0; st == YK_ERR_LIMIT && again < 2; again++) {
        st = yk_rows_fit(L->c, L->texts.labels, L->texts.bases, s->nrows, L->row_h,
                         MAX_LABELS * L->width, &L->rows);
        column = L->rows.width;
        if (st == YK_OK)
            st = place_panels(L, column);
        if (st == YK_OK)
            st = yk_rows_fit(L->c, L->texts.labels, L->texts.bases, s->nrows, L->row_h, column,
                             &L->rows);
    }
    L->rows.width = column;
    double room = 0, most = longest(s);
    /* The values' size: 8 points, or 7 or 6 where panels are narrow. */
    for (double size = VALUE_SIZE; st == YK_OK && size >= 6 && room < MIN_ROOM; size -= 1) {
        L->value_size = yk_rows_text_size(size, L->row_h);
        st = widest_value(L, &L->value_w);
        room = L->panel_w - PANEL_GAP - L->value_w - 3;
    }
    /* Every panel on one scale, ending at the next 25% past the longest bar. */
    L->per_percent = room / fmin(100, fmax(25, ceil(most / 25) * 25));
    L->bar_h = fmin(MAX_BAR, 0.7 * L->row_h);
    if (st == YK_OK && (room < MIN_ROOM || L->bar_h < 3 || L->value_size < 5))
        st = YK_ERR_LIMIT;
    return st;
}

static yk_rgb colour_of(const bars_layout *L, size_t i, size_t p)
{
    return L->s->colours[L->s->npanels > 1 ? p : i];
}

/* The share's interval: a line across the bar from low to high, with
 * caps, in ink that reads on the bar and off it. */
static yk_status whisker(bars_layout *L, double x, double mid, double low, double high)
{
    double x0 = x + low * L->per_percent, x1 = x + high * L->per_percent;
    double cap = fmin(L->bar_h / 2 - 1, 4);
    yk_status st = yk_chart_line(L->c, "interval", x0, mid, x1, mid, ink, 0.9, 0);
    if (st == YK_OK)
        st = yk_chart_line(L->c, "cap", x0, mid - cap, x0, mid + cap, ink, 0.9, 0);
    if (st == YK_OK)
        st = yk_chart_line(L->c, "cap", x1, mid - cap, x1, mid + cap, ink, 0.9, 0);
    return st;
}

static yk_status bar(bars_layout *L, size_t i, size_t p, double y)
{
    const yk_bars_row *r = &L->s->rows[i];
    double x = panel_x(L, p), by = y + (L->row_h - L->bar_h) / 2;
    double ty = y + (L->row_h - L->value_size * 1.362) / 2;
    char text[64];
    if (r->suppressed || isnan(r->percents[p]))
        return yk_chart_text(L->c, "suppressed", "…", x + 3, ty, L->value_size, 0, 0, grey,
                             NULL);
    double w = r->percents[p] * L->per_percent, end = w;
    yk_status st = w > 0 ? yk_chart_rect(L->c, "bar", x, by, w, L->bar_h, colour_of(L, i, p))
                         : YK_OK;
    if (st == YK_OK && r->highs) {
        st = whisker(L, x, by + L->bar_h / 2, r->lows[p], r->highs[p]);
        end = fmax(w, r->highs[p] * L->per_percent);
    }
    bar_text(L->s, i, p, text, sizeof text);
    if (st == YK_OK)
        st = yk_chart_text(L->c, "value", text, x + end + 3, ty, L->value_size, 0, 0, ink,
                           NULL);
    return st;
}

static yk_status panel_frame(bars_layout *L, size_t p)
{
    double x = panel_x(L, p);
    yk_status st = YK_OK;
    if (L->s->panels)
        st = yk_chart_text(L->c, "panel", L->s->panels[p], x, L->top, HEAD_SIZE, YK_TEXT_BOLD,
                           L->panel_w - PANEL_GAP, ink, NULL);
    if (st == YK_OK)
        st = yk_chart_line(L->c, "baseline", x, L->rows_top, x,
                           row_y(L, L->s->nrows - 1) + L->row_h, rule, 0.75, 0);
    return st;
}

static yk_status draw(bars_layout *L)
{
    yk_status st = YK_OK;
    for (size_t p = 0; p < L->s->npanels && st == YK_OK; p++)
        st = panel_frame(L, p);
    for (size_t i = 0; i < L->s->nrows && st == YK_OK; i++) {
        double y = row_y(L, i);
        st = yk_rows_draw(L->c, &L->rows, MARGIN, y, L->row_h, L->texts.labels[i], L->texts.bases[i]);
        for (size_t p = 0; p < L->s->npanels && st == YK_OK; p++)
            st = bar(L, i, p, y);
    }
    return st;
}

/* Every interval holds its share, within 0 to 100. */
static int intervals_hold(const yk_bars *s)
{
    for (size_t i = 0; i < s->nrows; i++) {
        const yk_bars_row *r = &s->rows[i];
        if (!r->highs != !r->lows)
            return 0;
        for (size_t p = 0; r->highs && p < s->npanels; p++)
            if (!isnan(r->percents[p]) &&
                !(0 <= r->lows[p] && r->lows[p] <= r->percents[p] &&
                  r->percents[p] <= r->highs[p] && r->highs[p] <= 100))
                return 0;
    }
    return 1;
}

yk_status yk_chart_bars(yk_chart *c, const yk_bars *s)
{
    bars_layout L = { .s = s, .c = c, .width = yk_chart_width(c) - 2 * MARGIN };
    if (!s || !s->nrows || !s->npanels || !s->rows || !s->colours || !s->base_word ||
        !intervals_hold(s))
        return YK_ERR_ARGUMENT;
    yk_status st = yk_chart_frame_draw(c, &s->frame, MARGIN, &L.top, &L.bottom);
    if (st == YK_OK && s->base >= 0)
        st = overall_base(&L);
    if (st == YK_OK)
        st = label_texts(&L);
    if (st == YK_OK)
        st = measure(&L);
    if (st == YK_OK)
        st = draw(&L);
    yk_row_texts_free(&L.texts);
    return st;
}
