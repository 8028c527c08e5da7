/* ykien report — the themes section: a table and charts per scale.
 * What the section files share is in report_impl.h. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "yk_text.h"
#include "yk_chart_rank.h"
#include "report.h"
#include "report_impl.h"
#include "yk_figures_describe.h"
#include "yk_figures_freq.h"
#include "yk_figures_units.h"

/* "81,7 – 83,0%", or "–" without an interval. */
void report_put_interval(cells *c, const report *r, double low, double high)
{
    char text[96], lo[32], hi[32];
    report_number(r, low, 1, "", lo, sizeof lo);
    report_number(r, high, 1, "%", hi, sizeof hi);
    yk_text_snprintf(text, sizeof text, "%s – %s", lo, hi);
    report_put(c, isnan(low) ? "–" : text);
}

/* The share who agree with q (yk_figure_unit_share) in the last round,
 * with its 95% Wilson interval, in percent: for a 3-level list, whose top2
 * describe leaves blank.  NANs when q has none or too few opinions. */
static void upper_share(const report *r, const yk_question *q, double *share, double *low,
                        double *high)
{
    const yk_form *f = yk_tally_form(r->t);
    size_t qi = 0;
    while (qi < yk_form_n_questions(f) && yk_form_question(f, qi) != q)
        qi++;
    yk_unit_figure all;
    yk_figure_unit_share(r->t, r->round, SIZE_MAX, qi, r->tpl->min_base, &all);
    *share = all.value, *low = all.low, *high = all.high;     /* NAN when not shown */
}

/* The items of scale s: answers, mean, the share who agree and its
 * interval (describe's top2; the top one of a 3-level list). */
static int theme_table(report *r, size_t s)
{
    const yk_form *f = yk_tally_form(r->t);
    char *names = report_scale_items(r, s, NULL);
    yk_table d;
    int code = names ? report_make_table(r, &figure_describe, NULL, names, &d) : EXIT_SYSTEM;
    free(names);
    if (code)
        return code;
    cells c = { 0 };
    for (size_t i = 0; i < yk_table_n_rows(&d); i++) {
        const char *name = yk_table_text_at(&d, i, YK_DESCRIBE_QUESTION);
        const yk_question *q = yk_form_find(f, name);
        char label[1024];
        report_put(&c, q ? report_statement(r, q, label, sizeof label) : name);
        report_put_number(&c, r, yk_table_value(&d, i, YK_DESCRIBE_N), 0, "");
        report_put_number(&c, r, yk_table_value(&d, i, YK_DESCRIBE_MEAN), 2, "");
        double share = yk_table_value(&d, i, YK_DESCRIBE_TOP2),
               low = yk_table_value(&d, i, YK_DESCRIBE_TOP2_LOW),
               high = yk_table_value(&d, i, YK_DESCRIBE_TOP2_HIGH);
        if (isnan(share) && q)
            upper_share(r, q, &share, &low, &high);
        report_put_number(&c, r, share, 1, "%");
        report_put_interval(&c, r, low, high);
    }
    const char *header[] = { r->w->question, r->w->base, msg(MSG_REPORT_MEAN, lang_of(r->english)),
                             r->w->share, r->w->ci };
    static const double shares[] = { 0.44, 0.11, 0.11, 0.12, 0.22 };
    static const int right[] = { 0, 1, 1, 1, 1 };
    code = c.failed ? EXIT_SYSTEM : report_add_table(r, report_theme_title(r, s), 5, shares, right,
                                                     header, &c);
    report_cells_free(&c);
    yk_table_free(&d);
    return code;
}

/* ---- one chart per theme ----------------------------------------------- */

/* Whether every item of scale s has one answer list: then one likert
 * chart shows them all, one bar each, with one legend and one axis. */
static int one_list(const report *r, size_t s)
{
    const yk_form *f = yk_tally_form(r->t);
    size_t k;
    const size_t *items = yk_tally_scale_items(r->t, s, &k);
    for (size_t i = 1; i < k; i++)
        if (yk_form_question(f, items[i])->list != yk_form_question(f, items[0])->list)
            return 0;
    return 1;
}

/* A theme whose items have different lists: each item's upper share and
 * its interval (the theme table's figures), a row each on one axis. */
typedef struct {
    report *r;
    yk_rank_row *rows;
    size_t n;
    int reverse;                /* a row is a reverse-worded statement's */
} shares_chart;

static int draw_shares(void *ctx, const chart_opts *co, yk_chart *c)
{
    const shares_chart *x = ctx;
    msg_lang l = lang_of(x->r->english);
    char *note = chart_note(x->r->t, co, x->r->round, msg(MSG_THEME_SHARES_NOTE, l),
                            x->reverse ? chart_words_for(co)->reverse_note : NULL);
    if (!note)
        return EXIT_SYSTEM;
    yk_rank spec = {
        .frame = { "", NULL, note, !x->r->english },
        .base_word = chart_words_for(co)->base,
        .percent = 1, .decimals = 1, .rows = x->rows, .nrows = x->n,
    };
    yk_status st = yk_chart_rank(c, &spec);
    free(note);
    return st == YK_ERR_LIMIT ? EXIT_DATA : st == YK_OK ? 0 : EXIT_SYSTEM;
}

/* The shares chart of scale s from describe's table d (the theme table's
 * rows, in the form's order). */
static int theme_shares_chart(report *r, size_t s, const yk_table *d)
{
    const yk_form *f = yk_tally_form(r->t);
    size_t n = yk_table_n_rows(d);
    shares_chart x = { r, calloc(n + 1, sizeof *x.rows), 0, 0 };
    char **labels = calloc(n + 1, sizeof *labels);
    int code = x.rows && labels ? 0 : EXIT_SYSTEM;
    for (size_t i = 0; !code && i < n; i++) {
        const yk_question *q = yk_form_find(f, yk_table_text_at(d, i, YK_DESCRIBE_QUESTION));
        double share = yk_table_value(d, i, YK_DESCRIBE_TOP2),
               low = yk_table_value(d, i, YK_DESCRIBE_TOP2_LOW),
               high = yk_table_value(d, i, YK_DESCRIBE_TOP2_HIGH);
        if (isnan(share) && q)
            upper_share(r, q, &share, &low, &high);
        if (!q || isnan(share) || isnan(low) || isnan(high))
            continue;           /* hidden or without opinions: the table says "–" */
        char label[1024];
        if (!(labels[x.n] = strdup(report_statement(r, q, label, sizeof label)))) {
            code = EXIT_SYSTEM;
            break;
        }
        x.rows[x.n] = (yk_rank_row){ labels[x.n], yk_table_value(d, i, YK_DESCRIBE_N), share,
                                     low, high };
        x.reverse |= q->reverse;
        x.n++;
    }
    if (!code && x.n) {
        chart_opts co = { .f = *r->o };
        co.f.min_base = r->tpl->min_base;
        code = report_chart(r, &co, 20 + 12 * (double)x.n, draw_shares, &x,
                            report_theme_title(r, s));
    }
    for (size_t i = 0; labels && i < x.n; i++)
        free(labels[i]);
    free(labels);
    free(x.rows);
    return code;
}

/* ---- what else a theme's group asks ----------------------------------- */

/* The group (the first part of the path) question q is in, as a length
 * of its path; 0 at the top level. */
static size_t group_of(const yk_question *q)
{
    const char *slash = strchr(q->path, '/');
    return slash ? (size_t)(slash - q->path) : 0;
}

static int same_group(const yk_question *a, const yk_question *b)
{
    size_t n = group_of(a);
    return n && n == group_of(b) && strncmp(a->path, b->path, n) == 0;
}

/* Whether q is one of the questions a theme shows beside its scale: a
 * select_multiple, or a number other than the respondents' age. */
static int extra(const report *r, const yk_question *q)
{
    if (!yk_figure_is_item(yk_tally_group(r->t), q) || q == report_age_question(r))
        return 0;
    return q->type == YK_Q_SELECT_MULTIPLE || q->type == YK_Q_INTEGER ||
           q->type == YK_Q_DECIMAL;
}

/* Whether q is in the group of a theme (some scale's first item). */
static int in_a_theme(const report *r, const yk_question *q)
{
    const yk_form *f = yk_tally_form(r->t);
    for (size_t s = 0; s < yk_tally_n_scales(r->t); s++) {
        size_t k;
        const size_t *items = yk_tally_scale_items(r->t, s, &k);
        if (k && same_group(yk_form_question(f, items[0]), q))
            return 1;
    }
    return 0;
}

/* A number's mean with its 95% t interval (yk_figure_unit_mean), by unit
 * and overall: a unit the disclosure rules blank is left out. */
static int numeric_table(report *r, size_t qi)
{
    const yk_form *f = yk_tally_form(r->t);
    const yk_question *q = yk_form_question(f, qi), *g = yk_tally_group(r->t);
    cells c = { 0 };
    for (size_t u = 0; g && u < g->list->n; u++) {
        yk_unit_figure m;
        if (yk_tally_responses(r->t, r->round, u) == 0 || report_unit_hidden(r, q, u) ||
            yk_figure_unit_mean(r->t, r->round, u, qi, r->tpl->min_base, &m) != YK_OK ||
            !m.shown)
            continue;
        report_put(&c, label_of(r, g->list->choices[u].labels, g->list->choices[u].name));
        report_put_number(&c, r, m.base, 0, "");
        report_put_number(&c, r, m.value, 2, "");
        report_put_number(&c, r, m.low, 2, "");
        report_put_number(&c, r, m.high, 2, "");
    }
    yk_unit_figure all;
    if (yk_figure_unit_mean(r->t, r->round, SIZE_MAX, qi, r->tpl->min_base, &all) != YK_OK ||
        !all.shown) {
        report_cells_free(&c);
        return 0;               /* too few numbers to show */
    }
    report_put(&c, g ? r->w->province : msg(MSG_RESPONSE_ALL, lang_of(r->english)));
    report_put_number(&c, r, all.base, 0, "");
    report_put_number(&c, r, all.value, 2, "");
    report_put_number(&c, r, all.low, 2, "");
    report_put_number(&c, r, all.high, 2, "");
    msg_lang l = lang_of(r->english);
    char title[1024];
    msg_snprintf(title, sizeof title, MSG_NUMERIC_TABLE, l, label_of(r, q->labels, q->name));
    const char *header[] = { r->w->unit, r->w->base, msg(MSG_REPORT_MEAN, l),
                             msg(MSG_NUMERIC_LOW, l), msg(MSG_NUMERIC_HIGH, l) };
    static const double shares[] = { 0.40, 0.15, 0.15, 0.15, 0.15 };
    static const int right[] = { 0, 1, 1, 1, 1 };
    int code = c.failed ? EXIT_SYSTEM : report_add_table(r, title, 5, shares, right, header, &c);
    report_cells_free(&c);
    return code;
}

/* The bars of select_multiple q: each choice's share of those who
 * answered it (freq's percent), when they are min_base or more. */
static int multiple_chart(report *r, const yk_question *q)
{
    yk_table fr;
    int code = report_make_table(r, &figure_freq, NULL, q->name, &fr);
    if (code)
        return code;
    double base = yk_table_n_rows(&fr) ? yk_table_value(&fr, 0, YK_FREQ_BASE) : NAN;
    yk_table_free(&fr);
    if (!(base > 0 && base >= (double)r->tpl->min_base))
        return 0;               /* too few answers to show: as the bars chart would refuse */
    /* as tall as its bars need, from 5 mm each: no taller than fits */
    return report_add_chart(r, &chart_kind_bars, NULL, q->name, 12 + 5 * (double)q->list->n,
                            label_of(r, q->labels, q->name));
}

/* The select_multiple questions and numbers among qs (in the form's
 * order) that belong(r, q, ctx) says are here: bars of each choice's
 * share of those who answered, a mean table. */
static int extras(report *r, int (*belong)(const report *, const yk_question *, const void *),
                  const void *ctx)
{
    const yk_form *f = yk_tally_form(r->t);
    int code = 0;
    for (size_t i = 0; !code && i < yk_form_n_questions(f); i++) {
        const yk_question *q = yk_form_question(f, i);
        if (!extra(r, q) || !belong(r, q, ctx))
            continue;
        if (q->type == YK_Q_SELECT_MULTIPLE)
            code = multiple_chart(r, q);
        else
            code = numeric_table(r, i);
    }
    return code;
}

static int in_group_of(const report *r, const yk_question *q, const void *ctx)
{
    (void)r;
    return same_group(ctx, q);
}

static int in_no_theme(const report *r, const yk_question *q, const void *ctx)
{
    (void)ctx;
    return !in_a_theme(r, q);
}

static int any_in_no_theme(const report *r)
{
    const yk_form *f = yk_tally_form(r->t);
    for (size_t i = 0; i < yk_form_n_questions(f); i++)
        if (extra(r, yk_form_question(f, i)) && !in_a_theme(r, yk_form_question(f, i)))
            return 1;
    return 0;
}

/* Scale s: its chart (one), its table, then what else its group asks. */
static int theme(report *r, size_t s)
{
    const yk_form *f = yk_tally_form(r->t);
    int code = report_subsection(r, report_theme_title(r, s));
    char *names = code ? NULL : report_scale_items(r, s, NULL);
    if (!code && !names)
        code = EXIT_SYSTEM;
    if (!code && one_list(r, s)) {
        code = report_add_chart(r, &chart_kind_likert, NULL, names, 50,
                                report_theme_title(r, s));
    } else if (!code) {
        yk_table d;
        code = report_make_table(r, &figure_describe, NULL, names, &d);
        if (!code) {
            code = theme_shares_chart(r, s, &d);
            yk_table_free(&d);
        }
    }
    free(names);
    if (!code)
        code = theme_table(r, s);
    size_t k;
    const size_t *items = yk_tally_scale_items(r->t, s, &k);
    if (!code && k)
        code = extras(r, in_group_of, yk_form_question(f, items[0]));
    return code;
}

int report_themes(report *r)
{
    int code = report_section(r, SECTION_THEMES);
    if (!code)
        code = report_para(r, r->w->theme_intro);
    if (!code && report_any_reverse(r))
        code = report_para(r, msg(MSG_REPORT_THEMES_REVERSE, lang_of(r->english)));
    for (size_t s = 0; !code && s < yk_tally_n_scales(r->t); s++)
        code = theme(r, s);
    if (!code && any_in_no_theme(r)) {
        code = report_subsection(r, msg(MSG_THEMES_OTHER, lang_of(r->english)));
        if (!code)
            code = extras(r, in_no_theme, NULL);
    }
    return code;
}
