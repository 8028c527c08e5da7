/* The string dictionary: adds, lookups, growth. */
#include <check.h>
#include <stdio.h>
#include <string.h>
#include "suites.h"
#include "yk_dict.h"

START_TEST(test_dict)
{
    yk_dict *d;
    char key[32];
    int added;
    size_t v;
    ck_assert_int_eq(yk_dict_new(&d), YK_OK);
    for (size_t i = 0; i < 10000; i++) {
        int n = snprintf(key, sizeof key, "key-%zu", i);
        ck_assert_int_eq(yk_dict_add(d, key, (size_t)n, i, &added, NULL), YK_OK);
        ck_assert(added);
    }
    ck_assert_uint_eq(yk_dict_count(d), 10000);
    ck_assert_int_eq(yk_dict_add(d, "key-42", 6, 7, &added, &v), YK_OK);
    ck_assert(!added);
    ck_assert_uint_eq(v, 42);
    for (size_t i = 0; i < 10000; i += 999) {
        int n = snprintf(key, sizeof key, "key-%zu", i);
        ck_assert(yk_dict_get(d, key, (size_t)n, &v));
        ck_assert_uint_eq(v, i);
    }
    ck_assert(!yk_dict_get(d, "key-", 4, &v));
    ck_assert(!yk_dict_get(d, "", 0, &v));
    ck_assert_int_eq(yk_dict_add(d, "", 0, 5, &added, NULL), YK_OK);  /* empty key */
    ck_assert(yk_dict_get(d, "", 0, &v) && v == 5);
    yk_dict_free(d);
}
END_TEST

Suite *yk_suite_dict(void)
{
    Suite *s = suite_create("dict");
    TCase *tc = tcase_create("dict");
    tcase_add_test(tc, test_dict);
    suite_add_tcase(s, tc);
    return s;
}
