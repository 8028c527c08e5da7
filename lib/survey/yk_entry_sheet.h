/* ykien — the data-entry workbook: an .xlsx an office types paper returns
 * into, which `ykien check` and `import` read back with no mapping.
 *
 * Three sheets:
 *   "Nhập liệu" (Entry)  row 1 the header, one column per question that
 *                        holds an answer, headed by the question's name
 *                        (what the coder matches a data file's header
 *                        to); its label in the form's default language
 *                        as the header cell's comment.  Notes and meta
 *                        fields (start, end, calculate...) get no column.
 *                        Below it, over `rows` rows, data validation: a
 *                        select_one (the unit question too) a drop-down of
 *                        its codes, taken from a range of the codes sheet
 *                        (an inline list holds 255 characters at most);
 *                        an integer a whole number, a decimal a number,
 *                        within the form's min and max when it gives them;
 *                        a select_multiple no list (several codes, space-
 *                        separated, as Kobo exports them) but its codes in
 *                        the input message.  Codes and text are typed into
 *                        text-formatted cells, so "01" stays "01".
 *   "Mã trả lời" (Codes) each list's codes and labels; a poll's persons
 *                        (column, full name, position) and its levels.
 *   "Hướng dẫn"          a few lines for the typist, the survey's title
 *   (Instructions)       and the version of ykien that wrote it.
 *
 * A poll's ballot form (yk_ballot.h) gives one row per ballot and one
 * column per person, each a drop-down of the three levels' codes; a cell
 * off the list is a warning, not refused, because a ballot with two boxes
 * marked for a person is typed as both codes (votes counts that line
 * invalid).  The struck column and the columns of names written in,
 * when the poll names them, have a column too.
 *
 * libxlsxwriter writes to a file by name: the caller picks the path (a
 * temporary name it renames on success), as for yk_table_write_xlsx. */
#ifndef YK_ENTRY_SHEET_H
#define YK_ENTRY_SHEET_H

#include <stddef.h>
#include <time.h>
#include "yk_form.h"

enum { YK_ENTRY_DEFAULT_ROWS = 1000, YK_ENTRY_MAX_ROWS = 1048575 };

typedef struct {
    int poll;                   /* the form is a poll's ballot */
    int english;                /* sheet names and texts in English */
    size_t rows;                /* rows with validation; 0: the default */
    const char *title;          /* the project's, shown on the instructions
                                   sheet under the form's; may be NULL */
    const char *unit;           /* the unit question's name, or NULL: its
                                   header comment says it is the unit */
    const char *version;        /* ykien's, on the instructions sheet */
    time_t created;             /* docProps' date and the instructions'; 0: now */
    yk_diag_fn diag;            /* why a poll's form is no ballot; may be NULL */
    void *diag_ctx;
    /* A poll's columns as `votes` reads them (yk_ballot_options): the list
     * of levels (NULL: the one list), the struck column and the columns
     * of names written in (NULL: the form's text questions).  One that is
     * no question of the form gets a column of its own after the form's. */
    const char *levels, *struck;
    const char *const *added;
    size_t n_added;
} yk_entry_opts;

/* Write the entry workbook of form to path.  YK_OK; YK_ERR_PARSE when
 * opts->poll and the form is no ballot (no list of three levels);
 * YK_ERR_LIMIT past Excel's 16,384 columns or 1,048,576 rows;
 * YK_ERR_NOMEM; YK_ERR_IO when the file could not be written (errno kept
 * where the system set one).  A failed write may leave a partial file at
 * path. */
yk_status yk_entry_sheet_write(const yk_form *form, const char *path, const yk_entry_opts *o);

/* The label of labels (a question's or a choice's) to show: the form's
 * default language when a label language matches it (by name or by the
 * code in "English (en)"), else the first label given; NULL when none. */
const char *yk_entry_label(const yk_form *form, const char *const *labels);

#endif
