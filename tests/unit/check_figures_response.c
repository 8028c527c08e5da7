/* The figures the report's response, summary and unit sections rest on,
 * computed in lib: responses over members unit by unit
 * (yk_figure_response), the mean favourable share of a scale's items
 * (yk_figure_scale_favourable) and the units a question's sentences must
 * not name (yk_figures_hide_units), on tallies built here; every expected
 * value is a hand computation shown beside it. */
#include <check.h>
#include <math.h>
#include "suites.h"
#include "tally_fixture.h"
#include "yk_figures.h"
#include "yk_figures_response.h"
#include "yk_figures_scale.h"

static const char survey[] =
    "type,name,label,scale,reverse\n"
    "select_one unit,unit,Đơn vị,,\n"
    "select_one agree,b1,Tin tưởng Đoàn,tin,\n"
    "select_one agree,b2,Tin tưởng cán bộ,tin,\n"
    "select_one agree,b3,Ngại phát biểu,tin,yes\n";
static const char choices[] =
    "list_name,name,label,members\n"
    "unit,u1,Hòn Đất,100\nunit,u2,Hà Tiên,200\nunit,u3,Kiên Lương,700\n"
    "agree,1,Rất không đồng ý,\nagree,2,Không đồng ý,\nagree,3,Phân vân,\n"
    "agree,4,Đồng ý,\nagree,5,Rất đồng ý,\n";
/* u1: 3 rows, u2: 2, u3: none, one row with no unit. */
static const char responses[] =
    "unit,b1,b2,b3\nu1,4,5,4\nu1,3,3,2\nu1,5,5,5\nu2,2,3,3\nu2,4,4,5\n,4,4,1\n";

static void eq(double got, double want)
{
    ck_assert_msg(fabs(got - want) < 1e-12, "got %.15g, want %.15g", got, want);
}

START_TEST(test_response_by_unit)
{
    yk_tally *t = yk_test_tally(survey, choices, "unit", responses);
    yk_response_figure f = yk_figure_response(t, 0, 0);
    eq(f.members, 100), eq(f.responses, 3), eq(f.rate, 3);         /* 100 * 3 / 100 */
    f = yk_figure_response(t, 0, 1);
    eq(f.members, 200), eq(f.responses, 2), eq(f.rate, 1);         /* 100 * 2 / 200 */
    f = yk_figure_response(t, 0, 2);
    eq(f.members, 700), eq(f.responses, 0), eq(f.rate, 0);
    f = yk_figure_response(t, 0, 3);                /* no known unit: no members */
    ck_assert(isnan(f.members) && isnan(f.rate));
    eq(f.responses, 1);
    f = yk_figure_response(t, 0, SIZE_MAX);         /* 100 * 6 / (100 + 200 + 700) */
    eq(f.members, 1000), eq(f.responses, 6), eq(f.rate, 0.6);
    yk_tally_free(t);
}
END_TEST

/* One unit's membership missing: the province's is unknown, not 300. */
START_TEST(test_response_members_missing)
{
    static const char partial[] =
        "list_name,name,label,members\n"
        "unit,u1,Hòn Đất,100\nunit,u2,Hà Tiên,200\nunit,u3,Kiên Lương,\n"
        "agree,1,Rất không đồng ý,\nagree,2,Không đồng ý,\nagree,3,Phân vân,\n"
        "agree,4,Đồng ý,\nagree,5,Rất đồng ý,\n";
    yk_tally *t = yk_test_tally(survey, partial, "unit", responses);
    yk_response_figure f = yk_figure_response(t, 0, 2);
    ck_assert(isnan(f.members) && isnan(f.rate));
    eq(f.responses, 0);
    f = yk_figure_response(t, 0, SIZE_MAX);
    ck_assert(isnan(f.members) && isnan(f.rate));
    eq(f.responses, 6);
    eq(yk_figure_response(t, 0, 0).rate, 3);
    yk_tally_free(t);
}
END_TEST

/* A unit folded into "Khác" (tally --protect) has no count of its own. */
START_TEST(test_response_folded)
{
    yk_tally *t = yk_test_tally(survey, choices, "unit", responses);
    size_t short_round;
    ck_assert_int_eq(yk_tally_protect(t, 3, &short_round), YK_OK);
    ck_assert(yk_tally_group_folded(t, 0, 1));      /* u2: 2 under 3 */
    yk_response_figure f = yk_figure_response(t, 0, 1);
    ck_assert(isnan(f.responses) && isnan(f.rate));
    eq(f.members, 200);
    eq(yk_figure_response(t, 0, SIZE_MAX).responses, 6);
    yk_tally_free(t);
}
END_TEST

/* Favourable: 4 or 5 for b1 and b2, 1 or 2 for the reverse-worded b3.
 * b1: 4,3,5,2,4,4 -> 4 of 6; b2: 5,3,5,3,4,4 -> 4 of 6;
 * b3: 4,2,5,3,5,1 -> 2 of 6.  Mean (66.67 + 66.67 + 33.33) / 3 = 55.56. */
START_TEST(test_scale_favourable)
{
    yk_tally *t = yk_test_tally(survey, choices, "unit", responses);
    eq(yk_figure_scale_favourable(t, 0, 0, 6), (400.0 / 6 + 400.0 / 6 + 200.0 / 6) / 3);
    ck_assert(isnan(yk_figure_scale_favourable(t, 0, 0, 7)));     /* 6 opinions each */
    yk_tally_free(t);
}
END_TEST

/* b1's opinions by unit: u1 3, u2 2, u3 0 (yk_disclosure.h's rules).
 * k = 3: u2 is under it (primary); one hidden group could be worked out
 * from the province's figure, so the smallest shown one with a base, u1,
 * goes too (secondary); u3, with nothing, is never hidden.  k = 2: none is
 * under it.  k = 0: nothing is hidden. */
START_TEST(test_hide_units)
{
    yk_tally *t = yk_test_tally(survey, choices, "unit", responses);
    unsigned char hidden[3];
    yk_figure_opts o = { .min_base = 3 };
    for (size_t qi = 0; qi < 2; qi++) {       /* unit: no favourable, its responses */
        ck_assert_int_eq(yk_figures_hide_units(t, 0, qi, &o, hidden), YK_OK);
        ck_assert_int_eq(hidden[0], YK_FIGURE_SECONDARY);
        ck_assert_int_eq(hidden[1], YK_FIGURE_PRIMARY);
        ck_assert_int_eq(hidden[2], 0);
    }
    o.min_base = 2;
    ck_assert_int_eq(yk_figures_hide_units(t, 0, 1, &o, hidden), YK_OK);
    ck_assert(!hidden[0] && !hidden[1] && !hidden[2]);
    o.min_base = 0;
    ck_assert_int_eq(yk_figures_hide_units(t, 0, 1, &o, hidden), YK_OK);
    ck_assert(!hidden[0] && !hidden[1] && !hidden[2]);
    yk_tally_free(t);
}
END_TEST

Suite *yk_suite_figures_response(void)
{
    Suite *s = suite_create("figures_response");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, test_response_by_unit);
    tcase_add_test(tc, test_response_members_missing);
    tcase_add_test(tc, test_response_folded);
    tcase_add_test(tc, test_scale_favourable);
    tcase_add_test(tc, test_hide_units);
    suite_add_tcase(s, tc);
    return s;
}
