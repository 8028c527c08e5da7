/* ykien — the Word writer's two halves: doc_docx_parts.c (the XML writer
 * and zip helpers, and the fixed parts: content types, relationships,
 * styles, settings, headers, document properties) and doc_docx.c (the
 * body: word/document.xml from the block list, and the charts' pictures).
 * Private to lib/render's document files. */
#ifndef YK_DOC_DOCX_IMPL_H
#define YK_DOC_DOCX_IMPL_H

#include <stddef.h>
#include <libxml/xmlwriter.h>
#include <zip.h>
#include "doc_impl.h"

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

#endif
