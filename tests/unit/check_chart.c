/* Charts: colours, numbers, text boxes, the layout check, the dump, the
 * three renderers, and a likert chart of long labels that must fit. */
#include <check.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "suites.h"
#include "yk_buf.h"
#include "yk_chart_histogram.h"
#include "yk_chart_kinds.h"

static yk_status to_buf(void *ctx, const char *p, size_t n)
{
    return yk_buf_append(ctx, p, n);
}

static int same_rgb(yk_rgb c, unsigned hex)
{
    return c.r == (hex >> 16 & 0xFF) && c.g == (hex >> 8 & 0xFF) && c.b == (hex & 0xFF);
}

/* ColorBrewer 2.0, RdBu: colorbrewer2.org, "diverging", 5 and 11 classes.
 * Okabe & Ito (2008), Color Universal Design: orange E69F00 first. */
START_TEST(test_palette)
{
    yk_rgb c;
    ck_assert_int_eq(yk_palette_diverging(5, 0, &c), YK_OK);
    ck_assert(same_rgb(c, 0xca0020));
    ck_assert_int_eq(yk_palette_diverging(5, 2, &c), YK_OK);
    ck_assert(same_rgb(c, 0xf7f7f7));
    ck_assert_int_eq(yk_palette_diverging(5, 4, &c), YK_OK);
    ck_assert(same_rgb(c, 0x0571b0));
    ck_assert_int_eq(yk_palette_diverging(11, 10, &c), YK_OK);
    ck_assert(same_rgb(c, 0x053061));
    ck_assert_int_eq(yk_palette_diverging(12, 0, &c), YK_ERR_ARGUMENT);
    ck_assert_int_eq(yk_palette_diverging(4, 4, &c), YK_ERR_ARGUMENT);
    ck_assert(same_rgb(yk_palette_category(0), 0xE69F00));
    ck_assert(same_rgb(yk_palette_category(8), 0xE69F00));     /* cycles */
    ck_assert(same_rgb(yk_palette_ink_on((yk_rgb){ 0x05, 0x71, 0xb0 }), 0xffffff));
    ck_assert(same_rgb(yk_palette_ink_on((yk_rgb){ 0xf7, 0xf7, 0xf7 }), 0x000000));
}
END_TEST

START_TEST(test_number)
{
    yk_chart_frame vi = { "t", NULL, NULL, 1 }, en = { "t", NULL, NULL, 0 };
    char buf[64];
    yk_chart_number(&vi, 1234.5, 1, "", buf, sizeof buf);
    ck_assert_str_eq(buf, "1.234,5");
    yk_chart_number(&en, 1234.5, 1, "", buf, sizeof buf);
    ck_assert_str_eq(buf, "1,234.5");
    yk_chart_number(&vi, 45.26, 1, "%", buf, sizeof buf);
    ck_assert_str_eq(buf, "45,3%");
    yk_chart_number(&vi, 1234567, 0, "", buf, sizeof buf);
    ck_assert_str_eq(buf, "1.234.567");
    yk_chart_number(&vi, 999, 0, "", buf, sizeof buf);
    ck_assert_str_eq(buf, "999");
    yk_chart_number(&vi, -0.04, 1, "", buf, sizeof buf);     /* no "minus zero" */
    ck_assert_str_eq(buf, "0,0");
    yk_chart_number(&en, -12.5, 1, " pp", buf, sizeof buf);
    ck_assert_str_eq(buf, "−12.5 pp");
    yk_chart_number(&en, NAN, 1, "", buf, sizeof buf);
    ck_assert_str_eq(buf, "–");
}
END_TEST

static yk_chart *chart(double w, double h)
{
    yk_chart *c;
    ck_assert_int_eq(yk_chart_new(w, h, "Noto Sans", &c), YK_OK);
    return c;
}

START_TEST(test_text_boxes)
{
    yk_chart *c = chart(200, 100);
    const yk_item *box;
    yk_rgb ink = { 0, 0, 0 };
    double w, h, w2, h2;
    ck_assert_int_eq(yk_chart_new(0, 100, "Noto Sans", &(yk_chart *){ NULL }), YK_ERR_ARGUMENT);
    ck_assert_int_eq(yk_chart_measure(c, "Hòn Đất", 10, 0, 0, &w, &h), YK_OK);
    /* Noto Sans: a line is 1.362 em (ascender 1.069 + descender 0.293). */
    ck_assert_double_eq_tol(h, 13.62, 0.01);
    ck_assert(w > 20 && w < 50);
    ck_assert_int_eq(yk_chart_measure(c, "Hòn Đất", 10, YK_TEXT_BOLD, 0, &w2, &h2), YK_OK);
    ck_assert(w2 > w);
    /* Wrapped at 30 points it takes two lines. */
    ck_assert_int_eq(yk_chart_measure(c, "Hòn Đất", 10, 0, 30, &w2, &h2), YK_OK);
    ck_assert_double_eq_tol(h2, 2 * h, 0.01);
    ck_assert(w2 <= 30);
    ck_assert_int_eq(yk_chart_text(c, "r", "Hòn Đất", 190, 5, 10, YK_TEXT_RIGHT, 0, ink, &box),
                     YK_OK);
    ck_assert_double_eq_tol(box->x + box->w, 190, 1e-9);
    ck_assert_int_eq(yk_chart_text(c, "c", "Hòn Đất", 100, 50, 10, YK_TEXT_CENTRE, 0, ink,
                                   &box), YK_OK);
    ck_assert_double_eq_tol(box->x + box->w / 2, 100, 1e-9);
    ck_assert_uint_eq(yk_chart_n_items(c), 2);
    yk_chart_free(c);
    yk_chart_free(NULL);
}
END_TEST

START_TEST(test_check)
{
    yk_chart *c = chart(200, 100);
    yk_rgb ink = { 0, 0, 0 };
    char problem[256];
    ck_assert_int_eq(yk_chart_text(c, "a", "Rạch Giá", 10, 10, 10, 0, 0, ink, NULL), YK_OK);
    ck_assert_int_eq(yk_chart_text(c, "b", "Hà Tiên", 10, 40, 10, 0, 0, ink, NULL), YK_OK);
    ck_assert_int_eq(yk_chart_rect(c, "bar", 0, 0, 200, 100, ink), YK_OK);  /* rects may */
    ck_assert_int_eq(yk_chart_check(c, problem, sizeof problem), YK_OK);
    ck_assert_int_eq(yk_chart_text(c, "c", "Kiên Hải", 15, 15, 10, 0, 0, ink, NULL), YK_OK);
    ck_assert_int_eq(yk_chart_check(c, problem, sizeof problem), YK_ERR_ARGUMENT);
    ck_assert_str_eq(problem, "text 'Rạch Giá' (a) overlaps 'Kiên Hải' (c)");
    yk_chart_free(c);
    c = chart(200, 100);
    ck_assert_int_eq(yk_chart_text(c, "a", "Giồng Riềng", 180, 10, 10, 0, 0, ink, NULL), YK_OK);
    ck_assert_int_eq(yk_chart_check(c, problem, sizeof problem), YK_ERR_ARGUMENT);
    ck_assert_str_eq(problem, "text 'Giồng Riềng' (a) leaves the canvas");
    yk_chart_free(c);
}
END_TEST

START_TEST(test_dump)
{
    yk_chart *c = chart(100, 50);
    yk_buf b = { 0 };
    ck_assert_int_eq(yk_chart_rect(c, "bar", 1, 2, 3.25, 4, (yk_rgb){ 0xca, 0, 0x20 }), YK_OK);
    ck_assert_int_eq(yk_chart_line(c, "grid", 5, 0, 5, 50, (yk_rgb){ 0xdd, 0xdd, 0xdd }, 0.5, 1),
                     YK_OK);
    ck_assert_int_eq(yk_chart_text(c, "title", "Ý kiến \"đoàn viên\"\nhai dòng", 0, 0, 10,
                                   YK_TEXT_BOLD, 0, (yk_rgb){ 0, 0, 0 }, NULL), YK_OK);
    ck_assert_int_eq(yk_chart_dump(c, (yk_output){ to_buf, &b }), YK_OK);
    ck_assert_int_eq(yk_buf_append(&b, "", 1), YK_OK);
    const char *want = "chart 100.0 x 50.0 font \"Noto Sans\"\n"
                       "rect bar 1.0 2.0 3.2 4.0 #ca0020\n"
                       "line grid 5.0 0.0 0.0 50.0 #dddddd width 0.5 dashed\n";
    ck_assert(strncmp(b.data, want, strlen(want)) == 0);
    ck_assert(strstr(b.data, "size 10.0 bold \"Ý kiến \\\"đoàn viên\\\"\\nhai dòng\"\n"));
    yk_buf_free(&b);
    yk_chart_free(c);
}
END_TEST

static int contains(const yk_buf *b, const char *needle)
{
    size_t n = strlen(needle);
    for (size_t i = 0; i + n <= b->len; i++)
        if (memcmp(b->data + i, needle, n) == 0)
            return 1;
    return 0;
}

static void render(const yk_chart *c, yk_chart_format f, yk_buf *b)
{
    b->len = 0;
    ck_assert_int_eq(yk_chart_render(c, f, 72, "Thử", 1346803200, (yk_output){ to_buf, b }),
                     YK_OK);
}

START_TEST(test_render)
{
    yk_chart *c = chart(120, 60);
    yk_buf a = { 0 }, b = { 0 };
    ck_assert_int_eq(yk_chart_rect(c, "bar", 10, 10, 50, 20, (yk_rgb){ 5, 0x71, 0xb0 }), YK_OK);
    ck_assert_int_eq(yk_chart_text(c, "t", "Đồng ý", 10, 35, 10, 0, 0, (yk_rgb){ 0, 0, 0 }, NULL),
                     YK_OK);
    render(c, YK_CHART_PNG, &a);
    ck_assert(a.len > 100 && memcmp(a.data, "\x89PNG\r\n\x1a\n", 8) == 0);
    /* 120 x 60 points at 72 dpi: the IHDR says 120 x 60 pixels. */
    ck_assert(memcmp(a.data + 16, "\0\0\0\x78\0\0\0\x3c", 8) == 0);
    render(c, YK_CHART_SVG, &a);
    ck_assert_int_eq(yk_buf_append(&a, "", 1), YK_OK);
    ck_assert(strstr(a.data, "<svg") && strstr(a.data, "width=\"120pt\""));
    /* The same chart, the same bytes: the date is given, not the clock's. */
    render(c, YK_CHART_PDF, &a);
    render(c, YK_CHART_PDF, &b);
    ck_assert(a.len > 100 && memcmp(a.data, "%PDF-", 5) == 0);
    ck_assert_uint_eq(a.len, b.len);
    ck_assert(memcmp(a.data, b.data, a.len) == 0);
    ck_assert_int_eq(yk_buf_append(&a, "", 1), YK_OK);
    ck_assert(contains(&a, "(20120905000000Z)"));   /* 1346803200; cairo 1.16 drops "D:" */
    ck_assert_int_eq(yk_chart_render(c, YK_CHART_PNG, 1e6, NULL, 0, (yk_output){ to_buf, &b }),
                     YK_ERR_LIMIT);
    yk_buf_free(&a);
    yk_buf_free(&b);
    yk_chart_free(c);
}
END_TEST

/* The longest unit name of the sample, 17 bars, on A4 and A5: no text
 * overlaps or leaves the canvas; on a postcard it does not fit. */
START_TEST(test_likert_fits)
{
    static const char *const levels[] = { "Không tin tưởng", "Chưa thật tin tưởng", "Tin tưởng",
                                          "Rất tin tưởng" };
    double counts[17][4];
    yk_likert_row rows[17];
    for (size_t i = 0; i < 17; i++) {
        for (size_t l = 0; l < 4; l++)
            counts[i][l] = (double)(10 + i * 7 + l * 30);
        rows[i] = (yk_likert_row){ i % 2 ? "Đoàn Khối Cơ quan – Doanh nghiệp tỉnh" : "Kiên Hải",
                                   counts[i], (double)i, i == 5, NULL };
    }
    yk_likert spec = { { "Anh/chị tin tưởng như thế nào vào Ban Thường vụ Huyện, Thị, Thành "
                         "đoàn?", "Đợt 2014", "Nguồn: khảo sát.", 1 },
                       levels, 4, "Khó trả lời", 0, "n", "Tích cực", rows, 17 };
    static const double sizes[][2] = { { 841.9, 595.3 }, { 595.3, 419.5 } };
    char problem[256];
    for (size_t s = 0; s < 2; s++) {
        yk_chart *c = chart(sizes[s][0], sizes[s][1]);
        ck_assert_int_eq(yk_chart_likert(c, &spec), YK_OK);
        ck_assert_msg(yk_chart_check(c, problem, sizeof problem) == YK_OK, "%s", problem);
        yk_chart_free(c);
    }
    yk_chart *c = chart(300, 200);
    ck_assert_int_eq(yk_chart_likert(c, &spec), YK_ERR_LIMIT);
    yk_chart_free(c);
}
END_TEST

/* A row's own share is written at its bar's end, not the levels right of
 * the centre: 4 levels, counts 10, 20, 30, 40; right of the centre is 70
 * of 100 = 70,0% (by hand), the share given 12,5%. */
START_TEST(test_likert_own_share)
{
    static const char *const levels[] = { "Không tin tưởng", "Chưa thật tin tưởng", "Tin tưởng",
                                          "Rất tin tưởng" };
    double counts[2][4] = { { 10, 20, 30, 40 }, { 10, 20, 30, 40 } }, given = 12.5;
    yk_likert_row rows[2] = { { "Kiên Hải", counts[0], 0, 0, NULL },
                              { "Hà Tiên", counts[1], 0, 0, &given } };
    yk_likert spec = { { "Anh/chị tin tưởng như thế nào vào Ban Thường vụ?", "Đợt 2014",
                         "Nguồn: khảo sát.", 1 },
                       levels, 4, NULL, 0, "n", "Mức cao", rows, 2 };
    yk_chart *c = chart(841.9, 595.3);
    ck_assert_int_eq(yk_chart_likert(c, &spec), YK_OK);
    const char *shares[2] = { NULL, NULL };
    size_t n = 0;
    for (size_t i = 0; i < yk_chart_n_items(c); i++) {
        const yk_item *it = yk_chart_item(c, i);
        if (it->kind == YK_ITEM_TEXT && strcmp(it->role, "share") == 0 && n < 2)
            shares[n++] = it->text;
    }
    ck_assert_uint_eq(n, 2);
    ck_assert_str_eq(shares[0], "70,0%");
    ck_assert_str_eq(shares[1], "12,5%");
    yk_chart_free(c);
}
END_TEST

/* Ages 16 to 35: 20 bins fit an A5 chart; the share written over the
 * bin of age 16 is 3 of 200 = 1,5% (by hand). */
START_TEST(test_histogram)
{
    double counts[20];
    for (size_t i = 0; i < 20; i++)
        counts[i] = (double)(3 + i % 7 * 2);
    double total = 0;
    for (size_t i = 0; i < 20; i++)
        total += counts[i];
    counts[19] += 200 - total;          /* 200 in all */
    yk_histogram spec = { { "Tuổi của đoàn viên", "Đợt 2014", "n = 200", 1 }, 16, 1, counts, 20,
                          "Tuổi", "n", 23.61, "trung bình", NULL, NULL, NULL };
    yk_chart *c = chart(595.3, 419.5);
    char problem[256];
    ck_assert_int_eq(yk_chart_histogram(c, &spec), YK_OK);
    ck_assert_msg(yk_chart_check(c, problem, sizeof problem) == YK_OK, "%s", problem);
    int found = 0;
    for (size_t i = 0; i < yk_chart_n_items(c); i++) {
        const yk_item *it = yk_chart_item(c, i);
        found += it->kind == YK_ITEM_TEXT && strcmp(it->role, "share") == 0 &&
                 strcmp(it->text, "1,5%") == 0;
    }
    ck_assert_int_ge(found, 1);
    yk_chart_free(c);
    c = chart(150, 100);
    ck_assert_int_eq(yk_chart_histogram(c, &spec), YK_ERR_LIMIT);
    yk_chart_free(c);
    spec.nbins = 0;
    c = chart(595.3, 419.5);
    ck_assert_int_eq(yk_chart_histogram(c, &spec), YK_ERR_ARGUMENT);
    yk_chart_free(c);
}
END_TEST

/* Issue 12: open-ended tails, grouped values and hidden bins.  Three bins
 * of width 5 from 15: "≤ 19" (its own label), "20–24" (grouped whole
 * values, 20 to 20 + 5 - 1), "≥ 25"; the middle one hidden: no bar, "…",
 * and no share written for it, while the others' shares are of all 30
 * (10 / 30 = 33%). */
START_TEST(test_histogram_open_ends)
{
    double counts[3] = { 10, 10, 10 };
    unsigned char hidden[3] = { 0, 1, 0 };
    yk_histogram spec = { { "Tuổi", NULL, "n = 30", 1 }, 15, 5, counts, 3, "Tuổi", "n", NAN,
                          NULL, "≤ 19", "≥ 25", hidden };
    yk_chart *c = chart(595.3, 419.5);
    ck_assert_int_eq(yk_chart_histogram(c, &spec), YK_OK);
    int first = 0, middle = 0, last = 0, dots = 0, shares = 0, bars = 0;
    for (size_t i = 0; i < yk_chart_n_items(c); i++) {
        const yk_item *it = yk_chart_item(c, i);
        bars += it->kind == YK_ITEM_RECT && strcmp(it->role, "bar") == 0;
        if (it->kind != YK_ITEM_TEXT)
            continue;
        first += strcmp(it->role, "value") == 0 && strcmp(it->text, "≤ 19") == 0;
        middle += strcmp(it->role, "value") == 0 && strcmp(it->text, "20–24") == 0;
        last += strcmp(it->role, "value") == 0 && strcmp(it->text, "≥ 25") == 0;
        dots += strcmp(it->role, "suppressed") == 0 && strcmp(it->text, "…") == 0;
        shares += strcmp(it->role, "share") == 0 && strcmp(it->text, "33%") == 0;
    }
    ck_assert_int_eq(first, 1);
    ck_assert_int_eq(middle, 1);
    ck_assert_int_eq(last, 1);
    ck_assert_int_eq(dots, 1);
    ck_assert_int_eq(shares, 2);
    ck_assert_int_eq(bars, 2);
    yk_chart_free(c);
}
END_TEST

Suite *yk_suite_chart(void)
{
    Suite *s = suite_create("chart");
    TCase *tc = tcase_create("chart");
    tcase_add_test(tc, test_palette);
    tcase_add_test(tc, test_number);
    tcase_add_test(tc, test_text_boxes);
    tcase_add_test(tc, test_check);
    tcase_add_test(tc, test_dump);
    tcase_add_test(tc, test_likert_own_share);
    tcase_add_test(tc, test_render);
    tcase_add_test(tc, test_likert_fits);
    tcase_add_test(tc, test_histogram);
    tcase_add_test(tc, test_histogram_open_ends);
    suite_add_tcase(s, tc);
    return s;
}
