/* ykien command — the header block of an office's documents (the report,
 * the printed questionnaire and ballot): tools/doc_header.c. */
#ifndef YK_TOOLS_DOC_HEADER_H
#define YK_TOOLS_DOC_HEADER_H

#include "report.h"
#include "yk_buf.h"

/* The two columns of the header block (yk_doc_columns' left and right
 * markup) from t's union, body, number, place and date, appended to left
 * and right and NUL-terminated (a NULL number or date: no such line, as on
 * a printed questionnaire or ballot); YK_OK or a status (the buffers are the
 * caller's to free either way). */
yk_status doc_header_columns(const report_template *t, yk_buf *left, yk_buf *right);

#endif
