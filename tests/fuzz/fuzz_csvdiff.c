/* libFuzzer target: the reader through ykien's tokenizer and through
 * libcsv, the reference it reproduces, must say exactly the same.
 *
 * Input format: four option bytes, then the file's bytes.
 *
 *   byte 0  bits 0-2  delimiter: 0 detect, 1 ',', 2 ';', 3 tab, 4 '|',
 *                     5 ' ', 6 'x', 7 '\''
 *           bits 3-4  limits: 0 the defaults; 1 max_field 64, max_columns 8,
 *                     max_row 256; 2 max_field 1 (so a field of 8192 bytes
 *                     stops the read); 3 max_columns 2
 *           bits 5-6  encoding: detect, "utf-8", "cp1258", "utf-16le"
 *           bit 7     stop at row byte 3 (0: the first)
 *   byte 1  the most bytes a read hands the tokenizer's reader; 0: as
 *           many as asked
 *   byte 2  the same for libcsv's reader, but with limits 1 and 2: a field
 *           over the limit stops reading at the end of a line or of a
 *           chunk, whichever comes first, so there both read alike
 *   byte 3  see bit 7
 *
 * Each read is logged (every row with its line, number and fields, every
 * diagnostic in full, the status and the stats) and the two logs must be
 * equal byte for byte; a difference aborts, naming the first byte where
 * they part. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "yk_reader.h"
#include "fuzz_check.h"
#include "fuzz_pieces.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const int delimiters[8] = { 0, ',', ';', '\t', '|', ' ', 'x', '\'' };
static const char *const encodings[4] = { NULL, "utf-8", "cp1258", "utf-16le" };

typedef struct {
    char *data;
    size_t len, cap;
    unsigned long stop_at;      /* 0: never */
    unsigned long rows;
} event_log;

static void put(event_log *g, const void *p, size_t n)
{
    if (g->len + n > g->cap) {
        size_t cap = g->cap ? g->cap : 4096;
        while (cap < g->len + n)
            cap *= 2;
        char *q = realloc(g->data, cap);
        CHECK(q != NULL);
        g->data = q;
        g->cap = cap;
    }
    memcpy(g->data + g->len, p, n);
    g->len += n;
}

static void put_text(event_log *g, const char *s)
{
    put(g, s ? s : "(null)", s ? strlen(s) + 1 : 7);
}

static int on_row(void *ctx, const yk_row *row)
{
    event_log *g = ctx;
    put(g, "R", 1);
    put(g, &row->line, sizeof row->line);
    put(g, &row->number, sizeof row->number);
    put(g, &row->n, sizeof row->n);
    for (size_t i = 0; i < row->n; i++) {
        put(g, &row->fields[i].len, sizeof row->fields[i].len);
        put(g, row->fields[i].s, row->fields[i].len + 1);
    }
    return g->stop_at && ++g->rows == g->stop_at;
}

static void on_diag(void *ctx, const yk_diag *d)
{
    event_log *g = ctx;
    put(g, "D", 1);
    put(g, &d->severity, sizeof d->severity);
    put_text(g, d->kind);
    put(g, &d->line, sizeof d->line);
    put(g, &d->column, sizeof d->column);
    put_text(g, d->message);
    put_text(g, d->hint);
}

/* Sniff and read data with the given parser, logging into g. */
static void read_logged(yk_read_options o, yk_csv_parser parser, const uint8_t *data,
                        size_t size, size_t piece, event_log *g)
{
    static const char source[] = "fuzz.csv";
    yk_memory m;
    pieces p;
    yk_input in = pieces_input(&p, &m, data, size, piece);
    yk_reader *rd = NULL;
    yk_format fmt;
    o.csv_parser = parser;
    CHECK(yk_reader_new(&o, on_diag, g, &rd) == YK_OK);
    yk_status st = yk_reader_sniff(rd, source, &in, &fmt);
    if (st == YK_OK)
        st = yk_reader_read(rd, source, &in, &fmt, on_row, g);
    put(g, "S", 1);
    put(g, &st, sizeof st);
    put(g, yk_reader_stats(rd), sizeof *yk_reader_stats(rd));
    yk_reader_free(rd);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 4)
        return 0;
    const int opt = data[0];
    yk_read_options o = { encodings[(opt >> 5) & 3], delimiters[opt & 7], 0, 0, 0,
                          YK_CSV_TOKENIZER };
    const int limits = (opt >> 3) & 3;
    switch (limits) {
    case 1:
        o.max_field = 64;
        o.max_columns = 8;
        o.max_row = 256;
        break;
    case 2:
        o.max_field = 1;
        break;
    case 3:
        o.max_columns = 2;
        break;
    }
    size_t ref_piece = limits == 1 || limits == 2 ? data[1] : data[2];
    unsigned long stop_at = opt & 0x80 ? (unsigned long)data[3] + 1 : 0;
    event_log tok = { .stop_at = stop_at }, ref = { .stop_at = stop_at };
    read_logged(o, YK_CSV_TOKENIZER, data + 4, size - 4, data[1], &tok);
    read_logged(o, YK_CSV_LIBCSV, data + 4, size - 4, ref_piece, &ref);
    size_t same = 0;
    while (same < tok.len && same < ref.len && tok.data[same] == ref.data[same])
        same++;
    if (same < tok.len || same < ref.len)
        fprintf(stderr, "the tokenizer's read parts from libcsv's at byte %zu of %zu/%zu\n",
                same, tok.len, ref.len);
    CHECK(tok.len == ref.len && same == tok.len);
    free(tok.data);
    free(ref.data);
    return 0;
}
