/* libFuzzer target: the workbook reader (yk_xlsx_open_memory, then every
 * sheet read).
 *
 * Input format: one option byte, then the workbook's bytes.
 *
 *   byte 0  bit 0  small limits: max_field 64, max_columns 8, max_part
 *                  1 MiB, max_strings 64 KiB, max_ratio 50
 *           bit 1  header_row 2 (else found)
 *           bit 2  read every sheet a second time, stopping at its second
 *                  row (must stop there, or end as the first read did)
 *
 * Checked on every row: source "fuzz.xlsx:SHEET", line >= 1 and rising,
 * number counting 1, 2, 3..., n the header's width (1 <= n <= max_columns),
 * every field NUL-terminated at s[len], at most max_field bytes, valid
 * UTF-8 and NFC.  Every diagnostic has a severity, a kind like "bad-xml",
 * the source, and a non-empty UTF-8 message.  After a read: a documented
 * status and stats that agree with what the callbacks saw.  A failed check
 * aborts. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#include "yk_xlsx.h"
#include "fuzz_check.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

enum { SMALL_FIELD = 64, SMALL_COLUMNS = 8 };

static int is_nfc(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)s[i] >= 0x80)
            goto check;
    return 1;
check:;
    utf8proc_uint8_t *out = NULL;
    utf8proc_ssize_t len = utf8proc_map((const utf8proc_uint8_t *)s,
                                        (utf8proc_ssize_t)n, &out,
                                        UTF8PROC_STABLE | UTF8PROC_COMPOSE);
    int same = len >= 0 && (size_t)len == n && memcmp(out, s, n) == 0;
    free(out);
    return same;
}

typedef struct {
    char source[512];
    int check_source;           /* the source is known (a sheet is read) */
    size_t max_field, max_columns;
    unsigned long rows, last_line, width;
    unsigned long errors, warnings;
    unsigned long stop_at;      /* 0: never */
    int stopped;
} run;

static void on_diag(void *ctx, const yk_diag *d)
{
    run *r = ctx;
    CHECK(d != NULL);
    CHECK(d->severity == YK_WARNING || d->severity == YK_ERROR);
    CHECK(fuzz_is_kind(d->kind));
    CHECK(d->source != NULL);
    CHECK(!r->check_source || strcmp(d->source, r->source) == 0 ||
          strcmp(d->source, "fuzz.xlsx") == 0);
    CHECK(d->message != NULL && d->message[0] != '\0');
    CHECK(d->hint == NULL || d->hint[0] != '\0');
    CHECK(fuzz_valid_utf8(d->message, strlen(d->message)));
    CHECK(!d->hint || fuzz_valid_utf8(d->hint, strlen(d->hint)));
    if (d->severity == YK_ERROR)
        r->errors++;
    else
        r->warnings++;
}

static int on_row(void *ctx, const yk_row *row)
{
    run *r = ctx;
    CHECK(!r->stopped);
    CHECK(strcmp(row->source, r->source) == 0);
    CHECK(row->line >= 1 && row->line > r->last_line);
    CHECK(row->number == r->rows + 1);
    CHECK(row->n >= 1 && row->n <= r->max_columns);
    if (r->rows == 0)
        r->width = row->n;
    CHECK(row->n == r->width);
    for (size_t i = 0; i < row->n; i++) {
        const yk_field *f = &row->fields[i];
        CHECK(f->s != NULL && f->s[f->len] == '\0');
        CHECK(f->len <= r->max_field);
        CHECK(fuzz_valid_utf8(f->s, f->len));
        CHECK(is_nfc(f->s, f->len));
    }
    r->last_line = row->line;
    r->rows++;
    if (r->stop_at && r->rows == r->stop_at) {
        r->stopped = 1;
        return 1;
    }
    return 0;
}

static void run_start(run *r, const char *sheet, unsigned long stop_at)
{
    size_t max_field = r->max_field, max_columns = r->max_columns;
    memset(r, 0, sizeof *r);
    r->max_field = max_field;
    r->max_columns = max_columns;
    snprintf(r->source, sizeof r->source, "fuzz.xlsx:%s", sheet);
    r->check_source = 1;
    r->stop_at = stop_at;
}

static int documented(yk_status st)
{
    return st == YK_OK || st == YK_ERR_LIMIT || st == YK_ERR_PARSE ||
           st == YK_ERR_NOMEM;
}

static void check_stats(const yk_xlsx_stats *s, const run *r)
{
    CHECK(s->rows == r->rows);
    CHECK(r->rows == 0 || s->columns == r->width);
    CHECK(s->errors == r->errors);
    CHECK(s->warnings == r->warnings);
    CHECK(s->skipped <= s->errors);
    CHECK(r->rows == 0 || s->header_row > s->title_rows);
}

static yk_status read_one(yk_xlsx *book, run *r, size_t i, unsigned long stop_at)
{
    const char *name = yk_xlsx_sheet_name(book, i);
    CHECK(name != NULL && fuzz_valid_utf8(name, strlen(name)));
    run_start(r, name, stop_at);
    /* A name two sheets share reads the first of them: fine, checked the
     * same way. */
    yk_status st = yk_xlsx_read_sheet(book, name, on_row, r);
    CHECK(documented(st) || st == YK_ERR_STOPPED);
    CHECK(st != YK_ERR_STOPPED || r->stopped);
    check_stats(yk_xlsx_stats_of(book), r);
    return st;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const int opt = data[0];
    data++;
    size--;
    yk_xlsx_options o = { 0 };
    if (opt & 1) {
        o.max_field = SMALL_FIELD;
        o.max_columns = SMALL_COLUMNS;
        o.max_part = 1 << 20;
        o.max_strings = 64 << 10;
        o.max_ratio = 50;
    }
    if (opt & 2)
        o.header_row = 2;
    run r = { .max_field = o.max_field ? o.max_field : YK_DEFAULT_MAX_FIELD,
              .max_columns = o.max_columns ? o.max_columns : YK_DEFAULT_MAX_COLUMNS };
    yk_xlsx *book = NULL;
    yk_status st = yk_xlsx_open_memory(data, size, "fuzz.xlsx", &o, on_diag, &r, &book);
    CHECK(documented(st));
    CHECK((st == YK_OK) == (book != NULL));
    CHECK(st == YK_OK || st == YK_ERR_NOMEM || r.errors >= 1);
    if (!book)
        return 0;
    for (size_t i = 0; i < yk_xlsx_n_sheets(book); i++) {
        unsigned long rows;
        st = read_one(book, &r, i, 0);
        rows = r.rows;
        if (opt & 4) {
            yk_status again = read_one(book, &r, i, 2);
            if (rows >= 2)
                CHECK(again == YK_ERR_STOPPED && r.rows == 2);
            else
                CHECK(again == st && r.rows == rows);
        }
    }
    CHECK(yk_xlsx_sheet_name(book, yk_xlsx_n_sheets(book)) == NULL);
    yk_xlsx_free(book);
    return 0;
}
