/* ykien — scale: Cronbach's alpha of every scale, item by item, from the
 * tally's co-moments.  The computation of `ykien scale`; the verb parses
 * options and writes the table. */
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "yk_disclosure.h"
#include "yk_figures_scale.h"
#include "yk_stats.h"

const char *const yk_scale_columns[] = {
    "round", "group", "scale", "items", "n", "alpha", "alpha_std", "ci_low",
    "ci_high", "item", "item_total", "alpha_if_deleted",
};
_Static_assert(sizeof yk_scale_columns / sizeof yk_scale_columns[0] == YK_SCALE_NCOLS,
               "a name for every column id");

typedef struct {
    yk_table *tab;
    const yk_figure_opts *o;
    const yk_tally *t;
    unsigned long suppressed;
} scale_run;

/* The columns every row of a scale's block starts with; counts as numbers
 * (the same bytes as "%zu": a count below 2^53 is its "%.0f"). */
static void lead(scale_run *d, const char *round, const char *group, const char *name,
                 size_t k, int64_t n)
{
    yk_table_text(d->tab, round);
    yk_table_text(d->tab, group);
    yk_table_text(d->tab, name);
    yk_table_number(d->tab, (double)k, 0, 1);
    yk_table_number(d->tab, (double)n, 0, 1);
}

/* Tell o's diagnostics callback of a figure that cannot be given. */
static void tell(const scale_run *d, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void tell(const scale_run *d, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    yk_diag_vsend(d->o->diag, d->o->diag_ctx, YK_WARNING, "scale", "", 0, 0, NULL, fmt, ap);
    va_end(ap);
}

/* Tell of a scale whose alpha says little. */
static void warn(const scale_run *d, const char *round, const char *group, const char *name,
                 const char *what)
{
    tell(d, "scale '%s' (round %s%s%s): %s", name, round, *group ? ", group " : "", group,
         what);
}

/* One scale's block: its alpha row and a row per item.  why: the group is
 * hidden (YK_FIGURE_PRIMARY or YK_FIGURE_SECONDARY), or 0. */
static yk_status scale_rows(scale_run *d, size_t r, size_t which, const char *group, size_t s,
                            int why)
{
    size_t k;
    const size_t *items = yk_tally_scale_items(d->t, s, &k);
    const char *round = yk_tally_round(d->t, r), *name = yk_tally_scale_name(d->t, s);
    double *cov = malloc((k * k + 1) * sizeof *cov), alpha, astd, low, high;
    int64_t n = 0;
    if (!cov)
        return YK_ERR_NOMEM;
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
    if (n > 0)
        yk_figures_count_blank(d->o, why, &d->suppressed);
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
    return YK_OK;
}

/* Which groups to hide for scale s in round r: a group's base is how many
 * of it answered every item. */
static yk_status hide_groups(const scale_run *d, size_t r, size_t s, unsigned char *hidden)
{
    size_t k, groups = yk_tally_n_groups(d->t);
    (void)yk_tally_scale_items(d->t, s, &k);
    double *cov = malloc((k * k + 1) * sizeof *cov), *base = calloc(groups + 1, sizeof *base);
    yk_status st = cov && base ? YK_OK : YK_ERR_NOMEM;
    for (size_t gi = 0; st == YK_OK && gi < groups; gi++) {
        int64_t n = 0;
        (void)yk_tally_scale_cov(d->t, r, gi, s, cov, &n);     /* n even under 2 */
        base[gi] = (double)n;
    }
    if (st == YK_OK)
        yk_figures_hide_groups(d->o, base, groups, hidden);
    free(cov);
    free(base);
    return st;
}

yk_status yk_figures_scale(const yk_tally *t, const yk_figure_opts *o, yk_table *tab,
                           unsigned long *blank)
{
    scale_run d = { tab, o, t, 0 };
    size_t groups = o->by ? yk_tally_n_groups(t) : 1;
    unsigned char *hidden = malloc(groups + 1);
    yk_status st = hidden ? YK_OK : YK_ERR_NOMEM;
    for (size_t r = 0; st == YK_OK && r < yk_tally_n_rounds(t); r++) {
        if (o->round && strcmp(o->round, yk_tally_round(t, r)) != 0)
            continue;
        for (size_t gi = 0; st == YK_OK && gi < groups; gi++) {
            size_t which = o->by ? gi : SIZE_MAX;
            if (o->by && yk_tally_responses(t, r, which) == 0)
                continue;
            for (size_t s = 0; st == YK_OK && s < yk_tally_n_scales(t); s++) {
                if (!yk_figure_wanted(o->questions, yk_tally_scale_name(t, s)))
                    continue;
                if (o->by)
                    st = hide_groups(&d, r, s, hidden);
                if (st == YK_OK)
                    st = scale_rows(&d, r, which, yk_figure_group_name(t, o, gi), s,
                                    o->by ? hidden[gi] : 0);
            }
        }
    }
    free(hidden);
    *blank += d.suppressed;
    return st == YK_OK ? yk_table_status(tab) : st;
}

double yk_figure_scale_favourable(const yk_tally *t, size_t r, size_t s, double min_base)
{
    const yk_form *f = yk_tally_form(t);
    size_t k, used = 0;
    const size_t *items = yk_tally_scale_items(t, s, &k);
    double sum = 0;
    for (size_t i = 0; i < k; i++) {
        const yk_question *q = yk_form_question(f, items[i]);
        int64_t *counts = q->list ? calloc(q->list->n + 3, sizeof *counts) : NULL;
        double fav, n;
        if (counts && yk_tally_counts(t, r, SIZE_MAX, items[i], counts) == YK_OK &&
            yk_figure_favourable(q, counts, &fav, &n, NULL) && n > 0 && n >= min_base)
            sum += 100 * fav / n, used++;
        free(counts);
    }
    return used ? sum / (double)used : NAN;
}
