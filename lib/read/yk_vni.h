/* ykien — VNI-Windows, the 8-bit Vietnamese font encoding glibc lacks.
 *
 * VNI-Windows is Windows-1252 whose upper half was redrawn: a Vietnamese
 * letter is a base letter followed by a modifier byte ("Raïch Giaù" is
 * "Rạch Giá"), and a few letters (đ ơ ư í ì ỉ ĩ ị ỵ) are single bytes.
 * Capitals use the capital modifier bytes ("ÑOAØN" is "ĐOÀN"). */
#ifndef YK_VNI_H
#define YK_VNI_H

#include <stddef.h>
#include "yk_status.h"

/* Decode n bytes of VNI-Windows into UTF-8 NFC at out (capacity cap; 3*n
 * bytes always suffice).  A modifier byte right after an ASCII letter or
 * after ơ ư đ adds its marks to that letter; anywhere else it is its
 * Windows-1252 character.  *out_len receives the bytes written (on failure,
 * those of the characters before it).  A byte that VNI-Windows leaves
 * undefined (0x81 0x8D 0x8F 0x90 0x9D) gives YK_ERR_INVALID_BYTES with its
 * offset in *bad_offset; YK_ERR_OUTPUT_FULL when cap is too small, with the
 * offset where decoding stopped.  out_len and bad_offset may be NULL.
 * Nothing is allocated or kept. */
yk_status yk_vni_decode(const char *in, size_t n, char *out, size_t cap,
                        size_t *out_len, size_t *bad_offset);

/* Encode UTF-8 (any normalisation form) into VNI-Windows at out (capacity
 * cap; 2*n bytes always suffice).  Writes the 134 Vietnamese letters, ASCII
 * and the Windows-1252 characters whose bytes VNI did not redraw.  A
 * character VNI-Windows cannot write gives YK_ERR_UNMAPPABLE with the byte
 * offset of it (with its combining marks) in *bad_offset; invalid UTF-8
 * gives YK_ERR_INVALID_BYTES; YK_ERR_OUTPUT_FULL as for decoding.
 * out_len and bad_offset may be NULL.  Used by tests and sample generation. */
yk_status yk_vni_encode(const char *in, size_t n, char *out, size_t cap,
                        size_t *out_len, size_t *bad_offset);

#endif
