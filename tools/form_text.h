/* ykien command — a form as the three CSV texts the library loads, from a
 * folder of CSV files or an XLSForm workbook (tools/form_text.c). */
#ifndef FORM_TEXT_H
#define FORM_TEXT_H

#include "yk_buf.h"
#include "yk_form.h"
#include "yk_tally.h"

typedef struct {
    unsigned long *row;         /* the sheet row of each CSV line */
    size_t n, cap;
} cli_form_lines;

typedef struct {
    char *name[3];              /* survey, choices, settings as diagnostics
                                   name them: "DIR/survey.csv", "form.xlsx:survey" */
    yk_buf text[3];             /* each as CSV */
    int present[3];             /* settings may be missing; in a workbook, choices too */
    int workbook;
    cli_form_lines lines[3];    /* workbook: where each CSV line came from */
} cli_form_text;

/* Is the form at where a workbook (a file) rather than a folder? */
int cli_form_is_workbook(const char *where);
/* Read the form at where (a folder or a workbook); 0, or an exit status
 * after saying why.  A workbook's own problems go to diag. */
int cli_form_text_read(const char *where, cli_form_text *t, yk_diag_fn diag, void *ctx);
/* Load it; diagnostics name the files, or the sheets' cells. */
yk_status cli_form_text_load(const cli_form_text *t, yk_diag_fn diag, void *ctx,
                             yk_form **out);
/* Both: read the form at where and load it into *out; 0, or an exit
 * status after saying why (EXIT_DATA: the form has errors, said). */
int cli_form_open(const char *where, yk_diag_fn diag, void *ctx, cli_form_text *t,
                  yk_form **out);
/* Its texts as a tally file keeps them; borrowed from t. */
yk_form_text cli_form_text_bytes(const cli_form_text *t);
void cli_form_text_free(cli_form_text *t);

#endif
