/* ykien — text keys for tolerant matching.
 *
 * Offices type the same answer many ways: "Hòn Đất", "HÒN  ĐẤT", decomposed
 * from Unikey, or without diacritics.  A key is the text in NFC, case-folded,
 * with runs of white space made one space and none at the ends, so the
 * first three match exactly.  A loose key also drops the marks (and makes
 * đ d): "hon dat", for suggesting what a misspelt answer meant. */
#ifndef YK_TEXTKEY_H
#define YK_TEXTKEY_H

#include <stddef.h>
#include "yk_buf.h"

/* Append the key of UTF-8 text s to out (no NUL).  loose: drop marks.
 * scratch is reusable working space the caller frees.  Invalid UTF-8 gives
 * YK_ERR_INVALID_BYTES. */
yk_status yk_textkey(const char *s, size_t n, int loose, yk_buf *out,
                     yk_buf *scratch);

/* Edit distance (insertions, deletions, substitutions of code points)
 * between two UTF-8 texts, or limit + 1 when it is more than limit. */
size_t yk_textkey_distance(const char *a, size_t an, const char *b, size_t bn,
                           size_t limit);

#endif
