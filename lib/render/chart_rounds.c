/* ykien — a dumbbell chart of a share across survey rounds. */
#include <math.h>
#include <stdio.h>
#include <string.h>
#include "yk_text.h"
#include "chart_measure_impl.h"
#include "yk_chart_rounds.h"

#define MARGIN 24.0
#define VALUE_SIZE 7.5
#define BASE_SIZE 7.0
#define DOT 6.0
#define GAP 8.0

static const yk_rgb ink = { 0x22, 0x22, 0x22 }, grey = { 0x66, 0x66, 0x66 };
static const yk_rgb rule = { 0x99, 0x99, 0x99 }, grid = { 0xDD, 0xDD, 0xDD };
static const yk_rgb band = { 0xEE, 0xEE, 0xEE };
/* ColorBrewer RdBu's darkest blue and red: apart for colour-blind eyes,
 * and the sign of the change is written too. */
static const yk_rgb rise = { 0x21, 0x66, 0xac }, fall = { 0xb2, 0x18, 0x2b };

typedef struct {
    const yk_rounds_chart *s;
    yk_chart *c;
    double width;               /* inside the margins */
    double label_size, label_w, base_w, change_w;
    double label_share;         /* the label column's most, of the width */
    double plot_x0, plot_x1, lo, hi, step;
    double head_y;              /* the headings' line */
    double rows_top, row_h;
} rounds_layout;

static double rows_bottom(const rounds_layout *L)
{
    return L->rows_top + (double)L->s->nrows * L->row_h;
}

static double x_of(const rounds_layout *L, double share)
{
    return L->plot_x0 + (share - L->lo) / (L->hi - L->lo) * (L->plot_x1 - L->plot_x0);
}

/* The left edge of the column of the change from round p to p + 1. */
static double change_x(const rounds_layout *L, size_t p)
{
    size_t npairs = L->s->nrounds - 1;
    return MARGIN + L->width - (double)(npairs - p) * L->change_w - (double)(npairs - 1 - p) * GAP;
}

/* The row's bases, round by round: "1.700 · 1.745 · 1.851". */
static void base_text(const rounds_layout *L, const yk_rounds_row *r, char *buf, size_t size)
{
    size_t len = 0;
    buf[0] = '\0';
    for (size_t i = 0; i < L->s->nrounds && len < size; i++) {
        char n[32];
        if (r->base[i] < 0)
            yk_text_snprintf(n, sizeof n, "–");
        else
            yk_chart_number(&L->s->frame, r->base[i], 0, "", n, sizeof n);
        len += (size_t)yk_text_snprintf(buf + len, size - len, "%s%s", i ? " · " : "", n);
    }
}

/* "+6,8", "−16,7": a change carries its sign. */
static void change_text(const rounds_layout *L, double change, char *buf, size_t size)
{
    size_t plus = change > 0 && size > 1;
    if (plus)
        buf[0] = '+';
    yk_chart_number(&L->s->frame, change, 1, "", buf + plus, size - plus);
}

/* The axis: from the tens below the lowest share to those above the
 * highest, at least 20 points wide. */
static void scale(rounds_layout *L)
{
    double lo = 100, hi = 0;
    for (size_t i = 0; i < L->s->nrows; i++)
        for (size_t k = 0; k < L->s->nrounds; k++)
            if (isfinite(L->s->rows[i].share[k])) {
                lo = fmin(lo, L->s->rows[i].share[k]);
                hi = fmax(hi, L->s->rows[i].share[k]);
            }
    if (lo > hi)
        lo = 0, hi = 100;
    L->lo = fmax(0, floor(lo / 10) * 10);
    L->hi = fmin(100, fmax(L->lo + 20, ceil(hi / 10) * 10));
    if (L->hi - L->lo < 20)
        L->lo = L->hi - 20;
    L->step = L->hi - L->lo > 60 ? 20 : 10;
}

static const char *label_at(const void *ctx, size_t i, char *buf, size_t size)
{
    (void)buf;
    (void)size;
    return ((const yk_rounds_chart *)ctx)->rows[i].label;
}

static const char *base_at(const void *ctx, size_t i, char *buf, size_t size)
{
    const rounds_layout *L = ctx;
    base_text(L, &L->s->rows[i], buf, size);
    return buf;
}

/* Whether every label fits its row wrapped at the label column. */
static yk_status labels_fit(rounds_layout *L, int *fits)
{
    double w, h;
    yk_status st = YK_OK;
    *fits = 1;
    for (size_t i = 0; i < L->s->nrows && st == YK_OK && *fits; i++) {
        const yk_rounds_row *r = &L->s->rows[i];
        st = yk_chart_measure(L->c, r->label, L->label_size, r->emphasised ? YK_TEXT_BOLD : 0,
                              L->label_w, &w, &h);
        *fits = h <= L->row_h;
    }
    return st;
}

/* The labels' size: 9, 8 or 7 points, the first at which they fit. */
static yk_status choose_labels(rounds_layout *L)
{
    static const double sizes[] = { 9, 8, 7 };
    yk_status st = YK_OK;
    int fits = 0;
    for (size_t t = 0; t < sizeof sizes / sizeof sizes[0] && !fits && st == YK_OK; t++) {
        double widest = 0;
        L->label_size = sizes[t];
        /* bold: an emphasised row (the province) must fit too */
        st = yk_column_widest(L->c, label_at, L->s, L->s->nrows, L->label_size, YK_TEXT_BOLD,
                              &widest);
        L->label_w = fmin(widest + 1, L->label_share * L->width);
        if (st == YK_OK)
            st = labels_fit(L, &fits);
    }
    return st == YK_OK && !fits ? YK_ERR_LIMIT : st;
}

/* The widest base text and change column. */
static yk_status columns(rounds_layout *L)
{
    double h;
    yk_status st = yk_chart_measure(L->c, "−100,0", VALUE_SIZE, YK_TEXT_BOLD, 0, &L->change_w, &h);
    L->base_w = 0;
    if (st == YK_OK)
        st = yk_column_widest(L->c, base_at, L, L->s->nrows, BASE_SIZE, 0, &L->base_w);
    return st;
}

/* The heading of the pair of rounds p, p + 1. */
static void pair_heading(const rounds_layout *L, size_t p, char *buf, size_t size)
{
    yk_text_snprintf(buf, size, "%s–%s", L->s->rounds[p], L->s->rounds[p + 1]);
}

static const char *pair_at(const void *ctx, size_t p, char *buf, size_t size)
{
    pair_heading(ctx, p, buf, size);
    return buf;
}

/* Headings over the change columns; *top moves under them.  The columns
 * widen to their headings, up to 70 points. */
static yk_status headings(rounds_layout *L, double *top)
{
    char text[256];
    double w, tallest = 0;
    yk_status st = yk_chart_measure(L->c, L->s->base_word, VALUE_SIZE, YK_TEXT_BOLD, 0, &w,
                                    &tallest);
    L->head_y = *top;
    if (st == YK_OK)
        st = yk_column_widest(L->c, pair_at, L, L->s->nrounds - 1, VALUE_SIZE, YK_TEXT_BOLD, &w);
    if (st == YK_OK)
        L->change_w = fmax(L->change_w, fmin(w + 1, 70));
    for (size_t p = 0; p + 1 < L->s->nrounds && st == YK_OK; p++) {
        const yk_item *box;
        pair_heading(L, p, text, sizeof text);
        st = yk_chart_text(L->c, "heading", text, change_x(L, p) + L->change_w, *top,
                           VALUE_SIZE, YK_TEXT_BOLD | YK_TEXT_RIGHT, L->change_w, ink, &box);
        if (st == YK_OK)
            tallest = fmax(tallest, box->h);
    }
    *top += tallest + 4;
    return st;
}

/* The heading of the bases, once the label column is known. */
static yk_status base_heading(rounds_layout *L)
{
    return yk_chart_text(L->c, "heading", L->s->base_word, MARGIN + L->label_w + GAP + L->base_w,
                         L->head_y, VALUE_SIZE, YK_TEXT_BOLD | YK_TEXT_RIGHT, 0, ink, NULL);
}

static yk_status legend(rounds_layout *L, double *top)
{
    const char *labels[YK_ROUNDS_MAX + 2];
    yk_rgb colours[YK_ROUNDS_MAX + 2];
    size_t n = 0;
    for (size_t i = 0; i < L->s->nrounds; i++) {
        labels[n] = L->s->rounds[i];
        colours[n++] = yk_palette_category(i);
    }
    if (L->s->up) {
        labels[n] = L->s->up;
        colours[n++] = rise;
    }
    if (L->s->down) {
        labels[n] = L->s->down;
        colours[n++] = fall;
    }
    double after;
    yk_status st = yk_chart_legend(L->c, labels, colours, n, MARGIN, *top, L->width, &after);
    *top = after + 8;
    return st;
}

/* Columns, scale and rows between top and bottom. */
static yk_status measure(rounds_layout *L, double top, double bottom)
{
    double w, tick_h;
    yk_status st = yk_chart_measure(L->c, "100%", VALUE_SIZE, 0, 0, &w, &tick_h);
    L->rows_top = top;
    L->row_h = (bottom - tick_h - 4 - top) / (double)(L->s->nrows ? L->s->nrows : 1);
    /* The labels wrap into a narrower column when the plot would be too
     * narrow beside them (wide bases: large text, many rounds). */
    static const double shares[] = { 0.28, 0.22, 0.18 };
    yk_status fit = YK_ERR_LIMIT;
    for (size_t k = 0; st == YK_OK && fit == YK_ERR_LIMIT && k < sizeof shares / sizeof *shares;
         k++) {
        L->label_share = shares[k];
        fit = choose_labels(L);
        scale(L);
        L->plot_x0 = MARGIN + L->label_w + GAP + L->base_w + GAP + DOT;
        L->plot_x1 = change_x(L, 0) - GAP - DOT;
        if (fit == YK_OK && (L->plot_x1 - L->plot_x0 < 80 || L->row_h < VALUE_SIZE * 1.4))
            fit = YK_ERR_LIMIT;
    }
    return st == YK_OK ? fit : st;
}

static yk_status grid_lines(rounds_layout *L)
{
    yk_status st = YK_OK;
    for (double t = L->lo; t <= L->hi + 0.01 && st == YK_OK; t += L->step)
        st = yk_chart_line(L->c, "grid", x_of(L, t), L->rows_top, x_of(L, t), rows_bottom(L),
                           grid, 0.5, 1);
    return st;
}

static yk_status ticks(rounds_layout *L)
{
    yk_status st = yk_chart_line(L->c, "axis", L->plot_x0 - DOT, rows_bottom(L),
                                 L->plot_x1 + DOT, rows_bottom(L), rule, 0.5, 0);
    for (double t = L->lo; t <= L->hi + 0.01 && st == YK_OK; t += L->step) {
        char text[32];
        yk_chart_number(&L->s->frame, t, 0, "%", text, sizeof text);
        st = yk_chart_text(L->c, "tick", text, x_of(L, t), rows_bottom(L) + 3, VALUE_SIZE,
                           YK_TEXT_CENTRE, 0, grey, NULL);
    }
    return st;
}

/* Round k's dot sits a little lower than round k - 1's, so a change that
 * turns back is not drawn over the one before it. */
static double dot_y(const rounds_layout *L, double centre, size_t k)
{
    double step = fmin(3, 0.12 * L->row_h);
    return centre + ((double)k - (double)(L->s->nrounds - 1) / 2) * step;
}

/* The lines between consecutive dots, bold and coloured when significant,
 * with the change written in its pair's column. */
static yk_status changes(rounds_layout *L, const yk_rounds_row *r, double centre)
{
    yk_status st = YK_OK;
    for (size_t p = 0; p + 1 < L->s->nrounds && st == YK_OK; p++) {
        double a = r->share[p], b = r->share[p + 1], d = r->change[p];
        int significant = isfinite(d);
        yk_rgb colour = !significant ? rule : d > 0 ? rise : fall;
        if (isfinite(a) && isfinite(b))
            st = yk_chart_line(L->c, significant ? "change" : "link", x_of(L, a),
                               dot_y(L, centre, p), x_of(L, b), dot_y(L, centre, p + 1), colour,
                               significant ? 2.2 : 1, 0);
        if (st == YK_OK && significant) {
            char text[32];
            change_text(L, d, text, sizeof text);
            st = yk_chart_text(L->c, "change", text, change_x(L, p) + L->change_w,
                               centre - VALUE_SIZE * 0.68, VALUE_SIZE,
                               YK_TEXT_BOLD | YK_TEXT_RIGHT, 0, colour, NULL);
        }
    }
    return st;
}

static yk_status dots(rounds_layout *L, const yk_rounds_row *r, double centre)
{
    yk_status st = YK_OK;
    for (size_t k = 0; k < L->s->nrounds && st == YK_OK; k++)
        if (isfinite(r->share[k]))
            st = yk_chart_rect(L->c, "dot", x_of(L, r->share[k]) - DOT / 2,
                               dot_y(L, centre, k) - DOT / 2, DOT, DOT, yk_palette_category(k));
    return st;
}

static yk_status row(rounds_layout *L, size_t i)
{
    const yk_rounds_row *r = &L->s->rows[i];
    double y = L->rows_top + (double)i * L->row_h, centre = y + L->row_h / 2, w, h, bw, bh;
    unsigned style = r->emphasised ? YK_TEXT_BOLD : 0;
    char base[256];
    base_text(L, r, base, sizeof base);
    yk_status st = YK_OK;
    if (r->emphasised)
        st = yk_chart_rect(L->c, "band", MARGIN, y, L->width, L->row_h, band);
    if (st == YK_OK)
        st = yk_chart_measure(L->c, r->label, L->label_size, style, L->label_w, &w, &h);
    if (st == YK_OK)
        st = yk_chart_text(L->c, "label", r->label, MARGIN, centre - h / 2, L->label_size,
                           style, L->label_w, ink, NULL);
    if (st == YK_OK)
        st = yk_chart_measure(L->c, base, BASE_SIZE, 0, 0, &bw, &bh);
    if (st == YK_OK)
        st = yk_chart_text(L->c, "base", base, MARGIN + L->label_w + GAP + L->base_w,
                           centre - bh / 2, BASE_SIZE, YK_TEXT_RIGHT, 0, grey, NULL);
    if (st == YK_OK)
        st = changes(L, r, centre);
    return st == YK_OK ? dots(L, r, centre) : st;
}

yk_status yk_chart_rounds(yk_chart *c, const yk_rounds_chart *s)
{
    rounds_layout L = { .s = s, .c = c, .width = yk_chart_width(c) - 2 * MARGIN };
    double top, bottom;
    if (!s || s->nrounds < 2 || s->nrounds > YK_ROUNDS_MAX || !s->base_word || !s->nrows)
        return YK_ERR_ARGUMENT;
    yk_status st = yk_chart_frame_draw(c, &s->frame, MARGIN, &top, &bottom);
    if (st == YK_OK)
        st = legend(&L, &top);
    if (st == YK_OK)
        st = columns(&L);
    if (st == YK_OK)
        st = headings(&L, &top);
    if (st == YK_OK)
        st = measure(&L, top, bottom);
    if (st == YK_OK)
        st = base_heading(&L);
    if (st == YK_OK)
        st = grid_lines(&L);
    for (size_t i = 0; i < s->nrows && st == YK_OK; i++)
        st = row(&L, i);
    if (st == YK_OK)
        st = ticks(&L);
    return st;
}
