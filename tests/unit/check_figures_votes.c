/* The confidence poll's figures table: each count, each exact share, the
 * blank shares over a base of 0, a rule set's flag, and the decimal comma
 * of the text format, which changes the text and never the value.
 *
 * Every expected number is a hand count of the ballots built below or a
 * hand division, shown beside it. */
#include <check.h>
#include <math.h>
#include <stdio.h>
#include <string.h>
#include "suites.h"
#include "yk_figures_votes.h"

static const char survey_csv[] =
    "type,name,label,hint\n"
    "select_one muc,p01,Trần Quốc Vinh,Bí thư\n"
    "select_one muc,p02,Lê Thị Thu Hà,\n";
static const char choices_csv[] =
    "list_name,name,label,value\n"
    "muc,tin_nhiem_cao,Tín nhiệm cao,3\n"
    "muc,tin_nhiem,Tín nhiệm,2\n"
    "muc,tin_nhiem_thap,Tín nhiệm thấp,1\n";
static const char rules_txt[] =
    "name = test\n"
    "base = valid\n"
    "threshold = low at-least 2/3 dismissal\n"
    "threshold = low more-than 1/2 review\n";

/* A poll of two persons, its coder and its rule set. */
typedef struct {
    yk_form *form;
    yk_ballot_coder *coder;
    yk_poll *poll;
    yk_rules *rules;
} fixture;

static void add(yk_poll *p, yk_mark a, yk_mark b, int added, int struck, int times)
{
    yk_mark marks[2] = { a, b };
    yk_ballot ballot = { marks, added, struck };
    for (int i = 0; i < times; i++)
        yk_poll_add(p, &ballot);
}

/* 49 ballots returned: 47 valid, one adding a name, one striking one.
 * Person 1 on the valid ones: 23 high, 16 trust, 8 low.
 * Person 2: 5 high, 10 trust, 30 low, 2 with no box marked. */
static void count_ballots(yk_poll *p)
{
    add(p, YK_MARK_HIGH, YK_MARK_HIGH, 0, 0, 5);
    add(p, YK_MARK_HIGH, YK_MARK_TRUST, 0, 0, 10);
    add(p, YK_MARK_HIGH, YK_MARK_LOW, 0, 0, 8);     /* person 1: 5 + 10 + 8 = 23 high */
    add(p, YK_MARK_TRUST, YK_MARK_LOW, 0, 0, 14);
    add(p, YK_MARK_TRUST, YK_MARK_NONE, 0, 0, 2);   /* 16 trust */
    add(p, YK_MARK_LOW, YK_MARK_LOW, 0, 0, 8);      /* 8 low; person 2: 8 + 14 + 8 = 30 low */
    add(p, YK_MARK_LOW, YK_MARK_LOW, 1, 0, 1);      /* a name added: not counted */
    add(p, YK_MARK_HIGH, YK_MARK_HIGH, 0, 1, 1);    /* a name struck: not counted */
}

static void fixture_open(fixture *f)
{
    yk_memory m[3];
    yk_input in[3] = { yk_input_memory(&m[0], survey_csv, strlen(survey_csv)),
                       yk_input_memory(&m[1], choices_csv, strlen(choices_csv)),
                       yk_input_memory(&m[2], rules_txt, strlen(rules_txt)) };
    yk_form_files files = { NULL, NULL, NULL, &in[0], &in[1], NULL };
    static const yk_ballot_options o = { "form", NULL, NULL, NULL, 0, 0 };
    ck_assert_int_eq(yk_form_load(&files, NULL, NULL, &f->form), YK_OK);
    ck_assert_int_eq(yk_ballot_coder_new(f->form, &o, NULL, NULL, &f->coder), YK_OK);
    ck_assert_int_eq(yk_poll_new(2, &f->poll), YK_OK);
    ck_assert_int_eq(yk_rules_load("test.rules", &in[2], NULL, NULL, &f->rules), YK_OK);
    count_ballots(f->poll);
}

static void fixture_close(fixture *f)
{
    yk_rules_free(f->rules);
    yk_poll_free(f->poll);
    yk_ballot_coder_free(f->coder);
    yk_form_free(f->form);
}

/* The table of f over base (the valid ballots, 47, unless told). */
static void table_of(const fixture *f, unsigned long base, char mark, yk_table *t)
{
    yk_votes_input in = { f->coder, f->poll, f->rules, YK_BASE_VALID, base, 60, mark };
    yk_table_init(t, yk_votes_columns, YK_VOTES_NCOLS);
    ck_assert_int_eq(yk_figures_votes(&in, t), YK_OK);
    ck_assert_int_eq(yk_table_status(t), YK_OK);
    ck_assert_uint_eq(yk_table_n_rows(t), 3);
}

#define VALUE(t, row, col) yk_table_value(t, row, col)
#define TEXT(t, row, col) yk_table_text_at(t, row, col)

START_TEST(test_ballots_row)
{
    fixture f;
    yk_table t;
    fixture_open(&f);
    table_of(&f, 47, '.', &t);
    size_t b = YK_VOTES_ROW_BALLOTS;
    ck_assert_str_eq(TEXT(&t, b, YK_VOTES_PERSON), "_ballots");
    ck_assert_double_eq(VALUE(&t, b, YK_VOTES_ISSUED), 60);    /* as given */
    ck_assert_double_eq(VALUE(&t, b, YK_VOTES_RETURNED), 49);  /* 47 + 1 + 1 */
    ck_assert_double_eq(VALUE(&t, b, YK_VOTES_VALID), 47);
    ck_assert_double_eq(VALUE(&t, b, YK_VOTES_INVALID), 2);    /* added, struck */
    ck_assert_double_eq(VALUE(&t, b, YK_VOTES_NAMES_ADDED), 1);
    ck_assert_double_eq(VALUE(&t, b, YK_VOTES_NAMES_STRUCK), 1);
    ck_assert_double_eq(VALUE(&t, b, YK_VOTES_BASE), 47);
    ck_assert_str_eq(TEXT(&t, b, YK_VOTES_BASE_NAME), "valid");
    ck_assert_str_eq(TEXT(&t, b, YK_VOTES_RULE), "test");
    /* A person's figures are blank on the ballots' row. */
    ck_assert(!yk_table_is_shown(&t, b, YK_VOTES_HIGH));
    ck_assert(!yk_table_is_shown(&t, b, YK_VOTES_LOW_PCT));
    ck_assert(!yk_table_is_shown(&t, b, YK_VOTES_NO_MARK));
    ck_assert_str_eq(TEXT(&t, b, YK_VOTES_FLAG), "");
    yk_table_free(&t);
    fixture_close(&f);
}
END_TEST

START_TEST(test_person_counts)
{
    fixture f;
    yk_table t;
    fixture_open(&f);
    table_of(&f, 47, '.', &t);
    size_t a = YK_VOTES_ROW_PERSON(0), c = YK_VOTES_ROW_PERSON(1);
    ck_assert_str_eq(TEXT(&t, a, YK_VOTES_PERSON), "p01");
    ck_assert_str_eq(TEXT(&t, a, YK_VOTES_POSITION), "Bí thư");
    ck_assert_str_eq(TEXT(&t, a, YK_VOTES_NAME), "Trần Quốc Vinh");
    ck_assert_str_eq(TEXT(&t, c, YK_VOTES_POSITION), "");
    ck_assert_double_eq(VALUE(&t, a, YK_VOTES_ISSUED), 60);
    ck_assert_double_eq(VALUE(&t, a, YK_VOTES_HIGH), 23);
    ck_assert_double_eq(VALUE(&t, a, YK_VOTES_TRUST), 16);
    ck_assert_double_eq(VALUE(&t, a, YK_VOTES_LOW), 8);
    ck_assert_double_eq(VALUE(&t, a, YK_VOTES_VALID), 47);     /* 23 + 16 + 8 */
    ck_assert_double_eq(VALUE(&t, a, YK_VOTES_INVALID), 2);    /* 49 returned - 47 */
    ck_assert_double_eq(VALUE(&t, a, YK_VOTES_RETURNED), 49);
    ck_assert_double_eq(VALUE(&t, c, YK_VOTES_HIGH), 5);
    ck_assert_double_eq(VALUE(&t, c, YK_VOTES_TRUST), 10);
    ck_assert_double_eq(VALUE(&t, c, YK_VOTES_LOW), 30);
    ck_assert_double_eq(VALUE(&t, c, YK_VOTES_VALID), 45);     /* 5 + 10 + 30 */
    ck_assert_double_eq(VALUE(&t, c, YK_VOTES_INVALID), 4);    /* 49 - 45 */
    ck_assert_double_eq(VALUE(&t, c, YK_VOTES_NO_MARK), 2);
    ck_assert_double_eq(VALUE(&t, c, YK_VOTES_SEVERAL_MARKS), 0);
    ck_assert_double_eq(VALUE(&t, c, YK_VOTES_UNKNOWN_MARKS), 0);
    ck_assert_str_eq(TEXT(&t, c, YK_VOTES_LOW), "30");         /* no decimals */
    ck_assert(!yk_table_is_shown(&t, c, YK_VOTES_NAMES_ADDED));
    yk_table_free(&t);
    fixture_close(&f);
}
END_TEST

START_TEST(test_person_shares)
{
    static const struct { size_t person; int column; double value; const char *text; } want[] = {
        { 0, YK_VOTES_HIGH_PCT, 48.94, "48.94" },     /* 2300/47 = 48.936... */
        { 0, YK_VOTES_TRUST_PCT, 34.04, "34.04" },    /* 1600/47 = 34.042... */
        { 0, YK_VOTES_LOW_PCT, 17.02, "17.02" },      /* 800/47 = 17.021... */
        { 1, YK_VOTES_HIGH_PCT, 10.64, "10.64" },     /* 500/47 = 10.638... */
        { 1, YK_VOTES_TRUST_PCT, 21.28, "21.28" },    /* 1000/47 = 21.276... */
        { 1, YK_VOTES_LOW_PCT, 63.83, "63.83" },      /* 3000/47 = 63.829... */
    };
    fixture f;
    yk_table t;
    fixture_open(&f);
    table_of(&f, 47, '.', &t);
    for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) {
        size_t row = YK_VOTES_ROW_PERSON(want[i].person);
        ck_assert_double_eq(yk_table_value(&t, row, (size_t)want[i].column), want[i].value);
        ck_assert_str_eq(yk_table_text_at(&t, row, (size_t)want[i].column), want[i].text);
    }
    yk_table_free(&t);
    fixture_close(&f);
}
END_TEST

/* The rule set: low 8 of 47 passes neither threshold (2·8 = 16 <= 47);
 * low 30 of 47 is more than 1/2 (2·30 = 60 > 47) but not 2/3 (3·30 = 90
 * < 2·47 = 94): review.  Over a base of 45 it is 2/3 (90 >= 90). */
START_TEST(test_flags)
{
    fixture f;
    yk_table t;
    fixture_open(&f);
    table_of(&f, 47, '.', &t);
    ck_assert_str_eq(TEXT(&t, YK_VOTES_ROW_PERSON(0), YK_VOTES_FLAG), "none");
    ck_assert_str_eq(TEXT(&t, YK_VOTES_ROW_PERSON(1), YK_VOTES_FLAG), "review");
    yk_table_free(&t);
    table_of(&f, 45, '.', &t);
    ck_assert_str_eq(TEXT(&t, YK_VOTES_ROW_PERSON(1), YK_VOTES_FLAG), "dismissal");
    /* 3000/45 = 66.666... */
    ck_assert_str_eq(TEXT(&t, YK_VOTES_ROW_PERSON(1), YK_VOTES_LOW_PCT), "66.67");
    yk_table_free(&t);
    fixture_close(&f);
}
END_TEST

/* No base: every share and flag is blank, the counts stay. */
START_TEST(test_base_zero)
{
    fixture f;
    yk_table t;
    fixture_open(&f);
    table_of(&f, 0, '.', &t);
    for (size_t p = 0; p < 2; p++) {
        size_t row = YK_VOTES_ROW_PERSON(p);
        for (int c = YK_VOTES_HIGH_PCT; c <= YK_VOTES_LOW_PCT; c++) {
            ck_assert(!yk_table_is_shown(&t, row, (size_t)c));
            ck_assert(isnan(yk_table_value(&t, row, (size_t)c)));
            ck_assert_str_eq(yk_table_text_at(&t, row, (size_t)c), "");
        }
        ck_assert_str_eq(TEXT(&t, row, YK_VOTES_FLAG), "");
        ck_assert_double_eq(VALUE(&t, row, YK_VOTES_BASE), 0);
    }
    ck_assert_double_eq(VALUE(&t, YK_VOTES_ROW_PERSON(0), YK_VOTES_HIGH), 23);
    yk_table_free(&t);
    fixture_close(&f);
}
END_TEST

/* A Vietnamese reader's decimal comma is in the text only. */
START_TEST(test_decimal_comma)
{
    fixture f;
    yk_table t;
    fixture_open(&f);
    table_of(&f, 47, ',', &t);
    size_t a = YK_VOTES_ROW_PERSON(0);
    ck_assert_str_eq(TEXT(&t, a, YK_VOTES_HIGH_PCT), "48,94");  /* 2300/47 = 48.936... */
    ck_assert_double_eq(VALUE(&t, a, YK_VOTES_HIGH_PCT), 48.94);
    ck_assert_str_eq(TEXT(&t, a, YK_VOTES_HIGH), "23");         /* counts have no mark */
    yk_table_free(&t);
    fixture_close(&f);
}
END_TEST

/* The share cells print h / 100.0 with two decimals: those must be the
 * digits of h itself, "%lu.%02lu", for every h up to 1000.00%. */
START_TEST(test_hundredths_print_back)
{
    for (unsigned long h = 0; h <= 100000; h++) {
        char want[32], shown[32];
        snprintf(want, sizeof want, "%lu.%02lu", h / 100, h % 100);
        snprintf(shown, sizeof shown, "%.2f", (double)h / 100.0);
        ck_assert_msg(strcmp(want, shown) == 0, "h %lu shows %s", h, shown);
    }
}
END_TEST

/* A poll of another number of persons than the form's is refused. */
START_TEST(test_other_persons)
{
    fixture f;
    yk_poll *three;
    yk_table t;
    fixture_open(&f);
    ck_assert_int_eq(yk_poll_new(3, &three), YK_OK);
    yk_votes_input in = { f.coder, three, f.rules, YK_BASE_VALID, 0, -1, '.' };
    yk_table_init(&t, yk_votes_columns, YK_VOTES_NCOLS);
    ck_assert_int_eq(yk_figures_votes(&in, &t), YK_ERR_ARGUMENT);
    ck_assert_uint_eq(yk_table_n_rows(&t), 0);
    yk_table_free(&t);
    yk_poll_free(three);
    fixture_close(&f);
}
END_TEST

/* Issued not given: blank, on every row. */
START_TEST(test_issued_blank)
{
    fixture f;
    yk_table t;
    fixture_open(&f);
    yk_votes_input in = { f.coder, f.poll, f.rules, YK_BASE_VALID, 47, -1, '.' };
    yk_table_init(&t, yk_votes_columns, YK_VOTES_NCOLS);
    ck_assert_int_eq(yk_figures_votes(&in, &t), YK_OK);
    for (size_t r = 0; r < 3; r++)
        ck_assert(!yk_table_is_shown(&t, r, YK_VOTES_ISSUED));
    yk_table_free(&t);
    fixture_close(&f);
}
END_TEST

/* yk_table_number_mark itself: the mark replaces the point, the value is
 * the number's; no decimals, no mark; not shown, blank. */
START_TEST(test_number_mark)
{
    static const char *const columns[] = { "a", "b", "c" };
    yk_table t;
    yk_table_init(&t, columns, 3);
    yk_table_number_mark(&t, 1234.5, 1, 1, ',');
    yk_table_number_mark(&t, 7, 0, 1, ',');
    yk_table_number_mark(&t, 7, 2, 0, ',');
    ck_assert_str_eq(yk_table_text_at(&t, 0, 0), "1234,5");
    ck_assert_double_eq(yk_table_value(&t, 0, 0), 1234.5);
    ck_assert_str_eq(yk_table_text_at(&t, 0, 1), "7");
    ck_assert_double_eq(yk_table_value(&t, 0, 1), 7);
    ck_assert_str_eq(yk_table_text_at(&t, 0, 2), "");
    ck_assert(isnan(yk_table_value(&t, 0, 2)));
    yk_table_free(&t);
}
END_TEST

Suite *yk_suite_figures_votes(void)
{
    Suite *s = suite_create("figures_votes");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, test_ballots_row);
    tcase_add_test(tc, test_person_counts);
    tcase_add_test(tc, test_person_shares);
    tcase_add_test(tc, test_flags);
    tcase_add_test(tc, test_base_zero);
    tcase_add_test(tc, test_decimal_comma);
    tcase_add_test(tc, test_hundredths_print_back);
    tcase_add_test(tc, test_other_persons);
    tcase_add_test(tc, test_issued_blank);
    tcase_add_test(tc, test_number_mark);
    suite_add_tcase(s, tc);
    return s;
}
