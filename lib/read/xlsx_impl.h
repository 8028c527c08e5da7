/* ykien — the workbook reader's private parts, shared by lib/read/xlsx*.c.
 *
 * xlsx.c opens the zip and reads a sheet; xlsx_book.c reads the
 * workbook's list of sheets; xlsx_part.c inflates one part into an expat parser under the zip-bomb
 * limits; xlsx_strings.c holds the shared strings; xlsx_styles.c says which
 * cell styles are dates; xlsx_value.c turns a cell's stored value into the
 * text Excel shows; xlsx_sheet.c parses a sheet's XML into rows of cells;
 * xlsx_rows.c finds the header and delivers the rows under it. */
#ifndef YK_XLSX_IMPL_H
#define YK_XLSX_IMPL_H

#include <expat.h>
#include <stdint.h>
#include <zip.h>
#include "yk_arena.h"
#include "yk_buf.h"
#include "yk_xlsx.h"

enum { XLSX_CHUNK = 64 << 10 };     /* bytes inflated per step */

/* What a number format shows a number as. */
typedef enum { XLSX_NUMBER, XLSX_DATE, XLSX_TIME, XLSX_DATETIME } xlsx_shown;

/* ---- shared strings (xlsx_strings.c) ---------------------------------- */

typedef struct {
    size_t off;     /* into text; XLSX_TOO_LONG: over max_field, not kept */
    size_t len;     /* bytes (for a string too long: at least max_field + 1) */
} xlsx_string;

#define XLSX_TOO_LONG SIZE_MAX

typedef struct {
    yk_buf text;            /* every string NFC, each NUL-terminated */
    xlsx_string *at;
    size_t n, cap;
    /* while parsing */
    yk_buf part;            /* the <si> being read, raw */
    int in_si, in_t, in_rph, over;
} xlsx_strings;

/* Append the text of one <si> (or inline string) s, n bytes, to out:
 * _xHHHH_ escapes decoded and NFC. */
yk_status xlsx_text(const char *s, size_t n, yk_buf *out, yk_buf *scratch);

/* ---- styles (xlsx_styles.c) ------------------------------------------ */

typedef struct {
    unsigned id;
    unsigned char shown;
} xlsx_numfmt;

typedef struct {
    unsigned char *shown;   /* per cellXfs index: an xlsx_shown */
    size_t n, cap;
    xlsx_numfmt *fmts;      /* custom formats, sorted by id once read */
    size_t n_fmts, cap_fmts;
    int sorted;             /* fmts sorted by id */
} xlsx_styles;

xlsx_shown xlsx_format_shows(const char *code);
xlsx_shown xlsx_builtin_shows(unsigned id);

/* ---- a sheet's row as parsed (xlsx_sheet.c, xlsx_rows.c) -------------- */

typedef struct {
    size_t off, len;        /* into the row's text */
} xlsx_cell;

typedef struct {
    unsigned long line;     /* the sheet's row number */
    yk_buf text;            /* the cells' text, each NUL-terminated */
    xlsx_cell *cells;       /* cells[0 .. n) */
    size_t n, cap;
    size_t filled;          /* cells with a value */
    int bad;                /* an error was said: skip the row */
} xlsx_row;

/* ---- the book -------------------------------------------------------- */

typedef struct {
    char *name, *part;
    int hidden, worksheet;
} xlsx_sheet;

/* Where rows go after the sheet parser (xlsx_rows.c). */
typedef struct {
    xlsx_row pool[YK_XLSX_HEADER_SCAN + 1];
    size_t n_held;              /* pool[0 .. n_held) wait for the header */
    int have_header, scanning;
    size_t width;
    unsigned long last_line;
    yk_field *fields;
    size_t n_fields;
} xlsx_rows;

struct yk_xlsx {
    zip_t *zip;
    void *data;                 /* the copy of a workbook in memory */
    unsigned long long archive_bytes;
    const char *source;
    yk_diag_fn diag;
    void *diag_ctx;
    yk_xlsx_options opts;       /* limits resolved */
    char *sheet_wanted;         /* opts.sheet, copied */
    yk_arena arena;             /* sheet names and parts */
    xlsx_sheet *sheets;
    size_t n_sheets;
    xlsx_strings strings;
    xlsx_styles styles;
    int date1904;
    yk_xlsx_stats stats;
    yk_buf sheet_source;        /* "FILE:SHEET" of the current read */
    const char *at;             /* the source diagnostics name now */
    yk_buf scratch;             /* for NFC */
    xlsx_rows rows;
    yk_row_fn row_fn;
    void *row_ctx;
    int stopped;
};

void xlsx_emit(yk_xlsx *b, yk_severity sev, const char *kind, unsigned long line,
               unsigned long col, const char *hint, const char *fmt, ...)
    __attribute__((format(printf, 7, 8)));

/* Inflate the part named name into parser p, a chunk at a time, under the
 * zip-bomb limits.  YK_OK at the part's end; YK_ERR_STOPPED when a handler
 * stopped the parser; else the error was said ("bad-xml", naming the
 * part and line *row when row is not NULL, "zip-bomb", "bad-zip").
 * *missing set (when not NULL) and YK_OK when there is no such part. */
yk_status xlsx_part_parse(yk_xlsx *b, const char *name, XML_Parser p,
                          const unsigned long *row, int *missing);

/* What the expat handlers of every part share: the book, the parser, and
 * the first failure, after which the parser stops (xlsx_parse_fail). */
typedef struct {
    yk_xlsx *b;
    XML_Parser p;
    yk_status failure;
} xlsx_parse;

/* Keep st unless a failure came first, and stop the parser. */
void xlsx_parse_fail(xlsx_parse *x, yk_status st);

/* The local part of an element or attribute name ("x:row" gives "row"). */
const char *xlsx_local(const char *name);
/* The value of the attribute whose local name is local, or NULL. */
const char *xlsx_attr(const char **atts, const char *local);

/* Read the list of sheets, the shared strings and the styles. */
yk_status xlsx_book_read(yk_xlsx *b);
yk_status xlsx_strings_read(yk_xlsx *b, const char *part);
void xlsx_strings_free(xlsx_strings *s);
yk_status xlsx_styles_read(yk_xlsx *b, const char *part);
void xlsx_styles_free(xlsx_styles *s);
/* What style index s shows a number cell as. */
xlsx_shown xlsx_style_shows(const xlsx_styles *st, unsigned long s);

/* Append the text Excel shows for a number cell holding v (n bytes, as
 * stored) under a format that shows it as shown, to out.  line and col
 * name the cell in warnings. */
yk_status xlsx_number_text(yk_xlsx *b, const char *v, size_t n, xlsx_shown shown,
                           unsigned long line, unsigned long col, yk_buf *out);
/* A date cell (t="d", ISO 8601), as the reader writes dates. */
yk_status xlsx_iso_text(yk_xlsx *b, const char *v, size_t n, yk_buf *out);

yk_status xlsx_sheet_parse(yk_xlsx *b, const xlsx_sheet *sh);

void xlsx_rows_start(xlsx_rows *r);
void xlsx_rows_free(xlsx_rows *r);
/* The row pool slot the parser fills next. */
xlsx_row *xlsx_rows_next(yk_xlsx *b);
/* The parser finished the row xlsx_rows_next gave. */
yk_status xlsx_rows_take(yk_xlsx *b);
/* The sheet ended: deliver what is held. */
yk_status xlsx_rows_end(yk_xlsx *b);

#endif
