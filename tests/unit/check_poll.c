/* Confidence polls: the tally (every kind of invalid line and ballot,
 * exact merging, exact percentages) and the ballot coder (a form as a
 * ballot, marks as codes or labels, the diagnostics it must give). */
#include <check.h>
#include <stdio.h>
#include <string.h>
#include "suites.h"
#include "yk_ballot.h"
#include "yk_buf.h"
#include "yk_poll.h"

#define H YK_MARK_HIGH
#define T YK_MARK_TRUST
#define L YK_MARK_LOW
#define NONE YK_MARK_NONE
#define TWO YK_MARK_SEVERAL
#define BAD YK_MARK_UNKNOWN

static void add(yk_poll *p, yk_mark a, yk_mark b, int added, int struck)
{
    yk_mark marks[2] = { a, b };
    yk_ballot ballot = { marks, added, struck };
    yk_poll_add(p, &ballot);
}

/* Eight ballots, one of each kind (hand count below). */
static void eight_ballots(yk_poll *p, int from, int to)
{
    static const struct { yk_mark a, b; int added, struck; } ballots[] = {
        { H, L, 0, 0 }, { T, L, 0, 0 }, { L, NONE, 0, 0 }, { TWO, H, 0, 0 },
        { BAD, T, 0, 0 }, { H, H, 1, 0 }, { L, L, 0, 1 }, { L, L, 1, 1 },
    };
    for (int i = from; i < to; i++)
        add(p, ballots[i].a, ballots[i].b, ballots[i].added, ballots[i].struck);
}

START_TEST(test_every_invalid_kind)
{
    yk_poll *p;
    ck_assert_int_eq(yk_poll_new(2, &p), YK_OK);
    eight_ballots(p, 0, 8);
    const yk_poll_ballots *b = yk_poll_ballots_get(p);
    /* 8 returned; ballots 6 (name added), 7 (struck), 8 (both) are
     * invalid as a whole: 5 valid. */
    ck_assert_uint_eq(b->returned, 8);
    ck_assert_uint_eq(b->valid, 5);
    ck_assert_uint_eq(b->invalid, 3);
    ck_assert_uint_eq(b->added, 2);
    ck_assert_uint_eq(b->struck, 2);
    /* Person 1 on the 5 valid ballots: H T L, two marks, unknown. */
    const yk_poll_person *a = yk_poll_person_get(p, 0);
    ck_assert_uint_eq(a->level[YK_LEVEL_HIGH], 1);
    ck_assert_uint_eq(a->level[YK_LEVEL_TRUST], 1);
    ck_assert_uint_eq(a->level[YK_LEVEL_LOW], 1);
    ck_assert_uint_eq(a->several, 1);
    ck_assert_uint_eq(a->unknown, 1);
    ck_assert_uint_eq(a->no_mark, 0);
    ck_assert_uint_eq(yk_poll_valid_lines(p, 0), 3);
    ck_assert_uint_eq(yk_poll_invalid_lines(p, 0), 5);   /* 3 whole + 2 own */
    /* Person 2: L L none H T. */
    const yk_poll_person *c = yk_poll_person_get(p, 1);
    ck_assert_uint_eq(c->level[YK_LEVEL_LOW], 2);
    ck_assert_uint_eq(c->level[YK_LEVEL_HIGH], 1);
    ck_assert_uint_eq(c->level[YK_LEVEL_TRUST], 1);
    ck_assert_uint_eq(c->no_mark, 1);
    ck_assert_uint_eq(yk_poll_valid_lines(p, 1), 4);
    ck_assert_uint_eq(yk_poll_invalid_lines(p, 1), 4);
    ck_assert_ptr_null(yk_poll_person_get(p, 2));
    yk_poll_free(p);
}
END_TEST

/* Ballots counted at two tables, merged, give the counts of one pass. */
START_TEST(test_merge_halves)
{
    yk_poll *whole, *first, *second, *other;
    ck_assert_int_eq(yk_poll_new(2, &whole), YK_OK);
    ck_assert_int_eq(yk_poll_new(2, &first), YK_OK);
    ck_assert_int_eq(yk_poll_new(2, &second), YK_OK);
    ck_assert_int_eq(yk_poll_new(3, &other), YK_OK);
    eight_ballots(whole, 0, 8);
    eight_ballots(first, 0, _i);
    eight_ballots(second, _i, 8);
    ck_assert_int_eq(yk_poll_merge(first, second), YK_OK);
    ck_assert_mem_eq(yk_poll_ballots_get(first), yk_poll_ballots_get(whole),
                     sizeof(yk_poll_ballots));
    for (size_t i = 0; i < 2; i++)
        ck_assert_mem_eq(yk_poll_person_get(first, i), yk_poll_person_get(whole, i),
                         sizeof(yk_poll_person));
    ck_assert_int_eq(yk_poll_merge(first, other), YK_ERR_ARGUMENT);
    yk_poll_free(whole);
    yk_poll_free(first);
    yk_poll_free(second);
    yk_poll_free(other);
}
END_TEST

START_TEST(test_new_limits)
{
    yk_poll *p = (yk_poll *)1;
    ck_assert_int_eq(yk_poll_new(0, &p), YK_ERR_ARGUMENT);
    ck_assert_ptr_null(p);
    yk_poll_free(NULL);
}
END_TEST

/* Percentages of the sample (README table), in hundredths, half up:
 * 33/47 = 70.212...; 2/47 = 4.2553; 23/47 = 48.936; 30/45 = 66.666...;
 * 1/8 = 12.5 exactly; 1/800 = 0.125 -> 0.13 (half up, not to even). */
START_TEST(test_percent)
{
    ck_assert_uint_eq(yk_poll_percent_hundredths(33, 47), 7021);
    ck_assert_uint_eq(yk_poll_percent_hundredths(2, 47), 426);
    ck_assert_uint_eq(yk_poll_percent_hundredths(23, 47), 4894);
    ck_assert_uint_eq(yk_poll_percent_hundredths(25, 47), 5319);
    ck_assert_uint_eq(yk_poll_percent_hundredths(30, 45), 6667);
    ck_assert_uint_eq(yk_poll_percent_hundredths(1, 8), 1250);
    ck_assert_uint_eq(yk_poll_percent_hundredths(1, 800), 13);
    ck_assert_uint_eq(yk_poll_percent_hundredths(47, 47), 10000);
    ck_assert_uint_eq(yk_poll_percent_hundredths(0, 47), 0);
}
END_TEST

/* ---- the ballot coder ---------------------------------------------------- */

typedef struct { char out[4096]; } events;

static void on_diag(void *ctx, const yk_diag *d)
{
    events *e = ctx;
    size_t len = strlen(e->out);
    snprintf(e->out + len, sizeof e->out - len, "%s@%lu:%lu %s\n", d->kind, d->line,
             d->column, d->message);
}

static const char survey_csv[] =
    "type,name,label,hint\n"
    "integer,so_phieu,Số phiếu,\n"
    "select_one muc,p01,Trần Quốc Vinh,Bí thư\n"
    "select_one muc,p02,Lê Thị Thu Hà,Phó Bí thư\n"
    "text,ghi_them,Tên ghi thêm,\n";
static const char choices_csv[] =
    "list_name,name,label,value\n"
    "muc,tin_nhiem_cao,Tín nhiệm cao,3\n"
    "muc,tin_nhiem,Tín nhiệm,2\n"
    "muc,tin_nhiem_thap,Tín nhiệm thấp,1\n";

static yk_form *form_of(const char *survey, const char *choices)
{
    yk_memory m[2];
    yk_input in[2] = { yk_input_memory(&m[0], survey, strlen(survey)),
                       yk_input_memory(&m[1], choices, strlen(choices)) };
    yk_form_files f = { NULL, NULL, NULL, &in[0], &in[1], NULL };
    yk_form *form = NULL;
    ck_assert_int_eq(yk_form_load(&f, NULL, NULL, &form), YK_OK);
    return form;
}

static yk_row row_of(yk_field *f, size_t n, const char *const *cells, unsigned long line)
{
    for (size_t i = 0; i < n; i++)
        f[i] = (yk_field){ cells[i], strlen(cells[i]) };
    return (yk_row){ "b.csv", line, line, n, f };
}

START_TEST(test_coder_marks)
{
    yk_form *form = form_of(survey_csv, choices_csv);
    yk_ballot_options o = { "form", NULL, "Gạch tên", NULL, 0, 0 };
    events e = { "" };
    yk_ballot_coder *c;
    ck_assert_int_eq(yk_ballot_coder_new(form, &o, on_diag, &e, &c), YK_OK);
    ck_assert_uint_eq(yk_ballot_coder_n_persons(c), 2);
    ck_assert_str_eq(yk_ballot_coder_person(c, 1)->hint, "Phó Bí thư");
    ck_assert_str_eq(yk_ballot_coder_level(c, YK_LEVEL_LOW)->name, "tin_nhiem_thap");

    /* Columns by name and by label; the ballot number; bookkeeping. */
    static const char *const head[] = { "so_phieu", "TRẦN QUỐC VINH", "p02", "ghi_them",
                                        "gạch tên", "STT", "_uuid" };
    yk_field f[7];
    yk_row r = row_of(f, 7, head, 1);
    ck_assert_int_eq(yk_ballot_coder_header(c, &r), YK_OK);
    ck_assert_str_eq(e.out, "");

    static const struct {
        const char *cells[7];
        yk_mark a, b;
        int added, struck;
    } rows[] = {
        { { "1", "tin_nhiem_cao", "tin_nhiem_thap", "", "", "1", "x" }, H, L, 0, 0 },
        { { "2", " Tín nhiệm ", "TÍN NHIỆM THẤP", "", "0", "2", "" }, T, L, 0, 0 },
        { { "3", "", "tin_nhiem tin_nhiem_thap", "", "không", "3", "" }, NONE, TWO, 0, 0 },
        { { "4", "Tín nhiệm cao, Tín nhiệm thấp", "tín nhiệm cao tín nhiệm", "", "", "4",
            "" }, TWO, TWO, 0, 0 },
        { { "5", "tin_nhiem_thapp", "3", "", "", "5", "" }, BAD, BAD, 0, 0 },
        { { "6", "tin_nhiem", "tin_nhiem", "Nguyễn Văn Út", "", "6", "" }, T, T, 1, 0 },
        { { "7", "tin_nhiem", "tin_nhiem", "", "x", "7", "" }, T, T, 0, 1 },
        { { "8", "tin_nhiem", "Tín   nhiệm", "", "", "8", "" }, T, T, 0, 0 },
        { { "9", "tin_nhiem; x", "tin_nhiem tin_nhiem_cao x", "", "", "9", "" }, BAD, BAD, 0,
          0 },
        /* Without accents, in capitals: that level; two of them: several. */
        { { "10", "Tin nhiem cao", "tin nhiem THAP", "", "", "10", "" }, H, L, 0, 0 },
        { { "11", "Tin nhiem cao, tin nhiem thap", "TIN_NHIEM", "", "", "11", "" }, TWO, T,
          0, 0 },
    };
    for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
        const yk_ballot *b;
        r = row_of(f, 7, rows[i].cells, i + 2);
        ck_assert_int_eq(yk_ballot_coder_row(c, &r, &b), YK_OK);
        ck_assert_ptr_nonnull(b);
        ck_assert_msg(b->marks[0] == rows[i].a && b->marks[1] == rows[i].b,
                      "row %zu: marks %d %d", i, b->marks[0], b->marks[1]);
        ck_assert_int_eq(b->added, rows[i].added);
        ck_assert_int_eq(b->struck, rows[i].struck);
    }
    /* Nothing is told row by row: at the end of the file, the unknown
     * marks with their lines (no person, no column) in one error, the
     * marks read loosely (lines 3, 11, 12: four cells) in one warning. */
    ck_assert_str_eq(e.out, "");
    ck_assert_int_eq(yk_ballot_coder_end(c), YK_OK);
    ck_assert_str_eq(e.out,
        "poll-unknown-mark@0:0 4 marks are no level of the form (codes tin_nhiem_cao, "
        "tin_nhiem, tin_nhiem_thap or their labels): 'tin_nhiem_thapp' (line 6); '3' "
        "(line 6); 'tin_nhiem; x' (line 10); 'tin_nhiem tin_nhiem_cao x' (line 10)\n"
        "poll-loose-mark@0:0 4 marks match a level only when accents or case are ignored, "
        "and are read as that level: lines 3, 11, 12\n");
    ck_assert_uint_eq(yk_ballot_coder_errors(c), 1);

    /* A row of empty cells is no ballot; a short row has no marks past
     * its end. */
    static const char *const blank[] = { "", " ", "", "", "", "", "" };
    const yk_ballot *b;
    e.out[0] = '\0';
    r = row_of(f, 7, blank, 20);
    ck_assert_int_eq(yk_ballot_coder_row(c, &r, &b), YK_OK);
    ck_assert_ptr_null(b);
    ck_assert_str_eq(e.out, "blank-row@20:0 the row is empty: not counted as a ballot\n");
    static const char *const shorter[] = { "21", "tin_nhiem" };
    r = row_of(f, 2, shorter, 21);
    ck_assert_int_eq(yk_ballot_coder_row(c, &r, &b), YK_OK);
    ck_assert(b->marks[0] == T && b->marks[1] == NONE && !b->added && !b->struck);
    yk_ballot_coder_free(c);
    yk_form_free(form);
}
END_TEST

/* --added names the columns of added names: the form's text question
 * not named is then not read. */
START_TEST(test_coder_added_option)
{
    yk_form *form = form_of(survey_csv, choices_csv);
    static const char *const added[] = { "so_phieu" };
    yk_ballot_options o = { "form", "muc", NULL, added, 1, 0 };
    events e = { "" };
    yk_ballot_coder *c;
    ck_assert_int_eq(yk_ballot_coder_new(form, &o, on_diag, &e, &c), YK_OK);
    static const char *const head[] = { "so_phieu", "p01", "p02", "ghi_them" };
    static const char *const cells[] = { "", "tin_nhiem", "tin_nhiem", "Út" };
    static const char *const cells2[] = { "9", "tin_nhiem", "tin_nhiem", "" };
    yk_field f[4];
    const yk_ballot *b;
    yk_row r = row_of(f, 4, head, 1);
    ck_assert_int_eq(yk_ballot_coder_header(c, &r), YK_OK);
    r = row_of(f, 4, cells, 2);
    ck_assert_int_eq(yk_ballot_coder_row(c, &r, &b), YK_OK);
    ck_assert(!b->added);
    r = row_of(f, 4, cells2, 3);
    ck_assert_int_eq(yk_ballot_coder_row(c, &r, &b), YK_OK);
    ck_assert(b->added);
    ck_assert_str_eq(e.out, "");
    yk_ballot_coder_free(c);
    yk_form_free(form);
}
END_TEST

START_TEST(test_coder_missing_columns)
{
    yk_form *form = form_of(survey_csv, choices_csv);
    yk_ballot_options o = { "form", NULL, "gach", NULL, 0, 0 };
    events e = { "" };
    yk_ballot_coder *c;
    ck_assert_int_eq(yk_ballot_coder_new(form, &o, on_diag, &e, &c), YK_OK);
    static const char *const head[] = { "p01", "Trần Quốc Vinh" };
    yk_field f[2];
    yk_row r = row_of(f, 2, head, 1);
    ck_assert_int_eq(yk_ballot_coder_header(c, &r), YK_OK);
    ck_assert_str_eq(e.out,
        "poll-column-duplicate@1:2 a second column for p01: not read\n"
        "poll-column-missing@1:0 no column for p02 (Lê Thị Thu Hà): this file's lines "
        "for them count as no mark\n"
        "poll-column-missing@1:0 no column 'gach' for the struck mark\n");
    ck_assert_uint_eq(yk_ballot_coder_errors(c), 3);
    yk_ballot_coder_free(c);
    yk_form_free(form);
}
END_TEST

/* Forms that cannot be a ballot, and options that name nothing. */
static const struct { const char *survey, *choices, *levels, *diag; yk_status st; } unfit[] = {
    /* No value column: cao would be 1, the lowest. */
    { "type,name,label\nselect_one m,p01,A\n",
      "list_name,name,label\nm,a,Tín nhiệm cao\nm,b,Tín nhiệm\nm,c,Tín nhiệm thấp\n", NULL,
      "poll-form@0:0 by their values, 'Tín nhiệm thấp' would be the level high\n",
      YK_ERR_PARSE },
    { "type,name,label\nselect_one m,p01,A\n",
      "list_name,name,label\nm,a,A\nm,b,B\n", NULL,
      "poll-form@0:0 the list of levels 'm' has 2 choices, not three\n", YK_ERR_PARSE },
    { "type,name,label\nselect_one m,p01,A\n",
      "list_name,name,label,value\nm,a,A,1\nm,b,B,1\nm,c,C,2\n", NULL,
      "poll-form@0:0 two levels of list 'm' have the same value\n", YK_ERR_PARSE },
    { "type,name,label\nselect_one m,p01,A\nselect_one k,p02,B\n",
      "list_name,name,label,value\nm,a,A,1\nm,b,B,2\nm,c,C,3\nk,a,A,1\n", NULL,
      "poll-form@0:0 the select_one questions use two lists, 'm' and 'k'\n", YK_ERR_PARSE },
    { "type,name,label\ninteger,n,N\n", NULL, NULL,
      "poll-form@0:0 the form has no select_one question\n", YK_ERR_PARSE },
    { "type,name,label\nselect_one m,p01,A\n",
      "list_name,name,label,value\nm,a,A,1\nm,b,B,2\nm,c,C,3\n", "muc",
      "poll-option@0:0 the form has no choice list 'muc' to take the levels from\n",
      YK_ERR_ARGUMENT },
    { "type,name,label\nselect_one m,p01,A\nselect_multiple k,p02,B\n",
      "list_name,name,label,value\nm,a,A,1\nm,b,B,2\nm,c,C,3\nk,a,A,1\nk,b,B,2\nk,c,C,3\n",
      "k", "poll-option@0:0 no select_one question of the form uses the list 'k'\n",
      YK_ERR_ARGUMENT },
};

START_TEST(test_coder_unfit_forms)
{
    yk_memory m[2];
    const char *choices = unfit[_i].choices;
    yk_input in[2] = { yk_input_memory(&m[0], unfit[_i].survey, strlen(unfit[_i].survey)),
                       yk_input_memory(&m[1], choices ? choices : "", choices ? strlen(choices) : 0) };
    yk_form_files f = { NULL, NULL, NULL, &in[0], choices ? &in[1] : NULL, NULL };
    yk_form *form = NULL;
    ck_assert_int_eq(yk_form_load(&f, NULL, NULL, &form), YK_OK);
    yk_ballot_options o = { "form", unfit[_i].levels, NULL, NULL, 0, 0 };
    events e = { "" };
    yk_ballot_coder *c = (yk_ballot_coder *)1;
    ck_assert_int_eq(yk_ballot_coder_new(form, &o, on_diag, &e, &c), unfit[_i].st);
    ck_assert_ptr_null(c);
    ck_assert_str_eq(e.out, unfit[_i].diag);
    yk_form_free(form);
}
END_TEST

/* Every column is a person, the ballot number, bookkeeping, declared, or
 * an error: a column guessed to hold added names once voided 9 ballots
 * of 19 because it held their numbers. */
START_TEST(test_coder_columns)
{
    yk_form *form = form_of(survey_csv, choices_csv);
    static const char *const added[] = { "ghi_them", "Ý kiến khác" };
    yk_ballot_options o = { "form", NULL, NULL, NULL, 0, 0 };
    events e = { "" };
    yk_ballot_coder *c;
    ck_assert_int_eq(yk_ballot_coder_new(form, &o, on_diag, &e, &c), YK_OK);
    /* The numbering headers, without case, accents, '_' or '.'. */
    static const char *const numbers[] = { "STT", "tt", "Số phiếu", "SO_PHIEU", "Số TT",
                                            "No.", "so thu tu", "Phiếu số" };
    for (size_t i = 0; i < sizeof numbers / sizeof numbers[0]; i++) {
        const char *head[] = { numbers[i], "p01", "p02" };
        const char *cells[] = { "17", "tin_nhiem", "tin_nhiem_cao" };
        yk_field f[3];
        const yk_ballot *b;
        yk_row r = row_of(f, 3, head, 1);
        ck_assert_int_eq(yk_ballot_coder_header(c, &r), YK_OK);
        r = row_of(f, 3, cells, 2);
        ck_assert_int_eq(yk_ballot_coder_row(c, &r, &b), YK_OK);
        ck_assert_msg(!b->added && b->marks[0] == T && b->marks[1] == H, "%s", numbers[i]);
        ck_assert_int_eq(yk_ballot_coder_end(c), YK_OK);
    }
    ck_assert_str_eq(e.out, "");
    ck_assert_uint_eq(yk_ballot_coder_errors(c), 0);

    /* A stray column is an error naming it; a column with no header is
     * passed over while blank, an error (once) when it holds something. */
    static const char *const head[] = { "p01", "Ghi chú", "p02", "", "Số thứ tự phiếu" };
    static const char *const row1[] = { "tin_nhiem", "", "tin_nhiem", "", "1" };
    static const char *const row2[] = { "tin_nhiem", "x", "tin_nhiem", "Út", "2" };
    static const char *const row3[] = { "tin_nhiem", "x", "tin_nhiem", "Út", "3" };
    yk_field f[5];
    const yk_ballot *b;
    yk_row r = row_of(f, 5, head, 1);
    ck_assert_int_eq(yk_ballot_coder_header(c, &r), YK_OK);
    r = row_of(f, 5, row1, 2);
    ck_assert_int_eq(yk_ballot_coder_row(c, &r, &b), YK_OK);
    r = row_of(f, 5, row2, 3);
    ck_assert_int_eq(yk_ballot_coder_row(c, &r, &b), YK_OK);
    ck_assert(!b->added);
    r = row_of(f, 5, row3, 4);
    ck_assert_int_eq(yk_ballot_coder_row(c, &r, &b), YK_OK);
    ck_assert_str_eq(e.out,
        "poll-unknown-column@1:2 the column 'Ghi chú' is neither a person of the form, the "
        "ballot number nor a column of names written in\n"
        "poll-unknown-column@1:5 the column 'Số thứ tự phiếu' is neither a person of the "
        "form, the ballot number nor a column of names written in\n"
        "poll-unnamed-column@3:4 a column with no header holds something (its text is not "
        "shown: ballots are secret); later lines are not told\n");
    ck_assert_uint_eq(yk_ballot_coder_errors(c), 3);
    yk_ballot_coder_free(c);

    /* Declared, the column is one of names written in. */
    o = (yk_ballot_options){ "form", NULL, NULL, added, 2, 0 };
    e.out[0] = '\0';
    ck_assert_int_eq(yk_ballot_coder_new(form, &o, on_diag, &e, &c), YK_OK);
    static const char *const declared[] = { "p01", "ý kiến khác", "p02" };
    static const char *const cells[] = { "tin_nhiem", "Lê Văn A", "tin_nhiem" };
    r = row_of(f, 3, declared, 1);
    ck_assert_int_eq(yk_ballot_coder_header(c, &r), YK_OK);
    r = row_of(f, 3, cells, 2);
    ck_assert_int_eq(yk_ballot_coder_row(c, &r, &b), YK_OK);
    ck_assert(b->added);
    ck_assert_str_eq(e.out, "");
    yk_ballot_coder_free(c);
    yk_form_free(form);
}
END_TEST

/* Asked, an unknown mark is an invalid line and a warning; the notes are
 * bounded: 8 marks shown, 5 lines each, 40 bytes of text, one line. */
START_TEST(test_coder_unknown_invalid)
{
    yk_form *form = form_of(survey_csv, choices_csv);
    yk_ballot_options o = { "form", NULL, NULL, NULL, 0, 1 };
    events e = { "" };
    yk_ballot_coder *c;
    ck_assert_int_eq(yk_ballot_coder_new(form, &o, on_diag, &e, &c), YK_OK);
    static const char *const head[] = { "p01", "p02" };
    yk_field f[2];
    const yk_ballot *b;
    yk_row r = row_of(f, 2, head, 1);
    ck_assert_int_eq(yk_ballot_coder_header(c, &r), YK_OK);
    /* "x" on lines 2..8 (twice on line 2), then ten other marks, one a
     * long one with a line break and a quote. */
    for (unsigned long line = 2; line <= 8; line++) {
        const char *cells[] = { "x", line == 2 ? "X" : "tin_nhiem" };
        r = row_of(f, 2, cells, line);
        ck_assert_int_eq(yk_ballot_coder_row(c, &r, &b), YK_OK);
        ck_assert(b->marks[0] == BAD);
    }
    static const char *const others[] = {
        "a", "b", "c", "d", "e", "f",
        "Tín nhiệm 'cao'\nnhưng còn phải xem xét thêm nhiều việc", "g", "h", "i",
    };
    for (size_t i = 0; i < sizeof others / sizeof others[0]; i++) {
        const char *cells[] = { "tin_nhiem", others[i] };
        r = row_of(f, 2, cells, 9 + i);
        ck_assert_int_eq(yk_ballot_coder_row(c, &r, &b), YK_OK);
        ck_assert(b->marks[1] == BAD);
    }
    e.out[0] = '\0';
    ck_assert_int_eq(yk_ballot_coder_end(c), YK_OK);
    ck_assert_str_eq(e.out,
        "poll-unknown-mark@0:0 18 marks are no level of the form (codes tin_nhiem_cao, "
        "tin_nhiem, tin_nhiem_thap or their labels), and, as asked, each such line is "
        "counted invalid for that person: 'x' (lines 2, 3, 4, 5, 6 and 2 more); 'a' (line 9); "
        "'b' (line 10); 'c' (line 11); 'd' (line 12); 'e' (line 13); 'f' (line 14); "
        "'Tín nhiệm  cao  nhưng còn phải xe…' (line 15); and 3 more cells with other "
        "marks\n");
    ck_assert_uint_eq(yk_ballot_coder_errors(c), 0);
    /* The next file starts with no notes. */
    e.out[0] = '\0';
    r = row_of(f, 2, head, 1);
    ck_assert_int_eq(yk_ballot_coder_header(c, &r), YK_OK);
    ck_assert_int_eq(yk_ballot_coder_end(c), YK_OK);
    ck_assert_str_eq(e.out, "");
    yk_ballot_coder_free(c);
    yk_form_free(form);
}
END_TEST

/* A mark that folds onto two levels is no level: "Tăm" could be "Tạm" or
 * "Tám"; "TẠM" differs from "Tạm" by case only, "Tam" from the code "tam". */
START_TEST(test_coder_loose_ambiguous)
{
    yk_form *form = form_of("type,name,label\nselect_one m,p01,A\n",
                            "list_name,name,label,value\nm,cao,Cao,3\nm,tam,Tạm,2\n"
                            "m,tam2,Tám,1\n");
    yk_ballot_options o = { "form", NULL, NULL, NULL, 0, 0 };
    events e = { "" };
    yk_ballot_coder *c;
    ck_assert_int_eq(yk_ballot_coder_new(form, &o, on_diag, &e, &c), YK_OK);
    static const char *const head[] = { "p01" };
    static const struct { const char *cell; yk_mark mark; } cases[] = {
        { "Tạm", T }, { "TẠM", T }, { "Tám", L }, { "tam", T }, { "Tam", T },
        { "Tăm", BAD }, { "CAO", H },
    };
    yk_field f[1];
    const yk_ballot *b;
    yk_row r = row_of(f, 1, head, 1);
    ck_assert_int_eq(yk_ballot_coder_header(c, &r), YK_OK);
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        const char *cells[] = { cases[i].cell };
        r = row_of(f, 1, cells, 2 + i);
        ck_assert_int_eq(yk_ballot_coder_row(c, &r, &b), YK_OK);
        ck_assert_msg(b->marks[0] == cases[i].mark, "%s: %d", cases[i].cell, b->marks[0]);
    }
    ck_assert_int_eq(yk_ballot_coder_end(c), YK_OK);
    ck_assert_str_eq(e.out,
        "poll-unknown-mark@0:0 1 mark is no level of the form (codes cao, tam, tam2 or their "
        "labels): 'Tăm' (line 7)\n"
        "poll-loose-mark@0:0 3 marks match a level only when accents or case are ignored, "
        "and are read as that level: lines 3, 6, 8\n");
    yk_ballot_coder_free(c);
    yk_form_free(form);
}
END_TEST

static yk_status to_buf(void *ctx, const char *p, size_t n)
{
    return yk_buf_append(ctx, p, n);
}

/* A poll tally file holds the counts, reads back to them, and a file of
 * other persons or of counts that do not add up is refused at its line. */
START_TEST(test_poll_file)
{
    static const char *const persons[] = { "p01", "p02" };
    static const char *const others[] = { "p01", "p03" };
    yk_poll *p, *back;
    yk_buf b = { 0 };
    ck_assert_int_eq(yk_poll_new(2, &p), YK_OK);
    eight_ballots(p, 0, 8);
    ck_assert_int_eq(yk_poll_save(p, persons, (yk_output){ to_buf, &b }), YK_OK);
    ck_assert_int_eq(yk_buf_append(&b, "", 1), YK_OK);
    /* The hand count of eight_ballots: 8 returned, 5 valid, 3 invalid, 2
     * with a name added, 2 struck; p01: H H... see test_every_invalid_kind. */
    ck_assert_str_eq(b.data, "ykien-poll 1\npersons 2\nballots 8 5 3 2 2\n"
                             "p p01 1 1 1 0 1 1\np p02 1 1 2 1 0 0\nend\n");
    yk_memory m;
    yk_input in = yk_input_memory(&m, b.data, b.len - 1);
    ck_assert_int_eq(yk_poll_load("t.ykp", &in, persons, 2, NULL, NULL, &back), YK_OK);
    ck_assert_uint_eq(yk_poll_ballots_get(back)->valid, 5);
    ck_assert_uint_eq(yk_poll_person_get(back, 1)->level[YK_LEVEL_LOW], 2);
    ck_assert_int_eq(yk_poll_merge(back, p), YK_OK);
    ck_assert_uint_eq(yk_poll_ballots_get(back)->returned, 16);
    yk_poll_free(back);
    events e = { "" };
    in = yk_input_memory(&m, b.data, b.len - 1);
    ck_assert_int_eq(yk_poll_load("t.ykp", &in, others, 2, on_diag, &e, &back), YK_ERR_PARSE);
    ck_assert_ptr_null(back);
    ck_assert_str_eq(e.out, "poll-other-persons@5:0 the persons are not the form's, in its order\n");
    static const char *const bad[] = {
        "ykien-poll 1\npersons 2\nballots 8 5 3 2 2\np p01 1 1 1 0 1 2\n",
        "ykien-poll 1\npersons 2\nballots 8 6 3 2 2\n",
        "ykien-poll 1\npersons 2\nballots 8 5 3 2 2\np p01 1 1 1 0 1 1\np p02 1 1 2 1 0 0\n",
        "ykien-poll 9\n",
        "",
    };
    static const char *const kinds[] = { "poll-bad-count@4", "poll-bad-count@3",
                                         "poll-cut-short@6", "poll-not-a-tally@1",
                                         "poll-not-a-tally@0" };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        events f = { "" };
        in = yk_input_memory(&m, bad[i], strlen(bad[i]));
        ck_assert_int_eq(yk_poll_load("t.ykp", &in, persons, 2, on_diag, &f, &back), YK_ERR_PARSE);
        ck_assert_msg(strncmp(f.out, kinds[i], strlen(kinds[i])) == 0, "%zu: %s", i, f.out);
    }
    yk_buf_free(&b);
    yk_poll_free(p);
}
END_TEST

/* The .ykp grammar (issue 12, point 18): trailing blanks and CRLF are
 * accepted; a version must be a whole number; only blank lines may follow
 * `end`; blank lines before it are errors; every line is counted. */
START_TEST(test_poll_file_grammar)
{
    static const char *const persons[] = { "p01", "p02" };
    static const struct { const char *text; const char *want; } cases[] = {
        { "ykien-poll 1 \r\npersons 2\r\nballots 2 2 0 0 0\t\r\np p01 1 1 0 0 0 0\r\n"
          "p p02 2 0 0 0 0 0  \r\nend\r\n", "" },
        { "ykien-poll 1\npersons 2\nballots 2 2 0 0 0\np p01 1 1 0 0 0 0\n"
          "p p02 2 0 0 0 0 0\nend\n\n  \n", "" },
        { "ykien-poll 1xyz\npersons 2\nballots 2 2 0 0 0\np p01 1 1 0 0 0 0\n"
          "p p02 2 0 0 0 0 0\nend\n", "poll-not-a-tally@1" },
        { "ykien-poll 1.0\n", "poll-not-a-tally@1" },
        { "ykien-poll -1\n", "poll-not-a-tally@1" },
        { "ykien-poll 1\npersons 2x\n", "poll-other-persons@2" },
        { "ykien-poll 1\npersons 2\nballots 2 2 0 0 0 7\n", "poll-bad-count@3" },
        { "ykien-poll 1\npersons 2\nballots 2 2 0 0 0\np p01 1 1 0 0 0 0x\n", "poll-bad-count@4" },
        { "ykien-poll 1\npersons 2\nballots 2 2 0 0 0\np p01 1 1 0 0 0 0\n"
          "p p02 2 0 0 0 0 0\nend\nykien-poll 1\n", "poll-after-end@7" },
        { "ykien-poll 1\npersons 2\nballots 2 2 0 0 0\np p01 1 1 0 0 0 0\n"
          "p p02 2 0 0 0 0 0\nend\n\np p02 2 0 0 0 0 0\n", "poll-after-end@8" },
        { "ykien-poll 1\npersons 2\nballots 2 2 0 0 0\np p01 1 1 0 0 0 0\n"
          "p p02 2 0 0 0 0 0\nendx\n", "poll-cut-short@6" },
        { "ykien-poll 1\npersons 2\n\nballots 2 2 0 0 0\n", "poll-bad-count@3" },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        events e = { "" };
        yk_memory m;
        yk_poll *back = NULL;
        yk_input in = yk_input_memory(&m, cases[i].text, strlen(cases[i].text));
        yk_status st = yk_poll_load("t.ykp", &in, persons, 2, on_diag, &e, &back);
        ck_assert_msg(*cases[i].want ? st == YK_ERR_PARSE : st == YK_OK, "%zu: %s", i, e.out);
        ck_assert_msg(strncmp(e.out, cases[i].want, strlen(cases[i].want)) == 0, "%zu: %s", i,
                      e.out);
        if (!*cases[i].want)
            ck_assert_uint_eq(yk_poll_person_get(back, 1)->level[0], 2);
        yk_poll_free(back);
    }
}
END_TEST

/* A person's code of 3,000 characters is saved whole (no fixed line buffer)
 * and read back. */
START_TEST(test_poll_file_long_code)
{
    char code[3001];
    memset(code, 'x', sizeof code - 1);
    code[sizeof code - 1] = '\0';
    const char *const persons[] = { "p01", code };
    yk_poll *p = NULL, *back = NULL;
    yk_buf b = { 0 };
    ck_assert_int_eq(yk_poll_new(2, &p), YK_OK);
    ck_assert_int_eq(yk_poll_save(p, persons, (yk_output){ to_buf, &b }), YK_OK);
    ck_assert_uint_gt(b.len, 3000);
    yk_memory m;
    yk_input in = yk_input_memory(&m, b.data, b.len);
    ck_assert_int_eq(yk_poll_load("t.ykp", &in, persons, 2, NULL, NULL, &back), YK_OK);
    yk_poll_free(back);
    yk_poll_free(p);
    yk_buf_free(&b);
}
END_TEST

Suite *yk_suite_poll(void)
{
    
Suite *s = suite_create("poll");
    TCase *tc = tcase_create("poll");
    tcase_add_test(tc, test_every_invalid_kind);
    tcase_add_test(tc, test_poll_file_grammar);
    tcase_add_test(tc, test_poll_file_long_code);
    tcase_add_loop_test(tc, test_merge_halves, 0, 9);
    tcase_add_test(tc, test_new_limits);
    tcase_add_test(tc, test_percent);
    tcase_add_test(tc, test_coder_marks);
    tcase_add_test(tc, test_coder_added_option);
    tcase_add_test(tc, test_coder_missing_columns);
    tcase_add_test(tc, test_coder_columns);
    tcase_add_test(tc, test_coder_unknown_invalid);
    tcase_add_test(tc, test_coder_loose_ambiguous);
    tcase_add_test(tc, test_poll_file);
    tcase_add_loop_test(tc, test_coder_unfit_forms, 0, sizeof unfit / sizeof unfit[0]);
    suite_add_tcase(s, tc);
    return s;
}
