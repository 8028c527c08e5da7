/* The measuring every chart kind shares (chart_measure.c: the widest and
 * the tallest of a column of texts) and the fit of a label column built
 * on it (chart_rows.c: the "does not fit" of bars, rank and heatmap).
 * Checked in terms that hold for any font's metrics: a text measured
 * alone, a longer text, a larger size, a narrower wrap. */
#include <check.h>
#include <stdio.h>
#include "suites.h"
#include "chart_measure_impl.h"
#include "chart_rows_impl.h"

enum { SIZE = 9 };              /* points, the labels' size */

static yk_chart *canvas(void)
{
    yk_chart *c;
    ck_assert_int_eq(yk_chart_new(400, 300, "Noto Sans", &c), YK_OK);
    return c;
}

static double width_of(yk_chart *c, const char *text, double size)
{
    double w, h;
    ck_assert_int_eq(yk_chart_measure(c, text, size, 0, 0, &w, &h), YK_OK);
    return w;
}

static double widest(yk_chart *c, const char *const *texts, size_t n, double size)
{
    double w = -1;
    ck_assert_int_eq(yk_column_widest(c, yk_column_listed, texts, n, size, 0, &w), YK_OK);
    return w;
}

static double tallest(yk_chart *c, const char *const *texts, size_t n, double width)
{
    double h = -1;
    ck_assert_int_eq(yk_column_tallest(c, yk_column_listed, texts, n, SIZE, 0, width, &h),
                     YK_OK);
    return h;
}

/* The widest of a column is its widest text measured alone; rows without
 * a text (NULL) are skipped; no text at all, or no rows, is 0. */
START_TEST(test_widest_is_the_widest_text)
{
    yk_chart *c = canvas();
    const char *const labels[] = { "Hòn Đất", NULL, "Kiên Lương và Phú Quốc", "Hà Tiên" };
    double longest = width_of(c, labels[2], SIZE);
    ck_assert(longest > width_of(c, labels[0], SIZE));
    ck_assert_double_eq(widest(c, labels, 4, SIZE), longest);
    ck_assert_double_eq(widest(c, labels, 2, SIZE), width_of(c, labels[0], SIZE));
    const char *const none[] = { NULL, NULL };
    ck_assert_double_eq(widest(c, none, 2, SIZE), 0);
    ck_assert_double_eq(widest(c, labels, 0, SIZE), 0);
    /* The empty string has no width, and a column of it none either. */
    const char *const empty[] = { "" };
    ck_assert_double_eq(width_of(c, "", SIZE), 0);
    ck_assert_double_eq(widest(c, empty, 1, SIZE), 0);
    yk_chart_free(c);
}
END_TEST

/* Longer and larger is never narrower: each prefix of a label is at most
 * as wide as the next, and the column at 18 points is wider than at 9. */
START_TEST(test_widest_is_monotone)
{
    yk_chart *c = canvas();
    static const char label[] = "Tin tưởng vào Đoàn";
    char prefix[sizeof label];
    double last = 0;
    for (size_t n = 1; n < sizeof label; n++) {
        if ((label[n] & 0xC0) == 0x80)
            continue;           /* inside a UTF-8 character */
        snprintf(prefix, sizeof prefix, "%.*s", (int)n, label);
        const char *const one[] = { prefix };
        double w = widest(c, one, 1, SIZE);
        ck_assert_msg(w >= last, "'%s' is narrower than its prefix", prefix);
        last = w;
    }
    const char *const col[] = { "Hòn Đất", "Hà Tiên" };
    ck_assert(widest(c, col, 2, 2 * SIZE) > widest(c, col, 2, SIZE));
    yk_chart_free(c);
}
END_TEST

/* Texts written by the kind as they are measured: row i's base, none for
 * odd rows. */
static const char *base_text(const void *ctx, size_t i, char *buf, size_t size)
{
    (void)ctx;
    if (i % 2)
        return NULL;
    snprintf(buf, size, "n = %zu", 1000 * (i + 1));
    return buf;
}

START_TEST(test_widest_of_written_texts)
{
    yk_chart *c = canvas();
    double w;
    ck_assert_int_eq(yk_column_widest(c, base_text, NULL, 5, SIZE, 0, &w), YK_OK);
    /* rows 0, 2, 4: "n = 1000", "n = 3000", "n = 5000"; the widest is one
     * of them, and at least the first. */
    double w0 = width_of(c, "n = 1000", SIZE), w2 = width_of(c, "n = 3000", SIZE),
           w4 = width_of(c, "n = 5000", SIZE);
    ck_assert(w == w0 || w == w2 || w == w4);
    ck_assert(w >= w0 && w >= w2 && w >= w4);
    yk_chart_free(c);
}
END_TEST

/* Wrapped narrower, a label takes more lines: at 1000 points it is one
 * line, the height of a one-word label; at 5 points it is taller. */
START_TEST(test_tallest_grows_as_wrap_narrows)
{
    yk_chart *c = canvas();
    const char *const labels[] = { "Kiên Lương", NULL, "Đoàn Thanh niên Cộng sản Hồ Chí Minh" };
    const char *const word[] = { "Đoàn" };
    double one_line = tallest(c, word, 1, 0);
    ck_assert(one_line > 0);
    ck_assert_double_eq(tallest(c, labels, 3, 1000), one_line);
    ck_assert_double_eq(tallest(c, labels, 3, 0), one_line);
    double at_100 = tallest(c, labels, 3, 100), at_5 = tallest(c, labels, 3, 5);
    ck_assert(at_100 > one_line);
    ck_assert(at_5 >= at_100);
    const char *const none[] = { NULL };
    ck_assert_double_eq(tallest(c, none, 1, 100), 0);
    yk_chart_free(c);
}
END_TEST

/* The label column's fit: labels that fit a column of 1000 points in rows
 * of 40 do not fit one of 5 points, nor rows of 3 points; a fit at one
 * width holds at a wider one; the column is never wider than allowed. */
START_TEST(test_rows_fit_or_not)
{
    yk_chart *c = canvas();
    const char *const labels[] = { "Hòn Đất", "Kiên Lương", "Phú Quốc" };
    const char *const bases[] = { "n = 120", NULL, "n = 98" };
    yk_rows L;
    ck_assert_int_eq(yk_rows_fit(c, labels, bases, 3, 40, 1000, &L), YK_OK);
    ck_assert_double_eq(L.size, 9);                 /* the first try fits */
    ck_assert(!L.beside);
    ck_assert(L.width > 0 && L.width <= 1000);
    ck_assert_int_eq(yk_rows_fit(c, labels, bases, 3, 40, 5, &L), YK_ERR_LIMIT);
    ck_assert_int_eq(yk_rows_fit(c, labels, bases, 3, 3, 1000, &L), YK_ERR_LIMIT);
    ck_assert_int_eq(yk_rows_fit(c, labels, NULL, 3, 40, 1000, &L), YK_OK);
    ck_assert(!L.beside);                           /* no bases: nothing beside */
    /* The narrowest width that fits, found by halving, and every wider one
     * up to 1000 fits too. */
    double lo = 5, hi = 1000;
    while (hi - lo > 1) {
        double mid = (lo + hi) / 2;
        if (yk_rows_fit(c, labels, bases, 3, 40, mid, &L) == YK_OK)
            hi = mid;
        else
            lo = mid;
    }
    for (double w = hi; w <= 1000; w += 37) {
        ck_assert_msg(yk_rows_fit(c, labels, bases, 3, 40, w, &L) == YK_OK,
                      "fits at %g but not at %g", hi, w);
        ck_assert(L.width <= w);
    }
    yk_chart_free(c);
}
END_TEST

/* A chart with a minimum text size measures and draws smaller text at
 * that size (a report's charts printed at scale 1), and larger text as
 * asked; without one, text is as asked. */
START_TEST(test_min_text_raises_small_text)
{
    yk_chart *c = canvas();
    double asked = width_of(c, "Khó trả lời 100%", 7);
    double nine = width_of(c, "Khó trả lời 100%", 9), twelve = width_of(c, "Khó trả lời 100%", 12);
    yk_chart_set_min_text(c, 9);
    ck_assert(asked < nine);
    ck_assert_double_eq_tol(width_of(c, "Khó trả lời 100%", 7), nine, 1e-9);
    ck_assert_double_eq_tol(width_of(c, "Khó trả lời 100%", 12), twelve, 1e-9);
    yk_rgb ink = { 0, 0, 0 };
    ck_assert_int_eq(yk_chart_text(c, "tick", "25%", 10, 10, 7, 0, 0, ink, NULL), YK_OK);
    ck_assert_double_eq_tol(yk_chart_item(c, yk_chart_n_items(c) - 1)->size, 9, 1e-9);
    yk_chart_set_min_text(c, 0);
    ck_assert_double_eq_tol(width_of(c, "Khó trả lời 100%", 7), asked, 1e-9);
    yk_chart_free(c);
}
END_TEST

Suite *yk_suite_chart_measure(void)
{
    Suite *s = suite_create("chart_measure");
    TCase *tc = tcase_create("chart_measure");
    tcase_add_test(tc, test_widest_is_the_widest_text);
    tcase_add_test(tc, test_widest_is_monotone);
    tcase_add_test(tc, test_widest_of_written_texts);
    tcase_add_test(tc, test_tallest_grows_as_wrap_narrows);
    tcase_add_test(tc, test_rows_fit_or_not);
    tcase_add_test(tc, test_min_text_raises_small_text);
    suite_add_tcase(s, tc);
    return s;
}
