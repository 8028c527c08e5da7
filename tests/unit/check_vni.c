/* Tests for lib/read/vni.c: VNI-Windows decoding and encoding.
 *
 * Expected bytes come from the public VNI-Windows tables in lamdao/xvnkb
 * (vni.h) and duydev/vietnamese-conversion (src/charsets.ts).  A string
 * literal is split after a \x escape that a hex digit would follow. */
#include <check.h>
#include <stdio.h>
#include <string.h>

#include "yk_vietnamese.h"
#include "yk_vni.h"

Suite *yk_suite_vni(void);

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

typedef struct {
    const char *utf8;
    const char *vni;
} vni_pair;

/* Single letters straight from the reference table, then phrases. */
static const vni_pair known[] = {
    { "ấ", "a\xe1" },    { "Ặ", "A\xcb" },    { "ơ", "\xf4" },
    { "Ữ", "\xd6\xd5" }, { "ỉ", "\xe6" },     { "Ĩ", "\xd3" },
    { "ị", "\xf2" },     { "ỵ", "\xee" },     { "Ỵ", "\xce" },
    { "Ỳ", "Y\xd8" },    { "đ", "\xf1" },     { "Đ", "\xd1" },
    { "ẳ", "a\xfa" },    { "ẵ", "a\xfc" },    { "Ễ", "E\xc3" },
    { "ở", "\xf4\xfb" }, { "ũ", "u\xf5" },    { "í", "\xed" },
    { "Ì", "\xcc" },     { "ă", "a\xea" },    { "Â", "A\xc2" },
    { "ộ", "o\xe4" },    { "ừ", "\xf6\xf8" }, { "Ý", "Y\xd9" },
    { "Xin chào các bạn", "Xin cha\xf8o ca\xf9" "c ba\xef" "n" },
    { "Đoàn", "\xd1oa\xf8n" },
    { "ĐOÀN", "\xd1OA\xd8N" },
    { "Rạch Giá", "Ra\xef" "ch Gia\xf9" },
    { "RẠCH GIÁ", "RA\xcf" "CH GIA\xd9" },
    { "Thường xuyên", "Th\xf6\xf4\xf8ng xuye\xe2n" },
    { "Phú Quốc", "Phu\xf9 Quo\xe1" "c" },
    { "Vĩnh Thuận", "V\xf3nh Thua\xe4n" },
    { "U Minh Thượng", "U Minh Th\xf6\xf4\xefng" },
    { "Hoàn toàn đồng ý", "Hoa\xf8n toa\xf8n \xf1o\xe0ng y\xf9" },
    { "Khó trả lời", "Kho\xf9 tra\xfb l\xf4\xf8i" },
    { "nghiêm túc, thẳng thắn", "nghie\xe2m tu\xf9" "c, tha\xfang tha\xe9n" },
    { "Kỹ thuật 100%", "Ky\xf5 thua\xe4t 100%" },
};

static const char *const districts[] = {
    "TP Rạch Giá", "TX Hà Tiên", "Kiên Lương", "Hòn Đất", "Tân Hiệp",
    "Châu Thành", "Giồng Riềng", "Gò Quao", "An Biên", "An Minh",
    "Vĩnh Thuận", "Phú Quốc", "Kiên Hải", "U Minh Thượng", "Giang Thành",
};

static yk_status encode(const char *s, char *out, size_t cap, size_t *len,
                        size_t *bad)
{
    return yk_vni_encode(s, strlen(s), out, cap, len, bad);
}

static yk_status decode(const char *s, size_t n, char *out, size_t cap,
                        size_t *len, size_t *bad)
{
    return yk_vni_decode(s, n, out, cap, len, bad);
}

/* Decoding n bytes gives exactly the m bytes of utf8. */
static void assert_decodes_n(const char *vni, size_t n, const char *utf8,
                             size_t m)
{
    char out[512];
    size_t len = 99, bad = 99;
    ck_assert_int_eq(decode(vni, n, out, sizeof out, &len, &bad), YK_OK);
    ck_assert_uint_eq(len, m);
    ck_assert_mem_eq(out, utf8, len);
}

static void assert_decodes(const char *vni, size_t n, const char *utf8)
{
    assert_decodes_n(vni, n, utf8, strlen(utf8));
}

static void assert_encodes(const char *utf8, const char *vni)
{
    char out[512];
    size_t len = 99, bad = 99;
    ck_assert_int_eq(encode(utf8, out, sizeof out, &len, &bad), YK_OK);
    ck_assert_uint_eq(len, strlen(vni));
    ck_assert_mem_eq(out, vni, len);
}

START_TEST(test_known)
{
    assert_encodes(known[_i].utf8, known[_i].vni);
    assert_decodes(known[_i].vni, strlen(known[_i].vni), known[_i].utf8);
}
END_TEST

/* All 134 letters, alone and after a consonant, both ways. */
START_TEST(test_letters_round_trip)
{
    const char *l = _i < 67 ? yk_vn_lower[_i] : yk_vn_upper[_i - 67];
    char in[16], vni[16], back[16];
    size_t vlen = 0, blen = 0, bad = 0;
    snprintf(in, sizeof in, "%s", l);
    ck_assert_int_eq(encode(in, vni, 2 * strlen(in), &vlen, &bad), YK_OK);
    ck_assert_uint_le(vlen, 2);
    ck_assert_int_eq(decode(vni, vlen, back, sizeof back, &blen, &bad), YK_OK);
    ck_assert_uint_eq(blen, strlen(in));
    ck_assert_mem_eq(back, in, blen);
    snprintf(in, sizeof in, "th%sn", l);
    ck_assert_int_eq(encode(in, vni, sizeof vni, &vlen, &bad), YK_OK);
    assert_decodes(vni, vlen, in);
}
END_TEST

START_TEST(test_districts_round_trip)
{
    char vni[64];
    size_t vlen = 0, bad = 0;
    const char *d = districts[_i];
    ck_assert_int_eq(encode(d, vni, sizeof vni, &vlen, &bad), YK_OK);
    ck_assert_uint_le(vlen, 2 * strlen(d));
    for (size_t i = 0; i < vlen; i++)   /* no control bytes */
        ck_assert_uint_ge((unsigned char)vni[i], 0x20);
    assert_decodes(vni, vlen, d);
}
END_TEST

/* Decomposed and reordered input gives the same bytes as NFC. */
static const vni_pair nfd[] = {
    { "Ra\xcc\xa3" "ch Gia\xcc\x81", "Ra\xef" "ch Gia\xf9" },
    { "a\xcc\x82\xcc\x81", "a\xe1" },               /* ấ */
    { "a\xcc\xa3\xcc\x82", "a\xe4" },               /* ậ, canonical order */
    { "a\xcc\x82\xcc\xa3", "a\xe4" },               /* ậ, marks swapped */
    { "o\xcc\x9b\xcc\xa3", "\xf4\xef" },            /* ợ */
    { "U\xcc\x9b\xcc\x80", "\xd6\xd8" },            /* Ừ */
    { "\xc3\xa2\xcc\x80", "a\xe0" },                /* â + grave: ầ */
    { "i\xcc\x83", "\xf3" },                        /* ĩ */
    { "y\xcc\xa3", "\xee" },                        /* ỵ */
    { "Nguye\xcc\x82\xcc\x83n", "Nguye\xe3n" },
};

START_TEST(test_nfd_input)
{
    assert_encodes(nfd[_i].utf8, nfd[_i].vni);
}
END_TEST

/* Windows-1252 characters VNI did not redraw are written as themselves. */
static const vni_pair cp1252[] = {
    { "€", "\x80" }, { "…", "\x85" }, { "“”", "\x93\x94" }, { "–—", "\x96\x97" },
    { "©", "\xa9" }, { "«»", "\xab\xbb" }, { "°", "\xb0" }, { "ß", "\xdf" },
    { "ç", "\xe7" }, { "ÿ", "\xff" }, { "×÷", "\xd7\xf7" }, { "þ", "\xfe" },
    { "a\tb\r\n", "a\tb\r\n" },
};

START_TEST(test_cp1252)
{
    assert_encodes(cp1252[_i].utf8, cp1252[_i].vni);
    assert_decodes(cp1252[_i].vni, strlen(cp1252[_i].vni), cp1252[_i].utf8);
}
END_TEST

/* Decoding only: modifiers with nothing to modify, odd letters, NUL. */
static const vni_pair decode_only[] = {
    { " ù", " \xf9" },              /* a modifier after a space is itself */
    { "íù", "\xed\xf9" },           /* í takes no further mark */
    { "ỵ", "y\xee" },               /* y + î from some converters */
    { "Ỵ", "Y\xce" },
    { "ǹ", "n\xf8" },               /* composes where Unicode can */
    { "b\xcc\x81", "b\xf9" },       /* and leaves the mark where not */
    { "Á", "A\xf9" },               /* small modifier on a capital */
    { "ơ\xcc\x82\xcc\x81", "\xf4\xe1" },
};

START_TEST(test_decode_only)
{
    assert_decodes(decode_only[_i].vni, strlen(decode_only[_i].vni),
                   decode_only[_i].utf8);
}
END_TEST

START_TEST(test_decode_nul)
{
    assert_decodes_n("a\0b", 3, "a\0b", 3);
}
END_TEST

/* The five bytes Windows-1252 leaves undefined. */
static const unsigned char holes[] = { 0x81, 0x8D, 0x8F, 0x90, 0x9D };

START_TEST(test_decode_invalid)
{
    char in[4] = { 'a', (char)0xF9, (char)holes[_i], 'b' };
    char out[32];
    size_t len = 99, bad = 99;
    ck_assert_int_eq(decode(in, 4, out, sizeof out, &len, &bad),
                     YK_ERR_INVALID_BYTES);
    ck_assert_uint_eq(bad, 2);
    ck_assert_uint_eq(len, 2);               /* "á" was written */
    ck_assert_int_eq(decode(in + 2, 1, out, sizeof out, &len, NULL),
                     YK_ERR_INVALID_BYTES);
}
END_TEST

/* Every pair of bytes decodes within the promised 3 bytes per byte, and
 * every byte on its own round-trips unless it is a modifier. */
START_TEST(test_decode_bound)
{
    for (int a = 0; a < 256; a++) {
        for (int b = 0; b < 256; b++) {
            char in[2] = { (char)a, (char)b };
            char out[6];
            size_t len, bad;
            yk_status st = decode(in, 2, out, sizeof out, &len, &bad);
            ck_assert(st == YK_OK || st == YK_ERR_INVALID_BYTES);
        }
    }
}
END_TEST

START_TEST(test_single_bytes)
{
    int ok = 0;
    for (int b = 0; b < 256; b++) {
        char in[1] = { (char)b }, out[4], back[4];
        size_t len, blen, bad;
        yk_status st = decode(in, 1, out, sizeof out, &len, &bad);
        if (memchr(holes, b, sizeof holes)) {
            ck_assert_int_eq(st, YK_ERR_INVALID_BYTES);
            continue;
        }
        ck_assert_int_eq(st, YK_OK);
        if (yk_vni_encode(out, len, back, sizeof back, &blen, &bad) == YK_OK
            && blen == 1 && back[0] == in[0])
            ok++;
    }
    /* 251 defined bytes less the 34 modifier bytes and Ý ý, which decode
     * to Vietnamese letters that VNI writes as two bytes (ù: "uø"). */
    ck_assert_int_eq(ok, 251 - 34 - 2);
}
END_TEST

typedef struct {
    const char *utf8;
    yk_status status;
    size_t offset;
} vni_error;

static const vni_error encode_errors[] = {
    { "ñ", YK_ERR_UNMAPPABLE, 0 },          /* 0xF1 is đ in VNI */
    { "Mañana", YK_ERR_UNMAPPABLE, 2 },
    { "ü", YK_ERR_UNMAPPABLE, 0 },
    { "ø", YK_ERR_UNMAPPABLE, 0 },
    { "Đà Nẵng 中", YK_ERR_UNMAPPABLE, 12 },
    { "ab\xcc\x81", YK_ERR_UNMAPPABLE, 1 },  /* b with an acute */
    { "đ\xcc\x81", YK_ERR_UNMAPPABLE, 0 },
    { "ĕ", YK_ERR_UNMAPPABLE, 0 },           /* breve is for a only */
    { "û", YK_ERR_UNMAPPABLE, 0 },           /* circumflex not on u */
    { "a\xcc\x81\xcc\x82", YK_ERR_UNMAPPABLE, 0 },  /* á + ^ is not ấ */
    { "a\xcc\x81\xcc\x81", YK_ERR_UNMAPPABLE, 0 },  /* two tones */
    { "a\xcc\x81\xcc\x81\xcc\x81\xcc\x81\xcc\x81\xcc\x81\xcc\x81\xcc\x81"
      "\xcc\x81\xcc\x81", YK_ERR_UNMAPPABLE, 0 },
    { "\xcc\x81", YK_ERR_UNMAPPABLE, 0 },    /* a mark on nothing */
    { "x\xff", YK_ERR_INVALID_BYTES, 1 },
    { "ab\xe1\xba", YK_ERR_INVALID_BYTES, 2 },   /* truncated ạ */
    { "\xc0\x80", YK_ERR_INVALID_BYTES, 0 },     /* overlong NUL */
    { "\xed\xa0\x80", YK_ERR_INVALID_BYTES, 0 }, /* surrogate */
    { "a\xcc", YK_ERR_INVALID_BYTES, 1 },
};

START_TEST(test_encode_errors)
{
    const vni_error *e = &encode_errors[_i];
    char out[64];
    size_t len = 99, bad = 99;
    ck_assert_int_eq(encode(e->utf8, out, sizeof out, &len, &bad), e->status);
    ck_assert_uint_eq(bad, e->offset);
    ck_assert_uint_le(len, 2 * e->offset);
}
END_TEST

/* Every capacity short of the need fails cleanly, within bounds. */
START_TEST(test_output_full)
{
    const char *utf8 = "Đoàn Thanh niên Cộng sản Hồ Chí Minh";
    char vni[128], out[128];
    size_t vlen, len, bad;
    ck_assert_int_eq(encode(utf8, vni, sizeof vni, &vlen, &bad), YK_OK);
    for (size_t cap = 0; cap < vlen; cap++) {
        ck_assert_int_eq(encode(utf8, out, cap, &len, &bad),
                         YK_ERR_OUTPUT_FULL);
        ck_assert_uint_le(len, cap);
    }
    ck_assert_int_eq(encode(utf8, out, vlen, &len, NULL), YK_OK);
    size_t need = strlen(utf8);
    for (size_t cap = 0; cap < need; cap++) {
        ck_assert_int_eq(decode(vni, vlen, out, cap, &len, &bad),
                         YK_ERR_OUTPUT_FULL);
        ck_assert_uint_le(len, cap);
    }
    ck_assert_int_eq(decode(vni, vlen, out, need, &len, NULL), YK_OK);
    ck_assert_uint_eq(len, need);
}
END_TEST

START_TEST(test_empty)
{
    char out[1];
    size_t len = 99;
    ck_assert_int_eq(yk_vni_decode("", 0, out, 0, &len, NULL), YK_OK);
    ck_assert_uint_eq(len, 0);
    len = 99;
    ck_assert_int_eq(yk_vni_encode("", 0, out, 0, &len, NULL), YK_OK);
    ck_assert_uint_eq(len, 0);
}
END_TEST

Suite *yk_suite_vni(void)
{
    Suite *s = suite_create("vni");
    TCase *tc = tcase_create("table");
    tcase_add_loop_test(tc, test_known, 0, (int)COUNT(known));
    tcase_add_loop_test(tc, test_letters_round_trip, 0, 134);
    tcase_add_loop_test(tc, test_districts_round_trip, 0, (int)COUNT(districts));
    tcase_add_loop_test(tc, test_cp1252, 0, (int)COUNT(cp1252));
    tcase_add_test(tc, test_single_bytes);
    suite_add_tcase(s, tc);

    tc = tcase_create("decode");
    tcase_add_loop_test(tc, test_decode_only, 0, (int)COUNT(decode_only));
    tcase_add_test(tc, test_decode_nul);
    tcase_add_loop_test(tc, test_decode_invalid, 0, (int)COUNT(holes));
    tcase_add_test(tc, test_decode_bound);
    tcase_add_test(tc, test_empty);
    suite_add_tcase(s, tc);

    tc = tcase_create("encode");
    tcase_add_loop_test(tc, test_nfd_input, 0, (int)COUNT(nfd));
    tcase_add_loop_test(tc, test_encode_errors, 0, (int)COUNT(encode_errors));
    tcase_add_test(tc, test_output_full);
    suite_add_tcase(s, tc);
    return s;
}
