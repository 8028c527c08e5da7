/* ykien — result tables: tidy rows of typed figures, and their writers.
 *
 * Every figure (freq, describe, compare, ..., votes) fills one of these;
 * every output (CSV, aligned text, JSON; .xlsx in yk_table_xlsx.h; the
 * report's tables) renders it.
 * Columns are named; a table's header declares an enum of its column ids
 * in column order (YK_FREQ_ROUND, ..., YK_FREQ_NCOLS), so a reader writes
 * yk_table_value(t, r, YK_FREQ_PERCENT) and a typo does not compile.
 *
 * A cell is text (copied in) or a number: its value, the decimals shown,
 * and whether it is shown at all.  A number that is not shown (missing,
 * or left blank under --min-base) is blank in every output and its value
 * is never handed out: yk_table_value() gives NAN.
 *
 * A plain value type like yk_buf: yk_table_init() it, add cells row by
 * row, write or read it, yk_table_free() it.  The column names are
 * borrowed and must outlive the table (they are static in every figure).
 * Adding a cell never fails loudly: an allocation failure marks the table
 * (yk_table_status) and its writers then fail with YK_ERR_NOMEM. */
#ifndef YK_TABLE_H
#define YK_TABLE_H

#include <stddef.h>
#include "yk_buf.h"
#include "yk_output.h"
#include "yk_status.h"

typedef enum { YK_TABLE_CSV, YK_TABLE_TEXT, YK_TABLE_JSON } yk_table_format;

typedef struct {
    const char *const *columns; /* borrowed */
    size_t ncols;
    yk_buf text;                /* every cell as shown, NUL-terminated, row by row */
    yk_buf cells;               /* each cell's yk_table_cell_ (internal) */
    size_t nrows, filled;       /* cells in the row being built */
    int failed;
} yk_table;

void yk_table_init(yk_table *t, const char *const *columns, size_t ncols);
/* Frees the cells; t may be zeroed or already freed. */
void yk_table_free(yk_table *t);

/* Add the next cell of the current row; the row ends after ncols cells. */
void yk_table_text(yk_table *t, const char *s);
/* A text cell from a format; cut at 255 bytes. */
void yk_table_textf(yk_table *t, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* A number shown with `decimals` places ("%.*f"), or a blank cell when
 * shown is 0. */
void yk_table_number(yk_table *t, double v, int decimals, int shown);
/* The same number shown with mark for its decimal point ("48,94" for a
 * Vietnamese reader of the text format): only the text changes, and
 * yk_table_value still gives the number (48.94). */
void yk_table_number_mark(yk_table *t, double v, int decimals, int shown, char mark);
/* A number written as text says ("1.3e-433", a p no double holds; "" is
 * blank): yk_table_value gives what strtod reads back from it. */
void yk_table_number_text(yk_table *t, const char *text);

size_t yk_table_n_rows(const yk_table *t);
/* YK_OK, or YK_ERR_NOMEM when a cell could not be stored. */
yk_status yk_table_status(const yk_table *t);

/* The cell at row r, column c (both from 0) as every output shows it:
 * borrowed until the next cell is added; "" outside the table and for a
 * blank number. */
const char *yk_table_text_at(const yk_table *t, size_t r, size_t c);
/* The number at row r, column c as the table shows it (rounded to its
 * decimals, so a report's sentence never disagrees with its table); NAN
 * for a blank number, a text cell, or outside the table. */
double yk_table_value(const yk_table *t, size_t r, size_t c);
/* Nonzero when the cell is a number that is shown. */
int yk_table_is_shown(const yk_table *t, size_t r, size_t c);
/* The index of the column named name, or SIZE_MAX (for tables whose
 * columns a user names, such as a CSV's; figures use their column ids). */
size_t yk_table_column(const yk_table *t, const char *name);

/* "csv", "text" or "json" as a format; -1 for anything else. */
int yk_table_format_of(const char *name);

/* Write the table to out: a header line of the column names, then a line
 * per row.
 *  - CSV: RFC 4180, with text that a spreadsheet would run as a formula
 *    guarded (yk_csv_writer_guard_formulas); numbers as they are.
 *  - text: columns aligned by code points (right for NFC Vietnamese),
 *    two spaces apart, the last column unpadded.
 *  - JSON: an array of objects, one per row, every cell a string (as the
 *    CSV has it), one row per line.
 * YK_OK; YK_ERR_NOMEM when a cell was lost; YK_ERR_LIMIT past 64
 * columns; or out's status. */
yk_status yk_table_write(const yk_table *t, yk_table_format format, yk_output out);

#endif
