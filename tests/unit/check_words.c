/* Open answers as syllables: keys, loose keys, separators, digits,
 * invalid bytes, decomposed input, the cap on syllables, phrase hashes. */
#include <check.h>
#include <string.h>
#include "suites.h"
#include "yk_index.h"
#include "yk_words.h"

static yk_words ws;

static void split(const char *s, int loose)
{
    ck_assert_int_eq(yk_words_split(s, strlen(s), loose, &ws), YK_OK);
}

static void teardown(void)
{
    yk_words_free(&ws);
}

START_TEST(test_keys)
{
    split("Cán Bộ ĐOÀN", 0);
    ck_assert_uint_eq(ws.n, 3);
    ck_assert_str_eq(yk_words_key(&ws, 0), "cán");
    ck_assert_str_eq(yk_words_key(&ws, 1), "bộ");
    ck_assert_str_eq(yk_words_key(&ws, 2), "đoàn");
    ck_assert_uint_eq(ws.w[2].key_len, strlen("đoàn"));
    ck_assert_uint_eq(ws.w[1].start, strlen("Cán "));
    ck_assert_uint_eq(ws.w[1].end, strlen("Cán Bộ"));
    ck_assert_int_eq(ws.loose, 0);
    split("Cán Bộ ĐOÀN", 1);
    ck_assert_str_eq(yk_words_key(&ws, 0), "can");
    ck_assert_str_eq(yk_words_key(&ws, 1), "bo");
    ck_assert_str_eq(yk_words_key(&ws, 2), "doan");    /* đ is d loosely */
    ck_assert_int_eq(ws.loose, 1);
    split("Ư Ơ Ă Â Ê Ô Đ ỳ ỹ", 1);
    ck_assert_uint_eq(ws.n, 9);
    const char *want[] = { "u", "o", "a", "a", "e", "o", "d", "y", "y" };
    for (size_t i = 0; i < 9; i++)
        ck_assert_str_eq(yk_words_key(&ws, i), want[i]);
}
END_TEST

/* Every Vietnamese letter, capital and small, against its lower case and
 * its base letter written out by hand. */
START_TEST(test_vietnamese_letters)
{
    static const struct {
        const char *upper, *lower, *base;
    } rows[] = {
        { "À Á Ả Ã Ạ Ă Ằ Ắ Ẳ Ẵ Ặ Â Ầ Ấ Ẩ Ẫ Ậ", "à á ả ã ạ ă ằ ắ ẳ ẵ ặ â ầ ấ ẩ ẫ ậ", "a" },
        { "È É Ẻ Ẽ Ẹ Ê Ề Ế Ể Ễ Ệ", "è é ẻ ẽ ẹ ê ề ế ể ễ ệ", "e" },
        { "Ì Í Ỉ Ĩ Ị", "ì í ỉ ĩ ị", "i" },
        { "Ò Ó Ỏ Õ Ọ Ô Ồ Ố Ổ Ỗ Ộ Ơ Ờ Ớ Ở Ỡ Ợ", "ò ó ỏ õ ọ ô ồ ố ổ ỗ ộ ơ ờ ớ ở ỡ ợ", "o" },
        { "Ù Ú Ủ Ũ Ụ Ư Ừ Ứ Ử Ữ Ự", "ù ú ủ ũ ụ ư ừ ứ ử ữ ự", "u" },
        { "Ỳ Ý Ỷ Ỹ Ỵ", "ỳ ý ỷ ỹ ỵ", "y" },
        { "Đ", "đ", "d" },
    };
    yk_words strict = { 0 };
    for (size_t r = 0; r < sizeof rows / sizeof rows[0]; r++) {
        ck_assert_int_eq(yk_words_split(rows[r].upper, strlen(rows[r].upper), 0, &strict), YK_OK);
        split(rows[r].lower, 0);
        ck_assert_uint_eq(strict.n, ws.n);
        for (size_t i = 0; i < ws.n; i++)
            ck_assert_str_eq(yk_words_key(&strict, i), yk_words_key(&ws, i));
        split(rows[r].upper, 1);
        for (size_t i = 0; i < ws.n; i++)
            ck_assert_str_eq(yk_words_key(&ws, i), rows[r].base);
    }
    yk_words_free(&strict);
    /* Not letters: × and ÷ (in the Latin-1 block) separate. */
    split("a×b÷c", 0);
    ck_assert_uint_eq(ws.n, 3);
}
END_TEST

START_TEST(test_separators)
{
    /* Punctuation separates; "đ/c" is two syllables. */
    split("sinh hoạt, chi-đoàn!(tốt)", 0);
    ck_assert_uint_eq(ws.n, 5);
    ck_assert_str_eq(yk_words_key(&ws, 3), "đoàn");
    ck_assert_str_eq(yk_words_key(&ws, 4), "tốt");
    split("Đ/c Hải", 0);
    ck_assert_uint_eq(ws.n, 3);
    ck_assert_str_eq(yk_words_key(&ws, 0), "đ");
    ck_assert_str_eq(yk_words_key(&ws, 1), "c");
    /* Nothing but separators, and nothing at all. */
    split(" ,.;-— …", 0);
    ck_assert_uint_eq(ws.n, 0);
    split("", 0);
    ck_assert_uint_eq(ws.n, 0);
}
END_TEST

START_TEST(test_digits)
{
    split("họp 2 lần 3a 2024", 0);
    ck_assert_uint_eq(ws.n, 5);
    ck_assert_uint_eq(ws.w[0].flags, 0);
    ck_assert_uint_eq(ws.w[1].flags, YK_WORD_DIGITS);
    ck_assert_uint_eq(ws.w[3].flags, 0);           /* 3a: not digits only */
    ck_assert_uint_eq(ws.w[4].flags, YK_WORD_DIGITS);
}
END_TEST

START_TEST(test_invalid_bytes)
{
    /* A byte that is not UTF-8 separates, as does one cut short at the end. */
    const char s[] = "ab\xff" "cd \xc3";
    ck_assert_int_eq(yk_words_split(s, sizeof s - 1, 0, &ws), YK_OK);
    ck_assert_uint_eq(ws.n, 2);
    ck_assert_str_eq(yk_words_key(&ws, 0), "ab");
    ck_assert_str_eq(yk_words_key(&ws, 1), "cd");
    ck_assert_uint_eq(ws.w[1].start, 3);
    /* A NUL inside is a separator too. */
    const char z[] = "an\0toàn";
    ck_assert_int_eq(yk_words_split(z, sizeof z - 1, 0, &ws), YK_OK);
    ck_assert_uint_eq(ws.n, 2);
}
END_TEST

START_TEST(test_nfc)
{
    /* Composed (NFC, as ykien hands fields on) "Rạch": one syllable. */
    split("R\xe1\xba\xa1" "ch", 0);
    ck_assert_uint_eq(ws.n, 1);
    ck_assert_str_eq(yk_words_key(&ws, 0), "r\xe1\xba\xa1" "ch");
    split("R\xe1\xba\xa1" "ch", 1);
    ck_assert_str_eq(yk_words_key(&ws, 0), "rach");
    /* Decomposed (a, combining dot below): still one syllable, the mark
     * being a letter's part; loosely the same key. */
    split("Ra\xcc\xa3" "ch", 1);
    ck_assert_uint_eq(ws.n, 1);
    ck_assert_str_eq(yk_words_key(&ws, 0), "rach");
}
END_TEST

START_TEST(test_max)
{
    static char s[3 * (YK_WORDS_MAX + 100)];
    for (size_t i = 0; i < YK_WORDS_MAX + 100; i++)
        memcpy(s + 3 * i, "ab ", 3);
    ck_assert_int_eq(yk_words_split(s, sizeof s, 0, &ws), YK_OK);
    ck_assert_uint_eq(ws.n, YK_WORDS_MAX);
    ck_assert_uint_eq(ws.w[YK_WORDS_MAX - 1].end, 3 * (YK_WORDS_MAX - 1) + 2);
    /* Reused: a short text after a long one. */
    split("một", 0);
    ck_assert_uint_eq(ws.n, 1);
    ck_assert_str_eq(yk_words_key(&ws, 0), "một");
}
END_TEST

START_TEST(test_hash_and_lower)
{
    split("Cán bộ", 0);
    uint64_t h = yk_words_hash(&ws, 0, 2);
    ck_assert_uint_eq(yk_words_hash(&ws, 1, 1), ws.w[1].hash);
    /* The same keys from another text: the same hash, that of the keys
     * joined by one space. */
    split("... cán   BỘ!", 0);
    ck_assert_uint_eq(yk_words_hash(&ws, 0, 2), h);
    ck_assert_uint_eq(h, yk_hash(YK_HASH_BASIS, "cán bộ", strlen("cán bộ")));
    yk_buf b = { 0 };
    const char *t = "ĐOÀN Viên";
    ck_assert_int_eq(yk_words_lower(t, 0, strlen(t), &b), YK_OK);
    ck_assert_uint_eq(b.len, strlen("đoàn viên"));
    ck_assert_int_eq(memcmp(b.data, "đoàn viên", b.len), 0);
    yk_buf_free(&b);
}
END_TEST

Suite *yk_suite_words(void)
{
    Suite *s = suite_create("words");
    TCase *tc = tcase_create("words");
    tcase_add_checked_fixture(tc, NULL, teardown);
    tcase_add_test(tc, test_keys);
    tcase_add_test(tc, test_vietnamese_letters);
    tcase_add_test(tc, test_separators);
    tcase_add_test(tc, test_digits);
    tcase_add_test(tc, test_invalid_bytes);
    tcase_add_test(tc, test_nfc);
    tcase_add_test(tc, test_max);
    tcase_add_test(tc, test_hash_and_lower);
    suite_add_tcase(s, tc);
    return s;
}
