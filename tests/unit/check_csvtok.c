/* The CSV tokenizer: each case is an input and the exact events libcsv
 * gives for it (csv_parse + csv_fini, lenient, no byte a space).  Every
 * case is also read in every split into two chunks and byte by byte: the
 * events must not change (but over the limit, which stops reading at the
 * end of a line or of a chunk, as the reader checks libcsv's buffer).
 *
 * Events: [text] a field, /L the end of a row that began on line L,
 * !q0 a quote kept in an unquoted field, !q1 one kept after a quote that
 * did not end a quoted field; then "= STATUS line L blank B" (ok,
 * stopped, limit) and, after
 * the finish, "open" when a quoted field was never closed. */
#include <check.h>
#include <string.h>
#include "events.h"
#include "suites.h"
#include "yk_csvtok.h"

typedef struct {
    char out[1024];
    size_t len;
    unsigned long stop_at;      /* 0: never */
    unsigned long rows;
    const yk_csvtok *t;
} events;

static void on_field(void *ctx, const char *p, size_t len)
{
    events *e = ctx;
    add(e, "[%.*s]", (int)len, p);
}

static int on_row(void *ctx)
{
    events *e = ctx;
    add(e, "/%lu", yk_csvtok_where(e->t)->row_line);
    return e->stop_at && ++e->rows == e->stop_at;
}

static void on_stray_quote(void *ctx, int quoted)
{
    events *e = ctx;
    add(e, "!q%d", quoted);
}

typedef struct {
    const char *name, *input;
    int delimiter;
    size_t max_held;            /* 0: large */
    unsigned long stop_at;
    const char *events;
} tok_case;

static const tok_case cases[] = {
    { "plain", "a,b\n1,2\n", ',', 0, 0, "[a][b]/1[1][2]/2= ok line 3 blank 0" },
    { "no final line end", "a,b\n1,2", ',', 0, 0, "[a][b]/1[1]= ok line 2 blank 0[2]/2" },
    { "empty lines give no row", "\n\na\n\r\n", ',', 0, 0, "[a]/3= ok line 5 blank 3" },
    { "crlf", "a\r\nb\r\n", ',', 0, 0, "[a]/1[b]/2= ok line 3 blank 0" },
    { "lone cr", "a\rb", ',', 0, 0, "[a]/1= ok line 2 blank 0[b]/2" },
    { "lf cr", "a\n\rb", ',', 0, 0, "[a]/1= ok line 3 blank 1[b]/3" },
    { "empty fields", ",a,,\n,\n", ',', 0, 0, "[][a][][]/1[][]/2= ok line 3 blank 0" },
    { "a delimiter at the end", "a,", ',', 0, 0, "[a]= ok line 1 blank 0[]/1" },
    { "spaces are data", " a , \" b\" \n", ',', 0, 0,
      "[ a ]!q0!q0[ \" b\" ]/1= ok line 2 blank 0" },
    { "quote inside an unquoted field", "a\"b\"c,d\n", ',', 0, 0,
      "!q0!q0[a\"b\"c][d]/1= ok line 2 blank 0" },
    { "quote ending an unquoted field", "x\",y\n", ',', 0, 0, "!q0[x\"][y]/1= ok line 2 blank 0" },
    { "doubled quotes", "\"a\"\"b\",\"\"\"\"\n", ',', 0, 0, "[a\"b][\"]/1= ok line 2 blank 0" },
    { "empty quoted", "\"\",\"\"\n", ',', 0, 0, "[][]/1= ok line 2 blank 0" },
    { "quote not doubled", "\"a\"b\",c\n", ',', 0, 0, "!q1[a\"b][c]/1= ok line 2 blank 0" },
    { "text after a closing quote", "\"ab\"cd,e\n", ',', 0, 0,
      "!q1= ok line 2 blank 0 open[ab\"cd,e\n]/1" },
    { "three quotes", "\"a\"\"\"b,c\n", ',', 0, 0, "!q1= ok line 2 blank 0 open[a\"\"b,c\n]/1" },
    { "line ends inside quotes", "\"a\r\nb\n\rc\",d\ne\n", ',', 0, 0,
      "[a\r\nb\n\rc][d]/1[e]/5= ok line 6 blank 0" },
    { "delimiter inside quotes", "\"a,b\",c\n", ',', 0, 0, "[a,b][c]/1= ok line 2 blank 0" },
    { "quote open at the end", "a\n\"xy\nz", ',', 0, 0, "[a]/1= ok line 3 blank 0 open[xy\nz]/2" },
    { "quote open, line end last", "\"xy\n", ',', 0, 0, "= ok line 2 blank 0 open[xy\n]/1" },
    { "closing quote last", "\"ab\"", ',', 0, 0, "= ok line 1 blank 0[ab]/1" },
    { "doubled quote last", "\"ab\"\"", ',', 0, 0, "= ok line 1 blank 0 open[ab\"]/1" },
    { "another delimiter", "a;b,c\t\n", ';', 0, 0, "[a][b,c\t]/1= ok line 2 blank 0" },
    { "tab", "a\t\"b\tc\"\n", '\t', 0, 0, "[a][b\tc]/1= ok line 2 blank 0" },
    { "stop after a row", "a\nb\nc\n", ',', 0, 2, "[a]/1[b]/2= stopped line 3 blank 0" },
    { "stop at the last row", "a\nb", ',', 0, 2, "[a]/1= ok line 2 blank 0[b]/2" },
    /* Over the limit the line is read to its end, then reading stops. */
    { "unquoted field over the limit", "abcdef,g\nh\n", ',', 4, 0,
      "[abcdef][g]/1= limit line 2 blank 0" },
    { "just under the limit", "abcd,g\nhijk\n", ',', 5, 0,
      "[abcd][g]/1[hijk]/2= ok line 3 blank 0" },
    { "quoted field over the limit", "\"abcdef\nxyz\",1\n", ',', 4, 0, "= limit line 2 blank 0" },
    { "quoted field up to the limit", "\"ab\"\n", ',', 3, 0, "[ab]/1= limit line 2 blank 0" },
    { "quoted field under the limit", "\"ab\"\n", ',', 4, 0, "[ab]/1= ok line 2 blank 0" },
};

static void run(const tok_case *c, const size_t *cuts, size_t ncuts, events *e)
{
    yk_csvtok *t;
    size_t n = strlen(c->input), from = 0;
    memset(e, 0, sizeof *e);
    e->stop_at = c->stop_at;
    ck_assert_int_eq(yk_csvtok_new(&t), YK_OK);
    ck_assert_int_eq(yk_csvtok_start(t, c->delimiter, c->max_held ? c->max_held : 1 << 20),
                     YK_OK);
    e->t = t;
    yk_csvtok_fns fns = { on_field, on_row, on_stray_quote, e };
    yk_status st = YK_OK;
    for (size_t k = 0; k <= ncuts && st == YK_OK; k++) {
        size_t to = k < ncuts ? cuts[k] : n;
        st = yk_csvtok_parse(t, c->input + from, to - from, &fns);
        from = to;
    }
    const yk_csvtok_pos *at = yk_csvtok_where(t);
    add(e, "= %s line %lu blank %lu", st == YK_OK ? "ok" : st == YK_ERR_STOPPED ? "stopped"
                                       : st == YK_ERR_LIMIT ? "limit" : "other",
        at->line, at->blank_lines);
    if (st == YK_OK) {
        if (yk_csvtok_open_quote(t))
            add(e, " open");
        yk_csvtok_finish(t, &fns);
    }
    yk_csvtok_free(t);
}

START_TEST(test_csvtok_case)
{
    const tok_case *c = &cases[_i];
    size_t n = strlen(c->input), cuts[64];
    events e;
    run(c, NULL, 0, &e);
    ck_assert_msg(strcmp(e.out, c->events) == 0, "case '%s': got\n%s\nwant\n%s",
                  c->name, e.out, c->events);
    if (c->max_held)
        return;
    for (size_t cut = 0; cut <= n; cut++) {
        run(c, &cut, 1, &e);
        ck_assert_msg(strcmp(e.out, c->events) == 0, "case '%s' cut at %zu: got\n%s",
                      c->name, cut, e.out);
    }
    ck_assert(n < sizeof cuts / sizeof cuts[0]);
    for (size_t i = 0; i < n; i++)
        cuts[i] = i + 1;
    run(c, cuts, n, &e);
    ck_assert_msg(strcmp(e.out, c->events) == 0, "case '%s' byte by byte: got\n%s",
                  c->name, e.out);
}
END_TEST

/* Delimiters that only libcsv reads are refused, so the reader uses it. */
START_TEST(test_csvtok_refused)
{
    yk_csvtok *t;
    ck_assert_int_eq(yk_csvtok_new(&t), YK_OK);
    ck_assert_int_eq(yk_csvtok_start(t, '"', 100), YK_ERR_ARGUMENT);
    ck_assert_int_eq(yk_csvtok_start(t, '\n', 100), YK_ERR_ARGUMENT);
    ck_assert_int_eq(yk_csvtok_start(t, '\r', 100), YK_ERR_ARGUMENT);
    ck_assert_int_eq(yk_csvtok_start(t, ',', 0), YK_ERR_ARGUMENT);
    ck_assert_int_eq(yk_csvtok_start(t, ',', 100), YK_OK);
    yk_csvtok_free(t);
    yk_csvtok_free(NULL);
}
END_TEST

Suite *yk_suite_csvtok(void)
{
    Suite *s = suite_create("csvtok");
    TCase *tc = tcase_create("csvtok");
    tcase_add_loop_test(tc, test_csvtok_case, 0, sizeof cases / sizeof cases[0]);
    tcase_add_test(tc, test_csvtok_refused);
    suite_add_tcase(s, tc);
    return s;
}
