/* ykien — the figures of a self-review's feedback (`ykien feedback` and
 * the self-review report), from a finished feedback tally (yk_feedback.h).
 *
 * Anonymity: no table has a column that tells which contribution, unit
 * or person gave a remark or a rating; collectives and individuals are
 * counted apart (the `collectives` and `individuals` columns, the ratings'
 * `from`).  Targets come in form order, kinds as yk_remark_kind, criteria
 * in form order, choices in list order.  `target_label` and the labels are
 * the form's (English with english when the form has label::English). */
#ifndef YK_FIGURES_FEEDBACK_H
#define YK_FIGURES_FEEDBACK_H

#include "yk_feedback.h"
#include "yk_figures.h"
#include "yk_table.h"

/* Every merged remark, in yk_feedback_remarks' order: its theme's code
 * ("_uncoded" for none, label "Chưa xếp chủ đề" / "Not coded"), its text
 * and its distinct contributors, both kinds together and apart.  Remarks
 * are shown whatever their count: the review needs every one, and none
 * names who gave it. */
enum {
    YK_REMARKS_TARGET, YK_REMARKS_KIND, YK_REMARKS_THEME, YK_REMARKS_REMARK,
    YK_REMARKS_CONTRIBUTORS, YK_REMARKS_COLLECTIVES, YK_REMARKS_INDIVIDUALS,
    YK_REMARKS_TARGET_LABEL, YK_REMARKS_THEME_LABEL,
    YK_REMARKS_NCOLS
};
extern const char *const yk_remarks_columns[];
yk_status yk_figures_remarks(const yk_feedback *f, const yk_themes *themes, int english,
                             yk_table *tab);

/* Per target and kind: first theme "_any" (label "Có ý kiến" / "Wrote
 * one"): the contributions with a remark of that kind; then each theme of
 * the codebook in its order, then "_uncoded": the distinct contributions
 * behind its remarks.  base is the contributions counted (each kind). */
enum {
    YK_FEEDBACK_THEMES_TARGET, YK_FEEDBACK_THEMES_KIND, YK_FEEDBACK_THEMES_THEME,
    YK_FEEDBACK_THEMES_LABEL, YK_FEEDBACK_THEMES_CONTRIBUTORS,
    YK_FEEDBACK_THEMES_COLLECTIVES, YK_FEEDBACK_THEMES_INDIVIDUALS,
    YK_FEEDBACK_THEMES_BASE_COLLECTIVES, YK_FEEDBACK_THEMES_BASE_INDIVIDUALS,
    YK_FEEDBACK_THEMES_NCOLS
};
extern const char *const yk_feedback_themes_columns[];
#define YK_FEEDBACK_ANY "_any"
yk_status yk_figures_feedback_themes(const yk_feedback *f, const yk_themes *themes,
                                     int english, yk_table *tab);

/* Per target, criterion, contributor kind (`from`: collective, then
 * individual; a kind with no contribution has no rows) and choice: n,
 * base (the contributions of that kind who rated the criterion), percent
 * and its 95% Wilson interval, in percent, as freq's.  Suppression: when
 * fewer than o->min_base contributions of that kind rated the target at
 * all (yk_feedback_rated), or rated this criterion, the rows are there
 * with n, base, percent and the interval blank, each row blanked counted
 * once in *blank (may be NULL), as other figures count a blank figure: a
 * small group's ratings could be one member's vote.  With min_base 0
 * nothing is blank but the percent and interval of a base of 0.  No total across kinds is given, so neither kind can be worked
 * out from a total. */
enum {
    YK_RATINGS_TARGET, YK_RATINGS_CRITERION, YK_RATINGS_CHOICE, YK_RATINGS_LABEL,
    YK_RATINGS_N, YK_RATINGS_BASE, YK_RATINGS_PERCENT, YK_RATINGS_CI_LOW,
    YK_RATINGS_CI_HIGH, YK_RATINGS_FROM, YK_RATINGS_TARGET_LABEL,
    YK_RATINGS_CRITERION_LABEL,
    YK_RATINGS_NCOLS
};
extern const char *const yk_ratings_columns[];
yk_status yk_figures_ratings(const yk_feedback *f, const yk_figure_opts *o, int english,
                             yk_table *tab, unsigned long *blank);

#endif
