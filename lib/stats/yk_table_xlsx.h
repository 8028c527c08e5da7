/* ykien — result tables written as an Excel workbook (.xlsx).
 *
 * The spreadsheet twin of yk_table_write.  A sheet holds one table: its
 * title (bold) on row 1, its source and date on row 2, an empty row, then
 * a bold header row of the column names, frozen with the rows scrolling
 * under it, an autofilter on it, repeated on every printed page; columns
 * as wide as their longest cell.  A shown number is a number cell with a
 * format by its column's kind (the column's name, the tables' stable ids):
 *  - counts (n, base, n_from, ...): thousands separated, "#,##0";
 *  - percents (percent, share_to, top2, ci_low, ...): at least one
 *    decimal, "0.0", more when the table shows more;
 *  - p-values (p, p_adjusted, mw_p, ...) and the rest: the decimals the
 *    table shows, "0.000".
 * A blank number (missing, or hidden under --min-base) is an empty cell;
 * text is always a string cell, so text a spreadsheet would run as a
 * formula ("=1+1") stays text, and a p written as text ("1.3e-433")
 * stays as the CSV writes it.  Lines of notes follow the table after one
 * empty row.  Printed: landscape, one page wide.
 *
 * libxlsxwriter writes to a file by name, not to a stream: the caller
 * picks the path (a temporary name it renames when this succeeds).  When
 * it cannot create the file, libxlsxwriter itself prints one "[ERROR]"
 * line on stderr (it has no switch for that): the caller creates the file
 * first (as a temporary output is), so that only a full disk gets there. */
#ifndef YK_TABLE_XLSX_H
#define YK_TABLE_XLSX_H

#include <stddef.h>
#include <time.h>
#include "yk_table.h"

/* Excel's limit on a sheet's name, in characters. */
enum { YK_XLSX_SHEET_CHARS = 31 };

/* How a column's numbers read, when its name does not say (a report's
 * columns are headed in words): YK_XLSX_BY_NAME (0) is the rule above;
 * YK_XLSX_PERCENT_SIGN is a percent shown with its sign: 53.3 is written
 * as the fraction 0.533 with the format "0.0%", as Excel keeps percents. */
typedef enum {
    YK_XLSX_BY_NAME, YK_XLSX_COUNT, YK_XLSX_PERCENT, YK_XLSX_OTHER, YK_XLSX_PERCENT_SIGN,
    YK_XLSX_NKINDS
} yk_xlsx_kind;

typedef struct {
    const char *sheet;          /* the sheet's name, e.g. the verb; NULL: "Sheet1" */
    const yk_xlsx_kind *kinds;  /* each column's kind, borrowed; NULL: by name */
    const char *title;          /* row 1, bold; NULL with source NULL: no top rows */
    const char *source;         /* row 2, e.g. "Nguồn: ykien 0.1.0, ngày 14/11/2023" */
    const char *const *notes;   /* lines below the table, borrowed; may be NULL */
    size_t n_notes;
    /* The table's rows to write, in this order (NULL: all of them): a
     * round's rows on a sheet of its own. */
    const size_t *rows;
    size_t n_rows;
    /* The workbook's creation time (docProps/core.xml): set it to a fixed
     * time (SOURCE_DATE_EPOCH) and the same table gives the same bytes;
     * 0 is the time of writing.  Read by yk_table_write_xlsx only. */
    time_t created;
} yk_xlsx_opts;

/* Write t to path as a workbook of one sheet (o may be NULL).  YK_OK;
 * YK_ERR_NOMEM when a cell was lost; YK_ERR_LIMIT past 64 columns or
 * Excel's 1,048,576 rows; YK_ERR_ARGUMENT for a sheet name Excel refuses;
 * YK_ERR_IO when the file could not be written (errno kept where the
 * system set one).  A failed write may leave a partial file at path:
 * write to a temporary name. */
yk_status yk_table_write_xlsx(const yk_table *t, const char *path, const yk_xlsx_opts *o);

/* A workbook of many sheets, written when closed.  Opaque. */
typedef struct yk_xlsx_book yk_xlsx_book;

/* A new workbook to be written at path, created at `created` (as
 * yk_xlsx_opts.created).  YK_OK with *out set (the caller closes it), or
 * YK_ERR_NOMEM / YK_ERR_IO with *out NULL. */
yk_status yk_xlsx_book_new(const char *path, time_t created, yk_xlsx_book **out);

/* Make the next sheet the workbook's contents, filled when it is closed:
 * title on row 1, then a row per later sheet (its name, linked to it, and
 * its title) under a header of the two column names given (borrowed until
 * closed).  Call it before any yk_xlsx_book_add to have it first. */
yk_status yk_xlsx_book_contents(yk_xlsx_book *b, const char *sheet, const char *title,
                                const char *name_column, const char *title_column);

/* Add t as a sheet named o->sheet, laid out as above; the cells are
 * copied, so t may be freed after.  Statuses as yk_table_write_xlsx's
 * (YK_ERR_ARGUMENT also for a name the book already has). */
yk_status yk_xlsx_book_add(yk_xlsx_book *b, const yk_table *t, const yk_xlsx_opts *o);

/* A valid sheet name made from want, unused in b, into out (size bytes;
 * 128 hold any): []:*?/\ become spaces, a leading or trailing apostrophe
 * goes, it is cut to 31 characters (never inside one), an empty name is
 * "Sheet"; when b already has it (Excel compares without case), " (2)",
 * " (3)"... replaces its end.  YK_OK, or YK_ERR_LIMIT when size is too
 * small. */
yk_status yk_xlsx_book_sheet_name(const yk_xlsx_book *b, const char *want, char *out,
                                  size_t size);

/* Write the workbook and free it (b may be NULL: YK_OK).  YK_OK, or
 * YK_ERR_IO (errno kept) or YK_ERR_NOMEM; an error from an earlier
 * yk_xlsx_book_add is returned again. */
yk_status yk_xlsx_book_close(yk_xlsx_book *b);

#endif
