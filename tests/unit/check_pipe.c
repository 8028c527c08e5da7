/* One read on two threads (yk_pipe): the calls made on the calling thread
 * are the very calls the read made, in its order, whatever the batches. */
#include <check.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "suites.h"
#include "yk_buf.h"
#include "yk_pipe.h"

enum { HUGE_FIELD = 2 << 20, WIDE_ROW = 10000 };

/* A read made up from a seed: rows of 0 to 11 short fields, some empty,
 * diagnostics with and without a hint, and the source's text changing in
 * one buffer, as a workbook's sheet changes its name in place. */
typedef struct {
    unsigned long events;
    unsigned seed;
    unsigned long huge_every;   /* every so many rows a huge one (0: none) */
    int ignore_stop;            /* go on calling after being told to stop */
    unsigned long rows_made;
    unsigned long told_stop;    /* the row whose call said stop (1-based); 0 */
} script;

static char *huge_text(void)
{
    static char *text;
    if (!text && (text = malloc(HUGE_FIELD + 1)) != NULL) {
        for (size_t i = 0; i < HUGE_FIELD; i++)
            text[i] = (char)('a' + i % 26);
        text[HUGE_FIELD] = '\0';
    }
    return text;
}

/* The fields of a huge row: one field of 2 MiB, or 10,000 short ones. */
static size_t huge_row(unsigned x, yk_field *fields)
{
    if (x % 2) {
        fields[0] = (yk_field){ huge_text(), HUGE_FIELD };
        return 1;
    }
    for (size_t i = 0; i < WIDE_ROW; i++)
        fields[i] = (yk_field){ i % 3 ? "4" : "", i % 3 ? 1 : 0 };
    return WIDE_ROW;
}

static size_t short_row(unsigned x, char *text, yk_field *fields)
{
    size_t n = x % 12, used = 0;
    for (size_t i = 0; i < n; i++) {
        size_t len = (x >> (i % 16)) % 9;
        for (size_t k = 0; k < len; k++)
            text[used + k] = (char)('A' + (x + i + k) % 26);
        text[used + len] = '\0';
        fields[i] = (yk_field){ text + used, len };
        used += len + 1;
    }
    return n;
}

static void scripted_read(void *ctx, const yk_read_calls *to)
{
    script *sc = ctx;
    static yk_field fields[WIDE_ROW];
    char text[256], source[32], message[64];
    unsigned x = sc->seed;
    for (unsigned long e = 0; e < sc->events; e++) {
        x = x * 1103515245u + 12345u;
        snprintf(source, sizeof source, "file-%u.csv", (x >> 20) % 3);
        if ((x >> 16) % 5 == 0) {
            snprintf(message, sizeof message, "problem %lu", e);
            yk_diag d = { (x >> 8) % 2 ? YK_ERROR : YK_WARNING, "test-kind", source, e,
                          (x >> 9) % 4, message, (x >> 10) % 2 ? "a hint" : NULL };
            if (to->diag)
                to->diag(to->diag_ctx, &d);
            continue;
        }
        sc->rows_made++;
        int huge = sc->huge_every && sc->rows_made % sc->huge_every == 0;
        size_t n = huge ? huge_row(x >> 3, fields) : short_row(x >> 3, text, fields);
        yk_row row = { source, e + 1, sc->rows_made, n, fields };
        int stop = to->row(to->row_ctx, &row);
        if (stop && !sc->told_stop)
            sc->told_stop = sc->rows_made;
        if (stop && !sc->ignore_stop)
            return;
    }
}

/* The calls as text, and whether each field and source was whole. */
typedef struct {
    yk_buf log;
    unsigned long rows, stop_at;    /* return nonzero at that row (0: never) */
    int broken;
} recorder;

static void say(recorder *r, const char *s, size_t n)
{
    ck_assert_int_eq(yk_buf_append(&r->log, s, n), YK_OK);
}

static void say_text(recorder *r, const char *s)
{
    say(r, s ? s : "(null)", s ? strlen(s) : 6);
}

static int record_row(void *ctx, const yk_row *row)
{
    recorder *r = ctx;
    char head[96];
    say(r, head, (size_t)snprintf(head, sizeof head, "row %lu %lu %zu ", row->line,
                                  row->number, row->n));
    say_text(r, row->source);
    for (size_t i = 0; i < row->n; i++) {
        r->broken |= row->fields[i].s[row->fields[i].len] != '\0';
        say(r, "|", 1);
        say(r, row->fields[i].s, row->fields[i].len);
    }
    say(r, "\n", 1);
    return ++r->rows == r->stop_at;
}

static void record_diag(void *ctx, const yk_diag *d)
{
    recorder *r = ctx;
    char head[96];
    say(r, head, (size_t)snprintf(head, sizeof head, "diag %d %s %lu %lu ", (int)d->severity,
                                  d->kind, d->line, d->column));
    say_text(r, d->source);
    say(r, " ", 1);
    say_text(r, d->message);
    say(r, " ", 1);
    say_text(r, d->hint);
    say(r, "\n", 1);
}

/* The calls made when sc reads straight into a recorder (stopping when
 * told), and through a pipe of opts: both logs, and what the read saw
 * through the pipe. */
static void both_ways(const script *sc, const yk_pipe_options *opts, unsigned long stop_at,
                      int diags, recorder *direct, recorder *piped, script *seen)
{
    script one = *sc;
    one.ignore_stop = 0;        /* as a reader on one thread stops */
    *direct = (recorder){ .stop_at = stop_at };
    *piped = (recorder){ .stop_at = stop_at };
    yk_read_calls to = { record_row, direct, diags ? record_diag : NULL, direct };
    scripted_read(&one, &to);
    *seen = *sc;
    to.row_ctx = to.diag_ctx = piped;
    ck_assert_int_eq(yk_pipe_run(opts, scripted_read, seen, &to), YK_OK);
    say(direct, "", 1);         /* NUL-ended, for strstr */
    say(piped, "", 1);
    ck_assert_int_eq(direct->broken, 0);
    ck_assert_int_eq(piped->broken, 0);
}

static void assert_same(const recorder *a, const recorder *b)
{
    ck_assert_uint_eq(a->log.len, b->log.len);
    ck_assert(a->log.len == 0 || memcmp(a->log.data, b->log.data, a->log.len) == 0);
}

static void free_logs(recorder *a, recorder *b)
{
    yk_buf_free(&a->log);
    yk_buf_free(&b->log);
}

/* Batches of one record (1 byte: every record is "too big") to the
 * default: the same calls in the same order, diagnostics between rows. */
START_TEST(test_same_calls)
{
    static const yk_pipe_options opts[] = { { 0, 0 }, { 1, 2 }, { 256, 2 }, { 4096, 3 },
                                            { 100000, 8 } };
    script sc = { .events = 20000, .seed = 7 };
    for (size_t i = 0; i < sizeof opts / sizeof opts[0]; i++) {
        recorder direct, piped;
        script seen;
        both_ways(&sc, &opts[i], 0, 1, &direct, &piped, &seen);
        assert_same(&direct, &piped);
        ck_assert(strstr(direct.log.data, "diag 1 test-kind") != NULL);
        ck_assert_uint_eq(seen.told_stop, 0);
        free_logs(&direct, &piped);
    }
}
END_TEST

/* Rows of 2 MiB and of 10,000 fields among small ones, through batches
 * far smaller: each gets a batch of its own, then batches shrink back. */
START_TEST(test_huge_rows)
{
    script sc = { .events = 3000, .seed = 11, .huge_every = 97 };
    yk_pipe_options opts = { 1024, 2 };
    recorder direct, piped;
    script seen;
    both_ways(&sc, &opts, 0, 1, &direct, &piped, &seen);
    assert_same(&direct, &piped);
    ck_assert_uint_gt(direct.log.len, 10u * HUGE_FIELD);
    free_logs(&direct, &piped);
}
END_TEST

/* A row call that says stop is the last call made, as on one thread, and
 * the read is told to stop: at that row when it is the first of its
 * batch, else at most a few batches later. */
START_TEST(test_stop)
{
    static const unsigned long stops[] = { 1, 2, 500, 15000 };
    for (size_t i = 0; i < sizeof stops / sizeof stops[0]; i++) {
        script sc = { .events = 20000, .seed = 3 };
        yk_pipe_options opts = { 512, 2 };
        recorder direct, piped;
        script seen;
        both_ways(&sc, &opts, stops[i], 1, &direct, &piped, &seen);
        assert_same(&direct, &piped);
        ck_assert_uint_eq(piped.rows, stops[i]);
        ck_assert_uint_ge(seen.told_stop, stops[i]);
        ck_assert_uint_lt(seen.rows_made, stops[i] + 50);   /* two small batches ahead */
        free_logs(&direct, &piped);
    }
}
END_TEST

/* A read that goes on calling after it was told to stop gets stop again,
 * and none of those calls is made. */
START_TEST(test_stop_ignored)
{
    script sc = { .events = 5000, .seed = 5, .ignore_stop = 1 };
    yk_pipe_options opts = { 300, 2 };
    recorder direct, piped;
    script seen;
    both_ways(&sc, &opts, 40, 1, &direct, &piped, &seen);
    assert_same(&direct, &piped);
    ck_assert_uint_eq(piped.rows, 40);
    ck_assert_uint_gt(seen.rows_made, 1000);     /* it read on to its end */
    free_logs(&direct, &piped);
}
END_TEST

/* A read that makes no call (an empty file): none is made. */
START_TEST(test_empty)
{
    script sc = { .events = 0, .seed = 1 };
    recorder direct, piped;
    script seen;
    both_ways(&sc, NULL, 0, 1, &direct, &piped, &seen);
    ck_assert_uint_eq(piped.log.len, 1);
    free_logs(&direct, &piped);
}
END_TEST

/* No diag function: the read is given none either, and the rows come. */
START_TEST(test_no_diags)
{
    script sc = { .events = 2000, .seed = 9 };
    recorder direct, piped;
    script seen;
    both_ways(&sc, NULL, 0, 0, &direct, &piped, &seen);
    assert_same(&direct, &piped);
    ck_assert(strstr(piped.log.data, "diag") == NULL);
    free_logs(&direct, &piped);
}
END_TEST

/* Rows, then one too large to copy (a length no memory holds, as when
 * memory runs out), then more rows. */
static void read_then_too_large(void *ctx, const yk_read_calls *to)
{
    unsigned long *told_stop = ctx;
    yk_field f = { "4", 1 };
    for (unsigned long i = 1; i <= 300; i++) {
        yk_row row = { "a.csv", i, i, 1, &f };
        if (i == 200)
            f.len = SIZE_MAX / 2;   /* its bytes are never read: refused first */
        if (to->row(to->row_ctx, &row) && !*told_stop)
            *told_stop = i;
        f.len = 1;
    }
}

/* A row that cannot be copied ends the calls before it, says so
 * (YK_ERR_NOMEM) and tells the read to stop: no hang, no row lost
 * silently. */
START_TEST(test_out_of_memory)
{
    unsigned long told_stop = 0;
    recorder r = { 0 };
    yk_read_calls to = { record_row, &r, record_diag, &r };
    yk_pipe_options opts = { 512, 2 };
    ck_assert_int_eq(yk_pipe_run(&opts, read_then_too_large, &told_stop, &to), YK_ERR_NOMEM);
    ck_assert_uint_eq(r.rows, 199);
    ck_assert_uint_eq(told_stop, 200);
    yk_buf_free(&r.log);
}
END_TEST

Suite *yk_suite_pipe(void)
{
    Suite *s = suite_create("pipe");
    TCase *tc = tcase_create("pipe");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, test_same_calls);
    tcase_add_test(tc, test_huge_rows);
    tcase_add_test(tc, test_stop);
    tcase_add_test(tc, test_stop_ignored);
    tcase_add_test(tc, test_empty);
    tcase_add_test(tc, test_no_diags);
    tcase_add_test(tc, test_out_of_memory);
    suite_add_tcase(s, tc);
    return s;
}
