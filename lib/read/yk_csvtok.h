/* ykien — a CSV tokenizer that splits bytes exactly as libcsv does.
 *
 * It reproduces csv_parse() and csv_fini() of libcsv 3.0.3 as the reader
 * configures it (lenient, no byte counted as a space, '"' the quote, CR
 * and LF ending rows), field for field and row for row: an empty line
 * gives no row, a quote inside an unquoted field is kept, a quote not
 * doubled inside a quoted field is kept with what follows it, and a quoted
 * field still open at the end of the input ends there.  libcsv stays the
 * reference (yk_read_options.csv_parser); tests/fuzz/fuzz_csvdiff.c reads
 * every input through both.
 *
 * What it adds is speed and positions: it finds the next delimiter, quote
 * or line end with a table instead of a callback per byte, hands a field
 * as a pointer into the caller's chunk when it lies whole in it and needs
 * no unescaping, and counts physical lines (CR, LF and CRLF each end one)
 * as it goes, so the reader no longer feeds it line by line.
 *
 * Memory: a field cut by the end of a chunk, or holding a doubled quote,
 * is gathered in one internal buffer; it stops growing at max_held plus
 * one chunk (see yk_csvtok_parse). */
#ifndef YK_CSVTOK_H
#define YK_CSVTOK_H

#include <stddef.h>
#include "yk_status.h"

typedef struct yk_csvtok yk_csvtok;

/* Where the tokenizer is; lines count from 1. */
typedef struct {
    unsigned long line;         /* line of the byte being read */
    unsigned long row_line;     /* where the row being read (or the last) began */
    unsigned long field_line;   /* the line the last field ended on, or the
                                   row's first line when none has yet */
    unsigned long blank_lines;  /* lines ended outside any row */
} yk_csvtok_pos;

/* What a parse reports.  field's bytes are borrowed for the call only:
 * they are in the caller's chunk or the tokenizer's buffer.  row returns
 * nonzero to stop.  stray_quote says that a quote was kept as text
 * (quoted: after a quote that did not end a quoted field; else inside an
 * unquoted field), before the field holding it is reported. */
typedef struct {
    void (*field)(void *ctx, const char *p, size_t len);
    int (*row)(void *ctx);
    void (*stray_quote)(void *ctx, int quoted);
    void *ctx;
} yk_csvtok_fns;

/* A tokenizer, to be started before each input; yk_csvtok_free(NULL) is
 * a no-op. */
yk_status yk_csvtok_new(yk_csvtok **out);
void yk_csvtok_free(yk_csvtok *t);

/* Start reading an input: line 1, no row.  The delimiter may be any byte
 * but '"', CR and LF (YK_ERR_ARGUMENT: libcsv reads those in ways of its
 * own; use it).  max_held: see yk_csvtok_parse. */
yk_status yk_csvtok_start(yk_csvtok *t, int delimiter, size_t max_held);

/* Tokenize the next n bytes.  YK_OK when all were read; YK_ERR_STOPPED
 * right after a row callback asked to stop; YK_ERR_LIMIT at the end of the
 * line (or of the chunk) in which a field came to hold max_held bytes,
 * counted as libcsv counts its buffer (the closing quote included), with
 * every field and row before that point reported; YK_ERR_NOMEM.  After an
 * error the input cannot be read on. */
yk_status yk_csvtok_parse(yk_csvtok *t, const char *p, size_t n,
                          const yk_csvtok_fns *fns);

/* Whether the input so far ends inside a quoted field (its quote never
 * closed): asked before yk_csvtok_finish. */
int yk_csvtok_open_quote(const yk_csvtok *t);

/* The end of the input: the field and row being read, if any, are
 * reported as csv_fini() does.  YK_OK or YK_ERR_STOPPED. */
yk_status yk_csvtok_finish(yk_csvtok *t, const yk_csvtok_fns *fns);

/* Borrowed for the tokenizer's life. */
const yk_csvtok_pos *yk_csvtok_where(const yk_csvtok *t);

#endif
