/* The data-entry workbook: its sheets, header, drop-downs and codes, read
 * back from the zip with libzip. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <zip.h>
#include "suites.h"
#include "yk_entry_sheet.h"

/* 2023-11-14T22:13:20Z (date -u -d @1700000000). */
static const time_t CREATED = 1700000000;

/* A survey with every kind of column: a note and a calculate (no column),
 * a group (its path is not the header: the name is), a unit, a select_one
 * whose code has "_x" in it, a select_multiple, bounded and unbounded
 * numbers, text. */
static const char *const SURVEY =
    "type,name,label,label::English,min,max\n"
    "note,intro,Xin chào,Hello,,\n"
    "select_one don_vi,don_vi,Đơn vị,Unit,,\n"
    "begin group,g,Nhóm,Group,,\n"
    "select_one dong_y,q1,Câu 1,Question 1,,\n"
    "select_multiple kenh,kenh,Kênh,Channels,,\n"
    "end group,,,,,\n"
    "integer,tuoi,Tuổi,Age,16,35\n"
    "integer,so_con,Số con,Children,0,\n"
    "decimal,diem,Điểm,Score,,\n"
    "calculate,tong,,,,\n"
    "text,gop_y,Góp ý,Comments,,\n";
static const char *const CHOICES =
    "list_name,name,label,label::English\n"
    "dong_y,1,Không đồng ý,Disagree\n"
    "dong_y,2,Đồng ý,Agree\n"
    "kenh,bao_in,Báo in,Print\n"
    "kenh,mang_xa_hoi,Mạng xã hội,Social media\n"
    "kenh,tv,Truyền hình,TV\n"
    "don_vi,hon_dat,Hòn Đất,Hon Dat\n"
    "don_vi,ha_tien,Hà Tiên,Ha Tien\n";
static const char *const SETTINGS =
    "form_title,form_id,version,default_language\n"
    "Phiếu thử,thu,1,vi\n";

/* A poll's ballot: a number, two persons, a column of added names. */
static const char *const BALLOT =
    "type,name,label,hint\n"
    "integer,so_phieu,Số phiếu,\n"
    "select_one muc,p01,Trần Văn A,Bí thư\n"
    "select_one muc,p02,Lê Thị B,Phó Bí thư\n"
    "text,ghi_them,Tên ghi thêm,\n";
static const char *const LEVELS =
    "list_name,name,label,value\n"
    "muc,cao,Tín nhiệm cao,3\n"
    "muc,tn,Tín nhiệm,2\n"
    "muc,thap,Tín nhiệm thấp,1\n";

static yk_form *load(const char *survey, const char *choices, const char *settings)
{
    yk_memory m[3];
    const char *s = settings ? settings : "";
    yk_input in[3] = { yk_input_memory(&m[0], survey, strlen(survey)),
                       yk_input_memory(&m[1], choices, strlen(choices)),
                       yk_input_memory(&m[2], s, strlen(s)) };
    yk_form_files f = { "survey", "choices", "settings", &in[0], &in[1],
                        settings ? &in[2] : NULL };
    yk_form *form = NULL;
    ck_assert_int_eq(yk_form_load(&f, NULL, NULL, &form), YK_OK);
    return form;
}

static char *temp_path(const char *name)
{
    char *path = malloc(256);
    const char *dir = getenv("TMPDIR");
    snprintf(path, 256, "%s/ykien-unit-%ld-%s", dir && *dir ? dir : "/tmp", (long)getpid(),
             name);
    return path;
}

/* The member of the workbook at path, as a new string. */
static char *member(const char *path, const char *name)
{
    int err;
    zip_t *z = zip_open(path, ZIP_RDONLY, &err);
    zip_stat_t st;
    ck_assert_ptr_nonnull(z);
    ck_assert_int_eq(zip_stat(z, name, 0, &st), 0);
    zip_file_t *f = zip_fopen(z, name, 0);
    char *s = malloc(st.size + 1);
    ck_assert_ptr_nonnull(f);
    ck_assert_int_eq(zip_fread(f, s, st.size), (zip_int64_t)st.size);
    s[st.size] = '\0';
    zip_fclose(f);
    zip_close(z);
    return s;
}

/* Shared string i of the workbook's table (libxlsxwriter writes
 * <si><t>text</t></si>, or <t xml:space="preserve">), as a new string. */
static char *shared(const char *strings, long i)
{
    const char *p = strings;
    for (long k = 0; p && k <= i; k++)
        p = strstr(p + 1, "<si>");
    ck_assert_ptr_nonnull(p);
    p = strchr(strstr(p, "<t"), '>') + 1;
    return strndup(p, (size_t)(strstr(p, "</t>") - p));
}

/* Row 1 of sheet: its cells' texts joined by ',' (escapes left as written). */
static char *header(const char *sheet, const char *strings)
{
    const char *row = strstr(sheet, "<row r=\"1\""), *end = strstr(row, "</row>");
    char *out = calloc(1, 4096);
    for (const char *v = strstr(row, "<v>"); v && v < end; v = strstr(v + 1, "<v>")) {
        char *s = shared(strings, strtol(v + 3, NULL, 10));
        if (*out)
            strcat(out, ",");
        strcat(out, s);
        free(s);
    }
    return out;
}

/* The dataValidation element whose sqref is ref, as a new string. */
static char *validation(const char *sheet, const char *ref)
{
    char key[64];
    snprintf(key, sizeof key, "sqref=\"%s\"", ref);
    const char *at = strstr(sheet, key);
    if (!at)
        return NULL;
    while (at > sheet && strncmp(at, "<dataValidation ", 16) != 0)
        at--;
    const char *end = strstr(at, "</dataValidation>"), *self = strstr(at, "/>");
    const char *close = strchr(at, '>');
    size_t len = self && self < close + 1 ? (size_t)(self - at + 2)
                                          : (size_t)(end - at + strlen("</dataValidation>"));
    return strndup(at, len);
}

static char *write_book(const yk_form *form, const char *name, const yk_entry_opts *o)
{
    char *path = temp_path(name);
    ck_assert_int_eq(yk_entry_sheet_write(form, path, o), YK_OK);
    return path;
}

START_TEST(test_sheets_and_header)
{
    yk_form *form = load(SURVEY, CHOICES, SETTINGS);
    yk_entry_opts o = { .created = CREATED, .version = "9.9", .unit = "don_vi" };
    char *path = write_book(form, "header.xlsx", &o);
    char *book = member(path, "xl/workbook.xml");
    /* The entry sheet first (the one check and import read), then codes,
     * then instructions. */
    const char *entry = strstr(book, "<sheet name=\"Nhập liệu\"");
    const char *codes = strstr(book, "<sheet name=\"Mã trả lời\"");
    const char *guide = strstr(book, "<sheet name=\"Hướng dẫn\"");
    ck_assert(entry && codes && guide && entry < codes && codes < guide);
    char *sheet = member(path, "xl/worksheets/sheet1.xml");
    char *strings = member(path, "xl/sharedStrings.xml");
    char *names = header(sheet, strings);
    /* One column per question that holds an answer, by name: no note, no
     * calculate, no group path; select_multiple one column. */
    ck_assert_str_eq(names, "don_vi,q1,kenh,tuoi,so_con,diem,gop_y");
    /* Bold and frozen. */
    ck_assert_ptr_nonnull(strstr(sheet, "<pane ySplit=\"1\" topLeftCell=\"A2\""));
    /* Each header's label (the default language, vi: the plain label) as
     * its comment. */
    char *comments = member(path, "xl/comments1.xml");
    ck_assert_ptr_nonnull(strstr(comments, "<t>Câu 1</t>"));
    ck_assert_ptr_nonnull(strstr(comments, "Đơn vị"));
    ck_assert_ptr_null(strstr(comments, "Question 1"));
    free(comments);
    free(names);
    free(strings);
    free(sheet);
    free(book);
    unlink(path);
    free(path);
    yk_form_free(form);
}
END_TEST

START_TEST(test_drop_downs)
{
    yk_form *form = load(SURVEY, CHOICES, SETTINGS);
    yk_entry_opts o = { .created = CREATED, .rows = 50 };
    char *path = write_book(form, "drops.xlsx", &o);
    char *sheet = member(path, "xl/worksheets/sheet1.xml");
    /* Codes sheet rows (1-based): header 1; dong_y 2-3, kenh 4-6,
     * don_vi 7-8, in the order choices.csv names the lists. */
    char *unit = validation(sheet, "A2:A51"), *q1 = validation(sheet, "B2:B51");
    ck_assert_ptr_nonnull(unit);
    ck_assert_ptr_nonnull(strstr(unit, "type=\"list\""));
    ck_assert_ptr_nonnull(strstr(unit, "<formula1>'Mã trả lời'!$B$7:$B$8</formula1>"));
    ck_assert_ptr_nonnull(strstr(q1, "<formula1>'Mã trả lời'!$B$2:$B$3</formula1>"));
    ck_assert_ptr_null(strstr(q1, "errorStyle"));       /* a stop */
    ck_assert_ptr_nonnull(strstr(q1, "errorTitle=\"Mã không có trong danh sách\""));
    /* select_multiple: no list, its codes in the message ("_x" escaped). */
    char *kenh = validation(sheet, "C2:C51");
    ck_assert_ptr_null(strstr(kenh, "type=\"list\""));
    ck_assert_ptr_nonnull(strstr(kenh, "bao_in mang_x005F_xa_hoi tv"));
    /* integer 16..35; integer from 0; decimal with no bounds. */
    char *tuoi = validation(sheet, "D2:D51"), *con = validation(sheet, "E2:E51");
    char *diem = validation(sheet, "F2:F51");
    ck_assert_ptr_nonnull(strstr(tuoi, "type=\"whole\""));
    ck_assert_ptr_nonnull(strstr(tuoi, "<formula1>16</formula1><formula2>35</formula2>"));
    ck_assert_ptr_nonnull(strstr(con, "operator=\"greaterThanOrEqual\""));
    ck_assert_ptr_nonnull(strstr(con, "<formula1>0</formula1>"));
    ck_assert_ptr_nonnull(strstr(diem, "type=\"decimal\""));
    /* Codes and text typed as text: the columns' style is "@". */
    char *styles = member(path, "xl/styles.xml");
    ck_assert_ptr_nonnull(strstr(styles, "formatCode=\"@\""));
    free(styles);
    free(unit);
    free(q1);
    free(kenh);
    free(tuoi);
    free(con);
    free(diem);
    free(sheet);
    unlink(path);
    free(path);
    yk_form_free(form);
}
END_TEST

START_TEST(test_codes_sheet)
{
    yk_form *form = load(SURVEY, CHOICES, SETTINGS);
    yk_entry_opts o = { .created = CREATED };
    char *path = write_book(form, "codes.xlsx", &o);
    char *sheet = member(path, "xl/worksheets/sheet2.xml");
    char *strings = member(path, "xl/sharedStrings.xml");
    /* Row 7: don_vi's first code and label; row 4 beside kenh's first the
     * question using it. */
    const char *b7 = strstr(sheet, "<c r=\"B7\""), *c7 = strstr(sheet, "<c r=\"C7\"");
    const char *d4 = strstr(sheet, "<c r=\"D4\"");
    ck_assert(b7 && c7 && d4);
    char *code = shared(strings, strtol(strstr(b7, "<v>") + 3, NULL, 10));
    char *label = shared(strings, strtol(strstr(c7, "<v>") + 3, NULL, 10));
    char *users = shared(strings, strtol(strstr(d4, "<v>") + 3, NULL, 10));
    ck_assert_str_eq(code, "hon_dat");
    ck_assert_str_eq(label, "Hòn Đất");
    ck_assert_str_eq(users, "kenh");
    /* A code with "_x" is escaped, so no reader makes "_xa_" a character. */
    ck_assert_ptr_nonnull(strstr(strings, "<t>mang_x005F_xa_hoi</t>"));
    free(code);
    free(label);
    free(users);
    free(strings);
    free(sheet);
    unlink(path);
    free(path);
    yk_form_free(form);
}
END_TEST

START_TEST(test_english)
{
    yk_form *form = load(SURVEY, CHOICES, SETTINGS);
    yk_entry_opts o = { .created = CREATED, .english = 1, .rows = 3 };
    char *path = write_book(form, "english.xlsx", &o);
    char *book = member(path, "xl/workbook.xml"), *sheet = member(path, "xl/worksheets/sheet1.xml");
    ck_assert_ptr_nonnull(strstr(book, "<sheet name=\"Entry\""));
    ck_assert_ptr_nonnull(strstr(book, "<sheet name=\"Codes\""));
    ck_assert_ptr_nonnull(strstr(book, "<sheet name=\"Instructions\""));
    char *q1 = validation(sheet, "B2:B4");
    ck_assert_ptr_nonnull(strstr(q1, "<formula1>'Codes'!$B$2:$B$3</formula1>"));
    free(q1);
    free(sheet);
    free(book);
    unlink(path);
    free(path);
    yk_form_free(form);
}
END_TEST

START_TEST(test_label_language)
{
    /* default_language names a label column: its labels; none given: the
     * first label column. */
    yk_form *en = load(SURVEY, CHOICES, "form_title,default_language\nT,English\n");
    yk_form *none = load(SURVEY, CHOICES, NULL);
    const yk_question *q = yk_form_find(en, "q1");
    ck_assert_str_eq(yk_entry_label(en, q->labels), "Question 1");
    ck_assert_str_eq(yk_entry_label(none, yk_form_find(none, "q1")->labels), "Câu 1");
    yk_form_free(en);
    yk_form_free(none);
}
END_TEST

START_TEST(test_long_label_fits)
{
    /* Excel keeps 255 characters of an input message: a longer label is
     * cut, and the cut shown. */
    char survey[1200] = "type,name,label\ntext,dai,";
    for (int i = 0; i < 60; i++)
        strcat(survey, "Câu dài ");
    strcat(survey, "\n");
    yk_form *form = load(survey, "list_name,name,label\n", NULL);
    yk_entry_opts o = { .created = CREATED };
    char *path = write_book(form, "long.xlsx", &o);
    char *sheet = member(path, "xl/worksheets/sheet1.xml");
    char *v = validation(sheet, "A2:A1001");
    ck_assert_ptr_nonnull(v);
    ck_assert_ptr_nonnull(strstr(v, "…\" sqref"));
    free(v);
    free(sheet);
    unlink(path);
    free(path);
    yk_form_free(form);
}
END_TEST

START_TEST(test_poll)
{
    yk_form *form = load(BALLOT, LEVELS, NULL);
    yk_entry_opts o = { .created = CREATED, .poll = 1, .rows = 10 };
    char *path = write_book(form, "poll.xlsx", &o);
    char *sheet = member(path, "xl/worksheets/sheet1.xml");
    char *strings = member(path, "xl/sharedStrings.xml");
    char *names = header(sheet, strings);
    ck_assert_str_eq(names, "so_phieu,p01,p02,ghi_them");
    /* A person: the three levels (codes rows 2-4), a warning only: two
     * boxes marked are typed as two codes. */
    char *p01 = validation(sheet, "B2:B11");
    ck_assert_ptr_nonnull(strstr(p01, "<formula1>'Mã trả lời'!$B$2:$B$4</formula1>"));
    ck_assert_ptr_nonnull(strstr(p01, "errorStyle=\"warning\""));
    /* The codes sheet lists the persons after the levels: header row 6. */
    char *codes = member(path, "xl/worksheets/sheet2.xml");
    const char *b7 = strstr(codes, "<c r=\"B7\""), *c8 = strstr(codes, "<c r=\"C8\"");
    ck_assert(b7 && c8);
    char *who = shared(strings, strtol(strstr(b7, "<v>") + 3, NULL, 10));
    char *position = shared(strings, strtol(strstr(c8, "<v>") + 3, NULL, 10));
    ck_assert_str_eq(who, "Trần Văn A");
    ck_assert_str_eq(position, "Phó Bí thư");
    free(who);
    free(position);
    free(codes);
    free(p01);
    free(names);
    free(strings);
    free(sheet);
    unlink(path);
    free(path);
    yk_form_free(form);
}
END_TEST

START_TEST(test_poll_extra_columns)
{
    /* A struck column and a second column of names written in that the
     * form lacks get columns after the form's; ghi_them, a question,
     * keeps its own. */
    yk_form *form = load(BALLOT, LEVELS, NULL);
    const char *added[] = { "ghi_them", "ten_khac" };
    yk_entry_opts o = { .created = CREATED, .poll = 1, .rows = 10, .struck = "gach_ten",
                        .added = added, .n_added = 2 };
    char *path = write_book(form, "extra.xlsx", &o);
    char *sheet = member(path, "xl/worksheets/sheet1.xml");
    char *strings = member(path, "xl/sharedStrings.xml");
    char *names = header(sheet, strings);
    ck_assert_str_eq(names, "so_phieu,p01,p02,ghi_them,ten_khac,gach_ten");
    char *struck = validation(sheet, "F2:F11");
    ck_assert_ptr_nonnull(struck);
    ck_assert_ptr_nonnull(strstr(struck, "Gõ x nếu phiếu gạch tên"));
    free(struck);
    free(names);
    free(strings);
    free(sheet);
    unlink(path);
    free(path);
    yk_form_free(form);
}
END_TEST

START_TEST(test_poll_needs_ballot)
{
    /* A survey's form has no list of three levels: no ballot workbook. */
    yk_form *form = load(SURVEY, CHOICES, SETTINGS);
    yk_entry_opts o = { .created = CREATED, .poll = 1 };
    char *path = temp_path("notballot.xlsx");
    ck_assert_int_eq(yk_entry_sheet_write(form, path, &o), YK_ERR_PARSE);
    ck_assert_int_ne(access(path, F_OK), 0);
    free(path);
    yk_form_free(form);
}
END_TEST

Suite *yk_suite_entry_sheet(void)
{
    Suite *s = suite_create("entry_sheet");
    TCase *tc = tcase_create("entry_sheet");
    tcase_add_test(tc, test_sheets_and_header);
    tcase_add_test(tc, test_drop_downs);
    tcase_add_test(tc, test_codes_sheet);
    tcase_add_test(tc, test_english);
    tcase_add_test(tc, test_label_language);
    tcase_add_test(tc, test_long_label_fits);
    tcase_add_test(tc, test_poll);
    tcase_add_test(tc, test_poll_extra_columns);
    tcase_add_test(tc, test_poll_needs_ballot);
    suite_add_tcase(s, tc);
    return s;
}
