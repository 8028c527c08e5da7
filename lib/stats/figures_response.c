/* ykien — the response: responses over members, unit by unit. */
#include <math.h>
#include "yk_figures_response.h"

/* The membership of all units, or NAN when some unit's is not given. */
static double members_of_units(const yk_question *g)
{
    double m = 0;
    for (size_t i = 0; g && i < g->list->n; i++) {
        if (g->list->choices[i].members <= 0)
            return NAN;
        m += (double)g->list->choices[i].members;
    }
    return m > 0 ? m : NAN;
}

yk_response_figure yk_figure_response(const yk_tally *t, size_t r, size_t u)
{
    const yk_question *g = yk_tally_group(t);
    yk_response_figure f = { NAN, NAN, NAN };
    if (u == SIZE_MAX) {
        f.members = members_of_units(g);
        f.responses = (double)yk_tally_responses(t, r, SIZE_MAX);
    } else if (g && u < g->list->n) {
        long members = g->list->choices[u].members;
        f.members = members > 0 ? (double)members : NAN;
        if (!yk_tally_group_folded(t, r, u))
            f.responses = (double)yk_tally_responses(t, r, u);
    } else if (g && u == g->list->n) {
        f.responses = (double)yk_tally_responses(t, r, u);
        return f;
    }
    if (!isnan(f.members) && !isnan(f.responses))
        f.rate = 100 * f.responses / f.members;
    return f;
}
