/* ykien chart — what every kind shares: the note under the chart, and
 * the favourable share of an ordinal question. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "chart.h"

char *chart_note(const yk_tally *t, const chart_opts *o, size_t r, const char *explain,
                 const char *extra)
{
    const chart_words *w = chart_words_for(o);
    const char *title = yk_form_title(yk_tally_form(t)), *round = yk_tally_round(t, r);
    size_t size = 256 + (title ? strlen(title) : 0) + strlen(explain) +
                  (extra ? strlen(extra) : 0) + strlen(yk_tally_round(t, r));
    char *note = malloc(size);
    if (note)
        snprintf(note, size, "%s: %s%s%s%s%s. %s%s%s", w->source, title ? title : "",
                 title && *round ? ", " : "", *round ? w->round : "", *round ? " " : "",
                 round, explain, extra && *extra ? " " : "", extra ? extra : "");
    return note;
}

void chart_suppressed_text(const chart_opts *o, char *buf, size_t size)
{
    const chart_words *w = chart_words_for(o);
    snprintf(buf, size, "%s %ld %s", w->suppressed, o->f.min_base, w->suppressed_end);
}

enum { MAX_OPINIONS = 64 };

int chart_favourable(const yk_question *q, const int64_t *counts, double *k, double *n,
                     unsigned char *which)
{
    size_t order[MAX_OPINIONS], levels = 0;
    *k = *n = 0;
    if (which && q->list)
        memset(which, 0, q->list->n);
    if (q->type != YK_Q_SELECT_ONE || !q->list || !figure_is_ordinal(q->list))
        return 0;
    for (size_t i = 0; i < q->list->n; i++) {
        if (q->list->choices[i].not_opinion)
            continue;
        if (levels == MAX_OPINIONS)
            return 0;
        order[levels++] = i;
    }
    if (levels < 3)
        return 0;
    for (size_t i = 1; i < levels; i++)     /* by value; lists are short */
        for (size_t j = i; j > 0 && q->list->choices[order[j]].value <
                                    q->list->choices[order[j - 1]].value; j--) {
            size_t tmp = order[j];
            order[j] = order[j - 1];
            order[j - 1] = tmp;
        }
    size_t top = levels >= 4 ? 2 : 1;
    for (size_t i = 0; i < levels; i++) {
        size_t from_top = q->reverse ? i : levels - 1 - i;
        *n += (double)counts[order[i]];
        *k += from_top < top ? (double)counts[order[i]] : 0;
        if (which)
            which[order[i]] = from_top < top;
    }
    return 1;
}
