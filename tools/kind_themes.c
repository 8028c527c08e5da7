/* ykien chart themes — the themes of one question's open answers: each
 * theme's share of those who answered it, with its 95% interval, themes
 * by share and the answers no theme holds last, apart and grey; by unit
 * (--by), a panel per theme and a row per unit, all on one scale, as
 * `chart bars` draws a question by unit.  The figures are the table
 * `ykien comments` prints (yk_figures_themes). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "chart_kinds.h"
#include "yk_text.h"
#include "yk_chart_bars.h"
#include "yk_figures_comments.h"

/* The note's sentence: what a share is a share of. */
static const char *const explain[2] = {
    "Phần trăm trên số người đã viết ý kiến cho câu hỏi (n), với khoảng tin cậy 95% "
    "(Wilson); một ý kiến có thể thuộc nhiều chủ đề, nên cộng lại có thể quá 100%. Chủ đề "
    "theo bộ mã chủ đề của dự án; ý kiến không thuộc chủ đề nào (màu xám) để riêng.",
    "Percentages of those who wrote an answer to the question (n), with 95% (Wilson) "
    "intervals; an answer can belong to several themes, so they can add to more than 100%. "
    "Themes from the project's codebook; answers in none of them (grey) stand apart.",
};
static const char *const subtitle[2] = { "Các chủ đề của ý kiến", "Themes of the answers" };
static const char *const unsaid_words[2] = { "Không ý kiến nào thuộc chủ đề:",
                                             "No answer is in the themes:" };

#define THEME_COLOUR 4          /* Okabe and Ito's blue, as bars' one question */

/* The theme rows of one group in the table: rows[first .. first + n). */
typedef struct {
    const yk_table *tab;
    size_t first, n;            /* the whole survey's block */
    size_t *order;              /* its themes by share, the uncoded last */
    size_t shown;               /* how many of them are drawn: by unit, not a theme
                                   that no answer holds */
    char *unsaid;               /* by unit, those themes' labels, for the note */
    const char **labels;        /* panel headings (by unit), in order */
    yk_rgb *colours;
    yk_bars_row *rows;
    double *cells;              /* per row: percents, lows, highs, each n wide */
    size_t nrows;
    int any_hidden;
} themes_run;

static int uncoded(const themes_run *t, size_t row)
{
    return strcmp(yk_table_text_at(t->tab, row, YK_THEMES_THEME), YK_THEMES_UNCODED) == 0;
}

/* The whole survey's block: the rows of group "" (the table's first). */
static void overall_block(themes_run *t)
{
    size_t n = yk_table_n_rows(t->tab);
    while (t->n < n && !*yk_table_text_at(t->tab, t->n, YK_THEMES_GROUP))
        t->n++;
}

static const themes_run *sorting;

/* By share, largest first; the uncoded last; ties in the codebook's order. */
static int by_share(const void *a, const void *b)
{
    size_t i = *(const size_t *)a, j = *(const size_t *)b;
    int ui = uncoded(sorting, i), uj = uncoded(sorting, j);
    if (ui != uj)
        return ui - uj;
    double pi = yk_table_value(sorting->tab, i, YK_THEMES_PERCENT);
    double pj = yk_table_value(sorting->tab, j, YK_THEMES_PERCENT);
    if (isnan(pi) != isnan(pj))
        return isnan(pi) - isnan(pj);
    if (!isnan(pi) && pi != pj)
        return pi < pj ? 1 : -1;
    return i < j ? -1 : i > j;
}

static void sort_themes(themes_run *t)
{
    for (size_t i = 0; i < t->n; i++)
        t->order[i] = t->first + i;
    sorting = t;
    qsort(t->order, t->n, sizeof *t->order, by_share);
    sorting = NULL;
}

/* Row `row`'s share and interval into cells (NAN: blank). */
static void cell(const themes_run *t, size_t row, double *p, double *lo, double *hi)
{
    *p = yk_table_value(t->tab, row, YK_THEMES_PERCENT);
    *lo = yk_table_value(t->tab, row, YK_THEMES_CI_LOW);
    *hi = yk_table_value(t->tab, row, YK_THEMES_CI_HIGH);
    if (isnan(*lo) || isnan(*hi))
        *p = NAN;
}

static yk_rgb colour(const themes_run *t, size_t row)
{
    return uncoded(t, row) ? yk_palette_not_opinion() : yk_palette_category(THEME_COLOUR);
}

/* The whole survey: a row per theme, in order. */
static int overall_rows(themes_run *t)
{
    for (size_t k = 0; k < t->n; k++) {
        size_t row = t->order[k];
        double *c = t->cells + 3 * k;
        cell(t, row, &c[0], &c[1], &c[2]);
        if (isnan(c[0]))
            return -1;
        t->rows[k] = (yk_bars_row){ chart_shown(yk_table_text_at(t->tab, row, YK_THEMES_LABEL)),
                                    -1, &c[0], 0, &c[1], &c[2], NULL };
        t->colours[k] = colour(t, row);
    }
    t->nrows = t->n;
    return 0;
}

/* A unit's label: its choice's in the chart's language, else its code. */
static const char *unit_label(const yk_comments *cm, const chart_opts *o, const char *code)
{
    const yk_question *g = yk_comments_group(cm);
    for (size_t i = 0; g && i < g->list->n; i++)
        if (strcmp(g->list->choices[i].name, code) == 0)
            return chart_label(yk_comments_form(cm), g->list->choices[i].labels, code,
                               o->english);
    return chart_shown(code);
}

/* One row of the chart for a group's block (the whole survey's first),
 * its cells in the themes' order.  A block whose every share is blank is
 * a hidden unit: "…". */
static void group_row(themes_run *t, const yk_comments *cm, const chart_opts *o,
                      size_t first, const char *label)
{
    yk_bars_row *r = &t->rows[t->nrows];
    double *p = t->cells + 3 * t->n * t->nrows, *lo = p + t->n, *hi = lo + t->n;
    int shown = 0;
    for (size_t k = 0; k < t->shown; k++) {
        cell(t, first + t->order[k] - t->first, &p[k], &lo[k], &hi[k]);
        shown |= !isnan(p[k]);
    }
    double base = yk_table_value(t->tab, first, YK_THEMES_BASE);
    *r = (yk_bars_row){ label ? label
                              : unit_label(cm, o, yk_table_text_at(t->tab, first,
                                                                   YK_THEMES_GROUP)),
                        isnan(base) ? -1 : base, p, !shown, lo, hi, NULL };
    t->any_hidden |= !shown;
    t->nrows++;
}

/* By unit, a theme that no answer holds has no panel (a column of
 * zeros says nothing the note cannot): its label goes to the note. */
static int drop_unsaid(themes_run *t)
{
    size_t size = 1, kept = 0;
    for (size_t k = 0; k < t->n; k++)
        size += strlen(yk_table_text_at(t->tab, t->order[k], YK_THEMES_LABEL)) + 2;
    if (!(t->unsaid = calloc(size, 1)))
        return -2;
    for (size_t k = 0; k < t->n; k++) {
        size_t row = t->order[k];
        if (uncoded(t, row) || yk_table_value(t->tab, row, YK_THEMES_N) != 0) {
            t->order[kept++] = row;
            continue;
        }
        if (*t->unsaid)
            strcat(t->unsaid, "; ");
        strcat(t->unsaid, yk_table_text_at(t->tab, row, YK_THEMES_LABEL));
    }
    t->shown = kept;
    return 0;
}

/* By unit: the whole survey's row, then a row per unit that answered;
 * a panel per theme. */
static int unit_rows(themes_run *t, const yk_comments *cm, const chart_opts *o)
{
    size_t n = yk_table_n_rows(t->tab);
    if (drop_unsaid(t))
        return -2;
    for (size_t k = 0; k < t->shown; k++) {
        t->labels[k] = chart_shown(yk_table_text_at(t->tab, t->order[k], YK_THEMES_LABEL));
        t->colours[k] = colour(t, t->order[k]);
    }
    group_row(t, cm, o, t->first, msg(MSG_CHART_RANK_ALL, lang_of(o->english)));
    if (t->rows[0].suppressed)
        return -1;
    for (size_t first = t->first + t->n; first + t->n <= n; first += t->n) {
        double base = yk_table_value(t->tab, first, YK_THEMES_BASE);
        if (base == 0)
            continue;       /* a unit where nobody answered the question */
        group_row(t, cm, o, first, NULL);
    }
    return t->nrows > 1 ? 0 : -1;
}

static int draw(themes_run *t, const chart_comments *q, const chart_opts *o, int by,
                yk_chart *c)
{
    char suppressed[256] = "";
    if (t->any_hidden)
        chart_suppressed_text(o, suppressed, sizeof suppressed);
    size_t size = strlen(suppressed) + (t->unsaid ? strlen(t->unsaid) : 0) + 64;
    char *extra = malloc(size);
    if (!extra)
        return EXIT_SYSTEM;
    if (t->unsaid && *t->unsaid)
        yk_text_snprintf(extra, size, "%s %s.%s%s", unsaid_words[o->english], t->unsaid,
                         *suppressed ? " " : "", suppressed);
    else
        yk_text_snprintf(extra, size, "%s", suppressed);
    char *note = chart_comments_note(q, o, explain[o->english], extra);
    free(extra);
    if (!note)
        return EXIT_SYSTEM;
    double base = yk_table_value(t->tab, t->first, YK_THEMES_BASE);
    yk_bars spec = {
        .frame = { o->title ? o->title : q->label, o->subtitle ? o->subtitle
                                                                : subtitle[o->english],
                   note, !o->english },
        .panels = by ? t->labels : NULL, .npanels = by ? t->shown : 1, .colours = t->colours,
        .base_word = chart_words_for(o)->base, .base = by ? -1 : base, .rows = t->rows,
        .nrows = t->nrows, .last_apart = 1,
    };
    yk_status st = yk_chart_bars(c, &spec);
    free(note);
    if (st == YK_ERR_LIMIT && !by) {
        chart_kind overall = chart_kind_themes;
        overall.fit = (chart_fit_words){ "themes", NULL, NULL, "a larger --size" };
        return chart_does_not_fit(&overall, o, spec.nrows, 0);
    }
    if (st == YK_ERR_LIMIT)
        return chart_does_not_fit(&chart_kind_themes, o, spec.nrows, spec.npanels);
    return st == YK_OK ? 0 : EXIT_SYSTEM;
}

/* The rows of the table for the question and round drawn. */
static int fill(const yk_comments *cm, const chart_comments *q, const chart_opts *o, int by,
                yk_table *tab)
{
    yk_figure_opts fo = figure_lib_opts(&o->f);
    unsigned long blank = 0;
    fo.by = by ? o->f.by : NULL;
    fo.questions = q->name;
    fo.round = q->round;
    yk_table_init(tab, yk_themes_columns, YK_THEMES_NCOLS);
    return figure_status(yk_figures_themes(cm, &fo, o->english, tab, &blank));
}

int chart_themes_of(const yk_comments *cm, const chart_opts *o, yk_chart *c)
{
    chart_comments q;
    yk_table tab;
    int by = o->f.by && yk_comments_group(cm), code = chart_comments_pick("themes", cm, o, &q);
    if (code)
        return code;
    if ((code = fill(cm, &q, o, by, &tab)) != 0) {
        yk_table_free(&tab);
        return code;
    }
    themes_run t = { .tab = &tab };
    overall_block(&t);
    size_t groups = t.n ? yk_table_n_rows(&tab) / t.n : 0;
    t.order = calloc(t.n + 1, sizeof *t.order);
    t.labels = calloc(t.n + 1, sizeof *t.labels);
    t.colours = calloc(t.n + 1, sizeof *t.colours);
    t.rows = calloc(groups + t.n + 1, sizeof *t.rows);     /* a row per unit or theme */
    t.cells = calloc(3 * (t.n + 1) * (groups + 1), sizeof *t.cells);
    if (!t.order || !t.labels || !t.colours || !t.rows || !t.cells)
        code = EXIT_SYSTEM;
    else if (t.n == 0)
        code = chart_comments_too_few(&q, o, "themes", 0);
    else {
        sort_themes(&t);
        t.shown = t.n;
        int drawn = by ? unit_rows(&t, cm, o) : overall_rows(&t);
        if (drawn == -2)
            code = EXIT_SYSTEM;
        else if (drawn)
            code = chart_comments_too_few(&q, o, "themes", by);
    }
    if (!code)
        code = draw(&t, &q, o, by, c);
    free(t.order);
    free(t.labels);
    free(t.colours);
    free(t.rows);
    free(t.cells);
    free(t.unsaid);
    yk_table_free(&tab);
    return code;
}

static int themes_load(const chart_opts *o, int argc, char **argv, yk_chart *c, int *data)
{
    comments_data *d = NULL;
    int code = chart_comments_read(o, argc, argv, &d, data);
    yk_chart_set_min_text(c, CHART_COMMENTS_MIN_TEXT);
    /* Without a codebook every answer is uncoded: a chart of one grey bar. */
    if (!code && !comments_themes(d))
        code = cli_usage("chart", "themes needs a codebook: write 'codebook = FILE' in the "
                         "project, or give --codebook FILE");
    if (!code)
        code = chart_themes_of(comments_tally(d), o, c);
    comments_data_free(d);
    return code;
}

const chart_kind chart_kind_themes = {
    .name = "themes",
    .help = MSG_KIND_THEMES,
    .examples = "  ykien chart themes --questions gop_y samples/kien-giang/kien-giang.ykien -o chu-de.png\n"
                "  ykien chart themes --by don_vi --questions gop_y --size a4 samples/kien-giang/kien-giang.ykien -o chu-de-don-vi.pdf\n",
    .load = themes_load,
    .fit = { "rows", " of ", "panels", "a larger --size" },
};
