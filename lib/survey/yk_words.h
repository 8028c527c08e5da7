/* ykien — open answers as syllables.
 *
 * Vietnamese is written in syllables separated by spaces ("sinh hoạt chi
 * đoàn"), so a word is one to three syllables and every comparison of
 * open answers (themes, phrases, names to mask) is a comparison of
 * syllable sequences.  A syllable is a run of letters, combining marks
 * and digits (Unicode categories L, M, N); everything else separates
 * syllables: spaces, punctuation, symbols, bytes that are not UTF-8.
 *
 * Each syllable has a key: its text in lower case, and with `loose` also
 * without marks (đ as d), so "Cán Bộ" and "cán bộ" have one key, and
 * loosely "can bo" too.  The text is expected in NFC (every field ykien
 * reads is); a key is compared byte for byte. */
#ifndef YK_WORDS_H
#define YK_WORDS_H

#include <stddef.h>
#include <stdint.h>
#include "yk_buf.h"

enum {
    YK_WORD_DIGITS = 1,     /* only digits */
    YK_WORD_MASKED = 2      /* inside personal data that was masked (yk_mask.h) */
};

typedef struct {
    size_t start, end;      /* its bytes in the text split */
    size_t key, key_len;    /* its key: keys.data + key, NUL-terminated */
    uint64_t hash;          /* yk_hash of the key's bytes */
    unsigned flags;         /* YK_WORD_* */
} yk_word;

/* A text's syllables.  A plain value type: zero-initialise it, split into
 * it as often as needed (its memory is reused), yk_words_free() it. */
typedef struct {
    yk_word *w;
    size_t n, cap;
    yk_buf keys;
    int loose;              /* how the keys were made */
} yk_words;

/* Split UTF-8 text s (n bytes) into *ws, replacing what it held.  At most
 * YK_WORDS_MAX syllables are kept (the rest of a longer text is not
 * split, and *ws says so in its n == YK_WORDS_MAX).  YK_OK or
 * YK_ERR_NOMEM. */
enum { YK_WORDS_MAX = 4096 };
yk_status yk_words_split(const char *s, size_t n, int loose, yk_words *ws);
void yk_words_free(yk_words *ws);

static inline const char *yk_words_key(const yk_words *ws, size_t i)
{
    return ws->keys.data + ws->w[i].key;
}

/* Whether code point cp belongs in a syllable: a letter, mark or digit
 * (what yk_words_split keeps together). */
int yk_words_is_syllable_char(uint32_t cp);

/* The hash of syllables i..i+k-1 of ws as one phrase: the same for the
 * same keys whatever text they came from, so a phrase of a codebook and
 * the same syllables in an answer have one hash. */
uint64_t yk_words_hash(const yk_words *ws, size_t i, size_t k);

/* Append text s's bytes [start, end) in lower case (marks kept) to out:
 * how a phrase is shown.  YK_OK, YK_ERR_NOMEM or YK_ERR_LIMIT. */
yk_status yk_words_lower(const char *s, size_t start, size_t end, yk_buf *out);

#endif
