/* Statistical disclosure control: the primary and secondary rules of
 * yk_disclosure.h. */
#include "yk_disclosure.h"

double yk_disclosure_effective_base(double sum_w, double sum_w2)
{
    return sum_w2 > 0 ? sum_w * sum_w / sum_w2 : 0;
}

int yk_disclosure_small(double base, double k)
{
    return base > 0 && base < k;
}

/* The smallest shown group with a base, or n when none is left. */
static size_t smallest_shown(const double *base, size_t n, const unsigned char *hidden)
{
    size_t best = n;
    for (size_t i = 0; i < n; i++)
        if (!hidden[i] && base[i] > 0 && (best == n || base[i] < base[best]))
            best = i;
    return best;
}

size_t yk_disclosure_groups(const double *base, size_t n, double k, unsigned char *hidden)
{
    size_t count = 0;
    double held = 0;            /* respondents of the hidden groups together */
    for (size_t i = 0; i < n; i++) {
        hidden[i] = (unsigned char)yk_disclosure_small(base[i], k);
        count += hidden[i];
        held += hidden[i] ? base[i] : 0;
    }
    /* Differencing: a total minus the shown groups gives the hidden ones
     * back as one; that one must itself rest on k or more respondents and
     * be more than one group. */
    while (count > 0 && (count == 1 || held < k)) {
        size_t next = smallest_shown(base, n, hidden);
        if (next == n)
            break;
        hidden[next] = 1;
        count++;
        held += base[next];
    }
    return count;
}

int yk_disclosure_extreme_shown(double total_extreme, const double *group_extreme,
                                const double *base, const unsigned char *hidden, size_t n)
{
    int any_hidden = 0;
    for (size_t i = 0; i < n; i++)
        any_hidden |= hidden[i] && base[i] > 0;
    if (!any_hidden)
        return 1;
    for (size_t i = 0; i < n; i++)
        if (!hidden[i] && base[i] > 0 && group_extreme[i] == total_extreme)
            return 1;
    return 0;
}
