/* Project files: each case a text and the diagnostics it must give. */
#include <check.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include "suites.h"
#include "yk_project.h"

static void on_diag(void *ctx, const yk_diag *d)
{
    char *out = ctx;
    size_t len = strlen(out);
    snprintf(out + len, 1024 - len, "!%s@%lu\n", d->kind, d->line);
}

static yk_status load(const char *text, char *diags, yk_project **p)
{
    yk_memory m;
    yk_input in = yk_input_memory(&m, text, strlen(text));
    diags[0] = '\0';
    return yk_project_load("p.ykien", &in, on_diag, diags, p);
}

START_TEST(test_good)
{
    char diags[1024];
    yk_project *p;
    ck_assert_int_eq(load("\xEF\xBB\xBF# Kiên Giang\r\nform = form   # the form\n"
                          "group = don_vi\n\nround 2012 = data/2012/a.csv data/2012/b*.csv\n"
                          "round  2013=data/2013.csv\ntitle = Khảo sát tư tưởng\n",
                          diags, &p), YK_OK);
    ck_assert_str_eq(diags, "");
    ck_assert_str_eq(yk_project_get(p, "form"), "form");
    ck_assert_str_eq(yk_project_get(p, "group"), "don_vi");
    ck_assert_str_eq(yk_project_get(p, "title"), "Khảo sát tư tưởng");
    ck_assert_ptr_null(yk_project_get(p, "id"));
    ck_assert_uint_eq(yk_project_line(p, "group"), 3);
    ck_assert_uint_eq(yk_project_n_rounds(p), 2);
    const yk_round_spec *r = yk_project_round(p, 0);
    ck_assert_str_eq(r->name, "2012");
    ck_assert_uint_eq(r->n, 2);
    ck_assert_str_eq(r->patterns[1], "data/2012/b*.csv");
    ck_assert_uint_eq(r->line, 5);
    ck_assert_str_eq(yk_project_round(p, 1)->name, "2013");
    yk_project_free(p);
}
END_TEST

/* `column HEADER = QUESTION`: headers keep their inner spaces. */
START_TEST(test_columns)
{
    char diags[1024];
    yk_project *p;
    ck_assert_int_eq(load("form = f\nround a = x\ncolumn Câu 1 = tt1\n"
                          "column\t  Câu  2   =  g/tt2  # typed by hand\n", diags, &p), YK_OK);
    ck_assert_str_eq(diags, "");
    ck_assert_uint_eq(yk_project_n_columns(p), 2);
    const yk_column_spec *c = yk_project_column(p, 1);
    ck_assert_str_eq(yk_project_column(p, 0)->header, "Câu 1");
    ck_assert_str_eq(yk_project_column(p, 0)->question, "tt1");
    ck_assert_str_eq(c->header, "Câu  2");
    ck_assert_str_eq(c->question, "g/tt2");
    ck_assert_uint_eq(c->line, 4);
    ck_assert_ptr_null(yk_project_column(p, 2));
    yk_project_free(p);
}
END_TEST

/* A feedback project's two keys are its two rounds, in file order. */
START_TEST(test_feedback)
{
    char diags[1024];
    yk_project *p;
    ck_assert_int_eq(load("form = form\nindividuals = data/ca-nhan/*.csv data/x.xlsx\n"
                          "group = don_vi\ncollectives = data/tap-the/*.csv\n", diags, &p),
                     YK_OK);
    ck_assert_str_eq(diags, "");
    ck_assert(yk_project_is_feedback(p));
    ck_assert_uint_eq(yk_project_n_rounds(p), 2);
    const yk_round_spec *r = yk_project_round(p, 0);
    ck_assert_str_eq(r->name, "individuals");
    ck_assert_uint_eq(r->n, 2);
    ck_assert_str_eq(r->patterns[1], "data/x.xlsx");
    ck_assert_uint_eq(r->line, 2);
    ck_assert_str_eq(yk_project_round(p, 1)->name, "collectives");
    ck_assert_uint_eq(yk_project_round(p, 1)->line, 4);
    ck_assert_ptr_null(yk_project_get(p, "collectives"));
    yk_project_free(p);
    ck_assert_int_eq(load("form = f\nround a = x\n", diags, &p), YK_OK);
    ck_assert(!yk_project_is_feedback(p));
    yk_project_free(p);
}
END_TEST

static const struct { const char *text; yk_status st; const char *diags; } bad[] = {
    { "form = f\nthis is not a setting\nround a = x\n", YK_ERR_PARSE, "!project-syntax@2\n" },
    { "form = f\nform = g\nround a = x\n", YK_ERR_PARSE, "!project-duplicate@2\n" },
    { "form = f\nround a = x\nround a = y\n", YK_ERR_PARSE, "!project-duplicate@3\n" },
    { "form = f\nround a =\n", YK_ERR_PARSE, "!project-round-empty@2\n" },
    { "round a = x\n", YK_ERR_PARSE, "!project-no-form@0\n" },
    { "form = f\n", YK_ERR_PARSE, "!project-no-round@0\n" },
    /* A confidence poll names its ballots instead of rounds. */
    { "form = f\nballots = b.csv\nmembers = 47\nrules = qd96-2023\n", YK_OK, "" },
    { "form = f\ncolour = red\nround a = x\n", YK_OK, "!project-unknown-key@2\n" },
    /* The report's header keys are settings; a misspelt one is still told. */
    { "form = f\nreport.number = Số: 12-BC/TĐTN\nreport.date = 2024-06-01\nround a = x\n",
      YK_OK, "" },
    { "form = f\nreport.nubmer = 12\nround a = x\n", YK_OK, "!project-unknown-key@2\n" },
    /* The size of scale checked for straight-lining is a known key. */
    { "form = f\nstraightlining-min = 3\nround a = x\n", YK_OK, "" },
    { "form = f\n= x\nround a = x\n", YK_ERR_PARSE, "!project-syntax@2\n" },
    { "", YK_ERR_PARSE, "!project-no-form@0\n!project-no-round@0\n" },
    { "form = f\nround a = x\ncolumn C1 = q1\ncolumn C1 = q2\n", YK_ERR_PARSE,
      "!project-duplicate@4\n" },
    { "form = f\nround a = x\ncolumn C1 =\n", YK_ERR_PARSE, "!project-syntax@3\n" },
    { "form = f\nround a = x\ncolumn = q1\n", YK_ERR_PARSE, "!project-syntax@3\n" },
    { "form = f\nround a = x\ncolumn C1 = q1 q2\n", YK_ERR_PARSE, "!project-syntax@3\n" },
    /* A feedback project: either key alone; each once; never with rounds
     * or ballots (the later line is the error; ballots' line for them). */
    { "form = f\ncollectives = a.csv\n", YK_OK, "" },
    { "form = f\nindividuals = a.csv\n", YK_OK, "" },
    { "form = f\ncollectives = a.csv\ncollectives = b.csv\n", YK_ERR_PARSE,
      "!project-duplicate@3\n" },
    { "form = f\ncollectives =\n", YK_ERR_PARSE, "!project-round-empty@2\n" },
    { "form = f\nround 2024 = a.csv\nindividuals = b.csv\n", YK_ERR_PARSE,
      "!project-mixed@3\n" },
    { "form = f\nindividuals = b.csv\nround 2024 = a.csv\n", YK_ERR_PARSE,
      "!project-mixed@3\n" },
    { "form = f\nballots = b.csv\ncollectives = a.csv\n", YK_ERR_PARSE,
      "!project-mixed@2\n" },
    /* A round may still be named "collectives" in a survey's project. */
    { "form = f\nround collectives = a.csv\n", YK_OK, "" },
};

START_TEST(test_bad)
{
    char diags[1024];
    yk_project *p = NULL;
    ck_assert_int_eq(load(bad[_i].text, diags, &p), bad[_i].st);
    ck_assert_str_eq(diags, bad[_i].diags);
    ck_assert(bad[_i].st == YK_OK ? p != NULL : p == NULL);
    yk_project_free(p);
}
END_TEST

/* A line that is not UTF-8, and a round's name over 100 characters, are
 * errors at their line (issue 12, points 1 and 17). */
START_TEST(test_text_limits)
{
    char diags[1024], text[1024];
    yk_project *p;
    ck_assert_int_eq(load("form = form\nround 2012 = a.csv\nreport.union = \xd0O\xc0N\n", diags,
                          &p), YK_ERR_PARSE);
    ck_assert_str_eq(diags, "!project-not-utf8@3\n");
    char name[301] = "";
    for (int i = 0; i < 101; i++)
        strcat(name, "Đ");      /* 101 characters, 202 bytes */
    snprintf(text, sizeof text, "form = form\nround %s = a.csv\n", name);
    ck_assert_int_eq(load(text, diags, &p), YK_ERR_PARSE);
    ck_assert_str_eq(diags, "!project-round-name@2\n");
    name[strlen(name) - 2] = '\0';   /* 100 characters: a name */
    snprintf(text, sizeof text, "form = form\nround %s = a.csv\n", name);
    ck_assert_int_eq(load(text, diags, &p), YK_OK);
    ck_assert_str_eq(yk_project_round(p, 0)->name, name);
    yk_project_free(p);
}
END_TEST

Suite *yk_suite_project(void)
{
    Suite *s = suite_create("project");
    TCase *tc = tcase_create("project");
    tcase_add_test(tc, test_good);
    tcase_add_test(tc, test_text_limits);
    tcase_add_test(tc, test_columns);
    tcase_add_test(tc, test_feedback);
    tcase_add_loop_test(tc, test_bad, 0, sizeof bad / sizeof bad[0]);
    suite_add_tcase(s, tc);
    return s;
}
