/* ykien — the document as a Word document: the block list written as
 * word/document.xml (paragraphs in Word's own styles, real tables with a
 * repeated header row, charts as PNG at print resolution), with the fixed
 * parts (doc_docx_parts.c), zipped in memory and sent whole. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "chart_impl.h"
#include "doc_docx_impl.h"
#include "yk_buf.h"

#define CELL_PAD 3.0            /* points around a table cell's text, as the PDF */
#define CHART_DPI 300.0
#define EMU_PER_POINT 12700.0
#define INDENT 28.0             /* a first-line indent, points */

/* The body being written. */
typedef struct {
    const yk_doc *d;
    docx_xml x;
    double text_w;              /* points */
    PangoFontMap *fonts;        /* measuring a header's lines as the PDF does */
    PangoContext *pango;
    PangoLayout *layout;
    yk_buf *pngs;               /* the charts, media/chart1.png ... */
    size_t ncharts, pngs_cap;
    int keeping;                /* inside a keep group */
    int last_in_group;          /* the block is the group's last */
    int page_break;             /* a break waits for the next paragraph */
    yk_status st;
} body;

typedef struct {
    const char *style;          /* a style id; NULL: Normal */
    int keep_next;
    double before, after;       /* points; < 0: the style's */
    double exact;               /* an exact line height, points; 0: the text's */
    double ind_left, ind_right, first_line;
    const char *jc;             /* NULL: the style's */
    int rule_top;               /* a rule along the top: a header's rule */
    int page_break;
} para;

typedef struct {
    int bold, italic, underline;
    double size;                /* points; 0: the style's */
} run_fmt;

static const para PARA_DEFAULT = { .before = -1, .after = -1 };

/* The paragraphs of a block in a keep group keep with the next, all but
 * the group's very last. */
static int keep_here(const body *b, int last_of_block)
{
    return b->keeping && !(b->last_in_group && last_of_block);
}

/* ---- paragraphs and runs ------------------------------------------------ */

/* <w:pPr>, its children in the order the schema requires. */
static void para_props(body *b, const para *p)
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
static void para_begin(body *b, para p, int top_level)
{
    if (top_level && b->page_break) {
        p.page_break = 1;
        b->page_break = 0;
    }
    docx_start(&b->x, "w:p");
    para_props(b, &p);
}

static void run_props(body *b, const run_fmt *f)
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
static void run(body *b, const run_fmt *f, const char *text, size_t len)
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
static void markup_runs(body *b, const char *markup, run_fmt base)
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
        run_fmt f = base;
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

static void text_runs(body *b, const char *text, int markup, run_fmt f)
{
    if (markup)
        markup_runs(b, text, f);
    else
        run(b, &f, text, strlen(text));
}

static const char *align(unsigned style)
{
    return style & YK_PARA_CENTRE ? "center" : style & YK_PARA_RIGHT ? "right"
           : style & YK_PARA_JUSTIFY ? "both" : NULL;
}

static void heading(body *b, const block *k)
{
    static const char *const ids[] = { "Heading1", "Heading2", "Heading3" };
    para p = PARA_DEFAULT;
    p.style = ids[k->level - 1];
    p.keep_next = 1;
    para_begin(b, p, 1);
    text_runs(b, k->text, 0, (run_fmt){ 0 });
    docx_end(&b->x);
}

static void paragraph(body *b, const block *k)
{
    para p = PARA_DEFAULT;
    p.jc = align(k->style);
    p.first_line = k->style & YK_PARA_INDENT ? INDENT : 0;
    p.keep_next = (k->style & YK_PARA_KEEP_NEXT) || keep_here(b, 1);
    para_begin(b, p, 1);
    run_fmt f = { .bold = (k->style & YK_PARA_BOLD) != 0,
                  .italic = (k->style & YK_PARA_ITALIC) != 0,
                  .size = k->style & YK_PARA_SMALL ? b->d->style.size - 2 : 0 };
    text_runs(b, k->text, (k->style & YK_PARA_MARKUP) != 0, f);
    docx_end(&b->x);
}

static void caption(body *b, const char *text, int keep_next)
{
    para p = PARA_DEFAULT;
    p.style = "Caption";
    p.keep_next = keep_next;
    para_begin(b, p, 1);
    text_runs(b, text, 0, (run_fmt){ 0 });
    docx_end(&b->x);
}

/* An empty paragraph of an exact height: vertical space. */
static void space(body *b, double points, int keep_next)
{
    if (points < 1)
        return;
    para p = { .keep_next = keep_next, .before = 0, .after = 0, .exact = points };
    para_begin(b, p, 1);
    docx_end(&b->x);
}

/* The page break before a table: a paragraph of its own (a table's cells
 * take no break before them). */
static void pending_break(body *b)
{
    if (!b->page_break)
        return;
    b->page_break = 0;
    para p = { .before = 0, .after = 0 };
    para_begin(b, p, 0);
    docx_start(&b->x, "w:r");
    docx_empty(&b->x, "w:br", "w:type", "page");
    docx_end(&b->x);
    docx_end(&b->x);
}

/* ---- tables ------------------------------------------------------------- */

static void width(docx_xml *x, const char *name, long twips)
{
    docx_start(x, name);
    docx_attr_int(x, "w:w", twips);
    docx_attr(x, "w:type", "dxa");
    docx_end(x);
}

static void cell_margins(docx_xml *x, double tb, double lr)
{
    static const char *const sides[] = { "w:top", "w:left", "w:bottom", "w:right" };
    docx_start(x, "w:tblCellMar");
    for (int i = 0; i < 4; i++)
        width(x, sides[i], docx_twips(i % 2 ? lr : tb));
    docx_end(x);
}

/* <w:tblPr> and <w:tblGrid>: fixed columns of the shares of the text
 * width, rounded so that they add up to it. */
static void table_start(body *b, const char *style, const double *shares, size_t ncols)
{
    docx_xml *x = &b->x;
    docx_start(x, "w:tbl");
    docx_start(x, "w:tblPr");
    if (style)
        docx_empty(x, "w:tblStyle", "w:val", style);
    width(x, "w:tblW", docx_twips(b->text_w));
    if (!style) {               /* the header's columns: no lines */
        static const char *const edges[] = { "w:top", "w:left", "w:bottom", "w:right",
                                             "w:insideH", "w:insideV" };
        docx_start(x, "w:tblBorders");
        for (int i = 0; i < 6; i++)
            docx_empty(x, edges[i], "w:val", "nil");
        docx_end(x);
    }
    docx_empty(x, "w:tblLayout", "w:type", "fixed");
    cell_margins(x, style ? CELL_PAD : 0, style ? CELL_PAD : 0);
    docx_end(x);
    docx_start(x, "w:tblGrid");
    double at = 0;
    long done = 0;
    for (size_t c = 0; c < ncols; c++) {
        at += shares[c];
        long edge = docx_twips(b->text_w * at);
        docx_empty_int(x, "w:gridCol", "w:w", edge - done);
        done = edge;
    }
    docx_end(x);
}

static void row_start(body *b, int header)
{
    docx_start(&b->x, "w:tr");
    docx_start(&b->x, "w:trPr");
    docx_empty(&b->x, "w:cantSplit", NULL, NULL);
    if (header)
        docx_empty(&b->x, "w:tblHeader", NULL, NULL);
    docx_end(&b->x);
}

static void cell_start(body *b, double w, int shaded)
{
    docx_start(&b->x, "w:tc");
    docx_start(&b->x, "w:tcPr");
    width(&b->x, "w:tcW", docx_twips(w));
    if (shaded) {               /* the PDF's light grey header */
        docx_start(&b->x, "w:shd");
        docx_attr(&b->x, "w:val", "clear");
        docx_attr(&b->x, "w:color", "auto");
        docx_attr(&b->x, "w:fill", "EBEBEB");
        docx_end(&b->x);
    }
    docx_end(&b->x);
}

static void table_row(body *b, const block *k, size_t r)
{
    row_start(b, r == 0);
    for (size_t c = 0; c < k->ncols; c++) {
        cell_start(b, b->text_w * k->shares[c], r == 0);
        para p = { .before = 0, .after = 0 };
        p.jc = r == 0 || k->right[c] == YK_DOC_CENTRE ? "center"
               : k->right[c] == YK_DOC_RIGHT ? "right" : "left";
        /* The header keeps with the first row; a group's rows together. */
        p.keep_next = r == 0 || keep_here(b, r == k->nrows);
        para_begin(b, p, 0);
        run_fmt f = { .bold = r == 0, .size = b->d->style.size - 2 };
        text_runs(b, k->cells[r * k->ncols + c], 0, f);
        docx_end(&b->x);
        docx_end(&b->x);
    }
    docx_end(&b->x);
}

static void table(body *b, const block *k)
{
    if (k->caption)
        caption(b, k->caption, 1);
    pending_break(b);
    table_start(b, "TableGrid", k->shares, k->ncols);
    for (size_t r = 0; r <= k->nrows; r++)
        table_row(b, k, r);
    docx_end(&b->x);
    space(b, 2 * DOCX_PARA_GAP, keep_here(b, 1));   /* the PDF's gap after a table */
}

/* ---- a header's columns ------------------------------------------------- */

/* The width of one line of markup at size, and its line count when
 * wrapped at w (0: not wrapped): measured with Pango as the PDF lays it. */
static double measure(body *b, const char *markup, double size, double w, int *lines)
{
    double x, y, lw, h;
    yk_chart_set_text(b->layout, b->d->font, "", size, 0, w);
    pango_layout_set_markup(b->layout, *markup ? markup : " ", -1);
    yk_chart_text_extent(b->layout, &x, &y, &lw, &h);
    if (lines)
        *lines = pango_layout_get_line_count(b->layout);
    return lw;
}

/* The size of a line shrunk (by half points, to 3/4 at most) until it
 * fits the column without wrapping, as the PDF's. */
static double fitted(body *b, const char *line, double w)
{
    double size0 = b->d->style.size, size = size0;
    int lines;
    measure(b, line, size, w, &lines);
    while (lines > 1 && size - 0.5 >= size0 * 0.75) {
        size -= 0.5;
        measure(b, line, size, w, &lines);
    }
    return size;
}

/* The rule under a line, half the line's width and under its middle: the
 * top border of an empty paragraph of the height the PDF leaves under its
 * rule, indented to the rule's ends (a border spans its paragraph). */
static void rule(body *b, const char *line, double size, unsigned align_style, double w,
                 int keep_next)
{
    double lw = fmin(measure(b, line, size, 0, NULL), w);
    double left = align_style & YK_PARA_CENTRE ? (w - lw / 2) / 2
                  : align_style & YK_PARA_RIGHT ? w - 3 * lw / 4 : lw / 4;
    para p = { .before = 2, .after = 0, .exact = 0.35 * b->d->style.size, .rule_top = 1,
               .ind_left = left, .ind_right = w - left - lw / 2, .keep_next = keep_next };
    para_begin(b, p, 0);
    docx_end(&b->x);
}

/* One side: a paragraph per line, in the side's alignment. */
static void side(body *b, const char *text, unsigned style, int rule_under, double w)
{
    unsigned align_style = style & (YK_PARA_CENTRE | YK_PARA_RIGHT);
    int n = 1;
    for (const char *s = text; s; n++) {
        const char *nl = strchr(s, '\n');
        char *line = strndup(s, nl ? (size_t)(nl - s) : strlen(s));
        if (!line) {
            b->st = YK_ERR_NOMEM;
            return;
        }
        double size = style & YK_PARA_FIT ? fitted(b, line, w) : b->d->style.size;
        para p = { .before = 0, .after = 0, .jc = align(align_style) };
        p.jc = p.jc ? p.jc : "left";
        p.keep_next = keep_here(b, !nl && n != rule_under);
        para_begin(b, p, 0);
        markup_runs(b, line, (run_fmt){ .size = size != b->d->style.size ? size : 0 });
        docx_end(&b->x);
        if (n == rule_under)
            rule(b, line, size, align_style, w, keep_here(b, !nl));
        free(line);
        s = nl ? nl + 1 : NULL;
    }
}

static void columns(body *b, const block *k)
{
    pending_break(b);
    double shares[2] = { k->share, 1 - k->share };
    table_start(b, NULL, shares, 2);
    row_start(b, 0);
    cell_start(b, b->text_w * shares[0], 0);
    side(b, k->text, k->style, k->rule1, b->text_w * shares[0]);
    docx_end(&b->x);
    cell_start(b, b->text_w * shares[1], 0);
    side(b, k->text2, k->style2, k->rule2, b->text_w * shares[1]);
    docx_end(&b->x);
    docx_end(&b->x);
    docx_end(&b->x);
    space(b, DOCX_PARA_GAP, keep_here(b, 1));
}

/* ---- charts ------------------------------------------------------------- */

static yk_status to_buf(void *ctx, const char *p, size_t n)
{
    return yk_buf_append(ctx, p, n);
}

/* The chart as a PNG at print resolution, kept for media/chartN.png. */
static yk_status chart_png(body *b, const yk_chart *c)
{
    if (b->ncharts == b->pngs_cap) {
        size_t cap = b->pngs_cap ? 2 * b->pngs_cap : 8;
        yk_buf *p = realloc(b->pngs, cap * sizeof *p);
        if (!p)
            return YK_ERR_NOMEM;
        b->pngs = p;
        b->pngs_cap = cap;
    }
    yk_buf *png = &b->pngs[b->ncharts];
    memset(png, 0, sizeof *png);
    yk_status st = yk_chart_render(c, YK_CHART_PNG, CHART_DPI, NULL, 0,
                                   (yk_output){ to_buf, png });
    if (st != YK_OK) {
        yk_buf_free(png);
        return st;
    }
    b->ncharts++;
    return YK_OK;
}

static void picture(body *b, size_t n, long cx, long cy, const char *descr)
{
    docx_xml *x = &b->x;
    char rid[32], name[32];
    snprintf(rid, sizeof rid, "rId%zu", DOCX_RID_CHART + n - 1);
    snprintf(name, sizeof name, "chart%zu.png", n);
    docx_start(x, "w:r");
    docx_start(x, "w:drawing");
    docx_start(x, "wp:inline");
    static const char *const dist[] = { "distT", "distB", "distL", "distR" };
    for (int i = 0; i < 4; i++)
        docx_attr(x, dist[i], "0");
    docx_start(x, "wp:extent");
    docx_attr_int(x, "cx", cx);
    docx_attr_int(x, "cy", cy);
    docx_end(x);
    docx_start(x, "wp:docPr");
    docx_attr_int(x, "id", (long)n);
    docx_attr(x, "name", name);
    if (descr)      /* what a screen reader says of the picture */
        docx_attr(x, "descr", descr);
    docx_end(x);
    docx_start(x, "wp:cNvGraphicFramePr");
    docx_empty(x, "a:graphicFrameLocks", "noChangeAspect", "1");
    docx_end(x);
    docx_start(x, "a:graphic");
    docx_start(x, "a:graphicData");
    docx_attr(x, "uri", "http://schemas.openxmlformats.org/drawingml/2006/picture");
    docx_start(x, "pic:pic");
    docx_start(x, "pic:nvPicPr");
    docx_start(x, "pic:cNvPr");
    docx_attr_int(x, "id", (long)n);
    docx_attr(x, "name", name);
    docx_end(x);
    docx_empty(x, "pic:cNvPicPr", NULL, NULL);
    docx_end(x);
    docx_start(x, "pic:blipFill");
    docx_empty(x, "a:blip", "r:embed", rid);
    docx_start(x, "a:stretch");
    docx_empty(x, "a:fillRect", NULL, NULL);
    docx_end(x);
    docx_end(x);
    docx_start(x, "pic:spPr");
    docx_start(x, "a:xfrm");
    docx_start(x, "a:off");
    docx_attr(x, "x", "0");
    docx_attr(x, "y", "0");
    docx_end(x);
    docx_start(x, "a:ext");
    docx_attr_int(x, "cx", cx);
    docx_attr_int(x, "cy", cy);
    docx_end(x);
    docx_end(x);
    docx_start(x, "a:prstGeom");
    docx_attr(x, "prst", "rect");
    docx_empty(x, "a:avLst", NULL, NULL);
    docx_end(x);
    docx_end(x);
    docx_end(x);                /* pic:pic */
    docx_end(x);
    docx_end(x);
    docx_end(x);                /* wp:inline */
    docx_end(x);
    docx_end(x);
}

/* The chart at the PDF's size: the text width, or less when that would be
 * taller than the page's text less four lines; its caption under it. */
static void chart(body *b, const block *k)
{
    yk_status st = chart_png(b, k->chart);
    if (st != YK_OK) {
        b->st = st;
        return;
    }
    const yk_doc_style *s = &b->d->style;
    double cw = yk_chart_width(k->chart), ch = yk_chart_height(k->chart);
    double content = s->page_h - s->top - s->bottom - 4 * s->size;
    double scale = fmin(b->text_w / cw, content / ch);
    para p = { .before = 0, .after = 2, .jc = "center",
               .keep_next = k->caption != NULL || keep_here(b, 1) };
    para_begin(b, p, 1);
    picture(b, b->ncharts, lround(cw * scale * EMU_PER_POINT),
            lround(ch * scale * EMU_PER_POINT), k->caption);
    docx_end(&b->x);
    if (k->caption)
        caption(b, k->caption, keep_here(b, 1));
}

/* ---- the body ----------------------------------------------------------- */

static void write_block(body *b, const block *k)
{
    switch (k->kind) {
    case B_HEADING: heading(b, k); break;
    case B_PARA: paragraph(b, k); break;
    case B_SPACE: space(b, k->space, keep_here(b, 1)); break;
    case B_BREAK: b->page_break = 1; break;
    case B_COLUMNS: columns(b, k); break;
    case B_TABLE: table(b, k); break;
    case B_CHART: chart(b, k); break;
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

static void section(body *b)
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

static yk_status document(body *b)
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
    pending_break(b);           /* a break at the very end */
    section(b);
    docx_end(x);
    docx_end(x);
    return b->st;
}

static yk_status body_open(body *b, const yk_doc *d)
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

static void body_close(body *b)
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
static yk_status package(docx_zip *z, body *b)
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
static yk_status zipped(body *b, yk_buf *bytes)
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
    body b;
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
