/* ykien — guessing a file's layout from its first bytes.
 *
 * The byte-order mark (or, without one, the zero bytes of UTF-16) and the
 * delimiter Excel chose from the Windows list separator: "," where the
 * decimal mark is ".", ";" where it is ",", tab in "Unicode text". */
#ifndef YK_SNIFF_H
#define YK_SNIFF_H

#include <stddef.h>
#include "yk_reader.h"

/* Look at the first n bytes of a file: *bom is the byte-order mark there
 * (if any) and *enc the encoding it implies: UTF-16LE/BE by their BOM or,
 * without one, by the zero bytes of mostly-ASCII UTF-16; else UTF-8 (to be
 * confirmed by detection). */
void yk_sniff_bom(const char *p, size_t n, yk_bom *bom, yk_encoding *enc);

/* Bytes a BOM takes at the start of the file. */
size_t yk_bom_length(yk_bom bom);

/* The delimiter of UTF-8 or ASCII-compatible text p (the first lines of a
 * file): among , ; tab |, the one found the same number of times, outside
 * quotes, on most lines; more per line wins a tie.  ',' when none is
 * found. */
int yk_sniff_delimiter(const char *p, size_t n);

#endif
