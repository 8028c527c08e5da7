/* Documents as Word files: every block kind written, the package holds
 * the parts Word needs, every XML part parses (expat, a parser other than
 * the writer's), the facts Word reads are in document.xml, and the same
 * document gives the same bytes. */
#include <check.h>
#include <expat.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zip.h>
#include "suites.h"
#include "yk_buf.h"
#include "yk_doc.h"

#define MM 2.834645669

static yk_status to_buf(void *ctx, const char *p, size_t n)
{
    return yk_buf_append(ctx, p, n);
}

static yk_status refuse(void *ctx, const char *p, size_t n)
{
    (void)p;
    *(size_t *)ctx += n;
    return YK_ERR_IO;
}

static yk_doc *a4(void)
{
    yk_doc_style s = { 210 * MM, 297 * MM, 20 * MM, 20 * MM, 30 * MM, 15 * MM,
                       "Liberation Serif", 13, 2, "Báo cáo", "Tỉnh đoàn", "Khảo sát", NULL,
                       1409875200 };
    yk_doc *d;
    ck_assert_int_eq(yk_doc_new(&s, &d), YK_OK);
    return d;
}

/* A chart of 400 x 200 points: a bar and its label. */
static yk_chart *chart(void)
{
    yk_chart *c;
    ck_assert_int_eq(yk_chart_new(400, 200, "Liberation Sans", &c), YK_OK);
    ck_assert_int_eq(yk_chart_rect(c, "bar", 20, 20, 300, 40, (yk_rgb){ 0, 114, 178 }), YK_OK);
    ck_assert_int_eq(yk_chart_text(c, "label", "Đoàn viên", 20, 80, 12, 0, 0,
                                   (yk_rgb){ 0, 0, 0 }, NULL), YK_OK);
    return c;
}

/* Every block kind once. */
static yk_doc *every_block(void)
{
    yk_doc *d = a4();
    yk_doc_side left = { "<b>BCH ĐOÀN TỈNH KIÊN GIANG</b>\nSố: 125-BC/TĐTN",
                         YK_PARA_CENTRE | YK_PARA_FIT, 1 };
    yk_doc_side right = { "<b>ĐOÀN TNCS HỒ CHÍ MINH</b>\n<i>Kiên Giang, ngày 05</i>",
                          YK_PARA_RIGHT, 0 };
    ck_assert_int_eq(yk_doc_sides(d, &left, &right, 0.45), YK_OK);
    ck_assert_int_eq(yk_doc_heading(d, 1, "I. TÓM TẮT"), YK_OK);
    const char *markup = "<b>Đậm</b> <i>nghiêng</i> <span size=\"11pt\">nhỏ</span>";
    ck_assert_int_eq(yk_doc_paragraph(d, markup, YK_PARA_MARKUP | YK_PARA_JUSTIFY), YK_OK);
    ck_assert_int_eq(yk_doc_paragraph(d, "Đoàn viên: A & B < C > D\ndòng hai",
                                      YK_PARA_INDENT), YK_OK);
    ck_assert_int_eq(yk_doc_space(d, 12), YK_OK);
    ck_assert_int_eq(yk_doc_keep_begin(d), YK_OK);
    ck_assert_int_eq(yk_doc_heading(d, 2, "1. Trong nhóm"), YK_OK);
    ck_assert_int_eq(yk_doc_paragraph(d, "giữ với bảng", 0), YK_OK);
    const char *header[] = { "Đơn vị", "Số phiếu" };
    const char *cells[] = { "Rạch Giá", "2.154", "Hà Tiên", "427" };
    const double shares[] = { 0.7, 0.3 };
    const int right_cols[] = { YK_DOC_LEFT, YK_DOC_RIGHT };
    ck_assert_int_eq(yk_doc_table(d, "Bảng 1. Số phiếu", 2, shares, right_cols, header, cells,
                                  2), YK_OK);
    ck_assert_int_eq(yk_doc_keep_end(d), YK_OK);
    ck_assert_int_eq(yk_doc_heading(d, 3, "a) Cấp ba"), YK_OK);
    ck_assert_int_eq(yk_doc_page_break(d), YK_OK);
    ck_assert_int_eq(yk_doc_chart(d, chart(), "Hình 1. Biểu đồ"), YK_OK);
    return d;
}

static void render(yk_doc *d, yk_buf *b)
{
    b->len = 0;
    ck_assert_int_eq(yk_doc_render_docx(d, (yk_output){ to_buf, b }), YK_OK);
}

/* The package's entry name, read whole into a new string (free it). */
static char *entry(zip_t *z, const char *name, size_t *len)
{
    zip_stat_t st;
    ck_assert_msg(zip_stat(z, name, 0, &st) == 0, "no part %s", name);
    char *p = malloc(st.size + 1);
    zip_file_t *f = zip_fopen(z, name, 0);
    ck_assert_ptr_nonnull(f);
    ck_assert_int_eq(zip_fread(f, p, st.size), (zip_int64_t)st.size);
    zip_fclose(f);
    p[st.size] = '\0';
    *len = st.size;
    return p;
}

static zip_t *open_zip(const yk_buf *b)
{
    zip_error_t err;
    zip_error_init(&err);
    zip_source_t *src = zip_source_buffer_create(b->data, b->len, 0, &err);
    zip_t *z = src ? zip_open_from_source(src, ZIP_RDONLY | ZIP_CHECKCONS, &err) : NULL;
    zip_error_fini(&err);
    ck_assert_ptr_nonnull(z);
    return z;
}

static void well_formed(const char *name, const char *xml, size_t len)
{
    XML_Parser p = XML_ParserCreate("UTF-8");
    int ok = XML_Parse(p, xml, (int)len, 1) == XML_STATUS_OK;
    ck_assert_msg(ok, "%s: line %lu: %s", name, (unsigned long)XML_GetCurrentLineNumber(p),
                  XML_ErrorString(XML_GetErrorCode(p)));
    XML_ParserFree(p);
}

/* The <w:p ...> element holding text: from its start to the text. */
static const char *paragraph_of(const char *xml, const char *text)
{
    const char *t = strstr(xml, text), *p = NULL;
    ck_assert_msg(t != NULL, "no '%s'", text);
    for (const char *q = xml; (q = strstr(q, "<w:p>")) && q < t; q++)
        p = q;
    ck_assert_ptr_nonnull(p);
    return p;
}

static int keeps(const char *xml, const char *text)
{
    const char *p = paragraph_of(xml, text), *t = strstr(xml, text);
    const char *k = strstr(p, "<w:keepNext/>");
    return k && k < t;
}

START_TEST(test_docx_parts)
{
    yk_doc *d = every_block();
    yk_buf b = { 0 };
    render(d, &b);
    zip_t *z = open_zip(&b);
    static const char *const parts[] = {
        "[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "docProps/app.xml",
        "word/styles.xml", "word/settings.xml", "word/header1.xml", "word/header2.xml",
        "word/_rels/document.xml.rels", "word/document.xml", "word/media/chart1.png",
    };
    size_t nparts = sizeof parts / sizeof parts[0];
    ck_assert_int_eq(zip_get_num_entries(z, 0), (zip_int64_t)nparts);
    for (size_t i = 0; i < nparts; i++) {
        ck_assert_str_eq(zip_get_name(z, i, 0), parts[i]);
        size_t len;
        char *p = entry(z, parts[i], &len);
        if (!strstr(parts[i], ".png"))
            well_formed(parts[i], p, len);
        free(p);
    }
    zip_discard(z);
    yk_doc_free(d);
    yk_buf_free(&b);
}
END_TEST

START_TEST(test_docx_document)
{
    yk_doc *d = every_block();
    yk_buf b = { 0 };
    render(d, &b);
    zip_t *z = open_zip(&b);
    size_t len;
    char *doc = entry(z, "word/document.xml", &len);
    ck_assert_ptr_nonnull(strstr(doc, "<w:tblHeader/>"));
    ck_assert_ptr_nonnull(strstr(doc, "Đoàn viên: A &amp; B &lt; C &gt; D"));
    ck_assert_ptr_nonnull(strstr(doc, "<w:br/>"));     /* the '\n' of a plain paragraph */
    ck_assert_ptr_nonnull(strstr(doc, "<w:pStyle w:val=\"Heading1\"/>"));
    ck_assert_ptr_nonnull(strstr(doc, "<w:pStyle w:val=\"Heading2\"/>"));
    ck_assert_ptr_nonnull(strstr(doc, "<w:pStyle w:val=\"Heading3\"/>"));
    ck_assert_ptr_nonnull(strstr(doc, "<w:pStyle w:val=\"Caption\"/>"));
    /* The markup's runs: <b>, <i>, and 11 pt = 22 half-points. */
#define TEXT "<w:t xml:space=\"preserve\">"
    ck_assert_ptr_nonnull(strstr(doc, "<w:r><w:rPr><w:b/><w:bCs/></w:rPr>" TEXT "Đậm<"));
    ck_assert_ptr_nonnull(strstr(doc, "<w:r><w:rPr><w:i/><w:iCs/></w:rPr>" TEXT "nghiêng<"));
    ck_assert_ptr_nonnull(strstr(doc, "<w:sz w:val=\"22\"/><w:szCs w:val=\"22\"/></w:rPr>" TEXT
                                      "nhỏ<"));
    /* The group: each paragraph keeps with the next, its last row not. */
    ck_assert(keeps(doc, "giữ với bảng"));
    ck_assert(keeps(doc, ">Bảng 1. Số phiếu<"));
    ck_assert(keeps(doc, ">Rạch Giá<"));
    ck_assert(!keeps(doc, ">Hà Tiên<"));
    ck_assert(!keeps(doc, "Đoàn viên: A"));
    /* The page break waits for the chart's paragraph. */
    ck_assert(strstr(paragraph_of(doc, "<w:drawing>"), "<w:pageBreakBefore/>") <
              strstr(doc, "<w:drawing>"));
    /* A4 in twips: 210 mm = 595.2756 pt = 11905.5 twips -> 11906; 297 mm
     * -> 16837.8 -> 16838; the left margin 30 mm = 85.039 pt -> 1701. */
    ck_assert_ptr_nonnull(strstr(doc, "<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"));
    ck_assert_ptr_nonnull(strstr(doc, "w:left=\"1701\""));
    ck_assert_ptr_nonnull(strstr(doc, "<w:titlePg/>"));
    /* The chart at the text width: (210 - 30 - 15) mm = 467.7165 pt x 12700
     * EMU = 5940000 EMU wide, half as tall as the 400 x 200 chart. */
    ck_assert_ptr_nonnull(strstr(doc, "<wp:extent cx=\"5940000\" cy=\"2970000\"/>"));
    ck_assert_ptr_nonnull(strstr(doc, "r:embed=\"rId10\""));
    char *rels = entry(z, "word/_rels/document.xml.rels", &len);
    ck_assert_ptr_nonnull(strstr(rels, "Id=\"rId10\" Type=\"http://schemas.openxmlformats.org/"
                                       "officeDocument/2006/relationships/image\" "
                                       "Target=\"media/chart1.png\""));
    char *png = entry(z, "word/media/chart1.png", &len);
    ck_assert_uint_gt(len, 8);
    ck_assert_int_eq(memcmp(png, "\x89PNG\r\n\x1a\n", 8), 0);
    char *header = entry(z, "word/header2.xml", &len);
    ck_assert_ptr_nonnull(strstr(header, " PAGE "));
    char *core = entry(z, "docProps/core.xml", &len);
    ck_assert_ptr_nonnull(strstr(core, "<dc:title>Báo cáo</dc:title>"));
    ck_assert_ptr_nonnull(strstr(core, "2014-09-05T00:00:00Z"));    /* 1409875200 */
    char *styles = entry(z, "word/styles.xml", &len);
    ck_assert_ptr_nonnull(strstr(styles, "w:ascii=\"Liberation Serif\""));
    ck_assert_ptr_nonnull(strstr(styles, "w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/>"));
    ck_assert_ptr_nonnull(strstr(styles, "w:styleId=\"TableGrid\""));
    free(doc);
    free(rels);
    free(png);
    free(header);
    free(core);
    free(styles);
    zip_discard(z);
    yk_doc_free(d);
    yk_buf_free(&b);
}
END_TEST

START_TEST(test_docx_same_bytes)
{
    yk_doc *d = every_block();
    yk_buf one = { 0 }, two = { 0 };
    render(d, &one);
    render(d, &two);
    ck_assert_uint_eq(one.len, two.len);
    ck_assert_int_eq(memcmp(one.data, two.data, one.len), 0);
    yk_doc_free(d);
    yk_buf_free(&one);
    yk_buf_free(&two);
}
END_TEST

/* A write that fails is an I/O error, tried once with the whole file;
 * markup Pango refuses and bytes XML cannot hold are text, not a crash. */
START_TEST(test_docx_failures)
{
    yk_doc *d = a4();
    ck_assert_int_eq(yk_doc_paragraph(d, "<b>unclosed & \x01 \xff", YK_PARA_MARKUP), YK_OK);
    /* The caption is also the picture's description, an attribute. */
    ck_assert_int_eq(yk_doc_chart(d, chart(), "Hình \x02 \xef\xbf\xbf 1 \"&\""), YK_OK);
    size_t tried = 0;
    ck_assert_int_eq(yk_doc_render_docx(d, (yk_output){ refuse, &tried }), YK_ERR_IO);
    ck_assert_uint_gt(tried, 0);
    yk_buf b = { 0 };
    render(d, &b);
    zip_t *z = open_zip(&b);
    size_t len;
    char *doc = entry(z, "word/document.xml", &len);
    well_formed("word/document.xml", doc, len);
    ck_assert_ptr_nonnull(strstr(doc, "&lt;b&gt;unclosed &amp;"));
    ck_assert_ptr_nonnull(strstr(doc, "descr=\"Hình   1 &quot;&amp;&quot;\""));
    free(doc);
    zip_discard(z);
    yk_doc_free(d);
    yk_buf_free(&b);
}
END_TEST

/* numbers_from 0: no header at all; 1: the number on every page (no
 * first-page header); 2: titlePg and an empty first-page header. */
static char *document_with_numbers(int from)
{
    yk_doc_style s = { 210 * MM, 297 * MM, 20 * MM, 20 * MM, 30 * MM, 15 * MM,
                       "Times New Roman", 14, from, NULL, NULL, NULL, NULL, 0 };
    yk_doc *d;
    ck_assert_int_eq(yk_doc_new(&s, &d), YK_OK);
    ck_assert_int_eq(yk_doc_paragraph(d, "x", 0), YK_OK);
    yk_buf b = { 0 };
    render(d, &b);
    zip_t *z = open_zip(&b);
    size_t len;
    char *doc = entry(z, "word/document.xml", &len);
    zip_discard(z);
    yk_doc_free(d);
    yk_buf_free(&b);
    return doc;
}

START_TEST(test_docx_page_numbers)
{
    char *none = document_with_numbers(0), *every = document_with_numbers(1),
         *second = document_with_numbers(2);
    ck_assert_ptr_null(strstr(none, "w:headerReference"));
    ck_assert_ptr_null(strstr(none, "<w:titlePg/>"));
    ck_assert_ptr_nonnull(strstr(every, "<w:headerReference w:type=\"default\" r:id=\"rId4\"/>"));
    ck_assert_ptr_null(strstr(every, "w:type=\"first\""));
    ck_assert_ptr_null(strstr(every, "<w:titlePg/>"));
    ck_assert_ptr_nonnull(strstr(second, "<w:headerReference w:type=\"first\" r:id=\"rId3\"/>"));
    ck_assert_ptr_nonnull(strstr(second, "<w:titlePg/>"));
    free(none);
    free(every);
    free(second);
}
END_TEST

Suite *yk_suite_doc_docx(void)
{
    Suite *s = suite_create("doc_docx");
    TCase *tc = tcase_create("core");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, test_docx_parts);
    tcase_add_test(tc, test_docx_document);
    tcase_add_test(tc, test_docx_same_bytes);
    tcase_add_test(tc, test_docx_failures);
    tcase_add_test(tc, test_docx_page_numbers);
    suite_add_tcase(s, tc);
    return s;
}
