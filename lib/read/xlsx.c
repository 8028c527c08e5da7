/* A workbook: opening its zip, freeing it, its sheets by name, and
 * reading one of them. */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include "yk_text.h"
#include "xlsx_impl.h"

void xlsx_emit(yk_xlsx *b, yk_severity sev, const char *kind, unsigned long line,
               unsigned long col, const char *hint, const char *fmt, ...)
{
    va_list ap;
    if (sev == YK_ERROR)
        b->stats.errors++;
    else
        b->stats.warnings++;
    va_start(ap, fmt);
    yk_diag_vsend(b->diag, b->diag_ctx, sev, kind, b->at, line, col, hint, fmt, ap);
    va_end(ap);
}

int yk_xlsx_looks_like(const void *head, size_t n)
{
    return n >= 4 && memcmp(head, "PK\3\4", 4) == 0;
}

const char *yk_xlsx_cell_name(unsigned long column, unsigned long row, char *out)
{
    char letters[8];
    size_t n = 0;
    for (unsigned long c = column; c > 0 && n < sizeof letters; c = (c - 1) / 26)
        letters[n++] = (char)('A' + (c - 1) % 26);
    size_t k = 0;
    while (n > 0)
        out[k++] = letters[--n];
    snprintf(out + k, 16 - k, "%lu", row);
    return out;
}

/* ---- open and free ----------------------------------------------------- */

static void resolve(yk_xlsx_options *o)
{
    if (!o->max_field)
        o->max_field = YK_DEFAULT_MAX_FIELD;
    if (!o->max_columns)
        o->max_columns = YK_DEFAULT_MAX_COLUMNS;
    if (!o->max_part)
        o->max_part = YK_XLSX_MAX_PART;
    if (!o->max_strings)
        o->max_strings = YK_XLSX_MAX_STRINGS;
    if (!o->max_ratio)
        o->max_ratio = YK_XLSX_MAX_RATIO;
}

static yk_status book_new(const char *source, const yk_xlsx_options *opts,
                          yk_diag_fn diag, void *diag_ctx, yk_xlsx **out)
{
    yk_xlsx *b = calloc(1, sizeof *b);
    if (!b)
        return YK_ERR_NOMEM;
    b->source = b->at = source ? source : "";
    b->diag = diag;
    b->diag_ctx = diag_ctx;
    if (opts)
        b->opts = *opts;
    resolve(&b->opts);
    if (opts && opts->sheet && !(b->sheet_wanted = strdup(opts->sheet))) {
        free(b);
        return YK_ERR_NOMEM;
    }
    b->opts.sheet = b->sheet_wanted;
    b->strings.text.cap = b->opts.max_strings > SIZE_MAX ? SIZE_MAX
                                                         : (size_t)b->opts.max_strings;
    xlsx_rows_start(&b->rows);
    *out = b;
    return YK_OK;
}

static void say_zip_error(yk_xlsx *b, int code)
{
    if (code == ZIP_ER_NOZIP || code == ZIP_ER_INCONS)
        xlsx_emit(b, YK_ERROR, "not-a-zip", 0, 0,
                  "an .xlsx workbook is a zip; is this an .xls (Excel 97-2003) or "
                  "CSV file, or was it cut short?",
                  "the file is not a zip archive, so not an .xlsx workbook");
    else {
        zip_error_t e;
        zip_error_init_with_code(&e, code);
        xlsx_emit(b, YK_ERROR, "bad-zip", 0, 0,
                  "was the file cut short in sending?  Ask for it again",
                  "the workbook's zip is damaged and cannot be opened (libzip: %s)",
                  zip_error_strerror(&e));
        zip_error_fini(&e);
    }
}

/* A file that cannot be opened is an I/O error; anything else libzip
 * refuses (a read or seek past the end of a cut or forged archive) is the
 * workbook's fault, said. */
static yk_status opened(yk_xlsx *b, zip_t *z, int code, int from_file, yk_xlsx **out)
{
    if (!z) {
        yk_status st = code == ZIP_ER_MEMORY ? YK_ERR_NOMEM
                     : from_file && (code == ZIP_ER_OPEN || code == ZIP_ER_NOENT)
                       ? YK_ERR_IO : YK_ERR_PARSE;
        if (st == YK_ERR_PARSE)
            say_zip_error(b, code);
        yk_xlsx_free(b);
        return st;
    }
    b->zip = z;
    yk_status st = xlsx_book_read(b);
    if (st != YK_OK) {
        yk_xlsx_free(b);
        return st;
    }
    *out = b;
    return YK_OK;
}

yk_status yk_xlsx_open(const char *path, const char *source,
                       const yk_xlsx_options *opts, yk_diag_fn diag,
                       void *diag_ctx, yk_xlsx **out)
{
    yk_xlsx *b;
    *out = NULL;
    yk_status st = book_new(source ? source : path, opts, diag, diag_ctx, &b);
    if (st != YK_OK)
        return st;
    struct stat sb;
    if (stat(path, &sb) != 0) {
        int e = errno;
        yk_xlsx_free(b);
        errno = e;
        return YK_ERR_IO;
    }
    b->archive_bytes = (unsigned long long)sb.st_size;
    int code = 0;
    zip_t *z = zip_open(path, ZIP_RDONLY, &code);
    return opened(b, z, code, 1, out);
}

yk_status yk_xlsx_open_memory(const void *data, size_t len, const char *source,
                              const yk_xlsx_options *opts, yk_diag_fn diag,
                              void *diag_ctx, yk_xlsx **out)
{
    yk_xlsx *b;
    *out = NULL;
    yk_status st = book_new(source, opts, diag, diag_ctx, &b);
    if (st != YK_OK)
        return st;
    b->data = malloc(len ? len : 1);
    if (!b->data) {
        yk_xlsx_free(b);
        return YK_ERR_NOMEM;
    }
    if (len)
        memcpy(b->data, data, len);
    b->archive_bytes = len;
    zip_error_t err;
    zip_error_init(&err);
    zip_source_t *src = zip_source_buffer_create(b->data, len, 0, &err);
    zip_t *z = src ? zip_open_from_source(src, ZIP_RDONLY, &err) : NULL;
    int code = zip_error_code_zip(&err);
    if (!z && src)
        zip_source_free(src);
    zip_error_fini(&err);
    return opened(b, z, code, 0, out);
}

void yk_xlsx_free(yk_xlsx *b)
{
    if (!b)
        return;
    if (b->zip)
        zip_discard(b->zip);
    free(b->data);
    free(b->sheet_wanted);
    free(b->sheets);
    yk_arena_free(&b->arena);
    xlsx_strings_free(&b->strings);
    xlsx_styles_free(&b->styles);
    yk_buf_free(&b->sheet_source);
    yk_buf_free(&b->scratch);
    xlsx_rows_free(&b->rows);
    free(b);
}

/* ---- sheets ------------------------------------------------------------ */

size_t yk_xlsx_n_sheets(const yk_xlsx *b)
{
    return b->n_sheets;
}

const char *yk_xlsx_sheet_name(const yk_xlsx *b, size_t i)
{
    return i < b->n_sheets ? b->sheets[i].name : NULL;
}

long yk_xlsx_find_sheet(const yk_xlsx *b, const char *name)
{
    for (size_t i = 0; i < b->n_sheets; i++)
        if (strcmp(b->sheets[i].name, name) == 0)
            return (long)i;
    for (size_t i = 0; i < b->n_sheets; i++)
        if (strcasecmp(b->sheets[i].name, name) == 0)
            return (long)i;
    return -1;
}

const yk_xlsx_stats *yk_xlsx_stats_of(const yk_xlsx *b)
{
    return &b->stats;
}

/* The first worksheet that is not hidden: what Excel shows on opening. */
static long first_sheet(const yk_xlsx *b)
{
    for (size_t i = 0; i < b->n_sheets; i++)
        if (!b->sheets[i].hidden && b->sheets[i].worksheet)
            return (long)i;
    for (size_t i = 0; i < b->n_sheets; i++)
        if (b->sheets[i].worksheet)
            return (long)i;
    return -1;
}

static void say_no_sheet(yk_xlsx *b, const char *name)
{
    char names[512] = "";
    size_t len = 0;
    /* yk_text_snprintf: a name cut at the end is cut between characters. */
    for (size_t i = 0; i < b->n_sheets && len < sizeof names; i++)
        len += (size_t)yk_text_snprintf(names + len, sizeof names - len, "%s\"%s\"",
                                        i ? ", " : "", b->sheets[i].name);
    if (name)
        xlsx_emit(b, YK_ERROR, "no-such-sheet", 0, 0, NULL,
                  "the workbook has no sheet \"%s\"; its sheets: %s", name,
                  b->n_sheets ? names : "none");
    else
        xlsx_emit(b, YK_ERROR, "no-such-sheet", 0, 0, NULL,
                  "the workbook has no worksheet to read; its sheets: %s",
                  b->n_sheets ? names : "none");
}

static yk_status set_source(yk_xlsx *b, const char *sheet)
{
    yk_buf_clear(&b->sheet_source);
    yk_status st = yk_buf_append(&b->sheet_source, b->source, strlen(b->source));
    if (st == YK_OK)
        st = yk_buf_append(&b->sheet_source, ":", 1);
    if (st == YK_OK)
        st = yk_buf_append(&b->sheet_source, sheet, strlen(sheet) + 1);
    return st;
}

const char *yk_xlsx_source(yk_xlsx *b, const char *sheet)
{
    const char *name = sheet ? sheet : b->opts.sheet;
    long i = name ? yk_xlsx_find_sheet(b, name) : first_sheet(b);
    if (i < 0 || set_source(b, b->sheets[i].name) != YK_OK)
        return NULL;
    return b->sheet_source.data;
}

yk_status yk_xlsx_read_sheet(yk_xlsx *b, const char *sheet, yk_row_fn row, void *ctx)
{
    memset(&b->stats, 0, sizeof b->stats);
    b->at = b->source;
    const char *name = sheet ? sheet : b->opts.sheet;
    long i = name ? yk_xlsx_find_sheet(b, name) : first_sheet(b);
    if (i < 0) {
        say_no_sheet(b, name);
        return YK_ERR_PARSE;
    }
    const xlsx_sheet *sh = &b->sheets[i];
    yk_status st = set_source(b, sh->name);
    if (st != YK_OK)
        return st;
    b->at = b->sheet_source.data;
    b->row_fn = row;
    b->row_ctx = ctx;
    b->stopped = 0;
    st = xlsx_sheet_parse(b, sh);
    b->at = b->source;
    return st;
}
