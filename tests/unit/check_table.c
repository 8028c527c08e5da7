/* Result tables: typed cells, blanks, and each writer's exact bytes (the
 * bytes every CLI case of the figure verbs expects). */
#include <check.h>
#include <math.h>
#include <stdint.h>
#include <string.h>
#include "suites.h"
#include "yk_table.h"

static yk_status to_buf(void *ctx, const char *p, size_t n)
{
    return yk_buf_append(ctx, p, n);
}

enum { COL_ROUND, COL_LABEL, COL_N, COL_PERCENT, NCOLS };
static const char *const columns[NCOLS] = { "round", "label", "n", "percent" };

/* Two rows: a label a spreadsheet would run, and a blank (hidden) figure. */
static void fill(yk_table *t)
{
    yk_table_init(t, columns, NCOLS);
    yk_table_text(t, "2014");
    yk_table_text(t, "=HYPERLINK(\"x\")");
    yk_table_number(t, 12, 0, 1);
    yk_table_number(t, 100.0 * 12 / 27, 1, 1);    /* 44.444... shown as 44.4 */
    yk_table_textf(t, "%d", 2019);
    yk_table_text(t, "Hà Tiên");
    yk_table_number(t, 3, 0, 1);
    yk_table_number(t, 11.11, 1, 0);               /* hidden under --min-base */
}

static void written(const yk_table *t, yk_table_format f, const char *want)
{
    yk_buf b = { 0 };
    ck_assert_int_eq(yk_table_write(t, f, (yk_output){ to_buf, &b }), YK_OK);
    ck_assert_int_eq(yk_buf_append(&b, "", 1), YK_OK);
    ck_assert_str_eq(b.data, want);
    yk_buf_free(&b);
}

START_TEST(test_cells)
{
    yk_table t;
    fill(&t);
    ck_assert_uint_eq(yk_table_n_rows(&t), 2);
    ck_assert_int_eq(yk_table_status(&t), YK_OK);
    ck_assert_str_eq(yk_table_text_at(&t, 0, COL_LABEL), "=HYPERLINK(\"x\")");
    ck_assert_str_eq(yk_table_text_at(&t, 1, COL_ROUND), "2019");
    ck_assert_str_eq(yk_table_text_at(&t, 0, COL_PERCENT), "44.4");
    /* The value as shown: 12/27 = 0.4444..., printed with one decimal. */
    ck_assert_double_eq(yk_table_value(&t, 0, COL_PERCENT), 44.4);
    ck_assert_double_eq(yk_table_value(&t, 0, COL_N), 12);
    ck_assert(yk_table_is_shown(&t, 0, COL_N));
    /* Text is never a number, even when it reads as one. */
    ck_assert(isnan(yk_table_value(&t, 1, COL_ROUND)));
    ck_assert(!yk_table_is_shown(&t, 1, COL_ROUND));
    /* Outside the table: "" and NAN. */
    ck_assert_str_eq(yk_table_text_at(&t, 2, 0), "");
    ck_assert_str_eq(yk_table_text_at(&t, 0, NCOLS), "");
    ck_assert(isnan(yk_table_value(&t, 5, COL_N)));
    ck_assert_uint_eq(yk_table_column(&t, "percent"), COL_PERCENT);
    ck_assert_uint_eq(yk_table_column(&t, "percnet"), SIZE_MAX);
    yk_table_free(&t);
    yk_table_free(&t);          /* freeing twice is harmless */
}
END_TEST

START_TEST(test_blank_number)
{
    yk_table t;
    fill(&t);
    /* A hidden figure is blank and its value is never handed out. */
    ck_assert_str_eq(yk_table_text_at(&t, 1, COL_PERCENT), "");
    ck_assert(isnan(yk_table_value(&t, 1, COL_PERCENT)));
    ck_assert(!yk_table_is_shown(&t, 1, COL_PERCENT));
    yk_table_free(&t);
}
END_TEST

START_TEST(test_write_csv)
{
    yk_table t;
    fill(&t);
    /* The label is guarded with an apostrophe and quoted (it holds quotes);
     * the blank figure is an empty field. */
    written(&t, YK_TABLE_CSV,
            "round,label,n,percent\n"
            "2014,\"'=HYPERLINK(\"\"x\"\")\",12,44.4\n"
            "2019,Hà Tiên,3,\n");
    yk_table_free(&t);
}
END_TEST

START_TEST(test_write_text)
{
    yk_table t;
    fill(&t);
    /* Widths in code points: "=HYPERLINK("x")" is 15, "Hà Tiên" 7; two
     * spaces between columns; the last column is not padded. */
    written(&t, YK_TABLE_TEXT,
            "round  label            n   percent\n"
            "2014   =HYPERLINK(\"x\")  12  44.4\n"
            "2019   Hà Tiên          3   \n");
    yk_table_free(&t);
}
END_TEST

START_TEST(test_write_json)
{
    yk_table t;
    fill(&t);
    /* Every cell a string, as the CSV has it; quotes escaped. */
    written(&t, YK_TABLE_JSON,
            "[{\"round\": \"2014\", \"label\": \"=HYPERLINK(\\\"x\\\")\", \"n\": \"12\", "
            "\"percent\": \"44.4\"},\n"
            "{\"round\": \"2019\", \"label\": \"Hà Tiên\", \"n\": \"3\", \"percent\": \"\"}]\n");
    yk_table_free(&t);
}
END_TEST

START_TEST(test_write_empty)
{
    yk_table t;
    yk_table_init(&t, columns, NCOLS);
    written(&t, YK_TABLE_JSON, "[]\n");
    written(&t, YK_TABLE_TEXT, "round  label  n  percent\n");
    written(&t, YK_TABLE_CSV, "round,label,n,percent\n");
    yk_table_free(&t);
}
END_TEST

START_TEST(test_format_of)
{
    ck_assert_int_eq(yk_table_format_of("csv"), YK_TABLE_CSV);
    ck_assert_int_eq(yk_table_format_of("text"), YK_TABLE_TEXT);
    ck_assert_int_eq(yk_table_format_of("json"), YK_TABLE_JSON);
    ck_assert_int_eq(yk_table_format_of("xlsx"), -1);
}
END_TEST

Suite *yk_suite_table(void)
{
    Suite *s = suite_create("table");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, test_cells);
    tcase_add_test(tc, test_blank_number);
    tcase_add_test(tc, test_write_csv);
    tcase_add_test(tc, test_write_text);
    tcase_add_test(tc, test_write_json);
    tcase_add_test(tc, test_write_empty);
    tcase_add_test(tc, test_format_of);
    suite_add_tcase(s, tc);
    return s;
}
