/* ykien's fuzz targets: the checks they share, written once.
 *
 * CHECK(cond) aborts with the file, line and condition on stderr when cond
 * is false: libFuzzer and the corpus replay both treat the abort as a
 * crash, and the line tells which invariant broke.  fuzz_valid_utf8 and
 * fuzz_is_kind are the checks of text and of diagnostics' kinds. */
#ifndef FUZZ_CHECK_H
#define FUZZ_CHECK_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#define CHECK(cond) \
    ((cond) ? (void)0 : fuzz_fail(__FILE__, __LINE__, #cond))

static inline void fuzz_fail(const char *file, int line, const char *what)
{
    fprintf(stderr, "%s:%d: check failed: %s\n", file, line, what);
    abort();
}

/* Strict UTF-8: no overlongs, surrogates or code points past U+10FFFF.
 * Written apart from lib's decoder on purpose: it checks lib's output. */
static inline int fuzz_valid_utf8(const void *text, size_t n)
{
    const unsigned char *s = text;
    size_t i = 0;
    while (i < n) {
        unsigned c = s[i];
        size_t len;
        uint32_t cp, min;
        if (c < 0x80) {
            i++;
            continue;
        }
        if (c >= 0xC2 && c <= 0xDF)      { len = 2; cp = c & 0x1F; min = 0x80; }
        else if (c >= 0xE0 && c <= 0xEF) { len = 3; cp = c & 0x0F; min = 0x800; }
        else if (c >= 0xF0 && c <= 0xF4) { len = 4; cp = c & 0x07; min = 0x10000; }
        else return 0;
        if (n - i < len)
            return 0;
        for (size_t k = 1; k < len; k++) {
            if ((s[i + k] & 0xC0) != 0x80)
                return 0;
            cp = cp << 6 | (s[i + k] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return 0;
        i += len;
    }
    return 1;
}

/* A diagnostic's kind: lower-case letters, digits and '-', not empty. */
static inline int fuzz_is_kind(const char *k)
{
    if (!k || !*k)
        return 0;
    for (; *k; k++)
        if (!((*k >= 'a' && *k <= 'z') || *k == '-' || (*k >= '0' && *k <= '9')))
            return 0;
    return 1;
}

#endif
