/* libFuzzer target: the rule-set loader of confidence polls.
 *
 * Input: the bytes of a rule file.  Checked: a documented status; *out
 * set exactly when the status is YK_OK, which happens exactly when no
 * error was reported; every diagnostic has a kind from the documented set
 * and a line; on a loaded rule set: a name, a base and a level in range,
 * 1 to 64 thresholds with 0 < q <= 1000, p <= q and a flag that is not
 * "none", and the flags that yk_rules_flag gives agree with
 * yk_threshold_holds at the exact boundaries of every threshold.  Leaks
 * are the sanitizer's. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "yk_rules.h"
#include "fuzz_check.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void on_diag(void *ctx, const yk_diag *d)
{
    static const char *const kinds[] = { "rules-syntax", "rules-duplicate",
                                         "rules-incomplete", "rules-too-large" };
    int known = 0;
    for (size_t i = 0; i < sizeof kinds / sizeof kinds[0]; i++)
        known |= d->kind && strcmp(d->kind, kinds[i]) == 0;
    CHECK(known);
    CHECK(d->message && d->source && strcmp(d->source, "fuzz.rules") == 0);
    *(int *)ctx += d->severity == YK_ERROR;
}

/* The flag at count of base, as the thresholds say one by one. */
static const char *by_hand(const yk_rules *r, const unsigned long *counts, unsigned long base)
{
    for (size_t i = 0; i < yk_rules_n_thresholds(r); i++) {
        const yk_threshold *t = yk_rules_threshold(r, i);
        if (yk_threshold_holds(t, counts[t->level], base))
            return t->flag;
    }
    return "none";
}

static void check_rules(const yk_rules *r)
{
    size_t n = yk_rules_n_thresholds(r);
    CHECK(yk_rules_name(r) && *yk_rules_name(r));
    CHECK(yk_rules_base(r) < YK_N_BASES);
    CHECK(n >= 1 && n <= 64);
    for (size_t i = 0; i < n; i++) {
        const yk_threshold *t = yk_rules_threshold(r, i);
        CHECK(t->level < YK_N_LEVELS);
        CHECK(t->q > 0 && t->q <= 1000 && t->p <= t->q);
        CHECK(t->flag && *t->flag && strcmp(t->flag, "none") != 0);
        /* At the boundary base = q: count p is the exact share. */
        for (unsigned long c = t->p ? t->p - 1 : 0; c <= t->p + 1 && c <= t->q; c++) {
            unsigned long counts[YK_N_LEVELS] = { 0 };
            counts[t->level] = c;
            const char *flag = yk_rules_flag(r, counts, t->q);
            CHECK(flag && strcmp(flag, by_hand(r, counts, t->q)) == 0);
            int holds = yk_threshold_holds(t, c, t->q);
            CHECK(holds == (t->comparison == YK_AT_LEAST ? c >= t->p : c > t->p));
        }
    }
    unsigned long none[YK_N_LEVELS] = { 0 };
    CHECK(yk_rules_flag(r, none, 0) == NULL);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    yk_memory m;
    yk_input in = yk_input_memory(&m, data, size);
    yk_rules *r = (yk_rules *)&m;       /* must be set to NULL on failure */
    int errors = 0;
    yk_status st = yk_rules_load("fuzz.rules", &in, on_diag, &errors, &r);
    CHECK(st == YK_OK || st == YK_ERR_PARSE || st == YK_ERR_NOMEM || st == YK_ERR_LIMIT);
    CHECK((st == YK_OK) == (r != NULL));
    CHECK((st == YK_OK) == (errors == 0) || st == YK_ERR_NOMEM);
    if (r)
        check_rules(r);
    yk_rules_free(r);
    return 0;
}
