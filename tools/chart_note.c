/* ykien chart — what every kind shares: the note under the chart and the
 * sentence on figures not shown.
 * (The sentence itself is in chart_disclosure.c.) */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "yk_text.h"
#include "chart.h"

char *chart_note(const yk_tally *t, const chart_opts *o, size_t r, const char *explain,
                 const char *extra)
{
    return chart_note_of(yk_tally_form(t), yk_tally_round(t, r), o, explain, extra);
}

char *chart_note_of(const yk_form *form, const char *round_name, const chart_opts *o,
                    const char *explain, const char *extra)
{
    const chart_words *w = chart_words_for(o);
    const char *title = yk_form_title(form), *round = chart_shown(round_name);
    size_t size = 256 + (title ? strlen(title) : 0) + strlen(explain) +
                  (extra ? strlen(extra) : 0) + strlen(round);
    const char *off = chart_no_suppression_text(o);
    size += strlen(off);
    char *note = malloc(size);
    if (note)
        yk_text_snprintf(note, size, "%s: %s%s%s%s%s. %s%s%s%s%s", w->source, title ? title : "",
                 title && *round ? ", " : "", *round ? w->round : "", *round ? " " : "",
                 round, explain, extra && *extra ? " " : "", extra ? extra : "",
                 *off ? " " : "", off);
    return note;
}
