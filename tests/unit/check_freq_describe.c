/* freq and describe computed in lib: counts, percents, Wilson intervals,
 * the summary of an ordinal answer, and a small group hidden — on a tally
 * of 25 responses built here, every figure worked by hand beside it. */
#include <check.h>
#include <math.h>
#include <string.h>
#include "suites.h"
#include "tally_fixture.h"
#include "yk_figures_describe.h"
#include "yk_figures_freq.h"

static const char survey[] =
    "type,name,label,measure\n"
    "select_one unit,unit,Đơn vị,\n"
    "select_one agree,a1,Tin tưởng,ordinal\n";
static const char choices[] =
    "list_name,name,label,not_opinion\n"
    "unit,u1,Hòn Đất,\nunit,u2,Hà Tiên,\nunit,u3,Kiên Lương,\n"
    "agree,1,Rất không đồng ý,\nagree,2,Không đồng ý,\nagree,3,Phân vân,\n"
    "agree,4,Đồng ý,\nagree,5,Rất đồng ý,\nagree,9,Khó trả lời,yes\n";

/* 25 responses:  answer  3  4  5  9
 *            u1 (12)     2  6  2  2
 *            u2 (3)      1  1  1  0
 *            u3 (10)     2  3  2  3
 *            all (25)    5 10  5  5     (nobody chose 1 or 2) */
static const char responses[] =
    "unit,a1\n"
    "u1,3\nu1,3\nu1,4\nu1,4\nu1,4\nu1,4\nu1,4\nu1,4\nu1,5\nu1,5\nu1,9\nu1,9\n"
    "u2,3\nu2,4\nu2,5\n"
    "u3,3\nu3,3\nu3,4\nu3,4\nu3,4\nu3,5\nu3,5\nu3,9\nu3,9\nu3,9\n";

static yk_tally *tally(void)
{
    return yk_test_tally(survey, choices, "unit", responses);
}

/* The row whose group and question (and, for freq, choice) are these. */
static size_t row_of(const yk_table *t, size_t group_col, const char *group, size_t key_col,
                     const char *key)
{
    for (size_t r = 0; r < yk_table_n_rows(t); r++)
        if (strcmp(yk_table_text_at(t, r, group_col), group) == 0 &&
            strcmp(yk_table_text_at(t, r, key_col), key) == 0)
            return r;
    ck_abort_msg("no row %s/%s", group, key);
    return 0;
}

START_TEST(test_freq_whole)
{
    yk_tally *t = tally();
    yk_figure_opts o = { .min_base = 10, .questions = "a1" };
    yk_table tab;
    unsigned long blank = 0;
    yk_table_init(&tab, yk_freq_columns, YK_FREQ_NCOLS);
    ck_assert_int_eq(yk_figures_freq(t, &o, &tab, &blank), YK_OK);
    ck_assert_uint_eq(yk_table_n_rows(&tab), 7);       /* 6 answers and _missing */
    size_t r = row_of(&tab, YK_FREQ_GROUP, "", YK_FREQ_CHOICE, "4");
    ck_assert_str_eq(yk_table_text_at(&tab, r, YK_FREQ_LABEL), "Đồng ý");
    ck_assert_double_eq(yk_table_value(&tab, r, YK_FREQ_N), 10);
    ck_assert_double_eq(yk_table_value(&tab, r, YK_FREQ_BASE), 25);
    ck_assert_str_eq(yk_table_text_at(&tab, r, YK_FREQ_PERCENT), "40.0000");   /* 10/25 */
    /* Wilson, z = 1.959964, p = 0.4, n = 25: centre (p + z^2/2n) / (1 + z^2/n)
     * = 0.476829 / 1.153658 = 0.413320; half z sqrt(p(1-p)/n + z^2/4n^2)
     * / (1 + z^2/n) = 1.959964 * 0.105530 / 1.153658 = 0.179287: 23.4033% to
     * 59.2605% (R: prop.test(10, 25, correct = FALSE)$conf.int). */
    ck_assert_str_eq(yk_table_text_at(&tab, r, YK_FREQ_CI_LOW), "23.4033");
    ck_assert_str_eq(yk_table_text_at(&tab, r, YK_FREQ_CI_HIGH), "59.2605");
    /* Among the 25 - 5 = 20 with an opinion: 10/20. */
    ck_assert_double_eq(yk_table_value(&tab, r, YK_FREQ_BASE_OPINION), 20);
    ck_assert_str_eq(yk_table_text_at(&tab, r, YK_FREQ_PERCENT_OPINION), "50.0000");
    /* "Khó trả lời" has no opinion share; nobody left a1 blank. */
    r = row_of(&tab, YK_FREQ_GROUP, "", YK_FREQ_CHOICE, "9");
    ck_assert(!yk_table_is_shown(&tab, r, YK_FREQ_PERCENT_OPINION));
    ck_assert_str_eq(yk_table_text_at(&tab, r, YK_FREQ_PERCENT), "20.0000");   /* 5/25 */
    r = row_of(&tab, YK_FREQ_GROUP, "", YK_FREQ_CHOICE, "_missing");
    ck_assert_double_eq(yk_table_value(&tab, r, YK_FREQ_N), 0);
    ck_assert_uint_eq(blank, 0);
    yk_table_free(&tab);
    yk_tally_free(t);
}
END_TEST

START_TEST(test_freq_small_group_hidden)
{
    yk_tally *t = tally();
    unsigned long blank = 0, secondary = 0;
    yk_figure_opts o = { .min_base = 10, .questions = "a1", .by = "unit",
                         .secondary = &secondary };
    yk_table tab;
    yk_table_init(&tab, yk_freq_columns, YK_FREQ_NCOLS);
    ck_assert_int_eq(yk_figures_freq(t, &o, &tab, &blank), YK_OK);
    /* Units answered 12, 3 and 10: u2 (3 < 10) is hidden; hidden alone it
     * would be the total less the others, so the smallest shown, u3, is
     * hidden too.  Answers chosen 5 times in all (3, 5 and 9) are under
     * 10: hidden in every unit.  u1's "4" stays: 6 of 12, 50%. */
    size_t r = row_of(&tab, YK_FREQ_GROUP, "u1", YK_FREQ_CHOICE, "4");
    ck_assert_str_eq(yk_table_text_at(&tab, r, YK_FREQ_PERCENT), "50.0000");
    /* Wilson for 6/12: 25.3782% to 74.6218% (R: prop.test(6, 12, correct = FALSE)). */
    ck_assert_str_eq(yk_table_text_at(&tab, r, YK_FREQ_CI_LOW), "25.3782");
    r = row_of(&tab, YK_FREQ_GROUP, "u1", YK_FREQ_CHOICE, "5");
    ck_assert(isnan(yk_table_value(&tab, r, YK_FREQ_PERCENT)));
    r = row_of(&tab, YK_FREQ_GROUP, "u2", YK_FREQ_CHOICE, "4");
    ck_assert(isnan(yk_table_value(&tab, r, YK_FREQ_N)));
    ck_assert_str_eq(yk_table_text_at(&tab, r, YK_FREQ_PERCENT), "");
    ck_assert_double_eq(yk_table_value(&tab, r, YK_FREQ_BASE), 3);     /* bases stay */
    r = row_of(&tab, YK_FREQ_GROUP, "u3", YK_FREQ_CHOICE, "4");
    ck_assert(isnan(yk_table_value(&tab, r, YK_FREQ_PERCENT)));
    /* Primary blanks: u1's 3, 5 and 9 (3) and all 7 rows of u2 = 10;
     * secondary: all 7 rows of u3. */
    ck_assert_uint_eq(blank, 10);
    ck_assert_uint_eq(secondary, 7);
    yk_table_free(&tab);
    yk_tally_free(t);
}
END_TEST

START_TEST(test_describe_whole)
{
    yk_tally *t = tally();
    yk_figure_opts o = { .min_base = 10, .questions = "a1" };
    yk_table tab;
    unsigned long blank = 0;
    yk_table_init(&tab, yk_describe_columns, YK_DESCRIBE_NCOLS);
    ck_assert_int_eq(yk_figures_describe(t, &o, &tab, &blank), YK_OK);
    ck_assert_uint_eq(yk_table_n_rows(&tab), 1);
    /* 20 opinions: 3 x 5, 4 x 10, 5 x 5.  Mean 80/20 = 4; SD sqrt((330 -
     * 20 * 16) / 19) = sqrt(10/19) = 0.725476.  Type 7 quantiles of the 20
     * sorted answers: median h = 9.5, between two 4s: 4; q1 h = 4.75,
     * 3 + 0.75 (4 - 3) = 3.75; q3 h = 14.25, 4 + 0.25 (5 - 4) = 4.25. */
    ck_assert_double_eq(yk_table_value(&tab, 0, YK_DESCRIBE_N), 20);
    ck_assert_str_eq(yk_table_text_at(&tab, 0, YK_DESCRIBE_MEAN), "4.0000");
    ck_assert_str_eq(yk_table_text_at(&tab, 0, YK_DESCRIBE_SD), "0.7255");
    ck_assert_str_eq(yk_table_text_at(&tab, 0, YK_DESCRIBE_MEDIAN), "4.0000");
    ck_assert_str_eq(yk_table_text_at(&tab, 0, YK_DESCRIBE_Q1), "3.7500");
    ck_assert_str_eq(yk_table_text_at(&tab, 0, YK_DESCRIBE_Q3), "4.2500");
    /* Top two (4, 5): 15/20 = 75%; bottom two (1, 2): 0; net 75.  Wilson
     * for 15/20: 53.1299% to 88.8138% (R: prop.test(15, 20, correct = FALSE)). */
    ck_assert_double_eq(yk_table_value(&tab, 0, YK_DESCRIBE_TOP2), 75);
    ck_assert_double_eq(yk_table_value(&tab, 0, YK_DESCRIBE_BOTTOM2), 0);
    ck_assert_double_eq(yk_table_value(&tab, 0, YK_DESCRIBE_NET), 75);
    ck_assert_str_eq(yk_table_text_at(&tab, 0, YK_DESCRIBE_TOP2_LOW), "53.1299");
    ck_assert_str_eq(yk_table_text_at(&tab, 0, YK_DESCRIBE_TOP2_HIGH), "88.8138");
    /* No minimum and maximum for a list; no effective n unweighted. */
    ck_assert(!yk_table_is_shown(&tab, 0, YK_DESCRIBE_MIN));
    ck_assert(!yk_table_is_shown(&tab, 0, YK_DESCRIBE_EFFECTIVE_N));
    ck_assert_uint_eq(blank, 0);
    yk_table_free(&tab);
    yk_tally_free(t);
}
END_TEST

START_TEST(test_describe_small_group_hidden)
{
    yk_tally *t = tally();
    unsigned long blank = 0, secondary = 0;
    yk_figure_opts o = { .min_base = 10, .questions = "a1", .by = "unit",
                         .secondary = &secondary };
    yk_table tab;
    yk_table_init(&tab, yk_describe_columns, YK_DESCRIBE_NCOLS);
    ck_assert_int_eq(yk_figures_describe(t, &o, &tab, &blank), YK_OK);
    ck_assert_uint_eq(yk_table_n_rows(&tab), 3);
    /* Opinions by unit: u1 10, u2 3, u3 7: u2 and u3 are under 10 (and
     * together hold 10, so nothing more is hidden).  u1: 3 x 2, 4 x 6,
     * 5 x 2: mean 40/10 = 4. */
    size_t r = row_of(&tab, YK_DESCRIBE_GROUP, "u1", YK_DESCRIBE_QUESTION, "a1");
    ck_assert_str_eq(yk_table_text_at(&tab, r, YK_DESCRIBE_MEAN), "4.0000");
    r = row_of(&tab, YK_DESCRIBE_GROUP, "u2", YK_DESCRIBE_QUESTION, "a1");
    ck_assert_double_eq(yk_table_value(&tab, r, YK_DESCRIBE_N), 3);    /* n stays */
    ck_assert(isnan(yk_table_value(&tab, r, YK_DESCRIBE_MEAN)));
    ck_assert(isnan(yk_table_value(&tab, r, YK_DESCRIBE_TOP2)));
    r = row_of(&tab, YK_DESCRIBE_GROUP, "u3", YK_DESCRIBE_QUESTION, "a1");
    ck_assert(isnan(yk_table_value(&tab, r, YK_DESCRIBE_MEAN)));
    ck_assert_uint_eq(blank, 2);
    ck_assert_uint_eq(secondary, 0);
    yk_table_free(&tab);
    yk_tally_free(t);
}
END_TEST

Suite *yk_suite_freq_describe(void)
{
    Suite *s = suite_create("freq_describe");
    TCase *tc = tcase_create("figures");
    tcase_add_test(tc, test_freq_whole);
    tcase_add_test(tc, test_freq_small_group_hidden);
    tcase_add_test(tc, test_describe_whole);
    tcase_add_test(tc, test_describe_small_group_hidden);
    suite_add_tcase(s, tc);
    return s;
}
