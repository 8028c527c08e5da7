/* ykien — coded data as an SPSS (.sav) or Stata (.dta, version 118)
 * file, written with ReadStat from a codebook (yk_codebook.h).
 *
 * Both formats state the number of rows and every string variable's
 * width in the header, before the first row: the caller finds them
 * first (ykien import spools the rows to a temporary file), then writes
 * row after row; nothing here holds more than one row.  Text is UTF-8:
 * SPSS files carry the UTF-8 encoding record, Stata 118 is UTF-8. */
#ifndef YK_STATFILE_H
#define YK_STATFILE_H

#include <stddef.h>
#include <time.h>
#include "yk_codebook.h"
#include "yk_output.h"

/* Stata's str# holds at most this many bytes (strL is not written). */
#define YK_STATFILE_STATA_STRING_MAX 2045
#define YK_STATFILE_SPSS_STRING_MAX 32767

typedef struct yk_statfile yk_statfile;

typedef struct {
    yk_package package;
    const size_t *widths;       /* per variable: the longest string value
                                   in bytes (read for string variables) */
    long rows;                  /* exactly the rows that will be written */
    const char *file_label;     /* the form's title, or NULL */
    time_t created;             /* the file's timestamp */
} yk_statfile_opts;

/* Start writing: the header, variables, labels and missing values go to
 * out.  The codebook (made for the same package) must outlive the
 * writer.  YK_ERR_LIMIT when a string is wider than the package holds,
 * YK_ERR_IO when out fails, YK_ERR_ARGUMENT when ReadStat refuses the
 * dictionary (a bug: the codebook's names are meant to be valid), or
 * too many variables for the package; *why then names the cause (a
 * static string), and stays NULL when out itself failed.  *sf is NULL
 * on error. */
yk_status yk_statfile_begin(const yk_codebook *cb, const yk_statfile_opts *opt,
                            yk_output out, yk_statfile **sf, const char **why);

/* One row: one cell per variable of the codebook, in its order. */
yk_status yk_statfile_row(yk_statfile *sf, const yk_codebook_cell *cells, const char **why);

/* Finish the file (YK_ERR_ARGUMENT when fewer rows came than announced)
 * and free the writer, which must not be used after. */
yk_status yk_statfile_end(yk_statfile *sf, const char **why);

/* Give up without finishing; NULL is accepted. */
void yk_statfile_free(yk_statfile *sf);

#endif
