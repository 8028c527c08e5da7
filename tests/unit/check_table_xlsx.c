/* Result tables as .xlsx: what the workbook's sheet holds, read back with
 * unzip (skipped, saying so, where unzip is missing). */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "suites.h"
#include "yk_table_xlsx.h"

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
    tcase_add_test(tc, test_refused);
    suite_add_tcase(s, tc);
    return s;
}
