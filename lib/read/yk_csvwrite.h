/* ykien — writing RFC 4180 CSV.
 *
 * A field is quoted only when it must be: when it holds the delimiter, a
 * double quote (doubled inside), CR or LF.  Rows end with LF.  Output is
 * buffered and handed to a sink in large pieces.  A writer can guard
 * against formula injection (yk_csv_writer_guard_formulas). */
#ifndef YK_CSVWRITE_H
#define YK_CSVWRITE_H

#include <stddef.h>
#include "yk_output.h"
#include "yk_reader.h"

typedef struct yk_csv_writer yk_csv_writer;

yk_status yk_csv_writer_new(yk_output out, int delimiter, yk_csv_writer **w);

/* Write one row of n fields (text of any bytes; lengths are used). */
yk_status yk_csv_write_row(yk_csv_writer *w, const yk_field *fields, size_t n);

/* Write bytes as they are (a BOM, say). */
yk_status yk_csv_write_raw(yk_csv_writer *w, const char *p, size_t n);

/* Formula injection (OWASP, "CSV Injection"): a spreadsheet such as Excel
 * runs a cell that starts with '=', '+', '-', '@', a tab or a CR as a
 * formula (=HYPERLINK(...), @SUM(...)|cmd...).  With the guard on, such a
 * field is written with a leading apostrophe, which Excel and LibreOffice
 * take as "text" and do not show; a field that reads whole as a number
 * ("-1", "+3", "-0.5", "-0,5", "-1e-3") is no formula and stays as it is.
 * Spaces before the first character are looked through (" =1+1").  The
 * guard is off when a writer is made: CSV for other tools is written as
 * it is; turn it on for a CSV meant for a spreadsheet. */
void yk_csv_writer_guard_formulas(yk_csv_writer *w, int on);

/* Nonzero when s (n bytes) reads whole as a decimal number: an optional
 * sign, digits with at most one '.' or ',' among or before them, and an
 * optional exponent (e or E, an optional sign, digits). */
int yk_csv_is_number(const char *s, size_t n);

/* Nonzero when a spreadsheet could take s (n bytes) as a formula: what
 * the guard prefixes with an apostrophe. */
int yk_csv_formula_risk(const char *s, size_t n);

/* Hand everything buffered to the sink. */
yk_status yk_csv_writer_flush(yk_csv_writer *w);

/* Frees without flushing. */
void yk_csv_writer_free(yk_csv_writer *w);

#endif
