/* Fuzz target: the tally file loader, on any bytes.
 *
 * Input: a tally file's text.  A file that loads must write back to bytes
 * that load to the same bytes again, and every figure accessor must work
 * on it (counts, numbers and their moments, scale covariances) without
 * crashing or overflowing; merging it with itself must either work or say
 * YK_ERR_LIMIT.  Protected (tally --protect, k = 3), it must save a file
 * that loads again: folding keeps every invariant a loaded file is
 * checked for. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "yk_tally.h"
#include "fuzz_check.h"

static yk_status to_buf(void *ctx, const char *p, size_t n)
{
    return yk_buf_append(ctx, p, n);
}

static void touch_figures(const yk_tally *t)
{
    const yk_form *form = yk_tally_form(t);
    int64_t counts[4096];
    double cov[64 * 64];
    for (size_t r = 0; r < yk_tally_n_rounds(t); r++)
        for (size_t g = 0; g <= yk_tally_n_groups(t); g++) {
            size_t which = g == yk_tally_n_groups(t) ? SIZE_MAX : g;
            (void)yk_tally_responses(t, r, which);
            for (size_t q = 0; q < yk_form_n_questions(form); q++) {
                const yk_question *qq = yk_form_question(form, q);
                yk_tally_numbers x;
                double mean, sd;
                if (qq->list && qq->list->n + 3 <= 4096)
                    (void)yk_tally_counts(t, r, which, q, counts);
                if (yk_tally_numbers_of(t, r, which, q, &x) == YK_OK)
                    (void)yk_tally_moments(&x, &mean, &sd);
            }
            for (size_t s = 0; s < yk_tally_n_scales(t); s++) {
                size_t k;
                int64_t n;
                (void)yk_tally_scale_items(t, s, &k);
                if (k <= 64)
                    (void)yk_tally_scale_cov(t, r, which, s, cov, &n);
            }
        }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    yk_memory m;
    yk_input in = yk_input_memory(&m, data, size);
    yk_tally *t, *back, *twice;
    if (yk_tally_load("fuzz.ykt", &in, NULL, NULL, &t) != YK_OK)
        return 0;
    touch_figures(t);
    yk_buf a = { 0 }, b = { 0 };
    CHECK(yk_tally_save(t, (yk_output){ to_buf, &a }) == YK_OK);
    in = yk_input_memory(&m, a.data, a.len);
    CHECK(yk_tally_load("again.ykt", &in, NULL, NULL, &back) == YK_OK);
    CHECK(yk_tally_save(back, (yk_output){ to_buf, &b }) == YK_OK);
    CHECK(a.len == b.len && memcmp(a.data, b.data, a.len) == 0);
    in = yk_input_memory(&m, a.data, a.len);
    CHECK(yk_tally_load("twice.ykt", &in, NULL, NULL, &twice) == YK_OK);
    yk_status st = yk_tally_merge(twice, back);
    CHECK(st == YK_OK || st == YK_ERR_LIMIT);
    if (st == YK_OK)
        touch_figures(twice);
    size_t short_round;
    yk_tally *protected = NULL;
    in = yk_input_memory(&m, a.data, a.len);
    CHECK(yk_tally_load("protect.ykt", &in, NULL, NULL, &protected) == YK_OK);
    st = yk_tally_protect(protected, 3, &short_round);
    CHECK(st == YK_OK || st == YK_ERR_LIMIT || st == YK_ERR_ARGUMENT);
    if (st == YK_OK) {
        yk_buf c = { 0 };
        yk_tally *again = NULL;
        touch_figures(protected);
        CHECK(yk_tally_save(protected, (yk_output){ to_buf, &c }) == YK_OK);
        in = yk_input_memory(&m, c.data, c.len);
        CHECK(yk_tally_load("protected.ykt", &in, NULL, NULL, &again) == YK_OK);
        yk_tally_free(again);
        yk_buf_free(&c);
    }
    yk_tally_free(protected);
    yk_tally_free(t);
    yk_tally_free(back);
    yk_tally_free(twice);
    yk_buf_free(&a);
    yk_buf_free(&b);
    return 0;
}
