/* ykien chart bars — the shares of one question's answers: a bar per
 * answer, or by unit (--by) a panel per answer with a bar per unit. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "chart_kinds.h"
#include "yk_chart_bars.h"
#include "yk_figures_groups.h"
#include "yk_figures_units.h"

/* The note's sentences: what a share is a share of. */
static const char *const explain_one[2] = {
    "Phần trăm trên số người trả lời câu hỏi (n).",
    "Percentages of those who answered the question (n).",
};
static const char *const explain_multiple[2] = {
    "Mỗi người có thể chọn nhiều câu trả lời: phần trăm trên số người trả lời câu hỏi "
    "(n), nên cộng lại có thể quá 100%.",
    "Each respondent could choose several answers: percentages of those who answered "
    "the question (n), so they can add to more than 100%.",
};

/* The colour of one question overall; not-an-opinion answers are grey. */
#define SINGLE_COLOUR 4         /* Okabe and Ito's blue */

/* The one question drawn: --questions names it. */
static int pick_question(const yk_form *form, const chart_opts *o, size_t *q)
{
    size_t n = 0;
    for (size_t i = 0; o->f.questions && i < yk_form_n_questions(form); i++)
        if (yk_figure_wanted(o->f.questions, yk_form_question(form, i)->name))
            *q = i, n++;
    if (n != 1)
        return cli_usage("chart", "bars draws one question: name it with --questions");
    const yk_question *qq = yk_form_question(form, *q);
    if (qq->type != YK_Q_SELECT_ONE && qq->type != YK_Q_SELECT_MULTIPLE)
        return cli_usage("chart", "bars: %s is not a select_one or select_multiple question",
                         qq->name);
    return 0;
}

/* Row of round r, group g (SIZE_MAX: all): its base and percents
 * (yk_figure_unit_percents; a question not asked has no answers).  0, or
 * -2 when out of memory. */
static int fill(const yk_tally *t, size_t r, size_t g, size_t qi, double *percents,
                double *base)
{
    return yk_figure_unit_percents(t, r, g, qi, percents, base) == YK_ERR_NOMEM ? -2 : 0;
}

static yk_rgb choice_colour(const yk_choice_list *list, size_t i, int single)
{
    if (list->choices[i].not_opinion)
        return yk_palette_not_opinion();
    return yk_palette_category(single ? SINGLE_COLOUR : i);
}

typedef struct {
    const yk_tally *t;
    const chart_opts *o;
    const yk_question *q;
    size_t qi, r;
    const char **labels;
    yk_rgb *colours;
    yk_bars_row *rows;
    double *percents, overall;
    size_t nrows;
    int any_suppressed;
} bars_run;

/* A question overall: a row per answer, its base over the bars. */
static int overall_rows(bars_run *b)
{
    const yk_choice_list *list = b->q->list;
    if (fill(b->t, b->r, SIZE_MAX, b->qi, b->percents, &b->overall))
        return -2;
    int small = chart_unit_small(b->o, b->overall);
    for (size_t i = 0; i < list->n; i++) {
        b->rows[i] = (yk_bars_row){ chart_label(yk_tally_form(b->t), list->choices[i].labels,
                                                list->choices[i].name, b->o->english),
                                    -1, &b->percents[i], small, NULL, NULL, NULL };
        b->colours[i] = choice_colour(list, i, 1);
    }
    b->nrows = list->n;
    b->any_suppressed = small;
    return b->overall > 0 && !small ? 0 : -1;
}

/* By unit the chart is a two-way table, unit by answer: an answer that
 * fewer than k chose in all units (or one that would give such a one
 * back) is blank in every unit, as freq --by blanks it, else a unit's
 * share of it would say which answer its few gave. */
static int hide_answers(bars_run *b, const yk_question *g)
{
    size_t n = b->q->list->n;
    double *cells = NULL, *margin = calloc(n + 1, sizeof *margin);
    unsigned char *hidden = calloc(n + 1, 1);
    int code = margin && hidden && yk_figures_group_table(b->t, b->r, b->qi, g->list->n, NULL,
                                                          n, &cells, NULL) == YK_OK ? 0 : -1;
    for (size_t u = 0; !code && u < g->list->n; u++)
        for (size_t a = 0; a < n; a++)
            margin[a] += cells[u * n + a];
    if (!code)
        b->any_suppressed |= chart_hide(b->o, margin, n, hidden) > 0;
    for (size_t a = 0; !code && a < n; a++)
        for (size_t i = 0; hidden[a] && i < b->nrows; i++)
            b->percents[i * n + a] = NAN;
    free(cells);
    free(margin);
    free(hidden);
    return code;
}

/* By unit: a row per unit that answered this round, a panel per answer. */
static int unit_rows(bars_run *b, const yk_question *g)
{
    const yk_form *form = yk_tally_form(b->t);
    const yk_choice_list *list = b->q->list;
    int shown = 0;
    for (size_t i = 0; i < list->n; i++) {
        b->labels[i] = chart_label(form, list->choices[i].labels, list->choices[i].name,
                                   b->o->english);
        b->colours[i] = choice_colour(list, i, 0);
    }
    for (size_t gi = 0; gi < g->list->n; gi++) {
        if (yk_tally_responses(b->t, b->r, gi) == 0)
            continue;       /* a unit that sent nothing this round */
        yk_bars_row *row = &b->rows[b->nrows];
        double *p = b->percents + b->nrows * list->n;
        if (fill(b->t, b->r, gi, b->qi, p, &row->base))
            return -2;
        row->label = chart_label(form, g->list->choices[gi].labels, g->list->choices[gi].name,
                                 b->o->english);
        row->percents = p;
        b->nrows++;
    }
    /* The units compared: hidden under --min-base, and more with them so
     * that none can be worked out from the question's total. */
    double *base = calloc(b->nrows + 1, sizeof *base);
    unsigned char *hidden = calloc(b->nrows + 1, 1);
    if (!base || !hidden) {
        free(base);
        free(hidden);
        return -2;
    }
    for (size_t i = 0; i < b->nrows; i++)
        base[i] = b->rows[i].base;
    chart_hide(b->o, base, b->nrows, hidden);
    int code = hide_answers(b, g);
    for (size_t i = 0; i < b->nrows; i++) {
        yk_bars_row *row = &b->rows[i];
        row->suppressed = row->base <= 0 || hidden[i];
        b->any_suppressed |= row->suppressed;
        shown |= !row->suppressed;
    }
    free(base);
    free(hidden);
    return code ? -2 : shown ? 0 : -1;
}

static int draw(bars_run *b, const yk_question *g, yk_chart *c)
{
    const yk_form *form = yk_tally_form(b->t);
    char suppressed[256] = "";
    if (b->any_suppressed)
        chart_suppressed_text(b->o, suppressed, sizeof suppressed);
    char *note = chart_note(b->t, b->o, b->r,
                            (b->q->type == YK_Q_SELECT_MULTIPLE ? explain_multiple
                                                                : explain_one)[b->o->english],
                            suppressed);
    if (!note)
        return EXIT_SYSTEM;
    yk_bars spec = {
        .frame = { b->o->title ? b->o->title
                               : chart_label(form, b->q->labels, b->q->name, b->o->english),
                   b->o->subtitle, note, !b->o->english },
        .panels = g ? b->labels : NULL, .npanels = g ? b->q->list->n : 1,
        .colours = b->colours, .base_word = chart_words_for(b->o)->base,
        .base = g ? -1 : b->overall, .rows = b->rows, .nrows = b->nrows,
    };
    yk_status st = yk_chart_bars(c, &spec);
    free(note);
    if (st == YK_ERR_LIMIT)
        return chart_does_not_fit(&chart_kind_bars, b->o, spec.nrows, spec.npanels);
    return st == YK_OK ? 0 : EXIT_SYSTEM;
}

static int chart_bars(const yk_tally *t, const chart_opts *o, yk_chart *c)
{
    bars_run b = { .t = t, .o = o };
    const yk_question *g = o->f.by ? yk_tally_group(t) : NULL;
    b.r = chart_round(t, o);
    if (b.r == SIZE_MAX)
        return EXIT_USAGE;
    int code = pick_question(yk_tally_form(t), o, &b.qi);
    if (code)
        return code;
    b.q = yk_form_question(yk_tally_form(t), b.qi);
    size_t answers = b.q->list->n, rows = g ? g->list->n : answers;
    b.labels = calloc(answers, sizeof *b.labels);
    b.colours = calloc(answers, sizeof *b.colours);
    b.rows = calloc(rows, sizeof *b.rows);
    b.percents = calloc(rows * answers, sizeof *b.percents);
    if (!b.labels || !b.colours || !b.rows || !b.percents)
        code = EXIT_SYSTEM;
    int drawn = code ? 0 : g ? unit_rows(&b, g) : overall_rows(&b);
    if (drawn == -2)
        code = EXIT_SYSTEM;
    else if (drawn < 0) {
        const char *round = yk_tally_round(t, b.r);
        cli_error("chart: bars: %s %ld%s answers to %s%s%s", g ? "no unit has" : "fewer than",
                  o->f.min_base > 1 ? o->f.min_base : 1, g ? " or more" : "", b.q->name,
                  *round ? " in round " : "", round);
        code = EXIT_DATA;
    }
    if (!code)
        code = draw(&b, g, c);
    free(b.labels);
    free(b.colours);
    free(b.rows);
    free(b.percents);
    return code;
}

const chart_kind chart_kind_bars = {
    .name = "bars",
    .help = MSG_KIND_BARS,
    .examples = "  ykien chart bars --by don_vi --questions han_che --size a4 samples/kien-giang/kien-giang.ykien -o han-che.png\n",
    .draw = chart_bars,
    .fit = { "rows", " of ", "bars", "a larger --size" },
};
