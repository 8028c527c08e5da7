/* ykien — result tables as Excel workbooks, with libxlsxwriter. */
#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#include <xlsxwriter.h>
#include "yk_table_xlsx.h"
#include "yk_text.h"

enum {
    MAX_COLUMNS = 64,           /* as the other writers */
    MAX_ROWS = 1048576,         /* Excel's */
    MAX_DECIMALS = 15,          /* what a double holds */
    MAX_WIDTH = 60,             /* a long label wraps nothing: cap its column */
    TOP_ROWS = 3,               /* title, source, an empty row */
    MAX_SHEETS = 4096,          /* far past any report; caps the names kept */
};


/* A sheet of the book: its name and title, for the contents. */
typedef struct {
    char *name, *title;
} sheet_entry;

struct yk_xlsx_book {
    lxw_workbook *book;
    lxw_format *bold, *link, *wrap;
    lxw_format *numbers[YK_XLSX_NKINDS][MAX_DECIMALS + 1];
    lxw_format *exponents[MAX_DECIMALS + 1];   /* "0.00000E+00" */
    sheet_entry *sheets;
    size_t n_sheets;
    lxw_worksheet *contents;    /* NULL: no contents sheet */
    const char *contents_title, *name_column, *title_column;
    lxw_error failed;           /* the first error of an add */
};

/* The tables' column names (yk_freq_columns ... yk_rounds_columns and
 * the votes table's): counts are whole people or answers; percents are shares
 * out of 100 and their intervals. */
static yk_xlsx_kind kind_of(const char *name)
{
    static const char *const counts[] = {
        "n", "base", "base_opinion", "effective_base", "effective_n", "items", "n_from",
        "n_to", "issued", "valid", "high", "trust", "low", "invalid", "returned", "no_mark",
        "several_marks", "unknown_marks", "names_added", "names_struck",
    };
    static const char *const percents[] = {
        "percent", "percent_opinion", "percent_responses", "row_percent", "col_percent",
        "top2", "bottom2", "net", "top2_low", "top2_high", "share_from", "share_to",
        "change", "ci_low", "ci_high",
    };
    for (size_t i = 0; i < sizeof counts / sizeof counts[0]; i++)
        if (strcmp(name, counts[i]) == 0)
            return YK_XLSX_COUNT;
    for (size_t i = 0; i < sizeof percents / sizeof percents[0]; i++)
        if (strcmp(name, percents[i]) == 0)
            return YK_XLSX_PERCENT;
    /* The votes table's shares (high_pct, ...) are percents too. */
    size_t len = strlen(name);
    return len > 4 && strcmp(name + len - 4, "_pct") == 0 ? YK_XLSX_PERCENT : YK_XLSX_OTHER;
}

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

/* The mantissa's decimals of a number in exponent form ("8.19972e-42",
 * as the CSV writes a small p), or -1. */
static int exponent_decimals(const char *s)
{
    const char *e = strpbrk(s, "eE");
    if (!e || e == s)
        return -1;
    size_t len = (size_t)(e - s);
    char mantissa[64];
    if (len >= sizeof mantissa)
        return -1;
    memcpy(mantissa, s, len);
    mantissa[len] = '\0';
    int decimals = plain_decimals(mantissa);
    const char *x = e + 1 + (e[1] == '-' || e[1] == '+');
    if (decimals < 0 || !isdigit((unsigned char)*x) || strchr(mantissa, ','))
        return -1;
    while (isdigit((unsigned char)*x))
        x++;
    return *x ? -1 : decimals;
}

/* "0.00000E+00": a p in exponent form shown with the CSV's digits. */
static lxw_format *exponent_format(yk_xlsx_book *b, int decimals)
{
    if (!b->exponents[decimals]) {
        char code[MAX_DECIMALS + 8];
        lxw_format *f = workbook_add_format(b->book);
        if (!f)
            return NULL;
        snprintf(code, sizeof code, "0%s%.*sE+00", decimals ? "." : "", decimals,
                 "000000000000000");
        format_set_num_format(f, code);
        b->exponents[decimals] = f;
    }
    return b->exponents[decimals];
}

/* The number format of a kind shown with `decimals` places: "#,##0.0"
 * for counts, at least "0.0" for percents ("0.0%" with the sign), "0.000"
 * for the rest (p-values as the CSV shows them); made once per workbook. */
static lxw_format *number_format(yk_xlsx_book *b, yk_xlsx_kind kind, int decimals)
{
    if ((kind == YK_XLSX_PERCENT || kind == YK_XLSX_PERCENT_SIGN) && decimals < 1)
        decimals = 1;
    if (!b->numbers[kind][decimals]) {
        char code[MAX_DECIMALS + 8];
        lxw_format *f = workbook_add_format(b->book);
        if (!f)
            return NULL;
        snprintf(code, sizeof code, "%s%s%.*s%s", kind == YK_XLSX_COUNT ? "#,##0" : "0",
                 decimals ? "." : "", decimals, "000000000000000",
                 kind == YK_XLSX_PERCENT_SIGN ? "%" : "");
        format_set_num_format(f, code);
        b->numbers[kind][decimals] = f;
    }
    return b->numbers[kind][decimals];
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
static lxw_error write_text(lxw_worksheet *ws, lxw_row_t row, lxw_col_t col, const char *text,
                            lxw_format *f)
{
    size_t n = 0, len = strlen(text);
    for (const char *p = strstr(text, "_x"); p; p = strstr(p + 1, "_x"))
        n++;
    if (!n)
        return worksheet_write_string(ws, row, col, text, f);
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
    lxw_error e = worksheet_write_string(ws, row, col, escaped, f);
    free(escaped);
    return e;
}

/* Table row r's cell in column c, at the sheet's row `row`. */
static lxw_error write_cell(yk_xlsx_book *b, lxw_worksheet *ws, const yk_table *t, size_t r,
                            size_t c, lxw_row_t row, const yk_xlsx_kind *kinds)
{
    const char *text = yk_table_text_at(t, r, c);
    lxw_col_t col = (lxw_col_t)c;
    int decimals = plain_decimals(text);
    if (!*text)
        return LXW_NO_ERROR;            /* a blank number: an empty cell */
    if (yk_table_is_shown(t, r, c) && decimals >= 0) {
        yk_xlsx_kind kind = kinds && kinds[c] ? kinds[c] : kind_of(t->columns[c]);
        lxw_format *f = number_format(b, kind, decimals);
        double v = yk_table_value(t, r, c);
        if (!f)
            return LXW_ERROR_MEMORY_MALLOC_FAILED;
        return worksheet_write_number(ws, row, col, kind == YK_XLSX_PERCENT_SIGN ? v / 100 : v,
                                      f);
    }
    /* A p in exponent form is a number too, unless no double holds it
     * ("1.3e-433" reads back as 0): that one stays text, as shown. */
    int exponent = yk_table_is_shown(t, r, c) ? exponent_decimals(text) : -1;
    if (exponent >= 0 && yk_table_value(t, r, c) != 0 && isfinite(yk_table_value(t, r, c))) {
        lxw_format *f = exponent_format(b, exponent);
        if (!f)
            return LXW_ERROR_MEMORY_MALLOC_FAILED;
        return worksheet_write_number(ws, row, col, yk_table_value(t, r, c), f);
    }
    return write_text(ws, row, col, text, NULL);
}

static lxw_error write_header(yk_xlsx_book *b, lxw_worksheet *ws, const yk_table *t,
                              lxw_row_t row)
{
    lxw_error e = LXW_NO_ERROR;
    for (size_t c = 0; c < t->ncols && !e; c++)
        e = write_text(ws, row, (lxw_col_t)c, t->columns[c], b->bold);
    return e;
}

static size_t row_at(const yk_xlsx_opts *o, size_t i)
{
    return o && o->rows ? o->rows[i] : i;
}

/* Each column as wide as its widest cell (header included), plus a margin;
 * the title and source rows overflow into the empty cells beside them.
 * A column that would be wider wraps its text (wrapped[c] set). */
static lxw_error set_widths(yk_xlsx_book *b, lxw_worksheet *ws, const yk_table *t,
                            const yk_xlsx_opts *o, size_t nrows, unsigned char *wrapped)
{
    lxw_error e = LXW_NO_ERROR;
    for (size_t c = 0; c < t->ncols && !e; c++) {
        size_t width = width_of(t->columns[c]);
        for (size_t i = 0; i < nrows; i++) {
            size_t cell = width_of(yk_table_text_at(t, row_at(o, i), c));
            width = cell > width ? cell : width;
        }
        wrapped[c] = width + 2 > MAX_WIDTH;
        width = width + 2 < MAX_WIDTH ? width + 2 : MAX_WIDTH;
        e = worksheet_set_column(ws, (lxw_col_t)c, (lxw_col_t)c, (double)width,
                                 wrapped[c] ? b->wrap : NULL);
    }
    return e;
}

/* A row whose text wraps is as high as its lines: set here, as neither
 * Excel nor LibreOffice sizes a row written without a height. */
static lxw_error set_heights(lxw_worksheet *ws, const yk_table *t, const yk_xlsx_opts *o,
                             lxw_row_t header, size_t nrows, const unsigned char *wrapped)
{
    enum { LINE_POINTS = 15, PER_LINE = MAX_WIDTH };
    lxw_error e = LXW_NO_ERROR;
    for (size_t i = 0; i < nrows && !e; i++) {
        size_t lines = 1;
        for (size_t c = 0; c < t->ncols; c++) {
            size_t n = wrapped[c] ? width_of(yk_table_text_at(t, row_at(o, i), c)) : 0;
            lines = (n + PER_LINE - 1) / PER_LINE > lines ? (n + PER_LINE - 1) / PER_LINE
                                                          : lines;
        }
        if (lines > 1)
            e = worksheet_set_row(ws, (lxw_row_t)(header + 1 + i), (double)(lines * LINE_POINTS),
                                  NULL);
    }
    return e;
}

/* The title (bold) and the source above the table; the header's row. */
static lxw_error write_top(yk_xlsx_book *b, lxw_worksheet *ws, const yk_xlsx_opts *o,
                           lxw_row_t *header)
{
    lxw_error e = LXW_NO_ERROR;
    *header = 0;
    if (!o || (!o->title && !o->source))
        return e;
    if (o->title)
        e = write_text(ws, 0, 0, o->title, b->bold);
    if (!e && o->source)
        e = write_text(ws, 1, 0, o->source, NULL);
    *header = TOP_ROWS;
    return e;
}

/* Printed, as offices print tables: landscape, one page wide, the header
 * on every page; on screen, the header frozen and filtered. */
static lxw_error set_view(lxw_worksheet *ws, const yk_table *t, lxw_row_t header, size_t nrows)
{
    worksheet_freeze_panes(ws, header + 1, 0);
    worksheet_set_landscape(ws);
    worksheet_set_paper(ws, 9);         /* A4 */
    worksheet_fit_to_pages(ws, 1, 0);
    lxw_error e = worksheet_repeat_rows(ws, header, header);
    if (!e && t->ncols)
        e = worksheet_autofilter(ws, header, 0, (lxw_row_t)(header + nrows),
                                 (lxw_col_t)(t->ncols - 1));
    return e;
}

static lxw_error write_sheet(yk_xlsx_book *b, lxw_worksheet *ws, const yk_table *t,
                             const yk_xlsx_opts *o)
{
    size_t nrows = o && o->rows ? o->n_rows : yk_table_n_rows(t);
    lxw_row_t header;
    lxw_error e = write_top(b, ws, o, &header);
    if (!e)
        e = write_header(b, ws, t, header);
    for (size_t i = 0; i < nrows && !e; i++)
        for (size_t c = 0; c < t->ncols && !e; c++)
            e = write_cell(b, ws, t, row_at(o, i), c, (lxw_row_t)(header + 1 + i),
                           o ? o->kinds : NULL);
    for (size_t i = 0; o && i < o->n_notes && !e; i++)
        e = write_text(ws, (lxw_row_t)(header + nrows + 2 + i), 0, o->notes[i], NULL);
    unsigned char wrapped[MAX_COLUMNS] = { 0 };
    if (!e)
        e = set_widths(b, ws, t, o, nrows, wrapped);
    if (!e)
        e = set_heights(ws, t, o, header, nrows, wrapped);
    if (!e)
        e = set_view(ws, t, header, nrows);
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
    case LXW_ERROR_SHEETNAME_ALREADY_USED:
    case LXW_ERROR_NULL_PARAMETER_IGNORED:
        return YK_ERR_ARGUMENT;
    case LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED:
    case LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE:
        return YK_ERR_LIMIT;
    default: return YK_ERR_IO;
    }
}

/* ---- the book -------------------------------------------------------- */

yk_status yk_xlsx_book_new(const char *path, time_t created, yk_xlsx_book **out)
{
    *out = NULL;
    yk_xlsx_book *b = calloc(1, sizeof *b);
    if (!b)
        return YK_ERR_NOMEM;
    errno = 0;
    if (!(b->book = workbook_new(path))) {
        free(b);
        return errno == ENOMEM ? YK_ERR_NOMEM : YK_ERR_IO;
    }
    lxw_doc_properties props = { .created = created };
    lxw_error e = workbook_set_properties(b->book, &props);
    if (!e && (b->bold = workbook_add_format(b->book)))
        format_set_bold(b->bold);
    if (!e && (b->link = workbook_add_format(b->book))) {
        format_set_underline(b->link, LXW_UNDERLINE_SINGLE);
        format_set_font_color(b->link, LXW_COLOR_BLUE);
    }
    if (!e && (b->wrap = workbook_add_format(b->book)))
        format_set_text_wrap(b->wrap);
    if (e || !b->bold || !b->link || !b->wrap) {
        b->failed = e ? e : LXW_ERROR_MEMORY_MALLOC_FAILED;
        yk_xlsx_book_close(b);
        return YK_ERR_NOMEM;
    }
    *out = b;
    return YK_OK;
}

/* Remember a sheet's name and title for the contents. */
static lxw_error keep_sheet(yk_xlsx_book *b, const char *name, const char *title)
{
    if (b->n_sheets >= MAX_SHEETS)
        return LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE;
    sheet_entry *more = realloc(b->sheets, (b->n_sheets + 1) * sizeof *more);
    if (!more)
        return LXW_ERROR_MEMORY_MALLOC_FAILED;
    b->sheets = more;
    sheet_entry *s = &b->sheets[b->n_sheets];
    s->name = strdup(name);
    s->title = strdup(title ? title : "");
    if (!s->name || !s->title) {
        free(s->name);
        free(s->title);
        return LXW_ERROR_MEMORY_MALLOC_FAILED;
    }
    b->n_sheets++;
    return LXW_NO_ERROR;
}

static lxw_worksheet *new_sheet(yk_xlsx_book *b, const char *name, const char *title,
                                lxw_error *e)
{
    lxw_worksheet *ws = NULL;
    if (!(*e = workbook_validate_sheet_name(b->book, name))) {
        if (!(ws = workbook_add_worksheet(b->book, name)))
            *e = LXW_ERROR_MEMORY_MALLOC_FAILED;
        else
            *e = keep_sheet(b, name, title);
    }
    return *e ? NULL : ws;
}

yk_status yk_xlsx_book_contents(yk_xlsx_book *b, const char *sheet, const char *title,
                                const char *name_column, const char *title_column)
{
    lxw_error e;
    if (b->failed)
        return status_of(b->failed);
    if (!(b->contents = new_sheet(b, sheet, title, &e)))
        return status_of(e);
    b->contents_title = title;
    b->name_column = name_column;
    b->title_column = title_column;
    return YK_OK;
}

yk_status yk_xlsx_book_add(yk_xlsx_book *b, const yk_table *t, const yk_xlsx_opts *o)
{
    const char *name = o && o->sheet ? o->sheet : "Sheet1";
    size_t nrows = o && o->rows ? o->n_rows : yk_table_n_rows(t);
    size_t notes = o ? o->n_notes : 0;
    lxw_error e;
    if (b->failed)
        return status_of(b->failed);
    if (yk_table_status(t) != YK_OK)
        return yk_table_status(t);
    if (t->ncols > MAX_COLUMNS || nrows + TOP_ROWS + 2 + notes > MAX_ROWS)
        return YK_ERR_LIMIT;
    for (size_t i = 0; o && o->rows && i < nrows; i++)
        if (o->rows[i] >= yk_table_n_rows(t))
            return YK_ERR_ARGUMENT;
    lxw_worksheet *ws = new_sheet(b, name, o ? o->title : NULL, &e);
    if (!ws) {
        /* A refused name wrote nothing: the book stays usable. */
        if (e != LXW_ERROR_MEMORY_MALLOC_FAILED)
            return status_of(e);
        b->failed = e;
        return status_of(e);
    }
    if ((e = write_sheet(b, ws, t, o)) != LXW_NO_ERROR)
        b->failed = e;
    return status_of(e);
}

/* The contents: a row per sheet after it, its name a link to the sheet. */
static lxw_error write_contents(yk_xlsx_book *b)
{
    lxw_worksheet *ws = b->contents;
    lxw_error e = write_text(ws, 0, 0, b->contents_title ? b->contents_title : "", b->bold);
    size_t name_width = width_of(b->name_column), title_width = width_of(b->title_column);
    if (!e)
        e = write_text(ws, 2, 0, b->name_column, b->bold);
    if (!e)
        e = write_text(ws, 2, 1, b->title_column, b->bold);
    for (size_t i = 1; i < b->n_sheets && !e; i++) {
        const sheet_entry *s = &b->sheets[i];
        size_t len = strlen(s->name) + 16;
        char *url = malloc(len);
        if (!url)
            return LXW_ERROR_MEMORY_MALLOC_FAILED;
        /* A name with a quote doubles it inside the quotes, as Excel's. */
        char *p = url + sprintf(url, "internal:'");
        for (const char *q = s->name; *q; q++) {
            if (*q == '\'')
                *p++ = '\'';
            *p++ = *q;
        }
        strcpy(p, "'!A1");
        e = worksheet_write_url_opt(ws, (lxw_row_t)(2 + i), 0, url, b->link, s->name, NULL);
        free(url);
        if (!e)
            e = write_text(ws, (lxw_row_t)(2 + i), 1, s->title, NULL);
        name_width = width_of(s->name) > name_width ? width_of(s->name) : name_width;
        title_width = width_of(s->title) > title_width ? width_of(s->title) : title_width;
    }
    if (!e)
        e = worksheet_set_column(ws, 0, 0, (double)(name_width + 2), NULL);
    if (!e)
        e = worksheet_set_column(ws, 1, 1, (double)(title_width + 2 < 100 ? title_width + 2
                                                                            : 100), NULL);
    if (!e) {
        worksheet_set_landscape(ws);
        worksheet_set_paper(ws, 9);
        worksheet_fit_to_pages(ws, 1, 0);
    }
    return e;
}

yk_status yk_xlsx_book_close(yk_xlsx_book *b)
{
    if (!b)
        return YK_OK;
    lxw_error e = b->failed;
    if (!e && b->contents)
        e = write_contents(b);
    /* Closing writes the file; it also frees the workbook after an error. */
    errno = 0;
    lxw_error closed = workbook_close(b->book);
    int err = errno;
    for (size_t i = 0; i < b->n_sheets; i++) {
        free(b->sheets[i].name);
        free(b->sheets[i].title);
    }
    free(b->sheets);
    free(b);
    errno = err;
    return status_of(e ? e : closed);
}

/* ---- sheet names ----------------------------------------------------- */

/* Whether a and b are the same name to Excel: equal but for case. */
static int same_name(const char *a, const char *b)
{
    size_t an = strlen(a), bn = strlen(b);
    while (an && bn) {
        uint32_t ca, cb;
        size_t la = yk_utf8_next(a, an, &ca), lb = yk_utf8_next(b, bn, &cb);
        if (!la || !lb)
            return strcmp(a, b) == 0;
        if (utf8proc_tolower((utf8proc_int32_t)ca) != utf8proc_tolower((utf8proc_int32_t)cb))
            return 0;
        a += la, an -= la;
        b += lb, bn -= lb;
    }
    return !an && !bn;
}

static int book_has(const yk_xlsx_book *b, const char *name)
{
    for (size_t i = 0; b && i < b->n_sheets; i++)
        if (same_name(b->sheets[i].name, name))
            return 1;
    return 0;
}

/* want's characters that a sheet name may hold, at most `chars` of them,
 * into out (NUL-terminated): the rest of the name is made by the caller. */
static void clean_name(const char *want, size_t chars, char *out)
{
    size_t n = strlen(want), kept = 0, len = 0;
    while (n && *want == '\'')
        want++, n--;
    while (n && kept < chars) {
        uint32_t cp;
        size_t step = yk_utf8_next(want, n, &cp);
        if (!step) {            /* not UTF-8: skipped, never cut in two */
            want++, n--;
            continue;
        }
        if (cp < 0x20 || (cp < 0x80 && strchr("[]:*?/\\", (int)cp)))
            out[len++] = ' ';
        else
            memcpy(out + len, want, step), len += step;
        want += step, n -= step;
        kept++;
    }
    while (len && (out[len - 1] == '\'' || out[len - 1] == ' '))
        len--;
    out[len] = '\0';
}

yk_status yk_xlsx_book_sheet_name(const yk_xlsx_book *b, const char *want, char *out,
                                  size_t size)
{
    enum { NEED = YK_XLSX_SHEET_CHARS * 4 + 1 };
    char base[NEED];
    if (size < NEED)
        return YK_ERR_LIMIT;
    clean_name(want ? want : "", YK_XLSX_SHEET_CHARS, base);
    if (!*base)
        strcpy(base, "Sheet");
    strcpy(out, base);
    for (unsigned k = 2; book_has(b, out); k++) {
        char suffix[16];
        int slen = snprintf(suffix, sizeof suffix, " (%u)", k);
        clean_name(base, YK_XLSX_SHEET_CHARS - (size_t)slen, out);
        strcat(out, suffix);
    }
    return YK_OK;
}

/* ---- one table, one sheet --------------------------------------------- */

yk_status yk_table_write_xlsx(const yk_table *t, const char *path, const yk_xlsx_opts *o)
{
    yk_xlsx_book *b;
    if (yk_table_status(t) != YK_OK)
        return yk_table_status(t);
    /* Refused before the file is made: a bad name or table writes nothing. */
    size_t nrows = o && o->rows ? o->n_rows : yk_table_n_rows(t);
    if (t->ncols > MAX_COLUMNS || nrows + TOP_ROWS + 2 + (o ? o->n_notes : 0) > MAX_ROWS)
        return YK_ERR_LIMIT;
    yk_status st = yk_xlsx_book_new(path, o ? o->created : 0, &b);
    if (st != YK_OK)
        return st;
    if (workbook_validate_sheet_name(b->book, o && o->sheet ? o->sheet : "Sheet1")) {
        lxw_workbook_free(b->book);     /* nothing written yet */
        free(b);
        return YK_ERR_ARGUMENT;
    }
    st = yk_xlsx_book_add(b, t, o);
    yk_status closed = yk_xlsx_book_close(b);
    return st != YK_OK ? st : closed;
}
