/* Growing an array: capacities, room, overflow. */
#include <check.h>
#include <stdint.h>
#include <stdlib.h>
#include "suites.h"
#include "yk_grow.h"

/* The capacities by hand: from 0 the first (16); then doubling, 16 -> 32;
 * a need past the double is the need itself (16 -> 100). */
START_TEST(test_capacity)
{
    ck_assert_uint_eq(yk_grow_capacity(0, 1, 16, 0, 8), 16);
    ck_assert_uint_eq(yk_grow_capacity(16, 17, 16, 0, 8), 32);
    ck_assert_uint_eq(yk_grow_capacity(16, 100, 16, 0, 8), 100);
    ck_assert_uint_eq(yk_grow_capacity(16, 16, 16, 0, 8), 16);     /* holds it already */
}
END_TEST

/* A caller's bound: doubling 40 would give 80, the bound 50 stops it at
 * 50; a need past the bound cannot be had (0). */
START_TEST(test_capacity_bound)
{
    ck_assert_uint_eq(yk_grow_capacity(40, 41, 16, 50, 8), 50);
    ck_assert_uint_eq(yk_grow_capacity(50, 51, 16, 50, 8), 0);
}
END_TEST

/* Bytes past SIZE_MAX: SIZE_MAX / 8 items of 8 bytes is the most there can
 * be; doubling past it stops there; one more is 0. */
START_TEST(test_capacity_overflow)
{
    size_t most = SIZE_MAX / 8;
    ck_assert_uint_eq(yk_grow_capacity(most / 2 + 1, most / 2 + 2, 16, 0, 8), most);
    ck_assert_uint_eq(yk_grow_capacity(most, most + 1, 16, 0, 8), 0);
}
END_TEST

START_TEST(test_grow)
{
    int *items = NULL;
    size_t cap = 0;
    for (size_t n = 0; n < 1000; n++) {
        ck_assert_int_eq(yk_grow(&items, &cap, n + 1, sizeof *items), YK_OK);
        ck_assert_uint_ge(cap, n + 1);
        items[n] = (int)n;
    }
    for (size_t n = 0; n < 1000; n++)
        ck_assert_int_eq(items[n], (int)n);
    /* 16, 32, ..., 1024: the tenth doubling holds 1000. */
    ck_assert_uint_eq(cap, 1024);
    free(items);
}
END_TEST

/* Out of memory or overflow leaves the array and its capacity as they were. */
START_TEST(test_grow_overflow)
{
    int *items = malloc(4 * sizeof *items);
    int *before = items;
    size_t cap = 4;
    ck_assert_ptr_nonnull(items);
    ck_assert_int_eq(yk_grow(&items, &cap, SIZE_MAX / 2, sizeof *items), YK_ERR_NOMEM);
    ck_assert_ptr_eq(items, before);
    ck_assert_uint_eq(cap, 4);
    ck_assert_int_eq(yk_resize(&items, SIZE_MAX / 2, sizeof *items), YK_ERR_NOMEM);
    ck_assert_ptr_eq(items, before);
    free(items);
}
END_TEST

Suite *yk_suite_grow(void)
{
    Suite *s = suite_create("grow");
    TCase *tc = tcase_create("grow");
    tcase_add_test(tc, test_capacity);
    tcase_add_test(tc, test_capacity_bound);
    tcase_add_test(tc, test_capacity_overflow);
    tcase_add_test(tc, test_grow);
    tcase_add_test(tc, test_grow_overflow);
    suite_add_tcase(s, tc);
    return s;
}
