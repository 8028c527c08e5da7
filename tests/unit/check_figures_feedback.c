/* The figures of a self-review's feedback: the remarks table, the themes
 * table and the ratings with their suppression.
 *
 * Every expected figure is a hand count of the rows below; each row's
 * comment says what it gives. */
#include <check.h>
#include <stdio.h>
#include <string.h>
#include "suites.h"
#include "tally_fixture.h"
#include "yk_coder.h"
#include "yk_figures_feedback.h"

static const char survey[] =
    "type,name,label,label::English\n"
    "begin group,tap_the,Tập thể Ban Thường vụ,The standing committee\n"
    "text,tap_the_han_che,Hạn chế,Shortcomings\n"
    "end group,,,\n"
    "begin group,p01,Nguyễn Văn An,\n"
    "text,p01_uu_diem,Ưu điểm,Strengths\n"
    "select_one muc,p01_chinh_tri,Phẩm chất chính trị,Political quality\n"
    "select_one xl,p01_xep_loai,Xếp loại,Overall grade\n"
    "end group,,,\n";
static const char choices[] =
    "list_name,name,label\n"
    "muc,1,Tốt\n"
    "muc,2,Khá\n"
    "muc,3,Trung bình\n"
    "xl,a,Hoàn thành xuất sắc nhiệm vụ\n"
    "xl,b,Hoàn thành tốt nhiệm vụ\n";
static const char codebook[] =
    "theme,label,phrases,label::English\n"
    "co_so,Sâu sát cơ sở,cơ sở,Close to the grassroots\n"
    "tac_phong,Tác phong,gương mẫu,Conduct\n";

static const char header[] = "tap_the_han_che,p01_uu_diem,p01_chinh_tri,p01_xep_loai\n";
static const struct {
    yk_from from;
    const char *row;
} rows[] = {
    { YK_FROM_COLLECTIVE, "Cần sâu sát cơ sở hơn,,1,a\n" },       /* C1 */
    { YK_FROM_COLLECTIVE, "cần sâu sát cơ sở hơn.,,1,b\n" },      /* C2 */
    { YK_FROM_COLLECTIVE, ",Gương mẫu,2,\n" },                    /* C3 */
    { YK_FROM_INDIVIDUAL, "Họp nhiều,gương mẫu,3,\n" },           /* I1 */
    { YK_FROM_INDIVIDUAL, ",Gương mẫu!,,\n" },                    /* I2: rates nothing */
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

typedef struct {
    yk_form *form;
    yk_themes *themes;
    yk_feedback *f;
} fixture;

static void setup(fixture *x)
{
    x->form = yk_test_form(survey, choices);
    yk_memory m;
    yk_input in = yk_input_memory(&m, codebook, strlen(codebook));
    ck_assert_int_eq(yk_themes_load("chu-de.csv", &in, 0, NULL, NULL, &x->themes), YK_OK);
    ck_assert_int_eq(yk_feedback_new(x->form, NULL, NULL, NULL, NULL, &x->f), YK_OK);
    for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
        char csv[512];
        size_t n = (size_t)snprintf(csv, sizeof csv, "%s%s", header, rows[i].row);
        sink s = { x->f, rows[i].from };
        yk_test_code_rows(x->form, csv, n, add_response, &s);
    }
    ck_assert_int_eq(yk_feedback_finish(x->f, NULL, x->themes, 0), YK_OK);
}

static void teardown(fixture *x)
{
    yk_feedback_free(x->f);
    yk_themes_free(x->themes);
    yk_form_free(x->form);
}

/* Row r of t shows the texts cells, column by column from the first. */
static void row_is(const yk_table *t, size_t r, const char *const *cells, size_t n)
{
    for (size_t c = 0; c < n; c++)
        ck_assert_msg(strcmp(yk_table_text_at(t, r, c), cells[c]) == 0,
                      "row %zu column %zu: '%s', not '%s'", r, c, yk_table_text_at(t, r, c),
                      cells[c]);
}

#define ROW(t, r, ...) do { \
        static const char *const cells_[] = { __VA_ARGS__ }; \
        row_is(t, r, cells_, sizeof cells_ / sizeof cells_[0]); \
    } while (0)

START_TEST(test_remarks)
{
    fixture x;
    setup(&x);
    yk_table t;
    yk_table_init(&t, yk_remarks_columns, YK_REMARKS_NCOLS);
    ck_assert_int_eq(yk_figures_remarks(x.f, x.themes, 0, &t), YK_OK);
    ck_assert_uint_eq(yk_table_n_rows(&t), 3);
    /* C1 "Cần ...", C2 "cần ....": one contributor each, 'C' before 'c' */
    ROW(&t, 0, "tap_the", "shortcomings", "co_so", "Cần sâu sát cơ sở hơn", "2", "2", "0",
        "Tập thể Ban Thường vụ", "Sâu sát cơ sở");
    ROW(&t, 1, "tap_the", "shortcomings", "_uncoded", "Họp nhiều", "1", "0", "1",
        "Tập thể Ban Thường vụ", "Chưa xếp chủ đề");
    /* C3 "Gương mẫu", I1 "gương mẫu", I2 "Gương mẫu!": the first in bytes */
    ROW(&t, 2, "p01", "strengths", "tac_phong", "Gương mẫu", "3", "1", "2", "Nguyễn Văn An",
        "Tác phong");
    yk_table_free(&t);
    /* In English: the form's and codebook's English labels, the target
     * without one keeps its own. */
    yk_table_init(&t, yk_remarks_columns, YK_REMARKS_NCOLS);
    ck_assert_int_eq(yk_figures_remarks(x.f, x.themes, 1, &t), YK_OK);
    ck_assert_str_eq(yk_table_text_at(&t, 0, YK_REMARKS_TARGET_LABEL), "The standing committee");
    ck_assert_str_eq(yk_table_text_at(&t, 0, YK_REMARKS_THEME_LABEL), "Close to the grassroots");
    ck_assert_str_eq(yk_table_text_at(&t, 1, YK_REMARKS_THEME_LABEL), "Not coded");
    ck_assert_str_eq(yk_table_text_at(&t, 2, YK_REMARKS_TARGET_LABEL), "Nguyễn Văn An");
    yk_table_free(&t);
    teardown(&x);
}
END_TEST

START_TEST(test_themes)
{
    fixture x;
    setup(&x);
    yk_table t;
    yk_table_init(&t, yk_feedback_themes_columns, YK_FEEDBACK_THEMES_NCOLS);
    ck_assert_int_eq(yk_figures_feedback_themes(x.f, x.themes, 0, &t), YK_OK);
    /* Each target asks one kind: _any, two themes, _uncoded each. */
    ck_assert_uint_eq(yk_table_n_rows(&t), 8);
    /* tap_the shortcomings: C1 C2, I1 wrote; bases: 3 collectives, 2
     * individuals */
    ROW(&t, 0, "tap_the", "shortcomings", "_any", "Có ý kiến", "3", "2", "1", "3", "2");
    ROW(&t, 1, "tap_the", "shortcomings", "co_so", "Sâu sát cơ sở", "2", "2", "0", "3", "2");
    ROW(&t, 2, "tap_the", "shortcomings", "tac_phong", "Tác phong", "0", "0", "0", "3", "2");
    ROW(&t, 3, "tap_the", "shortcomings", "_uncoded", "Chưa xếp chủ đề", "1", "0", "1", "3",
        "2");
    /* p01 strengths: C3, I1 I2, all "gương mẫu" */
    ROW(&t, 4, "p01", "strengths", "_any", "Có ý kiến", "3", "1", "2", "3", "2");
    ROW(&t, 5, "p01", "strengths", "co_so", "Sâu sát cơ sở", "0", "0", "0", "3", "2");
    ROW(&t, 6, "p01", "strengths", "tac_phong", "Tác phong", "3", "1", "2", "3", "2");
    ROW(&t, 7, "p01", "strengths", "_uncoded", "Chưa xếp chủ đề", "0", "0", "0", "3", "2");
    yk_table_free(&t);
    teardown(&x);
}
END_TEST

/* The ratings under minimum base k: rows, and *blank. */
static void ratings(fixture *x, long k, yk_table *t, unsigned long *blank)
{
    yk_figure_opts o = { .min_base = k };
    yk_table_init(t, yk_ratings_columns, YK_RATINGS_NCOLS);
    ck_assert_int_eq(yk_figures_ratings(x->f, &o, 0, t, blank), YK_OK);
    /* chinh_tri: 3 choices, xep_loai: 2; collectives then individuals */
    ck_assert_uint_eq(yk_table_n_rows(t), 10);
}

START_TEST(test_ratings)
{
    fixture x;
    setup(&x);
    yk_table t;
    unsigned long blank = 99;
    ratings(&x, 0, &t, &blank);
    ck_assert_uint_eq(blank, 0);                    /* min_base 0: nothing hidden */
    /* chinh_tri, collectives: C1 1, C2 1, C3 2 of 3.  Wilson 95% of 2/3,
     * by hand: p = 2/3, z = 1.959963984540054,
     *   (p + z²/6 ± z sqrt(p(1-p)/3 + z²/36)) / (1 + z²/3) = 20.7660, 93.8508 %
     * (python3 -c "import math; z=1.959963984540054; p=2/3; n=3;
     *  d=1+z*z/n; c=(p+z*z/(2*n))/d; h=z*math.sqrt(p*(1-p)/n+z*z/(4*n*n))/d;
     *  print(100*(c-h), 100*(c+h))"  ->  20.76596008020477 93.85080552796038) */
    ROW(&t, 0, "p01", "chinh_tri", "1", "Tốt", "2", "3", "66.6667", "20.7660", "93.8508",
        "collective", "Nguyễn Văn An", "Phẩm chất chính trị");
    ROW(&t, 1, "p01", "chinh_tri", "2", "Khá", "1", "3", "33.3333");
    ROW(&t, 2, "p01", "chinh_tri", "3", "Trung bình", "0", "3", "0.0000");
    /* individuals: I1 3 of 1 (I2 rated nothing) */
    ROW(&t, 3, "p01", "chinh_tri", "1", "Tốt", "0", "1", "0.0000");
    ROW(&t, 5, "p01", "chinh_tri", "3", "Trung bình", "1", "1", "100.0000");
    ck_assert_str_eq(yk_table_text_at(&t, 5, YK_RATINGS_FROM), "individual");
    /* xep_loai: C1 a, C2 b of 2; no individual graded: base 0, no percent */
    ROW(&t, 6, "p01", "xep_loai", "a", "Hoàn thành xuất sắc nhiệm vụ", "1", "2", "50.0000");
    ROW(&t, 8, "p01", "xep_loai", "a", "Hoàn thành xuất sắc nhiệm vụ", "0", "0");
    ck_assert(!yk_table_is_shown(&t, 8, YK_RATINGS_PERCENT));
    yk_table_free(&t);

    /* min_base 2: individuals rated p01 once (I1): their 5 rows blank */
    ratings(&x, 2, &t, &blank);
    ck_assert_uint_eq(blank, 5);
    for (size_t r = 0; r < 10; r++) {
        int individual = strcmp(yk_table_text_at(&t, r, YK_RATINGS_FROM), "individual") == 0;
        for (size_t c = YK_RATINGS_N; c <= YK_RATINGS_CI_HIGH; c++)
            ck_assert_int_eq(yk_table_is_shown(&t, r, c), !individual);
    }
    yk_table_free(&t);

    /* min_base 3: and the collectives' xep_loai, 2 graded: 2 rows more */
    ratings(&x, 3, &t, &blank);
    ck_assert_uint_eq(blank, 7);
    ck_assert(yk_table_is_shown(&t, 0, YK_RATINGS_N));              /* chinh_tri: 3 */
    ck_assert(!yk_table_is_shown(&t, 6, YK_RATINGS_N));
    ck_assert(!yk_table_is_shown(&t, 7, YK_RATINGS_BASE));
    yk_table_free(&t);

    /* In English: the criterion's English label, the choice's own. */
    yk_figure_opts o = { 0 };
    yk_table_init(&t, yk_ratings_columns, YK_RATINGS_NCOLS);
    ck_assert_int_eq(yk_figures_ratings(x.f, &o, 1, &t, NULL), YK_OK);
    ck_assert_str_eq(yk_table_text_at(&t, 0, YK_RATINGS_CRITERION_LABEL), "Political quality");
    ck_assert_str_eq(yk_table_text_at(&t, 0, YK_RATINGS_LABEL), "Tốt");
    yk_table_free(&t);
    teardown(&x);
}
END_TEST

Suite *yk_suite_figures_feedback(void)
{
    Suite *s = suite_create("figures_feedback");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, test_remarks);
    tcase_add_test(tc, test_themes);
    tcase_add_test(tc, test_ratings);
    suite_add_tcase(s, tc);
    return s;
}
