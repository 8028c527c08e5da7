/* ykien chart — what every kind shares: the note under the chart and the
 * sentence on figures not shown. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "yk_text.h"
#include "chart.h"

char *chart_note(const yk_tally *t, const chart_opts *o, size_t r, const char *explain,
                 const char *extra)
{
    const chart_words *w = chart_words_for(o);
    const char *title = yk_form_title(yk_tally_form(t)), *round = chart_shown(yk_tally_round(t, r));
    size_t size = 256 + (title ? strlen(title) : 0) + strlen(explain) +
                  (extra ? strlen(extra) : 0) + strlen(round);
    char *note = malloc(size);
    if (note)
        yk_text_snprintf(note, size, "%s: %s%s%s%s%s. %s%s%s", w->source, title ? title : "",
                 title && *round ? ", " : "", *round ? w->round : "", *round ? " " : "",
                 round, explain, extra && *extra ? " " : "", extra ? extra : "");
    return note;
}

void chart_suppressed_text(const chart_opts *o, char *buf, size_t size)
{
    const chart_words *w = chart_words_for(o);
    yk_text_snprintf(buf, size, "%s %ld %s", w->suppressed, o->f.min_base, w->suppressed_end);
}

