/* Charts of units: the layouts of bars, rank and heatmap with the
 * sample's longest labels fit A4, A5 and a slide and pass the layout
 * check, refuse a postcard, and colour as documented. */
#include <check.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "suites.h"
#include "yk_chart_bars.h"
#include "yk_chart_heatmap.h"
#include "yk_chart_rank.h"

enum { UNITS = 17, ANSWERS = 6, QUESTIONS = 19 };

static const char *const longest = "Đoàn Khối Cơ quan – Doanh nghiệp tỉnh";
static const char *const answers[ANSWERS] = {
    "Chưa gần gũi, lắng nghe đoàn viên", "Năng lực tổ chức hoạt động còn hạn chế",
    "Làm việc còn hình thức", "Thiếu gương mẫu", "Kiêm nhiệm nhiều việc", "Khác",
};
/* A4, A5 and 16:9 slide landscape, in points (verb_chart.c's sizes). */
static const double sizes[][2] = { { 841.9, 595.3 }, { 595.3, 419.5 }, { 720.0, 405.0 } };

static int same_rgb(yk_rgb c, unsigned hex)
{
    return c.r == (hex >> 16 & 0xFF) && c.g == (hex >> 8 & 0xFF) && c.b == (hex & 0xFF);
}

static int equal(yk_rgb a, yk_rgb b)
{
    return a.r == b.r && a.g == b.g && a.b == b.b;
}

static yk_chart *chart(double w, double h)
{
    yk_chart *c;
    ck_assert_int_eq(yk_chart_new(w, h, "Noto Sans", &c), YK_OK);
    return c;
}

static void assert_fits(const yk_chart *c)
{
    char problem[512];
    ck_assert_msg(yk_chart_check(c, problem, sizeof problem) == YK_OK, "%s", problem);
}

static const char *unit_name(size_t i)
{
    return i % 3 ? "Kiên Hải" : longest;
}

/* ColorBrewer 2.0, YlGnBu, 9 classes (colorbrewer2.org, "sequential"):
 * lightest ffffd9, darkest 081d58, each darker than the one before. */
START_TEST(test_sequential)
{
    yk_rgb c, before = { 255, 255, 255 };
    ck_assert_int_eq(yk_palette_sequential(0, &c), YK_OK);
    ck_assert(same_rgb(c, 0xffffd9));
    ck_assert_int_eq(yk_palette_sequential(8, &c), YK_OK);
    ck_assert(same_rgb(c, 0x081d58));
    ck_assert_int_eq(yk_palette_sequential(9, &c), YK_ERR_ARGUMENT);
    for (size_t k = 0; k < YK_PALETTE_SEQUENTIAL; k++) {
        ck_assert_int_eq(yk_palette_sequential(k, &c), YK_OK);
        double y = 0.299 * c.r + 0.587 * c.g + 0.114 * c.b;
        double y0 = 0.299 * before.r + 0.587 * before.g + 0.114 * before.b;
        ck_assert_msg(y < y0, "class %zu is not darker in grey", k);
        before = c;
    }
}
END_TEST

/* 17 units by 6 answers, as `chart bars --by` draws han_che. */
static void bars_spec(yk_bars *s, yk_bars_row *rows, double (*percents)[ANSWERS],
                      yk_rgb *colours)
{
    for (size_t p = 0; p < ANSWERS; p++)
        colours[p] = yk_palette_category(p);
    for (size_t i = 0; i < UNITS; i++) {
        for (size_t p = 0; p < ANSWERS; p++)
            percents[i][p] = fmod(7.3 * (double)(i + 1) * (double)(p + 1), 100);
        rows[i] = (yk_bars_row){ unit_name(i), 1234 + (double)i, percents[i], i == 4, NULL,
                                 NULL, NULL };
    }
    *s = (yk_bars){ { "Hạn chế lớn nhất của cán bộ Đoàn hiện nay là gì? (chọn tối đa 2 "
                      "phương án)", "Đợt 2014", "Nguồn: khảo sát. Có thể quá 100%.", 1 },
                    answers, ANSWERS, colours, "n", -1, rows, UNITS, 0 };
}

START_TEST(test_bars_fits)
{
    yk_bars s;
    yk_bars_row rows[UNITS];
    double percents[UNITS][ANSWERS];
    yk_rgb colours[ANSWERS];
    bars_spec(&s, rows, percents, colours);
    for (size_t z = 0; z < 3; z++) {
        yk_chart *c = chart(sizes[z][0], sizes[z][1]);
        ck_assert_int_eq(yk_chart_bars(c, &s), YK_OK);
        assert_fits(c);
        /* Each panel's bars in its answer's colour: the first bar of row 0
         * is answer 0's, orange E69F00. */
        size_t bars = 0;
        for (size_t i = 0; i < yk_chart_n_items(c); i++) {
            const yk_item *it = yk_chart_item(c, i);
            if (strcmp(it->role, "bar") == 0 && bars++ == 0)
                ck_assert(same_rgb(it->colour, 0xE69F00));
        }
        ck_assert_uint_eq(bars, (UNITS - 1) * ANSWERS);     /* row 4 is suppressed */
        yk_chart_free(c);
    }
    yk_chart *c = chart(300, 200);
    ck_assert_int_eq(yk_chart_bars(c, &s), YK_ERR_LIMIT);
    yk_chart_free(c);
}
END_TEST

/* One question overall: a row per answer, one colour, the base once. */
START_TEST(test_bars_overall)
{
    double percents[ANSWERS] = { 33.2, 36.3, 28.9, 11.0, 28.0, 5.7 };
    yk_bars_row rows[ANSWERS];
    yk_rgb colours[ANSWERS];
    for (size_t i = 0; i < ANSWERS; i++) {
        rows[i] = (yk_bars_row){ answers[i], -1, &percents[i], 0, NULL, NULL, NULL };
        colours[i] = yk_palette_category(4);
    }
    yk_bars s = { { "Hạn chế", NULL, "Nguồn: khảo sát.", 1 }, NULL, 1, colours, "n", 15427,
                  rows, ANSWERS, 0 };
    yk_chart *c = chart(sizes[1][0], sizes[1][1]);
    ck_assert_int_eq(yk_chart_bars(c, &s), YK_OK);
    assert_fits(c);
    size_t values = 0, bases = 0;
    for (size_t i = 0; i < yk_chart_n_items(c); i++) {
        const yk_item *it = yk_chart_item(c, i);
        if (strcmp(it->role, "bar") == 0)
            ck_assert(same_rgb(it->colour, 0x0072B2));
        if (strcmp(it->role, "base") == 0) {
            ck_assert_str_eq(it->text, "n = 15.427");
            bases++;
        }
        if (strcmp(it->role, "value") == 0 && values++ == 0) {
            ck_assert_str_eq(it->text, "33,2%");
        }
    }
    ck_assert_uint_eq(values, ANSWERS);
    ck_assert_uint_eq(bases, 1);
    yk_chart_free(c);
    s.nrows = 0;
    c = chart(sizes[1][0], sizes[1][1]);
    ck_assert_int_eq(yk_chart_bars(c, &s), YK_ERR_ARGUMENT);
    yk_chart_free(c);
}
END_TEST

static void rank_spec(yk_rank *s, yk_rank_row *rows)
{
    for (size_t i = 0; i < UNITS; i++) {
        double v = 97 - 1.3 * (double)i;
        rows[i] = (yk_rank_row){ unit_name(i), 200 + 100 * (double)i, v, v - 4, v + 2 };
    }
    *s = (yk_rank){ { "Anh/chị tin tưởng như thế nào vào Ban Thường vụ Huyện, Thị, Thành "
                      "đoàn?", NULL, "Nguồn: khảo sát.", 1 },
                    "n", "Tất cả đơn vị", 90.5, 1, 1, rows, UNITS };
}

START_TEST(test_rank_fits)
{
    yk_rank s;
    yk_rank_row rows[UNITS];
    rank_spec(&s, rows);
    for (size_t z = 0; z < 3; z++) {
        yk_chart *c = chart(sizes[z][0], sizes[z][1]);
        ck_assert_int_eq(yk_chart_rank(c, &s), YK_OK);
        assert_fits(c);
        size_t points = 0, references = 0;
        for (size_t i = 0; i < yk_chart_n_items(c); i++) {
            const yk_item *it = yk_chart_item(c, i);
            points += strcmp(it->role, "point") == 0;
            if (strcmp(it->role, "reference") == 0) {
                ck_assert(it->dashed);
                references++;
            }
            if (strcmp(it->role, "reference-label") == 0) {
                ck_assert_str_eq(it->text, "Tất cả đơn vị: 90,5%");
            }
        }
        ck_assert_uint_eq(points, UNITS);
        ck_assert_uint_eq(references, 1);
        yk_chart_free(c);
    }
    yk_chart *c = chart(300, 200);
    ck_assert_int_eq(yk_chart_rank(c, &s), YK_ERR_LIMIT);
    yk_chart_free(c);
    rows[3].low = rows[3].value + 1;        /* an interval without its figure */
    c = chart(sizes[0][0], sizes[0][1]);
    ck_assert_int_eq(yk_chart_rank(c, &s), YK_ERR_ARGUMENT);
    yk_chart_free(c);
}
END_TEST

/* A mean: ticks at round steps, the figure with two decimals. */
START_TEST(test_rank_mean)
{
    yk_rank_row rows[2] = { { "Đoàn Công an tỉnh", 254, 25.6732, 25.1428, 26.2036 },
                            { "Kiên Hải", 233, 23.2532, 22.6146, 23.8918 } };
    yk_rank s = { { "Tuổi", NULL, "Nguồn: khảo sát.", 0 }, "n", "All units", 23.63, 0, 2,
                  rows, 2 };
    yk_chart *c = chart(sizes[1][0], sizes[1][1]);
    ck_assert_int_eq(yk_chart_rank(c, &s), YK_OK);
    assert_fits(c);
    int first = 1;
    for (size_t i = 0; i < yk_chart_n_items(c); i++) {
        const yk_item *it = yk_chart_item(c, i);
        if (strcmp(it->role, "value") == 0 && first) {
            ck_assert_str_eq(it->text, "25.67");
            first = 0;
        }
        if (strcmp(it->role, "tick") == 0)
            ck_assert_msg(strchr(it->text, '%') == NULL, "%s", it->text);
    }
    yk_chart_free(c);
}
END_TEST

static void heatmap_spec(yk_heatmap *s, yk_heatmap_row *rows, double (*values)[QUESTIONS],
                         unsigned char (*suppressed)[QUESTIONS], const char **columns,
                         const char **codes, size_t ncolumns)
{
    static char names[QUESTIONS][24];
    for (size_t j = 0; j < ncolumns; j++) {
        columns[j] = j % 2 ? "Anh/chị tin tưởng như thế nào vào Ban Thường vụ Huyện, Thị, "
                             "Thành đoàn?"
                           : "Cán bộ Đoàn ở đơn vị gương mẫu, nói đi đôi với làm.";
        snprintf(names[j], sizeof names[j], "q%02zu", j + 1);
        codes[j] = names[j];
    }
    for (size_t i = 0; i < UNITS; i++) {
        for (size_t j = 0; j < ncolumns; j++) {
            values[i][j] = 46 + fmod(3.7 * (double)(i + j), 51);
            suppressed[i][j] = i == 2 && j == 1;
        }
        rows[i] = (yk_heatmap_row){ unit_name(i), 1000 + (double)i, values[i], suppressed[i] };
    }
    *s = (yk_heatmap){ { "Tỉ lệ tích cực theo đơn vị", NULL, "Nguồn: khảo sát.", 1 },
                       columns, codes, ncolumns, "n", "Tỉ lệ tích cực",
                       "dưới 10 người có ý kiến", rows, UNITS };
}

/* Every cell's colour is its share's class (grey when suppressed), its
 * text black or white on it, whichever reads. */
static void assert_cells(const yk_chart *c, const yk_heatmap *s)
{
    double low, step;
    size_t k = 0, greys = 0;
    yk_rgb fill = { 0, 0, 0 }, want;
    yk_heatmap_classes(s, &low, &step);
    for (size_t i = 0; i < yk_chart_n_items(c); i++) {
        const yk_item *it = yk_chart_item(c, i);
        int cell = strcmp(it->role, "cell") == 0, grey = strcmp(it->role, "suppressed") == 0;
        if (it->kind == YK_ITEM_RECT && (cell || grey)) {
            const yk_heatmap_row *r = &s->rows[k / s->ncolumns];
            size_t j = k++ % s->ncolumns;
            double level = floor((r->values[j] - low) / step);
            level = level < 0 ? 0 : level > 8 ? 8 : level;
            ck_assert_int_eq(yk_palette_sequential((size_t)level, &want), YK_OK);
            ck_assert(grey == (r->suppressed && r->suppressed[j]));
            ck_assert(equal(it->colour, grey ? yk_palette_not_opinion() : want));
            greys += grey;
            fill = it->colour;
        } else if (it->kind == YK_ITEM_TEXT && (strcmp(it->role, "value") == 0 || grey)) {
            ck_assert(equal(it->colour, yk_palette_ink_on(fill)));
        }
    }
    ck_assert_uint_eq(k, UNITS * s->ncolumns);
    ck_assert_uint_eq(greys, 1);
}

START_TEST(test_heatmap_fits)
{
    yk_heatmap s;
    yk_heatmap_row rows[UNITS];
    double values[UNITS][QUESTIONS];
    unsigned char suppressed[UNITS][QUESTIONS];
    const char *columns[QUESTIONS], *codes[QUESTIONS];
    heatmap_spec(&s, rows, values, suppressed, columns, codes, 5);
    for (size_t z = 0; z < 3; z++) {
        yk_chart *c = chart(sizes[z][0], sizes[z][1]);
        ck_assert_int_eq(yk_chart_heatmap(c, &s), YK_OK);
        assert_fits(c);
        assert_cells(c, &s);
        yk_chart_free(c);
    }
    yk_chart *c = chart(300, 200);
    ck_assert_int_eq(yk_chart_heatmap(c, &s), YK_ERR_LIMIT);
    yk_chart_free(c);
}
END_TEST

/* 19 questions on A4: the labels do not fit over the columns, so the
 * codes head them and a key of codes and labels goes over the note. */
START_TEST(test_heatmap_codes)
{
    yk_heatmap s;
    yk_heatmap_row rows[UNITS];
    double values[UNITS][QUESTIONS];
    unsigned char suppressed[UNITS][QUESTIONS];
    const char *columns[QUESTIONS], *codes[QUESTIONS];
    heatmap_spec(&s, rows, values, suppressed, columns, codes, QUESTIONS);
    yk_chart *c = chart(sizes[0][0], sizes[0][1]);
    ck_assert_int_eq(yk_chart_heatmap(c, &s), YK_OK);
    assert_fits(c);
    size_t keys = 0;
    for (size_t i = 0; i < yk_chart_n_items(c); i++) {
        const yk_item *it = yk_chart_item(c, i);
        if (strcmp(it->role, "heading") == 0)
            ck_assert_msg(it->text[0] == 'q' && strlen(it->text) == 3, "%s", it->text);
        if (strcmp(it->role, "codes") == 0) {
            ck_assert(strncmp(it->text, "q01: Cán bộ Đoàn", strlen("q01: Cán bộ Đoàn")) == 0);
            keys++;
        }
    }
    ck_assert_uint_eq(keys, 1);
    yk_chart_free(c);
    s.codes = NULL;         /* no codes to fall back on */
    c = chart(sizes[0][0], sizes[0][1]);
    ck_assert_int_eq(yk_chart_heatmap(c, &s), YK_ERR_LIMIT);
    yk_chart_free(c);
}
END_TEST

/* The key's classes: 9 of a round width over the shares drawn. */
START_TEST(test_heatmap_classes)
{
    static const struct { double lo, hi, low, step; } cases[] = {
        { 80, 80, 80, 1 }, { 50, 60, 50, 2 }, { 46, 97, 10, 10 }, { 61, 95, 55, 5 },
        { 0, 100, 0, 100.0 / 9 },
    };
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        double v[2] = { cases[k].lo, cases[k].hi }, low, step;
        yk_heatmap_row rows[1] = { { "Kiên Hải", 10, v, NULL } };
        yk_heatmap s = { { "t", NULL, NULL, 1 }, (const char *[]){ "a", "b" }, NULL, 2, "n",
                         NULL, NULL, rows, 1 };
        yk_heatmap_classes(&s, &low, &step);
        ck_assert_double_eq_tol(low, cases[k].low, 1e-9);
        ck_assert_double_eq_tol(step, cases[k].step, 1e-9);
    }
}
END_TEST

/* Issue 12: a NAN percent is a hidden cell of a unit by answer chart:
 * "…" in its place, no bar and no value; the row's other cells drawn. */
START_TEST(test_bars_hidden_cell)
{
    static const char *const panels[2] = { "Có", "Không" };
    double p1[2] = { 40, NAN }, p2[2] = { 60, 50 };
    yk_bars_row rows[2] = { { "Huyện A", 30, p1, 0, NULL, NULL, NULL },
                            { "Huyện B", 40, p2, 0, NULL, NULL, NULL } };
    yk_rgb colours[2] = { yk_palette_category(0), yk_palette_category(1) };
    yk_bars s = { { "Hidden", NULL, "Nguồn: khảo sát.", 1 }, panels, 2, colours, "n", -1,
                  rows, 2, 0 };
    yk_chart *c = chart(sizes[1][0], sizes[1][1]);
    ck_assert_int_eq(yk_chart_bars(c, &s), YK_OK);
    size_t bars = 0, dots = 0, nan_text = 0;
    for (size_t i = 0; i < yk_chart_n_items(c); i++) {
        const yk_item *it = yk_chart_item(c, i);
        bars += it->kind == YK_ITEM_RECT && strcmp(it->role, "bar") == 0;
        dots += it->kind == YK_ITEM_TEXT && strcmp(it->role, "suppressed") == 0;
        nan_text += it->kind == YK_ITEM_TEXT && strstr(it->text, "nan") != NULL;
    }
    ck_assert_uint_eq(bars, 3);
    ck_assert_uint_eq(dots, 1);
    ck_assert_uint_eq(nan_text, 0);
    yk_chart_free(c);
}
END_TEST

/* Issue 16: the themes of open answers, each share with its 95% interval
 * as a whisker, the uncoded answers last, apart and grey.  Figures: 120,
 * 96, 40 and 31 answers of 265 (ones a codebook could give); the Wilson
 * intervals by R, prop.test(120, 265, correct = FALSE)$conf.int and so
 * on, to 0.1 (percent). */
enum { THEMES = 4 };
static const char *const themes[THEMES] = {
    "Sinh hoạt chi đoàn", "Cán bộ Đoàn", "Việc làm, thu nhập", "Chưa xếp chủ đề",
};
static double theme_p[THEMES] = { 45.3, 36.2, 15.1, 11.7 };
static double theme_lo[THEMES] = { 39.4, 30.7, 11.3, 8.4 };
static double theme_hi[THEMES] = { 51.3, 42.2, 19.9, 16.1 };

static void themes_spec(yk_bars *s, yk_bars_row *rows, yk_rgb *colours)
{
    for (size_t i = 0; i < THEMES; i++) {
        rows[i] = (yk_bars_row){ themes[i], -1, &theme_p[i], 0, &theme_lo[i], &theme_hi[i],
                                 NULL };
        colours[i] = i + 1 < THEMES ? yk_palette_category(4) : yk_palette_not_opinion();
    }
    *s = (yk_bars){ { "Ý kiến, kiến nghị khác", NULL, "Nguồn: khảo sát.", 1 }, NULL, 1,
                    colours, "n", 265, rows, THEMES, 1 };
}

START_TEST(test_bars_intervals)
{
    yk_bars s;
    yk_bars_row rows[THEMES];
    yk_rgb colours[THEMES];
    themes_spec(&s, rows, colours);
    yk_chart *c = chart(sizes[1][0], sizes[1][1]);
    ck_assert_int_eq(yk_chart_bars(c, &s), YK_OK);
    assert_fits(c);
    const yk_item *bar[THEMES], *value[THEMES];
    double lo[THEMES], hi[THEMES];
    size_t nb = 0, nv = 0, ni = 0, caps = 0;
    for (size_t i = 0; i < yk_chart_n_items(c); i++) {
        const yk_item *it = yk_chart_item(c, i);
        if (strcmp(it->role, "bar") == 0 && nb < THEMES)
            bar[nb++] = it;
        else if (strcmp(it->role, "value") == 0 && nv < THEMES)
            value[nv++] = it;
        else if (strcmp(it->role, "interval") == 0 && ni < THEMES)
            lo[ni] = it->x, hi[ni++] = it->x + it->w;
        caps += strcmp(it->role, "cap") == 0;
    }
    ck_assert_uint_eq(nb, THEMES);
    ck_assert_uint_eq(nv, THEMES);
    ck_assert_uint_eq(ni, THEMES);
    ck_assert_uint_eq(caps, 2 * THEMES);
    double per = bar[0]->w / theme_p[0];
    for (size_t i = 0; i < THEMES; i++) {
        /* On the bars' one scale: a whisker's ends at its interval's. */
        ck_assert_double_eq_tol(bar[i]->w, theme_p[i] * per, 1e-6);
        ck_assert_double_eq_tol(lo[i] - bar[i]->x, theme_lo[i] * per, 1e-6);
        ck_assert_double_eq_tol(hi[i] - bar[i]->x, theme_hi[i] * per, 1e-6);
        /* The share written past the whisker, not over it. */
        ck_assert(value[i]->x > hi[i]);
    }
    ck_assert_str_eq(value[0]->text, "45,3%");
    ck_assert(equal(bar[THEMES - 1]->colour, yk_palette_not_opinion()));
    /* The uncoded row apart: a wider step before it than between others. */
    double step = bar[1]->y - bar[0]->y, last = bar[THEMES - 1]->y - bar[THEMES - 2]->y;
    ck_assert_double_eq_tol(bar[2]->y - bar[1]->y, step, 1e-6);
    ck_assert(last > step * 1.4);
    yk_chart_free(c);
}
END_TEST

/* An interval that does not hold its share is refused, not drawn wrong. */
START_TEST(test_bars_interval_wrong)
{
    yk_bars s;
    yk_bars_row rows[THEMES];
    yk_rgb colours[THEMES];
    themes_spec(&s, rows, colours);
    double high = 40.0;         /* under the share 45.3 */
    rows[0].highs = &high;
    yk_chart *c = chart(sizes[1][0], sizes[1][1]);
    ck_assert_int_eq(yk_chart_bars(c, &s), YK_ERR_ARGUMENT);
    yk_chart_free(c);
    rows[0].highs = NULL;       /* a low without a high */
    c = chart(sizes[1][0], sizes[1][1]);
    ck_assert_int_eq(yk_chart_bars(c, &s), YK_ERR_ARGUMENT);
    yk_chart_free(c);
}
END_TEST

/* The phrases members use most: each bar's count before its share, in
 * the chart's number style.  1234 of 2725 answers is 45.28...% (hand). */
START_TEST(test_bars_counts)
{
    double p[2] = { 45.3, 4.4 }, n[2] = { 1234, 120 };
    yk_rgb colours[2] = { yk_palette_category(4), yk_palette_category(4) };
    yk_bars_row rows[2] = { { "cán bộ", -1, &p[0], 0, NULL, NULL, &n[0] },
                            { "sinh hoạt", -1, &p[1], 0, NULL, NULL, &n[1] } };
    yk_bars s = { { "Cụm từ", NULL, NULL, 1 }, NULL, 1, colours, "n", 2725, rows, 2, 0 };
    for (int english = 0; english < 2; english++) {
        s.frame.decimal_comma = !english;
        yk_chart *c = chart(sizes[1][0], sizes[1][1]);
        ck_assert_int_eq(yk_chart_bars(c, &s), YK_OK);
        assert_fits(c);
        size_t nv = 0;
        for (size_t i = 0; i < yk_chart_n_items(c); i++) {
            const yk_item *it = yk_chart_item(c, i);
            if (strcmp(it->role, "value") == 0 && nv++ == 0)
                ck_assert_str_eq(it->text, english ? "1,234 (45.3%)" : "1.234 (45,3%)");
        }
        ck_assert_uint_eq(nv, 2);
        yk_chart_free(c);
    }
}
END_TEST

/* By unit, a panel per theme: the uncoded panel last, apart from the
 * others by a wider gap; 17 units fit A4 and A5. */
START_TEST(test_bars_panel_apart)
{
    yk_bars_row rows[UNITS];
    double p[UNITS][THEMES], lo[UNITS][THEMES], hi[UNITS][THEMES];
    yk_rgb colours[THEMES];
    for (size_t t = 0; t < THEMES; t++)
        colours[t] = t + 1 < THEMES ? yk_palette_category(4) : yk_palette_not_opinion();
    for (size_t i = 0; i < UNITS; i++) {
        for (size_t t = 0; t < THEMES; t++)
            p[i][t] = theme_p[t], lo[i][t] = theme_lo[t], hi[i][t] = theme_hi[t];
        rows[i] = (yk_bars_row){ unit_name(i), 265, p[i], 0, lo[i], hi[i], NULL };
    }
    yk_bars s = { { "Ý kiến, kiến nghị khác", "Đợt 2014", "Nguồn: khảo sát.", 1 }, themes,
                  THEMES, colours, "n", -1, rows, UNITS, 1 };
    for (size_t z = 0; z < 2; z++) {
        yk_chart *c = chart(sizes[z][0], sizes[z][1]);
        ck_assert_int_eq(yk_chart_bars(c, &s), YK_OK);
        assert_fits(c);
        double x[THEMES];
        size_t nl = 0;
        for (size_t i = 0; i < yk_chart_n_items(c); i++) {
            const yk_item *it = yk_chart_item(c, i);
            if (strcmp(it->role, "baseline") == 0 && nl < THEMES)
                x[nl++] = it->x;
        }
        ck_assert_uint_eq(nl, THEMES);
        ck_assert_double_eq_tol(x[2] - x[1], x[1] - x[0], 1e-6);
        ck_assert(x[3] - x[2] > x[1] - x[0] + 4);
        yk_chart_free(c);
    }
}
END_TEST

/* Issue 16: rows that come out lower than the first guess (long panel
 * headings take the height) fit with the bases beside the labels, the
 * column fitted again, rather than being refused: 18 units by 8 themes
 * with 9-point text at least fit A4, as `chart themes --by` draws the
 * sample. */
START_TEST(test_bars_refit_column)
{
    enum { ROWS = 18, PANELS = 8 };
    static const char *const heads[PANELS] = {
        "Cán bộ Đoàn: gần gũi, sâu sát, năng lực", "Sinh hoạt chi đoàn",
        "Đối thoại và phản hồi ý kiến", "Học tập Nghị quyết", "Phụ cấp, kinh phí, đoàn phí",
        "Mạng xã hội và tuyên truyền", "Biển đảo: ngư dân, đi lại", "Chưa xếp chủ đề",
    };
    yk_bars_row rows[ROWS];
    double p[ROWS][PANELS];
    yk_rgb colours[PANELS];
    for (size_t k = 0; k < PANELS; k++)
        colours[k] = yk_palette_category(4);
    for (size_t i = 0; i < ROWS; i++) {
        for (size_t k = 0; k < PANELS; k++)
            p[i][k] = 5 + (double)((i * 7 + k * 3) % 50);
        rows[i] = (yk_bars_row){ unit_name(i), 1277, p[i], 0, NULL, NULL, NULL };
    }
    yk_bars s = { { "Góp ý của anh/chị đối với công tác cán bộ Đoàn", "Các chủ đề của ý kiến",
                    "Nguồn: Phiếu khảo sát tình hình tư tưởng đoàn viên, thanh niên, đợt 2014. "
                    "Phần trăm trên số người đã viết ý kiến cho câu hỏi (n), với khoảng tin cậy "
                    "95% (Wilson); một ý kiến có thể thuộc nhiều chủ đề, nên cộng lại có thể "
                    "quá 100%. Chủ đề theo bộ mã chủ đề của dự án; ý kiến không thuộc chủ đề "
                    "nào (màu xám) để riêng. Không ý kiến nào thuộc chủ đề: Việc làm và dạy "
                    "nghề; Văn hóa, thể thao, sân chơi; Tệ nạn xã hội; Tình nguyện.", 1 },
                  heads, PANELS, colours, "n", -1, rows, ROWS, 1 };
    yk_chart *c = chart(sizes[0][0], sizes[0][1]);
    yk_chart_set_min_text(c, 9);
    ck_assert_int_eq(yk_chart_bars(c, &s), YK_OK);
    assert_fits(c);
    size_t beside = 0;
    double label_y = -1;
    for (size_t i = 0; i < yk_chart_n_items(c); i++) {
        const yk_item *it = yk_chart_item(c, i);
        if (strcmp(it->role, "label") == 0)
            label_y = it->y;
        if (strcmp(it->role, "base") == 0 && fabs(it->y - label_y) < 6)
            beside++;       /* on the label's line, not under it */
    }
    ck_assert_uint_eq(beside, ROWS);
    yk_chart_free(c);
}
END_TEST

Suite *yk_suite_chart_units(void)
{
    Suite *s = suite_create("chart_units");
    TCase *tc = tcase_create("chart_units");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, test_sequential);
    tcase_add_test(tc, test_bars_fits);
    tcase_add_test(tc, test_bars_overall);
    tcase_add_test(tc, test_rank_fits);
    tcase_add_test(tc, test_rank_mean);
    tcase_add_test(tc, test_heatmap_fits);
    tcase_add_test(tc, test_heatmap_codes);
    tcase_add_test(tc, test_heatmap_classes);
    tcase_add_test(tc, test_bars_hidden_cell);
    tcase_add_test(tc, test_bars_intervals);
    tcase_add_test(tc, test_bars_interval_wrong);
    tcase_add_test(tc, test_bars_counts);
    tcase_add_test(tc, test_bars_panel_apart);
    tcase_add_test(tc, test_bars_refit_column);
    suite_add_tcase(s, tc);
    return s;
}
