/* ykien — documents: a flow of blocks (headings, paragraphs, tables,
 * charts) laid out on A4 pages with Pango and written as PDF with Cairo.
 *
 * Blocks are added in reading order and copied; yk_doc_render lays them
 * out page by page (a paragraph breaks between lines, a table between
 * rows with its header row repeated, a heading stays with what follows,
 * a chart is scaled to the text width) and writes the PDF with an outline
 * of the headings, page numbers and metadata.  Text may carry Pango
 * markup (<b>, <i>) where a block says so: escape what comes from data
 * with yk_doc_escape. */
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

/* Two columns side by side, each of lines separated by '\n' and centred
 * in its column (an official document's header: the issuing body on one
 * side, the union's name and the date on the other).  Each side's text
 * is markup; rule_under_left/right: the 1-based line of that side under
 * which a short rule is drawn (0: none).  left_share: the left column's
 * part of the text width. */
yk_status yk_doc_columns(yk_doc *d, const char *left, const char *right, double left_share,
                         int rule_under_left, int rule_under_right);

/* A table: ncols columns of the given shares of the text width (NULL:
 * equal), header cells then nrows rows of cells, row by row (plain text);
 * right[c] nonzero right-aligns column c (numbers).  The caption goes
 * above it. */
yk_status yk_doc_table(yk_doc *d, const char *caption, size_t ncols, const double *shares,
                       const int *right, const char *const *header, const char *const *cells,
                       size_t nrows);

/* A chart, scaled to the text width (and down to the page's height if it
 * must), the caption below it.  The document takes the chart, and frees it. */
yk_status yk_doc_chart(yk_doc *d, yk_chart *chart, const char *caption);

/* Lay out and write the PDF; *pages (may be NULL) gets the page count. */
yk_status yk_doc_render(yk_doc *d, yk_output out, int *pages);

/* text with &, < and > escaped for markup, in a new string (free it);
 * NULL when out of memory. */
char *yk_doc_escape(const char *text);

#endif
