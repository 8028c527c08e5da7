/* Text keys for matching, and the distance behind "did you mean". */
#include <check.h>
#include <string.h>
#include "suites.h"
#include "yk_textkey.h"

static const struct { const char *text; int loose; const char *key; } keys[] = {
    { "Hòn Đất", 0, "hòn đất" },
    { "  HÒN   ĐẤT \t", 0, "hòn đất" },
    { "Ho\xCC\x80n \xC4\x90" "a\xCC\x82\xCC\x81t", 0, "hòn đất" },     /* NFD */
    { "Hòn Đất", 1, "hon dat" },
    { "TP. Rạch Giá", 1, "tp. rach gia" },
    { "Câu 1. Theo dõi\u00A0tin tức", 0, "câu 1. theo dõi tin tức" },  /* no-break space */
    { "ABC  def", 0, "abc def" },
    { "", 0, "" },
};

START_TEST(test_keys)
{
    yk_buf out = { 0 }, scratch = { 0 };
    ck_assert_int_eq(yk_textkey(keys[_i].text, strlen(keys[_i].text), keys[_i].loose,
                                &out, &scratch), YK_OK);
    ck_assert_uint_eq(out.len, strlen(keys[_i].key));
    ck_assert(out.len == 0 || memcmp(out.data, keys[_i].key, out.len) == 0);
    yk_buf_free(&out);
    yk_buf_free(&scratch);
}
END_TEST

START_TEST(test_distance)
{
    ck_assert_uint_eq(yk_textkey_distance("hon dat", 7, "hon dat", 7, 3), 0);
    ck_assert_uint_eq(yk_textkey_distance("hon dat", 7, "hon dta", 7, 3), 2);
    ck_assert_uint_eq(yk_textkey_distance("đất", 5, "đát", 4, 3), 1);  /* code points */
    ck_assert_uint_eq(yk_textkey_distance("kitten", 6, "sitting", 7, 5), 3);
    ck_assert_uint_eq(yk_textkey_distance("abc", 3, "xyzxyzxyz", 9, 2), 3);  /* over */
    ck_assert_uint_eq(yk_textkey_distance("", 0, "ab", 2, 5), 2);
}
END_TEST

Suite *yk_suite_textkey(void)
{
    Suite *s = suite_create("textkey");
    TCase *tc = tcase_create("textkey");
    tcase_add_loop_test(tc, test_keys, 0, sizeof keys / sizeof keys[0]);
    tcase_add_test(tc, test_distance);
    suite_add_tcase(s, tc);
    return s;
}
