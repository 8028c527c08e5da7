/* A question's figure for each unit, computed in lib: the share who agree
 * with its Wilson interval, the mean with its t interval, each answer's
 * percent, and the minimum
 * answers under which a unit gets no figure — on a tally of ten responses
 * in three units built here.  Shares are worked by hand beside each check;
 * intervals are R 4's (base R, the command in the comment). */
#include <check.h>
#include <math.h>
#include <stdint.h>
#include "suites.h"
#include "tally_fixture.h"
#include "yk_figures_units.h"

static const char survey[] =
    "type,name,label,measure\n"
    "select_one unit,unit,Đơn vị,\n"
    "select_one agree,a,Tin tưởng,ordinal\n"
    "select_one three,t,Ba mức,ordinal\n"
    "select_one colour,c,Màu,nominal\n"
    "select_multiple colour,m,Màu thích,\n"
    "integer,age,Tuổi,\n";
static const char choices[] =
    "list_name,name,label,not_opinion\n"
    "unit,u1,Hòn Đất,\nunit,u2,Hà Tiên,\nunit,u3,Kiên Lương,\n"
    "agree,1,Rất không đồng ý,\nagree,2,Không đồng ý,\nagree,3,Phân vân,\n"
    "agree,4,Đồng ý,\nagree,5,Rất đồng ý,\nagree,9,Khó trả lời,yes\n"
    "three,1,Thấp,\nthree,2,Vừa,\nthree,3,Cao,\n"
    "colour,r,Đỏ,\ncolour,g,Xanh,\n";
/* a's opinions: u1 5 4 4 2 (and 9, not an opinion), u2 1 2 3 5, u3 4;
 * t: u1 3 3 1, u2 3; c: u1 r g r; m: u1 "r g", "r"; ages: u1 20 25 31,
 * u2 40. */
static const char responses[] =
    "unit,a,t,c,m,age\n"
    "u1,5,3,r,r g,20\nu1,4,3,g,r,25\nu1,4,1,r,,31\nu1,2,,,,\nu1,9,,,,\n"
    "u2,1,3,g,,40\nu2,2,,,,\nu2,3,,,,\nu2,5,,,,\n"
    "u3,4,,,,\n";

enum { U1, U2, U3 };
static const double tol = 1e-9;

static size_t index_of(const yk_tally *t, const char *name)
{
    const yk_form *f = yk_tally_form(t);
    for (size_t i = 0; i < yk_form_n_questions(f); i++)
        if (yk_form_question(f, i) == yk_form_find(f, name))
            return i;
    ck_abort_msg("no question %s", name);
    return 0;
}

static void check_figure(const yk_unit_figure *f, double base, double value, double low,
                         double high)
{
    ck_assert_double_eq(f->base, base);
    ck_assert_int_eq(f->shown, 1);
    ck_assert_double_eq_tol(f->value, value, tol);
    ck_assert_double_eq_tol(f->low, low, tol);
    ck_assert_double_eq_tol(f->high, high, tol);
}

static void check_not_shown(const yk_unit_figure *f, double base)
{
    ck_assert_double_eq(f->base, base);
    ck_assert_int_eq(f->shown, 0);
    ck_assert(isnan(f->value) && isnan(f->low) && isnan(f->high));
}

START_TEST(test_has_upper)
{
    yk_tally *t = yk_test_tally(survey, choices, "unit", responses);
    const yk_form *f = yk_tally_form(t);
    ck_assert(yk_figure_has_upper(yk_form_find(f, "a")));
    ck_assert(yk_figure_has_upper(yk_form_find(f, "t")));
    ck_assert(!yk_figure_has_upper(yk_form_find(f, "c")));     /* nominal */
    ck_assert(!yk_figure_has_upper(yk_form_find(f, "age")));   /* a number */
    yk_tally_free(t);
}
END_TEST

START_TEST(test_share_by_unit)
{
    yk_tally *t = yk_test_tally(survey, choices, "unit", responses);
    size_t a = index_of(t, "a");
    yk_unit_figure f;
    /* u1: 4 opinions (5 4 4 2; 9 is none), 3 in the top two levels (4, 5):
     * 3 of 4 = 75%.  prop.test(3, 4, correct = FALSE)$conf.int:
     * 0.300641842582402 0.954412739190299 */
    ck_assert_int_eq(yk_figure_unit_share(t, 0, U1, a, 1, &f), YK_OK);
    check_figure(&f, 4, 75, 30.0641842582402, 95.4412739190299);
    /* u2: 1 2 3 5: 1 of 4 = 25%.  prop.test(1, 4, correct = FALSE):
     * 0.0455872608097006 0.6993581574175980 */
    ck_assert_int_eq(yk_figure_unit_share(t, 0, U2, a, 1, &f), YK_OK);
    check_figure(&f, 4, 25, 4.55872608097006, 69.9358157417598);
    /* Every unit: 3 + 1 + 1 = 5 of 4 + 4 + 1 = 9 = 55.56%.
     * prop.test(5, 9, correct = FALSE): 0.266651293495493 0.811221478902335 */
    ck_assert_int_eq(yk_figure_unit_share(t, 0, SIZE_MAX, a, 1, &f), YK_OK);
    check_figure(&f, 9, 500.0 / 9, 26.6651293495493, 81.1221478902335);
    yk_tally_free(t);
}
END_TEST

START_TEST(test_share_three_levels)
{
    yk_tally *t = yk_test_tally(survey, choices, "unit", responses);
    yk_unit_figure f;
    /* Of three levels the top one agrees: u1 3 3 1, 2 of 3 = 66.67%.
     * prop.test(2, 3, correct = FALSE): 0.207659600802048 0.938508055279604 */
    ck_assert_int_eq(yk_figure_unit_share(t, 0, U1, index_of(t, "t"), 1, &f), YK_OK);
    check_figure(&f, 3, 200.0 / 3, 20.7659600802048, 93.8508055279604);
    /* A nominal question has no upper levels: no share. */
    ck_assert_int_eq(yk_figure_unit_share(t, 0, U1, index_of(t, "c"), 1, &f), YK_ERR_ARGUMENT);
    check_not_shown(&f, 0);
    yk_tally_free(t);
}
END_TEST

START_TEST(test_share_min_answers)
{
    yk_tally *t = yk_test_tally(survey, choices, "unit", responses);
    size_t a = index_of(t, "a");
    yk_unit_figure f;
    /* u3 has one opinion (4: agrees): 100% with min 1 ... */
    ck_assert_int_eq(yk_figure_unit_share(t, 0, U3, a, 1, &f), YK_OK);
    ck_assert_int_eq(f.shown, 1);
    ck_assert_double_eq(f.value, 100);
    /* ... no figure under a minimum of 2, its base still given. */
    ck_assert_int_eq(yk_figure_unit_share(t, 0, U3, a, 2, &f), YK_OK);
    check_not_shown(&f, 1);
    /* u1's 4 opinions: shown at a minimum of 4, not at 5. */
    ck_assert_int_eq(yk_figure_unit_share(t, 0, U1, a, 4, &f), YK_OK);
    ck_assert_int_eq(f.shown, 1);
    ck_assert_int_eq(yk_figure_unit_share(t, 0, U1, a, 5, &f), YK_OK);
    check_not_shown(&f, 4);
    yk_tally_free(t);
}
END_TEST

START_TEST(test_mean_by_unit)
{
    yk_tally *t = yk_test_tally(survey, choices, "unit", responses);
    size_t age = index_of(t, "age");
    yk_unit_figure f;
    /* u1: (20 + 25 + 31) / 3 = 25.3333.  t.test(c(20, 25, 31))$conf.int:
     * 11.6517696366945 39.0148970299721 */
    ck_assert_int_eq(yk_figure_unit_mean(t, 0, U1, age, 1, &f), YK_OK);
    check_figure(&f, 3, 76.0 / 3, 11.6517696366945, 39.0148970299721);
    /* Every unit: (20 + 25 + 31 + 40) / 4 = 29.  t.test(c(20, 25, 31, 40)):
     * 15.3117808685258 42.6882191314742 */
    ck_assert_int_eq(yk_figure_unit_mean(t, 0, SIZE_MAX, age, 1, &f), YK_OK);
    check_figure(&f, 4, 29, 15.3117808685258, 42.6882191314742);
    /* A select question has no numbers: no mean. */
    ck_assert_int_eq(yk_figure_unit_mean(t, 0, U1, index_of(t, "a"), 1, &f), YK_ERR_ARGUMENT);
    check_not_shown(&f, 0);
    yk_tally_free(t);
}
END_TEST

START_TEST(test_mean_min_answers)
{
    yk_tally *t = yk_test_tally(survey, choices, "unit", responses);
    size_t age = index_of(t, "age");
    yk_unit_figure f;
    /* u2 has one age: a mean needs 2 whatever the minimum; u3 has none. */
    ck_assert_int_eq(yk_figure_unit_mean(t, 0, U2, age, 1, &f), YK_OK);
    check_not_shown(&f, 1);
    ck_assert_int_eq(yk_figure_unit_mean(t, 0, U3, age, 0, &f), YK_OK);
    check_not_shown(&f, 0);
    /* u1's 3 ages: shown at a minimum of 3, not at 4. */
    ck_assert_int_eq(yk_figure_unit_mean(t, 0, U1, age, 3, &f), YK_OK);
    ck_assert_int_eq(f.shown, 1);
    ck_assert_int_eq(yk_figure_unit_mean(t, 0, U1, age, 4, &f), YK_OK);
    check_not_shown(&f, 3);
    yk_tally_free(t);
}
END_TEST

START_TEST(test_percents)
{
    yk_tally *t = yk_test_tally(survey, choices, "unit", responses);
    double p[6], base;
    /* u1's a: 5 4 4 2 9, five answers (9 counts: it is an answer), by
     * choice 1 2 3 4 5 9: 0 1 0 2 1 1 of 5 = 0 20 0 40 20 20%. */
    ck_assert_int_eq(yk_figure_unit_percents(t, 0, U1, index_of(t, "a"), p, &base), YK_OK);
    ck_assert_double_eq(base, 5);
    const double a[] = { 0, 20, 0, 40, 20, 20 };
    for (size_t i = 0; i < 6; i++)
        ck_assert_double_eq_tol(p[i], a[i], tol);
    /* Every unit's c: r g r g: 2 of 4 each = 50%. */
    ck_assert_int_eq(yk_figure_unit_percents(t, 0, SIZE_MAX, index_of(t, "c"), p, &base),
                     YK_OK);
    ck_assert_double_eq(base, 4);
    ck_assert_double_eq_tol(p[0], 50, tol);
    ck_assert_double_eq_tol(p[1], 50, tol);
    /* u1's m, several answers each: 2 answered, r ticked by 2 = 100%, g by
     * 1 = 50% (they add to more than 100%). */
    ck_assert_int_eq(yk_figure_unit_percents(t, 0, U1, index_of(t, "m"), p, &base), YK_OK);
    ck_assert_double_eq(base, 2);
    ck_assert_double_eq_tol(p[0], 100, tol);
    ck_assert_double_eq_tol(p[1], 50, tol);
    /* u3 answered no c: base 0, every percent 0. */
    ck_assert_int_eq(yk_figure_unit_percents(t, 0, U3, index_of(t, "c"), p, &base), YK_OK);
    ck_assert_double_eq(base, 0);
    ck_assert_double_eq(p[0], 0);
    ck_assert_double_eq(p[1], 0);
    /* A number question has no answers to count. */
    ck_assert_int_eq(yk_figure_unit_percents(t, 0, U1, index_of(t, "age"), p, &base),
                     YK_ERR_ARGUMENT);
    ck_assert_double_eq(base, 0);
    yk_tally_free(t);
}
END_TEST

Suite *yk_suite_figures_units(void)
{
    Suite *s = suite_create("figures_units");
    TCase *tc = tcase_create("units");
    tcase_add_test(tc, test_has_upper);
    tcase_add_test(tc, test_share_by_unit);
    tcase_add_test(tc, test_share_three_levels);
    tcase_add_test(tc, test_share_min_answers);
    tcase_add_test(tc, test_mean_by_unit);
    tcase_add_test(tc, test_mean_min_answers);
    tcase_add_test(tc, test_percents);
    suite_add_tcase(s, tc);
    return s;
}
