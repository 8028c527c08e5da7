/* Mojibake signatures from shared/domain.md, and text that only looks odd. */
#include <check.h>
#include <string.h>
#include "suites.h"
#include "yk_mojibake.h"

static const struct {
    const char *text;
    int is_mojibake;
    yk_encoding was;
    const char *repaired;
} cases[] = {
    { "Ráº¡ch GiÃ¡", 1, YK_ENC_UTF8, "Rạch Giá" },         /* UTF-8 decoded twice */
    { "Raïch Giaù", 1, YK_ENC_VNI, "Rạch Giá" },           /* VNI as Latin-1 */
    { "Ñoaøn Thanh nieân", 1, YK_ENC_VNI, "Đoàn Thanh niên" },
    { "R¹ch Gi¸", 1, YK_ENC_TCVN3, "Rạch Giá" },           /* TCVN3 as CP1252 */
    { "Rạch Giá", 0, YK_ENC_UTF8, NULL },
    { "Phú Quốc", 0, YK_ENC_UTF8, NULL },
    { "plain ascii", 0, YK_ENC_UTF8, NULL },
    { "café crème", 0, YK_ENC_UTF8, NULL },                /* French, not damage */
    { "Zürich", 0, YK_ENC_UTF8, NULL },
};

START_TEST(test_mojibake)
{
    yk_mojibake *m;
    yk_encoding was;
    const char *fixed;
    size_t len;
    ck_assert_int_eq(yk_mojibake_new(&m), YK_OK);
    int got = yk_mojibake_check(m, cases[_i].text, strlen(cases[_i].text), &was,
                                &fixed, &len);
    ck_assert_msg(got == cases[_i].is_mojibake, "'%s'", cases[_i].text);
    if (got) {
        ck_assert_int_eq(was, cases[_i].was);
        ck_assert_uint_eq(len, strlen(cases[_i].repaired));
        ck_assert(memcmp(fixed, cases[_i].repaired, len) == 0);
    }
    yk_mojibake_free(m);
}
END_TEST

Suite *yk_suite_mojibake(void)
{
    Suite *s = suite_create("mojibake");
    TCase *tc = tcase_create("mojibake");
    tcase_add_loop_test(tc, test_mojibake, 0, sizeof cases / sizeof cases[0]);
    suite_add_tcase(s, tc);
    return s;
}
