/* ykien chart words — the phrases members use most in one question's open
 * answers, ranked: a bar per phrase, the most used on top, its count of
 * answers and their share written at the bar's end.  Not a word cloud:
 * a cloud's sizes cannot be read as numbers, a bar's length can.  The
 * figures are the table `ykien comments` prints (yk_figures_phrases). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "chart_kinds.h"
#include "yk_chart_bars.h"
#include "yk_figures_comments.h"

static const char *const explain[2] = {
    "Số ý kiến có cụm từ, và phần trăm trên số người đã viết ý kiến cho câu hỏi (n); một ý "
    "kiến tính một lần cho mỗi cụm từ có trong nó. Không kể từ dừng (của, và, là...), số và "
    "dữ liệu cá nhân đã được che; cụm từ phần lớn (từ 80%) nằm trong một cụm dài hơn thì "
    "không liệt kê riêng.",
    "Answers that hold the phrase, and their percentage of those who wrote an answer to the "
    "question (n); an answer counts once for each phrase in it. Stop words (của, và, là...), "
    "numbers and masked personal data are left out; a phrase that is mostly (80% or more) "
    "inside a longer one is not listed apart.",
};
static const char *const subtitle[2] = { "Các cụm từ được dùng nhiều nhất",
                                         "The phrases used most" };
static const char *const fewer[2] = { "Cụm từ có trong dưới", "Phrases in fewer than" };
static const char *const fewer_end[2] = { "ý kiến không được liệt kê.", "answers are not listed." };

#define WORDS_COLOUR 4          /* Okabe and Ito's blue */

typedef struct {
    const yk_table *tab;
    yk_bars_row *rows;
    yk_rgb *colours;
    double *cells;              /* per row: percent, count */
    size_t nrows;
} words_run;

static int fill(const yk_comments *cm, const chart_comments *q, const chart_opts *o,
                yk_table *tab)
{
    yk_figure_opts fo = figure_lib_opts(&o->f);
    fo.by = NULL;
    fo.questions = q->name;
    fo.round = q->round;
    yk_table_init(tab, yk_phrases_columns, YK_PHRASES_NCOLS);
    return figure_status(yk_figures_phrases(cm, &fo, CHART_PHRASES_MIN_ANSWERS,
                                            o->phrases ? o->phrases : CHART_PHRASES_DEFAULT,
                                            tab));
}

static int make_rows(words_run *w)
{
    for (size_t i = 0; i < w->nrows; i++) {
        double *c = w->cells + 2 * i;
        c[0] = yk_table_value(w->tab, i, YK_PHRASES_PERCENT);
        c[1] = yk_table_value(w->tab, i, YK_PHRASES_N);
        if (isnan(c[0]) || isnan(c[1]))
            return -1;
        w->rows[i] = (yk_bars_row){ chart_shown(yk_table_text_at(w->tab, i, YK_PHRASES_PHRASE)),
                                    -1, &c[0], 0, NULL, NULL, &c[1] };
        w->colours[i] = yk_palette_category(WORDS_COLOUR);
    }
    return 0;
}

static int draw(words_run *w, const chart_comments *q, const chart_opts *o, yk_chart *c)
{
    char extra[256] = "";
    if (o->f.min_base > 0)
        snprintf(extra, sizeof extra, "%s %ld %s", fewer[o->english], o->f.min_base,
                 fewer_end[o->english]);
    char *note = chart_comments_note(q, o, explain[o->english], extra);
    if (!note)
        return EXIT_SYSTEM;
    yk_bars spec = {
        .frame = { o->title ? o->title : q->label,
                   o->subtitle ? o->subtitle : subtitle[o->english], note, !o->english },
        .npanels = 1, .colours = w->colours, .base_word = chart_words_for(o)->base,
        .base = yk_table_value(w->tab, 0, YK_PHRASES_BASE), .rows = w->rows,
        .nrows = w->nrows,
    };
    yk_status st = yk_chart_bars(c, &spec);
    free(note);
    if (st == YK_ERR_LIMIT)
        return chart_does_not_fit(&chart_kind_words, o, spec.nrows, 0);
    return st == YK_OK ? 0 : EXIT_SYSTEM;
}

int chart_words_of(const yk_comments *cm, const chart_opts *o, yk_chart *c)
{
    chart_comments q;
    yk_table tab;
    int code = chart_comments_pick("words", cm, o, &q);
    if (code)
        return code;
    if ((code = fill(cm, &q, o, &tab)) != 0) {
        yk_table_free(&tab);
        return code;
    }
    words_run w = { .tab = &tab, .nrows = yk_table_n_rows(&tab) };
    w.rows = calloc(w.nrows + 1, sizeof *w.rows);
    w.colours = calloc(w.nrows + 1, sizeof *w.colours);
    w.cells = calloc(2 * (w.nrows + 1), sizeof *w.cells);
    if (!w.rows || !w.colours || !w.cells)
        code = EXIT_SYSTEM;
    else if (w.nrows == 0 || make_rows(&w) != 0)
        code = chart_comments_too_few(&q, o, "words", 0);
    if (!code)
        code = draw(&w, &q, o, c);
    free(w.rows);
    free(w.colours);
    free(w.cells);
    yk_table_free(&tab);
    return code;
}

static int words_load(const chart_opts *o, int argc, char **argv, yk_chart *c, int *data)
{
    comments_data *d = NULL;
    int code = chart_comments_read(o, argc, argv, &d, data);
    yk_chart_set_min_text(c, CHART_COMMENTS_MIN_TEXT);
    if (!code)
        code = chart_words_of(comments_tally(d), o, c);
    comments_data_free(d);
    return code;
}

const chart_kind chart_kind_words = {
    .name = "words",
    .help = MSG_KIND_WORDS,
    .examples = "  ykien chart words --questions gop_y --phrases 12 samples/kien-giang/kien-giang.ykien -o cum-tu.png\n",
    .load = words_load,
    .fit = { "phrases", NULL, NULL, "a larger --size or fewer --phrases" },
};
