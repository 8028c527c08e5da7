/* ykien command — a form as the three CSV texts the library loads, from a
 * folder (survey.csv, choices.csv, settings.csv) or from an XLSForm
 * workbook (sheets survey, choices, settings, as KoboToolbox users write
 * them).  Tally files keep these texts, so a form read from a workbook
 * travels on as CSV; its diagnostics still name the sheet's cells. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "cli.h"
#include "form_text.h"
#include "yk_csvwrite.h"
#include "yk_grow.h"
#include "yk_xlsx.h"

static const char *const file_names[3] = { "survey.csv", "choices.csv", "settings.csv" };
static const char *const sheet_names[3] = { "survey", "choices", "settings" };

int cli_form_is_workbook(const char *where)
{
    struct stat sb;
    return stat(where, &sb) == 0 && S_ISREG(sb.st_mode);
}

/* A form file's bytes: they are small, and tally files keep them. */
static int slurp(const char *path, yk_buf *out)
{
    cli_file *f = cli_file_open(path);
    char chunk[65536];
    size_t got;
    if (!f)
        return EXIT_USAGE;      /* like any input that is not there */
    yk_input *in = cli_file_input(f);
    yk_status st;
    out->cap = 64 << 20;
    while ((st = in->read(in->ctx, chunk, sizeof chunk, &got)) == YK_OK && got)
        if ((st = yk_buf_append(out, chunk, got)) != YK_OK)
            break;
    cli_file_close(f);
    if (st == YK_OK)
        return 0;
    cli_error("%s: %s", path, st == YK_ERR_LIMIT ? "too large for a form file" : yk_strerror(st));
    return st == YK_ERR_LIMIT ? EXIT_DATA : EXIT_SYSTEM;
}

static int read_folder(const char *dir, cli_form_text *t)
{
    for (int i = 0; i < 3; i++)
        if (!(t->name[i] = cli_join(dir, file_names[i])))
            return EXIT_SYSTEM;
    t->present[0] = t->present[1] = 1;
    t->present[2] = access(t->name[2], F_OK) == 0;
    int code = 0;
    for (int i = 0; i < 3 && code == 0; i++)
        if (t->present[i])
            code = slurp(t->name[i], &t->text[i]);
    return code;
}

/* ---- a workbook's sheet as CSV ------------------------------------------ */

typedef struct {
    yk_csv_writer *w;
    yk_buf *text;
    size_t counted;             /* bytes of text whose line ends are mapped */
    cli_form_lines *lines;
    yk_status st;
} sheet_csv;

static yk_status buf_write(void *ctx, const char *p, size_t n)
{
    return yk_buf_append(ctx, p, n);
}

/* Each CSV line the row took maps to the row's place in the sheet. */
static yk_status map_lines(sheet_csv *sc, unsigned long sheet_row)
{
    cli_form_lines *L = sc->lines;
    for (; sc->counted < sc->text->len; sc->counted++) {
        if (sc->text->data[sc->counted] != '\n')
            continue;
        if (yk_grow(&L->row, &L->cap, L->n + 1, sizeof *L->row) != YK_OK)
            return YK_ERR_NOMEM;
        L->row[L->n++] = sheet_row;
    }
    return YK_OK;
}

static int sheet_row(void *ctx, const yk_row *row)
{
    sheet_csv *sc = ctx;
    sc->st = yk_csv_write_row(sc->w, row->fields, row->n);
    if (sc->st == YK_OK)
        sc->st = yk_csv_writer_flush(sc->w);
    if (sc->st == YK_OK)
        sc->st = map_lines(sc, row->line);
    return sc->st != YK_OK;
}

static yk_status sheet_to_csv(yk_xlsx *book, const char *sheet, yk_buf *text,
                              cli_form_lines *lines)
{
    sheet_csv sc = { NULL, text, 0, lines, YK_OK };
    yk_status st = yk_csv_writer_new((yk_output){ buf_write, text }, ',', &sc.w);
    if (st == YK_OK)
        st = yk_xlsx_read_sheet(book, sheet, sheet_row, &sc);
    if (st == YK_ERR_STOPPED)
        st = sc.st;
    yk_csv_writer_free(sc.w);
    return st;
}

static int read_workbook(const char *path, cli_form_text *t, yk_diag_fn diag, void *ctx)
{
    yk_xlsx_options o = { .header_row = 1 };    /* an XLSForm's header is its first row */
    yk_xlsx *book = NULL;
    yk_status st = yk_xlsx_open(path, path, &o, diag, ctx, &book);
    t->workbook = 1;
    for (int i = 0; i < 3 && st == YK_OK; i++) {
        long k = yk_xlsx_find_sheet(book, sheet_names[i]);
        if (k < 0)
            continue;
        const char *name = yk_xlsx_sheet_name(book, (size_t)k);
        const char *source = yk_xlsx_source(book, name);
        if (!(t->name[i] = strdup(source)))
            st = YK_ERR_NOMEM;
        else if ((st = sheet_to_csv(book, name, &t->text[i], &t->lines[i])) == YK_OK)
            t->present[i] = 1;
        cli_diag_sheet(NULL, source);
    }
    if (st == YK_OK && !t->present[0]) {
        cli_error("%s: error: the workbook has no sheet 'survey', so it is no XLSForm form",
                  path);
        yk_xlsx_free(book);
        return EXIT_DATA;
    }
    yk_xlsx_free(book);
    if (st == YK_ERR_PARSE || st == YK_ERR_LIMIT)
        return EXIT_DATA;       /* the reader has said why, with the cell */
    if (st == YK_ERR_IO)
        cli_error("%s: error: cannot read: %s", path, strerror(errno ? errno : EIO));
    else if (st != YK_OK)
        cli_error("%s: %s", path, yk_strerror(st));
    return st == YK_OK ? 0 : st == YK_ERR_IO ? EXIT_USAGE : EXIT_SYSTEM;
}

int cli_form_text_read(const char *where, cli_form_text *t, yk_diag_fn diag, void *ctx)
{
    memset(t, 0, sizeof *t);
    return cli_form_is_workbook(where) ? read_workbook(where, t, diag, ctx)
                                       : read_folder(where, t);
}

/* ---- loading ------------------------------------------------------------ */

typedef struct {
    const cli_form_text *t;
    yk_diag_fn diag;
    void *ctx;
} form_diag;

/* A diagnostic about a CSV line of a sheet is about the sheet's row. */
static void to_sheet(void *ctx, const yk_diag *d)
{
    form_diag *fd = ctx;
    yk_diag shown = *d;
    for (int i = 0; i < 3; i++) {
        const cli_form_lines *L = &fd->t->lines[i];
        if (fd->t->workbook && fd->t->name[i] && strcmp(d->source, fd->t->name[i]) == 0 &&
            d->line >= 1 && d->line <= L->n)
            shown.line = L->row[d->line - 1];
    }
    if (fd->diag)
        fd->diag(fd->ctx, &shown);
}

yk_status cli_form_text_load(const cli_form_text *t, yk_diag_fn diag, void *ctx,
                             yk_form **out)
{
    yk_memory m[3];
    yk_input in[3];
    for (int i = 0; i < 3; i++)
        in[i] = yk_input_memory(&m[i], t->text[i].data ? t->text[i].data : "", t->text[i].len);
    yk_form_files ff = { t->name[0], t->name[1], t->name[2], &in[0],
                         t->present[1] ? &in[1] : NULL, t->present[2] ? &in[2] : NULL };
    form_diag fd = { t, diag, ctx };
    return yk_form_load(&ff, to_sheet, &fd, out);
}

int cli_form_open(const char *where, yk_diag_fn diag, void *ctx, cli_form_text *t,
                  yk_form **out)
{
    *out = NULL;
    int code = cli_form_text_read(where, t, diag, ctx);
    if (code)
        return code;
    yk_status st = cli_form_text_load(t, diag, ctx, out);
    if (st == YK_ERR_PARSE)
        return EXIT_DATA;
    if (st != YK_OK) {
        cli_error("%s: %s", where, yk_strerror(st));
        return EXIT_SYSTEM;
    }
    return 0;
}

yk_form_text cli_form_text_bytes(const cli_form_text *t)
{
    return (yk_form_text){ t->text[0].data, t->text[1].data, t->text[2].data,
                           t->text[0].len, t->text[1].len, t->text[2].len };
}

void cli_form_text_free(cli_form_text *t)
{
    for (int i = 0; i < 3; i++) {
        free(t->name[i]);
        yk_buf_free(&t->text[i]);
        free(t->lines[i].row);
    }
    memset(t, 0, sizeof *t);
}
