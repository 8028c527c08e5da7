/* From the sheet's rows to the rows a verb reads: find the header (title
 * rows above a hand-made table are passed over), then deliver every row
 * under it at the header's width, as the CSV reader delivers a file. */
#include <stdlib.h>
#include <string.h>
#include "yk_text.h"
#include "xlsx_impl.h"

/* A new read: the pool's buffers are kept for reuse. */
void xlsx_rows_start(xlsx_rows *r)
{
    r->n_held = 0;
    r->have_header = 0;
    r->width = 0;
    r->last_line = 0;
}

void xlsx_rows_free(xlsx_rows *r)
{
    for (size_t i = 0; i < sizeof r->pool / sizeof r->pool[0]; i++) {
        yk_buf_free(&r->pool[i].text);
        free(r->pool[i].cells);
    }
    free(r->fields);
}

xlsx_row *xlsx_rows_next(yk_xlsx *b)
{
    return &b->rows.pool[b->rows.n_held];
}

static const char *cell_at(const xlsx_row *row, size_t i)
{
    return row->text.data + row->cells[i].off;
}

static yk_status deliver(yk_xlsx *b, const xlsx_row *row)
{
    xlsx_rows *r = &b->rows;
    for (size_t i = 0; i < r->width; i++)
        r->fields[i] = i < row->n && row->cells[i].len
                           ? (yk_field){ cell_at(row, i), row->cells[i].len }
                           : (yk_field){ "", 0 };
    b->stats.rows++;
    yk_row out = { b->at, row->line, b->stats.rows, r->width, r->fields };
    if (b->row_fn && b->row_fn(b->row_ctx, &out))
        b->stopped = 1;
    return YK_OK;
}

/* An answer right of the header cannot be placed under a question: said,
 * with its cell, and the row's other cells are still read. */
static void check_beyond(yk_xlsx *b, const xlsx_row *row)
{
    size_t first = 0, count = 0;
    for (size_t i = b->rows.width; i < row->n; i++)
        if (row->cells[i].len && !count++)
            first = i;
    if (!count)
        return;
    char ref[16], last[16], text[96];
    yk_text_quote(text, sizeof text, cell_at(row, first), row->cells[first].len);
    yk_xlsx_cell_name(b->rows.width, 0, last);
    last[strcspn(last, "0")] = '\0';     /* the column's letters alone */
    xlsx_emit(b, YK_ERROR, "cell-beyond-header", row->line, first + 1,
              "give the column a name in the header row, or delete it",
              "cell %s holds \"%s\" right of the header's last column (%s)%s: "
              "no question to put it in, so it is not read (the row's other cells are)",
              yk_xlsx_cell_name(first + 1, row->line, ref), text, last,
              count > 1 ? ", and so do other cells of the row" : "");
}

static yk_status stream(yk_xlsx *b, const xlsx_row *row)
{
    xlsx_rows *r = &b->rows;
    if (b->stopped)
        return YK_OK;
    if (r->last_line && row->line > r->last_line + 1)
        b->stats.blank_lines += row->line - r->last_line - 1;
    r->last_line = row->line;
    if (row->bad) {
        b->stats.skipped++;
        return YK_OK;
    }
    if (!row->filled) {
        b->stats.blank_lines++;
        return YK_OK;
    }
    check_beyond(b, row);
    return deliver(b, row);
}

static yk_status make_header(yk_xlsx *b, const xlsx_row *row)
{
    xlsx_rows *r = &b->rows;
    size_t width = row->n;
    while (width > 0 && row->cells[width - 1].len == 0)
        width--;
    if (width > r->n_fields) {
        yk_field *f = realloc(r->fields, width * sizeof *f);
        if (!f)
            return YK_ERR_NOMEM;
        r->fields = f;
        r->n_fields = width;
    }
    r->width = width;
    r->have_header = 1;
    r->last_line = row->line;
    b->stats.columns = width;
    b->stats.header_row = row->line;
    return deliver(b, row);
}

static void say_titles(yk_xlsx *b, size_t n, const xlsx_row *header)
{
    const xlsx_row *first = &b->rows.pool[0];
    size_t i = 0;
    while (i < first->n && first->cells[i].len == 0)
        i++;
    char text[96];
    yk_text_quote(text, sizeof text, cell_at(first, i), first->cells[i].len);
    xlsx_emit(b, YK_WARNING, "title-rows", first->line, 0,
              "if another row is the header, give its number with --header-row",
              "%zu row%s above the header (row %lu) passed over as title%s, "
              "from row %lu (\"%s\")", n, n == 1 ? "" : "s", header->line,
              n == 1 ? "" : "s", first->line, text);
}

/* The header is the first held row with as many cells as any. */
static yk_status choose_header(yk_xlsx *b)
{
    xlsx_rows *r = &b->rows;
    size_t best = 0;
    for (size_t i = 1; i < r->n_held; i++)
        if (r->pool[i].filled > r->pool[best].filled)
            best = i;
    b->stats.title_rows = best;
    if (best)
        say_titles(b, best, &r->pool[best]);
    yk_status st = make_header(b, &r->pool[best]);
    for (size_t i = best + 1; st == YK_OK && i < r->n_held; i++)
        st = stream(b, &r->pool[i]);
    r->n_held = 0;
    return st;
}

static yk_status no_header(yk_xlsx *b)
{
    char ref[16];
    xlsx_emit(b, YK_ERROR, "empty-header-row", b->opts.header_row, 0,
              "name the row that holds the column names",
              "row %s, named as the header, has no value: no row is read",
              yk_xlsx_cell_name(0, b->opts.header_row, ref));
    return YK_ERR_PARSE;
}

/* With --header-row: rows above it are titles; it must have a value. */
static yk_status take_named(yk_xlsx *b, const xlsx_row *row)
{
    unsigned long want = b->opts.header_row;
    if (row->line < want) {
        b->stats.title_rows += row->filled > 0;
        return YK_OK;
    }
    if (row->line > want || !row->filled)
        return no_header(b);
    return make_header(b, row);
}

yk_status xlsx_rows_take(yk_xlsx *b)
{
    xlsx_rows *r = &b->rows;
    xlsx_row *row = &r->pool[r->n_held];
    if (r->have_header)
        return stream(b, row);
    if (row->bad) {
        b->stats.skipped++;
        return YK_OK;
    }
    if (b->opts.header_row)
        return take_named(b, row);
    if (!row->filled)
        return YK_OK;       /* an empty row above the table */
    if (++r->n_held == YK_XLSX_HEADER_SCAN)
        return choose_header(b);
    return YK_OK;
}

yk_status xlsx_rows_end(yk_xlsx *b)
{
    xlsx_rows *r = &b->rows;
    if (r->have_header)
        return YK_OK;
    if (b->opts.header_row)
        return no_header(b);
    if (r->n_held)
        return choose_header(b);
    xlsx_emit(b, YK_WARNING, "empty-sheet", 0, 0, NULL, "the sheet has no value in any cell");
    return YK_OK;
}
