/* Tallies: counts, exact sums, scales, merging, and tally files that read
 * back to the same bytes. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "suites.h"
#include "tally_fixture.h"

static const char survey[] =
    "type,name,label,scale,reverse\n"
    "select_one unit,unit,Đơn vị,,\n"
    "select_one agree,a1,Một,s,\n"
    "select_one agree,a2,Hai,s,yes\n"
    "select_multiple ch,ch,Kênh,,\n"
    "decimal,x,Số,,\n";
static const char choices[] =
    "list_name,name,label,not_opinion\n"
    "unit,u1,Hòn Đất,\nunit,u2,Hà Tiên,\n"
    "agree,1,Không,\nagree,2,Phân vân,\nagree,3,Có,\nagree,9,Khó trả lời,yes\n"
    "ch,p,Báo in,\nch,t,TV,\n";

static yk_form *form_of(void)
{
    return yk_test_form(survey, choices);
}

/* A tally of csv, grouped by group, counting parts; the form stays the
 * caller's. */
static yk_tally *tally_made(const yk_form *form, const char *group, unsigned parts,
                            const char *round, const char *csv)
{
    yk_form_text text = { survey, choices, NULL, strlen(survey), strlen(choices), 0 };
    yk_tally *t;
    ck_assert_int_eq(yk_tally_new(form, &text, group, &t), YK_OK);
    ck_assert_int_eq(yk_tally_set_parts(t, parts), YK_OK);
    yk_test_add_rows(t, form, round, csv, strlen(csv));
    return t;
}

static yk_tally *tally_grouped(const yk_form *form, const char *group, const char *round,
                               const char *csv)
{
    return tally_made(form, group, YK_TALLY_ALL, round, csv);
}

static yk_tally *tally_of(const yk_form *form, const char *round, const char *csv)
{
    return tally_grouped(form, "unit", round, csv);
}

static yk_tally *tally_parts(const yk_form *form, unsigned parts, const char *csv)
{
    return tally_made(form, "unit", parts, "2014", csv);
}

static yk_status to_buf(void *ctx, const char *p, size_t n)
{
    return yk_buf_append(ctx, p, n);
}

static void save(const yk_tally *t, yk_buf *out)
{
    yk_buf_clear(out);
    ck_assert_int_eq(yk_tally_save(t, (yk_output){ to_buf, out }), YK_OK);
}

/* x and y save to the same bytes. */
static void assert_saves_alike(const yk_tally *x, const yk_tally *y)
{
    yk_buf a = { 0 }, b = { 0 };
    save(x, &a);
    save(y, &b);
    ck_assert_uint_eq(a.len, b.len);
    ck_assert(memcmp(a.data, b.data, a.len) == 0);
    yk_buf_free(&a);
    yk_buf_free(&b);
}

#define HEAD "unit,a1,a2,ch,x\n"
static const char first[] = HEAD "u1,1,3,p t,0.1\nu1,3,1,t,0.1\nu2,9,2,,\n";
static const char second[] = HEAD "u1,2,2,p,0.1\n,3,,p,\"2,5\"\nu2,2,x,t,0.1\n";

/* An age bounded 16 to 20 has each value counted (for a histogram), by a
 * count anyone can check: 16, 16, 18, 20 and a blank; they survive a save
 * and a load, merge like the rest, and a version 1 file without them
 * still loads (its values read 0). */
START_TEST(test_value_counts)
{
    static const char sv[] = "type,name,label,min,max\ninteger,age,Tuổi,16,20\n"
                             "integer,wide,Số,0,1000\n";
    static const char ch[] = "list_name,name,label\n";
    yk_form *form = yk_test_form(sv, ch);
    yk_form_text text = { sv, ch, NULL, strlen(sv), strlen(ch), 0 };
    const char csv[] = "age,wide\n16,1\n16,2\n18,3\n20,4\n,5\n";
    yk_tally *t;
    ck_assert_int_eq(yk_tally_new(form, &text, NULL, &t), YK_OK);
    yk_test_add_rows(t, form, "2014", csv, strlen(csv));
    int64_t lowest, v[5];
    size_t n;
    ck_assert_int_eq(yk_tally_value_range(t, 0, &lowest, &n), YK_OK);
    ck_assert(lowest == 16 && n == 5);
    ck_assert_int_eq(yk_tally_value_range(t, 1, &lowest, &n), YK_ERR_ARGUMENT);
    ck_assert_int_eq(yk_tally_values(t, 0, SIZE_MAX, 0, v), YK_OK);
    ck_assert(v[0] == 2 && v[1] == 0 && v[2] == 1 && v[3] == 0 && v[4] == 1);
    /* Saved and read back: the same counts; merged with itself: twice. */
    yk_buf b = { 0 };
    save(t, &b);
    ck_assert_int_eq(strncmp(b.data, "ykien-tally 4\n", 14), 0);
    yk_memory mb;
    yk_input bin = yk_input_memory(&mb, b.data, b.len);
    yk_tally *back;
    ck_assert_int_eq(yk_tally_load("t.ykt", &bin, NULL, NULL, &back), YK_OK);
    ck_assert_int_eq(yk_tally_merge(back, t), YK_OK);
    ck_assert_int_eq(yk_tally_values(back, 0, SIZE_MAX, 0, v), YK_OK);
    ck_assert(v[0] == 4 && v[1] == 0 && v[2] == 2 && v[3] == 0 && v[4] == 2);
    yk_tally_free(back);
    /* Version 1: no v lines (nor version 3's w lines). */
    b.data[12] = '1';
    for (const char *tag = "\nv age"; tag; tag = strcmp(tag, "\nv age") ? NULL : "\nw wide") {
        char *vline = strstr(b.data, tag);
        ck_assert_ptr_nonnull(vline);
        char *end = strchr(vline + 1, '\n');
        memmove(vline, end, (size_t)(b.data + b.len - end));
        b.len -= (size_t)(end - vline);
    }
    bin = yk_input_memory(&mb, b.data, b.len);
    ck_assert_int_eq(yk_tally_load("t.ykt", &bin, NULL, NULL, &back), YK_OK);
    ck_assert_int_eq(yk_tally_values(back, 0, SIZE_MAX, 0, v), YK_OK);
    ck_assert(v[0] == 0 && v[2] == 0);
    yk_tally_free(back);
    yk_buf_free(&b);
    yk_tally_free(t);
    yk_form_free(form);
}
END_TEST

/* ---- distinct values of unbounded integers (issue 11, point 6) ---- */

static const char age_survey[] = "type,name,label\nselect_one unit,unit,Đơn vị\n"
                                 "integer,age,Tuổi\n";
static const char age_choices[] = "list_name,name,label\nunit,u1,A\nunit,u2,B\n";

/* A tally of the ages from..to (step 1) in unit u1, each `times` times,
 * plus the extra CSV rows. */
static yk_tally *ages(const yk_form *form, int from, int to, int times, const char *extra)
{
    yk_buf csv = { 0 };
    char line[64];
    yk_buf_append(&csv, "unit,age\n", 9);
    for (int t = 0; t < times; t++)
        for (int a = from; a <= to; a++) {
            int n = snprintf(line, sizeof line, "u1,%d\n", a);
            yk_buf_append(&csv, line, (size_t)n);
        }
    yk_buf_append(&csv, extra, strlen(extra));
    yk_buf_append(&csv, "", 1);
    yk_form_text text = { age_survey, age_choices, NULL, strlen(age_survey),
                          strlen(age_choices), 0 };
    yk_tally *t;
    ck_assert_int_eq(yk_tally_new(form, &text, "unit", &t), YK_OK);
    yk_test_add_rows(t, form, "2024", csv.data, csv.len - 1);
    yk_buf_free(&csv);
    return t;
}

/* How many distinct values group g (SIZE_MAX: all) has, or -1 for dropped. */
static long distinct(const yk_tally *t, size_t g)
{
    int64_t *v, *c;
    size_t n;
    yk_status st = yk_tally_value_counts(t, 0, g, 1, &v, &c, &n);
    free(v);
    free(c);
    ck_assert(st == YK_OK || st == YK_ERR_LIMIT);
    return st == YK_OK ? (long)n : -1;
}

START_TEST(test_distinct_values)
{
    yk_form *form = yk_test_form(age_survey, age_choices);
    /* By hand: u1 answers 19, 23, 23, 31; u2 45 and 19; a blank. */
    yk_tally *t = ages(form, 0, -1, 0, "u1,19\nu1,23\nu1,23\nu1,31\nu2,45\nu2,19\nu2,\n");
    int64_t *v, *c;
    size_t n;
    ck_assert_int_eq(yk_tally_value_counts(t, 0, SIZE_MAX, 1, &v, &c, &n), YK_OK);
    ck_assert_uint_eq(n, 4);
    ck_assert(v[0] == 19 && c[0] == 2 && v[1] == 23 && c[1] == 2 && v[2] == 31 && c[2] == 1 &&
              v[3] == 45 && c[3] == 1);
    free(v), free(c);
    ck_assert_int_eq(yk_tally_value_counts(t, 0, 1, 1, &v, &c, &n), YK_OK);
    ck_assert(n == 2 && v[0] == 19 && v[1] == 45);
    free(v), free(c);
    ck_assert_int_eq(yk_tally_value_counts(t, 0, 0, 0, &v, &c, &n), YK_ERR_ARGUMENT);
    /* Saved, read back, saved again: the same bytes, with a w line. */
    yk_buf a = { 0 }, b = { 0 };
    save(t, &a);
    ck_assert_ptr_nonnull(strstr(a.data, "\nw age 19 1 23 2 31 1\n"));
    yk_memory m;
    yk_input in = yk_input_memory(&m, a.data, a.len);
    yk_tally *back;
    ck_assert_int_eq(yk_tally_load("t.ykt", &in, NULL, NULL, &back), YK_OK);
    save(back, &b);
    ck_assert(a.len == b.len && memcmp(a.data, b.data, a.len) == 0);
    yk_tally_free(back);
    yk_tally_free(t);
    /* The cap: 1000 distinct values are kept, 1001 are dropped. */
    t = ages(form, 1, YK_TALLY_MAX_DISTINCT, 1, "u2,5\n");
    ck_assert_int_eq(distinct(t, 0), YK_TALLY_MAX_DISTINCT);
    yk_tally_free(t);
    t = ages(form, 0, YK_TALLY_MAX_DISTINCT, 1, "u2,5\n");
    ck_assert_int_eq(distinct(t, 0), -1);
    ck_assert_int_eq(distinct(t, 1), 1);
    ck_assert_int_eq(distinct(t, SIZE_MAX), -1);
    save(t, &a);
    ck_assert_ptr_nonnull(strstr(a.data, "\nw age -\n"));
    in = yk_input_memory(&m, a.data, a.len);
    ck_assert_int_eq(yk_tally_load("t.ykt", &in, NULL, NULL, &back), YK_OK);
    ck_assert_int_eq(distinct(back, 0), -1);
    yk_tally_free(back);
    yk_tally_free(t);
    /* Merging decides as one pass would: halves of 600 values that share
     * 200 make 1000 (kept); disjoint halves make 1200 (dropped), in
     * either order, as the one pass over 1200 values does. */
    yk_tally *h1 = ages(form, 1, 600, 2, ""), *h2 = ages(form, 401, 1000, 1, "");
    ck_assert_int_eq(yk_tally_merge(h1, h2), YK_OK);
    ck_assert_int_eq(distinct(h1, 0), 1000);
    ck_assert_int_eq(yk_tally_value_counts(h1, 0, 0, 1, &v, &c, &n), YK_OK);
    ck_assert(v[0] == 1 && c[0] == 2 && v[500] == 501 && c[500] == 3 && v[999] == 1000 &&
              c[999] == 1);
    free(v), free(c);
    yk_tally_free(h1);
    yk_tally_free(h2);
    h1 = ages(form, 1, 600, 1, "");
    h2 = ages(form, 601, 1200, 1, "");
    ck_assert_int_eq(yk_tally_merge(h2, h1), YK_OK);
    ck_assert_int_eq(distinct(h2, 0), -1);
    yk_tally_free(h1);
    yk_tally_free(h2);
    yk_buf_free(&a);
    yk_buf_free(&b);
    yk_form_free(form);
}
END_TEST

/* A w line that no tally could have written is refused. */
START_TEST(test_distinct_values_hostile)
{
    yk_form *form = yk_test_form(age_survey, age_choices);
    yk_tally *t = ages(form, 0, -1, 0, "u1,19\nu1,23\nu1,23\n");
    yk_buf a = { 0 };
    save(t, &a);
    static const char *const good = "w age 19 1 23 2\n";
    static const char *const bad_lines[] = {
        "w age 23 2 19 1\n",        /* not ascending */
        "w age 19 1 23 1\n",        /* does not add up to n = 3 */
        "w age 19 1 23 0 24 2\n",   /* a zero count */
        "w age 19 1 23.5 2\n",      /* not a whole value */
        "w age 19 1 23\n",          /* not pairs */
        "w age 18 1 23 2\n",        /* not from the minimum */
        "w unit 19 1 23 2\n",       /* not an integer question */
    };
    char *at = strstr(a.data, good);
    ck_assert_ptr_nonnull(at);
    for (size_t i = 0; i < sizeof bad_lines / sizeof bad_lines[0]; i++) {
        yk_buf b = { 0 };
        yk_buf_append(&b, a.data, (size_t)(at - a.data));
        yk_buf_append(&b, bad_lines[i], strlen(bad_lines[i]));
        const char *rest = at + strlen(good);
        yk_buf_append(&b, rest, (size_t)(a.data + a.len - rest));
        yk_memory m;
        yk_input in = yk_input_memory(&m, b.data, b.len);
        yk_tally *back = NULL;
        ck_assert_msg(yk_tally_load("t.ykt", &in, NULL, NULL, &back) == YK_ERR_PARSE,
                      "accepted %s", bad_lines[i]);
        ck_assert_ptr_null(back);
        yk_buf_free(&b);
    }
    /* A version 2 file has no w lines: one there is refused too. */
    a.data[12] = '2';
    yk_memory m;
    yk_input in = yk_input_memory(&m, a.data, a.len);
    yk_tally *back = NULL;
    ck_assert_int_eq(yk_tally_load("t.ykt", &in, NULL, NULL, &back), YK_ERR_PARSE);
    yk_buf_free(&a);
    yk_tally_free(t);
    yk_form_free(form);
}
END_TEST

START_TEST(test_counts_and_sums)
{
    yk_form *form = form_of();
    yk_tally *t = tally_of(form, "2014", first);
    int64_t c[16];
    ck_assert_uint_eq(yk_tally_n_rounds(t), 1);
    ck_assert_uint_eq(yk_tally_n_groups(t), 3);      /* u1, u2, no unit */
    ck_assert_int_eq(yk_tally_responses(t, 0, SIZE_MAX), 3);
    ck_assert_int_eq(yk_tally_counts(t, 0, 0, 1, c), YK_OK);     /* a1 in u1 */
    /* choices 1 2 3 9, blank, invalid, answered */
    ck_assert(c[0] == 1 && c[1] == 0 && c[2] == 1 && c[3] == 0 && c[4] == 0 &&
              c[5] == 0 && c[6] == 2);
    ck_assert_int_eq(yk_tally_counts(t, 0, SIZE_MAX, 3, c), YK_OK);  /* ch, all */
    /* p t, blank, invalid, answered */
    ck_assert(c[0] == 1 && c[1] == 2 && c[2] == 1 && c[3] == 0 && c[4] == 2);
    yk_tally_numbers x;
    ck_assert_int_eq(yk_tally_numbers_of(t, 0, 0, 4, &x), YK_OK);
    /* 0.1 + 0.1 exactly, in millionths: 200000 */
    ck_assert(x.n == 2 && x.sum == 200000 && x.sumsq == 20000000000LL &&
              x.min == 100000 && x.max == 100000);
    yk_tally_free(t);
    yk_form_free(form);
}
END_TEST

/* Merged halves are the whole, to the byte, in either order. */
START_TEST(test_merge_is_exact)
{
    char both[512];
    snprintf(both, sizeof both, "%s%s", first, second + strlen(HEAD));
    yk_form *form = form_of();
    yk_tally *whole = tally_of(form, "2014", both);
    yk_tally *h1 = tally_of(form, "2014", first), *h2 = tally_of(form, "2014", second);
    ck_assert_int_eq(yk_tally_merge(h2, h1), YK_OK);
    assert_saves_alike(whole, h2);
    yk_tally_free(whole);
    yk_tally_free(h1);
    yk_tally_free(h2);
    yk_form_free(form);
}
END_TEST

/* A tally file reads back to a tally that writes the same file. */
START_TEST(test_file_round_trip)
{
    yk_buf a = { 0 }, b = { 0 };
    yk_form *form = form_of();
    yk_tally *t = tally_of(form, "vòng 1", first), *back;
    save(t, &a);
    yk_memory m;
    yk_input in = yk_input_memory(&m, a.data, a.len);
    ck_assert_int_eq(yk_tally_load("t.ykt", &in, NULL, NULL, &back), YK_OK);
    save(back, &b);
    ck_assert_uint_eq(a.len, b.len);
    ck_assert(memcmp(a.data, b.data, a.len) == 0);
    ck_assert_str_eq(yk_tally_round(back, 0), "vòng 1");
    ck_assert_str_eq(yk_tally_group(back)->name, "unit");
    yk_tally_free(back);
    /* Cut short, it is refused. */
    in = yk_input_memory(&m, a.data, a.len - 5);
    ck_assert_int_eq(yk_tally_load("t.ykt", &in, NULL, NULL, &back), YK_ERR_PARSE);
    yk_tally_free(t);
    yk_form_free(form);
    yk_buf_free(&a);
    yk_buf_free(&b);
}
END_TEST

/* Scale sums are gathered in int64 while they surely fit, and moved into
 * the exact sums before they could overflow: with values up to 1500 that
 * is every 4 responses.  Merged halves, at other points of that cycle,
 * must save the same bytes, and the covariance be right. */
START_TEST(test_scale_sums_settle)
{
    static const char big_survey[] = "type,name,label,scale\n"
        "select_one v,b1,Một,s\nselect_one v,b2,Hai,s\n";
    static const char big_choices[] = "list_name,name,label,value\n"
        "v,1,Ít,500\nv,2,Vừa,1000\nv,3,Nhiều,1500\n";
    static const int pairs[11][2] = { { 1, 2 }, { 3, 3 }, { 2, 1 }, { 1, 1 }, { 3, 2 },
        { 2, 2 }, { 1, 3 }, { 3, 1 }, { 2, 3 }, { 3, 3 }, { 1, 2 } };
    char whole[512] = "b1,b2\n", part1[512] = "b1,b2\n", part2[512] = "b1,b2\n";
    double sx = 0, sy = 0, sxy = 0;
    for (int i = 0; i < 11; i++) {
        char line[16];
        snprintf(line, sizeof line, "%d,%d\n", pairs[i][0], pairs[i][1]);
        strcat(whole, line);
        strcat(i < 5 ? part1 : part2, line);
        sx += 500 * pairs[i][0];
        sy += 500 * pairs[i][1];
        sxy += 500.0 * pairs[i][0] * 500 * pairs[i][1];
    }
    yk_form *form = yk_test_form(big_survey, big_choices);
    yk_tally *t = tally_grouped(form, NULL, "", whole);
    yk_tally *h1 = tally_grouped(form, NULL, "", part1), *h2 = tally_grouped(form, NULL, "", part2);
    double cov[4];
    int64_t n;
    ck_assert_int_eq(yk_tally_scale_cov(t, 0, 0, 0, cov, &n), YK_OK);
    ck_assert_int_eq(n, 11);
    ck_assert_double_eq_tol(cov[1], (11 * sxy - sx * sy) / (11.0 * 10), 1e-9);
    ck_assert_int_eq(yk_tally_merge(h1, h2), YK_OK);
    assert_saves_alike(t, h1);
    yk_tally_free(t);
    yk_tally_free(h1);
    yk_tally_free(h2);
    yk_form_free(form);
}
END_TEST

/* A tally of some parts counts those alike, refuses the others' readers,
 * is never saved, and merges only with its own kind. */
START_TEST(test_parts)
{
    yk_form *form = form_of();
    yk_tally *all = tally_of(form, "2014", first);
    yk_tally *some = tally_parts(form, YK_TALLY_SELECTS, first);
    int64_t a[16], b[16];
    yk_tally_numbers x;
    double cov[4];
    int64_t n;
    yk_buf out = { 0 };
    ck_assert_int_eq(yk_tally_set_parts(all, YK_TALLY_SELECTS), YK_ERR_ARGUMENT);
    ck_assert_uint_eq(yk_tally_parts(some), YK_TALLY_SELECTS);
    ck_assert_int_eq(yk_tally_counts(all, 0, SIZE_MAX, 1, a), YK_OK);
    ck_assert_int_eq(yk_tally_counts(some, 0, SIZE_MAX, 1, b), YK_OK);
    ck_assert(memcmp(a, b, 7 * sizeof *a) == 0);
    ck_assert_int_eq(yk_tally_numbers_of(some, 0, SIZE_MAX, 4, &x), YK_ERR_ARGUMENT);
    ck_assert_int_eq(yk_tally_scale_cov(some, 0, SIZE_MAX, 0, cov, &n), YK_ERR_ARGUMENT);
    ck_assert_int_eq(yk_tally_save(some, (yk_output){ to_buf, &out }), YK_ERR_ARGUMENT);
    ck_assert_int_eq(yk_tally_merge(some, all), YK_ERR_ARGUMENT);
    ck_assert_int_eq(yk_tally_merge(all, some), YK_ERR_ARGUMENT);
    yk_buf_free(&out);
    yk_tally_free(some);
    yk_tally_free(all);
    yk_form_free(form);
}
END_TEST

/* NIST StRD NumAcc4 (certified mean 1000000.2, standard deviation 0.1):
 * 1000000.2, then 500 times 1000000.1 and 1000000.3.  Hard for floating
 * sums; the tally's exact ones give the certified values to the last
 * digit of a double. */
START_TEST(test_moments_numacc4)
{
    yk_tally_numbers x = { 0, 0, 0, 0, 0, 0, 0 };
    const int64_t v[3] = { 1000000200000LL, 1000000100000LL, 1000000300000LL };
    for (int i = 0; i < 1001; i++) {
        int64_t y = i == 0 ? v[0] : v[1 + (i - 1) % 2];
        x.n++;
        x.sum += y;
        x.sumsq += (yk_exact)y * y;
    }
    double mean, sd;
    ck_assert_int_eq(yk_tally_moments(&x, &mean, &sd), YK_OK);
    ck_assert_double_eq_tol(mean, 1000000.2, 1e-9);
    ck_assert_double_eq_tol(sd, 0.1, 1e-15);
}
END_TEST

/* ---- protecting: no group under k (tally --protect) --------------------- */

/* Units of 4 (u1), 2 (u2) and 1 without a unit, by hand:
 *   u1: a1 1, 3, 2, 3   x 1, 2, 3, 4 (sum 10, sumsq 30)
 *   u2: a1 9, 2         x 5, blank
 *   -:  a1 1            x 6 */
static const char units_4_2_1[] = HEAD
    "u1,1,1,p,1\nu1,3,2,t,2\nu1,2,3,p t,3\nu1,3,3,,4\n"
    "u2,9,1,t,5\nu2,2,2,p,\n"
    ",1,2,t,6\n";

/* A tally that owns its form, as tally files and ykien tally's are. */
static yk_tally *owned_tally(const char *round, const char *csv)
{
    yk_form *form = form_of();
    yk_tally *t = tally_of(form, round, csv);
    ck_assert_int_eq(yk_tally_adopt_form(t, form), YK_OK);
    return t;
}

/* Every figure summed over groups, as text: what folding must keep. */
static void totals(const yk_tally *t, yk_buf *out)
{
    char line[256];
    int64_t c[16];
    yk_buf_clear(out);
    for (size_t r = 0; r < yk_tally_n_rounds(t); r++) {
        for (size_t q = 1; q <= 3; q++) {   /* a1, a2, ch: not the unit */
            ck_assert_int_eq(yk_tally_counts(t, r, SIZE_MAX, q, c), YK_OK);
            for (size_t i = 0; i < 7; i++) {
                snprintf(line, sizeof line, "%zu %zu %lld\n", r, q, (long long)c[i]);
                yk_buf_append(out, line, strlen(line));
            }
        }
        yk_tally_numbers x;
        ck_assert_int_eq(yk_tally_numbers_of(t, r, SIZE_MAX, 4, &x), YK_OK);
        snprintf(line, sizeof line, "x %lld %lld %lld %lld %lld %lld %lld\n", (long long)x.n,
                 (long long)x.blank, (long long)x.invalid, (long long)x.sum,
                 (long long)x.sumsq, (long long)x.min, (long long)x.max);
        yk_buf_append(out, line, strlen(line));
        double cov[4];
        int64_t n;
        yk_tally_scale_cov(t, r, SIZE_MAX, 0, cov, &n);
        snprintf(line, sizeof line, "s %lld %.17g %.17g %.17g\n", (long long)n, cov[0],
                 cov[1], cov[3]);
        yk_buf_append(out, line, strlen(line));
    }
}

/* k = 2: u2 (2) stays; the one without a unit is alone under 2, "Khác"
 * of 1 is under 2, so the smallest group, u2, joins it: Khác = 3. */
START_TEST(test_protect_folds)
{
    yk_tally *t = owned_tally("2014", units_4_2_1);
    yk_buf before = { 0 }, after = { 0 };
    totals(t, &before);
    size_t short_round;
    ck_assert_int_eq(yk_tally_protect(t, 2, &short_round), YK_OK);
    ck_assert_uint_eq(yk_tally_n_groups(t), 4);     /* u1, u2, _other, no unit */
    const yk_question *g = yk_tally_group(t);
    ck_assert_str_eq(g->list->choices[2].name, YK_TALLY_OTHER);
    ck_assert_str_eq(g->list->choices[2].labels[0], "Khác");
    ck_assert_int_eq(yk_tally_responses(t, 0, 0), 4);
    ck_assert_int_eq(yk_tally_responses(t, 0, 1), 0);
    ck_assert_int_eq(yk_tally_responses(t, 0, 2), 3);
    ck_assert_int_eq(yk_tally_responses(t, 0, 3), 0);
    /* Khác's a1: 9, 2 (u2) and 1 (no unit): choices 1 2 3 9, blank,
     * invalid, answered. */
    int64_t c[16];
    ck_assert_int_eq(yk_tally_counts(t, 0, 2, 1, c), YK_OK);
    ck_assert(c[0] == 1 && c[1] == 1 && c[2] == 0 && c[3] == 1 && c[4] == 0 && c[5] == 0 &&
              c[6] == 3);
    /* The unit question in Khác: u2's 2 answers count as _other, the one
     * without a unit stays blank; u1, u2 none. */
    ck_assert_int_eq(yk_tally_counts(t, 0, 2, 0, c), YK_OK);
    ck_assert(c[0] == 0 && c[1] == 0 && c[2] == 2 && c[3] == 1 && c[5] == 2);
    /* x in Khác: 5 and 6 (sum 11, sumsq 61), one blank. */
    yk_tally_numbers x;
    ck_assert_int_eq(yk_tally_numbers_of(t, 0, 2, 4, &x), YK_OK);
    ck_assert(x.n == 2 && x.blank == 1 && x.sum == 11000000 &&
              x.sumsq == (yk_exact)61000000000000LL && x.min == 5000000 && x.max == 6000000);
    yk_tally_protection p = yk_tally_protection_of(t);
    ck_assert(p.min_base == 2 && p.folded == 2 && p.other && !p.lost);
    /* Every total is what it was. */
    totals(t, &after);
    ck_assert_uint_eq(before.len, after.len);
    ck_assert(memcmp(before.data, after.data, before.len) == 0);
    yk_buf_free(&before);
    yk_buf_free(&after);
    yk_tally_free(t);
}
END_TEST

/* k = 3: u2 (2) and no unit (1) fold: Khác = 3, not under 3: u1 stays.
 * k = 5: both fold, Khác = 3 < 5, so u1 (4) joins: Khác = 7, folded 3. */
START_TEST(test_protect_other_under_k)
{
    yk_tally *t = owned_tally("2014", units_4_2_1);
    size_t short_round;
    ck_assert_int_eq(yk_tally_protect(t, 3, &short_round), YK_OK);
    ck_assert(yk_tally_responses(t, 0, 0) == 4 && yk_tally_responses(t, 0, 2) == 3);
    ck_assert_int_eq(yk_tally_protection_of(t).folded, 2);
    yk_tally_free(t);
    t = owned_tally("2014", units_4_2_1);
    ck_assert_int_eq(yk_tally_protect(t, 5, &short_round), YK_OK);
    ck_assert(yk_tally_responses(t, 0, 0) == 0 && yk_tally_responses(t, 0, 2) == 7);
    ck_assert_int_eq(yk_tally_protection_of(t).folded, 3);
    yk_tally_free(t);
}
END_TEST

/* Per round: a second round of 3 units of 1 is under k = 5 in all: the
 * whole tally is refused, unchanged. */
START_TEST(test_protect_refuses_small_round)
{
    yk_tally *t = owned_tally("2014", units_4_2_1), *small = owned_tally("2015", second);
    ck_assert_int_eq(yk_tally_merge(t, small), YK_OK);
    size_t short_round;
    ck_assert_int_eq(yk_tally_protect(t, 5, &short_round), YK_ERR_LIMIT);
    ck_assert_uint_eq(short_round, 1);
    ck_assert_uint_eq(yk_tally_n_groups(t), 3);
    ck_assert_int_eq(yk_tally_protection_of(t).min_base, 0);
    ck_assert_int_eq(yk_tally_protect(t, 0, &short_round), YK_ERR_ARGUMENT);
    /* k = 3 works per round: 2015 has u1 1, u2 1, none 1: all fold into
     * Khác = 3. */
    ck_assert_int_eq(yk_tally_protect(t, 3, &short_round), YK_OK);
    ck_assert_int_eq(yk_tally_responses(t, 1, 2), 3);
    ck_assert_int_eq(yk_tally_responses(t, 0, 2), 3);
    ck_assert_int_eq(yk_tally_protection_of(t).folded, 5);
    yk_tally_free(small);
    yk_tally_free(t);
}
END_TEST

static yk_tally *loaded(const yk_buf *b)
{
    yk_memory m;
    yk_input in = yk_input_memory(&m, b->data, b->len);
    yk_tally *t = NULL;
    ck_assert_int_eq(yk_tally_load("t.ykt", &in, NULL, NULL, &t), YK_OK);
    return t;
}

/* A protected tally file says so, reads back to the same bytes, merges
 * with an unprotected one (either way round) into an unprotected one
 * whose totals are those of the data. */
START_TEST(test_protect_file_and_merge)
{
    yk_tally *t = owned_tally("2014", units_4_2_1);
    size_t short_round;
    ck_assert_int_eq(yk_tally_protect(t, 2, &short_round), YK_OK);
    yk_buf a = { 0 }, b = { 0 }, want = { 0 }, got = { 0 };
    save(t, &a);
    ck_assert_ptr_nonnull(strstr(a.data, "\ngroup unit\nprotected 2 2\nform survey "));
    yk_tally *back = loaded(&a);
    save(back, &b);
    ck_assert_uint_eq(a.len, b.len);
    ck_assert(memcmp(a.data, b.data, a.len) == 0);
    ck_assert_str_eq(yk_tally_group(back)->list->choices[2].labels[0], "Khác");
    /* protected + plain, and plain + protected */
    yk_tally *whole = owned_tally("2014", units_4_2_1), *plain = owned_tally("2014", first);
    ck_assert_int_eq(yk_tally_merge(whole, plain), YK_OK);
    totals(whole, &want);
    /* k = 2 folded u2 (2) and the one without a unit; `first` has 1 of u2
     * (a1 9): it joins Khác too (3 + 1), so u2 is never a part of itself. */
    ck_assert(yk_tally_group_folded(back, 0, 1) && yk_tally_group_folded(back, 0, 3));
    ck_assert(!yk_tally_group_folded(back, 0, 0));
    ck_assert_int_eq(yk_tally_merge(back, plain), YK_OK);
    ck_assert_int_eq(yk_tally_responses(back, 0, 1), 0);
    ck_assert_int_eq(yk_tally_responses(back, 0, 2), 4);
    ck_assert_int_eq(yk_tally_responses(back, 0, 0), 6);
    ck_assert(yk_tally_group_folded(back, 0, 1));
    totals(back, &got);
    ck_assert(got.len == want.len && memcmp(got.data, want.data, got.len) == 0);
    yk_tally_protection p = yk_tally_protection_of(back);
    ck_assert(p.min_base == 0 && p.lost && p.other && p.folded == 2);
    yk_tally *plain2 = owned_tally("2014", first), *prot = loaded(&a);
    ck_assert_int_eq(yk_tally_merge(plain2, prot), YK_OK);     /* widens plain2 */
    ck_assert_uint_eq(yk_tally_n_groups(plain2), 4);
    ck_assert(yk_tally_responses(plain2, 0, 1) == 0 && yk_tally_responses(plain2, 0, 2) == 4);
    totals(plain2, &got);
    ck_assert(got.len == want.len && memcmp(got.data, want.data, got.len) == 0);
    save(plain2, &b);
    ck_assert_ptr_nonnull(strstr(b.data, "\ngroup unit\nfolded 2\nform survey "));
    /* two protected: protected at the lower k */
    yk_tally *p3 = owned_tally("2014", units_4_2_1);
    ck_assert_int_eq(yk_tally_protect(p3, 3, &short_round), YK_OK);
    ck_assert_int_eq(yk_tally_merge(p3, prot), YK_OK);
    p = yk_tally_protection_of(p3);
    ck_assert(p.min_base == 2 && !p.lost && p.folded == 4);
    yk_tally_free(p3);
    yk_tally_free(plain2);
    yk_tally_free(prot);
    yk_tally_free(whole);
    yk_tally_free(plain);
    yk_tally_free(back);
    yk_tally_free(t);
    yk_buf_free(&a);
    yk_buf_free(&b);
    yk_buf_free(&want);
    yk_buf_free(&got);
}
END_TEST

/* A unit list that has the reserved code cannot be protected. */
START_TEST(test_protect_reserved_code)
{
    static const char ch[] = "list_name,name,label\nunit,u1,A\nunit,_other,B\n";
    static const char sv[] = "type,name,label\nselect_one unit,unit,Đơn vị\n";
    yk_form *form = yk_test_form(sv, ch);
    yk_form_text text = { sv, ch, NULL, strlen(sv), strlen(ch), 0 };
    yk_tally *t;
    ck_assert_int_eq(yk_tally_new(form, &text, "unit", &t), YK_OK);
    ck_assert_int_eq(yk_tally_adopt_form(t, form), YK_OK);
    yk_response r = { 0 };
    yk_answer ans[1] = { { 0 } };
    ans[0].state = YK_ANSWER_OK;
    ans[0].choice = 0;
    r.answers = ans;
    ck_assert_int_eq(yk_tally_add(t, "2014", &r), YK_OK);
    size_t short_round;
    ck_assert_int_eq(yk_tally_protect(t, 2, &short_round), YK_ERR_LIMIT);
    ck_assert_int_eq(yk_tally_add(t, "2014", &r), YK_OK);
    ck_assert_int_eq(yk_tally_add(t, "2014", &r), YK_OK);
    ans[0].choice = 1;
    ck_assert_int_eq(yk_tally_add(t, "2014", &r), YK_OK);
    ck_assert_int_eq(yk_tally_protect(t, 2, &short_round), YK_ERR_ARGUMENT);
    yk_tally_free(t);
}
END_TEST

/* ---- invariants of tally files --------------------------------------- */

typedef struct {
    unsigned long line;
    char message[512];
    int n;
} first_diag;

static void keep_first(void *ctx, const yk_diag *d)
{
    first_diag *f = ctx;
    if (strcmp(d->kind, "tally-inconsistent") != 0 || f->n++)
        return;
    f->line = d->line;
    snprintf(f->message, sizeof f->message, "%s", d->message);
}

/* The line (1-based) of the text at p. */
static unsigned long line_at(const char *text, const char *p)
{
    unsigned long line = 1;
    for (const char *s = text; s < p; s++)
        line += *s == '\n';
    return line;
}

/* The tally of `first` saved, with line `from` (whole) replaced by `to`
 * ("" deletes it; from "group unit" with to "group unit\nX" adds X),
 * must be refused with a first violation containing want, on the line of
 * the change plus shift (or of its cell line, shift -1). */
static void doctored(const char *from, const char *to, const char *want, int shift)
{
    yk_buf a = { 0 }, b = { 0 };
    yk_form *form = form_of();
    yk_tally *t = tally_of(form, "2014", first);
    save(t, &a);
    yk_buf_append(&a, "", 1);       /* a C string */
    char pattern[256];
    snprintf(pattern, sizeof pattern, "\n%s\n", from);
    const char *at = strstr(a.data, pattern);
    ck_assert_msg(at != NULL, "no line '%s' in the saved tally", from);
    at++;
    unsigned long line = line_at(a.data, at) + (unsigned long)(shift > 0 ? shift : 0);
    if (shift < 0) {
        const char *cell = at;
        while (strncmp(cell, "cell ", 5) != 0)
            cell--;
        line = line_at(a.data, cell);
    }
    yk_buf_append(&b, a.data, (size_t)(at - a.data));
    yk_buf_append(&b, to, strlen(to));
    const char *rest = at + strlen(from) + (*to ? 0 : 1);
    yk_buf_append(&b, rest, strlen(rest));
    yk_memory m;
    yk_input in = yk_input_memory(&m, b.data, b.len);
    yk_tally *back = NULL;
    first_diag f = { 0 };
    ck_assert_int_eq(yk_tally_load("t.ykt", &in, keep_first, &f, &back), YK_ERR_PARSE);
    ck_assert_ptr_null(back);
    ck_assert_msg(f.n > 0 && strstr(f.message, want), "'%s' -> '%s': got '%s', not '%s'",
                  from, to, f.message, want);
    ck_assert_uint_eq(f.line, line);
    yk_tally_free(t);
    yk_form_free(form);
    yk_buf_free(&a);
    yk_buf_free(&b);
}

/* The saved tally of `first` (u1: a1 1 and 3, a2 3 and 1, x 0.1 twice;
 * u2: a1 9, a2 2, x blank) has these lines; each doctoring breaks one
 * invariant. */
START_TEST(test_invariants)
{
    doctored("c a1 1 0 1 0 0 0 2", "c a1 1 0 900 0 0 0 2", "counted 900 times, more than the 2", 0);
    doctored("c a1 1 0 1 0 0 0 2", "c a1 1 0 1 0 0 0 3", "answered by 3, more than the 2", 0);
    doctored("c a1 1 0 1 0 0 0 2", "c a1 1 1 1 0 0 0 2", "add up to 3, not to the 2", 0);
    doctored("c a1 1 0 1 0 0 0 2", "c a1 1 0 0 0 0 0 1", "is not the 2 responses", 0);
    doctored("c a1 1 0 1 0 0 0 2", "c a1 1 0 1 0 0 0 2\nc a1 1 0 1 0 0 0 2",
             "a second 'c' line for 'a1'", 1);
    doctored("x x 2 0 0 200000 20000000000 100000 100000", "x x 2 0 0 200000 0 100000 100000",
             "too small for the sum", 0);
    doctored("x x 2 0 0 200000 20000000000 100000 100000",
             "x x 2 0 0 200000 20000000000 50000 100000", "every answer is the same", 0);
    doctored("x x 2 0 0 200000 20000000000 100000 100000",
             "x x 2 0 0 400000 80000000000 100000 100000", "mean (sum / n) outside", 0);
    doctored("x x 2 0 0 200000 20000000000 100000 100000",
             "x x 2 0 0 200000 30000000000 50000 150000", "wider than the minimum", 0);
    doctored("x x 2 0 0 200000 20000000000 100000 100000",
             "x x 2 1 0 200000 20000000000 100000 100000", "2 answered + 1 blank", 0);
    /* a1: 1 and 3; a2 reversed: 1 and 3; a1 * a2: 1 + 9 = 10; 30 is a
     * covariance numerator 2 * 30 - 16 = 44 beyond sqrt(4 * 4) = 4. */
    doctored("s s 2 4000000 4000000 10000000000000 10000000000000 10000000000000",
             "s s 2 4000000 4000000 10000000000000 30000000000000 10000000000000",
             "a correlation beyond 1", 0);
    doctored("s s 2 4000000 4000000 10000000000000 10000000000000 10000000000000",
             "s s 2 4000000 9000000 10000000000000 10000000000000 10000000000000",
             "item 'a2' has a mean", 0);
    doctored("c a2 1 0 1 0 0 0 2", "", "no counts ('c') for 'a2'", -1);
    doctored("c unit 0 1 0 0 1", "c unit 1 0 0 0 1", "the cell of group 'u2'", -1);
    doctored("end", "cell 0 1 1\nend", "a second line for the cell", 0);
}
END_TEST

/* A protected file with a group under its k, and the form's bounds. */
START_TEST(test_invariants_protection_and_bounds)
{
    static const char sv[] = "type,name,label,min,max\ndecimal,age,Tuổi,16,30\n";
    static const char ch[] = "list_name,name,label\n";
    static const char text[] =
        "ykien-tally 4\nfingerprint %016llx\ngroup -\n%s"
        "form survey %zu\n%s\nform choices %zu\n%s\nform settings 0\n\n"
        "round 4 2014\ncell 0 0 2\nx age 2 0 0 %s\nend\n";
    yk_form *form = yk_test_form(sv, ch);
    unsigned long long fp = (unsigned long long)yk_form_fingerprint(form);
    yk_form_free(form);
    struct { const char *protect, *sums, *want; unsigned long line; } cases[] = {
        { "", "32000000 512000000000000 16000000 16000000", NULL, 0 },
        { "", "30000000 450000000000000 15000000 15000000", "below the form's minimum 16", 15 },
        { "", "62000000 1922000000000000 31000000 31000000", "above the form's maximum 30", 15 },
        { "protected 5 0\n", "32000000 512000000000000 16000000 16000000",
          "no group has fewer than 5", 14 },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char buf[1024];
        int n = snprintf(buf, sizeof buf, text, fp, cases[i].protect, strlen(sv), sv,
                         strlen(ch), ch, cases[i].sums);
        yk_memory m;
        yk_input in = yk_input_memory(&m, buf, (size_t)n);
        yk_tally *t = NULL;
        first_diag f = { 0 };
        yk_status st = yk_tally_load("t.ykt", &in, keep_first, &f, &t);
        if (!cases[i].want) {
            ck_assert_int_eq(st, YK_OK);
            yk_tally_free(t);
            continue;
        }
        ck_assert_int_eq(st, YK_ERR_PARSE);
        ck_assert_msg(strstr(f.message, cases[i].want), "got '%s'", f.message);
        /* lines: 3 of head (4 with "protected"), survey 1 + 2 + 1, choices
         * 1 + 1 + 1, settings 1 + 0 + 1, round, cell (14), x (15) */
        ck_assert_uint_eq(f.line, cases[i].line + (*cases[i].protect ? 1 : 0));
    }
}
END_TEST

Suite *yk_suite_tally(void)
{
    Suite *s = suite_create("tally");
    TCase *tc = tcase_create("tally");
    tcase_add_test(tc, test_counts_and_sums);
    tcase_add_test(tc, test_value_counts);
    tcase_add_test(tc, test_distinct_values);
    tcase_add_test(tc, test_distinct_values_hostile);
    tcase_add_test(tc, test_merge_is_exact);
    tcase_add_test(tc, test_file_round_trip);
    tcase_add_test(tc, test_moments_numacc4);
    tcase_add_test(tc, test_scale_sums_settle);
    tcase_add_test(tc, test_parts);
    tcase_add_test(tc, test_protect_folds);
    tcase_add_test(tc, test_protect_other_under_k);
    tcase_add_test(tc, test_protect_refuses_small_round);
    tcase_add_test(tc, test_protect_file_and_merge);
    tcase_add_test(tc, test_protect_reserved_code);
    tcase_add_test(tc, test_invariants);
    tcase_add_test(tc, test_invariants_protection_and_bounds);
    suite_add_tcase(s, tc);
    return s;
}
