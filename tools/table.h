/* ykien command — result tables: tidy rows of figures, written as CSV
 * (the contract other tools rely on), aligned text for a terminal, or
 * JSON mirroring the CSV. */
#ifndef YK_TABLE_H
#define YK_TABLE_H

#include <stdio.h>
#include "yk_buf.h"

typedef enum { TABLE_CSV, TABLE_TEXT, TABLE_JSON } table_format;

typedef struct table {
    const char *const *columns;
    size_t ncols;
    yk_buf cells;               /* every cell, NUL-terminated, row by row */
    yk_buf offsets;             /* each cell's offset in cells (size_t) */
    size_t nrows, filled;       /* cells in the row being built */
    int failed;
} table;

void table_init(table *t, const char *const *columns, size_t ncols);
void table_free(table *t);
/* Add the next cell of the current row; the row ends after ncols cells. */
void table_cell(table *t, const char *s);
void table_cellf(table *t, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* A number with `decimals` places, or an empty cell when it is missing. */
void table_number(table *t, double v, int decimals, int present);

/* The cell at row r, column c (both from 0): borrowed until the next
 * cell is added; "" outside the table. */
const char *table_at(const table *t, size_t r, size_t c);
/* Its number, or NAN when the cell is empty or not a number. */
double table_number_at(const table *t, size_t r, size_t c);
/* The index of the column named name, or SIZE_MAX. */
size_t table_column(const table *t, const char *name);

/* Parse "csv", "text" or "json"; -1 for anything else. */
int table_format_of(const char *name);

/* Write the table; 0, or EXIT_SYSTEM after saying why. */
int table_write(const table *t, table_format format, FILE *out);

#endif
