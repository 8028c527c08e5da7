/* ykien import -o data.sav|data.dta — the coded data for SPSS/PSPP and
 * Stata.  Both formats want the row count and every string's width before
 * the first row, and ykien never holds the respondents in memory: the
 * coded rows are spooled to a temporary file, unlinked as soon as it is
 * made (so it is gone when ykien ends, however it ends), while the widths
 * are measured, then read back once into the writer. */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include "import_stats.h"
#include "yk_statfile.h"
#include "yk_text.h"

/* The spool: per row, per variable, the cell's kind as one byte, then
 * a double (number), a tag byte (tagged), or a 32-bit length and the
 * bytes (string); nothing for a missing cell. */
typedef struct {
    const yk_codebook *cb;
    FILE *spool;
    size_t *widths;
    long rows;
    int failed;                 /* a spool write failed (errno kept) */
    int err;
} spool_state;

static void spool_cell(spool_state *ss, size_t i, const yk_codebook_cell *c)
{
    unsigned char kind = (unsigned char)c->kind;
    int ok = fwrite(&kind, 1, 1, ss->spool) == 1;
    if (c->kind == YK_CELL_NUMBER) {
        ok = ok && fwrite(&c->number, sizeof c->number, 1, ss->spool) == 1;
    } else if (c->kind == YK_CELL_TAGGED) {
        ok = ok && fputc(c->tag, ss->spool) != EOF;
    } else if (c->kind == YK_CELL_STRING) {
        uint32_t len = c->len > UINT32_MAX ? UINT32_MAX : (uint32_t)c->len;
        ok = ok && fwrite(&len, sizeof len, 1, ss->spool) == 1;
        ok = ok && (len == 0 || fwrite(c->text, 1, len, ss->spool) == len);
        if (len > ss->widths[i])
            ss->widths[i] = len;
    }
    if (!ok && !ss->failed) {
        ss->failed = 1;
        ss->err = errno;
    }
}

static int spool_response(void *ctx, const char *round, const yk_response *r)
{
    spool_state *ss = ctx;
    for (size_t i = 0; i < yk_codebook_n_vars(ss->cb); i++) {
        yk_codebook_cell c = yk_codebook_cell_of(yk_codebook_var_at(ss->cb, i), round, r);
        spool_cell(ss, i, &c);
    }
    ss->rows++;
    return ss->failed;
}

static int read_cell(FILE *f, yk_codebook_cell *c, size_t *offset, yk_buf *text)
{
    int kind = fgetc(f), tag;
    uint32_t len;
    if (kind == EOF)
        return -1;
    *c = (yk_codebook_cell){ .kind = (yk_cell_kind)kind, .text = "" };
    switch (kind) {
    case YK_CELL_NUMBER:
        return fread(&c->number, sizeof c->number, 1, f) == 1 ? 0 : -1;
    case YK_CELL_TAGGED:
        tag = fgetc(f);
        c->tag = (char)tag;
        return tag == EOF ? -1 : 0;
    case YK_CELL_STRING:
        if (fread(&len, sizeof len, 1, f) != 1 || yk_buf_reserve(text, (size_t)len + 1) != YK_OK ||
            fread(text->data + text->len, 1, len, f) != len)
            return -1;
        *offset = text->len;
        text->len += len;
        c->len = len;
        return 0;
    default:
        return 0;
    }
}

/* Read one spooled row into cells; the strings live in text until the
 * next call.  0, or -1 when the spool is short or unreadable. */
static int read_row(FILE *f, size_t n, yk_codebook_cell *cells, size_t *offsets, yk_buf *text)
{
    yk_buf_clear(text);
    for (size_t i = 0; i < n; i++)
        if (read_cell(f, &cells[i], &offsets[i], text) != 0)
            return -1;
    for (size_t i = 0; i < n; i++)     /* text may have moved while it grew */
        if (cells[i].kind == YK_CELL_STRING)
            cells[i].text = text->data + offsets[i];
    return 0;
}

/* The spool, in $TMPDIR (else /tmp): glibc's tmpfile() ignores TMPDIR,
 * and a big survey's rows may not fit a small /tmp. */
static const char *spool_dir(void)
{
    const char *dir = getenv("TMPDIR");
    return dir && *dir ? dir : "/tmp";
}

static FILE *spool_open(void)
{
    char *path = cli_join(spool_dir(), "ykien-rows-XXXXXX");
    int fd = path ? mkstemp(path) : -1;
    if (fd >= 0)
        unlink(path);
    free(path);
    FILE *f = fd >= 0 ? fdopen(fd, "w+b") : NULL;
    if (!f && fd >= 0)
        close(fd);
    return f;
}

/* SOURCE_DATE_EPOCH when set (reproducible builds), so the same data
 * give the same bytes; else now. */
static time_t made_at(void)
{
    const char *given = getenv("SOURCE_DATE_EPOCH");
    char *end;
    long long at = given && *given ? strtoll(given, &end, 10) : -1;
    return given && *given && !*end && at > 0 ? (time_t)at : time(NULL);
}

/* The form's title cut on a character boundary to what the file's label
 * holds (SPSS 64 bytes, Stata 80). */
static const char *file_label(const yk_form *form, yk_package p, char *buf, size_t size)
{
    const char *title = yk_form_title(form);
    if (!title)
        return NULL;
    size_t keep = yk_text_clip(title, strlen(title), p == YK_PACKAGE_SPSS ? 64 : 80);
    snprintf(buf, size, "%.*s", (int)keep, title);
    return buf;
}

typedef struct {
    const yk_codebook *cb;
    FILE *spool;
    const size_t *widths;
    long rows;
    yk_package package;
    const yk_form *form;
} write_job;

static yk_status write_file(const write_job *j, yk_output out, const char **why)
{
    char label[96];
    yk_statfile_opts opt = { .package = j->package, .widths = j->widths, .rows = j->rows,
                             .file_label = file_label(j->form, j->package, label, sizeof label),
                             .created = made_at() };
    size_t n = yk_codebook_n_vars(j->cb);
    yk_codebook_cell *cells = calloc(n, sizeof *cells);
    size_t *offsets = calloc(n, sizeof *offsets);
    yk_buf text = { 0 };
    yk_statfile *sf = NULL;
    yk_status st = cells && offsets ? YK_OK : YK_ERR_NOMEM;
    if (st == YK_OK)
        st = yk_statfile_begin(j->cb, &opt, out, &sf, why);
    rewind(j->spool);
    for (long r = 0; st == YK_OK && r < j->rows; r++) {
        if (read_row(j->spool, n, cells, offsets, &text) != 0) {
            *why = "the temporary copy of the rows could not be read back";
            st = YK_ERR_IO;
        } else {
            st = yk_statfile_row(sf, cells, why);
        }
    }
    if (st == YK_OK) {
        st = yk_statfile_end(sf, why);
        sf = NULL;
    }
    yk_statfile_free(sf);
    free(cells);
    free(offsets);
    yk_buf_free(&text);
    return st;
}

static int say_failure(cli_out *o, const char *path, yk_status st, const char *why)
{
    if (st == YK_ERR_IO && !why)
        return cli_out_fail(o, "import", st);
    if (st == YK_ERR_LIMIT)
        cli_error("%s: error: %s; nothing was written", path, why);
    else if (st == YK_ERR_ARGUMENT)
        cli_error("%s: error: ReadStat refused the file: %s", path, why ? why : "?");
    else
        cli_error("%s: error: %s", path, why ? why : yk_strerror(st));
    cli_out_abandon(o);
    return st == YK_ERR_LIMIT ? EXIT_DATA : EXIT_SYSTEM;
}

static int spool_all(survey *s, spool_state *ss, const char *path)
{
    int status = survey_run(s, spool_response, ss);
    if (ss->failed || fflush(ss->spool) != 0 || ferror(ss->spool)) {
        cli_error("%s: error: cannot keep a temporary copy of the rows: %s", path,
                  strerror(ss->err ? ss->err : errno ? errno : EIO));
        return EXIT_SYSTEM;
    }
    return status;
}

/* A text answer the package's strings cannot hold stops the write before
 * it starts, naming the question (the writer would only say "too long"). */
static int too_wide(const spool_state *ss, yk_package package, const char *path)
{
    size_t cap = package == YK_PACKAGE_STATA ? YK_STATFILE_STATA_STRING_MAX
                                             : YK_STATFILE_SPSS_STRING_MAX;
    for (size_t i = 0; i < yk_codebook_n_vars(ss->cb); i++)
        if (ss->widths[i] > cap) {
            cli_error("%s: error: an answer to '%s' has %zu bytes, more than the %zu %s "
                      "string holds; nothing was written%s", path,
                      yk_codebook_var_at(ss->cb, i)->column, ss->widths[i], cap,
                      package == YK_PACKAGE_STATA ? "a Stata" : "an SPSS",
                      package == YK_PACKAGE_STATA ? " (a .sav holds 32767)" : "");
            return EXIT_DATA;
        }
    return 0;
}

int import_stats(survey *s, yk_package package, const cli_output_opts *out, char **inputs,
                 int ninputs)
{
    int status;
    yk_codebook *cb = NULL;
    yk_status st = yk_codebook_new(survey_form(s), package, &cb);
    if (st != YK_OK) {
        cli_error("%s: error: %s", out->output, yk_strerror(st));
        return EXIT_SYSTEM;
    }
    spool_state ss = { .cb = cb, .spool = spool_open(),
                       .widths = calloc(yk_codebook_n_vars(cb), sizeof(size_t)) };
    if (!ss.spool || !ss.widths) {
        cli_error("%s: error: cannot make a temporary file for the rows in %s (TMPDIR): %s",
                  out->output, spool_dir(), strerror(errno ? errno : ENOMEM));
        status = EXIT_SYSTEM;
        goto done;
    }
    cli_out *o = cli_out_open(out->output, out->force, inputs, ninputs, &status);
    if (!o)
        goto done;
    status = spool_all(s, &ss, out->output);
    if (status >= EXIT_USAGE) {
        cli_out_abandon(o);
        goto done;
    }
    int wide = too_wide(&ss, package, out->output);
    if (wide) {
        cli_out_abandon(o);
        status = wide;
        goto done;
    }
    write_job j = { cb, ss.spool, ss.widths, ss.rows, package, survey_form(s) };
    const char *why = NULL;
    st = write_file(&j, cli_out_sink(o), &why);
    if (st != YK_OK) {
        status = say_failure(o, out->output, st, why);
        goto done;
    }
    int committed = cli_out_commit(o);
    status = committed ? committed : status;
done:
    if (ss.spool)
        fclose(ss.spool);
    free(ss.widths);
    yk_codebook_free(cb);
    return status;
}
