/* ykien — the chart model: items on a canvas, text measured by Pango. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "chart_impl.h"

enum { MAX_ITEMS = 100000 };
#define MAX_SIDE 14400.0        /* points: 200 inches */

struct yk_chart {
    double width, height;
    char *font;
    yk_item *items;
    size_t n, cap;
    PangoFontMap *fonts;
    PangoContext *pango;
    PangoLayout *layout;        /* reused for every measure */
    double min_text;            /* points: no text smaller (yk_chart_set_min_text) */
};

void yk_chart_prepare_context(PangoContext *pc)
{
    cairo_font_options_t *o = cairo_font_options_create();
    cairo_font_options_set_hint_metrics(o, CAIRO_HINT_METRICS_OFF);
    cairo_font_options_set_hint_style(o, CAIRO_HINT_STYLE_NONE);
    cairo_font_options_set_antialias(o, CAIRO_ANTIALIAS_GRAY);
    pango_cairo_context_set_font_options(pc, o);
    cairo_font_options_destroy(o);
    pango_cairo_context_set_resolution(pc, 72);
    pango_context_set_round_glyph_positions(pc, FALSE);
}

int yk_chart_set_text(PangoLayout *layout, const char *font, const char *text, double size,
                      unsigned style, double max_width)
{
    PangoFontDescription *d = pango_font_description_new();
    if (!d)
        return -1;
    pango_font_description_set_family(d, font);
    pango_font_description_set_absolute_size(d, size * PANGO_SCALE);
    pango_font_description_set_weight(d, style & YK_TEXT_BOLD ? PANGO_WEIGHT_BOLD
                                                                : PANGO_WEIGHT_NORMAL);
    pango_font_description_set_style(d, style & YK_TEXT_ITALIC ? PANGO_STYLE_ITALIC
                                                                 : PANGO_STYLE_NORMAL);
    pango_layout_set_font_description(layout, d);
    pango_font_description_free(d);
    pango_layout_set_width(layout, max_width > 0 ? (int)(max_width * PANGO_SCALE) : -1);
    pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR);
    pango_layout_set_alignment(layout, style & YK_TEXT_CENTRE  ? PANGO_ALIGN_CENTER
                                       : style & YK_TEXT_RIGHT ? PANGO_ALIGN_RIGHT
                                                               : PANGO_ALIGN_LEFT);
    pango_layout_set_attributes(layout, NULL);     /* none left from earlier markup */
    pango_layout_set_text(layout, text, -1);
    return 0;
}

void yk_chart_text_extent(PangoLayout *layout, double *x, double *y, double *w, double *h)
{
    PangoRectangle logical;
    pango_layout_get_extents(layout, NULL, &logical);
    *x = (double)logical.x / PANGO_SCALE;
    *y = (double)logical.y / PANGO_SCALE;
    *w = (double)logical.width / PANGO_SCALE;
    *h = (double)logical.height / PANGO_SCALE;
}

yk_status yk_chart_new(double width, double height, const char *font, yk_chart **out)
{
    *out = NULL;
    if (!(width > 0 && width <= MAX_SIDE && height > 0 && height <= MAX_SIDE) || !font)
        return YK_ERR_ARGUMENT;
    yk_chart *c = calloc(1, sizeof *c);
    if (!c)
        return YK_ERR_NOMEM;
    c->width = width;
    c->height = height;
    c->font = strdup(font);
    c->fonts = pango_cairo_font_map_new();
    c->pango = c->fonts ? pango_font_map_create_context(c->fonts) : NULL;
    if (c->pango)
        yk_chart_prepare_context(c->pango);
    c->layout = c->pango ? pango_layout_new(c->pango) : NULL;
    if (!c->font || !c->layout) {
        yk_chart_free(c);
        return YK_ERR_NOMEM;
    }
    *out = c;
    return YK_OK;
}

void yk_chart_free(yk_chart *c)
{
    if (!c)
        return;
    for (size_t i = 0; i < c->n; i++) {
        free((char *)c->items[i].role);
        free((char *)c->items[i].text);
    }
    free(c->items);
    free(c->font);
    if (c->layout)
        g_object_unref(c->layout);
    if (c->pango)
        g_object_unref(c->pango);
    if (c->fonts)
        g_object_unref(c->fonts);
    free(c);
}

double yk_chart_width(const yk_chart *c)
{
    return c->width;
}

double yk_chart_height(const yk_chart *c)
{
    return c->height;
}

const char *yk_chart_font(const yk_chart *c)
{
    return c->font;
}

/* A new item with its role (and text) copied. */
static yk_item *add(yk_chart *c, yk_item_kind kind, const char *role, const char *text)
{
    if (c->n == MAX_ITEMS)
        return NULL;
    if (c->n == c->cap) {
        size_t cap = c->cap ? 2 * c->cap : 64;
        yk_item *more = realloc(c->items, cap * sizeof *more);
        if (!more)
            return NULL;
        c->items = more;
        c->cap = cap;
    }
    yk_item *it = &c->items[c->n];
    memset(it, 0, sizeof *it);
    it->kind = kind;
    it->role = strdup(role ? role : "");
    it->text = text ? strdup(text) : NULL;
    if (!it->role || (text && !it->text)) {
        free((char *)it->role);
        free((char *)it->text);
        return NULL;
    }
    c->n++;
    return it;
}

yk_status yk_chart_rect(yk_chart *c, const char *role, double x, double y, double w,
                        double h, yk_rgb fill)
{
    yk_item *it = add(c, YK_ITEM_RECT, role, NULL);
    if (!it)
        return c->n == MAX_ITEMS ? YK_ERR_LIMIT : YK_ERR_NOMEM;
    it->x = x, it->y = y, it->w = w, it->h = h;
    it->colour = fill;
    return YK_OK;
}

yk_status yk_chart_line(yk_chart *c, const char *role, double x1, double y1, double x2,
                        double y2, yk_rgb colour, double width, int dashed)
{
    yk_item *it = add(c, YK_ITEM_LINE, role, NULL);
    if (!it)
        return c->n == MAX_ITEMS ? YK_ERR_LIMIT : YK_ERR_NOMEM;
    it->x = x1, it->y = y1, it->w = x2 - x1, it->h = y2 - y1;
    it->colour = colour;
    it->width = width;
    it->dashed = dashed;
    return YK_OK;
}

void yk_chart_set_min_text(yk_chart *c, double size)
{
    c->min_text = size > 0 ? size : 0;
}

yk_status yk_chart_measure(yk_chart *c, const char *text, double size, unsigned style,
                           double max_width, double *w, double *h)
{
    double x, y;
    if (!text || !(size > 0) || max_width < 0)
        return YK_ERR_ARGUMENT;
    size = fmax(size, c->min_text);
    if (yk_chart_set_text(c->layout, c->font, text, size, style, max_width))
        return YK_ERR_NOMEM;
    yk_chart_text_extent(c->layout, &x, &y, w, h);
    return YK_OK;
}

yk_status yk_chart_text(yk_chart *c, const char *role, const char *text, double x, double y,
                        double size, unsigned style, double max_width, yk_rgb ink,
                        const yk_item **box)
{
    double w, h;
    yk_status st = yk_chart_measure(c, text, size, style, max_width, &w, &h);
    if (st != YK_OK)
        return st;
    yk_item *it = add(c, YK_ITEM_TEXT, role, text);
    if (!it)
        return c->n == MAX_ITEMS ? YK_ERR_LIMIT : YK_ERR_NOMEM;
    it->x = style & YK_TEXT_RIGHT ? x - w : style & YK_TEXT_CENTRE ? x - w / 2 : x;
    it->y = y;
    it->w = w;
    it->h = h;
    it->colour = ink;
    it->size = fmax(size, c->min_text);     /* as measured */
    it->style = style;
    it->wrap = max_width;
    if (box)
        *box = it;
    return YK_OK;
}

size_t yk_chart_n_items(const yk_chart *c)
{
    return c->n;
}

const yk_item *yk_chart_item(const yk_chart *c, size_t i)
{
    return i < c->n ? &c->items[i] : NULL;
}

/* ---- dump and check --------------------------------------------------- */

static yk_status put(yk_output out, const char *s, size_t n)
{
    return out.write(out.ctx, s, n);
}

/* text in double quotes, with \" \\ and \n escaped. */
static yk_status put_quoted(yk_output out, const char *s)
{
    yk_status st = put(out, "\"", 1);
    for (; st == YK_OK && *s; s++) {
        size_t n = strcspn(s, "\"\\\n");
        st = put(out, s, n);
        s += n;
        if (st != YK_OK || !*s)
            break;
        st = put(out, *s == '\n' ? "\\n" : *s == '"' ? "\\\"" : "\\\\", 2);
    }
    return st == YK_OK ? put(out, "\"", 1) : st;
}

yk_status yk_chart_dump(const yk_chart *c, yk_output out)
{
    char line[512];
    int n = snprintf(line, sizeof line, "chart %.1f x %.1f font \"%s\"\n", c->width,
                     c->height, c->font);
    yk_status st = put(out, line, (size_t)n);
    static const char *const kinds[] = { "rect", "line", "text" };
    for (size_t i = 0; st == YK_OK && i < c->n; i++) {
        const yk_item *it = &c->items[i];
        n = snprintf(line, sizeof line, "%s %s %.1f %.1f %.1f %.1f #%02x%02x%02x", kinds[it->kind],
                     it->role, it->x, it->y, it->w, it->h, it->colour.r, it->colour.g,
                     it->colour.b);
        if (it->kind == YK_ITEM_LINE)
            n += snprintf(line + n, sizeof line - (size_t)n, " width %.1f%s", it->width,
                          it->dashed ? " dashed" : "");
        if (it->kind == YK_ITEM_TEXT)
            n += snprintf(line + n, sizeof line - (size_t)n, " size %.1f%s%s ", it->size,
                          it->style & YK_TEXT_BOLD ? " bold" : "",
                          it->style & YK_TEXT_ITALIC ? " italic" : "");
        st = put(out, line, (size_t)n < sizeof line ? (size_t)n : sizeof line - 1);
        if (st == YK_OK && it->kind == YK_ITEM_TEXT)
            st = put_quoted(out, it->text);
        if (st == YK_OK)
            st = put(out, "\n", 1);
    }
    return st;
}

#define SLACK 0.01              /* points: rounding, not layout */

static int overlap(const yk_item *a, const yk_item *b)
{
    return a->x + a->w > b->x + SLACK && b->x + b->w > a->x + SLACK &&
           a->y + a->h > b->y + SLACK && b->y + b->h > a->y + SLACK;
}

yk_status yk_chart_check(const yk_chart *c, char *problem, size_t size)
{
    for (size_t i = 0; i < c->n; i++) {
        const yk_item *a = &c->items[i];
        if (a->kind != YK_ITEM_TEXT)
            continue;
        if (a->x < -SLACK || a->y < -SLACK || a->x + a->w > c->width + SLACK ||
            a->y + a->h > c->height + SLACK) {
            snprintf(problem, size, "text '%s' (%s) leaves the canvas", a->text, a->role);
            return YK_ERR_ARGUMENT;
        }
        for (size_t j = i + 1; j < c->n; j++)
            if (c->items[j].kind == YK_ITEM_TEXT && overlap(a, &c->items[j])) {
                snprintf(problem, size, "text '%s' (%s) overlaps '%s' (%s)", a->text, a->role,
                         c->items[j].text, c->items[j].role);
                return YK_ERR_ARGUMENT;
            }
    }
    return YK_OK;
}
