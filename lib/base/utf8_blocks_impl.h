/* ykien — whole buffers checked as UTF-8 at once, where the processor
 * can (x86-64 with SSSE3).  Internal to lib/base/text.c. */
#ifndef YK_UTF8_BLOCKS_IMPL_H
#define YK_UTF8_BLOCKS_IMPL_H

#include <stddef.h>

/* Nonzero when all n bytes of s are valid UTF-8, ending with a whole
 * character; 0 when they are not, or when this processor cannot tell at
 * speed (then the caller checks byte by byte). */
int yk_utf8_blocks_valid(const char *s, size_t n);

#endif
