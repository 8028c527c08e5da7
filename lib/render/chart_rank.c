/* ykien — units ranked by a figure, with 95% interval whiskers. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include "yk_text.h"
#include "chart_measure_impl.h"
#include "chart_rows_impl.h"
#include "yk_chart_rank.h"

#define MARGIN 24.0
#define VALUE_SIZE 8.0
#define MAX_LABELS 0.35         /* of the width, for the label column */
#define PAD 6.0                 /* inside the plot, left and right */
#define POINT 6.0               /* the figure's square, at most */

static const yk_rgb ink = { 0x22, 0x22, 0x22 }, grey = { 0x66, 0x66, 0x66 };
static const yk_rgb grid = { 0xDD, 0xDD, 0xDD }, point = { 0x00, 0x72, 0xB2 };
static const yk_rgb reference = { 0xD5, 0x5E, 0x00 };     /* Okabe and Ito's vermillion */

typedef struct {
    const yk_rank *s;
    yk_chart *c;
    yk_row_texts texts;         /* the label column */
    yk_rows rows;
    double width, top, bottom, ref_y, rows_top, row_h, tick_h;
    double plot_x0, plot_x1, value_right, value_size;
    double lo, hi, step;        /* the scale */
} rank_layout;

static const char *suffix(const rank_layout *L)
{
    return L->s->percent ? "%" : "";
}

static yk_status label_texts(rank_layout *L)
{
    yk_status st = yk_row_texts_new(&L->texts, L->s->nrows);
    for (size_t i = 0; st == YK_OK && i < L->s->nrows; i++)
        yk_row_texts_set(&L->texts, i, &L->s->frame, L->s->base_word, L->s->rows[i].label,
                         L->s->rows[i].base);
    return st;
}

/* A round step giving about five intervals over range: 1, 2, 2.5 or 5
 * times a power of ten. */
static double nice_step(double range)
{
    double raw = range / 5, mag = pow(10, floor(log10(raw))), f = raw / mag;
    return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 2.5 : f <= 5 ? 5 : 10) * mag;
}

/* The scale: every interval and the reference, widened to whole steps. */
static void scale(rank_layout *L)
{
    const yk_rank *s = L->s;
    double lo = s->reference_label ? s->reference : s->rows[0].low;
    double hi = s->reference_label ? s->reference : s->rows[0].high;
    for (size_t i = 0; i < s->nrows; i++) {
        lo = fmin(lo, s->rows[i].low);
        hi = fmax(hi, s->rows[i].high);
    }
    if (hi - lo < 1e-9)
        lo -= 1, hi += 1;
    L->step = nice_step(hi - lo);
    L->lo = floor(lo / L->step) * L->step;
    L->hi = ceil(hi / L->step) * L->step;
    if (s->percent)
        L->lo = fmax(0, L->lo), L->hi = fmin(100, L->hi);
}

static int tick_decimals(double step)
{
    int d = 0;
    while (d < 4 && fabs(step * pow(10, d) - round(step * pow(10, d))) > 1e-6)
        d++;
    return d;
}

static double x_of(const rank_layout *L, double v)
{
    return L->plot_x0 + (v - L->lo) / (L->hi - L->lo) * (L->plot_x1 - L->plot_x0);
}

/* Row i's figure, as the right column writes it. */
static const char *value_text(const void *ctx, size_t i, char *buf, size_t size)
{
    const rank_layout *L = ctx;
    yk_chart_number(&L->s->frame, L->s->rows[i].value, L->s->decimals, suffix(L), buf, size);
    return buf;
}

/* The widest figure written in the right column. */
static yk_status widest_value(rank_layout *L, double *widest)
{
    return yk_column_widest(L->c, value_text, L, L->s->nrows, L->value_size, YK_TEXT_BOLD,
                            widest);
}

static yk_status measure(rank_layout *L)
{
    double w, n = (double)L->s->nrows, value_w = 0;
    yk_status st = yk_chart_measure(L->c, "0", VALUE_SIZE, 0, 0, &w, &L->tick_h);
    L->ref_y = L->top;
    L->rows_top = L->top + (L->s->reference_label ? L->tick_h + 4 : 0);
    L->row_h = (L->bottom - L->tick_h - 3 - L->rows_top) / n;
    if (st == YK_OK)
        st = yk_rows_fit(L->c, L->texts.labels, L->texts.bases, L->s->nrows, L->row_h,
                         MAX_LABELS * L->width, &L->rows);
    L->value_size = yk_rows_text_size(VALUE_SIZE, L->row_h);
    if (st == YK_OK)
        st = widest_value(L, &value_w);
    L->value_right = MARGIN + L->width;
    L->plot_x0 = MARGIN + L->rows.width + 8 + PAD;
    L->plot_x1 = L->value_right - value_w - 10 - PAD;
    scale(L);
    if (st == YK_OK && (L->plot_x1 - L->plot_x0 < 60 || L->row_h < 6 || L->value_size < 5))
        st = YK_ERR_LIMIT;
    return st;
}

static double rows_bottom(const rank_layout *L)
{
    return L->rows_top + (double)L->s->nrows * L->row_h;
}

/* Dashed lines at every step, and their values under the rows; every
 * other value when they would touch. */
static yk_status ticks(rank_layout *L)
{
    int d = tick_decimals(L->step);
    char text[32];
    double w, h, widest = 0, per = x_of(L, L->lo + L->step) - x_of(L, L->lo);
    yk_status st = YK_OK;
    for (double v = L->lo; v <= L->hi + L->step / 1e6 && st == YK_OK; v += L->step) {
        yk_chart_number(&L->s->frame, v, d, suffix(L), text, sizeof text);
        st = yk_chart_measure(L->c, text, VALUE_SIZE, 0, 0, &w, &h);
        widest = fmax(widest, w);
    }
    size_t every = widest + 4 > per ? 2 : 1, k = 0;
    for (double v = L->lo; v <= L->hi + L->step / 1e6 && st == YK_OK; v += L->step, k++) {
        st = yk_chart_line(L->c, "grid", x_of(L, v), L->rows_top, x_of(L, v), rows_bottom(L),
                           grid, 0.5, 1);
        yk_chart_number(&L->s->frame, v, d, suffix(L), text, sizeof text);
        if (st == YK_OK && k % every == 0)
            st = yk_chart_text(L->c, "tick", text, x_of(L, v), rows_bottom(L) + 3, VALUE_SIZE,
                               YK_TEXT_CENTRE, 0, grey, NULL);
    }
    return st;
}

/* The figure of all units: a dashed line, its label and value over the
 * rows, kept inside the plot. */
static yk_status reference_line(rank_layout *L)
{
    char value[32], text[256];
    double w, h, x = x_of(L, L->s->reference);
    yk_chart_number(&L->s->frame, L->s->reference, L->s->decimals, suffix(L), value,
                    sizeof value);
    yk_text_snprintf(text, sizeof text, "%s: %s", L->s->reference_label, value);
    yk_status st = yk_chart_line(L->c, "reference", x, L->rows_top, x, rows_bottom(L),
                                 reference, 1, 1);
    if (st == YK_OK)
        st = yk_chart_measure(L->c, text, VALUE_SIZE, 0, 0, &w, &h);
    double left = fmax(L->plot_x0 - PAD, fmin(x - w / 2, L->value_right - w));
    if (st == YK_OK)
        st = yk_chart_text(L->c, "reference-label", text, left, L->ref_y, VALUE_SIZE, 0, 0,
                           reference, NULL);
    return st;
}

static yk_status row(rank_layout *L, size_t i)
{
    const yk_rank_row *r = &L->s->rows[i];
    double y = L->rows_top + (double)i * L->row_h, mid = y + L->row_h / 2;
    double size = fmin(POINT, 0.6 * L->row_h), cap = size / 2 + 1;
    char text[32];
    yk_status st = yk_rows_draw(L->c, &L->rows, MARGIN, y, L->row_h, L->texts.labels[i],
                                L->texts.bases[i]);
    if (st == YK_OK)
        st = yk_chart_line(L->c, "interval", x_of(L, r->low), mid, x_of(L, r->high), mid, ink,
                           1, 0);
    if (st == YK_OK)
        st = yk_chart_line(L->c, "cap", x_of(L, r->low), mid - cap, x_of(L, r->low), mid + cap,
                           ink, 1, 0);
    if (st == YK_OK)
        st = yk_chart_line(L->c, "cap", x_of(L, r->high), mid - cap, x_of(L, r->high),
                           mid + cap, ink, 1, 0);
    if (st == YK_OK)
        st = yk_chart_rect(L->c, "point", x_of(L, r->value) - size / 2, mid - size / 2, size,
                           size, point);
    yk_chart_number(&L->s->frame, r->value, L->s->decimals, suffix(L), text, sizeof text);
    if (st == YK_OK)
        st = yk_chart_text(L->c, "value", text, L->value_right, mid - L->value_size * 0.681,
                           L->value_size, YK_TEXT_BOLD | YK_TEXT_RIGHT, 0, ink, NULL);
    return st;
}

static int valid(const yk_rank *s)
{
    if (!s || !s->nrows || !s->rows || !s->base_word ||
        (s->reference_label && !isfinite(s->reference)))
        return 0;
    for (size_t i = 0; i < s->nrows; i++)
        if (!(s->rows[i].low <= s->rows[i].value && s->rows[i].value <= s->rows[i].high) ||
            !isfinite(s->rows[i].low) || !isfinite(s->rows[i].high))
            return 0;
    return 1;
}

yk_status yk_chart_rank(yk_chart *c, const yk_rank *s)
{
    rank_layout L = { .s = s, .c = c, .width = yk_chart_width(c) - 2 * MARGIN };
    if (!valid(s))
        return YK_ERR_ARGUMENT;
    yk_status st = yk_chart_frame_draw(c, &s->frame, MARGIN, &L.top, &L.bottom);
    if (st == YK_OK)
        st = label_texts(&L);
    if (st == YK_OK)
        st = measure(&L);
    if (st == YK_OK)
        st = ticks(&L);
    if (st == YK_OK && s->reference_label)
        st = reference_line(&L);
    for (size_t i = 0; i < s->nrows && st == YK_OK; i++)
        st = row(&L, i);
    yk_row_texts_free(&L.texts);
    return st;
}
