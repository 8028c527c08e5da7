/* ykien chart — the kinds of chart, each a descriptor in its own
 * tools/kind_X.c, all listed in one table (tools/chart_kinds.c) that the
 * chart verb, its help and the report look kinds up in. */
#ifndef YK_TOOLS_CHART_KINDS_H
#define YK_TOOLS_CHART_KINDS_H

#include "chart.h"
#include "messages.h"

/* What a kind says when its chart does not fit: "%zu bars", or with a
 * second count "%zu rows of %zu bars", then what to give instead. */
typedef struct {
    const char *counted;        /* "bars" */
    const char *join;           /* NULL, or " of " before the second count */
    const char *counted2;       /* "bars": what the second count counts */
    const char *remedy;         /* "a larger --size" */
} chart_fit_words;

typedef struct {
    const char *name;           /* "likert": the word after `ykien chart` */
    msg_id help;                /* its lines under "kinds:" in `ykien help chart`,
                                   continued lines indented to the text */
    const char *examples;       /* its lines under "examples:", each ending "\n" */
    chart_kind_fn draw;         /* from the survey's tally; or, when NULL, */
    chart_input_fn load;        /* from the input it reads itself */
    chart_fit_words fit;
} chart_kind;

extern const chart_kind chart_kind_likert, chart_kind_bars, chart_kind_rank,
    chart_kind_heatmap, chart_kind_histogram, chart_kind_rounds, chart_kind_votes,
    chart_kind_themes, chart_kind_words;

/* The kinds in the order `ykien help chart` lists them, then NULL. */
extern const chart_kind *const chart_kinds[];

/* The kind called name; NULL when there is none. */
const chart_kind *chart_kind_named(const char *name);

/* The one policy for a chart that does not fit (its layout returned
 * YK_ERR_LIMIT): under o->quiet_fit, EXIT_DATA and nothing said (a report
 * tries the chart taller); else the usage error with the kind's words,
 * count (and count2 when the words join a second count). */
int chart_does_not_fit(const chart_kind *k, const chart_opts *o, size_t count, size_t count2);

#endif
