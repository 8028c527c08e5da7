/* ykien — a confidence poll's result: a 100% bar per person. */
#include <math.h>
#include <stdio.h>
#include "chart_measure_impl.h"
#include "yk_chart_votes.h"

#define MARGIN 24.0
#define VALUE_SIZE 7.5
#define FLAG_SIZE 8.0
#define GAP 8.0
#define MAX_BAR 16.0

static const yk_rgb ink = { 0x22, 0x22, 0x22 }, grey = { 0x66, 0x66, 0x66 };
static const yk_rgb grid = { 0xDD, 0xDD, 0xDD }, rule = { 0x33, 0x33, 0x33 };
static const yk_rgb rest = { 0xE5, 0xE5, 0xE5 }, flagged = { 0xb2, 0x18, 0x2b };

/* The bars from the left: thấp, tín nhiệm, cao. */
static const size_t order[YK_CHART_VOTES_LEVELS] = { YK_CHART_VOTES_LOW, YK_CHART_VOTES_TRUST,
                                                      YK_CHART_VOTES_HIGH };

typedef struct {
    const yk_votes_chart *s;
    yk_chart *c;
    double width;               /* inside the margins */
    yk_rgb colours[YK_CHART_VOTES_LEVELS];
    double name_size, position_size, label_w, flag_w;
    double bar_x0, bar_x1, rows_top, row_h, bar_h;
    size_t by_x[YK_VOTES_MAX_THRESHOLDS];   /* the thresholds, leftmost first */
    double line_top[YK_VOTES_MAX_THRESHOLDS];   /* where each line starts */
} votes_layout;

/* Colours of RdBu's 8 classes: red d6604d for thấp, light blue 92c5de
 * for tín nhiệm, dark blue 2166ac for cao; with the grey remainder they
 * stay apart in grey print (luminance 129, 184, 90, 229). */
static void set_colours(votes_layout *L)
{
    yk_palette_diverging(8, 1, &L->colours[YK_CHART_VOTES_LOW]);
    yk_palette_diverging(8, 5, &L->colours[YK_CHART_VOTES_TRUST]);
    yk_palette_diverging(8, 7, &L->colours[YK_CHART_VOTES_HIGH]);
}

static double rows_bottom(const votes_layout *L)
{
    return L->rows_top + (double)L->s->npersons * L->row_h;
}

static double x_of(const votes_layout *L, double fraction)
{
    return L->bar_x0 + fraction * (L->bar_x1 - L->bar_x0);
}

static yk_status legend(votes_layout *L, double *top)
{
    const char *labels[YK_CHART_VOTES_LEVELS + 1];
    yk_rgb colours[YK_CHART_VOTES_LEVELS + 1];
    for (size_t i = 0; i < YK_CHART_VOTES_LEVELS; i++) {
        labels[i] = L->s->levels[order[i]];
        colours[i] = L->colours[order[i]];
    }
    labels[YK_CHART_VOTES_LEVELS] = L->s->rest;
    colours[YK_CHART_VOTES_LEVELS] = rest;
    double after;
    yk_status st = yk_chart_legend(L->c, labels, colours, YK_CHART_VOTES_LEVELS + 1, MARGIN, *top,
                                   L->width, &after);
    *top = after + 6;
    return st;
}

/* The height of a person's name and position, wrapped at the label column. */
static yk_status label_height(votes_layout *L, const yk_votes_person *p, double *h)
{
    double w, nh, ph = 0;
    yk_status st = yk_chart_measure(L->c, p->name, L->name_size, YK_TEXT_BOLD, L->label_w, &w,
                                    &nh);
    if (st == YK_OK && p->position && *p->position)
        st = yk_chart_measure(L->c, p->position, L->position_size, 0, L->label_w, &w, &ph);
    *h = nh + ph;
    return st;
}

/* The widest name or position on one line, at the current sizes. */
static const char *name_at(const void *ctx, size_t i, char *buf, size_t size)
{
    (void)buf;
    (void)size;
    return ((const yk_votes_chart *)ctx)->persons[i].name;
}

static const char *position_at(const void *ctx, size_t i, char *buf, size_t size)
{
    const char *position = ((const yk_votes_chart *)ctx)->persons[i].position;
    (void)buf;
    (void)size;
    return position && *position ? position : NULL;
}

static yk_status widest_label(votes_layout *L, double *widest)
{
    double names = 0, positions = 0;
    yk_status st = yk_column_widest(L->c, name_at, L->s, L->s->npersons, L->name_size,
                                    YK_TEXT_BOLD, &names);
    if (st == YK_OK)
        st = yk_column_widest(L->c, position_at, L->s, L->s->npersons, L->position_size, 0,
                              &positions);
    *widest = fmax(names, positions) + 1;
    return st;
}

/* Names and positions at the largest sizes at which every person's fits
 * a row. */
static yk_status choose_labels(votes_layout *L)
{
    static const double sizes[][2] = { { 9, 7.5 }, { 8.5, 7 }, { 8, 6.5 }, { 7.5, 6 } };
    yk_status st = YK_OK;
    int fits = 0;
    for (size_t t = 0; t < sizeof sizes / sizeof sizes[0] && !fits && st == YK_OK; t++) {
        double widest, h;
        L->name_size = sizes[t][0];
        L->position_size = sizes[t][1];
        st = widest_label(L, &widest);
        L->label_w = fmin(widest, 0.4 * L->width);
        fits = 1;
        for (size_t i = 0; i < L->s->npersons && st == YK_OK && fits; i++) {
            st = label_height(L, &L->s->persons[i], &h);
            fits = h <= L->row_h;
        }
    }
    return st == YK_OK && !fits ? YK_ERR_LIMIT : st;
}

/* The flags' column: as wide as the widest flag, up to a fifth. */
static yk_status flag_column(votes_layout *L)
{
    double w, h;
    yk_status st = YK_OK;
    L->flag_w = 0;
    for (size_t i = 0; i < L->s->npersons && st == YK_OK; i++)
        if (L->s->persons[i].flag) {
            st = yk_chart_measure(L->c, L->s->persons[i].flag, FLAG_SIZE, YK_TEXT_BOLD, 0, &w,
                                  &h);
            L->flag_w = fmax(L->flag_w, fmin(w + 1, 0.2 * L->width));
        }
    return st;
}

/* Order the thresholds leftmost first: the leftmost label goes on top,
 * so a line never runs through the labels of those right of it. */
static void sort_thresholds(votes_layout *L)
{
    for (size_t i = 0; i < L->s->nthresholds; i++) {
        size_t j = i;
        for (; j > 0 && L->s->thresholds[L->by_x[j - 1]].fraction > L->s->thresholds[i].fraction; j--)
            L->by_x[j] = L->by_x[j - 1];
        L->by_x[j] = i;
    }
}

/* The thresholds' labels, a line each over the bars, each beginning at
 * its line (or ending there, when it would pass the canvas's margin). */
static yk_status threshold_labels(votes_layout *L, double *top)
{
    yk_status st = YK_OK;
    for (size_t i = 0; i < L->s->nthresholds && st == YK_OK; i++) {
        const yk_votes_threshold *t = &L->s->thresholds[L->by_x[i]];
        L->line_top[L->by_x[i]] = *top;
        double x = x_of(L, t->fraction), w, h;
        st = yk_chart_measure(L->c, t->label, VALUE_SIZE, YK_TEXT_BOLD, 0, &w, &h);
        int right = x + 2 + w > MARGIN + L->width;
        if (st == YK_OK)
            st = yk_chart_text(L->c, "threshold-label", t->label, right ? x - 2 : x + 2, *top,
                               VALUE_SIZE, YK_TEXT_BOLD | (right ? YK_TEXT_RIGHT : 0), 0, rule,
                               NULL);
        *top += h;
    }
    *top += 4;
    return st;
}

/* The columns, then the rows between top and bottom. */
static yk_status measure(votes_layout *L, double *top, double bottom)
{
    double w, tick_h, label_h = 0;
    yk_status st = flag_column(L);
    if (st == YK_OK)
        st = yk_chart_measure(L->c, "100%", VALUE_SIZE, 0, 0, &w, &tick_h);
    for (size_t i = 0; i < L->s->nthresholds && st == YK_OK; i++) {
        double h;
        st = yk_chart_measure(L->c, L->s->thresholds[i].label, VALUE_SIZE, YK_TEXT_BOLD, 0,
                              &w, &h);
        label_h += h;
    }
    L->rows_top = *top + label_h + 4;
    L->row_h = (bottom - tick_h - 4 - L->rows_top) / (double)L->s->npersons;
    if (st == YK_OK)
        st = choose_labels(L);
    L->bar_x0 = MARGIN + L->label_w + GAP;
    L->bar_x1 = MARGIN + L->width - (L->flag_w > 0 ? L->flag_w + GAP : 0) - 10;
    L->bar_h = fmin(MAX_BAR, 0.6 * L->row_h);
    if (st == YK_OK && (L->bar_x1 - L->bar_x0 < 120 || L->row_h < FLAG_SIZE * 1.4))
        st = YK_ERR_LIMIT;
    return st;
}

static yk_status grid_lines(votes_layout *L)
{
    yk_status st = YK_OK;
    for (int t = 25; t < 100 && st == YK_OK; t += 25)
        st = yk_chart_line(L->c, "grid", x_of(L, t / 100.0), L->rows_top, x_of(L, t / 100.0),
                           rows_bottom(L), grid, 0.5, 1);
    return st;
}

/* Whether a threshold's line runs between x0 and x1. */
static int crossed(const votes_layout *L, double x0, double x1)
{
    for (size_t i = 0; i < L->s->nthresholds; i++) {
        double x = x_of(L, L->s->thresholds[i].fraction);
        if (x > x0 - 1.5 && x < x1 + 1.5)
            return 1;
    }
    return 0;
}

/* A segment, with its percentage written in it where that fits and no
 * threshold's line runs through it: centred, else at either end. */
static yk_status segment(votes_layout *L, double x, double y, double w, long hundredths,
                         yk_rgb fill)
{
    char text[32];
    double tw, th, size = fmin(VALUE_SIZE, L->bar_h / 1.4);
    yk_status st = yk_chart_rect(L->c, "bar", x, y, w, L->bar_h, fill);
    yk_chart_number(&L->s->frame, (double)hundredths / 100, 2, "%", text, sizeof text);
    if (st == YK_OK)
        st = yk_chart_measure(L->c, text, size, 0, 0, &tw, &th);
    if (st != YK_OK || tw + 3 > w || th > L->bar_h)
        return st;
    const double starts[] = { x + (w - tw) / 2, x + 2, x + w - 2 - tw };
    for (size_t i = 0; i < sizeof starts / sizeof starts[0]; i++)
        if (!crossed(L, starts[i], starts[i] + tw))
            return yk_chart_text(L->c, "segment", text, starts[i], y + (L->bar_h - th) / 2,
                                 size, 0, 0, yk_palette_ink_on(fill), NULL);
    return YK_OK;
}

static yk_status bar(votes_layout *L, const yk_votes_person *p, double y)
{
    double x = L->bar_x0, whole = L->bar_x1 - L->bar_x0, used = 0;
    yk_status st = YK_OK;
    for (size_t i = 0; i < YK_CHART_VOTES_LEVELS && st == YK_OK; i++) {
        size_t l = order[i];
        double w = p->count[l] / L->s->base * whole;
        if (w > 0)
            st = segment(L, x, y, w, p->hundredths[l], L->colours[l]);
        x += w;
        used += p->count[l];
    }
    if (st == YK_OK && used < L->s->base)
        st = yk_chart_rect(L->c, "rest", x, y, L->bar_x1 - x, L->bar_h, rest);
    return st;
}

static yk_status person(votes_layout *L, size_t i)
{
    const yk_votes_person *p = &L->s->persons[i];
    double y = L->rows_top + (double)i * L->row_h, h, w, nh;
    unsigned style = p->flag ? YK_TEXT_BOLD : 0;
    const yk_item *box;
    yk_status st = label_height(L, p, &h);
    if (st == YK_OK)
        st = yk_chart_measure(L->c, p->name, L->name_size, YK_TEXT_BOLD, L->label_w, &w, &nh);
    if (st == YK_OK)
        st = yk_chart_text(L->c, "name", p->name, MARGIN, y + (L->row_h - h) / 2, L->name_size,
                           style, L->label_w, p->flag ? flagged : ink, &box);
    if (st == YK_OK && p->position && *p->position)
        st = yk_chart_text(L->c, "position", p->position, MARGIN, y + (L->row_h - h) / 2 + nh,
                           L->position_size, 0, L->label_w, grey, NULL);
    double by = y + (L->row_h - L->bar_h) / 2;
    if (st == YK_OK)
        st = bar(L, p, by);
    if (st == YK_OK && p->flag)
        st = yk_chart_text(L->c, "flag", p->flag, L->bar_x1 + GAP,
                           by + (L->bar_h - FLAG_SIZE * 1.36) / 2, FLAG_SIZE, YK_TEXT_BOLD,
                           L->flag_w, flagged, NULL);
    return st;
}

/* In front of the bars: the thresholds, and the scale below. */
static yk_status thresholds_and_scale(votes_layout *L)
{
    yk_status st = yk_chart_line(L->c, "scale", L->bar_x0, rows_bottom(L), L->bar_x1,
                                 rows_bottom(L), grey, 0.5, 0);
    for (size_t i = 0; i < L->s->nthresholds && st == YK_OK; i++) {
        double x = x_of(L, L->s->thresholds[i].fraction);
        st = yk_chart_line(L->c, "threshold", x, L->line_top[i], x, rows_bottom(L), rule, 1.2,
                           0);
    }
    for (int t = 0; t <= 100 && st == YK_OK; t += 25) {
        char text[32];
        yk_chart_number(&L->s->frame, t, 0, "%", text, sizeof text);
        st = yk_chart_text(L->c, "tick", text, x_of(L, t / 100.0), rows_bottom(L) + 3,
                           VALUE_SIZE, YK_TEXT_CENTRE, 0, grey, NULL);
    }
    return st;
}

yk_status yk_chart_votes(yk_chart *c, const yk_votes_chart *s)
{
    votes_layout L = { .s = s, .c = c, .width = yk_chart_width(c) - 2 * MARGIN };
    double top, bottom;
    if (!s || !(s->base > 0) || !s->npersons || !s->rest ||
        s->nthresholds > YK_VOTES_MAX_THRESHOLDS)
        return YK_ERR_ARGUMENT;
    for (size_t i = 0; i < s->nthresholds; i++)
        if (!(s->thresholds[i].fraction >= 0 && s->thresholds[i].fraction <= 1))
            return YK_ERR_ARGUMENT;
    set_colours(&L);
    sort_thresholds(&L);
    yk_status st = yk_chart_frame_draw(c, &s->frame, MARGIN, &top, &bottom);
    if (st == YK_OK)
        st = legend(&L, &top);
    if (st == YK_OK)
        st = measure(&L, &top, bottom);
    if (st == YK_OK)
        st = threshold_labels(&L, &top);
    if (st == YK_OK)
        st = grid_lines(&L);
    for (size_t i = 0; i < s->npersons && st == YK_OK; i++)
        st = person(&L, i);
    if (st == YK_OK)
        st = thresholds_and_scale(&L);
    return st;
}
