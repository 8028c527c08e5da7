/* ykien — the group × choice table, built once for compare and crosstab. */
#include <stdint.h>
#include <stdlib.h>
#include "yk_figures_groups.h"

yk_status yk_figures_group_table(const yk_tally *t, size_t r, size_t q, size_t groups,
                                 const size_t *order, size_t k, double **cells,
                                 double *total)
{
    const yk_question *qq = yk_form_question(yk_tally_form(t), q);
    double *c = calloc(groups * k + 1, sizeof *c), sum = 0;
    int64_t *counts = malloc((qq->list->n + 3) * sizeof *counts);
    *cells = NULL;
    if (!c || !counts) {
        free(c);
        free(counts);
        return YK_ERR_NOMEM;
    }
    for (size_t g = 0; g < groups; g++)
        if (yk_tally_counts(t, r, g, q, counts) == YK_OK)
            for (size_t i = 0; i < k; i++)
                sum += c[g * k + i] = (double)counts[order ? order[i] : i];
    free(counts);
    *cells = c;
    if (total)
        *total = sum;
    return YK_OK;
}
