/* ykien chart rank — units ranked by the share of an ordinal question's
 * upper levels, those who agree with its statement (Wilson intervals) or by the mean of a number (t intervals). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "yk_text.h"
#include "chart_kinds.h"
#include "yk_chart_rank.h"
#include "yk_figures_units.h"

typedef struct {
    const yk_tally *t;
    const chart_opts *o;
    const yk_question *q;
    size_t qi, r;
    int share;                  /* the upper levels' share, else a mean */
    unsigned char upper[YK_FIGURE_MAX_CHOICES];
} rank_run;

static int pick_question(const yk_form *form, const chart_opts *o, rank_run *x)
{
    size_t n = 0;
    for (size_t i = 0; o->f.questions && i < yk_form_n_questions(form); i++)
        if (yk_figure_wanted(o->f.questions, yk_form_question(form, i)->name))
            x->qi = i, n++;
    if (n != 1)
        return cli_usage("chart", "rank draws one question: name it with --questions");
    x->q = yk_form_question(form, x->qi);
    if (!yk_figure_is_item(yk_tally_group(x->t), x->q))
        return cli_usage("chart", "rank: %s is the grouping question: units are ranked by "
                         "their answers to another", x->q->name);
    static const int64_t none[YK_FIGURE_MAX_CHOICES + 3];
    double k, base;
    /* has_upper first: it bounds the list to the size of x->upper */
    x->share = yk_figure_has_upper(x->q) && yk_figure_upper(x->q, none, &k, &base, x->upper);
    if (!x->share && x->q->type != YK_Q_INTEGER && x->q->type != YK_Q_DECIMAL)
        return cli_usage("chart", "rank: %s is neither an ordinal select_one with three or "
                         "more opinions nor a number question", x->q->name);
    return 0;
}

/* The figure of group g (SIZE_MAX: all) and its interval, in *row; 0
 * when it has fewer answers than it needs (at least min, and 1 for a
 * share, 2 for a mean), -1 when its statistics fail.  row->base is set
 * either way: the answers the figure would rest on. */
static int figure(rank_run *x, size_t g, long min, yk_rank_row *row)
{
    yk_unit_figure f;
    yk_status st = x->share ? yk_figure_unit_share(x->t, x->r, g, x->qi, min, &f)
                            : yk_figure_unit_mean(x->t, x->r, g, x->qi, min, &f);
    row->base = f.base;
    if (st != YK_OK)
        return f.base > 0 ? -1 : 0;     /* a base with no figure: its statistics failed */
    if (!f.shown)
        return 0;
    row->value = f.value, row->low = f.low, row->high = f.high;
    return 1;
}

/* The upper levels' labels, quoted, for the note. */
static void upper_words(const rank_run *x, char *buf, size_t size)
{
    const yk_form *form = yk_tally_form(x->t);
    size_t k = 0;
    buf[0] = '\0';
    for (size_t i = 0; i < x->q->list->n && k + 1 < size; i++)
        if (x->upper[i]) {
            const yk_choice *ch = &x->q->list->choices[i];
            int n = yk_text_snprintf(buf + k, size - k, "%s“%s”", k ? ", " : "",
                             chart_label(form, ch->labels, ch->name, x->o->english));
            k += n > 0 ? (size_t)n : 0;
        }
}

/* The note: a sentence is its start, what it is about, its end. */
static char *note(const rank_run *x, size_t left_out)
{
    int en = x->o->english;
    msg_lang l = lang_of(en);
    char what[1024], explain[1536], extra[768] = "", fewer[256] = "";
    if (x->share)
        upper_words(x, what, sizeof what);
    else
        yk_text_snprintf(what, sizeof what, "%s", chart_label(yk_tally_form(x->t), x->q->labels,
                                                      x->q->name, en));
    yk_text_snprintf(explain, sizeof explain, "%s%s%s",
             msg(x->share ? MSG_CHART_RANK_SHARE : MSG_CHART_RANK_MEAN, l), what,
             msg(x->share ? MSG_CHART_RANK_SHARE_END : MSG_CHART_RANK_MEAN_END, l));
    if (left_out)
        yk_text_snprintf(fewer, sizeof fewer, "%zu %s %ld %s, %s", left_out,
                 msg(MSG_CHART_RANK_LEFT_OUT, l), x->o->f.min_base,
                 msg(x->share ? MSG_CHART_RANK_OPINIONS : MSG_CHART_RANK_ANSWERS, l),
                 msg(MSG_CHART_RANK_LEFT_OUT_END, l));
    int reverse = x->share && x->q->reverse;
    yk_text_snprintf(extra, sizeof extra, "%s%s%s", reverse ? chart_words_for(x->o)->reverse_note : "",
             reverse && *fewer ? " " : "", fewer);
    return chart_note(x->t, x->o, x->r, explain, extra);
}

static int by_value(const void *a, const void *b)
{
    const yk_rank_row *p = a, *q = b;
    return p->value < q->value ? 1 : p->value > q->value ? -1 : 0;
}

static int draw(rank_run *x, yk_rank_row *rows, size_t n, size_t left_out, double all,
                yk_chart *c)
{
    const yk_form *form = yk_tally_form(x->t);
    int en = x->o->english;
    char *text = note(x, left_out), title[512];
    if (!text)
        return EXIT_SYSTEM;
    yk_rank spec = {
        .frame = { x->o->title ? x->o->title : chart_statement(form, x->q, en, title, sizeof title),
                   x->o->subtitle, text, !en },
        .base_word = chart_words_for(x->o)->base,
        .reference_label = msg(MSG_CHART_RANK_ALL, lang_of(en)),
        .reference = all, .percent = x->share, .decimals = x->share ? 1 : 2,
        .rows = rows, .nrows = n,
    };
    yk_status st = yk_chart_rank(c, &spec);
    free(text);
    if (st == YK_ERR_LIMIT)
        return chart_does_not_fit(&chart_kind_rank, x->o, n, 0);
    return st == YK_OK ? 0 : EXIT_SYSTEM;
}

static int chart_rank(const yk_tally *t, const chart_opts *o, yk_chart *c)
{
    rank_run x = { .t = t, .o = o };
    const yk_question *g = yk_tally_group(t);
    if (!g)
        return cli_usage("chart", "rank ranks units: give --by QUESTION (the unit)");
    x.r = chart_round(t, o);
    if (x.r == SIZE_MAX)
        return EXIT_USAGE;
    int code = pick_question(yk_tally_form(t), o, &x);
    if (code)
        return code;
    yk_rank_row *rows = calloc(g->list->n + 1, sizeof *rows), all = { 0 };
    if (!rows)
        return EXIT_SYSTEM;
    size_t n = 0, left_out = 0, nunits = g->list->n;
    double *base = calloc(nunits + 1, sizeof *base);
    unsigned char *hidden = calloc(nunits + 1, 1);
    int got = base && hidden ? figure(&x, SIZE_MAX, 1, &all) : -1;
    /* Every unit's base first: which units are hidden depends on them all
     * (the dashed line of all units minus the shown ones must not give a
     * hidden one back). */
    for (size_t gi = 0; got > 0 && gi < nunits; gi++) {
        yk_rank_row probe = { 0 };
        figure(&x, gi, 0, &probe);     /* only its base is read */
        base[gi] = probe.base;
    }
    if (got > 0)
        chart_hide(o, base, nunits, hidden);
    for (size_t gi = 0; got > 0 && gi < nunits; gi++) {
        if (yk_tally_responses(t, x.r, gi) == 0)
            continue;       /* a unit that sent nothing this round */
        rows[n].label = chart_label(yk_tally_form(t), g->list->choices[gi].labels,
                                    g->list->choices[gi].name, o->english);
        int kept = hidden[gi] ? 0 : figure(&x, gi, 1, &rows[n]);
        got = kept < 0 ? -1 : got;
        n += kept > 0;
        left_out += kept == 0;
    }
    free(base);
    free(hidden);
    if (got < 0) {
        code = EXIT_SYSTEM;
    } else if (got == 0 || n == 0) {
        const char *round = yk_tally_round(t, x.r);
        cli_error("chart: rank: no unit has %ld or more %s to %s%s%s", o->f.min_base,
                  x.share ? "opinions" : "answers", x.q->name, *round ? " in round " : "",
                  round);
        code = EXIT_DATA;
    }
    if (!code) {
        qsort(rows, n, sizeof *rows, by_value);
        code = draw(&x, rows, n, left_out, all.value, c);
    }
    free(rows);
    return code;
}

const chart_kind chart_kind_rank = {
    .name = "rank",
    .help = MSG_KIND_RANK,
    .examples = "  ykien chart rank --questions q11 samples/kien-giang/kien-giang.ykien -o q11-rank.svg\n",
    .draw = chart_rank,
    .fit = { "units", NULL, NULL, "a larger --size" },
};
