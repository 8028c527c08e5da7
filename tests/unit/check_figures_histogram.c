/* A histogram's bars computed in lib: the width that lets every bar hold
 * k people, the thin tails merged into open-ended bars, and a thin bar
 * left inside hidden with one more (the secondary rule) — each case
 * worked by hand beside it. */
#include <check.h>
#include <stdlib.h>
#include "suites.h"
#include "yk_figures_histogram.h"

static void check_bins(const double *bins, const double *want, size_t n)
{
    for (size_t i = 0; i < n; i++)
        ck_assert_double_eq(bins[i], want[i]);
}

START_TEST(test_no_suppression)
{
    /* k 0: a bar per value, nothing merged or hidden. */
    double bins[] = { 1, 0, 2 };
    size_t n = 3;
    int64_t lowest = 18;
    yk_histogram_bars b;
    ck_assert_int_eq(yk_figure_histogram_bars(bins, &n, &lowest, 0, &b), YK_OK);
    ck_assert_int_eq(b.width, 1);
    ck_assert_uint_eq(n, 3);
    ck_assert_int_eq(lowest, 18);
    ck_assert_uint_eq(b.lo, 0);
    ck_assert_uint_eq(b.hi, 2);
    ck_assert(!b.open_first && !b.open_last);
    ck_assert_uint_eq(b.nhidden, 0);
    check_bins(bins, (const double[]){ 1, 0, 2 }, 3);
    free(b.hidden);
}
END_TEST

START_TEST(test_tails_merged)
{
    /* Ages 16..25 at k 3: from the left 1, 1 + 1 = 2, 2 + 3 = 5 >= 3: the
     * first bar is "≤ 18" with 5; from the right 1, 1 + 1 = 2, 2 + 2 = 4:
     * the last is "≥ 23" with 4.  Inside, 4 0 5 3: none thin (0 is no
     * one), so width 1 stands and nothing is hidden. */
    double bins[] = { 1, 1, 3, 4, 0, 5, 3, 2, 1, 1 };
    size_t n = 10;
    int64_t lowest = 16;
    yk_histogram_bars b;
    ck_assert_int_eq(yk_figure_histogram_bars(bins, &n, &lowest, 3, &b), YK_OK);
    ck_assert_int_eq(b.width, 1);
    ck_assert_uint_eq(n, 10);
    ck_assert_int_eq(lowest, 16);
    ck_assert_uint_eq(b.lo, 2);
    ck_assert_uint_eq(b.hi, 7);
    ck_assert(b.open_first && b.open_last);
    check_bins(bins + b.lo, (const double[]){ 5, 4, 0, 5, 3, 4 }, 6);
    ck_assert_uint_eq(b.nhidden, 0);
    free(b.hidden);
}
END_TEST

START_TEST(test_wider_bars)
{
    /* Ages 20..29 at k 3: 1 1 1 0 1 2 1 0 0 1.  Width 1: tails 20-22 (3)
     * and 25-29 (4) merged leave 24 alone inside (1 < 3): thin.  Width 2
     * (20-21 2, 22-23 1, 24-25 3, 26-27 1, 28-29 1): tails 2 + 1 = 3 and
     * 1 + 1 + 3 = 5 leave nothing inside: width 2, "≤ 23" and "≥ 24". */
    double bins[] = { 1, 1, 1, 0, 1, 2, 1, 0, 0, 1 };
    size_t n = 10;
    int64_t lowest = 20;
    yk_histogram_bars b;
    ck_assert_int_eq(yk_figure_histogram_bars(bins, &n, &lowest, 3, &b), YK_OK);
    ck_assert_int_eq(b.width, 2);
    ck_assert_uint_eq(n, 5);
    ck_assert_int_eq(lowest, 20);
    ck_assert_uint_eq(b.lo, 1);
    ck_assert_uint_eq(b.hi, 2);
    ck_assert(b.open_first && b.open_last);
    check_bins(bins + b.lo, (const double[]){ 3, 5 }, 2);
    ck_assert_uint_eq(b.nhidden, 0);
    free(b.hidden);
}
END_TEST

START_TEST(test_thin_bar_hidden)
{
    /* Values 0..5 at k 3: 3 0 1 0 1 2.  Width 1: 1 (value 2) is thin
     * inside; width 2 (3 1 3): 1 thin; width 5 (0-4 5, 5 2): the right tail
     * cannot reach 3 before the left bar: width 1 stays.  Tails: 3 from
     * the left, 2 + 1 = 3 from the right ("≥ 4").  Bars 3 0 1 0 3: the 1 is
     * hidden (primary), alone it would be given back, so the smallest
     * shown, the first 3, is hidden too (secondary): 2 hidden. */
    double bins[] = { 3, 0, 1, 0, 1, 2 };
    size_t n = 6;
    int64_t lowest = 0;
    yk_histogram_bars b;
    ck_assert_int_eq(yk_figure_histogram_bars(bins, &n, &lowest, 3, &b), YK_OK);
    ck_assert_int_eq(b.width, 1);
    ck_assert_uint_eq(b.lo, 0);
    ck_assert_uint_eq(b.hi, 4);
    ck_assert(!b.open_first && b.open_last);
    check_bins(bins, (const double[]){ 3, 0, 1, 0, 3 }, 5);
    ck_assert_uint_eq(b.nhidden, 2);
    const unsigned char want[] = { 1, 0, 1, 0, 0 };
    for (size_t i = 0; i < 5; i++)
        ck_assert_int_eq(!!b.hidden[i], want[i]);
    free(b.hidden);
}
END_TEST

START_TEST(test_too_few)
{
    /* 2 people at k 3: no bar of 3 at either end. */
    double bins[] = { 1, 0, 1 };
    size_t n = 3;
    int64_t lowest = 30;
    yk_histogram_bars b;
    ck_assert_int_eq(yk_figure_histogram_bars(bins, &n, &lowest, 3, &b), YK_ERR_ARGUMENT);
    ck_assert_ptr_null(b.hidden);
}
END_TEST

Suite *yk_suite_figures_histogram(void)
{
    Suite *s = suite_create("figures_histogram");
    TCase *tc = tcase_create("bars");
    tcase_add_test(tc, test_no_suppression);
    tcase_add_test(tc, test_tails_merged);
    tcase_add_test(tc, test_wider_bars);
    tcase_add_test(tc, test_thin_bar_hidden);
    tcase_add_test(tc, test_too_few);
    suite_add_tcase(s, tc);
    return s;
}
