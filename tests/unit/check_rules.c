/* Rule sets of confidence polls: the shipped files, the exact comparisons
 * at their boundaries, and every kind of bad rule file.
 *
 * The expected flags are hand computations: "more than 1/2 of D" holds
 * when 2·low > D, "at least 2/3 of D" when 3·low >= 2·D. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "suites.h"
#include "yk_rules.h"

static void on_diag(void *ctx, const yk_diag *d)
{
    char *out = ctx;
    size_t len = strlen(out);
    ck_assert_int_eq(d->severity, YK_ERROR);
    snprintf(out + len, 1024 - len, "!%s@%lu\n", d->kind, d->line);
}

static yk_status load_text(const char *text, char *diags, yk_rules **r)
{
    yk_memory m;
    yk_input in = yk_input_memory(&m, text, strlen(text));
    diags[0] = '\0';
    return yk_rules_load("x/test.rules", &in, on_diag, diags, r);
}

/* A shipped rule set, from rules/ (the tests run from the repository). */
static yk_rules *shipped(const char *name)
{
    char path[256], text[8192], diags[1024];
    snprintf(path, sizeof path, "rules/%s.rules", name);
    FILE *f = fopen(path, "rb");
    ck_assert_msg(f != NULL, "cannot open %s", path);
    size_t n = fread(text, 1, sizeof text - 1, f);
    fclose(f);
    text[n] = '\0';
    yk_memory m;
    yk_input in = yk_input_memory(&m, text, n);
    yk_rules *r = NULL;
    diags[0] = '\0';
    ck_assert_int_eq(yk_rules_load(path, &in, on_diag, diags, &r), YK_OK);
    ck_assert_str_eq(diags, "");
    ck_assert_str_eq(yk_rules_name(r), name);
    return r;
}

static const char *flag(const yk_rules *r, unsigned long high, unsigned long trust,
                        unsigned long low, unsigned long base)
{
    unsigned long counts[YK_N_LEVELS] = { high, trust, low };
    return yk_rules_flag(r, counts, base);
}

START_TEST(test_qd96_boundaries)
{
    yk_rules *r = shipped("qd96-2023");
    ck_assert_int_eq(yk_rules_base(r), YK_BASE_MEMBERS);
    ck_assert_uint_eq(yk_rules_n_thresholds(r), 2);
    /* 16 of 32 is exactly half: not more than half (2·16 = 32, not > 32). */
    ck_assert_str_eq(flag(r, 10, 6, 16, 32), "none");
    /* 17 of 32: 34 > 32, and 3·17 = 51 < 64: review. */
    ck_assert_str_eq(flag(r, 10, 5, 17, 32), "review");
    /* 22 of 33 is exactly two thirds: 3·22 = 66 >= 66: dismissal. */
    ck_assert_str_eq(flag(r, 5, 6, 22, 33), "dismissal");
    /* 21 of 33: 63 < 66, but 42 > 33: review. */
    ck_assert_str_eq(flag(r, 5, 7, 21, 33), "review");
    /* Of 47: 31 gives 93 < 94 (review), 32 gives 96 >= 94 (dismissal). */
    ck_assert_str_eq(flag(r, 10, 5, 31, 47), "review");
    ck_assert_str_eq(flag(r, 10, 5, 32, 47), "dismissal");
    /* 23 of 47: 46 < 47, none; 24 of 47: 48 > 47, review. */
    ck_assert_str_eq(flag(r, 0, 0, 23, 47), "none");
    ck_assert_str_eq(flag(r, 0, 0, 24, 47), "review");
    /* Only "low" counts: many "high" change nothing. */
    ck_assert_str_eq(flag(r, 40, 0, 0, 47), "none");
    ck_assert_ptr_null(flag(r, 0, 0, 0, 0));
    yk_rules_free(r);
}
END_TEST

/* The sample's four boundary people (samples/confidence-vote/README.md,
 * "Expected counts"), under qd96-2023 with each base: members 47,
 * present 46, issued 46, valid ballots 45. */
static const struct {
    const char *who;
    unsigned long high, trust, low;
    const char *members, *present, *valid;
} sample[] = {
    /* p05: 23 of 47 (46 ≤ 47), 23 of 46 (46 = 46: not more), 23 of 45
     * (46 > 45; 69 < 90): review with valid ballots only. */
    { "p05", 12, 10, 23, "none", "none", "review" },
    /* p08: 30 of 47 (60 > 47; 90 < 94), of 46 (90 < 92): review; of 45:
     * 90 >= 90: exactly two thirds, dismissal. */
    { "p08", 8, 7, 30, "review", "review", "dismissal" },
    /* p11: 32 of 47 (96 >= 94), of 46 (96 >= 92), of 45: dismissal. */
    { "p11", 5, 8, 32, "dismissal", "dismissal", "dismissal" },
    /* p12: 24 of 47 (48 > 47; 72 < 94), of 46, of 45 (72 < 90): review. */
    { "p12", 19, 2, 24, "review", "review", "review" },
};

START_TEST(test_sample_boundaries)
{
    yk_rules *r = shipped("qd96-2023");
    ck_assert_str_eq(flag(r, sample[_i].high, sample[_i].trust, sample[_i].low, 47),
                     sample[_i].members);
    ck_assert_str_eq(flag(r, sample[_i].high, sample[_i].trust, sample[_i].low, 46),
                     sample[_i].present);
    ck_assert_str_eq(flag(r, sample[_i].high, sample[_i].trust, sample[_i].low, 45),
                     sample[_i].valid);
    yk_rules_free(r);
}
END_TEST

START_TEST(test_other_shipped)
{
    /* qd262-2014: more than half of 47 meant removal from the plan: p08,
     * p11, p12 of the sample (README, "The rules it exercises"), not p05. */
    yk_rules *r = shipped("qd262-2014");
    ck_assert_str_eq(flag(r, 12, 10, 23, 47), "none");
    ck_assert_str_eq(flag(r, 8, 7, 30, 47), "removal-from-plan");
    ck_assert_str_eq(flag(r, 5, 8, 32, 47), "removal-from-plan");
    ck_assert_str_eq(flag(r, 19, 2, 24, 47), "removal-from-plan");
    yk_rules_free(r);
    r = shipped("nq85-2014");
    ck_assert_int_eq(yk_rules_base(r), YK_BASE_MEMBERS);
    /* The 2023 result in domain.md: 25 "low" of 47 members is 53,19%. */
    ck_assert_str_eq(flag(r, 19, 2, 25, 47), "may-resign");
    ck_assert_str_eq(flag(r, 5, 8, 32, 47), "confidence-vote");
    ck_assert_str_eq(flag(r, 10, 10, 16, 32), "none");
    yk_rules_free(r);
}
END_TEST

START_TEST(test_good_text)
{
    char diags[1024];
    yk_rules *r;
    ck_assert_int_eq(load_text("\xEF\xBB\xBF# a note\r\nbase = valid  # valid ballots\r\n"
                               "title = Thử\nthreshold = high  at-least 3/4 praise\n"
                               "threshold = trust more-than 0/1 some_trust\n", diags, &r),
                     YK_OK);
    ck_assert_str_eq(diags, "");
    ck_assert_str_eq(yk_rules_name(r), "test");      /* from the file name */
    ck_assert_str_eq(yk_rules_title(r), "Thử");
    ck_assert_int_eq(yk_rules_base(r), YK_BASE_VALID);
    const yk_threshold *t = yk_rules_threshold(r, 0);
    ck_assert_int_eq(t->level, YK_LEVEL_HIGH);
    ck_assert_int_eq(t->comparison, YK_AT_LEAST);
    ck_assert_uint_eq(t->p, 3);
    ck_assert_uint_eq(t->q, 4);
    ck_assert_uint_eq(t->line, 4);
    ck_assert_str_eq(flag(r, 30, 0, 10, 40), "praise");     /* 120 >= 120 */
    ck_assert_str_eq(flag(r, 29, 1, 10, 40), "some_trust");
    ck_assert_str_eq(flag(r, 29, 0, 11, 40), "none");
    ck_assert_ptr_null(yk_rules_threshold(r, 2));
    yk_rules_free(r);
}
END_TEST

static const struct { const char *text, *diags; } bad[] = {
    { "base = members\n", "!rules-incomplete@0\n" },
    { "threshold = low more-than 1/2 review\n", "!rules-incomplete@0\n" },
    { "base = all\nthreshold = low more-than 1/2 review\n", "!rules-syntax@1\n" },
    { "base = members\nbase = valid\nthreshold = low more-than 1/2 r\n",
      "!rules-duplicate@2\n" },
    { "base = members\nthreshold = low over 1/2 review\n",
      "!rules-syntax@2\n!rules-incomplete@0\n" },
    { "base = members\nthreshold = lowest more-than 1/2 review\n",
      "!rules-syntax@2\n!rules-incomplete@0\n" },
    { "base = members\nthreshold = low more-than 3/2 review\n",
      "!rules-syntax@2\n!rules-incomplete@0\n" },
    { "base = members\nthreshold = low more-than 1/0 review\n",
      "!rules-syntax@2\n!rules-incomplete@0\n" },
    { "base = members\nthreshold = low more-than 0.5 review\n",
      "!rules-syntax@2\n!rules-incomplete@0\n" },
    { "base = members\nthreshold = low more-than 1/2 none\n",
      "!rules-syntax@2\n!rules-incomplete@0\n" },
    { "base = members\nthreshold = low more-than 1/2\n",
      "!rules-syntax@2\n!rules-incomplete@0\n" },
    { "base = members\nthreshold = low more-than 1/2 re view\n",
      "!rules-syntax@2\n!rules-incomplete@0\n" },
    { "base = members\ncolour = red\nthreshold = low at-least 2/3 d\n", "!rules-syntax@2\n" },
    { "base = members\nthreshold = low at-least 2/3 d\nno equals sign\n", "!rules-syntax@3\n" },
    { "name = a b\nbase = members\nthreshold = low at-least 2/3 d\n", "!rules-syntax@1\n" },
    { "", "!rules-incomplete@0\n!rules-incomplete@0\n" },
};

START_TEST(test_bad_text)
{
    char diags[1024];
    yk_rules *r = (yk_rules *)1;
    ck_assert_int_eq(load_text(bad[_i].text, diags, &r), YK_ERR_PARSE);
    ck_assert_str_eq(diags, bad[_i].diags);
    ck_assert_ptr_null(r);
}
END_TEST

START_TEST(test_too_large)
{
    char diags[1024];
    yk_rules *r;
    size_t n = 70 << 10;
    char *big = malloc(n + 1);
    ck_assert_ptr_nonnull(big);
    memset(big, '#', n);
    big[n] = '\0';
    ck_assert_int_eq(load_text(big, diags, &r), YK_ERR_PARSE);
    ck_assert_str_eq(diags, "!rules-too-large@0\n");
    free(big);
}
END_TEST

START_TEST(test_names)
{
    yk_base b;
    ck_assert(yk_base_parse("present", &b) && b == YK_BASE_PRESENT);
    ck_assert(!yk_base_parse("Present", &b));
    ck_assert_str_eq(yk_base_name(YK_BASE_ISSUED), "issued");
    ck_assert_str_eq(yk_level_name(YK_LEVEL_LOW), "low");
}
END_TEST

Suite *yk_suite_rules(void)
{
    Suite *s = suite_create("rules");
    TCase *tc = tcase_create("rules");
    tcase_add_test(tc, test_qd96_boundaries);
    tcase_add_loop_test(tc, test_sample_boundaries, 0, sizeof sample / sizeof sample[0]);
    tcase_add_test(tc, test_other_shipped);
    tcase_add_test(tc, test_good_text);
    tcase_add_loop_test(tc, test_bad_text, 0, sizeof bad / sizeof bad[0]);
    tcase_add_test(tc, test_too_large);
    tcase_add_test(tc, test_names);
    suite_add_tcase(s, tc);
    return s;
}
