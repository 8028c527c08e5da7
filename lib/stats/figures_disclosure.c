/* ykien — the figures' disclosure rules: the user's minimum base applied
 * to groups, and the count of blank figures. */
#include <stdlib.h>
#include <string.h>
#include "yk_disclosure.h"
#include "yk_figures.h"

const char *yk_figure_min_base_problem(long min_base, int no_suppression)
{
    if (no_suppression && min_base >= 2)
        return "--no-suppression shows groups of any size: leave out --min-base, "
               "or leave out --no-suppression to hide groups under it";
    if (!no_suppression && min_base < 2)
        return "a minimum base under 2 would show the figures of a single respondent: "
               "add --no-suppression to show groups of any size knowingly, "
               "or give --min-base 2 or more";
    return NULL;
}

size_t yk_figures_hide_groups(const yk_figure_opts *o, const double *base, size_t n,
                              unsigned char *hidden)
{
    size_t count = yk_disclosure_groups(base, n, (double)o->min_base, hidden);
    for (size_t i = 0; i < n; i++)
        if (hidden[i])
            hidden[i] = yk_disclosure_small(base[i], (double)o->min_base) ? YK_FIGURE_PRIMARY
                                                                          : YK_FIGURE_SECONDARY;
    return count;
}

yk_status yk_figures_hide_units(const yk_tally *t, size_t r, size_t qi,
                                const yk_figure_opts *o, unsigned char *hidden)
{
    const yk_question *g = yk_tally_group(t);
    const yk_question *q = yk_form_question(yk_tally_form(t), qi);
    size_t n = g ? g->list->n : 0;
    double *base = calloc(n + 1, sizeof *base);
    int64_t *counts = q->list ? calloc(q->list->n + 3, sizeof *counts) : NULL;
    for (size_t u = 0; base && u < n; u++) {
        double k = 0, m = 0;
        if (counts && yk_tally_counts(t, r, u, qi, counts) == YK_OK &&
            yk_figure_favourable(q, counts, &k, &m, NULL))
            base[u] = m;
        else
            base[u] = (double)yk_tally_responses(t, r, u);
    }
    yk_status st = base ? YK_OK : YK_ERR_NOMEM;
    if (!base)
        memset(hidden, 1, n);
    else if (o->min_base > 0)
        yk_figures_hide_groups(o, base, n, hidden);
    else
        memset(hidden, 0, n);
    free(base);
    free(counts);
    return st;
}

void yk_figures_count_blank(const yk_figure_opts *o, int why, unsigned long *primary)
{
    if (why == YK_FIGURE_PRIMARY)
        ++*primary;
    else if (why == YK_FIGURE_SECONDARY && o->secondary)
        ++*o->secondary;
}
