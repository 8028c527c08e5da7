/* ykien — diverging stacked bars for ordinal questions (a "likert" chart). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include "yk_text.h"
#include "chart_measure_impl.h"
#include "yk_chart_kinds.h"

#define MARGIN 24.0
#define BASE_SMALLER 1.5      /* the base's size under the label's */
#define VALUE_SIZE 8.0
#define BASE_TEXT 64            /* bytes of a row's "n = 1.234", measured as drawn */
#define MAX_BAR 18.0

static const yk_rgb ink = { 0x22, 0x22, 0x22 }, grey = { 0x66, 0x66, 0x66 };
static const yk_rgb rule = { 0x99, 0x99, 0x99 }, grid = { 0xDD, 0xDD, 0xDD };

/* Where things go, in points. */
typedef struct {
    const yk_likert *s;
    yk_chart *c;
    yk_rgb colours[12];
    double label_size, label_w, text_w;    /* labels wrap at text_w */
    int beside;                 /* the base beside the label, not under it */
    double bars_x0, bars_x1, centre, per_percent;
    double left_most, right_most;   /* the scale's ends, in percent */
    double side_x0, side_w, side_per_percent, share_x, share_right;
    double rows_top, row_h, bar_h;
    size_t mid;                 /* the middle level of an odd scale; nlevels if even */
} likert_layout;

static double opinions(const yk_likert *s, const yk_likert_row *r)
{
    double n = 0;
    for (size_t l = 0; l < s->nlevels; l++)
        n += r->counts[l];
    return n;
}

static int aside(const likert_layout *L)
{
    return L->mid < L->s->nlevels && L->s->neutral_aside;
}

/* Percent of a row's opinions left and right of the centre. */
static void extent(const likert_layout *L, const yk_likert_row *r, double *left, double *right)
{
    double n = opinions(L->s, r);
    *left = *right = 0;
    for (size_t l = 0; n > 0 && l < L->s->nlevels; l++) {
        double p = 100 * r->counts[l] / n;
        if (l == L->mid)
            *left += aside(L) ? 0 : p / 2, *right += aside(L) ? 0 : p / 2;
        else
            *(l < L->s->nlevels / 2 ? left : right) += p;
    }
}

/* The share written at the end of a bar: the row's, else the levels
 * right of the centre. */
static double favourable(const likert_layout *L, const yk_likert_row *r)
{
    if (r->share)
        return *r->share;
    double n = opinions(L->s, r), k = 0;
    for (size_t l = L->s->nlevels / 2 + (L->mid < L->s->nlevels); l < L->s->nlevels; l++)
        k += r->counts[l];
    return n > 0 ? 100 * k / n : 0;
}

/* The side bar: not-an-opinion (of all who answered), or the neutral
 * level set aside (of the opinions). */
static double side_percent(const likert_layout *L, const yk_likert_row *r)
{
    double n = opinions(L->s, r);
    if (aside(L))
        return n > 0 ? 100 * r->counts[L->mid] / n : 0;
    return n + r->not_opinion > 0 ? 100 * r->not_opinion / (n + r->not_opinion) : 0;
}

static int has_side(const likert_layout *L)
{
    return L->s->not_opinion != NULL || aside(L);
}

static yk_status legend(likert_layout *L, double *top)
{
    const char *labels[12];
    yk_rgb colours[12];
    size_t n = 0;
    for (size_t l = 0; l < L->s->nlevels; l++) {
        labels[n] = L->s->levels[l];
        colours[n++] = L->colours[l];
    }
    if (L->s->not_opinion && !aside(L)) {
        labels[n] = L->s->not_opinion;
        colours[n++] = yk_palette_not_opinion();
    }
    double width = yk_chart_width(L->c) - 2 * MARGIN, after;
    yk_status st = yk_chart_legend(L->c, labels, colours, n, MARGIN, *top, width, &after);
    *top = after + 10;
    return st;
}

static void base_text(const likert_layout *L, const yk_likert_row *r, char *buf, size_t size)
{
    char n[32];
    yk_chart_number(&L->s->frame, opinions(L->s, r) + r->not_opinion, 0, "", n, sizeof n);
    yk_text_snprintf(buf, size, "%s = %s", L->s->base_word, n);
}

static const char *label_at(const void *ctx, size_t i, char *buf, size_t size)
{
    (void)buf;
    (void)size;
    return ((const likert_layout *)ctx)->s->rows[i].label;
}

static const char *base_at(const void *ctx, size_t i, char *buf, size_t size)
{
    const likert_layout *L = ctx;
    base_text(L, &L->s->rows[i], buf, size < BASE_TEXT ? size : BASE_TEXT);
    return buf;
}

/* The widest label and base at a size, on one line. */
static yk_status widest(likert_layout *L, double size, double *label, double *base)
{
    yk_status st = yk_column_widest(L->c, label_at, L, L->s->nrows, size, 0, label);
    *base = 0;
    if (st == YK_OK)
        st = yk_column_widest(L->c, base_at, L, L->s->nrows, size - BASE_SMALLER, 0, base);
    return st;
}

/* Whether every label (and its base, under it unless beside) fits a row. */
static yk_status labels_fit(likert_layout *L, int *fits)
{
    double w, h, bh = 0;
    yk_status st = yk_chart_measure(L->c, "n", L->label_size - BASE_SMALLER, 0, 0, &w, &bh);
    *fits = 1;
    for (size_t i = 0; i < L->s->nrows && st == YK_OK && *fits; i++) {
        st = yk_chart_measure(L->c, L->s->rows[i].label, L->label_size, 0, L->text_w, &w, &h);
        *fits = h + (L->beside ? 0 : bh) <= L->row_h;
    }
    return st;
}

/* The labels' size and place: the base under each label at 9 points, or
 * beside it at 9, 8 or 7 points, whichever fits first. */
static yk_status choose_labels(likert_layout *L, double width)
{
    static const struct { double size; int beside; } tries[] = {
        { 9, 0 }, { 9, 1 }, { 8, 1 }, { 7, 1 },
    };
    yk_status st = YK_OK;
    int fits = 0;
    for (size_t t = 0; t < sizeof tries / sizeof tries[0] && !fits && st == YK_OK; t++) {
        double label, base;
        L->label_size = tries[t].size;
        L->beside = tries[t].beside;
        st = widest(L, L->label_size, &label, &base);
        L->label_w = L->beside ? fmin(label + 6 + base, 0.4 * width) : fmin(label + 2, 0.32 * width);
        L->text_w = L->beside ? L->label_w - base - 6 : L->label_w;
        if (st == YK_OK && L->text_w > 20)
            st = labels_fit(L, &fits);
    }
    return st == YK_OK && !fits ? YK_ERR_LIMIT : st;
}

/* Column widths, the scale and the rows' height. */
static yk_status measure(likert_layout *L, double top, double bottom)
{
    const yk_likert *s = L->s;
    double width = yk_chart_width(L->c) - 2 * MARGIN, w, h, tick_h, share_w;
    yk_status st = YK_OK;
    if (st == YK_OK)
        st = yk_chart_measure(L->c, "100,0%", VALUE_SIZE, YK_TEXT_BOLD, 0, &share_w, &h);
    if (st == YK_OK)
        st = yk_chart_measure(L->c, "100%", VALUE_SIZE, 0, 0, &w, &tick_h);
    L->side_w = has_side(L) ? 0.13 * width : 0;
    L->share_x = MARGIN + width - L->side_w - (has_side(L) ? 12 : 0) - share_w;
    L->share_right = L->share_x + share_w;
    L->side_x0 = MARGIN + width - L->side_w;
    L->row_h = (bottom - tick_h - 4 - top) / (double)(s->nrows ? s->nrows : 1);
    if (st == YK_OK)
        st = choose_labels(L, width);
    L->bars_x0 = MARGIN + L->label_w + 8;
    L->bars_x1 = L->share_x - 6;
    double side_most = 0, left, right;
    L->left_most = L->right_most = 0;
    for (size_t i = 0; i < s->nrows; i++) {
        extent(L, &s->rows[i], &left, &right);
        L->left_most = fmax(L->left_most, left);
        L->right_most = fmax(L->right_most, right);
        side_most = fmax(side_most, side_percent(L, &s->rows[i]));
    }
    /* Each side ends at the next 25% past its longest bar. */
    L->left_most = fmin(100, fmax(25, ceil(L->left_most / 25) * 25));
    L->right_most = fmin(100, fmax(25, ceil(L->right_most / 25) * 25));
    L->per_percent = (L->bars_x1 - L->bars_x0) / (L->left_most + L->right_most);
    L->centre = L->bars_x0 + L->left_most * L->per_percent;
    L->side_per_percent = (L->side_w - share_w) / fmax(10, ceil(side_most / 10) * 10);
    L->rows_top = top;
    L->bar_h = fmin(MAX_BAR, 0.7 * L->row_h);
    if (st == YK_OK && (L->bars_x1 - L->bars_x0 < 60 || L->bar_h < 4 ||
                        L->row_h < VALUE_SIZE * 1.4))       /* a row holds its share */
        st = YK_ERR_LIMIT;
    return st;
}

static yk_status segment(likert_layout *L, double x, double y, double w, double p, yk_rgb fill)
{
    char text[32];
    double tw, th, size = fmin(VALUE_SIZE, L->bar_h / 1.4);     /* a line is 1.36 em */
    yk_status st = yk_chart_rect(L->c, "bar", x, y, w, L->bar_h, fill);
    yk_chart_number(&L->s->frame, p, 0, "%", text, sizeof text);
    if (st == YK_OK)
        st = yk_chart_measure(L->c, text, size, 0, 0, &tw, &th);
    if (st == YK_OK && tw + 3 <= w && th <= L->bar_h)
        st = yk_chart_text(L->c, "segment", text, x + w / 2, y + (L->bar_h - th) / 2, size,
                           YK_TEXT_CENTRE, 0, yk_palette_ink_on(fill), NULL);
    return st;
}

static yk_status bars(likert_layout *L, const yk_likert_row *r, double y)
{
    const yk_likert *s = L->s;
    double n = opinions(s, r), left, right, x;
    yk_status st = YK_OK;
    extent(L, r, &left, &right);
    x = L->centre - left * L->per_percent;      /* lowest level first, leftmost */
    for (size_t l = 0; l < s->nlevels && st == YK_OK; l++) {
        if (l == L->mid && aside(L))
            continue;
        double p = 100 * r->counts[l] / n, w = p * L->per_percent;
        if (w > 0)
            st = segment(L, x, y, w, p, L->colours[l]);
        x += w;
    }
    char text[32];
    yk_chart_number(&s->frame, favourable(L, r), 1, "%", text, sizeof text);
    if (st == YK_OK)
        st = yk_chart_text(L->c, "share", text, L->share_right,
                           y + (L->bar_h - VALUE_SIZE * 1.4) / 2, VALUE_SIZE,
                           YK_TEXT_BOLD | YK_TEXT_RIGHT, 0, ink, NULL);
    if (st == YK_OK && has_side(L)) {
        double p = side_percent(L, r), w = p * L->side_per_percent;
        yk_rgb fill = aside(L) ? L->colours[L->mid] : yk_palette_not_opinion();
        if (w > 0)
            st = yk_chart_rect(L->c, "side", L->side_x0, y, w, L->bar_h, fill);
        yk_chart_number(&s->frame, p, 0, "%", text, sizeof text);
        if (st == YK_OK)
            st = yk_chart_text(L->c, "side-value", text, L->side_x0 + w + 3,
                               y + (L->bar_h - VALUE_SIZE * 1.4) / 2, VALUE_SIZE, 0, 0, grey,
                               NULL);
    }
    return st;
}

static yk_status row(likert_layout *L, size_t i)
{
    const yk_likert_row *r = &L->s->rows[i];
    double y = L->rows_top + (double)i * L->row_h, base_size = L->label_size - BASE_SMALLER;
    double lw, lh, bw, bh;
    char base[BASE_TEXT];
    base_text(L, r, base, sizeof base);
    yk_status st = yk_chart_measure(L->c, r->label, L->label_size, 0, L->text_w, &lw, &lh);
    if (st == YK_OK)
        st = yk_chart_measure(L->c, base, base_size, 0, 0, &bw, &bh);
    double ly = y + (L->row_h - lh - (L->beside ? 0 : bh)) / 2;
    if (st == YK_OK)
        st = yk_chart_text(L->c, "label", r->label, MARGIN, ly, L->label_size, 0, L->text_w,
                           ink, NULL);
    if (st == YK_OK && L->beside)
        st = yk_chart_text(L->c, "base", base, MARGIN + L->label_w, ly + (lh - bh) / 2,
                           base_size, YK_TEXT_RIGHT, 0, grey, NULL);
    else if (st == YK_OK)
        st = yk_chart_text(L->c, "base", base, MARGIN, ly + lh, base_size, 0, 0, grey, NULL);
    double by = y + (L->row_h - L->bar_h) / 2;
    if (st != YK_OK)
        return st;
    if (r->suppressed || opinions(L->s, r) <= 0)
        return yk_chart_text(L->c, "suppressed", "…", L->centre, by, VALUE_SIZE,
                             YK_TEXT_CENTRE, 0, grey, NULL);
    return bars(L, r, by);
}

static double rows_bottom(const likert_layout *L)
{
    return L->rows_top + (double)L->s->nrows * L->row_h;
}

/* Behind the bars: a dashed line every 25%. */
static yk_status grid_lines(likert_layout *L)
{
    yk_status st = YK_OK;
    for (double t = -L->left_most; t <= L->right_most + 0.01 && st == YK_OK; t += 25)
        if (fabs(t) > 0.01)
            st = yk_chart_line(L->c, "grid", L->centre + t * L->per_percent, L->rows_top,
                               L->centre + t * L->per_percent, rows_bottom(L), grid, 0.5, 1);
    return st;
}

/* In front: the centre line, and the scale below. */
static yk_status axis(likert_layout *L)
{
    double w, h;
    yk_status st = yk_chart_line(L->c, "centre", L->centre, L->rows_top, L->centre,
                                 rows_bottom(L), rule, 1, 0);
    if (st == YK_OK)
        st = yk_chart_measure(L->c, "100%", VALUE_SIZE, 0, 0, &w, &h);
    /* Every other tick named when 25 points of the scale are narrower than
     * a name (a chart's text kept large for print). */
    int every_other = 25 * L->per_percent < w + 4;
    for (double t = -L->left_most; t <= L->right_most + 0.01 && st == YK_OK; t += 25) {
        char text[32];
        if (every_other && fmod(fabs(t), 50) > 0.01)
            continue;
        yk_chart_number(&L->s->frame, fabs(t), 0, "%", text, sizeof text);
        st = yk_chart_text(L->c, "tick", text, L->centre + t * L->per_percent,
                           rows_bottom(L) + 3, VALUE_SIZE, YK_TEXT_CENTRE, 0, grey, NULL);
    }
    return st;
}

/* The heading of the shares' column, right-aligned over it. */
static yk_status heading(likert_layout *L, double *top)
{
    double w, h, width = yk_chart_width(L->c) - 2 * MARGIN;
    double right = MARGIN + width - (has_side(L) ? 0.13 * width + 12 : 0);
    yk_status st = yk_chart_measure(L->c, L->s->share_heading, VALUE_SIZE, YK_TEXT_BOLD,
                                    0.2 * width, &w, &h);
    if (st == YK_OK)
        st = yk_chart_text(L->c, "heading", L->s->share_heading, right, *top, VALUE_SIZE,
                           YK_TEXT_BOLD | YK_TEXT_RIGHT, 0.2 * width, ink, NULL);
    *top += h + 2;
    return st;
}

yk_status yk_chart_likert(yk_chart *c, const yk_likert *s)
{
    likert_layout L = { .s = s, .c = c };
    double top, bottom;
    if (!s || s->nlevels < 2 || s->nlevels > 11 || !s->base_word)
        return YK_ERR_ARGUMENT;
    L.mid = s->nlevels % 2 ? s->nlevels / 2 : s->nlevels;
    for (size_t l = 0; l < s->nlevels; l++)
        yk_palette_diverging(s->nlevels, l, &L.colours[l]);
    yk_status st = yk_chart_frame_draw(c, &s->frame, MARGIN, &top, &bottom);
    if (st == YK_OK)
        st = legend(&L, &top);
    if (st == YK_OK && s->share_heading)
        st = heading(&L, &top);
    if (st == YK_OK)
        st = measure(&L, top, bottom);
    if (st == YK_OK)
        st = grid_lines(&L);
    for (size_t i = 0; i < s->nrows && st == YK_OK; i++)
        st = row(&L, i);
    if (st == YK_OK)
        st = axis(&L);
    return st;
}
