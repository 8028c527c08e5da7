/* ykien command — writing result tables. */
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "cli.h"
#include "json.h"
#include "table.h"
#include "yk_csvwrite.h"
#include "yk_text.h"

void table_init(table *t, const char *const *columns, size_t ncols)
{
    memset(t, 0, sizeof *t);
    t->columns = columns;
    t->ncols = ncols;
}

void table_free(table *t)
{
    yk_buf_free(&t->cells);
    yk_buf_free(&t->offsets);
}

void table_cell(table *t, const char *s)
{
    size_t at = t->cells.len;
    if (yk_buf_append(&t->offsets, &at, sizeof at) != YK_OK ||
        yk_buf_append(&t->cells, s, strlen(s) + 1) != YK_OK)
        t->failed = 1;
    if (++t->filled == t->ncols) {
        t->filled = 0;
        t->nrows++;
    }
}

void table_cellf(table *t, const char *fmt, ...)
{
    char buf[256];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    table_cell(t, buf);
}

void table_number(table *t, double v, int decimals, int present)
{
    if (present)
        table_cellf(t, "%.*f", decimals, v);
    else
        table_cell(t, "");
}

const char *table_at(const table *t, size_t r, size_t c)
{
    size_t i = r * t->ncols + c;
    if (r >= t->nrows || c >= t->ncols || t->failed || (i + 1) * sizeof(size_t) > t->offsets.len)
        return "";
    size_t at;
    memcpy(&at, t->offsets.data + i * sizeof at, sizeof at);
    return t->cells.data + at;
}

double table_number_at(const table *t, size_t r, size_t c)
{
    const char *s = table_at(t, r, c);
    char *end;
    double v = strtod(s, &end);
    return *s && !*end ? v : NAN;
}

size_t table_column(const table *t, const char *name)
{
    for (size_t c = 0; c < t->ncols; c++)
        if (strcmp(t->columns[c], name) == 0)
            return c;
    return SIZE_MAX;
}

int table_format_of(const char *name)
{
    return strcmp(name, "csv") == 0 ? TABLE_CSV : strcmp(name, "text") == 0 ? TABLE_TEXT
         : strcmp(name, "json") == 0 ? TABLE_JSON : -1;
}

static int write_csv(const table *t, FILE *out)
{
    yk_csv_writer *w;
    yk_field f[64];
    if (t->ncols > 64 || yk_csv_writer_new((yk_output){ cli_write_file, out }, ',', &w) != YK_OK)
        return EXIT_SYSTEM;
    /* A figure table is opened in Excel: a label "=HYPERLINK(...)" a unit
     * typed must not run there.  Figures are numbers and stay as they are. */
    yk_csv_writer_guard_formulas(w, 1);
    for (size_t c = 0; c < t->ncols; c++)
        f[c] = (yk_field){ t->columns[c], strlen(t->columns[c]) };
    yk_status st = yk_csv_write_row(w, f, t->ncols);
    const char *p = t->cells.data;
    for (size_t r = 0; r < t->nrows && st == YK_OK; r++) {
        for (size_t c = 0; c < t->ncols; c++, p += strlen(p) + 1)
            f[c] = (yk_field){ p, strlen(p) };
        st = yk_csv_write_row(w, f, t->ncols);
    }
    if (st == YK_OK)
        st = yk_csv_writer_flush(w);
    yk_csv_writer_free(w);
    return st == YK_OK ? 0 : EXIT_SYSTEM;
}

/* Display width: code points, which is right for Vietnamese NFC text. */
static size_t width(const char *s)
{
    size_t w = 0;
    for (; *s; s++)
        w += ((unsigned char)*s & 0xC0) != 0x80;
    return w;
}

static int write_text(const table *t, FILE *out)
{
    size_t w[64] = { 0 };
    if (t->ncols > 64)
        return EXIT_SYSTEM;
    const char *p = t->cells.data;
    for (size_t c = 0; c < t->ncols; c++)
        w[c] = width(t->columns[c]);
    for (size_t r = 0; r < t->nrows; r++)
        for (size_t c = 0; c < t->ncols; c++, p += strlen(p) + 1)
            w[c] = width(p) > w[c] ? width(p) : w[c];
    for (size_t c = 0; c < t->ncols; c++)
        fprintf(out, "%s%s%*s", c ? "  " : "", t->columns[c],
                c + 1 < t->ncols ? (int)(w[c] - width(t->columns[c])) : 0, "");
    fputc('\n', out);
    p = t->cells.data;
    for (size_t r = 0; r < t->nrows; r++) {
        for (size_t c = 0; c < t->ncols; c++, p += strlen(p) + 1)
            fprintf(out, "%s%s%*s", c ? "  " : "", p,
                    c + 1 < t->ncols ? (int)(w[c] - width(p)) : 0, "");
        fputc('\n', out);
    }
    return 0;
}

static int write_json(const table *t, FILE *out)
{
    const char *p = t->cells.data;
    fputc('[', out);
    for (size_t r = 0; r < t->nrows; r++) {
        fputs(r ? ",\n{" : "{", out);
        for (size_t c = 0; c < t->ncols; c++, p += strlen(p) + 1) {
            fprintf(out, "%s\"%s\": ", c ? ", " : "", t->columns[c]);
            json_string(out, p, strlen(p));
        }
        fputc('}', out);
    }
    fputs("]\n", out);
    return 0;
}

int table_write(const table *t, table_format format, FILE *out)
{
    if (t->failed) {
        cli_error("out of memory");
        return EXIT_SYSTEM;
    }
    return format == TABLE_CSV ? write_csv(t, out)
         : format == TABLE_TEXT ? write_text(t, out) : write_json(t, out);
}
