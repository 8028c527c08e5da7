/* ykien — the document as a Word document: the block list written as
 * word/document.xml (paragraphs in Word's own styles here, tables in
 * doc_docx_table.c, charts in doc_docx_chart.c), with the fixed parts
 * (doc_docx_parts.c), zipped in memory and sent whole. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "chart_impl.h"
#include "doc_docx_impl.h"
#include "yk_buf.h"

#define INDENT 28.0             /* a first-line indent, points */

/* The paragraphs of a block in a keep group keep with the next, all but
 * the group's very last. */
int docx_keep_here(const docx_body *b, int last_of_block)
{
    return b->keeping && !(b->last_in_group && last_of_block);
}

/* ---- paragraphs and runs ------------------------------------------------ */

/* <w:pPr>, its children in the order the schema requires. */
static void para_props(docx_body *b, const docx_para *p)
{
    docx_xml *x = &b->x;
    docx_start(x, "w:pPr");
    if (p->style)
        docx_empty(x, "w:pStyle", "w:val", p->style);
    if (p->keep_next)
        docx_empty(x, "w:keepNext", NULL, NULL);
    if (p->page_break)
        docx_empty(x, "w:pageBreakBefore", NULL, NULL);
    if (p->rule_top) {
        docx_start(x, "w:pBdr");
        docx_start(x, "w:top");
        docx_attr(x, "w:val", "single");
        docx_attr(x, "w:sz", "5");        /* eighths of a point: the PDF's 0.6 pt */
        docx_attr(x, "w:space", "0");
        docx_attr(x, "w:color", "000000");
        docx_end(x);
        docx_end(x);
    }
    if (p->before >= 0 || p->after >= 0 || p->exact > 0) {
        docx_start(x, "w:spacing");
        if (p->before >= 0)
            docx_attr_int(x, "w:before", docx_twips(p->before));
        if (p->after >= 0)
            docx_attr_int(x, "w:after", docx_twips(p->after));
        if (p->exact > 0) {
            docx_attr_int(x, "w:line", docx_twips(p->exact));
            docx_attr(x, "w:lineRule", "exact");
        }
        docx_end(x);
    }
    if (p->ind_left > 0 || p->ind_right > 0 || p->first_line > 0) {
        docx_start(x, "w:ind");
        docx_attr_int(x, "w:left", docx_twips(p->ind_left));
        docx_attr_int(x, "w:right", docx_twips(p->ind_right));
        if (p->first_line > 0)
            docx_attr_int(x, "w:firstLine", docx_twips(p->first_line));
        docx_end(x);
    }
    if (p->jc)
        docx_empty(x, "w:jc", "w:val", p->jc);
    docx_end(x);
}

/* Start a paragraph; a page break waiting is taken by the body's next. */
void docx_para_begin(docx_body *b, docx_para p, int top_level)
{
    if (top_level && b->page_break) {
        p.page_break = 1;
        b->page_break = 0;
    }
    docx_start(&b->x, "w:p");
    para_props(b, &p);
}

static void run_props(docx_body *b, const docx_run_fmt *f)
{
    docx_xml *x = &b->x;
    if (!f->bold && !f->italic && !f->underline && !(f->size > 0))
        return;
    docx_start(x, "w:rPr");
    if (f->bold) {
        docx_empty(x, "w:b", NULL, NULL);
        docx_empty(x, "w:bCs", NULL, NULL);
    }
    if (f->italic) {
        docx_empty(x, "w:i", NULL, NULL);
        docx_empty(x, "w:iCs", NULL, NULL);
    }
    if (f->size > 0) {
        docx_empty_int(x, "w:sz", "w:val", docx_half_points(f->size));
        docx_empty_int(x, "w:szCs", "w:val", docx_half_points(f->size));
    }
    if (f->underline)
        docx_empty(x, "w:u", "w:val", "single");
    docx_end(x);
}

/* One run of text: '\n' a line break, '\t' a tab, the rest as it is. */
static void run(docx_body *b, const docx_run_fmt *f, const char *text, size_t len)
{
    docx_xml *x = &b->x;
    docx_start(x, "w:r");
    run_props(b, f);
    size_t from = 0;
    for (size_t i = 0; i <= len; i++) {
        if (i < len && text[i] != '\n' && text[i] != '\t')
            continue;
        if (i > from) {
            docx_start(x, "w:t");
            docx_attr(x, "xml:space", "preserve");
            docx_text(x, text + from, i - from);
            docx_end(x);
        }
        if (i < len)
            docx_empty(x, text[i] == '\n' ? "w:br" : "w:tab", NULL, NULL);
        from = i + 1;
    }
    docx_end(x);
}

static int attr_int(PangoAttrIterator *it, PangoAttrType type, int *value)
{
    PangoAttribute *a = pango_attr_iterator_get(it, type);
    if (a)
        *value = ((PangoAttrInt *)a)->value;
    return a != NULL;
}

/* Markup as runs: Pango's own parser, so the DOCX reads the markup as the
 * PDF does; markup Pango refuses is written as the text it is, not lost. */
void docx_markup_runs(docx_body *b, const char *markup, docx_run_fmt base)
{
    PangoAttrList *attrs = NULL;
    char *plain = NULL;
    if (!pango_parse_markup(markup, -1, 0, &attrs, &plain, NULL, NULL)) {
        run(b, &base, markup, strlen(markup));
        return;
    }
    int len = (int)strlen(plain);
    PangoAttrIterator *it = pango_attr_list_get_iterator(attrs);
    do {
        int start, end, v;
        pango_attr_iterator_range(it, &start, &end);
        end = end > len ? len : end;
        if (start >= end)
            continue;
        docx_run_fmt f = base;
        if (attr_int(it, PANGO_ATTR_WEIGHT, &v))
            f.bold = v >= PANGO_WEIGHT_SEMIBOLD;
        if (attr_int(it, PANGO_ATTR_STYLE, &v))
            f.italic = v != PANGO_STYLE_NORMAL;
        if (attr_int(it, PANGO_ATTR_UNDERLINE, &v))
            f.underline = v != PANGO_UNDERLINE_NONE;
        if (attr_int(it, PANGO_ATTR_SIZE, &v) || attr_int(it, PANGO_ATTR_ABSOLUTE_SIZE, &v))
            f.size = (double)v / PANGO_SCALE;
        run(b, &f, plain + start, (size_t)(end - start));
    } while (pango_attr_iterator_next(it));
    pango_attr_iterator_destroy(it);
    pango_attr_list_unref(attrs);
    g_free(plain);
}

void docx_text_runs(docx_body *b, const char *text, int markup, docx_run_fmt f)
{
    if (markup)
        docx_markup_runs(b, text, f);
    else
        run(b, &f, text, strlen(text));
}

const char *docx_align(unsigned style)
{
    return style & YK_PARA_CENTRE ? "center" : style & YK_PARA_RIGHT ? "right"
           : style & YK_PARA_JUSTIFY ? "both" : NULL;
}

static void heading(docx_body *b, const block *k)
{
    static const char *const ids[] = { "Heading1", "Heading2", "Heading3" };
    docx_para p = DOCX_PARA_DEFAULT;
    p.style = ids[k->level - 1];
    p.keep_next = 1;
    docx_para_begin(b, p, 1);
    docx_text_runs(b, k->text, 0, (docx_run_fmt){ 0 });
    docx_end(&b->x);
}

static void paragraph(docx_body *b, const block *k)
{
    docx_para p = DOCX_PARA_DEFAULT;
    p.jc = docx_align(k->style);
    p.first_line = k->style & YK_PARA_INDENT ? INDENT : 0;
    p.keep_next = (k->style & YK_PARA_KEEP_NEXT) || docx_keep_here(b, 1);
    docx_para_begin(b, p, 1);
    docx_run_fmt f = { .bold = (k->style & YK_PARA_BOLD) != 0,
                  .italic = (k->style & YK_PARA_ITALIC) != 0,
                  .size = k->style & YK_PARA_SMALL ? b->d->style.size - 2 : 0 };
    docx_text_runs(b, k->text, (k->style & YK_PARA_MARKUP) != 0, f);
    docx_end(&b->x);
}

void docx_caption(docx_body *b, const char *text, int keep_next)
{
    docx_para p = DOCX_PARA_DEFAULT;
    p.style = "Caption";
    p.keep_next = keep_next;
    docx_para_begin(b, p, 1);
    docx_text_runs(b, text, 0, (docx_run_fmt){ 0 });
    docx_end(&b->x);
}

/* An empty paragraph of an exact height: vertical space. */
void docx_space(docx_body *b, double points, int keep_next)
{
    if (points < 1)
        return;
    docx_para p = { .keep_next = keep_next, .before = 0, .after = 0, .exact = points };
    docx_para_begin(b, p, 1);
    docx_end(&b->x);
}

/* The page break before a table: a paragraph of its own (a table's cells
 * take no break before them). */
void docx_pending_break(docx_body *b)
{
    if (!b->page_break)
        return;
    b->page_break = 0;
    docx_para p = { .before = 0, .after = 0 };
    docx_para_begin(b, p, 0);
    docx_start(&b->x, "w:r");
    docx_empty(&b->x, "w:br", "w:type", "page");
    docx_end(&b->x);
    docx_end(&b->x);
}

/* ---- the body ----------------------------------------------------------- */

static void write_block(docx_body *b, const block *k)
{
    switch (k->kind) {
    case B_HEADING: heading(b, k); break;
    case B_PARA: paragraph(b, k); break;
    case B_SPACE: docx_space(b, k->space, docx_keep_here(b, 1)); break;
    case B_BREAK: b->page_break = 1; break;
    case B_COLUMNS: docx_columns(b, k); break;
    case B_TABLE: docx_table(b, k); break;
    case B_CHART: docx_chart(b, k); break;
    case B_KEEP_BEGIN: b->keeping = 1; break;
    case B_KEEP_END: b->keeping = 0; break;
    }
}

/* Page, margins and page numbers: numbers_from 1 numbers every page; 2
 * (or more: Word starts no later within one section) all but the first,
 * whose header (header1) is empty; 0 none.  The number is centred in the
 * top margin, as the PDF's. */
static void header_reference(docx_xml *x, const char *type, const char *rid)
{
    docx_start(x, "w:headerReference");
    docx_attr(x, "w:type", type);
    docx_attr(x, "r:id", rid);
    docx_end(x);
}

static void section(docx_body *b)
{
    docx_xml *x = &b->x;
    const yk_doc_style *s = &b->d->style;
    docx_start(x, "w:sectPr");
    if (s->numbers_from > 0)
        header_reference(x, "default", "rId4");
    if (s->numbers_from > 1)
        header_reference(x, "first", "rId3");
    docx_start(x, "w:pgSz");
    docx_attr_int(x, "w:w", docx_twips(s->page_w));
    docx_attr_int(x, "w:h", docx_twips(s->page_h));
    docx_end(x);
    docx_start(x, "w:pgMar");
    docx_attr_int(x, "w:top", docx_twips(s->top));
    docx_attr_int(x, "w:right", docx_twips(s->right));
    docx_attr_int(x, "w:bottom", docx_twips(s->bottom));
    docx_attr_int(x, "w:left", docx_twips(s->left));
    docx_attr_int(x, "w:header", docx_twips(fmax(s->top / 2 - 0.6 * s->size, 0)));
    docx_attr_int(x, "w:footer", docx_twips(s->bottom / 2));
    docx_attr(x, "w:gutter", "0");
    docx_end(x);
    if (s->numbers_from > 1)
        docx_empty(x, "w:titlePg", NULL, NULL);
    docx_end(x);
}

static yk_status document(docx_body *b)
{
    docx_xml *x = &b->x;
    yk_status st = docx_xml_open(x);
    if (st != YK_OK)
        return st;
    docx_start(x, "w:document");
    docx_attr(x, "xmlns:w", "http://schemas.openxmlformats.org/wordprocessingml/2006/main");
    docx_attr(x, "xmlns:r",
              "http://schemas.openxmlformats.org/officeDocument/2006/relationships");
    docx_attr(x, "xmlns:wp",
              "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing");
    docx_attr(x, "xmlns:a", "http://schemas.openxmlformats.org/drawingml/2006/main");
    docx_attr(x, "xmlns:pic", "http://schemas.openxmlformats.org/drawingml/2006/picture");
    docx_start(x, "w:body");
    const yk_doc *d = b->d;
    for (size_t i = 0; i < d->n && b->st == YK_OK; i++) {
        b->last_in_group = i + 1 < d->n && d->blocks[i + 1].kind == B_KEEP_END;
        write_block(b, &d->blocks[i]);
    }
    docx_pending_break(b);           /* a break at the very end */
    section(b);
    docx_end(x);
    docx_end(x);
    return b->st;
}

static yk_status body_open(docx_body *b, const yk_doc *d)
{
    memset(b, 0, sizeof *b);
    b->d = d;
    b->text_w = d->style.page_w - d->style.left - d->style.right;
    b->fonts = pango_cairo_font_map_new();
    b->pango = b->fonts ? pango_font_map_create_context(b->fonts) : NULL;
    if (b->pango)
        yk_chart_prepare_context(b->pango);
    b->layout = b->pango ? pango_layout_new(b->pango) : NULL;
    return b->layout ? YK_OK : YK_ERR_NOMEM;
}

static void body_close(docx_body *b)
{
    docx_xml_close(&b->x);
    for (size_t i = 0; i < b->ncharts; i++)
        yk_buf_free(&b->pngs[i]);
    free(b->pngs);
    if (b->layout)
        g_object_unref(b->layout);
    if (b->pango)
        g_object_unref(b->pango);
    if (b->fonts)
        g_object_unref(b->fonts);
}

/* Every part into the zip, [Content_Types].xml first. */
static yk_status package(docx_zip *z, docx_body *b)
{
    yk_status st = docx_fixed_parts(z, b->d, b->ncharts);
    if (st == YK_OK)
        st = docx_add_part(z, "word/document.xml", &b->x);
    for (size_t i = 0; i < b->ncharts && st == YK_OK; i++) {
        char name[48];
        snprintf(name, sizeof name, "word/media/chart%zu.png", i + 1);
        st = docx_add_bytes(z, name, b->pngs[i].data, b->pngs[i].len, 1);
    }
    return st;
}

/* The finished zip's bytes, read back from its memory source. */
static yk_status zip_bytes(zip_source_t *src, yk_buf *bytes)
{
    if (zip_source_open(src) < 0)
        return YK_ERR_NOMEM;
    yk_status st = YK_OK;
    char chunk[65536];
    zip_int64_t n;
    while (st == YK_OK && (n = zip_source_read(src, chunk, sizeof chunk)) > 0)
        st = yk_buf_append(bytes, chunk, (size_t)n);
    if (st == YK_OK && n < 0)
        st = YK_ERR_NOMEM;
    zip_source_close(src);
    return st;
}

/* The whole package, built in memory before a byte goes to out. */
static yk_status zipped(docx_body *b, yk_buf *bytes)
{
    zip_error_t err;
    zip_error_init(&err);
    docx_zip z = { .date = b->d->style.date };
    z.src = zip_source_buffer_create(NULL, 0, 0, &err);
    z.zip = z.src ? zip_open_from_source(z.src, ZIP_CREATE | ZIP_TRUNCATE, &err) : NULL;
    zip_error_fini(&err);
    if (!z.zip) {
        zip_source_free(z.src);
        return YK_ERR_NOMEM;
    }
    zip_source_keep(z.src);     /* it outlives zip_close, which writes into it */
    yk_status st = package(&z, b);
    if (st != YK_OK)
        zip_discard(z.zip);
    else if (zip_close(z.zip) < 0) {
        zip_discard(z.zip);
        st = YK_ERR_NOMEM;
    }
    if (st == YK_OK)
        st = zip_bytes(z.src, bytes);
    zip_source_free(z.src);
    return st;
}

yk_status yk_doc_render_docx(yk_doc *d, yk_output out)
{
    docx_body b;
    yk_buf bytes = { 0 };
    yk_status st = body_open(&b, d);
    if (st == YK_OK)
        st = document(&b);
    if (st == YK_OK)
        st = zipped(&b, &bytes);
    body_close(&b);
    if (st == YK_OK && out.write(out.ctx, bytes.data, bytes.len) != YK_OK)
        st = YK_ERR_IO;
    yk_buf_free(&bytes);
    return st;
}
