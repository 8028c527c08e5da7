/* ykien — writing RFC 4180 CSV.
 *
 * A field is quoted only when it must be: when it holds the delimiter, a
 * double quote (doubled inside), CR or LF.  Rows end with LF.  Output is
 * buffered and handed to a sink in large pieces. */
#ifndef YK_CSVWRITE_H
#define YK_CSVWRITE_H

#include <stddef.h>
#include "yk_reader.h"

typedef struct {
    /* Write all n bytes or fail. */
    yk_status (*write)(void *ctx, const char *p, size_t n);
    void *ctx;
} yk_output;

typedef struct yk_csv_writer yk_csv_writer;

yk_status yk_csv_writer_new(yk_output out, int delimiter, yk_csv_writer **w);

/* Write one row of n fields (text of any bytes; lengths are used). */
yk_status yk_csv_write_row(yk_csv_writer *w, const yk_field *fields, size_t n);

/* Write bytes as they are (a BOM, say). */
yk_status yk_csv_write_raw(yk_csv_writer *w, const char *p, size_t n);

/* Hand everything buffered to the sink. */
yk_status yk_csv_writer_flush(yk_csv_writer *w);

/* Frees without flushing. */
void yk_csv_writer_free(yk_csv_writer *w);

#endif
