/* Form loader: each case is a survey.csv, a choices.csv and a settings.csv
 * (NULL: no such file) and the exact diagnostics the load must give, one
 * per line as "kind@FILE:LINE[:COLUMN]" (FILE is survey, choices or
 * settings), with the status.  Good forms are then checked field by
 * field. */
#include <check.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "events.h"
#include "suites.h"
#include "yk_arena.h"
#include "yk_form.h"

typedef struct {
    char out[8192];
    size_t len;
    char notes[8192];           /* "kind: message | hint" per line */
    size_t notes_len;
} events;

static void on_diag(void *ctx, const yk_diag *d)
{
    events *e = ctx;
    ck_assert_ptr_nonnull(d->source);
    ck_assert_ptr_nonnull(d->message);
    ck_assert(d->message[0] != '\0');
    ck_assert(d->hint == NULL || d->hint[0] != '\0');
    if (strncmp(d->kind, "form-", 5) == 0)
        ck_assert_int_eq(d->severity, strcmp(d->kind, "form-unused-list") == 0 ||
                                      strcmp(d->kind, "form-no-label") == 0 ||
                                      strcmp(d->kind, "form-previous-cycle") == 0 ||
                                      (strcmp(d->kind, "form-previous-name") == 0 &&
                                       strstr(d->message, "own name"))
                                      ? YK_WARNING : YK_ERROR);
    int n = snprintf(e->notes + e->notes_len, sizeof e->notes - e->notes_len,
                     "%s: %s | %s\n", d->kind, d->message, d->hint ? d->hint : "");
    if (n > 0 && (size_t)n < sizeof e->notes - e->notes_len)
        e->notes_len += (size_t)n;
    if (d->column)
        add(e, "%s@%s:%lu:%lu\n", d->kind, d->source, d->line, d->column);
    else
        add(e, "%s@%s:%lu\n", d->kind, d->source, d->line);
}

typedef struct {
    yk_memory m[3];
    yk_input in[3];
} inputs;

static yk_status load(const char *survey, const char *choices,
                      const char *settings, events *e, yk_form **out)
{
    inputs io;
    yk_form_files f = { "survey", "choices", "settings", NULL, NULL, NULL };
    const char *text[3] = { survey, choices, settings };
    yk_input **slot[3] = { &f.survey, &f.choices, &f.settings };
    for (int i = 0; i < 3; i++)
        if (text[i]) {
            io.in[i] = yk_input_memory(&io.m[i], text[i], strlen(text[i]));
            *slot[i] = &io.in[i];
        }
    memset(e, 0, sizeof *e);
    return yk_form_load(&f, on_diag, e, out);
}

/* A form that must load without a diagnostic. */
static yk_form *good(const char *survey, const char *choices, const char *settings)
{
    events e;
    yk_form *f = NULL;
    yk_status st = load(survey, choices, settings, &e, &f);
    ck_assert_msg(st == YK_OK && e.len == 0, "status %d, diagnostics:\n%s", st, e.out);
    ck_assert_ptr_nonnull(f);
    return f;
}

typedef struct {
    const char *name;
    const char *survey, *choices, *settings;
    yk_status status;
    const char *events;
} form_case;

#define SH "type,name,label\n"          /* a survey header */
#define CH "list_name,name,label\n"     /* a choices header */
#define YN CH "yn,1,Có\nyn,2,Không\n"   /* a used yes/no list */
#define Q1 "select_one yn,q1,Có đi họp không?\n"

static const form_case cases[] = {
    /* missing columns */
    { "no type column", "name,label\nq1,A\n", NULL, NULL, YK_ERR_PARSE,
      "form-missing-column@survey:1\n" },
    { "no name column", "Type,label\ninteger,A\n", NULL, NULL, YK_ERR_PARSE,
      "form-missing-column@survey:1\n" },
    { "neither", "label\nA\n", NULL, NULL, YK_ERR_PARSE,
      "form-missing-column@survey:1\nform-missing-column@survey:1\n" },
    { "no list_name column", SH Q1, "name,label\n1,Có\n", NULL, YK_ERR_PARSE,
      "form-missing-column@choices:1\n" },
    { "no choice name column", SH Q1, "list_name,label\nyn,Có\n", NULL,
      YK_ERR_PARSE, "form-missing-column@choices:1\n" },
    /* previous_name inside one form (issue 12, point 18) */
    { "previous_name is its own name", "type,name,label,previous_name\ninteger,q1,A,q1\n",
      NULL, NULL, YK_OK, "form-previous-name@survey:2:4\n" },
    { "two questions were one", "type,name,label,previous_name\ninteger,q1,A,q0\n"
      "integer,q2,B,q0\n", NULL, NULL, YK_ERR_PARSE, "form-previous-name@survey:3:4\n" },
    { "a circle of three", "type,name,label,previous_name\ninteger,q1,A,q2\n"
      "integer,q2,B,q3\ninteger,q3,C,q1\n", NULL, NULL, YK_OK,
      "form-previous-cycle@survey:2:4\nform-previous-cycle@survey:3:4\n"
      "form-previous-cycle@survey:4:4\n" },
    { "a chain is no circle", "type,name,label,previous_name\ninteger,q1,A,q2\n"
      "integer,q2,B,q3\ninteger,q3,C,q9\n", NULL, NULL, YK_OK, "" },
    /* names */
    { "name starts with a digit", SH "integer,1q,A\ninteger,q2,B\n", NULL, NULL,
      YK_ERR_PARSE, "form-bad-name@survey:2:2\n" },
    { "name with a space", SH "integer,q 1,A\ninteger,q2,B\n", NULL, NULL,
      YK_ERR_PARSE, "form-bad-name@survey:2:2\n" },
    { "name with a slash", SH "integer,g/q1,A\ninteger,q2,B\n", NULL, NULL,
      YK_ERR_PARSE, "form-bad-name@survey:2:2\n" },
    { "empty name", SH "integer,,A\ninteger,q2,B\n", NULL, NULL, YK_ERR_PARSE,
      "form-bad-name@survey:2:2\n" },
    { "group without a name", SH "begin group,,G\ninteger,q2,B\nend group,,\n",
      NULL, NULL, YK_ERR_PARSE, "form-bad-name@survey:2:2\n" },
    { "a rejected select still uses its list", SH Q1 "select_one yn,1x,A\n", YN,
      NULL, YK_ERR_PARSE, "form-bad-name@survey:3:2\n" },
    { "duplicate name", SH "integer,q1,A\ninteger,q2,B\ntext,q1,C\n", NULL, NULL,
      YK_ERR_PARSE, "form-duplicate-name@survey:4:2\n" },
    { "duplicate across groups",
      SH "begin group,g,G\ninteger,q1,A\nend group,,\nbegin group,h,H\n"
         "integer,q1,B\nend group,,\n", NULL, NULL, YK_ERR_PARSE,
      "form-duplicate-name@survey:6:2\n" },
    { "group named like a question", SH "integer,g,A\nbegin group,g,G\n"
      "integer,q2,B\nend group,,\n", NULL, NULL, YK_ERR_PARSE,
      "form-duplicate-name@survey:3:2\n" },
    /* types */
    { "unknown type", SH "interger,q1,A\ninteger,q2,B\n", NULL, NULL,
      YK_ERR_PARSE, "form-unknown-type@survey:2:1\n" },
    { "geopoint", SH "geopoint,q1,A\ninteger,q2,B\n", NULL, NULL,
      YK_ERR_PARSE, "form-unknown-type@survey:2:1\n" },
    { "select with two lists", SH "select_one yn or_other,q1,A\n", YN, NULL,
      YK_ERR_PARSE, "form-empty@survey:1\nform-unknown-type@survey:2:1\n"
      "form-unused-list@choices:2\n" },
    { "name but no type", SH "integer,q1,A\n,q2,B\n", NULL, NULL, YK_ERR_PARSE,
      "form-unknown-type@survey:3:1\n" },
    { "label but no type", SH "integer,q1,A\n,,B\n", NULL, NULL, YK_ERR_PARSE,
      "form-unknown-type@survey:3:1\n" },
    { "repeat", SH "begin repeat,r,R\ninteger,q1,A\nend repeat,,\n", NULL, NULL,
      YK_ERR_PARSE, "form-unsupported-type@survey:2:1\n"
      "form-unsupported-type@survey:4:1\n" },
    /* lists */
    { "missing list, no choices file", SH Q1, NULL, NULL, YK_ERR_PARSE,
      "form-missing-list@survey:2:1\n" },
    { "missing list, another defined", SH "select_one yes_n,q1,A\n",
      CH "yes_no,1,Có\n", NULL, YK_ERR_PARSE,
      "form-missing-list@survey:2:1\nform-unused-list@choices:2\n" },
    { "select without a list", SH "select_one,q1,A\ninteger,q2,B\n", NULL, NULL,
      YK_ERR_PARSE, "form-missing-list@survey:2:1\n" },
    { "list names are case-sensitive", SH "select_one YN,q1,A\n", YN, NULL,
      YK_ERR_PARSE, "form-missing-list@survey:2:1\nform-unused-list@choices:2\n" },
    { "duplicate choice", SH Q1, CH "yn,1,Có\nyn,2,Không\nyn,1,Có nữa\n", NULL,
      YK_ERR_PARSE, "form-duplicate-choice@choices:4:2\n" },
    { "same code in two lists is fine", SH Q1 "select_one ab,q2,B\n",
      CH "yn,1,Có\nab,1,A\n", NULL, YK_OK, "" },
    { "choice without a name", SH Q1, CH "yn,1,Có\nyn,,Không\n", NULL,
      YK_ERR_PARSE, "form-bad-name@choices:3:2\n" },
    { "choice without a list name", SH Q1, CH "yn,1,Có\n,2,Không\n", NULL,
      YK_ERR_PARSE, "form-bad-name@choices:3:1\n" },
    { "unused list", SH Q1, YN "other,a,A\n", NULL, YK_OK,
      "form-unused-list@choices:4\n" },
    /* numbers */
    { "measure unknown", "type,name,label,measure\nselect_one yn,q1,A,\ninteger,q2,B,interval\n", YN, NULL,
      YK_ERR_PARSE, "form-bad-measure@survey:3:4\n" },
    { "value not a number", SH Q1, "list_name,name,label,value\nyn,1,Có,một\n",
      NULL, YK_ERR_PARSE, "form-bad-number@choices:2:4\n" },
    { "members not a count", SH Q1,
      "list_name,name,members\nyn,1,-5\nyn,2,1,5\nyn,3,12.34\nyn,4,1.234\n"
      "yn,5,1234.567\nyn,6,\"1,234,567\"\nyn,7,12 345\nyn,8,1.23.456\n",
      NULL, YK_ERR_PARSE, "form-bad-number@choices:2:3\nragged-row@choices:3\n"
      "form-bad-number@choices:4:3\nform-bad-number@choices:6:3\n"
      "form-bad-number@choices:9:3\n" },
    { "min not a number", "type,name,label,min,max\ninteger,q1,A,x,5\n", NULL,
      NULL, YK_ERR_PARSE, "form-bad-number@survey:2:4\n" },
    { "max not a number", "type,name,label,min,max\ninteger,q1,A,1,5..\n", NULL,
      NULL, YK_ERR_PARSE, "form-bad-number@survey:2:5\n" },
    { "min above max", "type,name,label,min,max\ninteger,q1,A,10,5\n"
      "decimal,q2,B,\"4,5\",4.5\n", NULL, NULL, YK_ERR_PARSE,
      "form-bad-range@survey:2\n" },
    /* groups */
    { "end group alone", SH "integer,q1,A\nend group,,\n", NULL, NULL,
      YK_ERR_PARSE, "form-unbalanced-group@survey:3:1\n" },
    { "group never closed", SH "begin group,g,G\nbegin group,h,H\ninteger,q1,A\n"
      "end group,,\n", NULL, NULL, YK_ERR_PARSE, "form-unbalanced-group@survey:2\n" },
    /* scales */
    { "one-item scale", "type,name,label,scale\ninteger,q1,A,ethics\n"
      "integer,q2,B,trust\ninteger,q3,C,trust\n", NULL, NULL, YK_ERR_PARSE,
      "form-one-item-scale@survey:2:4\n" },
    /* labels */
    { "no labels", "type,name,label,label::English\n"
      "select_one yn,q1,,\nselect_multiple yn,q2,,\ninteger,q3,,\n"
      "decimal,q4,,\ntext,q5,,\ndate,q6,,\nnote,q7,,\nstart,q8,,\n"
      "integer,q9,,Nine\n", YN, NULL, YK_OK,
      "form-no-label@survey:2\nform-no-label@survey:3\nform-no-label@survey:4\n"
      "form-no-label@survey:5\nform-no-label@survey:6\n" },
    /* empty */
    { "header only", SH, NULL, NULL, YK_ERR_PARSE, "form-empty@survey:1\n" },
    { "empty file", "", NULL, NULL, YK_ERR_PARSE,
      "empty-file@survey:1\nform-empty@survey:1\n" },
    { "only groups", SH "begin group,g,G\nend group,,\n", NULL, NULL,
      YK_ERR_PARSE, "form-empty@survey:1\n" },
    { "blank rows are skipped", SH "\n,,\n integer , q1 , A \n,\" \",\n", NULL,
      NULL, YK_OK, "" },
    /* settings' form_kind: a misspelt kind is an error, never a survey */
    { "form_kind not survey or ballot", SH "integer,q1,A\n", NULL,
      "form_title,form_kind\nT,ballots\n", YK_ERR_PARSE, "form-bad-kind@settings:2:2\n" },
    { "form_kind survey", SH "integer,q1,A\n", NULL, "form_kind\n Survey \n", YK_OK, "" },
    /* the reader's own problems, and many at once */
    { "ragged row", SH "integer,q1,A\ninteger,q2,B,extra\n", NULL, NULL,
      YK_ERR_PARSE, "ragged-row@survey:3\n" },
    { "every problem in one pass, sorted by file and line",
      "type,name,label,scale,min,max\n"
      "begin group,g,G,,,\n"
      "select_one colours,q1,A,s,,\n"
      "integer,q1,B,,9,1\n"
      "integr,q2,C,,,\n"
      "text,3x,,,,\n", CH "yn,1,Có\nyn,1,Không\nyn,,Khác\n", "form_title\nT\n",
      YK_ERR_PARSE,
      "form-unbalanced-group@survey:2\n"
      "form-missing-list@survey:3:1\n"
      "form-one-item-scale@survey:3:4\n"
      "form-duplicate-name@survey:4:2\n"
      "form-bad-range@survey:4\n"
      "form-unknown-type@survey:5:1\n"
      "form-bad-name@survey:6:2\n"
      "form-no-label@survey:6\n"
      "form-unused-list@choices:2\n"
      "form-duplicate-choice@choices:3:2\n"
      "form-bad-name@choices:4:2\n" },
};

START_TEST(test_form_case)
{
    const form_case *c = &cases[_i];
    events e;
    yk_form *f = (yk_form *)1;
    yk_status st = load(c->survey, c->choices, c->settings, &e, &f);
    ck_assert_msg(strcmp(e.out, c->events) == 0, "case '%s': got\n%s\nwant\n%s",
                  c->name, e.out, c->events);
    ck_assert_msg(st == c->status, "case '%s': status %d", c->name, st);
    ck_assert(st == YK_OK ? f != NULL : f == NULL);
    yk_form_free(f);
}
END_TEST

/* ---- hints ---------------------------------------------------------- */

/* What the messages and hints say for a form. */
static const char *notes_of(const char *survey, const char *choices)
{
    static events e;
    yk_form *f;
    load(survey, choices, NULL, &e, &f);
    yk_form_free(f);
    return e.notes;
}

#define HAS(hay, needle) \
    ck_assert_msg(strstr((hay), (needle)) != NULL, "'%s' not in\n%s", (needle), (hay))

START_TEST(test_form_messages)
{
    HAS(notes_of(SH "interger,q1,A\n", NULL),
        "form-unknown-type: unknown type 'interger' | did you mean 'integer'? "
        "known types: select_one LIST, select_multiple LIST, integer");
    HAS(notes_of(SH "geopoint,q1,A\n", NULL),
        "unknown type 'geopoint' | known types: select_one LIST");
    HAS(notes_of(SH "selectone yn,q1,A\n", NULL),
        "| did you mean 'select_one LIST'?");
    HAS(notes_of(SH "begin repeat,r,R\nend repeat,,\n", NULL),
        "ykien does not support repeats");
    HAS(notes_of(SH "integer,q1,A\ninteger,q1,B\n", NULL),
        "the name 'q1' is used twice | 'q1' is first defined on line 2");
    HAS(notes_of(SH "integer,1x,A\n", NULL), "'1x' is not a valid name");
    HAS(notes_of(SH Q1, CH "yn,1,A\nyn,1,B\n"),
        "list 'yn' has the choice '1' twice | '1' is first defined on line 2");
    const char *n = notes_of(SH "select_one yes_n,q1,A\n", CH "yes_no,1,Có\nmau,x,X\n");
    HAS(n, "form-missing-list: the list 'yes_n' has no choices | did you mean 'yes_no'?");
    HAS(n, "form-unused-list: no question uses the list 'mau'");
    HAS(notes_of(SH "select_one zzz,q1,A\n", CH "yes_no,1,Có\n"),
        "| add its choices to choices, one row each with list_name 'zzz'");
    HAS(notes_of("type,name,label,min,max\ninteger,q1,A,10,5\n", NULL),
        "min 10 is above max 5");
    HAS(notes_of("type,name,label,min\ninteger,q1,A,4.5.6\n", NULL),
        "min '4.5.6' is not a number");
    HAS(notes_of(SH "begin group,tu_tuong,G\ninteger,q1,A\n", NULL),
        "the group 'tu_tuong' is never closed");
    HAS(notes_of("type,name,label,scale\ninteger,q1,A,ethics\n", NULL),
        "the scale 'ethics' has only this item");
    HAS(notes_of("label\nA\n", NULL), "there is no 'type' column");
    /* A long name is cut at a character boundary in messages. */
    char s[512] = SH "integer,";
    for (int i = 0; i < 60; i++)
        strcat(s, "đ");
    strcat(s, " x,A\n");
    n = notes_of(s, NULL);
    HAS(n, "đđđ...' is not a valid name");
}
END_TEST

/* ---- good forms, field by field -------------------------------------- */

START_TEST(test_form_groups_and_paths)
{
    yk_form *f = good(
        "type,name,label\n"
        "start,started,\n"
        "begin group,tu_tuong,Tư tưởng\n"
        "select_one yn,q01,Câu 1\n"
        "begin_group,sub,Nhóm con\n"
        "integer,q02,Câu 2\n"
        "End_Group,,\n"
        "note,n1,Ghi chú\n"
        "end group,,\n"
        "text,q03,Góp ý\n",
        YN, NULL);
    ck_assert_uint_eq(yk_form_n_questions(f), 5);
    static const char *const paths[] = {
        "started", "tu_tuong/q01", "tu_tuong/sub/q02", "tu_tuong/n1", "q03"
    };
    static const yk_question_type types[] = {
        YK_Q_META, YK_Q_SELECT_ONE, YK_Q_INTEGER, YK_Q_NOTE, YK_Q_TEXT
    };
    static const unsigned long lines[] = { 2, 4, 6, 8, 10 };
    for (size_t i = 0; i < 5; i++) {
        const yk_question *q = yk_form_question(f, i);
        ck_assert_str_eq(q->path, paths[i]);
        ck_assert_int_eq(q->type, types[i]);
        ck_assert_uint_eq(q->line, lines[i]);
        ck_assert_ptr_eq(yk_form_find(f, q->name), q);
        ck_assert_ptr_eq(yk_form_find(f, q->path), q);
        ck_assert(q->type == YK_Q_SELECT_ONE ? q->list != NULL : q->list == NULL);
    }
    ck_assert_str_eq(yk_form_question(f, 2)->name, "q02");
    ck_assert_ptr_null(yk_form_question(f, 5));
    ck_assert_ptr_null(yk_form_find(f, "tu_tuong"));
    ck_assert_ptr_null(yk_form_find(f, "sub/q02"));
    ck_assert_ptr_null(yk_form_find(f, "Q01"));
    ck_assert_ptr_null(yk_form_find(f, ""));
    ck_assert_str_eq(yk_form_question(f, 1)->list->name, "yn");
    ck_assert_ptr_eq(yk_form_question(f, 1)->list, yk_form_list(f, 0));
    yk_form_free(f);
}
END_TEST

START_TEST(test_form_types)
{
    yk_form *f = good(
        "type,name,label\n"
        "select one yn,a,A\n"
        "SELECT_MULTIPLE yn,b,B\n"
        "select multiple   yn,c,C\n"
        "select_all_that_apply yn,d,D\n"
        "int,e,E\n"
        "decimal,f,F\n"
        "string,g,G\n"
        "Date,h,H\n"
        "today,i,\n"
        "calculate,j,\n"
        "hidden,k,\n"
        "end,l,\n",
        YN, NULL);
    static const yk_question_type types[] = {
        YK_Q_SELECT_ONE, YK_Q_SELECT_MULTIPLE, YK_Q_SELECT_MULTIPLE,
        YK_Q_SELECT_MULTIPLE, YK_Q_INTEGER, YK_Q_DECIMAL, YK_Q_TEXT, YK_Q_DATE,
        YK_Q_META, YK_Q_META, YK_Q_META, YK_Q_META
    };
    ck_assert_uint_eq(yk_form_n_questions(f), 12);
    for (size_t i = 0; i < 12; i++)
        ck_assert_int_eq(yk_form_question(f, i)->type, types[i]);
    ck_assert_str_eq(yk_form_question(f, 2)->list->name, "yn");
    yk_form_free(f);
}
END_TEST

/* Groups keep their labels, in every language, for report headings. */
START_TEST(test_form_group_labels)
{
    yk_form *f = good("type,name,label,label::English\n"
                      "begin group,dao_duc,\"II. Đạo đức, lối sống\",II. Ethics\n"
                      "integer,q1,A,A\n"
                      "end group,,,\n"
                      "begin group,x,,\n"
                      "integer,q2,B,B\n"
                      "end group,,,\n",
                      NULL, NULL);
    ck_assert_uint_eq(yk_form_n_groups(f), 2);
    const yk_form_group *g = yk_form_group_at(f, 0);
    ck_assert_str_eq(g->name, "dao_duc");
    ck_assert_str_eq(g->labels[0], "II. Đạo đức, lối sống");
    ck_assert_str_eq(g->labels[1], "II. Ethics");
    ck_assert_ptr_null(yk_form_group_at(f, 1)->labels[0]);
    ck_assert_ptr_null(yk_form_group_at(f, 2));
    ck_assert_str_eq(yk_form_question(f, 0)->path, "dao_duc/q1");
    yk_form_free(f);
}
END_TEST

START_TEST(test_form_question_fields)
{
    yk_form *f = good(
        " TYPE , Name ,label,Required,scale,reverse,min,max,relevant,$kuid,previous_name\n"
        "integer,q1,A,yes,,,\"1,5\",10.25,${x} > 1,abc,\n"
        "integer,q2,B,TRUE(),trust,Yes,-3,,,,q02\n"
        "integer,q3,C,1,trust,true,,7,,,\n"
        "integer,q4,D,no,ethics,no,,,,,\n"
        "integer,q5,E,True,ethics,,,,,,\n"
        "deviceid,q6,,yes,,,,,,,\n",
        NULL, NULL);
    const yk_question *q = yk_form_find(f, "q1");
    ck_assert(q->required && !q->reverse && q->scale == NULL);
    ck_assert(q->has_min && q->has_max);
    ck_assert_double_eq(q->min, 1.5);
    ck_assert_double_eq(q->max, 10.25);
    q = yk_form_find(f, "q2");
    ck_assert(q->required && q->reverse && q->has_min && !q->has_max);
    ck_assert_double_eq(q->min, -3);
    ck_assert_str_eq(q->scale, "trust");
    ck_assert_str_eq(q->previous_name, "q02");
    ck_assert_ptr_null(yk_form_find(f, "q1")->previous_name);
    q = yk_form_find(f, "q3");
    ck_assert(q->required && q->reverse && !q->has_min && q->has_max);
    q = yk_form_find(f, "q4");
    ck_assert(!q->required && !q->reverse);
    ck_assert_str_eq(q->scale, "ethics");
    ck_assert(yk_form_find(f, "q5")->required);
    ck_assert(!yk_form_find(f, "q6")->required);    /* metadata never is */
    ck_assert_uint_eq(yk_form_n_languages(f), 1);
    ck_assert_str_eq(yk_form_language(f, 0), "");
    ck_assert_str_eq(yk_form_find(f, "q1")->labels[0], "A");
    ck_assert_ptr_null(yk_form_find(f, "q6")->labels[0]);
    ck_assert_ptr_null(yk_form_title(f));
    ck_assert_ptr_null(yk_form_id(f));
    yk_form_free(f);
}
END_TEST

/* A confidence poll's form gives each person's position as the hint. */
START_TEST(test_form_hint)
{
    yk_form *f = good("type,name,label,Hint\n"
                      "select_one m,p01,Trần Quốc Vinh,  Bí thư Tỉnh đoàn \n"
                      "select_one m,p02,Lê Thị Thu Hà,\n",
                      "list_name,name,label\nm,a,A\n", NULL);
    ck_assert_str_eq(yk_form_find(f, "p01")->hint, "Bí thư Tỉnh đoàn");
    ck_assert_ptr_null(yk_form_find(f, "p02")->hint);
    yk_form_free(f);
}
END_TEST

START_TEST(test_form_languages)
{
    yk_form *f = good(
        "type,name,label::Tiếng Việt,label::English,hint\n"
        "select_one yn,q1,Có đi họp không?,Did you attend?,gợi ý\n"
        "integer,q2,Tuổi,,\n",
        "list_name,name,label::english,label::Tiếng Việt,label::Français\n"
        "yn,1,Yes,Có,Oui\n"
        "yn,2,,Không,\n",
        NULL);
    ck_assert_uint_eq(yk_form_n_languages(f), 3);
    ck_assert_str_eq(yk_form_language(f, 0), "Tiếng Việt");
    ck_assert_str_eq(yk_form_language(f, 1), "English");
    ck_assert_str_eq(yk_form_language(f, 2), "Français");
    ck_assert_ptr_null(yk_form_language(f, 3));
    const yk_question *q = yk_form_find(f, "q1");
    ck_assert_str_eq(q->labels[0], "Có đi họp không?");
    ck_assert_str_eq(q->labels[1], "Did you attend?");
    ck_assert_ptr_null(q->labels[2]);
    q = yk_form_find(f, "q2");
    ck_assert_str_eq(q->labels[0], "Tuổi");
    ck_assert_ptr_null(q->labels[1]);
    const yk_choice *c = yk_form_list(f, 0)->choices;
    ck_assert_str_eq(c[0].labels[0], "Có");
    ck_assert_str_eq(c[0].labels[1], "Yes");
    ck_assert_str_eq(c[0].labels[2], "Oui");
    ck_assert_str_eq(c[1].labels[0], "Không");
    ck_assert_ptr_null(c[1].labels[1]);
    ck_assert_ptr_null(c[1].labels[2]);
    yk_form_free(f);
}
END_TEST

START_TEST(test_form_choices)
{
    yk_form *f = good(
        "type,name,label\n"
        "select_one agree,q1,A\n"
        "select_one unit,donvi,Đơn vị\n",
        "list_name,name,label,not_opinion,value,aliases,members,parent\n"
        "agree,1,Hoàn toàn đồng ý,,,,,\n"
        "unit,rach_gia,TP Rạch Giá,,,Rach Gia| Rạch Giá ,\"1.234\",kg\n"
        "agree,2,Đồng ý,no,,,,\n"
        "unit,ha_tien,Hà Tiên,,,\" TX Hà Tiên | | TP Hà Tiên|\",250,kg\n"
        "agree,9,Khó trả lời,YES,\"4,5\",,,\n"
        "agree,x,Không biết,true(),-1,,,\n"
        "unit,kien_hai,Kiên Hải,,,,,\n",
        NULL);
    ck_assert_uint_eq(yk_form_n_lists(f), 2);
    const yk_choice_list *agree = yk_form_list(f, 0), *unit = yk_form_list(f, 1);
    ck_assert_str_eq(agree->name, "agree");
    ck_assert_str_eq(unit->name, "unit");
    ck_assert_ptr_null(yk_form_list(f, 2));
    ck_assert_uint_eq(agree->n, 4);
    static const char *const names[] = { "1", "2", "9", "x" };
    static const double values[] = { 1, 2, 4.5, -1 };
    static const int not_opinion[] = { 0, 0, 1, 1 };
    static const unsigned long lines[] = { 2, 4, 6, 7 };
    for (size_t i = 0; i < 4; i++) {
        ck_assert_str_eq(agree->choices[i].name, names[i]);
        ck_assert_double_eq(agree->choices[i].value, values[i]);
        ck_assert_int_eq(agree->choices[i].not_opinion, not_opinion[i]);
        ck_assert_uint_eq(agree->choices[i].line, lines[i]);
        ck_assert_int_eq(agree->choices[i].members, -1);
        ck_assert_uint_eq(agree->choices[i].n_aliases, 0);
        ck_assert_ptr_null(agree->choices[i].aliases);
        ck_assert_ptr_null(agree->choices[i].parent);
    }
    ck_assert_uint_eq(unit->n, 3);
    const yk_choice *c = unit->choices;
    ck_assert_double_eq(c[0].value, 1);
    ck_assert_double_eq(c[1].value, 2);
    ck_assert_double_eq(c[2].value, 3);
    ck_assert_uint_eq(c[0].n_aliases, 2);
    ck_assert_str_eq(c[0].aliases[0], "Rach Gia");
    ck_assert_str_eq(c[0].aliases[1], "Rạch Giá");
    ck_assert_int_eq(c[0].members, 1234);
    ck_assert_str_eq(c[0].parent, "kg");
    ck_assert_uint_eq(c[1].n_aliases, 2);
    ck_assert_str_eq(c[1].aliases[0], "TX Hà Tiên");
    ck_assert_str_eq(c[1].aliases[1], "TP Hà Tiên");
    ck_assert_int_eq(c[1].members, 250);
    ck_assert_int_eq(c[2].members, -1);
    ck_assert_ptr_null(c[2].parent);
    ck_assert_str_eq(c[2].labels[0], "Kiên Hải");
    ck_assert_ptr_eq(yk_form_find(f, "donvi")->list, unit);
    yk_form_free(f);
}
END_TEST

/* Codes that are numbers are the values (R, SPSS and PSPP score a 0-6
 * list 0-6); the position only when a code is not a number; `value`
 * overrides either, choice by choice. */
START_TEST(test_form_values_from_codes)
{
    yk_form *f = good(
        "type,name,label\n"
        "select_one pid,q1,A\nselect_one rev,q2,B\nselect_one word,q3,C\n"
        "select_one mixed,q4,D\nselect_one given,q5,E\n",
        "list_name,name,label,not_opinion,value\n"
        "pid,0,Strong Democrat,,\npid,1,Weak,,\npid,2,Lean,,\npid,3,Independent,,\n"
        "pid,4,Lean,,\npid,5,Weak,,\npid,6,Strong Republican,,\npid,9,Khó trả lời,yes,\n"
        "pid,kb,Không biết,yes,\n"
        "rev,5,Hoàn toàn đồng ý,,\nrev,4,Đồng ý,,\nrev,3,Phân vân,,\nrev,2,Không,,\n"
        "rev,1,Hoàn toàn không,,\n"
        "word,cao,Cao,,\nword,vua,Vừa,,\nword,thap,Thấp,,\n"
        "mixed,1,Một,,\nmixed,-2.5,Âm,,\nmixed,x3,Ba,,\n"
        "given,5,Năm,,1\ngiven,4,Bốn,,\ngiven,3,\"4,5\",,\"4,5\"\n",
        NULL);
    static const struct { size_t list; double values[9]; size_t n; } want[] = {
        /* kb is not a number: its position, 9, which no mean reads */
        { 0, { 0, 1, 2, 3, 4, 5, 6, 9, 9 }, 9 },
        { 1, { 5, 4, 3, 2, 1 }, 5 },
        { 2, { 1, 2, 3 }, 3 },
        { 3, { 1, 2, 3 }, 3 },        /* x3 is not a number: positions */
        { 4, { 1, 4, 4.5 }, 3 },      /* value given for 5 and 3 */
    };
    for (size_t l = 0; l < sizeof want / sizeof want[0]; l++) {
        const yk_choice_list *list = yk_form_list(f, want[l].list);
        ck_assert_uint_eq(list->n, want[l].n);
        for (size_t i = 0; i < list->n; i++)
            ck_assert_msg(list->choices[i].value == want[l].values[i],
                          "list %s choice %s: value %g, want %g", list->name,
                          list->choices[i].name, list->choices[i].value, want[l].values[i]);
    }
    yk_form_free(f);
}
END_TEST

/* `measure` over the guess; the guess: a not-an-opinion answer, or 3 or
 * more whole-number codes. */
START_TEST(test_form_measure)
{
    yk_form *f = good(
        "type,name,label,measure\n"
        "select_one unit,donvi,Đơn vị,Nominal\n"
        "select_one unit,unit2,Đơn vị,\n"
        "select_one words,w,W,\n"
        "select_one dk,d,D,\n"
        "select_one words,w2,W,ordinal\n"
        "select_multiple unit,m,M,ordinal\n"
        "integer,age,Tuổi,\n"
        "select_one yn,yn,Y,scale\n"
        "text,t,T,\n",
        "list_name,name,label,not_opinion\n"
        "unit,1,A,\nunit,2,B,\nunit,3,C,\n"
        "words,cao,Cao,\nwords,thap,Thấp,\nwords,vua,Vừa,\n"
        "dk,co,Có,\ndk,khong,Không,\ndk,kb,Không biết,yes\n"
        "yn,1,Có,\nyn,2,Không,\n",
        NULL);
    static const struct { const char *q; yk_measure m; int guessed; } want[] = {
        { "donvi", YK_MEASURE_NOMINAL, 0 }, { "unit2", YK_MEASURE_ORDINAL, 1 },
        { "w", YK_MEASURE_NOMINAL, 1 }, { "d", YK_MEASURE_ORDINAL, 1 },
        { "w2", YK_MEASURE_ORDINAL, 0 }, { "m", YK_MEASURE_NOMINAL, 0 },
        { "age", YK_MEASURE_SCALE, 1 }, { "yn", YK_MEASURE_SCALE, 0 },
        { "t", YK_MEASURE_NOMINAL, 1 },
    };
    for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) {
        const yk_question *q = yk_form_find(f, want[i].q);
        ck_assert_msg(q->measure == want[i].m && q->measure_guessed == want[i].guessed,
                      "%s: measure %d guessed %d", want[i].q, q->measure, q->measure_guessed);
    }
    ck_assert(!yk_form_list_looks_ordinal(yk_form_list(f, 3)));     /* yn: 2 codes */
    yk_form_free(f);
}
END_TEST

START_TEST(test_form_settings)
{
    yk_form *f = good(SH "integer,q1,A\n", NULL,
                      " Form_Title ,form_id,version,default_language,style\n"
                      "Phiếu khảo sát 2012,kg2012, 3 ,Tiếng Việt,pages\n"
                      "ignored,ignored,ignored,ignored,\n");
    ck_assert_str_eq(yk_form_title(f), "Phiếu khảo sát 2012");
    ck_assert_str_eq(yk_form_id(f), "kg2012");
    ck_assert_str_eq(yk_form_version(f), "3");
    ck_assert_str_eq(yk_form_default_language(f), "Tiếng Việt");
    yk_form_free(f);
    f = good(SH "integer,q1,A\n", NULL, "form_title,version\nT,\n");
    ck_assert_str_eq(yk_form_title(f), "T");
    ck_assert_ptr_null(yk_form_version(f));
    ck_assert_ptr_null(yk_form_id(f));
    ck_assert_ptr_null(yk_form_default_language(f));
    ck_assert_int_eq(yk_form_get_kind(f), YK_FORM_SURVEY);     /* the default */
    yk_form_free(f);
    /* A poll's ballot declares itself, in any case; survey verbs refuse it. */
    f = good(SH "integer,q1,A\n", NULL, "form_title,form_kind\nT, BALLOT\n");
    ck_assert_int_eq(yk_form_get_kind(f), YK_FORM_BALLOT);
    yk_form_free(f);
    f = good(SH "integer,q1,A\n", NULL, "form_kind\nsurvey\n");
    ck_assert_int_eq(yk_form_get_kind(f), YK_FORM_SURVEY);
    yk_form_free(f);
    f = good(SH "integer,q1,A\n", NULL, NULL);
    ck_assert_int_eq(yk_form_get_kind(f), YK_FORM_SURVEY);
    yk_form_free(f);
}
END_TEST

/* ---- encodings and delimiters --------------------------------------- */

START_TEST(test_form_nfd)
{
    /* Unikey's "Unicode tổ hợp": every mark a separate code point. */
    yk_form *f = good(
        "type,name,label\n"
        "select_one \xC4\x91o\xCC\x9Bn_vi\xCC\xA3,ca\xCC\x82u_1,Ho\xCC\x80n \xC4\x90" "a\xCC\x82\xCC\x81t\n",
        "list_name,name,label,aliases\n"
        "\xC4\x91o\xCC\x9Bn_vi\xCC\xA3,hon_dat,Ho\xCC\x80n \xC4\x90" "a\xCC\x82\xCC\x81t,"
        "Huye\xCC\xA3\xCC\x82n Ho\xCC\x80n \xC4\x90" "a\xCC\x82\xCC\x81t\n",
        NULL);
    const yk_question *q = yk_form_find(f, "câu_1");
    ck_assert_ptr_nonnull(q);
    ck_assert_str_eq(q->labels[0], "Hòn Đất");
    ck_assert_str_eq(q->list->name, "đơn_vị");
    ck_assert_str_eq(q->list->choices[0].labels[0], "Hòn Đất");
    ck_assert_str_eq(q->list->choices[0].aliases[0], "Huyện Hòn Đất");
    yk_form_free(f);
}
END_TEST

START_TEST(test_form_cp1258_semicolon)
{
    /* Excel's plain "CSV" on Vietnamese Windows: Windows-1258 (tone marks
     * as combining bytes) and ';' with decimal commas. */
    yk_form *f = good(
        "type;name;label;min;max\n"
        "select_one donvi;q1;\xD0\xF5n vi\xF2;;\n"
        "decimal;q2;\xD0i\xEA\xD2m trung bi\xCC\x6E\x68;0,5;9,5\n",
        "list_name;name;label\n"
        "donvi;hon_dat;Ho\xCCn \xD0\xE2\xECt\n"
        "donvi;rach_gia;Ra\xF2\x63h Gia\xEC\n",
        NULL);
    ck_assert_str_eq(yk_form_find(f, "q1")->labels[0], "Đơn vị");
    const yk_question *q = yk_form_find(f, "q2");
    ck_assert_double_eq(q->min, 0.5);
    ck_assert_double_eq(q->max, 9.5);
    ck_assert_str_eq(q->labels[0], "Điểm trung bình");
    const yk_choice_list *l = yk_form_list(f, 0);
    ck_assert_str_eq(l->choices[0].labels[0], "Hòn Đất");
    ck_assert_str_eq(l->choices[1].labels[0], "Rạch Giá");
    yk_form_free(f);
}
END_TEST

/* ---- fingerprint ---------------------------------------------------- */

static uint64_t print_of(const char *survey, const char *choices)
{
    yk_form *f = good(survey, choices, NULL);
    uint64_t h = yk_form_fingerprint(f);
    yk_form_free(f);
    return h;
}

START_TEST(test_form_fingerprint)
{
    const char *s = SH "select_one yn,q1,Câu 1\ninteger,q2,Tuổi\n";
    const char *c = "list_name,name,label,aliases,members\nyn,1,Có,,\nyn,2,Không,,\n";
    uint64_t base = print_of(s, c);
    /* Labels, hints, aliases, members, settings, columns XLSForm adds. */
    ck_assert(print_of("type,name,label,label::English,hint\n"
                       "select_one yn,q1,Khác,Other,gợi ý\ninteger,q2,,Age,\n", c) == base);
    ck_assert(print_of(s, "list_name,name,label,aliases,members\n"
                          "yn,1,Yes,a|b,12\nyn,2,No,,\n") == base);
    ck_assert(print_of(s, "list_name,name,label,value\nyn,1,Có,1\nyn,2,Không,2\n")
              == base);
    /* Codes, values, names, types, lists, order. */
    ck_assert(print_of(s, "list_name,name,label\nyn,1,Có\nyn,3,Không\n") != base);
    ck_assert(print_of(s, "list_name,name,label,value\nyn,1,Có,1\nyn,2,Không,0\n")
              != base);
    ck_assert(print_of(SH "select_one yn,q1,Câu 1\ninteger,q3,Tuổi\n", c) != base);
    ck_assert(print_of(SH "select_one yn,q1,Câu 1\ndecimal,q2,Tuổi\n", c) != base);
    ck_assert(print_of(SH "select_multiple yn,q1,Câu 1\ninteger,q2,Tuổi\n", c) != base);
    ck_assert(print_of(SH "integer,q2,Tuổi\nselect_one yn,q1,Câu 1\n", c) != base);
    ck_assert(print_of(SH "begin group,g,G\nselect_one yn,q1,Câu 1\nend group,,\n"
                          "integer,q2,Tuổi\n", c) != base);
    ck_assert(print_of(SH "select_one ab,q1,Câu 1\ninteger,q2,Tuổi\n",
                       "list_name,name,label\nab,1,Có\nab,2,Không\n") != base);
}
END_TEST

/* ---- limits and the arena ------------------------------------------- */

START_TEST(test_form_too_many_languages)
{
    char header[4096] = "type,name";
    for (int i = 0; i <= YK_FORM_MAX_LANGUAGES + 2; i++) {
        size_t n = strlen(header);
        snprintf(header + n, sizeof header - n, ",label::L%d", i);
    }
    strcat(header, "\ninteger,q1,A");
    for (int i = 0; i < YK_FORM_MAX_LANGUAGES + 2; i++)
        strcat(header, ",");
    strcat(header, "\n");
    events e;
    yk_form *f;
    ck_assert_int_eq(load(header, NULL, NULL, &e, &f), YK_ERR_PARSE);
    char want[64];
    snprintf(want, sizeof want, "form-too-large@survey:1:%d\n",
             YK_FORM_MAX_LANGUAGES + 3);
    ck_assert_str_eq(e.out, want);
}
END_TEST

START_TEST(test_form_too_many_questions)
{
    size_t cap = (size_t)(YK_FORM_MAX_QUESTIONS + 2) * 24;
    char *s = malloc(cap);
    ck_assert_ptr_nonnull(s);
    size_t n = (size_t)snprintf(s, cap, "%s", SH);
    for (int i = 0; i <= YK_FORM_MAX_QUESTIONS; i++)
        n += (size_t)snprintf(s + n, cap - n, "integer,q%d,Q\n", i);
    events e;
    yk_form *f;
    ck_assert_int_eq(load(s, NULL, NULL, &e, &f), YK_ERR_PARSE);
    char want[64];
    snprintf(want, sizeof want, "form-too-large@survey:%d\n",
             YK_FORM_MAX_QUESTIONS + 2);
    ck_assert_str_eq(e.out, want);
    free(s);
}
END_TEST

/* A scale may hold YK_FORM_MAX_SCALE_ITEMS items; the one past it is
 * reported on its own line (header on 1, items from line 2). */
START_TEST(test_form_scale_too_large)
{
    char s[8192];
    size_t n = (size_t)snprintf(s, sizeof s, "type,name,label,scale\n");
    for (int i = 0; i <= YK_FORM_MAX_SCALE_ITEMS + 1 - _i; i++)
        n += (size_t)snprintf(s + n, sizeof s - n, "integer,q%d,Q,big\n", i);
    events e;
    yk_form *f;
    yk_status st = load(s, NULL, NULL, &e, &f);
    yk_form_free(f);
    if (_i == 2) {                          /* exactly the maximum */
        ck_assert_int_eq(st, YK_OK);
        ck_assert_str_eq(e.out, "");
        return;
    }
    char want[64];
    snprintf(want, sizeof want, "form-too-large@survey:%d:4\n",
             YK_FORM_MAX_SCALE_ITEMS + 2);
    ck_assert_int_eq(st, YK_ERR_PARSE);
    ck_assert_str_eq(e.out, want);
}
END_TEST

START_TEST(test_form_arguments)
{
    yk_form *f = (yk_form *)1;
    yk_form_files none = { 0 };
    ck_assert_int_eq(yk_form_load(&none, NULL, NULL, &f), YK_ERR_ARGUMENT);
    ck_assert_ptr_null(f);
    ck_assert_int_eq(yk_form_load(NULL, NULL, NULL, &f), YK_ERR_ARGUMENT);
    ck_assert_int_eq(yk_form_load(&none, NULL, NULL, NULL), YK_ERR_ARGUMENT);
    yk_form_free(NULL);
    /* No callback: problems are still counted. */
    yk_memory m;
    yk_input in = yk_input_memory(&m, SH, strlen(SH));
    yk_form_files files = { NULL, NULL, NULL, &in, NULL, NULL };
    ck_assert_int_eq(yk_form_load(&files, NULL, NULL, &f), YK_ERR_PARSE);
    ck_assert_ptr_null(f);
}
END_TEST

START_TEST(test_arena)
{
    yk_arena a = { 0 };
    char *small = yk_arena_alloc(&a, 3);
    ck_assert_ptr_nonnull(small);
    ck_assert((uintptr_t)small % sizeof(double) == 0);
    char *big = yk_arena_alloc(&a, 1 << 20);      /* a block of its own */
    ck_assert_ptr_nonnull(big);
    memset(big, 1, 1 << 20);
    char *next = yk_arena_alloc(&a, 5);
    ck_assert_ptr_nonnull(next);
    ck_assert_ptr_nonnull(yk_arena_alloc(&a, 0));
    ck_assert_ptr_ne(yk_arena_alloc(&a, 0), yk_arena_alloc(&a, 0));
    ck_assert_ptr_null(yk_arena_alloc(&a, SIZE_MAX));
    ck_assert_ptr_null(yk_arena_alloc(&a, SIZE_MAX - 8));
    ck_assert_ptr_null(yk_arena_calloc(&a, SIZE_MAX / 2, 4));
    ck_assert_ptr_null(yk_arena_strndup(&a, "x", SIZE_MAX));
    int *z = yk_arena_calloc(&a, 1000, sizeof *z);
    for (int i = 0; i < 1000; i++)
        ck_assert_int_eq(z[i], 0);
    char *s = yk_arena_strndup(&a, "Hòn Đấtxyz", 11);
    ck_assert_str_eq(s, "Hòn Đất");
    for (int i = 0; i < 10000; i++)
        ck_assert_ptr_nonnull(yk_arena_strndup(&a, "abcdefghij", (size_t)i % 11));
    yk_arena_free(&a);
    ck_assert_ptr_null(a.head);
    yk_arena_free(&a);
    yk_arena_free(NULL);
}
END_TEST

/* A choice added for a tally's reserved group: every question of the list
 * sees it, labelled in every language, valued above the others, without
 * members; the fingerprint stays the form's as read; a code the list has
 * and a question without a list are refused. */
START_TEST(test_form_add_choice)
{
    yk_form *f = good("type,name,label,label::English\n"
                      "select_one u,unit,Đơn vị,Unit\nselect_one u,old_unit,Cũ,Old\n"
                      "integer,age,Tuổi,Age\n",
                      "list_name,name,label,label::English,members\n"
                      "u,a,Tân Hiệp,Tan Hiep,12\nu,b,Kiên Hải,Kien Hai,3\n", NULL);
    uint64_t fp = yk_form_fingerprint(f);
    const yk_choice *before = yk_form_find(f, "unit")->list->choices;
    ck_assert_int_eq(yk_form_add_choice(f, "unit", "_other", "Khác"), YK_OK);
    const yk_choice_list *l = yk_form_find(f, "old_unit")->list;
    ck_assert_uint_eq(l->n, 3);
    ck_assert_str_eq(l->choices[2].name, "_other");
    ck_assert_str_eq(l->choices[2].labels[0], "Khác");
    ck_assert_str_eq(l->choices[2].labels[1], "Khác");
    ck_assert(l->choices[2].value == 3 && l->choices[2].members == -1);
    ck_assert_str_eq(before[1].name, "b");        /* the old array is still there */
    ck_assert(yk_form_fingerprint(f) == fp);
    ck_assert_int_eq(yk_form_add_choice(f, "unit", "_other", "Khác"), YK_ERR_ARGUMENT);
    ck_assert_int_eq(yk_form_add_choice(f, "age", "_other", "Khác"), YK_ERR_ARGUMENT);
    ck_assert_int_eq(yk_form_add_choice(f, "nothing", "_other", "Khác"), YK_ERR_ARGUMENT);
    yk_form_free(f);
}
END_TEST

/* The words messages name a question's type by: those survey.csv writes
 * (XLSForm), and "unknown" for a value outside the enum. */
START_TEST(test_form_type_name)
{
    ck_assert_str_eq(yk_form_type_name(YK_Q_SELECT_ONE), "select_one");
    ck_assert_str_eq(yk_form_type_name(YK_Q_SELECT_MULTIPLE), "select_multiple");
    ck_assert_str_eq(yk_form_type_name(YK_Q_INTEGER), "integer");
    ck_assert_str_eq(yk_form_type_name(YK_Q_DECIMAL), "decimal");
    ck_assert_str_eq(yk_form_type_name(YK_Q_TEXT), "text");
    ck_assert_str_eq(yk_form_type_name(YK_Q_DATE), "date");
    ck_assert_str_eq(yk_form_type_name(YK_Q_NOTE), "note");
    ck_assert_str_eq(yk_form_type_name(YK_Q_META), "meta");
    ck_assert_str_eq(yk_form_type_name((yk_question_type)99), "unknown");
}
END_TEST

Suite *yk_suite_form(void)
{
    Suite *s = suite_create("form");
    TCase *tc = tcase_create("cases");
    tcase_add_loop_test(tc, test_form_case, 0, sizeof cases / sizeof cases[0]);
    tcase_add_test(tc, test_form_messages);
    suite_add_tcase(s, tc);
    tc = tcase_create("good forms");
    tcase_add_test(tc, test_form_groups_and_paths);
    tcase_add_test(tc, test_form_types);
    tcase_add_test(tc, test_form_type_name);
    tcase_add_test(tc, test_form_question_fields);
    tcase_add_test(tc, test_form_group_labels);
    tcase_add_test(tc, test_form_hint);
    tcase_add_test(tc, test_form_languages);
    tcase_add_test(tc, test_form_choices);
    tcase_add_test(tc, test_form_measure);
    tcase_add_test(tc, test_form_values_from_codes);
    tcase_add_test(tc, test_form_settings);
    tcase_add_test(tc, test_form_nfd);
    tcase_add_test(tc, test_form_cp1258_semicolon);
    tcase_add_test(tc, test_form_fingerprint);
    suite_add_tcase(s, tc);
    tc = tcase_create("limits");
    tcase_set_timeout(tc, 30);
    tcase_add_test(tc, test_form_too_many_languages);
    tcase_add_test(tc, test_form_too_many_questions);
    tcase_add_loop_test(tc, test_form_scale_too_large, 0, 3);
    tcase_add_test(tc, test_form_arguments);
    tcase_add_test(tc, test_arena);
    tcase_add_test(tc, test_form_add_choice);
    suite_add_tcase(s, tc);
    return s;
}
