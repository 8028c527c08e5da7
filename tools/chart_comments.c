/* ykien chart — what the charts of open answers (themes, words) share:
 * the comments tally they are drawn from, the one text question and the
 * round they draw, their note, and what they say when there is nothing
 * to draw. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "yk_text.h"
#include "chart.h"

static int pick_round(const yk_comments *cm, const chart_opts *o, chart_comments *q)
{
    size_t n = yk_comments_n_rounds(cm);
    if (n == 0) {
        cli_error("chart: the data hold no responses: there is nothing to draw");
        return EXIT_DATA;
    }
    q->r = n - 1;
    if (o->f.s.round) {
        for (q->r = 0; q->r < n; q->r++)
            if (strcmp(yk_comments_round(cm, q->r), o->f.s.round) == 0)
                break;
        if (q->r == n)
            return cli_usage("chart", "no round '%s' in the data", o->f.s.round);
    }
    q->round = yk_comments_round(cm, q->r);
    return 0;
}

/* "gop_y, kien_nghi": the text questions counted, for a message. */
static void question_names(const yk_comments *cm, char *buf, size_t size)
{
    const yk_form *form = yk_comments_form(cm);
    size_t len = 0;
    buf[0] = '\0';
    for (size_t i = 0; i < yk_comments_n_questions(cm) && len < size; i++)
        len += (size_t)yk_text_snprintf(
            buf + len, size - len, "%s%s", i ? ", " : "",
            yk_form_question(form, yk_comments_question(cm, i))->name);
}

/* The one text question --questions names, or the form's only one. */
static int pick_question(const char *kind, const yk_comments *cm, const chart_opts *o,
                         chart_comments *q)
{
    const yk_form *form = yk_comments_form(cm);
    size_t n = 0, count = yk_comments_n_questions(cm);
    for (size_t i = 0; i < count; i++) {
        const yk_question *qq = yk_form_question(form, yk_comments_question(cm, i));
        if (!o->f.questions || yk_figure_wanted(o->f.questions, qq->name))
            q->i = i, q->question = qq, n++;
    }
    char names[512];
    question_names(cm, names, sizeof names);
    if (count == 0)
        return cli_usage("chart", "%s: the form has no text question", kind);
    if (n != 1)
        return cli_usage("chart", "%s draws one text question: name it with --questions (%s)",
                         kind, names);
    q->name = q->question->name;
    q->label = chart_label(form, q->question->labels, q->name, o->english);
    return 0;
}

int chart_comments_pick(const char *kind, const yk_comments *cm, const chart_opts *o,
                        chart_comments *q)
{
    memset(q, 0, sizeof *q);
    q->cm = cm;
    int code = pick_round(cm, o, q);
    return code ? code : pick_question(kind, cm, o, q);
}

char *chart_comments_note(const chart_comments *q, const chart_opts *o, const char *explain,
                          const char *extra)
{
    return chart_note_of(yk_comments_form(q->cm), q->round, o, explain, extra);
}

int chart_comments_too_few(const chart_comments *q, const chart_opts *o, const char *kind,
                           int by)
{
    long k = o->f.min_base > 1 ? o->f.min_base : 1;
    const char *in = *q->round ? " in round " : "";
    if (strcmp(kind, "words") == 0)
        cli_error("chart: words: no phrase is in %ld or more answers to %s%s%s", k, q->name,
                  in, q->round);
    else if (by)
        cli_error("chart: %s: no unit has %ld or more answers to %s%s%s", kind, k, q->name, in,
                  q->round);
    else
        cli_error("chart: %s: fewer than %ld answers to %s%s%s", kind, k, q->name, in,
                  q->round);
    return EXIT_DATA;
}

int chart_comments_read(const chart_opts *o, int argc, char **argv, comments_data **out,
                        int *data)
{
    cli_diags ds = { .quiet = o->f.s.c.quiet, .all = o->f.s.c.all, .per_run = 1 };
    comments_opts co = o->comments;
    co.questions = o->f.questions;
    int code = comments_read("chart", &o->f.s, &co, o->f.by, argc, argv, &ds, out);
    cli_diags_file(&ds, NULL);
    cli_rows_say(&ds);
    if (!*out)
        return code;
    *data = code;
    return 0;
}
