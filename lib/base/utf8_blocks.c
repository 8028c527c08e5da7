/* Whole buffers of UTF-8 checked sixteen bytes at a time (SSSE3).
 *
 * The first pass reads every byte of a file to tell UTF-8 from a legacy
 * encoding, and Vietnamese text puts a multibyte letter every few bytes,
 * where a byte-by-byte check branches on each.  This is the lookup
 * algorithm of Keiser and Lemire, "Validating UTF-8 In Less Than One
 * Instruction Per Byte" (Software: Practice and Experience, 2021), as
 * simdjson and simdutf use it: three table look-ups on nibbles classify
 * each pair of bytes, and the third and fourth bytes of long sequences
 * are checked by their distance from a lead byte. */
#include <string.h>
#include "utf8_blocks_impl.h"

#if defined(__x86_64__) && defined(__GNUC__)
#include <tmmintrin.h>

/* What a pair of bytes (the one before, then this one) can be wrong by;
 * each table gives the errors a nibble allows, and an error is a bit all
 * three tables set. */
enum {
    TOO_SHORT = 1 << 0,         /* a lead or ASCII, then a lead or ASCII */
    TOO_LONG = 1 << 1,          /* ASCII, then a continuation */
    OVERLONG_3 = 1 << 2,        /* E0, then 80-9F */
    TOO_LARGE = 1 << 3,         /* F4 then 90-BF, or F5-FF */
    SURROGATE = 1 << 4,         /* ED, then A0-BF */
    OVERLONG_2 = 1 << 5,        /* C0 or C1 */
    TOO_LARGE_1000 = 1 << 6,    /* F5-FF, then 80-8F */
    OVERLONG_4 = 1 << 6,        /* F0, then 80-8F */
    TWO_CONTS = 1 << 7,         /* a continuation, then a continuation */
    CARRY = TOO_SHORT | TOO_LONG | TWO_CONTS
};

/* By the high nibble of the byte before. */
static const unsigned char first_high[16] = {
    TOO_LONG, TOO_LONG, TOO_LONG, TOO_LONG, TOO_LONG, TOO_LONG, TOO_LONG, TOO_LONG,
    TWO_CONTS, TWO_CONTS, TWO_CONTS, TWO_CONTS,
    TOO_SHORT | OVERLONG_2,
    TOO_SHORT,
    TOO_SHORT | OVERLONG_3 | SURROGATE,
    TOO_SHORT | TOO_LARGE | TOO_LARGE_1000 | OVERLONG_4,
};

/* By the low nibble of the byte before. */
static const unsigned char first_low[16] = {
    CARRY | OVERLONG_3 | OVERLONG_2 | OVERLONG_4,
    CARRY | OVERLONG_2,
    CARRY, CARRY,
    CARRY | TOO_LARGE,
    CARRY | TOO_LARGE | TOO_LARGE_1000, CARRY | TOO_LARGE | TOO_LARGE_1000,
    CARRY | TOO_LARGE | TOO_LARGE_1000, CARRY | TOO_LARGE | TOO_LARGE_1000,
    CARRY | TOO_LARGE | TOO_LARGE_1000, CARRY | TOO_LARGE | TOO_LARGE_1000,
    CARRY | TOO_LARGE | TOO_LARGE_1000, CARRY | TOO_LARGE | TOO_LARGE_1000,
    CARRY | TOO_LARGE | TOO_LARGE_1000 | SURROGATE,
    CARRY | TOO_LARGE | TOO_LARGE_1000, CARRY | TOO_LARGE | TOO_LARGE_1000,
};

/* By the high nibble of this byte. */
static const unsigned char second_high[16] = {
    TOO_SHORT, TOO_SHORT, TOO_SHORT, TOO_SHORT, TOO_SHORT, TOO_SHORT, TOO_SHORT, TOO_SHORT,
    TOO_LONG | OVERLONG_2 | TWO_CONTS | OVERLONG_3 | TOO_LARGE_1000 | OVERLONG_4,
    TOO_LONG | OVERLONG_2 | TWO_CONTS | OVERLONG_3 | TOO_LARGE,
    TOO_LONG | OVERLONG_2 | TWO_CONTS | SURROGATE | TOO_LARGE,
    TOO_LONG | OVERLONG_2 | TWO_CONTS | SURROGATE | TOO_LARGE,
    TOO_SHORT, TOO_SHORT, TOO_SHORT, TOO_SHORT,
};

typedef struct {
    __m128i first_high, first_low, second_high, nibble;
} tables;

/* The errors of the sixteen bytes of cur, prev the block before. */
__attribute__((target("ssse3")))
static __m128i block_errors(const tables *t, __m128i cur, __m128i prev)
{
    __m128i prev1 = _mm_alignr_epi8(cur, prev, 15);
    __m128i pair = _mm_and_si128(
        _mm_and_si128(
            _mm_shuffle_epi8(t->first_high, _mm_and_si128(_mm_srli_epi16(prev1, 4), t->nibble)),
            _mm_shuffle_epi8(t->first_low, _mm_and_si128(prev1, t->nibble))),
        _mm_shuffle_epi8(t->second_high, _mm_and_si128(_mm_srli_epi16(cur, 4), t->nibble)));
    /* Two or three bytes after a lead of E0 and up, or three after one of
     * F0 and up, the byte must be a continuation: TWO_CONTS says it is. */
    __m128i third = _mm_subs_epu8(_mm_alignr_epi8(cur, prev, 14), _mm_set1_epi8(0xE0 - 0x80));
    __m128i fourth = _mm_subs_epu8(_mm_alignr_epi8(cur, prev, 13), _mm_set1_epi8(0xF0 - 0x80));
    __m128i must_continue = _mm_and_si128(_mm_or_si128(third, fourth),
                                          _mm_set1_epi8((char)TWO_CONTS));
    return _mm_xor_si128(must_continue, pair);
}

__attribute__((target("ssse3")))
static int valid_ssse3(const char *s, size_t n)
{
    const tables t = {
        _mm_loadu_si128((const __m128i *)(const void *)first_high),
        _mm_loadu_si128((const __m128i *)(const void *)first_low),
        _mm_loadu_si128((const __m128i *)(const void *)second_high),
        _mm_set1_epi8(0x0F),
    };
    __m128i prev = _mm_setzero_si128(), errors = _mm_setzero_si128();
    size_t i = 0;
    for (; i + 16 <= n; i += 16) {
        __m128i cur = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
        errors = _mm_or_si128(errors, block_errors(&t, cur, prev));
        prev = cur;
    }
    /* The rest, then NULs: a sequence cut by the end is TOO_SHORT. */
    char last[16] = { 0 };
    memcpy(last, s + i, n - i);
    __m128i cur = _mm_loadu_si128((const __m128i *)(const void *)last);
    errors = _mm_or_si128(errors, block_errors(&t, cur, prev));
    errors = _mm_or_si128(errors, block_errors(&t, _mm_setzero_si128(), cur));
    return _mm_movemask_epi8(_mm_cmpeq_epi8(errors, _mm_setzero_si128())) == 0xFFFF;
}

int yk_utf8_blocks_valid(const char *s, size_t n)
{
    return __builtin_cpu_supports("ssse3") && valid_ssse3(s, n);
}

#else

int yk_utf8_blocks_valid(const char *s, size_t n)
{
    (void)s;
    (void)n;
    return 0;
}

#endif
