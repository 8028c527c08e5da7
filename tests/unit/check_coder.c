/* Coding responses: each case a small form, a data file, and the exact
 * events: diagnostics "!kind@LINE[:COL]" and responses "LINE: q=answer ...",
 * where a select_one shows its code, a select_multiple its chosen codes
 * joined by '+', a number %g, text as it is; missing answers are left
 * out and invalid ones shown as "q=?". */
#include <check.h>
#include <stdio.h>
#include <string.h>
#include "events.h"
#include "suites.h"
#include "yk_coder.h"

typedef struct {
    char out[4096];
    size_t len;
} events;

static void on_diag(void *ctx, const yk_diag *d)
{
    events *e = ctx;
    if (d->column)
        add(e, "!%s@%lu:%lu\n", d->kind, d->line, d->column);
    else
        add(e, "!%s@%lu\n", d->kind, d->line);
}

static void show_answer(events *e, const yk_question *q, const yk_answer *a)
{
    if (a->state == YK_ANSWER_MISSING || q->type == YK_Q_NOTE)
        return;
    if (a->state == YK_ANSWER_INVALID) {
        add(e, " %s=?", q->name);
        return;
    }
    add(e, " %s=", q->name);
    if (q->type == YK_Q_SELECT_ONE) {
        add(e, "%s", q->list->choices[a->choice].name);
    } else if (q->type == YK_Q_SELECT_MULTIPLE) {
        int first = 1;
        for (size_t i = 0; i < q->list->n; i++)
            if (a->chosen[i]) {
                add(e, "%s%s", first ? "" : "+", q->list->choices[i].name);
                first = 0;
            }
    } else if (q->type == YK_Q_INTEGER || q->type == YK_Q_DECIMAL) {
        add(e, "%g", a->number);
    } else {
        add(e, "%.*s", (int)a->text_len, a->text);
    }
}

typedef struct {
    const yk_form *form;
    yk_coder *coder;
    events *e;
} feed_ctx;

static int on_row(void *ctx, const yk_row *row)
{
    feed_ctx *f = ctx;
    const yk_response *r;
    if (row->number == 1) {
        ck_assert_int_eq(yk_coder_header(f->coder, row), YK_OK);
        return 0;
    }
    ck_assert_int_eq(yk_coder_row(f->coder, row, &r), YK_OK);
    if (!r)
        return 0;
    add(f->e, "%lu:", r->line);
    for (size_t q = 0; q < yk_form_n_questions(f->form); q++)
        show_answer(f->e, yk_form_question(f->form, q), &r->answers[q]);
    add(f->e, "\n");
    return 0;
}

/* Read a CSV text through the reader, into the coder. */
static void feed(feed_ctx *f, const char *source, const char *csv)
{
    yk_memory m;
    yk_input in = yk_input_memory(&m, csv, strlen(csv));
    yk_reader *r;
    yk_format fmt;
    ck_assert_int_eq(yk_reader_new(NULL, on_diag, f->e, &r), YK_OK);
    ck_assert_int_eq(yk_reader_sniff(r, source, &in, &fmt), YK_OK);
    ck_assert_int_eq(yk_reader_read(r, source, &in, &fmt, on_row, f), YK_OK);
    yk_reader_free(r);
}

static yk_form *load_form(const char *survey, const char *choices)
{
    yk_memory ms, mc;
    yk_input si = yk_input_memory(&ms, survey, strlen(survey));
    yk_input ci = yk_input_memory(&mc, choices, strlen(choices));
    yk_form_files files = { "survey.csv", "choices.csv", NULL, &si, &ci, NULL };
    yk_form *form = NULL;
    events e = { .len = 0 };
    yk_status st = yk_form_load(&files, on_diag, &e, &form);
    ck_assert_msg(st == YK_OK, "form: %s\n%s", yk_strerror(st), e.out);
    return form;
}

static const char survey_csv[] =
    "type,name,label,label::English,required,scale,min,max\n"
    "text,ma_phieu,Mã phiếu,Form number,,,,\n"
    "select_one don_vi,don_vi,Đơn vị,Unit,yes,,,\n"
    "begin group,tu_tuong,Tư tưởng,Ideology,,,,\n"
    "select_one dong_y,q1,Câu 1. Đạo đức tốt,Q1 good morals,,dao_duc,,\n"
    "select_one dong_y,q2,Câu 2. Lối sống lành mạnh,Q2 healthy life,,dao_duc,,\n"
    "select_one dong_y,q3,Câu 3. Gương mẫu,Q3 exemplary,,dao_duc,,\n"
    "select_multiple kenh,kenh,Kênh thông tin,News channels,,,,\n"
    "end group,,,,,,,\n"
    "integer,tuoi,Tuổi,Age,,,16,35\n"
    "decimal,diem,Điểm,Score,,,0,10\n"
    "text,gop_y,Góp ý,Comments,,,,\n";

static const char choices_csv[] =
    "list_name,name,label,label::English,not_opinion,aliases\n"
    "don_vi,hon_dat,Hòn Đất,Hon Dat district,,Hon Dat|H. Hòn Đất\n"
    "don_vi,ha_tien,Thành đoàn Hà Tiên,Ha Tien,,TX Hà Tiên|Thị đoàn Hà Tiên\n"
    "dong_y,1,Hoàn toàn không đồng ý,Strongly disagree,,\n"
    "dong_y,2,Không đồng ý,Disagree,,\n"
    "dong_y,3,Phân vân,Unsure,,\n"
    "dong_y,4,Đồng ý,Agree,,\n"
    "dong_y,5,Hoàn toàn đồng ý,Strongly agree,,\n"
    "dong_y,kho,Khó trả lời,Hard to say,yes,\n"
    "kenh,bao_in,\"Báo in, tạp chí\",Print press,,\n"
    "kenh,tv,Truyền hình,Television,,\n"
    "kenh,mxh,Mạng xã hội,Social media,,\n"
    "kenh,bao,Báo điện tử,Online news,,\n";

typedef struct {
    const char *name;
    const char *data;
    const char *events;
} coder_case;

static const coder_case cases[] = {
    { "kobo codes and group paths",
      "ma_phieu,don_vi,tu_tuong/q1,tu_tuong/q2,tu_tuong/q3,tu_tuong/kenh,tuoi,diem,gop_y,_id,_uuid\n"
      "A1,hon_dat,4,5,4,bao_in mxh,19,\"7,5\",tốt,17,x\n",
      "2: ma_phieu=A1 don_vi=hon_dat q1=4 q2=5 q3=4 kenh=bao_in+mxh tuoi=19 diem=7.5 gop_y=tốt\n" },
    { "google forms: question text, labels, longest label first",
      "Dấu thời gian,Đơn vị,Câu 1. Đạo đức tốt,Câu 2. Lối sống lành mạnh,"
      "Câu 3. Gương mẫu,Kênh thông tin,Tuổi\n"
      "2014/05/01 10:00,TX Hà Tiên,Đồng ý,Phân vân,Khó trả lời,"
      "\"Báo in, tạp chí, Mạng xã hội\",20\n",
      "2: don_vi=ha_tien q1=4 q2=3 q3=kho kenh=bao_in+mxh tuoi=20\n" },
    { "kobo 0/1 columns",
      "don_vi,tu_tuong/kenh/bao_in,tu_tuong/kenh/tv,tu_tuong/kenh/mxh,tu_tuong/kenh/bao\n"
      "hon_dat,1,0,1,0\n",
      "2: don_vi=hon_dat kenh=bao_in+mxh\n" },
    { "case, NFD, English labels, aliases, ';' lists",
      "don_vi,q1,q2,kenh\n"
      "HO\xCC\x80N \xC4\x90\xC3\x82\xCC\x81T,strongly agree,  Agree ,Truyền hình; báo điện tử\n"
      "Thị đoàn Hà Tiên,AGREE,unsure,tv\n",
      "2: don_vi=hon_dat q1=5 q2=4 kenh=tv+bao\n"
      "3: don_vi=ha_tien q1=4 q2=3 kenh=tv\n" },
    { "answers that are not on the form",
      "don_vi,q1,q2,tuoi,diem,kenh\n"
      "Hòn Đát,6,Rất đồng ý,\"4,5\",11,\"Báo in, Radio\"\n"
      "Hon Dat,4,4,150,abc,tv\n",
      "!unknown-unit@2:1\n!answer-out-of-range@2:2\n!unknown-answer@2:3\n"
      "!not-an-integer@2:4\n!answer-out-of-range@2:5\n!unknown-answer@2:6\n"
      "2: don_vi=? q1=? q2=? kenh=? tuoi=? diem=?\n"
      "!answer-out-of-range@3:4\n!not-a-number@3:5\n"
      "3: don_vi=hon_dat q1=4 q2=4 kenh=tv tuoi=? diem=?\n" },
    { "numbers: signs, leading zeros, decimal marks, long ones",
      "don_vi,tuoi,diem\n"
      "hon_dat,+20,-0\nhon_dat,035,\"9,25\"\nhon_dat, 16 ,10.0\n"
      "hon_dat,17,0000000000000000000001\n",
      "2: don_vi=hon_dat tuoi=20 diem=-0\n3: don_vi=hon_dat tuoi=35 diem=9.25\n"
      "4: don_vi=hon_dat tuoi=16 diem=10\n5: don_vi=hon_dat tuoi=17 diem=1\n" },
    { "columns that match nothing",
      "don_vi,q1,Cột lạ,Kênh tin\nhon_dat,4,x,tv\n",
      "!column-unmatched@1:3\n!column-unmatched@1:4\n"
      "2: don_vi=hon_dat q1=4\n" },
    /* The only required question (the unit) has no column: under half. */
    { "a file whose header matches too little is not read",
      "Câu 1,Câu 2,Kênh tin\n4,x,tv\n5,4,tv\n",
      "!columns-unmatched@1\n" },
    { "blank and totals rows are not responses",
      "don_vi,q1,tuoi\nhon_dat,4,20\n,,\nTổng cộng,4,20\n",
      "2: don_vi=hon_dat q1=4 tuoi=20\n!blank-row@3\n!totals-row@4\n" },
    /* A 3-item scale answered alike is no straight-lining (5 items at
     * least); identical answers of other ids on a 5-answer form are
     * counted without a word; a repeated id with other answers is an
     * error, with the same answers a double submission, left out. */
    { "duplicate ids, double submissions, short forms",
      "ma_phieu,don_vi,q1,q2,q3,tuoi\n"
      "A1,hon_dat,4,4,4,20\n"
      "A2,hon_dat,2,3,4,21\n"
      "A1,ha_tien,1,2,3,22\n"
      "A3,hon_dat,2,3,4,21\n"
      "A2,hon_dat,2,3,4,21\n",
      "2: ma_phieu=A1 don_vi=hon_dat q1=4 q2=4 q3=4 tuoi=20\n"
      "3: ma_phieu=A2 don_vi=hon_dat q1=2 q2=3 q3=4 tuoi=21\n"
      "!duplicate-id@4\n4: ma_phieu=A1 don_vi=ha_tien q1=1 q2=2 q3=3 tuoi=22\n"
      "5: ma_phieu=A3 don_vi=hon_dat q1=2 q2=3 q3=4 tuoi=21\n"
      "!double-submission@6\n" },
    /* Answers coded once are remembered; the same answers again must code
     * the same, and problems must be said again on their rows. */
    { "repeated answers, repeated problems",
      "don_vi,q1,kenh\n"
      "Tân Hiệp,4,tv mxh\nTân Hiệp,4,tv mxh\n"
      "Hòn Đất,4,\"Báo in, tạp chí, Radio\"\nHòn Đất,4,\"Báo in, tạp chí, Radio\"\n"
      "Hòn Đất,4,Truyền hình;bao\nhon_dat, 5 ,Truyền hình;bao\n",
      "!unknown-unit@2:1\n2: don_vi=? q1=4 kenh=tv+mxh\n"
      "!unknown-unit@3:1\n3: don_vi=? q1=4 kenh=tv+mxh\n"
      "!unknown-answer@4:3\n4: don_vi=hon_dat q1=4 kenh=?\n"
      "!unknown-answer@5:3\n5: don_vi=hon_dat q1=4 kenh=?\n"
      "6: don_vi=hon_dat q1=4 kenh=tv+bao\n7: don_vi=hon_dat q1=5 kenh=tv+bao\n" },
};

START_TEST(test_coder_case)
{
    const coder_case *c = &cases[_i];
    events e = { .len = 0 };
    yk_form *form = load_form(survey_csv, choices_csv);
    yk_coder_options opt = { .unit = "don_vi", .id = "ma_phieu" };
    feed_ctx f = { form, NULL, &e };
    ck_assert_int_eq(yk_coder_new(form, &opt, on_diag, &e, &f.coder), YK_OK);
    feed(&f, "d.csv", c->data);
    ck_assert_msg(strcmp(e.out, c->events) == 0, "case '%s': got\n%s\nwant\n%s",
                  c->name, e.out, c->events);
    yk_coder_free(f.coder);
    yk_form_free(form);
}
END_TEST

/* Ids and answers are compared within a round, across its files. */
START_TEST(test_coder_rounds)
{
    events e = { .len = 0 };
    yk_form *form = load_form(survey_csv, choices_csv);
    yk_coder_options opt = { .unit = "don_vi", .id = "ma_phieu" };
    feed_ctx f = { form, NULL, &e };
    ck_assert_int_eq(yk_coder_new(form, &opt, on_diag, &e, &f.coder), YK_OK);
    feed(&f, "a.csv", "ma_phieu,don_vi,q1\nA1,hon_dat,4\n");
    feed(&f, "b.csv", "ma_phieu,don_vi,q1\nA1,hon_dat,3\n");
    yk_coder_new_round(f.coder);
    feed(&f, "c.csv", "ma_phieu,don_vi,q1\nA1,hon_dat,3\n");
    ck_assert_str_eq(e.out, "2: ma_phieu=A1 don_vi=hon_dat q1=4\n"
                            "!duplicate-id@2\n2: ma_phieu=A1 don_vi=hon_dat q1=3\n"
                            "2: ma_phieu=A1 don_vi=hon_dat q1=3\n");
    const yk_coder_stats *st = yk_coder_stats_get(f.coder);
    ck_assert_uint_eq(st->responses, 3);
    ck_assert_uint_eq(st->with_errors, 1);
    yk_coder_free(f.coder);
    yk_form_free(form);
}
END_TEST

/* Headers: Kobo label exports whose labels hold '/', header aliases,
 * and files whose header matches too little to be read. */
static const char headers_survey[] =
    "type,name,label,required\n"
    "select_one dv,don_vi,Đơn vị,\n"
    "begin group,g,I. Tư tưởng/chính trị,\n"
    "select_one tin,q1,Anh/chị tin tưởng?,yes\n"
    "select_one tin,q2,Anh/chị hài lòng?,yes\n"
    "select_multiple kenh,kenh,Anh/chị đọc gì?,\n"
    "end group,,,\n"
    "integer,q3,Tuổi,yes\n";
static const char headers_choices[] =
    "list_name,name,label\n"
    "dv,hd,Hòn Đất\n"
    "tin,4,Rất tin tưởng\ntin,3,Tin tưởng\ntin,2,Chưa tin\ntin,1,Không tin\n"
    "kenh,bao,Báo in\nkenh,tv,Truyền hình/phát thanh\n";

typedef struct {
    const char *name;
    const yk_column_alias *aliases;
    size_t n_aliases;
    const char *data;
    const char *events;
    unsigned long rows_unread;
} header_case;

static const yk_column_alias cau[] = { { "Câu 1", "q1" }, { " câu  2 ", "g/q2" } };

static const header_case header_cases[] = {
    { "kobo labels: '/' in group and question labels", NULL, 0,
      "I. Tư tưởng/chính trị/Anh/chị tin tưởng?,I. Tư tưởng/chính trị/Anh/chị hài lòng?,"
      "II/Tuổi,I. Tư tưởng/chính trị/Anh/chị đọc gì?/Báo in,"
      "I. Tư tưởng/chính trị/Anh/chị đọc gì?/Truyền hình/phát thanh\n"
      "Rất tin tưởng,Chưa tin,19,0,1\n",
      "2: q1=4 q2=2 kenh=tv q3=19\n", 0 },
    { "kobo names: group paths", NULL, 0,
      "g/q1,g/q2,q3,g/kenh/bao,g/kenh/tv\n3,1,20,1,1\n",
      "2: q1=3 q2=1 kenh=bao+tv q3=20\n", 0 },
    { "a group label this form lacks: what follows a '/'", NULL, 0,
      "Phần 1/Anh/chị tin tưởng?,Phần 1/Anh/chị hài lòng?,Tuổi\n4,4,30\n",
      "2: q1=4 q2=4 q3=30\n", 0 },
    { "aliases map headers; 2 of 3 required found: read", cau, 2,
      "Câu 1,Câu 2,Câu 3\n4,3,22\n",
      "!column-unmatched@1:3\n!column-missing@1\n2: q1=4 q2=3\n", 0 },
    { "no alias: nothing matches, nothing read", NULL, 0,
      "Câu 1,Câu 2,Câu 3\n4,3,22\n1,1,1\n",
      "!columns-unmatched@1\n", 2 },
    { "the unit only: not read", NULL, 0,
      "Đơn vị,Câu 1,Câu 2\nHòn Đất,4,3\n",
      "!columns-unmatched@1\n", 1 },
    { "1 of 3 required found: not read", NULL, 0,
      "q1,Câu 2,Câu 3\n4,3,22\n",
      "!columns-unmatched@1\n", 1 },
};

START_TEST(test_coder_headers)
{
    const header_case *c = &header_cases[_i];
    events e = { .len = 0 };
    yk_form *form = load_form(headers_survey, headers_choices);
    yk_coder_options opt = { .unit = "don_vi", .columns = c->aliases,
                             .n_columns = c->n_aliases };
    feed_ctx f = { form, NULL, &e };
    ck_assert_int_eq(yk_coder_new(form, &opt, on_diag, &e, &f.coder), YK_OK);
    feed(&f, "d.csv", c->data);
    ck_assert_msg(strcmp(e.out, c->events) == 0, "case '%s': got\n%s\nwant\n%s",
                  c->name, e.out, c->events);
    const yk_coder_stats *st = yk_coder_stats_get(f.coder);
    ck_assert_uint_eq(st->rows_unread, c->rows_unread);
    ck_assert_uint_eq(st->files_unmatched, c->rows_unread > 0);
    yk_coder_free(f.coder);
    yk_form_free(form);
}
END_TEST

/* An alias of a question the form lacks is refused. */
START_TEST(test_coder_bad_alias)
{
    events e = { .len = 0 };
    yk_form *form = load_form(headers_survey, headers_choices);
    static const yk_column_alias bad[] = { { "Câu 1", "q9" } };
    yk_coder_options opt = { .columns = bad, .n_columns = 1 };
    yk_coder *coder = NULL;
    ck_assert_int_eq(yk_coder_new(form, &opt, on_diag, &e, &coder), YK_ERR_ARGUMENT);
    ck_assert_ptr_null(coder);
    yk_form_free(form);
}
END_TEST

/* Feed data to a fresh coder with opt; the events, and the stats in *st. */
static void run_coder(const char *survey, const char *choices, const yk_coder_options *opt,
                      const char *data, events *e, yk_coder_stats *st)
{
    yk_form *form = load_form(survey, choices);
    feed_ctx f = { form, NULL, e };
    ck_assert_int_eq(yk_coder_new(form, opt, on_diag, e, &f.coder), YK_OK);
    feed(&f, "d.csv", data);
    *st = *yk_coder_stats_get(f.coder);
    yk_coder_free(f.coder);
    yk_form_free(form);
}

/* The same id and the same answers: counted once (or twice when asked);
 * the stats say how many rows were read, counted and left out. */
START_TEST(test_coder_double_submission)
{
    static const char data[] = "ma_phieu,don_vi,q1,q2\nA1,hon_dat,4,5\n"
                               "A1,hon_dat,4,5\n,,,\nA2,xyz,4,5\n";
    events e = { .len = 0 };
    yk_coder_stats st;
    yk_coder_options opt = { .unit = "don_vi", .id = "ma_phieu" };
    run_coder(survey_csv, choices_csv, &opt, data, &e, &st);
    ck_assert_str_eq(e.out, "2: ma_phieu=A1 don_vi=hon_dat q1=4 q2=5\n"
                            "!double-submission@3\n!blank-row@4\n"
                            "!unknown-unit@5:2\n5: ma_phieu=A2 don_vi=? q1=4 q2=5\n");
    /* 4 rows = 2 counted + 1 double + 1 blank; 1 without a unit. */
    ck_assert_uint_eq(st.rows, 4);
    ck_assert_uint_eq(st.responses, 2);
    ck_assert_uint_eq(st.skipped, 2);
    ck_assert_uint_eq(st.doubles, 1);
    ck_assert_uint_eq(st.blank, 1);
    ck_assert_uint_eq(st.no_unit, 1);
    ck_assert_uint_eq(st.file_errors, 0);

    events kept = { .len = 0 };
    opt.keep_duplicates = 1;
    run_coder(survey_csv, choices_csv, &opt, data, &kept, &st);
    ck_assert_str_eq(kept.out, "2: ma_phieu=A1 don_vi=hon_dat q1=4 q2=5\n"
                               "!double-submission@3\n3: ma_phieu=A1 don_vi=hon_dat q1=4 q2=5\n"
                               "!blank-row@4\n"
                               "!unknown-unit@5:2\n5: ma_phieu=A2 don_vi=? q1=4 q2=5\n");
    ck_assert_uint_eq(st.responses, 3);
    ck_assert_uint_eq(st.skipped, 1);
    ck_assert_uint_eq(st.doubles, 1);

    /* --no-duplicates: nothing compared, nothing kept in memory. */
    events none = { .len = 0 };
    opt.keep_duplicates = 0;
    opt.no_duplicates = 1;
    run_coder(survey_csv, choices_csv, &opt, data, &none, &st);
    ck_assert_uint_eq(st.responses, 3);
    ck_assert_uint_eq(st.doubles, 0);
}
END_TEST

/* Without an id question: Kobo's _uuid, else the submission time, ties
 * rows; identical answers under another _uuid are two people. */
START_TEST(test_coder_double_submission_kobo_and_google)
{
    events e = { .len = 0 };
    yk_coder_stats st;
    yk_coder_options opt = { .unit = "don_vi" };
    run_coder(survey_csv, choices_csv, &opt,
              "don_vi,q1,_submission_time,_uuid\n"
              "hon_dat,4,2014-05-01T10:00,u1\n"
              "hon_dat,4,2014-05-01T10:00,u2\n"
              "hon_dat,4,2014-05-01T10:05,u1\n"
              "hon_dat,3,2014-05-01T10:06,u1\n", &e, &st);
    /* Row 4 repeats u1 and the answers (its time differs: the _uuid
     * decides); row 5 repeats u1 with another answer: not a double. */
    ck_assert_str_eq(e.out, "2: don_vi=hon_dat q1=4\n3: don_vi=hon_dat q1=4\n"
                            "!double-submission@4\n5: don_vi=hon_dat q1=3\n");
    ck_assert_uint_eq(st.doubles, 1);

    events g = { .len = 0 };
    run_coder(survey_csv, choices_csv, &opt,
              "Dấu thời gian,Đơn vị,Câu 1. Đạo đức tốt\n"
              "2014/05/01 10:00:01,Hòn Đất,Đồng ý\n"
              "2014/05/01 10:00:02,Hòn Đất,Đồng ý\n"
              "2014/05/01 10:00:01,Hòn Đất,Đồng ý\n", &g, &st);
    ck_assert_str_eq(g.out, "2: don_vi=hon_dat q1=4\n3: don_vi=hon_dat q1=4\n"
                            "!double-submission@4\n");

    /* Nothing ties the rows: identical answers on a short form are
     * counted, without a warning. */
    events n = { .len = 0 };
    run_coder(survey_csv, choices_csv, &opt, "don_vi,q1,q2,q3\nhon_dat,4,4,3\nhon_dat,4,4,3\n",
              &n, &st);
    ck_assert_str_eq(n.out, "2: don_vi=hon_dat q1=4 q2=4 q3=3\n3: don_vi=hon_dat q1=4 q2=4 q3=3\n");
    ck_assert_uint_eq(st.responses, 2);
    ck_assert_uint_eq(st.warnings, 0);
}
END_TEST

/* A long form: 10 answers or more besides the unit make a coincidence
 * unlikely, so identical answers are flagged (and counted); a 5-item
 * scale answered alike is straight-lining; the minimum is settable. */
static const char long_survey[] =
    "type,name,label,scale\n"
    "select_one don_vi,don_vi,Đơn vị,\n"
    "select_one d,a1,A1,s\nselect_one d,a2,A2,s\nselect_one d,a3,A3,s\n"
    "select_one d,a4,A4,s\nselect_one d,a5,A5,s\n"
    "select_one d,b1,B1,t\nselect_one d,b2,B2,t\nselect_one d,b3,B3,t\n"
    "select_one d,c1,C1,\nselect_one d,c2,C2,\n";
static const char long_choices[] =
    "list_name,name,label\ndon_vi,hd,Hòn Đất\n"
    "d,1,Một\nd,2,Hai\nd,3,Ba\nd,4,Bốn\nd,5,Năm\n";

START_TEST(test_coder_long_form)
{
    static const char data[] =
        "don_vi,a1,a2,a3,a4,a5,b1,b2,b3,c1,c2\n"
        "hd,4,4,4,4,4,2,2,2,1,5\n"
        "hd,1,2,3,4,5,1,2,3,4,5\n"
        "hd,1,2,3,4,5,1,2,3,4,5\n"
        "hd,1,2,3,4,5,1,2,3,4,\n"
        "hd,1,2,3,4,5,1,2,3,4,\n";
    events e = { .len = 0 };
    yk_coder_stats st;
    yk_coder_options opt = { .unit = "don_vi" };
    run_coder(long_survey, long_choices, &opt, data, &e, &st);
    ck_assert_str_eq(e.out,
        "!straight-lining@2\n2: don_vi=hd a1=4 a2=4 a3=4 a4=4 a5=4 b1=2 b2=2 b3=2 c1=1 c2=5\n"
        "3: don_vi=hd a1=1 a2=2 a3=3 a4=4 a5=5 b1=1 b2=2 b3=3 c1=4 c2=5\n"
        "!possible-duplicate@4\n4: don_vi=hd a1=1 a2=2 a3=3 a4=4 a5=5 b1=1 b2=2 b3=3 c1=4 c2=5\n"
        "5: don_vi=hd a1=1 a2=2 a3=3 a4=4 a5=5 b1=1 b2=2 b3=3 c1=4\n"
        "6: don_vi=hd a1=1 a2=2 a3=3 a4=4 a5=5 b1=1 b2=2 b3=3 c1=4\n");
    ck_assert_uint_eq(st.responses, 5);

    events three = { .len = 0 };
    opt.straight_min = 3;
    run_coder(long_survey, long_choices, &opt, "don_vi,a1,a2,a3,a4,a5,b1,b2,b3\n"
              "hd,4,4,4,4,4,2,2,2\n", &three, &st);
    ck_assert_str_eq(three.out, "!straight-lining@2\n!straight-lining@2\n"
                     "2: don_vi=hd a1=4 a2=4 a3=4 a4=4 a5=4 b1=2 b2=2 b3=2\n");
}
END_TEST

/* A header's errors are the file's, not a row's. */
START_TEST(test_coder_file_errors)
{
    events e = { .len = 0 };
    yk_coder_stats st;
    yk_coder_options opt = { .unit = "don_vi", .id = "ma_phieu" };
    run_coder(survey_csv, choices_csv, &opt, "q1\n4\n9\n", &e, &st);
    /* don_vi, the one required question, has no column: the file cannot
     * be read (columns-unmatched), a file's error; its rows are unread. */
    ck_assert_uint_eq(st.file_errors, 1);
    ck_assert_uint_eq(st.errors, 1);
    ck_assert_uint_eq(st.rows_unread, 2);
    ck_assert_uint_eq(st.responses, 0);

    /* With don_vi there the file is read, and 9 is a row's error. */
    events e2 = { .len = 0 };
    run_coder(survey_csv, choices_csv, &opt, "don_vi,q1\nhon_dat,4\nhon_dat,9\n", &e2, &st);
    ck_assert_uint_eq(st.errors, 1);
    ck_assert_uint_eq(st.with_errors, 1);
    ck_assert_uint_eq(st.rows_unread, 0);
}
END_TEST

Suite *yk_suite_coder(void)
{
    Suite *s = suite_create("coder");
    TCase *tc = tcase_create("coder");
    tcase_add_loop_test(tc, test_coder_case, 0, sizeof cases / sizeof cases[0]);
    tcase_add_test(tc, test_coder_rounds);
    tcase_add_loop_test(tc, test_coder_headers, 0, sizeof header_cases / sizeof header_cases[0]);
    tcase_add_test(tc, test_coder_bad_alias);
    tcase_add_test(tc, test_coder_double_submission);
    tcase_add_test(tc, test_coder_double_submission_kobo_and_google);
    tcase_add_test(tc, test_coder_long_form);
    tcase_add_test(tc, test_coder_file_errors);
    suite_add_tcase(s, tc);
    return s;
}
