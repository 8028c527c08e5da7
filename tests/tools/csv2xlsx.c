/* csv2xlsx — a test tool: write a CSV file (any encoding ykien reads) as
 * an Excel workbook with libxlsxwriter, the way an office's sheet holds
 * it: numbers as number cells, the rest as text, optionally under title
 * rows.  The tests read such workbooks and compare every figure with the
 * CSV's; the benchmark times a 1M-row one.
 *
 *   csv2xlsx IN.csv OUT.xlsx [--sheet NAME] [--title TEXT]... [--stream]
 *
 * --stream writes in libxlsxwriter's constant-memory mode (inline strings,
 * as some exporters write); else text goes to the shared-strings table, as
 * Excel writes it. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <xlsxwriter.h>
#include "yk_reader.h"

typedef struct {
    lxw_worksheet *sheet;
    lxw_row_t row;
    lxw_format *bold;
    int failed;
} out_state;

/* A plain decimal number with no leading zero: Excel keeps "01" as text
 * only when typed so, and a code like 007 must stay text. */
static int is_number(const char *s, size_t n)
{
    size_t i = s[0] == '-';
    if (i >= n || (s[i] == '0' && i + 1 < n && s[i + 1] != '.'))
        return 0;
    int digits = 0, dot = 0;
    for (; i < n; i++) {
        if (s[i] >= '0' && s[i] <= '9')
            digits++;
        else if (s[i] == '.' && !dot)
            dot = 1;
        else
            return 0;
    }
    return digits > 0 && digits <= 15;
}

static yk_status file_read(void *ctx, char *buf, size_t cap, size_t *got)
{
    *got = fread(buf, 1, cap, ctx);
    return ferror((FILE *)ctx) ? YK_ERR_IO : YK_OK;
}

static yk_status file_rewind(void *ctx)
{
    return fseek(ctx, 0, SEEK_SET) == 0 ? YK_OK : YK_ERR_IO;
}

static int on_row(void *ctx, const yk_row *row)
{
    out_state *o = ctx;
    for (size_t i = 0; i < row->n && !o->failed; i++) {
        const yk_field *f = &row->fields[i];
        lxw_error e = LXW_NO_ERROR;
        if (f->len == 0)
            continue;
        if (row->number > 1 && is_number(f->s, f->len))
            e = worksheet_write_number(o->sheet, o->row, (lxw_col_t)i, strtod(f->s, NULL), NULL);
        else
            e = worksheet_write_string(o->sheet, o->row, (lxw_col_t)i, f->s,
                                       row->number == 1 ? o->bold : NULL);
        o->failed = e != LXW_NO_ERROR;
    }
    o->row++;
    return o->failed;
}

int main(int argc, char **argv)
{
    const char *sheet_name = NULL, *titles[8];
    int ntitles = 0, stream = 0;
    if (argc < 3) {
        fprintf(stderr, "usage: csv2xlsx IN.csv OUT.xlsx [--sheet NAME] [--title TEXT]... [--stream]\n");
        return 2;
    }
    for (int i = 3; i < argc; i++) {
        if (strcmp(argv[i], "--sheet") == 0 && i + 1 < argc)
            sheet_name = argv[++i];
        else if (strcmp(argv[i], "--title") == 0 && i + 1 < argc && ntitles < 8)
            titles[ntitles++] = argv[++i];
        else if (strcmp(argv[i], "--stream") == 0)
            stream = 1;
        else {
            fprintf(stderr, "csv2xlsx: unknown argument '%s'\n", argv[i]);
            return 2;
        }
    }
    FILE *fp = fopen(argv[1], "rb");
    if (!fp) {
        perror(argv[1]);
        return 1;
    }
    lxw_workbook_options wo = { .constant_memory = (uint8_t)stream, .tmpdir = NULL };
    lxw_workbook *book = workbook_new_opt(argv[2], &wo);
    out_state o = { workbook_add_worksheet(book, sheet_name), 0, workbook_add_format(book), 0 };
    format_set_bold(o.bold);
    /* A hand-made sheet's title, merged across, then lines under it. */
    for (int i = 0; i < ntitles; i++, o.row++)
        if (i == 0)
            worksheet_merge_range(o.sheet, 0, 0, 0, 5, titles[0], o.bold);
        else
            worksheet_write_string(o.sheet, o.row, 0, titles[i], NULL);
    o.row += ntitles > 0;       /* an empty row under the titles */
    yk_reader *r = NULL;
    yk_format fmt;
    yk_status st = yk_reader_new(NULL, NULL, NULL, &r);
    yk_input fin = { file_read, file_rewind, fp };
    if (st == YK_OK)
        st = yk_reader_sniff(r, argv[1], &fin, &fmt);
    if (st == YK_OK)
        st = yk_reader_read(r, argv[1], &fin, &fmt, on_row, &o);
    yk_reader_free(r);
    fclose(fp);
    lxw_error e = workbook_close(book);
    if (st != YK_OK || o.failed || e != LXW_NO_ERROR) {
        fprintf(stderr, "csv2xlsx: %s: could not convert\n", argv[1]);
        return 1;
    }
    return 0;
}
