/* ykien — a heatmap of shares, units by questions. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "chart_measure_impl.h"
#include "chart_rows_impl.h"
#include "yk_chart_heatmap.h"

#define MARGIN 24.0
#define VALUE_SIZE 8.0
#define HEAD_SIZE 7.5
#define KEY_SIZE 7.5
#define SWATCH 26.0             /* a class's width in the key */
#define MAX_LABELS 0.3          /* of the width, for the label column */
#define MAX_HEADINGS 0.25       /* of the height, for the columns' headings */
#define GAP 6.0

static const yk_rgb ink = { 0x22, 0x22, 0x22 }, grey = { 0x66, 0x66, 0x66 };
static const yk_rgb white = { 0xFF, 0xFF, 0xFF };

typedef struct {
    const yk_heatmap *s;
    yk_chart *c;
    yk_row_texts texts;         /* the label column */
    const char *const *headings;
    yk_rows rows;
    double width, top, bottom, head_top, head_h;
    double grid_x, col_w, rows_top, row_h, value_size;
    double low, step;           /* the classes */
} heatmap_layout;

static int shown(const yk_heatmap *s, size_t i, size_t j)
{
    return !(s->rows[i].suppressed && s->rows[i].suppressed[j]);
}

static int any_suppressed(const yk_heatmap *s)
{
    for (size_t i = 0; i < s->nrows; i++)
        for (size_t j = 0; j < s->ncolumns; j++)
            if (!shown(s, i, j))
                return 1;
    return 0;
}

void yk_heatmap_classes(const yk_heatmap *s, double *low, double *step)
{
    static const double steps[] = { 1, 2, 5, 10 };
    double lo = 100, hi = 0;
    for (size_t i = 0; i < s->nrows; i++)
        for (size_t j = 0; j < s->ncolumns; j++)
            if (shown(s, i, j))
                lo = fmin(lo, s->rows[i].values[j]), hi = fmax(hi, s->rows[i].values[j]);
    if (lo > hi)
        lo = hi = 0;
    *step = 100.0 / YK_PALETTE_SEQUENTIAL, *low = 0;
    for (size_t k = 0; k < sizeof steps / sizeof steps[0]; k++) {
        double from = floor(lo / steps[k]) * steps[k];
        if (from + YK_PALETTE_SEQUENTIAL * steps[k] >= hi) {
            *step = steps[k];
            *low = fmax(0, fmin(from, 100 - YK_PALETTE_SEQUENTIAL * steps[k]));
            return;
        }
    }
}

static yk_rgb colour_of(const heatmap_layout *L, double v)
{
    yk_rgb c = white;
    double k = floor((v - L->low) / L->step);
    size_t level = k < 0 ? 0 : k >= YK_PALETTE_SEQUENTIAL ? YK_PALETTE_SEQUENTIAL - 1 : (size_t)k;
    yk_palette_sequential(level, &c);
    return c;
}

static yk_status label_texts(heatmap_layout *L)
{
    yk_status st = yk_row_texts_new(&L->texts, L->s->nrows);
    for (size_t i = 0; st == YK_OK && i < L->s->nrows; i++)
        yk_row_texts_set(&L->texts, i, &L->s->frame, L->s->base_word, L->s->rows[i].label,
                         L->s->rows[i].base);
    return st;
}

/* A bound of the key, without decimals when it is whole. */
static void bound_text(const heatmap_layout *L, double v, char *buf, size_t size)
{
    yk_chart_number(&L->s->frame, v, fabs(v - round(v)) < 1e-9 ? 0 : 1, "%", buf, size);
}

/* The key: its title, a swatch per class with the bounds under them
 * (every other bound when they would touch), and the grey of "…". */
static yk_status key(heatmap_layout *L)
{
    double w, h = 0, widest = 0, x;
    char text[32];
    const yk_item *box;
    yk_status st = yk_chart_text(L->c, "key-title", L->s->key_title ? L->s->key_title : "",
                                 MARGIN, L->top, KEY_SIZE, YK_TEXT_BOLD, 0, ink, &box);
    for (size_t k = 0; k <= YK_PALETTE_SEQUENTIAL && st == YK_OK; k++) {
        bound_text(L, L->low + (double)k * L->step, text, sizeof text);
        st = yk_chart_measure(L->c, text, KEY_SIZE, 0, 0, &w, &h);
        widest = fmax(widest, w);
    }
    x = st == YK_OK ? box->x + box->w + GAP + widest / 2 : MARGIN;   /* bounds centred */
    size_t every = widest + 3 > SWATCH ? 2 : 1;
    double sy = L->top + 1, swatch_h = KEY_SIZE;
    for (size_t k = 0; k < YK_PALETTE_SEQUENTIAL && st == YK_OK; k++) {
        yk_rgb c = white;
        yk_palette_sequential(k, &c);
        st = yk_chart_rect(L->c, "key-swatch", x + (double)k * SWATCH, sy, SWATCH, swatch_h, c);
    }
    for (size_t k = 0; k <= YK_PALETTE_SEQUENTIAL && st == YK_OK; k += every) {
        bound_text(L, L->low + (double)k * L->step, text, sizeof text);
        st = yk_chart_text(L->c, "key", text, x + (double)k * SWATCH, sy + swatch_h + 1,
                           KEY_SIZE, YK_TEXT_CENTRE, 0, grey, NULL);
    }
    double after = sy + swatch_h + 1 + h, sx = x + YK_PALETTE_SEQUENTIAL * SWATCH + widest / 2 + 14;
    if (st == YK_OK && L->s->suppressed_label && any_suppressed(L->s)) {
        if (MARGIN + L->width - sx - SWATCH - 4 < 40)
            return YK_ERR_LIMIT;
        st = yk_chart_rect(L->c, "key-swatch", sx, sy, SWATCH, swatch_h, yk_palette_not_opinion());
        if (st == YK_OK)
            st = yk_chart_text(L->c, "key", L->s->suppressed_label, sx + SWATCH + 4, L->top,
                               KEY_SIZE, 0, MARGIN + L->width - sx - SWATCH - 4, grey, &box);
        if (st == YK_OK)
            after = fmax(after, box->y + box->h);
    }
    L->top = after + GAP;
    return st;
}

/* The tallest of the headings, wrapped at the columns' width. */
static yk_status headings_height(heatmap_layout *L, const char *const *headings, double *tallest)
{
    return yk_column_tallest(L->c, yk_column_listed, headings, L->s->ncolumns, HEAD_SIZE,
                             YK_TEXT_BOLD, L->col_w - 4, tallest);
}

/* The codes' key over the note: "q06: label; q07: label". */
static yk_status codes_key(heatmap_layout *L)
{
    size_t size = 1;
    for (size_t j = 0; j < L->s->ncolumns; j++)
        size += strlen(L->s->codes[j]) + strlen(L->s->columns[j]) + 4;
    char *text = malloc(size), *p = text;
    if (!text)
        return YK_ERR_NOMEM;
    *p = '\0';
    for (size_t j = 0; j < L->s->ncolumns; j++)
        p += sprintf(p, "%s%s: %s", j ? "; " : "", L->s->codes[j], L->s->columns[j]);
    double w, h;
    yk_status st = yk_chart_measure(L->c, text, KEY_SIZE, 0, L->width, &w, &h);
    L->bottom -= h;
    if (st == YK_OK)
        st = yk_chart_text(L->c, "codes", text, MARGIN, L->bottom, KEY_SIZE, 0, L->width, ink,
                           NULL);
    L->bottom -= GAP;
    free(text);
    return st;
}

/* Columns' headings: the labels, or the codes and their key. */
static yk_status choose_headings(heatmap_layout *L)
{
    double tallest;
    L->headings = L->s->columns;
    yk_status st = headings_height(L, L->headings, &tallest);
    if (st == YK_OK && tallest > MAX_HEADINGS * (L->bottom - L->top)) {
        if (!L->s->codes)
            return YK_ERR_LIMIT;
        L->headings = L->s->codes;
        st = codes_key(L);
        if (st == YK_OK)
            st = headings_height(L, L->headings, &tallest);
    }
    L->head_h = tallest;
    return st;
}

/* The value in cell i, row by row and column by column. */
static const char *value_text(const void *ctx, size_t i, char *buf, size_t size)
{
    const yk_heatmap *s = ctx;
    yk_chart_number(&s->frame, s->rows[i / s->ncolumns].values[i % s->ncolumns], 0, "%", buf,
                    size);
    return buf;
}

static yk_status widest_value(heatmap_layout *L, double *widest)
{
    return yk_column_widest(L->c, value_text, L->s, L->s->nrows * L->s->ncolumns,
                            L->value_size, 0, widest);
}

/* The label column, the columns, their headings and the rows' height:
 * the label column is fitted twice, as in bars. */
static yk_status measure(heatmap_layout *L)
{
    const yk_heatmap *s = L->s;
    double n = (double)s->nrows, widest = 0;
    yk_status st = yk_rows_fit(L->c, L->texts.labels, L->texts.bases, s->nrows, (L->bottom - L->top) / n,
                               MAX_LABELS * L->width, &L->rows);
    double column = L->rows.width;
    L->grid_x = MARGIN + column + 8;
    L->col_w = (MARGIN + L->width - L->grid_x) / (double)s->ncolumns;
    if (st == YK_OK)
        st = choose_headings(L);
    L->head_top = L->top;
    L->rows_top = L->top + L->head_h + 4;
    L->row_h = (L->bottom - L->rows_top) / n;
    if (st == YK_OK)
        st = yk_rows_fit(L->c, L->texts.labels, L->texts.bases, s->nrows, L->row_h, column, &L->rows);
    L->rows.width = column;
    L->value_size = yk_rows_text_size(VALUE_SIZE, L->row_h - 1);
    if (st == YK_OK)
        st = widest_value(L, &widest);
    if (st == YK_OK && (widest + 4 > L->col_w || L->value_size < 5))
        st = YK_ERR_LIMIT;
    return st;
}

static yk_status cell(heatmap_layout *L, size_t i, size_t j, double y)
{
    const yk_heatmap_row *r = &L->s->rows[i];
    double x = L->grid_x + (double)j * L->col_w;
    int on = shown(L->s, i, j);
    yk_rgb fill = on ? colour_of(L, r->values[j]) : yk_palette_not_opinion();
    char text[32] = "…";
    if (on)
        yk_chart_number(&L->s->frame, r->values[j], 0, "%", text, sizeof text);
    yk_status st = yk_chart_rect(L->c, on ? "cell" : "suppressed", x + 0.5, y + 0.5,
                                 L->col_w - 1, L->row_h - 1, fill);
    if (st == YK_OK)
        st = yk_chart_text(L->c, on ? "value" : "suppressed", text, x + L->col_w / 2,
                           y + (L->row_h - L->value_size * 1.362) / 2, L->value_size,
                           YK_TEXT_CENTRE, 0, yk_palette_ink_on(fill), NULL);
    return st;
}

static yk_status draw(heatmap_layout *L)
{
    yk_status st = YK_OK;
    for (size_t j = 0; j < L->s->ncolumns && st == YK_OK; j++)
        st = yk_chart_text(L->c, "heading", L->headings[j],
                           L->grid_x + ((double)j + 0.5) * L->col_w, L->head_top, HEAD_SIZE,
                           YK_TEXT_BOLD | YK_TEXT_CENTRE, L->col_w - 4, ink, NULL);
    for (size_t i = 0; i < L->s->nrows && st == YK_OK; i++) {
        double y = L->rows_top + (double)i * L->row_h;
        st = yk_rows_draw(L->c, &L->rows, MARGIN, y, L->row_h, L->texts.labels[i], L->texts.bases[i]);
        for (size_t j = 0; j < L->s->ncolumns && st == YK_OK; j++)
            st = cell(L, i, j, y);
    }
    return st;
}

yk_status yk_chart_heatmap(yk_chart *c, const yk_heatmap *s)
{
    heatmap_layout L = { .s = s, .c = c, .width = yk_chart_width(c) - 2 * MARGIN };
    if (!s || !s->nrows || !s->ncolumns || !s->rows || !s->columns || !s->base_word)
        return YK_ERR_ARGUMENT;
    yk_heatmap_classes(s, &L.low, &L.step);
    yk_status st = yk_chart_frame_draw(c, &s->frame, MARGIN, &L.top, &L.bottom);
    if (st == YK_OK)
        st = key(&L);
    if (st == YK_OK)
        st = label_texts(&L);
    if (st == YK_OK)
        st = measure(&L);
    if (st == YK_OK)
        st = draw(&L);
    yk_row_texts_free(&L.texts);
    return st;
}
