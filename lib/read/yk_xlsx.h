/* ykien — reading Excel workbooks (.xlsx) as offices send them.
 *
 * A workbook is a zip of XML parts (ECMA-376): xl/workbook.xml names the
 * sheets, xl/sharedStrings.xml holds the text cells point into,
 * xl/styles.xml says which number cells are dates, and each sheet's XML
 * holds its rows.  libzip opens the zip and expat parses each part as it is
 * inflated, a chunk at a time: a sheet is never held whole, so memory does
 * not grow with its rows (the shared strings are held: they are the
 * workbook's dictionary, bounded by max_strings).
 *
 * A sheet is delivered as the CSV reader delivers a file (yk_row, one call
 * per row) so that every verb reads either the same way:
 *   - row->source is "FILE:SHEET" ("don-vi.xlsx:Sheet1"), row->line the
 *     sheet's own row number (as Excel shows it), row->number 1 for the
 *     header row, then 2, 3... for the rows under it;
 *   - a field is the cell as Excel shows it, in UTF-8 NFC: text as typed;
 *     a number in at most 15 significant digits (4.4, never
 *     4.4000000000000004); TRUE/FALSE; an error cell as its text (#N/A,
 *     with a warning); a date, time or date-time (a number cell whose
 *     format is a date format, the 1900 or 1904 date system) in ISO 8601:
 *     "2024-03-15", "10:23:45", "2024-03-15 10:23:45";
 *     A time format on a serial of a day or more gives the date-time, so
 *     no day is lost; serial 60 of the 1900 system is Excel's 1900-02-29,
 *     given as such with a warning ("nonexistent-date"); a date format on
 *     a number no date can be is the number, with a warning ("bad-date");
 *   - every row has the header's width: empty cells, and cells missing at
 *     a row's end, are empty fields; a non-empty cell right of the header
 *     is an error ("cell-beyond-header", the first such cell), never
 *     silently dropped: an answer in an unnamed column cannot be placed,
 *     and the row's named cells are still delivered;
 *   - rows with no value at all under the header, present in the XML or
 *     not, are counted as blank lines, not delivered.
 * Column numbers in diagnostics are 1-based (1 = column A): the caller
 * prints them as cell references (yk_xlsx_cell_name).
 *
 * The header row: with header_row 0 the reader takes the first row that
 * has as many non-empty cells as any of the sheet's first
 * YK_XLSX_HEADER_SCAN rows, so title rows above a hand-made table (a
 * merged title, "Đơn vị: ...", an empty row) are passed over and counted
 * (stats.title_rows, and a "title-rows" warning naming them: it comes
 * after the diagnostics of the rows held while looking).  A header row
 * that was named but is empty ends the read ("empty-header-row").  Merged
 * header cells: a merged range's value is in its first cell; the others are
 * empty, as Excel stores them.
 *
 * Hostile workbooks end with an error that names the file, and the sheet
 * and cell where there is one: not a zip ("not-a-zip"), a zip without
 * xl/workbook.xml ("not-a-workbook"), a sheet not in it ("no-such-sheet"),
 * malformed XML ("bad-xml", with the part and its line), a shared-string
 * index out of range ("bad-shared-string", the cell), a cell over
 * max_field bytes ("field-too-long", the cell: its row is skipped and
 * counted), a row over max_columns cells ("too-many-columns"), and a part
 * that inflates past max_part bytes or more than max_ratio times its
 * compressed size once past YK_XLSX_RATIO_FREE bytes ("zip-bomb": the read
 * stops); shared strings past max_strings bytes ("too-many-strings"); a
 * part that cannot be inflated ("bad-zip").  A bad-shared-string,
 * field-too-long or too-many-columns row is skipped and counted, and so is
 * a row whose text passes YK_DEFAULT_MAX_ROW bytes ("row-too-long": one
 * long shared string may fill every cell of a row).
 * Warnings: an error cell ("error-cell"), a number cell that holds no
 * number ("bad-number", read as text), a row numbered below the one before
 * it ("row-out-of-order": read as the next row), an empty sheet
 * ("empty-sheet"). */
#ifndef YK_XLSX_H
#define YK_XLSX_H

#include <stddef.h>
#include "yk_diag.h"
#include "yk_reader.h"
#include "yk_status.h"

enum {
    YK_XLSX_HEADER_SCAN = 20,           /* rows looked at to find the header */
    YK_XLSX_MAX_RATIO = 200,            /* inflated / compressed size */
    YK_XLSX_RATIO_FREE = 16 << 20       /* bytes inflated before the ratio counts */
};
#define YK_XLSX_MAX_PART (4ULL << 30)   /* bytes one part may inflate to */
#define YK_XLSX_MAX_STRINGS (1ULL << 30) /* bytes of shared strings held */

typedef struct {
    const char *sheet;              /* NULL: the workbook's first sheet */
    unsigned long header_row;       /* 0: find it (above); else that row */
    size_t max_field, max_columns;  /* 0: the CSV reader's defaults */
    unsigned long long max_part;    /* 0: YK_XLSX_MAX_PART */
    unsigned long long max_strings; /* 0: YK_XLSX_MAX_STRINGS */
    unsigned max_ratio;             /* 0: YK_XLSX_MAX_RATIO */
} yk_xlsx_options;

/* Counts after reading a sheet. */
typedef struct {
    unsigned long rows;         /* delivered, header included */
    unsigned long columns;      /* cells in the header row */
    unsigned long header_row;   /* the sheet row it was on */
    unsigned long title_rows;   /* non-empty rows above it, passed over */
    unsigned long skipped;      /* rows with an error, reported, not delivered */
    unsigned long blank_lines;  /* rows with no value */
    unsigned long dates;        /* cells read as dates or times */
    unsigned long errors, warnings;
} yk_xlsx_stats;

typedef struct yk_xlsx yk_xlsx;

/* Is this the start of a zip (PK\3\4), hence maybe a workbook?  head holds
 * the file's first n bytes. */
int yk_xlsx_looks_like(const void *head, size_t n);

/* Open a workbook from a file, or from memory (copied: data may be freed
 * after the call).  source names it in diagnostics ("don-vi.xlsx") and must
 * outlive the book.  Reads the list of sheets, the shared strings and the
 * styles.  YK_ERR_PARSE (after a diagnostic) when it is not a zip or not a
 * workbook or a part is malformed, YK_ERR_LIMIT past a limit, YK_ERR_IO
 * when the file cannot be read.  opts may be NULL; diag may be NULL. */
yk_status yk_xlsx_open(const char *path, const char *source,
                       const yk_xlsx_options *opts, yk_diag_fn diag,
                       void *diag_ctx, yk_xlsx **out);
yk_status yk_xlsx_open_memory(const void *data, size_t len, const char *source,
                              const yk_xlsx_options *opts, yk_diag_fn diag,
                              void *diag_ctx, yk_xlsx **out);
void yk_xlsx_free(yk_xlsx *book);

/* Sheets in workbook order; NULL past the end. */
size_t yk_xlsx_n_sheets(const yk_xlsx *book);
const char *yk_xlsx_sheet_name(const yk_xlsx *book, size_t i);
/* The index of the sheet named name (exact bytes, then ignoring ASCII
 * case), or -1. */
long yk_xlsx_find_sheet(const yk_xlsx *book, const char *name);

/* The source its rows and diagnostics will name for sheet (NULL: as
 * yk_xlsx_read_sheet picks it): "FILE:SHEET"; NULL when there is no such
 * sheet.  Borrowed from the book. */
const char *yk_xlsx_source(yk_xlsx *book, const char *sheet);

/* Read one sheet (NULL: the one opts named, else the first), calling row
 * for the header and every row under it.  Returns YK_OK when the sheet was
 * read to its end (even with problems: see the stats), YK_ERR_STOPPED when
 * row asked to stop, YK_ERR_PARSE ("no-such-sheet", "bad-xml") or
 * YK_ERR_LIMIT when it could not be read on.  A sheet may be read again. */
yk_status yk_xlsx_read_sheet(yk_xlsx *book, const char *sheet, yk_row_fn row,
                             void *ctx);
/* Counts of the last read; borrowed until the next read or free. */
const yk_xlsx_stats *yk_xlsx_stats_of(const yk_xlsx *book);

/* The cell reference of a 1-based column and row ("B14"), written into out
 * (at least 16 bytes); column 0 gives the row alone ("14"). */
const char *yk_xlsx_cell_name(unsigned long column, unsigned long row, char *out);

#endif
