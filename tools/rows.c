/* ykien command — what became of the rows: read, counted, left out and
 * why.  Every verb that reads a survey's rows says it, so no row is lost
 * without a word even when the status is 0. */
#include <stdio.h>
#include <string.h>
#include "cli.h"

static unsigned long left_out(const cli_rows *r)
{
    return r->blank + r->totals + r->doubles + r->rejected + r->unread;
}

static const char *rows_have(unsigned long n)
{
    return n == 1 ? "row has" : "rows have";
}

/* "1 blank, 2 totals rows, 1 double submission" into buf. */
static void reasons(const cli_rows *r, char *buf, size_t size)
{
    const struct { unsigned long n; const char *one, *many; } why[] = {
        { r->blank, "blank row", "blank rows" },
        { r->totals, "totals row", "totals rows" },
        { r->doubles, "double submission", "double submissions" },
        { r->rejected, "row over a reading limit", "rows over a reading limit" },
        { r->unread, "row of a file whose columns match no question",
          "rows of files whose columns match no question" },
    };
    size_t k = 0;
    buf[0] = '\0';
    for (size_t i = 0; i < sizeof why / sizeof why[0]; i++) {
        if (!why[i].n || k >= size)
            continue;
        int n = snprintf(buf + k, size - k, "%s%lu %s", k ? ", " : "", why[i].n,
                         why[i].n == 1 ? why[i].one : why[i].many);
        k += n > 0 ? (size_t)n : 0;
    }
}

void cli_rows_say(const cli_diags *ds)
{
    const cli_rows *r = &ds->rows;
    char why[256];
    if (!r->known || (!left_out(r) && !r->with_errors && !r->no_unit && !r->doubles_kept &&
                      !r->errors))
        return;
    reasons(r, why, sizeof why);
    fprintf(stderr, "ykien: %lu %s read, %lu counted", r->read, r->read == 1 ? "row" : "rows",
            r->counted);
    if (left_out(r))
        fprintf(stderr, "; %lu left out (%s)", left_out(r), why);
    if (r->doubles_kept)
        fprintf(stderr, "; %lu double %s counted twice (--keep-duplicates)", r->doubles_kept,
                r->doubles_kept == 1 ? "submission" : "submissions");
    if (r->with_errors)
        fprintf(stderr, "; %lu counted %s answers that could not be read, left out of "
                "those questions", r->with_errors, rows_have(r->with_errors));
    if (r->no_unit)
        fprintf(stderr, "; %lu counted %s no known unit (shown as 'Unknown unit')",
                r->no_unit, rows_have(r->no_unit));
    if (r->errors)
        fprintf(stderr, "; %lu data %s in all", r->errors, r->errors == 1 ? "error" : "errors");
    fputs("; 'ykien check' lists them\n", stderr);
}

void cli_rows_footer(const cli_diags *ds, FILE *out)
{
    const cli_rows *r = &ds->rows;
    char why[256];
    if (!r->known)
        return;
    reasons(r, why, sizeof why);
    if (left_out(r))
        fprintf(out, "\nRows: %lu read, %lu counted, %lu left out (%s).\n", r->read,
                r->counted, left_out(r), why);
    else
        fprintf(out, "\nRows: %lu read, all counted.\n", r->read);
    if (r->doubles_kept)
        fprintf(out, "%lu double %s counted twice (--keep-duplicates).\n", r->doubles_kept,
                r->doubles_kept == 1 ? "submission is" : "submissions are");
    if (r->with_errors)
        fprintf(out, "%lu counted %s answers that could not be read: those answers are "
                "left out.\n", r->with_errors, rows_have(r->with_errors));
    if (r->no_unit)
        fprintf(out, "%lu counted %s no known unit: %s under _missing ('Unknown unit').\n",
                r->no_unit, rows_have(r->no_unit), r->no_unit == 1 ? "it is" : "they are");
    if (r->errors)
        fprintf(out, "%lu data %s in all.\n", r->errors, r->errors == 1 ? "error" : "errors");
    if (left_out(r) || r->with_errors || r->no_unit || r->errors)
        fputs("'ykien check' lists them.\n", out);
}

int cli_rows_status(const cli_diags *ds, int strict, int code)
{
    return strict && ds->errors && code < EXIT_DATA ? EXIT_DATA : code;
}
