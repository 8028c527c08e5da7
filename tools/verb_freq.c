/* ykien freq — how many gave each answer, with 95% Wilson intervals. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "analysis.h"
#include "table.h"
#include "yk_stats.h"

static const char *const columns[] = {
    "round", "group", "question", "choice", "label", "n", "base", "percent",
    "ci_low", "ci_high", "base_opinion", "percent_opinion", "percent_responses",
};
enum { NCOLS = sizeof columns / sizeof columns[0] };

typedef struct {
    table *tab;
    const figure_opts *o;
    yk_tally *t;
    unsigned long suppressed;
} freq_run;

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

/* n of base as a percent with its interval; blank below the minimum base. */
static void share(freq_run *f, double n, double base)
{
    double low, high;
    int shown = base >= (double)f->o->min_base && base > 0 &&
                yk_stats_wilson(n, base, YK_Z95, &low, &high) == YK_OK;
    table_number(f->tab, n, 0, shown);
    table_number(f->tab, base, 0, 1);
    table_number(f->tab, 100 * n / base, 4, shown);
    table_number(f->tab, 100 * low, 4, shown);
    table_number(f->tab, 100 * high, 4, shown);
    f->suppressed += !shown && base > 0;
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

static void extra(freq_run *f, double base_op, double n_op, int op, double resp,
                  double all_resp, int multi)
{
    int shown = op && base_op >= (double)f->o->min_base && base_op > 0 && n_op >= 0;
    table_number(f->tab, base_op, 0, op);
    table_number(f->tab, 100 * n_op / base_op, 4, shown);
    table_number(f->tab, 100 * resp / all_resp, 4,
                 multi && all_resp > 0 && all_resp >= (double)f->o->min_base);
}

static void question_rows(freq_run *f, const char *round, const char *group,
                          const yk_question *q, const int64_t *c, int64_t responses)
{
    size_t n = q->list->n;
    int multi = q->type == YK_Q_SELECT_MULTIPLE;
    int ordinal = !multi && has_not_opinion(q->list);
    double answered = (double)c[n + 2], opinions = answered, ticks = 0;
    for (size_t i = 0; i < n; i++) {
        opinions -= q->list->choices[i].not_opinion ? (double)c[i] : 0;
        ticks += (double)c[i];
    }
    for (size_t i = 0; i < n; i++) {
        const yk_choice *ch = &q->list->choices[i];
        lead(f, round, group, q, ch->name, label_of(ch->labels, ch->name));
        share(f, (double)c[i], answered);
        extra(f, opinions, ch->not_opinion ? -1 : (double)c[i], ordinal, (double)c[i],
              ticks, multi);
    }
    lead(f, round, group, q, "_missing", "");
    share(f, (double)(c[n] + c[n + 1]), (double)responses);
    extra(f, 0, 0, 0, 0, 0, 0);
}

static int wanted(const figure_opts *o, const yk_question *q)
{
    return (q->type == YK_Q_SELECT_ONE || q->type == YK_Q_SELECT_MULTIPLE) &&
           figure_wanted(o, q->name);
}

static int fill_freq(void *ctx, yk_tally *t_, const figure_opts *o, table *tab,
                     unsigned long *suppressed)
{
    freq_run run = { tab, o, t_, 0 }, *f = &run;
    (void)ctx;
    const yk_tally *t = f->t;
    const yk_form *form = yk_tally_form(t);
    size_t groups = f->o->by ? yk_tally_n_groups(t) : 1;
    size_t nq = yk_form_n_questions(form), width = 3;
    for (size_t q = 0; q < nq; q++)
        if (yk_form_question(form, q)->list)
            width = yk_form_question(form, q)->list->n + 3 > width
                  ? yk_form_question(form, q)->list->n + 3 : width;
    int64_t *c = malloc(width * sizeof *c);
    if (!c)
        return EXIT_SYSTEM;
    for (size_t r = 0; r < yk_tally_n_rounds(t); r++) {
        if (f->o->s.round && strcmp(f->o->s.round, yk_tally_round(t, r)) != 0)
            continue;
        for (size_t gi = 0; gi < groups; gi++) {
            size_t which = f->o->by ? gi : SIZE_MAX;
            const char *gname = figure_group_name(t, f->o, gi);
            int64_t responses = yk_tally_responses(t, r, which);
            if (f->o->by && responses == 0)
                continue;
            for (size_t q = 0; q < nq; q++) {
                const yk_question *qq = yk_form_question(form, q);
                if (!wanted(f->o, qq) || yk_tally_counts(t, r, which, q, c) != YK_OK)
                    continue;
                question_rows(f, yk_tally_round(t, r), gname, qq, c, responses);
            }
        }
    }
    free(c);
    *suppressed = f->suppressed;
    return 0;
}

static const char *const help =
    "usage: ykien freq [OPTIONS] PROJECT|TALLY.ykt...\n"
    "       ykien freq [OPTIONS] --form DIR FILE...\n"
    "\n"
    "For every select question: how many chose each answer, of how many who\n"
    "answered, as a percent with its 95% Wilson interval; blanks as choice\n"
    "_missing, of all responses.  Lists with a not-an-opinion answer (\"Khó trả\n"
    "lời\") also give each share among those with an opinion; a\n"
    "select_multiple also gives each choice's share of all choices ticked.\n"
    "Percents and bounds are in percent.\n"
    "\n"
    "Columns: round, group, question, choice, label, n, base, percent, ci_low,\n"
    "ci_high, base_opinion, percent_opinion, percent_responses.\n"
    "\n"
    "      --by QUESTION      one block of figures per answer of this select_one\n"
    "                         (a tally file can only be split by its own group)\n"
    "      --round NAME       only this round\n"
    "      --questions LIST   only these questions (comma-separated names)\n"
    "      --min-base N       leave figures blank where the base is under N\n"
    "                         (default 10), so no small group can be singled out\n"
    "  -f, --format FORMAT    csv (default), text or json\n"
    "  -o, --output FILE      write to FILE (default: standard output)\n"
    "      --force            replace an existing output file\n"
    "  --form DIR, --group QUESTION, --id QUESTION, --no-duplicates, and the\n"
    "  reading options, as in check\n"
    "\n"
    "examples:\n"
    "  ykien freq --min-base 1 --questions q1,kenh tests/cli/data/small-project/small.ykien\n"
    "  ykien freq --by don_vi --format text samples/kien-giang/kien-giang.ykien\n";

static int verb_freq(int argc, char **argv)
{
    return figure_main("freq", help, argc, argv, columns, NCOLS, fill_freq, NULL);
}

const cli_verb cli_verb_freq = {
    "freq", "how many gave each answer, with 95% intervals", help, verb_freq,
};
