/* The figures of open answers (yk_figures_comments.h) on a comments tally
 * of two rounds built here from 44 responses each in three units.  Counts
 * are worked by hand beside each check; intervals, chi-squares and
 * p-values are R 4's (base R, the command in the comment). */
#include <check.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "suites.h"
#include "tally_fixture.h"
#include "yk_coder.h"
#include "yk_figures_comments.h"
#include "yk_reader.h"

static const char survey[] =
    "type,name,label\n"
    "select_one unit,unit,Đơn vị\n"
    "text,gop_y,Góp ý\n";
static const char choices[] =
    "list_name,name,label\n"
    "unit,a,Rạch Giá\nunit,b,Hà Tiên\nunit,c,Hòn Đất\n";
static const char codebook[] =
    "theme,label,phrases,label::English\n"
    "sinh_hoat,Sinh hoạt chi đoàn,sinh hoạt,Branch meetings\n"
    "can_bo,Cán bộ Đoàn,cán bộ|bí thư,Union cadres\n";

/* Round r1, by hand:
 *   a: 12 "sinh hoạt chi đoàn nhàm chán", 4 "cán bộ cần gần dân", 4 blank
 *      -> 20 responses, 16 answered, sinh_hoat 12, can_bo 4, uncoded 0;
 *   b: 5 "sinh hoạt ít", 10 "cán bộ tốt", 3 "không có gì", 2 "."
 *      -> 20 responses, 18 answered ("." is none), 5, 10, uncoded 3;
 *   c: 3 "sinh hoạt", 1 blank -> 4 responses, 3 answered, 3, 0, 0;
 *   all: 44 responses, 37 answered, sinh_hoat 20, can_bo 14, uncoded 3.
 * Round r2 as r1 but a: 6 "sinh hoạt hay", 10 "cán bộ tốt", 4 blank
 *   -> all: 44, 37, sinh_hoat 14, can_bo 20, uncoded 3. */
static void repeat(FILE *f, const char *unit, const char *answer, int n)
{
    for (int i = 0; i < n; i++)
        fprintf(f, "%s,%s\n", unit, answer);
}

static char *responses(int round)
{
    char *s = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&s, &len);
    fputs("unit,gop_y\n", f);
    if (round == 1) {
        repeat(f, "a", "sinh hoạt chi đoàn nhàm chán", 12);
        repeat(f, "a", "cán bộ cần gần dân", 4);
    } else {
        repeat(f, "a", "sinh hoạt hay", 6);
        repeat(f, "a", "cán bộ tốt", 10);
    }
    repeat(f, "a", "", 4);
    repeat(f, "b", "sinh hoạt ít", 5);
    repeat(f, "b", "cán bộ tốt", 10);
    repeat(f, "b", "không có gì", 3);
    repeat(f, "b", ".", 2);
    repeat(f, "c", "sinh hoạt", 3);
    repeat(f, "c", "", 1);
    fclose(f);
    return s;
}

typedef struct {
    yk_comments *c;
    const char *round;
} sink;

static void add_response(void *ctx, const yk_response *r)
{
    sink *s = ctx;
    ck_assert_int_eq(yk_comments_add(s->c, s->round, r), YK_OK);
}

static void add_rows(yk_comments *c, const yk_form *form, const char *round, const char *csv)
{
    sink s = { c, round };
    yk_test_code_rows(form, csv, strlen(csv), add_response, &s);
}

static yk_form *form;
static yk_themes *themes;
static yk_comments *tally;

static void setup(void)
{
    yk_memory m;
    yk_input in = yk_input_memory(&m, codebook, strlen(codebook));
    form = yk_test_form(survey, choices);
    ck_assert_int_eq(yk_themes_load("chu-de.csv", &in, 0, NULL, NULL, &themes), YK_OK);
    yk_comments_opts o = { .themes = themes, .quotes = 2, .seed = 1, .uncoded = 1 };
    ck_assert_int_eq(yk_comments_new(form, "unit", &o, &tally), YK_OK);
    for (int r = 1; r <= 2; r++) {
        char *csv = responses(r);
        add_rows(tally, form, r == 1 ? "r1" : "r2", csv);
        free(csv);
    }
}

static void teardown(void)
{
    yk_comments_free(tally);
    yk_themes_free(themes);
    yk_form_free(form);
}

/* Percents, bounds and chi-squares are shown to 4 decimals, p to 6
 * significant digits: the table's values are rounded so. */
static const double tol = 5e-5, ptol = 1e-6;

static yk_figure_opts opts(long min_base, const char *by)
{
    return (yk_figure_opts){ .min_base = min_base, .by = by, .round = "r1" };
}

/* The row whose first columns (round, group, question[, theme]) are these. */
static size_t row_of(const yk_table *t, size_t n, const size_t *cols, const char *const *texts)
{
    return yk_test_row(t, n, cols, texts);
}

START_TEST(answered_with_wilson)
{
    yk_table t;
    unsigned long blank;
    yk_figure_opts o = opts(10, NULL);
    yk_table_init(&t, yk_answered_columns, YK_ANSWERED_NCOLS);
    ck_assert_int_eq(yk_figures_answered(tally, &o, &t, &blank), YK_OK);
    ck_assert_uint_eq(yk_table_n_rows(&t), 1);     /* r1, all, gop_y */
    ck_assert_str_eq(yk_table_text_at(&t, 0, YK_ANSWERED_GROUP), "");
    ck_assert_str_eq(yk_table_text_at(&t, 0, YK_ANSWERED_LABEL), "Góp ý");
    ck_assert_double_eq(yk_table_value(&t, 0, YK_ANSWERED_N), 37);
    ck_assert_double_eq(yk_table_value(&t, 0, YK_ANSWERED_BASE), 44);
    ck_assert_double_eq_tol(yk_table_value(&t, 0, YK_ANSWERED_PERCENT), 100.0 * 37 / 44, tol);
    /* R: prop.test(37, 44, correct = FALSE)$conf.int: 0.7063379494 0.9207332299 */
    ck_assert_double_eq_tol(yk_table_value(&t, 0, YK_ANSWERED_CI_LOW), 70.63379494, tol);
    ck_assert_double_eq_tol(yk_table_value(&t, 0, YK_ANSWERED_CI_HIGH), 92.07332299, tol);
    ck_assert_uint_eq(blank, 0);
    yk_table_free(&t);
}
END_TEST

START_TEST(themes_with_wilson)
{
    yk_table t;
    unsigned long blank;
    yk_figure_opts o = opts(10, NULL);
    static const size_t cols[] = { YK_THEMES_GROUP, YK_THEMES_THEME };
    yk_table_init(&t, yk_themes_columns, YK_THEMES_NCOLS);
    ck_assert_int_eq(yk_figures_themes(tally, &o, 0, &t, &blank), YK_OK);
    ck_assert_uint_eq(yk_table_n_rows(&t), 3);     /* two themes and _uncoded */
    size_t r = row_of(&t, 2, cols, (const char *const[]){ "", "sinh_hoat" });
    ck_assert_str_eq(yk_table_text_at(&t, r, YK_THEMES_LABEL), "Sinh hoạt chi đoàn");
    ck_assert_double_eq(yk_table_value(&t, r, YK_THEMES_N), 20);
    ck_assert_double_eq(yk_table_value(&t, r, YK_THEMES_BASE), 37);
    /* R: prop.test(20, 37, correct = FALSE)$conf.int: 0.3838404689 0.6896143020 */
    ck_assert_double_eq_tol(yk_table_value(&t, r, YK_THEMES_CI_LOW), 38.38404689, tol);
    ck_assert_double_eq_tol(yk_table_value(&t, r, YK_THEMES_CI_HIGH), 68.96143020, tol);
    r = row_of(&t, 2, cols, (const char *const[]){ "", "can_bo" });
    ck_assert_double_eq(yk_table_value(&t, r, YK_THEMES_N), 14);
    r = row_of(&t, 2, cols, (const char *const[]){ "", YK_THEMES_UNCODED });
    ck_assert_str_eq(yk_table_text_at(&t, r, YK_THEMES_LABEL), "Chưa xếp chủ đề");
    ck_assert_double_eq(yk_table_value(&t, r, YK_THEMES_N), 3);
    /* R: prop.test(3, 37, correct = FALSE)$conf.int: 0.0279605741 0.2130067935 */
    ck_assert_double_eq_tol(yk_table_value(&t, r, YK_THEMES_CI_LOW), 2.79605741, tol);
    ck_assert_double_eq_tol(yk_table_value(&t, r, YK_THEMES_CI_HIGH), 21.30067935, tol);
    yk_table_free(&t);
}
END_TEST

/* --by with k = 10: c (3 answered) is under k; then only c is hidden, so
 * the smallest shown unit, a (16), is hidden too; b (18) alone is shown.
 * Blank: 3 rows (two themes and _uncoded) of c under k, 3 of a hidden by
 * the secondary rule. */
START_TEST(themes_by_unit_blanked)
{
    yk_table t;
    unsigned long blank, secondary = 0;
    yk_figure_opts o = opts(10, "unit");
    o.secondary = &secondary;
    static const size_t cols[] = { YK_THEMES_GROUP, YK_THEMES_THEME };
    yk_table_init(&t, yk_themes_columns, YK_THEMES_NCOLS);
    ck_assert_int_eq(yk_figures_themes(tally, &o, 1, &t, &blank), YK_OK);
    ck_assert_uint_eq(yk_table_n_rows(&t), 12);    /* all, a, b, c x 3 */
    size_t r = row_of(&t, 2, cols, (const char *const[]){ "c", "sinh_hoat" });
    ck_assert(!yk_table_is_shown(&t, r, YK_THEMES_N));
    ck_assert(!yk_table_is_shown(&t, r, YK_THEMES_PERCENT));
    ck_assert_double_eq(yk_table_value(&t, r, YK_THEMES_BASE), 3);
    r = row_of(&t, 2, cols, (const char *const[]){ "a", "can_bo" });
    ck_assert(!yk_table_is_shown(&t, r, YK_THEMES_PERCENT));
    r = row_of(&t, 2, cols, (const char *const[]){ "b", "can_bo" });
    ck_assert(yk_table_is_shown(&t, r, YK_THEMES_PERCENT));
    ck_assert_double_eq(yk_table_value(&t, r, YK_THEMES_N), 10);
    ck_assert_double_eq(yk_table_value(&t, r, YK_THEMES_BASE), 18);
    ck_assert_str_eq(yk_table_text_at(&t, r, YK_THEMES_LABEL), "Union cadres");
    ck_assert_uint_eq(blank, 3);
    ck_assert_uint_eq(secondary, 3);
    yk_table_free(&t);
}
END_TEST

/* k = 3: every unit shown.  The units x (theme, not) tables:
 *   sinh_hoat [[12,4],[5,13],[3,0]], can_bo [[4,12],[10,8],[0,3]].
 * R: chisq.test(matrix(c(12,5,3,4,13,0),3), correct=FALSE): X2 =
 * 10.38055555556, df 2, p 0.00557045925; chisq.test(matrix(c(4,10,0,12,
 * 8,3),3), correct=FALSE): 5.34955141477, 2, 0.06892228542;
 * p.adjust(c(0.00557045925, 0.06892228542), "holm"): 0.01114091850
 * 0.06892228542. */
START_TEST(themes_tested_across_units)
{
    yk_table t;
    unsigned long blank;
    yk_figure_opts o = opts(3, "unit");
    yk_table_init(&t, yk_themes_test_columns, YK_THEMES_TEST_NCOLS);
    ck_assert_int_eq(yk_figures_themes_test(tally, &o, 0, &t, &blank), YK_OK);
    ck_assert_uint_eq(yk_table_n_rows(&t), 2);
    ck_assert_str_eq(yk_table_text_at(&t, 0, YK_THEMES_TEST_THEME), "sinh_hoat");
    ck_assert_double_eq(yk_table_value(&t, 0, YK_THEMES_TEST_UNITS), 3);
    ck_assert_double_eq_tol(yk_table_value(&t, 0, YK_THEMES_TEST_CHISQ), 10.38055555556, tol);
    ck_assert_double_eq(yk_table_value(&t, 0, YK_THEMES_TEST_DF), 2);
    ck_assert_double_eq_tol(yk_table_value(&t, 0, YK_THEMES_TEST_P), 0.00557045925, ptol);
    ck_assert_double_eq_tol(yk_table_value(&t, 0, YK_THEMES_TEST_P_ADJUSTED), 0.01114091850,
                            ptol);
    ck_assert_double_eq_tol(yk_table_value(&t, 1, YK_THEMES_TEST_CHISQ), 5.34955141477, tol);
    ck_assert_double_eq_tol(yk_table_value(&t, 1, YK_THEMES_TEST_P), 0.06892228542, ptol);
    ck_assert_double_eq_tol(yk_table_value(&t, 1, YK_THEMES_TEST_P_ADJUSTED), 0.06892228542,
                            ptol);
    ck_assert_uint_eq(blank, 0);
    yk_table_free(&t);
    /* k = 10 hides c, then a (above): one unit left, no test. */
    unsigned long secondary = 0;
    o = opts(10, "unit");
    o.secondary = &secondary;
    yk_table_init(&t, yk_themes_test_columns, YK_THEMES_TEST_NCOLS);
    ck_assert_int_eq(yk_figures_themes_test(tally, &o, 0, &t, &blank), YK_OK);
    ck_assert(!yk_table_is_shown(&t, 0, YK_THEMES_TEST_CHISQ));
    ck_assert_double_eq(yk_table_value(&t, 0, YK_THEMES_TEST_UNITS), 1);
    ck_assert_uint_eq(blank, 1);
    ck_assert_uint_eq(secondary, 1);
    yk_table_free(&t);
}
END_TEST

/* sinh_hoat 20/37 in r1 to 14/37 in r2; can_bo 14/37 to 20/37; uncoded
 * 3/37 both.  R, with w(k, n) = prop.test(k, n, correct=FALSE)$conf.int:
 * Newcombe's d - sqrt((p2 - l2)^2 + (u1 - p1)^2) ... in percent:
 * -16.216216216, -36.512730570, 6.223221174; prop.test(c(20,14),
 * c(37,37), correct=FALSE)$p.value = 0.1616391958; the uncoded share does
 * not move (z = 0, p = 1); Holm over the three: 3 x 0.1616391958 =
 * 0.4849175874 for both, 1. */
START_TEST(themes_changed_across_rounds)
{
    yk_table t;
    unsigned long blank;
    yk_figure_opts o = { .min_base = 10 };
    yk_table_init(&t, yk_themes_change_columns, YK_THEMES_CHANGE_NCOLS);
    ck_assert_int_eq(yk_figures_themes_change(tally, &o, 0, &t, &blank), YK_OK);
    ck_assert_uint_eq(yk_table_n_rows(&t), 3);
    ck_assert_str_eq(yk_table_text_at(&t, 0, YK_THEMES_CHANGE_FROM), "r1");
    ck_assert_str_eq(yk_table_text_at(&t, 0, YK_THEMES_CHANGE_TO), "r2");
    ck_assert_double_eq_tol(yk_table_value(&t, 0, YK_THEMES_CHANGE_POINTS), -16.216216216, tol);
    ck_assert_double_eq_tol(yk_table_value(&t, 0, YK_THEMES_CHANGE_CI_LOW), -36.512730570,
                            tol);
    ck_assert_double_eq_tol(yk_table_value(&t, 0, YK_THEMES_CHANGE_CI_HIGH), 6.223221174,
                            tol);
    ck_assert_double_eq_tol(yk_table_value(&t, 0, YK_THEMES_CHANGE_P), 0.1616391958, ptol);
    ck_assert_double_eq_tol(yk_table_value(&t, 0, YK_THEMES_CHANGE_P_ADJUSTED), 0.4849175874,
                            ptol);
    ck_assert_double_eq_tol(yk_table_value(&t, 1, YK_THEMES_CHANGE_POINTS), 16.216216216, tol);
    ck_assert_double_eq_tol(yk_table_value(&t, 2, YK_THEMES_CHANGE_P), 1, 1e-12);
    ck_assert_double_eq_tol(yk_table_value(&t, 2, YK_THEMES_CHANGE_P_ADJUSTED), 1, 1e-12);
    yk_table_free(&t);
}
END_TEST

/* The phrases of r1, at least 10 answers: "sinh hoạt" in 12 + 5 + 3 = 20,
 * "cán bộ" in 4 + 10 = 14; "sinh" alone only repeats "sinh hoạt" (20
 * too), so it is not listed. */
START_TEST(phrases_counted)
{
    yk_table t;
    yk_figure_opts o = opts(10, NULL);
    yk_table_init(&t, yk_phrases_columns, YK_PHRASES_NCOLS);
    ck_assert_int_eq(yk_figures_phrases(tally, &o, 2, 20, &t), YK_OK);
    ck_assert_uint_ge(yk_table_n_rows(&t), 2);
    ck_assert_str_eq(yk_table_text_at(&t, 0, YK_PHRASES_PHRASE), "sinh hoạt");
    ck_assert_double_eq(yk_table_value(&t, 0, YK_PHRASES_RANK), 1);
    ck_assert_double_eq(yk_table_value(&t, 0, YK_PHRASES_WORDS), 2);
    ck_assert_double_eq(yk_table_value(&t, 0, YK_PHRASES_N), 20);
    ck_assert_double_eq(yk_table_value(&t, 0, YK_PHRASES_BASE), 37);
    ck_assert_str_eq(yk_table_text_at(&t, 1, YK_PHRASES_PHRASE), "cán bộ");
    ck_assert_double_eq(yk_table_value(&t, 1, YK_PHRASES_N), 14);
    ck_assert_uint_eq(yk_test_rows_with(&t, YK_PHRASES_PHRASE, "sinh"), 0);
    for (size_t r = 0; r < yk_table_n_rows(&t); r++)
        ck_assert_double_ge(yk_table_value(&t, r, YK_PHRASES_N), 10);
    yk_table_free(&t);
}
END_TEST

/* A quote names its unit only when the unit has k or more responses in
 * the quote's round: c has 4, so with k = 10 none of c's names it; with
 * k = 3 each does. */
START_TEST(quotes_name_large_units_only)
{
    yk_table t;
    yk_figure_opts o = { .min_base = 10 };
    yk_table_init(&t, yk_quotes_columns, YK_QUOTES_NCOLS);
    ck_assert_int_eq(yk_figures_quotes(tally, &o, 0, &t), YK_OK);
    ck_assert_uint_gt(yk_table_n_rows(&t), 0);
    ck_assert_uint_eq(yk_test_rows_with(&t, YK_QUOTES_GROUP, "c"), 0);
    size_t with_c = 0;
    for (size_t r = 0; r < yk_table_n_rows(&t); r++)
        with_c += strcmp(yk_table_text_at(&t, r, YK_QUOTES_QUOTE), "sinh hoạt") == 0;
    yk_table_free(&t);
    o.min_base = 3;
    yk_table_init(&t, yk_quotes_columns, YK_QUOTES_NCOLS);
    ck_assert_int_eq(yk_figures_quotes(tally, &o, 0, &t), YK_OK);
    ck_assert_uint_eq(yk_test_rows_with(&t, YK_QUOTES_GROUP, "c"), with_c);
    yk_table_free(&t);
}
END_TEST

/* Uncoded in both rounds: "không có gì", 3 + 3 answers. */
START_TEST(uncoded_listed)
{
    yk_table t;
    yk_figure_opts o = { .min_base = 10 };
    yk_table_init(&t, yk_uncoded_columns, YK_UNCODED_NCOLS);
    ck_assert_int_eq(yk_figures_uncoded(tally, &o, &t), YK_OK);
    ck_assert_uint_eq(yk_table_n_rows(&t), 1);
    ck_assert_str_eq(yk_table_text_at(&t, 0, YK_UNCODED_TEXT), "không có gì");
    ck_assert_double_eq(yk_table_value(&t, 0, YK_UNCODED_ANSWERS), 6);
    yk_table_free(&t);
}
END_TEST

Suite *yk_suite_figures_comments(void)
{
    Suite *s = suite_create("figures_comments");
    TCase *tc = tcase_create("core");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, answered_with_wilson);
    tcase_add_test(tc, themes_with_wilson);
    tcase_add_test(tc, themes_by_unit_blanked);
    tcase_add_test(tc, themes_tested_across_units);
    tcase_add_test(tc, themes_changed_across_rounds);
    tcase_add_test(tc, phrases_counted);
    tcase_add_test(tc, quotes_name_large_units_only);
    tcase_add_test(tc, uncoded_listed);
    suite_add_tcase(s, tc);
    return s;
}
