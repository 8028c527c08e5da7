/* ykien chart — the table of chart kinds and the policy they share. */
#include <stdio.h>
#include <string.h>
#include "chart_kinds.h"
#include "yk_text.h"

/* A new kind is one more line here (and its tools/kind_X.c). */
const chart_kind *const chart_kinds[] = {
    &chart_kind_likert, &chart_kind_bars, &chart_kind_rank, &chart_kind_heatmap,
    &chart_kind_histogram, &chart_kind_rounds, &chart_kind_votes, &chart_kind_themes,
    &chart_kind_words, NULL,
};

const chart_kind *chart_kind_named(const char *name)
{
    for (size_t k = 0; chart_kinds[k]; k++)
        if (strcmp(chart_kinds[k]->name, name) == 0)
            return chart_kinds[k];
    return NULL;
}

int chart_does_not_fit(const chart_kind *k, const chart_opts *o, size_t count, size_t count2)
{
    if (o->quiet_fit)
        return EXIT_DATA;
    char what[128];
    if (k->fit.join)
        yk_text_snprintf(what, sizeof what, "%zu %s%s%zu %s", count, k->fit.counted,
                         k->fit.join, count2, k->fit.counted2);
    else
        yk_text_snprintf(what, sizeof what, "%zu %s", count, k->fit.counted);
    return cli_usage("chart", "%s: %s do not fit a chart of this size; give %s", k->name, what,
                     k->fit.remedy);
}
