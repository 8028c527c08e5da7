/* Reader: each case is an input, options, and the exact events it must
 * produce: rows as "LINE:field|field" and diagnostics as
 * "!kind@LINE[:COLUMN]".  Every case runs three times, with the input
 * handed over whole, in 7-byte pieces and byte by byte, and must give the
 * same events each time. */
#include <check.h>
#include <stdio.h>
#include <string.h>
#include "events.h"
#include "suites.h"
#include "yk_reader.h"

typedef struct {
    const char *name;
    const char *input;
    size_t len;                 /* 0: strlen(input) */
    const char *encoding;
    int delimiter;
    size_t max_field, max_columns;
    const char *events;
} reader_case;

typedef struct {
    char out[4096];
    size_t len;
} events;

static int on_row(void *ctx, const yk_row *row)
{
    events *e = ctx;
    add(e, "%lu:", row->line);
    for (size_t i = 0; i < row->n; i++) {
        ck_assert_int_eq(row->fields[i].s[row->fields[i].len], '\0');
        add(e, "%s%.*s", i ? "|" : "", (int)row->fields[i].len, row->fields[i].s);
    }
    add(e, "\n");
    return 0;
}

static void on_diag(void *ctx, const yk_diag *d)
{
    events *e = ctx;
    ck_assert_ptr_nonnull(d->source);
    ck_assert(d->message[0] != '\0');
    if (d->column)
        add(e, "!%s@%lu:%lu\n", d->kind, d->line, d->column);
    else
        add(e, "!%s@%lu\n", d->kind, d->line);
}

/* An input that hands over at most `piece` bytes a call. */
typedef struct {
    yk_memory m;
    size_t piece;
} trickle;

static yk_status trickle_read(void *ctx, char *buf, size_t cap, size_t *got)
{
    trickle *t = ctx;
    size_t n = t->m.len - t->m.pos;
    n = n < cap ? n : cap;
    n = n < t->piece ? n : t->piece;
    memcpy(buf, t->m.data + t->m.pos, n);
    t->m.pos += n;
    *got = n;
    return YK_OK;
}

static yk_status trickle_rewind(void *ctx)
{
    ((trickle *)ctx)->m.pos = 0;
    return YK_OK;
}

static void run_case_parsed(const reader_case *c, size_t max_row, size_t piece,
                            yk_csv_parser parser, events *e)
{
    yk_read_options opt = { c->encoding, c->delimiter, c->max_field,
                            c->max_columns, max_row, parser };
    trickle t;
    size_t len = c->len ? c->len : strlen(c->input);
    yk_input_memory(&t.m, c->input, len);
    t.piece = piece;
    yk_input in = { trickle_read, trickle_rewind, &t };
    yk_reader *r;
    yk_format fmt;
    memset(e, 0, sizeof *e);
    ck_assert_int_eq(yk_reader_new(&opt, on_diag, e, &r), YK_OK);
    /* The first pass stops at what no CSV text holds (a NUL byte, a line
     * over the row limit): no row is read then. */
    yk_status st = yk_reader_sniff(r, "t.csv", &in, &fmt);
    if (st == YK_OK)
        st = yk_reader_read(r, "t.csv", &in, &fmt, on_row, e);
    ck_assert(st == YK_OK || st == YK_ERR_LIMIT || st == YK_ERR_PARSE);
    yk_reader_free(r);
}

static void run_case_limited(const reader_case *c, size_t max_row, size_t piece,
                             events *e)
{
    run_case_parsed(c, max_row, piece, YK_CSV_TOKENIZER, e);
}


#define U16LE_AB "\xFF\xFE" "a\0,\0b\0\r\0\n\0" "1\0,\0\xDF\x1E\r\0\n\0"
#define U16BE_AB "\xFE\xFF" "\0a\0,\0b\0\n" "\0001\0,\x1E\xDF\0\n"

static const reader_case cases[] = {
    { "plain", "a,b\n1,2\n", 0, NULL, 0, 0, 0, "1:a|b\n2:1|2\n" },
    { "no final newline", "a,b\n1,2", 0, NULL, 0, 0, 0, "1:a|b\n2:1|2\n" },
    { "crlf", "a,b\r\n1,2\r\n", 0, NULL, 0, 0, 0, "1:a|b\n2:1|2\n" },
    { "lone cr", "a,b\r1,2\r3,4", 0, NULL, 0, 0, 0, "1:a|b\n2:1|2\n3:3|4\n" },
    { "blank lines", "a,b\n\n1,2\r\n\r\n\n3,4\n\n", 0, NULL, 0, 0, 0,
      "1:a|b\n3:1|2\n6:3|4\n" },
    { "newline in quotes", "a,b\n\"x\ny\",2\n3,4\n", 0, NULL, 0, 0, 0,
      "1:a|b\n2:x\ny|2\n4:3|4\n" },
    { "crlf in quotes", "a,b\r\n\"x\r\n\r\ny\",2\r\n3,4\r\n", 0, NULL, 0, 0, 0,
      "1:a|b\n2:x\r\n\r\ny|2\n5:3|4\n" },
    { "doubled quotes", "a,b\n\"he said \"\"hi\"\"\",2\n", 0, NULL, 0, 0, 0,
      "1:a|b\n2:he said \"hi\"|2\n" },
    /* Quotes libcsv keeps as text are kept, and said once per field, at
     * the quote's line and the field's column. */
    { "quote inside unquoted field", "a,b\nx\"y,2\n", 0, NULL, 0, 0, 0,
      "1:a|b\n!quote-in-unquoted-field@2:1\n2:x\"y|2\n" },
    { "quoted words inside an unquoted comment",
      "id,gop_y\n1,C\xE1\xBA\xA7n th\xC3\xAAm \"s\xC3\xA2n ch\xC6\xA1i\" n\xE1\xBB\xAF" "a\n"
      "2,\"\"\n", 0, NULL, 0, 0, 0,
      "1:id|gop_y\n!quote-in-unquoted-field@2:2\n2:1|Cần thêm \"sân chơi\" nữa\n3:2|\n" },
    { "quote ending an unquoted field", "a,b,c\n1,x\",3\n", 0, NULL, 0, 0, 0,
      "1:a|b|c\n!quote-in-unquoted-field@2:2\n2:1|x\"|3\n" },
    { "quote not doubled in a quoted field",
      "a,b\n\"B\xE1\xBA\xA3o \"t\xE1\xBB\x91t\" l\xE1\xBA\xAFm\",2\n", 0, NULL, 0, 0, 0,
      "1:a|b\n!quote-not-doubled@2:1\n2:Bảo \"tốt\" lắm|2\n" },
    { "quote not doubled before a delimiter", "a,b\n\"x \"y\", z\"\n", 0, NULL, 0, 0, 0,
      "1:a|b\n!quote-not-doubled@2:1\n!quote-in-unquoted-field@2:2\n2:x \"y| z\"\n" },
    { "quote not doubled on a field's second line", "a,b\n1,\"x\ny \"z\" w\"\n", 0, NULL,
      0, 0, 0, "1:a|b\n!quote-not-doubled@3:2\n2:1|x\ny \"z\" w\n" },
    { "quotes in the fields of several rows", "a,b\nx\"y,\"\"\"z\"\n1,2\"\"\n", 0, NULL,
      0, 0, 0, "1:a|b\n!quote-in-unquoted-field@2:1\n2:x\"y|\"z\n"
      "!quote-in-unquoted-field@3:2\n3:1|2\"\"\n" },
    { "quote right after a quoted field's end", "a,b\n\"x\"\"\",\"y\"z\"\n", 0, NULL, 0,
      0, 0, "1:a|b\n!quote-not-doubled@2:2\n2:x\"|y\"z\n" },
    { "spaces are data", " a , b \n1, 2\n", 0, NULL, 0, 0, 0,
      "1: a | b \n2:1| 2\n" },
    { "empty fields", "a,b,c\n,,\n", 0, NULL, 0, 0, 0, "1:a|b|c\n2:||\n" },
    { "semicolon with decimal commas", "ten;diem\nAn;7,5\nBa;8,25\n", 0, NULL,
      0, 0, 0, "1:ten|diem\n2:An|7,5\n3:Ba|8,25\n" },
    { "tab", "a\tb\n1\t2\n", 0, NULL, 0, 0, 0, "1:a|b\n2:1|2\n" },
    { "pipe", "a|b|c\n1|2|3\n", 0, NULL, 0, 0, 0, "1:a|b|c\n2:1|2|3\n" },
    { "delimiter given", "a;b,c\n", 0, NULL, ',', 0, 0, "1:a;b|c\n" },
    { "utf-8 bom", "\xEF\xBB\xBFSTT,T\xC3\xAAn\n1,H\xC3\xB2n\n", 0, NULL, 0, 0, 0,
      "1:STT|Tên\n2:1|Hòn\n" },
    { "utf-16le bom", U16LE_AB, sizeof U16LE_AB - 1, NULL, 0, 0, 0,
      "1:a|b\n2:1|ở\n" },
    { "utf-16be bom", U16BE_AB, sizeof U16BE_AB - 1, NULL, 0, 0, 0,
      "1:a|b\n2:1|ở\n" },
    { "nfd becomes nfc", "a\nHo\xCC\x80n \xC4\x90\xC3\xa2\xCC\x81t\n", 0, NULL, 0, 0, 0,
      "1:a\n2:Hòn Đất\n" },
    { "cp1258 detected", "don vi;y kien\nHo\xCCn \xD0\xE2\xECt;R\xE2\xECt t\xF4\xECt\n",
      0, NULL, 0, 0, 0, "1:don vi|y kien\n2:Hòn Đất|Rất tốt\n" },
    /* UTF-8 pasted with a legacy part, in either order: each row read in
     * the encoding that reads it as Vietnamese, and one warning. */
    { "utf-8 then cp1258",
      "don vi,y kien\nR\xE1\xBA\xA1" "ch Gi\xC3\xA1,T\xE1\xBB\x91t\n"
      "Ho\xCCn \xD0\xE2\xECt,R\xE2\xECt t\xF4\xECt\n", 0, NULL, 0, 0, 0,
      "1:don vi|y kien\n2:Rạch Giá|Tốt\n3:Hòn Đất|Rất tốt\n!mixed-encoding@3\n" },
    { "cp1258 then utf-8",
      "don vi,y kien\nHo\xCCn \xD0\xE2\xECt,R\xE2\xECt t\xF4\xECt\n"
      "R\xE1\xBA\xA1" "ch Gi\xC3\xA1,T\xE1\xBB\x91t\n", 0, NULL, 0, 0, 0,
      "1:don vi|y kien\n2:Hòn Đất|Rất tốt\n3:Rạch Giá|Tốt\n!mixed-encoding@3\n" },
    { "utf-8 then tcvn3",
      "don vi,y kien\nR\xE1\xBA\xA1" "ch Gi\xC3\xA1,T\xE1\xBB\x91t\n"
      "H\xDFn \xA7\xCAt,R\xCAt t\xE8t\n", 0, NULL, 0, 0, 0,
      "1:don vi|y kien\n2:Rạch Giá|Tốt\n3:Hòn Đất|Rất tốt\n!mixed-encoding@3\n" },
    { "vni then utf-8",
      "don vi,y kien\nHo\xF8n \xD1" "a\xE1t,Ra\xE1t to\xE1t\n"
      "R\xE1\xBA\xA1" "ch Gi\xC3\xA1,T\xE1\xBB\x91t\n", 0, NULL, 0, 0, 0,
      "1:don vi|y kien\n2:Hòn Đất|Rất tốt\n3:Rạch Giá|Tốt\n!mixed-encoding@3\n" },
    /* Given an encoding, ykien reads every row in it, and says where that
     * is not Vietnamese ("Tá»‘t" has one odd word only: not enough). */
    { "encoding given: no mix",
      "don vi,y kien\nR\xE1\xBA\xA1" "ch Gi\xC3\xA1,T\xE1\xBB\x91t\n"
      "Ho\xCCn \xD0\xE2\xECt,R\xE2\xECt t\xF4\xECt\n", 0, "cp1258", 0, 0, 0,
      "1:don vi|y kien\n!not-vietnamese@2:1\n"
      "2:Ráº¡ch GiĂ¡|Tá»‘t\n3:Hòn Đất|Rất tốt\n" },
    /* A cut UTF-8 character is an error and U+FFFD, not the CP1258 that
     * the bytes would also make ("Ná»"). */
    { "broken utf-8 in a mixed file",
      "don vi,y kien\nR\xE1\xBA\xA1" "ch Gi\xC3\xA1,T\xE1\xBB\x91t\nN\xE1\xBB,Kh\xC3\xA1\n"
      "Ho\xCCn \xD0\xE2\xECt,R\xE2\xECt t\xF4\xECt\nPh\xFA Qu\xF4\xEC" "c,Kh\xE1\n", 0, NULL,
      0, 0, 0, "1:don vi|y kien\n2:Rạch Giá|Tốt\n!invalid-bytes@3:1\n"
      "3:N\xEF\xBF\xBD\xEF\xBF\xBD|Khá\n4:Hòn Đất|Rất tốt\n5:Phú Quốc|Khá\n!mixed-encoding@4\n" },
    /* A row in an encoding ykien does not look for (Windows-1251) is kept
     * as read, and said. */
    { "no encoding reads it as vietnamese",
      "don vi,y kien\nHo\xCCn \xD0\xE2\xECt,R\xE2\xECt t\xF4\xECt\nPh\xFA Qu\xF4\xEC" "c,Kh\xE1\n"
      "Ho\xCCn \xD0\xE2\xECt,\xCF\xEE\xE4\xE4\xE5\xF0\xE6\xE8\xE2\xE0\xE5\xEC "
      "\xEE\xF2\xEA\xF0\xFB\xF2\xEE\xE5\n", 0, NULL, 0, 0, 0,
      "1:don vi|y kien\n2:Hòn Đất|Rất tốt\n3:Phú Quốc|Khá\n!not-vietnamese@4:2\n"
      "4:Hòn Đất|ẽợọọồỖổốõỔồỡ ợũờỖỷũợồ\n!mixed-encoding@4\n" },
    { "ragged rows", "a,b\n1\n1,2,3\n4,5\n", 0, NULL, 0, 0, 0,
      "1:a|b\n!ragged-row@2\n2:1\n!ragged-row@3\n3:1|2|3\n4:4|5\n" },
    { "extra empty fields", "a,b\n1,2,,\n", 0, NULL, 0, 0, 0,
      "1:a|b\n!extra-empty-fields@2\n2:1|2||\n" },
    { "unterminated quote", "a,b\n1,\"x\n2,3\n", 0, NULL, 0, 0, 0,
      "1:a|b\n!unterminated-quote@2:2\n2:1|x\n2,3\n\n" },
    { "quote closed at end of file", "a,b\n1,\"x\"", 0, NULL, 0, 0, 0,
      "1:a|b\n2:1|x\n" },
    { "invalid utf-8", "a,b\n1,x\xFFy\n", 0, "utf-8", 0, 0, 0,
      "1:a|b\n!invalid-bytes@2:2\n2:1|x\xEF\xBF\xBDy\n" },
    { "truncated utf-8", "a,b\n1,x\xE1\xBA\n", 0, "utf-8", 0, 0, 0,
      "1:a|b\n!invalid-bytes@2:2\n2:1|x\xEF\xBF\xBD\xEF\xBF\xBD\n" },
    /* Two files joined with cat: the second's BOM is removed, and said
     * (issue 12, point 18); a BOM inside a field too. */
    { "byte-order mark inside the file", "\xEF\xBB\xBF" "a,b\n1,Đ\n\xEF\xBB\xBF" "a,b\n"
      "2,x\xEF\xBB\xBFy\n", 0, "utf-8", 0, 0, 0,
      "1:a|b\n2:1|Đ\n!bom-inside@3:1\n3:a|b\n!bom-inside@4:2\n4:2|xy\n" },
    /* A NUL byte is no text: reading stops before any row (issue 12). */
    { "nul byte", "a,b\n1,x\0y\n", 10, NULL, 0, 0, 0, "!nul-byte@2\n" },
    /* Its line counts CR LF once, however the pieces cut it. */
    { "nul byte after crlf", "a,b\r\n1,2\r\r\n3,x\0\r\n", 16, NULL, 0, 0, 0,
      "!nul-byte@4\n" },
    { "too many columns", "a,b\n1,2,3,4\n5,6\n", 0, NULL, 0, 0, 3,
      "1:a|b\n!too-many-columns@2\n3:5|6\n" },
    /* A row over a limit keeps no more fields, but a stray quote's column
     * is counted all the same, whatever the pieces (found by the fuzzer). */
    { "stray quote in a row over the limit", "a,b\n1,2,3,4,x\"y,\"p\"q\"\n5,6\n", 0, NULL,
      0, 0, 3, "1:a|b\n!quote-in-unquoted-field@2:5\n!quote-not-doubled@2:6\n"
      "!too-many-columns@2\n3:5|6\n" },
    { "field over the limit", "a,b\n1,0123456789\n5,6\n", 0, NULL, 0, 8, 0,
      "1:a|b\n!field-too-long@2\n3:5|6\n" },
    { "empty file", "", 0, NULL, 0, 0, 0, "!empty-file@1\n" },
    { "only a bom", "\xEF\xBB\xBF", 0, NULL, 0, 0, 0, "!empty-file@1\n" },
    { "decoded twice", "don vi\nR\xC3\xA1\xC2\xBA\xC2\xA1" "ch Gi\xC3\x83\xC2\xA1\n", 0,
      NULL, 0, 0, 0, "1:don vi\n!decoded-twice@2:1\n2:Ráº¡ch GiÃ¡\n" },
    { "vni shown as latin-1", "don vi\nRa\xC3\xAF" "ch Gia\xC3\xB9\n", 0, NULL, 0,
      0, 0, "1:don vi\n!legacy-mojibake@2:1\n2:Raïch Giaù\n" },
    /* Fields decoded once are remembered: the same text again, and
     * problems said again on every row. */
    { "repeated fields", "a,b\nHo\xCC\x80n,x\xFFy\nHo\xCC\x80n,x\xFFy\nH\xC3\xB2n,1\n",
      0, "utf-8", 0, 0, 0, "1:a|b\n!invalid-bytes@2:2\n2:Hòn|x\xEF\xBF\xBDy\n"
      "!invalid-bytes@3:2\n3:Hòn|x\xEF\xBF\xBDy\n4:Hòn|1\n" },
    { "repeated mojibake", "don vi\nRa\xC3\xAF" "ch\nRa\xC3\xAF" "ch\n", 0, NULL, 0,
      0, 0, "1:don vi\n!legacy-mojibake@2:1\n2:Raïch\n!legacy-mojibake@3:1\n3:Raïch\n" },
    { "repeated cp1258", "don vi;y kien\nHo\xCCn;R\xE2\xECt\nHo\xCCn;R\xE2\xECt t\xF4\xECt\n",
      0, NULL, 0, 0, 0, "1:don vi|y kien\n2:Hòn|Rất\n3:Hòn|Rất tốt\n" },
};

START_TEST(test_reader_case)
{
    const reader_case *c = &cases[_i];
    static const size_t pieces[] = { 1 << 20, 7, 1 };
    /* ykien's tokenizer and libcsv, the reference, alike. */
    for (int parser = YK_CSV_TOKENIZER; parser <= YK_CSV_LIBCSV; parser++)
        for (size_t k = 0; k < sizeof pieces / sizeof pieces[0]; k++) {
            events e;
            run_case_parsed(c, 0, pieces[k], (yk_csv_parser)parser, &e);
            ck_assert_msg(strcmp(e.out, c->events) == 0,
                          "case '%s' (pieces of %zu, parser %d): got\n%s\nwant\n%s",
                          c->name, pieces[k], parser, e.out, c->events);
        }
}
END_TEST

/* The row limit, checked on every field: one long field or many short. */
START_TEST(test_reader_row_limit)
{
    static const reader_case cases_at_12[] = {
        { "one long field", "a,b\n1,0123456789\n5,6\n", 0, NULL, 0, 0, 0,
          "1:a|b\n!row-too-long@2\n3:5|6\n" },
        /* A line over the limit stops the first pass: no row is read. */
        { "many short fields", "a,b,c\n1,2,3,4,5,6,7\n7,8,9\n", 0, NULL, 0, 0, 0,
          "!row-too-long@2\n" },
        /* A row of several lines, each under the limit, is skipped. */
        { "a row of short lines", "a,b\n\"1\n2\n3\n4\",5678\n5,6\n", 0, NULL, 0, 0, 0,
          "1:a|b\n!row-too-long@2\n6:5|6\n" },
        { "just under", "a,b,c\n1,2,3,4,5,6\n", 0, NULL, 0, 0, 0,
          "1:a|b|c\n!ragged-row@2\n2:1|2|3|4|5|6\n" },
    };
    for (size_t i = 0; i < sizeof cases_at_12 / sizeof cases_at_12[0]; i++) {
        events e;
        run_case_limited(&cases_at_12[i], 12, 1 << 20, &e);
        ck_assert_msg(strcmp(e.out, cases_at_12[i].events) == 0, "case '%s': got\n%s",
                      cases_at_12[i].name, e.out);
    }
}
END_TEST

static int count_rows(void *ctx, const yk_row *row)
{
    (void)row;
    ++*(unsigned long *)ctx;
    return 0;
}

/* A field without end must stop the read near the limit, not eat memory. */
START_TEST(test_reader_runaway_field)
{
    static char big[300000];
    memset(big, 'x', sizeof big);
    memcpy(big, "a\n\"", 3);
    yk_read_options opt = { NULL, 0, 100000, 0, 0, YK_CSV_TOKENIZER };
    yk_memory m;
    yk_input in = yk_input_memory(&m, big, sizeof big);
    yk_reader *r;
    yk_format fmt;
    events e = { .len = 0 };
    unsigned long rows = 0;
    ck_assert_int_eq(yk_reader_new(&opt, on_diag, &e, &r), YK_OK);
    ck_assert_int_eq(yk_reader_sniff(r, "big.csv", &in, &fmt), YK_OK);
    ck_assert_int_eq(yk_reader_read(r, "big.csv", &in, &fmt, count_rows, &rows),
                     YK_ERR_LIMIT);
    ck_assert_uint_eq(rows, 1);
    ck_assert_str_eq(e.out, "!field-too-long@2\n");
    yk_reader_free(r);
}
END_TEST

/* An endless input, like /dev/zero: the same byte, a line end every
 * `line` bytes (0: never); counts what it gave. */
typedef struct {
    char byte;
    size_t line;
    unsigned long long given;
} endless;

static yk_status endless_read(void *ctx, char *buf, size_t cap, size_t *got)
{
    endless *z = ctx;
    for (size_t i = 0; i < cap; i++)
        buf[i] = z->line && (z->given + i) % z->line == z->line - 1 ? '\n' : z->byte;
    z->given += cap;
    *got = cap;
    return YK_OK;
}

static yk_status endless_rewind(void *ctx)
{
    ((endless *)ctx)->given = 0;
    return YK_OK;
}

/* The first pass must end on an endless input (issue 12, point 16): at the
 * first NUL byte, or at the first line over the row limit. */
START_TEST(test_reader_endless_input)
{
    static const struct {
        char byte;
        size_t line, max_row;
        yk_status want;
        const char *events;
    } endless_cases[] = {
        { '\0', 0, 0, YK_ERR_PARSE, "!nul-byte@1\n" },          /* /dev/zero */
        { '\0', 10, 0, YK_ERR_PARSE, "!nul-byte@1\n" },
        { 'a', 0, 1000, YK_ERR_LIMIT, "!row-too-long@1\n" },    /* no line end */
        { 'a', 5000, 1000, YK_ERR_LIMIT, "!row-too-long@1\n" },
    };
    for (size_t i = 0; i < sizeof endless_cases / sizeof endless_cases[0]; i++) {
        endless z = { endless_cases[i].byte, endless_cases[i].line, 0 };
        yk_input in = { endless_read, endless_rewind, &z };
        yk_read_options opt = { "utf-8", ',', 0, 0, endless_cases[i].max_row,
                                YK_CSV_TOKENIZER };
        yk_reader *r;
        yk_format fmt;
        events e = { .len = 0 };
        ck_assert_int_eq(yk_reader_new(&opt, on_diag, &e, &r), YK_OK);
        ck_assert_int_eq(yk_reader_sniff(r, "endless", &in, &fmt), endless_cases[i].want);
        ck_assert_str_eq(e.out, endless_cases[i].events);
        /* It stops within a few chunks of what it needs. */
        ck_assert_uint_lt(z.given, 1u << 20);
        yk_reader_free(r);
    }
}
END_TEST

static int stop_at_two(void *ctx, const yk_row *row)
{
    (void)ctx;
    return row->number == 2;
}

static int stop_at_number(void *ctx, const yk_row *row)
{
    return row->number == *(unsigned long *)ctx;
}

START_TEST(test_reader_stop)
{
    yk_memory m;
    yk_input in = yk_input_memory(&m, "a\n1\n2\n3\n", 8);
    yk_reader *r;
    yk_format fmt;
    ck_assert_int_eq(yk_reader_new(NULL, NULL, NULL, &r), YK_OK);
    ck_assert_int_eq(yk_reader_sniff(r, "s.csv", &in, &fmt), YK_OK);
    ck_assert_int_eq(yk_reader_read(r, "s.csv", &in, &fmt, stop_at_two, NULL),
                     YK_ERR_STOPPED);
    ck_assert_uint_eq(yk_reader_stats(r)->rows, 2);
    yk_reader_free(r);
}
END_TEST

/* The last row, without a line end, comes from libcsv's csv_fini: stopping
 * there must be reported too (found by the fuzzer). */
START_TEST(test_reader_stop_last_row)
{
    yk_memory m;
    yk_input in = yk_input_memory(&m, "a\n1\n2", 5);
    yk_reader *r;
    yk_format fmt;
    unsigned long stop_at = 3;
    ck_assert_int_eq(yk_reader_new(NULL, NULL, NULL, &r), YK_OK);
    ck_assert_int_eq(yk_reader_sniff(r, "s.csv", &in, &fmt), YK_OK);
    ck_assert_int_eq(yk_reader_read(r, "s.csv", &in, &fmt, stop_at_number, &stop_at),
                     YK_ERR_STOPPED);
    yk_reader_free(r);
}
END_TEST

/* A bad UTF-16 unit early in a file longer than one 64 KiB chunk: the rest
 * of the chunk waits while the next is read (found by the fuzzer: it
 * overflowed the stream's buffer). */
START_TEST(test_reader_utf16_bad_unit_long_file)
{
    enum { LINES = 20000 };
    static char file[2 + 8 + LINES * 4];
    memcpy(file, "\xFF\xFEx\0\x00\xD8\n\0", 8);   /* BOM, x, lone U+D800, LF */
    memcpy(file + 8, "y\0\n\0", 4);
    for (size_t i = 1; i < LINES; i++)
        memcpy(file + 8 + 4 * i, "a\0\n\0", 4);
    yk_memory m;
    yk_input in = yk_input_memory(&m, file, 8 + 4 * LINES);
    yk_reader *r;
    yk_format fmt;
    events e = { .len = 0 };
    unsigned long rows = 0;
    ck_assert_int_eq(yk_reader_new(NULL, on_diag, &e, &r), YK_OK);
    ck_assert_int_eq(yk_reader_sniff(r, "u.txt", &in, &fmt), YK_OK);
    ck_assert_int_eq(yk_reader_read(r, "u.txt", &in, &fmt, count_rows, &rows), YK_OK);
    ck_assert_uint_eq(rows, 1 + LINES);
    ck_assert_str_eq(e.out, "!invalid-bytes@1\n");
    yk_reader_free(r);
}
END_TEST

static const yk_read_stats *read_stats(yk_reader *r, const char *csv, size_t len)
{
    yk_memory m;
    yk_input in = yk_input_memory(&m, csv, len);
    yk_format fmt;
    ck_assert_int_eq(yk_reader_sniff(r, "m.csv", &in, &fmt), YK_OK);
    ck_assert_int_eq(yk_reader_read(r, "m.csv", &in, &fmt, NULL, NULL), YK_OK);
    return yk_reader_stats(r);
}

#define UTF8_ROW "R\xE1\xBA\xA1" "ch Gi\xC3\xA1,T\xE1\xBB\x91t\n"
#define CP1258_ROW "Ho\xCCn \xD0\xE2\xECt,R\xE2\xECt t\xF4\xECt\n"

/* The ranges of lines read in each encoding, in file order: an ASCII row
 * between two rows of one encoding does not cut its range. */
START_TEST(test_reader_mix_ranges)
{
    static const char csv[] = "don vi,y kien\n" UTF8_ROW UTF8_ROW CP1258_ROW
        "x,y\n" CP1258_ROW UTF8_ROW CP1258_ROW CP1258_ROW;
    yk_reader *r;
    char text[256];
    ck_assert_int_eq(yk_reader_new(NULL, NULL, NULL, &r), YK_OK);
    const yk_read_stats *s = read_stats(r, csv, sizeof csv - 1);
    ck_assert_uint_eq(s->n_mix, 2);
    yk_read_mix_text(&s->mix[0], text, sizeof text);
    ck_assert_str_eq(text, "UTF-8 on lines 2-3, 7 (3 rows)");
    yk_read_mix_text(&s->mix[1], text, sizeof text);
    ck_assert_str_eq(text, "CP1258 on lines 4-6, 8-9 (4 rows)");
    ck_assert_uint_eq(s->mix[1].fields, 8);
    ck_assert_uint_eq(s->mix[0].range[1].first, 7);
    ck_assert_uint_eq(s->mix[0].range[1].last, 7);
    yk_reader_free(r);
}
END_TEST

/* Past YK_MIX_RANGES ranges, the rest are counted; a one-encoding file
 * has no mix. */
START_TEST(test_reader_mix_many_ranges)
{
    char csv[4096] = "don vi,y kien\n";
    for (int i = 0; i < 10; i++) {
        strcat(csv, UTF8_ROW);
        strcat(csv, CP1258_ROW);
    }
    yk_reader *r;
    char text[256];
    ck_assert_int_eq(yk_reader_new(NULL, NULL, NULL, &r), YK_OK);
    const yk_read_stats *s = read_stats(r, csv, strlen(csv));
    ck_assert_uint_eq(s->n_mix, 2);
    ck_assert_uint_eq(s->mix[0].n_ranges, YK_MIX_RANGES);
    ck_assert_uint_eq(s->mix[0].more_ranges, 2);
    yk_read_mix_text(&s->mix[0], text, sizeof text);
    ck_assert_str_eq(text, "UTF-8 on lines 2, 4, 6, 8, 10, 12, 14, 16 and 2 more ranges (10 rows)");
    /* Cut short, the text stays NUL-terminated and says what it needed. */
    ck_assert_uint_eq(yk_read_mix_text(&s->mix[0], text, 8), strlen("UTF-8 on lines 2, 4, "
                      "6, 8, 10, 12, 14, 16 and 2 more ranges (10 rows)"));
    ck_assert_str_eq(text, "UTF-8 o");
    s = read_stats(r, "don vi\n" CP1258_ROW CP1258_ROW, strlen("don vi\n" CP1258_ROW CP1258_ROW));
    ck_assert_uint_eq(s->n_mix, 0);
    yk_reader_free(r);
}
END_TEST

/* Stray quotes are counted, one per field. */
START_TEST(test_reader_stray_quotes)
{
    static const char csv[] = "a,b\nx\"y\"z,\"p \"q\" r\"\n\"ok\"\"\",1\n";
    yk_reader *r;
    ck_assert_int_eq(yk_reader_new(NULL, NULL, NULL, &r), YK_OK);
    const yk_read_stats *s = read_stats(r, csv, sizeof csv - 1);
    ck_assert_uint_eq(s->stray_quotes, 2);
    ck_assert_uint_eq(s->warnings, 2);
    yk_reader_free(r);
}
END_TEST

START_TEST(test_reader_format)
{
    yk_memory m;
    const char *csv = "a;b\r\n1;2\r\n3;4\n";
    yk_input in = yk_input_memory(&m, csv, strlen(csv));
    yk_reader *r;
    yk_format fmt;
    ck_assert_int_eq(yk_reader_new(NULL, NULL, NULL, &r), YK_OK);
    ck_assert_int_eq(yk_reader_sniff(r, "f.csv", &in, &fmt), YK_OK);
    ck_assert_int_eq(fmt.delimiter, ';');
    ck_assert_int_eq(fmt.encoding, YK_ENC_UTF8);
    ck_assert_int_eq(fmt.bom, YK_BOM_NONE);
    ck_assert_uint_eq(fmt.crlf, 2);
    ck_assert_uint_eq(fmt.lf, 1);
    ck_assert_uint_eq(fmt.cr, 0);
    ck_assert_uint_eq(fmt.bytes, strlen(csv));
    yk_reader_free(r);
}
END_TEST

Suite *yk_suite_reader(void)
{
    Suite *s = suite_create("reader");
    TCase *tc = tcase_create("cases");
    tcase_add_loop_test(tc, test_reader_case, 0, sizeof cases / sizeof cases[0]);
    tcase_add_test(tc, test_reader_runaway_field);
    tcase_add_test(tc, test_reader_endless_input);
    tcase_add_test(tc, test_reader_row_limit);
    tcase_add_test(tc, test_reader_stop);
    tcase_add_test(tc, test_reader_format);
    tcase_add_test(tc, test_reader_mix_ranges);
    tcase_add_test(tc, test_reader_mix_many_ranges);
    tcase_add_test(tc, test_reader_stray_quotes);
    tcase_add_test(tc, test_reader_stop_last_row);
    tcase_add_test(tc, test_reader_utf16_bad_unit_long_file);
    suite_add_tcase(s, tc);
    return s;
}
