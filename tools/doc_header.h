/* ykien command — the header block of an office's documents (the report,
 * the printed questionnaire and ballot): tools/doc_header.c. */
#ifndef YK_TOOLS_DOC_HEADER_H
#define YK_TOOLS_DOC_HEADER_H

#include "report.h"
#include "yk_buf.h"
#include "yk_doc.h"

/* The header block from t's union, body, number, place and date, added to
 * doc: the names (the issuing body and "***", the union with its rule),
 * then "Số:" and the place-and-date line in a row of their own, which a
 * template with neither a number nor a date (a printed questionnaire or
 * ballot) does not have.  YK_OK or a status. */
yk_status doc_header_columns(const report_template *t, yk_doc *doc);

#endif
