/* scale computed in lib: Cronbach's alpha of a three-item scale, each
 * item's correlation with the others' total and alpha without it, and the
 * block left blank under the minimum base — on a tally of 5 responses
 * built here, checked against R 4 (base R, the script in the comments). */
#include <check.h>
#include <math.h>
#include <string.h>
#include "suites.h"
#include "tally_fixture.h"
#include "yk_figures_scale.h"

static const char survey[] =
    "type,name,label,scale\n"
    "select_one agree,b1,Tin tưởng Đoàn,tin\n"
    "select_one agree,b2,Tin tưởng cán bộ,tin\n"
    "select_one agree,b3,Tin tưởng chủ trương,tin\n";
static const char choices[] =
    "list_name,name,label\n"
    "agree,1,Rất không đồng ý\nagree,2,Không đồng ý\nagree,3,Phân vân\n"
    "agree,4,Đồng ý\nagree,5,Rất đồng ý\n";

/* x <- matrix(c(4,5,4, 3,3,2, 5,5,5, 2,3,3, 4,4,5), ncol = 3, byrow = TRUE) */
static const char responses[] = "b1,b2,b3\n4,5,4\n3,3,2\n5,5,5\n2,3,3\n4,4,5\n";

static size_t item_row(const yk_table *t, const char *item)
{
    for (size_t r = 0; r < yk_table_n_rows(t); r++)
        if (strcmp(yk_table_text_at(t, r, YK_SCALE_ITEM), item) == 0)
            return r;
    ck_abort_msg("no item %s", item);
    return 0;
}

START_TEST(test_scale_alpha)
{
    yk_tally *t = yk_test_tally(survey, choices, NULL, responses);
    yk_figure_opts o = { .min_base = 5 };
    yk_table tab;
    unsigned long blank = 0;
    yk_table_init(&tab, yk_scale_columns, YK_SCALE_NCOLS);
    ck_assert_int_eq(yk_figures_scale(t, &o, &tab, &blank), YK_OK);
    ck_assert_uint_eq(yk_table_n_rows(&tab), 4);       /* the scale, its 3 items */
    ck_assert_str_eq(yk_table_text_at(&tab, 0, YK_SCALE_SCALE), "tin");
    ck_assert_double_eq(yk_table_value(&tab, 0, YK_SCALE_ITEMS), 3);
    ck_assert_double_eq(yk_table_value(&tab, 0, YK_SCALE_N), 5);
    /* var by item (apply(x, 2, var)): 1.3, 1.0, 1.7; var(rowSums(x)) =
     * 10.3; alpha = 3/2 (1 - 4.0/10.3) = 0.9174757 */
    ck_assert_str_eq(yk_table_text_at(&tab, 0, YK_SCALE_ALPHA), "0.9175");
    /* b1: cor(x[,1], rowSums(x[,-1])) = 0.8697969; alpha of b2, b3:
     * 2 (1 - (1.0 + 1.7)/var(rowSums(x[,-1]))) = 0.8510638 */
    size_t r = item_row(&tab, "b1");
    ck_assert_str_eq(yk_table_text_at(&tab, r, YK_SCALE_ITEM_TOTAL), "0.8698");
    ck_assert_str_eq(yk_table_text_at(&tab, r, YK_SCALE_ALPHA_IF_DELETED), "0.8511");
    /* b3: 0.7952062 and 0.9302326 */
    r = item_row(&tab, "b3");
    ck_assert_str_eq(yk_table_text_at(&tab, r, YK_SCALE_ITEM_TOTAL), "0.7952");
    ck_assert_str_eq(yk_table_text_at(&tab, r, YK_SCALE_ALPHA_IF_DELETED), "0.9302");
    ck_assert_uint_eq(blank, 0);
    yk_table_free(&tab);
    yk_tally_free(t);
}
END_TEST

START_TEST(test_scale_under_min_base)
{
    yk_tally *t = yk_test_tally(survey, choices, NULL, responses);
    yk_figure_opts o = { .min_base = 6 };
    yk_table tab;
    unsigned long blank = 0;
    yk_table_init(&tab, yk_scale_columns, YK_SCALE_NCOLS);
    ck_assert_int_eq(yk_figures_scale(t, &o, &tab, &blank), YK_OK);
    /* 5 respondents, under 6: n stays, alpha and the items' figures go. */
    ck_assert_double_eq(yk_table_value(&tab, 0, YK_SCALE_N), 5);
    ck_assert(isnan(yk_table_value(&tab, 0, YK_SCALE_ALPHA)));
    ck_assert(isnan(yk_table_value(&tab, item_row(&tab, "b1"), YK_SCALE_ITEM_TOTAL)));
    ck_assert_uint_eq(blank, 1);
    yk_table_free(&tab);
    yk_tally_free(t);
}
END_TEST

Suite *yk_suite_figures_scale(void)
{
    Suite *s = suite_create("figures_scale");
    TCase *tc = tcase_create("figures");
    tcase_add_test(tc, test_scale_alpha);
    tcase_add_test(tc, test_scale_under_min_base);
    suite_add_tcase(s, tc);
    return s;
}
