/* ykien — the Word writer's tables: a table of figures as a Word table
 * (Table Grid, a header row repeated on every page, rows never split),
 * and a document header's two columns as a borderless one. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "chart_impl.h"
#include "doc_docx_impl.h"

#define CELL_PAD 3.0            /* points around a table cell's text, as the PDF */

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
static void table_start(docx_body *b, const char *style, const double *shares, size_t ncols)
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

static void row_start(docx_body *b, int header)
{
    docx_start(&b->x, "w:tr");
    docx_start(&b->x, "w:trPr");
    docx_empty(&b->x, "w:cantSplit", NULL, NULL);
    if (header)
        docx_empty(&b->x, "w:tblHeader", NULL, NULL);
    docx_end(&b->x);
}

static void cell_start(docx_body *b, double w, int shaded)
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

static void table_row(docx_body *b, const block *k, size_t r)
{
    row_start(b, r == 0);
    for (size_t c = 0; c < k->ncols; c++) {
        cell_start(b, b->text_w * k->shares[c], r == 0);
        docx_para p = { .before = 0, .after = 0 };
        p.jc = r == 0 || k->right[c] == YK_DOC_CENTRE ? "center"
               : k->right[c] == YK_DOC_RIGHT ? "right" : "left";
        /* The header keeps with the first row; a group's rows together. */
        p.keep_next = r == 0 || docx_keep_here(b, r == k->nrows);
        docx_para_begin(b, p, 0);
        docx_run_fmt f = { .bold = r == 0, .size = b->d->style.size - 2 };
        docx_text_runs(b, k->cells[r * k->ncols + c], 0, f);
        docx_end(&b->x);
        docx_end(&b->x);
    }
    docx_end(&b->x);
}

void docx_table(docx_body *b, const block *k)
{
    if (k->caption)
        docx_caption(b, k->caption, 1);
    docx_pending_break(b);
    table_start(b, "TableGrid", k->shares, k->ncols);
    for (size_t r = 0; r <= k->nrows; r++)
        table_row(b, k, r);
    docx_end(&b->x);
    docx_space(b, 2 * DOCX_PARA_GAP, docx_keep_here(b, 1));   /* the PDF's gap after a table */
}

/* ---- a header's columns ------------------------------------------------- */

/* The width of one line of markup at size, and its line count when
 * wrapped at w (0: not wrapped): measured with Pango as the PDF lays it. */
static double measure(docx_body *b, const char *markup, double size, double w, int *lines)
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
static double fitted(docx_body *b, const char *line, double w)
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
static void rule(docx_body *b, const char *line, double size, unsigned align_style, double w,
                 int keep_next)
{
    double lw = fmin(measure(b, line, size, 0, NULL), w);
    double left = align_style & YK_PARA_CENTRE ? (w - lw / 2) / 2
                  : align_style & YK_PARA_RIGHT ? w - 3 * lw / 4 : lw / 4;
    docx_para p = { .before = 2, .after = 0, .exact = 0.35 * b->d->style.size, .rule_top = 1,
               .ind_left = left, .ind_right = w - left - lw / 2, .keep_next = keep_next };
    docx_para_begin(b, p, 0);
    docx_end(&b->x);
}

/* One side: a paragraph per line, in the side's alignment. */
static void side(docx_body *b, const char *text, unsigned style, int rule_under, double w)
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
        docx_para p = { .before = 0, .after = 0, .jc = docx_align(align_style) };
        p.jc = p.jc ? p.jc : "left";
        p.keep_next = docx_keep_here(b, !nl && n != rule_under);
        docx_para_begin(b, p, 0);
        docx_markup_runs(b, line, (docx_run_fmt){ .size = size != b->d->style.size ? size : 0 });
        docx_end(&b->x);
        if (n == rule_under)
            rule(b, line, size, align_style, w, docx_keep_here(b, !nl));
        free(line);
        s = nl ? nl + 1 : NULL;
    }
}

void docx_columns(docx_body *b, const block *k)
{
    docx_pending_break(b);
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
    docx_space(b, DOCX_PARA_GAP, docx_keep_here(b, 1));
}

