/* A codebook's themes: loading the CSV an office writes (every problem
 * with its line), and which themes an answer belongs to.
 *
 * The expected themes are read off the answers by hand: a phrase belongs
 * when its syllables stand in the answer as whole syllables, in order. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "suites.h"
#include "yk_themes.h"

enum { DIAGS_MAX = 4096 };

/* Every diagnostic as "E kind@line" or "W kind@line", one a line. */
static void on_diag(void *ctx, const yk_diag *d)
{
    char *out = ctx;
    size_t len = strlen(out);
    ck_assert_ptr_nonnull(d->source);
    snprintf(out + len, DIAGS_MAX - len, "%c %s@%lu\n", d->severity == YK_ERROR ? 'E' : 'W',
             d->kind, d->line);
}

static yk_status load_n(const char *text, size_t n, int loose, char *diags, yk_themes **t)
{
    yk_memory m;
    yk_input in = yk_input_memory(&m, text, n);
    diags[0] = '\0';
    return yk_themes_load("chu-de.csv", &in, loose, on_diag, diags, t);
}

static yk_status load(const char *text, int loose, char *diags, yk_themes **t)
{
    return load_n(text, strlen(text), loose, diags, t);
}

static yk_themes *load_ok(const char *text, int loose)
{
    char diags[DIAGS_MAX];
    yk_themes *t = NULL;
    ck_assert_int_eq(load(text, loose, diags, &t), YK_OK);
    ck_assert_str_eq(diags, "");
    return t;
}

/* The codes of the themes answer belongs to, joined by ' ' ("-": none). */
static const char *themes_of(const yk_themes *t, const char *answer)
{
    static char out[512];
    yk_words ws = { 0 };
    unsigned char hit[YK_THEMES_MAX];
    ck_assert_int_eq(yk_words_split(answer, strlen(answer), yk_themes_loose(t), &ws), YK_OK);
    size_t n = yk_themes_match(t, &ws, hit), seen = 0;
    out[0] = '\0';
    for (size_t i = 0; i < yk_themes_n(t); i++)
        if (hit[i]) {
            snprintf(out + strlen(out), sizeof out - strlen(out), "%s%s", seen ? " " : "",
                     yk_themes_code(t, i));
            seen++;
        }
    ck_assert_uint_eq(n, seen);
    yk_words_free(&ws);
    return seen ? out : "-";
}

/* yk_themes.h's own example. */
static const char header_example[] =
    "theme,label,phrases\n"
    "sinh_hoat,Sinh hoạt chi đoàn,sinh hoạt|họp chi đoàn|nội dung sinh hoạt\n"
    "can_bo,Cán bộ Đoàn,cán bộ|bí thư|ban thường vụ\n";

START_TEST(test_header_example)
{
    yk_themes *t = load_ok(header_example, 0);
    ck_assert_uint_eq(yk_themes_n(t), 2);
    ck_assert_str_eq(yk_themes_code(t, 0), "sinh_hoat");
    ck_assert_str_eq(yk_themes_label(t, 0, 0), "Sinh hoạt chi đoàn");
    ck_assert_str_eq(yk_themes_code(t, 1), "can_bo");
    ck_assert_str_eq(yk_themes_label(t, 1, 0), "Cán bộ Đoàn");
    ck_assert_int_eq(yk_themes_loose(t), 0);
    ck_assert_str_eq(themes_of(t, "Nội dung sinh hoạt còn nghèo nàn"), "sinh_hoat");
    ck_assert_str_eq(themes_of(t, "Bí thư chi đoàn nên họp chi đoàn đều hơn."),
                     "sinh_hoat can_bo");
    ck_assert_str_eq(themes_of(t, "Ban Thường vụ cần gần gũi đoàn viên"), "can_bo");
    ck_assert_str_eq(themes_of(t, "Tổ chức thêm hoạt động thể thao"), "-");
    ck_assert_str_eq(themes_of(t, ""), "-");
    yk_themes_free(t);
}
END_TEST

/* "an" is a syllable of "an toàn" and "an ninh", never a part of "bạn" or
 * "ban"; "chi đoàn" needs both syllables, in order. */
START_TEST(test_whole_syllables)
{
    yk_themes *t = load_ok("theme,label,phrases\n"
                           "an,An ninh,an\n"
                           "chi_doan,Chi đoàn,chi đoàn\n", _i);
    ck_assert_str_eq(themes_of(t, "Giữ gìn an ninh trật tự"), "an");
    ck_assert_str_eq(themes_of(t, "an toàn giao thông"), "an");
    ck_assert_str_eq(themes_of(t, "AN"), "an");
    ck_assert_str_eq(themes_of(t, "(an)"), "an");
    ck_assert_str_eq(themes_of(t, "Các bạn trẻ"), "-");
    ck_assert_str_eq(themes_of(t, "ban chấp hành"), "-");
    ck_assert_str_eq(themes_of(t, "bàn an"), "an");
    ck_assert_str_eq(themes_of(t, "thanh niên"), "-");     /* "an" inside syllables */
    ck_assert_str_eq(themes_of(t, "họp chi đoàn"), "chi_doan");
    ck_assert_str_eq(themes_of(t, "chi, đoàn"), "chi_doan");  /* punctuation separates */
    ck_assert_str_eq(themes_of(t, "chi tiêu"), "-");
    ck_assert_str_eq(themes_of(t, "đoàn chi"), "-");
    ck_assert_str_eq(themes_of(t, "chi"), "-");
    ck_assert_str_eq(themes_of(t, "chi bộ và đoàn"), "-");
    yk_themes_free(t);
}
END_TEST

/* Several phrases of several syllables starting alike: each compared to
 * the end, at every position, the answer's end included. */
START_TEST(test_multi_syllable)
{
    yk_themes *t = load_ok("theme,label,phrases\n"
                           "sinh_hoat,Sinh hoạt,sinh hoạt chi đoàn|nội dung sinh hoạt\n"
                           "hoat_dong,Hoạt động,sinh hoạt hè|hoạt động tình nguyện\n"
                           "viec_lam,Việc làm,giới thiệu việc làm|việc làm\n", 0);
    ck_assert_str_eq(themes_of(t, "sinh hoạt chi đoàn"), "sinh_hoat");
    ck_assert_str_eq(themes_of(t, "sinh hoạt chi"), "-");       /* cut at the end */
    ck_assert_str_eq(themes_of(t, "sinh hoạt hè"), "hoat_dong");
    ck_assert_str_eq(themes_of(t, "sinh sinh hoạt hè sôi nổi"), "hoat_dong");
    ck_assert_str_eq(themes_of(t, "nội dung sinh hoạt hè"), "sinh_hoat hoat_dong");
    ck_assert_str_eq(themes_of(t, "cần giới thiệu việc làm cho thanh niên"), "viec_lam");
    ck_assert_str_eq(themes_of(t, "việc"), "-");
    ck_assert_str_eq(themes_of(t, "hoạt động tình nguyện, việc làm"), "hoat_dong viec_lam");
    yk_themes_free(t);
}
END_TEST

/* Case never matters; marks only when not loose. */
START_TEST(test_loose)
{
    const char text[] = "theme,label,phrases\ncan_bo,Cán bộ,cán bộ|đoàn phí\n";
    yk_themes *strict = load_ok(text, 0), *loose = load_ok(text, 1);
    ck_assert_int_eq(yk_themes_loose(loose), 1);
    ck_assert_str_eq(themes_of(strict, "CÁN BỘ Đoàn"), "can_bo");
    ck_assert_str_eq(themes_of(strict, "can bo doan"), "-");
    ck_assert_str_eq(themes_of(strict, "cán bố"), "-");
    ck_assert_str_eq(themes_of(strict, "doan phi"), "-");
    ck_assert_str_eq(themes_of(loose, "can bo doan"), "can_bo");
    ck_assert_str_eq(themes_of(loose, "CAN BO"), "can_bo");
    ck_assert_str_eq(themes_of(loose, "cán bố"), "can_bo");     /* accent-blind */
    ck_assert_str_eq(themes_of(loose, "DOAN PHI cao"), "can_bo");
    ck_assert_str_eq(themes_of(loose, "cản"), "-");
    yk_themes_free(strict);
    yk_themes_free(loose);
}
END_TEST

/* A masked syllable (inside personal data) never makes a theme. */
START_TEST(test_masked_never_match)
{
    yk_themes *t = load_ok("theme,label,phrases\nten,Tên,anh hải|hải\n", 0);
    yk_words ws = { 0 };
    unsigned char hit[1];
    ck_assert_int_eq(yk_words_split("gọi anh Hải", strlen("gọi anh Hải"), 0, &ws), YK_OK);
    ck_assert_uint_eq(ws.n, 3);
    ck_assert_uint_eq(yk_themes_match(t, &ws, hit), 1);
    ws.w[2].flags |= YK_WORD_MASKED;
    ck_assert_uint_eq(yk_themes_match(t, &ws, hit), 0);
    ck_assert_int_eq(hit[0], 0);
    ws.w[2].flags = 0;
    ws.w[1].flags |= YK_WORD_MASKED;     /* "anh" masked: "hải" alone still */
    ck_assert_uint_eq(yk_themes_match(t, &ws, hit), 1);
    yk_words_free(&ws);
    yk_themes_free(t);
}
END_TEST

START_TEST(test_labels)
{
    yk_themes *t = load_ok(" Theme , LABEL ,label::English,phrases\n"
                           "sinh_hoat,Sinh hoạt chi đoàn,Branch meetings,sinh hoạt\n"
                           "can_bo,Cán bộ Đoàn,,cán bộ\n", 0);
    ck_assert_str_eq(yk_themes_label(t, 0, 0), "Sinh hoạt chi đoàn");
    ck_assert_str_eq(yk_themes_label(t, 0, 1), "Branch meetings");
    ck_assert_str_eq(yk_themes_label(t, 1, 0), "Cán bộ Đoàn");
    ck_assert_str_eq(yk_themes_label(t, 1, 1), "Cán bộ Đoàn");   /* no English: the label */
    ck_assert_str_eq(themes_of(t, "sinh hoạt"), "sinh_hoat");
    yk_themes_free(t);
}
END_TEST

/* A UTF-8 byte-order mark (Excel's "CSV UTF-8") and a codebook in
 * Windows-1258 are read like any other file ykien reads. */
START_TEST(test_bom_and_encodings)
{
    yk_themes *t = load_ok("\xEF\xBB\xBFtheme,label,phrases\r\n"
                           "can_bo,Cán bộ,cán bộ\r\n", 0);
    ck_assert_uint_eq(yk_themes_n(t), 1);
    ck_assert_str_eq(yk_themes_code(t, 0), "can_bo");
    ck_assert_str_eq(themes_of(t, "cán bộ"), "can_bo");
    yk_themes_free(t);
    /* "Cán bộ" in Windows-1258: C, a, combining acute (0xEC), n, ' ', b,
     * o with circumflex (0xF4), combining dot below (0xF2); read as NFC. */
    t = load_ok("theme,label,phrases\ncan_bo,C\x61\xEC\x6E b\xF4\xF2,c\x61\xEC\x6E b\xF4\xF2 "
                "\xF0\x6F\x61\xCC\x6E\n", 0);
    ck_assert_str_eq(yk_themes_label(t, 0, 0), "Cán bộ");
    ck_assert_str_eq(themes_of(t, "cán bộ đoàn"), "can_bo");
    yk_themes_free(t);
    /* Decomposed, as some keyboards type it: "Cán bộ" as C a U+0301 n b o
     * U+0323 U+0302; the reader makes it NFC, so it matches NFC answers. */
    t = load_ok("theme,label,phrases\ncan_bo,Ca\xCC\x81n bo\xCC\xA3\xCC\x82,"
                "ca\xCC\x81n bo\xCC\xA3\xCC\x82\n", 0);
    ck_assert_str_eq(yk_themes_label(t, 0, 0), "Cán bộ");
    ck_assert_str_eq(themes_of(t, "Cán bộ trẻ"), "can_bo");
    yk_themes_free(t);
}
END_TEST

/* Warnings: the codebook loads, and says what it did. */
START_TEST(test_warnings)
{
    char diags[DIAGS_MAX];
    yk_themes *t = NULL;
    ck_assert_int_eq(load("theme,label,phrases,ghi_chu,label\n"
                          "sinh_hoat,Sinh hoạt,sinh hoạt|họp|sinh  hoạt,x,y\n"
                          "can_bo,,cán bộ|Họp||,z,w\n", 0, diags, &t), YK_OK);
    ck_assert_str_eq(diags,
                     "W themes-unknown-column@1\n"
                     "W themes-duplicate-column@1\n"
                     "W themes-repeated-phrase@2\n"
                     "W themes-no-label@3\n"
                     "W themes-shared-phrase@3\n");
    ck_assert_str_eq(yk_themes_label(t, 1, 0), "can_bo");
    ck_assert_str_eq(themes_of(t, "họp"), "sinh_hoat can_bo");   /* counts in both */
    yk_themes_free(t);
}
END_TEST

static const struct {
    const char *text, *diags;
} bad[] = {
    { "theme,phrases\nx,a\n", "E themes-missing-column@1\n" },
    { "label,phrases,themes\nx,a,b\n",
      "W themes-unknown-column@1\nE themes-missing-column@1\n" },
    { "theme,label,phrases\n,Không mã,sinh hoạt\n", "E themes-bad-code@2\n" },
    { "theme,label,phrases\nsinh hoạt,Sinh hoạt,sinh hoạt\n", "E themes-bad-code@2\n" },
    { "theme,label,phrases\n_uncoded,Khác,khác\n", "E themes-bad-code@2\n" },
    { "theme,label,phrases\na,A,x\n\nb,B,y\na,A2,z\n", "E themes-duplicate-theme@5\n" },
    { "theme,label,phrases\na,A,x\nb,B,\n", "E themes-no-phrases@3\n" },
    { "theme,label,phrases\na,A,x\nb,B,| |\n", "E themes-no-phrases@3\n" },
    { "theme,label,phrases\na,A,x|...|y\nb,B,?\n",
      "E themes-empty-phrase@2\nE themes-empty-phrase@3\n" },
    { "theme,label,phrases\na,A,một hai ba bốn năm sáu bảy tám\n"
      "b,B,một hai ba bốn năm sáu bảy tám chín\n", "E themes-long-phrase@3\n" },
    { "theme,label,phrases\n", "E themes-empty@0\n" },
    { "", "E empty-file@1\n" },
    { "theme,label,phrases\na,A,x\nb,B,y,z\n", "E ragged-row@3\n" },
    /* every problem of the file in one run, each with its line */
    { "theme,label,phrases\n"
      "ok,Được,được\n"
      "b c,Sai,\n"
      "ok,Lặp,!!\n",
      "E themes-bad-code@3\nE themes-no-phrases@3\n"
      "E themes-duplicate-theme@4\nE themes-empty-phrase@4\n" },
};

START_TEST(test_bad)
{
    char diags[DIAGS_MAX];
    yk_themes *t = (yk_themes *)1;
    ck_assert_int_eq(load(bad[_i].text, 0, diags, &t), YK_ERR_PARSE);
    ck_assert_ptr_null(t);
    ck_assert_str_eq(diags, bad[_i].diags);
}
END_TEST

/* YK_THEMES_MAX themes load; one more is a limit, reported on its line. */
START_TEST(test_too_many)
{
    size_t cap = 64 * (YK_THEMES_MAX + 2);
    char *text = malloc(cap), diags[DIAGS_MAX];
    size_t n = (size_t)snprintf(text, cap, "theme,label,phrases\n");
    for (int i = 0; i < YK_THEMES_MAX; i++)
        n += (size_t)snprintf(text + n, cap - n, "t%d,Chủ đề %d,từ %d\n", i, i, i);
    yk_themes *t = NULL;
    ck_assert_int_eq(load_n(text, n, 0, diags, &t), YK_OK);
    ck_assert_uint_eq(yk_themes_n(t), YK_THEMES_MAX);
    ck_assert_str_eq(themes_of(t, "từ 199"), "t199");
    yk_themes_free(t);
    n += (size_t)snprintf(text + n, cap - n, "extra,Thêm,thêm\n");
    ck_assert_int_eq(load_n(text, n, 0, diags, &t), YK_ERR_LIMIT);
    ck_assert_ptr_null(t);
    char want[64];
    snprintf(want, sizeof want, "E themes-too-many@%d\n", YK_THEMES_MAX + 2);
    ck_assert_str_eq(diags, want);
    free(text);
}
END_TEST

/* A file over YK_THEMES_MAX_BYTES is not a codebook: refused, whatever
 * it holds, without reading it all into memory. */
START_TEST(test_too_large)
{
    size_t n = YK_THEMES_MAX_BYTES + 100;
    char *text = malloc(n), diags[DIAGS_MAX];
    static const char head[] = "theme,label,phrases\na,A,";
    memcpy(text, head, sizeof head - 1);
    for (size_t i = sizeof head - 1; i < n; i++)
        text[i] = i % 10 == 9 ? '|' : 'x';
    yk_themes *t = NULL;
    ck_assert_int_eq(load_n(text, n, 0, diags, &t), YK_ERR_LIMIT);
    ck_assert_ptr_null(t);
    ck_assert_str_eq(diags, "E themes-too-large@0\n");
    free(text);
}
END_TEST

Suite *yk_suite_themes(void)
{
    Suite *s = suite_create("themes");
    TCase *tc = tcase_create("themes");
    tcase_add_test(tc, test_header_example);
    tcase_add_loop_test(tc, test_whole_syllables, 0, 2);
    tcase_add_test(tc, test_multi_syllable);
    tcase_add_test(tc, test_loose);
    tcase_add_test(tc, test_masked_never_match);
    tcase_add_test(tc, test_labels);
    tcase_add_test(tc, test_bom_and_encodings);
    tcase_add_test(tc, test_warnings);
    tcase_add_loop_test(tc, test_bad, 0, sizeof bad / sizeof bad[0]);
    tcase_add_test(tc, test_too_many);
    tcase_add_test(tc, test_too_large);
    suite_add_tcase(s, tc);
    return s;
}
