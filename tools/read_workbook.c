/* ykien command — reading a data workbook's sheet the way read.c reads a
 * CSV file: the same rows, the same diagnostics, cells named as Excel
 * names them. */
#include <errno.h>
#include <string.h>
#include "cli.h"
#include "yk_text.h"
#include "yk_xlsx.h"

/* Is the file a zip (an .xlsx workbook, or some other zip the reader will
 * name)?  Judged by its first bytes, not its name: offices rename files.
 * Rewinds in; -1 when it cannot be read (the CSV path says why). */
int cli_input_is_workbook(yk_input *in)
{
    char head[4];
    size_t got = 0, n;
    yk_status st = YK_OK;
    while (got < sizeof head &&
           (st = in->read(in->ctx, head + got, sizeof head - got, &n)) == YK_OK && n)
        got += n;
    if (st != YK_OK || in->rewind(in->ctx) != YK_OK)
        return -1;
    return yk_xlsx_looks_like(head, got);
}

/* Standard input cannot be reopened by name: its spooled bytes are read
 * into memory (a workbook sent through a pipe is a small one). */
static yk_status open_book(const char *path, yk_input *in, const yk_xlsx_options *o,
                           yk_diag_fn diag, void *diag_ctx, yk_xlsx **book)
{
    if (strcmp(path, "-") != 0)
        return yk_xlsx_open(path, path, o, diag, diag_ctx, book);
    yk_buf all = { 0 };
    char chunk[65536];
    size_t got;
    yk_status st;
    all.cap = 1ULL << 30;
    while ((st = in->read(in->ctx, chunk, sizeof chunk, &got)) == YK_OK && got)
        if ((st = yk_buf_append(&all, chunk, got)) != YK_OK)
            break;
    if (st == YK_OK)
        st = yk_xlsx_open_memory(all.data, all.len, path, o, diag, diag_ctx, book);
    else if (st == YK_ERR_LIMIT && diag) {
        yk_diag d = { YK_ERROR, "workbook-too-large", path, 0, 0,
                      "a workbook on standard input is read into memory, and this one "
                      "passes 1 GiB", "give the file's name instead of '-'" };
        diag(diag_ctx, &d);
    }
    yk_buf_free(&all);
    return st;
}

static void stats_of(const yk_xlsx_stats *x, yk_read_stats *s)
{
    memset(s, 0, sizeof *s);
    s->rows = x->rows;
    s->columns = x->columns;
    s->skipped = x->skipped;
    s->blank_lines = x->blank_lines;
    s->errors = x->errors;
    s->warnings = x->warnings;
}

yk_status cli_read_workbook(const char *path, yk_input *in, const cli_common *c,
                            yk_diag_fn diag, void *diag_ctx, yk_row_fn row, void *ctx,
                            yk_format *fmt, yk_read_stats *stats, int *err)
{
    yk_xlsx_options o = { .sheet = c->sheet, .header_row = c->header_row,
                          .max_field = c->read.max_field,
                          .max_columns = c->read.max_columns };
    yk_xlsx *book = NULL;
    memset(fmt, 0, sizeof *fmt);
    fmt->encoding = YK_ENC_UTF8;
    fmt->workbook = 1;
    yk_status st = open_book(path, in, &o, diag, diag_ctx, &book);
    if (st == YK_OK) {
        const char *source = yk_xlsx_source(book, c->sheet);
        if (source) {
            cli_diag_sheet(path, source);
            yk_text_snprintf(fmt->sheet, sizeof fmt->sheet, "%s",
                             source + strlen(path) + 1);    /* "PATH:SHEET" */
        }
        st = yk_xlsx_read_sheet(book, c->sheet, row, ctx);
    }
    const yk_xlsx_stats *x = book ? yk_xlsx_stats_of(book) : &(yk_xlsx_stats){ 0 };
    fmt->header_row = x->header_row;
    fmt->title_rows = x->title_rows;
    stats_of(x, stats);
    if (st == YK_ERR_PARSE && !book)
        stats->errors++;
    *err = st == YK_ERR_IO ? (errno ? errno : EIO) : 0;
    yk_xlsx_free(book);
    return st;
}
