/* Tests for lib/read/vietnamese.c: letter tables, syllables, scoring. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "yk_vietnamese.h"

Suite *yk_suite_vietnamese(void);

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* Every word must be a valid syllable: place names, survey answers, and
 * the awkward spellings (gi, qu, k/gh/ngh, oa/uy tone placement). */
static const char *const valid_text =
    "Rạch Giá Hà Tiên Kiên Lương Hòn Đất Tân Hiệp Châu Thành Giồng Riềng "
    "Gò Quao An Biên An Minh Vĩnh Thuận Phú Quốc Kiên Hải U Minh Thượng "
    "Giang Thành Đoàn Thanh niên Cộng sản Hồ Chí Minh Thường xuyên Thỉnh "
    "thoảng Hiếm khi Không Rất tin tưởng Chưa thật Khó trả lời Hoàn toàn "
    "đồng ý Phân vân nghiêm túc thẳng thắn nể nang né tránh Hình thức khuya "
    "quyết nguyễn giữa gì "
    "ĐOÀN ĐoÀn HOÀ hoà hòa thuý thúy quý quỳnh quyền quên quạt qua quà quẹo "
    "giếng giêng gìn già giết giũ người rượu khuỷu ngoài ngoẹo xoáy kỳ kẻ "
    "ghế nghĩ nghiêng yêu yểng uống ước oẳn xoong boong moóc khuếch huých "
    "tuýp quýt thuở";

static const char *const invalid_words[] = {
    "Quèc",        /* TCVN3 "Quốc" read as CP1258: huyền before -c */
    "Giaù",        /* VNI "Giá" read as Latin-1: tone on the glide */
    "Raïch",       /* VNI "Rạch" read as Latin-1: ï is no Vietnamese letter */
    "Ñoaøn",       /* VNI "Đoàn" read as Latin-1 */
    "R¹ch",        /* TCVN3 "Rạch" read as CP1252 */
    "hoàá",        /* two tone marks */
    "tìếng",       /* two tone marks */
    "Phóò",        /* two tone marks */
};

/* Stop finals take only sắc or nặng; spelling and onset rules. */
static const char *const more_invalid_words[] = {
    "ac", "àc", "ảp", "ẵt", "anhch", "cé", "ci", "kan", "ghu", "ngi",
    "ngha", "gìa", "qúa", "qa", "qo", "mưá", "tiế", "xyz", "str", "a1",
    "bcd", "nghiêngx", "uu", "ă", "ờa", "gịa", "", "w", "Fa",
};

START_TEST(test_valid_words)
{
    const char *p = valid_text;
    int words = 0;
    while (*p) {
        size_t n = strcspn(p, " ");
        ck_assert_msg(yk_vn_syllable_valid(p, n), "rejected \"%.*s\"",
                      (int)n, p);
        words++;
        p += n;
        p += strspn(p, " ");
    }
    ck_assert_int_ge(words, 120);
}
END_TEST

START_TEST(test_invalid_word)
{
    const char *w = invalid_words[_i];
    ck_assert_msg(!yk_vn_syllable_valid(w, strlen(w)), "accepted \"%s\"", w);
}
END_TEST

START_TEST(test_more_invalid_word)
{
    const char *w = more_invalid_words[_i];
    ck_assert_msg(!yk_vn_syllable_valid(w, strlen(w)), "accepted \"%s\"", w);
}
END_TEST

/* The tables hold 67 + 67 distinct single NFC code points, small and
 * capital in step, all of them letters. */
static int32_t one_cp(const char *s)
{
    int32_t cp;
    utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)s, -1, &cp);
    ck_assert_int_gt(k, 0);
    ck_assert_int_eq(s[k], '\0');
    return cp;
}

START_TEST(test_letter_tables)
{
    int32_t seen[134];
    for (int i = 0; i < 67; i++) {
        int32_t lo = one_cp(yk_vn_lower[i]);
        int32_t up = one_cp(yk_vn_upper[i]);
        ck_assert_int_eq(utf8proc_toupper(lo), up);
        ck_assert_int_eq(utf8proc_tolower(up), lo);
        ck_assert(yk_vn_is_letter((uint32_t)lo));
        ck_assert(yk_vn_is_letter((uint32_t)up));
        seen[2 * i] = lo;
        seen[2 * i + 1] = up;
        utf8proc_uint8_t *nfc = utf8proc_NFC((const utf8proc_uint8_t *)yk_vn_lower[i]);
        ck_assert_str_eq((const char *)nfc, yk_vn_lower[i]);
        free(nfc);
        nfc = utf8proc_NFC((const utf8proc_uint8_t *)yk_vn_upper[i]);
        ck_assert_str_eq((const char *)nfc, yk_vn_upper[i]);
        free(nfc);
    }
    for (int i = 0; i < 134; i++)
        for (int j = i + 1; j < 134; j++)
            ck_assert_int_ne(seen[i], seen[j]);
}
END_TEST

/* Exactly the 52 ASCII letters and the 134 are letters. */
START_TEST(test_is_letter_count)
{
    int n = 0;
    for (uint32_t cp = 0; cp < 0x10000; cp++)
        n += yk_vn_is_letter(cp) != 0;
    ck_assert_int_eq(n, 52 + 134);
    ck_assert(!yk_vn_is_letter(0xF1));   /* ñ */
    ck_assert(!yk_vn_is_letter(0x301));
    ck_assert(!yk_vn_is_letter('1'));
}
END_TEST

/* Every letter is a syllable or a syllable with a bare consonant: ba bà ...,
 * đa; and the table is in vowel then tone order. */
START_TEST(test_letters_in_syllables)
{
    for (int i = 0; i < 67; i++) {
        char w[16];
        const char *l = yk_vn_lower[i];
        if (i == 66)
            snprintf(w, sizeof w, "%sa", l);
        else
            snprintf(w, sizeof w, "b%s", l);
        int ok = yk_vn_syllable_valid(w, strlen(w));
        /* b + ă, b + â alone are not syllables: they need a final */
        if (!ok) {
            snprintf(w, sizeof w, "b%sn", l);
            ok = yk_vn_syllable_valid(w, strlen(w));
        }
        ck_assert_msg(ok, "no syllable with \"%s\"", l);
    }
}
END_TEST

static yk_vn_score score_of(const char *s)
{
    yk_vn_score sc = { 0, 0, 0 };
    yk_vn_score_text(s, strlen(s), &sc);
    return sc;
}

/* Scoring cases: text, then the exact tallies. */
static const struct {
    const char *text;
    unsigned long valid, invalid, foreign;
} score_cases[] = {
    { "Xin chào các bạn", 3, 0, 0 },
    { "ascii only, 123", 0, 0, 0 },
    { "Raïch Giaù", 0, 1, 1 },           /* ï splits "Ra" and "ch" */
    { "Ñoaøn", 0, 0, 2 },
    { "R¹ch Gi¸", 0, 0, 2 },
    { "Rạch\tGiá\r\n", 2, 0, 0 },
    { "a\x01" "b\x7f", 0, 0, 2 },         /* controls */
    { "\xc2\x85", 0, 0, 1 },               /* C1 control NEL */
    { "Ra\xcc\xa3" "ch", 0, 1, 1 },        /* NFD: lone combining mark */
    { "\xcc\x81", 0, 1, 1 },
    { "«Đoàn» – “Tân” — ‘Hiệp’… • 25°C\xc2\xa0₫", 3, 0, 0 },
    { "\xff\xfe Đoàn", 1, 0, 2 },          /* one foreign per bad byte */
    { "\xe1\xba", 0, 0, 2 },               /* truncated ạ */
    { "\xc0\x80\xed\xa0\x80", 0, 0, 5 },   /* overlong NUL, surrogate */
    { "Ph\xe1\xba\xa1m\xff", 1, 0, 1 },
    { "中文 ©", 0, 0, 3 },
};

START_TEST(test_score_case)
{
    yk_vn_score sc = score_of(score_cases[_i].text);
    ck_assert_msg(sc.valid == score_cases[_i].valid
                  && sc.invalid == score_cases[_i].invalid
                  && sc.foreign == score_cases[_i].foreign,
                  "case %d: got %lu/%lu/%lu", _i, sc.valid, sc.invalid,
                  sc.foreign);
}
END_TEST

START_TEST(test_score_accumulates)
{
    yk_vn_score sc = { 0, 0, 0 };
    yk_vn_score_text("Đoàn Quèc", strlen("Đoàn Quèc"), &sc);
    yk_vn_score_text("\x01", 1, &sc);
    ck_assert_uint_eq(sc.valid, 1);
    ck_assert_uint_eq(sc.invalid, 1);
    ck_assert_uint_eq(sc.foreign, 1);
    ck_assert_int_eq(yk_vn_score_value(&sc), -1);
    yk_vn_score_text(NULL, 0, &sc);
    ck_assert_int_eq(yk_vn_score_value(&sc), -1);
}
END_TEST

/* The same text, right and wrong.  The TCVN3 ones were made with glibc:
 *   printf '%s' "$RIGHT" | iconv -f UTF-8 -t TCVN5712-1 | iconv -f CP1258 -t UTF-8
 * (-f CP1252 for the second); the VNI one is yk_vni_encode's bytes (checked
 * against the public table) read as Windows-1252.  U+00AD is spelled out. */
#define KG_RIGHT \
    "Đoàn Thanh niên Cộng sản Hồ Chí Minh, TP Rạch Giá, TX Hà Tiên, " \
    "Kiên Lương, Hòn Đất, Tân Hiệp, Châu Thành, Giồng Riềng, Gò Quao, " \
    "An Biên, An Minh, Vĩnh Thuận, Phú Quốc, Kiên Hải, U Minh Thượng, " \
    "Giang Thành"
static const struct {
    const char *right, *wrong;
} decodings[] = {
    { KG_RIGHT,     /* TCVN3 read as CP1258 */
      "§oµn Thanh niªn Céng s¶n Hå ChƯ Minh, TP R¹ch Gi¸, TX Hµ Tiªn, "
      "Kiªn L\xc2\xad¬ng, Hßn §Êt, T©n HiÖp, Ch©u Thµnh, Giång Rỉng, "
      "Gß Quao, An Biªn, An Minh, VÜnh ThuËn, Phó Quèc, Kiªn H¶i, "
      "U Minh Th\xc2\xadîng, Giang Thµnh" },
    { KG_RIGHT,     /* TCVN3 read as CP1252 */
      "§oµn Thanh niªn Céng s¶n Hå ChÝ Minh, TP R¹ch Gi¸, TX Hµ Tiªn, "
      "Kiªn L\xc2\xad¬ng, Hßn §Êt, T©n HiÖp, Ch©u Thµnh, Giång RiÒng, "
      "Gß Quao, An Biªn, An Minh, VÜnh ThuËn, Phó Quèc, Kiªn H¶i, "
      "U Minh Th\xc2\xadîng, Giang Thµnh" },
    { KG_RIGHT,     /* VNI read as Windows-1252 */
      "Ñoaøn Thanh nieân Coäng saûn Hoà Chí Minh, TP Raïch Giaù, TX Haø "
      "Tieân, Kieân Löông, Hoøn Ñaát, Taân Hieäp, Chaâu Thaønh, Gioàng "
      "Rieàng, Goø Quao, An Bieân, An Minh, Vónh Thuaän, Phuù Quoác, Kieân "
      "Haûi, U Minh Thöôïng, Giang Thaønh" },
    { "Phú Quốc", "Phó Quèc" },     /* TCVN3 as CP1258: looks accented */
    { "Rạch Giá", "Ráº¡ch GiÃ¡" },  /* UTF-8 decoded twice */
};

START_TEST(test_score_discriminates)
{
    yk_vn_score right = score_of(decodings[_i].right);
    yk_vn_score wrong = score_of(decodings[_i].wrong);
    ck_assert_uint_eq(right.invalid, 0);
    ck_assert_uint_eq(right.foreign, 0);
    ck_assert_uint_ge(right.valid, 2);
    ck_assert_int_lt(yk_vn_score_value(&wrong), yk_vn_score_value(&right));
    ck_assert_int_le(yk_vn_score_value(&wrong), 0);
}
END_TEST

/* Words of any length and any bytes must not crash the validator. */
START_TEST(test_validator_robust)
{
    char buf[64];
    memset(buf, 'a', sizeof buf);
    ck_assert(!yk_vn_syllable_valid(buf, sizeof buf));
    ck_assert(!yk_vn_syllable_valid("nghiêngg", strlen("nghiêngg")));
    for (int b = 0; b < 256; b++) {
        char s[3] = { 'b', (char)b, 'a' };
        (void)yk_vn_syllable_valid(s, 3);
    }
    ck_assert(!yk_vn_syllable_valid("b\xe1", 2));
}
END_TEST

Suite *yk_suite_vietnamese(void)
{
    Suite *s = suite_create("vietnamese");
    TCase *tc = tcase_create("syllables");
    tcase_add_test(tc, test_valid_words);
    tcase_add_loop_test(tc, test_invalid_word, 0, (int)COUNT(invalid_words));
    tcase_add_loop_test(tc, test_more_invalid_word, 0,
                        (int)COUNT(more_invalid_words));
    tcase_add_test(tc, test_validator_robust);
    suite_add_tcase(s, tc);

    tc = tcase_create("letters");
    tcase_add_test(tc, test_letter_tables);
    tcase_add_test(tc, test_is_letter_count);
    tcase_add_test(tc, test_letters_in_syllables);
    suite_add_tcase(s, tc);

    tc = tcase_create("score");
    tcase_add_loop_test(tc, test_score_case, 0, (int)COUNT(score_cases));
    tcase_add_test(tc, test_score_accumulates);
    tcase_add_loop_test(tc, test_score_discriminates, 0,
                        (int)COUNT(decodings));
    suite_add_tcase(s, tc);
    return s;
}
