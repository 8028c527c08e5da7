/* ykien — the entry workbook's parts, shared by its sheets' writers. */
#ifndef YK_ENTRY_SHEET_IMPL_H
#define YK_ENTRY_SHEET_IMPL_H

#include <xlsxwriter.h>
#include "yk_ballot.h"
#include "yk_entry_sheet.h"

/* Where a list's codes are on the codes sheet: rows first..last (0-based),
 * column B. */
typedef struct {
    lxw_row_t first, last;
} entry_range;

typedef struct {
    const yk_form *form;
    const yk_entry_opts *o;
    lxw_workbook *book;
    lxw_worksheet *entry, *codes, *guide;
    lxw_format *bold, *text, *wrap, *title;
    entry_range *lists;         /* one per yk_form_list */
    yk_ballot_coder *ballot;    /* a poll's persons and levels, or NULL */
    const char *codes_name;     /* the codes sheet's name */
    size_t rows;
    char date[32];              /* YYYY-MM-DD of o->created */
} entry_writer;

/* The text in the workbook's language: Vietnamese or English. */
#define ENTRY_TEXT(w, vi, en) ((w)->o->english ? (en) : (vi))

/* text as a string cell, its "_x" escaped so no reader turns "_xa_" into
 * a character (as table_xlsx.c does); fmt may be NULL. */
lxw_error entry_write_text(lxw_worksheet *ws, lxw_row_t row, lxw_col_t col, const char *text,
                           lxw_format *fmt);
/* text with "_x" escaped: a new string (NULL when out of memory). */
char *entry_escape(const char *text);
/* text cut to at most max characters (UTF-8 code points), "…" marking a
 * cut, into out (at least 4 * max + 1 bytes). */
void entry_fit(const char *text, size_t max, char *out);
/* Characters as a reader counts them: UTF-8 code points. */
size_t entry_width(const char *s);

/* The codes sheet (fills lists; a poll's persons below them) and the
 * instructions sheet. */
lxw_error entry_write_codes(entry_writer *w);
lxw_error entry_write_guide(entry_writer *w);

/* Whether q is a poll's person (a column of levels). */
int entry_is_person(const entry_writer *w, const yk_question *q);

#endif
