/* ykien — what Vietnamese text looks like.
 *
 * Used to tell encodings apart by scoring whole files: text decoded with
 * the right table is made of Vietnamese letters forming valid syllables;
 * the wrong table gives foreign symbols ("R¹ch Gi¸"), control characters, or
 * impossible syllables ("Phó Quèc": a huyền tone cannot end in -c). */
#ifndef YK_VIETNAMESE_H
#define YK_VIETNAMESE_H

#include <stddef.h>
#include <stdint.h>

/* The 67 lowercase Vietnamese letters that are not plain ASCII
 * (à á ả ã ạ ă ằ ... ỵ đ), in alphabetical then tone order (huyền sắc hỏi
 * ngã nặng), đ last, as UTF-8 NFC strings; yk_vn_upper holds their capitals
 * in the same order.  Static, never freed. */
extern const char *const yk_vn_lower[67];
extern const char *const yk_vn_upper[67];

/* Nonzero when cp is an ASCII letter or one of the 134 letters above. */
int yk_vn_is_letter(uint32_t cp);

/* Tallies of a text's words; accumulate over a whole file. */
typedef struct {
    unsigned long valid;    /* words with a non-ASCII letter that are valid
                               Vietnamese syllables */
    unsigned long invalid;  /* words with a non-ASCII letter that are not */
    unsigned long foreign;  /* characters that do not occur in Vietnamese
                               text: non-ASCII symbols other than common
                               typographic punctuation, C0 controls other
                               than tab/CR/LF, lone combining marks */
} yk_vn_score;

/* Add the words of UTF-8 NFC text s (n bytes) to *score.  Words are runs of
 * letters (and combining marks); pure-ASCII words are not counted, and a
 * word holding a combining mark is invalid.  Invalid UTF-8 counts one
 * foreign character per bad byte.  Allocates nothing; thread-safe. */
void yk_vn_score_text(const char *s, size_t n, yk_vn_score *score);

/* Nonzero when the UTF-8 NFC word s (n bytes, letters only, any case) is a
 * valid Vietnamese syllable: an onset, a rhyme from the language's rhyme
 * inventory, at most one tone, and only sắc or nặng before -c -ch -p -t. */
int yk_vn_syllable_valid(const char *s, size_t n);

/* A single figure for comparing decodings: valid minus invalid words minus
 * foreign characters.  Higher is more Vietnamese. */
long yk_vn_score_value(const yk_vn_score *score);

#endif
