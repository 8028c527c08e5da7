/* The rounds figures (yk_figures_rounds.h) on a series of three rounds
 * of one small form built here: the change of a favourable share with
 * its two-proportion test, the trend over the rounds, and a unit's change
 * hidden under the minimum base.  References: R 4 output, quoted.
 *
 *   favourable = answer 3     2022     2023     2024
 *            u1               6/10     7/10     9/10
 *            u2               4/10     1/2      8/10
 *            u3               5/10     6/10     8/10
 *            all             15/30    14/22    25/30 */
#include <check.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include "suites.h"
#include "tally_fixture.h"
#include "yk_figures_rounds.h"

static const char survey[] =
    "type,name,label\n"
    "select_one unit,unit,Đơn vị\n"
    "select_one yes,a1,Tin tưởng\n";
static const char choices[] =
    "list_name,name,label\n"
    "unit,u1,Hòn Đất\nunit,u2,Hà Tiên\nunit,u3,Kiên Lương\n"
    "yes,1,Không\nyes,2,Phân vân\nyes,3,Có\n";
static const char *const rounds[3][2] = {
    { "2022", "unit,a1\nu1,3\nu1,3\nu1,3\nu1,3\nu1,3\nu1,3\nu1,1\nu1,1\nu1,1\nu1,1\nu2,3\nu2,3\nu2,3\nu2,3\nu2,1\nu2,1\nu2,1\nu2,1\nu2,1\nu2,1\nu3,3\nu3,3\nu3,3\nu3,3\nu3,3\nu3,1\nu3,1\nu3,1\nu3,1\nu3,1\n" },
    { "2023", "unit,a1\nu1,3\nu1,3\nu1,3\nu1,3\nu1,3\nu1,3\nu1,3\nu1,1\nu1,1\nu1,1\nu2,3\nu2,1\nu3,3\nu3,3\nu3,3\nu3,3\nu3,3\nu3,3\nu3,1\nu3,1\nu3,1\nu3,1\n" },
    { "2024", "unit,a1\nu1,3\nu1,3\nu1,3\nu1,3\nu1,3\nu1,3\nu1,3\nu1,3\nu1,3\nu1,1\nu2,3\nu2,3\nu2,3\nu2,3\nu2,3\nu2,3\nu2,3\nu2,3\nu2,1\nu2,1\nu3,3\nu3,3\nu3,3\nu3,3\nu3,3\nu3,3\nu3,3\nu3,3\nu3,1\nu3,1\n" },
};
static const char *const favourable[] = { "a1=3" };

static yk_series *series_of_three(void)
{
    yk_series *s;
    ck_assert_int_eq(yk_series_new(0, &s), YK_OK);
    for (int i = 0; i < 3; i++)
        ck_assert_int_eq(yk_series_add(s, yk_test_tally_round(survey, choices, "unit",
                                                              rounds[i][0], rounds[i][1]),
                                       NULL), YK_OK);
    ck_assert_int_eq(yk_series_finish(s, NULL, NULL), YK_OK);
    return s;
}

/* The row of unit u (SIZE_MAX: all) from round `from` to round `to`. */
static const yk_rounds_change *row_of(const yk_rounds *x, size_t u, size_t from, size_t to)
{
    for (size_t i = 0; i < x->nrows; i++)
        if (x->rows[i].unit == u && x->rows[i].from == from && x->rows[i].to == to)
            return &x->rows[i];
    ck_abort_msg("no row %zu %zu-%zu", u, from, to);
    return NULL;
}

static void compute(yk_rounds *x, yk_series *s, int64_t min_base)
{
    *x = (yk_rounds){ .favourable = favourable, .nfavourable = 1, .s = s };
    x->o.min_base = min_base;
    ck_assert_int_eq(yk_rounds_compute(x), YK_OK);
}

START_TEST(test_rounds_two_proportions)
{
    yk_series *s = series_of_three();
    yk_rounds x;
    compute(&x, s, 0);
    const yk_rounds_change *c = row_of(&x, SIZE_MAX, 0, 1);
    ck_assert(c->k1 == 15 && c->n1 == 30 && c->k2 == 14 && c->n2 == 22);
    ck_assert(c->shown);
    /* R: prop.test(c(14, 15), c(22, 30), correct = FALSE)
     *    X-squared = 0.956794330107673, p-value = 0.32799586768948;
     * z is the root of X-squared, positive: 14/22 is above 15/30. */
    const yk_rounds_test *t = &c->tests[YK_ROUNDS_TEST_SHARES];
    ck_assert(t->done);
    ck_assert_double_eq_tol(t->z, sqrt(0.956794330107673), 1e-9);
    ck_assert_double_eq_tol(t->p, 0.32799586768948, 1e-9);
    /* R: prop.test(c(25, 15), c(30, 30), correct = FALSE): X-squared = 7.5,
     * p-value = 0.00616989932054416 (the first round to the last). */
    t = &row_of(&x, SIZE_MAX, 0, 2)->tests[YK_ROUNDS_TEST_SHARES];
    ck_assert_double_eq_tol(t->z, sqrt(7.5), 1e-9);
    ck_assert_double_eq_tol(t->p, 0.00616989932054416, 1e-9);
    yk_rounds_free(&x);
    yk_series_free(s);
}
END_TEST

START_TEST(test_rounds_newcombe)
{
    yk_series *s = series_of_three();
    yk_rounds x;
    compute(&x, s, 0);
    /* The interval of 14/22 - 15/30, Newcombe's hybrid score from the two
     * Wilson intervals (R has no Newcombe of its own):
     *   w2 <- prop.test(14, 22, correct = FALSE)$conf.int  # 0.429517080901310 0.802667953296339
     *   w1 <- prop.test(15, 30, correct = FALSE)$conf.int  # 0.331541256405338 0.668458743594662
     *   d  <- 14/22 - 15/30
     *   c(d - sqrt((14/22 - w2[1])^2 + (w1[2] - 15/30)^2),
     *     d + sqrt((w2[2] - 14/22)^2 + (15/30 - w1[1])^2))
     *   # -0.130401889520278  0.373081768588324 */
    const yk_rounds_change *c = row_of(&x, SIZE_MAX, 0, 1);
    ck_assert_double_eq_tol(c->ci_low, -0.130401889520278, 1e-9);
    ck_assert_double_eq_tol(c->ci_high, 0.373081768588324, 1e-9);
    /* The same for 25/30 - 15/30: 0.0947300638496467 0.5259040222482554. */
    c = row_of(&x, SIZE_MAX, 0, 2);
    ck_assert_double_eq_tol(c->ci_low, 0.0947300638496467, 1e-9);
    ck_assert_double_eq_tol(c->ci_high, 0.5259040222482554, 1e-9);
    /* Its shares in percent: 100 x 15 / 30 = 50 and 100 x 25 / 30 = 83.3333... */
    ck_assert_double_eq_tol(yk_rounds_percent_from(c), 50, 1e-9);
    ck_assert_double_eq_tol(yk_rounds_percent_to(c), 2500.0 / 30, 1e-9);
    /* The change in points: 100 (14/22 - 15/30) = 13.6363... */
    ck_assert_double_eq_tol(yk_rounds_points(row_of(&x, SIZE_MAX, 0, 1)), 1500.0 / 110, 1e-9);
    yk_rounds_free(&x);
    yk_series_free(s);
}
END_TEST

START_TEST(test_rounds_newcombe_hidden)
{
    yk_series *s = series_of_three();
    yk_rounds x;
    compute(&x, s, 5);
    /* u2's change from 2022 to 2023 is hidden (2 answers under k = 5):
     * no interval. */
    const yk_rounds_change *c = row_of(&x, 1, 0, 1);
    ck_assert(isnan(c->ci_low) && isnan(c->ci_high));
    yk_rounds_free(&x);
    yk_series_free(s);
}
END_TEST

/* Two rounds of four units, favourable = answer 3, each of 50 answers:
 *              2023     2024    change     p (R prop.test, correct = FALSE)   Holm
 *     u1      40/50    10/50    -60 pts    1.97317529007540e-09             9.87e-09
 *     u2      40/50    25/50    -30        1.66169445798351e-03             4.99e-03
 *     u3      20/50    35/50    +30        2.56883152702272e-03             5.14e-03
 *     u4      25/50    22/50     -6        5.47784755702421e-01             0.548
 *     all   125/200   92/200   -16.5       9.26361022579721e-04             3.71e-03
 * (R: p.adjust(c(9.26361022579721e-04, 1.97317529007540e-09,
 *     1.66169445798351e-03, 2.56883152702272e-03, 5.47784755702421e-01), "holm")) */
static const char four_units[] =
    "list_name,name,label\n"
    "unit,u1,Hòn Đất\nunit,u2,Hà Tiên\nunit,u3,Kiên Lương\nunit,u4,Phú Quốc\n"
    "yes,1,Không\nyes,2,Phân vân\nyes,3,Có\n";
static const int favourable_of[4][2] = { { 40, 10 }, { 40, 25 }, { 20, 35 }, { 25, 22 } };

/* Round i's answers: unit u's favourable_of[u][i] answers 3, the rest of 50 answer 1. */
static const char *answers_of(int i, char *csv, size_t size)
{
    size_t len = (size_t)snprintf(csv, size, "unit,a1\n");
    for (int u = 0; u < 4; u++)
        for (int j = 0; j < 50; j++)
            len += (size_t)snprintf(csv + len, size - len, "u%d,%d\n", u + 1,
                                    j < favourable_of[u][i] ? 3 : 1);
    ck_assert_uint_lt(len, size);
    return csv;
}

static yk_series *series_of_two(void)
{
    static const char *const names[] = { "2023", "2024" };
    char csv[4096];
    yk_series *s;
    ck_assert_int_eq(yk_series_new(0, &s), YK_OK);
    for (int i = 0; i < 2; i++)
        ck_assert_int_eq(yk_series_add(s, yk_test_tally_round(survey, four_units, "unit", names[i],
                                                              answers_of(i, csv, sizeof csv)),
                                       NULL), YK_OK);
    ck_assert_int_eq(yk_series_finish(s, NULL, NULL), YK_OK);
    return s;
}

START_TEST(test_rounds_largest)
{
    yk_series *s = series_of_two();
    yk_rounds x;
    compute(&x, s, 0);
    /* The province's fall is significant, but only units are told. */
    ck_assert(yk_rounds_significant(row_of(&x, SIZE_MAX, 0, 1)));
    /* The largest fall is u1's (-60 points), then u2's (-30); u4's -6 is
     * not significant (Holm 0.548), so there is no third. */
    const yk_rounds_change *told[3];
    told[0] = yk_rounds_largest(&x, 1, -1, told, 0);
    ck_assert_ptr_eq(told[0], row_of(&x, 0, 0, 1));
    ck_assert_double_eq_tol(yk_rounds_points(told[0]), -60, 1e-9);
    told[1] = yk_rounds_largest(&x, 1, -1, told, 1);
    ck_assert_ptr_eq(told[1], row_of(&x, 1, 0, 1));
    ck_assert_double_eq_tol(told[1]->tests[YK_ROUNDS_TEST_SHARES].adj, 4.98508337395052e-03, 1e-12);
    ck_assert_double_eq_tol(row_of(&x, 3, 0, 1)->tests[YK_ROUNDS_TEST_SHARES].adj,
                            5.47784755702421e-01, 1e-9);
    ck_assert(!yk_rounds_significant(row_of(&x, 3, 0, 1)));
    ck_assert_ptr_null(yk_rounds_largest(&x, 1, -1, told, 2));
    /* The only significant rise is u3's. */
    ck_assert_ptr_eq(yk_rounds_largest(&x, 1, +1, NULL, 0), row_of(&x, 2, 0, 1));
    /* The province has one change, a significant fall. */
    size_t rises = 9, falls = 9;
    yk_rounds_count_significant(&x, 1, &rises, &falls);
    ck_assert_uint_eq(rises, 0);
    ck_assert_uint_eq(falls, 1);
    yk_rounds_free(&x);
    yk_series_free(s);
}
END_TEST

START_TEST(test_rounds_series_changes)
{
    yk_series *s = series_of_two();
    yk_rounds x;
    yk_rounds_series c;
    compute(&x, s, 0);
    ck_assert_int_eq(yk_rounds_series_of(&x, 1, &c), YK_OK);   /* a1: question 1 */
    /* The province, then u1..u4; nothing hidden without a minimum base. */
    ck_assert_uint_eq(c.nrounds, 2);
    ck_assert_uint_eq(c.nrows, 5);
    ck_assert_uint_eq(c.rows[0].unit, SIZE_MAX);
    ck_assert(!c.suppressed);
    /* The province: 125/200 = 62.5 %, 92/200 = 46 %; a significant fall
     * of 16.5 points (Holm 3.71e-03, the table above). */
    ck_assert_double_eq_tol(c.rows[0].share[0], 62.5, 1e-9);
    ck_assert_double_eq_tol(c.rows[0].share[1], 46, 1e-9);
    ck_assert_double_eq(c.rows[0].base[1], 200);
    ck_assert_double_eq_tol(c.rows[0].change[0], -16.5, 1e-9);
    /* u1 falls 60 points (40/50 = 80 % to 10/50 = 20 %), u3 rises 30;
     * u4's fall of 6 is not significant (Holm 0.548): no change drawn. */
    ck_assert_uint_eq(c.rows[1].unit, 0);
    ck_assert_double_eq_tol(c.rows[1].change[0], -60, 1e-9);
    ck_assert_double_eq_tol(c.rows[3].change[0], 30, 1e-9);
    ck_assert_double_eq_tol(c.rows[4].share[1], 44, 1e-9);
    ck_assert(isnan(c.rows[4].change[0]));
    yk_rounds_series_free(&c);
    yk_rounds_free(&x);
    yk_series_free(s);
}
END_TEST

START_TEST(test_rounds_series_hidden)
{
    yk_series *s = series_of_three();
    yk_rounds x;
    yk_rounds_series c;
    compute(&x, s, 5);
    ck_assert_int_eq(yk_rounds_series_of(&x, 1, &c), YK_OK);
    ck_assert_uint_eq(c.nrows, 4);
    ck_assert(c.suppressed);
    /* 2023: u2 sent 2 answers, under k = 5: its share is blank, its base
     * still written.  Alone it could be worked out from the province's
     * 14/22, so the smallest shown unit goes with it: u1 (10 answers,
     * tied with u3; a tie goes to the earlier unit). */
    ck_assert(isnan(c.rows[2].share[1]));
    ck_assert_double_eq(c.rows[2].base[1], 2);
    ck_assert(isnan(c.rows[1].share[1]));
    ck_assert_double_eq_tol(c.rows[3].share[1], 60, 1e-9);       /* u3: 6/10 */
    /* Their shares of the other rounds stay: u1 6/10 and 9/10. */
    ck_assert_double_eq_tol(c.rows[1].share[0], 60, 1e-9);
    ck_assert_double_eq_tol(c.rows[1].share[2], 90, 1e-9);
    /* The province's 2023 share is shown: 14/22 = 63.6363... % */
    ck_assert_double_eq_tol(c.rows[0].share[1], 1400.0 / 22, 1e-9);
    yk_rounds_series_free(&c);
    yk_rounds_free(&x);
    yk_series_free(s);
}
END_TEST

START_TEST(test_rounds_series_hidden_takes_changes)
{
    yk_series *s = series_of_two();
    yk_rounds x;
    yk_rounds_series c;
    compute(&x, s, 51);
    ck_assert_int_eq(yk_rounds_series_of(&x, 1, &c), YK_OK);
    /* Every unit's 50 answers are under k = 51: u1's shares are blank and
     * so is its change, -60 points and significant when shown (above);
     * the province (200) keeps its fall of 16.5 points. */
    ck_assert(c.suppressed);
    ck_assert(isnan(c.rows[1].share[0]) && isnan(c.rows[1].share[1]));
    ck_assert(isnan(c.rows[1].change[0]));
    ck_assert_double_eq_tol(c.rows[0].change[0], -16.5, 1e-9);
    yk_rounds_series_free(&c);
    yk_rounds_free(&x);
    yk_series_free(s);
}
END_TEST

START_TEST(test_rounds_trend)
{
    yk_series *s = series_of_three();
    yk_rounds x;
    compute(&x, s, 0);
    /* R: prop.trend.test(c(15, 14, 25), c(30, 22, 30), score = 0:2)
     *    X-squared = 7.41181657848325, p-value = 0.00647968642289136;
     * on the row from the first round to the last, rising: z > 0. */
    const yk_rounds_test *t = &row_of(&x, SIZE_MAX, 0, 2)->tests[YK_ROUNDS_TEST_TREND];
    ck_assert(t->done);
    ck_assert_double_eq_tol(t->z, sqrt(7.41181657848325), 1e-9);
    ck_assert_double_eq_tol(t->p, 0.00647968642289136, 1e-9);
    /* A change between consecutive rounds has no trend. */
    ck_assert(!row_of(&x, SIZE_MAX, 0, 1)->tests[YK_ROUNDS_TEST_TREND].done);
    yk_rounds_free(&x);
    yk_series_free(s);
}
END_TEST

START_TEST(test_rounds_hidden_under_min_base)
{
    yk_series *s = series_of_three();
    yk_rounds x;
    compute(&x, s, 5);
    /* u2 sent 2 answers in 2023, under k = 5: its changes to and from
     * 2023 are blank, untested, and counted as suppressed. */
    const yk_rounds_change *c = row_of(&x, 1, 0, 1);
    ck_assert(!c->shown && c->shown_from && !c->shown_to);
    ck_assert(!c->tests[YK_ROUNDS_TEST_SHARES].done);
    ck_assert(!row_of(&x, 1, 1, 2)->shown);
    ck_assert_uint_ge(x.suppressed, 2);
    /* Its change from 2022 to 2024 is shown (10 and 10), but the trend,
     * which goes through the hidden 2023, is not computed. */
    c = row_of(&x, 1, 0, 2);
    ck_assert(c->shown && c->tests[YK_ROUNDS_TEST_SHARES].done);
    ck_assert(!c->tests[YK_ROUNDS_TEST_TREND].done);
    /* The province (all units, 14 answers in 2023) is shown. */
    ck_assert(row_of(&x, SIZE_MAX, 0, 1)->shown);
    yk_rounds_free(&x);
    yk_series_free(s);
}
END_TEST

START_TEST(test_rounds_table)
{
    yk_series *s = series_of_three();
    yk_rounds x;
    yk_table tab;
    compute(&x, s, 5);
    yk_table_init(&tab, yk_rounds_columns, YK_ROUNDS_NCOLS);
    ck_assert_int_eq(yk_rounds_table(&x, &tab), YK_OK);
    ck_assert_uint_eq(yk_table_n_rows(&tab), x.nrows);
    /* Row 0: all units, 2022 to 2023.  Shares 15/30 = 50 % and 14/22 =
     * 63.6364 %; the change 13.6364 points; bases 30 and 22. */
    ck_assert_str_eq(yk_table_text_at(&tab, 0, YK_ROUNDS_QUESTION), "a1");
    ck_assert_str_eq(yk_table_text_at(&tab, 0, YK_ROUNDS_GROUP), "");
    ck_assert_str_eq(yk_table_text_at(&tab, 0, YK_ROUNDS_ROUND_FROM), "2022");
    ck_assert_str_eq(yk_table_text_at(&tab, 0, YK_ROUNDS_ROUND_TO), "2023");
    ck_assert_double_eq(yk_table_value(&tab, 0, YK_ROUNDS_SHARE_FROM), 50);
    ck_assert_double_eq_tol(yk_table_value(&tab, 0, YK_ROUNDS_SHARE_TO), 63.6364, 1e-9);
    ck_assert_double_eq_tol(yk_table_value(&tab, 0, YK_ROUNDS_CHANGE), 13.6364, 1e-9);
    ck_assert_double_eq(yk_table_value(&tab, 0, YK_ROUNDS_N_FROM), 30);
    ck_assert_double_eq(yk_table_value(&tab, 0, YK_ROUNDS_N_TO), 22);
    ck_assert_str_eq(yk_table_text_at(&tab, 0, YK_ROUNDS_FAVOURABLE), "3");
    /* p of the R prop.test above, 0.32799586768948, to 6 decimals. */
    ck_assert_str_eq(yk_table_text_at(&tab, 0, YK_ROUNDS_P), "0.327996");
    /* ... and a number cell (a workbook writes it as one), as shown. */
    ck_assert(yk_table_is_shown(&tab, 0, YK_ROUNDS_P));
    ck_assert_double_eq(yk_table_value(&tab, 0, YK_ROUNDS_P), 0.327996);
    /* u2's change from 2022 to 2023 is hidden (2 answers under k = 5). */
    size_t r = (size_t)(row_of(&x, 1, 0, 1) - x.rows);
    ck_assert_str_eq(yk_table_text_at(&tab, r, YK_ROUNDS_GROUP), "u2");
    ck_assert(!yk_table_is_shown(&tab, r, YK_ROUNDS_CHANGE));
    ck_assert(!yk_table_is_shown(&tab, r, YK_ROUNDS_SHARE_TO));
    ck_assert(yk_table_is_shown(&tab, r, YK_ROUNDS_SHARE_FROM));
    yk_table_free(&tab);
    yk_rounds_free(&x);
    yk_series_free(s);
}
END_TEST

Suite *yk_suite_rounds(void)
{
    Suite *s = suite_create("rounds");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, test_rounds_two_proportions);
    tcase_add_test(tc, test_rounds_newcombe);
    tcase_add_test(tc, test_rounds_newcombe_hidden);
    tcase_add_test(tc, test_rounds_largest);
    tcase_add_test(tc, test_rounds_series_changes);
    tcase_add_test(tc, test_rounds_series_hidden);
    tcase_add_test(tc, test_rounds_series_hidden_takes_changes);
    tcase_add_test(tc, test_rounds_trend);
    tcase_add_test(tc, test_rounds_hidden_under_min_base);
    tcase_add_test(tc, test_rounds_table);
    suite_add_tcase(s, tc);
    return s;
}
