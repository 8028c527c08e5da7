/* The message table (tools/messages.c): every row in its place with both
 * languages, and the formats filled as their language orders them. */
#include <check.h>
#include <string.h>
#include "suites.h"
#include "yk_text.h"
#include "../../tools/messages.h"

START_TEST(test_table)
{
    char why[256] = "";
    ck_assert_msg(msg_table_check(why, sizeof why) == 0, "%s", why);
}
END_TEST

START_TEST(test_lookup)
{
    ck_assert_str_eq(msg(MSG_REPORT_TABLE, LANG_VI), "Bảng");
    ck_assert_str_eq(msg(MSG_REPORT_TABLE, LANG_EN), "Table");
    ck_assert_str_eq(msg(MSG_REPORT_TABLE, lang_of(1)), "Table");
    ck_assert_str_eq(msg(MSG_COUNT, LANG_EN), "");      /* out of range: no crash */
}
END_TEST

START_TEST(test_format_order)
{
    /* The same arguments, each language in its own order: Vietnamese says
     * "cao hơn 3,1 điểm", English "3.1 points higher". */
    char buf[128];
    int n = msg_snprintf(buf, sizeof buf, MSG_UNITS_ENTRY, LANG_VI, "A", "“Q”", "“Đồng ý”",
                         "3,1", msg(MSG_UNITS_HIGHER, LANG_VI), ".");
    ck_assert_str_eq(buf, "A (“Q”: tỉ lệ chọn “Đồng ý” cao hơn 3,1 điểm).");
    ck_assert_int_eq(n, (int)strlen(buf));
    msg_snprintf(buf, sizeof buf, MSG_UNITS_ENTRY, LANG_EN, "A", "“Q”", "“Agree”", "3.1",
                 msg(MSG_UNITS_HIGHER, LANG_EN), ".");
    ck_assert_str_eq(buf, "A (“Q”: the share choosing “Agree” is 3.1 points higher).");
}
END_TEST

START_TEST(test_format_cut)
{
    /* Cut as yk_text_snprintf cuts (whole characters, then "…"), and the
     * same return: the length the whole text needs. */
    char buf[12], want[12];
    int n = msg_snprintf(buf, sizeof buf, MSG_ROUNDS_TABLE_TITLE, LANG_VI, "1", "2");
    int m = yk_text_snprintf(want, sizeof want, "Tỉ lệ tích cực, đợt %s và đợt %s", "1", "2");
    ck_assert_str_eq(buf, want);
    ck_assert_int_eq(n, m);
}
END_TEST

Suite *yk_suite_messages(void)
{
    Suite *s = suite_create("messages");
    TCase *tc = tcase_create("table");
    tcase_add_test(tc, test_table);
    tcase_add_test(tc, test_lookup);
    tcase_add_test(tc, test_format_order);
    tcase_add_test(tc, test_format_cut);
    suite_add_tcase(s, tc);
    return s;
}
