/* ykien — the label column of charts with a row per unit or choice. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include "yk_text.h"
#include "chart_measure_impl.h"
#include "chart_rows_impl.h"

#define BASE_SMALLER 1.5        /* the base's size under the label's */
#define LINE_EM 1.4             /* a line of Noto Sans is 1.36 em, and a little air */

static const yk_rgb ink = { 0x22, 0x22, 0x22 }, grey = { 0x66, 0x66, 0x66 };

double yk_rows_text_size(double size, double row_h)
{
    return fmin(size, row_h / LINE_EM);
}

static const char *base_of(const char *const *bases, size_t i)
{
    return bases && bases[i] ? bases[i] : NULL;
}

/* The widest label and base at a size, each on one line. */
static yk_status widest(yk_chart *c, const char *const *labels, const char *const *bases,
                        size_t n, double size, double *label, double *base)
{
    yk_status st = yk_column_widest(c, yk_column_listed, labels, n, size, 0, label);
    *base = 0;
    if (st == YK_OK && bases)
        st = yk_column_widest(c, yk_column_listed, bases, n, size - BASE_SMALLER, 0, base);
    return st;
}

/* Whether every row's label, and its base under it unless beside, fits. */
static yk_status rows_fit(yk_chart *c, const char *const *labels, const char *const *bases,
                          size_t n, double row_h, const yk_rows *L, int *fits)
{
    double w, h, bh = 0;
    yk_status st = YK_OK;
    *fits = 1;
    for (size_t i = 0; i < n && st == YK_OK && *fits; i++) {
        st = yk_chart_measure(c, labels[i], L->size, 0, L->text_w, &w, &h);
        bh = 0;
        if (st == YK_OK && base_of(bases, i))
            st = yk_chart_measure(c, base_of(bases, i), L->size - BASE_SMALLER, 0, 0, &w, &bh);
        *fits = (L->beside ? fmax(h, bh) : h + bh) <= row_h;
    }
    return st;
}

yk_status yk_rows_fit(yk_chart *c, const char *const *labels, const char *const *bases,
                      size_t n, double row_h, double max_width, yk_rows *out)
{
    static const struct { double size; int beside; } tries[] = {
        { 9, 0 }, { 9, 1 }, { 8, 1 }, { 7, 1 }, { 6, 1 },
    };
    yk_status st = YK_OK;
    int fits = 0;
    for (size_t t = 0; t < sizeof tries / sizeof tries[0] && !fits && st == YK_OK; t++) {
        double label, base;
        out->size = tries[t].size;
        out->beside = tries[t].beside && bases;
        st = widest(c, labels, bases, n, out->size, &label, &base);
        out->width = out->beside ? fmin(label + 6 + base, max_width)
                                 : fmin(fmax(label, base) + 2, max_width);
        out->text_w = out->beside ? out->width - base - 6 : out->width;
        if (st == YK_OK && out->text_w > 20)
            st = rows_fit(c, labels, bases, n, row_h, out, &fits);
    }
    return st == YK_OK && !fits ? YK_ERR_LIMIT : st;
}

yk_status yk_rows_draw(yk_chart *c, const yk_rows *L, double x, double y, double row_h,
                       const char *label, const char *base)
{
    double lw, lh, bw = 0, bh = 0, base_size = L->size - BASE_SMALLER;
    yk_status st = yk_chart_measure(c, label, L->size, 0, L->text_w, &lw, &lh);
    if (st == YK_OK && base)
        st = yk_chart_measure(c, base, base_size, 0, 0, &bw, &bh);
    double ly = y + (row_h - lh - (L->beside ? 0 : bh)) / 2;
    if (st == YK_OK)
        st = yk_chart_text(c, "label", label, x, ly, L->size, 0, L->text_w, ink, NULL);
    if (st != YK_OK || !base)
        return st;
    if (L->beside)
        return yk_chart_text(c, "base", base, x + L->width, ly + (lh - bh) / 2, base_size,
                             YK_TEXT_RIGHT, 0, grey, NULL);
    return yk_chart_text(c, "base", base, x, ly + lh, base_size, 0, 0, grey, NULL);
}

yk_status yk_row_texts_new(yk_row_texts *t, size_t n)
{
    t->labels = calloc(n + 1, sizeof *t->labels);
    t->bases = calloc(n + 1, sizeof *t->bases);
    t->text = calloc(n + 1, sizeof *t->text);
    return t->labels && t->bases && t->text ? YK_OK : YK_ERR_NOMEM;
}

void yk_row_texts_set(yk_row_texts *t, size_t i, const yk_chart_frame *f,
                      const char *base_word, const char *label, double base)
{
    char n[32];
    t->labels[i] = label ? label : "";
    if (base < 0)
        return;
    yk_chart_number(f, base, 0, "", n, sizeof n);
    yk_text_snprintf(t->text[i], sizeof t->text[i], "%s = %s", base_word, n);
    t->bases[i] = t->text[i];
}

void yk_row_texts_free(yk_row_texts *t)
{
    free(t->labels);
    free(t->bases);
    free(t->text);
}
