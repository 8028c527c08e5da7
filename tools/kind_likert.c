/* ykien chart likert — diverging stacked bars of ordinal questions, or of
 * one question by unit. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "yk_text.h"
#include "chart_kinds.h"
#include "yk_figures_units.h"

enum { MAX_LEVELS = 11, MAX_ROWS = 200 };

typedef struct {
    const yk_choice_list *list;
    size_t order[MAX_LEVELS], nlevels;      /* opinions by value */
    const char *levels[MAX_LEVELS];
    size_t not_opinion;                     /* its index; SIZE_MAX: none */
} likert_list;

static int set_list(likert_list *L, const yk_form *form, const yk_choice_list *list,
                    int english)
{
    L->list = list;
    L->nlevels = 0;
    L->not_opinion = SIZE_MAX;
    for (size_t i = 0; i < list->n; i++) {
        if (list->choices[i].not_opinion) {
            L->not_opinion = L->not_opinion == SIZE_MAX ? i : L->not_opinion;
            continue;
        }
        if (L->nlevels == MAX_LEVELS)
            return cli_usage("chart", "list %s has more than %d answers: too many for a "
                             "likert chart", list->name, MAX_LEVELS);
        L->order[L->nlevels++] = i;
    }
    for (size_t i = 1; i < L->nlevels; i++)
        for (size_t j = i; j > 0 && list->choices[L->order[j]].value <
                                    list->choices[L->order[j - 1]].value; j--) {
            size_t t = L->order[j];
            L->order[j] = L->order[j - 1];
            L->order[j - 1] = t;
        }
    for (size_t l = 0; l < L->nlevels; l++) {
        const yk_choice *ch = &list->choices[L->order[l]];
        L->levels[l] = chart_label(form, ch->labels, ch->name, english);
    }
    return L->nlevels < 2 ? cli_usage("chart", "list %s has fewer than 2 opinions",
                                      list->name) : 0;
}

/* One bar: a question's counts in round r, group g, and its upper levels'
 * share (yk_figure_unit_share, as the rank chart and the report give it)
 * into *share. */
static double fill_row(const yk_tally *t, const likert_list *L, size_t r, size_t g, size_t q,
                       const chart_opts *o, int64_t *c, double *counts, double *share,
                       yk_likert_row *row)
{
    memset(counts, 0, MAX_LEVELS * sizeof *counts);
    memset(c, 0, (L->list->n + 3) * sizeof *c);
    row->not_opinion = 0;
    row->share = NULL;
    yk_unit_figure agree;
    if (yk_figure_unit_share(t, r, g, q, 1, &agree) == YK_OK)
        *share = agree.shown ? agree.value : 0, row->share = share;    /* 0: no opinions */
    if (yk_tally_counts(t, r, g, q, c) == YK_OK) {
        for (size_t l = 0; l < L->nlevels; l++)
            counts[l] = (double)c[L->order[l]];
        row->not_opinion = L->not_opinion == SIZE_MAX ? 0 : (double)c[L->not_opinion];
    }
    double n = row->not_opinion;
    for (size_t l = 0; l < L->nlevels; l++)
        n += counts[l];
    row->counts = counts;
    row->suppressed = chart_unit_small(o, n);     /* by unit: chart_hide decides */
    return n;
}

/* By unit: the units' bars hidden under --min-base, and more with them so
 * that none can be worked out from the question's total. */
static int hide_units(const chart_opts *o, yk_likert_row *rows, const double *base, size_t n)
{
    unsigned char *hidden = calloc(n + 1, 1);
    if (!hidden)
        return EXIT_SYSTEM;
    chart_hide(o, base, n, hidden);
    for (size_t i = 0; i < n; i++)
        rows[i].suppressed = base[i] <= 0 || hidden[i];
    free(hidden);
    return 0;
}

static int ordinal_select(const yk_question *q)
{
    return yk_figure_is_ordinal(q);
}

/* The questions drawn: --questions (or --scale), or those of the first
 * ordinal list; all of one list. */
static int pick_questions(const yk_tally *t, const chart_opts *o, size_t *qs, size_t *n)
{
    const yk_form *form = yk_tally_form(t);
    const yk_choice_list *list = NULL;
    *n = 0;
    for (size_t q = 0; q < yk_form_n_questions(form) && *n < MAX_ROWS; q++) {
        const yk_question *qq = yk_form_question(form, q);
        if (o->f.questions && !yk_figure_wanted(o->f.questions, qq->name) &&
            !(qq->scale && yk_figure_wanted(o->f.questions, qq->scale)))
            continue;
        if (!ordinal_select(qq) || !yk_figure_is_item(yk_tally_group(t), qq)) {
            if (o->f.questions && yk_figure_wanted(o->f.questions, qq->name))
                return cli_usage("chart", "likert: %s is not an ordinal select_one question",
                                 qq->name);
            continue;
        }
        if (list && qq->list != list) {
            if (!o->f.questions)
                continue;
            return cli_usage("chart", "likert: %s answers from list %s, %s from %s: one "
                             "chart shows one list", yk_form_question(form, qs[0])->name,
                             list->name, qq->name, qq->list->name);
        }
        list = qq->list;
        qs[(*n)++] = q;
    }
    return *n ? 0 : cli_usage("chart", "likert: no ordinal question to draw");
}

static char *note_text(const yk_tally *t, const chart_opts *o, size_t r, int any_suppressed,
                       int any_reverse)
{
    char extra[512] = "", suppressed[256] = "";
    if (any_suppressed)
        chart_suppressed_text(o, suppressed, sizeof suppressed);
    yk_text_snprintf(extra, sizeof extra, "%s%s%s", any_reverse ? chart_words_for(o)->reverse_note : "",
             any_reverse && *suppressed ? " " : "", suppressed);
    return chart_note(t, o, r, chart_words_for(o)->favourable_note, extra);
}

static int chart_likert(const yk_tally *t, const chart_opts *o, yk_chart *c)
{
    const yk_form *form = yk_tally_form(t);
    size_t r = chart_round(t, o), qs[MAX_ROWS], nq, nrows;
    if (r == SIZE_MAX)
        return EXIT_USAGE;
    int code = pick_questions(t, o, qs, &nq);
    const yk_question *g = o->f.by ? yk_tally_group(t) : NULL;
    if (!code && g && nq != 1)
        return cli_usage("chart", "likert --by %s draws one question by unit: give one "
                         "with --questions", g->name);
    likert_list L;
    if (!code)
        code = set_list(&L, form, yk_form_question(form, qs[0])->list, o->english);
    if (code)
        return code;
    nrows = g ? g->list->n : nq;
    yk_likert_row *rows = calloc(nrows + 1, sizeof *rows);
    double *counts = calloc((nrows + 1) * MAX_LEVELS, sizeof *counts);
    double *shares = calloc(nrows + 1, sizeof *shares);
    char (*labels)[512] = calloc(nrows + 1, sizeof *labels);
    int64_t *cbuf = malloc((L.list->n + 3) * sizeof *cbuf);
    double *bases = calloc(nrows + 1, sizeof *bases);
    if (!rows || !counts || !shares || !labels || !cbuf || !bases)
        code = EXIT_SYSTEM;
    int any_suppressed = 0, any_reverse = 0;
    size_t kept = 0;
    for (size_t i = 0; !code && i < nrows; i++) {
        size_t q = g ? qs[0] : qs[i], gi = g ? i : SIZE_MAX;
        if (g && yk_tally_responses(t, r, gi) == 0)
            continue;       /* a unit that sent nothing this round */
        const yk_question *qq = yk_form_question(form, q);
        yk_likert_row *row = &rows[kept];
        bases[kept] = fill_row(t, &L, r, gi, q, o, cbuf, counts + kept * MAX_LEVELS,
                               &shares[kept], row);
        row->label = g ? chart_label(form, g->list->choices[i].labels, g->list->choices[i].name,
                                     o->english)
                       : chart_statement(form, qq, o->english, labels[kept], sizeof *labels);
        any_reverse |= qq->reverse;
        kept++;
    }
    if (!code && g)
        code = hide_units(o, rows, bases, kept);
    for (size_t i = 0; !code && i < kept; i++)
        any_suppressed |= rows[i].suppressed;
    char *note = code ? NULL : note_text(t, o, r, any_suppressed, any_reverse);
    const yk_question *first = yk_form_question(form, qs[0]);
    char title[512];
    yk_likert spec = {
        .frame = { o->title ? o->title
                   : g ? chart_statement(form, first, o->english, title, sizeof title)
                       : yk_form_title(form) ? yk_form_title(form) : "",
                   o->subtitle, note, !o->english },
        .levels = L.levels, .nlevels = L.nlevels,
        .not_opinion = L.not_opinion == SIZE_MAX ? NULL
                       : chart_label(form, L.list->choices[L.not_opinion].labels,
                                     L.list->choices[L.not_opinion].name, o->english),
        .neutral_aside = o->neutral_aside, .base_word = chart_words_for(o)->base,
        .share_heading = chart_words_for(o)->favourable,
        .rows = rows, .nrows = kept,
    };
    if (!code && !note)
        code = EXIT_SYSTEM;
    if (!code) {
        yk_status st = yk_chart_likert(c, &spec);
        if (st == YK_ERR_LIMIT)
            code = chart_does_not_fit(&chart_kind_likert, o, kept, 0);
        else if (st != YK_OK)
            code = EXIT_SYSTEM;
    }
    free(note);
    free(rows);
    free(counts);
    free(shares);
    free(labels);
    free(cbuf);
    free(bases);
    return code;
}

const chart_kind chart_kind_likert = {
    .name = "likert",
    .help = MSG_KIND_LIKERT,
    .examples = "  ykien chart likert --scale dao_duc samples/kien-giang/kien-giang.ykien -o dao-duc.png\n"
                "  ykien chart likert --by don_vi --questions q11 --size a4 samples/kien-giang/kien-giang.ykien -o q11.pdf\n",
    .draw = chart_likert,
    .fit = { "bars", NULL, NULL, "a larger --size" },
};
