/* ykien — UTF-8 text: validity, the ASCII fast path, and NFC.
 *
 * Every field ykien hands on is UTF-8 in Normalisation Form C, so that
 * "Rạch Giá" typed composed (11 bytes) and decomposed (12 bytes, as Unikey's
 * "Unicode tổ hợp" writes it) are the same string. */
#ifndef YK_TEXT_H
#define YK_TEXT_H

#include <stddef.h>
#include <stdint.h>
#include "yk_buf.h"

/* Nonzero when all n bytes are below 0x80. */
int yk_text_is_ascii(const char *s, size_t n);

/* Nonzero when all n bytes are ASCII and none is NUL: text that needs no
 * decoding, normalising or checking. */
int yk_text_is_plain(const char *s, size_t n);

/* Line ends counted by kind: LF alone, CR alone, CR LF. */
typedef struct {
    unsigned long lf, cr, crlf;
} yk_line_ends;

/* Add the line ends of s (n bytes) to *ends.  *prev_cr tells whether the
 * byte before s was a CR (a CR LF split between two chunks is one end),
 * and is set for the next chunk. */
void yk_text_line_ends(const char *s, size_t n, int *prev_cr, yk_line_ends *ends);

/* Length of the longest prefix of s that is valid UTF-8 (no overlongs, no
 * surrogates, nothing above U+10FFFF); equals n when all of s is valid.
 * When the prefix stops at a sequence cut short by the end of s,
 * *truncated is set nonzero (it may be NULL). */
size_t yk_utf8_valid_prefix(const char *s, size_t n, int *truncated);

/* Decode one code point of valid UTF-8 at s; returns its byte length
 * (1..4), or 0 when the bytes are not valid UTF-8. */
size_t yk_utf8_next(const char *s, size_t n, uint32_t *cp);

/* Append the UTF-8 encoding of cp to out. */
yk_status yk_utf8_put(yk_buf *out, uint32_t cp);

/* UTF-8 text s in capitals, Vietnamese letters too ("Phó Bí thư" is "PHÓ
 * BÍ THƯ": a document's signature block and titles), bytes that are not
 * UTF-8 as U+FFFD; a new string (free it), NULL when out of memory. */
char *yk_text_upper(const char *s);

/* Append valid UTF-8 text s in NFC to out.  Text made only of code points
 * that are always NFC (below U+0300 and Latin Extended Additional, where
 * the Vietnamese letters live) is copied as it is; anything else goes
 * through utf8proc.  scratch is a buffer the call may reuse between calls
 * (the caller frees it).  Invalid UTF-8 gives YK_ERR_INVALID_BYTES. */
yk_status yk_text_nfc(const char *s, size_t n, yk_buf *out, yk_buf *scratch);

/* How many bytes of s (n bytes) to keep to show at most max of them
 * without cutting a character in two. */
size_t yk_text_clip(const char *s, size_t n, size_t max);

/* How many characters (code points) s holds; a byte that is not valid
 * UTF-8 counts as one.  For limits stated to users in characters. */
size_t yk_utf8_chars(const char *s, size_t n);

/* snprintf that never leaves part of a character: when the text is cut,
 * it ends on a whole character followed by "…" (room permitting).
 * Returns what snprintf returns (the length the whole text needs), so
 * callers that append can test it against size as before. */
int yk_text_snprintf(char *buf, size_t size, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* Field text fit for a message, into out (cap bytes): at most 80 bytes of
 * it, whole characters, and "…" when cut. */
void yk_text_quote(char *out, size_t cap, const char *s, size_t n);

#endif
