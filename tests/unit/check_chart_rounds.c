/* The layouts of two kinds of chart: rounds (a dumbbell of a share across
 * survey rounds) and votes (a confidence poll, a 100% bar per person).
 * Each must fit the longest labels of the samples on A4, A5 and a slide,
 * refuse a canvas too small, and put its figures where they belong. */
#include <check.h>
#include <math.h>
#include <string.h>
#include "suites.h"
#include "yk_chart_rounds.h"
#include "yk_chart_votes.h"

/* Landscape A4 and A5 and a 16:9 slide, in points (as ykien chart --size). */
static const double sizes[][2] = { { 841.9, 595.3 }, { 595.3, 419.5 }, { 720.0, 405.0 } };

static yk_chart *chart(double w, double h)
{
    yk_chart *c;
    ck_assert_int_eq(yk_chart_new(w, h, "Noto Sans", &c), YK_OK);
    return c;
}

/* The first item of a role (and text, when not NULL), or NULL. */
static const yk_item *find(const yk_chart *c, const char *role, const char *text)
{
    for (size_t i = 0; i < yk_chart_n_items(c); i++) {
        const yk_item *it = yk_chart_item(c, i);
        if (strcmp(it->role, role) == 0 && (!text || (it->text && strcmp(it->text, text) == 0)))
            return it;
    }
    return NULL;
}

static size_t count(const yk_chart *c, const char *role)
{
    size_t n = 0;
    for (size_t i = 0; i < yk_chart_n_items(c); i++)
        n += strcmp(yk_chart_item(c, i)->role, role) == 0;
    return n;
}

static void assert_fits(yk_chart *c)
{
    char problem[512];
    ck_assert_msg(yk_chart_check(c, problem, sizeof problem) == YK_OK, "%s", problem);
}

/* ---- rounds ------------------------------------------------------------- */

enum { NUNITS = 18, NROUNDS = 3 };

typedef struct {
    double share[NUNITS][NROUNDS], base[NUNITS][NROUNDS], change[NUNITS][NROUNDS - 1];
    yk_rounds_row rows[NUNITS];
    yk_rounds_chart spec;
} rounds_fixture;

static const char *const round_names[] = { "2012", "2013", "2014" };

/* The province and 17 units, every other one the sample's longest name;
 * row 7 rises then falls significantly (Giồng Riềng's +9,2 and −16,7),
 * row 3 has no 2012 dot (under the minimum base). */
static void rounds_spec(rounds_fixture *f)
{
    memset(f, 0, sizeof *f);
    for (size_t i = 0; i < NUNITS; i++) {
        for (size_t k = 0; k < NROUNDS; k++) {
            f->share[i][k] = 80 + (double)((i * 7 + k * 5) % 15);
            f->base[i][k] = 1000 + (double)(i * 137 + k * 11);
        }
        for (size_t p = 0; p + 1 < NROUNDS; p++)
            f->change[i][p] = NAN;
        f->rows[i] = (yk_rounds_row){
            i == 0 ? "Toàn tỉnh" : i % 2 ? "Đoàn Khối Cơ quan – Doanh nghiệp tỉnh" : "Kiên Hải",
            i == 0, f->share[i], f->base[i], f->change[i] };
    }
    f->share[7][0] = 83.0217, f->share[7][1] = 92.2272, f->share[7][2] = 75.5117;
    f->change[7][0] = 9.2055, f->change[7][1] = -16.7155;
    f->share[3][0] = NAN;
    f->base[3][0] = 7;
    f->spec = (yk_rounds_chart){
        { "Anh/chị tin tưởng như thế nào vào Ban Thường vụ Huyện, Thị, Thành đoàn?",
          "Tỉ lệ tích cực", "Nguồn: khảo sát, 2012–2014. Không vẽ điểm của đợt có dưới 10 "
          "người có ý kiến.", 1 },
        round_names, NROUNDS, "n", "Tăng có ý nghĩa", "Giảm có ý nghĩa", f->rows, NUNITS };
}

START_TEST(test_rounds_fits)
{
    rounds_fixture f;
    rounds_spec(&f);
    for (size_t s = 0; s < sizeof sizes / sizeof sizes[0]; s++) {
        yk_chart *c = chart(sizes[s][0], sizes[s][1]);
        ck_assert_int_eq(yk_chart_rounds(c, &f.spec), YK_OK);
        assert_fits(c);
        ck_assert_ptr_nonnull(find(c, "label", "Đoàn Khối Cơ quan – Doanh nghiệp tỉnh"));
        yk_chart_free(c);
    }
    yk_chart *c = chart(300, 200);
    ck_assert_int_eq(yk_chart_rounds(c, &f.spec), YK_ERR_LIMIT);
    yk_chart_free(c);
}
END_TEST

/* A dot per round with a share, a bold coloured line and the change in
 * points for each significant change, the province bold on a band. */
START_TEST(test_rounds_figures)
{
    rounds_fixture f;
    rounds_spec(&f);
    yk_chart *c = chart(sizes[1][0], sizes[1][1]);
    ck_assert_int_eq(yk_chart_rounds(c, &f.spec), YK_OK);
    ck_assert_uint_eq(count(c, "dot"), NUNITS * NROUNDS - 1);
    ck_assert_uint_eq(count(c, "change"), 2 * 2);      /* two lines, two texts */
    const yk_item *up = find(c, "change", "+9,2"), *down = find(c, "change", "−16,7");
    ck_assert_ptr_nonnull(up);
    ck_assert_ptr_nonnull(down);
    ck_assert(up->style & YK_TEXT_BOLD);
    ck_assert_int_eq(up->colour.b, 0xac);                /* RdBu's blue 2166ac */
    ck_assert_int_eq(down->colour.r, 0xb2);              /* and red b2182b */
    ck_assert(up->x + up->w < down->x);                  /* the pairs' columns, in order */
    ck_assert_ptr_nonnull(find(c, "base", "1.000 · 1.011 · 1.022"));
    ck_assert_ptr_nonnull(find(c, "base", "7 · 1.422 · 1.433"));
    ck_assert_ptr_nonnull(find(c, "band", NULL));
    ck_assert(find(c, "label", "Toàn tỉnh")->style & YK_TEXT_BOLD);
    /* A dot's centre is at its share on the axis of the grid lines. */
    const yk_item *first = find(c, "grid", NULL);
    const yk_item *dot = NULL;
    size_t seen = 0;
    for (size_t i = 0; i < yk_chart_n_items(c) && !dot; i++)
        if (strcmp(yk_chart_item(c, i)->role, "dot") == 0 && seen++ == 7 * NROUNDS - 1 + 2)
            dot = yk_chart_item(c, i);      /* row 7's 2014: row 3 has one dot fewer */
    ck_assert_ptr_nonnull(dot);
    double per_point = (find(c, "tick", "80%")->x + find(c, "tick", "80%")->w / 2 -
                        (first->x)) / 10;   /* the first grid line is 70% */
    ck_assert_double_eq_tol(dot->x + dot->w / 2, first->x + (75.5117 - 70) * per_point, 0.01);
    yk_chart_free(c);
}
END_TEST

START_TEST(test_rounds_bad_spec)
{
    rounds_fixture f;
    rounds_spec(&f);
    yk_chart *c = chart(sizes[0][0], sizes[0][1]);
    f.spec.nrounds = 1;
    ck_assert_int_eq(yk_chart_rounds(c, &f.spec), YK_ERR_ARGUMENT);
    f.spec.nrounds = YK_ROUNDS_MAX + 1;
    ck_assert_int_eq(yk_chart_rounds(c, &f.spec), YK_ERR_ARGUMENT);
    yk_chart_free(c);
}
END_TEST

/* ---- votes -------------------------------------------------------------- */

enum { NPERSONS = 12 };

typedef struct {
    yk_votes_person persons[NPERSONS];
    yk_votes_threshold thresholds[2];
    yk_votes_chart spec;
} votes_fixture;

/* Twelve persons of 47 members, every other one with the sample's longest
 * name and position; p08 and p11 flagged as in the sample poll.  The
 * thresholds come heaviest first, as a rule set lists them. */
static void votes_spec(votes_fixture *f)
{
    memset(f, 0, sizeof *f);
    for (size_t i = 0; i < NPERSONS; i++) {
        yk_votes_person *p = &f->persons[i];
        p->name = i % 2 ? "Nguyễn Thị Diễm My" : "Bùi Thị Thanh Thảo";
        p->position = i % 2 ? "Trưởng Ban Thanh niên trường học, Chủ tịch Hội Sinh viên tỉnh"
                            : "Phó Bí thư Tỉnh đoàn, Chủ tịch Hội Liên hiệp Thanh niên tỉnh";
        p->count[YK_CHART_VOTES_HIGH] = 33, p->count[YK_CHART_VOTES_TRUST] = 9;
        p->count[YK_CHART_VOTES_LOW] = 3;
        p->hundredths[YK_CHART_VOTES_HIGH] = 7021, p->hundredths[YK_CHART_VOTES_TRUST] = 1915;
        p->hundredths[YK_CHART_VOTES_LOW] = 638;
    }
    yk_votes_person *p08 = &f->persons[7], *p11 = &f->persons[10];
    p08->count[YK_CHART_VOTES_HIGH] = 8, p08->count[YK_CHART_VOTES_TRUST] = 7;
    p08->count[YK_CHART_VOTES_LOW] = 30;
    p08->hundredths[YK_CHART_VOTES_HIGH] = 1702, p08->hundredths[YK_CHART_VOTES_TRUST] = 1489;
    p08->hundredths[YK_CHART_VOTES_LOW] = 6383;
    p08->flag = "Xem xét";
    p11->count[YK_CHART_VOTES_HIGH] = 5, p11->count[YK_CHART_VOTES_TRUST] = 8;
    p11->count[YK_CHART_VOTES_LOW] = 32;
    p11->hundredths[YK_CHART_VOTES_HIGH] = 1064, p11->hundredths[YK_CHART_VOTES_TRUST] = 1702;
    p11->hundredths[YK_CHART_VOTES_LOW] = 6809;
    p11->flag = "Miễn nhiệm";
    f->thresholds[0] = (yk_votes_threshold){ 2.0 / 3, "Từ 66,67%: Miễn nhiệm" };
    f->thresholds[1] = (yk_votes_threshold){ 1.0 / 2, "Trên 50%: Xem xét" };
    f->spec = (yk_votes_chart){
        { "Kết quả lấy phiếu tín nhiệm Ban Thường vụ Tỉnh đoàn", NULL,
          "Tỉ lệ trên 47 thành viên. Phiếu phát ra: 46; thu về: 46; hợp lệ: 45.", 1 },
        { "Tín nhiệm cao", "Tín nhiệm", "Tín nhiệm thấp" }, "Không tính", 47,
        f->persons, NPERSONS, f->thresholds, 2 };
}

START_TEST(test_votes_fits)
{
    votes_fixture f;
    votes_spec(&f);
    for (size_t s = 0; s < sizeof sizes / sizeof sizes[0]; s++) {
        yk_chart *c = chart(sizes[s][0], sizes[s][1]);
        ck_assert_int_eq(yk_chart_votes(c, &f.spec), YK_OK);
        assert_fits(c);
        ck_assert_ptr_nonnull(find(c, "position", "Trưởng Ban Thanh niên trường học, Chủ tịch "
                                                  "Hội Sinh viên tỉnh"));
        yk_chart_free(c);
    }
    yk_chart *c = chart(300, 200);
    ck_assert_int_eq(yk_chart_votes(c, &f.spec), YK_ERR_LIMIT);
    yk_chart_free(c);
}
END_TEST

/* The rule set's thresholds are lines at their exact fractions of the
 * bar; a segment is its count's fraction of the base. */
START_TEST(test_votes_thresholds)
{
    votes_fixture f;
    votes_spec(&f);
    yk_chart *c = chart(sizes[1][0], sizes[1][1]);
    ck_assert_int_eq(yk_chart_votes(c, &f.spec), YK_OK);
    const yk_item *scale = find(c, "scale", NULL);
    ck_assert_ptr_nonnull(scale);
    size_t n = 0;
    for (size_t i = 0; i < yk_chart_n_items(c); i++) {
        const yk_item *it = yk_chart_item(c, i);
        if (strcmp(it->role, "threshold") != 0)
            continue;
        double want = scale->x + f.thresholds[n].fraction * scale->w;
        ck_assert_double_eq_tol(it->x, want, 1e-9);
        ck_assert_double_eq(it->w, 0);                  /* vertical */
        n++;
    }
    ck_assert_uint_eq(n, 2);
    /* Each label begins at its line, and the leftmost is on top. */
    const yk_item *half = find(c, "threshold-label", "Trên 50%: Xem xét");
    const yk_item *two_thirds = find(c, "threshold-label", "Từ 66,67%: Miễn nhiệm");
    ck_assert_double_eq_tol(half->x, scale->x + scale->w / 2 + 2, 1e-9);
    ck_assert(half->y < two_thirds->y);
    /* p08's "thấp", 30 of 47: the first segment of its bar. */
    int found = 0;
    for (size_t i = 0; i < yk_chart_n_items(c) && !found; i++) {
        const yk_item *it = yk_chart_item(c, i);
        if (strcmp(it->role, "bar") == 0 && fabs(it->w - 30.0 / 47 * scale->w) < 1e-9) {
            ck_assert_double_eq_tol(it->x, scale->x, 1e-9);
            found = 1;
        }
    }
    ck_assert(found);
    yk_chart_free(c);
}
END_TEST

/* Flagged people: the name bold, the flag at the bar's end; the
 * percentages written as given, with a decimal comma. */
START_TEST(test_votes_flags)
{
    votes_fixture f;
    votes_spec(&f);
    yk_chart *c = chart(sizes[0][0], sizes[0][1]);
    ck_assert_int_eq(yk_chart_votes(c, &f.spec), YK_OK);
    ck_assert_uint_eq(count(c, "flag"), 2);
    const yk_item *flag = find(c, "flag", "Miễn nhiệm");
    ck_assert_ptr_nonnull(flag);
    ck_assert(flag->style & YK_TEXT_BOLD);
    ck_assert(flag->x > find(c, "scale", NULL)->x + find(c, "scale", NULL)->w);
    size_t bold = 0;
    for (size_t i = 0; i < yk_chart_n_items(c); i++) {
        const yk_item *it = yk_chart_item(c, i);
        bold += strcmp(it->role, "name") == 0 && (it->style & YK_TEXT_BOLD);
    }
    ck_assert_uint_eq(bold, 2);
    ck_assert_ptr_nonnull(find(c, "segment", "63,83%"));
    ck_assert_ptr_nonnull(find(c, "segment", "70,21%"));
    ck_assert_uint_eq(count(c, "rest"), NPERSONS);     /* 45 of 47 each */
    yk_chart_free(c);
}
END_TEST

START_TEST(test_votes_bad_spec)
{
    votes_fixture f;
    votes_spec(&f);
    yk_chart *c = chart(sizes[0][0], sizes[0][1]);
    f.spec.base = 0;
    ck_assert_int_eq(yk_chart_votes(c, &f.spec), YK_ERR_ARGUMENT);
    f.spec.base = 47;
    f.thresholds[0].fraction = 1.5;
    ck_assert_int_eq(yk_chart_votes(c, &f.spec), YK_ERR_ARGUMENT);
    yk_chart_free(c);
}
END_TEST

Suite *yk_suite_chart_rounds(void)
{
    Suite *s = suite_create("chart_rounds");
    TCase *tc = tcase_create("chart_rounds");
    tcase_add_test(tc, test_rounds_fits);
    tcase_add_test(tc, test_rounds_figures);
    tcase_add_test(tc, test_rounds_bad_spec);
    tcase_add_test(tc, test_votes_fits);
    tcase_add_test(tc, test_votes_thresholds);
    tcase_add_test(tc, test_votes_flags);
    tcase_add_test(tc, test_votes_bad_spec);
    suite_add_tcase(s, tc);
    return s;
}
