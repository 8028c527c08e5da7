/* ykien command — workbooks of result tables: what the figure verbs and
 * the report share to write an .xlsx where -o says (tools/figure_xlsx.c). */
#ifndef YK_TOOLS_FIGURE_XLSX_H
#define YK_TOOLS_FIGURE_XLSX_H

#include <time.h>
#include "cli.h"
#include "yk_table_xlsx.h"

/* A workbook being written to -o's file, atomically (cli_out). */
typedef struct {
    cli_out *out;
    const char *output;         /* -o as given, for messages */
    yk_xlsx_book *book;
    time_t at;                  /* when it was made (SOURCE_DATE_EPOCH when set) */
    char source[160];           /* "Nguồn: ykien 0.1.0, ngày 14/11/2023" */
    int failed;                 /* a sheet could not be added */
    yk_status status;           /* ... and why */
} figure_book;

/* Open a workbook where out says (-o NAME.xlsx): 0, or an exit status
 * after saying why.  english: the source line in English. */
int figure_book_open(figure_book *b, const char *verb, const cli_output_opts *out,
                     int english, char **inputs, int ninputs);

/* Add rows of t (rows NULL: all) as a sheet named from want (made valid
 * and unique, yk_xlsx_book_sheet_name), with title and the notes below;
 * kinds: each column's (NULL: by its name).  A failure is kept for
 * figure_book_close (and b->failed set). */
void figure_book_table(figure_book *b, const yk_table *t, const char *want, const char *title,
                       const char *const *notes, size_t n_notes, const size_t *rows,
                       size_t n_rows, const yk_xlsx_kind *kinds);

/* Write the workbook and commit it (0), or remove it and say why (an exit
 * status). */
int figure_book_close(figure_book *b, const char *verb);
/* Drop the workbook: nothing is left at -o's name. */
void figure_book_abandon(figure_book *b);

/* The lines of text notes, split in place at line ends (empty lines
 * dropped: a sheet shows an empty row, not the text format's blank
 * lines), as a new array *lines (the caller frees it; the lines point
 * into notes).  The count, or -1 when out of memory. */
long figure_note_lines(char *notes, const char ***lines);

#endif
