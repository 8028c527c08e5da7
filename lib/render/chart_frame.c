/* ykien — what every chart has: title, subtitle, note, legend, numbers. */
#include <math.h>
#include <stdio.h>
#include <string.h>
#include "yk_text.h"
#include "yk_chart_kinds.h"

#define TITLE_SIZE 14.0
#define SUBTITLE_SIZE 10.0
#define NOTE_SIZE 8.0
#define LEGEND_SIZE 8.5
#define GAP 6.0

static const yk_rgb ink = { 0x22, 0x22, 0x22 }, grey = { 0x55, 0x55, 0x55 };

yk_status yk_chart_frame_draw(yk_chart *c, const yk_chart_frame *f, double margin,
                              double *top, double *bottom)
{
    double width = yk_chart_width(c) - 2 * margin, w, h;
    const yk_item *box;
    yk_status st = YK_OK;
    *top = margin;
    if (f->title && *f->title) {    /* a chart in a document may leave it to the caption */
        st = yk_chart_text(c, "title", f->title, margin, margin, TITLE_SIZE, YK_TEXT_BOLD, width,
                           ink, &box);
        *top = st == YK_OK ? box->y + box->h : margin;
    }
    if (st == YK_OK && f->subtitle && *f->subtitle) {
        st = yk_chart_text(c, "subtitle", f->subtitle, margin, *top + 2, SUBTITLE_SIZE, 0,
                           width, grey, &box);
        *top = st == YK_OK ? box->y + box->h : *top;
    }
    *top += GAP;
    *bottom = yk_chart_height(c) - margin;
    if (st == YK_OK && f->note && *f->note &&
        (st = yk_chart_measure(c, f->note, NOTE_SIZE, 0, width, &w, &h)) == YK_OK) {
        *bottom -= h;
        st = yk_chart_text(c, "note", f->note, margin, *bottom, NOTE_SIZE, 0, width, grey,
                           NULL);
        *bottom -= GAP;
    }
    if (st == YK_OK && *bottom - *top < 2 * TITLE_SIZE)
        st = YK_ERR_LIMIT;
    return st;
}

yk_status yk_chart_legend(yk_chart *c, const char *const *labels, const yk_rgb *colours,
                          size_t n, double x, double y, double width, double *after)
{
    double cx = x, row_h = 0, w, h, swatch = LEGEND_SIZE;
    yk_status st = YK_OK;
    for (size_t i = 0; i < n && st == YK_OK; i++) {
        st = yk_chart_measure(c, labels[i], LEGEND_SIZE, 0, width - swatch - 3, &w, &h);
        double need = swatch + 3 + w + 10;
        if (st == YK_OK && cx > x && cx + need > x + width) {
            cx = x;                 /* next row */
            y += row_h + 3;
            row_h = 0;
        }
        if (st == YK_OK)
            st = yk_chart_rect(c, "legend-swatch", cx, y + (h - swatch) / 2, swatch, swatch,
                               colours[i]);
        if (st == YK_OK)
            st = yk_chart_text(c, "legend", labels[i], cx + swatch + 3, y, LEGEND_SIZE, 0,
                               width - swatch - 3, ink, NULL);
        cx += need;
        row_h = h > row_h ? h : row_h;
    }
    *after = y + row_h;
    return st;
}

/* Digits grouped by threes with sep. */
static void group_digits(const char *digits, char sep, char *out, size_t size)
{
    size_t n = strlen(digits), k = 0;
    for (size_t i = 0; i < n && k + 2 < size; i++) {
        if (i > 0 && (n - i) % 3 == 0)
            out[k++] = sep;
        out[k++] = digits[i];
    }
    out[k] = '\0';
}

void yk_chart_number(const yk_chart_frame *f, double v, int decimals, const char *suffix,
                     char *buf, size_t size)
{
    char plain[64], whole[64], grouped[96];
    if (!isfinite(v)) {
        yk_text_snprintf(buf, size, "–");
        return;
    }
    yk_text_snprintf(plain, sizeof plain, "%.*f", decimals, fabs(v));
    char *point = strchr(plain, '.');
    size_t n = point ? (size_t)(point - plain) : strlen(plain);
    memcpy(whole, plain, n);
    whole[n] = '\0';
    group_digits(whole, f->decimal_comma ? '.' : ',', grouped, sizeof grouped);
    /* A negative that rounds to zero is written as zero. */
    int negative = v < 0 && strspn(plain, "0.") != strlen(plain);
    yk_text_snprintf(buf, size, "%s%s%s%s%s", negative ? "−" : "", grouped,
             point ? (f->decimal_comma ? "," : ".") : "", point ? point + 1 : "", suffix);
}
