/* ykien — result tables as Excel workbooks, with libxlsxwriter. */
#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <xlsxwriter.h>
#include "yk_table_xlsx.h"

enum {
    MAX_COLUMNS = 64,           /* as the other writers */
    MAX_ROWS = 1048576,         /* Excel's */
    MAX_DECIMALS = 15,          /* what a double holds */
    MAX_WIDTH = 60,             /* a long label wraps nothing: cap its column */
};

/* A workbook being written and the formats it made, one per decimals. */
typedef struct {
    lxw_workbook *book;
    lxw_worksheet *sheet;
    lxw_format *header;
    lxw_format *decimals[MAX_DECIMALS + 1];
} writer;

/* The places after the decimal point (or mark) of a number written
 * plainly ("-1,234.5" is not: no thousands separators are written); -1
 * when the text is something else ("1.3e-433", "<0.001"), which is then
 * kept as the text shows it. */
static int plain_decimals(const char *s)
{
    if (*s == '-')
        s++;
    if (!isdigit((unsigned char)*s))
        return -1;
    while (isdigit((unsigned char)*s))
        s++;
    if (*s == '\0')
        return 0;
    if (*s != '.' && *s != ',')
        return -1;
    const char *first = ++s;
    while (isdigit((unsigned char)*s))
        s++;
    return *s == '\0' && s > first && s - first <= MAX_DECIMALS ? (int)(s - first) : -1;
}

/* "#,##0" for whole numbers (counts read with thousands separators), else
 * "0.0", "0.00"...: made once per workbook. */
static lxw_format *number_format(writer *w, int decimals)
{
    if (!w->decimals[decimals]) {
        char code[MAX_DECIMALS + 3] = "0.";
        lxw_format *f = workbook_add_format(w->book);
        if (!f)
            return NULL;
        memset(code + 2, '0', (size_t)decimals);
        code[2 + decimals] = '\0';
        format_set_num_format(f, decimals ? code : "#,##0");
        w->decimals[decimals] = f;
    }
    return w->decimals[decimals];
}

/* Characters as a reader counts them: UTF-8 code points. */
static size_t width_of(const char *s)
{
    size_t n = 0;
    for (; *s; s++)
        n += ((unsigned char)*s & 0xC0) != 0x80;
    return n;
}

/* Text as a string cell, never a formula.  A workbook's strings read
 * "_xHHHH_" as the character HHHH, and LibreOffice reads even "_xa_" so
 * (the code mang_xa_hoi came back as "mang", a line break, "hoi"): every
 * "_x" is written with its underscore escaped as "_x005F_", which every
 * reader turns back into "_". */
static lxw_error write_text(writer *w, lxw_row_t row, lxw_col_t col, const char *text,
                            lxw_format *f)
{
    size_t n = 0, len = strlen(text);
    for (const char *p = strstr(text, "_x"); p; p = strstr(p + 1, "_x"))
        n++;
    if (!n)
        return worksheet_write_string(w->sheet, row, col, text, f);
    char *escaped = malloc(len + 6 * n + 1), *out = escaped;
    if (!escaped)
        return LXW_ERROR_MEMORY_MALLOC_FAILED;
    for (const char *p = text; *p; p++) {
        if (p[0] == '_' && p[1] == 'x') {
            memcpy(out, "_x005F", 6);
            out += 6;
        }
        *out++ = *p;
    }
    *out = '\0';
    lxw_error e = worksheet_write_string(w->sheet, row, col, escaped, f);
    free(escaped);
    return e;
}

static lxw_error write_cell(writer *w, const yk_table *t, size_t r, size_t c)
{
    const char *text = yk_table_text_at(t, r, c);
    lxw_row_t row = (lxw_row_t)(r + 1);
    lxw_col_t col = (lxw_col_t)c;
    int decimals = plain_decimals(text);
    if (!*text)
        return LXW_NO_ERROR;            /* a blank number: an empty cell */
    if (yk_table_is_shown(t, r, c) && decimals >= 0) {
        lxw_format *f = number_format(w, decimals);
        if (!f)
            return LXW_ERROR_MEMORY_MALLOC_FAILED;
        return worksheet_write_number(w->sheet, row, col, yk_table_value(t, r, c), f);
    }
    return write_text(w, row, col, text, NULL);
}

static lxw_error write_header(writer *w, const yk_table *t)
{
    lxw_error e = LXW_NO_ERROR;
    if (!(w->header = workbook_add_format(w->book)))
        return LXW_ERROR_MEMORY_MALLOC_FAILED;
    format_set_bold(w->header);
    for (size_t c = 0; c < t->ncols && !e; c++)
        e = write_text(w, 0, (lxw_col_t)c, t->columns[c], w->header);
    return e;
}

/* Each column as wide as its widest cell (header included), plus a margin. */
static lxw_error set_widths(writer *w, const yk_table *t)
{
    lxw_error e = LXW_NO_ERROR;
    for (size_t c = 0; c < t->ncols && !e; c++) {
        size_t width = width_of(t->columns[c]);
        for (size_t r = 0; r < yk_table_n_rows(t); r++) {
            size_t cell = width_of(yk_table_text_at(t, r, c));
            width = cell > width ? cell : width;
        }
        width = width + 2 < MAX_WIDTH ? width + 2 : MAX_WIDTH;
        e = worksheet_set_column(w->sheet, (lxw_col_t)c, (lxw_col_t)c, (double)width, NULL);
    }
    return e;
}

static lxw_error write_sheet(writer *w, const yk_table *t, const yk_xlsx_opts *o)
{
    size_t nrows = yk_table_n_rows(t);
    lxw_error e = write_header(w, t);
    for (size_t r = 0; r < nrows && !e; r++)
        for (size_t c = 0; c < t->ncols && !e; c++)
            e = write_cell(w, t, r, c);
    for (size_t i = 0; o && i < o->n_notes && !e; i++)
        e = write_text(w, (lxw_row_t)(nrows + 2 + i), 0, o->notes[i], NULL);
    if (!e)
        e = set_widths(w, t);
    if (!e)
        worksheet_freeze_panes(w->sheet, 1, 0);
    /* Printed, as offices print tables: landscape, one page wide, the
     * header on every page. */
    if (!e) {
        worksheet_set_landscape(w->sheet);
        worksheet_fit_to_pages(w->sheet, 1, 0);
        e = worksheet_repeat_rows(w->sheet, 0, 0);
    }
    if (!e && t->ncols)
        e = worksheet_autofilter(w->sheet, 0, 0, (lxw_row_t)nrows, (lxw_col_t)(t->ncols - 1));
    return e;
}

static yk_status status_of(lxw_error e)
{
    switch (e) {
    case LXW_NO_ERROR: return YK_OK;
    case LXW_ERROR_MEMORY_MALLOC_FAILED: return YK_ERR_NOMEM;
    case LXW_ERROR_SHEETNAME_LENGTH_EXCEEDED:
    case LXW_ERROR_INVALID_SHEETNAME_CHARACTER:
    case LXW_ERROR_SHEETNAME_START_END_APOSTROPHE:
        return YK_ERR_ARGUMENT;
    case LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED:
    case LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE:
        return YK_ERR_LIMIT;
    default: return YK_ERR_IO;
    }
}

yk_status yk_table_write_xlsx(const yk_table *t, const char *path, const yk_xlsx_opts *o)
{
    const char *name = o && o->sheet ? o->sheet : "Sheet1";
    size_t notes = o ? o->n_notes : 0;
    writer w = { 0 };
    if (yk_table_status(t) != YK_OK)
        return yk_table_status(t);
    if (t->ncols > MAX_COLUMNS || yk_table_n_rows(t) + 2 + notes > MAX_ROWS)
        return YK_ERR_LIMIT;
    errno = 0;
    if (!(w.book = workbook_new(path)))
        return errno == ENOMEM ? YK_ERR_NOMEM : YK_ERR_IO;
    if (workbook_validate_sheet_name(w.book, name) != LXW_NO_ERROR) {
        lxw_workbook_free(w.book);      /* nothing written yet */
        return YK_ERR_ARGUMENT;
    }
    lxw_doc_properties props = { .created = o ? o->created : 0 };
    lxw_error e = workbook_set_properties(w.book, &props);
    if (!e && !(w.sheet = workbook_add_worksheet(w.book, name)))
        e = LXW_ERROR_MEMORY_MALLOC_FAILED;
    if (!e)
        e = write_sheet(&w, t, o);
    /* Closing writes the file; it also frees the workbook after an error. */
    errno = 0;
    lxw_error closed = workbook_close(w.book);
    return status_of(e ? e : closed);
}
