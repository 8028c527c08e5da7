/* Open answers as syllables (yk_words.h). */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#include "yk_grow.h"
#include "yk_index.h"
#include "yk_text.h"
#include "yk_words.h"

static int syllable_char_slow(uint32_t cp)
{
    if (cp < 0x80)
        return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
    switch (utf8proc_category((utf8proc_int32_t)cp)) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_MN: case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ME:
    case UTF8PROC_CATEGORY_ND: case UTF8PROC_CATEGORY_NL: case UTF8PROC_CATEGORY_NO:
        return 1;
    default:
        return 0;
    }
}

static int is_mark(uint32_t cp)
{
    utf8proc_category_t c = utf8proc_category((utf8proc_int32_t)cp);
    return c == UTF8PROC_CATEGORY_MN || c == UTF8PROC_CATEGORY_MC || c == UTF8PROC_CATEGORY_ME;
}

/* cp in lower case, and with loose its base letter (0: drop it, a mark). */
static uint32_t key_char_slow(uint32_t cp, int loose)
{
    if (cp < 0x80)
        return cp >= 'A' && cp <= 'Z' ? cp + 32 : cp;
    uint32_t lo = (uint32_t)utf8proc_tolower((utf8proc_int32_t)cp);
    if (!loose)
        return lo;
    if (lo == 0x111)            /* đ has no decomposition: it is d loosely */
        return 'd';
    if (is_mark(lo))
        return 0;
    utf8proc_int32_t d[8];
    int last = 0;
    utf8proc_ssize_t k = utf8proc_decompose_char((utf8proc_int32_t)lo, d, 8,
                                                 UTF8PROC_DECOMPOSE, &last);
    return k >= 1 && k <= 8 ? (uint32_t)d[0] : lo;
}

/* The Latin letters with marks, Vietnamese's among them, looked up in a
 * table made once from utf8proc's answers: utf8proc's own lookups cost
 * more than the rest of splitting an answer. */
enum { LATIN_START = 0xC0, LATIN_END = 0x250, VIET_START = 0x1E00, VIET_END = 0x1F00 };

typedef struct {
    unsigned char syllable;
    uint16_t lower, loose;
} letter;

static letter latin[LATIN_END - LATIN_START], viet[VIET_END - VIET_START];
static pthread_once_t letters_once = PTHREAD_ONCE_INIT;

static void fill(letter *t, uint32_t from, uint32_t to)
{
    for (uint32_t cp = from; cp < to; cp++)
        t[cp - from] = (letter){ (unsigned char)syllable_char_slow(cp),
                                 (uint16_t)key_char_slow(cp, 0), (uint16_t)key_char_slow(cp, 1) };
}

static void make_letters(void)
{
    fill(latin, LATIN_START, LATIN_END);
    fill(viet, VIET_START, VIET_END);
}

static const letter *letter_of(uint32_t cp)
{
    if (cp >= LATIN_START && cp < LATIN_END)
        return &latin[cp - LATIN_START];
    if (cp >= VIET_START && cp < VIET_END)
        return &viet[cp - VIET_START];
    return NULL;
}

static int is_syllable_char(uint32_t cp)
{
    if (cp < 0x80)
        return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
    const letter *l = letter_of(cp);
    return l ? l->syllable : syllable_char_slow(cp);
}

int yk_words_is_syllable_char(uint32_t cp)
{
    return is_syllable_char(cp);
}

static uint32_t key_char(uint32_t cp, int loose)
{
    if (cp < 0x80)
        return cp >= 'A' && cp <= 'Z' ? cp + 32 : cp;
    const letter *l = letter_of(cp);
    return l ? (loose ? l->loose : l->lower) : key_char_slow(cp, loose);
}

/* One byte onto b: inline while there is room, since a key is written a
 * byte at a time for every syllable of every answer. */
static inline yk_status put_byte(yk_buf *b, char c)
{
    if (b->len < b->size && (!b->cap || b->len < b->cap)) {
        b->data[b->len++] = c;
        return YK_OK;
    }
    return yk_buf_append(b, &c, 1);
}

static yk_status put_char(yk_buf *b, uint32_t cp)
{
    if (cp < 0x80)
        return put_byte(b, (char)cp);
    if (cp < 0x10000 && b->size - b->len >= 3 && (!b->cap || b->cap - b->len >= 3)) {
        unsigned char *u = (unsigned char *)b->data + b->len;
        if (cp < 0x800) {
            u[0] = (unsigned char)(0xC0 | cp >> 6), u[1] = (unsigned char)(0x80 | (cp & 0x3F));
            b->len += 2;
        } else {
            u[0] = (unsigned char)(0xE0 | cp >> 12);
            u[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
            u[2] = (unsigned char)(0x80 | (cp & 0x3F));
            b->len += 3;
        }
        return YK_OK;
    }
    return yk_utf8_put(b, cp);
}

static yk_status end_word(yk_words *ws, size_t start, size_t end, size_t key, int digits)
{
    yk_status st = put_byte(&ws->keys, '\0');
    if (st != YK_OK)
        return st;
    if (ws->n == ws->cap && (st = yk_grow(&ws->w, &ws->cap, ws->n + 1, sizeof *ws->w)) != YK_OK)
        return st;
    size_t len = ws->keys.len - 1 - key;
    ws->w[ws->n++] = (yk_word){ start, end, key, len,
                                yk_hash(YK_HASH_BASIS, ws->keys.data + key, len),
                                digits ? YK_WORD_DIGITS : 0 };
    return YK_OK;
}

yk_status yk_words_split(const char *s, size_t n, int loose, yk_words *ws)
{
    pthread_once(&letters_once, make_letters);
    ws->n = 0;
    ws->loose = loose;
    yk_buf_clear(&ws->keys);
    size_t i = 0, start = 0, key = 0;
    int in = 0, digits = 0;
    while (i < n && ws->n < YK_WORDS_MAX) {
        uint32_t cp = (unsigned char)s[i];
        size_t len = 1;
        int valid = cp < 0x80 || (len = yk_utf8_next(s + i, n - i, &cp)) > 0;
        if (!valid)
            len = 1;            /* a byte that is not UTF-8: a separator */
        int inside = valid && is_syllable_char(cp);
        if (inside && !in) {
            in = 1, start = i, key = ws->keys.len, digits = 1;
        } else if (!inside && in) {
            in = 0;
            yk_status st = end_word(ws, start, i, key, digits);
            if (st != YK_OK)
                return st;
        }
        if (inside) {
            digits &= cp >= '0' && cp <= '9';
            uint32_t k = key_char(cp, loose);
            yk_status st = k ? put_char(&ws->keys, k) : YK_OK;
            if (st != YK_OK)
                return st;
        }
        i += len;
    }
    if (in && ws->n < YK_WORDS_MAX)
        return end_word(ws, start, i, key, digits);
    return YK_OK;
}

void yk_words_free(yk_words *ws)
{
    free(ws->w);
    yk_buf_free(&ws->keys);
    memset(ws, 0, sizeof *ws);
}

uint64_t yk_words_hash(const yk_words *ws, size_t i, size_t k)
{
    uint64_t h = YK_HASH_BASIS;
    for (size_t j = i; j < i + k; j++) {
        if (j > i)
            h = yk_hash(h, " ", 1);
        h = yk_hash(h, yk_words_key(ws, j), ws->w[j].key_len);
    }
    return h;
}

yk_status yk_words_lower(const char *s, size_t start, size_t end, yk_buf *out)
{
    pthread_once(&letters_once, make_letters);
    for (size_t i = start; i < end;) {
        uint32_t cp = (unsigned char)s[i];
        size_t len = 1;
        if (cp >= 0x80 && !(len = yk_utf8_next(s + i, end - i, &cp)))
            len = 1, cp = 0xFFFD;
        yk_status st = put_char(out, key_char(cp, 0));
        if (st != YK_OK)
            return st;
        i += len;
    }
    return YK_OK;
}
