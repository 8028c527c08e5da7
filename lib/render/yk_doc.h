/* ykien — documents: a flow of blocks (headings, paragraphs, tables,
 * charts, side-by-side columns) described once and written two ways: laid
 * out on A4 pages with Pango and written as PDF with Cairo
 * (yk_doc_render), or as a Word document (WordprocessingML, .docx) an
 * office edits and signs (yk_doc_render_docx).
 *
 * Blocks are added in reading order and copied.  The PDF is laid out page
 * by page (a paragraph breaks between lines, a table between rows with its
 * header row repeated, a heading stays with what follows, a group is kept
 * on one page when it fits one, a chart is scaled to the text width) with
 * an outline of the headings, page numbers and metadata.  The DOCX says
 * the same to Word: styles Heading 1-3, Caption and Normal, tables with a
 * repeated header row, charts as PNG at print resolution, keep-with-next,
 * page numbers in the header from page numbers_from on.
 *
 * Text may carry Pango markup where a block says so: <b>, <i>, <u> and
 * <span size="11pt"> are what both writers render (the DOCX writer reads
 * the markup with Pango's own parser).  Escape what comes from data with
 * yk_doc_escape. */
#ifndef YK_DOC_H
#define YK_DOC_H

#include <stddef.h>
#include "yk_chart.h"
#include "yk_output.h"
#include "yk_status.h"

typedef struct {
    double page_w, page_h;              /* points */
    double top, bottom, left, right;    /* margins, points */
    const char *font;                   /* body font family */
    double size;                        /* body size, points */
    int numbers_from;                   /* the first page numbered (1-based) */
    const char *title, *author, *subject, *keywords;   /* PDF metadata; may be NULL */
    long long date;                     /* seconds since 1970: the PDF's date */
} yk_doc_style;

enum {
    YK_PARA_JUSTIFY = 1,
    YK_PARA_CENTRE = 2,
    YK_PARA_RIGHT = 4,
    YK_PARA_MARKUP = 8,         /* the text is Pango markup */
    YK_PARA_BOLD = 16,
    YK_PARA_ITALIC = 32,
    YK_PARA_INDENT = 64,        /* the first line indented */
    YK_PARA_SMALL = 128,        /* 2 points smaller (captions, notes) */
    YK_PARA_KEEP_NEXT = 256,    /* on the same page as the next block */
    YK_PARA_FIT = 512,          /* each line shrunk (to 3/4 of the size at
                                   most) rather than wrapped: a header's name */
};

typedef struct yk_doc yk_doc;

yk_status yk_doc_new(const yk_doc_style *style, yk_doc **out);
void yk_doc_free(yk_doc *d);

/* A heading of level 1 to 3, numbered by the caller; an outline entry. */
yk_status yk_doc_heading(yk_doc *d, int level, const char *text);
yk_status yk_doc_paragraph(yk_doc *d, const char *text, unsigned style);
/* Vertical space, in points. */
yk_status yk_doc_space(yk_doc *d, double points);
yk_status yk_doc_page_break(yk_doc *d);

/* One side of a columns block: markup lines separated by '\n'; style:
 * YK_PARA_CENTRE, YK_PARA_RIGHT or left (0), with YK_PARA_FIT;
 * rule_under: the 1-based line under which a short rule is drawn, half
 * that line's width, with room below it so it never touches the next
 * line's accents (0: none). */
typedef struct {
    const char *text;
    unsigned style;
    int rule_under;
} yk_doc_side;

/* Two columns side by side, never split across pages: an official
 * document's header (the issuing body on one side, the union's name and
 * the date on the other) or its end (recipients left, the signature block
 * right).  left_share: the left column's part of the text width. */
yk_status yk_doc_sides(yk_doc *d, const yk_doc_side *left, const yk_doc_side *right,
                       double left_share);

/* yk_doc_sides with both sides centred and fitted: the header. */
yk_status yk_doc_columns(yk_doc *d, const char *left, const char *right, double left_share,
                         int rule_under_left, int rule_under_right);

/* The blocks added between yk_doc_keep_begin and yk_doc_keep_end are put
 * on one page when they fit on one (a question and its answer boxes, a
 * heading and its chart); a group taller than a page flows as usual.
 * Groups do not nest: a begin inside a group is YK_ERR_ARGUMENT. */
yk_status yk_doc_keep_begin(yk_doc *d);
yk_status yk_doc_keep_end(yk_doc *d);

/* A table: ncols columns of the given shares of the text width (NULL:
 * equal), header cells then nrows rows of cells, row by row (plain text);
 * right[c] aligns column c: YK_DOC_LEFT (0), YK_DOC_RIGHT (1, numbers) or
 * YK_DOC_CENTRE (2, boxes to mark).  The caption (may be NULL) goes above
 * it.  The header row is repeated on every page the table runs onto. */
enum { YK_DOC_LEFT = 0, YK_DOC_RIGHT = 1, YK_DOC_CENTRE = 2 };
yk_status yk_doc_table(yk_doc *d, const char *caption, size_t ncols, const double *shares,
                       const int *right, const char *const *header, const char *const *cells,
                       size_t nrows);

/* A chart, scaled to the text width (and down to the page's height if it
 * must), the caption below it.  The document takes the chart, and frees it. */
yk_status yk_doc_chart(yk_doc *d, yk_chart *chart, const char *caption);

/* Lay out and write the PDF; *pages (may be NULL) gets the page count. */
yk_status yk_doc_render(yk_doc *d, yk_output out, int *pages);

/* Write the document as a Word document (.docx): the same blocks, fonts,
 * A4 page and margins as the PDF; Word lays out the pages. */
yk_status yk_doc_render_docx(yk_doc *d, yk_output out);

/* text with &, < and > escaped for markup, in a new string (free it);
 * NULL when out of memory. */
char *yk_doc_escape(const char *text);

#endif
