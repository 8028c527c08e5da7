/* ykien — VNI-Windows decoding and encoding.
 *
 * The byte table follows the public VNI-Windows tables in lamdao/xvnkb
 * (vni.h) and duydev/vietnamese-conversion (src/charsets.ts), which agree
 * letter for letter.  Capital bytes are the small ones minus 0x20. */
#include "yk_vni.h"

#include <stdint.h>
#include <string.h>
#include <utf8proc.h>

enum { TONE_NONE, TONE_SAC, TONE_HUYEN, TONE_HOI, TONE_NGA, TONE_NANG };
enum { MARK_NONE, MARK_CIRCUMFLEX, MARK_BREVE, MARK_HORN };

static const uint32_t vni_tone_cp[6] = { 0, 0x301, 0x300, 0x309, 0x303, 0x323 };
static const uint32_t vni_mark_cp[4] = { 0, 0x302, 0x306, 0x31B };

/* Small modifier bytes by tone (sắc huyền hỏi ngã nặng): alone, after a
 * circumflex, after a breve.  "aù" á, "aá" ấ, "aé" ắ. */
static const unsigned char vni_tone_byte[3][6] = {
    { 0,    0xF9, 0xF8, 0xFB, 0xF5, 0xEF },    /* ù ø û õ ï */
    { 0xE2, 0xE1, 0xE0, 0xE5, 0xE3, 0xE4 },    /* â á à å ã ä */
    { 0xEA, 0xE9, 0xE8, 0xFA, 0xFC, 0xEB },    /* ê é è ú ü ë */
};

/* Small i by tone is one byte: i í ì æ(ỉ) ó(ĩ) ò(ị). */
static const unsigned char vni_i_byte[6] = { 'i', 0xED, 0xEC, 0xE6, 0xF3, 0xF2 };

#define VNI_SMALL_D 0xF1    /* ñ: đ */
#define VNI_SMALL_OW 0xF4   /* ô: ơ */
#define VNI_SMALL_UW 0xF6   /* ö: ư */
#define VNI_SMALL_YJ 0xEE   /* î: ỵ */

/* What a byte 0xC0..0xFF means in VNI, indexed by its small form. */
typedef struct {
    uint8_t kind;       /* VNI_LATIN1, VNI_LETTER or VNI_MODIFIER */
    uint8_t mark;       /* modifier: MARK_* */
    uint8_t tone;       /* modifier: TONE_* */
    uint32_t small;     /* letter: its small code point */
    uint32_t capital;   /* letter: its capital code point */
} vni_byte;

enum { VNI_LATIN1, VNI_LETTER, VNI_MODIFIER };

#define MOD(m, t) { VNI_MODIFIER, m, t, 0, 0 }
#define LET(s, c) { VNI_LETTER, 0, 0, s, c }
#define LAT { VNI_LATIN1, 0, 0, 0, 0 }
static const vni_byte vni_high[32] = {
    MOD(MARK_CIRCUMFLEX, TONE_HUYEN),   MOD(MARK_CIRCUMFLEX, TONE_SAC),
    MOD(MARK_CIRCUMFLEX, TONE_NONE),    MOD(MARK_CIRCUMFLEX, TONE_NGA),
    MOD(MARK_CIRCUMFLEX, TONE_NANG),    MOD(MARK_CIRCUMFLEX, TONE_HOI),
    LET(0x1EC9, 0x1EC8) /* ỉ */,        LAT,
    MOD(MARK_BREVE, TONE_HUYEN),        MOD(MARK_BREVE, TONE_SAC),
    MOD(MARK_BREVE, TONE_NONE),         MOD(MARK_BREVE, TONE_NANG),
    LET(0xEC, 0xCC) /* ì */,            LET(0xED, 0xCD) /* í */,
    LET(0x1EF5, 0x1EF4) /* ỵ */,        MOD(MARK_NONE, TONE_NANG),
    LAT,                                LET(0x111, 0x110) /* đ */,
    LET(0x1ECB, 0x1ECA) /* ị */,        LET(0x129, 0x128) /* ĩ */,
    LET(0x1A1, 0x1A0) /* ơ */,          MOD(MARK_NONE, TONE_NGA),
    LET(0x1B0, 0x1AF) /* ư */,          LAT,
    MOD(MARK_NONE, TONE_HUYEN),         MOD(MARK_NONE, TONE_SAC),
    MOD(MARK_BREVE, TONE_HOI),          MOD(MARK_NONE, TONE_HOI),
    MOD(MARK_BREVE, TONE_NGA),          LAT,
    LAT,                                LAT,
};

/* Windows-1252 0x80..0x9F; 0 for the five undefined bytes. */
static const uint16_t vni_cp1252_80[32] = {
    0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
    0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
};

static int vni_is_ascii_letter(unsigned char b)
{
    return (b | 0x20) >= 'a' && (b | 0x20) <= 'z';
}

/* ---- Decoding ----------------------------------------------------------- */

/* The character byte b stands for on its own, or 0 if undefined. */
static uint32_t vni_byte_cp(unsigned char b)
{
    if (b < 0x80 || (b >= 0xA0 && b < 0xC0))
        return b;
    if (b < 0xA0)
        return vni_cp1252_80[b - 0x80];
    const vni_byte *v = &vni_high[(b - 0xC0) & 0x1F];
    if (v->kind == VNI_LETTER)
        return b & 0x20 ? v->small : v->capital;
    return b;
}

/* A modifier composes only with a bare letter: ASCII, ơ ư or đ.  Letters
 * already toned (í ỵ ...) take none, which keeps the 3-bytes-per-byte bound. */
static int vni_takes_modifier(unsigned char b)
{
    return vni_is_ascii_letter(b) || (b | 0x20) == VNI_SMALL_OW
        || (b | 0x20) == VNI_SMALL_UW || (b | 0x20) == VNI_SMALL_D;
}

static const vni_byte *vni_modifier(unsigned char b)
{
    const vni_byte *v = b >= 0xC0 ? &vni_high[(b - 0xC0) & 0x1F] : NULL;
    return v && v->kind == VNI_MODIFIER ? v : NULL;
}

/* Writes n code points (at most 6) whole or not at all. */
static yk_status vni_put(const utf8proc_int32_t *cps, size_t n, char *out,
                         size_t cap, size_t *len)
{
    utf8proc_uint8_t buf[24];
    size_t k = 0;
    for (size_t i = 0; i < n && i < 6; i++)
        k += (size_t)utf8proc_encode_char(cps[i], buf + k);
    if (cap - *len < k)
        return YK_ERR_OUTPUT_FULL;
    memcpy(out + *len, buf, k);
    *len += k;
    return YK_OK;
}

/* Writes letter cp with the marks of modifier m, in NFC. */
static yk_status vni_put_composed(uint32_t cp, const vni_byte *m, char *out,
                                  size_t cap, size_t *len)
{
    utf8proc_uint8_t src[12];
    utf8proc_ssize_t n = utf8proc_encode_char((utf8proc_int32_t)cp, src);
    if (m->mark)
        n += utf8proc_encode_char((utf8proc_int32_t)vni_mark_cp[m->mark],
                                  src + n);
    if (m->tone)
        n += utf8proc_encode_char((utf8proc_int32_t)vni_tone_cp[m->tone],
                                  src + n);
    utf8proc_int32_t cps[12];
    n = utf8proc_decompose(src, n, cps, 12, UTF8PROC_DECOMPOSE | UTF8PROC_STABLE);
    if (n < 0 || n > 12)
        return YK_ERR_ARGUMENT;   /* cannot happen: at most 6 code points */
    n = utf8proc_normalize_utf32(cps, n, UTF8PROC_COMPOSE | UTF8PROC_STABLE);
    return vni_put(cps, (size_t)n, out, cap, len);
}

/* Decodes the character at in[*i], advancing *i past the bytes used. */
static yk_status vni_decode_one(const unsigned char *in, size_t n, size_t *i,
                                char *out, size_t cap, size_t *len)
{
    unsigned char b = in[*i];
    utf8proc_int32_t cp = (utf8proc_int32_t)vni_byte_cp(b);
    if (cp == 0 && b != 0)
        return YK_ERR_INVALID_BYTES;
    (*i)++;
    if (*i < n && vni_takes_modifier(b)) {
        const vni_byte *m = vni_modifier(in[*i]);
        if (m) {
            (*i)++;
            return vni_put_composed((uint32_t)cp, m, out, cap, len);
        }
    }
    /* Some converters write ỵ as y + î; y never precedes ỵ in Vietnamese. */
    if ((b | 0x20) == 'y' && *i < n && (in[*i] | 0x20) == VNI_SMALL_YJ) {
        cp = (utf8proc_int32_t)vni_byte_cp(in[(*i)++]);
    }
    return vni_put(&cp, 1, out, cap, len);
}

yk_status yk_vni_decode(const char *in, size_t n, char *out, size_t cap,
                        size_t *out_len, size_t *bad_offset)
{
    const unsigned char *p = (const unsigned char *)in;
    size_t i = 0, len = 0;
    yk_status st = YK_OK;
    while (i < n && st == YK_OK) {
        size_t at = i;
        st = vni_decode_one(p, n, &i, out, cap, &len);
        if (st != YK_OK && bad_offset)
            *bad_offset = at;
    }
    if (out_len)
        *out_len = len;
    return st;
}

/* ---- Encoding ----------------------------------------------------------- */

#define VNI_MAX_CLUSTER 8   /* a letter and its marks, decomposed */

/* VNI bytes for a decomposed Vietnamese letter (base, vowel mark, tone);
 * returns how many (1 or 2) or 0 if VNI has no such letter. */
static size_t vni_letter_bytes(uint32_t base, int mark, int tone,
                               unsigned char *b)
{
    unsigned char cap_shift = (base >= 'A' && base <= 'Z') ? 0x20 : 0;
    uint32_t s = base | 0x20;
    int vowel = s == 'a' || s == 'e' || s == 'i' || s == 'o' || s == 'u'
             || s == 'y';
    if (base > 0x7F || !vowel)
        return 0;
    if (mark == MARK_HORN && (s == 'o' || s == 'u')) {
        b[0] = (unsigned char)((s == 'o' ? VNI_SMALL_OW : VNI_SMALL_UW)
                               - cap_shift);
        b[1] = (unsigned char)(vni_tone_byte[0][tone] - cap_shift);
        return tone ? 2 : 1;
    }
    int ok = mark == MARK_NONE || (mark == MARK_BREVE && s == 'a')
          || (mark == MARK_CIRCUMFLEX && (s == 'a' || s == 'e' || s == 'o'));
    if (!ok)
        return 0;
    if (mark == MARK_NONE && s == 'i') {
        b[0] = (unsigned char)(vni_i_byte[tone] - cap_shift);
        return 1;
    }
    if (mark == MARK_NONE && s == 'y' && tone == TONE_NANG) {
        b[0] = (unsigned char)(VNI_SMALL_YJ - cap_shift);
        return 1;
    }
    b[0] = (unsigned char)base;
    b[1] = (unsigned char)(vni_tone_byte[mark][tone] - cap_shift);
    return mark || tone ? 2 : 1;
}

/* Splits the marks after cps[0] into one vowel mark and one tone, in
 * canonical order (a tone before the circumflex is not ấ); 0 if not. */
static int vni_split_marks(const utf8proc_int32_t *cps, size_t n, int *mark,
                           int *tone)
{
    *mark = MARK_NONE;
    *tone = TONE_NONE;
    for (size_t i = 1; i < n; i++) {
        int m = 0, t = 0;
        for (int k = 1; k < 4; k++)
            m = vni_mark_cp[k] == (uint32_t)cps[i] ? k : m;
        for (int k = 1; k < 6; k++)
            t = vni_tone_cp[k] == (uint32_t)cps[i] ? k : t;
        if ((m && (*mark || (*tone && *tone != TONE_NANG))) || (t && *tone)
            || (!m && !t))
            return 0;
        *mark = m ? m : *mark;
        *tone = t ? t : *tone;
    }
    return 1;
}

/* The Windows-1252 byte for cp, unless VNI redrew it; 0 if none. */
static unsigned char vni_cp1252_byte(uint32_t cp)
{
    if (cp >= 0xA0 && cp <= 0xFF) {
        unsigned char b = (unsigned char)cp;
        return b < 0xC0 || vni_high[(b - 0xC0) & 0x1F].kind == VNI_LATIN1
               ? b : 0;
    }
    for (unsigned i = 0; i < 32; i++)
        if (vni_cp1252_80[i] != 0 && vni_cp1252_80[i] == cp)
            return (unsigned char)(0x80 + i);
    return 0;
}

/* VNI bytes for one character with its combining marks (src, n bytes of
 * UTF-8); returns how many, 0 if VNI cannot write it. */
static size_t vni_encode_cluster(const unsigned char *src, size_t n,
                                 unsigned char *b)
{
    utf8proc_int32_t cps[VNI_MAX_CLUSTER];
    utf8proc_ssize_t k = utf8proc_decompose(src, (utf8proc_ssize_t)n, cps,
                                            VNI_MAX_CLUSTER,
                                            UTF8PROC_DECOMPOSE | UTF8PROC_STABLE);
    if (k <= 0 || k > VNI_MAX_CLUSTER)
        return 0;
    int mark, tone;
    if (vni_split_marks(cps, (size_t)k, &mark, &tone)) {
        size_t m = vni_letter_bytes((uint32_t)cps[0], mark, tone, b);
        if (m)
            return m;
    }
    k = utf8proc_normalize_utf32(cps, k, UTF8PROC_COMPOSE | UTF8PROC_STABLE);
    if (k != 1)
        return 0;
    if (cps[0] < 0x80) {
        b[0] = (unsigned char)cps[0];
        return 1;
    }
    if (cps[0] == 0x111 || cps[0] == 0x110) {
        b[0] = cps[0] == 0x111 ? VNI_SMALL_D : VNI_SMALL_D - 0x20;
        return 1;
    }
    b[0] = vni_cp1252_byte((uint32_t)cps[0]);
    return b[0] != 0;
}

/* Length of the UTF-8 character at s and its combining marks; 0 if the
 * first character is invalid (a bad mark ends the run and fails later). */
static size_t vni_cluster_len(const unsigned char *s, size_t n)
{
    utf8proc_int32_t cp;
    utf8proc_ssize_t k = utf8proc_iterate(s, (utf8proc_ssize_t)n, &cp);
    if (k <= 0)
        return 0;
    size_t len = (size_t)k;
    while (len < n) {
        k = utf8proc_iterate(s + len, (utf8proc_ssize_t)(n - len), &cp);
        if (k <= 0 || utf8proc_get_property(cp)->combining_class == 0)
            break;
        len += (size_t)k;
    }
    return len;
}

yk_status yk_vni_encode(const char *in, size_t n, char *out, size_t cap,
                        size_t *out_len, size_t *bad_offset)
{
    const unsigned char *p = (const unsigned char *)in;
    size_t i = 0, len = 0;
    yk_status st = YK_OK;
    while (i < n) {
        unsigned char b[2];
        size_t k = 1, m = 1;
        if (p[i] < 0x80 && (i + 1 == n || p[i + 1] < 0x80))
            b[0] = p[i];       /* ASCII with no combining mark after it */
        else if ((k = vni_cluster_len(p + i, n - i)) == 0)
            st = YK_ERR_INVALID_BYTES;
        else if ((m = vni_encode_cluster(p + i, k, b)) == 0)
            st = YK_ERR_UNMAPPABLE;
        if (st == YK_OK && cap - len < m)
            st = YK_ERR_OUTPUT_FULL;
        if (st != YK_OK)
            break;
        for (size_t j = 0; j < m; j++)
            out[len++] = (char)b[j];
        i += k;
    }
    if (st != YK_OK && bad_offset)
        *bad_offset = i;
    if (out_len)
        *out_len = len;
    return st;
}
