/* ykien — documents laid out on pages: Pango for text, Cairo for PDF. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <cairo-pdf.h>
#include "chart_impl.h"
#include "doc_impl.h"

#define PARA_GAP 6.0            /* points after a paragraph */
#define CELL_PAD 3.0

/* ---- laying out -------------------------------------------------------- */

typedef struct {
    const yk_doc *d;
    cairo_surface_t *surface;
    cairo_t *cr;
    PangoLayout *layout;
    PangoLayout *numbers;       /* page numbers: not the layout being shown */
    double y, text_w, bottom;
    int page;
    int outline[4];             /* the last entry of each level; 0: the root */
    int dry;                    /* measuring: on a recording surface, no outline */
} pager;

static void page_number(pager *p)
{
    char n[16];
    double x, y, w, h;
    snprintf(n, sizeof n, "%d", p->page);
    yk_chart_set_text(p->numbers, p->d->font, n, p->d->style.size - 1, 0, 0);
    yk_chart_text_extent(p->numbers, &x, &y, &w, &h);
    cairo_set_source_rgb(p->cr, 0, 0, 0);
    cairo_move_to(p->cr, (p->d->style.page_w - w) / 2 - x, p->d->style.top / 2 - h / 2 - y);
    pango_cairo_show_layout(p->cr, p->numbers);
}

static void new_page(pager *p)
{
    if (p->page > 0)
        cairo_show_page(p->cr);
    p->page++;
    p->y = p->d->style.top;
    if (p->d->style.numbers_from > 0 && p->page >= p->d->style.numbers_from)
        page_number(p);
}

static double room(const pager *p)
{
    return p->bottom - p->y;
}

/* Set up the layout for a paragraph's text in width. */
static void set_para(pager *p, const char *text, unsigned style, double width, double size)
{
    unsigned font_style = (style & YK_PARA_BOLD ? YK_TEXT_BOLD : 0) |
                          (style & YK_PARA_ITALIC ? YK_TEXT_ITALIC : 0) |
                          (style & YK_PARA_CENTRE ? YK_TEXT_CENTRE : 0) |
                          (style & YK_PARA_RIGHT ? YK_TEXT_RIGHT : 0);
    yk_chart_set_text(p->layout, p->d->font, "", size, font_style, width);
    if (style & YK_PARA_MARKUP)
        pango_layout_set_markup(p->layout, text, -1);
    else
        pango_layout_set_text(p->layout, text, -1);
    pango_layout_set_justify(p->layout, (style & YK_PARA_JUSTIFY) != 0);
    pango_layout_set_indent(p->layout, style & YK_PARA_INDENT ? (int)(28 * PANGO_SCALE) : 0);
}

/* Show the laid-out text from x, flowing over pages line by line. */
static void flow_lines(pager *p, double x)
{
    PangoLayoutIter *it = pango_layout_get_iter(p->layout);
    do {
        int y0, y1;
        PangoRectangle logical;
        pango_layout_iter_get_line_yrange(it, &y0, &y1);
        pango_layout_iter_get_line_extents(it, NULL, &logical);
        double h = (double)(y1 - y0) / PANGO_SCALE;
        if (h > room(p))
            new_page(p);
        double baseline = (double)(pango_layout_iter_get_baseline(it) - y0) / PANGO_SCALE;
        cairo_move_to(p->cr, x + (double)logical.x / PANGO_SCALE, p->y + baseline);
        pango_cairo_show_layout_line(p->cr, pango_layout_iter_get_line_readonly(it));
        p->y += h;
    } while (pango_layout_iter_next_line(it));
    pango_layout_iter_free(it);
}

static double text_height(pager *p)
{
    double x, y, w, h;
    yk_chart_text_extent(p->layout, &x, &y, &w, &h);
    return h;
}

static void paragraph(pager *p, const block *b)
{
    double size = p->d->style.size - (b->style & YK_PARA_SMALL ? 2 : 0);
    set_para(p, b->text, b->style, p->text_w, size);
    cairo_set_source_rgb(p->cr, 0, 0, 0);
    flow_lines(p, p->d->style.left);
    p->y += PARA_GAP;
}

static void heading(pager *p, const block *b)
{
    unsigned style = YK_PARA_BOLD | (b->level == 3 ? YK_PARA_ITALIC : 0);
    double size = p->d->style.size + (b->level == 1 ? 1 : 0);
    set_para(p, b->text, style, p->text_w, size);
    double h = text_height(p);
    /* Keep it with what follows: three lines of it at least. */
    if (h + 6 + 3 * 1.2 * p->d->style.size > room(p) && p->y > p->d->style.top)
        new_page(p);
    p->y += p->y > p->d->style.top ? 6 : 0;
    char where[64];
    snprintf(where, sizeof where, "page=%d pos=[%.1f %.1f]", p->page, p->d->style.left, p->y);
    if (!p->dry)
        p->outline[b->level] = cairo_pdf_surface_add_outline(
            p->surface, p->outline[b->level - 1], b->text, where, 0);
    for (int l = b->level + 1; l < 4; l++)
        p->outline[l] = p->outline[b->level];
    cairo_set_source_rgb(p->cr, 0, 0, 0);
    flow_lines(p, p->d->style.left);
    p->y += PARA_GAP;
}

/* One side of a columns block in [x, x + w): its lines one under another,
 * each shrunk to fit the width when the side says YK_PARA_FIT, a short
 * rule under line `rule` (1-based) with room below it.  Its height;
 * painted at p->y when paint. */
static double side(pager *p, const char *text, unsigned style, int rule, double x, double w,
                   int paint)
{
    double y = 0, size0 = p->d->style.size;
    unsigned align = style & (YK_PARA_CENTRE | YK_PARA_RIGHT);
    int line = 1;
    for (const char *s = text; s; line++) {
        const char *nl = strchr(s, '\n');
        char *one = strndup(s, nl ? (size_t)(nl - s) : strlen(s));
        if (!one)
            return y;
        double size = size0;
        set_para(p, *one ? one : " ", YK_PARA_MARKUP | align, w, size);
        while ((style & YK_PARA_FIT) && pango_layout_get_line_count(p->layout) > 1 &&
               size - 0.5 >= size0 * 0.75) {
            size -= 0.5;
            set_para(p, one, YK_PARA_MARKUP | align, w, size);
        }
        free(one);
        double h = text_height(p);
        if (paint) {
            cairo_set_source_rgb(p->cr, 0, 0, 0);
            cairo_move_to(p->cr, x, p->y + y);
            pango_cairo_show_layout(p->cr, p->layout);
        }
        y += h;
        if (line == rule) {
            PangoRectangle ink, logical;
            pango_layout_get_extents(p->layout, &ink, &logical);
            double lw = (double)logical.width / PANGO_SCALE / 2;
            double mid = x + (double)logical.x / PANGO_SCALE + (double)logical.width /
                         PANGO_SCALE / 2;
            if (paint) {
                cairo_set_line_width(p->cr, 0.6);
                cairo_move_to(p->cr, mid - lw / 2, p->y + y + 1);
                cairo_line_to(p->cr, mid + lw / 2, p->y + y + 1);
                cairo_stroke(p->cr);
            }
            y += 0.35 * size0;  /* the next line's accents clear the rule */
        }
        s = nl ? nl + 1 : NULL;
    }
    return y;
}

static void columns(pager *p, const block *b)
{
    double lw = p->text_w * b->share, rw = p->text_w - lw, x = p->d->style.left;
    double h = fmax(side(p, b->text, b->style, b->rule1, x, lw, 0),
                    side(p, b->text2, b->style2, b->rule2, x + lw, rw, 0));
    if (h > room(p))
        new_page(p);
    side(p, b->text, b->style, b->rule1, x, lw, 1);
    side(p, b->text2, b->style2, b->rule2, x + lw, rw, 1);
    p->y += h + PARA_GAP;
}

/* ---- tables ------------------------------------------------------------ */

static double cell_size(const pager *p)
{
    return p->d->style.size - 2;
}

/* The height of row r (0: the header), or paint it at p->y. */
static double table_row(pager *p, const block *b, size_t r, int paint)
{
    double x = p->d->style.left, h = 0;
    for (size_t c = 0; c < b->ncols; c++) {
        double w = p->text_w * b->shares[c] - 2 * CELL_PAD;
        unsigned style = (r == 0 ? YK_PARA_BOLD | YK_PARA_CENTRE : 0) |
                         (r > 0 && b->right[c] == YK_DOC_RIGHT ? YK_PARA_RIGHT : 0) |
                         (r > 0 && b->right[c] == YK_DOC_CENTRE ? YK_PARA_CENTRE : 0);
        set_para(p, b->cells[r * b->ncols + c], style, w, cell_size(p));
        double ch = text_height(p) + 2 * CELL_PAD;
        if (paint) {
            cairo_set_source_rgb(p->cr, 0, 0, 0);
            cairo_move_to(p->cr, x + CELL_PAD, p->y + CELL_PAD);
            pango_cairo_show_layout(p->cr, p->layout);
        }
        h = fmax(h, ch);
        x += p->text_w * b->shares[c];
    }
    return h;
}

static void row_frame(pager *p, const block *b, double h, int header)
{
    double x = p->d->style.left;
    if (header) {
        cairo_set_source_rgb(p->cr, 0.92, 0.92, 0.92);
        cairo_rectangle(p->cr, x, p->y, p->text_w, h);
        cairo_fill(p->cr);
    }
    cairo_set_source_rgb(p->cr, 0, 0, 0);
    cairo_set_line_width(p->cr, 0.5);
    cairo_rectangle(p->cr, x, p->y, p->text_w, h);
    for (size_t c = 0; c + 1 < b->ncols; c++) {
        x += p->text_w * b->shares[c];
        cairo_move_to(p->cr, x, p->y);
        cairo_line_to(p->cr, x, p->y + h);
    }
    cairo_stroke(p->cr);
}

static void paint_row(pager *p, const block *b, size_t r, double h)
{
    row_frame(p, b, h, r == 0);
    table_row(p, b, r, 1);
    p->y += h;
}

static void caption(pager *p, const char *text)
{
    block c = { .kind = B_PARA, .text = (char *)text,
                .style = YK_PARA_CENTRE | YK_PARA_ITALIC | YK_PARA_SMALL };
    paragraph(p, &c);
    p->y -= PARA_GAP - 2;
}

/* A table flows between rows, its header repeated on each page; never one
 * row alone: it starts on a page with room for two rows (the caption and
 * header with them), and its last row goes over with the one before.  A
 * small table (SMALL_TABLE rows or fewer) is not split at all when it fits
 * on a page. */
enum { SMALL_TABLE = 4 };
static void table(pager *p, const block *b)
{
    double head = table_row(p, b, 0, 0);
    double first = b->nrows ? table_row(p, b, 1, 0) : 0;
    double second = b->nrows > 1 ? table_row(p, b, 2, 0) : 0;
    double cap = 0;
    if (b->caption) {
        set_para(p, b->caption, YK_PARA_ITALIC, p->text_w, p->d->style.size - 2);
        cap = text_height(p) + 2;
    }
    double need = cap + head + first + (b->nrows > 2 ? second : 0);
    if (b->nrows <= SMALL_TABLE) {
        need = cap + head;
        for (size_t r = 1; r <= b->nrows; r++)
            need += table_row(p, b, r, 0);
        need = need <= p->bottom - p->d->style.top ? need : 0;     /* else it splits */
    }
    if (need > room(p) && p->y > p->d->style.top)
        new_page(p);
    if (b->caption)
        caption(p, b->caption);
    paint_row(p, b, 0, head);
    size_t on_page = 0;         /* the table's rows on this page */
    for (size_t r = 1; r <= b->nrows; r++) {
        double h = r == 1 ? first : table_row(p, b, r, 0);
        int last_alone = r + 1 == b->nrows && on_page >= 2 && h <= room(p) &&
                         h + table_row(p, b, r + 1, 0) > room(p);
        if (h > room(p) || last_alone) {    /* the header again on the next page */
            new_page(p);
            paint_row(p, b, 0, head);
            on_page = 0;
        }
        paint_row(p, b, r, h);
        on_page++;
    }
    p->y += PARA_GAP * 2;
}

static void chart(pager *p, const block *b)
{
    double cw = yk_chart_width(b->chart), ch = yk_chart_height(b->chart);
    double content = p->bottom - p->d->style.top - 4 * p->d->style.size;
    double scale = fmin(p->text_w / cw, content / ch);
    double cap = 0;
    if (b->caption) {
        set_para(p, b->caption, YK_PARA_ITALIC | YK_PARA_CENTRE, p->text_w,
                 p->d->style.size - 2);
        cap = text_height(p) + 2;
    }
    if (ch * scale + cap > room(p))
        new_page(p);
    cairo_save(p->cr);
    cairo_translate(p->cr, p->d->style.left + (p->text_w - cw * scale) / 2, p->y);
    cairo_scale(p->cr, scale, scale);
    yk_chart_paint_items(b->chart, p->cr);
    cairo_restore(p->cr);
    p->y += ch * scale + 2;
    if (b->caption)
        caption(p, b->caption);
    p->y += PARA_GAP;
}

static void lay_block(pager *p, const block *b)
{
    switch (b->kind) {
    case B_HEADING: heading(p, b); break;
    case B_PARA: paragraph(p, b); break;
    case B_SPACE: p->y = fmin(p->y + b->space, p->bottom); break;
    case B_BREAK: new_page(p); break;
    case B_COLUMNS: columns(p, b); break;
    case B_TABLE: table(p, b); break;
    case B_CHART: chart(p, b); break;
    case B_KEEP_BEGIN: case B_KEEP_END: break;
    }
}

/* Past the blocks that must share a page with block i: a group's end; a
 * kept paragraph's next block unless that is space (and what the next
 * keeps); a heading's chart or group (or a heading, and what it keeps).
 * i + 1 when i stands alone: a heading before text or a table keeps three
 * lines of it by itself. */
static size_t keep_span(const yk_doc *d, size_t i)
{
    const block *b = &d->blocks[i];
    if (b->kind == B_KEEP_BEGIN) {
        while (i < d->n && d->blocks[i].kind != B_KEEP_END)
            i++;
        return i < d->n ? i + 1 : d->n;
    }
    int kept = b->kind == B_PARA && (b->style & YK_PARA_KEEP_NEXT);
    if ((b->kind != B_HEADING && !kept) || i + 1 >= d->n)
        return i + 1;
    block_kind next = d->blocks[i + 1].kind;
    if (next == B_SPACE || next == B_BREAK)
        return i + 1;                       /* nothing to keep with */
    size_t after = keep_span(d, i + 1);     /* recurses only through keeping blocks */
    if (kept || next == B_CHART || next == B_KEEP_BEGIN || after > i + 2)
        return after > i + 2 ? after : i + 2;
    return i + 1;
}

/* The height of blocks [from, to) laid out from the top of a page; +inf
 * when they do not fit on one. */
static double measure(const pager *p, size_t from, size_t to)
{
    pager q = *p;
    q.dry = 1;
    q.surface = cairo_recording_surface_create(CAIRO_CONTENT_COLOR_ALPHA, NULL);
    q.cr = cairo_create(q.surface);
    q.page = 0;
    q.y = p->d->style.top;
    for (size_t i = from; i < to && q.page == 0; i++)
        lay_block(&q, &p->d->blocks[i]);
    double h = q.page == 0 ? q.y - p->d->style.top : INFINITY;
    cairo_destroy(q.cr);
    cairo_surface_destroy(q.surface);
    return h;
}

/* Whether block b may be laid out before a chart that waits for the next
 * page: text and tables, which split, and not a heading or anything kept
 * with what follows. */
static int may_pass(const block *b)
{
    return (b->kind == B_PARA && !(b->style & YK_PARA_KEEP_NEXT)) || b->kind == B_TABLE ||
           b->kind == B_SPACE;
}

/* A chart (or a heading and its chart) that does not fit the rest of the
 * page goes to the next; when that would leave more than 40% of the page
 * empty, the text and tables after the chart (up to the next heading,
 * chart or group) fill the page first, under the heading, as a printed
 * report floats its figures to the top of the next page.  Numbers do not
 * change: only blocks that are not charts move ahead of it.  Past what was
 * laid out; i when nothing was. */
static size_t chart_waits(pager *p, size_t i)
{
    const yk_doc *d = p->d;
    size_t c = d->blocks[i].kind == B_CHART ? i
               : d->blocks[i].kind == B_HEADING && i + 1 < d->n &&
                 d->blocks[i + 1].kind == B_CHART ? i + 1 : d->n;
    if (c == d->n || room(p) < 0.4 * (p->bottom - d->style.top))
        return i;
    double h = measure(p, i, c + 1);
    if (h <= room(p) || h == INFINITY)
        return i;
    size_t j = c + 1;
    while (j < d->n && may_pass(&d->blocks[j]))
        j++;
    if (j == c + 1)
        return i;
    for (size_t k = i; k < c; k++)      /* the heading */
        lay_block(p, &d->blocks[k]);
    for (size_t k = c + 1; k < j; k++)
        lay_block(p, &d->blocks[k]);
    lay_block(p, &d->blocks[c]);
    return j;
}

static void lay_out(pager *p)
{
    for (size_t i = 0; i < p->d->n; i++) {
        size_t past = chart_waits(p, i);
        if (past > i) {
            i = past - 1;
            continue;
        }
        size_t end = keep_span(p->d, i);
        double h = end > i + 1 && p->y > p->d->style.top ? measure(p, i, end) : 0;
        if (h > room(p) && h < INFINITY)
            new_page(p);
        lay_block(p, &p->d->blocks[i]);
    }
}

static cairo_status_t sink(void *ctx, const unsigned char *data, unsigned int n)
{
    const yk_output *out = ctx;
    return out->write(out->ctx, (const char *)data, n) == YK_OK ? CAIRO_STATUS_SUCCESS
                                                                 : CAIRO_STATUS_WRITE_ERROR;
}

static void metadata(cairo_surface_t *s, const yk_doc *d)
{
    char when[32];
    time_t t = (time_t)d->style.date;
    struct tm tm;
    if (gmtime_r(&t, &tm) && strftime(when, sizeof when, "%Y-%m-%dT%H:%M:%SZ", &tm)) {
        cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_CREATE_DATE, when);
        cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_MOD_DATE, when);
    }
#ifdef YK_VERSION   /* the program is named here, never in the document's text */
    cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_CREATOR, "ykien " YK_VERSION);
#else
    cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_CREATOR, "ykien");
#endif
    if (d->title)
        cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_TITLE, d->title);
    if (d->author)
        cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_AUTHOR, d->author);
    if (d->subject)
        cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_SUBJECT, d->subject);
    if (d->keywords)
        cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_KEYWORDS, d->keywords);
}

yk_status yk_doc_render(yk_doc *d, yk_output out, int *pages)
{
    const yk_doc_style *s = &d->style;
    pager p = { .d = d, .text_w = s->page_w - s->left - s->right,
                .bottom = s->page_h - s->bottom };
    p.surface = cairo_pdf_surface_create_for_stream(sink, &out, s->page_w, s->page_h);
    metadata(p.surface, d);
    p.cr = cairo_create(p.surface);
    p.layout = pango_cairo_create_layout(p.cr);
    p.numbers = pango_cairo_create_layout(p.cr);
    if (!p.layout || !p.numbers) {
        if (p.layout)
            g_object_unref(p.layout);
        if (p.numbers)
            g_object_unref(p.numbers);
        cairo_destroy(p.cr);
        cairo_surface_destroy(p.surface);
        return YK_ERR_NOMEM;
    }
    yk_chart_prepare_context(pango_layout_get_context(p.layout));
    pango_layout_context_changed(p.layout);
    yk_chart_prepare_context(pango_layout_get_context(p.numbers));
    pango_layout_context_changed(p.numbers);
    new_page(&p);
    lay_out(&p);
    g_object_unref(p.layout);
    g_object_unref(p.numbers);
    cairo_status_t st = cairo_status(p.cr);
    cairo_destroy(p.cr);
    cairo_surface_finish(p.surface);
    if (st == CAIRO_STATUS_SUCCESS)
        st = cairo_surface_status(p.surface);
    cairo_surface_destroy(p.surface);
    if (pages)
        *pages = p.page;
    return st == CAIRO_STATUS_SUCCESS ? YK_OK
           : st == CAIRO_STATUS_NO_MEMORY ? YK_ERR_NOMEM : YK_ERR_IO;
}
