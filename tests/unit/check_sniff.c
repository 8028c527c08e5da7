/* Byte-order marks and delimiters. */
#include <check.h>
#include <string.h>
#include "suites.h"
#include "yk_sniff.h"

static const struct { const char *text; int delimiter; } delimiters[] = {
    { "a,b,c\n1,2,3\n", ',' },
    { "a;b;c\n1;2;3\n", ';' },
    /* Excel on Vietnamese Windows: ";" between fields, "," in numbers. */
    { "ten;diem;tuoi\nAn;7,5;19\nBa;8,25;20\nCa;9;21\n", ';' },
    { "a\tb\n\"x, y\"\t2\n", '\t' },
    { "a|b\n1|2\n", '|' },
    { "\"a,b\";c\n\"1,2\";3\n", ';' },           /* quoted commas do not count */
    { "id\n1\n2\n", ',' },                        /* one column: the default */
    { "", ',' },
    { "a,b;c\n1,2;3\n4,5;6\n", ',' },             /* a tie: more per line wins? no, same: first */
};

START_TEST(test_delimiter)
{
    const char *t = delimiters[_i].text;
    ck_assert_int_eq(yk_sniff_delimiter(t, strlen(t)), delimiters[_i].delimiter);
}
END_TEST

static const struct {
    const char *bytes;
    size_t n;
    yk_bom bom;
    yk_encoding enc;
} boms[] = {
    { "\xEF\xBB\xBF" "a,b", 6, YK_BOM_UTF8, YK_ENC_UTF8 },
    { "\xFF\xFE" "a\0,\0b\0", 8, YK_BOM_UTF16LE, YK_ENC_UTF16LE },
    { "\xFE\xFF" "\0a\0,\0b", 8, YK_BOM_UTF16BE, YK_ENC_UTF16BE },
    { "a\0,\0b\0\n\0" "c\0,\0d\0\n\0", 16, YK_BOM_NONE, YK_ENC_UTF16LE },
    { "\0a\0,\0b\0\n" "\0c\0,\0d\0\n", 16, YK_BOM_NONE, YK_ENC_UTF16BE },
    { "a,b\n1,2\n", 8, YK_BOM_NONE, YK_ENC_UTF8 },
    { "", 0, YK_BOM_NONE, YK_ENC_UTF8 },
};

START_TEST(test_bom)
{
    yk_bom bom;
    yk_encoding enc;
    yk_sniff_bom(boms[_i].bytes, boms[_i].n, &bom, &enc);
    ck_assert_int_eq(bom, boms[_i].bom);
    ck_assert_int_eq(enc, boms[_i].enc);
    ck_assert_uint_eq(yk_bom_length(YK_BOM_UTF8), 3);
    ck_assert_uint_eq(yk_bom_length(YK_BOM_UTF16LE), 2);
}
END_TEST

Suite *yk_suite_sniff(void)
{
    Suite *s = suite_create("sniff");
    TCase *tc = tcase_create("sniff");
    tcase_add_loop_test(tc, test_delimiter, 0, sizeof delimiters / sizeof delimiters[0]);
    tcase_add_loop_test(tc, test_bom, 0, sizeof boms / sizeof boms[0]);
    suite_add_tcase(s, tc);
    return s;
}
