/* ykien — a question's figure for each unit, with its interval: the share
 * of each answer, the share who agree or the mean, computed once for
 * every chart and report that shows it. */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include "yk_figures_units.h"
#include "yk_stats.h"

/* A figure not given, resting on base answers. */
static void not_shown(yk_unit_figure *f, double base)
{
    *f = (yk_unit_figure){ .base = base, .value = NAN, .low = NAN, .high = NAN };
}

int yk_figure_has_upper(const yk_question *q)
{
    yk_figure_levels l;
    return yk_figure_levels_of(q, NULL, &l, NULL, NULL) == 1;
}

yk_status yk_figure_unit_share(const yk_tally *t, size_t r, size_t g, size_t qi, long min,
                               yk_unit_figure *f)
{
    const yk_form *form = yk_tally_form(t);
    int64_t counts[YK_FIGURE_MAX_CHOICES + 3] = { 0 };
    double k, n, low, high;
    not_shown(f, 0);
    if (qi >= yk_form_n_questions(form) || !yk_figure_has_upper(yk_form_question(form, qi)) ||
        yk_tally_counts(t, r, g, qi, counts) != YK_OK)
        return YK_ERR_ARGUMENT;
    yk_figure_upper(yk_form_question(form, qi), counts, &k, &n, NULL);
    f->base = n;
    if (n < 1 || n < (double)min)
        return YK_OK;
    yk_status st = yk_stats_wilson(k, n, YK_Z95, &low, &high);
    if (st != YK_OK)
        return st;
    f->shown = 1;
    f->value = 100 * k / n, f->low = 100 * low, f->high = 100 * high;
    return YK_OK;
}

yk_status yk_figure_unit_mean(const yk_tally *t, size_t r, size_t g, size_t qi, long min,
                              yk_unit_figure *f)
{
    yk_tally_numbers nums;
    double mean, sd, low, high;
    not_shown(f, 0);
    if (yk_tally_numbers_of(t, r, g, qi, &nums) != YK_OK)
        return YK_ERR_ARGUMENT;
    f->base = (double)nums.n;
    if (nums.n < 2 || nums.n < min)
        return YK_OK;
    yk_status st = yk_tally_moments(&nums, &mean, &sd);
    if (st == YK_OK)
        st = yk_stats_mean_interval((double)nums.n, mean, sd, 0.95, &low, &high);
    if (st != YK_OK)
        return st;
    f->shown = 1;
    f->value = mean, f->low = low, f->high = high;
    return YK_OK;
}

/* Those who answered q: of a select_multiple, as the tally counts them;
 * of a select_one, the sum of its answers. */
static double answered(const yk_question *q, const int64_t *counts)
{
    double n = 0;
    if (q->type == YK_Q_SELECT_MULTIPLE)
        return (double)counts[q->list->n + 2];
    for (size_t i = 0; i < q->list->n; i++)
        n += (double)counts[i];
    return n;
}

yk_status yk_figure_unit_percents(const yk_tally *t, size_t r, size_t g, size_t qi,
                                  double *percents, double *base)
{
    const yk_form *form = yk_tally_form(t);
    const yk_question *q = qi < yk_form_n_questions(form) ? yk_form_question(form, qi) : NULL;
    *base = 0;
    if (!q || !q->list)
        return YK_ERR_ARGUMENT;
    int64_t *counts = calloc(q->list->n + 3, sizeof *counts);
    if (!counts)
        return YK_ERR_NOMEM;
    yk_status st = yk_tally_counts(t, r, g, qi, counts);    /* else left 0: no answers */
    *base = answered(q, counts);
    for (size_t i = 0; i < q->list->n; i++)
        percents[i] = *base > 0 ? 100 * (double)counts[i] / *base : 0;
    free(counts);
    return st;
}
