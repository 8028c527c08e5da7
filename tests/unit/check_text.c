/* UTF-8 validity, the ASCII fast path, and NFC. */
#include <check.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#include "suites.h"
#include "yk_diag.h"
#include "yk_text.h"

START_TEST(test_ascii)
{
    ck_assert(yk_text_is_ascii("", 0));
    ck_assert(yk_text_is_ascii("0123456789abcdef,;", 18));
    ck_assert(!yk_text_is_ascii("0123456789abcde\x80", 16));
    ck_assert(!yk_text_is_ascii("\xC3\xA0", 2));
}
END_TEST

static const struct { const char *s; size_t n, valid; int truncated; } utf8_cases[] = {
    { "abc", 3, 3, 0 },
    { "H\xC3\xB2n \xC4\x90\xE1\xBA\xA5t", 11, 11, 0 },     /* Hòn Đất */
    { "a\xC0\x80", 3, 1, 0 },           /* overlong NUL */
    { "a\xE0\x80\xAF", 4, 1, 0 },       /* overlong slash */
    { "a\xED\xA0\x80", 4, 1, 0 },       /* surrogate U+D800 */
    { "a\xF4\x90\x80\x80", 5, 1, 0 },   /* above U+10FFFF */
    { "a\xFF", 2, 1, 0 },
    { "a\x80", 2, 1, 0 },               /* lone continuation */
    { "ab\xE1\xBA", 4, 2, 1 },          /* cut short at the end */
    { "ab\xE1\xBA" "c", 5, 2, 0 },      /* cut short in the middle */
    { "\xF0\x9F\x98\x80", 4, 4, 0 },    /* U+1F600 */
};

START_TEST(test_utf8_valid_prefix)
{
    int cut;
    size_t got = yk_utf8_valid_prefix(utf8_cases[_i].s, utf8_cases[_i].n, &cut);
    ck_assert_uint_eq(got, utf8_cases[_i].valid);
    ck_assert_int_eq(cut, utf8_cases[_i].truncated);
}
END_TEST

/* Line ends by kind, whole and cut at every byte: a CR LF split between
 * chunks is one end; long runs cross the word-at-a-time counting. */
START_TEST(test_line_ends)
{
    char text[700];
    size_t n = 0;
    for (int i = 0; i < 100; i++)
        n += (size_t)snprintf(text + n, sizeof text - n, "%s", i % 3 == 0 ? "ab\r\n"
                              : i % 3 == 1 ? "x\n" : "y\r");
    for (size_t cut = 0; cut <= n; cut++) {
        yk_line_ends e = { 0, 0, 0 };
        int prev_cr = 0;
        yk_text_line_ends(text, cut, &prev_cr, &e);
        yk_text_line_ends(text + cut, n - cut, &prev_cr, &e);
        ck_assert_uint_eq(e.crlf, 34);
        ck_assert_uint_eq(e.lf, 33);
        ck_assert_uint_eq(e.cr, 33);
        ck_assert_int_eq(prev_cr, 0);
    }
    char lfs[3000];
    memset(lfs, '\n', sizeof lfs);
    yk_line_ends e = { 0, 0, 0 };
    int prev_cr = 0;
    yk_text_line_ends("\r", 1, &prev_cr, &e);
    yk_text_line_ends(lfs, sizeof lfs, &prev_cr, &e);
    ck_assert(e.crlf == 1 && e.lf == sizeof lfs - 1 && e.cr == 0 && prev_cr == 0);
}
END_TEST

/* Long ASCII runs are skipped by words: a bad or accented byte at any
 * place among them must still be found. */
START_TEST(test_utf8_long_runs)
{
    char s[100];
    for (size_t at = 0; at < sizeof s; at++) {
        memset(s, 'a', sizeof s);
        s[at] = '\xFF';
        ck_assert_uint_eq(yk_utf8_valid_prefix(s, sizeof s, NULL), at);
        if (at + 1 < sizeof s) {
            s[at] = '\xC3', s[at + 1] = '\xA1';     /* á */
            ck_assert_uint_eq(yk_utf8_valid_prefix(s, sizeof s, NULL), sizeof s);
        }
    }
}
END_TEST

/* Text long enough to be checked in blocks gives the same prefix as a
 * walk character by character: letters of every length with, now and
 * then, a byte or pair each rule forbids, at every place in a block. */
START_TEST(test_utf8_blocks_agree_with_walk)
{
    static const char *const pieces[] = {
        "a", ",", "\xC4\x91", "\xE1\xBA\xA1", "\xC6\xB0\xE1\xBB\x9D", "\xF0\x9D\x84\x9E",
        "\xEF\xBF\xBD", "\xF4\x8F\xBF\xBF", "\xE0\xA0\x80", "\xED\x9F\xBF",
    };
    static const char *const bad[] = {
        "\x80", "\xBF", "\xC0\x80", "\xC1\xBF", "\xC2", "\xE0\x9F\x80", "\xED\xA0\x80",
        "\xE1\xBA", "\xF0\x8F\x80\x80", "\xF4\x90\x80\x80", "\xF5\x80\x80\x80",
        "\xFF", "\xE1\x80\xC0", "\xF0\x9D\x84", "\xC3\xA1\xA1",
    };
    unsigned long seed = 17;
    for (int round = 0; round < 20000; round++) {
        char s[400];
        size_t n = 0, want = 64 + round % 300;
        while (n + 4 < want) {
            seed = seed * 6364136223846793005ul + 1442695040888963407ul;
            unsigned pick = (unsigned)(seed >> 33);
            const char *p = pick % 97 == 0 ? bad[pick / 97 % (sizeof bad / sizeof bad[0])]
                                          : pieces[pick % (sizeof pieces / sizeof pieces[0])];
            memcpy(s + n, p, strlen(p));
            n += strlen(p);
        }
        size_t walk = 0, len;
        uint32_t cp;
        while (walk < n && (len = yk_utf8_next(s + walk, n - walk, &cp)) > 0)
            walk += len;
        ck_assert_uint_eq(yk_utf8_valid_prefix(s, n, NULL), walk);
    }
}
END_TEST

START_TEST(test_utf8_put_next)
{
    static const uint32_t cps[] = { 0x41, 0xE0, 0x110, 0x1EA5, 0xFFFD, 0x1F600, 0x10FFFF };
    for (size_t i = 0; i < sizeof cps / sizeof cps[0]; i++) {
        yk_buf b = { 0 };
        uint32_t back;
        ck_assert_int_eq(yk_utf8_put(&b, cps[i]), YK_OK);
        ck_assert_uint_eq(yk_utf8_next(b.data, b.len, &back), b.len);
        ck_assert_uint_eq(back, cps[i]);
        yk_buf_free(&b);
    }
}
END_TEST

static void nfc_is(const char *in, const char *want)
{
    yk_buf out = { 0 }, scratch = { 0 };
    ck_assert_int_eq(yk_text_nfc(in, strlen(in), &out, &scratch), YK_OK);
    ck_assert_uint_eq(out.len, strlen(want));
    ck_assert(memcmp(out.data, want, out.len) == 0);
    yk_buf_free(&out);
    yk_buf_free(&scratch);
}

START_TEST(test_nfc)
{
    /* "Rạch Giá": 12 bytes decomposed (Unikey "tổ hợp"), 11 composed. */
    nfc_is("Ra\xCC\xA3" "ch Gia\xCC\x81", "R\xE1\xBA\xA1" "ch Gi\xC3\xA1");
    /* CP1258 style: base with its hat, tone combining. */
    nfc_is("Qu\xC3\xB4\xCC\x81" "c", "Qu\xE1\xBB\x91" "c");          /* Quốc */
    /* Fully decomposed: base, hat, tone. */
    nfc_is("e\xCC\x82\xCC\x81", "\xE1\xBA\xBF");                     /* ế */
    nfc_is("\xE2\x84\xA6", "\xCE\xA9");                              /* Ohm sign */
    nfc_is("plain", "plain");
}
END_TEST

START_TEST(test_nfc_invalid)
{
    yk_buf out = { 0 }, scratch = { 0 };
    ck_assert_int_eq(yk_text_nfc("a\xCC", 2, &out, &scratch), YK_ERR_INVALID_BYTES);
    yk_buf_free(&out);
    yk_buf_free(&scratch);
}
END_TEST

/* The fast path copies text made only of U+0000-U+02FF and U+1E00-U+1EFF.
 * Checked against utf8proc for every such code point and every pair: none
 * changes under NFC, so no string of them does. */
static uint32_t fast_cp(size_t i)
{
    return i < 0x300 ? (uint32_t)i : (uint32_t)(0x1E00 + i - 0x300);
}

static int nfc_same(const uint32_t *cps, size_t n)
{
    yk_buf b = { 0 };
    for (size_t i = 0; i < n; i++)
        yk_utf8_put(&b, cps[i] ? cps[i] : 'x');
    utf8proc_uint8_t *nfc = utf8proc_NFC((const utf8proc_uint8_t *)
                                         (yk_buf_append(&b, "", 1), b.data));
    int same = nfc && strcmp((const char *)nfc, b.data) == 0;
    free(nfc);
    yk_buf_free(&b);
    return same;
}

START_TEST(test_nfc_fast_ranges)
{
    enum { N = 0x300 + 0x100 };
    for (size_t i = 0; i < N; i++) {
        uint32_t one = fast_cp(i);
        ck_assert_msg(nfc_same(&one, 1), "U+%04X changes under NFC", one);
        ck_assert_int_eq(utf8proc_get_property((utf8proc_int32_t)one)->combining_class, 0);
    }
    for (size_t i = 0; i < N; i += 1)
        for (size_t j = 0; j < N; j += 1) {
            uint32_t pair[2] = { fast_cp(i), fast_cp(j) };
            if (!nfc_same(pair, 2))
                ck_abort_msg("U+%04X U+%04X changes under NFC", pair[0], pair[1]);
        }
}
END_TEST

/* A cut never leaves part of a character, and says so with "…"; the
 * return value is snprintf's (issue 12, point 1). */
START_TEST(test_snprintf_cuts_whole_characters)
{
    char buf[8];
    /* "Đoàn" is 6 bytes (Đ and à are 2 each); 7 bytes of room: "Đo…" is 2+1+3. */
    ck_assert_int_eq(yk_text_snprintf(buf, sizeof buf, "%s", "ĐoànĐoàn"), 12);
    ck_assert_str_eq(buf, "Đo…");
    ck_assert_int_eq(yk_text_snprintf(buf, sizeof buf, "%s", "Đoàn"), 6);
    ck_assert_str_eq(buf, "Đoàn");
    char tiny[3];       /* no room for "…": whole characters only */
    ck_assert_int_eq(yk_text_snprintf(tiny, sizeof tiny, "%s", "ĐĐ"), 4);
    ck_assert_str_eq(tiny, "Đ");
    char two[2];
    yk_text_snprintf(two, sizeof two, "%s", "Đ");
    ck_assert_str_eq(two, "");
    int cut;
    char big[64];
    for (size_t size = 1; size <= sizeof big; size++) {
        yk_text_snprintf(big, size, "%s và %s", "Hồ Chí Minh", "Thành đoàn Hà Tiên");
        ck_assert_uint_eq(yk_utf8_valid_prefix(big, strlen(big), &cut), strlen(big));
    }
}
END_TEST

static void keep_message(void *ctx, const yk_diag *d)
{
    snprintf(ctx, 2048, "%s", d->message);
}

static void send(char *out, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    yk_diag_vsend(keep_message, out, YK_ERROR, "k", "s", 1, 0, NULL, fmt, ap);
    va_end(ap);
}

/* A message quoting a long Vietnamese name is cut on a whole character. */
START_TEST(test_diag_cut_whole_characters)
{
    char name[3001] = "", out[2048];
    for (int i = 0; i < 1500; i++)
        strcat(name, "Đ");
    for (int pad = 0; pad < 3; pad++) {
        send(out, "%.*sunit '%s'", pad, "xx", name);
        int cut;
        ck_assert_uint_eq(yk_utf8_valid_prefix(out, strlen(out), &cut), strlen(out));
        ck_assert_uint_ge(strlen(out), 1020);
    }
}
END_TEST

START_TEST(test_utf8_chars)
{
    ck_assert_uint_eq(yk_utf8_chars("", 0), 0);
    ck_assert_uint_eq(yk_utf8_chars("Đoàn", strlen("Đoàn")), 4);
    ck_assert_uint_eq(yk_utf8_chars("a\xff" "b", 3), 3);    /* a stray byte counts once */
}
END_TEST

/* Capitals of Vietnamese text (utf8proc's simple case mapping, as Word's
 * "UPPERCASE" gives): every vowel with its tone mark, Đ; bytes that are
 * not UTF-8 become U+FFFD. */
START_TEST(test_upper)
{
    char *u = yk_text_upper("Phó Bí thư Đoàn ưởng ỵ");
    ck_assert_str_eq(u, "PHÓ BÍ THƯ ĐOÀN ƯỞNG Ỵ");
    free(u);
    u = yk_text_upper("a\xff" "b");
    ck_assert_str_eq(u, "A\xef\xbf\xbd" "B");
    free(u);
    u = yk_text_upper("");
    ck_assert_str_eq(u, "");
    free(u);
}
END_TEST

Suite *yk_suite_text(void)
{
    Suite *s = suite_create("text");
    TCase *tc = tcase_create("text");
    tcase_add_test(tc, test_ascii);
    tcase_add_test(tc, test_snprintf_cuts_whole_characters);
    tcase_add_test(tc, test_utf8_chars);
    tcase_add_test(tc, test_diag_cut_whole_characters);
    tcase_add_loop_test(tc, test_utf8_valid_prefix, 0,
                        sizeof utf8_cases / sizeof utf8_cases[0]);
    tcase_add_test(tc, test_utf8_put_next);
    tcase_add_test(tc, test_line_ends);
    tcase_add_test(tc, test_utf8_long_runs);
    tcase_add_test(tc, test_utf8_blocks_agree_with_walk);
    tcase_add_test(tc, test_nfc);
    tcase_add_test(tc, test_nfc_invalid);
    tcase_add_test(tc, test_nfc_fast_ranges);
    tcase_add_test(tc, test_upper);
    tcase_set_timeout(tc, 60);
    suite_add_tcase(s, tc);
    return s;
}
