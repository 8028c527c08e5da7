/* compare computed in lib: a chi-square and a Kruskal-Wallis test across
 * four units, their effects and Holm's adjustment, Dunn's pairs with the
 * small units left out — on a tally of 23 responses built here, each
 * figure checked against R 4 (the script is in the comments). */
#include <check.h>
#include <math.h>
#include <string.h>
#include "suites.h"
#include "tally_fixture.h"
#include "yk_figures_compare.h"

static const char survey[] =
    "type,name,label,measure\n"
    "select_one unit,unit,Đơn vị,\n"
    "select_one agree,a1,Tin tưởng,ordinal\n"
    "select_one kenh,kenh,Kênh thông tin,\n";
static const char choices[] =
    "list_name,name,label,not_opinion\n"
    "unit,u1,Hòn Đất,\nunit,u2,Hà Tiên,\nunit,u3,Kiên Lương,\nunit,u4,Phú Quốc,\n"
    "agree,1,Rất không đồng ý,\nagree,2,Không đồng ý,\nagree,3,Phân vân,\n"
    "agree,4,Đồng ý,\nagree,5,Rất đồng ý,\nagree,9,Khó trả lời,yes\n"
    "kenh,tv,Truyền hình,\nkenh,radio,Phát thanh,\nkenh,net,Internet,\n";

/* In R:
 *   g <- c(rep("u1",10), rep("u2",3), rep("u3",7), rep("u4",3))
 *   a <- c(3,3,4,4,4,4,4,4,5,5, 3,4,5, 3,3,4,4,4,5,5, 4,5,5)
 *   k <- c(rep("tv",6), rep("radio",2), rep("net",2), "tv","net","net",
 *          "tv","tv","radio","radio","radio","net","net", "radio","net","net")
 * (the responses below, row by row). */
static const char responses[] =
    "unit,a1,kenh\n"
    "u1,3,tv\nu1,3,tv\nu1,4,tv\nu1,4,tv\nu1,4,tv\nu1,4,tv\nu1,4,radio\nu1,4,radio\n"
    "u1,5,net\nu1,5,net\n"
    "u2,3,tv\nu2,4,net\nu2,5,net\n"
    "u3,3,tv\nu3,3,tv\nu3,4,radio\nu3,4,radio\nu3,4,radio\nu3,5,net\nu3,5,net\n"
    "u4,4,radio\nu4,5,net\nu4,5,net\n";

START_TEST(test_compare_tests)
{
    yk_tally *t = yk_test_tally(survey, choices, "unit", responses);
    yk_figure_opts o = { .min_base = 10 };
    yk_table tab;
    unsigned long blank = 0;
    yk_table_init(&tab, yk_compare_columns, YK_COMPARE_NCOLS);
    ck_assert_int_eq(yk_figures_compare(t, &o, &tab, &blank), YK_OK);
    ck_assert_uint_eq(yk_table_n_rows(&tab), 2);

    /* kruskal.test(a, factor(g)): chi-squared = 2.197575, df = 3,
     * p-value = 0.5324262; epsilon squared H/(n-1) = 2.197575/22
     * = 0.09988977. */
    size_t r = yk_test_compare_row(&tab, "a1", "kruskal", "");
    ck_assert_str_eq(yk_table_text_at(&tab, r, YK_COMPARE_STATISTIC), "2.197575");
    ck_assert_double_eq(yk_table_value(&tab, r, YK_COMPARE_DF), 3);
    ck_assert_str_eq(yk_table_text_at(&tab, r, YK_COMPARE_P), "0.532426");
    ck_assert_str_eq(yk_table_text_at(&tab, r, YK_COMPARE_EFFECT), "0.099890");
    ck_assert_double_eq(yk_table_value(&tab, r, YK_COMPARE_N), 23);
    ck_assert_str_eq(yk_table_text_at(&tab, r, YK_COMPARE_DF2), "");

    /* chisq.test(table(g, k), correct = FALSE): X-squared = 6.7113757,
     * df = 6, p-value = 0.3483656; Cramér's V
     * sqrt(6.7113757 / (23 * 2)) = 0.3819679. */
    r = yk_test_compare_row(&tab, "kenh", "chisq", "");
    ck_assert_str_eq(yk_table_text_at(&tab, r, YK_COMPARE_STATISTIC), "6.711376");
    ck_assert_double_eq(yk_table_value(&tab, r, YK_COMPARE_DF), 6);
    ck_assert_str_eq(yk_table_text_at(&tab, r, YK_COMPARE_P), "0.348366");
    ck_assert_str_eq(yk_table_text_at(&tab, r, YK_COMPARE_EFFECT), "0.381968");

    /* p.adjust(c(0.5324262, 0.3483656), "holm"): 0.6967311 for both, the
     * round's two tests one family; read back as a number. */
    ck_assert_double_eq_tol(yk_table_value(&tab, r, YK_COMPARE_P_ADJUSTED), 0.696731, 1e-9);
    ck_assert_double_eq_tol(yk_table_value(&tab, yk_test_compare_row(&tab, "a1", "kruskal", ""),
                                           YK_COMPARE_P_ADJUSTED), 0.696731, 1e-9);
    ck_assert_uint_eq(blank, 0);
    yk_table_free(&tab);
    yk_tally_free(t);
}
END_TEST

START_TEST(test_compare_pairs_hide_small_units)
{
    yk_tally *t = yk_test_tally(survey, choices, "unit", responses);
    yk_figure_opts o = { .min_base = 5, .pairs = 1, .questions = "a1" };
    yk_table tab;
    unsigned long blank = 0;
    yk_table_init(&tab, yk_compare_columns, YK_COMPARE_NCOLS);
    ck_assert_int_eq(yk_figures_compare(t, &o, &tab, &blank), YK_OK);
    /* Opinions by unit: u1 10, u2 3, u3 7, u4 3.  Under 5: u2 and u4,
     * hidden (together 6, so nothing more): of the six pairs only u1-u3
     * is tested.  Dunn's z by hand in R, ties corrected:
     *   r <- rank(a); N <- 23; s2 <- N*(N+1)/12 - sum(t^3-t)/(12*(N-1))
     *   with t <- table(a);
     *   z <- (mean(r[g=="u1"]) - mean(r[g=="u3"])) / sqrt(s2*(1/10+1/7))
     * z = -0.02775443, 2*pnorm(-abs(z)) = 0.9778580; alone in its family,
     * its p adjusted is p. */
    ck_assert_uint_eq(yk_test_rows_with(&tab, YK_COMPARE_TEST, "dunn"), 1);
    size_t r = yk_test_compare_row(&tab, "a1", "dunn", "u1-u3");
    ck_assert_double_eq_tol(fabs(yk_table_value(&tab, r, YK_COMPARE_STATISTIC)), 0.027754,
                            1e-9);
    ck_assert_str_eq(yk_table_text_at(&tab, r, YK_COMPARE_P), "0.977858");
    ck_assert_str_eq(yk_table_text_at(&tab, r, YK_COMPARE_P_ADJUSTED), "0.977858");
    ck_assert_double_eq(yk_table_value(&tab, r, YK_COMPARE_N), 17);     /* 10 + 7 */
    ck_assert_str_eq(yk_table_text_at(&tab, r, YK_COMPARE_DF), "");
    ck_assert_str_eq(yk_table_text_at(&tab, r, YK_COMPARE_EFFECT), "");
    yk_table_free(&tab);
    yk_tally_free(t);
}
END_TEST

START_TEST(test_compare_needs_groups)
{
    yk_tally *t = yk_test_tally(survey, choices, NULL, responses);
    yk_figure_opts o = { .min_base = 10 };
    yk_table tab;
    unsigned long blank = 0;
    yk_table_init(&tab, yk_compare_columns, YK_COMPARE_NCOLS);
    ck_assert_int_eq(yk_figures_compare(t, &o, &tab, &blank), YK_ERR_ARGUMENT);
    ck_assert_uint_eq(yk_table_n_rows(&tab), 0);
    yk_table_free(&tab);
    yk_tally_free(t);
}
END_TEST

Suite *yk_suite_figures_compare(void)
{
    Suite *s = suite_create("figures_compare");
    TCase *tc = tcase_create("figures");
    tcase_add_test(tc, test_compare_tests);
    tcase_add_test(tc, test_compare_pairs_hide_small_units);
    tcase_add_test(tc, test_compare_needs_groups);
    suite_add_tcase(s, tc);
    return s;
}
