#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <utf8proc.h>
#include "utf8_blocks_impl.h"
#include "yk_text.h"

int yk_text_is_ascii(const char *s, size_t n)
{
    size_t i = 0;
    uint64_t acc = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, s + i, 8);
        acc |= w;
    }
    for (; i < n; i++)
        acc |= (unsigned char)s[i];
    return (acc & 0x8080808080808080ull) == 0;
}

int yk_text_is_plain(const char *s, size_t n)
{
    const uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, s + i, 8);
        if ((w | ((w - ones) & ~w)) & highs)
            return 0;
    }
    for (; i < n; i++)
        if ((unsigned char)s[i] >= 0x80 || s[i] == '\0')
            return 0;
    return 1;
}

/* How many bytes of s are c: eight at a time, each byte of acc counting
 * its lane, summed before a lane could pass 255.  Memchr from hit to hit
 * costs a call a line. */
static unsigned long count_byte(const char *s, size_t n, unsigned char c)
{
    const uint64_t ones = 0x0101010101010101ull, low7 = 0x7F7F7F7F7F7F7F7Full;
    unsigned long count = 0;
    size_t i = 0;
    while (i + 8 <= n) {
        uint64_t acc = 0;
        for (int k = 0; k < 255 && i + 8 <= n; k++, i += 8) {
            uint64_t w;
            memcpy(&w, s + i, 8);
            uint64_t x = w ^ (ones * c);                /* 0 where a byte is c */
            uint64_t nonzero = ((x & low7) + low7) | x; /* high bit where not */
            acc += (~nonzero >> 7) & ones;
        }
        const uint64_t even = 0x00FF00FF00FF00FFull;
        acc = (acc & even) + (acc >> 8 & even);     /* four 16-bit lanes */
        count += (unsigned long)((acc * 0x0001000100010001ull) >> 48);
    }
    for (; i < n; i++)
        count += (unsigned char)s[i] == c;
    return count;
}

void yk_text_line_ends(const char *s, size_t n, int *prev_cr, yk_line_ends *ends)
{
    const char *end = s + n;
    int joined = *prev_cr && n && s[0] == '\n';     /* a CR LF split by the cut */
    unsigned long lf = count_byte(s, n, '\n'), cr = 0, crlf = (unsigned long)joined;
    for (const char *q = s; q < end && (q = memchr(q, '\r', (size_t)(end - q))); q++)
        cr++;
    if (cr)     /* which LFs end a CR LF: rare, so found one by one */
        for (const char *q = s + 1; q < end && (q = memchr(q, '\n', (size_t)(end - q))); q++)
            crlf += q[-1] == '\r';
    if (joined)
        ends->cr--;     /* its CR was counted alone with the last chunk */
    ends->lf += lf - crlf;
    ends->cr += cr - (crlf - (unsigned long)joined);
    ends->crlf += crlf;
    if (n)
        *prev_cr = end[-1] == '\r';
}

size_t yk_utf8_next(const char *s, size_t n, uint32_t *cp)
{
    const unsigned char *u = (const unsigned char *)s;
    if (n == 0)
        return 0;
    if (u[0] < 0x80) {
        *cp = u[0];
        return 1;
    }
    size_t len;
    uint32_t c, min;
    if (u[0] >= 0xC2 && u[0] <= 0xDF)      { len = 2; c = u[0] & 0x1F; min = 0x80; }
    else if (u[0] >= 0xE0 && u[0] <= 0xEF) { len = 3; c = u[0] & 0x0F; min = 0x800; }
    else if (u[0] >= 0xF0 && u[0] <= 0xF4) { len = 4; c = u[0] & 0x07; min = 0x10000; }
    else return 0;
    if (n < len)
        return 0;
    for (size_t i = 1; i < len; i++) {
        if ((u[i] & 0xC0) != 0x80)
            return 0;
        c = (c << 6) | (u[i] & 0x3F);
    }
    if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
        return 0;
    *cp = c;
    return len;
}

/* A lead byte with too few bytes after it, all of them continuations. */
static int cut_short(const unsigned char *u, size_t n)
{
    size_t want = u[0] >= 0xF0 ? 4 : u[0] >= 0xE0 ? 3 : 2;
    if (u[0] < 0xC2 || u[0] > 0xF4 || n >= want)
        return 0;
    for (size_t i = 1; i < n; i++)
        if ((u[i] & 0xC0) != 0x80)
            return 0;
    return 1;
}

/* Length of the valid sequence at u (2 to 4 bytes), or 0; written out
 * rather than decoding, since whole files pass through here. */
static size_t valid_sequence(const unsigned char *u, size_t n)
{
    unsigned char c = u[0];
    if (c >= 0xC2 && c <= 0xDF)
        return n >= 2 && (u[1] & 0xC0) == 0x80 ? 2 : 0;
    if (c >= 0xE0 && c <= 0xEF) {
        if (n < 3 || (u[1] & 0xC0) != 0x80 || (u[2] & 0xC0) != 0x80)
            return 0;
        if ((c == 0xE0 && u[1] < 0xA0) || (c == 0xED && u[1] >= 0xA0))
            return 0;   /* overlong, or a surrogate */
        return 3;
    }
    if (c >= 0xF0 && c <= 0xF4) {
        if (n < 4 || (u[1] & 0xC0) != 0x80 || (u[2] & 0xC0) != 0x80 ||
            (u[3] & 0xC0) != 0x80)
            return 0;
        if ((c == 0xF0 && u[1] < 0x90) || (c == 0xF4 && u[1] >= 0x90))
            return 0;   /* overlong, or above U+10FFFF */
        return 4;
    }
    return 0;
}

/* The end of the ASCII run at s[i]: whole 8-byte words, 32 bytes at a
 * time while it lasts (most of a survey file is ASCII codes), then a word
 * at a time.  Stops at or before the first byte of 0x80 and up. */
static size_t ascii_words(const char *s, size_t i, size_t n)
{
    const uint64_t highs = 0x8080808080808080ull;
    for (; i + 32 <= n; i += 32) {
        uint64_t a, b, c, d;
        memcpy(&a, s + i, 8);
        memcpy(&b, s + i + 8, 8);
        memcpy(&c, s + i + 16, 8);
        memcpy(&d, s + i + 24, 8);
        if ((a | b | c | d) & highs)
            break;
    }
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, s + i, 8);
        if (w & highs)
            break;
    }
    return i;
}

static size_t valid_bytewise(const char *s, size_t n, int *truncated)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0;
    if (truncated)
        *truncated = 0;
    while (i < n) {
        i = ascii_words(s, i, n);
        while (i < n && u[i] < 0x80)
            i++;
        if (i == n)
            break;
        size_t len = valid_sequence(u + i, n - i);
        if (len == 0) {
            if (truncated)
                *truncated = cut_short(u + i, n - i);
            return i;
        }
        i += len;
    }
    return n;
}

/* Where the last character of s starts when the end of s cuts it short,
 * else n.  A buffer read in chunks often ends inside a letter. */
static size_t whole_characters(const unsigned char *u, size_t n)
{
    for (size_t k = n; k > 0 && n - k < 4; k--) {
        unsigned char c = u[k - 1];
        if (c < 0x80)
            return n;
        if (c >= 0xC0) {
            size_t want = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
            return k - 1 + want > n ? k - 1 : n;
        }
    }
    return n;
}

enum { BLOCKWISE_MIN = 64 };    /* shorter text is checked byte by byte */

/* Valid text (nearly all of it) is checked in blocks up to its last whole
 * character; text that is not, from the start byte by byte, which finds
 * where it stops. */
size_t yk_utf8_valid_prefix(const char *s, size_t n, int *truncated)
{
    size_t whole = n >= BLOCKWISE_MIN ? whole_characters((const unsigned char *)s, n) : 0;
    if (whole && yk_utf8_blocks_valid(s, whole))
        return whole + valid_bytewise(s + whole, n - whole, truncated);
    return valid_bytewise(s, n, truncated);
}

yk_status yk_utf8_put(yk_buf *out, uint32_t cp)
{
    unsigned char b[4];
    size_t n;
    if (cp < 0x80) { b[0] = (unsigned char)cp; n = 1; }
    else if (cp < 0x800) {
        b[0] = (unsigned char)(0xC0 | (cp >> 6));
        b[1] = (unsigned char)(0x80 | (cp & 0x3F)); n = 2;
    } else if (cp < 0x10000) {
        b[0] = (unsigned char)(0xE0 | (cp >> 12));
        b[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
        b[2] = (unsigned char)(0x80 | (cp & 0x3F)); n = 3;
    } else {
        b[0] = (unsigned char)(0xF0 | (cp >> 18));
        b[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
        b[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
        b[3] = (unsigned char)(0x80 | (cp & 0x3F)); n = 4;
    }
    return yk_buf_append(out, b, n);
}

/* Code points that are NFC whatever surrounds them: no decomposition that
 * NFC undoes, canonical combining class 0, never the second of a pair. */
static int always_nfc(uint32_t cp)
{
    return cp < 0x300 || (cp >= 0x1E00 && cp <= 0x1EFF);
}

static int needs_utf8proc(const char *s, size_t n, int *invalid)
{
    size_t i = 0;
    *invalid = 0;
    while (i < n) {
        uint32_t cp;
        if ((unsigned char)s[i] < 0x80) {
            i++;
            continue;
        }
        size_t len = yk_utf8_next(s + i, n - i, &cp);
        if (len == 0) {
            *invalid = 1;
            return 1;
        }
        if (!always_nfc(cp))
            return 1;
        i += len;
    }
    return 0;
}

yk_status yk_text_nfc(const char *s, size_t n, yk_buf *out, yk_buf *scratch)
{
    int invalid;
    if (!needs_utf8proc(s, n, &invalid))
        return yk_buf_append(out, s, n);
    if (invalid)
        return YK_ERR_INVALID_BYTES;
    const utf8proc_option_t opt = UTF8PROC_STABLE | UTF8PROC_COMPOSE;
    for (;;) {
        utf8proc_ssize_t room = (utf8proc_ssize_t)(scratch->size / sizeof(utf8proc_int32_t));
        utf8proc_ssize_t got = utf8proc_decompose((const utf8proc_uint8_t *)s,
            (utf8proc_ssize_t)n, (utf8proc_int32_t *)(void *)scratch->data, room, opt);
        if (got < 0)
            return got == UTF8PROC_ERROR_NOMEM ? YK_ERR_NOMEM : YK_ERR_INVALID_BYTES;
        if (got <= room) {
            utf8proc_ssize_t len = utf8proc_reencode(
                (utf8proc_int32_t *)(void *)scratch->data, got, opt);
            if (len < 0)
                return YK_ERR_INVALID_BYTES;
            return yk_buf_append(out, scratch->data, (size_t)len);
        }
        scratch->len = 0;
        yk_status st = yk_buf_reserve(scratch, (size_t)got * sizeof(utf8proc_int32_t));
        if (st != YK_OK)
            return st;
    }
}

size_t yk_text_clip(const char *s, size_t n, size_t max)
{
    if (n <= max)
        return n;
    while (max > 0 && ((unsigned char)s[max] & 0xC0) == 0x80)
        max--;
    return max;
}

enum { QUOTE_MAX = 80 };

void yk_text_quote(char *out, size_t cap, const char *s, size_t n)
{
    size_t k = yk_text_clip(s, n, QUOTE_MAX);
    snprintf(out, cap, "%.*s%s", (int)k, s, k < n ? "\u2026" : "");
}

size_t yk_utf8_chars(const char *s, size_t n)
{
    size_t chars = 0;
    for (size_t i = 0; i < n; chars++) {
        uint32_t cp;
        size_t k = yk_utf8_next(s + i, n - i, &cp);
        i += k ? k : 1;     /* a stray byte counts as one, as a viewer shows it */
    }
    return chars;
}

int yk_text_snprintf(char *buf, size_t size, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(buf, size, fmt, ap);
    va_end(ap);
    if (n < 0 || (size_t)n < size || size == 0)
        return n;
    /* Cut: end on a whole character, and show the cut with "…" when there
     * is room, so the text stays valid UTF-8 and says it is incomplete. */
    static const char more[] = "\u2026";
    size_t len = size - 1, cut;
    int truncated;
    if (len >= sizeof more - 1) {
        cut = yk_utf8_valid_prefix(buf, len - (sizeof more - 1), &truncated);
        memcpy(buf + cut, more, sizeof more);
    } else {
        cut = yk_utf8_valid_prefix(buf, len, &truncated);
        buf[cut] = '\0';
    }
    return n;
}

char *yk_text_upper(const char *s)
{
    yk_buf out = { 0 };
    size_t n = strlen(s);
    yk_status st = YK_OK;
    while (st == YK_OK && n) {
        uint32_t cp;
        size_t k = yk_utf8_next(s, n, &cp);
        if (!k) {
            k = 1;
            cp = 0xFFFD;
        }
        st = yk_utf8_put(&out, (uint32_t)utf8proc_toupper((utf8proc_int32_t)cp));
        s += k;
        n -= k;
    }
    if (st == YK_OK)
        st = yk_buf_append(&out, "", 1);
    if (st != YK_OK)
        yk_buf_free(&out);
    return out.data;
}
