#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "yk_buf.h"
#include "yk_csvtok.h"

/* libcsv's states (libcsv.c): between rows, between fields, in a field,
 * and just after a quote inside a quoted field. */
typedef enum {
    ROW_NOT_BEGUN, FIELD_NOT_BEGUN, FIELD_BEGUN, FIELD_MIGHT_HAVE_ENDED
} tok_state;

enum { QUOTE = '"' };

/* The bytes that end a run of a field's bytes: of an unquoted field (the
 * delimiter, a quote, CR, LF) and of a quoted one (a quote, CR, LF). */
enum { ENDS_PLAIN = 1, ENDS_QUOTED = 2 };

struct yk_csvtok {
    yk_csvtok_pos pos;
    unsigned char delim;
    unsigned char ends[256];
    tok_state state;
    int quoted;                 /* the field being read began with a quote */
    int prev_cr;                /* the last chunk ended with CR */
    int over;                   /* a field held max_held bytes: stop at the
                                   end of this line */
    size_t max_held;
    yk_buf held;                /* the field being read, when the fast path
                                   could not hand it whole; empty between
                                   fields */
};

yk_status yk_csvtok_new(yk_csvtok **out)
{
    *out = calloc(1, sizeof **out);
    return *out ? YK_OK : YK_ERR_NOMEM;
}

void yk_csvtok_free(yk_csvtok *t)
{
    if (!t)
        return;
    yk_buf_free(&t->held);
    free(t);
}

yk_status yk_csvtok_start(yk_csvtok *t, int delimiter, size_t max_held)
{
    if (delimiter < 0 || delimiter > 255 || delimiter == QUOTE || delimiter == '\r' ||
        delimiter == '\n' || max_held == 0)
        return YK_ERR_ARGUMENT;
    t->delim = (unsigned char)delimiter;
    memset(t->ends, 0, sizeof t->ends);
    t->ends[t->delim] = ENDS_PLAIN;
    t->ends[QUOTE] = t->ends['\r'] = t->ends['\n'] = ENDS_PLAIN | ENDS_QUOTED;
    t->pos = (yk_csvtok_pos){ 1, 1, 1, 0 };
    t->state = ROW_NOT_BEGUN;
    t->quoted = t->prev_cr = t->over = 0;
    t->max_held = max_held;
    yk_buf_clear(&t->held);
    return YK_OK;
}

const yk_csvtok_pos *yk_csvtok_where(const yk_csvtok *t)
{
    return &t->pos;
}

int yk_csvtok_open_quote(const yk_csvtok *t)
{
    return t->state == FIELD_BEGUN && t->quoted;
}

enum { WORD = 8 };
static const uint64_t ONES = 0x0101010101010101ull, HIGHS = 0x8080808080808080ull;

/* The high bit of each byte of w equal to the byte in every byte of
 * pattern; exact up to the first such byte (a borrow may mark bytes after
 * it), which is all scan() reads. */
static inline uint64_t bytes_equal(uint64_t w, uint64_t pattern)
{
    uint64_t x = w ^ pattern;
    return (x - ONES) & ~x & HIGHS;
}

/* The first byte of p[i..n) of class bit, or n: eight bytes at a time
 * where the machine is little-endian, then a table lookup a byte.  The
 * first byte is looked up first: most fields are one-byte codes. */
static inline size_t scan(const yk_csvtok *t, unsigned bit, const char *p,
                          size_t i, size_t n)
{
    const unsigned char *u = (const unsigned char *)p;
    if (i < n && (t->ends[u[i]] & bit))
        return i;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    const uint64_t delim = bit == ENDS_PLAIN ? t->delim * ONES : QUOTE * ONES;
    for (; i + WORD <= n; i += WORD) {
        uint64_t w;
        memcpy(&w, u + i, WORD);
        uint64_t hit = bytes_equal(w, QUOTE * ONES) | bytes_equal(w, '\r' * ONES) |
                       bytes_equal(w, '\n' * ONES) | bytes_equal(w, delim);
        if (hit)
            return i + (size_t)(__builtin_ctzll(hit) >> 3);
    }
#endif
    while (i < n && !(t->ends[u[i]] & bit))
        i++;
    return i;
}

static int is_line_end(unsigned char c)
{
    return c == '\r' || c == '\n';
}

/* Whether the line end p[k] starts a new line: an LF after CR does not. */
static int new_line(const yk_csvtok *t, const char *p, size_t k)
{
    return p[k] == '\r' || !(k ? p[k - 1] == '\r' : t->prev_cr);
}

/* libcsv grows its field buffer when it reads a byte with the buffer
 * full; the reader bounds that buffer, so the limit trips on the same
 * byte: one read while the field held `held` bytes. */
static void note_read(yk_csvtok *t, size_t held)
{
    if (held >= t->max_held)
        t->over = 1;
}

static yk_status hold(yk_csvtok *t, const char *p, size_t n)
{
    return yk_buf_append(&t->held, p, n);
}

/* The field gathered so far (never a null pointer). */
static const char *held_text(const yk_csvtok *t)
{
    return t->held.len ? t->held.data : "";
}

static inline void end_field(yk_csvtok *t, const char *s, size_t len, const yk_csvtok_fns *f)
{
    t->pos.field_line = t->pos.line;
    f->field(f->ctx, s, len);
    t->held.len = 0;
    t->state = FIELD_NOT_BEGUN;
    t->quoted = 0;
}

/* The line end p[k] ends the row. */
static yk_status end_row(yk_csvtok *t, const char *p, size_t k, const yk_csvtok_fns *f)
{
    t->state = ROW_NOT_BEGUN;
    int stop = f->row(f->ctx);
    t->pos.line += new_line(t, p, k);
    if (stop)
        return YK_ERR_STOPPED;
    return t->over ? YK_ERR_LIMIT : YK_OK;
}

/* The field s (len bytes) ends at p[k], a delimiter or a line end. */
static inline yk_status field_ends(yk_csvtok *t, const char *p, size_t k, const char *s,
                            size_t len, const yk_csvtok_fns *f)
{
    end_field(t, s, len, f);
    return (unsigned char)p[k] == t->delim ? YK_OK : end_row(t, p, k, f);
}

/* A line end outside any field: a blank line, or the end of a row whose
 * last field is empty. */
static yk_status line_end(yk_csvtok *t, const char *p, size_t k, const yk_csvtok_fns *f)
{
    if (t->state == FIELD_NOT_BEGUN)
        return field_ends(t, p, k, p + k, 0, f);
    if (new_line(t, p, k)) {
        t->pos.line++;
        t->pos.blank_lines++;
    }
    return t->over ? YK_ERR_LIMIT : YK_OK;
}

/* An unquoted field from p[*at]; its quotes are kept as text. */
static inline yk_status plain_field(yk_csvtok *t, const char *p, size_t n, size_t *at,
                             const yk_csvtok_fns *f)
{
    size_t i = *at, k = scan(t, ENDS_PLAIN, p, i + 1, n);
    while (k < n && p[k] == QUOTE) {
        f->stray_quote(f->ctx, 0);
        k = scan(t, ENDS_PLAIN, p, k + 1, n);
    }
    if (k == n) {       /* the chunk ends inside it */
        note_read(t, n - i - 1);
        t->state = FIELD_BEGUN;
        *at = n;
        return hold(t, p + i, n - i);
    }
    note_read(t, k - i);
    *at = k + 1;
    return field_ends(t, p, k, p + i, k - i, f);
}

/* A quoted field from p[*at], its opening quote.  Handed whole when its
 * closing quote is followed by a delimiter or a line end; else (a doubled
 * or stray quote, the chunk's end, or a field long enough that the limit
 * may trip inside it) gathered in held and read on byte by byte. */
static yk_status quoted_field(yk_csvtok *t, const char *p, size_t n, size_t *at,
                              const yk_csvtok_fns *f)
{
    size_t j = *at + 1, k = j;
    size_t end = n - j > t->max_held - 1 ? j + t->max_held - 1 : n;
    for (;;) {
        k = scan(t, ENDS_QUOTED, p, k, end);
        if (k == end || p[k] == QUOTE)
            break;
        t->pos.line += new_line(t, p, k);
        k++;
    }
    if (k < end && k + 1 < n && ((unsigned char)p[k + 1] == t->delim ||
                                 is_line_end((unsigned char)p[k + 1]))) {
        *at = k + 2;
        return field_ends(t, p, k + 1, p + j, k - j, f);
    }
    t->quoted = 1;
    if (k < end) {
        t->state = FIELD_MIGHT_HAVE_ENDED;
        note_read(t, k - j);
        *at = k + 1;
    } else {
        t->state = FIELD_BEGUN;
        if (k > j)
            note_read(t, k - j - 1);
        *at = k;
    }
    return hold(t, p + j, k - j);
}

/* Whole fields from p[*at], while they come whole; returns with *at at a
 * field left in held, or at n. */
static yk_status fast(yk_csvtok *t, const char *p, size_t n, size_t *at,
                      const yk_csvtok_fns *f)
{
    yk_status st = YK_OK;
    size_t i = *at;
    while (i < n && st == YK_OK && t->state < FIELD_BEGUN && !t->over) {
        unsigned char c = (unsigned char)p[i];
        if (is_line_end(c)) {
            st = line_end(t, p, i++, f);
            continue;
        }
        if (t->state == ROW_NOT_BEGUN)
            t->pos.row_line = t->pos.field_line = t->pos.line;
        if (c == t->delim) {
            end_field(t, p + i, 0, f);
            i++;
        } else {
            *at = i;
            st = c == QUOTE ? quoted_field(t, p, n, at, f) : plain_field(t, p, n, at, f);
            i = *at;
        }
    }
    *at = i;
    return st;
}

/* One byte, p[k], as csv_parse() reads it. */
static yk_status step(yk_csvtok *t, const char *p, size_t k, const yk_csvtok_fns *f)
{
    unsigned char c = (unsigned char)p[k];
    note_read(t, t->held.len + (t->state == FIELD_MIGHT_HAVE_ENDED));
    switch (t->state) {
    case ROW_NOT_BEGUN:
    case FIELD_NOT_BEGUN:
        if (is_line_end(c))
            return line_end(t, p, k, f);
        if (t->state == ROW_NOT_BEGUN)
            t->pos.row_line = t->pos.field_line = t->pos.line;
        if (c == t->delim) {
            end_field(t, p + k, 0, f);
            return YK_OK;
        }
        t->state = FIELD_BEGUN;
        t->quoted = c == QUOTE;
        return t->quoted ? YK_OK : hold(t, p + k, 1);
    case FIELD_BEGUN:
        if (c == QUOTE && t->quoted) {
            t->state = FIELD_MIGHT_HAVE_ENDED;
            return YK_OK;
        }
        if (c == QUOTE)
            f->stray_quote(f->ctx, 0);
        else if (!t->quoted && (c == t->delim || is_line_end(c)))
            return field_ends(t, p, k, held_text(t), t->held.len, f);
        if (is_line_end(c)) {   /* inside quotes */
            t->pos.line += new_line(t, p, k);
            if (t->over)
                return hold(t, p + k, 1) == YK_OK ? YK_ERR_LIMIT : YK_ERR_NOMEM;
        }
        return hold(t, p + k, 1);
    default:    /* after a quote inside a quoted field */
        if (c == t->delim || is_line_end(c))
            return field_ends(t, p, k, held_text(t), t->held.len, f);
        t->state = FIELD_BEGUN;
        if (c == QUOTE)         /* doubled: one is kept */
            return hold(t, p + k, 1);
        f->stray_quote(f->ctx, 1);
        yk_status st = hold(t, "\"", 1);
        return st == YK_OK ? hold(t, p + k, 1) : st;
    }
}

/* Byte by byte (runs of a field's bytes at once) until a field ends, or,
 * over the limit, until the line does. */
static yk_status slow(yk_csvtok *t, const char *p, size_t n, size_t *at,
                      const yk_csvtok_fns *f)
{
    yk_status st = YK_OK;
    size_t i = *at;
    while (i < n && st == YK_OK && (t->over || t->state >= FIELD_BEGUN)) {
        if (t->state == FIELD_BEGUN) {
            size_t k = scan(t, t->quoted ? ENDS_QUOTED : ENDS_PLAIN, p, i, n);
            if (k > i) {
                note_read(t, t->held.len + (k - i) - 1);
                st = hold(t, p + i, k - i);
                i = k;
                continue;
            }
        }
        st = step(t, p, i++, f);
    }
    *at = i;
    return st;
}

yk_status yk_csvtok_parse(yk_csvtok *t, const char *p, size_t n,
                          const yk_csvtok_fns *f)
{
    yk_status st = YK_OK;
    size_t i = 0;
    while (i < n && st == YK_OK)
        st = t->over || t->state >= FIELD_BEGUN ? slow(t, p, n, &i, f)
                                                : fast(t, p, n, &i, f);
    if (n)
        t->prev_cr = p[n - 1] == '\r';
    return st == YK_OK && t->over ? YK_ERR_LIMIT : st;
}

yk_status yk_csvtok_finish(yk_csvtok *t, const yk_csvtok_fns *f)
{
    int stop = 0;
    if (t->state != ROW_NOT_BEGUN) {
        /* A quote that might have ended the field did: it is dropped. */
        end_field(t, held_text(t), t->held.len, f);
        stop = f->row(f->ctx);
    }
    t->state = ROW_NOT_BEGUN;
    t->quoted = 0;
    return stop ? YK_ERR_STOPPED : YK_OK;
}
