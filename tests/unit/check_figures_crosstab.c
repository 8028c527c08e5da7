/* crosstab computed in lib: a sparse 2 x 2 table's chi-square, residuals,
 * Cramér's V and Fisher's exact test, and a small column hidden with the
 * one that would give it away — on a tally of 20 responses built here,
 * each figure checked against R 4 (the script is in the comments). */
#include <check.h>
#include <math.h>
#include <string.h>
#include "suites.h"
#include "tally_fixture.h"
#include "yk_figures_crosstab.h"

static const char survey[] =
    "type,name,label\n"
    "select_one unit,unit,Đơn vị\n"
    "select_one sex,gioi,Giới tính\n";
static const char choices[] =
    "list_name,name,label\n"
    "unit,u1,Hòn Đất\nunit,u2,Hà Tiên\n"
    "sex,nam,Nam\nsex,nu,Nữ\n";

/* unit x gioi:  nam  nu
 *          u1     8   2
 *          u2     3   7      m <- matrix(c(8,2,3,7), 2, byrow = TRUE) */
static const char responses[] =
    "unit,gioi\n"
    "u1,nam\nu1,nam\nu1,nam\nu1,nam\nu1,nam\nu1,nam\nu1,nam\nu1,nam\nu1,nu\nu1,nu\n"
    "u2,nam\nu2,nam\nu2,nam\nu2,nu\nu2,nu\nu2,nu\nu2,nu\nu2,nu\nu2,nu\nu2,nu\n";

enum { GIOI = 1 };              /* the column question's index in the form */

static void count_warning(void *ctx, const yk_diag *d)
{
    (void)d;
    ++*(int *)ctx;
}

static size_t row_of(const yk_table *t, const char *row, const char *col)
{
    for (size_t r = 0; r < yk_table_n_rows(t); r++)
        if (strcmp(yk_table_text_at(t, r, YK_CROSSTAB_ROW), row) == 0 &&
            strcmp(yk_table_text_at(t, r, YK_CROSSTAB_COL), col) == 0)
            return r;
    ck_abort_msg("no row %s/%s", row, col);
    return 0;
}

START_TEST(test_crosstab_sparse_2x2)
{
    yk_tally *t = yk_test_tally(survey, choices, "unit", responses);
    int warnings = 0;
    yk_figure_opts o = { .min_base = 0, .no_suppression = 1, .diag = count_warning,
                         .diag_ctx = &warnings };
    yk_table tab;
    unsigned long blank = 0;
    yk_table_init(&tab, yk_crosstab_columns, YK_CROSSTAB_NCOLS);
    ck_assert_int_eq(yk_figures_crosstab(t, GIOI, &o, &tab, &blank), YK_OK);
    /* 4 cells, chisq, g2, cramer_v, and fisher: the expected counts
     * (chisq.test(m)$expected: 5.5 4.5 / 5.5 4.5) have 2 of 4 under 5,
     * more than a fifth, which is said once. */
    ck_assert_uint_eq(yk_table_n_rows(&tab), 8);
    ck_assert_int_eq(warnings, 1);
    size_t r = row_of(&tab, "u1", "nam");
    ck_assert_double_eq(yk_table_value(&tab, r, YK_CROSSTAB_N), 8);
    ck_assert_str_eq(yk_table_text_at(&tab, r, YK_CROSSTAB_ROW_PERCENT), "80.0000");    /* 8/10 */
    ck_assert_str_eq(yk_table_text_at(&tab, r, YK_CROSSTAB_COL_PERCENT), "72.7273");    /* 8/11 */
    ck_assert_str_eq(yk_table_text_at(&tab, r, YK_CROSSTAB_EXPECTED), "5.5000");
    /* chisq.test(m, correct = FALSE)$stdres[1, 1] = 2.247332875 */
    ck_assert_str_eq(yk_table_text_at(&tab, r, YK_CROSSTAB_RESIDUAL), "2.2473");
    /* chisq.test(m, correct = FALSE): X-squared = 5.0505051, df = 1,
     * p-value = 0.02461876 */
    r = row_of(&tab, "_test", "chisq");
    ck_assert_str_eq(yk_table_text_at(&tab, r, YK_CROSSTAB_STATISTIC), "5.050505");
    ck_assert_double_eq(yk_table_value(&tab, r, YK_CROSSTAB_DF), 1);
    ck_assert_double_eq_tol(yk_table_value(&tab, r, YK_CROSSTAB_P), 0.0246188, 1e-12);
    /* Cramér's V: sqrt(5.0505051 / 20) = 0.5025189 */
    r = row_of(&tab, "_test", "cramer_v");
    ck_assert_str_eq(yk_table_text_at(&tab, r, YK_CROSSTAB_STATISTIC), "0.502519");
    /* fisher.test(m)$p.value = 0.06977851869 */
    r = row_of(&tab, "_test", "fisher");
    ck_assert_str_eq(yk_table_text_at(&tab, r, YK_CROSSTAB_P), "0.0697785");
    ck_assert_str_eq(yk_table_text_at(&tab, r, YK_CROSSTAB_STATISTIC), "");
    ck_assert_uint_eq(blank, 0);
    yk_table_free(&tab);
    yk_tally_free(t);
}
END_TEST

START_TEST(test_crosstab_small_column_hidden)
{
    yk_tally *t = yk_test_tally(survey, choices, "unit", responses);
    unsigned long blank = 0, secondary = 0;
    yk_figure_opts o = { .min_base = 10, .secondary = &secondary };
    yk_table tab;
    yk_table_init(&tab, yk_crosstab_columns, YK_CROSSTAB_NCOLS);
    ck_assert_int_eq(yk_figures_crosstab(t, GIOI, &o, &tab, &blank), YK_OK);
    /* Columns: nam 11, nu 9.  nu is under 10 (primary: its two cells);
     * alone hidden it could be worked out from the total, so nam goes too
     * (secondary: two cells).  The rows (10 and 10) stay. */
    for (size_t r = 0; r < 4; r++)
        ck_assert(isnan(yk_table_value(&tab, r, YK_CROSSTAB_N)));
    ck_assert_uint_eq(blank, 2);
    ck_assert_uint_eq(secondary, 2);
    yk_table_free(&tab);
    yk_tally_free(t);
}
END_TEST

Suite *yk_suite_figures_crosstab(void)
{
    Suite *s = suite_create("figures_crosstab");
    TCase *tc = tcase_create("figures");
    tcase_add_test(tc, test_crosstab_sparse_2x2);
    tcase_add_test(tc, test_crosstab_small_column_hidden);
    suite_add_tcase(s, tc);
    return s;
}
