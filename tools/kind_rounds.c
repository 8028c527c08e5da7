/* ykien chart rounds — one question's favourable share, round by round,
 * for the province and every unit, with the changes `ykien rounds` finds
 * significant. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "yk_text.h"
#include "chart_kinds.h"
#include "rounds_figures.h"
#include "series.h"
#include "yk_chart_rounds.h"

/* The chart's fixed words, from the message table. */
typedef struct {
    const char *province, *up, *down, *source, *counted, *share_note, *suppressed,
        *suppressed_end;
} rounds_words;

static rounds_words words_in(msg_lang lang)
{
    return (rounds_words){
        msg(MSG_CHART_ROUNDS_PROVINCE, lang), msg(MSG_CHART_ROUNDS_UP, lang),
        msg(MSG_CHART_ROUNDS_DOWN, lang), msg(MSG_CHART_SOURCE, lang),
        msg(MSG_CHART_ROUNDS_COUNTED, lang), msg(MSG_CHART_ROUNDS_SHARE_NOTE, lang),
        msg(MSG_CHART_ROUNDS_SUPPRESSED, lang), msg(MSG_CHART_ROUNDS_SUPPRESSED_END, lang),
    };
}

/* What the chart is drawn from, and what it keeps for the spec. */
typedef struct {
    const chart_opts *o;
    rounds_words w;
    yk_rounds x;
    size_t q;                   /* the question, in the newest form */
    const char *names[YK_ROUNDS_MAX];
    yk_rounds_series series;    /* the figures each row draws */
    yk_rounds_row *rows;
    size_t nrows;
} rounds_chart;

/* The one question --questions names, in the newest form. */
static int pick_question(rounds_chart *r)
{
    const yk_form *form = yk_series_form(r->x.s);
    size_t n = 0;
    for (size_t q = 0; q < yk_form_n_questions(form); q++)
        if (r->o->f.questions &&
            yk_figure_wanted(r->o->f.questions, yk_form_question(form, q)->name))
            r->q = q, n++;
    if (n != 1)
        return cli_usage("chart", "rounds draws one question: give it with --questions");
    const yk_question *qq = yk_form_question(form, r->q);
    if (!yk_figure_is_item(yk_series_group(r->x.s), qq))
        return cli_usage("chart", "rounds: %s is the grouping question: it has no "
                         "favourable share", qq->name);
    int chosen = yk_rounds_favour(&r->x, qq, 1);
    if (chosen < 0)
        return EXIT_USAGE;
    return chosen ? 0 : cli_usage("chart", "rounds: %s has no favourable share: it is not "
                                  "an ordinal select_one of 3 or more opinions; give "
                                  "--favourable %s=CODE", qq->name, qq->name);
}

/* A row of the chart for each row of the series, with its label. */
static int fill_rows(rounds_chart *r)
{
    const yk_question *g = yk_series_group(r->x.s);
    if (yk_rounds_series_of(&r->x, r->q, &r->series) != YK_OK)
        return EXIT_SYSTEM;
    r->rows = calloc(r->series.nrows + 1, sizeof *r->rows);
    if (!r->rows)
        return EXIT_SYSTEM;
    for (size_t i = 0; i < r->series.nrows; i++) {
        const yk_rounds_series_row *row = &r->series.rows[i];
        const yk_choice *ch = row->unit == SIZE_MAX ? NULL : &g->list->choices[row->unit];
        const char *label = ch ? chart_label(yk_series_form(r->x.s), ch->labels, ch->name,
                                             r->o->english)
                               : r->w.province;
        r->rows[i] = (yk_rounds_row){ label, !ch, row->share, row->base, row->change };
    }
    r->nrows = r->series.nrows;
    if (r->nrows)
        return 0;
    cli_error("error: %s has no answers in any round: nothing to draw",
              yk_form_question(yk_series_form(r->x.s), r->q)->name);
    return EXIT_DATA;
}

/* The labels of the answers counted as favourable: "Rất tin tưởng, Tin tưởng". */
static void counted(rounds_chart *r, char *buf, size_t size)
{
    const yk_question *qq = yk_form_question(yk_series_form(r->x.s), r->q);
    size_t len = 0;
    yk_rounds_favour(&r->x, qq, 0);
    buf[0] = '\0';
    for (size_t i = 0; i < qq->list->n && len < size; i++)
        if (r->x.fav[i]) {
            const yk_choice *ch = &qq->list->choices[i];
            len += (size_t)yk_text_snprintf(buf + len, size - len, "%s%s", len ? ", " : "",
                                    chart_label(yk_series_form(r->x.s), ch->labels, ch->name,
                                                r->o->english));
        }
}

static char *note_text(rounds_chart *r)
{
    const char *title = yk_form_title(yk_series_form(r->x.s));
    size_t n = yk_series_n_rounds(r->x.s);
    char fav[1024], suppressed[256] = "";
    const yk_question *qq = yk_form_question(yk_series_form(r->x.s), r->q);
    counted(r, fav, sizeof fav);
    if (qq->reverse && !yk_rounds_codes(&r->x, qq->name)) {
        size_t len = strlen(fav);     /* the mark in the title, explained */
        yk_text_snprintf(fav + len, sizeof fav - len, ". %s", chart_words_for(r->o)->reverse_note);
        len = strlen(fav);
        if (len && fav[len - 1] == '.')
            fav[len - 1] = '\0';    /* the note adds its own full stop */
    }
    if (r->series.suppressed)
        yk_text_snprintf(suppressed, sizeof suppressed, " %s %ld %s", r->w.suppressed,
                 r->o->f.min_base, r->w.suppressed_end);
    size_t size = 2048 + (title ? strlen(title) : 0);
    char *note = malloc(size);
    if (note)
        yk_text_snprintf(note, size, "%s: %s%s%s–%s. %s: %s. %s%s", r->w.source, title ? title : "",
                 title ? ", " : "", chart_shown(yk_series_round_name(r->x.s, 0)),
                 chart_shown(yk_series_round_name(r->x.s, n - 1)), r->w.counted, fav, r->w.share_note,
                 suppressed);
    return note;
}

static int draw(rounds_chart *r, yk_chart *c)
{
    const yk_question *qq = yk_form_question(yk_series_form(r->x.s), r->q);
    char *note = note_text(r), title[512];
    if (!note)
        return EXIT_SYSTEM;
    yk_rounds_chart spec = {
        .frame = { r->o->title ? r->o->title
                               : chart_statement(yk_series_form(r->x.s), qq, r->o->english, title,
                                                 sizeof title),
                   r->o->subtitle, note, !r->o->english },
        .rounds = r->names, .nrounds = yk_series_n_rounds(r->x.s),
        .base_word = chart_words_for(r->o)->base, .up = r->w.up, .down = r->w.down,
        .rows = r->rows, .nrows = r->nrows,
    };
    yk_status st = yk_chart_rounds(c, &spec);
    free(note);
    if (st == YK_ERR_LIMIT)
        return chart_does_not_fit(&chart_kind_rounds, r->o, r->nrows, 0);
    return st == YK_OK ? 0 : EXIT_SYSTEM;
}

static int rounds_needed(const rounds_chart *r)
{
    size_t n = yk_series_n_rounds(r->x.s);
    if (n < 2)
        return cli_usage("chart", "rounds: only one round (%s): nothing to compare; give a "
                         "project or tally files with two rounds or more",
                         chart_shown(yk_series_round_name(r->x.s, 0)));
    if (n > YK_ROUNDS_MAX)
        return cli_usage("chart", "rounds: %zu rounds; a chart shows at most %d", n,
                         YK_ROUNDS_MAX);
    return 0;
}

int chart_rounds_series(yk_series *s, const chart_opts *o, yk_chart *c)
{
    rounds_chart r = { .o = o, .w = words_in(lang_of(o->english)) };
    rounds_figures_init(&r.x, o->favourable, o->nfavourable, &o->f, s, "chart");
    int status = rounds_needed(&r);
    for (size_t k = 0; !status && k < yk_series_n_rounds(s); k++)
        r.names[k] = chart_shown(yk_series_round_name(s, k));
    if (!status)
        status = pick_question(&r);
    if (!status)
        status = rounds_figures_compute(&r.x, "chart");
    if (!status)
        status = fill_rows(&r);
    if (!status)
        status = draw(&r, c);
    free(r.rows);
    yk_rounds_series_free(&r.series);
    yk_rounds_free(&r.x);
    return status;
}

static int chart_rounds(const chart_opts *o, int argc, char **argv, yk_chart *c, int *data)
{
    cli_diags ds = { .quiet = o->f.s.c.quiet, .all = o->f.s.c.all, .per_run = 1 };
    yk_series *s;
    if (!o->f.questions)
        return cli_usage("chart", "rounds draws one question: give it with --questions");
    if (o->f.s.round && !o->f.s.form_dir)
        return cli_usage("chart", "rounds draws every round: --round names the round of "
                         "loose files only");
    int code = series_open("chart", &o->f.s, o->f.by, argc, argv, &ds, &s);
    cli_diags_file(&ds, NULL);
    if (!s)
        return code;
    *data = code;
    int status = chart_rounds_series(s, o, c);
    yk_series_free(s);
    return status;
}

const chart_kind chart_kind_rounds = {
    .name = "rounds",
    .help = MSG_KIND_ROUNDS,
    .examples = "  ykien chart rounds --questions q11 samples/kien-giang/kien-giang.ykien -o q11-rounds.png\n",
    .load = chart_rounds,
    .fit = { "rows", NULL, NULL, "a larger --size" },
};
