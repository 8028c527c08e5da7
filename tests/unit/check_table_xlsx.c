/* Result tables as .xlsx: what the workbook's sheet holds, read back with
 * unzip (skipped, saying so, where unzip is missing). */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "suites.h"
#include "yk_table_xlsx.h"
#include "yk_text.h"

enum { COL_ROUND, COL_LABEL, COL_N, COL_PERCENT, NCOLS };
static const char *const columns[NCOLS] = { "round", "label", "n", "percent" };

/* 2023-11-14T22:13:20Z (date -u -d @1700000000). */
static const time_t CREATED = 1700000000;

/* Three rows: a label a spreadsheet would run, a blank (hidden) figure, a
 * code with "_x" in it and a p no double holds. */
static void fill(yk_table *t)
{
    yk_table_init(t, columns, NCOLS);
    yk_table_text(t, "2014");
    yk_table_text(t, "=1+1");
    yk_table_number(t, 1234, 0, 1);
    yk_table_number(t, 100.0 * 23 / 47, 2, 1);    /* 48.936... shown as 48.94 */
    yk_table_text(t, "2019");
    yk_table_text(t, "Hà Tiên");
    yk_table_number(t, 3, 0, 1);
    yk_table_number(t, 11.11, 1, 0);               /* hidden under --min-base */
    yk_table_text(t, "2024");
    yk_table_text(t, "mang_xa_hoi");
    yk_table_number(t, 7, 0, 1);
    yk_table_number_text(t, "1.3e-433");
}

static int have_unzip(void)
{
    if (system("unzip -v >/dev/null 2>&1") == 0)
        return 1;
    fprintf(stderr, "check_table_xlsx: unzip is missing; the workbook's contents are "
            "not checked\n");
    return 0;
}

/* The member of the zip at path, as a new string. */
static char *member(const char *path, const char *name)
{
    char cmd[512];
    snprintf(cmd, sizeof cmd, "unzip -p '%s' '%s'", path, name);
    FILE *p = popen(cmd, "r");
    ck_assert_ptr_nonnull(p);
    size_t len = 0, cap = 1 << 16;
    char *s = malloc(cap);
    size_t got;
    while ((got = fread(s + len, 1, cap - len - 1, p)) > 0)
        if ((len += got) + 1 == cap)
            ck_assert_ptr_nonnull(s = realloc(s, cap *= 2));
    s[len] = '\0';
    ck_assert_int_eq(pclose(p), 0);
    return s;
}

/* The cell element at ref ("<c r=\"D2\" ...>...</c>" or "<c r=\"D2\" .../>"),
 * as a new string; NULL when the sheet has no such cell. */
static char *cell(const char *sheet, const char *ref)
{
    char open[32];
    snprintf(open, sizeof open, "<c r=\"%s\"", ref);
    const char *at = strstr(sheet, open);
    if (!at)
        return NULL;
    const char *end = strstr(at, "</c>"), *selfclose = strstr(at, "/>");
    size_t len = selfclose && (!end || selfclose < strchr(at, '>') + 1)
                     ? (size_t)(selfclose - at + 2) : (size_t)(end - at + 4);
    return strndup(at, len);
}

static char *temp_path(const char *name)
{
    char *path = malloc(256);
    const char *dir = getenv("TMPDIR");
    snprintf(path, 256, "%s/ykien-unit-%ld-%s", dir && *dir ? dir : "/tmp", (long)getpid(),
             name);
    return path;
}

static char *written(const char *name)
{
    yk_table t;
    char *path = temp_path(name);
    yk_xlsx_opts o = { .sheet = "freq", .created = CREATED };
    fill(&t);
    ck_assert_int_eq(yk_table_write_xlsx(&t, path, &o), YK_OK);
    yk_table_free(&t);
    return path;
}

START_TEST(test_number_cells)
{
    if (!have_unzip())
        return;
    char *path = written("numbers.xlsx"), *sheet = member(path, "xl/worksheets/sheet1.xml");
    char *d2 = cell(sheet, "D2"), *c2 = cell(sheet, "C2");
    /* A number cell: no t="s", its value as the table shows it. */
    ck_assert_ptr_nonnull(d2);
    ck_assert_ptr_null(strstr(d2, "t=\""));
    ck_assert_ptr_nonnull(strstr(d2, "<v>48.94</v>"));
    ck_assert_ptr_nonnull(c2);
    ck_assert_ptr_nonnull(strstr(c2, "<v>1234</v>"));
    ck_assert_ptr_null(strstr(c2, "t=\""));
    free(d2);
    free(c2);
    /* Their formats: the decimals shown, thousands separated when whole. */
    char *styles = member(path, "xl/styles.xml");
    ck_assert_ptr_nonnull(strstr(styles, "formatCode=\"#,##0\""));
    ck_assert_ptr_nonnull(strstr(styles, "formatCode=\"0.00\""));
    free(styles);
    free(sheet);
    unlink(path);
    free(path);
}
END_TEST

START_TEST(test_text_blank_and_formula)
{
    if (!have_unzip())
        return;
    char *path = written("text.xlsx"), *sheet = member(path, "xl/worksheets/sheet1.xml");
    char *b2 = cell(sheet, "B2"), *d4 = cell(sheet, "D4");
    char *strings = member(path, "xl/sharedStrings.xml");
    /* "=1+1" is a (shared) string, and the sheet has no formula at all. */
    ck_assert_ptr_nonnull(b2);
    ck_assert_ptr_nonnull(strstr(b2, "t=\"s\""));
    ck_assert_ptr_null(strstr(sheet, "<f>"));
    ck_assert_ptr_nonnull(strstr(strings, "<t>=1+1</t>"));
    ck_assert_ptr_nonnull(strstr(strings, "<t>Hà Tiên</t>"));
    ck_assert_ptr_nonnull(strstr(strings, "<t>round</t>"));
    /* The blank figure is no cell; the p no double holds is kept as text. */
    ck_assert_ptr_null(cell(sheet, "D3"));
    ck_assert_ptr_nonnull(d4);
    ck_assert_ptr_nonnull(strstr(d4, "t=\"s\""));
    ck_assert_ptr_nonnull(strstr(strings, "<t>1.3e-433</t>"));
    /* "_xa_" would read as a line break (LibreOffice does): its "_" is
     * written as the escape "_x005F_", which reads back as "_". */
    ck_assert_ptr_nonnull(strstr(strings, "<t>mang_x005F_xa_hoi</t>"));
    /* Header frozen, autofilter over the header and the three rows. */
    ck_assert_ptr_nonnull(strstr(sheet, "ySplit=\"1\""));
    ck_assert_ptr_nonnull(strstr(sheet, "<autoFilter ref=\"A1:D4\"/>"));
    free(b2);
    free(d4);
    free(strings);
    free(sheet);
    unlink(path);
    free(path);
}
END_TEST

START_TEST(test_notes_sheet_and_same_bytes)
{
    if (!have_unzip())
        return;
    yk_table t;
    const char *notes[] = { "Rows: 5 read, all counted." };
    yk_xlsx_opts o = { .sheet = "describe", .notes = notes, .n_notes = 1,
                       .created = CREATED };
    char *a = temp_path("a.xlsx"), *b = temp_path("b.xlsx"), cmd[600];
    fill(&t);
    ck_assert_int_eq(yk_table_write_xlsx(&t, a, &o), YK_OK);
    ck_assert_int_eq(yk_table_write_xlsx(&t, b, &o), YK_OK);
    yk_table_free(&t);
    /* The same table and time give the same bytes. */
    snprintf(cmd, sizeof cmd, "cmp -s '%s' '%s'", a, b);
    ck_assert_int_eq(system(cmd), 0);
    /* Header row 1, rows 2-4, row 5 empty, the note on row 6. */
    char *sheet = member(a, "xl/worksheets/sheet1.xml"), *a6 = cell(sheet, "A6");
    ck_assert_ptr_null(strstr(sheet, "<c r=\"A5\""));
    ck_assert_ptr_nonnull(a6);
    ck_assert_ptr_nonnull(strstr(a6, "t=\"s\""));
    char *book = member(a, "xl/workbook.xml"), *core = member(a, "docProps/core.xml");
    ck_assert_ptr_nonnull(strstr(book, "name=\"describe\""));
    ck_assert_ptr_nonnull(strstr(core, "2023-11-14T22:13:20Z"));
    free(a6);
    free(sheet);
    free(book);
    free(core);
    unlink(a);
    unlink(b);
    free(a);
    free(b);
}
END_TEST

/* Formats by the column's kind: a whole percent still shows one decimal
 * (50 reads "50.0"), a count with decimals keeps its thousands separator,
 * a year-like whole number that is neither is not written "2,014". */
START_TEST(test_formats_by_kind)
{
    if (!have_unzip())
        return;
    static const char *const cols[] = { "percent", "effective_base", "statistic", "p",
                                        "p_adjusted" };
    yk_table t;
    char *path = temp_path("kinds.xlsx");
    yk_table_init(&t, cols, 5);
    yk_table_number(&t, 50, 0, 1);
    yk_table_number(&t, 1234.5, 1, 1);
    yk_table_number(&t, 2014, 0, 1);
    yk_table_number(&t, 0.003, 3, 1);
    yk_table_number_text(&t, "8.19972e-42");      /* compare's p, as its CSV shows it */
    yk_xlsx_opts o = { .sheet = "kinds", .created = CREATED };
    ck_assert_int_eq(yk_table_write_xlsx(&t, path, &o), YK_OK);
    yk_table_free(&t);
    char *styles = member(path, "xl/styles.xml"), *sheet = member(path, "xl/worksheets/sheet1.xml");
    char *e2 = cell(sheet, "E2");
    ck_assert_ptr_nonnull(e2);
    ck_assert_ptr_null(strstr(e2, "t=\""));                   /* a number cell */
    ck_assert_ptr_nonnull(strstr(e2, "<v>8.19972E-42</v>"));
    ck_assert_ptr_nonnull(strstr(styles, "formatCode=\"0.00000E+00\""));
    free(e2);
    free(sheet);
    ck_assert_ptr_nonnull(strstr(styles, "formatCode=\"0.0\""));
    ck_assert_ptr_nonnull(strstr(styles, "formatCode=\"#,##0.0\""));
    ck_assert_ptr_nonnull(strstr(styles, "formatCode=\"0.000\""));
    ck_assert_ptr_null(strstr(styles, "formatCode=\"#,##0\""));
    free(styles);
    unlink(path);
    free(path);
}
END_TEST

/* Title on row 1, source on row 2, row 3 empty, the header on row 4,
 * frozen under it, filtered and printed on every page; rows 5-7. */
START_TEST(test_title_and_source_rows)
{
    if (!have_unzip())
        return;
    yk_table t;
    char *path = temp_path("top.xlsx");
    yk_xlsx_opts o = { .sheet = "freq", .title = "Tỷ lệ", .created = CREATED,
                       .source = "Nguồn: ykien 0.1.0, ngày 14/11/2023" };
    fill(&t);
    ck_assert_int_eq(yk_table_write_xlsx(&t, path, &o), YK_OK);
    yk_table_free(&t);
    char *sheet = member(path, "xl/worksheets/sheet1.xml");
    char *strings = member(path, "xl/sharedStrings.xml"), *book = member(path, "xl/workbook.xml");
    ck_assert_ptr_nonnull(strstr(strings, "<t>Tỷ lệ</t>"));
    ck_assert_ptr_nonnull(strstr(strings, "<t>Nguồn: ykien 0.1.0, ngày 14/11/2023</t>"));
    ck_assert_ptr_nonnull(strstr(sheet, "<c r=\"A1\" s=\"1\" t=\"s\">"));     /* bold */
    ck_assert_ptr_nonnull(strstr(sheet, "<c r=\"A2\" t=\"s\">"));
    ck_assert_ptr_null(strstr(sheet, "<row r=\"3\""));
    ck_assert_ptr_nonnull(strstr(sheet, "<c r=\"A4\" s=\"1\" t=\"s\">"));
    ck_assert_ptr_nonnull(strstr(sheet, "<c r=\"C5\""));
    ck_assert_ptr_nonnull(strstr(sheet, "ySplit=\"4\""));
    ck_assert_ptr_nonnull(strstr(sheet, "<autoFilter ref=\"A4:D7\"/>"));
    ck_assert_ptr_nonnull(strstr(book, "freq!$4:$4"));
    free(sheet);
    free(strings);
    free(book);
    unlink(path);
    free(path);
}
END_TEST

/* Names Excel takes: 31 characters at most (counted as characters: "ệ"
 * is one), none of []:*?/\, unique without regard to case. */
START_TEST(test_sheet_names)
{
    yk_xlsx_book *b;
    char name[128], *path = temp_path("names.xlsx");
    yk_table t;
    ck_assert_int_eq(yk_xlsx_book_new(path, CREATED, &b), YK_OK);
    ck_assert_int_eq(yk_xlsx_book_sheet_name(b, "a/b:c[1]", name, sizeof name), YK_OK);
    ck_assert_str_eq(name, "a b c 1");
    ck_assert_int_eq(yk_xlsx_book_sheet_name(b, "", name, sizeof name), YK_OK);
    ck_assert_str_eq(name, "Sheet");
    ck_assert_int_eq(yk_xlsx_book_sheet_name(b, "'quoted'", name, sizeof name), YK_OK);
    ck_assert_str_eq(name, "quoted");
    /* 40 characters, 8 of them two or three bytes: cut to the first 31. */
    const char *long_vi = "1. Tư tưởng, đạo đức, lối sống của đoàn viên";
    ck_assert_int_eq(yk_xlsx_book_sheet_name(b, long_vi, name, sizeof name), YK_OK);
    ck_assert_str_eq(name, "1. Tư tưởng, đạo đức, lối sống");
    ck_assert_int_eq(yk_utf8_chars(name, strlen(name)) <= YK_XLSX_SHEET_CHARS, 1);
    fill(&t);
    yk_xlsx_opts o = { .sheet = name };
    ck_assert_int_eq(yk_xlsx_book_add(b, &t, &o), YK_OK);
    /* Taken (Excel sees "1. TƯ TƯỞNG..." as the same name): numbered, and
     * cut further so that the number fits. */
    ck_assert_int_eq(yk_xlsx_book_sheet_name(b, "1. TƯ TƯỞNG, ĐẠO ĐỨC, LỐI SỐNG", name,
                                             sizeof name), YK_OK);
    ck_assert_str_eq(name, "1. TƯ TƯỞNG, ĐẠO ĐỨC, LỐI S (2)");
    ck_assert_int_eq(yk_utf8_chars(name, strlen(name)), 31);
    o.sheet = name;
    ck_assert_int_eq(yk_xlsx_book_add(b, &t, &o), YK_OK);
    ck_assert_int_eq(yk_xlsx_book_sheet_name(b, long_vi, name, sizeof name), YK_OK);
    ck_assert_str_eq(name, "1. Tư tưởng, đạo đức, lối s (3)");
    ck_assert_int_eq(yk_xlsx_book_sheet_name(b, "x", name, 8), YK_ERR_LIMIT);
    yk_table_free(&t);
    ck_assert_int_eq(yk_xlsx_book_close(b), YK_OK);
    unlink(path);
    free(path);
}
END_TEST

/* A book: the contents first, linking to the later sheets; a sheet of
 * some of the table's rows only. */
START_TEST(test_book_contents_and_rows)
{
    if (!have_unzip())
        return;
    yk_xlsx_book *b;
    yk_table t;
    char *path = temp_path("book.xlsx");
    const size_t rows[] = { 2, 0 };
    fill(&t);
    ck_assert_int_eq(yk_xlsx_book_new(path, CREATED, &b), YK_OK);
    ck_assert_int_eq(yk_xlsx_book_contents(b, "Mục lục", "Mục lục", "Bảng", "Nội dung"), YK_OK);
    yk_xlsx_opts one = { .sheet = "1. Tư tưởng", .title = "Bảng 1", .rows = rows, .n_rows = 2 };
    yk_xlsx_opts two = { .sheet = "2. Đơn vị", .title = "Bảng 2" };
    ck_assert_int_eq(yk_xlsx_book_add(b, &t, &one), YK_OK);
    ck_assert_int_eq(yk_xlsx_book_add(b, &t, &two), YK_OK);
    ck_assert_int_eq(yk_xlsx_book_add(b, &t, &two), YK_ERR_ARGUMENT);   /* name taken */
    const size_t bad[] = { 3 };
    yk_xlsx_opts outside = { .sheet = "x", .rows = bad, .n_rows = 1 };
    ck_assert_int_eq(yk_xlsx_book_add(b, &t, &outside), YK_ERR_ARGUMENT);
    yk_table_free(&t);
    ck_assert_int_eq(yk_xlsx_book_close(b), YK_OK);
    char *book = member(path, "xl/workbook.xml"), *contents = member(path, "xl/worksheets/sheet1.xml");
    char *first = member(path, "xl/worksheets/sheet2.xml"), *strings = member(path, "xl/sharedStrings.xml");
    const char *a = strstr(book, "name=\"Mục lục\""), *b1 = strstr(book, "name=\"1. Tư tưởng\"");
    ck_assert_ptr_nonnull(a);
    ck_assert_ptr_nonnull(b1);
    ck_assert_int_eq(a < b1, 1);
    ck_assert_ptr_nonnull(strstr(book, "name=\"2. Đơn vị\""));
    ck_assert_ptr_null(strstr(book, "name=\"x\""));
    ck_assert_ptr_nonnull(strstr(contents, "<hyperlink ref=\"A4\" location=\"'1. Tư tưởng'!A1\""));
    ck_assert_ptr_nonnull(strstr(contents, "<hyperlink ref=\"A5\""));
    ck_assert_ptr_nonnull(strstr(strings, "<t>Nội dung</t>"));
    /* Rows 2 then 0: 7 and 1234 in C5, C6, under the title and header. */
    char *c2 = cell(first, "C5"), *c3 = cell(first, "C6");
    ck_assert_ptr_nonnull(c2);
    ck_assert_ptr_nonnull(c3);
    ck_assert_ptr_nonnull(strstr(c2, "<v>7</v>"));
    ck_assert_ptr_nonnull(strstr(c3, "<v>1234</v>"));
    free(c2);
    free(c3);
    ck_assert_ptr_null(strstr(first, "<row r=\"7\""));
    free(book);
    free(contents);
    free(first);
    free(strings);
    unlink(path);
    free(path);
}
END_TEST

/* A label longer than a column may be wide (60) wraps, and its row is
 * as high as its lines: 130 characters in lines of 60 are 3 lines of 15
 * points (45); a row of short cells keeps the default height. */
START_TEST(test_long_text_wraps)
{
    if (!have_unzip())
        return;
    static const char *const cols[] = { "label", "n" };
    char label[131], *path = temp_path("wrap.xlsx");
    memset(label, 'a', 130);
    label[130] = '\0';
    yk_table t;
    yk_table_init(&t, cols, 2);
    yk_table_text(&t, label);
    yk_table_number(&t, 5, 0, 1);
    yk_table_text(&t, "short");
    yk_table_number(&t, 6, 0, 1);
    yk_xlsx_opts o = { .sheet = "wrap", .created = CREATED };
    ck_assert_int_eq(yk_table_write_xlsx(&t, path, &o), YK_OK);
    yk_table_free(&t);
    char *sheet = member(path, "xl/worksheets/sheet1.xml"), *styles = member(path, "xl/styles.xml");
    ck_assert_ptr_nonnull(strstr(sheet, "<col min=\"1\" max=\"1\" width=\"60.7109375\" style="));
    ck_assert_ptr_nonnull(strstr(sheet, "<row r=\"2\" spans=\"1:2\" ht=\"45\" customHeight=\"1\">"));
    ck_assert_ptr_nonnull(strstr(sheet, "<row r=\"3\" spans=\"1:2\">"));
    ck_assert_ptr_nonnull(strstr(styles, "wrapText=\"1\""));
    free(sheet);
    free(styles);
    unlink(path);
    free(path);
}
END_TEST

START_TEST(test_refused)
{
    yk_table t;
    char *path = temp_path("refused.xlsx");
    yk_xlsx_opts bad = { .sheet = "a/b" };
    fill(&t);
    /* Excel refuses '/' in a sheet's name: nothing is written. */
    ck_assert_int_eq(yk_table_write_xlsx(&t, path, &bad), YK_ERR_ARGUMENT);
    ck_assert_int_ne(access(path, F_OK), 0);
    ck_assert_int_eq(yk_table_write_xlsx(&t, "/nonexistent-dir/x.xlsx", NULL), YK_ERR_IO);
    yk_table_free(&t);
    free(path);
}
END_TEST

Suite *yk_suite_table_xlsx(void)
{
    Suite *s = suite_create("table_xlsx");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, test_number_cells);
    tcase_add_test(tc, test_text_blank_and_formula);
    tcase_add_test(tc, test_notes_sheet_and_same_bytes);
    tcase_add_test(tc, test_formats_by_kind);
    tcase_add_test(tc, test_title_and_source_rows);
    tcase_add_test(tc, test_sheet_names);
    tcase_add_test(tc, test_book_contents_and_rows);
    tcase_add_test(tc, test_long_text_wraps);
    tcase_add_test(tc, test_refused);
    suite_add_tcase(s, tc);
    return s;
}
