/* ykien — the Word writer's parts: doc_docx_parts.c (the XML writer and
 * zip helpers, and the fixed parts: content types, relationships, styles,
 * settings, headers, document properties); doc_docx.c (the body,
 * word/document.xml from the block list: paragraphs and runs, the
 * package); doc_docx_table.c (tables, and a header's side-by-side
 * columns); doc_docx_chart.c (charts as pictures).  Private to
 * lib/render's document files. */
#ifndef YK_DOC_DOCX_IMPL_H
#define YK_DOC_DOCX_IMPL_H

#include <stddef.h>
#include <libxml/xmlwriter.h>
#include <pango/pango.h>
#include <zip.h>
#include "doc_impl.h"
#include "yk_buf.h"

/* One XML part being written with libxml2's xmlTextWriter.  A call that
 * fails sets failed; the part is checked once, when it is added. */
typedef struct {
    xmlBufferPtr buf;
    xmlTextWriterPtr w;
    int failed;
} docx_xml;

/* Start a part (the XML declaration written); YK_ERR_NOMEM. */
yk_status docx_xml_open(docx_xml *x);
void docx_xml_close(docx_xml *x);
void docx_start(docx_xml *x, const char *name);
void docx_end(docx_xml *x);
/* An attribute; like docx_text, bytes XML cannot hold are dropped. */
void docx_attr(docx_xml *x, const char *name, const char *value);
void docx_attr_int(docx_xml *x, const char *name, long value);
/* An empty element <name attr="value"/> (attr NULL: none). */
void docx_empty(docx_xml *x, const char *name, const char *attr, const char *value);
void docx_empty_int(docx_xml *x, const char *name, const char *attr, long value);
/* Character data, escaped by the writer; bytes XML cannot hold dropped. */
void docx_text(docx_xml *x, const char *text, size_t len);

/* The package being built in memory. */
typedef struct {
    zip_source_t *src;
    zip_t *zip;
    long long date;             /* every entry's time: the same bytes each run */
} docx_zip;

/* End the part and add it to the zip as name; the part is closed. */
yk_status docx_add_part(docx_zip *z, const char *name, docx_xml *x);
/* Add bytes (copied) as name; store: not compressed again (a PNG). */
yk_status docx_add_bytes(docx_zip *z, const char *name, const void *p, size_t n, int store);

/* The parts around the body: [Content_Types].xml, _rels/.rels, docProps,
 * word/styles.xml, word/settings.xml, the headers, and
 * word/_rels/document.xml.rels naming nchart pictures media/chartN.png
 * as rId(DOCX_RID_CHART + N - 1). */
enum { DOCX_RID_CHART = 10 };
yk_status docx_fixed_parts(docx_zip *z, const yk_doc *d, size_t ncharts);

/* The sizes both parts agree on. */
#define DOCX_PARA_GAP 6.0       /* points after a paragraph, as the PDF */
long docx_twips(double points);
long docx_half_points(double points);

/* ---- the body (doc_docx.c, doc_docx_table.c, doc_docx_chart.c) ---------- */

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
} docx_body;

typedef struct {
    const char *style;          /* a style id; NULL: Normal */
    int keep_next;
    double before, after;       /* points; < 0: the style's */
    double exact;               /* an exact line height, points; 0: the text's */
    double ind_left, ind_right, first_line;
    const char *jc;             /* NULL: the style's */
    int rule_top;               /* a rule along the top: a header's rule */
    int page_break;
} docx_para;

typedef struct {
    int bold, italic, underline;
    double size;                /* points; 0: the style's */
} docx_run_fmt;


#define DOCX_PARA_DEFAULT ((docx_para){ .before = -1, .after = -1 })

/* The paragraphs of a block in a keep group keep with the next, all but
 * the group's very last (last_of_block: the block's last paragraph). */
int docx_keep_here(const docx_body *b, int last_of_block);
/* Start a paragraph (<w:p> and its properties; the caller ends it); a
 * page break waiting is taken by the next top-level one. */
void docx_para_begin(docx_body *b, docx_para p, int top_level);
/* Runs of text: markup read with Pango's parser, or plain text. */
void docx_markup_runs(docx_body *b, const char *markup, docx_run_fmt base);
void docx_text_runs(docx_body *b, const char *text, int markup, docx_run_fmt f);
/* w:jc of YK_PARA_CENTRE, _RIGHT, _JUSTIFY; NULL: left. */
const char *docx_align(unsigned style);
void docx_caption(docx_body *b, const char *text, int keep_next);
/* An empty paragraph of an exact height: vertical space. */
void docx_space(docx_body *b, double points, int keep_next);
/* A page break waiting, as a paragraph of its own (before a table). */
void docx_pending_break(docx_body *b);

void docx_table(docx_body *b, const block *k);
void docx_columns(docx_body *b, const block *k);
/* The chart's PNG kept for media/chartN.png; a failure in b->st. */
void docx_chart(docx_body *b, const block *k);

#endif
