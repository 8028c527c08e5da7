/* The open answers' tally: counts per round and group, what "answered"
 * means, the masked quotes and uncoded list, reproducible choices that
 * merging does not change, caps, and no personal data anywhere.
 *
 * Every expected count is a hand count of the rows in `rows` below; each
 * row's comment says what it counts as. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "suites.h"
#include "tally_fixture.h"
#include "yk_coder.h"
#include "yk_comments.h"
#include "yk_reader.h"

static const char survey[] =
    "type,name,label\n"
    "select_one don_vi,don_vi,Đơn vị\n"
    "text,gop_y,Ý kiến khác\n"
    "text,ma_phieu,Mã phiếu\n"
    "integer,tuoi,Tuổi\n";
static const char choices[] =
    "list_name,name,label\n"
    "don_vi,hd,Hòn Đất\n"
    "don_vi,rg,Rạch Giá\n";

enum { HD, RG, NO_UNIT };           /* groups: the list's units, then none */

static const char codebook[] =
    "theme,label,phrases\n"
    "sinh_hoat,Sinh hoạt chi đoàn,sinh hoạt|họp chi đoàn\n"
    "can_bo,Cán bộ Đoàn,cán bộ|bí thư\n";

/* Planted personal data: none of it may come out. */
static const char *const personal[] = {
    "Hải", "hải", "0912", "345 678", "nguyenvanhai", "gmail", "079203001234",
};

static const char header[] = "don_vi,gop_y,ma_phieu,tuoi\n";
static const char *const rows[] = {
    "hd,Sinh hoạt chi đoàn còn nhàm chán,P01,20\n",                 /* hd sinh_hoat */
    "hd,Cán bộ Đoàn cần gần gũi hơn. Gọi anh Hải 0912 345 678,P02,21\n", /* hd can_bo */
    "rg,.,P03,22\n",                                                /* rg not answered */
    "rg,,P04,23\n",                                                 /* rg blank */
    "rg,\"Tăng cường sinh hoạt, cán bộ trẻ\",P05,24\n",              /* rg both themes */
    ",Tổ chức thêm giải bóng đá,P06,25\n",                          /* none uncoded */
    "rg,Tổ chức thêm giải bóng đá,P07,26\n",                        /* rg uncoded */
    "hd,tổ chức thêm  giải bóng đá,P08,27\n",                       /* hd uncoded */
    "hd,Liên hệ nguyenvanhai@gmail.com,P09,28\n",                   /* hd uncoded */
    "hd,079203001234,P10,29\n",                                     /* hd: only an ID */
};
enum { N_ROWS = sizeof rows / sizeof rows[0] };

typedef struct {
    yk_comments *c;
    const char *round;
} sink;

static void add_response(void *ctx, const yk_response *r)
{
    sink *s = ctx;
    ck_assert_int_eq(yk_comments_add(s->c, s->round, r), YK_OK);
}

/* Count rows[from, to) into c, in round `round`. */
static void add_rows(yk_comments *c, const char *round, size_t from, size_t to)
{
    char csv[4096];
    size_t n = (size_t)snprintf(csv, sizeof csv, "%s", header);
    for (size_t i = from; i < to; i++)
        n += (size_t)snprintf(csv + n, sizeof csv - n, "%s", rows[i]);
    sink s = { c, round };
    yk_test_code_rows(yk_comments_form(c), csv, n, add_response, &s);
}

/* What every test shares: the form, the codebook, the names to mask. */
typedef struct {
    yk_form *form;
    yk_themes *themes;
    yk_mask *mask;
    yk_comments_opts o;
} fixture;

static void setup(fixture *f, size_t quotes, int uncoded)
{
    f->form = yk_test_form(survey, choices);
    yk_memory m;
    yk_input in = yk_input_memory(&m, codebook, strlen(codebook));
    ck_assert_int_eq(yk_themes_load("chu-de.csv", &in, 0, NULL, NULL, &f->themes), YK_OK);
    ck_assert_int_eq(yk_mask_new(&f->mask), YK_OK);
    ck_assert_int_eq(yk_mask_add_name(f->mask, "Nguyễn Văn Hải"), YK_OK);
    f->o = (yk_comments_opts){ .themes = f->themes, .mask = f->mask, .quotes = quotes,
                               .seed = 20261203, .uncoded = uncoded, .id = "ma_phieu" };
}

static void teardown(fixture *f)
{
    yk_themes_free(f->themes);
    yk_mask_free(f->mask);
    yk_form_free(f->form);
}

static yk_comments *tally(fixture *f, const char *round, size_t from, size_t to)
{
    yk_comments *c;
    ck_assert_int_eq(yk_comments_new(f->form, "don_vi", &f->o, &c), YK_OK);
    add_rows(c, round, from, to);
    return c;
}

START_TEST(test_counts)
{
    fixture f;
    setup(&f, 0, 0);
    yk_comments *c = tally(&f, "2026", 0, N_ROWS);
    ck_assert_uint_eq(yk_comments_n_questions(c), 1);       /* gop_y; not the id */
    ck_assert_uint_eq(yk_comments_question(c, 0), 1);
    ck_assert_uint_eq(yk_comments_n_rounds(c), 1);
    ck_assert_str_eq(yk_comments_round(c, 0), "2026");
    ck_assert_uint_eq(yk_comments_n_groups(c), 3);
    ck_assert_str_eq(yk_comments_group(c)->name, "don_vi");
    ck_assert_ptr_eq(yk_comments_themes(c), f.themes);
    /* responses: hd rows 1 2 8 9 10, rg 3 4 5 7, none 6 */
    ck_assert_int_eq(yk_comments_responses(c, 0, HD), 5);
    ck_assert_int_eq(yk_comments_responses(c, 0, RG), 4);
    ck_assert_int_eq(yk_comments_responses(c, 0, NO_UNIT), 1);
    ck_assert_int_eq(yk_comments_responses(c, 0, SIZE_MAX), 10);
    /* answered: hd 1 2 8 9 (10 is only an ID), rg 5 7 ("." and blank are
     * not answers), none 6 */
    ck_assert_int_eq(yk_comments_answered(c, 0, HD, 0), 4);
    ck_assert_int_eq(yk_comments_answered(c, 0, RG, 0), 2);
    ck_assert_int_eq(yk_comments_answered(c, 0, NO_UNIT, 0), 1);
    ck_assert_int_eq(yk_comments_answered(c, 0, SIZE_MAX, 0), 7);
    /* sinh_hoat: rows 1 (hd) and 5 (rg); can_bo: 2 (hd) and 5 (rg);
     * uncoded: 8 9 (hd), 7 (rg), 6 (none) */
    ck_assert_int_eq(yk_comments_theme(c, 0, HD, 0, 0), 1);
    ck_assert_int_eq(yk_comments_theme(c, 0, RG, 0, 0), 1);
    ck_assert_int_eq(yk_comments_theme(c, 0, SIZE_MAX, 0, 0), 2);
    ck_assert_int_eq(yk_comments_theme(c, 0, HD, 0, 1), 1);
    ck_assert_int_eq(yk_comments_theme(c, 0, RG, 0, 1), 1);
    ck_assert_int_eq(yk_comments_theme(c, 0, HD, 0, 2), 2);
    ck_assert_int_eq(yk_comments_theme(c, 0, RG, 0, 2), 1);
    ck_assert_int_eq(yk_comments_theme(c, 0, NO_UNIT, 0, 2), 1);
    ck_assert_int_eq(yk_comments_theme(c, 0, SIZE_MAX, 0, 2), 4);
    /* outside the tally: nothing, never a crash */
    ck_assert_int_eq(yk_comments_responses(c, 1, HD), 0);
    ck_assert_int_eq(yk_comments_answered(c, 0, 3, 0), 0);
    ck_assert_int_eq(yk_comments_theme(c, 0, HD, 0, 3), 0);
    ck_assert_int_eq(yk_comments_theme(c, 0, HD, 1, 0), 0);
    ck_assert_ptr_null(yk_comments_phrases(c, 1, 0));
    /* personal data spans: row 2's name and phone, row 9's address, row
     * 10's ID: at least 4 (the name may be one span or two) */
    ck_assert_int_ge(yk_comments_masked(c), 4);
    ck_assert_int_eq(yk_phrases_answers(yk_comments_phrases(c, 0, 0)), 7);
    yk_comments_free(c);
    teardown(&f);
}
END_TEST

/* Without an id, every text question counts; with questions, only those. */
START_TEST(test_questions)
{
    fixture f;
    setup(&f, 0, 0);
    yk_comments *c;
    f.o.id = NULL;
    ck_assert_int_eq(yk_comments_new(f.form, NULL, &f.o, &c), YK_OK);
    ck_assert_uint_eq(yk_comments_n_questions(c), 2);
    ck_assert_uint_eq(yk_comments_n_groups(c), 1);
    ck_assert_ptr_null(yk_comments_group(c));
    yk_comments_free(c);
    f.o.questions = " ma_phieu ";
    ck_assert_int_eq(yk_comments_new(f.form, NULL, &f.o, &c), YK_OK);
    ck_assert_uint_eq(yk_comments_n_questions(c), 1);
    ck_assert_uint_eq(yk_comments_question(c, 0), 2);
    yk_comments_free(c);
    f.o.questions = "gop_y,tuoi";                           /* not a text question */
    ck_assert_int_eq(yk_comments_new(f.form, NULL, &f.o, &c), YK_ERR_ARGUMENT);
    ck_assert_ptr_null(c);
    f.o.questions = "gop_y,khong_co";                       /* not a question */
    ck_assert_int_eq(yk_comments_new(f.form, NULL, &f.o, &c), YK_ERR_ARGUMENT);
    f.o.questions = NULL;
    ck_assert_int_eq(yk_comments_new(f.form, "tuoi", &f.o, &c), YK_ERR_ARGUMENT);
    ck_assert_int_eq(yk_comments_new(f.form, "gop_y", &f.o, &c), YK_ERR_ARGUMENT);
    f.o.loose = 1;                                          /* the codebook is not */
    ck_assert_int_eq(yk_comments_new(f.form, NULL, &f.o, &c), YK_ERR_ARGUMENT);
    f.o.themes = NULL;                                      /* no codebook: fine */
    ck_assert_int_eq(yk_comments_new(f.form, NULL, &f.o, &c), YK_OK);
    yk_comments_free(c);
    teardown(&f);
}
END_TEST

/* Without a codebook every answer is uncoded. */
START_TEST(test_no_codebook)
{
    fixture f;
    setup(&f, 0, 0);
    f.o.themes = NULL;
    yk_comments *c = tally(&f, "r1", 0, N_ROWS);
    ck_assert_int_eq(yk_comments_answered(c, 0, SIZE_MAX, 0), 7);
    ck_assert_int_eq(yk_comments_theme(c, 0, SIZE_MAX, 0, 0), 7);
    ck_assert_int_eq(yk_comments_theme(c, 0, HD, 0, 0), 4);
    ck_assert_int_eq(yk_comments_theme(c, 0, HD, 0, 1), 0);
    yk_comments_free(c);
    teardown(&f);
}
END_TEST

static void assert_private(const char *text)
{
    for (size_t k = 0; k < sizeof personal / sizeof personal[0]; k++)
        ck_assert_msg(strstr(text, personal[k]) == NULL, "'%s' shows '%s'", text, personal[k]);
}

/* Quotes, the uncoded list and phrases show no planted personal data. */
START_TEST(test_nothing_personal)
{
    fixture f;
    setup(&f, 10, 1);
    yk_comments *c = tally(&f, "r1", 0, N_ROWS);
    size_t n, shown = 0;
    for (size_t th = 0; th <= 2; th++) {
        const yk_comment_quote *q = yk_comments_quotes(c, 0, th, &n);
        for (size_t k = 0; k < n; k++, shown++)
            assert_private(q[k].text);
    }
    ck_assert_uint_eq(shown, 2 + 2 + 3);    /* distinct texts: 1 5 | 2 5 | 6 (= 7) 8 9 */
    const yk_comment_quote *u = yk_comments_quotes(c, 0, 2, &n);
    size_t same = 0;
    for (size_t k = 0; k < n; k++)
        if (strcmp(u[k].text, "Tổ chức thêm giải bóng đá") == 0) {
            ck_assert_int_eq(u[k].answers, 2);                  /* rows 6 and 7 */
            ck_assert_uint_eq(u[k].group, NO_UNIT);             /* row 6 came first */
            same++;
        }
    ck_assert_uint_eq(same, 1);
    const yk_comment_quote *q = yk_comments_quotes(c, 0, 1, &n);
    int masked = 0;
    for (size_t k = 0; k < n; k++)
        masked |= strstr(q[k].text, YK_MASK_TEXT) && strstr(q[k].text, "Cán bộ Đoàn cần gần");
    ck_assert_msg(masked, "row 2 is quoted, masked");
    int64_t dropped;
    q = yk_comments_uncoded(c, 0, &n, &dropped);
    for (size_t k = 0; k < n; k++)
        assert_private(q[k].text);
    yk_phrase *top;
    size_t np;
    ck_assert_int_eq(yk_phrases_top(yk_comments_phrases(c, 0, 0), 1, 100000, &top, &np), YK_OK);
    ck_assert_uint_gt(np, 0);
    for (size_t k = 0; k < np; k++)
        assert_private(top[k].text);
    free(top);
    yk_comments_free(c);
    teardown(&f);
}
END_TEST

/* The distinct uncoded answers, compared as text keys: rows 6, 7 and 8
 * are one answer (case and spaces aside), shown as row 6 wrote it. */
START_TEST(test_uncoded_list)
{
    fixture f;
    setup(&f, 0, 1);
    yk_comments *c = tally(&f, "r1", 0, N_ROWS);
    size_t n;
    int64_t dropped = -1;
    const yk_comment_quote *q = yk_comments_uncoded(c, 0, &n, &dropped);
    ck_assert_uint_eq(n, 2);
    ck_assert_int_eq(dropped, 0);
    ck_assert_str_eq(q[0].text, "Tổ chức thêm giải bóng đá");
    ck_assert_int_eq(q[0].answers, 3);
    ck_assert_uint_eq(q[0].round, 0);
    ck_assert_uint_eq(q[0].group, NO_UNIT);
    ck_assert_str_eq(q[1].text, "Liên hệ " YK_MASK_TEXT);
    ck_assert_int_eq(q[1].answers, 1);
    ck_assert_uint_eq(q[1].group, HD);
    ck_assert_ptr_null(yk_comments_uncoded(c, 1, &n, NULL));
    ck_assert_uint_eq(n, 0);
    yk_comments_free(c);
    teardown(&f);
}
END_TEST

/* Two quote lists as one text: "round/group/answers text|..." */
static void quotes_text(yk_comments *c, char *out, size_t cap)
{
    out[0] = '\0';
    for (size_t th = 0; th <= 2; th++) {
        size_t n, len = strlen(out);
        const yk_comment_quote *q = yk_comments_quotes(c, 0, th, &n);
        snprintf(out + len, cap - len, "[%zu]", th);
        for (size_t k = 0; k < n; k++) {
            len = strlen(out);
            snprintf(out + len, cap - len, "%s/%lld %s|", yk_comments_round(c, q[k].round),
                     (long long)q[k].answers, q[k].text);
        }
    }
}

/* The same quotes whatever the order and however the answers were split,
 * for every size of the lists. */
START_TEST(test_quotes_merge)
{
    size_t quotes = (size_t)_i + 1;
    fixture f;
    setup(&f, quotes, 1);
    char whole[4096], ab[4096], ba[4096];
    yk_comments *c = tally(&f, "r1", 0, N_ROWS), *again = tally(&f, "r1", 0, N_ROWS);
    quotes_text(c, whole, sizeof whole);
    quotes_text(again, ab, sizeof ab);
    ck_assert_str_eq(whole, ab);                            /* reproducible */
    for (size_t cut = 1; cut < N_ROWS; cut++) {
        yk_comments *a = tally(&f, "r1", 0, cut), *b = tally(&f, "r1", cut, N_ROWS);
        yk_comments *a2 = tally(&f, "r1", 0, cut), *b2 = tally(&f, "r1", cut, N_ROWS);
        ck_assert_int_eq(yk_comments_merge(a, b), YK_OK);
        ck_assert_int_eq(yk_comments_merge(b2, a2), YK_OK);
        quotes_text(a, ab, sizeof ab);
        quotes_text(b2, ba, sizeof ba);
        ck_assert_str_eq(ab, whole);
        ck_assert_str_eq(ba, whole);
        for (size_t th = 0; th <= 2; th++)
            for (size_t g = 0; g < 3; g++)
                ck_assert_int_eq(yk_comments_theme(b2, 0, g, 0, th),
                                 yk_comments_theme(c, 0, g, 0, th));
        ck_assert_int_eq(yk_comments_masked(a), yk_comments_masked(c));
        size_t n1, n2;
        const yk_comment_quote *u1 = yk_comments_uncoded(c, 0, &n1, NULL);
        const yk_comment_quote *u2 = yk_comments_uncoded(b2, 0, &n2, NULL);
        ck_assert_uint_eq(n1, n2);
        for (size_t k = 0; k < n1; k++)
            ck_assert_int_eq(u1[k].answers, u2[k].answers);
        ck_assert_int_eq(yk_phrases_answers(yk_comments_phrases(a, 0, 0)), 7);
        yk_comments_free(a);
        yk_comments_free(b);
        yk_comments_free(a2);
        yk_comments_free(b2);
    }
    yk_comments_free(c);
    yk_comments_free(again);
    teardown(&f);
}
END_TEST

/* Rounds by name, in the order first seen; merged by name. */
START_TEST(test_rounds)
{
    fixture f;
    setup(&f, 2, 0);
    yk_comments *a = tally(&f, "2025", 0, 5), *b = tally(&f, "2026", 5, N_ROWS);
    add_rows(a, "2026", 0, 2);
    add_rows(b, "2027", 0, 1);
    ck_assert_int_eq(yk_comments_merge(a, b), YK_OK);
    ck_assert_uint_eq(yk_comments_n_rounds(a), 3);
    ck_assert_str_eq(yk_comments_round(a, 0), "2025");
    ck_assert_str_eq(yk_comments_round(a, 1), "2026");
    ck_assert_str_eq(yk_comments_round(a, 2), "2027");
    /* 2025: rows 1-5; 2026: rows 1-2 and 6-10; 2027: row 1 */
    ck_assert_int_eq(yk_comments_responses(a, 0, SIZE_MAX), 5);
    ck_assert_int_eq(yk_comments_responses(a, 1, SIZE_MAX), 7);
    ck_assert_int_eq(yk_comments_responses(a, 2, SIZE_MAX), 1);
    ck_assert_int_eq(yk_comments_answered(a, 1, SIZE_MAX, 0), 6);    /* 1 2 6 7 8 9 */
    ck_assert_int_eq(yk_comments_theme(a, 1, HD, 0, 0), 1);          /* row 1 */
    ck_assert_int_eq(yk_phrases_answers(yk_comments_phrases(a, 2, 0)), 1);
    /* row 1's quote keeps the round that first gave it in a: 2025 */
    size_t n;
    const yk_comment_quote *q = yk_comments_quotes(a, 0, 0, &n);
    for (size_t k = 0; k < n; k++)
        if (strncmp(q[k].text, "Sinh hoạt chi đoàn", 10) == 0)
            ck_assert_uint_eq(q[k].round, 0);
    yk_comments_free(a);
    yk_comments_free(b);
    teardown(&f);
}
END_TEST

START_TEST(test_merge_refused)
{
    fixture f;
    setup(&f, 2, 0);
    yk_comments *a = tally(&f, "r1", 0, 2), *b;
    f.o.seed++;
    b = tally(&f, "r1", 0, 2);
    ck_assert_int_eq(yk_comments_merge(a, b), YK_ERR_ARGUMENT);
    yk_comments_free(b);
    f.o.seed--;
    ck_assert_int_eq(yk_comments_new(f.form, NULL, &f.o, &b), YK_OK);     /* no grouping */
    ck_assert_int_eq(yk_comments_merge(a, b), YK_ERR_ARGUMENT);
    yk_comments_free(b);
    ck_assert_int_eq(yk_comments_responses(a, 0, SIZE_MAX), 2);          /* unchanged */
    yk_comments_free(a);
    teardown(&f);
}
END_TEST

/* A response built by hand: the grouping question unanswered, text t. */
static void add_text(yk_comments *c, const char *round, const char *t)
{
    yk_answer answers[4] = { { .state = YK_ANSWER_MISSING } };
    answers[1] = (yk_answer){ .state = YK_ANSWER_OK, .text = t, .text_len = strlen(t) };
    yk_response r = { "d.csv", 2, answers, 0 };
    ck_assert_int_eq(yk_comments_add(c, round, &r), YK_OK);
}

/* Past YK_COMMENTS_UNCODED_CAP distinct answers the rest are counted as
 * dropped, in one pass and in a merge. */
START_TEST(test_uncoded_cap)
{
    fixture f;
    setup(&f, 0, 1);
    f.o.themes = NULL;
    yk_comments *a, *b;
    ck_assert_int_eq(yk_comments_new(f.form, "don_vi", &f.o, &a), YK_OK);
    ck_assert_int_eq(yk_comments_new(f.form, "don_vi", &f.o, &b), YK_OK);
    char t[64];
    for (int i = 0; i < YK_COMMENTS_UNCODED_CAP + 5; i++) {
        snprintf(t, sizeof t, "ý kiến số %d", i);
        add_text(a, "r1", t);
    }
    add_text(a, "r1", "ý kiến số 0");                  /* kept: counted */
    add_text(a, "r1", "Ý KIẾN SỐ 10004");              /* past the cap: dropped */
    for (int i = 9000; i < 9010; i++) {                 /* kept ones, in b */
        snprintf(t, sizeof t, "ý kiến số %d", i);
        add_text(b, "r1", t);
    }
    add_text(b, "r1", "ý kiến mới");                    /* new: dropped in the merge */
    size_t n;
    int64_t dropped;
    const yk_comment_quote *q = yk_comments_uncoded(a, 0, &n, &dropped);
    ck_assert_uint_eq(n, YK_COMMENTS_UNCODED_CAP);
    ck_assert_int_eq(dropped, 6);                       /* 10000..10004, and again 10004 */
    ck_assert_str_eq(q[0].text, "ý kiến số 0");
    ck_assert_int_eq(q[0].answers, 2);
    ck_assert_int_eq(yk_comments_merge(a, b), YK_OK);
    q = yk_comments_uncoded(a, 0, &n, &dropped);
    ck_assert_uint_eq(n, YK_COMMENTS_UNCODED_CAP);
    ck_assert_int_eq(dropped, 7);
    ck_assert_int_eq(q[0].answers + q[1].answers + q[2].answers, 6);  /* 0, and two of 9000.. */
    ck_assert_int_eq(yk_comments_answered(a, 0, NO_UNIT, 0), YK_COMMENTS_UNCODED_CAP + 5 + 2 + 11);
    yk_comments_free(a);
    yk_comments_free(b);
    teardown(&f);
}
END_TEST

/* A long answer is quoted cut, on a character, marked; longer answers
 * are preferred: of 100 short and 100 long distinct answers, most of the
 * 10 kept are long (u^(1/w): a long answer's key is nearer 1). */
START_TEST(test_quote_length)
{
    fixture f;
    setup(&f, 10, 0);
    f.o.themes = NULL;
    yk_comments *c;
    ck_assert_int_eq(yk_comments_new(f.form, NULL, &f.o, &c), YK_OK);
    char t[4000];
    for (int i = 0; i < 100; i++) {
        snprintf(t, sizeof t, "ý kiến %d", i);
        add_text(c, "r1", t);
        snprintf(t, sizeof t, "Đề nghị tổ chức nhiều hoạt động hơn cho đoàn viên ở cơ sở, "
                 "số %d", i);
        add_text(c, "r1", t);
    }
    size_t n, longer = 0;
    const yk_comment_quote *q = yk_comments_quotes(c, 0, 0, &n);
    ck_assert_uint_eq(n, 10);
    for (size_t k = 0; k < n; k++)
        longer += strncmp(q[k].text, "Đề nghị", 8) == 0;
    ck_assert_uint_ge(longer, 7);
    yk_comments_free(c);
    ck_assert_int_eq(yk_comments_new(f.form, NULL, &f.o, &c), YK_OK);
    size_t len = 0;
    while (len + 8 < sizeof t)
        len += (size_t)snprintf(t + len, sizeof t - len, "đoàn ");     /* 7 bytes each */
    add_text(c, "r1", t);
    q = yk_comments_quotes(c, 0, 0, &n);
    ck_assert_uint_eq(n, 1);
    size_t qlen = strlen(q[0].text);
    ck_assert_uint_le(qlen, YK_COMMENTS_QUOTE_MAX_BYTES);
    ck_assert_uint_gt(qlen, YK_COMMENTS_QUOTE_MAX_BYTES - 10);
    ck_assert_str_eq(q[0].text + qlen - 3, "\u2026");
    ck_assert_int_eq(strncmp(q[0].text, t, qlen - 3), 0);   /* whole characters */
    yk_comments_free(c);
    teardown(&f);
}
END_TEST

/* What is not an answer: nothing to read once personal data is gone. */
START_TEST(test_not_answers)
{
    fixture f;
    setup(&f, 3, 1);
    yk_comments *c;
    ck_assert_int_eq(yk_comments_new(f.form, "don_vi", &f.o, &c), YK_OK);
    static const char *const none[] = {
        ".", "-", "   ", "...", "?!", "\u2026", "0912 345 678", "nguyenvanhai@gmail.com",
        "079203001234", "Nguyễn Văn Hải",
    };
    for (size_t i = 0; i < sizeof none / sizeof none[0]; i++)
        add_text(c, "r1", none[i]);
    ck_assert_int_eq(yk_comments_responses(c, 0, NO_UNIT), 10);
    ck_assert_int_eq(yk_comments_answered(c, 0, SIZE_MAX, 0), 0);
    ck_assert_int_eq(yk_comments_theme(c, 0, SIZE_MAX, 0, 2), 0);
    size_t n;
    ck_assert_ptr_null(yk_comments_quotes(c, 0, 2, &n));
    ck_assert_uint_eq(n, 0);
    yk_comments_uncoded(c, 0, &n, NULL);
    ck_assert_uint_eq(n, 0);
    ck_assert_int_eq(yk_phrases_answers(yk_comments_phrases(c, 0, 0)), 0);
    add_text(c, "r1", "Ok");                            /* one syllable is an answer */
    ck_assert_int_eq(yk_comments_answered(c, 0, NO_UNIT, 0), 1);
    yk_comments_free(c);
    teardown(&f);
}
END_TEST

/* --ignore-accents: a loose codebook, and answers typed without marks. */
START_TEST(test_loose)
{
    fixture f;
    setup(&f, 0, 1);
    yk_themes *loose;
    yk_memory m;
    yk_input in = yk_input_memory(&m, codebook, strlen(codebook));
    ck_assert_int_eq(yk_themes_load("chu-de.csv", &in, 1, NULL, NULL, &loose), YK_OK);
    f.o.themes = loose;
    f.o.loose = 1;
    yk_comments *c;
    ck_assert_int_eq(yk_comments_new(f.form, "don_vi", &f.o, &c), YK_OK);
    add_text(c, "r1", "can bo doan can gan gui hon");           /* can_bo */
    add_text(c, "r1", "SINH HOAT chi doan");                    /* sinh_hoat */
    add_text(c, "r1", "To chuc them giai bong da");             /* uncoded */
    add_text(c, "r1", "Tổ chức thêm giải bóng đá");             /* the same, loosely */
    ck_assert_int_eq(yk_comments_theme(c, 0, NO_UNIT, 0, 0), 1);
    ck_assert_int_eq(yk_comments_theme(c, 0, NO_UNIT, 0, 1), 1);
    ck_assert_int_eq(yk_comments_theme(c, 0, NO_UNIT, 0, 2), 2);
    size_t n;
    const yk_comment_quote *q = yk_comments_uncoded(c, 0, &n, NULL);
    ck_assert_uint_eq(n, 1);
    ck_assert_int_eq(q[0].answers, 2);
    ck_assert_str_eq(q[0].text, "To chuc them giai bong da");  /* as first written */
    yk_comments_free(c);
    yk_themes_free(loose);
    teardown(&f);
}
END_TEST

/* The phrase table's cap is the one asked for. */
START_TEST(test_phrases_cap)
{
    fixture f;
    setup(&f, 0, 0);
    f.o.phrases_cap = 3;
    yk_comments *c = tally(&f, "r1", 0, N_ROWS);
    ck_assert_int_gt(yk_phrases_dropped(yk_comments_phrases(c, 0, 0)), 0);
    yk_comments_free(c);
    teardown(&f);
}
END_TEST

Suite *yk_suite_comments(void)
{
    Suite *s = suite_create("comments");
    TCase *tc = tcase_create("comments");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, test_counts);
    tcase_add_test(tc, test_questions);
    tcase_add_test(tc, test_no_codebook);
    tcase_add_test(tc, test_nothing_personal);
    tcase_add_test(tc, test_uncoded_list);
    tcase_add_loop_test(tc, test_quotes_merge, 0, 3);
    tcase_add_test(tc, test_rounds);
    tcase_add_test(tc, test_merge_refused);
    tcase_add_test(tc, test_uncoded_cap);
    tcase_add_test(tc, test_quote_length);
    tcase_add_test(tc, test_phrases_cap);
    tcase_add_test(tc, test_not_answers);
    tcase_add_test(tc, test_loose);
    suite_add_tcase(s, tc);
    return s;
}
