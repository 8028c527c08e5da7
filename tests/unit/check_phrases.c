/* Phrase counts of open answers: once per answer, stop words, digits,
 * masked syllables, the longer-phrase rule, ties, the cap, merging; the
 * shipped stop list. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "suites.h"
#include "yk_phrases.h"

static yk_words ws;

static void add(yk_phrases *p, const char *text)
{
    ck_assert_int_eq(yk_words_split(text, strlen(text), 0, &ws), YK_OK);
    ck_assert_int_eq(yk_phrases_add(p, text, &ws), YK_OK);
}

/* The answers of phrase text in the top list (every phrase, no minimum),
 * or -1 when it is not there. */
static int64_t answers_of(const yk_phrases *p, const char *text)
{
    yk_phrase *top;
    size_t n;
    ck_assert_int_eq(yk_phrases_top(p, 1, SIZE_MAX, &top, &n), YK_OK);
    int64_t a = -1;
    for (size_t i = 0; i < n; i++)
        if (strcmp(top[i].text, text) == 0)
            a = top[i].answers;
    free(top);
    return a;
}

START_TEST(test_once_per_answer)
{
    yk_phrases *p;
    ck_assert_int_eq(yk_phrases_new(0, NULL, &p), YK_OK);
    /* "cán bộ" twice in the first answer, once in the second: 2 answers.
     * "bộ nhiệt tình" in one answer: 1; "nhiệt tình" only inside it, so
     * left out as a repeat. */
    add(p, "Cán bộ tốt, cán bộ nhiệt tình");
    add(p, "CÁN BỘ đoàn");
    ck_assert_int_eq(yk_phrases_answers(p), 2);
    ck_assert_int_eq(answers_of(p, "cán bộ"), 2);
    ck_assert_int_eq(answers_of(p, "bộ nhiệt tình"), 1);
    ck_assert_int_eq(answers_of(p, "nhiệt tình"), -1);
    ck_assert_int_eq(answers_of(p, "cán bộ nhiệt"), 1);
    ck_assert_int_eq(yk_phrases_dropped(p), 0);
    yk_phrases_free(p);
}
END_TEST

START_TEST(test_stop_digits_masked)
{
    yk_stop *stop;
    yk_phrases *p;
    ck_assert_int_eq(yk_stop_new(0, &stop), YK_OK);
    const char *list = "# joining words\ncủa\n\nvà   # and\nmà thì\n";
    ck_assert_int_eq(yk_stop_add_list(stop, list, strlen(list)), YK_OK);
    ck_assert_int_eq(yk_phrases_new(0, stop, &p), YK_OK);
    add(p, "nội dung của chi đoàn và đoàn viên");
    /* A stop word at either edge: not a phrase; inside: it is. */
    ck_assert_int_eq(answers_of(p, "của"), -1);
    ck_assert_int_eq(answers_of(p, "nội dung của"), -1);
    ck_assert_int_eq(answers_of(p, "của chi đoàn"), -1);
    ck_assert_int_eq(answers_of(p, "dung của chi"), 1);
    ck_assert_int_eq(answers_of(p, "đoàn và đoàn"), 1);
    /* "mà thì" added each syllable. */
    add(p, "thì tốt mà");
    ck_assert_int_eq(answers_of(p, "thì"), -1);
    ck_assert_int_eq(answers_of(p, "mà"), -1);
    ck_assert_int_eq(answers_of(p, "tốt"), 1);
    /* Digits only: not a phrase, nor a run through it. */
    add(p, "họp 2 lần 1 tháng");
    ck_assert_int_eq(answers_of(p, "2"), -1);
    ck_assert_int_eq(answers_of(p, "họp 2"), -1);
    ck_assert_int_eq(answers_of(p, "họp 2 lần"), -1);
    ck_assert_int_eq(answers_of(p, "họp"), 1);
    ck_assert_int_eq(answers_of(p, "lần"), 1);
    /* A run across a masked span does not count. */
    add(p, "gọi " "[…]" " ngay");
    ck_assert_int_eq(answers_of(p, "gọi ngay"), -1);
    ck_assert_int_eq(answers_of(p, "gọi"), 1);
    /* A syllable flagged masked is no part of any phrase. */
    const char *t = "anh Hải giúp";
    ck_assert_int_eq(yk_words_split(t, strlen(t), 0, &ws), YK_OK);
    ws.w[1].flags |= YK_WORD_MASKED;
    ck_assert_int_eq(yk_phrases_add(p, t, &ws), YK_OK);
    ck_assert_int_eq(answers_of(p, "hải"), -1);
    ck_assert_int_eq(answers_of(p, "anh hải"), -1);
    ck_assert_int_eq(answers_of(p, "anh"), 1);
    yk_phrases_free(p);
    yk_stop_free(stop);
}
END_TEST

/* Hand-worked: the answers
 *   1 "sinh hoạt chi đoàn"   2 "sinh hoạt chi đoàn"   3 "sinh hoạt"
 * give sinh 3, hoạt 3, chi 2, đoàn 2, sinh hoạt 3, hoạt chi 2, chi đoàn 2,
 * sinh hoạt chi 2, hoạt chi đoàn 2.  Left out as repeats of a longer one
 * of as many answers: sinh, hoạt (in sinh hoạt, 3), chi, hoạt chi (in
 * sinh hoạt chi, 2), đoàn, chi đoàn (in hoạt chi đoàn, 2).  Kept: sinh
 * hoạt 3, then the two of 2 answers and 3 syllables in byte order:
 * "hoạt chi đoàn" before "sinh hoạt chi". */
START_TEST(test_longer_phrase_rule)
{
    yk_phrases *p;
    ck_assert_int_eq(yk_phrases_new(0, NULL, &p), YK_OK);
    add(p, "sinh hoạt chi đoàn");
    add(p, "Sinh hoạt chi đoàn.");
    add(p, "sinh hoạt");
    yk_phrase *top;
    size_t n;
    ck_assert_int_eq(yk_phrases_top(p, 1, 10, &top, &n), YK_OK);
    ck_assert_uint_eq(n, 3);
    ck_assert_str_eq(top[0].text, "sinh hoạt");
    ck_assert_int_eq(top[0].answers, 3);
    ck_assert_uint_eq(top[0].words, 2);
    ck_assert_str_eq(top[1].text, "hoạt chi đoàn");
    ck_assert_int_eq(top[1].answers, 2);
    ck_assert_str_eq(top[2].text, "sinh hoạt chi");
    free(top);
    /* min and max. */
    ck_assert_int_eq(yk_phrases_top(p, 3, 10, &top, &n), YK_OK);
    ck_assert_uint_eq(n, 1);
    free(top);
    ck_assert_int_eq(yk_phrases_top(p, 1, 2, &top, &n), YK_OK);
    ck_assert_uint_eq(n, 2);
    ck_assert_str_eq(top[1].text, "hoạt chi đoàn");
    free(top);
    /* A fourth answer "đoàn" says đoàn apart: 3 answers, kept; it was 2
     * like "hoạt chi đoàn" before. */
    add(p, "đoàn");
    ck_assert_int_eq(answers_of(p, "đoàn"), 3);
    ck_assert_int_eq(answers_of(p, "chi đoàn"), -1);
    yk_phrases_free(p);
}
END_TEST

/* The rule at its threshold, YK_PHRASES_INSIDE = 80 percent: "cán" in 5
 * answers, 4 of them inside "cán bộ" (4 * 100 >= 80 * 5): left out, a
 * syllable of a word; "chi" in 4 answers, 3 inside "chi đoàn" (300 < 320):
 * kept, members say it apart. */
START_TEST(test_mostly_inside)
{
    yk_phrases *p;
    ck_assert_int_eq(yk_phrases_new(0, NULL, &p), YK_OK);
    for (int i = 0; i < 4; i++)
        add(p, "cán bộ");
    add(p, "cán");
    for (int i = 0; i < 3; i++)
        add(p, "chi đoàn");
    add(p, "chi");
    ck_assert_int_eq(answers_of(p, "cán bộ"), 4);
    ck_assert_int_eq(answers_of(p, "cán"), -1);
    ck_assert_int_eq(answers_of(p, "bộ"), -1);
    ck_assert_int_eq(answers_of(p, "chi"), 4);
    ck_assert_int_eq(answers_of(p, "chi đoàn"), 3);
    ck_assert_int_eq(answers_of(p, "đoàn"), -1);
    /* With a minimum of 5 answers "cán bộ" (4) is not listed, and still
     * hides "cán" (5), which is no word of its own. */
    yk_phrase *top;
    size_t n;
    ck_assert_int_eq(yk_phrases_top(p, 5, 10, &top, &n), YK_OK);
    ck_assert_uint_eq(n, 0);
    free(top);
    yk_phrases_free(p);
}
END_TEST

START_TEST(test_ties)
{
    yk_phrases *p;
    ck_assert_int_eq(yk_phrases_new(0, NULL, &p), YK_OK);
    /* Each a phrase of one answer, said apart: more syllables first, then
     * byte order ("b" < "ă", whose UTF-8 starts with 0xC4). */
    add(p, "ăn");
    add(p, "bơi");
    add(p, "an");
    add(p, "an toàn giao");
    yk_phrase *top;
    size_t n;
    ck_assert_int_eq(yk_phrases_top(p, 1, 10, &top, &n), YK_OK);
    /* an: 2 answers; then the 3-syllable phrase (its 2- and 1-syllable
     * parts of 1 answer are repeats), then bơi, ăn. */
    ck_assert_uint_eq(n, 4);
    ck_assert_str_eq(top[0].text, "an");
    ck_assert_int_eq(top[0].answers, 2);
    ck_assert_str_eq(top[1].text, "an toàn giao");
    ck_assert_str_eq(top[2].text, "bơi");
    ck_assert_str_eq(top[3].text, "ăn");
    free(top);
    yk_phrases_free(p);
}
END_TEST

START_TEST(test_cap)
{
    yk_phrases *p;
    ck_assert_int_eq(yk_phrases_new(3, NULL, &p), YK_OK);
    add(p, "an bình");          /* an, an bình, bình: full */
    ck_assert_int_eq(yk_phrases_dropped(p), 0);
    add(p, "cao");              /* cao: 1 dropped */
    ck_assert_int_eq(yk_phrases_dropped(p), 1);
    add(p, "cao cao an");       /* cao (once), cao cao, cao cao an, cao an: 4 */
    ck_assert_int_eq(yk_phrases_dropped(p), 5);
    ck_assert_int_eq(answers_of(p, "an"), 2);
    ck_assert_int_eq(yk_phrases_answers(p), 3);
    yk_phrases_free(p);
}
END_TEST

static const char *const answers[] = {
    "Sinh hoạt chi đoàn cần đổi mới nội dung",
    "nội dung sinh hoạt còn nghèo nàn",
    "Đề nghị tăng cường sinh hoạt chi đoàn",
    "cán bộ đoàn nhiệt tình",
    "CÁN BỘ ĐOÀN cần quan tâm đoàn viên hơn",
    "tổ chức nhiều hoạt động tình nguyện",
    "hoạt động tình nguyện hè",
    "không có ý kiến",
};
enum { N_ANSWERS = sizeof answers / sizeof answers[0] };

static void same_top(const yk_phrases *a, const yk_phrases *b)
{
    yk_phrase *ta, *tb;
    size_t na, nb;
    ck_assert_int_eq(yk_phrases_top(a, 1, SIZE_MAX, &ta, &na), YK_OK);
    ck_assert_int_eq(yk_phrases_top(b, 1, SIZE_MAX, &tb, &nb), YK_OK);
    ck_assert_uint_eq(na, nb);
    for (size_t i = 0; i < na; i++) {
        ck_assert_str_eq(ta[i].text, tb[i].text);
        ck_assert_int_eq(ta[i].answers, tb[i].answers);
        ck_assert_uint_eq(ta[i].words, tb[i].words);
    }
    ck_assert_int_eq(yk_phrases_answers(a), yk_phrases_answers(b));
    free(ta);
    free(tb);
}

START_TEST(test_merge)
{
    yk_phrases *one, *first, *second, *first2, *second2;
    ck_assert_int_eq(yk_phrases_new(0, NULL, &one), YK_OK);
    ck_assert_int_eq(yk_phrases_new(0, NULL, &first), YK_OK);
    ck_assert_int_eq(yk_phrases_new(0, NULL, &second), YK_OK);
    ck_assert_int_eq(yk_phrases_new(0, NULL, &first2), YK_OK);
    ck_assert_int_eq(yk_phrases_new(0, NULL, &second2), YK_OK);
    for (size_t i = 0; i < N_ANSWERS; i++) {
        add(one, answers[i]);
        add(i < N_ANSWERS / 2 ? first : second, answers[i]);
        add(i < N_ANSWERS / 2 ? first2 : second2, answers[i]);
    }
    ck_assert_int_eq(yk_phrases_merge(first, second), YK_OK);
    ck_assert_int_eq(yk_phrases_merge(second2, first2), YK_OK);
    same_top(one, first);
    same_top(one, second2);
    /* sinh hoạt is in answers 1, 2, 3; đoàn (key) in 1, 3, 4, 5: counted
     * by hand. */
    ck_assert_int_eq(answers_of(first, "sinh hoạt"), 3);
    ck_assert_int_eq(answers_of(second2, "đoàn"), 4);
    /* After merging, an answer added to the merged table counts once. */
    add(first, "sinh hoạt, sinh hoạt");
    ck_assert_int_eq(answers_of(first, "sinh hoạt"), 4);
    yk_phrases_free(one);
    yk_phrases_free(first);
    yk_phrases_free(second);
    yk_phrases_free(first2);
    yk_phrases_free(second2);
}
END_TEST

START_TEST(test_loose)
{
    yk_phrases *p;
    yk_stop *stop;
    ck_assert_int_eq(yk_stop_new(1, &stop), YK_OK);
    ck_assert_int_eq(yk_stop_add(stop, "của", 5), YK_OK);
    ck_assert_int_eq(yk_phrases_new(0, stop, &p), YK_OK);
    const char *a[] = { "Cán bộ của đoàn", "can bo cua doan" };
    for (int i = 0; i < 2; i++) {
        ck_assert_int_eq(yk_words_split(a[i], strlen(a[i]), 1, &ws), YK_OK);
        ck_assert_int_eq(yk_phrases_add(p, a[i], &ws), YK_OK);
    }
    /* One phrase for both spellings, shown as the first answer wrote it;
     * "cua", loosely the stop word "của", at no edge. */
    ck_assert_int_eq(answers_of(p, "cán bộ"), 2);
    ck_assert_int_eq(answers_of(p, "cua"), -1);
    ck_assert_int_eq(answers_of(p, "của"), -1);
    yk_phrases_free(p);
    yk_stop_free(stop);
}
END_TEST

/* The shipped list: negation is not a stop word, the joining words are. */
START_TEST(test_shipped_stop_list)
{
    FILE *f = fopen("words/stop-vi.txt", "rb");
    ck_assert_ptr_nonnull(f);
    static char text[16384];
    size_t n = fread(text, 1, sizeof text, f);
    fclose(f);
    ck_assert_uint_lt(n, sizeof text);
    yk_stop *stop;
    ck_assert_int_eq(yk_stop_new(0, &stop), YK_OK);
    ck_assert_int_eq(yk_stop_add_list(stop, text, n), YK_OK);
    const char *t = "không có của và là sinh hoạt";
    ck_assert_int_eq(yk_words_split(t, strlen(t), 0, &ws), YK_OK);
    ck_assert(!yk_stop_has(stop, &ws, 0));
    for (size_t i = 1; i <= 4; i++)
        ck_assert(yk_stop_has(stop, &ws, i));
    ck_assert(!yk_stop_has(stop, &ws, 5));
    ck_assert(!yk_stop_has(stop, &ws, 6));
    ck_assert(!yk_stop_has(NULL, &ws, 1));
    yk_stop_free(stop);
}
END_TEST

static void teardown(void)
{
    yk_words_free(&ws);
}

Suite *yk_suite_phrases(void)
{
    Suite *s = suite_create("phrases");
    TCase *tc = tcase_create("phrases");
    tcase_add_checked_fixture(tc, NULL, teardown);
    tcase_add_test(tc, test_once_per_answer);
    tcase_add_test(tc, test_stop_digits_masked);
    tcase_add_test(tc, test_longer_phrase_rule);
    tcase_add_test(tc, test_mostly_inside);
    tcase_add_test(tc, test_ties);
    tcase_add_test(tc, test_cap);
    tcase_add_test(tc, test_merge);
    tcase_add_test(tc, test_loose);
    tcase_add_test(tc, test_shipped_stop_list);
    suite_add_tcase(s, tc);
    return s;
}
