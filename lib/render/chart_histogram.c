/* ykien — histograms of number questions. */
#include <math.h>
#include <stdio.h>
#include "yk_text.h"
#include "chart_measure_impl.h"
#include "yk_chart_histogram.h"

#define MARGIN 24.0
#define VALUE_SIZE 8.0
#define AXIS_SIZE 8.5
#define BIN_TEXT 64             /* bytes of a value under a bar, measured as drawn */

static const yk_rgb ink = { 0x22, 0x22, 0x22 }, grey = { 0x66, 0x66, 0x66 };
static const yk_rgb grid = { 0xDD, 0xDD, 0xDD };

typedef struct {
    const yk_histogram *s;
    yk_chart *c;
    double x0, x1, y0, y1;      /* the plot: left, right, top, bottom */
    double total, most;         /* all counts; the largest share's axis end */
    double bar_w;
} histogram_layout;

/* A label for value v: whole numbers without decimals. */
static void value_text(const histogram_layout *L, double v, char *buf, size_t size)
{
    yk_chart_number(&L->s->frame, v, v == floor(v) ? 0 : 1, "", buf, size);
}

/* Share axis: gridlines every 5, 10 or 20 points, labels on the left. */
static yk_status share_axis(histogram_layout *L)
{
    double step = L->most <= 25 ? 5 : L->most <= 50 ? 10 : 20;
    yk_status st = YK_OK;
    for (double t = 0; t <= L->most + 0.01 && st == YK_OK; t += step) {
        double y = L->y1 - t / L->most * (L->y1 - L->y0);
        char text[32];
        yk_chart_number(&L->s->frame, t, 0, "%", text, sizeof text);
        st = yk_chart_line(L->c, t > 0 ? "grid" : "axis", L->x0, y, L->x1, y,
                           t > 0 ? grid : grey, t > 0 ? 0.5 : 1, t > 0);
        if (st == YK_OK)
            st = yk_chart_text(L->c, "tick", text, L->x0 - 4, y - VALUE_SIZE * 0.7, VALUE_SIZE,
                               YK_TEXT_RIGHT, 0, grey, NULL);
    }
    return st;
}

/* Bin i's label: its value, or an open-ended bin's own label. */
static void bin_text(const histogram_layout *L, size_t i, char *buf, size_t size)
{
    const char *own = i == 0 ? L->s->first_label
                      : i + 1 == L->s->nbins ? L->s->last_label : NULL;
    double from = L->s->first + (double)i * L->s->width;
    if (own) {
        snprintf(buf, size, "%s", own);
    } else if (L->s->width > 1 && L->s->width == floor(L->s->width)) {
        /* whole values grouped: "20–24" */
        char a[24], b[24];
        value_text(L, from, a, sizeof a);
        value_text(L, from + L->s->width - 1, b, sizeof b);
        snprintf(buf, size, "%s–%s", a, b);
    } else {
        value_text(L, from, buf, size);
    }
}

/* Whether bin i's label is written: every k-th, and an open-ended last
 * bin always (in place of the k-th before it when they would touch). */
static int labelled(const histogram_layout *L, size_t i, size_t every)
{
    size_t last = L->s->nbins - 1;
    if (L->s->last_label && last > 0)
        return i == last || (i % every == 0 && i + every <= last);
    return i % every == 0;
}

static const char *bin_at(const void *ctx, size_t i, char *buf, size_t size)
{
    bin_text(ctx, i, buf, size < BIN_TEXT ? size : BIN_TEXT);
    return buf;
}

/* Values under the bars: every k-th, so that labels never touch. */
static yk_status value_axis(histogram_layout *L)
{
    char text[BIN_TEXT];
    double widest = 0;
    yk_status st = yk_column_widest(L->c, bin_at, L, L->s->nbins, AXIS_SIZE, 0, &widest);
    size_t every = (size_t)ceil((widest + 4) / L->bar_w);
    every = every < 1 ? 1 : every;
    for (size_t i = 0; i < L->s->nbins && st == YK_OK; i++) {
        if (!labelled(L, i, every))
            continue;
        bin_text(L, i, text, sizeof text);
        st = yk_chart_text(L->c, "value", text, L->x0 + ((double)i + 0.5) * L->bar_w, L->y1 + 3,
                           AXIS_SIZE, YK_TEXT_CENTRE, 0, ink, NULL);
    }
    return st;
}

static yk_status bars(histogram_layout *L)
{
    yk_rgb fill = yk_palette_category(4);       /* Okabe-Ito blue */
    yk_status st = YK_OK;
    for (size_t i = 0; i < L->s->nbins && st == YK_OK; i++) {
        double p = 100 * L->s->counts[i] / L->total;
        double h = p / L->most * (L->y1 - L->y0), x = L->x0 + (double)i * L->bar_w;
        char text[32];
        double tw, th;
        if (L->s->hidden && L->s->hidden[i]) {
            if (st == YK_OK)
                st = yk_chart_text(L->c, "suppressed", "…", x + L->bar_w / 2,
                                   L->y1 - VALUE_SIZE * 1.5, VALUE_SIZE, YK_TEXT_CENTRE, 0,
                                   grey, NULL);
            continue;
        }
        if (h > 0)
            st = yk_chart_rect(L->c, "bar", x + L->bar_w * 0.08, L->y1 - h, L->bar_w * 0.84, h,
                               fill);
        yk_chart_number(&L->s->frame, p, p < 10 ? 1 : 0, "%", text, sizeof text);
        if (st == YK_OK && p > 0)
            st = yk_chart_measure(L->c, text, VALUE_SIZE, 0, 0, &tw, &th);
        if (st == YK_OK && p > 0 && tw + 2 <= L->bar_w && L->y1 - h - th >= L->y0)
            st = yk_chart_text(L->c, "share", text, x + L->bar_w / 2, L->y1 - h - th,
                               VALUE_SIZE, YK_TEXT_CENTRE, 0, ink, NULL);
    }
    return st;
}

static yk_status mean_line(histogram_layout *L)
{
    const yk_histogram *s = L->s;
    if (isnan(s->mean) || !s->mean_word)
        return YK_OK;
    /* bin i holds the whole values first + i w to first + (i + 1) w - 1 */
    double x = L->x0 + (s->mean - s->first + 0.5) / s->width * L->bar_w;
    char value[32], text[96];
    if (x < L->x0 || x > L->x1)
        return YK_OK;
    value_text(L, round(s->mean * 10) / 10, value, sizeof value);
    yk_text_snprintf(text, sizeof text, "%s %s", s->mean_word, value);
    yk_status st = yk_chart_line(L->c, "mean", x, L->y0, x, L->y1, ink, 1, 1);
    double w, h;
    if (st == YK_OK)
        st = yk_chart_measure(L->c, text, VALUE_SIZE, YK_TEXT_BOLD, 0, &w, &h);
    int right = x + 3 + w <= L->x1;
    if (st == YK_OK)
        st = yk_chart_text(L->c, "mean-label", text, right ? x + 3 : x - 3, L->y0 - h - 1,
                           VALUE_SIZE, YK_TEXT_BOLD | (right ? 0 : YK_TEXT_RIGHT), 0, ink, NULL);
    return st;
}

yk_status yk_chart_histogram(yk_chart *c, const yk_histogram *s)
{
    histogram_layout L = { .s = s, .c = c };
    double top, bottom, w, h;
    if (!s || !s->counts || s->nbins == 0 || s->nbins > 500 || !(s->width > 0) || !s->base_word)
        return YK_ERR_ARGUMENT;
    for (size_t i = 0; i < s->nbins; i++)
        L.total += s->counts[i];
    if (!(L.total > 0))
        return YK_ERR_ARGUMENT;
    yk_status st = yk_chart_frame_draw(c, &s->frame, MARGIN, &top, &bottom);
    if (st == YK_OK)
        st = yk_chart_measure(c, "100%", VALUE_SIZE, 0, 0, &w, &h);
    double axis_h = 0, axis_w = 0;
    if (st == YK_OK && s->axis)
        st = yk_chart_measure(c, s->axis, AXIS_SIZE, YK_TEXT_BOLD, 0, &axis_w, &axis_h);
    L.x0 = MARGIN + w + 6;
    L.x1 = yk_chart_width(c) - MARGIN;
    L.y0 = top + h + 4;             /* room for the mean's label */
    L.y1 = bottom - 2 * AXIS_SIZE * 1.4 - (axis_h ? axis_h + 2 : 0);
    L.bar_w = (L.x1 - L.x0) / (double)s->nbins;
    for (size_t i = 0; i < s->nbins; i++)
        if (!s->hidden || !s->hidden[i])
            L.most = fmax(L.most, 100 * s->counts[i] / L.total);
    L.most = L.most <= 25 ? ceil(L.most / 5) * 5 : ceil(L.most / 10) * 10;
    if (st == YK_OK && (L.y1 - L.y0 < 40 || L.bar_w < 1.5))
        st = YK_ERR_LIMIT;
    if (st == YK_OK)
        st = share_axis(&L);
    if (st == YK_OK)
        st = bars(&L);
    if (st == YK_OK)
        st = value_axis(&L);
    if (st == YK_OK && s->axis)
        st = yk_chart_text(c, "axis-title", s->axis, (L.x0 + L.x1) / 2,
                           L.y1 + AXIS_SIZE * 1.4 + 4, AXIS_SIZE, YK_TEXT_BOLD | YK_TEXT_CENTRE,
                           0, ink, NULL);
    if (st == YK_OK)
        st = mean_line(&L);
    return st;
}
