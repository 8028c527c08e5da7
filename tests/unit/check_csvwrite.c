/* RFC 4180 output: quote only what must be quoted. */
#include <check.h>
#include <string.h>
#include "suites.h"
#include "yk_csvwrite.h"

static yk_status to_buf(void *ctx, const char *p, size_t n)
{
    return yk_buf_append(ctx, p, n);
}

static const struct { const char *fields[3]; const char *line; } cases[] = {
    { { "a", "b", "c" }, "a,b,c\n" },
    { { "7,5", "x", "" }, "\"7,5\",x,\n" },
    { { "he said \"hi\"", "", "" }, "\"he said \"\"hi\"\"\",,\n" },
    { { "two\nlines", "cr\rhere", ";" }, "\"two\nlines\",\"cr\rhere\",;\n" },
    { { " spaces ", "Hòn Đất", "\"" }, " spaces ,Hòn Đất,\"\"\"\"\n" },
    /* Long fields are checked eight bytes at a time: a special byte in
     * the first word, in a later one, in the tail, or a tab (a control
     * byte, yet no reason to quote). */
    { { "Sinh hoạt, chi đoàn", "Cán bộ cần lắng nghe \"đoàn viên\"", "tab\there and there" },
      "\"Sinh hoạt, chi đoàn\",\"Cán bộ cần lắng nghe \"\"đoàn viên\"\"\",tab\there and there\n" },
    { { "0123456789abcdefg\n", "0123456789abcdef", "01234567,89" },
      "\"0123456789abcdefg\n\",0123456789abcdef,\"01234567,89\"\n" },
};

START_TEST(test_rows)
{
    yk_buf out = { 0 };
    yk_csv_writer *w;
    yk_field f[3];
    for (int i = 0; i < 3; i++)
        f[i] = (yk_field){ cases[_i].fields[i], strlen(cases[_i].fields[i]) };
    ck_assert_int_eq(yk_csv_writer_new((yk_output){ to_buf, &out }, ',', &w), YK_OK);
    ck_assert_int_eq(yk_csv_write_row(w, f, 3), YK_OK);
    ck_assert_int_eq(yk_csv_writer_flush(w), YK_OK);
    yk_buf_append(&out, "", 1);
    ck_assert_str_eq(out.data, cases[_i].line);
    yk_csv_writer_free(w);
    yk_buf_free(&out);
}
END_TEST

/* Output larger than the writer's buffer arrives whole and in order. */
START_TEST(test_large)
{
    yk_buf out = { 0 };
    yk_csv_writer *w;
    char field[1000];
    memset(field, 'x', sizeof field);
    yk_field f = { field, sizeof field };
    ck_assert_int_eq(yk_csv_writer_new((yk_output){ to_buf, &out }, ',', &w), YK_OK);
    for (int i = 0; i < 1000; i++)
        ck_assert_int_eq(yk_csv_write_row(w, &f, 1), YK_OK);
    ck_assert_int_eq(yk_csv_writer_flush(w), YK_OK);
    ck_assert_uint_eq(out.len, 1000 * 1001);
    for (size_t i = 1000; i < out.len; i += 1001)
        ck_assert_int_eq(out.data[i], '\n');
    yk_csv_writer_free(w);
    yk_buf_free(&out);
}
END_TEST

/* Rows that cross the end of the writer's buffer, plain and quoted fields
 * mixed, arrive as they would one by one. */
START_TEST(test_rows_across_buffer)
{
    yk_buf out = { 0 }, want = { 0 };
    yk_csv_writer *w;
    char plain[100];
    memset(plain, 'x', sizeof plain);
    const yk_field f[4] = { { "a", 1 }, { plain, sizeof plain }, { "b,c", 3 }, { "", 0 } };
    ck_assert_int_eq(yk_csv_writer_new((yk_output){ to_buf, &out }, ',', &w), YK_OK);
    for (int i = 0; i < 5000; i++) {
        size_t n = 1 + (size_t)i % 4;     /* the last n fields */
        ck_assert_int_eq(yk_csv_write_row(w, f + 4 - n, n), YK_OK);
        if (n == 4)
            yk_buf_append(&want, "a,", 2);
        if (n >= 3) {
            yk_buf_append(&want, plain, sizeof plain);
            yk_buf_append(&want, ",", 1);
        }
        if (n >= 2)
            yk_buf_append(&want, "\"b,c\",", 6);
        yk_buf_append(&want, "\n", 1);
    }
    ck_assert_int_eq(yk_csv_writer_flush(w), YK_OK);
    ck_assert_uint_eq(out.len, want.len);
    ck_assert(memcmp(out.data, want.data, out.len) == 0);
    yk_csv_writer_free(w);
    yk_buf_free(&out);
    yk_buf_free(&want);
}
END_TEST

/* Formula injection: each field as a guarded writer writes it.  The
 * trigger characters are OWASP's ("CSV Injection": = + - @ tab CR); the
 * expected lines are worked by hand from RFC 4180 (quote a field with a
 * comma, quote or line break; double inner quotes) with the apostrophe
 * inside the quotes, where Excel reads it as the text prefix. */
static const struct { const char *field; const char *line; } guarded[] = {
    { "=HYPERLINK(\"http://x\",\"y\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"\n" },
    { "@SUM(1+1)*cmd|' /C calc'!A0", "'@SUM(1+1)*cmd|' /C calc'!A0\n" },
    { "+1+1", "'+1+1\n" },
    { "-2+3", "'-2+3\n" },               /* Excel computes it: 1 */
    { "- Cần lắng nghe", "'- Cần lắng nghe\n" },
    { "\tcmd", "'\tcmd\n" },
    { "\rcmd", "\"'\rcmd\"\n" },
    { "  =1+1", "'  =1+1\n" },           /* spaces looked through */
    { "=", "'=\n" },
    { "-", "'-\n" },
    /* numbers stay numbers */
    { "-1", "-1\n" },
    { "+3", "+3\n" },
    { "-0.5", "-0.5\n" },
    { "-0,5", "\"-0,5\"\n" },
    { "-.5", "-.5\n" },
    { "-1e-3", "-1e-3\n" },
    { "-12.50", "-12.50\n" },
    /* not formulas */
    { "a=b", "a=b\n" },
    { "Hòn Đất", "Hòn Đất\n" },
    { "", "\n" },
    { "'=quoted already", "'=quoted already\n" },
    { "1-2", "1-2\n" },
};

static const char *write_one(const char *field, int guard)
{
    static char line[256];
    yk_buf out = { 0 };
    yk_csv_writer *w;
    yk_field f = { field, strlen(field) };
    ck_assert_int_eq(yk_csv_writer_new((yk_output){ to_buf, &out }, ',', &w), YK_OK);
    yk_csv_writer_guard_formulas(w, guard);
    ck_assert_int_eq(yk_csv_write_row(w, &f, 1), YK_OK);
    ck_assert_int_eq(yk_csv_writer_flush(w), YK_OK);
    ck_assert_uint_lt(out.len, sizeof line);
    memcpy(line, out.data, out.len);
    line[out.len] = '\0';
    yk_csv_writer_free(w);
    yk_buf_free(&out);
    return line;
}

START_TEST(test_guard)
{
    ck_assert_str_eq(write_one(guarded[_i].field, 1), guarded[_i].line);
}
END_TEST

/* Unguarded (the default), every field is written as it is. */
START_TEST(test_unguarded)
{
    ck_assert_str_eq(write_one("=1+1", 0), "=1+1\n");
    ck_assert_str_eq(write_one("@SUM(1+1)*cmd|' /C calc'!A0", 0),
                     "@SUM(1+1)*cmd|' /C calc'!A0\n");
    ck_assert_str_eq(write_one("=HYPERLINK(\"http://x\",\"y\")", 0),
                     "\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"\n");
}
END_TEST

START_TEST(test_is_number)
{
    static const char *const yes[] = { "0", "-1", "+3", "-0.5", "0,5", ".5", "5.", "-1e5",
                                       "2E+10", "007" };
    static const char *const no[] = { "", "-", "+", ".", "-.", "1.2.3", "1,2,3", "1e", "1e+",
                                      "- 1", " 1", "1 ", "0x10", "inf", "-nan", "1-2", "--1" };
    for (size_t i = 0; i < sizeof yes / sizeof *yes; i++)
        ck_assert_msg(yk_csv_is_number(yes[i], strlen(yes[i])), "'%s' is a number", yes[i]);
    for (size_t i = 0; i < sizeof no / sizeof *no; i++)
        ck_assert_msg(!yk_csv_is_number(no[i], strlen(no[i])), "'%s' is no number", no[i]);
    /* lengths are used, not NULs: "-1" then a formula past n */
    ck_assert(yk_csv_is_number("-1+cmd", 2));
    ck_assert(!yk_csv_formula_risk("-1+cmd", 2));
    ck_assert(yk_csv_formula_risk("-1+cmd", 6));
}
END_TEST

Suite *yk_suite_csvwrite(void)
{
    Suite *s = suite_create("csvwrite");
    TCase *tc = tcase_create("csvwrite");
    tcase_add_loop_test(tc, test_rows, 0, sizeof cases / sizeof cases[0]);
    tcase_add_test(tc, test_large);
    tcase_add_test(tc, test_rows_across_buffer);
    tcase_add_loop_test(tc, test_guard, 0, sizeof guarded / sizeof guarded[0]);
    tcase_add_test(tc, test_unguarded);
    tcase_add_test(tc, test_is_number);
    suite_add_tcase(s, tc);
    return s;
}
