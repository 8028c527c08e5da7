/* ykien — a result table written as an Excel workbook (.xlsx).
 *
 * The spreadsheet twin of yk_table_write: one sheet, a bold header row of
 * the column names frozen above the rows, an autofilter on it, columns as
 * wide as their longest cell.  A shown number is a number cell formatted
 * with the decimals the table shows ("#,##0" for none, "0.0" for one...);
 * a blank number is an empty cell; text is always a string cell, so text
 * a spreadsheet would run as a formula ("=1+1") stays text.  Lines of notes
 * follow the table after one empty row.
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

typedef struct {
    const char *sheet;          /* the sheet's name, e.g. the verb; NULL: "Sheet1" */
    const char *const *notes;   /* lines below the table, borrowed; may be NULL */
    size_t n_notes;
    /* The workbook's creation time (docProps/core.xml): set it to a fixed
     * time (SOURCE_DATE_EPOCH) and the same table gives the same bytes;
     * 0 is the time of writing. */
    time_t created;
} yk_xlsx_opts;

/* Write t to path as a workbook (o may be NULL).  YK_OK; YK_ERR_NOMEM when
 * a cell was lost; YK_ERR_LIMIT past 64 columns or Excel's 1,048,576 rows;
 * YK_ERR_ARGUMENT for a sheet name Excel refuses; YK_ERR_IO when the file
 * could not be written (errno kept where the system set one).  A failed
 * write may leave a partial file at path: write to a temporary name. */
yk_status yk_table_write_xlsx(const yk_table *t, const char *path, const yk_xlsx_opts *o);

#endif
