/* ykien — weighting to the units' membership (--weight members). */
#include "yk_figures.h"

double yk_figures_member_weights(const yk_tally *t, const double *base, double *w)
{
    const yk_choice_list *units = yk_tally_group(t)->list;
    double members = 0, all = 0, w2 = 0;
    for (size_t i = 0; i < units->n; i++)
        if (base[i] > 0) {
            members += (double)units->choices[i].members;
            all += base[i];
        }
    for (size_t i = 0; i < units->n; i++) {
        w[i] = base[i] > 0 ? (double)units->choices[i].members / members * all / base[i] : 0;
        w2 += base[i] * w[i] * w[i];
    }
    return w2 > 0 ? all / w2 : 1;
}
