/* ykien — reading CSV files as offices send them.
 *
 * A reader makes two passes over a file.  The first (yk_reader_sniff)
 * looks at the whole file: byte-order mark, UTF-16, delimiter, line ends,
 * and the encoding, scored over every accented word.  The second
 * (yk_reader_read) parses it in chunks and delivers one row at a
 * time: UTF-8 NFC fields, with the physical line where the row starts.
 * Memory is bounded by the limits, never by the file's length.
 *
 * Problems go to the diagnostics callback with their line and column; the
 * read goes on wherever it can, so one bad row costs one row.  Kinds:
 * "ragged-row", "extra-empty-fields", "invalid-bytes", "mixed-encoding",
 * "decoded-twice", "legacy-mojibake", "wrong-encoding", "not-vietnamese",
 * "unterminated-quote", "quote-in-unquoted-field", "quote-not-doubled",
 * "field-too-long",
 * "too-many-columns", "row-too-long", "nul-byte", "empty-file".
 *
 * Limits: a field over max_field or a row over max_columns fields or
 * max_row bytes is reported and skipped; a field still open past max_field
 * (a quote never closed) stops the read, and so do, in the first pass, a
 * NUL byte and a single line over max_row. */
#ifndef YK_READER_H
#define YK_READER_H

#include <stddef.h>
#include "yk_detect.h"
#include "yk_diag.h"
#include "yk_input.h"

enum {
    YK_DEFAULT_MAX_FIELD = 1 << 20,         /* bytes in one field */
    YK_DEFAULT_MAX_COLUMNS = 10000,         /* fields in one row */
    YK_DEFAULT_MAX_ROW = 16 << 20           /* bytes in one row */
};

/* What splits the bytes into fields and rows: ykien's tokenizer
 * (yk_csvtok.h), or libcsv, the reference it reproduces (slower; rows,
 * diagnostics and stats are the same).  A quote or a line end given as
 * the delimiter is always read by libcsv. */
typedef enum { YK_CSV_TOKENIZER, YK_CSV_LIBCSV } yk_csv_parser;

typedef struct {
    const char *encoding;   /* any iconv name or alias; NULL: detect */
    int delimiter;          /* ',' ';' '\t' '|' or any byte; 0: detect */
    size_t max_field, max_columns, max_row;   /* 0: the defaults above */
    yk_csv_parser csv_parser;
} yk_read_options;

typedef enum { YK_BOM_NONE, YK_BOM_UTF8, YK_BOM_UTF16LE, YK_BOM_UTF16BE } yk_bom;

/* What the first pass found (or what the options imposed). */
typedef struct {
    yk_bom bom;
    yk_encoding encoding;
    char encoding_name[64];     /* as named, for YK_ENC_OTHER */
    int encoding_given;         /* from the options, not detected */
    int delimiter;
    int delimiter_given;
    unsigned long crlf, lf, cr; /* line ends seen */
    unsigned long bytes;        /* file size */
    yk_detection detection;     /* meaningful when !encoding_given */
    /* A workbook's sheet (yk_xlsx) rather than CSV: then only encoding
     * (UTF-8) and bytes above mean anything. */
    int workbook;
    char sheet[128];            /* its name, cut to fit */
    unsigned long header_row;   /* the sheet row holding the header */
    unsigned long title_rows;   /* non-empty rows above it, passed over */
} yk_format;

typedef struct {
    const char *s;      /* NUL-terminated UTF-8 NFC */
    size_t len;
} yk_field;

typedef struct {
    const char *source;
    unsigned long line;         /* physical line where the row starts */
    unsigned long number;       /* 1 for the header row */
    size_t n;
    const yk_field *fields;     /* borrowed for the duration of the call */
} yk_row;

/* Return 0 to go on, nonzero to stop (yk_reader_read then returns
 * YK_ERR_STOPPED). */
typedef int (*yk_row_fn)(void *ctx, const yk_row *row);

/* How a file pasted together from several encodings was read: for each
 * encoding, the rows read in it (rows with only ASCII are in none) as
 * ranges of physical lines, in file order.  Ranges beyond YK_MIX_RANGES are
 * only counted. */
enum { YK_MIX_RANGES = 8 };

typedef struct {
    yk_encoding encoding;
    unsigned long rows;         /* rows read in this encoding */
    unsigned long fields;       /* fields decoded in it */
    unsigned n_ranges;
    unsigned long more_ranges;  /* ranges past the YK_MIX_RANGES kept */
    struct { unsigned long first, last; } range[YK_MIX_RANGES];
} yk_read_mix;

/* Counts after a read. */
typedef struct {
    unsigned long rows;         /* delivered, header included */
    unsigned long columns;      /* fields in the header row */
    unsigned long ragged;       /* rows with another field count */
    unsigned long skipped;      /* rows over a limit, reported, not delivered */
    unsigned long blank_lines;
    unsigned long invalid_fields;
    unsigned long mixed_fields; /* decoded in another encoding than the file's */
    unsigned long suspicious;   /* fields that look like mojibake, or
                                   read as Vietnamese in no encoding */
    unsigned long stray_quotes; /* quotes kept as text: inside an unquoted
                                   field, or not doubled in a quoted one */
    /* Set when rows were read in more than one encoding: the file's own
     * encoding first, then the others the detector found. */
    unsigned n_mix;
    yk_read_mix mix[YK_ENC_CANDIDATES];
    unsigned long errors, warnings;
} yk_read_stats;

typedef struct yk_reader yk_reader;

/* opts may be NULL for defaults; the reader copies what it needs.  diag
 * (may be NULL) receives every problem. */
yk_status yk_reader_new(const yk_read_options *opts, yk_diag_fn diag,
                        void *diag_ctx, yk_reader **out);
void yk_reader_free(yk_reader *r);

/* First pass: read all of in and fill *fmt. source names the file in
 * diagnostics and must outlive the reader's use of it.  A bad encoding
 * name in the options gives YK_ERR_ENCODING.  It stops, after a
 * diagnostic with the line, at what no CSV text holds, so that an endless
 * or binary input (/dev/zero) ends: a NUL byte ("nul-byte",
 * YK_ERR_PARSE) and a line longer than max_row ("row-too-long",
 * YK_ERR_LIMIT); then no row may be read. */
yk_status yk_reader_sniff(yk_reader *r, const char *source, yk_input *in,
                          yk_format *fmt);

/* Second pass: rewind in, parse it as fmt says, call row for every row.
 * Returns YK_OK when the file was read to its end (even with problems:
 * see the stats and diagnostics), YK_ERR_STOPPED when row asked to stop,
 * YK_ERR_LIMIT or YK_ERR_PARSE when the file could not be read on. */
yk_status yk_reader_read(yk_reader *r, const char *source, yk_input *in,
                         const yk_format *fmt, yk_row_fn row, void *ctx);

/* Write one entry of a mix as text ("UTF-8 on lines 1-5, 10-13 (8 rows)")
 * into out, NUL-terminated and cut to cap; returns the length it needed. */
size_t yk_read_mix_text(const yk_read_mix *m, char *out, size_t cap);

/* Counts of the last read; borrowed until the next read or free. */
const yk_read_stats *yk_reader_stats(const yk_reader *r);

#endif
