/* ykien scale — how consistently a scale's items measure one thing. */
#include <stdlib.h>
#include <string.h>
#include "analysis.h"
#include "yk_table.h"
#include "yk_disclosure.h"
#include "yk_stats.h"

static const char *const columns[] = {
    "round", "group", "scale", "items", "n", "alpha", "alpha_std", "ci_low",
    "ci_high", "item", "item_total", "alpha_if_deleted",
};
enum { NCOLS = sizeof columns / sizeof columns[0] };

typedef struct {
    yk_table *tab;
    const figure_opts *o;
    yk_tally *t;
    unsigned long suppressed, warned;
} scale_run;

static void lead(scale_run *d, const char *round, const char *group, const char *name,
                 size_t k, int64_t n)
{
    yk_table_text(d->tab, round);
    yk_table_text(d->tab, group);
    yk_table_text(d->tab, name);
    yk_table_textf(d->tab, "%zu", k);
    yk_table_textf(d->tab, "%lld", (long long)n);
}

static void warn(scale_run *d, const char *round, const char *group, const char *name,
                 const char *what)
{
    if (d->o->s.c.quiet)
        return;
    cli_error("warning: scale '%s' (round %s%s%s): %s", name, round,
              *group ? ", group " : "", group, what);
    d->warned++;
}

/* why: the group is hidden (YK_FIGURE_PRIMARY or YK_FIGURE_SECONDARY), or 0. */
static void scale_rows(scale_run *d, size_t r, size_t which, const char *group, size_t s,
                       int why)
{
    size_t k;
    const size_t *items = yk_tally_scale_items(d->t, s, &k);
    const char *round = yk_tally_round(d->t, r), *name = yk_tally_scale_name(d->t, s);
    double *cov = malloc(k * k * sizeof *cov), alpha, astd, low, high;
    int64_t n = 0;
    if (!cov)
        return;
    /* n is set even when it is under 2 (no covariance) */
    int got = yk_tally_scale_cov(d->t, r, which, s, cov, &n) == YK_OK;
    if (!why && yk_disclosure_small((double)n, (double)d->o->min_base))
        why = YK_FIGURE_PRIMARY;
    int ok = got && !why && k >= 2 &&
             yk_stats_alpha(cov, k, (double)n, &alpha, &astd, &low, &high) == YK_OK;
    lead(d, round, group, name, k, n);
    yk_table_number(d->tab, alpha, 4, ok);
    yk_table_number(d->tab, astd, 4, ok);
    yk_table_number(d->tab, low, 4, ok);
    yk_table_number(d->tab, high, 4, ok);
    for (int i = 0; i < 3; i++)
        yk_table_text(d->tab, "");
    yk_figure_opts fo = figure_lib_opts(d->o);
    if (n > 0)
        yk_figures_count_blank(&fo, why, &d->suppressed);
    if (ok && alpha < 0)
        warn(d, round, group, name, "alpha is negative: are reverse-worded items marked?");
    if (k < 3)
        warn(d, round, group, name, "fewer than 3 items: alpha says little");
    for (size_t i = 0; i < k; i++) {
        double it, del;
        int item_ok = ok && yk_stats_alpha_item(cov, k, i, &it, &del) == YK_OK;
        lead(d, round, group, name, k, n);
        for (int c = 0; c < 4; c++)
            yk_table_text(d->tab, "");
        yk_table_text(d->tab, yk_form_question(yk_tally_form(d->t), items[i])->name);
        yk_table_number(d->tab, it, 4, item_ok);
        yk_table_number(d->tab, del, 4, item_ok);
    }
    free(cov);
}

/* Which groups to hide for scale s in round r: a group's base is how many
 * of it answered every item.  0, or EXIT_SYSTEM. */
static int hide_groups(scale_run *d, size_t r, size_t s, unsigned char *hidden)
{
    size_t k, groups = yk_tally_n_groups(d->t);
    (void)yk_tally_scale_items(d->t, s, &k);
    double *cov = malloc((k * k + 1) * sizeof *cov), *base = calloc(groups + 1, sizeof *base);
    int code = cov && base ? 0 : EXIT_SYSTEM;
    for (size_t gi = 0; !code && gi < groups; gi++) {
        int64_t n = 0;
        (void)yk_tally_scale_cov(d->t, r, gi, s, cov, &n);     /* n even under 2 */
        base[gi] = (double)n;
    }
    yk_figure_opts fo = figure_lib_opts(d->o);
    if (!code)
        yk_figures_hide_groups(&fo, base, groups, hidden);
    free(cov);
    free(base);
    return code;
}

static int fill_scale(yk_tally *t, const figure_opts *o, yk_table *tab,
                      unsigned long *suppressed)
{
    scale_run run = { tab, o, t, 0, 0 }, *d = &run;
    yk_figure_opts fo = figure_lib_opts(o);
    size_t groups = d->o->by ? yk_tally_n_groups(d->t) : 1;
    unsigned char *hidden = malloc(groups + 1);
    int code = hidden ? 0 : EXIT_SYSTEM;
    for (size_t r = 0; r < yk_tally_n_rounds(d->t); r++) {
        if (d->o->s.round && strcmp(d->o->s.round, yk_tally_round(d->t, r)) != 0)
            continue;
        for (size_t gi = 0; gi < groups; gi++) {
            size_t which = d->o->by ? gi : SIZE_MAX;
            if (d->o->by && yk_tally_responses(d->t, r, which) == 0)
                continue;
            for (size_t s = 0; !code && s < yk_tally_n_scales(d->t); s++) {
                if (!yk_figure_wanted(d->o->questions, yk_tally_scale_name(d->t, s)))
                    continue;
                if (d->o->by)
                    code = hide_groups(d, r, s, hidden);
                scale_rows(d, r, which, yk_figure_group_name(d->t, &fo, gi), s,
                           d->o->by && !code ? hidden[gi] : 0);
            }
        }
    }
    free(hidden);
    *suppressed = d->suppressed;
    return code;
}

const figure_table figure_scale = { "scale", MSG_HELP_SCALE, 0, columns, NCOLS, fill_scale };

static int verb_scale(int argc, char **argv)
{
    return figure_main(&figure_scale, argc, argv);
}

const cli_verb cli_verb_scale = {
    "scale", MSG_SUMMARY_SCALE, MSG_HELP_SCALE, verb_scale,
};
