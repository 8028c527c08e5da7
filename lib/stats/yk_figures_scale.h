/* ykien — scale: how consistently a scale's items measure one thing.
 *
 * For every scale of the tally (the form's scale column) o covers
 * (o->questions names scales): Cronbach's alpha, raw and standardized,
 * with Feldt's 95% interval, from the co-moments of the responses that
 * gave every item an opinion (reverse-worded items reversed first); then
 * a row per item: its correlation with the other items' total, and alpha
 * without it.  A negative alpha, and a scale of fewer than 3 items, are
 * shown as they are and told to o->diag.
 *
 * One block per round (o->round: only that one) and group (o->by: one per
 * answer of the tally's grouping question that has responses).  A block
 * resting on fewer than o->min_base respondents is blank; groups are
 * hidden by the rules of yk_disclosure.h, a group's base being how many
 * of it answered every item. */
#ifndef YK_FIGURES_SCALE_H
#define YK_FIGURES_SCALE_H

#include "yk_figures.h"
#include "yk_table.h"

/* scale's columns, in order; yk_scale_columns holds their names. */
enum {
    YK_SCALE_ROUND, YK_SCALE_GROUP, YK_SCALE_SCALE, YK_SCALE_ITEMS, YK_SCALE_N,
    YK_SCALE_ALPHA, YK_SCALE_ALPHA_STD, YK_SCALE_CI_LOW, YK_SCALE_CI_HIGH, YK_SCALE_ITEM,
    YK_SCALE_ITEM_TOTAL, YK_SCALE_ALPHA_IF_DELETED,
    YK_SCALE_NCOLS
};
extern const char *const yk_scale_columns[];

/* Add scale's rows for t to tab (initialised with yk_scale_columns and
 * YK_SCALE_NCOLS), counting the blocks left blank by the primary rule in
 * *blank (secondary ones in *o->secondary).  YK_OK, or YK_ERR_NOMEM (the
 * rows added so far stay). */
yk_status yk_figures_scale(const yk_tally *t, const yk_figure_opts *o, yk_table *tab,
                           unsigned long *blank);

/* The mean of the favourable shares (yk_figure_favourable: the upper
 * levels, the lower ones of a reverse-worded item) of scale s's items in
 * round r, over every group, counting only the items with at least
 * min_base opinions (and one): the summary's strongest and weakest
 * themes.  In percent; NAN when no item has enough. */
double yk_figure_scale_favourable(const yk_tally *t, size_t r, size_t s, double min_base);

#endif
