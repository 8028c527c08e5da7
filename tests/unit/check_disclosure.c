/* Statistical disclosure control: the primary and secondary rules, each
 * case worked by hand beside it. */
#include <check.h>
#include <string.h>
#include "suites.h"
#include "yk_disclosure.h"

START_TEST(test_effective_base)
{
    /* Equal weights give back the count: 5 respondents of weight 2:
     * (5*2)^2 / (5*4) = 100 / 20 = 5. */
    ck_assert_double_eq_tol(yk_disclosure_effective_base(10, 20), 5, 1e-12);
    /* One respondent of weight 40 beside 10 of weight 1 (the unit
     * of one respondent and many members): sum w = 50, sum w^2 = 1600 + 10
     * = 1610, (50)^2 / 1610 = 1.5528 — one respondent, whatever the
     * weights say. */
    ck_assert_double_eq_tol(yk_disclosure_effective_base(50, 1610), 2500.0 / 1610, 1e-12);
    ck_assert_double_eq(yk_disclosure_effective_base(3, 0), 0);
}
END_TEST

START_TEST(test_small)
{
    ck_assert(yk_disclosure_small(1, 10));
    ck_assert(yk_disclosure_small(9.99, 10));
    ck_assert(!yk_disclosure_small(10, 10));
    ck_assert(!yk_disclosure_small(0, 10));      /* nothing to hide */
    ck_assert(!yk_disclosure_small(1, 0));       /* --no-suppression */
}
END_TEST

static size_t hide(const double *base, size_t n, double k, const char *want)
{
    unsigned char hidden[16];
    size_t count = yk_disclosure_groups(base, n, k, hidden);
    char got[17] = { 0 };
    for (size_t i = 0; i < n; i++)
        got[i] = hidden[i] ? 'x' : '.';
    ck_assert_str_eq(got, want);
    return count;
}

START_TEST(test_groups)
{
    /* Units of 60, 50 and 1, k = 10: the 1 is hidden; alone it would come
     * back as 111 - 60 - 50, so the next smallest (50) goes too. */
    const double a[] = { 60, 50, 1 };
    ck_assert_uint_eq(hide(a, 3, 10, ".xx"), 2);
    /* Two small units of 2 and 3 hide 5 < 10 together: add the 12, then
     * 17 >= 10 and three are hidden. */
    const double b[] = { 40, 2, 12, 3, 30 };
    ck_assert_uint_eq(hide(b, 5, 10, ".xxx."), 3);
    /* Two hidden groups already holding 9 + 9 = 18 >= k: nothing more. */
    const double c[] = { 9, 9, 30, 40 };
    ck_assert_uint_eq(hide(c, 4, 10, "xx.."), 2);
    /* Nobody small: nothing hidden; empty groups are never hidden. */
    const double d[] = { 0, 20, 30 };
    ck_assert_uint_eq(hide(d, 3, 10, "..."), 0);
    /* Ties go to the earlier group: 1 is hidden, then the first 20. */
    const double e[] = { 20, 1, 20 };
    ck_assert_uint_eq(hide(e, 3, 10, "xx."), 2);
    /* One group, small: hidden, and nothing left to hide with it. */
    const double f[] = { 4 };
    ck_assert_uint_eq(hide(f, 1, 10, "x"), 1);
    /* Suppression off. */
    ck_assert_uint_eq(hide(a, 3, 0, "..."), 0);
}
END_TEST

START_TEST(test_extreme)
{
    /* Ages: the hidden unit's one respondent is 35, the province maximum;
     * the shown units' maxima are 30 and 33: 35 would give her away. */
    const double base[] = { 60, 50, 1 }, max[] = { 30, 33, 35 };
    const unsigned char hidden[] = { 0, 1, 1 }, none[] = { 0, 0, 0 };
    ck_assert(!yk_disclosure_extreme_shown(35, max, base, hidden, 3));
    /* A shown unit reaches the same maximum: it is visible anyway. */
    const double max2[] = { 35, 33, 35 };
    ck_assert(yk_disclosure_extreme_shown(35, max2, base, hidden, 3));
    /* Nobody hidden: shown. */
    ck_assert(yk_disclosure_extreme_shown(35, max, base, none, 3));
}
END_TEST

Suite *yk_suite_disclosure(void)
{
    Suite *s = suite_create("disclosure");
    TCase *tc = tcase_create("rules");
    tcase_add_test(tc, test_effective_base);
    tcase_add_test(tc, test_small);
    tcase_add_test(tc, test_groups);
    tcase_add_test(tc, test_extreme);
    suite_add_tcase(s, tc);
    return s;
}
