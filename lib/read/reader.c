#include <csv.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "yk_csvtok.h"
#include "yk_grow.h"
#include "yk_mojibake.h"
#include "yk_reader.h"
#include "yk_sniff.h"
#include "memo_impl.h"
#include "stream_impl.h"
#include "yk_text.h"

/* libcsv's parser states (libcsv.c): between rows, between fields, inside
 * a field, and just after a quote inside a quoted field.  A quoted field
 * still in FIELD_BEGUN at the end of input never closed. */
enum {
    LIBCSV_ROW_NOT_BEGUN = 0, LIBCSV_FIELD_NOT_BEGUN = 1,
    LIBCSV_FIELD_BEGUN = 2, LIBCSV_FIELD_MIGHT_HAVE_ENDED = 3
};
enum { CSV_BLOCK = 4096, MSG_MAX = 512 };

/* Where the text of a field that needs decoding is: in raw as read, in
 * dec as decoded, or in the memo of decoded fields.  Plain fields (ASCII,
 * no NUL) need none, and no span: their text stays in raw. */
typedef enum { SPAN_RAW, SPAN_DECODED, SPAN_KEPT } span_kind;
typedef struct { size_t off, len; span_kind kind; } span;

typedef enum { ROW_OK, ROW_TOO_MANY_COLUMNS, ROW_TOO_LONG, ROW_FIELD_TOO_LONG } row_state;

struct yk_reader {
    yk_read_options opt;
    char encoding[64];
    yk_diag_fn diag;
    void *diag_ctx;
    const char *source;
    yk_read_stats stats;

    struct csv_parser csv;
    int csv_ready;
    yk_csvtok *tok;             /* NULL: libcsv reads */
    yk_csvtok_fns tok_fns;      /* the tokenizer's calls into this reader */
    yk_csvtok_pos own;          /* where libcsv is, as feed() counts */
    const yk_csvtok_pos *at;    /* own, or where the tokenizer is */
    int row_started, pending_cr;
    int open_quote;             /* the file ended inside a quoted field */
    int at_line_start;          /* the bytes fed so far end a line */
    unsigned long quote_line;   /* the row and field last warned of a */
    size_t quote_field;         /* stray quote, so a field gets one */
    size_t row_fields;          /* fields ended in this row, kept or
                                   not (a row over a limit keeps none) */
    row_state state;
    yk_buf raw;                 /* this row's field bytes, NUL after each */
    yk_field *fields;           /* the row handed on, its text one field
                                   after another in raw; the fields that
                                   need decoding are set again after */
    size_t *unplain;            /* the fields that need decoding, */
    span *spans;                /* and where the text of each is */
    size_t nfields, n_unplain, fields_cap;
    size_t fast_bytes, fast_fields;    /* what the row may still take
                                          without make_room(); 0 at its start */
    yk_buf dec;                 /* decoded fields */

    yk_decoder *decoder;        /* the file's encoding */
    yk_decoder *alt[YK_ENC_CANDIDATES];  /* others a mixed file uses */
    size_t nalt;
    size_t row_decoder;         /* 0: the file's; i: alt[i - 1] */
    /* Rows with accented text, numbered; the last such row read in each
     * decoder, so that a range of lines goes on or a new one starts. */
    unsigned long mix_seq, mix_last[YK_ENC_CANDIDATES];
    unsigned long mix_line;     /* first row read in another decoder than
                                   the first accented row; 0: none yet */
    size_t mix_first;           /* that first row's decoder */
    int check_vietnamese;       /* say when a field reads as Vietnamese in
                                   no encoding (legacy or mixed files) */
    int encoding_given;
    yk_mojibake *moji;
    yk_memo memo;               /* fields that decoded with nothing to
                                   report; forgotten at each file */
    yk_buf tmp;

    yk_row_fn row_fn;
    void *row_ctx;
    int stopped;
    yk_status failure;          /* out of memory inside a callback */
};

static void emit(yk_reader *r, yk_severity sev, const char *kind,
                 unsigned long line, unsigned long col, const char *hint,
                 const char *fmt, ...) __attribute__((format(printf, 7, 8)));
static void emit(yk_reader *r, yk_severity sev, const char *kind,
                 unsigned long line, unsigned long col, const char *hint,
                 const char *fmt, ...)
{
    va_list ap;
    if (sev == YK_ERROR)
        r->stats.errors++;
    else
        r->stats.warnings++;
    va_start(ap, fmt);
    yk_diag_vsend(r->diag, r->diag_ctx, sev, kind, r->source, line, col, hint, fmt, ap);
    va_end(ap);
}

yk_status yk_reader_new(const yk_read_options *opts, yk_diag_fn diag,
                        void *diag_ctx, yk_reader **out)
{
    yk_reader *r = calloc(1, sizeof *r);
    *out = NULL;
    if (!r)
        return YK_ERR_NOMEM;
    if (opts)
        r->opt = *opts;
    if (r->opt.encoding) {
        snprintf(r->encoding, sizeof r->encoding, "%s", r->opt.encoding);
        r->opt.encoding = r->encoding;
    }
    if (!r->opt.max_field)
        r->opt.max_field = YK_DEFAULT_MAX_FIELD;
    if (!r->opt.max_columns)
        r->opt.max_columns = YK_DEFAULT_MAX_COLUMNS;
    if (!r->opt.max_row)
        r->opt.max_row = YK_DEFAULT_MAX_ROW;
    r->diag = diag;
    r->diag_ctx = diag_ctx;
    yk_status st = yk_mojibake_new(&r->moji);
    if (st != YK_OK) {
        yk_reader_free(r);
        return st;
    }
    *out = r;
    return YK_OK;
}

static void drop_decoders(yk_reader *r)
{
    yk_decoder_free(r->decoder);
    r->decoder = NULL;
    for (size_t i = 0; i < r->nalt; i++)
        yk_decoder_free(r->alt[i]);
    r->nalt = 0;
}

void yk_reader_free(yk_reader *r)
{
    if (!r)
        return;
    if (r->csv_ready)
        csv_free(&r->csv);
    yk_csvtok_free(r->tok);
    drop_decoders(r);
    yk_mojibake_free(r->moji);
    yk_memo_free(&r->memo);
    yk_buf_free(&r->raw);
    yk_buf_free(&r->dec);
    yk_buf_free(&r->tmp);
    free(r->spans);
    free(r->fields);
    free(r->unplain);
    free(r);
}

const yk_read_stats *yk_reader_stats(const yk_reader *r)
{
    return &r->stats;
}

/* ---- first pass: the file's format ---------------------------------- */

static yk_status first_bytes(yk_input *in, char *buf, size_t cap, size_t *n)
{
    yk_status st = in->rewind ? in->rewind(in->ctx) : YK_OK;
    *n = 0;
    while (st == YK_OK && *n < cap) {
        size_t got;
        st = in->read(in->ctx, buf + *n, cap - *n, &got);
        if (got == 0)
            break;
        *n += got;
    }
    return st;
}

/* The iconv name the stream must transcode from, or NULL when fields can
 * be decoded one by one. */
static const char *stream_encoding(const yk_format *fmt)
{
    if (fmt->encoding == YK_ENC_UTF16LE)
        return "UTF-16LE";
    if (fmt->encoding == YK_ENC_UTF16BE)
        return "UTF-16BE";
    if (fmt->encoding == YK_ENC_OTHER) {
        yk_decoder *d;
        if (yk_decoder_new(YK_ENC_OTHER, fmt->encoding_name, &d) != YK_OK)
            return fmt->encoding_name;
        yk_decoder_free(d);
    }
    return NULL;
}

static yk_status given_encoding(yk_reader *r, yk_format *fmt)
{
    yk_status st = yk_encoding_lookup(r->opt.encoding, &fmt->encoding);
    if (st != YK_OK)
        return st;
    fmt->encoding_given = 1;
    snprintf(fmt->encoding_name, sizeof fmt->encoding_name, "%s", r->opt.encoding);
    /* A BOM that contradicts the given encoding is not skipped. */
    if ((fmt->bom == YK_BOM_UTF8 && fmt->encoding != YK_ENC_UTF8) ||
        ((fmt->bom == YK_BOM_UTF16LE || fmt->bom == YK_BOM_UTF16BE) &&
         fmt->encoding != YK_ENC_UTF16LE && fmt->encoding != YK_ENC_UTF16BE))
        fmt->bom = YK_BOM_NONE;
    return YK_OK;
}

enum { SNIFF_HEAD = 64 * 1024 };   /* bytes the delimiter is guessed from */

/* The first pass's length of the line it is in, and bytes before the chunk. */
typedef struct {
    size_t len;
    unsigned long long offset;  /* as UTF-8 */
} scan_pos;

/* The length of the line the chunk ends in, given len before it. */
static size_t line_after(const char *p, size_t n, size_t len)
{
    size_t k = n;
    while (k > 0 && p[k - 1] != '\n' && p[k - 1] != '\r')
        k--;
    return k ? n - k : len + n;
}

/* Where a chunk breaks the rules, byte by byte (rare): stop at a NUL byte
 * or at a line over the limit, counting lines from line, the chunk's first
 * (prev_cr: the last chunk ended in CR, so a first LF ends no line). */
static yk_status scan_slowly(yk_reader *r, scan_pos *at, const char *p, size_t n,
                             unsigned long line, int prev_cr)
{
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)p[i];
        if (c == '\n' || c == '\r') {
            if (!(c == '\n' && prev_cr))
                line++;
            prev_cr = c == '\r';
            at->len = 0;
            continue;
        }
        prev_cr = 0;
        if (c == '\0') {
            emit(r, YK_ERROR, "nul-byte", line, 0,
                 "is this a binary file, or UTF-16 without a byte-order mark (then give "
                 "--encoding utf-16le)? Save it as CSV and read it again",
                 "a NUL byte (byte %llu): this is not a text file; reading stopped",
                 at->offset + i + 1);
            return YK_ERR_PARSE;
        }
        if (++at->len > r->opt.max_row) {
            emit(r, YK_ERROR, "row-too-long", line, 0,
                 "is this a CSV file? If it is, raise --max-row",
                 "the line is longer than %zu bytes, the row limit; reading stopped",
                 r->opt.max_row);
            return YK_ERR_LIMIT;
        }
    }
    at->offset += n;
    return YK_OK;
}

/* What no CSV text holds, found before any row is used: a NUL byte (a
 * binary file, UTF-16 without a byte-order mark, /dev/zero) or a line
 * longer than the row limit (no line end at all).  Either stops reading,
 * so an endless input ends and nothing is read from a file that is not
 * text.  YK_OK, or YK_ERR_PARSE / YK_ERR_LIMIT after saying where.  ends
 * and prev_cr: the line ends before this chunk. */
static yk_status scan_guard(yk_reader *r, scan_pos *at, const char *p, size_t n,
                            const yk_line_ends *ends, int prev_cr)
{
    /* The common case at memchr's speed: no NUL, and no line can be over
     * the limit when the line so far and the whole chunk are not. */
    if (at->len + n <= r->opt.max_row && !memchr(p, '\0', n)) {
        at->len = line_after(p, n, at->len);
        at->offset += n;
        return YK_OK;
    }
    return scan_slowly(r, at, p, n, 1 + ends->lf + ends->cr + ends->crlf, prev_cr);
}

static yk_status scan_file(yk_reader *r, yk_input *in, yk_format *fmt, yk_detector *det)
{
    yk_stream s;
    yk_buf head = { 0 };
    const char *utf16 = stream_encoding(fmt);
    yk_status st = yk_stream_open(&s, in, utf16, yk_bom_length(fmt->bom));
    int prev_cr = 0;
    yk_line_ends ends = { 0, 0, 0 };
    scan_pos at = { 0, 0 };
    while (st == YK_OK || st == YK_ERR_INVALID_BYTES || st == YK_ERR_TRUNCATED) {
        const char *p;
        size_t n;
        st = yk_stream_next(&s, &p, &n);
        if (n == 0 && st == YK_OK)
            break;
        yk_status guard = scan_guard(r, &at, p, n, &ends, prev_cr);
        if (guard != YK_OK) {
            st = guard;
            break;
        }
        if (head.len < SNIFF_HEAD) {
            size_t k = SNIFF_HEAD - head.len < n ? SNIFF_HEAD - head.len : n;
            if (yk_buf_append(&head, p, k) != YK_OK)
                st = YK_ERR_NOMEM;
        }
        unsigned long before = ends.lf + ends.cr + ends.crlf;
        yk_text_line_ends(p, n, &prev_cr, &ends);
        if (det)
            yk_detector_feed_lines(det, p, n, ends.lf + ends.cr + ends.crlf - before);
    }
    if (!fmt->delimiter_given)
        fmt->delimiter = yk_sniff_delimiter(head.data ? head.data : "", head.len);
    fmt->bytes = s.offset;
    fmt->lf = ends.lf;
    fmt->cr = ends.cr;
    fmt->crlf = ends.crlf;
    yk_buf_free(&head);
    yk_stream_close(&s);
    return st;
}

yk_status yk_reader_sniff(yk_reader *r, const char *source, yk_input *in,
                          yk_format *fmt)
{
    char head[4096];
    size_t n;
    memset(fmt, 0, sizeof *fmt);
    r->source = source;
    yk_status st = first_bytes(in, head, sizeof head, &n);
    if (st != YK_OK)
        return st;
    yk_sniff_bom(head, n, &fmt->bom, &fmt->encoding);
    if (r->opt.encoding && (st = given_encoding(r, fmt)) != YK_OK)
        return st;
    if (r->opt.delimiter) {
        fmt->delimiter = r->opt.delimiter;
        fmt->delimiter_given = 1;
    }
    yk_detector *det = NULL;
    int detect = !fmt->encoding_given && fmt->encoding == YK_ENC_UTF8;
    if (detect && (st = yk_detector_new(&det)) != YK_OK)
        return st;
    st = scan_file(r, in, fmt, det);
    if (det) {
        yk_detector_finish(det, &fmt->detection);
        fmt->encoding = fmt->detection.encoding;
        yk_detector_free(det);
    }
    if (st == YK_ERR_INVALID_BYTES || st == YK_ERR_TRUNCATED)
        st = YK_OK;     /* reported with its line by the second pass */
    return st;
}

/* ---- second pass: rows ----------------------------------------------- */

static int keep_spaces(unsigned char c)
{
    (void)c;
    return 0;   /* a field's spaces are data; the coder trims if it wants */
}

static size_t min_size(size_t a, size_t b)
{
    return a < b ? a : b;
}

/* Room for twice as many fields in a row. */
static int grow_row(yk_reader *r)
{
    size_t cap = yk_grow_capacity(r->fields_cap, r->fields_cap + 1, 64, 0, sizeof *r->fields);
    if (!cap || yk_resize(&r->spans, cap, sizeof *r->spans) != YK_OK ||
        yk_resize(&r->fields, cap, sizeof *r->fields) != YK_OK ||
        yk_resize(&r->unplain, cap, sizeof *r->unplain) != YK_OK) {
        r->failure = YK_ERR_NOMEM;
        return 0;
    }
    r->fields_cap = cap;
    return 1;
}

/* Room for extra more bytes of this row; the fields read so far move
 * with it. */
static int grow_raw(yk_reader *r, size_t extra)
{
    if (yk_buf_reserve(&r->raw, extra) != YK_OK) {
        r->failure = YK_ERR_NOMEM;
        return 0;
    }
    for (size_t i = 0, off = 0; i < r->nfields; off += r->fields[i++].len + 1)
        r->fields[i].s = r->raw.data + off;
    return 1;
}

/* Check a field of len bytes against the limits and make room for it;
 * 0 when the row is refused or memory ran out.  Sets how much more the
 * row may take without these checks. */
static int make_room(yk_reader *r, size_t len)
{
    r->fast_bytes = r->fast_fields = 0;
    if (r->state != ROW_OK || r->failure)
        return 0;
    if (len > r->opt.max_field) {
        r->state = ROW_FIELD_TOO_LONG;
        return 0;
    }
    if (r->nfields == r->opt.max_columns) {
        r->state = ROW_TOO_MANY_COLUMNS;
        return 0;
    }
    if (r->raw.len + len + 1 > r->opt.max_row) {
        r->state = ROW_TOO_LONG;
        return 0;
    }
    if (r->nfields == r->fields_cap && !grow_row(r))
        return 0;
    if (r->raw.size - r->raw.len < len + 1 && !grow_raw(r, len + 1))
        return 0;
    r->fast_fields = min_size(r->fields_cap, r->opt.max_columns) - r->nfields - 1;
    r->fast_bytes = min_size(min_size(r->raw.size, r->opt.max_row) - r->raw.len - (len + 1),
                             r->opt.max_field + 1);
    return 1;
}

/* Copy a field into raw, noting whether it is plain. */
static void keep_span(yk_reader *r, const unsigned char *from, size_t len)
{
    char *to = r->raw.data + r->raw.len;
    int plain = 1;
    if (len == 1) {         /* most fields: a one-byte code */
        to[0] = (char)from[0];
        plain = from[0] - 1u < 0x7Fu;
    } else if (len <= 16) { /* codes: copy and check in one pass */
        for (size_t i = 0; i < len; i++) {
            plain &= from[i] - 1u < 0x7Fu;
            to[i] = (char)from[i];
        }
    } else {
        memcpy(to, from, len);
        plain = yk_text_is_plain(to, len);
    }
    to[len] = '\0';
    if (!plain) {
        r->unplain[r->n_unplain] = r->nfields;
        r->spans[r->n_unplain++] = (span){ r->raw.len, len, SPAN_RAW };
    }
    r->fields[r->nfields++] = (yk_field){ to, len };
    r->raw.len += len + 1;
}

/* Most fields fit in what make_room() last allowed, and need one test. */
static void on_field(void *ctx, const char *field, size_t len)
{
    yk_reader *r = ctx;
    r->row_fields++;
    if (len < r->fast_bytes && r->fast_fields) {
        r->fast_bytes -= len + 1;
        r->fast_fields--;
    } else if (!make_room(r, len)) {
        return;
    }
    keep_span(r, (const unsigned char *)field, len);
}

static void report_rejected(yk_reader *r)
{
    const char *hint = "the row was skipped; if the file is right, raise the limit";
    switch (r->state) {
    case ROW_TOO_MANY_COLUMNS:
        emit(r, YK_ERROR, "too-many-columns", r->at->row_line, 0, hint,
             "the row has more than %zu fields", r->opt.max_columns);
        break;
    case ROW_TOO_LONG:
        emit(r, YK_ERROR, "row-too-long", r->at->row_line, 0, hint,
             "the row is longer than %zu bytes", r->opt.max_row);
        break;
    case ROW_FIELD_TOO_LONG:
        emit(r, YK_ERROR, "field-too-long", r->at->row_line, 0, hint,
             "a field is longer than %zu bytes", r->opt.max_field);
        break;
    case ROW_OK:
        return;
    }
    r->stats.skipped++;
}

/* In a file pasted together from several districts, each row is read in
 * whichever of the file's encodings makes it most Vietnamese: one word
 * alone can mislead ("Tốt" in VNI reads "Toát" in CP1258), a row rarely
 * does.  A field that reads clearly better another way is read that way. */
static long score_with(yk_reader *r, size_t who, const char *p, size_t n)
{
    yk_decoder *d = who ? r->alt[who - 1] : r->decoder;
    return yk_detect_field_score(d, p, n, &r->tmp);
}

/* Note that this row was read in decoder who, extending that decoder's
 * last range of lines when no row between was read in another. */
static void note_row(yk_reader *r, size_t who)
{
    yk_read_mix *m = &r->stats.mix[who];
    r->mix_seq++;
    if (r->mix_seq == 1)
        r->mix_first = who;
    else if (!r->mix_line && who != r->mix_first)
        r->mix_line = r->at->row_line;
    m->rows++;
    if (m->n_ranges && r->mix_last[who] == r->mix_seq - 1)
        m->range[m->n_ranges - 1].last = r->at->row_line;
    else if (m->n_ranges == YK_MIX_RANGES)
        m->more_ranges++;
    else {
        m->range[m->n_ranges].first = m->range[m->n_ranges].last = r->at->row_line;
        m->n_ranges++;
    }
    r->mix_last[who] = r->mix_seq;
}

static void pick_row_decoder(yk_reader *r)
{
    long best = 0;
    int accented = 0;
    r->row_decoder = 0;
    for (size_t who = 0; who <= r->nalt; who++) {
        long sum = 0;
        for (size_t k = 0; k < r->n_unplain; k++) {    /* ASCII is plain but for NUL */
            const char *p = r->raw.data + r->spans[k].off;
            if (!yk_text_is_ascii(p, r->spans[k].len)) {
                sum += score_with(r, who, p, r->spans[k].len);
                accented = 1;
            }
        }
        if (who == 0 || sum > best) {
            best = sum;
            r->row_decoder = who;
        }
    }
    if (accented)
        note_row(r, r->row_decoder);
}

enum { FIELD_MARGIN = 2 };

/* A field read in decoder who: whether every byte decoded, and how
 * Vietnamese the text is. */
typedef struct { int decoded; yk_vn_score score; } reading;

static reading read_with(yk_reader *r, size_t who, const char *p, size_t n)
{
    yk_decoder *d = who ? r->alt[who - 1] : r->decoder;
    reading v = { 0, { 0, 0, 0 } };
    size_t bad;
    yk_buf_clear(&r->tmp);
    if (yk_decoder_decode(d, p, n, &r->tmp, &bad) == YK_OK) {
        v.decoded = 1;
        yk_vn_score_text(r->tmp.data, r->tmp.len, &v.score);
    }
    return v;
}

/* The row's decoder, unless another reads the field clearly better.  A
 * decoder that cannot decode every byte is never preferred to one that
 * can: a field that reads as Vietnamese nowhere keeps its letters (and is
 * reported) rather than turning into U+FFFD. */
static size_t pick_decoder(yk_reader *r, const char *p, size_t n)
{
    size_t who = r->row_decoder;
    reading mine = read_with(r, who, p, n);
    long own = yk_vn_score_value(&mine.score), best = own;
    int rescue = !mine.decoded, found = mine.decoded;
    for (size_t i = 0; i <= r->nalt; i++) {
        if (i == r->row_decoder)
            continue;
        reading v = read_with(r, i, p, n);
        long value = yk_vn_score_value(&v.score);
        /* A field with a broken byte is taken from another encoding only
         * when that reads it clearly as Vietnamese (a cut UTF-8 "Nữ" is a
         * plausible "Ná»" in CP1258); else it is U+FFFD and an error, not
         * mojibake that could pass. */
        if (!v.decoded || (rescue && (value < FIELD_MARGIN ||
                                      v.score.valid <= v.score.invalid + v.score.foreign)))
            continue;
        if (!found || (value > best && (rescue || value >= own + FIELD_MARGIN))) {
            best = value;
            who = i;
            found = 1;
        }
    }
    return who;
}

static void note_field(yk_reader *r, size_t who)
{
    if (r->nalt)
        r->stats.mix[who].fields++;
    if (who)
        r->stats.mixed_fields++;
}

static void hex_bytes(char *out, size_t cap, const char *p, size_t n)
{
    size_t k = 0;
    out[0] = '\0';
    for (size_t i = 0; i < n && i < 4 && k + 6 < cap; i++)
        k += (size_t)snprintf(out + k, cap - k, "%s0x%02X", i ? " " : "",
                              (unsigned char)p[i]);
}

/* Decode what can be decoded, put U+FFFD for each bad byte, say where. */
static yk_status decode_lossy(yk_reader *r, yk_decoder *d, const char *p,
                              size_t n, unsigned long col, size_t bad)
{
    char shown[32];
    hex_bytes(shown, sizeof shown, p + bad, n - bad);
    emit(r, YK_ERROR, "invalid-bytes", r->at->row_line, col,
         "the bytes were replaced by U+FFFD; give the encoding with --encoding if it is wrong",
         "bytes not valid in %s at byte %zu of the field (%s)",
         yk_decoder_name(d), bad + 1, shown);
    r->stats.invalid_fields++;
    size_t pos = 0;
    while (pos < n) {
        size_t stop;
        yk_status st = yk_decoder_decode(d, p + pos, n - pos, &r->dec, &stop);
        if (st == YK_OK)
            break;
        if (st != YK_ERR_INVALID_BYTES && st != YK_ERR_TRUNCATED)
            return st;
        size_t ok;
        if (stop && yk_decoder_decode(d, p + pos, stop, &r->dec, &ok) != YK_OK)
            return YK_ERR_INVALID_BYTES;
        st = yk_buf_append(&r->dec, "\xEF\xBF\xBD", 3);
        if (st != YK_OK)
            return st;
        pos += stop + 1;
    }
    return YK_OK;
}

enum { QUOTE_MAX = 80 };

/* Warn when s looks like mojibake; returns whether it did. */
static int check_mojibake(yk_reader *r, const char *s, size_t n,
                          unsigned long col)
{
    yk_encoding was;
    const char *fixed;
    size_t fixed_len;
    if (!yk_mojibake_check(r->moji, s, n, &was, &fixed, &fixed_len))
        return 0;
    char text[QUOTE_MAX * 2], repaired[QUOTE_MAX * 2], hint[MSG_MAX];
    yk_text_quote(text, sizeof text, s, n);
    yk_text_quote(repaired, sizeof repaired, fixed, fixed_len);
    r->stats.suspicious++;
    if (r->encoding_given && yk_decoder_encoding(r->decoder) != YK_ENC_UTF8) {
        snprintf(hint, sizeof hint, "is the file %s? It would read '%s'; try --encoding %s",
                 yk_encoding_name(was), repaired, yk_encoding_name(was));
        emit(r, YK_WARNING, "wrong-encoding", r->at->row_line, col, hint,
             "'%s' does not read as Vietnamese in %s", text, yk_decoder_name(r->decoder));
        return 1;
    }
    snprintf(hint, sizeof hint, "it probably reads '%s'", repaired);
    if (was == YK_ENC_UTF8)
        emit(r, YK_WARNING, "decoded-twice", r->at->row_line, col, hint,
             "'%s' looks like UTF-8 text decoded twice (read as Windows-1252 and saved again)",
             text);
    else
        emit(r, YK_WARNING, "legacy-mojibake", r->at->row_line, col, hint,
             "'%s' looks like %s text shown as Windows-1252 and saved as Unicode",
             text, yk_encoding_name(was));
    return 1;
}

/* The names of the encodings this file is read in, for a message. */
static void decoder_names(const yk_reader *r, char *out, size_t cap)
{
    size_t k = (size_t)snprintf(out, cap, "%s", yk_decoder_name(r->decoder));
    for (size_t i = 0; i < r->nalt && k < cap; i++)
        k += (size_t)snprintf(out + k, cap - k, "%s%s", i + 1 == r->nalt ? " or " : ", ",
                              yk_decoder_name(r->alt[i]));
}

/* In a legacy or mixed file, a field that reads as Vietnamese in none of
 * the file's encodings is said, with the text as it was kept: it is in
 * another encoding, or garbled, and must not pass for an answer unseen.
 * A stray foreign word ("Café") is not enough: it takes two words or
 * symbols, more than the Vietnamese ones (in a mixed file, one word when
 * none reads). */
static int reads_as_vietnamese(yk_reader *r, const yk_decoder *d, const char *s,
                               size_t n, unsigned long col)
{
    yk_vn_score sc = { 0, 0, 0 };
    yk_vn_score_text(s, n, &sc);
    unsigned long bad = sc.invalid + sc.foreign;
    /* In a mixed file even one odd word, with none that reads, is said. */
    unsigned long enough = r->nalt && !sc.valid ? 1 : 2;
    if (bad < enough || bad <= sc.valid)
        return 1;
    char text[QUOTE_MAX * 2], names[MSG_MAX / 2];
    yk_text_quote(text, sizeof text, s, n);
    decoder_names(r, names, sizeof names);
    r->stats.suspicious++;
    emit(r, YK_WARNING, "not-vietnamese", r->at->row_line, col,
         r->encoding_given
             ? "is the file, or this row, in another encoding? Without --encoding, ykien "
               "reads each row in the encoding that reads it as Vietnamese"
             : "check this field in the file: it may be in an encoding ykien does not read, "
               "or garbled; if the whole file is in one encoding, give it with --encoding",
         "'%s' does not read as Vietnamese in %s; it was kept as read in %s",
         text, names, yk_decoder_name(d));
    return 0;
}

/* NUL is never text; it becomes U+FFFD like any other bad byte. */
static yk_status replace_nuls(yk_reader *r, size_t start)
{
    yk_buf_clear(&r->tmp);
    yk_status st = yk_buf_append(&r->tmp, r->dec.data + start, r->dec.len - start);
    r->dec.len = start;
    for (size_t i = 0; st == YK_OK && i < r->tmp.len; i++)
        st = r->tmp.data[i] ? yk_buf_append(&r->dec, r->tmp.data + i, 1)
                            : yk_buf_append(&r->dec, "\xEF\xBF\xBD", 3);
    return st;
}

/* The memo's text for the field p (n bytes as read), into *sp. */
static int recall_field(yk_reader *r, const char *p, size_t n, span *sp)
{
    const yk_memo_entry *e = r->nalt ? NULL : yk_memo_get(&r->memo, p, n);
    if (!e)
        return 0;
    *sp = (span){ e->text, e->text_len, SPAN_KEPT };
    return 1;
}

/* Keep a field that decoded cleanly as text; a mixed file reads each row
 * in its own encoding, so there the bytes alone do not say the text. */
static void keep_field(yk_reader *r, const char *p, size_t n, const char *text,
                       size_t len)
{
    if (!r->nalt)
        yk_memo_put(&r->memo, p, n, text, len);
}

/* Remove every U+FEFF from the decoded field at start: a byte-order mark
 * inside a file (two files joined with `cat`, a pasted cell) would make a
 * unit or a code that matches nothing, silently.  Said once per field, as
 * a warning: the text read is the field's without it.  1 if any. */
static int strip_boms(yk_reader *r, size_t start, unsigned long col)
{
    static const char bom[] = "\xEF\xBB\xBF";
    char *s = r->dec.data + start;
    size_t n = r->dec.len - start, out = 0;
    for (size_t i = 0; i < n;) {
        if (n - i >= 3 && memcmp(s + i, bom, 3) == 0) {
            i += 3;
            continue;
        }
        s[out++] = s[i++];
    }
    if (out == n)
        return 0;
    r->dec.len = start + out;
    emit(r, YK_WARNING, "bom-inside", r->at->row_line, col,
         "were two files joined with 'cat'?  The field is read without it",
         "a byte-order mark (U+FEFF) inside the file was removed from this field");
    return 1;
}

/* Decode the k-th field that is not plain (a byte over 0x7F, or a NUL)
 * into r->dec unless the memo has it. */
static yk_status decode_field(yk_reader *r, size_t k)
{
    span *sp = &r->spans[k];
    const char *p = r->raw.data + sp->off;
    size_t n = sp->len;
    unsigned long col = (unsigned long)r->unplain[k] + 1;
    int nul = memchr(p, '\0', n) != NULL;
    if (nul) {
        emit(r, YK_ERROR, "nul-byte", r->at->row_line, col,
             "the NUL byte was replaced by U+FFFD; is this a UTF-16 or binary file?",
             "the field holds a NUL byte");
        r->stats.invalid_fields++;
    } else if (recall_field(r, p, n, sp)) {
        return YK_OK;
    }
    size_t start = r->dec.len, bad;
    size_t who = r->nalt ? pick_decoder(r, p, n) : 0;
    yk_decoder *d = who ? r->alt[who - 1] : r->decoder;
    note_field(r, who);
    yk_status st = yk_decoder_decode(d, p, n, &r->dec, &bad);
    int clean = st == YK_OK && !nul;
    if (st == YK_ERR_INVALID_BYTES || st == YK_ERR_TRUNCATED)
        st = decode_lossy(r, d, p, n, col, bad);
    if (st == YK_OK && nul)
        st = replace_nuls(r, start);
    if (st == YK_OK && strip_boms(r, start, col))
        clean = 0;
    if (st == YK_OK && check_mojibake(r, r->dec.data + start, r->dec.len - start, col))
        clean = 0;
    else if (clean && r->check_vietnamese &&
             !reads_as_vietnamese(r, d, r->dec.data + start, r->dec.len - start, col))
        clean = 0;
    if (st == YK_OK && clean)
        keep_field(r, p, n, r->dec.data + start, r->dec.len - start);
    if (st == YK_OK)
        *sp = (span){ start, r->dec.len - start, SPAN_DECODED };
    return st == YK_OK ? yk_buf_append(&r->dec, "", 1) : st;
}

static void check_width(yk_reader *r, size_t n)
{
    size_t want = r->stats.columns;
    if (r->stats.rows == 1) {
        r->stats.columns = n;
        return;
    }
    if (n == want || r->open_quote)
        return;
    int extra_empty = n > want;
    for (size_t i = want; extra_empty && i < n; i++)
        extra_empty = r->fields[i].len == 0;
    if (extra_empty) {
        emit(r, YK_WARNING, "extra-empty-fields", r->at->row_line, 0, NULL,
             "the row ends with %zu empty fields more than the header has",
             n - want);
        return;
    }
    r->stats.ragged++;
    emit(r, YK_ERROR, "ragged-row", r->at->row_line, 0,
         r->quote_line == r->at->row_line
             ? "a stray quote in this row (said above) may have cut a field or joined two"
         : n < want ? "is a delimiter missing, or a line break inside an unquoted field?"
                    : "is there a delimiter inside an unquoted field?",
         "the row has %zu fields, the header has %zu", n, want);
}

/* The text of the k-th field that needed decoding. */
static yk_field decoded_field(const yk_reader *r, size_t k)
{
    const span *sp = &r->spans[k];
    const char *base = sp->kind == SPAN_DECODED ? r->dec.data
                     : sp->kind == SPAN_KEPT ? r->memo.text.data : r->raw.data;
    return (yk_field){ base + sp->off, sp->len };
}

static yk_status deliver(yk_reader *r)
{
    yk_status st = YK_OK;
    yk_buf_clear(&r->dec);
    if (r->nalt)
        pick_row_decoder(r);
    for (size_t k = 0; k < r->n_unplain && st == YK_OK; k++)
        st = decode_field(r, k);
    if (st != YK_OK)
        return st;
    /* Only now: decoding may have moved r->dec. */
    for (size_t k = 0; k < r->n_unplain; k++)
        r->fields[r->unplain[k]] = decoded_field(r, k);
    r->stats.rows++;
    check_width(r, r->nfields);
    yk_row row = { r->source, r->at->row_line, r->stats.rows, r->nfields, r->fields };
    if (r->row_fn && r->row_fn(r->row_ctx, &row))
        r->stopped = 1;
    return YK_OK;
}

/* Nonzero when reading must stop. */
static int on_row(void *ctx)
{
    yk_reader *r = ctx;
    if (!r->failure && !r->stopped) {
        if (r->state != ROW_OK)
            report_rejected(r);
        else
            r->failure = deliver(r);
    }
    r->nfields = r->n_unplain = r->row_fields = 0;
    r->fast_bytes = r->fast_fields = 0;
    yk_buf_clear(&r->raw);
    r->state = ROW_OK;
    r->row_started = 0;
    return r->failure || r->stopped;
}

static int only_line_ends(const char *p, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (p[i] != '\r' && p[i] != '\n')
            return 0;
    return 1;
}

/* A field being read that outgrew the limit (libcsv's buffer, or as the
 * tokenizer counts it the same) is hostile or a quote never closed, and
 * reading cannot go on.  Said at the end of the line where it happened. */
static yk_status field_too_long(yk_reader *r)
{
    emit(r, YK_ERROR, "field-too-long", r->at->field_line, 0,
         "is a closing quote missing? Reading stopped here",
         "a field starting here is longer than %zu bytes", r->opt.max_field);
    return YK_ERR_LIMIT;
}

/* libcsv's buffer, grown CSV_BLOCK at a time, may hold max_field and two
 * blocks; it grows past that on reading a byte while holding this many. */
static size_t max_held(const yk_reader *r)
{
    return CSV_BLOCK * (r->opt.max_field / CSV_BLOCK + 2);
}

/* libcsv's callbacks. */
static void libcsv_field(void *field, size_t len, void *ctx)
{
    yk_reader *r = ctx;
    r->own.field_line = r->own.line;
    on_field(r, field, len);
}

static void libcsv_row(int c, void *ctx)
{
    (void)c;
    on_row(ctx);
}

static yk_status parse(yk_reader *r, const char *p, size_t n)
{
    if (csv_parse(&r->csv, p, n, libcsv_field, libcsv_row, r) != n)
        return csv_error(&r->csv) == CSV_ENOMEM ? YK_ERR_NOMEM : YK_ERR_PARSE;
    if (r->failure)
        return r->failure;
    if (r->stopped)
        return YK_ERR_STOPPED;
    return csv_get_buffer_size(&r->csv) > r->opt.max_field + 2 * CSV_BLOCK
               ? field_too_long(r) : YK_OK;
}

/* A quote libcsv keeps as text (it reads CSV leniently): say where, once
 * per field, so the office can check what was meant. */
static void stray_quote(yk_reader *r, size_t field, int quoted)
{
    if (r->quote_line == r->at->row_line && r->quote_field == field + 1)
        return;
    r->quote_line = r->at->row_line;
    r->quote_field = field + 1;
    r->stats.stray_quotes++;
    if (quoted)
        emit(r, YK_WARNING, "quote-not-doubled", r->at->line, field + 1,
             "inside a quoted field a quote is written twice (\"\"); if the field should "
             "end at that quote, a delimiter is missing after it",
             "a quote inside a quoted field is not doubled; it was kept as text");
    else
        emit(r, YK_WARNING, "quote-in-unquoted-field", r->at->line, field + 1,
             "nothing was lost; check that the field reads as meant (a field that holds "
             "quotes is usually written in quotes, each quote inside doubled)",
             "a quote inside an unquoted field was kept as text");
}

static int ends_line(unsigned char c)
{
    return c == '\r' || c == '\n';
}

/* Follow libcsv's states (csv_parse(), with no byte counted as a space)
 * over p[0..n) before libcsv reads it, to find the quotes it will keep
 * as text without a word.  Called only for bytes with a quote in them,
 * or that go on from a quote inside a quoted field. */
static void check_quotes(yk_reader *r, const unsigned char *p, size_t n)
{
    int state = r->csv.pstate, quoted = r->csv.quoted;
    unsigned char delim = r->csv.delim_char, quote = r->csv.quote_char;
    size_t field = state == LIBCSV_ROW_NOT_BEGUN ? 0 : r->row_fields;
    for (size_t i = 0; i < n; i++) {
        if (state == LIBCSV_FIELD_BEGUN && quoted) {
            /* Only a quote matters inside quotes: skip to the next. */
            const unsigned char *q = memchr(p + i, quote, n - i);
            if (!q)
                break;
            i = (size_t)(q - p);
        }
        unsigned char c = p[i];
        int next_field = 0, next_row = 0;
        switch (state) {
        case LIBCSV_ROW_NOT_BEGUN:
        case LIBCSV_FIELD_NOT_BEGUN:
            next_row = ends_line(c);
            next_field = !next_row && c == delim;
            if (!next_row && !next_field) {
                state = LIBCSV_FIELD_BEGUN;
                quoted = c == quote;
            }
            break;
        case LIBCSV_FIELD_BEGUN:
            if (c == quote && quoted)
                state = LIBCSV_FIELD_MIGHT_HAVE_ENDED;
            else if (c == quote)
                stray_quote(r, field, 0);
            else if (!quoted)
                next_field = c == delim, next_row = ends_line(c);
            break;
        default:    /* after a quote inside a quoted field */
            next_field = c == delim;
            next_row = !next_field && ends_line(c);
            if (!next_field && !next_row) {
                if (c != quote)
                    stray_quote(r, field, 1);
                state = LIBCSV_FIELD_BEGUN;
            }
        }
        if (next_field) {
            field++;
            state = LIBCSV_FIELD_NOT_BEGUN;
        } else if (next_row) {
            field = 0;
            state = LIBCSV_ROW_NOT_BEGUN;
        }
    }
}

/* The next CR and LF in a chunk, each found once (memchr is fast, but
 * searching again from every line would be quadratic in a CR-only file). */
typedef struct { size_t cr, lf, quote; } line_ends;

static size_t find_from(const char *p, size_t i, size_t n, char c)
{
    const char *q = memchr(p + i, c, n - i);
    return q ? (size_t)(q - p) : n;
}

static size_t line_end(line_ends *e, const char *p, size_t i, size_t n)
{
    if (e->lf < i)
        e->lf = find_from(p, i, n, '\n');
    if (e->cr < i)
        e->cr = find_from(p, i, n, '\r');
    return e->cr < e->lf ? e->cr : e->lf;
}

/* Feed libcsv one physical line at a time, so every row knows the line it
 * starts on. */
static yk_status feed_libcsv(yk_reader *r, const char *p, size_t n)
{
    size_t i = 0;
    if (r->pending_cr && n && p[0] == '\n') {
        yk_status st = parse(r, p, 1);      /* the LF of a split CRLF */
        if (st != YK_OK)
            return st;
        i = 1;
    }
    r->pending_cr = 0;
    line_ends ends = { find_from(p, i, n, '\r'), find_from(p, i, n, '\n'),
                       find_from(p, i, n, (char)r->csv.quote_char) };
    while (i < n) {
        size_t j = line_end(&ends, p, i, n);
        int eol = j < n;
        size_t end = !eol ? n : p[j] == '\n' ? j + 1
                   : j + 1 < n ? j + 1 + (p[j + 1] == '\n') : j + 1;
        if (eol && p[j] == '\r' && j + 1 == n)
            r->pending_cr = 1;
        if (!r->row_started) {
            if (only_line_ends(p + i, end - i)) {
                r->own.blank_lines++;
            } else {
                r->row_started = 1;
                r->own.row_line = r->own.field_line = r->own.line;
            }
        }
        if (ends.quote < i)
            ends.quote = find_from(p, i, n, (char)r->csv.quote_char);
        if (ends.quote < end || r->csv.pstate == LIBCSV_FIELD_MIGHT_HAVE_ENDED)
            check_quotes(r, (const unsigned char *)p + i, end - i);
        yk_status st = parse(r, p + i, end - i);
        if (st != YK_OK)
            return st;
        r->own.line += eol;
        i = end;
    }
    return YK_OK;
}

static void tok_stray_quote(void *ctx, int quoted)
{
    yk_reader *r = ctx;
    stray_quote(r, r->row_fields, quoted);
}

static yk_status tok_status(yk_reader *r, yk_status st)
{
    if (r->failure)
        return r->failure;
    return st == YK_ERR_LIMIT ? field_too_long(r) : st;
}

static yk_status feed(yk_reader *r, const char *p, size_t n)
{
    yk_status st;
    if (r->tok)
        st = tok_status(r, yk_csvtok_parse(r->tok, p, n, &r->tok_fns));
    else
        st = feed_libcsv(r, p, n);
    r->stats.blank_lines = r->at->blank_lines;
    if (n)
        r->at_line_start = p[n - 1] == '\r' || p[n - 1] == '\n';
    return st;
}

static yk_status open_decoders(yk_reader *r, const yk_format *fmt)
{
    drop_decoders(r);
    r->encoding_given = fmt->encoding_given;
    yk_encoding enc = fmt->encoding;
    const char *name = fmt->encoding_name;
    if (stream_encoding(fmt))
        enc = YK_ENC_UTF8;      /* the stream hands over UTF-8 */
    yk_status st = yk_decoder_new(enc, name, &r->decoder);
    yk_memo_clear(&r->memo);
    r->mix_seq = r->mix_line = 0;
    r->mix_first = 0;
    memset(r->mix_last, 0, sizeof r->mix_last);
    for (unsigned i = 0; st == YK_OK && !fmt->encoding_given &&
                         i < fmt->detection.n_mixed; i++) {
        st = yk_decoder_new(fmt->detection.mixed[i].encoding, NULL,
                            &r->alt[r->nalt]);
        r->nalt += st == YK_OK;
    }
    /* A Vietnamese legacy encoding decodes almost any byte, so a row in
     * another one turns into mojibake without an invalid byte; UTF-8 and
     * UTF-16 fail loudly instead, and an encoding ykien does not know may
     * not be meant for Vietnamese at all. */
    r->check_vietnamese = !stream_encoding(fmt) && (int)enc < YK_ENC_CANDIDATES &&
                          (r->nalt || enc != YK_ENC_UTF8);
    return st;
}

static yk_status start_libcsv(yk_reader *r, const yk_format *fmt)
{
    if (r->csv_ready)
        csv_free(&r->csv);
    r->csv_ready = csv_init(&r->csv, 0) == 0;
    if (!r->csv_ready)
        return YK_ERR_NOMEM;
    csv_set_delim(&r->csv, (unsigned char)fmt->delimiter);
    csv_set_space_func(&r->csv, keep_spaces);
    csv_set_blk_size(&r->csv, CSV_BLOCK);
    r->own = (yk_csvtok_pos){ 1, 1, 1, 0 };
    r->at = &r->own;
    r->row_started = r->pending_cr = 0;
    return YK_OK;
}

/* The tokenizer unless libcsv is asked for, or the delimiter is one that
 * only libcsv reads (a quote or a line end). */
static yk_status start_tokenizer(yk_reader *r, const yk_format *fmt)
{
    yk_csvtok_free(r->tok);
    r->tok = NULL;
    if (r->opt.csv_parser == YK_CSV_LIBCSV)
        return YK_ERR_ARGUMENT;
    yk_status st = yk_csvtok_new(&r->tok);
    if (st == YK_OK)
        st = yk_csvtok_start(r->tok, fmt->delimiter, max_held(r));
    if (st != YK_OK) {
        yk_csvtok_free(r->tok);
        r->tok = NULL;
        return st;
    }
    r->at = yk_csvtok_where(r->tok);
    r->tok_fns = (yk_csvtok_fns){ on_field, on_row, tok_stray_quote, r };
    return YK_OK;
}

static yk_status start_parser(yk_reader *r, const yk_format *fmt)
{
    yk_status st = start_tokenizer(r, fmt);
    if (st == YK_ERR_ARGUMENT)
        st = start_libcsv(r, fmt);
    if (st != YK_OK)
        return st;
    memset(&r->stats, 0, sizeof r->stats);
    r->stopped = r->open_quote = 0;
    r->quote_line = 0;
    r->quote_field = 0;
    r->at_line_start = 1;
    r->state = ROW_OK;
    r->failure = YK_OK;
    r->nfields = r->n_unplain = r->row_fields = 0;
    r->fast_bytes = r->fast_fields = 0;
    yk_buf_clear(&r->raw);
    return YK_OK;
}

/* Which encoding each entry of the mix was read in, before the read. */
static void start_mix(yk_reader *r)
{
    for (size_t who = 0; r->nalt && who <= r->nalt; who++)
        r->stats.mix[who].encoding =
            yk_decoder_encoding(who ? r->alt[who - 1] : r->decoder);
}

static int mix_before(const yk_read_mix *a, const yk_read_mix *b)
{
    if (!a->n_ranges || !b->n_ranges)
        return a->n_ranges > b->n_ranges;
    return a->range[0].first < b->range[0].first;
}

/* Keep the encodings that read something, in the order they first
 * appear in the file; n_mix stays 0 unless the file was mixed. */
static void settle_mix(yk_reader *r)
{
    yk_read_stats *st = &r->stats;
    size_t n = r->nalt ? r->nalt + 1 : 0, used = 0;
    for (size_t i = 1; i < n; i++)      /* a handful: insertion sort */
        for (size_t j = i; j > 0 && mix_before(&st->mix[j], &st->mix[j - 1]); j--) {
            yk_read_mix t = st->mix[j];
            st->mix[j] = st->mix[j - 1];
            st->mix[j - 1] = t;
        }
    for (size_t i = 0; i < n; i++)
        used += st->mix[i].rows || st->mix[i].fields;
    st->n_mix = used > 1 ? (unsigned)used : 0;
}

size_t yk_read_mix_text(const yk_read_mix *m, char *out, size_t cap)
{
    size_t k = 0;
#define PUT(...) (k += (size_t)snprintf(k < cap ? out + k : NULL, k < cap ? cap - k : 0, \
                                       __VA_ARGS__))
    if (cap)
        out[0] = '\0';
    PUT("%s", yk_encoding_name(m->encoding));
    if (m->n_ranges)
        PUT(" on line%s ", m->rows > 1 ? "s" : "");
    for (unsigned i = 0; i < m->n_ranges; i++) {
        PUT("%s%lu", i ? ", " : "", m->range[i].first);
        if (m->range[i].last != m->range[i].first)
            PUT("-%lu", m->range[i].last);
    }
    if (m->more_ranges)
        PUT(" and %lu more range%s", m->more_ranges, m->more_ranges > 1 ? "s" : "");
    if (m->rows)
        PUT(" (%lu row%s)", m->rows, m->rows > 1 ? "s" : "");
    else
        PUT(" in %lu field%s of other rows", m->fields, m->fields > 1 ? "s" : "");
#undef PUT
    return k;
}

/* One warning for a file pasted together from several encodings: which
 * lines were read in which, so the office can check them. */
static void report_mix(yk_reader *r)
{
    settle_mix(r);
    if (!r->stats.n_mix)
        return;
    char text[MSG_MAX * 2];
    size_t k = 0;
    for (unsigned i = 0; i < r->stats.n_mix && k < sizeof text; i++) {
        if (i)
            k += (size_t)snprintf(text + k, sizeof text - k, "; ");
        if (k < sizeof text)
            k += yk_read_mix_text(&r->stats.mix[i], text + k, sizeof text - k);
    }
    emit(r, YK_WARNING, "mixed-encoding", r->mix_line ? r->mix_line : 1, 0,
         "each row was read in the encoding that reads it as Vietnamese; check these rows",
         "the file mixes encodings: %s", text);
}

/* After the last byte: a quote left open, a mixed file, an empty one. */
static yk_status finish(yk_reader *r)
{
    /* Said first: the last row's other problems all follow from it. */
    r->open_quote = r->tok ? yk_csvtok_open_quote(r->tok)
                           : r->csv.quoted && r->csv.pstate == LIBCSV_FIELD_BEGUN;
    if (r->open_quote) {
        unsigned long last = r->at->line - (r->at->line > 1 && r->at_line_start);
        char lines[64];
        if (last > r->at->field_line)
            snprintf(lines, sizeof lines, "lines %lu-%lu", r->at->field_line, last);
        else
            snprintf(lines, sizeof lines, "line %lu", r->at->field_line);
        emit(r, YK_ERROR, "unterminated-quote", r->at->field_line, r->row_fields + 1,
             "add the closing quote where the field should end; the row is kept, with "
             "what followed inside this field",
             "a quoted field starting here never ends: all that follows, to the end "
             "of the file (%s), was read into it", lines);
    }
    if (r->tok)
        yk_csvtok_finish(r->tok, &r->tok_fns);      /* stopping: r->stopped */
    else if (csv_fini(&r->csv, libcsv_field, libcsv_row, r) != 0)
        return YK_ERR_NOMEM;
    report_mix(r);
    if (r->stats.rows == 0 && r->stats.skipped == 0)
        emit(r, YK_ERROR, "empty-file", 1, 0, NULL, "the file has no rows");
    return r->failure ? r->failure : r->stopped ? YK_ERR_STOPPED : YK_OK;
}

static void report_stream_error(yk_reader *r, const yk_format *fmt)
{
    emit(r, YK_ERROR, "invalid-bytes", r->at->line, 0,
         "the bytes were replaced by U+FFFD",
         "bytes not valid in %s", fmt->encoding == YK_ENC_OTHER ? fmt->encoding_name
                                     : yk_encoding_name(fmt->encoding));
    r->stats.invalid_fields++;
}

yk_status yk_reader_read(yk_reader *r, const char *source, yk_input *in,
                         const yk_format *fmt, yk_row_fn row, void *ctx)
{
    yk_stream s;
    r->source = source;
    r->row_fn = row;
    r->row_ctx = ctx;
    yk_status st = open_decoders(r, fmt);
    if (st == YK_OK)
        st = start_parser(r, fmt);
    if (st != YK_OK)
        return st;
    start_mix(r);
    st = yk_stream_open(&s, in, stream_encoding(fmt), yk_bom_length(fmt->bom));
    while (st == YK_OK) {
        const char *p;
        size_t n;
        yk_status got = yk_stream_next(&s, &p, &n);
        if (got != YK_OK && got != YK_ERR_INVALID_BYTES && got != YK_ERR_TRUNCATED) {
            st = got;
            break;
        }
        if (n == 0 && got == YK_OK)
            break;
        st = feed(r, p, n);
        if (got != YK_OK && st == YK_OK)
            report_stream_error(r, fmt);
    }
    yk_stream_close(&s);
    if (st == YK_OK)
        st = finish(r);
    return st;
}
