/* ykien — result tables: typed cells, added row by row and read back. */
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "yk_table.h"

/* What the table keeps of a cell beside its text. */
typedef struct {
    size_t at;                  /* its text's offset in t->text */
    double value;               /* a shown number's value, as shown; else NAN */
    unsigned char number;       /* a number cell (shown or blank) */
} cell;

void yk_table_init(yk_table *t, const char *const *columns, size_t ncols)
{
    memset(t, 0, sizeof *t);
    t->columns = columns;
    t->ncols = ncols;
}

void yk_table_free(yk_table *t)
{
    yk_buf_free(&t->text);
    yk_buf_free(&t->cells);
}

static void add(yk_table *t, const char *s, int number, double value)
{
    cell c = { t->text.len, value, (unsigned char)number };
    if (yk_buf_append(&t->cells, &c, sizeof c) != YK_OK ||
        yk_buf_append(&t->text, s, strlen(s) + 1) != YK_OK)
        t->failed = 1;
    if (++t->filled == t->ncols) {
        t->filled = 0;
        t->nrows++;
    }
}

void yk_table_text(yk_table *t, const char *s)
{
    add(t, s, 0, NAN);
}

void yk_table_textf(yk_table *t, const char *fmt, ...)
{
    char buf[256];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    add(t, buf, 0, NAN);
}

void yk_table_number(yk_table *t, double v, int decimals, int shown)
{
    char buf[512];              /* %.*f of 1e308 with a few decimals fits */
    if (!shown) {
        add(t, "", 1, NAN);
        return;
    }
    snprintf(buf, sizeof buf, "%.*f", decimals, v);
    /* The value as shown: what a reader of the CSV gets back. */
    add(t, buf, 1, strtod(buf, NULL));
}

void yk_table_number_mark(yk_table *t, double v, int decimals, int shown, char mark)
{
    char buf[512];
    if (!shown) {
        add(t, "", 1, NAN);
        return;
    }
    snprintf(buf, sizeof buf, "%.*f", decimals, v);
    double value = strtod(buf, NULL);   /* read back before the mark changes */
    char *point = strchr(buf, '.');
    if (point)
        *point = mark;
    add(t, buf, 1, value);
}

void yk_table_number_text(yk_table *t, const char *text)
{
    add(t, text, 1, *text ? strtod(text, NULL) : NAN);
}

size_t yk_table_n_rows(const yk_table *t)
{
    return t->nrows;
}

yk_status yk_table_status(const yk_table *t)
{
    return t->failed ? YK_ERR_NOMEM : YK_OK;
}

static const cell *cell_at(const yk_table *t, size_t r, size_t c)
{
    size_t i = r * t->ncols + c;
    if (r >= t->nrows || c >= t->ncols || t->failed || (i + 1) * sizeof(cell) > t->cells.len)
        return NULL;
    return (const cell *)(const void *)(t->cells.data + i * sizeof(cell));
}

const char *yk_table_text_at(const yk_table *t, size_t r, size_t c)
{
    const cell *p = cell_at(t, r, c);
    return p ? t->text.data + p->at : "";
}

double yk_table_value(const yk_table *t, size_t r, size_t c)
{
    const cell *p = cell_at(t, r, c);
    return p && p->number ? p->value : NAN;
}

int yk_table_is_shown(const yk_table *t, size_t r, size_t c)
{
    const cell *p = cell_at(t, r, c);
    return p && p->number && t->text.data[p->at] != '\0';
}

size_t yk_table_column(const yk_table *t, const char *name)
{
    for (size_t c = 0; c < t->ncols; c++)
        if (strcmp(t->columns[c], name) == 0)
            return c;
    return SIZE_MAX;
}

int yk_table_format_of(const char *name)
{
    return strcmp(name, "csv") == 0 ? YK_TABLE_CSV : strcmp(name, "text") == 0 ? YK_TABLE_TEXT
         : strcmp(name, "json") == 0 ? YK_TABLE_JSON : -1;
}
