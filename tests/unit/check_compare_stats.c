/* compare's statistics for numbers and shares, through yk_figures_compare
 * on tallies built here: one-way ANOVA, Welch's ANOVA (and, for two
 * groups, Welch's t test, whose t squared it is), and each group against
 * the rest by a two-proportion z test.  Every figure is R 4's, the
 * command and its printed value next to it. */
#include <check.h>
#include <math.h>
#include <string.h>
#include "suites.h"
#include "tally_fixture.h"
#include "yk_figures_compare.h"
#include "yk_stats.h"

static const char survey[] =
    "type,name,label,measure\n"
    "select_one unit,unit,Đơn vị,\n"
    "select_one agree,a1,Tin tưởng,ordinal\n"
    "decimal,x,Số buổi sinh hoạt,\n";
static const char choices[] =
    "list_name,name,label,not_opinion\n"
    "unit,u1,Hòn Đất,\nunit,u2,Hà Tiên,\nunit,u3,Kiên Lương,\nunit,u4,Phú Quốc,\n"
    "agree,1,Rất không đồng ý,\nagree,2,Không đồng ý,\nagree,3,Phân vân,\n"
    "agree,4,Đồng ý,\nagree,5,Rất đồng ý,\nagree,9,Khó trả lời,yes\n";

/* In R (the rows below, a blank where a row has no answer):
 *   x <- c(2,4,4,5,7, 3,6,8,9, 5,9,6,11,8,10)
 *   g <- factor(c(rep("u1",5), rep("u2",4), rep("u3",6)))
 * u4 answers x once: a group needs two answers to vary, so it is left
 * out (and said).  a1's opinions (9 is not one):
 *   u1 4 5 5 4 3 2 4: favourable (4 or 5) 5 of 7
 *   u2 1 2 2 3 4 3 5: 2 of 7
 *   u3 5 5 4 4 4 3 5 2: 6 of 8 */
static const char responses[] =
    "unit,a1,x\n"
    "u1,4,2\nu1,5,4\nu1,5,4\nu1,4,5\nu1,3,7\nu1,2,\nu1,4,\nu1,9,\n"
    "u2,1,3\nu2,2,6\nu2,2,8\nu2,3,9\nu2,4,\nu2,3,\nu2,5,\nu2,9,\n"
    "u3,5,5\nu3,5,9\nu3,4,6\nu3,4,11\nu3,4,8\nu3,3,10\nu3,5,\nu3,2,\nu3,9,\n"
    "u4,,12\n";

/* Two groups: x1 <- c(2,4,4,5,7); x2 <- c(3,6,8,9). */
static const char two_groups[] =
    "unit,x\nu1,2\nu1,4\nu1,4\nu1,5\nu1,7\nu2,3\nu2,6\nu2,8\nu2,9\n";

static void count_single(void *ctx, const yk_diag *d)
{
    *(int *)ctx += strcmp(d->kind, "single-answer") == 0;
}

/* compare's table of csv for o; the caller frees it. */
static void compared(const char *csv, yk_figure_opts *o, yk_table *tab)
{
    yk_tally *t = yk_test_tally(survey, choices, "unit", csv);
    unsigned long blank = 0;
    yk_table_init(tab, yk_compare_columns, YK_COMPARE_NCOLS);
    ck_assert_int_eq(yk_figures_compare(t, o, tab, &blank), YK_OK);
    ck_assert_uint_eq(blank, 0);
    yk_tally_free(t);
}

/* Row r's cell c is text. */
static void assert_cell(const yk_table *tab, size_t r, int c, const char *text)
{
    ck_assert_str_eq(yk_table_text_at(tab, r, (size_t)c), text);
}

START_TEST(test_anova_and_welch_anova)
{
    int single = 0;
    yk_figure_opts o = { .min_base = 5, .questions = "x", .diag = count_single,
                         .diag_ctx = &single };
    yk_table tab;
    compared(responses, &o, &tab);
    ck_assert_uint_eq(yk_table_n_rows(&tab), 2);
    ck_assert_int_eq(single, 1);                /* u4 */

    /* oneway.test(x ~ g, var.equal = TRUE):
     *   F = 3.8044784, num df = 2, denom df = 12, p-value = 0.05252433
     * summary(aov(x ~ g)): Sum Sq g 38.70000, Residuals 61.03333, so eta
     * squared 38.7 / (38.7 + 61.03333) = 0.3880347594 (R:
     * a <- anova(lm(x ~ g)); a[1,2] / sum(a[,2])). */
    size_t r = yk_test_compare_row(&tab, "x", "anova", "");
    assert_cell(&tab, r, YK_COMPARE_STATISTIC, "3.804478");
    ck_assert_double_eq(yk_table_value(&tab, r, YK_COMPARE_DF), 2);
    ck_assert_double_eq(yk_table_value(&tab, r, YK_COMPARE_DF2), 12);
    assert_cell(&tab, r, YK_COMPARE_P, "0.0525243");
    assert_cell(&tab, r, YK_COMPARE_EFFECT, "0.388035");
    ck_assert_double_eq(yk_table_value(&tab, r, YK_COMPARE_N), 15);     /* not u4 */
    /* p.adjust(c(0.05252433114, 0.06245707069), "holm"): 0.1050486623
     * both, the round's two tests one family. */
    assert_cell(&tab, r, YK_COMPARE_P_ADJUSTED, "0.105049");

    /* oneway.test(x ~ g, var.equal = FALSE):
     *   F = 4.2220853, num df = 2.0000000, denom df = 7.0299322,
     *   p-value = 0.06245707
     * the effect is eta squared, as for the ANOVA. */
    r = yk_test_compare_row(&tab, "x", "welch", "");
    assert_cell(&tab, r, YK_COMPARE_STATISTIC, "4.222085");
    ck_assert_double_eq(yk_table_value(&tab, r, YK_COMPARE_DF), 2);
    assert_cell(&tab, r, YK_COMPARE_DF2, "7.0299");
    assert_cell(&tab, r, YK_COMPARE_P, "0.0624571");
    assert_cell(&tab, r, YK_COMPARE_P_ADJUSTED, "0.105049");
    assert_cell(&tab, r, YK_COMPARE_EFFECT, "0.388035");
    ck_assert_double_eq(yk_table_value(&tab, r, YK_COMPARE_N), 15);
    yk_table_free(&tab);
}
END_TEST

/* Two groups: Welch's ANOVA is Welch's t test (F = t^2, df1 = 1), the
 * ANOVA Student's t test with pooled variance. */
START_TEST(test_two_groups_welch_t)
{
    yk_figure_opts o = { .min_base = 2, .questions = "x" };
    yk_table tab;
    compared(two_groups, &o, &tab);
    ck_assert_uint_eq(yk_table_n_rows(&tab), 2);

    /* t.test(x1, x2): t = -1.3527289, df = 5.1411247, p-value = 0.2325917;
     * t^2 in R: t.test(x1, x2)$statistic^2 = 1.8298755187. */
    size_t r = yk_test_compare_row(&tab, "x", "welch", "");
    assert_cell(&tab, r, YK_COMPARE_STATISTIC, "1.829876");
    ck_assert_double_eq(yk_table_value(&tab, r, YK_COMPARE_DF), 1);
    assert_cell(&tab, r, YK_COMPARE_DF2, "5.1411");
    assert_cell(&tab, r, YK_COMPARE_P, "0.232592");
    /* anova(lm(c(x1,x2) ~ factor(c(rep(1,5),rep(2,4))))): Sum Sq 9.8 and
     * 34.2, eta squared 9.8 / 44 = 0.2227272727. */
    assert_cell(&tab, r, YK_COMPARE_EFFECT, "0.222727");
    ck_assert_double_eq(yk_table_value(&tab, r, YK_COMPARE_N), 9);

    /* t.test(x1, x2, var.equal = TRUE): t = -1.4162796, df = 7,
     * p-value = 0.1996187; $statistic^2 = 2.0058479532. */
    r = yk_test_compare_row(&tab, "x", "anova", "");
    assert_cell(&tab, r, YK_COMPARE_STATISTIC, "2.005848");
    ck_assert_double_eq(yk_table_value(&tab, r, YK_COMPARE_DF), 1);
    ck_assert_double_eq(yk_table_value(&tab, r, YK_COMPARE_DF2), 7);
    assert_cell(&tab, r, YK_COMPARE_P, "0.199619");
    /* p.adjust(c(0.1996186662, 0.2325916903), "holm"): 0.3992373324 both. */
    assert_cell(&tab, r, YK_COMPARE_P_ADJUSTED, "0.399237");
    assert_cell(&tab, yk_test_compare_row(&tab, "x", "welch", ""), YK_COMPARE_P_ADJUSTED,
                "0.399237");
    yk_table_free(&tab);
}
END_TEST

/* The same test from stats.c, from the groups' n, mean and variance:
 * x1 mean 4.4, var 3.3; x2 mean 6.5, var 7 (by hand: squares about the
 * mean 13.2 / 4 and 21 / 3). */
START_TEST(test_welch_t_from_moments)
{
    const double n[] = { 5, 4 }, mean[] = { 4.4, 6.5 }, var[] = { 3.3, 7 };
    double f, df1, df2, p;
    ck_assert_int_eq(yk_stats_welch(n, mean, var, 2, &f, &df1, &df2, &p), YK_OK);
    /* t.test(x1, x2): t = -1.3527289, df = 5.1411247, p-value = 0.2325917
     * (t^2 = 1.8298755187, df 5.1411247492, p 0.2325916903 to 10 digits). */
    ck_assert_double_eq_tol(f, 1.8298755187, 1e-9);
    ck_assert_double_eq(df1, 1);
    ck_assert_double_eq_tol(df2, 5.1411247492, 1e-9);
    ck_assert_double_eq_tol(p, 0.2325916903, 1e-9);
}
END_TEST

/* Each group against the rest by its favourable share: z is that of
 * prop.test(c(k, K - k), c(n, N - n), correct = FALSE) (its X-squared is
 * z^2; z's sign is that of prop 1 - prop 2), the effect the difference
 * in percentage points, p adjusted by Holm over the round's groups. */
START_TEST(test_vs_rest)
{
    yk_figure_opts o = { .min_base = 5, .questions = "a1", .vs_rest = 1 };
    yk_table tab;
    compared(responses, &o, &tab);
    /* u4 has no opinion */
    ck_assert_uint_eq(yk_test_rows_with(&tab, YK_COMPARE_TEST, "vs_rest"), 3);

    /* u1, 5 of 7 against 8 of 15: prop.test(c(5, 8), c(7, 15),
     * correct = FALSE): X-squared = 0.64647945, p-value = 0.4213742;
     * sqrt: 0.8040394558; 100 * (5/7 - 8/15) = 18.0952381. */
    size_t r = yk_test_compare_row(&tab, "a1", "vs_rest", "u1");
    assert_cell(&tab, r, YK_COMPARE_STATISTIC, "0.804039");
    assert_cell(&tab, r, YK_COMPARE_P, "0.421374");
    assert_cell(&tab, r, YK_COMPARE_EFFECT, "18.095238");
    ck_assert_double_eq(yk_table_value(&tab, r, YK_COMPARE_N), 7);
    assert_cell(&tab, r, YK_COMPARE_DF, "");
    /* p.adjust(c(0.4213741886, 0.0467078584, 0.2512680927), "holm"):
     * 0.5025361854 0.1401235752 0.5025361854 */
    assert_cell(&tab, r, YK_COMPARE_P_ADJUSTED, "0.502536");

    /* u2, 2 of 7 against 11 of 15: X-squared = 3.9558812, p-value =
     * 0.04670786; sqrt 1.988939706, negative (prop 1 0.2857 < prop 2
     * 0.7333); 100 * (2/7 - 11/15) = -44.76190476. */
    r = yk_test_compare_row(&tab, "a1", "vs_rest", "u2");
    assert_cell(&tab, r, YK_COMPARE_STATISTIC, "-1.988940");
    assert_cell(&tab, r, YK_COMPARE_P, "0.0467079");
    assert_cell(&tab, r, YK_COMPARE_P_ADJUSTED, "0.140124");
    assert_cell(&tab, r, YK_COMPARE_EFFECT, "-44.761905");
    ck_assert_double_eq(yk_table_value(&tab, r, YK_COMPARE_N), 7);

    /* u3, 6 of 8 against 7 of 14: X-squared = 1.3162393, p-value =
     * 0.2512681; sqrt 1.147274734; 100 * (6/8 - 7/14) = 25. */
    r = yk_test_compare_row(&tab, "a1", "vs_rest", "u3");
    assert_cell(&tab, r, YK_COMPARE_STATISTIC, "1.147275");
    assert_cell(&tab, r, YK_COMPARE_P, "0.251268");
    assert_cell(&tab, r, YK_COMPARE_P_ADJUSTED, "0.502536");
    assert_cell(&tab, r, YK_COMPARE_EFFECT, "25.000000");
    ck_assert_double_eq(yk_table_value(&tab, r, YK_COMPARE_N), 8);
    yk_table_free(&tab);
}
END_TEST

/* Under a minimum base of 8, u1 and u2 (7 opinions each) are hidden: only
 * u3 is tested, against all the rest as before, alone in its family. */
START_TEST(test_vs_rest_hides_small_groups)
{
    yk_figure_opts o = { .min_base = 8, .questions = "a1", .vs_rest = 1 };
    yk_table tab;
    compared(responses, &o, &tab);
    ck_assert_uint_eq(yk_test_rows_with(&tab, YK_COMPARE_TEST, "vs_rest"), 1);
    /* prop.test(c(6, 7), c(8, 14), correct = FALSE): p-value = 0.2512681 */
    size_t r = yk_test_compare_row(&tab, "a1", "vs_rest", "u3");
    assert_cell(&tab, r, YK_COMPARE_STATISTIC, "1.147275");
    assert_cell(&tab, r, YK_COMPARE_P, "0.251268");
    assert_cell(&tab, r, YK_COMPARE_P_ADJUSTED, "0.251268");
    yk_table_free(&tab);
}
END_TEST

Suite *yk_suite_compare_stats(void)
{
    Suite *s = suite_create("compare_stats");
    TCase *tc = tcase_create("compare_stats");
    tcase_add_test(tc, test_anova_and_welch_anova);
    tcase_add_test(tc, test_two_groups_welch_t);
    tcase_add_test(tc, test_welch_t_from_moments);
    tcase_add_test(tc, test_vs_rest);
    tcase_add_test(tc, test_vs_rest_hides_small_groups);
    suite_add_tcase(s, tc);
    return s;
}
