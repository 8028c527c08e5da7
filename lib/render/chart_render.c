/* ykien — painting a chart with Cairo: PNG, SVG or PDF. */
#include <math.h>
#include <stdio.h>
#include <time.h>
#include <cairo-pdf.h>
#include <cairo-svg.h>
#include "chart_impl.h"

enum { MAX_PIXELS = 20000 };    /* a side of a PNG */

static cairo_status_t sink(void *ctx, const unsigned char *data, unsigned int n)
{
    const yk_output *out = ctx;
    return out->write(out->ctx, (const char *)data, n) == YK_OK ? CAIRO_STATUS_SUCCESS
                                                                 : CAIRO_STATUS_WRITE_ERROR;
}

static void colour(cairo_t *cr, yk_rgb c)
{
    cairo_set_source_rgb(cr, c.r / 255.0, c.g / 255.0, c.b / 255.0);
}

static void paint_text(cairo_t *cr, const yk_chart *c, const yk_item *it)
{
    PangoLayout *layout = pango_cairo_create_layout(cr);
    double x, y, w, h;
    if (!layout)
        return;
    yk_chart_prepare_context(pango_layout_get_context(layout));
    pango_layout_context_changed(layout);
    /* The same layout as when it was measured: the same box. */
    if (yk_chart_set_text(layout, yk_chart_font(c), it->text, it->size, it->style,
                          it->wrap) == 0) {
        yk_chart_text_extent(layout, &x, &y, &w, &h);
        colour(cr, it->colour);
        cairo_move_to(cr, it->x - x, it->y - y);
        pango_cairo_show_layout(cr, layout);
    }
    g_object_unref(layout);
}

void yk_chart_paint_items(const yk_chart *c, cairo_t *cr)
{
    static const double dash[] = { 3, 2 };
    for (size_t i = 0; i < yk_chart_n_items(c); i++) {
        const yk_item *it = yk_chart_item(c, i);
        switch (it->kind) {
        case YK_ITEM_RECT:
            colour(cr, it->colour);
            cairo_rectangle(cr, it->x, it->y, it->w, it->h);
            cairo_fill(cr);
            break;
        case YK_ITEM_LINE:
            colour(cr, it->colour);
            cairo_set_line_width(cr, it->width);
            cairo_set_dash(cr, dash, it->dashed ? 2 : 0, 0);
            cairo_move_to(cr, it->x, it->y);
            cairo_line_to(cr, it->x + it->w, it->y + it->h);
            cairo_stroke(cr);
            break;
        case YK_ITEM_TEXT:
            paint_text(cr, c, it);
            break;
        }
    }
    cairo_set_dash(cr, dash, 0, 0);
}

static void paint(cairo_t *cr, const yk_chart *c)
{
    cairo_set_source_rgb(cr, 1, 1, 1);
    cairo_paint(cr);
    yk_chart_paint_items(c, cr);
}

static yk_status finish(cairo_surface_t *s, cairo_t *cr)
{
    cairo_status_t st = cairo_status(cr);
    cairo_destroy(cr);
    cairo_surface_finish(s);
    if (st == CAIRO_STATUS_SUCCESS)
        st = cairo_surface_status(s);
    cairo_surface_destroy(s);
    return st == CAIRO_STATUS_SUCCESS ? YK_OK
           : st == CAIRO_STATUS_NO_MEMORY ? YK_ERR_NOMEM : YK_ERR_IO;
}

static yk_status render_png(const yk_chart *c, double dpi, yk_output *out)
{
    double scale = dpi / 72;
    double w = ceil(yk_chart_width(c) * scale), h = ceil(yk_chart_height(c) * scale);
    if (!(dpi > 0) || w > MAX_PIXELS || h > MAX_PIXELS)
        return YK_ERR_LIMIT;
    cairo_surface_t *s = cairo_image_surface_create(CAIRO_FORMAT_RGB24, (int)w, (int)h);
    cairo_t *cr = cairo_create(s);
    cairo_scale(cr, scale, scale);
    paint(cr, c);
    cairo_surface_flush(s);
    cairo_status_t st = cairo_status(cr);
    if (st == CAIRO_STATUS_SUCCESS)
        st = cairo_surface_write_to_png_stream(s, sink, out);
    cairo_destroy(cr);
    cairo_surface_destroy(s);
    return st == CAIRO_STATUS_SUCCESS ? YK_OK
           : st == CAIRO_STATUS_NO_MEMORY ? YK_ERR_NOMEM : YK_ERR_IO;
}

yk_status yk_chart_render(const yk_chart *c, yk_chart_format format, double dpi,
                          const char *title, long long date, yk_output out)
{
    double w = yk_chart_width(c), h = yk_chart_height(c);
    cairo_surface_t *s;
    if (format == YK_CHART_PNG)
        return render_png(c, dpi, &out);
    if (format == YK_CHART_SVG) {
        s = cairo_svg_surface_create_for_stream(sink, &out, w, h);
        cairo_svg_surface_set_document_unit(s, CAIRO_SVG_UNIT_PT);
    } else {
        char when[32];
        time_t t = (time_t)date;
        struct tm tm;
        s = cairo_pdf_surface_create_for_stream(sink, &out, w, h);
        if (gmtime_r(&t, &tm) && strftime(when, sizeof when, "%Y-%m-%dT%H:%M:%SZ", &tm)) {
            cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_CREATE_DATE, when);
            cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_MOD_DATE, when);
        }
        cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_CREATOR, "ykien");
        if (title)
            cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_TITLE, title);
    }
    cairo_t *cr = cairo_create(s);
    paint(cr, c);
    return finish(s, cr);
}
