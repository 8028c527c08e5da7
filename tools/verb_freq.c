/* ykien freq — how many gave each answer, with 95% Wilson intervals. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "analysis.h"
#include "table.h"
#include "yk_disclosure.h"
#include "yk_stats.h"

static const char *const columns[] = {
    "round", "group", "question", "choice", "label", "n", "base", "percent",
    "ci_low", "ci_high", "base_opinion", "percent_opinion", "percent_responses",
    "effective_base",
};
enum { NCOLS = sizeof columns / sizeof columns[0] };

typedef struct {
    table *tab;
    const figure_opts *o;
    yk_tally *t;
    unsigned long suppressed;
    const unsigned char *hidden;    /* why each choice of the question is hidden (--by) */
    int group_hidden;               /* why the group is hidden (--by) */
} freq_run;

/* Why a figure of choice i (SIZE_MAX: the group's blanks) is hidden by the
 * two-way rule: its group's reason, else its answer's; 0 when shown. */
static int hidden_why(const freq_run *f, size_t i)
{
    if (f->group_hidden)
        return f->group_hidden;
    return f->hidden && i != SIZE_MAX ? f->hidden[i] : 0;
}

static const char *label_of(const char *const *labels, const char *name)
{
    return labels && labels[0] ? labels[0] : name;
}

static int has_not_opinion(const yk_choice_list *list)
{
    for (size_t i = 0; i < list->n; i++)
        if (list->choices[i].not_opinion)
            return 1;
    return 0;
}

/* n of base as a percent with its interval; blank below the minimum base
 * (on Kish's effective base when weighted: one respondent with a large
 * weight is still one respondent) or when why says the cell is hidden.
 * design is Kish's effective base over the base (1 unweighted): the
 * interval is the Wilson interval of the same share on the effective base. */
static void share(freq_run *f, double n, double base, double design, int why)
{
    double low, high, eff = base * design;
    if (!why && yk_disclosure_small(eff, (double)f->o->min_base))
        why = FIGURE_PRIMARY;
    int shown = !why && base > 0 &&
                yk_stats_wilson(n / base * eff, eff, YK_Z95, &low, &high) == YK_OK;
    table_number(f->tab, n, design == 1 ? 0 : 2, shown);
    table_number(f->tab, base, 0, 1);
    table_number(f->tab, 100 * n / base, 4, shown);
    table_number(f->tab, 100 * low, 4, shown);
    table_number(f->tab, 100 * high, 4, shown);
    if (base > 0)
        figure_count_blank(f->o, why, &f->suppressed);
}

static void lead(freq_run *f, const char *round, const char *group,
                 const yk_question *q, const char *code, const char *label)
{
    table_cell(f->tab, round);
    table_cell(f->tab, group);
    table_cell(f->tab, q->name);
    table_cell(f->tab, code);
    table_cell(f->tab, label);
}

/* The opinion share, the share of responses (gated, like every figure,
 * on how many people answered: not on how many ticks they made) and the
 * effective base. */
static void extra(freq_run *f, double base_op, double n_op, int op, double resp,
                  double all_resp, int multi, double people, double effective, int why,
                  int base_op_shown)
{
    double k = (double)f->o->min_base, eff = effective >= 0 ? effective : people;
    int small = yk_disclosure_small(eff, k);
    int shown = op && !why && !small && base_op >= k && base_op > 0 && n_op >= 0;
    table_number(f->tab, base_op, 0, op && base_op_shown && !small);
    table_number(f->tab, 100 * n_op / base_op, 4, shown);
    table_number(f->tab, 100 * resp / all_resp, 4,
                 multi && !why && !small && all_resp > 0 && people >= k);
    table_number(f->tab, effective, 1, effective >= 0);
}

/* c: counts per choice (weighted or not), then blank, invalid, answered. */
static void question_rows(freq_run *f, const char *round, const char *group,
                          const yk_question *q, const double *c, double responses,
                          double design)
{
    size_t n = q->list->n;
    int multi = q->type == YK_Q_SELECT_MULTIPLE;
    int ordinal = !multi && has_not_opinion(q->list);
    double answered = c[n + 2], opinions = answered, ticks = 0;
    double eff = design == 1 ? -1 : answered * design;
    /* base_opinion is the base less the not-an-opinion answers: it would
     * give a hidden one back. */
    int base_op_shown = !f->group_hidden;
    for (size_t i = 0; i < n; i++) {
        opinions -= q->list->choices[i].not_opinion ? c[i] : 0;
        ticks += c[i];
        base_op_shown &= !(q->list->choices[i].not_opinion && hidden_why(f, i));
    }
    for (size_t i = 0; i < n; i++) {
        const yk_choice *ch = &q->list->choices[i];
        lead(f, round, group, q, ch->name, label_of(ch->labels, ch->name));
        share(f, c[i], answered, design, hidden_why(f, i));
        extra(f, opinions, ch->not_opinion ? -1 : c[i], ordinal, c[i], ticks, multi,
              answered, eff, hidden_why(f, i), base_op_shown);
    }
    lead(f, round, group, q, "_missing", "");
    share(f, c[n] + c[n + 1], responses, 1, hidden_why(f, SIZE_MAX));
    extra(f, 0, 0, 0, 0, 0, 0, 0, -1, 0, 0);
}

/* Post-stratified to membership (figure_member_weights), each unit
 * weighed by how many of it answered q.  *design gets Kish's effective base
 * over the base. */
static int weigh(freq_run *f, size_t r, size_t q, size_t width, double *out,
                 double *responses, double *design)
{
    const yk_choice_list *units = yk_tally_group(f->t)->list;
    size_t n = yk_form_question(yk_tally_form(f->t), q)->list->n;
    int64_t *c = malloc(units->n * width * sizeof *c);
    double *base = malloc(units->n * sizeof *base), *w = malloc(units->n * sizeof *w);
    int code = c && base && w ? 0 : EXIT_SYSTEM;
    for (size_t gi = 0; !code && gi < units->n; gi++)
        base[gi] = yk_tally_counts(f->t, r, gi, q, c + gi * width) == YK_OK
                       ? (double)c[gi * width + n + 2] : 0;
    if (!code) {
        *design = figure_member_weights(f->t, base, w);
        memset(out, 0, (n + 3) * sizeof *out);
        *responses = 0;
    }
    for (size_t gi = 0; !code && gi < units->n; gi++) {
        const int64_t *cg = c + gi * width;
        if (base[gi] == 0)
            continue;
        for (size_t i = 0; i < n; i++)
            out[i] += w[gi] * (double)cg[i];
        out[n] += (double)cg[n];
        out[n + 1] += (double)cg[n + 1];
        out[n + 2] += base[gi];
        *responses += (double)yk_tally_responses(f->t, r, gi);
    }
    free(c);
    free(base);
    free(w);
    return code;
}

/* The two-way rule of a --by table: which groups and which answers of
 * question q to hide in round r, into hg (by group) and hc (by choice).
 * A group's base is how many of it answered q; an answer's is how many
 * chose it in all groups: either under k, or recoverable from the
 * totals, hides its cells in every row. */
static int hide_two_way(freq_run *f, size_t r, size_t q, size_t width, unsigned char *hg,
                        unsigned char *hc)
{
    size_t groups = yk_tally_n_groups(f->t), n = yk_form_question(yk_tally_form(f->t), q)->list->n;
    int64_t *c = malloc(width * sizeof *c);
    double *base = malloc(groups * sizeof *base), *margin = calloc(n, sizeof *margin);
    int code = c && base && margin ? 0 : EXIT_SYSTEM;
    for (size_t gi = 0; !code && gi < groups; gi++) {
        base[gi] = 0;
        if (yk_tally_counts(f->t, r, gi, q, c) != YK_OK)
            continue;
        base[gi] = (double)c[n + 2];
        for (size_t i = 0; i < n; i++)
            margin[i] += (double)c[i];
    }
    if (!code) {
        figure_hide_groups(f->o, base, groups, hg);
        figure_hide_groups(f->o, margin, n, hc);
    }
    free(c);
    free(base);
    free(margin);
    return code;
}

static int wanted(const figure_opts *o, const yk_question *q)
{
    return (q->type == YK_Q_SELECT_ONE || q->type == YK_Q_SELECT_MULTIPLE) &&
           figure_wanted(o, q->name);
}

static int fill_freq(yk_tally *t, const figure_opts *o, table *tab,
                     unsigned long *suppressed)
{
    freq_run run = { tab, o, t, 0, NULL, 0 }, *f = &run;
    const yk_form *form = yk_tally_form(t);
    size_t groups = o->by ? yk_tally_n_groups(t) : 1, nq = yk_form_n_questions(form);
    size_t width = 3;
    int code = o->weight ? figure_check_weights("freq", t) : 0;
    for (size_t q = 0; q < nq; q++)
        if (yk_form_question(form, q)->list && yk_form_question(form, q)->list->n + 3 > width)
            width = yk_form_question(form, q)->list->n + 3;
    int64_t *c = malloc(width * sizeof *c);
    double *d = malloc(width * sizeof *d), responses, design = 1;
    size_t ng = yk_tally_n_groups(t) ? yk_tally_n_groups(t) : 1;
    unsigned char *hg = malloc(ng), *hc = malloc(width);
    if (!c || !d || !hg || !hc)
        code = EXIT_SYSTEM;
    for (size_t r = 0; !code && r < yk_tally_n_rounds(t); r++) {
        if (o->s.round && strcmp(o->s.round, yk_tally_round(t, r)) != 0)
            continue;
        for (size_t gi = 0; !code && gi < groups; gi++) {
            size_t which = o->by ? gi : SIZE_MAX;
            responses = (double)yk_tally_responses(t, r, which);
            if (o->by && responses == 0)
                continue;
            for (size_t q = 0; !code && q < nq; q++) {
                const yk_question *qq = yk_form_question(form, q);
                if (!wanted(o, qq) || yk_tally_counts(t, r, which, q, c) != YK_OK)
                    continue;
                for (size_t i = 0; i < qq->list->n + 3; i++)
                    d[i] = (double)c[i];
                if (o->weight)
                    code = weigh(f, r, q, width, d, &responses, &design);
                if (o->by && !code)
                    code = hide_two_way(f, r, q, width, hg, hc);
                f->hidden = o->by ? hc : NULL;
                f->group_hidden = o->by ? hg[gi] : 0;
                question_rows(f, yk_tally_round(t, r), figure_group_name(t, o, gi), qq, d,
                              responses, design);
            }
        }
    }
    free(c);
    free(d);
    free(hg);
    free(hc);
    *suppressed = f->suppressed;
    return code;
}

const figure_table figure_freq = { "freq", MSG_HELP_FREQ, FIGURE_WEIGHT, columns, NCOLS, fill_freq };

static int verb_freq(int argc, char **argv)
{
    return figure_main(&figure_freq, argc, argv);
}

const cli_verb cli_verb_freq = {
    "freq", MSG_SUMMARY_FREQ, MSG_HELP_FREQ, verb_freq,
};
