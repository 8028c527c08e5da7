/* The series of rounds (yk_series.h) on two small forms built here: a
 * question renamed (previous_name) with a choice's label changed, a
 * question reworded, a previous_name no older form has, and a unit the
 * older form does not have. */
#include <check.h>
#include <stdint.h>
#include <string.h>
#include "suites.h"
#include "tally_fixture.h"
#include "yk_series.h"

static const char survey_2023[] =
    "type,name,label\n"
    "select_one unit,unit,Đơn vị\n"
    "select_one yes,trust,Tin tưởng\n"
    "select_one yes,a2,Hài lòng\n";
static const char choices_2023[] =
    "list_name,name,label\n"
    "unit,u1,Hòn Đất\nunit,u2,Hà Tiên\n"
    "yes,1,Không\nyes,2,Phân vân\nyes,3,Có\n";
/* trust is renamed tin, and its choice 3 relabelled; a2 is reworded; b3
 * names a previous_name no form has; unit u3 is new, and the units are
 * listed in another order. */
static const char survey_2024[] =
    "type,name,label,previous_name\n"
    "select_one unit,unit,Đơn vị,\n"
    "select_one yes,tin,Tin tưởng,trust\n"
    "select_one yes,a2,Hài lòng chung,\n"
    "select_one yes,b3,Yên tâm,old_b\n";
static const char choices_2024[] =
    "list_name,name,label\n"
    "unit,u2,Hà Tiên\nunit,u1,Hòn Đất\nunit,u3,Kiên Lương\n"
    "yes,1,Không\nyes,2,Phân vân\nyes,3,Rất có\n";

typedef struct {
    int warnings, errors;
    char source[64], message[512];
} heard;

static void hear(void *ctx, const yk_diag *d)
{
    heard *h = ctx;
    *(d->severity == YK_ERROR ? &h->errors : &h->warnings) += 1;
    strncpy(h->source, d->source, sizeof h->source - 1);
    strncpy(h->message, d->message, sizeof h->message - 1);
}

/* Rounds 2023 and 2024, each tally owned by the series. */
static yk_series *two_rounds(heard *h)
{
    yk_series *s;
    ck_assert_int_eq(yk_series_new(0, &s), YK_OK);
    ck_assert_int_eq(yk_series_add(s, yk_test_tally_round(survey_2023, choices_2023, "unit",
                                                          "2023", "unit,trust,a2\nu1,3,3\nu2,1,2\n"),
                                   "2023.ykt"), YK_OK);
    ck_assert_int_eq(yk_series_add(s, yk_test_tally_round(survey_2024, choices_2024, "unit",
                                                          "2024", "unit,tin,a2,b3\nu1,3,3,3\n"
                                                          "u3,2,2,2\n"), "2024.ykt"), YK_OK);
    ck_assert_int_eq(yk_series_finish(s, hear, h), YK_OK);
    return s;
}

START_TEST(test_series_rounds_and_units)
{
    heard h = { 0 };
    yk_series *s = two_rounds(&h);
    ck_assert_uint_eq(yk_series_n_rounds(s), 2);
    ck_assert_str_eq(yk_series_round_name(s, 0), "2023");
    ck_assert_str_eq(yk_series_round_name(s, 1), "2024");
    ck_assert_str_eq(yk_series_group(s)->name, "unit");
    /* Units are the newest list's (u2, u1, u3), matched by code: u2 was
     * the older list's second, u1 its first, u3 it did not have. */
    ck_assert_uint_eq(yk_series_unit(s, 0, 0), 1);
    ck_assert_uint_eq(yk_series_unit(s, 0, 1), 0);
    ck_assert_uint_eq(yk_series_unit(s, 0, 2), SIZE_MAX);
    ck_assert_uint_eq(yk_series_unit(s, 1, 2), 2);
    yk_series_free(s);
}
END_TEST

START_TEST(test_series_questions_followed)
{
    heard h = { 0 };
    yk_series *s = two_rounds(&h);
    /* The newest form: unit, tin, a2, b3.  tin was trust (question 1 of
     * 2023), a2 kept its name (question 2), b3 was not asked. */
    ck_assert_uint_eq(yk_series_question(s, 0, 1), 1);
    ck_assert_uint_eq(yk_series_question(s, 0, 2), 2);
    ck_assert_uint_eq(yk_series_question(s, 0, 3), SIZE_MAX);
    ck_assert_uint_eq(yk_series_question(s, 1, 3), 3);
    /* b3's previous_name old_b is in no older form: said once, as a
     * warning of the newer tally file. */
    ck_assert_int_eq(h.warnings, 1);
    ck_assert_int_eq(h.errors, 0);
    ck_assert_str_eq(h.source, "2024.ykt");
    ck_assert_ptr_nonnull(strstr(h.message, "question 'b3'"));
    ck_assert_ptr_nonnull(strstr(h.message, "previous_name 'old_b'"));
    yk_series_free(s);
}
END_TEST

START_TEST(test_series_changes)
{
    heard h = { 0 };
    yk_series *s = two_rounds(&h);
    char text[256];
    ck_assert_uint_eq(yk_series_changes(s, 1, 1, text, sizeof text), YK_SERIES_LABELS);
    ck_assert_str_eq(text, "renamed from trust; the label of '3' went from 'Có' to 'Rất có'");
    /* a2 shares tin's list: its choice 3 was relabelled too. */
    ck_assert_uint_eq(yk_series_changes(s, 1, 2, text, sizeof text),
                      YK_SERIES_WORDING | YK_SERIES_LABELS);
    ck_assert_str_eq(text, "the wording went from 'Hài lòng' to 'Hài lòng chung'; "
                     "the label of '3' went from 'Có' to 'Rất có'");
    ck_assert_uint_eq(yk_series_changes(s, 1, 3, text, sizeof text), 0);      /* not asked before */
    ck_assert_uint_eq(yk_series_changes(s, 0, 1, NULL, 0), 0);               /* the first round */
    /* Cut on a whole character: "Có" is not split in its two bytes. */
    ck_assert_uint_eq(yk_series_changes(s, 1, 1, text, 51), YK_SERIES_LABELS);
    ck_assert_str_eq(text, "renamed from trust; the label of '3' went from 'C");
    yk_series_free(s);
}
END_TEST

START_TEST(test_series_round_in_two_forms)
{
    heard h = { 0 };
    yk_series *s;
    ck_assert_int_eq(yk_series_new(0, &s), YK_OK);
    ck_assert_int_eq(yk_series_add(s, yk_test_tally_round(survey_2023, choices_2023, "unit",
                                                          "2024", "unit,trust,a2\nu1,3,3\n"),
                                   NULL), YK_OK);
    ck_assert_int_eq(yk_series_add(s, yk_test_tally_round(survey_2024, choices_2024, "unit",
                                                          "2024", "unit,tin,a2,b3\nu1,3,3,3\n"),
                                   NULL), YK_OK);
    ck_assert_int_eq(yk_series_finish(s, hear, &h), YK_ERR_ARGUMENT);
    ck_assert_int_eq(h.errors, 1);
    ck_assert_str_eq(h.message, "round 2024 is in tallies of two different forms; a round has "
                     "one form");
    yk_series_free(s);
}
END_TEST

START_TEST(test_series_same_form_merged)
{
    heard h = { 0 };
    yk_series *s;
    ck_assert_int_eq(yk_series_new(0, &s), YK_OK);
    ck_assert_int_eq(yk_series_add(s, yk_test_tally_round(survey_2023, choices_2023, "unit",
                                                          "2022", "unit,trust,a2\nu1,3,3\n"),
                                   NULL), YK_OK);
    ck_assert_int_eq(yk_series_add(s, yk_test_tally_round(survey_2023, choices_2023, "unit",
                                                          "2023", "unit,trust,a2\nu2,1,1\n"),
                                   NULL), YK_OK);
    ck_assert_uint_eq(yk_series_n_tallies(s), 1);       /* one form: one tally */
    ck_assert_int_eq(yk_series_finish(s, hear, &h), YK_OK);
    ck_assert_uint_eq(yk_series_n_rounds(s), 2);
    ck_assert_uint_eq(yk_series_changes(s, 1, 1, NULL, 0), 0);   /* one form: nothing changed */
    yk_series_free(s);
}
END_TEST

Suite *yk_suite_series(void)
{
    Suite *s = suite_create("series");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, test_series_rounds_and_units);
    tcase_add_test(tc, test_series_questions_followed);
    tcase_add_test(tc, test_series_changes);
    tcase_add_test(tc, test_series_round_in_two_forms);
    tcase_add_test(tc, test_series_same_form_merged);
    suite_add_tcase(s, tc);
    return s;
}
