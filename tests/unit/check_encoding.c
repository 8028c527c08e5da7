/* Decoding fields from every encoding offices send.  The reference for
 * CP1258, TCVN3 and VISCII is glibc's iconv, encoding from UTF-8; for
 * VNI-Windows the byte strings quoted in shared/domain.md and the sample
 * files made by samples/encodings/make-samples.py (an encoder written
 * separately, from a public table). */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#include "suites.h"
#include "yk_encoding.h"
#include "yk_iconv.h"
#include "yk_reader.h"
#include "yk_vni.h"

/* The 67 lowercase and 67 uppercase Vietnamese letters that are not ASCII,
 * typed by hand: a ă â e ê i o ô ơ u ư y with each tone, and đ. */
static const char letters[] =
    "àáảãạ ăằắẳẵặ âầấẩẫậ èéẻẽẹ êềếểễệ ìíỉĩị òóỏõọ ôồốổỗộ ơờớởỡợ "
    "ùúủũụ ưừứửữự ỳýỷỹỵ đ "
    "ÀÁẢÃẠ ĂẰẮẲẴẶ ÂẦẤẨẪẬ ÈÉẺẼẸ ÊỀẾỂỄỆ ÌÍỈĨỊ ÒÓỎÕỌ ÔỒỐỔỖỘ ƠỜỚỞỠỢ "
    "ÙÚỦŨỤ ƯỪỨỬỮỰ ỲÝỶỸỴ Đ";

/* Kiên Giang's 15 district-level units in 2012 (shared/domain.md). */
static const char districts[] =
    "TP Rạch Giá, TX Hà Tiên, Kiên Lương, Hòn Đất, Tân Hiệp, Châu Thành, "
    "Giồng Riềng, Gò Quao, An Biên, An Minh, Vĩnh Thuận, Phú Quốc, Kiên Hải, "
    "U Minh Thượng, Giang Thành";

START_TEST(test_letter_list)
{
    size_t count = 0, i = 0, n = strlen(letters);
    while (i < n) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t len = utf8proc_iterate((const utf8proc_uint8_t *)letters + i,
                                                (utf8proc_ssize_t)(n - i), &cp);
        ck_assert_int_gt(len, 0);
        count += cp != ' ';
        i += (size_t)len;
    }
    ck_assert_uint_eq(count, 134);
}
END_TEST

static const struct { yk_encoding enc; const char *glibc; } iconv_tables[] = {
    { YK_ENC_CP1258, "CP1258" },
    { YK_ENC_TCVN3, "TCVN5712-1" },
    { YK_ENC_VISCII, "VISCII" },
};

static void encode_with_glibc(const char *name, const char *text, yk_buf *out)
{
    iconv_t cd;
    size_t used;
    ck_assert_int_eq(yk_iconv_open(name, "UTF-8", &cd), YK_OK);
    ck_assert_int_eq(yk_iconv_convert(cd, text, strlen(text), out, &used), YK_OK);
    yk_iconv_close(cd);
}

static void round_trip(yk_encoding enc, const char *bytes, size_t n, const char *want)
{
    yk_decoder *d;
    yk_buf out = { 0 };
    size_t bad;
    ck_assert_int_eq(yk_decoder_new(enc, NULL, &d), YK_OK);
    ck_assert_int_eq(yk_decoder_decode(d, bytes, n, &out, &bad), YK_OK);
    ck_assert_uint_eq(out.len, strlen(want));
    ck_assert_msg(memcmp(out.data, want, out.len) == 0, "%s: got %.*s",
                  yk_encoding_name(enc), (int)out.len, out.data);
    yk_buf_free(&out);
    yk_decoder_free(d);
}

START_TEST(test_glibc_tables)
{
    const char *texts[] = { letters, districts };
    for (size_t t = 0; t < 2; t++) {
        yk_buf legacy = { 0 };
        encode_with_glibc(iconv_tables[_i].glibc, texts[t], &legacy);
        round_trip(iconv_tables[_i].enc, legacy.data, legacy.len, texts[t]);
        yk_buf_free(&legacy);
    }
}
END_TEST

START_TEST(test_vni)
{
    const char *texts[] = { letters, districts };
    for (size_t t = 0; t < 2; t++) {
        char buf[2048];
        size_t len, bad;
        ck_assert_int_eq(yk_vni_encode(texts[t], strlen(texts[t]), buf, sizeof buf,
                                       &len, &bad), YK_OK);
        round_trip(YK_ENC_VNI, buf, len, texts[t]);
    }
    /* Byte strings as shared/domain.md quotes them. */
    round_trip(YK_ENC_VNI, "Xin cha\xF8o ca\xF9" "c ba\xEF" "n", 19, "Xin chào các bạn");
    round_trip(YK_ENC_VNI, "\xD1oa\xF8n", 5, "Đoàn");
    round_trip(YK_ENC_VNI, "Ra\xEF" "ch Gia\xF9", 10, "Rạch Giá");
}
END_TEST

START_TEST(test_nfd_input)
{
    const char *texts[] = { letters, districts };
    for (size_t t = 0; t < 2; t++) {
        utf8proc_uint8_t *nfd = utf8proc_NFD((const utf8proc_uint8_t *)texts[t]);
        ck_assert_uint_gt(strlen((char *)nfd), strlen(texts[t]));
        round_trip(YK_ENC_UTF8, (const char *)nfd, strlen((char *)nfd), texts[t]);
        free(nfd);
    }
}
END_TEST

static int keep_field(void *ctx, const yk_row *row)
{
    yk_buf *out = ctx;
    ck_assert_uint_eq(row->n, 1);
    yk_buf_append(out, row->fields[0].s, row->fields[0].len);
    return 0;
}

/* UTF-16 is decoded as a stream by the reader, BOM first. */
START_TEST(test_utf16)
{
    static const char *const names[] = { "UTF-16LE", "UTF-16BE" };
    static const char *const boms[] = { "\xFF\xFE", "\xFE\xFF" };
    char text[1024];
    yk_buf file = { 0 }, got = { 0 };
    snprintf(text, sizeof text, "\"%s\"\r\n", letters);
    yk_buf_append(&file, boms[_i], 2);
    encode_with_glibc(names[_i], text, &file);
    yk_memory m;
    yk_input in = yk_input_memory(&m, file.data, file.len);
    yk_reader *r;
    yk_format fmt;
    ck_assert_int_eq(yk_reader_new(NULL, NULL, NULL, &r), YK_OK);
    ck_assert_int_eq(yk_reader_sniff(r, "u16.txt", &in, &fmt), YK_OK);
    ck_assert_int_eq(fmt.encoding, _i == 0 ? YK_ENC_UTF16LE : YK_ENC_UTF16BE);
    ck_assert_int_eq(yk_reader_read(r, "u16.txt", &in, &fmt, keep_field, &got), YK_OK);
    ck_assert_uint_eq(got.len, strlen(letters));
    ck_assert(memcmp(got.data, letters, got.len) == 0);
    yk_reader_free(r);
    yk_buf_free(&file);
    yk_buf_free(&got);
}
END_TEST

START_TEST(test_lookup)
{
    static const struct { const char *name; yk_encoding enc; } names[] = {
        { "utf8", YK_ENC_UTF8 }, { "UTF-8", YK_ENC_UTF8 },
        { "windows-1258", YK_ENC_CP1258 }, { "cp1258", YK_ENC_CP1258 },
        { "TCVN3", YK_ENC_TCVN3 }, { "abc", YK_ENC_TCVN3 },
        { "viscii", YK_ENC_VISCII }, { "VNI", YK_ENC_VNI },
        { "utf-16le", YK_ENC_UTF16LE }, { "ISO-8859-1", YK_ENC_OTHER },
    };
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        yk_encoding enc;
        ck_assert_int_eq(yk_encoding_lookup(names[i].name, &enc), YK_OK);
        ck_assert_int_eq(enc, names[i].enc);
    }
    yk_encoding enc;
    ck_assert_int_eq(yk_encoding_lookup("no-such-encoding", &enc), YK_ERR_ENCODING);
}
END_TEST

START_TEST(test_decoder_errors)
{
    yk_decoder *d;
    yk_buf out = { 0 };
    size_t bad = 0;
    /* Field-by-field decoding needs ASCII to stay ASCII. */
    ck_assert_int_eq(yk_decoder_new(YK_ENC_OTHER, "UTF-16", &d), YK_ERR_ENCODING);
    ck_assert_int_eq(yk_decoder_new(YK_ENC_UTF16LE, NULL, &d), YK_ERR_ENCODING);
    ck_assert_int_eq(yk_decoder_new(YK_ENC_UTF8, NULL, &d), YK_OK);
    ck_assert_int_eq(yk_decoder_decode(d, "ab\xFF" "c", 4, &out, &bad), YK_ERR_INVALID_BYTES);
    ck_assert_uint_eq(bad, 2);
    ck_assert_uint_eq(out.len, 0);
    ck_assert_int_eq(yk_decoder_decode(d, "ab\xE1\xBA", 4, &out, &bad), YK_ERR_TRUNCATED);
    ck_assert_uint_eq(bad, 2);
    yk_decoder_free(d);
    ck_assert_int_eq(yk_decoder_new(YK_ENC_OTHER, "ISO-8859-1", &d), YK_OK);
    ck_assert_int_eq(yk_decoder_decode(d, "caf\xE9", 4, &out, &bad), YK_OK);
    ck_assert_str_eq((yk_buf_append(&out, "", 1), out.data), "café");
    yk_decoder_free(d);
    yk_buf_free(&out);
}
END_TEST

/* iconv's errno mapped to statuses, with the offset of the first byte
 * not converted and everything before it kept. */
START_TEST(test_iconv_statuses)
{
    iconv_t cd;
    yk_buf out = { 0 };
    size_t used;
    ck_assert_int_eq(yk_iconv_open("UTF-16LE", "UTF-8", &cd), YK_OK);
    ck_assert_int_eq(yk_iconv_convert(cd, "ab\xFF" "cd", 5, &out, &used), YK_ERR_INVALID_BYTES);
    ck_assert_uint_eq(used, 2);
    ck_assert_uint_eq(out.len, 4);
    yk_buf_clear(&out);
    ck_assert_int_eq(yk_iconv_convert(cd, "ab\xE1\xBA", 4, &out, &used), YK_ERR_TRUNCATED);
    ck_assert_uint_eq(used, 2);
    yk_iconv_close(cd);
    /* Output four times the input: the buffer grows (E2BIG) until done. */
    static char big[90000];
    for (size_t i = 0; i + 3 <= sizeof big; i += 3)
        memcpy(big + i, "\xE1\xBA\xA1", 3);      /* ạ */
    yk_buf_clear(&out);
    ck_assert_int_eq(yk_iconv_open("UTF-32LE", "UTF-8", &cd), YK_OK);
    ck_assert_int_eq(yk_iconv_convert(cd, big, sizeof big, &out, &used), YK_OK);
    ck_assert_uint_eq(used, sizeof big);
    ck_assert_uint_eq(out.len, sizeof big / 3 * 4);
    yk_iconv_close(cd);
    /* A letter the target cannot hold. */
    yk_buf_clear(&out);
    ck_assert_int_eq(yk_iconv_open("CP1252", "UTF-8", &cd), YK_OK);
    ck_assert_int_eq(yk_iconv_convert(cd, "Gi\xC3\xA1 R\xE1\xBA\xA1" "ch", 10, &out, &used),
                     YK_ERR_INVALID_BYTES);
    ck_assert_uint_eq(used, 6);
    yk_iconv_close(cd);
    ck_assert_int_eq(yk_iconv_open("UTF-8", "NO-SUCH-TABLE", &cd), YK_ERR_ENCODING);
    yk_iconv_close(cd);
    yk_buf_free(&out);
}
END_TEST

Suite *yk_suite_encoding(void)
{
    Suite *s = suite_create("encoding");
    TCase *tc = tcase_create("encoding");
    tcase_add_test(tc, test_letter_list);
    tcase_add_loop_test(tc, test_glibc_tables, 0, 3);
    tcase_add_test(tc, test_vni);
    tcase_add_test(tc, test_nfd_input);
    tcase_add_loop_test(tc, test_utf16, 0, 2);
    tcase_add_test(tc, test_lookup);
    tcase_add_test(tc, test_decoder_errors);
    tcase_add_test(tc, test_iconv_statuses);
    suite_add_tcase(s, tc);
    return s;
}
