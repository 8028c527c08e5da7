/* The feedback tally: finding a form's targets and what is wrong with
 * them, counting contributions and ratings, masking and merging remarks,
 * themes, merging tallies exactly, and hostile cells.
 *
 * Every expected count is a hand count of the rows below; each row's
 * comment says what it gives, and each check says which rows make it. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "suites.h"
#include "tally_fixture.h"
#include "yk_coder.h"
#include "yk_feedback.h"

static const char survey[] =
    "type,name,label,hint\n"
    "select_one don_vi,don_vi,Đơn vị,\n"
    "begin group,tap_the,Tập thể Ban Thường vụ,\n"
    "text,tap_the_uu_diem,Ưu điểm,\n"
    "text,tap_the_han_che,Hạn chế,\n"
    "text,tap_the_de_nghi,Đề nghị,\n"
    "end group,,,\n"
    "begin group,p01,Nguyễn Văn An,Bí thư Tỉnh Đoàn\n"
    "text,p01_uu_diem,Ưu điểm,\n"
    "text,p01_y2,\"Hạn chế, khuyết điểm\",\n"      /* a kind by its label */
    "text,p01_de_xuat,Đề xuất,\n"
    "select_one muc,p01_chinh_tri,Phẩm chất chính trị,\n"
    "select_one xl,p01_xep_loai,Xếp loại chung,\n"
    "note,p01_ghi_chu,Ghi chú,\n"                     /* a note: not read, no warning */
    "end group,,,\n"
    "begin group,p02,Trần Thị Bình,Phó Bí thư\n"
    "text,p02_uu_diem,Ưu điểm,\n"
    "select_one xl,p02_muc_do,Mức độ hoàn thành nhiệm vụ,\n"   /* overall by its label */
    "end group,,,\n";
static const char choices[] =
    "list_name,name,label,aliases\n"
    "don_vi,cth,Huyện đoàn Châu Thành,\n"
    "don_vi,hd,Huyện đoàn Hòn Đất,H. Hòn Đất\n"
    "muc,1,Tốt,\n"
    "muc,2,Khá,\n"
    "muc,3,Trung bình,\n"
    "muc,4,Kém,\n"
    "xl,xs,Hoàn thành xuất sắc nhiệm vụ,\n"
    "xl,tot,Hoàn thành tốt nhiệm vụ,\n"
    "xl,ht,Hoàn thành nhiệm vụ,\n"
    "xl,kht,Không hoàn thành nhiệm vụ,\n";
static const char codebook[] =
    "theme,label,phrases\n"
    "co_so,Sâu sát cơ sở,sâu sát|cơ sở\n"
    "tac_phong,Tác phong,nhiệt tình|gương mẫu|nóng vội\n";

enum { TAP_THE, P01, P02 };                 /* targets */
enum { CHINH_TRI, P01_XEP_LOAI, P02_MUC_DO };  /* criteria */
enum { CO_SO, TAC_PHONG, UNCODED };          /* themes */
#define C YK_FROM_COLLECTIVE
#define I YK_FROM_INDIVIDUAL

static const char header[] =
    "don_vi,tap_the_uu_diem,tap_the_han_che,tap_the_de_nghi,p01_uu_diem,p01_y2,p01_de_xuat,"
    "p01_chinh_tri,p01_xep_loai,p02_uu_diem,p02_muc_do\n";
typedef struct {
    yk_from from;
    const char *row;
} contribution;
static const contribution rows[] = {
    /* C1: tap_the shortcomings "cần sâu sát..." and "chậm triển khai...";
     * p01 strengths "nhiệt tình, gương mẫu"; p01 chinh_tri 1, xep_loai xs;
     * p02 tot */
    { C, "cth,,\"- Cần sâu sát cơ sở hơn.\n- Chậm triển khai văn bản\",,"
         "\"Nhiệt tình, gương mẫu\",,,1,xs,,tot\n" },
    /* C2: tap_the shortcomings "cần sâu sát..."; a suggestion naming a
     * unit; p01 strengths "nhiệt tình gương mẫu"; p01 chinh_tri 2, tot */
    { C, "hd,,cần sâu sát cơ sở hơn!,Đề nghị Huyện đoàn Châu Thành báo cáo sớm hơn,"
         "nhiệt tình gương mẫu.,,,2,tot,,\n" },
    /* C3: "cần sâu sát..." twice (counts once); p01 shortcoming naming
     * him; p01 chinh_tri 1, xs */
    { C, "cth,,\"1. Cần sâu sát cơ sở hơn\n2) Cần sâu sát cơ sở hơn\",,,"
         "Đồng chí An đôi khi nóng vội,,1,xs,,\n" },
    /* I1: tap_the strengths; "cần sâu sát..."; p01 strengths "nhiệt
     * tình, gương mẫu"; p01 suggestion with a phone; p02 strengths naming
     * her; p01 chinh_tri 1 */
    { I, ",\"Đoàn kết, thống nhất cao\",Cần sâu sát cơ sở hơn,,\"Nhiệt tình, gương mẫu\",,"
         "Liên hệ 0912 345 678 để góp ý thêm,1,,Chị Bình nhiệt tình,\n" },
    /* I2: "cần sâu sát..." and two lines that are no remark; a suggestion
     * naming a unit without its type; p02 strengths "nhiệt tình"; p02 ht */
    { I, ",,\"Cần sâu sát cơ sở hơn\n\n.\",* Tăng cường kiểm tra Châu Thành,,,,,,"
         "nhiệt tình,ht\n" },
    /* I3: p02 strengths "Nhiệt tình"; p01 chinh_tri 3, kht */
    { I, ",,,,,,,3,kht,Nhiệt tình,\n" },
    /* I4: its unit only: no remark, no rating */
    { I, "hd,,,,,,,,,,\n" },
};
enum { N_ROWS = sizeof rows / sizeof rows[0] };

/* Planted personal data and unit names: none may come out. */
static const char *const personal[] = {
    "An ", "Bình", "Châu Thành", "Hòn Đất", "0912", "345 678", "Nguyễn", "Huyện đoàn",
};

typedef struct {
    yk_feedback *f;
    yk_from from;
} sink;

static void add_response(void *ctx, const yk_response *r)
{
    sink *s = ctx;
    ck_assert_int_eq(yk_feedback_add(s->f, s->from, r), YK_OK);
}

/* Count rows[from, to) into f, one at a time (each its own kind). */
static void add_rows(yk_feedback *f, size_t from, size_t to)
{
    for (size_t i = from; i < to; i++) {
        char csv[2048];
        size_t n = (size_t)snprintf(csv, sizeof csv, "%s%s", header, rows[i].row);
        sink s = { f, rows[i].from };
        yk_test_code_rows(yk_feedback_form(f), csv, n, add_response, &s);
    }
}

typedef struct {
    yk_form *form;
    yk_themes *themes;
    yk_mask *mask;
} fixture;

static void setup(fixture *x)
{
    x->form = yk_test_form(survey, choices);
    yk_memory m;
    yk_input in = yk_input_memory(&m, codebook, strlen(codebook));
    ck_assert_int_eq(yk_themes_load("chu-de.csv", &in, 0, NULL, NULL, &x->themes), YK_OK);
    ck_assert_int_eq(yk_mask_new(&x->mask), YK_OK);
}

static void teardown(fixture *x)
{
    yk_themes_free(x->themes);
    yk_mask_free(x->mask);
    yk_form_free(x->form);
}

static yk_feedback *tally(fixture *x, size_t from, size_t to)
{
    yk_feedback *f;
    ck_assert_int_eq(yk_feedback_new(x->form, "survey.csv", "don_vi", NULL, NULL, &f), YK_OK);
    add_rows(f, from, to);
    return f;
}

START_TEST(test_form)
{
    fixture x;
    setup(&x);
    yk_feedback *f = tally(&x, 0, 0);
    ck_assert_uint_eq(yk_feedback_n_targets(f), 3);
    const yk_feedback_target *t = yk_feedback_target_at(f, TAP_THE);
    ck_assert_str_eq(t->code, "tap_the");
    ck_assert_int_eq(t->collective, 1);
    ck_assert_ptr_null(t->hint);
    ck_assert_uint_eq(t->remark[YK_REMARK_STRENGTHS], 1);     /* form indexes: don_vi is 0 */
    ck_assert_uint_eq(t->remark[YK_REMARK_SHORTCOMINGS], 2);
    ck_assert_uint_eq(t->remark[YK_REMARK_SUGGESTIONS], 3);
    ck_assert_uint_eq(t->n_criteria, 0);
    t = yk_feedback_target_at(f, P01);
    ck_assert_str_eq(t->code, "p01");
    ck_assert_str_eq(t->labels[0], "Nguyễn Văn An");
    ck_assert_str_eq(t->hint, "Bí thư Tỉnh Đoàn");
    ck_assert_int_eq(t->collective, 0);
    ck_assert_uint_eq(t->remark[YK_REMARK_SHORTCOMINGS], 5);  /* p01_y2, by its label */
    ck_assert_uint_eq(t->remark[YK_REMARK_SUGGESTIONS], 6);   /* p01_de_xuat */
    ck_assert_uint_eq(t->first_criterion, 0);
    ck_assert_uint_eq(t->n_criteria, 2);
    t = yk_feedback_target_at(f, P02);
    ck_assert_uint_eq(t->remark[YK_REMARK_SHORTCOMINGS], SIZE_MAX);
    ck_assert_uint_eq(t->first_criterion, 2);
    ck_assert_uint_eq(t->n_criteria, 1);
    ck_assert_uint_eq(yk_feedback_n_criteria(f), 3);
    const yk_feedback_criterion *c = yk_feedback_criterion_at(f, CHINH_TRI);
    ck_assert_str_eq(c->code, "chinh_tri");
    ck_assert_int_eq(c->overall, 0);
    ck_assert_uint_eq(c->target, P01);
    c = yk_feedback_criterion_at(f, P01_XEP_LOAI);
    ck_assert_str_eq(c->code, "xep_loai");
    ck_assert_int_eq(c->overall, 1);
    c = yk_feedback_criterion_at(f, P02_MUC_DO);
    ck_assert_str_eq(c->code, "muc_do");
    ck_assert_int_eq(c->overall, 1);                          /* "Mức độ hoàn thành ..." */
    ck_assert_uint_eq(c->target, P02);
    ck_assert_str_eq(yk_remark_kind_code(YK_REMARK_SHORTCOMINGS), "shortcomings");
    ck_assert_str_eq(yk_from_code(I), "individual");
    yk_feedback_free(f);
    teardown(&x);
}
END_TEST

START_TEST(test_counts)
{
    fixture x;
    setup(&x);
    yk_feedback *f = tally(&x, 0, N_ROWS);
    ck_assert_int_eq(yk_feedback_contributions(f, C), 3);      /* C1-C3 */
    ck_assert_int_eq(yk_feedback_contributions(f, I), 4);      /* I1-I4 */
    /* tap_the: strengths I1; shortcomings C1 C2 C3, I1 I2; suggestions
     * C2, I2 */
    ck_assert_int_eq(yk_feedback_wrote(f, TAP_THE, YK_REMARK_STRENGTHS, C), 0);
    ck_assert_int_eq(yk_feedback_wrote(f, TAP_THE, YK_REMARK_STRENGTHS, I), 1);
    ck_assert_int_eq(yk_feedback_wrote(f, TAP_THE, YK_REMARK_SHORTCOMINGS, C), 3);
    ck_assert_int_eq(yk_feedback_wrote(f, TAP_THE, YK_REMARK_SHORTCOMINGS, I), 2);
    ck_assert_int_eq(yk_feedback_wrote(f, TAP_THE, YK_REMARK_SUGGESTIONS, C), 1);
    ck_assert_int_eq(yk_feedback_wrote(f, TAP_THE, YK_REMARK_SUGGESTIONS, I), 1);
    /* p01: strengths C1 C2, I1; shortcomings C3; suggestions I1 */
    ck_assert_int_eq(yk_feedback_wrote(f, P01, YK_REMARK_STRENGTHS, C), 2);
    ck_assert_int_eq(yk_feedback_wrote(f, P01, YK_REMARK_STRENGTHS, I), 1);
    ck_assert_int_eq(yk_feedback_wrote(f, P01, YK_REMARK_SHORTCOMINGS, C), 1);
    ck_assert_int_eq(yk_feedback_wrote(f, P01, YK_REMARK_SHORTCOMINGS, I), 0);
    ck_assert_int_eq(yk_feedback_wrote(f, P01, YK_REMARK_SUGGESTIONS, I), 1);
    /* p02: strengths I1 I2 I3 */
    ck_assert_int_eq(yk_feedback_wrote(f, P02, YK_REMARK_STRENGTHS, C), 0);
    ck_assert_int_eq(yk_feedback_wrote(f, P02, YK_REMARK_STRENGTHS, I), 3);
    /* p01 rated by C1 C2 C3, and I1 (chinh_tri) I3; p02 by C1, I2 */
    ck_assert_int_eq(yk_feedback_rated(f, P01, C), 3);
    ck_assert_int_eq(yk_feedback_rated(f, P01, I), 2);
    ck_assert_int_eq(yk_feedback_rated(f, P02, C), 1);
    ck_assert_int_eq(yk_feedback_rated(f, P02, I), 1);
    ck_assert_int_eq(yk_feedback_rated(f, TAP_THE, C), 0);
    /* chinh_tri: C1 1, C2 2, C3 1; I1 1, I3 3 */
    static const int64_t chinh_tri[2][5] = { { 2, 1, 0, 0, 3 }, { 1, 0, 1, 0, 2 } };
    /* p01 xep_loai: C1 xs, C2 tot, C3 xs; I3 kht */
    static const int64_t xep_loai[2][5] = { { 2, 1, 0, 0, 3 }, { 0, 0, 0, 1, 1 } };
    /* p02 muc_do: C1 tot; I2 ht */
    static const int64_t muc_do[2][5] = { { 0, 1, 0, 0, 1 }, { 0, 0, 1, 0, 1 } };
    for (int from = 0; from < 2; from++)
        for (size_t k = 0; k < 5; k++) {
            ck_assert_int_eq(yk_feedback_rating(f, CHINH_TRI, k, from), chinh_tri[from][k]);
            ck_assert_int_eq(yk_feedback_rating(f, P01_XEP_LOAI, k, from), xep_loai[from][k]);
            ck_assert_int_eq(yk_feedback_rating(f, P02_MUC_DO, k, from), muc_do[from][k]);
        }
    yk_feedback_free(f);
    teardown(&x);
}
END_TEST

/* Remark i of target t and kind k is text with c collectives and n
 * individuals behind it, in theme th, from w wordings. */
static void remark_is(const yk_feedback *f, size_t t, yk_remark_kind k, size_t i,
                      const char *text, int64_t c, int64_t n, size_t th, size_t w)
{
    size_t count;
    const yk_feedback_remark *r = yk_feedback_remarks(f, t, k, &count);
    ck_assert_uint_gt(count, i);
    ck_assert_str_eq(r[i].text, text);
    ck_assert_int_eq(r[i].contributors[C], c);
    ck_assert_int_eq(r[i].contributors[I], n);
    ck_assert_uint_eq(r[i].theme, th);
    ck_assert_uint_eq(r[i].wordings, w);
}

static size_t n_remarks(const yk_feedback *f, size_t t, yk_remark_kind k)
{
    size_t n;
    yk_feedback_remarks(f, t, k, &n);
    return n;
}

/* Everything test_counts and this test check, after finish. */
static void check_remarks(const yk_feedback *f)
{
    /* tap_the shortcomings: "cần sâu sát cơ sở hơn" from C1 ("...hơn."),
     * C2 ("...hơn!"), C3 (twice, once), I1 and I2 ("...hơn"): 3 wordings,
     * the one of C3, I1, I2 shown; then C1's "chậm triển khai", uncoded */
    ck_assert_uint_eq(n_remarks(f, TAP_THE, YK_REMARK_SHORTCOMINGS), 2);
    remark_is(f, TAP_THE, YK_REMARK_SHORTCOMINGS, 0, "Cần sâu sát cơ sở hơn", 3, 2, CO_SO, 3);
    remark_is(f, TAP_THE, YK_REMARK_SHORTCOMINGS, 1, "Chậm triển khai văn bản", 1, 0, UNCODED,
              1);
    ck_assert_int_eq(yk_feedback_theme(f, TAP_THE, YK_REMARK_SHORTCOMINGS, CO_SO, C), 3);
    ck_assert_int_eq(yk_feedback_theme(f, TAP_THE, YK_REMARK_SHORTCOMINGS, CO_SO, I), 2);
    ck_assert_int_eq(yk_feedback_theme(f, TAP_THE, YK_REMARK_SHORTCOMINGS, UNCODED, C), 1);
    ck_assert_int_eq(yk_feedback_theme(f, TAP_THE, YK_REMARK_SHORTCOMINGS, TAC_PHONG, C), 0);
    /* tap_the strengths: I1's */
    ck_assert_uint_eq(n_remarks(f, TAP_THE, YK_REMARK_STRENGTHS), 1);
    remark_is(f, TAP_THE, YK_REMARK_STRENGTHS, 0, "Đoàn kết, thống nhất cao", 0, 1, UNCODED, 1);
    /* tap_the suggestions, the units masked: I2's and C2's, one
     * contributor each, so by text: 'T' (0x54) before 'Đ' (0xC4 0x90) */
    ck_assert_uint_eq(n_remarks(f, TAP_THE, YK_REMARK_SUGGESTIONS), 2);
    remark_is(f, TAP_THE, YK_REMARK_SUGGESTIONS, 0, "Tăng cường kiểm tra […]", 0, 1, UNCODED, 1);
    remark_is(f, TAP_THE, YK_REMARK_SUGGESTIONS, 1, "Đề nghị […] báo cáo sớm hơn", 1, 0,
              UNCODED, 1);
    /* p01 strengths: C1 and I1 "Nhiệt tình, gương mẫu", C2 "nhiệt tình
     * gương mẫu.": one remark, 2 wordings, C1's and I1's shown */
    ck_assert_uint_eq(n_remarks(f, P01, YK_REMARK_STRENGTHS), 1);
    remark_is(f, P01, YK_REMARK_STRENGTHS, 0, "Nhiệt tình, gương mẫu", 2, 1, TAC_PHONG, 2);
    ck_assert_int_eq(yk_feedback_theme(f, P01, YK_REMARK_STRENGTHS, TAC_PHONG, C), 2);
    ck_assert_int_eq(yk_feedback_theme(f, P01, YK_REMARK_STRENGTHS, TAC_PHONG, I), 1);
    /* p01 shortcomings: C3's, his name masked after the title */
    ck_assert_uint_eq(n_remarks(f, P01, YK_REMARK_SHORTCOMINGS), 1);
    remark_is(f, P01, YK_REMARK_SHORTCOMINGS, 0, "Đồng chí […] đôi khi nóng vội", 1, 0,
              TAC_PHONG, 1);
    /* p01 suggestions: I1's, the phone masked */
    remark_is(f, P01, YK_REMARK_SUGGESTIONS, 0, "Liên hệ […] để góp ý thêm", 0, 1, UNCODED, 1);
    /* p02 strengths: I2 "nhiệt tình" and I3 "Nhiệt tình" (a tie: the
     * first in bytes, 'N' before 'n'); I1 "Chị […] nhiệt tình" apart */
    ck_assert_uint_eq(n_remarks(f, P02, YK_REMARK_STRENGTHS), 2);
    remark_is(f, P02, YK_REMARK_STRENGTHS, 0, "Nhiệt tình", 0, 2, TAC_PHONG, 2);
    remark_is(f, P02, YK_REMARK_STRENGTHS, 1, "Chị […] nhiệt tình", 0, 1, TAC_PHONG, 1);
    ck_assert_int_eq(yk_feedback_theme(f, P02, YK_REMARK_STRENGTHS, TAC_PHONG, I), 3);
    ck_assert_uint_eq(n_remarks(f, P02, YK_REMARK_SHORTCOMINGS), 0);
    /* masked: C2's unit, I2's unit, C3's "An", I1's phone, I1's "Bình" */
    ck_assert_int_eq(yk_feedback_masked(f), 5);
    ck_assert_int_eq(yk_feedback_cut(f), 0);
}

START_TEST(test_remarks)
{
    fixture x;
    setup(&x);
    yk_feedback *f = tally(&x, 0, N_ROWS);
    ck_assert_int_eq(yk_feedback_finish(f, x.mask, x.themes, 0), YK_OK);
    check_remarks(f);
    ck_assert_int_eq(yk_feedback_add(f, C, NULL), YK_ERR_ARGUMENT);   /* after finish */
    yk_feedback_free(f);
    teardown(&x);
}
END_TEST

START_TEST(test_no_personal_data)
{
    fixture x;
    setup(&x);
    yk_feedback *f = tally(&x, 0, N_ROWS);
    /* No mask given: the targets' and units' names are masked still. */
    ck_assert_int_eq(yk_feedback_finish(f, NULL, x.themes, 0), YK_OK);
    for (size_t t = 0; t < yk_feedback_n_targets(f); t++)
        for (int k = 0; k < YK_REMARK_KINDS; k++) {
            size_t n;
            const yk_feedback_remark *r = yk_feedback_remarks(f, t, k, &n);
            for (size_t i = 0; i < n; i++)
                for (size_t p = 0; p < sizeof personal / sizeof personal[0]; p++)
                    ck_assert_msg(!strstr(r[i].text, personal[p]), "'%s' in '%s'",
                                  personal[p], r[i].text);
        }
    yk_feedback_free(f);
    teardown(&x);
}
END_TEST

/* Merging a tally of rows [0, k) and one of [k, N_ROWS) gives what one
 * pass gives: the same checks pass, for every split. */
START_TEST(test_merge)
{
    fixture x;
    setup(&x);
    for (size_t k = 0; k <= N_ROWS; k++) {
        yk_feedback *a = tally(&x, 0, k), *b;
        ck_assert_int_eq(yk_feedback_new_like(a, &b), YK_OK);
        add_rows(b, k, N_ROWS);
        ck_assert_int_eq(yk_feedback_merge(a, b), YK_OK);
        yk_feedback_free(b);
        yk_mask *mask;
        ck_assert_int_eq(yk_mask_new(&mask), YK_OK);
        ck_assert_int_eq(yk_feedback_finish(a, mask, x.themes, 0), YK_OK);
        check_remarks(a);
        ck_assert_int_eq(yk_feedback_contributions(a, C), 3);
        ck_assert_int_eq(yk_feedback_contributions(a, I), 4);
        ck_assert_int_eq(yk_feedback_rating(a, CHINH_TRI, 4, C), 3);
        ck_assert_int_eq(yk_feedback_rated(a, P01, I), 2);
        yk_mask_free(mask);
        yk_feedback_free(a);
    }
    teardown(&x);
}
END_TEST

/* ---- what is wrong with a form -------------------------------------------- */

typedef struct {
    char out[2048];
    size_t len;
} events;

static void on_diag(void *ctx, const yk_diag *d)
{
    events *e = ctx;
    e->len += (size_t)snprintf(e->out + e->len, sizeof e->out - e->len, "%s:%lu:%s:%s|",
                               d->severity == YK_ERROR ? "E" : "W", d->line, d->kind,
                               d->hint ? "hint" : "");
}

static yk_status diagnose(const char *form_survey, events *e)
{
    yk_form *form = yk_test_form(form_survey, "list_name,name,label\nxl,a,A\nxl,b,B\n");
    yk_feedback *f = NULL;
    e->len = 0;
    e->out[0] = '\0';
    yk_status st = yk_feedback_new(form, "survey.csv", NULL, on_diag, e, &f);
    ck_assert(st == YK_OK ? f != NULL : f == NULL);
    yk_feedback_free(f);
    yk_form_free(form);
    return st;
}

START_TEST(test_diagnostics)
{
    events e;
    /* line 4: a text question of no kind; line 5: a second strengths;
     * line 6: an integer is not read; lines 7, 8: two overall grades */
    ck_assert_int_eq(diagnose("type,name,label\n"
                              "begin group,p01,Lê Văn Cường\n"
                              "text,p01_uu_diem,Ưu điểm\n"
                              "text,p01_khac,Ý kiến khác\n"
                              "text,p01_uu_diem_2,Ưu điểm nổi bật\n"
                              "integer,p01_diem,Điểm\n"
                              "select_one xl,p01_xep_loai,Xếp loại\n"
                              "select_one xl,p01_danh_gia,Đánh giá chung\n"
                              "end group,,\n", &e), YK_ERR_PARSE);
    ck_assert_str_eq(e.out, "E:4:feedback-unknown-kind:hint|E:5:feedback-duplicate-kind:hint|"
                            "W:6:feedback-ignored:hint|E:8:feedback-duplicate-kind:hint|");
    /* no group holds a remark question */
    ck_assert_int_eq(diagnose("type,name,label\n"
                              "text,uu_diem,Ưu điểm\n"
                              "begin group,thong_tin,Thông tin\n"
                              "text,ho_ten,Họ tên\n"
                              "end group,,\n", &e), YK_ERR_PARSE);
    ck_assert_str_eq(e.out, "E:0:feedback-no-target:hint|");
    /* a warning only: the form is used */
    ck_assert_int_eq(diagnose("type,name,label\n"
                              "begin group,tap_the,Tập thể\n"
                              "text,tt_kien_nghi,Kiến nghị\n"
                              "date,tt_ngay,Ngày\n"
                              "end group,,\n", &e), YK_OK);
    ck_assert_str_eq(e.out, "W:4:feedback-ignored:hint|");
}
END_TEST

/* ---- hostile cells ----------------------------------------------------------- */

/* A response of form f whose every question is missing but question q,
 * whose text is s. */
static yk_status add_text(yk_feedback *f, yk_answer *answers, size_t q, const char *s,
                          size_t n)
{
    size_t nq = yk_form_n_questions(yk_feedback_form(f));
    for (size_t i = 0; i < nq; i++)
        answers[i] = (yk_answer){ .state = YK_ANSWER_MISSING };
    answers[q] = (yk_answer){ .state = YK_ANSWER_OK, .text = s, .text_len = n };
    yk_response r = { "d.csv", 2, answers, 0 };
    return yk_feedback_add(f, I, &r);
}

/* A tally of one individual whose only answer is cell (n bytes), as
 * p02's strengths, finished with the fixture's mask and no codebook. */
static yk_feedback *p02_strengths(fixture *x, const char *cell, size_t n)
{
    yk_answer answers[32];
    yk_feedback *f = tally(x, 0, 0);
    size_t q = yk_feedback_target_at(f, P02)->remark[YK_REMARK_STRENGTHS];
    ck_assert_int_eq(add_text(f, answers, q, cell, n), YK_OK);
    ck_assert_int_eq(yk_feedback_finish(f, x->mask, NULL, 0), YK_OK);
    return f;
}

START_TEST(test_hostile)
{
    fixture x;
    setup(&x);
    yk_answer answers[32];
    yk_feedback *f = tally(&x, 0, 0);
    size_t q = yk_feedback_target_at(f, P02)->remark[YK_REMARK_STRENGTHS];
    /* One line of 1 MB: one remark, cut. */
    size_t big = 1 << 20;
    char *s = malloc(big * 2);
    for (size_t i = 0; i < big; i++)
        s[i] = (char)('a' + i % 26);
    ck_assert_int_eq(add_text(f, answers, q, s, big), YK_OK);
    /* 10,000 lines, each distinct: 10,000 remarks. */
    size_t n = 0;
    for (int i = 0; i < 10000; i++)
        n += (size_t)sprintf(s + n, "ý kiến số %d\n", i);
    ck_assert_int_eq(add_text(f, answers, q, s, n), YK_OK);
    ck_assert_int_eq(yk_feedback_finish(f, x.mask, x.themes, 0), YK_OK);
    ck_assert_uint_eq(n_remarks(f, P02, YK_REMARK_STRENGTHS), 10001);
    ck_assert_int_eq(yk_feedback_cut(f), 1);
    ck_assert_int_eq(yk_feedback_wrote(f, P02, YK_REMARK_STRENGTHS, I), 2);
    size_t count;
    const yk_feedback_remark *r = yk_feedback_remarks(f, P02, YK_REMARK_STRENGTHS, &count);
    for (size_t i = 0; i < count; i++) {
        ck_assert_uint_le(strlen(r[i].text), YK_FEEDBACK_REMARK_MAX_BYTES);
        ck_assert_int_eq(r[i].contributors[I], 1);
    }
    yk_feedback_free(f);

    /* Distinct remarks past the cap: YK_ERR_LIMIT, cleanly. */
    f = tally(&x, 0, 0);
    n = 0;
    for (int i = 0; i < 65536; i++)
        n += (size_t)sprintf(s + n, "%x\n", i);
    yk_status st = YK_OK;
    int adds = 0;
    while (st == YK_OK && adds < 100)
        st = add_text(f, answers, q, s, n), adds++;
    ck_assert_int_eq(st, YK_ERR_LIMIT);
    ck_assert_int_eq(adds, YK_FEEDBACK_MAX_REMARKS / 65536 + 1);
    yk_feedback_free(f);
    free(s);
    teardown(&x);
}
END_TEST

/* A cell's lines: bullets and numbering dropped, numbers kept, a line
 * without a syllable no remark, bytes that are not UTF-8 no failure. */
START_TEST(test_lines)
{
    fixture x;
    setup(&x);
    static const char cell[] = "\u2022 Một\r\n\u2013 Hai\na) Ba\n12) Bốn\n"
                               "1.000 đồng là ít\n  -  \n...\n\xff\xfe sai mã\n";
    yk_feedback *f = p02_strengths(&x, cell, sizeof cell - 1);
    /* 6 remarks ("  -  " and "..." are none), one contributor each, so
     * by text in bytes: '1', "Ba" before "Bốn" ('a' before 0xE1), 'H',
     * 'M', and 0xFF last */
    static const char *const want[] = {
        "1.000 đồng là ít", "Ba", "Bốn", "Hai", "Một", "\xff\xfe sai mã",
    };
    size_t n;
    const yk_feedback_remark *r = yk_feedback_remarks(f, P02, YK_REMARK_STRENGTHS, &n);
    ck_assert_uint_eq(n, 6);
    for (size_t i = 0; i < n; i++)
        ck_assert_str_eq(r[i].text, want[i]);
    ck_assert_int_eq(yk_feedback_wrote(f, P02, YK_REMARK_STRENGTHS, I), 1);
    ck_assert_int_eq(yk_feedback_finish(f, x.mask, NULL, 0), YK_ERR_ARGUMENT);   /* twice */
    yk_feedback_free(f);
    /* A codebook loaded strictly, finished loosely: refused. */
    f = tally(&x, 0, 1);
    ck_assert_int_eq(yk_feedback_finish(f, x.mask, x.themes, 1), YK_ERR_ARGUMENT);
    yk_feedback_free(f);
    teardown(&x);
}
END_TEST

/* A text unit question: the names its answers give are masked, with and
 * without "Đoàn xã", "Quận Đoàn". */
START_TEST(test_text_unit)
{
    yk_form *form = yk_test_form("type,name,label\n"
                                 "text,don_vi,Đơn vị\n"
                                 "begin group,tap_the,Tập thể Ban Thường vụ\n"
                                 "text,tt_de_nghi,Đề nghị\n"
                                 "end group,,\n", "list_name,name,label\n");
    yk_feedback *f;
    ck_assert_int_eq(yk_feedback_new(form, NULL, "don_vi", NULL, NULL, &f), YK_OK);
    static const char csv[] =
        "don_vi,tt_de_nghi\n"
        "Đoàn xã Vĩnh Hòa Hưng,Quan tâm Vĩnh Hòa Hưng hơn\n"
        "Chi đoàn ấp Tân Lợi,Về Đoàn xã Vĩnh Hòa Hưng nhiều hơn\n"
        "Huyện đoàn U Minh Thượng,Ban Thường vụ xuống U Minh Thượng nhiều hơn\n"
        "Quận Đoàn Cái Răng,Quan tâm Cái Răng hơn\n";
    sink sk = { f, C };
    yk_test_code_rows(form, csv, strlen(csv), add_response, &sk);
    ck_assert_int_eq(yk_feedback_finish(f, NULL, NULL, 0), YK_OK);
    size_t n;
    const yk_feedback_remark *r = yk_feedback_remarks(f, 0, YK_REMARK_SUGGESTIONS, &n);
    ck_assert_uint_eq(n, 3);
    /* A unit's name is masked whole, never as a person's: "Thượng" after
     * "Ban" (unaccented "bạn") stays.  Most contributors first (Vĩnh Hòa
     * Hưng's and Cái Răng's), then by text: 'B', 'V'. */
    ck_assert_str_eq(r[0].text, "Quan tâm […] hơn");
    ck_assert_int_eq(r[0].contributors[C], 2);
    ck_assert_str_eq(r[1].text, "Ban Thường vụ xuống […] nhiều hơn");
    ck_assert_str_eq(r[2].text, "Về […] nhiều hơn");
    ck_assert_uint_eq(r[0].theme, 0);                      /* no codebook: uncoded */
    yk_feedback_free(f);
    ck_assert_int_eq(yk_feedback_new(form, NULL, "khong_co", NULL, NULL, &f), YK_ERR_ARGUMENT);
    ck_assert_ptr_null(f);
    yk_form_free(form);
}
END_TEST

/* A cell whose last line is spaces, its bytes not followed by a NUL:
 * nothing read past them (the address sanitizer's run tells). */
START_TEST(test_blank_last_line)
{
    fixture x;
    setup(&x);
    static const char text[] = "Một\n   ";
    char *cell = malloc(sizeof text - 1);
    memcpy(cell, text, sizeof text - 1);
    yk_feedback *f = p02_strengths(&x, cell, sizeof text - 1);
    ck_assert_uint_eq(n_remarks(f, P02, YK_REMARK_STRENGTHS), 1);
    yk_feedback_free(f);
    free(cell);
    teardown(&x);
}
END_TEST

/* A member's name glued to a phone number: neither comes out (found by
 * the fuzz target: masking the number left the name bare). */
START_TEST(test_glued_name)
{
    fixture x;
    setup(&x);
    static const char cell[] = "Gọi Nguyễn Văn An0912345678 để hỏi\n"
                               "Hỏi Trần Thị Bình,0912345678 nhé";
    yk_feedback *f = p02_strengths(&x, cell, sizeof cell - 1);
    size_t n;
    const yk_feedback_remark *r = yk_feedback_remarks(f, P02, YK_REMARK_STRENGTHS, &n);
    ck_assert_uint_eq(n, 2);
    for (size_t i = 0; i < n; i++)
        for (size_t k = 0; k < sizeof personal / sizeof personal[0]; k++)
            ck_assert_msg(!strstr(r[i].text, personal[k]), "\"%s\" in \"%s\"", personal[k],
                          r[i].text);
    yk_feedback_free(f);
    teardown(&x);
}
END_TEST

Suite *yk_suite_feedback(void)
{
    Suite *s = suite_create("feedback");
    TCase *tc = tcase_create("core");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, test_form);
    tcase_add_test(tc, test_counts);
    tcase_add_test(tc, test_remarks);
    tcase_add_test(tc, test_no_personal_data);
    tcase_add_test(tc, test_merge);
    tcase_add_test(tc, test_diagnostics);
    tcase_add_test(tc, test_hostile);
    tcase_add_test(tc, test_lines);
    tcase_add_test(tc, test_text_unit);
    tcase_add_test(tc, test_blank_last_line);
    tcase_add_test(tc, test_glued_name);
    suite_add_tcase(s, tc);
    return s;
}
