/* A tally built in a test (tally_fixture.h). */
#include <check.h>
#include <string.h>
#include "tally_fixture.h"
#include "yk_coder.h"
#include "yk_figures_compare.h"
#include "yk_reader.h"

typedef struct {
    yk_coder *coder;
    yk_test_response_fn fn;
    void *ctx;
} sink;

static int on_row(void *ctx, const yk_row *row)
{
    sink *s = ctx;
    const yk_response *r;
    if (row->number == 1)
        ck_assert_int_eq(yk_coder_header(s->coder, row), YK_OK);
    else if (yk_coder_row(s->coder, row, &r) == YK_OK && r)
        s->fn(s->ctx, r);
    return 0;
}

void yk_test_code_rows(const yk_form *form, const char *csv, size_t len,
                       yk_test_response_fn fn, void *ctx)
{
    sink s = { NULL, fn, ctx };
    yk_memory m;
    yk_input in = yk_input_memory(&m, csv, len);
    yk_reader *r;
    yk_format fmt;
    ck_assert_int_eq(yk_coder_new(form, NULL, NULL, NULL, &s.coder), YK_OK);
    ck_assert_int_eq(yk_reader_new(NULL, NULL, NULL, &r), YK_OK);
    ck_assert_int_eq(yk_reader_sniff(r, "d.csv", &in, &fmt), YK_OK);
    ck_assert_int_eq(yk_reader_read(r, "d.csv", &in, &fmt, on_row, &s), YK_OK);
    yk_reader_free(r);
    yk_coder_free(s.coder);
}

typedef struct {
    yk_tally *tally;
    const char *round;
} tally_sink;

static void add_to_tally(void *ctx, const yk_response *r)
{
    tally_sink *t = ctx;
    ck_assert_int_eq(yk_tally_add(t->tally, t->round, r), YK_OK);
}

yk_form *yk_test_form(const char *survey, const char *choices)
{
    yk_memory a, b;
    yk_input si = yk_input_memory(&a, survey, strlen(survey));
    yk_input ci = yk_input_memory(&b, choices, strlen(choices));
    yk_form_files files = { "survey.csv", "choices.csv", NULL, &si, &ci, NULL };
    yk_form *form;
    ck_assert_int_eq(yk_form_load(&files, NULL, NULL, &form), YK_OK);
    return form;
}

void yk_test_add_rows(yk_tally *t, const yk_form *form, const char *round, const char *csv,
                      size_t len)
{
    tally_sink ts = { t, round };
    yk_test_code_rows(form, csv, len, add_to_tally, &ts);
}

yk_tally *yk_test_tally(const char *survey, const char *choices, const char *group,
                        const char *csv)
{
    return yk_test_tally_round(survey, choices, group, "r1", csv);
}

yk_tally *yk_test_tally_round(const char *survey, const char *choices, const char *group,
                              const char *round, const char *csv)
{
    yk_form *form = yk_test_form(survey, choices);
    yk_form_text text = { survey, choices, NULL, strlen(survey), strlen(choices), 0 };
    yk_tally *t;
    ck_assert_int_eq(yk_tally_new(form, &text, group, &t), YK_OK);
    yk_test_add_rows(t, form, round, csv, strlen(csv));
    ck_assert_int_eq(yk_tally_adopt_form(t, form), YK_OK);
    return t;
}

size_t yk_test_row(const yk_table *t, size_t n, const size_t *cols,
                   const char *const *texts)
{
    for (size_t r = 0; r < yk_table_n_rows(t); r++) {
        size_t i = 0;
        while (i < n && strcmp(yk_table_text_at(t, r, cols[i]), texts[i]) == 0)
            i++;
        if (i == n)
            return r;
    }
    ck_abort_msg("no row with %s%s%s", n ? texts[0] : "", n > 1 ? "/" : "", n > 1 ? texts[1] : "");
    return 0;
}

size_t yk_test_rows_with(const yk_table *t, size_t col, const char *text)
{
    size_t n = 0;
    for (size_t r = 0; r < yk_table_n_rows(t); r++)
        n += strcmp(yk_table_text_at(t, r, col), text) == 0;
    return n;
}

size_t yk_test_compare_row(const yk_table *t, const char *question, const char *test,
                           const char *pair)
{
    static const size_t cols[] = { YK_COMPARE_QUESTION, YK_COMPARE_TEST, YK_COMPARE_PAIR };
    return yk_test_row(t, 3, cols, (const char *const[]){ question, test, pair });
}
