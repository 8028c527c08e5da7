/* The workbook reader: workbooks written here with libxlsxwriter (as Excel
 * writes them: shared strings, or inline strings in constant_memory mode),
 * and hostile zips built with libzip, read back row by row.  Each case
 * checks the rows as "LINE|field|field", the diagnostics as
 * "kind LINE:COLUMN" and the stats. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <xlsxwriter.h>
#include <zip.h>
#include "suites.h"
#include "yk_xlsx.h"

typedef struct {
    char rows[8192];
    char diags[2048];
    char last_message[1200];
    char source[64];
} seen;

static void on_diag(void *ctx, const yk_diag *d)
{
    seen *s = ctx;
    size_t len = strlen(s->diags);
    snprintf(s->diags + len, sizeof s->diags - len, "%s %lu:%lu\n", d->kind, d->line,
             d->column);
    snprintf(s->last_message, sizeof s->last_message, "%s", d->message);
    snprintf(s->source, sizeof s->source, "%s", d->source);
}

static int on_row(void *ctx, const yk_row *row)
{
    seen *s = ctx;
    size_t len = strlen(s->rows);
    len += (size_t)snprintf(s->rows + len, sizeof s->rows - len, "%lu", row->line);
    for (size_t i = 0; i < row->n && len < sizeof s->rows; i++) {
        ck_assert_uint_eq(strlen(row->fields[i].s), row->fields[i].len);
        len += (size_t)snprintf(s->rows + len, sizeof s->rows - len, "|%s",
                                row->fields[i].s);
    }
    if (len < sizeof s->rows - 1)
        strcat(s->rows, "\n");
    return 0;
}

static char dir[64];

static void make_dir(void)
{
    snprintf(dir, sizeof dir, "/tmp/check_xlsx.XXXXXX");
    ck_assert_ptr_nonnull(mkdtemp(dir));
}

static void remove_dir(void)
{
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    ck_assert_int_eq(system(cmd), 0);
}

static const char *path_of(const char *name)
{
    static char path[128];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    return path;
}

/* Open the workbook at path and read sheet (NULL: the first). */
static yk_status read_book(const char *path, const yk_xlsx_options *o,
                           const char *sheet, seen *s, yk_xlsx_stats *stats)
{
    yk_xlsx *book = NULL;
    memset(s, 0, sizeof *s);
    yk_status st = yk_xlsx_open(path, "t.xlsx", o, on_diag, s, &book);
    if (st != YK_OK) {
        ck_assert_ptr_null(book);
        return st;
    }
    st = yk_xlsx_read_sheet(book, sheet, on_row, s);
    if (stats)
        *stats = *yk_xlsx_stats_of(book);
    yk_xlsx_free(book);
    return st;
}

/* ---- workbooks written by libxlsxwriter -------------------------------- */

START_TEST(text_numbers_booleans)
{
    const char *path = path_of("values.xlsx");
    lxw_workbook *wb = workbook_new(path);
    lxw_worksheet *ws = workbook_add_worksheet(wb, "Sheet1");
    worksheet_write_string(ws, 0, 0, "ten", NULL);
    worksheet_write_string(ws, 0, 1, "so", NULL);
    worksheet_write_string(ws, 0, 2, "nho", NULL);
    worksheet_write_string(ws, 0, 3, "lon", NULL);
    worksheet_write_string(ws, 0, 4, "co", NULL);
    /* "Hà Tiên" typed decomposed (as Unikey's "Unicode tổ hợp" writes
     * it: a + U+0300, e + U+0302) reads composed. */
    worksheet_write_string(ws, 1, 0, "Ha\xcc\x80 Tie\xcc\x82n", NULL);
    worksheet_write_number(ws, 1, 1, 4.4, NULL);
    worksheet_write_number(ws, 1, 2, 1e-7, NULL);
    worksheet_write_number(ws, 1, 3, 123456789012, NULL);
    worksheet_write_boolean(ws, 1, 4, 1, NULL);
    /* Row 3: 0.1 + 0.2 is 0.30000000000000004 as a double; Excel shows
     * 0.3 (15 digits).  B3 and D3 empty; a boolean FALSE. */
    worksheet_write_string(ws, 2, 0, "R\xe1\xba\xa1" "ch Gi\xc3\xa1", NULL);
    worksheet_write_number(ws, 2, 2, 0.1 + 0.2, NULL);
    worksheet_write_boolean(ws, 2, 4, 0, NULL);
    ck_assert_int_eq(workbook_close(wb), LXW_NO_ERROR);

    seen s;
    yk_xlsx_stats st;
    ck_assert_int_eq(read_book(path, NULL, NULL, &s, &st), YK_OK);
    ck_assert_str_eq(s.rows, "1|ten|so|nho|lon|co\n"
                             "2|H\xc3\xa0 Ti\xc3\xaan|4.4|1e-07|123456789012|TRUE\n"
                             "3|R\xe1\xba\xa1" "ch Gi\xc3\xa1||0.3||FALSE\n");
    ck_assert_str_eq(s.diags, "");
    ck_assert_uint_eq(st.rows, 3);
    ck_assert_uint_eq(st.columns, 5);
    ck_assert_uint_eq(st.header_row, 1);
    ck_assert_uint_eq(st.errors + st.warnings + st.skipped + st.blank_lines, 0);
}
END_TEST

/* Serials and what they are, by hand: the 1900 system counts from
 * 1899-12-30 from serial 61 on; 2024-03-15 is 45366 days after
 * 1899-12-30 (date -d 2024-03-15 +%s / 86400 = 19797, + 25569), and
 * 0.4330902778 * 86400 = 37419.0 s = 10:23:39.  Serial 1 is 1900-01-01,
 * 59 is 1900-02-28, 60 Excel's 1900-02-29, 61 1900-03-01. */
START_TEST(dates_and_times)
{
    const char *path = path_of("dates.xlsx");
    lxw_workbook *wb = workbook_new(path);
    lxw_worksheet *ws = workbook_add_worksheet(wb, NULL);
    lxw_format *date = workbook_add_format(wb), *dt = workbook_add_format(wb);
    lxw_format *hm = workbook_add_format(wb), *vn = workbook_add_format(wb);
    lxw_format *quoted = workbook_add_format(wb), *money = workbook_add_format(wb);
    format_set_num_format_index(date, 14);                  /* m/d/yyyy */
    format_set_num_format_index(dt, 22);                    /* m/d/yyyy h:mm */
    format_set_num_format(hm, "hh:mm:ss");
    format_set_num_format(vn, "dd/mm/yyyy hh:mm:ss");
    format_set_num_format(quoted, "\"day\" 0");             /* d in quotes: a number */
    format_set_num_format(money, "#,##0 [$\xe2\x82\xab-42A]");  /* đồng: a number */
    const char *head[] = { "date", "dt", "time", "vn", "quoted", "money" };
    for (int c = 0; c < 6; c++)
        worksheet_write_string(ws, 0, (lxw_col_t)c, head[c], NULL);
    worksheet_write_number(ws, 1, 0, 45366, date);
    worksheet_write_number(ws, 1, 1, 45366.4330902778, dt);
    worksheet_write_number(ws, 1, 2, 0.4330902778, hm);
    worksheet_write_number(ws, 1, 3, 45366.4330902778, vn);
    worksheet_write_number(ws, 1, 4, 7, quoted);
    worksheet_write_number(ws, 1, 5, 1500000, money);
    worksheet_write_number(ws, 2, 0, 1, date);
    worksheet_write_number(ws, 2, 1, 59, date);
    worksheet_write_number(ws, 2, 2, 60, date);
    worksheet_write_number(ws, 2, 3, 61, date);
    /* 2024-03-15 23:59:59.6 rounds to the next day's 00:00:00. */
    lxw_datetime when = { 2024, 3, 15, 23, 59, 59.6 };
    worksheet_write_datetime(ws, 2, 4, &when, vn);
    ck_assert_int_eq(workbook_close(wb), LXW_NO_ERROR);

    seen s;
    yk_xlsx_stats st;
    ck_assert_int_eq(read_book(path, NULL, NULL, &s, &st), YK_OK);
    ck_assert_str_eq(s.rows, "1|date|dt|time|vn|quoted|money\n"
                             "2|2024-03-15|2024-03-15 10:23:39|10:23:39|"
                             "2024-03-15 10:23:39|7|1500000\n"
                             "3|1900-01-01|1900-02-28|1900-02-29|1900-03-01|"
                             "2024-03-16 00:00:00|\n");
    ck_assert_str_eq(s.diags, "nonexistent-date 3:3\n");
    ck_assert_uint_eq(st.dates, 9);
    ck_assert_uint_eq(st.warnings, 1);
}
END_TEST

/* A hand-made table: a merged title, a unit line, an empty row, then the
 * header on row 4; a blank row inside the data; a value in column E right
 * of the header (A-D): said, and the row's other cells still read. */
START_TEST(title_rows_blank_rows_sparse)
{
    const char *path = path_of("titles.xlsx");
    lxw_workbook *wb = workbook_new(path);
    lxw_worksheet *ws = workbook_add_worksheet(wb, NULL);
    worksheet_merge_range(ws, 0, 0, 0, 3, "K\xe1\xba\xbft qu\xe1\xba\xa3 kh\xe1\xba\xa3o s\xc3\xa1t", NULL);
    worksheet_write_string(ws, 1, 0, "\xc4\x90\xc6\xa1n v\xe1\xbb\x8b: Huy\xe1\xbb\x87n A", NULL);
    const char *head[] = { "id", "q1", "q2", "q3" };
    for (int c = 0; c < 4; c++)
        worksheet_write_string(ws, 3, (lxw_col_t)c, head[c], NULL);
    worksheet_write_number(ws, 4, 0, 1, NULL);
    worksheet_write_number(ws, 4, 3, 5, NULL);           /* sparse: B5, C5 empty */
    worksheet_write_number(ws, 5, 0, 2, NULL);
    worksheet_write_string(ws, 5, 1, "c\xc3\xb3", NULL);
    worksheet_write_number(ws, 7, 0, 3, NULL);           /* row 7 blank */
    worksheet_write_string(ws, 7, 4, "l\xe1\xbb\x87" "ch", NULL);  /* E8 */
    ck_assert_int_eq(workbook_close(wb), LXW_NO_ERROR);

    seen s;
    yk_xlsx_stats st;
    ck_assert_int_eq(read_book(path, NULL, NULL, &s, &st), YK_OK);
    ck_assert_str_eq(s.rows, "4|id|q1|q2|q3\n5|1|||5\n6|2|c\xc3\xb3||\n8|3|||\n");
    ck_assert_str_eq(s.diags, "title-rows 1:0\ncell-beyond-header 8:5\n");
    ck_assert_str_eq(s.source, "t.xlsx:Sheet1");
    ck_assert_ptr_nonnull(strstr(s.last_message, "E8"));
    ck_assert_uint_eq(st.rows, 4);
    ck_assert_uint_eq(st.columns, 4);
    ck_assert_uint_eq(st.header_row, 4);
    ck_assert_uint_eq(st.title_rows, 2);
    ck_assert_uint_eq(st.blank_lines, 1);
    ck_assert_uint_eq(st.errors, 1);
    ck_assert_uint_eq(st.warnings, 1);

    /* Named: row 2 as the header (one column wide). */
    yk_xlsx_options o = { .header_row = 2 };
    ck_assert_int_eq(read_book(path, &o, NULL, &s, &st), YK_OK);
    ck_assert_uint_eq(st.header_row, 2);
    ck_assert_uint_eq(st.title_rows, 1);
    ck_assert_uint_eq(st.columns, 1);
    o.header_row = 3;       /* empty */
    ck_assert_int_eq(read_book(path, &o, NULL, &s, &st), YK_ERR_PARSE);
    ck_assert_str_eq(s.diags, "empty-header-row 3:0\n");
}
END_TEST

/* Sheets: the first is hidden, so the second is read; a hidden one is
 * read when named; names are NFC and ignore ASCII case; a missing one is
 * an error. */
START_TEST(sheets_hidden_named_missing)
{
    const char *path = path_of("sheets.xlsx");
    lxw_workbook *wb = workbook_new(path);
    /* Named decomposed (u + U+0323), found by its composed name. */
    lxw_worksheet *hidden = workbook_add_worksheet(wb, "Danh mu\xcc\xa3" "c");
    lxw_worksheet *data = workbook_add_worksheet(wb, "Data");
    worksheet_write_string(hidden, 0, 0, "ma", NULL);
    worksheet_write_string(hidden, 1, 0, "x1", NULL);
    worksheet_write_string(data, 0, 0, "id", NULL);
    worksheet_write_number(data, 1, 0, 7, NULL);
    worksheet_activate(data);
    worksheet_hide(hidden);
    ck_assert_int_eq(workbook_close(wb), LXW_NO_ERROR);

    seen s;
    ck_assert_int_eq(read_book(path, NULL, NULL, &s, NULL), YK_OK);
    ck_assert_str_eq(s.rows, "1|id\n2|7\n");
    ck_assert_int_eq(read_book(path, NULL, "Danh m\xe1\xbb\xa5" "c", &s, NULL), YK_OK);
    ck_assert_str_eq(s.rows, "1|ma\n2|x1\n");
    yk_xlsx_options o = { .sheet = "DATA" };
    ck_assert_int_eq(read_book(path, &o, NULL, &s, NULL), YK_OK);
    ck_assert_str_eq(s.rows, "1|id\n2|7\n");
    ck_assert_int_eq(read_book(path, NULL, "Sheet9", &s, NULL), YK_ERR_PARSE);
    ck_assert_str_eq(s.diags, "no-such-sheet 0:0\n");
    ck_assert_str_eq(s.source, "t.xlsx");
    ck_assert_ptr_nonnull(strstr(s.last_message, "\"Data\""));

    yk_xlsx *book;
    memset(&s, 0, sizeof s);
    ck_assert_int_eq(yk_xlsx_open(path, "t.xlsx", NULL, on_diag, &s, &book), YK_OK);
    ck_assert_uint_eq(yk_xlsx_n_sheets(book), 2);
    ck_assert_str_eq(yk_xlsx_sheet_name(book, 1), "Data");
    ck_assert_ptr_null(yk_xlsx_sheet_name(book, 2));
    ck_assert_int_eq(yk_xlsx_find_sheet(book, "data"), 1);
    ck_assert_int_eq(yk_xlsx_find_sheet(book, "nope"), -1);
    /* A sheet may be read again. */
    ck_assert_int_eq(yk_xlsx_read_sheet(book, "Data", on_row, &s), YK_OK);
    ck_assert_int_eq(yk_xlsx_read_sheet(book, "Data", on_row, &s), YK_OK);
    ck_assert_str_eq(s.rows, "1|id\n2|7\n1|id\n2|7\n");
    yk_xlsx_free(book);
}
END_TEST

/* constant_memory mode writes inline strings (<is><t>), as exports do. */
START_TEST(inline_strings)
{
    const char *path = path_of("inline.xlsx");
    lxw_workbook_options opt = { .constant_memory = LXW_TRUE, .tmpdir = dir };
    lxw_workbook *wb = workbook_new_opt(path, &opt);
    lxw_worksheet *ws = workbook_add_worksheet(wb, NULL);
    worksheet_write_string(ws, 0, 0, "t\xc3\xaan", NULL);
    worksheet_write_string(ws, 0, 1, "n", NULL);
    worksheet_write_string(ws, 1, 0, "Nguye\xcc\x82\xcc\x83n", NULL);  /* NFD ễ */
    worksheet_write_number(ws, 1, 1, 2.5, NULL);
    ck_assert_int_eq(workbook_close(wb), LXW_NO_ERROR);

    seen s;
    ck_assert_int_eq(read_book(path, NULL, NULL, &s, NULL), YK_OK);
    ck_assert_str_eq(s.rows, "1|t\xc3\xaan|n\n2|Nguy\xe1\xbb\x85n|2.5\n");
}
END_TEST

/* ---- hostile zips, built with libzip ----------------------------------- */

static const char RELS[] =
    "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/"
    "package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas."
    "openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"/xl/"
    "worksheets/s.xml\"/></Relationships>";

static const char BOOK[] =
    "<?xml version=\"1.0\"?><x:workbook xmlns:x=\"http://schemas.openxmlformats.org/"
    "spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/"
    "officeDocument/2006/relationships\"><x:sheets><x:sheet name=\"S\" sheetId=\"1\" "
    "r:id=\"rId1\"/></x:sheets></x:workbook>";

static const char BOOK_1904[] =
    "<workbook xmlns:r=\"r\"><workbookPr date1904=\"1\"/><sheets><sheet name=\"S\" "
    "sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";

typedef struct {
    const char *name;
    const char *data;
    size_t len;         /* 0: strlen(data) */
} member;

static void add(zip_t *z, const member *m)
{
    size_t len = m->len ? m->len : strlen(m->data);
    zip_source_t *src = zip_source_buffer(z, m->data, len, 0);
    ck_assert_ptr_nonnull(src);
    ck_assert_int_ge(zip_file_add(z, m->name, src, ZIP_FL_OVERWRITE), 0);
}

/* A zip at path holding the members, up to one with a NULL name. */
static const char *make_zip(const char *name, const member *m)
{
    const char *path = path_of(name);
    int err;
    zip_t *z = zip_open(path, ZIP_CREATE | ZIP_TRUNCATE, &err);
    ck_assert_ptr_nonnull(z);
    for (; m->name; m++)
        add(z, m);
    ck_assert_int_eq(zip_close(z), 0);
    return path;
}

/* A workbook of sheet S with the given sheet XML (and shared strings). */
static const char *make_book(const char *name, const char *sheet, size_t len,
                             const char *strings)
{
    member m[] = {
        { "xl/_rels/workbook.xml.rels", RELS, 0 },
        { "xl/workbook.xml", BOOK, 0 },
        { "xl/worksheets/s.xml", sheet, len },
        { strings ? "xl/sharedStrings.xml" : NULL, strings, 0 },
        { NULL, NULL, 0 },
    };
    return make_zip(name, m);
}

START_TEST(not_a_zip)
{
    static const char csv[] = "id,q1\n1,2\n";
    seen s = { 0 };
    yk_xlsx *book = (yk_xlsx *)&s;
    ck_assert(!yk_xlsx_looks_like(csv, sizeof csv - 1));
    ck_assert(yk_xlsx_looks_like("PK\3\4", 4));
    ck_assert_int_eq(yk_xlsx_open_memory(csv, sizeof csv - 1, "t.xlsx", NULL, on_diag,
                                         &s, &book), YK_ERR_PARSE);
    ck_assert_ptr_null(book);
    ck_assert_str_eq(s.diags, "not-a-zip 0:0\n");
    ck_assert_str_eq(s.source, "t.xlsx");
}
END_TEST

START_TEST(not_a_workbook)
{
    member m[] = { { "word/document.xml", "<w/>", 0 }, { NULL, NULL, 0 } };
    seen s;
    ck_assert_int_eq(read_book(make_zip("doc.zip", m), NULL, NULL, &s, NULL), YK_ERR_PARSE);
    ck_assert_str_eq(s.diags, "not-a-workbook 0:0\n");
    ck_assert_ptr_nonnull(strstr(s.last_message, "xl/workbook.xml"));
}
END_TEST

/* The sheet breaks on its row 2 (XML line 2): the diagnostic names the
 * part, its line, and the sheet row. */
START_TEST(malformed_xml)
{
    static const char sheet[] =
        "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>id</t>"
        "</is></c></row>\n<row r=\"2\"><c r=\"A2\"><v>1</v></row></sheetData></worksheet>";
    seen s;
    ck_assert_int_eq(read_book(make_book("bad.xlsx", sheet, 0, NULL), NULL, NULL, &s, NULL),
                     YK_ERR_PARSE);
    ck_assert_str_eq(s.diags, "bad-xml 2:0\n");
    ck_assert_ptr_nonnull(strstr(s.last_message, "xl/worksheets/s.xml"));
    ck_assert_ptr_nonnull(strstr(s.last_message, "line 2"));
}
END_TEST

/* A buffer holding the XML of a sheet: a header row (A1, B1), then row 2
 * with count cells of text fill. */
static char *wide_sheet(size_t count, const char *fill, size_t *len)
{
    size_t cap = 256 + count * (40 + strlen(fill));
    char *x = malloc(cap);
    ck_assert_ptr_nonnull(x);
    size_t n = (size_t)snprintf(x, cap, "<worksheet><sheetData><row r=\"1\">"
        "<c t=\"inlineStr\"><is><t>a</t></is></c><c t=\"inlineStr\"><is><t>b</t></is>"
        "</c></row><row r=\"2\">");
    for (size_t i = 0; i < count; i++)
        n += (size_t)snprintf(x + n, cap - n, "<c t=\"inlineStr\"><is><t>%s</t></is></c>",
                              fill);
    n += (size_t)snprintf(x + n, cap - n, "</row><row r=\"3\"><c><v>1</v></c></row>"
                          "</sheetData></worksheet>");
    *len = n;
    return x;
}

START_TEST(too_many_columns)
{
    size_t len;
    char *x = wide_sheet(20000, "x", &len);
    seen s;
    yk_xlsx_stats st;
    ck_assert_int_eq(read_book(make_book("wide.xlsx", x, len, NULL), NULL, NULL, &s, &st),
                     YK_OK);
    free(x);
    /* Column 10001 is NTQ: 14*676 + 20*26 + 17 = 10001. */
    ck_assert_str_eq(s.diags, "too-many-columns 2:10001\n");
    ck_assert_ptr_nonnull(strstr(s.last_message, "NTQ2"));
    ck_assert_str_eq(s.rows, "1|a|b\n3|1|\n");
    ck_assert_uint_eq(st.skipped, 1);
    ck_assert_uint_eq(st.rows, 2);

    /* An empty styled cell in the last column (XFD) costs nothing. */
    static const char styled[] =
        "<worksheet><sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c></row>"
        "<row r=\"2\"><c r=\"A2\"><v>2</v></c><c r=\"XFD2\" s=\"1\"/></row>"
        "</sheetData></worksheet>";
    ck_assert_int_eq(read_book(make_book("styled.xlsx", styled, 0, NULL), NULL, NULL, &s,
                               &st), YK_OK);
    ck_assert_str_eq(s.diags, "");
    ck_assert_str_eq(s.rows, "1|1\n2|2\n");
}
END_TEST

START_TEST(field_too_long)
{
    size_t big = 5 << 20, len;
    char *text = malloc(big + 1);
    memset(text, 'a', big);
    text[big] = '\0';
    char *x = wide_sheet(2, text, &len);
    seen s;
    yk_xlsx_stats st;
    ck_assert_int_eq(read_book(make_book("long.xlsx", x, len, NULL), NULL, NULL, &s, &st),
                     YK_OK);
    ck_assert_str_eq(s.diags, "field-too-long 2:1\n");
    ck_assert_ptr_nonnull(strstr(s.last_message, "A2"));
    ck_assert_str_eq(s.rows, "1|a|b\n3|1|\n");
    ck_assert_uint_eq(st.skipped, 1);
    free(x);

    /* The same as a shared string: kept as "too long", said where used. */
    size_t cap = big + 256;
    char *sst = malloc(cap);
    snprintf(sst, cap, "<sst><si><t>id</t></si><si><t>%s</t></si></sst>", text);
    static const char sheet[] =
        "<worksheet><sheetData><row r=\"1\"><c t=\"s\"><v>0</v></c></row>"
        "<row r=\"2\"><c t=\"s\"><v>0</v></c></row><row r=\"3\"><c t=\"s\"><v>1</v></c>"
        "</row></sheetData></worksheet>";
    ck_assert_int_eq(read_book(make_book("long2.xlsx", sheet, 0, sst), NULL, NULL, &s, &st),
                     YK_OK);
    ck_assert_str_eq(s.diags, "field-too-long 3:1\n");
    ck_assert_str_eq(s.rows, "1|id\n2|id\n");
    free(sst);
    free(text);
}
END_TEST

/* One shared string of 1 MiB - 1 byte used by 20 cells of a row: the
 * row's text would pass 16 MiB (20 MiB), from a workbook of a few KiB. */
START_TEST(row_too_long)
{
    size_t big = (1 << 20) - 1;
    char *sst = malloc(big + 64);
    size_t n = (size_t)sprintf(sst, "<sst><si><t>");
    memset(sst + n, 'a', big);
    sprintf(sst + n + big, "</t></si></sst>");
    char sheet[2048];
    n = (size_t)sprintf(sheet, "<worksheet><sheetData><row><c><v>1</v></c></row><row>");
    for (int i = 0; i < 20; i++)
        n += (size_t)sprintf(sheet + n, "<c t=\"s\"><v>0</v></c>");
    sprintf(sheet + n, "</row><row><c><v>2</v></c></row></sheetData></worksheet>");
    seen s;
    yk_xlsx_stats st;
    ck_assert_int_eq(read_book(make_book("row.xlsx", sheet, 0, sst), NULL, NULL, &s, &st),
                     YK_OK);
    free(sst);
    /* 16 cells fit in 16 MiB (16 * 2^20 bytes, each with its NUL); the
     * 17th (Q) passes it. */
    ck_assert_str_eq(s.diags, "row-too-long 2:17\n");
    ck_assert_str_eq(s.rows, "1|1\n3|2\n");
    ck_assert_uint_eq(st.skipped, 1);
}
END_TEST

START_TEST(bad_shared_string)
{
    static const char sst[] = "<sst><si><t>id</t></si><si><r><t>q</t></r><r><t>1</t>"
                              "</r><rPh><t>kana</t></rPh></si></sst>";
    static const char sheet[] =
        "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" "
        "t=\"s\"><v>1</v></c></row><row r=\"2\"><c r=\"A2\"><v>1</v></c></row>"
        "<row r=\"3\"><c r=\"A3\"><v>2</v></c><c r=\"B3\" t=\"s\"><v>2</v></c></row>"
        "</sheetData></worksheet>";
    seen s;
    yk_xlsx_stats st;
    ck_assert_int_eq(read_book(make_book("sst.xlsx", sheet, 0, sst), NULL, NULL, &s, &st),
                     YK_OK);
    ck_assert_str_eq(s.rows, "1|id|q1\n2|1|\n");
    ck_assert_str_eq(s.diags, "bad-shared-string 3:2\n");
    char ref[16];
    ck_assert_ptr_nonnull(strstr(s.last_message, yk_xlsx_cell_name(2, 3, ref)));
    ck_assert_str_eq(ref, "B3");
    ck_assert_uint_eq(st.skipped, 1);
    ck_assert_str_eq(yk_xlsx_cell_name(28, 14, ref), "AB14");
    ck_assert_str_eq(yk_xlsx_cell_name(16384, 1, ref), "XFD1");
    ck_assert_str_eq(yk_xlsx_cell_name(0, 14, ref), "14");
}
END_TEST

/* A part of 24 MiB of one byte (spaces, which XML allows between
 * elements) deflates about 1000 to 1. */
START_TEST(zip_bomb)
{
    size_t big = 24 << 20;
    char *x = malloc(big + 64);
    size_t n = (size_t)sprintf(x, "<worksheet><sheetData>");
    memset(x + n, ' ', big);
    n += big;
    n += (size_t)sprintf(x + n, "</sheetData></worksheet>");
    const char *path = make_book("bomb.xlsx", x, n, NULL);
    free(x);
    seen s;
    yk_xlsx_options o = { .max_part = 1 << 20 };
    clock_t t0 = clock();
    ck_assert_int_eq(read_book(path, &o, NULL, &s, NULL), YK_ERR_LIMIT);
    ck_assert_str_eq(s.diags, "zip-bomb 0:0\n");
    ck_assert_ptr_nonnull(strstr(s.last_message, "1048576 bytes"));
    ck_assert_int_eq(read_book(path, NULL, NULL, &s, NULL), YK_ERR_LIMIT);
    ck_assert_str_eq(s.diags, "zip-bomb 0:0\n");
    ck_assert_ptr_nonnull(strstr(s.last_message, "200 times"));
    ck_assert_double_lt((double)(clock() - t0) / CLOCKS_PER_SEC, 1.0);
}
END_TEST

/* The 1904 system: serial 0 is 1904-01-01; 2024-03-15 is 45366 - 1462 =
 * 43904 (1462 days from 1900-01-00 to 1904-01-01).  Style 1 is built-in
 * format 14, style 2 a custom h:mm (id 164). */
START_TEST(date1904)
{
    static const char styles[] =
        "<styleSheet><numFmts><numFmt numFmtId=\"164\" formatCode=\"h:mm\"/></numFmts>"
        "<cellStyleXfs><xf numFmtId=\"14\"/></cellStyleXfs>"
        "<cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"164\"/>"
        "</cellXfs></styleSheet>";
    static const char sheet[] =
        "<worksheet><sheetData><row><c t=\"inlineStr\"><is><t>d</t></is></c>"
        "<c t=\"inlineStr\"><is><t>t</t></is></c></row>"
        "<row><c s=\"1\"><v>0</v></c><c s=\"2\"><v>0.5</v></c></row>"
        "<row><c s=\"1\"><v>43904</v></c><c s=\"0\"><v>43904</v></c></row>"
        "</sheetData></worksheet>";
    member m[] = {
        { "xl/_rels/workbook.xml.rels", RELS, 0 },
        { "xl/workbook.xml", BOOK_1904, 0 },
        { "xl/worksheets/s.xml", sheet, 0 },
        { "xl/styles.xml", styles, 0 },
        { NULL, NULL, 0 },
    };
    seen s;
    yk_xlsx_stats st;
    ck_assert_int_eq(read_book(make_zip("1904.xlsx", m), NULL, NULL, &s, &st), YK_OK);
    ck_assert_str_eq(s.rows, "1|d|t\n2|1904-01-01|12:00:00\n3|2024-03-15|43904\n");
    ck_assert_uint_eq(st.dates, 3);
}
END_TEST

/* Rows numbered backwards are read in file order, said; a cell written
 * twice counts as its last value (C3 empty: row 3 is blank). */
START_TEST(rows_out_of_order)
{
    static const char sheet[] =
        "<worksheet><sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c></row>"
        "<row r=\"5\"><c r=\"A5\"><v>5</v></c></row>"
        "<row r=\"2\"><c r=\"A2\"><v>2</v></c></row>"
        "<row r=\"9\"><c r=\"C9\"><v>7</v></c><c r=\"C9\"/></row>"
        "<row r=\"10\"><c r=\"A10\"><v>10</v></c></row></sheetData></worksheet>";
    seen s;
    yk_xlsx_stats st;
    ck_assert_int_eq(read_book(make_book("order.xlsx", sheet, 0, NULL), NULL, NULL, &s, &st),
                     YK_OK);
    ck_assert_str_eq(s.rows, "1|1\n5|5\n6|2\n10|10\n");
    ck_assert_str_eq(s.diags, "row-out-of-order 6:0\n");
    /* Blank: rows 2-4 (a gap), 7-8 (a gap), 9 (its one cell emptied). */
    ck_assert_uint_eq(st.blank_lines, 6);
}
END_TEST

/* Memory: the bytes of a file, copied.  The sheet's elements carry a
 * prefix (x:), as some exporters write them; B2 is a formula's cached
 * text with an escaped underscore (_x005F_ is "_"), C2 an error cell. */
START_TEST(open_memory)
{
    static const char sheet[] =
        "<x:worksheet xmlns:x=\"m\"><x:sheetData><x:row r=\"2\"><x:c r=\"B2\" t=\"str\">"
        "<x:f>A1</x:f><x:v>x_x005F_y</x:v></x:c><x:c r=\"C2\" t=\"e\"><x:v>#N/A</x:v></x:c>"
        "</x:row></x:sheetData></x:worksheet>";
    const char *path = make_book("mem.xlsx", sheet, 0, NULL);
    FILE *f = fopen(path, "rb");
    char buf[4096];
    size_t n = fread(buf, 1, sizeof buf, f);
    fclose(f);
    seen s = { 0 };
    yk_xlsx *book;
    ck_assert_int_eq(yk_xlsx_open_memory(buf, n, "m.xlsx", NULL, on_diag, &s, &book), YK_OK);
    memset(buf, 0, sizeof buf);     /* copied: may be freed */
    ck_assert_int_eq(yk_xlsx_read_sheet(book, NULL, on_row, &s), YK_OK);
    ck_assert_str_eq(s.rows, "2||x_y|#N/A\n");
    ck_assert_str_eq(s.diags, "error-cell 2:3\n");
    ck_assert_str_eq(s.source, "m.xlsx:S");
    yk_xlsx_free(book);
}
END_TEST

Suite *yk_suite_xlsx(void)
{
    Suite *s = suite_create("xlsx");
    TCase *tc = tcase_create("core");
    tcase_add_checked_fixture(tc, make_dir, remove_dir);
    tcase_set_timeout(tc, 30);
    tcase_add_test(tc, text_numbers_booleans);
    tcase_add_test(tc, dates_and_times);
    tcase_add_test(tc, title_rows_blank_rows_sparse);
    tcase_add_test(tc, sheets_hidden_named_missing);
    tcase_add_test(tc, inline_strings);
    tcase_add_test(tc, not_a_zip);
    tcase_add_test(tc, not_a_workbook);
    tcase_add_test(tc, malformed_xml);
    tcase_add_test(tc, too_many_columns);
    tcase_add_test(tc, field_too_long);
    tcase_add_test(tc, bad_shared_string);
    tcase_add_test(tc, row_too_long);
    tcase_add_test(tc, zip_bomb);
    tcase_add_test(tc, date1904);
    tcase_add_test(tc, rows_out_of_order);
    tcase_add_test(tc, open_memory);
    suite_add_tcase(s, tc);
    return s;
}
