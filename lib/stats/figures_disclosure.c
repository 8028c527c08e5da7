/* ykien — the figures' disclosure rules: the user's minimum base applied
 * to groups, and the count of blank figures. */
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

void yk_figures_count_blank(const yk_figure_opts *o, int why, unsigned long *primary)
{
    if (why == YK_FIGURE_PRIMARY)
        ++*primary;
    else if (why == YK_FIGURE_SECONDARY && o->secondary)
        ++*o->secondary;
}
