/* The figure rules: the minimum base, the hiding of groups, member weights,
 * the questions covered, and the levels of agreement and favour; each case
 * worked by hand beside it. */
#include <check.h>
#include <math.h>
#include <stdio.h>
#include <string.h>
#include "suites.h"
#include "tally_fixture.h"
#include "yk_figures.h"

static const char survey[] =
    "type,name,label,measure,reverse\n"
    "select_one unit,unit,Đơn vị,,\n"
    "select_one agree,a1,Tin tưởng,ordinal,\n"
    "select_one agree,a2,Bị bỏ qua,ordinal,yes\n"
    "select_one three,t,Ba mức,ordinal,\n"
    "select_one colour,c,Màu,nominal,\n"
    "integer,age,Tuổi,,\n";
static const char choices[] =
    "list_name,name,label,members,not_opinion\n"
    "unit,u1,Hòn Đất,100,\nunit,u2,Hà Tiên,200,\nunit,u3,Kiên Lương,700,\n"
    "agree,1,Rất không đồng ý,,\nagree,2,Không đồng ý,,\nagree,3,Phân vân,,\n"
    "agree,4,Đồng ý,,\nagree,5,Rất đồng ý,,\nagree,9,Khó trả lời,,yes\n"
    "three,1,Thấp,,\nthree,2,Vừa,,\nthree,3,Cao,,\n"
    "colour,r,Đỏ,,\ncolour,g,Xanh,,\n";

static yk_tally *tally(void)
{
    return yk_test_tally(survey, choices, "unit", "unit,a1,a2,t,c,age\nu1,5,1,3,r,30\n");
}

static const yk_question *question(const yk_tally *t, const char *name)
{
    const yk_question *q = yk_form_find(yk_tally_form(t), name);
    ck_assert_ptr_nonnull(q);
    return q;
}

START_TEST(test_min_base_problem)
{
    ck_assert_ptr_null(yk_figure_min_base_problem(10, 0));
    ck_assert_ptr_null(yk_figure_min_base_problem(2, 0));
    ck_assert_ptr_null(yk_figure_min_base_problem(0, 1));
    /* k = 1 would show a group of one respondent. */
    ck_assert_ptr_nonnull(yk_figure_min_base_problem(1, 0));
    /* Suppression off and a k to hide under contradict each other. */
    ck_assert_ptr_nonnull(yk_figure_min_base_problem(10, 1));
}
END_TEST

START_TEST(test_hide_groups)
{
    yk_figure_opts o = { .min_base = 10 };
    unsigned char hidden[4];
    /* Bases 25, 4, 30: 4 < 10 is hidden (primary); it is hidden alone, so
     * the total minus the others would give it: the smallest shown, 25, is
     * hidden too (secondary). */
    ck_assert_uint_eq(yk_figures_hide_groups(&o, (const double[]){ 25, 4, 30 }, 3, hidden), 2);
    ck_assert_int_eq(hidden[0], YK_FIGURE_SECONDARY);
    ck_assert_int_eq(hidden[1], YK_FIGURE_PRIMARY);
    ck_assert_int_eq(hidden[2], 0);
    /* Bases 25, 4, 6, 30: two hidden holding 4 + 6 = 10 >= k: no more. */
    ck_assert_uint_eq(yk_figures_hide_groups(&o, (const double[]){ 25, 4, 6, 30 }, 4, hidden),
                      2);
    ck_assert_int_eq(hidden[0], 0);
    ck_assert_int_eq(hidden[1], YK_FIGURE_PRIMARY);
    ck_assert_int_eq(hidden[2], YK_FIGURE_PRIMARY);
    ck_assert_int_eq(hidden[3], 0);
    /* --no-suppression (k = 0) hides nothing. */
    o.min_base = 0;
    ck_assert_uint_eq(yk_figures_hide_groups(&o, (const double[]){ 25, 1, 30 }, 3, hidden), 0);
    ck_assert_int_eq(hidden[1], 0);
}
END_TEST

START_TEST(test_count_blank)
{
    unsigned long primary = 0, secondary = 0;
    yk_figure_opts o = { .min_base = 10, .secondary = &secondary };
    yk_figures_count_blank(&o, YK_FIGURE_PRIMARY, &primary);
    yk_figures_count_blank(&o, YK_FIGURE_PRIMARY, &primary);
    yk_figures_count_blank(&o, YK_FIGURE_SECONDARY, &primary);
    yk_figures_count_blank(&o, 0, &primary);
    ck_assert_uint_eq(primary, 2);
    ck_assert_uint_eq(secondary, 1);
    o.secondary = NULL;         /* nowhere to count secondary ones: not counted */
    yk_figures_count_blank(&o, YK_FIGURE_SECONDARY, &primary);
    ck_assert_uint_eq(primary, 2);
}
END_TEST

START_TEST(test_member_weights)
{
    yk_tally *t = tally();
    double w[3];
    /* Members 100, 200, 700 (M = 1000); answered 10, 20, 10 (B = 40):
     * w = (members / M) (B / base): 0.1 * 4 = 0.4, 0.2 * 2 = 0.4,
     * 0.7 * 4 = 2.8.  sum base w^2 = 10 * 0.16 + 20 * 0.16 + 10 * 7.84
     * = 83.2; Kish's effective base over B is B / 83.2 = 40 / 83.2. */
    double kish = yk_figures_member_weights(t, (const double[]){ 10, 20, 10 }, w);
    ck_assert_double_eq_tol(w[0], 0.4, 1e-12);
    ck_assert_double_eq_tol(w[1], 0.4, 1e-12);
    ck_assert_double_eq_tol(w[2], 2.8, 1e-12);
    ck_assert_double_eq_tol(kish, 40 / 83.2, 1e-12);
    /* u3 did not answer: M = 300, B = 40; w = 1/3 * 40/10 = 4/3, 2/3 *
     * 40/30 = 8/9, 0.  sum base w^2 = 10 * 16/9 + 30 * 64/81 = 3360/81;
     * 40 / (3360/81) = 27/28. */
    kish = yk_figures_member_weights(t, (const double[]){ 10, 30, 0 }, w);
    ck_assert_double_eq_tol(w[0], 4.0 / 3, 1e-12);
    ck_assert_double_eq_tol(w[1], 8.0 / 9, 1e-12);
    ck_assert_double_eq(w[2], 0);
    ck_assert_double_eq_tol(kish, 27.0 / 28, 1e-12);
    /* No unit answered: no weighting to speak of. */
    ck_assert_double_eq(yk_figures_member_weights(t, (const double[]){ 0, 0, 0 }, w), 1);
    yk_tally_free(t);
}
END_TEST

START_TEST(test_wanted)
{
    ck_assert(yk_figure_wanted(NULL, "a1"));
    ck_assert(yk_figure_wanted("a1,a2", "a1"));
    ck_assert(yk_figure_wanted("a1,a2", "a2"));
    ck_assert(!yk_figure_wanted("a1,a2", "a"));     /* a prefix is not a name */
    ck_assert(!yk_figure_wanted("xa1,a2", "a1"));   /* nor a suffix */
    ck_assert(!yk_figure_wanted("a12", "a1"));
}
END_TEST

START_TEST(test_group_name)
{
    yk_tally *t = tally();
    yk_figure_opts whole = { .min_base = 10 }, by = { .min_base = 10, .by = "unit" };
    ck_assert_str_eq(yk_figure_group_name(t, &whole, 0), "");
    ck_assert_str_eq(yk_figure_group_name(t, &by, 0), "u1");
    ck_assert_str_eq(yk_figure_group_name(t, &by, 2), "u3");
    ck_assert_str_eq(yk_figure_group_name(t, &by, 3), "_missing");  /* no unit given */
    yk_tally_free(t);
}
END_TEST

START_TEST(test_ordinal_and_item)
{
    yk_tally *t = tally();
    ck_assert(yk_figure_is_ordinal(question(t, "a1")));
    ck_assert(!yk_figure_is_ordinal(question(t, "c")));     /* measure nominal */
    ck_assert(!yk_figure_is_ordinal(question(t, "age")));   /* not a select_one */
    ck_assert(!yk_figure_is_item(question(t, "unit"), question(t, "unit")));
    ck_assert(yk_figure_is_item(question(t, "unit"), question(t, "a1")));
    ck_assert(yk_figure_is_item(NULL, question(t, "unit")));
    yk_tally_free(t);
}
END_TEST

/* The choice indexes marked in which, as "0 1 ..." over n choices. */
static void marked(const unsigned char *which, size_t n, const char *want)
{
    char got[64] = "";
    for (size_t i = 0; i < n; i++)
        if (which[i])
            snprintf(got + strlen(got), sizeof got - strlen(got), "%s%zu", *got ? " " : "", i);
    ck_assert_str_eq(got, want);
}

START_TEST(test_levels_five)
{
    yk_tally *t = tally();
    yk_figure_levels l;
    /* agree: 1..5 and 9 "Khó trả lời", not an opinion (index 5).  Five
     * opinions: the upper levels are the top two, 4 and 5 (indexes 3, 4),
     * and they are the favourable ones too. */
    ck_assert_int_eq(yk_figure_levels_of(question(t, "a1"), NULL, &l, NULL, NULL), 1);
    ck_assert_uint_eq(l.nlevels, 5);
    ck_assert_uint_eq(l.order[0], 0);
    ck_assert_uint_eq(l.order[4], 4);
    ck_assert(l.ordinal && !l.reverse && !l.given);
    marked(l.upper, 6, "3 4");
    marked(l.favourable, 6, "3 4");
    /* Counts by choice 2, 3, 5, 6, 4 and 10 "Khó trả lời": favourable 6 +
     * 4 = 10 of 2 + 3 + 5 + 6 + 4 = 20 opinions (the 10 left out). */
    const int64_t counts[6] = { 2, 3, 5, 6, 4, 10 };
    double k, n;
    yk_figure_levels_share(&l, l.favourable, counts, &k, &n);
    ck_assert_double_eq(k, 10);
    ck_assert_double_eq(n, 20);
    unsigned char which[6];
    ck_assert(yk_figure_favourable(question(t, "a1"), counts, &k, &n, which));
    ck_assert_double_eq(k, 10);
    marked(which, 6, "3 4");
    yk_tally_free(t);
}
END_TEST

START_TEST(test_levels_reverse)
{
    yk_tally *t = tally();
    yk_figure_levels l;
    /* a2 is reverse-worded: agreeing (4, 5) is unfavourable; the favourable
     * levels are the bottom two, 1 and 2 (indexes 0, 1). */
    ck_assert_int_eq(yk_figure_levels_of(question(t, "a2"), NULL, &l, NULL, NULL), 1);
    ck_assert(l.reverse);
    marked(l.upper, 6, "3 4");
    marked(l.favourable, 6, "0 1");
    const int64_t counts[6] = { 2, 3, 5, 6, 4, 10 };
    double k, n;
    /* Favourable 2 + 3 = 5 of 20; agreeing 6 + 4 = 10 of 20. */
    ck_assert(yk_figure_favourable(question(t, "a2"), counts, &k, &n, NULL));
    ck_assert_double_eq(k, 5);
    ck_assert_double_eq(n, 20);
    ck_assert(yk_figure_upper(question(t, "a2"), counts, &k, &n, NULL));
    ck_assert_double_eq(k, 10);
    ck_assert_double_eq(n, 20);
    yk_tally_free(t);
}
END_TEST

START_TEST(test_opinions)
{
    static const yk_choice ch[] = {
        { .name = "9", .value = 9, .not_opinion = 1 }, { .name = "3", .value = 3 },
        { .name = "1", .value = 1 }, { .name = "2", .value = 2 },
    };
    const yk_choice_list list = { .name = "l", .choices = ch, .n = 4 };
    size_t order[4];
    /* "9" is no opinion; the others by value: 1 (index 2), 2 (3), 3 (1). */
    ck_assert_uint_eq(yk_figure_opinions(&list, order), 3);
    ck_assert_uint_eq(order[0], 2);
    ck_assert_uint_eq(order[1], 3);
    ck_assert_uint_eq(order[2], 1);
}
END_TEST

START_TEST(test_levels_three_nominal_given)
{
    yk_tally *t = tally();
    yk_figure_levels l;
    const char *bad;
    size_t badlen;
    /* Three opinions: the top one only. */
    ck_assert_int_eq(yk_figure_levels_of(question(t, "t"), NULL, &l, NULL, NULL), 1);
    marked(l.upper, 3, "2");
    /* A nominal list has no favourable share unless codes say. */
    ck_assert_int_eq(yk_figure_levels_of(question(t, "c"), NULL, &l, NULL, NULL), 0);
    ck_assert_int_eq(yk_figure_levels_of(question(t, "c"), "g", &l, NULL, NULL), 1);
    ck_assert(l.given);
    marked(l.favourable, 2, "1");
    /* --favourable 1+2 on a reverse-worded item: the codes, not reversed. */
    ck_assert_int_eq(yk_figure_levels_of(question(t, "a2"), "1+2", &l, &bad, &badlen), 1);
    ck_assert(!l.reverse);
    marked(l.favourable, 6, "0 1");
    /* A code that is not an opinion, or not in the list, is named back. */
    ck_assert_int_eq(yk_figure_levels_of(question(t, "a1"), "4+9", &l, &bad, &badlen), -1);
    ck_assert_uint_eq(badlen, 1);
    ck_assert_int_eq(*bad, '9');
    ck_assert_int_eq(yk_figure_levels_of(question(t, "a1"), "7", &l, &bad, &badlen), -1);
    yk_tally_free(t);
}
END_TEST

Suite *yk_suite_figures(void)
{
    Suite *s = suite_create("figures");
    TCase *tc = tcase_create("rules");
    tcase_add_test(tc, test_min_base_problem);
    tcase_add_test(tc, test_hide_groups);
    tcase_add_test(tc, test_count_blank);
    tcase_add_test(tc, test_member_weights);
    tcase_add_test(tc, test_wanted);
    tcase_add_test(tc, test_group_name);
    tcase_add_test(tc, test_ordinal_and_item);
    tcase_add_test(tc, test_levels_five);
    tcase_add_test(tc, test_levels_reverse);
    tcase_add_test(tc, test_opinions);
    tcase_add_test(tc, test_levels_three_nominal_given);
    suite_add_tcase(s, tc);
    return s;
}
