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

Suite *yk_suite_csvwrite(void)
{
    Suite *s = suite_create("csvwrite");
    TCase *tc = tcase_create("csvwrite");
    tcase_add_loop_test(tc, test_rows, 0, sizeof cases / sizeof cases[0]);
    tcase_add_test(tc, test_large);
    suite_add_tcase(s, tc);
    return s;
}
