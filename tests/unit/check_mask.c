/* Personal data masked out of open answers: each form of phone, ID card,
 * e-mail and name; amounts kept; titles; spans that touch; the syllables
 * of what is left. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "suites.h"
#include "yk_mask.h"

static yk_mask *m;
static yk_buf out;
static yk_words ws;

static void setup(void)
{
    ck_assert_int_eq(yk_mask_new(&m), YK_OK);
    ck_assert_int_eq(yk_mask_add_name(m, "Nguyễn Văn Hải"), YK_OK);
    ck_assert_int_eq(yk_mask_add_name(m, "Lê Thị Hoa"), YK_OK);
    ck_assert_int_eq(yk_mask_add_name(m, "Trần Bình"), YK_OK);
}

static void teardown(void)
{
    yk_mask_free(m);
    yk_buf_free(&out);
    yk_words_free(&ws);
}

/* The masked text of s, NUL-terminated in out; *spans how many. */
static const char *masked(const yk_mask *mask, const char *s, size_t *spans)
{
    ck_assert_int_eq(yk_mask_text(mask, s, strlen(s), 0, &ws, &out, spans), YK_OK);
    ck_assert_int_eq(yk_buf_append(&out, "", 1), YK_OK);
    out.len--;
    return out.data;
}

static void check(const yk_mask *mask, const char *s, const char *want, size_t want_spans)
{
    size_t spans;
    const char *got = masked(mask, s, &spans);
    ck_assert_msg(strcmp(got, want) == 0, "'%s': '%s', want '%s'", s, got, want);
    ck_assert_msg(spans == want_spans, "'%s': %zu spans, want %zu", s, spans, want_spans);
}

START_TEST(test_phones)
{
    check(NULL, "gọi 0912 345 678 nhé", "gọi […] nhé", 1);
    check(NULL, "sđt: 0912345678.", "sđt: […].", 1);
    check(NULL, "+84 912 345 678", "[…]", 1);
    check(NULL, "zalo +84912345678", "zalo […]", 1);
    check(NULL, "84912345678", "[…]", 1);
    check(NULL, "(0297) 3862 123 là số trực", "[…] là số trực", 1);
    check(NULL, "0297.3862.123", "[…]", 1);
    check(NULL, "0912-345-678", "[…]", 1);
    check(NULL, "số cũ 01693 456 789", "số cũ […]", 1);     /* old 11 digits */
    /* A year before a phone does not hide it. */
    check(NULL, "năm 2024 0912 345 678", "năm 2024 […]", 1);
    /* 9 digits from a 0 are enough; 8 are too few. */
    check(NULL, "0912 345 67", "[…]", 1);
    check(NULL, "0912 345 6", "0912 345 6", 0);
}
END_TEST

START_TEST(test_ids_and_amounts)
{
    check(NULL, "CCCD 079201001234 của em", "CCCD […] của em", 1);
    check(NULL, "CMND 123456789", "CMND […]", 1);
    check(NULL, "mã 12345678", "mã 12345678", 0);
    check(NULL, "kinh phí 1.000.000.000 đồng", "kinh phí 1.000.000.000 đồng", 0);
    check(NULL, "chỉ 50.000đ một tháng", "chỉ 50.000đ một tháng", 0);
    check(NULL, "84.000.000.000 đồng", "84.000.000.000 đồng", 0);
    check(NULL, "họp 2 lần/tháng, 15-20 người", "họp 2 lần/tháng, 15-20 người", 0);
}
END_TEST

START_TEST(test_emails)
{
    check(NULL, "mail: nguyen.van.hai@gmail.com.", "mail: […].", 1);
    check(NULL, "gửi doanxa_tb-2@kiengiang.gov.vn nhé", "gửi […] nhé", 1);
    /* Not addresses: no domain with a dot, nothing before the @. */
    check(NULL, "@doan xã @ abc a@b", "@doan xã @ abc a@b", 0);
}
END_TEST

START_TEST(test_names)
{
    check(m, "Nguyễn Văn Hải làm tốt", "[…] làm tốt", 1);
    check(m, "NGUYEN VAN HAI lam tot", "[…] lam tot", 1);
    check(m, "nguyễn văn hải", "[…]", 1);
    check(m, "đồng chí Văn Hải nhiệt tình", "đồng chí […] nhiệt tình", 1);
    check(m, "Văn Hải", "[…]", 1);
    check(m, "anh Hải nhiệt tình", "anh […] nhiệt tình", 1);
    check(m, "Anh HẢI", "Anh […]", 1);
    check(m, "anh hai", "anh […]", 1);
    check(m, "đ/c Hải, Đ/C Hoa và đc Bình", "đ/c […], Đ/C […] và đc […]", 3);
    check(m, "cảm ơn chị Hoa, cô Hoa, thầy Bình", "cảm ơn chị […], cô […], thầy […]", 3);
    check(m, "dong chi Hai", "dong chi […]", 1);
    /* Decomposed (a, combining hook above), as a text not yet in NFC. */
    check(m, "anh Ha\xcc\x89i", "anh […]", 1);
    /* The given name alone, or after a word that is no title. */
    check(m, "Hải nhiệt tình", "Hải nhiệt tình", 0);
    check(m, "bảo vệ hải đảo, biển đảo", "bảo vệ hải đảo, biển đảo", 0);
    check(m, "có Hải tham gia", "có Hải tham gia", 0);
    check(m, "hoa hồng", "hoa hồng", 0);
    /* A two-syllable name: whole anywhere, its given name after a title. */
    check(m, "Trần Bình và ông Bình", "[…] và ông […]", 2);
    /* Whole syllables only. */
    check(m, "anh Hảii", "anh Hảii", 0);
    ck_assert_uint_eq(yk_mask_n_names(m), 3);
    ck_assert_int_eq(yk_mask_add_name(m, " - "), YK_ERR_ARGUMENT);
    ck_assert_int_eq(yk_mask_add_name(m, "a b c d e f g h i k l m n o p q r"), YK_ERR_ARGUMENT);
    ck_assert_uint_eq(yk_mask_n_names(m), 3);
    /* A one-syllable name: after a title only. */
    ck_assert_int_eq(yk_mask_add_name(m, "Tâm"), YK_OK);
    check(m, "Tâm huyết, em Tâm", "Tâm huyết, em […]", 1);
}
END_TEST

/* A unit's name: whole, never its last syllables, never after a title. */
START_TEST(test_places)
{
    ck_assert_int_eq(yk_mask_add_place(m, "U Minh Thượng"), YK_OK);
    ck_assert_int_eq(yk_mask_add_place(m, "Huyện đoàn Hòn Đất"), YK_OK);
    check(m, "Về U Minh Thượng, huyện đoàn hòn đất", "Về […], […]", 2);
    check(m, "Ban Thường vụ, anh Thượng, Minh Thượng, Hòn Đất",
          "Ban Thường vụ, anh Thượng, Minh Thượng, Hòn Đất", 0);
    ck_assert_int_eq(yk_mask_add_place(m, "Rạch"), YK_ERR_ARGUMENT);
    ck_assert_uint_eq(yk_mask_n_names(m), 5);       /* 3 persons, 2 places */
}
END_TEST

START_TEST(test_spans_touch)
{
    /* The phone runs into the address: one span. */
    check(NULL, "lh 0912345678hai@gmail.com ngay", "lh […] ngay", 1);
    /* Apart by a space: two. */
    check(m, "anh Hải 0912 345 678", "anh […] […]", 2);
    /* A name glued to a phone is a name still, and one span with it (found
     * by the feedback fuzz target); after a comma, two; beside an address,
     * both found in one pass. */
    check(m, "gọi Nguyễn Văn Hải0912345678 nhé", "gọi […] nhé", 1);
    check(m, "hỏi Lê Thị Hoa,0912345678", "hỏi […],[…]", 2);
    check(m, "thư lethihoa@gmail.com Lê Thị Hoa", "thư […] […]", 2);
    check(m, "", "", 0);
    ck_assert_uint_eq(ws.n, 0);
}
END_TEST

START_TEST(test_words_of_masked_text)
{
    size_t spans;
    masked(m, "Gọi anh Hải 0912345678 gấp", &spans);
    ck_assert_uint_eq(spans, 2);
    ck_assert_uint_eq(ws.n, 3);
    ck_assert_str_eq(yk_words_key(&ws, 0), "gọi");
    ck_assert_str_eq(yk_words_key(&ws, 1), "anh");
    ck_assert_str_eq(yk_words_key(&ws, 2), "gấp");
    ck_assert_uint_eq(ws.w[2].start, strlen("Gọi anh […] […] "));
    /* Loose, and nothing masked: the text's own syllables. */
    const char *t = "Cán bộ đoàn";
    ck_assert_int_eq(yk_mask_text(m, t, strlen(t), 1, &ws, &out, &spans), YK_OK);
    ck_assert_uint_eq(spans, 0);
    ck_assert_uint_eq(ws.n, 3);
    ck_assert_str_eq(yk_words_key(&ws, 2), "doan");
    /* Without words, and without a mask. */
    t = "0912345678 Hải";
    ck_assert_int_eq(yk_mask_text(NULL, t, strlen(t), 0, NULL, &out, &spans), YK_OK);
    ck_assert_uint_eq(spans, 1);
    ck_assert_int_eq(yk_mask_text(m, t, strlen(t), 0, NULL, &out, NULL), YK_OK);
    ck_assert_uint_eq(out.len, strlen("[…] Hải"));
}
END_TEST

START_TEST(test_long_text)
{
    /* 2000 pieces, each with a phone and a name after a title: 4000
     * spans (past the 32 kept on the stack), none left in the output. */
    yk_buf text = { 0 };
    const char piece[] = "cán bộ đoàn anh Hải 0912 345 678; ";
    for (int i = 0; i < 2000; i++)
        ck_assert_int_eq(yk_buf_append(&text, piece, sizeof piece - 1), YK_OK);
    size_t spans;
    ck_assert_int_eq(yk_mask_text(m, text.data, text.len, 0, &ws, &out, &spans), YK_OK);
    ck_assert_uint_eq(spans, 4000);
    ck_assert_int_eq(yk_buf_append(&out, "", 1), YK_OK);
    ck_assert_ptr_null(strstr(out.data, "Hải"));
    ck_assert_ptr_null(strstr(out.data, "345"));
    /* 4 syllables a piece are left (cán bộ đoàn anh), 8000: the words
     * keep the first YK_WORDS_MAX.  The names past the first 4096
     * syllables of the text are masked all the same (above). */
    ck_assert_uint_eq(ws.n, YK_WORDS_MAX);
    yk_buf_free(&text);
}
END_TEST

/* Random text of digits, separators, letters, '@' and a byte that is
 * not UTF-8: no crash, one "[…]" per span reported, and never 9 digits
 * in a row left (an ID card's shape). */
START_TEST(test_random_text)
{
    static const char alphabet[] = "0123456789 .-()+@ab\xc4\x91\xff";
    unsigned r = 12345;
    char s[64];
    for (int t = 0; t < 20000; t++) {
        size_t n = (r = r * 1103515245u + 12345u) >> 16 & 63;
        for (size_t i = 0; i < n; i++)
            s[i] = alphabet[((r = r * 1103515245u + 12345u) >> 16) % (sizeof alphabet - 1)];
        size_t spans;
        ck_assert_int_eq(yk_mask_text(m, s, n, t & 1, &ws, &out, &spans), YK_OK);
        size_t marks = 0, run = 0;
        for (size_t i = 0; i < out.len; i++) {
            run = out.data[i] >= '0' && out.data[i] <= '9' ? run + 1 : 0;
            ck_assert_uint_lt(run, 9);
            if (i + strlen(YK_MASK_TEXT) <= out.len &&
                memcmp(out.data + i, YK_MASK_TEXT, strlen(YK_MASK_TEXT)) == 0)
                marks++;
        }
        ck_assert_uint_eq(marks, spans);
    }
}
END_TEST

Suite *yk_suite_mask(void)
{
    Suite *s = suite_create("mask");
    TCase *tc = tcase_create("mask");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_phones);
    tcase_add_test(tc, test_ids_and_amounts);
    tcase_add_test(tc, test_emails);
    tcase_add_test(tc, test_names);
    tcase_add_test(tc, test_places);
    tcase_add_test(tc, test_spans_touch);
    tcase_add_test(tc, test_words_of_masked_text);
    tcase_add_test(tc, test_long_text);
    tcase_add_test(tc, test_random_text);
    /* The random text takes 1.5 s alone; on a loaded machine or under
     * the sanitizers Check's default 4 s is not enough. */
    tcase_set_timeout(tc, 30);
    suite_add_tcase(s, tc);
    return s;
}
