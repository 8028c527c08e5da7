#include <string.h>
#include <utf8proc.h>
#include "yk_text.h"
#include "yk_textkey.h"

static int is_space_cp(utf8proc_int32_t cp)
{
    if (cp == '\t' || cp == '\n' || cp == '\r' || cp == ' ')
        return 1;
    return cp > 0x7F && utf8proc_category(cp) == UTF8PROC_CATEGORY_ZS;
}

/* Most keys are of ASCII text: lower case and one space, byte by byte. */
static yk_status ascii_key(const char *s, size_t n, yk_buf *out)
{
    yk_status st = yk_buf_reserve(out, n);
    int pending_space = 0;
    size_t start = out->len;
    for (size_t i = 0; st == YK_OK && i < n; i++) {
        char c = s[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            pending_space = out->len > start;
            continue;
        }
        if (pending_space)
            out->data[out->len++] = ' ';
        pending_space = 0;
        out->data[out->len++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    return st;
}

yk_status yk_textkey(const char *s, size_t n, int loose, yk_buf *out,
                     yk_buf *scratch)
{
    if (yk_text_is_plain(s, n))
        return ascii_key(s, n, out);
    utf8proc_option_t opt = UTF8PROC_STABLE | UTF8PROC_CASEFOLD |
        (loose ? UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK : UTF8PROC_COMPOSE);
    utf8proc_ssize_t got;
    for (;;) {
        utf8proc_ssize_t room = (utf8proc_ssize_t)(scratch->size / sizeof(utf8proc_int32_t));
        got = utf8proc_decompose((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n,
                                 (utf8proc_int32_t *)(void *)scratch->data, room, opt);
        if (got < 0)
            return got == UTF8PROC_ERROR_NOMEM ? YK_ERR_NOMEM : YK_ERR_INVALID_BYTES;
        if (got <= room)
            break;
        scratch->len = 0;
        yk_status st = yk_buf_reserve(scratch, (size_t)got * sizeof(utf8proc_int32_t));
        if (st != YK_OK)
            return st;
    }
    utf8proc_int32_t *cp = (utf8proc_int32_t *)(void *)scratch->data;
    if (!loose)
        got = utf8proc_normalize_utf32(cp, got, opt);
    size_t start = out->len;
    int pending_space = 0;
    for (utf8proc_ssize_t i = 0; i < got; i++) {
        utf8proc_int32_t c = cp[i];
        if (is_space_cp(c)) {
            pending_space = out->len > start;
            continue;
        }
        if (loose && c == 0x111)
            c = 'd';                /* đ has no mark to strip */
        if ((pending_space && yk_buf_append(out, " ", 1) != YK_OK) ||
            yk_utf8_put(out, (uint32_t)c) != YK_OK)
            return YK_ERR_NOMEM;
        pending_space = 0;
    }
    return YK_OK;
}

enum { DIST_MAX = 128 };    /* longer texts are too far apart anyway */

static size_t to_cps(const char *s, size_t n, uint32_t *cps)
{
    size_t k = 0, i = 0;
    while (i < n && k < DIST_MAX) {
        size_t len = yk_utf8_next(s + i, n - i, &cps[k]);
        i += len ? len : 1;
        k++;
    }
    return k;
}

size_t yk_textkey_distance(const char *a, size_t an, const char *b, size_t bn,
                           size_t limit)
{
    uint32_t x[DIST_MAX], y[DIST_MAX];
    size_t row[DIST_MAX + 1];
    size_t m = to_cps(a, an, x), n = to_cps(b, bn, y);
    if ((m > n ? m - n : n - m) > limit)
        return limit + 1;
    for (size_t j = 0; j <= n; j++)
        row[j] = j;
    for (size_t i = 1; i <= m; i++) {
        size_t diag = row[0], best = row[0] = i;
        for (size_t j = 1; j <= n; j++) {
            size_t up = row[j];
            size_t v = diag + (x[i - 1] != y[j - 1]);
            v = v < up + 1 ? v : up + 1;
            v = v < row[j - 1] + 1 ? v : row[j - 1] + 1;
            row[j] = v;
            diag = up;
            best = v < best ? v : best;
        }
        if (best > limit)
            return limit + 1;
    }
    return row[n] <= limit ? row[n] : limit + 1;
}
