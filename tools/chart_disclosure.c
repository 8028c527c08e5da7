/* ykien chart — which units a chart may show (lib/stats/yk_disclosure.h): the
 * primary rule hides a unit whose figure rests on fewer than --min-base
 * answers, the secondary rule hides more so that no hidden unit can be
 * worked out from the shown ones and the whole (the chart's "Tất cả đơn
 * vị", or any total published elsewhere). */
#include <stdio.h>
#include "yk_text.h"
#include "chart.h"
#include "yk_disclosure.h"

size_t chart_hide(const chart_opts *o, const double *base, size_t n, unsigned char *hidden)
{
    /* --no-suppression leaves k at 0: nothing is hidden, and the note says so. */
    if (o->f.min_base <= 0) {
        for (size_t i = 0; i < n; i++)
            hidden[i] = 0;
        return 0;
    }
    return yk_disclosure_groups(base, n, (double)o->f.min_base, hidden);
}

int chart_unit_small(const chart_opts *o, double base)
{
    return base <= 0 || (o->f.min_base > 0 && yk_disclosure_small(base, (double)o->f.min_base));
}

void chart_suppressed_text(const chart_opts *o, char *buf, size_t size)
{
    const chart_words *w = chart_words_for(o);
    yk_text_snprintf(buf, size, "%s %ld %s", w->suppressed, o->f.min_base, w->suppressed_end);
}

const char *chart_no_suppression_text(const chart_opts *o)
{
    if (o->f.min_base > 0)
        return "";
    return msg(MSG_CHART_NO_SUPPRESSION, lang_of(o->english));
}
