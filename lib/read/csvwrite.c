#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "yk_csvwrite.h"

enum { OUT_BUF = 256 * 1024 };

struct yk_csv_writer {
    yk_output out;
    char delimiter;
    int guard;                      /* prefix formula-like fields with ' */
    unsigned char special[256];     /* bytes that force quoting */
    uint64_t delimiters;            /* the delimiter in every byte */
    size_t len;
    char buf[OUT_BUF];
};

yk_status yk_csv_writer_new(yk_output out, int delimiter, yk_csv_writer **w)
{
    yk_csv_writer *c = calloc(1, sizeof *c);
    *w = NULL;
    if (!c)
        return YK_ERR_NOMEM;
    c->out = out;
    c->delimiter = (char)delimiter;
    c->special[(unsigned char)delimiter] = 1;
    c->special['"'] = c->special['\r'] = c->special['\n'] = 1;
    c->delimiters = 0x0101010101010101ull * (unsigned char)delimiter;
    *w = c;
    return YK_OK;
}

void yk_csv_writer_free(yk_csv_writer *w)
{
    free(w);
}

yk_status yk_csv_writer_flush(yk_csv_writer *w)
{
    yk_status st = w->len ? w->out.write(w->out.ctx, w->buf, w->len) : YK_OK;
    w->len = 0;
    return st;
}

yk_status yk_csv_write_raw(yk_csv_writer *w, const char *p, size_t n)
{
    while (n) {
        if (w->len == OUT_BUF) {
            yk_status st = yk_csv_writer_flush(w);
            if (st != YK_OK)
                return st;
        }
        size_t k = OUT_BUF - w->len < n ? OUT_BUF - w->len : n;
        memcpy(w->buf + w->len, p, k);
        w->len += k;
        p += k;
        n -= k;
    }
    return YK_OK;
}

void yk_csv_writer_guard_formulas(yk_csv_writer *w, int on)
{
    w->guard = on != 0;
}

static int is_digit(char c)
{
    return c >= '0' && c <= '9';
}

int yk_csv_is_number(const char *s, size_t n)
{
    size_t i = 0, digits = 0;
    int point = 0;
    if (i < n && (s[i] == '+' || s[i] == '-'))
        i++;
    for (; i < n; i++) {
        if (is_digit(s[i]))
            digits++;
        else if ((s[i] == '.' || s[i] == ',') && !point)
            point = 1;
        else
            break;
    }
    if (!digits)
        return 0;
    if (i < n && (s[i] == 'e' || s[i] == 'E')) {
        size_t exp_digits = 0;
        i++;
        if (i < n && (s[i] == '+' || s[i] == '-'))
            i++;
        for (; i < n && is_digit(s[i]); i++)
            exp_digits++;
        if (!exp_digits)
            return 0;
    }
    return i == n;
}

int yk_csv_formula_risk(const char *s, size_t n)
{
    size_t i = 0;
    while (i < n && s[i] == ' ')
        i++;
    if (i == n)
        return 0;
    switch (s[i]) {
    case '=': case '+': case '-': case '@': case '\t': case '\r':
        /* A number is no formula: keep "-1" a number Excel can add up. */
        return !yk_csv_is_number(s + i, n - i);
    default:
        return 0;
    }
}

/* The field in quotes, inner quotes doubled, after prefix (inside the
 * quotes: "'=A1"). */
static yk_status write_quoted(yk_csv_writer *w, const char *prefix, const char *s, size_t n)
{
    yk_status st = yk_csv_write_raw(w, "\"", 1);
    if (st == YK_OK && *prefix)
        st = yk_csv_write_raw(w, prefix, strlen(prefix));
    while (st == YK_OK && n) {
        const char *q = memchr(s, '"', n);
        size_t k = q ? (size_t)(q - s) + 1 : n;
        st = yk_csv_write_raw(w, s, k);
        if (st == YK_OK && q)
            st = yk_csv_write_raw(w, "\"", 1);
        s += k;
        n -= k;
    }
    return st == YK_OK ? yk_csv_write_raw(w, "\"", 1) : st;
}

/* Nonzero when a byte of x is zero (exact as a yes or no). */
static uint64_t zero_byte(uint64_t x)
{
    return (x - 0x0101010101010101ull) & ~x & 0x8080808080808080ull;
}

/* Nonzero when x holds a byte that may force quoting: exact for the
 * delimiter (in every byte of delimiters) and '"', any control byte for
 * CR and LF. */
static uint64_t maybe_special(uint64_t x, uint64_t delimiters)
{
    const uint64_t ones = 0x0101010101010101ull;
    uint64_t control = (x - 0x20 * ones) & ~x & 0x8080808080808080ull;
    return control | zero_byte(x ^ ('"' * ones)) | zero_byte(x ^ delimiters);
}

/* Whether any byte of s forces quoting. */
static int needs_quotes(const yk_csv_writer *w, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (w->special[(unsigned char)s[i]])
            return 1;
    return 0;
}

/* Copy fields from the first, each with a delimiter after it, while they
 * need no quotes and the buffer has room to spare: the common case, in
 * one pass, eight bytes at a time where a field runs long.  The buffer's
 * end stays in a local, as a store through a char pointer would make the
 * compiler reload the writer's fields at each byte.  Returns how many
 * fields were copied. */
static size_t copy_plain_fields(yk_csv_writer *w, const yk_field *fields, size_t n)
{
    const unsigned char *special = w->special;
    const uint64_t delimiters = w->delimiters;
    const char delimiter = w->delimiter;
    char *out = w->buf + w->len, *end = w->buf + OUT_BUF;
    size_t k = 0;
    for (; k < n; k++) {
        const char *s = fields[k].s;
        size_t len = fields[k].len, i = 0;
        if ((size_t)(end - out) <= len)
            break;
        for (; i + 8 <= len; i += 8) {
            uint64_t x;
            memcpy(&x, s + i, 8);
            if (maybe_special(x, delimiters))
                break;
            memcpy(out + i, &x, 8);
        }
        for (; i < len && !special[(unsigned char)s[i]]; i++)
            out[i] = s[i];
        if (i < len)
            break;
        out += len;
        *out++ = delimiter;
    }
    w->len = (size_t)(out - w->buf);
    return k;
}

static yk_status write_field(yk_csv_writer *w, const yk_field *f)
{
    if (w->guard && yk_csv_formula_risk(f->s, f->len)) {
        if (needs_quotes(w, f->s, f->len))
            return write_quoted(w, "'", f->s, f->len);
        yk_status st = yk_csv_write_raw(w, "'", 1);
        return st == YK_OK ? yk_csv_write_raw(w, f->s, f->len) : st;
    }
    if (needs_quotes(w, f->s, f->len))
        return write_quoted(w, "", f->s, f->len);
    return yk_csv_write_raw(w, f->s, f->len);
}

static yk_status put_char(yk_csv_writer *w, char c)
{
    if (w->len == OUT_BUF) {
        yk_status st = yk_csv_writer_flush(w);
        if (st != YK_OK)
            return st;
    }
    w->buf[w->len++] = c;
    return YK_OK;
}

yk_status yk_csv_write_row(yk_csv_writer *w, const yk_field *fields, size_t n)
{
    size_t done = w->guard ? 0 : copy_plain_fields(w, fields, n);
    if (done == n && n) {
        w->buf[w->len - 1] = '\n';    /* the last field's delimiter */
        return YK_OK;
    }
    yk_status st = YK_OK;
    for (size_t i = done; i < n && st == YK_OK; i++) {
        if (i > done)
            st = put_char(w, w->delimiter);
        if (st == YK_OK)
            st = write_field(w, &fields[i]);
    }
    return st == YK_OK ? put_char(w, '\n') : st;
}
