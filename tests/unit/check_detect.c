/* Encoding detection over whole files.  The legacy byte strings are made
 * here with glibc's iconv from UTF-8 text, so each test states its input
 * in readable Vietnamese. */
#include <check.h>
#include <string.h>
#include "suites.h"
#include "yk_detect.h"
#include "yk_iconv.h"
#include "yk_text.h"
#include "yk_vni.h"

static const char survey[] =
    "STT,Đơn vị,Giới tính,Ý kiến\n"
    "1,Phú Quốc,Nữ,Rất tin tưởng\n"
    "2,Hòn Đất,Nam,Khó trả lời\n"
    "3,U Minh Thượng,Nữ,Thường xuyên theo dõi thời sự\n"
    "4,TP Rạch Giá,Nam,Hoàn toàn đồng ý\n";

static void encode(yk_encoding enc, const char *text, yk_buf *out)
{
    static const char *const glibc[] = {
        [YK_ENC_CP1258] = "CP1258", [YK_ENC_TCVN3] = "TCVN5712-1",
        [YK_ENC_VISCII] = "VISCII",
    };
    size_t used;
    if (enc == YK_ENC_UTF8) {
        yk_buf_append(out, text, strlen(text));
    } else if (enc == YK_ENC_VNI) {
        yk_buf_reserve(out, 2 * strlen(text));
        ck_assert_int_eq(yk_vni_encode(text, strlen(text), out->data + out->len,
                                       out->size - out->len, &used, &(size_t){ 0 }), YK_OK);
        out->len += used;
    } else {
        iconv_t cd;
        ck_assert_int_eq(yk_iconv_open(glibc[enc], "UTF-8", &cd), YK_OK);
        ck_assert_int_eq(yk_iconv_convert(cd, text, strlen(text), out, &used), YK_OK);
        yk_iconv_close(cd);
    }
}

static yk_detection detect(const char *p, size_t n, size_t piece)
{
    yk_detector *det;
    yk_detection res;
    ck_assert_int_eq(yk_detector_new(&det), YK_OK);
    for (size_t i = 0; i < n; i += piece)
        yk_detector_feed(det, p + i, n - i < piece ? n - i : piece);
    yk_detector_finish(det, &res);
    yk_detector_free(det);
    return res;
}

/* The same, fed as the reader's first pass feeds it: with each chunk's
 * line ends counted. */
static yk_detection detect_counted(const char *p, size_t n, size_t piece)
{
    yk_detector *det;
    yk_detection res;
    yk_line_ends ends = { 0, 0, 0 };
    int prev_cr = 0;
    ck_assert_int_eq(yk_detector_new(&det), YK_OK);
    for (size_t i = 0; i < n; i += piece) {
        size_t len = n - i < piece ? n - i : piece;
        unsigned long before = ends.lf + ends.cr + ends.crlf;
        yk_text_line_ends(p + i, len, &prev_cr, &ends);
        yk_detector_feed_lines(det, p + i, len, ends.lf + ends.cr + ends.crlf - before);
    }
    yk_detector_finish(det, &res);
    yk_detector_free(det);
    return res;
}

START_TEST(test_each_encoding)
{
    yk_encoding enc = (yk_encoding)_i;
    yk_buf file = { 0 };
    encode(enc, survey, &file);
    for (size_t piece = 1; piece <= 4096; piece *= 64) {
        yk_detection d = detect(file.data, file.len, piece);
        ck_assert_msg(d.encoding == enc, "%s taken for %s", yk_encoding_name(enc),
                      yk_encoding_name(d.encoding));
        ck_assert_uint_eq(d.n_mixed, 0);
        ck_assert(yk_detection_confidence(&d, enc) > 0.95);
    }
    yk_buf_free(&file);
}
END_TEST

START_TEST(test_ascii_file)
{
    const char *csv = "id,q1,q2\n1,4,5\n2,3,\n";
    yk_detection d = detect(csv, strlen(csv), 4096);
    ck_assert_int_eq(d.encoding, YK_ENC_UTF8);
    ck_assert_uint_eq(d.words, 0);
    ck_assert(yk_detection_confidence(&d, YK_ENC_UTF8) == 1.0);
}
END_TEST

/* Two districts' files pasted together: the second half is found, with
 * its lines. */
START_TEST(test_mixed)
{
    yk_buf file = { 0 };
    encode(YK_ENC_CP1258, survey, &file);
    encode(YK_ENC_VNI, "5,Giồng Riềng,Nam,Rất tin tưởng\n6,Gò Quao,Nữ,Đồng ý\n", &file);
    yk_detection d = detect(file.data, file.len, 4096);
    ck_assert_int_eq(d.encoding, YK_ENC_CP1258);
    ck_assert_uint_eq(d.n_mixed, 1);
    ck_assert_int_eq(d.mixed[0].encoding, YK_ENC_VNI);
    ck_assert_uint_eq(d.mixed[0].first_line, 6);
    ck_assert_uint_eq(d.mixed[0].last_line, 7);
    yk_buf_free(&file);
}
END_TEST

/* A UTF-8 part pasted with a legacy part, in either order: both are
 * found, each with its lines, whichever becomes the file's encoding (UTF-8
 * lines once never won, as UTF-8 counted as its own runner-up). */
static const yk_encoding legacy_parts[] = { YK_ENC_CP1258, YK_ENC_TCVN3, YK_ENC_VNI };

static void assert_parts(const yk_detection *d, yk_encoding enc, unsigned long first,
                         unsigned long last)
{
    if (d->encoding == enc)
        return;     /* the file's own: the lines it wins are not listed */
    int found = 0;
    for (unsigned i = 0; i < d->n_mixed; i++) {
        if (d->mixed[i].encoding != enc)
            continue;
        found = 1;
        ck_assert_uint_eq(d->mixed[i].first_line, first);
        ck_assert_uint_eq(d->mixed[i].last_line, last);
    }
    ck_assert_msg(found, "%s not found", yk_encoding_name(enc));
}

START_TEST(test_mixed_with_utf8)
{
    yk_encoding legacy = legacy_parts[_i];
    for (int utf8_first = 0; utf8_first < 2; utf8_first++) {
        yk_buf file = { 0 };
        encode(utf8_first ? YK_ENC_UTF8 : legacy, survey, &file);
        encode(utf8_first ? legacy : YK_ENC_UTF8,
               "5,Giồng Riềng,Nam,Rất tin tưởng\n6,Gò Quao,Nữ,Đồng ý\n", &file);
        yk_detection d = detect(file.data, file.len, 4096);
        ck_assert(d.encoding == YK_ENC_UTF8 || d.encoding == legacy);
        ck_assert_uint_eq(d.n_mixed, 1);
        assert_parts(&d, YK_ENC_UTF8, utf8_first ? 1 : 6, utf8_first ? 5 : 7);
        assert_parts(&d, legacy, utf8_first ? 6 : 1, utf8_first ? 7 : 5);
        yk_buf_free(&file);
    }
}
END_TEST

/* Past the UTF-8 sample the detector only validates and counts lines (or
 * takes the count it is given): a CP1258 line pasted in after 12,000
 * UTF-8 lines is still found, on its line, whatever the chunks (1 and 7
 * bytes cut characters and CR LF in two). */
START_TEST(test_utf8_fast_path)
{
    yk_buf file = { 0 };
    for (int i = 0; i < 12000; i++)
        encode(YK_ENC_UTF8, i % 2 ? "Phú Quốc\r\n" : "Hòn Đất\n", &file);
    encode(YK_ENC_CP1258, "Giồng Riềng, Rất tốt\n", &file);
    encode(YK_ENC_UTF8, "Kiên Lương\n", &file);
    static const size_t pieces[] = { 1, 7, 65536 };
    for (size_t k = 0; k < 6; k++) {
        yk_detection d = k < 3 ? detect(file.data, file.len, pieces[k])
                               : detect_counted(file.data, file.len, pieces[k - 3]);
        ck_assert_int_eq(d.encoding, YK_ENC_UTF8);
        ck_assert(!d.valid_utf8);
        ck_assert_uint_eq(d.n_mixed, 1);
        ck_assert_int_eq(d.mixed[0].encoding, YK_ENC_CP1258);
        ck_assert_uint_eq(d.mixed[0].first_line, 12001);
        ck_assert_uint_eq(d.mixed[0].last_line, 12001);
    }
    yk_buf_free(&file);
}
END_TEST

/* Past the sample, a settled CP1258 file is scored in CP1258 alone except
 * where CP1258 fails: VNI lines pasted in at the end are still found. */
START_TEST(test_leader_path)
{
    yk_buf file = { 0 };
    for (int i = 0; i < 6000; i++)
        encode(YK_ENC_CP1258, "Phú Quốc, Hòn Đất\r\n", &file);
    encode(YK_ENC_VNI, "Giồng Riềng, Rất tốt\r\n", &file);
    encode(YK_ENC_VNI, "Vĩnh Thuận, Khó trả lời\r\n", &file);
    yk_detection d = detect(file.data, file.len, 4096);
    ck_assert_int_eq(d.encoding, YK_ENC_CP1258);
    ck_assert_uint_eq(d.n_mixed, 1);
    ck_assert_int_eq(d.mixed[0].encoding, YK_ENC_VNI);
    ck_assert_uint_eq(d.mixed[0].first_line, 6001);
    ck_assert_uint_eq(d.mixed[0].last_line, 6002);
    ck_assert_uint_ge(d.words, 4 * 6000);   /* every word, in CP1258 */
    yk_buf_free(&file);
}
END_TEST

Suite *yk_suite_detect(void)
{
    Suite *s = suite_create("detect");
    TCase *tc = tcase_create("detect");
    tcase_add_loop_test(tc, test_each_encoding, 0, YK_ENC_CANDIDATES);
    tcase_add_test(tc, test_ascii_file);
    tcase_add_test(tc, test_mixed);
    tcase_add_loop_test(tc, test_mixed_with_utf8, 0,
                        sizeof legacy_parts / sizeof legacy_parts[0]);
    tcase_add_test(tc, test_utf8_fast_path);
    tcase_add_test(tc, test_leader_path);
    suite_add_tcase(s, tc);
    return s;
}
