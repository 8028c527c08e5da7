/* ykien — freq: how many gave each answer, of how many who answered, as
 * a percent with its 95% Wilson interval (on Kish's effective base when
 * weighted); blanks as choice "_missing", of all responses.  Lists with a
 * not-an-opinion answer also give each share among those with an
 * opinion; a select_multiple each choice's share of all choices ticked.
 *
 * One row per choice (and "_missing") of every select question o covers,
 * per round (o->round: only that one) and group (o->by: one block per
 * answer of the tally's grouping question; else the whole survey).
 * Figures resting on fewer than o->min_base respondents are blank; with
 * o->by, the two-way rule of yk_disclosure.h hides groups and answers. */
#ifndef YK_FIGURES_FREQ_H
#define YK_FIGURES_FREQ_H

#include "yk_figures.h"
#include "yk_table.h"

/* freq's columns, in order; yk_freq_columns holds their names. */
enum {
    YK_FREQ_ROUND, YK_FREQ_GROUP, YK_FREQ_QUESTION, YK_FREQ_CHOICE, YK_FREQ_LABEL,
    YK_FREQ_N, YK_FREQ_BASE, YK_FREQ_PERCENT, YK_FREQ_CI_LOW, YK_FREQ_CI_HIGH,
    YK_FREQ_BASE_OPINION, YK_FREQ_PERCENT_OPINION, YK_FREQ_PERCENT_RESPONSES,
    YK_FREQ_EFFECTIVE_BASE,
    YK_FREQ_NCOLS
};
extern const char *const yk_freq_columns[];

/* Add freq's rows for t to tab (initialised with yk_freq_columns and
 * YK_FREQ_NCOLS), counting the figures left blank by the primary rule in
 * *blank (secondary ones in *o->secondary).  With o->weight, t must be
 * grouped and every unit must have members (the caller checks).  YK_OK,
 * or YK_ERR_NOMEM (the rows added so far stay). */
yk_status yk_figures_freq(const yk_tally *t, const yk_figure_opts *o, yk_table *tab,
                          unsigned long *blank);

#endif
