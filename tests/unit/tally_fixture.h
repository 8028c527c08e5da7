/* A tally built in a test from a form's two CSV files and responses as
 * CSV: for the figure functions, whose inputs are tallies. */
#ifndef YK_TEST_TALLY_FIXTURE_H
#define YK_TEST_TALLY_FIXTURE_H
#include <stddef.h>
#include "yk_table.h"
#include "yk_tally.h"

/* The form of a survey and a choices CSV text; free it with
 * yk_form_free().  Fails the test on any error. */
yk_form *yk_test_form(const char *survey, const char *choices);

/* Code the responses in csv (len bytes, header first) with form and hand
 * each to fn(ctx, response).  Fails the test on any error. */
typedef void (*yk_test_response_fn)(void *ctx, const yk_response *r);
void yk_test_code_rows(const yk_form *form, const char *csv, size_t len,
                       yk_test_response_fn fn, void *ctx);

/* Count the responses in csv (len bytes, header first) into t, in round
 * `round`, coded by form (t's form).  Fails the test on any error. */
void yk_test_add_rows(yk_tally *t, const yk_form *form, const char *round, const char *csv,
                      size_t len);

/* The tally of the responses in csv (header first), in round "r1",
 * grouped by group (NULL: none), every part counted.  It owns its form;
 * free it with yk_tally_free().  Fails the test on any error. */
yk_tally *yk_test_tally(const char *survey, const char *choices, const char *group,
                        const char *csv);

/* The same, the responses counted in round `round` (copied). */
yk_tally *yk_test_tally_round(const char *survey, const char *choices, const char *group,
                              const char *round, const char *csv);

/* The first row of t whose column cols[i] shows texts[i], for each of the
 * n columns.  Fails the test when no row does. */
size_t yk_test_row(const yk_table *t, size_t n, const size_t *cols,
                   const char *const *texts);

/* How many rows of t show text in column col. */
size_t yk_test_rows_with(const yk_table *t, size_t col, const char *text);

/* The row of compare's table t whose question, test and pair are these. */
size_t yk_test_compare_row(const yk_table *t, const char *question, const char *test,
                           const char *pair);

#endif
