/* ykien — text that was decoded with the wrong table before it reached us.
 *
 * A file can be valid UTF-8 and still be garbage: "Ráº¡ch GiÃ¡" is UTF-8
 * that went through Windows-1252 once too often, "Raïch Giaù" is VNI-Windows
 * and "R¹ch Gi¸" TCVN3 shown as Windows-1252 and saved as UTF-8.  Encoding
 * the text back to Windows-1252 recovers the original bytes; if those read
 * as Vietnamese in UTF-8, VNI or TCVN3, the text was mojibake. */
#ifndef YK_MOJIBAKE_H
#define YK_MOJIBAKE_H

#include <stddef.h>
#include "yk_encoding.h"

typedef struct yk_mojibake yk_mojibake;

yk_status yk_mojibake_new(yk_mojibake **out);
void yk_mojibake_free(yk_mojibake *m);

/* Examine UTF-8 NFC text s.  Returns 0 when it reads as it should.  Returns
 * 1 when it is mojibake: *was is the encoding the bytes were really in
 * (YK_ENC_UTF8 for text decoded twice) and *repaired (of *repaired_len bytes) the text
 * it probably said (borrowed until the next call). */
int yk_mojibake_check(yk_mojibake *m, const char *s, size_t n,
                      yk_encoding *was, const char **repaired,
                      size_t *repaired_len);

#endif
