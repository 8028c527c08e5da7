/* ykien describe — the centre and spread of ordinal and numeric answers. */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "analysis.h"
#include "table.h"
#include "yk_disclosure.h"
#include "yk_stats.h"

static const char *const columns[] = {
    "round", "group", "question", "n", "mean", "sd", "median", "q1", "q3",
    "top2", "bottom2", "net", "min", "max", "effective_n", "top2_low", "top2_high",
};
enum { NCOLS = sizeof columns / sizeof columns[0] };

typedef struct {
    table *tab;
    const figure_opts *o;
    yk_tally *t;
    unsigned long suppressed;
    int why;                    /* why the row's group is hidden (0: shown) */
    int min_shown, max_shown;   /* a total's extremes (yk_disclosure_extreme_shown) */
} describe_run;

/* Whether a row resting on n respondents (eff: Kish's effective n, -1
 * unweighted) may show its figures; counts the ones it may not. */
static int row_shown(describe_run *d, double n, double eff)
{
    int why = d->why;
    if (!why && yk_disclosure_small(eff < 0 ? n : eff, (double)d->o->min_base))
        why = FIGURE_PRIMARY;
    if (n > 0)
        figure_count_blank(d->o, why, &d->suppressed);
    return n > 0 && !why;
}

/* The opinions of a list sorted by value: their indexes in order. */
static size_t by_value(const yk_choice_list *list, size_t *order)
{
    size_t k = 0;
    for (size_t i = 0; i < list->n; i++)
        if (!list->choices[i].not_opinion)
            order[k++] = i;
    for (size_t i = 1; i < k; i++)      /* insertion sort: lists are short */
        for (size_t j = i; j > 0 && list->choices[order[j]].value <
                                     list->choices[order[j - 1]].value; j--) {
            size_t tmp = order[j];
            order[j] = order[j - 1];
            order[j - 1] = tmp;
        }
    return k;
}

static void lead(describe_run *d, const char *round, const char *group, const char *q)
{
    table_cell(d->tab, round);
    table_cell(d->tab, group);
    table_cell(d->tab, q);
}

/* c: counts per choice, weighted or not; eff: Kish's effective n (-1:
 * unweighted). */
static void ordinal_row(describe_run *d, const yk_question *q, const double *c, double eff)
{
    size_t order[256], k = q->list->n <= 256 ? by_value(q->list, order) : 0;
    double counts[256], values[256], n = 0;
    long double sum = 0, sumsq = 0;
    for (size_t i = 0; i < k; i++) {
        counts[i] = c[order[i]];
        values[i] = q->list->choices[order[i]].value;
        n += counts[i];
        sum += (long double)counts[i] * values[i];
        sumsq += (long double)counts[i] * values[i] * values[i];
    }
    double mean = 0, sd = 0, med = 0, q1 = 0, q3 = 0;
    int shown = row_shown(d, n, eff);
    int has_sd = shown && yk_stats_mean_sd(n, sum, sumsq, &mean, &sd) == YK_OK;
    shown = shown && yk_stats_quantile(counts, values, k, 0.5, &med) == YK_OK &&
            yk_stats_quantile(counts, values, k, 0.25, &q1) == YK_OK &&
            yk_stats_quantile(counts, values, k, 0.75, &q3) == YK_OK;
    int boxes = shown && k >= 4;
    double top = boxes ? 100 * (counts[k - 1] + counts[k - 2]) / n : 0;
    double bottom = boxes ? 100 * (counts[0] + counts[1]) / n : 0;
    table_number(d->tab, n, eff < 0 ? 0 : 2, 1);
    table_number(d->tab, mean, 4, shown);
    table_number(d->tab, sd, 4, has_sd);
    table_number(d->tab, med, 4, shown);
    table_number(d->tab, q1, 4, shown);
    table_number(d->tab, q3, 4, shown);
    table_number(d->tab, top, 4, boxes);
    table_number(d->tab, bottom, 4, boxes);
    table_number(d->tab, top - bottom, 4, boxes);
    table_number(d->tab, 0, 0, 0);
    table_number(d->tab, 0, 0, 0);
    table_number(d->tab, eff, 1, eff >= 0);
    /* The top-2 share's 95% Wilson interval, on the effective n when weighted. */
    double base = eff < 0 ? n : eff, low = 0, high = 0;
    int ci = boxes && yk_stats_wilson(top / 100 * base, base, YK_Z95, &low, &high) == YK_OK;
    table_number(d->tab, 100 * low, 4, ci);
    table_number(d->tab, 100 * high, 4, ci);
}

/* Add w times group gi's counts of q's values to wc, laid out as the
 * values of all groups (ascending). */
static int add_weighted(describe_run *d, size_t r, size_t gi, size_t q, double w,
                        const int64_t *all, size_t n, double *wc)
{
    int64_t *v, *c;
    size_t k, j = 0;
    if (yk_tally_value_counts(d->t, r, gi, q, &v, &c, &k) != YK_OK)
        return 0;
    for (size_t i = 0; i < k; i++) {
        while (j < n && all[j] < v[i])
            j++;
        if (j < n)
            wc[j] += w * (double)c[i];
    }
    free(v);
    free(c);
    return 1;
}

/* The median and quartiles of an integer question from its counts of
 * values (group which, or the units weighted by w), into mq[3]; 0 when
 * they are not there, after saying why. */
static int integer_quartiles(describe_run *d, size_t r, size_t which, size_t q,
                             const yk_tally_numbers *x, const double *w, double *mq)
{
    const char *name = yk_form_question(yk_tally_form(d->t), q)->name;
    int64_t *v = NULL, *c = NULL, sum = 0;
    size_t n;
    yk_status st = yk_tally_value_counts(d->t, r, which, q, &v, &c, &n);
    double *wc = st == YK_OK ? calloc(n + 1, sizeof *wc) : NULL;
    double *values = wc ? calloc(n + 1, sizeof *values) : NULL;
    int ok = values != NULL;
    for (size_t i = 0; ok && i < n; i++) {
        values[i] = (double)v[i];
        wc[i] = w ? 0 : (double)c[i];
        sum += c[i];
    }
    for (size_t gi = 0; ok && w && gi < yk_tally_group(d->t)->list->n; gi++)
        ok = w[gi] <= 0 || add_weighted(d, r, gi, q, w[gi], v, n, wc);
    const char *round = yk_tally_round(d->t, r);
    if (st == YK_ERR_LIMIT && !d->o->s.c.quiet)
        cli_error("warning: question '%s'%s%s%s: no median or quartiles: a unit answered it "
                  "with more than %d distinct values, whose counts ykien does not keep", name,
                  *round ? " (round " : "", round, *round ? ")" : "", YK_TALLY_MAX_DISTINCT);
    else if (ok && sum != x->n && !d->o->s.c.quiet)
        cli_error("warning: question '%s'%s%s%s: no median or quartiles: the tally file has "
                  "no counts of its values (written by a ykien before version 3 of the "
                  "format): tally the data again", name, *round ? " (round " : "", round,
                  *round ? ")" : "");
    ok = ok && sum == x->n;
    static const double at[3] = { 0.5, 0.25, 0.75 };
    for (int i = 0; ok && i < 3; i++)
        ok = yk_stats_quantile(wc, values, n, at[i], &mq[i]) == YK_OK;
    free(v), free(c), free(wc), free(values);
    return ok;
}

/* x: group which's numbers (for n, minimum and maximum); w: each unit's
 * weight under --weight (NULL: unweighted). */
static void numeric_row(describe_run *d, size_t r, size_t which, size_t q,
                        const yk_tally_numbers *x, const double *w, double eff)
{
    double mean = 0, sd = 0, n = (double)x->n;
    int shown;
    if (w) {
        long double wn = 0, sum = 0, sumsq = 0;
        yk_tally_numbers u;
        for (size_t gi = 0; gi < yk_tally_group(d->t)->list->n; gi++)
            if (w[gi] > 0 && yk_tally_numbers_of(d->t, r, gi, q, &u) == YK_OK) {
                wn += w[gi] * (long double)u.n;
                sum += w[gi] * (long double)u.sum / YK_TALLY_UNIT;
                sumsq += w[gi] * (long double)u.sumsq / YK_TALLY_UNIT / YK_TALLY_UNIT;
            }
        n = (double)wn;         /* responses without a unit are left out */
        shown = row_shown(d, n, eff) && yk_stats_mean_sd(n, sum, sumsq, &mean, &sd) == YK_OK;
    } else {
        shown = row_shown(d, n, -1) && yk_tally_moments(x, &mean, &sd) == YK_OK;
    }
    int has_sd = shown && n >= 2;
    double mq[3] = { 0, 0, 0 };
    int quartiles = shown && yk_form_question(yk_tally_form(d->t), q)->type == YK_Q_INTEGER &&
                    integer_quartiles(d, r, which, q, x, w, mq);
    table_number(d->tab, n, w ? 2 : 0, 1);
    table_number(d->tab, mean, 4, shown);
    table_number(d->tab, sd, 4, has_sd);
    for (int i = 0; i < 3; i++)
        table_number(d->tab, mq[i], 4, quartiles);
    for (int i = 0; i < 3; i++)
        table_number(d->tab, 0, 0, 0);     /* no order of answers to count */
    table_number(d->tab, (double)x->min / YK_TALLY_UNIT, 4, shown && d->min_shown);
    table_number(d->tab, (double)x->max / YK_TALLY_UNIT, 4, shown && d->max_shown);
    table_number(d->tab, eff, 1, w != NULL);
    table_number(d->tab, 0, 0, 0);
    table_number(d->tab, 0, 0, 0);
    if (shown && !d->min_shown)
        figure_count_blank(d->o, FIGURE_SECONDARY, &d->suppressed);
    if (shown && !d->max_shown)
        figure_count_blank(d->o, FIGURE_SECONDARY, &d->suppressed);
}

/* Which groups of the tally's grouping question to hide for q in round r
 * (into hidden, by group), and whether the total's minimum and maximum
 * may be shown (a hidden respondent's answer could be either). */
static int hide_groups(describe_run *d, size_t r, size_t q, unsigned char *hidden)
{
    const yk_question *qq = yk_form_question(yk_tally_form(d->t), q);
    size_t groups = yk_tally_n_groups(d->t);
    double *base = calloc(groups + 1, sizeof *base), *lo = calloc(groups + 1, sizeof *lo);
    double *hi = calloc(groups + 1, sizeof *hi);
    int64_t c[259];
    yk_tally_numbers x, all;
    if (!base || !lo || !hi) {
        free(base), free(lo), free(hi);
        return EXIT_SYSTEM;
    }
    for (size_t gi = 0; gi < groups; gi++) {
        if (qq->list && yk_tally_counts(d->t, r, gi, q, c) == YK_OK) {
            for (size_t i = 0; i < qq->list->n; i++)
                base[gi] += qq->list->choices[i].not_opinion ? 0 : (double)c[i];
        } else if (!qq->list && yk_tally_numbers_of(d->t, r, gi, q, &x) == YK_OK) {
            base[gi] = (double)x.n;
            lo[gi] = (double)x.min;
            hi[gi] = (double)x.max;
        }
    }
    figure_hide_groups(d->o, base, groups, hidden);
    d->min_shown = d->max_shown = 1;
    if (!qq->list && yk_tally_numbers_of(d->t, r, SIZE_MAX, q, &all) == YK_OK && all.n > 0) {
        d->min_shown = yk_disclosure_extreme_shown((double)all.min, lo, base, hidden, groups);
        d->max_shown = yk_disclosure_extreme_shown((double)all.max, hi, base, hidden, groups);
    }
    free(base), free(lo), free(hi);
    return 0;
}

/* How many of each unit answered q in round r: with an opinion, for a
 * list; with a number, otherwise. */
static void unit_bases(describe_run *d, size_t r, size_t q, int64_t *c, double *base)
{
    const yk_question *qq = yk_form_question(yk_tally_form(d->t), q);
    for (size_t gi = 0; gi < yk_tally_group(d->t)->list->n; gi++) {
        yk_tally_numbers x;
        base[gi] = 0;
        if (qq->list && yk_tally_counts(d->t, r, gi, q, c) == YK_OK) {
            for (size_t i = 0; i < qq->list->n; i++)
                base[gi] += qq->list->choices[i].not_opinion ? 0 : (double)c[i];
        } else if (!qq->list && yk_tally_numbers_of(d->t, r, gi, q, &x) == YK_OK) {
            base[gi] = (double)x.n;
        }
    }
}

/* The counts of q's choices in round r, group `which`, into wc: weighted
 * by w when it is given. */
static void list_counts(describe_run *d, size_t r, size_t which, size_t q, const double *w,
                        int64_t *c, double *wc)
{
    size_t n = yk_form_question(yk_tally_form(d->t), q)->list->n;
    memset(wc, 0, n * sizeof *wc);
    if (!w) {
        if (yk_tally_counts(d->t, r, which, q, c) == YK_OK)
            for (size_t i = 0; i < n; i++)
                wc[i] = (double)c[i];
        return;
    }
    for (size_t gi = 0; gi < yk_tally_group(d->t)->list->n; gi++)
        if (w[gi] > 0 && yk_tally_counts(d->t, r, gi, q, c) == YK_OK)
            for (size_t i = 0; i < n; i++)
                wc[i] += w[gi] * (double)c[i];
}

/* The grouping question is no item: a mean of unit codes means nothing. */
static int wanted(const figure_opts *o, const yk_tally *t, const yk_question *q)
{
    int kind = figure_is_ordinal(q) ||
               q->type == YK_Q_INTEGER || q->type == YK_Q_DECIMAL;
    return kind && figure_wanted(o, q->name) && figure_is_item(yk_tally_group(t), q);
}

static int fill_describe(yk_tally *t, const figure_opts *o, table *tab,
                         unsigned long *suppressed)
{
    describe_run run = { tab, o, t, 0, 0, 1, 1 }, *d = &run;
    const yk_form *form = yk_tally_form(d->t);
    size_t groups = d->o->by ? yk_tally_n_groups(d->t) : 1;
    size_t units = yk_tally_group(t) ? yk_tally_group(t)->list->n : 0;
    int code = o->weight ? figure_check_weights("describe", t) : 0;
    int64_t c[259];
    double wc[256], *base = calloc(units + 1, sizeof *base), *w = calloc(units + 1, sizeof *w);
    size_t ng = yk_tally_group(t) ? yk_tally_n_groups(t) : 0;
    unsigned char *hidden = calloc(ng + 1, 1);
    if (!base || !w || !hidden)
        code = EXIT_SYSTEM;
    for (size_t r = 0; !code && r < yk_tally_n_rounds(d->t); r++) {
        const char *round = yk_tally_round(d->t, r);
        if (d->o->s.round && strcmp(d->o->s.round, round) != 0)
            continue;
        for (size_t gi = 0; gi < groups; gi++) {
            size_t which = d->o->by ? gi : SIZE_MAX;
            const char *gname = figure_group_name(d->t, d->o, gi);
            if (d->o->by && yk_tally_responses(d->t, r, which) == 0)
                continue;
            for (size_t q = 0; q < yk_form_n_questions(form); q++) {
                const yk_question *qq = yk_form_question(form, q);
                yk_tally_numbers x;
                double eff = -1, all = 0;
                if (!wanted(d->o, t, qq) || (qq->list && qq->list->n > 256))
                    continue;
                /* The groups of a --by table, or the units behind the
                     * province's figures: which of them are hidden. */
                d->why = 0;
                d->min_shown = d->max_shown = 1;
                if (ng && !code)
                    code = hide_groups(d, r, q, hidden);
                if (ng && o->by)
                    d->why = hidden[gi];
                if (o->by)
                    d->min_shown = d->max_shown = 1;    /* a group's own extremes */
                if (o->weight) {
                    unit_bases(d, r, q, c, base);
                    for (size_t u = 0; u < units; u++)
                        all += base[u];
                    eff = all * figure_member_weights(t, base, w);
                }
                lead(d, round, gname, qq->name);
                if (qq->list) {
                    list_counts(d, r, which, q, o->weight ? w : NULL, c, wc);
                    ordinal_row(d, qq, wc, eff);
                } else if (yk_tally_numbers_of(d->t, r, which, q, &x) == YK_OK) {
                    numeric_row(d, r, which, q, &x, o->weight ? w : NULL, eff);
                }
            }
        }
    }
    free(base);
    free(w);
    free(hidden);
    *suppressed = d->suppressed;
    return code;
}

const figure_table figure_describe = { "describe", MSG_HELP_DESCRIBE, FIGURE_WEIGHT, columns, NCOLS, fill_describe };

static int verb_describe(int argc, char **argv)
{
    return figure_main(&figure_describe, argc, argv);
}

const cli_verb cli_verb_describe = {
    "describe", MSG_SUMMARY_DESCRIBE, MSG_HELP_DESCRIBE, verb_describe,
};
