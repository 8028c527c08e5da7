/* ykien chart heatmap — the share of ordinal questions' upper levels
 * (those who agree with the statement), a row per unit and a column per
 * question, reverse-worded ones marked. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "yk_text.h"
#include "chart_kinds.h"
#include "yk_chart_heatmap.h"
#include "yk_figures_units.h"

enum { MAX_COLUMNS = 64 };

/* The questions drawn: --questions (or --scale), or every ordinal one. */
static int pick_questions(const yk_tally *t, const chart_opts *o, size_t *qs, size_t *n)
{
    const yk_form *form = yk_tally_form(t);
    *n = 0;
    for (size_t q = 0; q < yk_form_n_questions(form); q++) {
        const yk_question *qq = yk_form_question(form, q);
        int named = o->f.questions && yk_figure_wanted(o->f.questions, qq->name);
        if (o->f.questions && !named && !(qq->scale && yk_figure_wanted(o->f.questions, qq->scale)))
            continue;
        if (!yk_figure_is_item(yk_tally_group(t), qq) || !yk_figure_has_upper(qq)) {
            if (named)
                return cli_usage("chart", "heatmap: %s is not an ordinal select_one question "
                                 "with three or more opinions", qq->name);
            continue;
        }
        if (*n == MAX_COLUMNS)
            return cli_usage("chart", "heatmap: more than %d questions; choose some with "
                             "--questions", MAX_COLUMNS);
        qs[(*n)++] = q;
    }
    return *n ? 0 : cli_usage("chart", "heatmap: no ordinal question to draw");
}

typedef struct {
    const yk_tally *t;
    const chart_opts *o;
    size_t r, qs[MAX_COLUMNS], nq, nrows;
    const char *columns[MAX_COLUMNS], *codes[MAX_COLUMNS];
    char labels[MAX_COLUMNS][512];
    int any_reverse;
    yk_heatmap_row *rows;
    double *values;
    unsigned char *suppressed;
    int any_shown, any_suppressed;
} heatmap_run;

/* Unit gi's row: its respondents and each question's share
 * (yk_figure_unit_share); its opinions per question into opinions (hidden
 * later, column by column). */
static void fill_row(heatmap_run *x, size_t gi, yk_heatmap_row *row, double *values,
                     unsigned char *suppressed, double *opinions)
{
    row->base = (double)yk_tally_responses(x->t, x->r, gi);
    row->values = values;
    row->suppressed = suppressed;
    for (size_t j = 0; j < x->nq; j++) {
        yk_unit_figure agree;
        yk_figure_unit_share(x->t, x->r, gi, x->qs[j], 1, &agree);
        opinions[j] = agree.base;
        values[j] = agree.shown ? agree.value : 0;     /* 0: no opinions, hidden */
    }
}

/* Each column's hidden units: the disclosure rules over the units'
 * opinions to that question (a unit may be shown in one column and not
 * in another); a column's units are compared with each other, as a
 * reader would subtract them from the question's total. */
static int hide_columns(heatmap_run *x, const double *opinions)
{
    double *base = calloc(x->nrows + 1, sizeof *base);
    unsigned char *hidden = calloc(x->nrows + 1, 1);
    if (!base || !hidden) {
        free(base);
        free(hidden);
        return EXIT_SYSTEM;
    }
    for (size_t j = 0; j < x->nq; j++) {
        for (size_t i = 0; i < x->nrows; i++)
            base[i] = opinions[i * x->nq + j];
        chart_hide(x->o, base, x->nrows, hidden);
        for (size_t i = 0; i < x->nrows; i++) {
            unsigned char *s = &x->suppressed[i * x->nq + j];
            *s = base[i] < 1 || hidden[i];
            x->any_shown |= !*s;
            x->any_suppressed |= *s;
        }
    }
    free(base);
    free(hidden);
    return 0;
}

static int fill(heatmap_run *x, const yk_question *g)
{
    const yk_form *form = yk_tally_form(x->t);
    for (size_t j = 0; j < x->nq; j++) {
        const yk_question *q = yk_form_question(form, x->qs[j]);
        x->columns[j] = chart_statement(form, q, x->o->english, x->labels[j], sizeof *x->labels);
        x->any_reverse |= q->reverse;
        x->codes[j] = q->name;
    }
    x->rows = calloc(g->list->n + 1, sizeof *x->rows);
    x->values = calloc((g->list->n + 1) * x->nq, sizeof *x->values);
    x->suppressed = calloc((g->list->n + 1) * x->nq, 1);
    double *opinions = calloc((g->list->n + 1) * x->nq, sizeof *opinions);
    if (!x->rows || !x->values || !x->suppressed || !opinions) {
        free(opinions);
        return EXIT_SYSTEM;
    }
    for (size_t gi = 0; gi < g->list->n; gi++) {
        if (yk_tally_responses(x->t, x->r, gi) == 0)
            continue;       /* a unit that sent nothing this round */
        yk_heatmap_row *row = &x->rows[x->nrows];
        row->label = chart_label(form, g->list->choices[gi].labels, g->list->choices[gi].name,
                                 x->o->english);
        fill_row(x, gi, row, x->values + x->nrows * x->nq, x->suppressed + x->nrows * x->nq,
                 opinions + x->nrows * x->nq);
        x->nrows++;
    }
    int code = hide_columns(x, opinions);
    free(opinions);
    if (code || x->any_shown)
        return code;
    const char *round = yk_tally_round(x->t, x->r);
    cli_error("chart: heatmap: no unit has %ld or more opinions to any question%s%s",
              x->o->f.min_base > 1 ? x->o->f.min_base : 1, *round ? " in round " : "", round);
    return EXIT_DATA;
}

static int draw(heatmap_run *x, yk_chart *c)
{
    int en = x->o->english;
    msg_lang l = lang_of(en);
    char suppressed[768] = "", fewer[128];
    yk_text_snprintf(fewer, sizeof fewer, "%s %ld %s", msg(MSG_CHART_HEATMAP_FEWER, l),
             x->o->f.min_base, msg(MSG_CHART_HEATMAP_FEWER_END, l));
    const char *reverse = x->any_reverse ? chart_words_for(x->o)->reverse_note : "";
    if (x->any_suppressed)
        yk_text_snprintf(suppressed, sizeof suppressed, "%s%s…: %s%s", reverse, *reverse ? " " : "",
                 fewer, msg(MSG_CHART_HEATMAP_NOT_SHOWN, l));
    else
        yk_text_snprintf(suppressed, sizeof suppressed, "%s", reverse);
    char *note = chart_note(x->t, x->o, x->r, msg(MSG_CHART_HEATMAP_EXPLAIN, l), suppressed);
    if (!note)
        return EXIT_SYSTEM;
    yk_heatmap spec = {
        .frame = { x->o->title ? x->o->title : msg(MSG_CHART_HEATMAP_TITLE, l), x->o->subtitle,
                   note, !en },
        .columns = x->columns, .codes = x->codes, .ncolumns = x->nq,
        .base_word = chart_words_for(x->o)->base, .key_title = msg(MSG_CHART_HEATMAP_KEY, l),
        .suppressed_label = fewer, .rows = x->rows, .nrows = x->nrows,
    };
    yk_status st = yk_chart_heatmap(c, &spec);
    free(note);
    if (st == YK_ERR_LIMIT)
        return chart_does_not_fit(&chart_kind_heatmap, x->o, x->nrows, x->nq);
    return st == YK_OK ? 0 : EXIT_SYSTEM;
}

static int chart_heatmap(const yk_tally *t, const chart_opts *o, yk_chart *c)
{
    heatmap_run x = { .t = t, .o = o };
    const yk_question *g = yk_tally_group(t);
    if (!g)
        return cli_usage("chart", "heatmap draws units: give --by QUESTION (the unit)");
    x.r = chart_round(t, o);
    if (x.r == SIZE_MAX)
        return EXIT_USAGE;
    int code = pick_questions(t, o, x.qs, &x.nq);
    if (!code)
        code = fill(&x, g);
    if (!code)
        code = draw(&x, c);
    free(x.rows);
    free(x.values);
    free(x.suppressed);
    return code;
}

const chart_kind chart_kind_heatmap = {
    .name = "heatmap",
    .help = MSG_KIND_HEATMAP,
    .examples = "  ykien chart heatmap --scale can_bo samples/kien-giang/kien-giang.ykien -o can-bo.pdf\n",
    .draw = chart_heatmap,
    .fit = { "units", " by ", "questions", "a larger --size or fewer --questions" },
};
