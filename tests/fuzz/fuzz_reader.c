/* libFuzzer target: the reader (sniff + read) and the CSV writer.
 *
 * Input format: two option bytes, then the file's bytes.
 *
 *   byte 0  bits 0-2  encoding: 0 and 7 detect, 1 "utf-8", 2 "cp1258",
 *                     3 "tcvn3", 4 "viscii", 5 "vni", 6 "utf-16le"
 *           bits 3-5  delimiter: 1 ',', 2 ';', 3 tab, 4 '|', others detect
 *           bit 6     small limits: max_field 64, max_columns 8, max_row 256
 *           bit 7     sniff and read again with the same reader in the other
 *                     chunking (must give the same format, rows,
 *                     diagnostics and stats), then once more stopping at
 *                     the second row
 *   byte 1  the most bytes the input hands over per read; 0: as many as
 *           asked.
 *
 * So "\0\0" followed by a file reads it as ykien does by default.  Inputs
 * shorter than two bytes are ignored.
 *
 * Checked on every row: source as given, line >= 1 and never decreasing,
 * number counting 1, 2, 3..., 1 <= n <= max_columns, every field
 * NUL-terminated at s[len], valid UTF-8 and NFC.  Every diagnostic has a
 * severity, a kind like "ragged-row", the source, a non-empty UTF-8
 * message and a hint that is NULL or non-empty UTF-8.  After a read: a
 * documented status, and stats that agree with what the callbacks saw.
 * Sniffing and reading are done whole or in pieces (byte 1) and, with
 * bit 7, both ways.  Every row is written
 * with yk_csv_writer; the output, read back as UTF-8 with the same
 * delimiter, must give the same rows (but the rows of one empty field,
 * which CSV writes as blank lines).  A failed check aborts. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#include "yk_csvwrite.h"
#include "yk_reader.h"
#include "fuzz_check.h"
#include "fuzz_pieces.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char *const encodings[8] = {
    NULL, "utf-8", "cp1258", "tcvn3", "viscii", "vni", "utf-16le", NULL
};
static const int delimiters[8] = { 0, ',', ';', '\t', '|', 0, 0, 0 };

enum { SMALL_FIELD = 64, SMALL_COLUMNS = 8, SMALL_ROW = 256 };
enum { KEEP_MAX = 4 << 20 };    /* output kept for the read-back */

/* ---- checks on text ------------------------------------------------- */

static int is_ascii(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)s[i] >= 0x80)
            return 0;
    return 1;
}

/* Valid UTF-8 that NFC leaves as it is.  Only non-ASCII fields go to
 * utf8proc, so the check costs little on the common case. */
static int is_nfc(const char *s, size_t n)
{
    utf8proc_uint8_t *out = NULL;
    utf8proc_ssize_t len = utf8proc_map((const utf8proc_uint8_t *)s,
                                        (utf8proc_ssize_t)n, &out,
                                        UTF8PROC_STABLE | UTF8PROC_COMPOSE);
    int same = len >= 0 && (size_t)len == n && memcmp(out, s, n) == 0;
    free(out);
    return same;
}

/* ---- what one read saw ---------------------------------------------- */

typedef struct {
    uint64_t *v;
    size_t n, cap;
} hashes;

static void hashes_push(hashes *h, uint64_t x)
{
    if (h->n == h->cap) {
        size_t cap = h->cap ? h->cap * 2 : 64;
        uint64_t *p = realloc(h->v, cap * sizeof *p);
        CHECK(p != NULL);
        h->v = p;
        h->cap = cap;
    }
    h->v[h->n++] = x;
}

static uint64_t fnv(uint64_t h, const void *p, size_t n)
{
    const unsigned char *u = p;
    for (size_t i = 0; i < n; i++)
        h = (h ^ u[i]) * 0x100000001b3ull;
    return h;
}

static uint64_t fnv_str(uint64_t h, const char *s)
{
    return s ? fnv(h, s, strlen(s) + 1) : fnv(h, "\xff", 1);
}

/* Where the writer's output goes: hashed, and kept up to KEEP_MAX bytes. */
typedef struct {
    char *data;
    size_t len, cap;
    int overflow;
} sink;

static yk_status sink_write(void *ctx, const char *p, size_t n)
{
    sink *s = ctx;
    if (s->overflow || n > KEEP_MAX - s->len) {
        s->overflow = 1;
        return YK_OK;
    }
    if (s->len + n > s->cap) {
        size_t cap = s->cap ? s->cap : 4096;
        while (cap < s->len + n)
            cap *= 2;
        char *q = realloc(s->data, cap);
        CHECK(q != NULL);
        s->data = q;
        s->cap = cap;
    }
    memcpy(s->data + s->len, p, n);
    s->len += n;
    return YK_OK;
}

typedef struct {
    const char *source;
    size_t max_columns;
    unsigned long rows, last_line, first_n;
    unsigned long errors, warnings;
    unsigned long stop_at;      /* 0: never */
    int stopped;
    uint64_t events;            /* hash of every row and diagnostic */
    hashes kept;                /* per row, but the one-empty-field rows */
    yk_csv_writer *w;           /* NULL: do not write */
} run;

static uint64_t row_hash(const yk_row *row)
{
    uint64_t h = fnv(0xcbf29ce484222325ull, &row->n, sizeof row->n);
    for (size_t i = 0; i < row->n; i++) {
        h = fnv(h, &row->fields[i].len, sizeof row->fields[i].len);
        h = fnv(h, row->fields[i].s, row->fields[i].len);
    }
    return h;
}

static int on_row(void *ctx, const yk_row *row)
{
    run *r = ctx;
    CHECK(!r->stopped);
    CHECK(row->source == r->source);
    CHECK(row->line >= 1);
    CHECK(row->line >= r->last_line);
    CHECK(row->number == r->rows + 1);
    CHECK(row->n >= 1 && row->n <= r->max_columns);
    CHECK(row->fields != NULL);
    for (size_t i = 0; i < row->n; i++) {
        const yk_field *f = &row->fields[i];
        CHECK(f->s != NULL);
        CHECK(f->s[f->len] == '\0');
        CHECK(fuzz_valid_utf8(f->s, f->len));
        CHECK(is_ascii(f->s, f->len) || is_nfc(f->s, f->len));
    }
    r->last_line = row->line;
    if (r->rows++ == 0)
        r->first_n = row->n;
    uint64_t h = row_hash(row);
    r->events = fnv(r->events, &row->line, sizeof row->line);
    r->events = fnv(r->events, &h, sizeof h);
    if (!(row->n == 1 && row->fields[0].len == 0))
        hashes_push(&r->kept, h);
    if (r->w)
        CHECK(yk_csv_write_row(r->w, row->fields, row->n) == YK_OK);
    if (r->stop_at && r->rows == r->stop_at) {
        r->stopped = 1;
        return 1;
    }
    return 0;
}

/* A reader's diagnostics go to whichever run is current. */
typedef struct {
    run *now;
} diag_target;

static void on_diag(void *ctx, const yk_diag *d)
{
    run *r = ((diag_target *)ctx)->now;
    CHECK(d != NULL);
    CHECK(d->severity == YK_WARNING || d->severity == YK_ERROR);
    CHECK(fuzz_is_kind(d->kind));
    CHECK(d->source != NULL && d->source == r->source);
    CHECK(d->message != NULL && d->message[0] != '\0');
    CHECK(d->hint == NULL || d->hint[0] != '\0');
    CHECK(fuzz_valid_utf8(d->message, strlen(d->message)));
    CHECK(!d->hint || fuzz_valid_utf8(d->hint, strlen(d->hint)));
    if (d->severity == YK_ERROR)
        r->errors++;
    else
        r->warnings++;
    r->events = fnv_str(r->events, d->kind);
    r->events = fnv(r->events, &d->severity, sizeof d->severity);
    r->events = fnv(r->events, &d->line, sizeof d->line);
    r->events = fnv(r->events, &d->column, sizeof d->column);
    r->events = fnv_str(r->events, d->message);
    r->events = fnv_str(r->events, d->hint);
}

static void run_start(run *r, const char *source, size_t max_columns,
                      unsigned long stop_at, yk_csv_writer *w)
{
    hashes kept = r->kept;
    memset(r, 0, sizeof *r);
    kept.n = 0;
    r->kept = kept;
    r->source = source;
    r->max_columns = max_columns;
    r->stop_at = stop_at;
    r->events = 0xcbf29ce484222325ull;
    r->w = w;
}

/* ---- the target ------------------------------------------------------ */

static int documented(yk_status st)
{
    return st == YK_OK || st == YK_ERR_LIMIT || st == YK_ERR_PARSE ||
           st == YK_ERR_NOMEM;
}

/* Stats must agree with what the callbacks saw. */
static void check_stats(const yk_read_stats *s, const run *r)
{
    CHECK(s->rows == r->rows);
    CHECK(r->rows == 0 || s->columns == r->first_n);
    CHECK(s->errors == r->errors);
    CHECK(s->warnings == r->warnings);
    CHECK(s->ragged <= s->rows);
    CHECK(s->ragged <= s->errors);
    CHECK(s->skipped <= s->errors);
}

/* YK_OK, or the first pass stopped at what no CSV text holds: a NUL byte
 * (YK_ERR_PARSE) or a line over the row limit (YK_ERR_LIMIT). */
static yk_status sniff_once(yk_reader *rd, const char *source, yk_format *fmt,
                            const uint8_t *data, size_t size, size_t piece)
{
    yk_memory m;
    pieces p;
    yk_input in = pieces_input(&p, &m, data, size, piece);
    yk_status st = yk_reader_sniff(rd, source, &in, fmt);
    CHECK(st == YK_OK || st == YK_ERR_PARSE || st == YK_ERR_LIMIT);
    return st;
}

/* What sniffing finds must not depend on how the input hands bytes over. */
static void check_same_format(const yk_format *a, const yk_format *b)
{
    CHECK(a->bom == b->bom);
    CHECK(a->encoding == b->encoding);
    CHECK(strcmp(a->encoding_name, b->encoding_name) == 0);
    CHECK(a->delimiter == b->delimiter);
    CHECK(a->crlf == b->crlf && a->lf == b->lf && a->cr == b->cr);
    CHECK(a->bytes == b->bytes);
    CHECK(a->detection.encoding == b->detection.encoding);
    CHECK(a->detection.valid_utf8 == b->detection.valid_utf8);
    CHECK(a->detection.words == b->detection.words);
    CHECK(a->detection.n_mixed == b->detection.n_mixed);
    for (unsigned i = 0; i < a->detection.n_mixed; i++)
        CHECK(a->detection.mixed[i].encoding == b->detection.mixed[i].encoding &&
              a->detection.mixed[i].lines == b->detection.mixed[i].lines);
}

/* One read with reader rd over data; returns its status. */
static yk_status read_once(yk_reader *rd, run *r, const char *source,
                           const yk_format *fmt, const uint8_t *data,
                           size_t size, size_t piece)
{
    yk_memory m;
    pieces p;
    yk_input in = pieces_input(&p, &m, data, size, piece);
    yk_status st = yk_reader_read(rd, source, &in, fmt, on_row, r);
    const yk_read_stats *s = yk_reader_stats(rd);
    check_stats(s, r);
    r->events = fnv(r->events, &st, sizeof st);
    r->events = fnv(r->events, s, sizeof *s);
    return st;
}

/* The writer's output, read back, gives the rows that were written. */
static void check_read_back(const sink *out, int delimiter, const hashes *want,
                            run *back)
{
    static const char source[] = "written";
    yk_read_options o = { "utf-8", delimiter, 0, 0, 0, YK_CSV_TOKENIZER };
    yk_reader *rd = NULL;
    yk_format fmt;
    yk_memory m;
    /* A BOM in front keeps a first field that starts with U+FEFF intact. */
    char *file = malloc(out->len + 3);
    CHECK(file != NULL);
    memcpy(file, "\xEF\xBB\xBF", 3);
    if (out->len)
        memcpy(file + 3, out->data, out->len);
    yk_input in = yk_input_memory(&m, file, out->len + 3);
    diag_target to = { back };
    run_start(back, source, YK_DEFAULT_MAX_COLUMNS, 0, NULL);
    CHECK(yk_reader_new(&o, on_diag, &to, &rd) == YK_OK);
    CHECK(yk_reader_sniff(rd, source, &in, &fmt) == YK_OK);
    CHECK(fmt.delimiter == delimiter);
    CHECK(yk_reader_read(rd, source, &in, &fmt, on_row, back) == YK_OK);
    CHECK(back->kept.n == want->n);
    for (size_t i = 0; i < want->n; i++)
        CHECK(back->kept.v[i] == want->v[i]);
    yk_reader_free(rd);
    free(file);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char source[] = "fuzz.csv";
    if (size < 2)
        return 0;
    const int opt = data[0];
    const size_t piece = data[1];
    data += 2;
    size -= 2;

    yk_read_options o = { encodings[opt & 7], delimiters[(opt >> 3) & 7], 0, 0, 0,
                          YK_CSV_TOKENIZER };
    if (opt & 0x40) {
        o.max_field = SMALL_FIELD;
        o.max_columns = SMALL_COLUMNS;
        o.max_row = SMALL_ROW;
    }
    size_t max_columns = o.max_columns ? o.max_columns : YK_DEFAULT_MAX_COLUMNS;

    run r = { 0 }, back = { 0 };
    sink out = { 0 };
    yk_reader *rd = NULL;
    yk_csv_writer *w = NULL;
    yk_format fmt;
    diag_target to = { &r };
    run_start(&r, source, max_columns, 0, NULL);
    CHECK(yk_reader_new(&o, on_diag, &to, &rd) == YK_OK);
    yk_status sniffed = sniff_once(rd, source, &fmt, data, size, piece);
    if (sniffed != YK_OK) {
        /* Stopped with an error said, whatever the chunking. */
        yk_format fmt2;
        CHECK(yk_reader_stats(rd)->errors == 1);
        CHECK(sniff_once(rd, source, &fmt2, data, size, piece ? 0 : 1) == sniffed);
        yk_reader_free(rd);
        free(r.kept.v);
        return 0;
    }
    CHECK(fmt.bytes == size);
    CHECK(!o.encoding || fmt.encoding_given);
    CHECK(!o.delimiter || (fmt.delimiter_given && fmt.delimiter == o.delimiter));
    CHECK(fmt.delimiter > 0 && fmt.delimiter < 256);

    CHECK(yk_csv_writer_new((yk_output){ sink_write, &out }, fmt.delimiter, &w) == YK_OK);
    run_start(&r, source, max_columns, 0, w);
    yk_status st = read_once(rd, &r, source, &fmt, data, size, piece);
    CHECK(documented(st));
    CHECK(yk_csv_writer_flush(w) == YK_OK);
    yk_csv_writer_free(w);

    if (!out.overflow)
        check_read_back(&out, fmt.delimiter, &r.kept, &back);

    if (opt & 0x80) {
        /* The same reader again, in the other chunking. */
        run again = { 0 };
        unsigned long rows = r.rows;
        uint64_t events = r.events;
        to.now = &again;
        run_start(&again, source, max_columns, 0, NULL);
        yk_format fmt2;
        CHECK(sniff_once(rd, source, &fmt2, data, size, piece ? 0 : 1) == YK_OK);
        check_same_format(&fmt, &fmt2);
        yk_status st2 = read_once(rd, &again, source, &fmt, data, size, piece ? 0 : 1);
        CHECK(st2 == st);
        CHECK(again.rows == rows);
        CHECK(again.events == events);
        /* And stopping at the second row. */
        run_start(&again, source, max_columns, 2, NULL);
        st2 = read_once(rd, &again, source, &fmt, data, size, 0);
        if (rows >= 2)
            CHECK(again.rows == 2 && st2 == YK_ERR_STOPPED);
        else
            CHECK(st2 == st);
        free(again.kept.v);
    }

    yk_reader_free(rd);
    free(out.data);
    free(r.kept.v);
    free(back.kept.v);
    return 0;
}
