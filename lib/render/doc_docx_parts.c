/* ykien — the Word writer's fixed parts, and the XML and zip helpers
 * both halves use (doc_docx_impl.h). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <glib.h>
#include "doc_docx_impl.h"

#define NS_W "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
#define NS_R "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
#define NS_PKG_REL "http://schemas.openxmlformats.org/package/2006/relationships"
#define REL_TYPE NS_R "/"
#define CT_WML "application/vnd.openxmlformats-officedocument.wordprocessingml."

long docx_twips(double points)
{
    return lround(points * 20);
}

long docx_half_points(double points)
{
    return lround(points * 2);
}

/* ---- XML, through libxml2's writer ------------------------------------ */

yk_status docx_xml_open(docx_xml *x)
{
    memset(x, 0, sizeof *x);
    x->buf = xmlBufferCreate();
    x->w = x->buf ? xmlNewTextWriterMemory(x->buf, 0) : NULL;
    if (!x->w || xmlTextWriterStartDocument(x->w, NULL, "UTF-8", "yes") < 0) {
        docx_xml_close(x);
        return YK_ERR_NOMEM;
    }
    return YK_OK;
}

void docx_xml_close(docx_xml *x)
{
    if (x->w)
        xmlFreeTextWriter(x->w);
    if (x->buf)
        xmlBufferFree(x->buf);
    x->w = NULL;
    x->buf = NULL;
}

/* XML 1.0 holds no C0 control but tab and newlines, nor U+FFFE and
 * U+FFFF, and only valid UTF-8: text from data that breaks a rule is
 * mended, not refused.  A new string (free it); NULL when out of memory. */
static char *xml_text(const char *text, size_t len)
{
    gchar *valid = g_utf8_validate(text, (gssize)len, NULL) ? NULL
                   : g_utf8_make_valid(text, (gssize)len);
    const char *s = valid ? valid : text;
    size_t n = valid ? strlen(valid) : len;
    char *clean = malloc(n + 1);
    size_t k = 0;
    for (size_t i = 0; clean && i < n; i++) {
        const unsigned char *u = (const unsigned char *)s + i;
        if (i + 2 < n && u[0] == 0xEF && u[1] == 0xBF && (u[2] == 0xBE || u[2] == 0xBF))
            i += 2;
        else if (u[0] >= 0x20 || u[0] == '\t' || u[0] == '\n')
            clean[k++] = (char)u[0];
    }
    if (clean)
        clean[k] = '\0';
    g_free(valid);
    return clean;
}

static void check(docx_xml *x, int rc)
{
    if (rc < 0)
        x->failed = 1;
}

void docx_start(docx_xml *x, const char *name)
{
    check(x, xmlTextWriterStartElement(x->w, BAD_CAST name));
}

void docx_end(docx_xml *x)
{
    check(x, xmlTextWriterEndElement(x->w));
}

void docx_attr(docx_xml *x, const char *name, const char *value)
{
    char *clean = xml_text(value, strlen(value));
    if (!clean) {
        x->failed = 1;
        return;
    }
    check(x, xmlTextWriterWriteAttribute(x->w, BAD_CAST name, BAD_CAST clean));
    free(clean);
}

void docx_attr_int(docx_xml *x, const char *name, long value)
{
    char n[32];
    snprintf(n, sizeof n, "%ld", value);
    docx_attr(x, name, n);
}

void docx_empty(docx_xml *x, const char *name, const char *attr, const char *value)
{
    docx_start(x, name);
    if (attr)
        docx_attr(x, attr, value);
    docx_end(x);
}

void docx_empty_int(docx_xml *x, const char *name, const char *attr, long value)
{
    docx_start(x, name);
    docx_attr_int(x, attr, value);
    docx_end(x);
}

void docx_text(docx_xml *x, const char *text, size_t len)
{
    char *clean = xml_text(text, len);
    if (!clean) {
        x->failed = 1;
        return;
    }
    check(x, xmlTextWriterWriteString(x->w, BAD_CAST clean));
    free(clean);
}

/* ---- the zip ------------------------------------------------------------ */

yk_status docx_add_bytes(docx_zip *z, const char *name, const void *p, size_t n, int store)
{
    void *copy = malloc(n ? n : 1);
    if (!copy)
        return YK_ERR_NOMEM;
    memcpy(copy, p, n);
    zip_source_t *s = zip_source_buffer(z->zip, copy, n, 1);     /* libzip frees copy */
    if (!s) {
        free(copy);
        return YK_ERR_NOMEM;
    }
    zip_int64_t i = zip_file_add(z->zip, name, s, ZIP_FL_ENC_UTF_8);
    if (i < 0) {
        zip_source_free(s);
        return YK_ERR_NOMEM;
    }
    if (zip_file_set_mtime(z->zip, (zip_uint64_t)i, (time_t)z->date, 0) < 0 ||
        zip_set_file_compression(z->zip, (zip_uint64_t)i, store ? ZIP_CM_STORE
                                                                : ZIP_CM_DEFLATE, 0) < 0)
        return YK_ERR_NOMEM;
    return YK_OK;
}

yk_status docx_add_part(docx_zip *z, const char *name, docx_xml *x)
{
    if (!x->failed)
        check(x, xmlTextWriterEndDocument(x->w));
    if (!x->failed)
        check(x, xmlTextWriterFlush(x->w));
    yk_status st = x->failed ? YK_ERR_NOMEM
                   : docx_add_bytes(z, name, xmlBufferContent(x->buf),
                                    (size_t)xmlBufferLength(x->buf), 0);
    docx_xml_close(x);
    return st;
}

/* ---- the package's parts ------------------------------------------------ */

static void override(docx_xml *x, const char *part, const char *type)
{
    docx_start(x, "Override");
    docx_attr(x, "PartName", part);
    docx_attr(x, "ContentType", type);
    docx_end(x);
}

static void default_type(docx_xml *x, const char *ext, const char *type)
{
    docx_start(x, "Default");
    docx_attr(x, "Extension", ext);
    docx_attr(x, "ContentType", type);
    docx_end(x);
}

static yk_status content_types(docx_zip *z)
{
    docx_xml x;
    if (docx_xml_open(&x) != YK_OK)
        return YK_ERR_NOMEM;
    docx_start(&x, "Types");
    docx_attr(&x, "xmlns", "http://schemas.openxmlformats.org/package/2006/content-types");
    default_type(&x, "rels", "application/vnd.openxmlformats-package.relationships+xml");
    default_type(&x, "xml", "application/xml");
    default_type(&x, "png", "image/png");
    override(&x, "/word/document.xml", CT_WML "document.main+xml");
    override(&x, "/word/styles.xml", CT_WML "styles+xml");
    override(&x, "/word/settings.xml", CT_WML "settings+xml");
    override(&x, "/word/header1.xml", CT_WML "header+xml");
    override(&x, "/word/header2.xml", CT_WML "header+xml");
    override(&x, "/docProps/core.xml",
             "application/vnd.openxmlformats-package.core-properties+xml");
    override(&x, "/docProps/app.xml",
             "application/vnd.openxmlformats-officedocument.extended-properties+xml");
    docx_end(&x);
    return docx_add_part(z, "[Content_Types].xml", &x);
}

static void relationship(docx_xml *x, const char *id, const char *type, const char *target)
{
    docx_start(x, "Relationship");
    docx_attr(x, "Id", id);
    docx_attr(x, "Type", type);
    docx_attr(x, "Target", target);
    docx_end(x);
}

static yk_status package_rels(docx_zip *z)
{
    docx_xml x;
    if (docx_xml_open(&x) != YK_OK)
        return YK_ERR_NOMEM;
    docx_start(&x, "Relationships");
    docx_attr(&x, "xmlns", NS_PKG_REL);
    relationship(&x, "rId1", REL_TYPE "officeDocument", "word/document.xml");
    relationship(&x, "rId2",
                 "http://schemas.openxmlformats.org/package/2006/relationships/metadata/"
                 "core-properties", "docProps/core.xml");
    relationship(&x, "rId3", REL_TYPE "extended-properties", "docProps/app.xml");
    docx_end(&x);
    return docx_add_part(z, "_rels/.rels", &x);
}

static yk_status document_rels(docx_zip *z, size_t ncharts)
{
    docx_xml x;
    if (docx_xml_open(&x) != YK_OK)
        return YK_ERR_NOMEM;
    docx_start(&x, "Relationships");
    docx_attr(&x, "xmlns", NS_PKG_REL);
    relationship(&x, "rId1", REL_TYPE "styles", "styles.xml");
    relationship(&x, "rId2", REL_TYPE "settings", "settings.xml");
    relationship(&x, "rId3", REL_TYPE "header", "header1.xml");
    relationship(&x, "rId4", REL_TYPE "header", "header2.xml");
    for (size_t i = 0; i < ncharts; i++) {
        char id[32], target[48];
        snprintf(id, sizeof id, "rId%zu", DOCX_RID_CHART + i);
        snprintf(target, sizeof target, "media/chart%zu.png", i + 1);
        relationship(&x, id, REL_TYPE "image", target);
    }
    docx_end(&x);
    return docx_add_part(z, "word/_rels/document.xml.rels", &x);
}

static void iso_date(long long date, char *buf, size_t size)
{
    time_t t = (time_t)date;
    struct tm tm;
    if (!gmtime_r(&t, &tm) || !strftime(buf, size, "%Y-%m-%dT%H:%M:%SZ", &tm))
        snprintf(buf, size, "1970-01-01T00:00:00Z");
}

static void element_text(docx_xml *x, const char *name, const char *text)
{
    if (!text)
        return;
    docx_start(x, name);
    docx_text(x, text, strlen(text));
    docx_end(x);
}

static yk_status core_props(docx_zip *z, const yk_doc *d)
{
    docx_xml x;
    char when[32];
    if (docx_xml_open(&x) != YK_OK)
        return YK_ERR_NOMEM;
    iso_date(d->style.date, when, sizeof when);
    docx_start(&x, "cp:coreProperties");
    docx_attr(&x, "xmlns:cp",
              "http://schemas.openxmlformats.org/package/2006/metadata/core-properties");
    docx_attr(&x, "xmlns:dc", "http://purl.org/dc/elements/1.1/");
    docx_attr(&x, "xmlns:dcterms", "http://purl.org/dc/terms/");
    docx_attr(&x, "xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance");
    element_text(&x, "dc:title", d->title);
    element_text(&x, "dc:subject", d->subject);
    element_text(&x, "dc:creator", d->author);
    element_text(&x, "cp:keywords", d->keywords);
    for (int i = 0; i < 2; i++) {
        docx_start(&x, i ? "dcterms:modified" : "dcterms:created");
        docx_attr(&x, "xsi:type", "dcterms:W3CDTF");
        docx_text(&x, when, strlen(when));
        docx_end(&x);
    }
    docx_end(&x);
    return docx_add_part(z, "docProps/core.xml", &x);
}

static yk_status app_props(docx_zip *z)
{
    docx_xml x;
    if (docx_xml_open(&x) != YK_OK)
        return YK_ERR_NOMEM;
    docx_start(&x, "Properties");
    docx_attr(&x, "xmlns",
              "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties");
#ifdef YK_VERSION   /* the program is named here, never in the document's text */
    element_text(&x, "Application", "ykien " YK_VERSION);
#else
    element_text(&x, "Application", "ykien");
#endif
    docx_end(&x);
    return docx_add_part(z, "docProps/app.xml", &x);
}

/* ---- styles ------------------------------------------------------------- */

/* <w:rPr> of a style: the font, bold, italic, size (0: inherited). */
static void style_run(docx_xml *x, const char *font, int bold, int italic, double size)
{
    docx_start(x, "w:rPr");
    if (font) {
        docx_start(x, "w:rFonts");
        docx_attr(x, "w:ascii", font);
        docx_attr(x, "w:hAnsi", font);
        docx_attr(x, "w:eastAsia", font);
        docx_attr(x, "w:cs", font);
        docx_end(x);
    }
    if (bold) {
        docx_empty(x, "w:b", NULL, NULL);
        docx_empty(x, "w:bCs", NULL, NULL);
    }
    if (italic) {
        docx_empty(x, "w:i", NULL, NULL);
        docx_empty(x, "w:iCs", NULL, NULL);
    }
    if (size > 0) {
        docx_empty_int(x, "w:sz", "w:val", docx_half_points(size));
        docx_empty_int(x, "w:szCs", "w:val", docx_half_points(size));
    }
    docx_end(x);
}

static void spacing(docx_xml *x, double before, double after)
{
    docx_start(x, "w:spacing");
    docx_attr_int(x, "w:before", docx_twips(before));
    docx_attr_int(x, "w:after", docx_twips(after));
    docx_end(x);
}

/* A style's start; is_default: the type's default style. */
static void style_begin(docx_xml *x, const char *type, const char *id, const char *name,
                        int is_default)
{
    docx_start(x, "w:style");
    docx_attr(x, "w:type", type);
    if (is_default)
        docx_attr(x, "w:default", "1");
    docx_attr(x, "w:styleId", id);
    docx_empty(x, "w:name", "w:val", name);
}

/* Word's built-in ids and names ("heading 1", "caption"): an office's
 * template, applied over the document, restyles them. */
static void heading_style(docx_xml *x, const yk_doc *d, int level)
{
    char id[16], name[16];
    snprintf(id, sizeof id, "Heading%d", level);
    snprintf(name, sizeof name, "heading %d", level);
    style_begin(x, "paragraph", id, name, 0);
    docx_empty(x, "w:basedOn", "w:val", "Normal");
    docx_empty(x, "w:next", "w:val", "Normal");
    docx_empty_int(x, "w:uiPriority", "w:val", 9);
    docx_empty(x, "w:qFormat", NULL, NULL);
    docx_start(x, "w:pPr");
    docx_empty(x, "w:keepNext", NULL, NULL);
    docx_empty(x, "w:keepLines", NULL, NULL);
    spacing(x, 6, DOCX_PARA_GAP);
    docx_empty_int(x, "w:outlineLvl", "w:val", level - 1);
    docx_end(x);
    style_run(x, NULL, 1, level == 3, d->style.size + (level == 1 ? 1 : 0));
    docx_end(x);
}

static void normal_style(docx_xml *x, const yk_doc *d)
{
    style_begin(x, "paragraph", "Normal", "Normal", 1);
    docx_empty(x, "w:qFormat", NULL, NULL);
    docx_start(x, "w:pPr");
    spacing(x, 0, DOCX_PARA_GAP);
    docx_end(x);
    style_run(x, d->font, 0, 0, d->style.size);
    docx_end(x);
}

static void caption_style(docx_xml *x, const yk_doc *d)
{
    style_begin(x, "paragraph", "Caption", "caption", 0);
    docx_empty(x, "w:basedOn", "w:val", "Normal");
    docx_empty(x, "w:next", "w:val", "Normal");
    docx_empty_int(x, "w:uiPriority", "w:val", 35);
    docx_empty(x, "w:qFormat", NULL, NULL);
    docx_start(x, "w:pPr");
    spacing(x, 2, DOCX_PARA_GAP);
    docx_empty(x, "w:jc", "w:val", "center");
    docx_end(x);
    style_run(x, NULL, 0, 1, d->style.size - 2);
    docx_end(x);
}

static void border(docx_xml *x, const char *side, const char *val, int eighths)
{
    docx_start(x, side);
    docx_attr(x, "w:val", val);
    docx_attr_int(x, "w:sz", eighths);
    docx_attr(x, "w:space", "0");
    docx_attr(x, "w:color", "000000");
    docx_end(x);
}

static void table_styles(docx_xml *x)
{
    style_begin(x, "table", "TableNormal", "Normal Table", 1);
    docx_empty_int(x, "w:uiPriority", "w:val", 99);
    docx_empty(x, "w:semiHidden", NULL, NULL);
    docx_start(x, "w:tblPr");
    docx_start(x, "w:tblInd");
    docx_attr(x, "w:w", "0");
    docx_attr(x, "w:type", "dxa");
    docx_end(x);
    docx_start(x, "w:tblCellMar");
    static const char *const sides[] = { "w:top", "w:left", "w:bottom", "w:right" };
    for (int i = 0; i < 4; i++) {
        docx_start(x, sides[i]);
        docx_attr_int(x, "w:w", i % 2 ? 108 : 0);
        docx_attr(x, "w:type", "dxa");
        docx_end(x);
    }
    docx_end(x);
    docx_end(x);
    docx_end(x);
    /* The PDF's frame: single lines of half a point (4 eighths). */
    style_begin(x, "table", "TableGrid", "Table Grid", 0);
    docx_empty(x, "w:basedOn", "w:val", "TableNormal");
    docx_empty_int(x, "w:uiPriority", "w:val", 39);
    docx_start(x, "w:pPr");
    spacing(x, 0, 0);
    docx_end(x);
    docx_start(x, "w:tblPr");
    docx_start(x, "w:tblBorders");
    static const char *const edges[] = { "w:top", "w:left", "w:bottom", "w:right",
                                         "w:insideH", "w:insideV" };
    for (int i = 0; i < 6; i++)
        border(x, edges[i], "single", 4);
    docx_end(x);
    docx_end(x);
    docx_end(x);
}

static yk_status styles(docx_zip *z, const yk_doc *d)
{
    docx_xml x;
    if (docx_xml_open(&x) != YK_OK)
        return YK_ERR_NOMEM;
    docx_start(&x, "w:styles");
    docx_attr(&x, "xmlns:w", NS_W);
    docx_start(&x, "w:docDefaults");
    docx_start(&x, "w:rPrDefault");
    style_run(&x, d->font, 0, 0, d->style.size);
    docx_end(&x);
    docx_start(&x, "w:pPrDefault");
    docx_start(&x, "w:pPr");
    spacing(&x, 0, DOCX_PARA_GAP);
    docx_end(&x);
    docx_end(&x);
    docx_end(&x);
    normal_style(&x, d);
    for (int level = 1; level <= 3; level++)
        heading_style(&x, d, level);
    caption_style(&x, d);
    style_begin(&x, "character", "DefaultParagraphFont", "Default Paragraph Font", 1);
    docx_empty_int(&x, "w:uiPriority", "w:val", 1);
    docx_empty(&x, "w:semiHidden", NULL, NULL);
    docx_end(&x);
    table_styles(&x);
    docx_end(&x);
    return docx_add_part(z, "word/styles.xml", &x);
}

static yk_status settings(docx_zip *z)
{
    docx_xml x;
    if (docx_xml_open(&x) != YK_OK)
        return YK_ERR_NOMEM;
    docx_start(&x, "w:settings");
    docx_attr(&x, "xmlns:w", NS_W);
    docx_empty_int(&x, "w:zoom", "w:percent", 100);
    docx_empty_int(&x, "w:defaultTabStop", "w:val", 720);
    docx_empty(&x, "w:characterSpacingControl", "w:val", "doNotCompress");
    docx_start(&x, "w:compat");
    docx_start(&x, "w:compatSetting");
    docx_attr(&x, "w:name", "compatibilityMode");
    docx_attr(&x, "w:uri", "http://schemas.microsoft.com/office/word");
    docx_attr(&x, "w:val", "15");
    docx_end(&x);
    docx_end(&x);
    docx_end(&x);
    return docx_add_part(z, "word/settings.xml", &x);
}

/* header1: the first page's, empty; header2: the page number, centred,
 * a point smaller than the text as the PDF's. */
static yk_status header(docx_zip *z, const yk_doc *d, int numbered)
{
    docx_xml x;
    if (docx_xml_open(&x) != YK_OK)
        return YK_ERR_NOMEM;
    docx_start(&x, "w:hdr");
    docx_attr(&x, "xmlns:w", NS_W);
    docx_start(&x, "w:p");
    docx_start(&x, "w:pPr");
    spacing(&x, 0, 0);
    docx_empty(&x, "w:jc", "w:val", "center");
    docx_end(&x);
    static const char *const field[] = { "begin", NULL, "separate", "1", "end" };
    for (int i = 0; numbered && i < 5; i++) {
        docx_start(&x, "w:r");
        style_run(&x, NULL, 0, 0, d->style.size - 1);
        if (i == 1) {
            docx_start(&x, "w:instrText");
            docx_attr(&x, "xml:space", "preserve");
            docx_text(&x, " PAGE ", 6);
            docx_end(&x);
        } else if (i == 3) {
            element_text(&x, "w:t", field[i]);
        } else {
            docx_empty(&x, "w:fldChar", "w:fldCharType", field[i]);
        }
        docx_end(&x);
    }
    docx_end(&x);
    docx_end(&x);
    return docx_add_part(z, numbered ? "word/header2.xml" : "word/header1.xml", &x);
}

yk_status docx_fixed_parts(docx_zip *z, const yk_doc *d, size_t ncharts)
{
    yk_status st = content_types(z);
    if (st == YK_OK)
        st = package_rels(z);
    if (st == YK_OK)
        st = core_props(z, d);
    if (st == YK_OK)
        st = app_props(z);
    if (st == YK_OK)
        st = styles(z, d);
    if (st == YK_OK)
        st = settings(z);
    if (st == YK_OK)
        st = header(z, d, 0);
    if (st == YK_OK)
        st = header(z, d, 1);
    if (st == YK_OK)
        st = document_rels(z, ncharts);
    return st;
}
