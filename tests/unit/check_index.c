/* The hash index: the hash function, collisions, growth, many items. */
#include <check.h>
#include <stdint.h>
#include <string.h>
#include "suites.h"
#include "yk_index.h"

/* FNV-1a 64 reference values (the FNV authors' test vectors, as the
 * dictionary's test had them); hashing in pieces gives the same. */
START_TEST(test_hash)
{
    ck_assert_uint_eq(yk_hash(YK_HASH_BASIS, "", 0), 0xcbf29ce484222325ull);
    ck_assert_uint_eq(yk_hash(YK_HASH_BASIS, "a", 1), 0xaf63dc4c8601ec8cull);
    ck_assert_uint_eq(yk_hash(YK_HASH_BASIS, "foobar", 6), 0x85944171f73967e8ull);
    ck_assert_uint_eq(yk_hash(yk_hash(YK_HASH_BASIS, "foo", 3), "bar", 3),
                      0x85944171f73967e8ull);
}
END_TEST

/* The lookup hash reads every byte, whole words and the tail alike, and
 * its length: keys one byte apart, or only in length, hash apart, and
 * so do their low bits (which pick the slot) nearly always. */
START_TEST(test_hash_key)
{
    char key[40] = { 0 };
    uint64_t seen[41 + 40 * 8];
    size_t n = 0, low_same = 0;
    for (size_t len = 0; len <= 40; len++)
        seen[n++] = yk_hash_key(key, len);
    for (size_t len = 1; len <= 40; len++)
        for (unsigned bit = 0; bit < 8; bit++) {
            key[len - 1] = (char)(1u << bit);
            seen[n++] = yk_hash_key(key, len);
            key[len - 1] = 0;
        }
    for (size_t i = 0; i < n; i++)
        for (size_t j = i + 1; j < n; j++) {
            ck_assert_uint_ne(seen[i], seen[j]);
            low_same += (seen[i] & 0xFFF) == (seen[j] & 0xFFF);
        }
    ck_assert_uint_lt(low_same, n * n / 4096 * 2 + 8);
}
END_TEST

static const char *const words[] = { "có", "không", "", "chưa rõ" };

static int same_word(const void *ctx, size_t item, const void *key)
{
    (void)ctx;
    return strcmp(words[item], key) == 0;
}

/* Every item under one hash: the index must tell them apart by eq alone. */
START_TEST(test_collisions)
{
    yk_index ix = { 0 };
    for (size_t i = 0; i < 4; i++) {
        ck_assert_uint_eq(yk_index_find(&ix, 7, same_word, NULL, words[i]), YK_INDEX_NONE);
        ck_assert_int_eq(yk_index_add(&ix, 7, i), YK_OK);
    }
    for (size_t i = 0; i < 4; i++)
        ck_assert_uint_eq(yk_index_find(&ix, 7, same_word, NULL, words[i]), i);
    ck_assert_uint_eq(yk_index_find(&ix, 7, same_word, NULL, "khác"), YK_INDEX_NONE);
    ck_assert_uint_eq(yk_index_find(&ix, 8, same_word, NULL, "có"), YK_INDEX_NONE);
    ck_assert_uint_eq(ix.count, 4);
    yk_index_free(&ix);
    yk_index_free(NULL);
}
END_TEST

/* The empty index finds nothing, and the empty key is a key like another. */
START_TEST(test_empty)
{
    yk_index ix = { 0 };
    uint64_t h = yk_hash(YK_HASH_BASIS, "", 0);
    ck_assert_uint_eq(yk_index_find(&ix, h, same_word, NULL, ""), YK_INDEX_NONE);
    ck_assert_int_eq(yk_index_add(&ix, h, 2), YK_OK);
    ck_assert_uint_eq(yk_index_find(&ix, h, same_word, NULL, ""), 2);
    yk_index_free(&ix);
    ck_assert_uint_eq(ix.cap, 0);
}
END_TEST

/* 100,000 items, hash the whole key (no eq): growth keeps every one, the
 * index stays at most half full. */
START_TEST(test_many)
{
    yk_index ix = { 0 };
    enum { N = 100000 };
    for (size_t i = 0; i < N; i++) {
        uint64_t h = yk_hash(YK_HASH_BASIS, &i, sizeof i);
        ck_assert_int_eq(yk_index_add(&ix, h, i * 3), YK_OK);
    }
    ck_assert_uint_eq(ix.count, N);
    ck_assert_uint_ge(ix.cap, 2 * N);
    for (size_t i = 0; i < N; i++) {
        uint64_t h = yk_hash(YK_HASH_BASIS, &i, sizeof i);
        ck_assert_uint_eq(yk_index_find(&ix, h, NULL, NULL, NULL), i * 3);
    }
    size_t past = N;
    ck_assert_uint_eq(yk_index_find(&ix, yk_hash(YK_HASH_BASIS, &past, sizeof past), NULL,
                                    NULL, NULL), YK_INDEX_NONE);
    yk_index_free(&ix);
}
END_TEST

/* Reserving room up front: no growth after it, and the items found. */
START_TEST(test_reserve)
{
    yk_index ix = { 0 };
    ck_assert_int_eq(yk_index_reserve(&ix, 1000), YK_OK);
    size_t cap = ix.cap;
    ck_assert_uint_ge(cap, 2000);
    for (size_t i = 0; i < 1000; i++)
        ck_assert_int_eq(yk_index_add(&ix, i * 0x9e3779b97f4a7c15ull, i), YK_OK);
    ck_assert_uint_eq(ix.cap, cap);
    ck_assert_uint_eq(yk_index_find(&ix, 999 * 0x9e3779b97f4a7c15ull, NULL, NULL, NULL), 999);
    ck_assert_int_eq(yk_index_add(&ix, 1, YK_INDEX_NONE), YK_ERR_NOMEM);
    yk_index_free(&ix);
}
END_TEST

Suite *yk_suite_index(void)
{
    Suite *s = suite_create("index");
    TCase *tc = tcase_create("index");
    tcase_add_test(tc, test_hash);
    tcase_add_test(tc, test_hash_key);
    tcase_add_test(tc, test_collisions);
    tcase_add_test(tc, test_empty);
    tcase_add_test(tc, test_many);
    tcase_add_test(tc, test_reserve);
    suite_add_tcase(s, tc);
    return s;
}
