/* Documents: blocks flow over pages, tables repeat their header, headings
 * stay with what follows, the outline and metadata are written, and the
 * same document gives the same bytes. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "suites.h"
#include "yk_buf.h"
#include "yk_doc.h"

#define MM 2.834645669

static yk_status to_buf(void *ctx, const char *p, size_t n)
{
    return yk_buf_append(ctx, p, n);
}

static int count(const yk_buf *b, const char *needle)
{
    size_t n = strlen(needle);
    int k = 0;
    for (size_t i = 0; i + n <= b->len; i++)
        k += memcmp(b->data + i, needle, n) == 0;
    return k;
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

static int render(yk_doc *d, yk_buf *b)
{
    int pages = 0;
    b->len = 0;
    ck_assert_int_eq(yk_doc_render(d, (yk_output){ to_buf, b }, &pages), YK_OK);
    return pages;
}

START_TEST(test_doc_arguments)
{
    yk_doc_style s = { 100, 100, 30, 30, 30, 30, "Liberation Serif", 13, 2, NULL, NULL, NULL,
                       NULL, 0 };
    yk_doc *d;
    ck_assert_int_eq(yk_doc_new(&s, &d), YK_ERR_ARGUMENT);     /* no room for text */
    d = a4();
    ck_assert_int_eq(yk_doc_heading(d, 4, "x"), YK_ERR_ARGUMENT);
    ck_assert_int_eq(yk_doc_columns(d, "a", "b", 1.5, 0, 0), YK_ERR_ARGUMENT);
    ck_assert_int_eq(yk_doc_table(d, NULL, 0, NULL, NULL, NULL, NULL, 0), YK_ERR_ARGUMENT);
    ck_assert_int_eq(yk_doc_chart(d, NULL, "x"), YK_ERR_ARGUMENT);
    yk_doc_free(d);
    yk_doc_free(NULL);
    char *e = yk_doc_escape("Báo cáo <số 1> & \"2\"");
    ck_assert_str_eq(e, "Báo cáo &lt;số 1&gt; &amp; &quot;2&quot;");
    free(e);
}
END_TEST

/* 120 rows of a table take three pages; page numbers from page 2; the
 * header row is painted on each page the table reaches. */
START_TEST(test_doc_table_pages)
{
    yk_doc *d = a4();
    yk_buf b = { 0 };
    const char *header[] = { "Đơn vị", "Số phiếu" };
    char *cells[240];
    for (size_t i = 0; i < 120; i++) {
        cells[2 * i] = malloc(32);
        cells[2 * i + 1] = malloc(32);
        snprintf(cells[2 * i], 32, "Đơn vị %zu", i + 1);
        snprintf(cells[2 * i + 1], 32, "%zu", 1000 + i);
    }
    ck_assert_int_eq(yk_doc_heading(d, 1, "I. SỐ PHIẾU"), YK_OK);
    ck_assert_int_eq(yk_doc_table(d, "Bảng 1. Số phiếu", 2, NULL, (const int[]){ 0, 1 }, header,
                                  (const char *const *)cells, 120), YK_OK);
    int pages = render(d, &b);
    ck_assert_int_ge(pages, 3);
    ck_assert_int_le(pages, 5);
    ck_assert(b.len > 1000 && memcmp(b.data, "%PDF-", 5) == 0);
    ck_assert_int_eq(count(&b, "/Type /Page\n") + count(&b, "/Type /Page "), pages);
    ck_assert_int_ge(count(&b, "/Outlines"), 1);
    /* The same document, the same bytes. */
    yk_buf again = { 0 };
    ck_assert_int_eq(render(d, &again), pages);
    ck_assert_uint_eq(again.len, b.len);
    ck_assert(memcmp(again.data, b.data, b.len) == 0);
    for (size_t i = 0; i < 240; i++)
        free(cells[i]);
    yk_buf_free(&b);
    yk_buf_free(&again);
    yk_doc_free(d);
}
END_TEST

/* A heading at the foot of a page goes to the next with its text; a page
 * break starts a page; markup reaches the page as bold, not as tags. */
START_TEST(test_doc_flow)
{
    yk_doc *d = a4();
    yk_buf b = { 0 };
    ck_assert_int_eq(yk_doc_columns(d, "<b>BCH ĐOÀN TỈNH</b>\n***\nSố: 1-BC",
                                    "<b>ĐOÀN TNCS HỒ CHÍ MINH</b>\n\n<i>Kiên Giang, ngày 05 "
                                    "tháng 9 năm 2014</i>", 0.42, 0, 1), YK_OK);
    ck_assert_int_eq(render(d, &b), 1);
    ck_assert_int_eq(yk_doc_page_break(d), YK_OK);
    ck_assert_int_eq(yk_doc_paragraph(d, "Trang hai.", YK_PARA_JUSTIFY), YK_OK);
    ck_assert_int_eq(render(d, &b), 2);
    ck_assert_int_eq(yk_doc_space(d, 297 * MM - 40 * MM - 30), YK_OK);
    ck_assert_int_eq(yk_doc_heading(d, 2, "Một đề mục ở cuối trang"), YK_OK);
    ck_assert_int_eq(yk_doc_paragraph(d, "Nội dung của đề mục.", 0), YK_OK);
    ck_assert_int_eq(render(d, &b), 3);
    ck_assert_int_eq(count(&b, "<b>"), 0);
    yk_buf_free(&b);
    yk_doc_free(d);
}
END_TEST

/* A chart is scaled into the text width, the document frees it. */
START_TEST(test_doc_chart)
{
    yk_doc *d = a4();
    yk_buf b = { 0 };
    yk_chart *c;
    ck_assert_int_eq(yk_chart_new(800, 400, "Noto Sans", &c), YK_OK);
    ck_assert_int_eq(yk_chart_rect(c, "bar", 0, 0, 800, 400, (yk_rgb){ 5, 0x71, 0xb0 }), YK_OK);
    ck_assert_int_eq(yk_doc_chart(d, c, "Hình 1. Thử"), YK_OK);
    ck_assert_int_eq(render(d, &b), 1);
    yk_buf_free(&b);
    yk_doc_free(d);
}
END_TEST

/* Page content: 297 mm less the margins of 20 mm, in points. */
#define CONTENT (257 * MM)

/* Four one-line paragraphs after a page filled to 30 points from its foot:
 * as a group they go to page 2 together, so a page's worth of space after
 * them reaches page 3; loose, the first stays on page 1 and page 2 holds
 * the rest and the space.  A group in a group is refused. */
START_TEST(test_doc_keep)
{
    for (int grouped = 0; grouped < 2; grouped++) {
        yk_doc *d = a4();
        yk_buf b = { 0 };
        ck_assert_int_eq(yk_doc_space(d, CONTENT - 30), YK_OK);
        if (grouped)
            ck_assert_int_eq(yk_doc_keep_begin(d), YK_OK);
        for (int i = 0; i < 4; i++)
            ck_assert_int_eq(yk_doc_paragraph(d, "Câu 1. Một dòng.", 0), YK_OK);
        if (grouped) {
            ck_assert_int_eq(yk_doc_keep_end(d), YK_OK);
            ck_assert_int_eq(yk_doc_keep_end(d), YK_ERR_ARGUMENT);
        }
        ck_assert_int_eq(yk_doc_space(d, CONTENT - 90), YK_OK);
        ck_assert_int_eq(yk_doc_paragraph(d, "Sau nhóm.", 0), YK_OK);
        ck_assert_int_eq(render(d, &b), (grouped ? 3 : 2));
        ck_assert_int_eq(yk_doc_keep_begin(d), YK_OK);
        ck_assert_int_eq(yk_doc_keep_begin(d), YK_ERR_ARGUMENT);
        yk_buf_free(&b);
        yk_doc_free(d);
    }
}
END_TEST

/* The least x in [lo, hi] (to a point) at which pages(x) is `at`, given
 * it is not at lo and is at hi. */
static double least(int (*pages)(double), int at, double lo, double hi)
{
    ck_assert_int_ne(pages(lo), at);
    ck_assert_int_eq(pages(hi), at);
    while (hi - lo > 1) {
        double mid = (lo + hi) / 2;
        *(pages(mid) == at ? &hi : &lo) = mid;
    }
    return hi;
}

/* Pages of: a page filled to 120 points from its foot (room for a heading
 * and three lines, not for the chart), a heading (or a
 * plain paragraph), a chart, `after` points of space and a line. */
static int heading_chart_pages(int heading, double after)
{
    yk_doc *d = a4();
    yk_buf b = { 0 };
    yk_chart *c;
    ck_assert_int_eq(yk_doc_space(d, CONTENT - 120), YK_OK);
    ck_assert_int_eq(heading ? yk_doc_heading(d, 2, "1. Học tập")
                             : yk_doc_paragraph(d, "Học tập", 0), YK_OK);
    ck_assert_int_eq(yk_chart_new(400, 200, "Noto Sans", &c), YK_OK);
    ck_assert_int_eq(yk_doc_chart(d, c, "Hình 1. Thử"), YK_OK);
    ck_assert_int_eq(yk_doc_space(d, after), YK_OK);
    ck_assert_int_eq(yk_doc_paragraph(d, "Sau hình.", 0), YK_OK);
    int pages = render(d, &b);
    yk_buf_free(&b);
    yk_doc_free(d);
    return pages;
}

static int chart_after_paragraph(double after) { return heading_chart_pages(0, after); }

/* A heading at the foot of a page goes over with the chart after it (a
 * paragraph does not): the chart's page then holds the heading too, so
 * less space after it reaches a third page.  The space that just does
 * without the heading is found first. */
START_TEST(test_doc_heading_keeps_chart)
{
    double hi = least(chart_after_paragraph, 3, 0, CONTENT);
    /* A heading's line is some 15 points and more: 10 points less space
     * still takes the page over. */
    ck_assert_int_eq(heading_chart_pages(0, hi - 10), 2);
    ck_assert_int_eq(heading_chart_pages(1, hi - 10), 3);
}
END_TEST

/* Pages of: half a page of space, a chart taller than the rest of the
 * page, a paragraph (kept with what follows: it may not pass the chart),
 * `after` points of space and a line. */
static int float_pages(int kept, double after)
{
    yk_doc *d = a4();
    yk_buf b = { 0 };
    yk_chart *c;
    ck_assert_int_eq(yk_doc_space(d, CONTENT / 2), YK_OK);
    ck_assert_int_eq(yk_chart_new(400, 330, "Noto Sans", &c), YK_OK);
    ck_assert_int_eq(yk_doc_chart(d, c, "Hình 1. Thử"), YK_OK);
    ck_assert_int_eq(yk_doc_paragraph(d, "Đoạn sau hình.", kept ? YK_PARA_KEEP_NEXT : 0),
                     YK_OK);
    ck_assert_int_eq(yk_doc_space(d, after), YK_OK);
    ck_assert_int_eq(yk_doc_paragraph(d, "Hết.", 0), YK_OK);
    int pages = render(d, &b);
    yk_buf_free(&b);
    yk_doc_free(d);
    return pages;
}

static int kept_paragraph_after_chart(double after) { return float_pages(1, after); }

/* A chart that leaves half a page empty lets the paragraph after it fill
 * that page first: the chart's page then lacks the paragraph, so more
 * space after it still fits there. */
START_TEST(test_doc_chart_floats)
{
    double hi = least(kept_paragraph_after_chart, 3, 0, CONTENT);
    ck_assert_int_eq(float_pages(1, hi + 10), 3);
    ck_assert_int_eq(float_pages(0, hi + 10), 2);
}
END_TEST

/* Pages of: a page filled to `room` points from its foot, a table of
 * nrows rows, then (line nonzero) `after` points of space and a line. */
static int table_pages(double room, size_t nrows, double after, int line)
{
    yk_doc *d = a4();
    yk_buf b = { 0 };
    const char *header[] = { "Đặc điểm", "Số người" };
    const char *cells[] = { "Nam", "109", "Nữ", "131", "Khác", "0", "Không rõ", "0" };
    ck_assert_int_eq(yk_doc_space(d, CONTENT - room), YK_OK);
    ck_assert_int_eq(yk_doc_table(d, "Bảng 1. Giới tính", 2, NULL, NULL, header, cells, nrows),
                     YK_OK);
    if (line) {
        ck_assert_int_eq(yk_doc_space(d, after), YK_OK);
        ck_assert_int_eq(yk_doc_paragraph(d, "Hết.", 0), YK_OK);
    }
    int pages = render(d, &b);
    yk_buf_free(&b);
    yk_doc_free(d);
    return pages;
}

static int two_rows_at_foot(double room) { return table_pages(room, 2, 0, 0); }
static int three_rows_at_top(double after) { return table_pages(CONTENT, 3, after, 1); }

/* A small table is not split: at a page's foot with room for its caption,
 * header and two rows, a table of three goes whole to the next page
 * (which is then as full as a page that starts with it), where the old
 * rule left its third row alone there. */
START_TEST(test_doc_small_table_whole)
{
    double room = least(two_rows_at_foot, 1, 1, 200) + 2;
    double after = least(three_rows_at_top, 2, 0, CONTENT);
    ck_assert_int_eq(table_pages(room, 3, after, 1), 3);
    ck_assert_int_eq(table_pages(room, 3, after - 2, 1), 2);
}
END_TEST

/* Pages of: a page filled to 30 points from its foot (room for one line),
 * two one-line paragraphs, the first kept with the next or not, `after`
 * points of space and a line. */
static int kept_pages(int kept, double after)
{
    yk_doc *d = a4();
    yk_buf b = { 0 };
    ck_assert_int_eq(yk_doc_space(d, CONTENT - 30), YK_OK);
    ck_assert_int_eq(yk_doc_paragraph(d, "Câu 9. Ý kiến khác:", kept ? YK_PARA_KEEP_NEXT : 0),
                     YK_OK);
    ck_assert_int_eq(yk_doc_paragraph(d, "……………………", 0), YK_OK);
    ck_assert_int_eq(yk_doc_space(d, after), YK_OK);
    ck_assert_int_eq(yk_doc_paragraph(d, "Hết.", 0), YK_OK);
    int pages = render(d, &b);
    yk_buf_free(&b);
    yk_doc_free(d);
    return pages;
}

static int loose_pages(double after) { return kept_pages(0, after); }

/* A paragraph kept with the next goes over with it: the next page then
 * holds one line more, so less space after them reaches a third page. */
START_TEST(test_doc_keep_next)
{
    double hi = least(loose_pages, 3, 0, CONTENT);
    ck_assert_int_eq(kept_pages(0, hi - 10), 2);
    ck_assert_int_eq(kept_pages(1, hi - 10), 3);
}
END_TEST

/* Sides: each side's alignment; a long name is fitted, not wrapped: the
 * header is as high with it as with a short one. */
START_TEST(test_doc_sides)
{
    yk_doc_side bad = { NULL, 0, 0 }, left = { "<b>Nơi nhận:</b>\n- Lưu VT.", 0, 0 },
                right = { "<b>TM. BAN THƯỜNG VỤ</b>\n\n\n<b>Nguyễn Văn A</b>",
                          YK_PARA_CENTRE, 0 };
    yk_doc *d = a4();
    yk_buf b = { 0 };
    ck_assert_int_eq(yk_doc_sides(d, &bad, &right, 0.5), YK_ERR_ARGUMENT);
    ck_assert_int_eq(yk_doc_sides(d, &left, &right, 0.5), YK_OK);
    ck_assert_int_eq(render(d, &b), 1);
    yk_doc_free(d);
    for (int longer = 0; longer < 2; longer++) {
        d = a4();
        ck_assert_int_eq(yk_doc_space(d, CONTENT - 60), YK_OK);
        ck_assert_int_eq(yk_doc_columns(d, longer ? "<b>BCH HUYỆN ĐOÀN U MINH THƯỢNG TỈNH "
                                                    "KIÊN GIANG</b>\n***\nSố: 1-BC"
                                                  : "<b>BCH ĐOÀN</b>\n***\nSố: 1-BC",
                                        "<b>ĐOÀN TNCS HỒ CHÍ MINH</b>", 0.42, 0, 1), YK_OK);
        ck_assert_int_eq(render(d, &b), 1);
        yk_doc_free(d);
    }
    yk_buf_free(&b);
}
END_TEST

Suite *yk_suite_doc(void)
{
    Suite *s = suite_create("doc");
    TCase *tc = tcase_create("doc");
    tcase_set_timeout(tc, 30);
    tcase_add_test(tc, test_doc_arguments);
    tcase_add_test(tc, test_doc_table_pages);
    tcase_add_test(tc, test_doc_flow);
    tcase_add_test(tc, test_doc_chart);
    tcase_add_test(tc, test_doc_keep);
    tcase_add_test(tc, test_doc_heading_keeps_chart);
    tcase_add_test(tc, test_doc_sides);
    tcase_add_test(tc, test_doc_chart_floats);
    tcase_add_test(tc, test_doc_small_table_whole);
    tcase_add_test(tc, test_doc_keep_next);
    suite_add_tcase(s, tc);
    return s;
}
