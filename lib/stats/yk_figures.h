/* ykien — the figures layer: the rules every figure follows.
 *
 * What a figure covers (the --questions filter, the grouping question),
 * which groups it hides (the disclosure rules of yk_disclosure.h with the
 * user's minimum base), how units are weighted to their membership, and
 * the one definition of agreement and favour.  The figure functions
 * (yk_figures_freq(), ...) fill a yk_table with these rules.
 *
 * Options are plain values the caller owns; the functions keep no pointer
 * into them past the call.  Strings returned are borrowed from the tally
 * (valid while it lives) or static. */
#ifndef YK_FIGURES_H
#define YK_FIGURES_H

#include <stddef.h>
#include <stdint.h>
#include "yk_diag.h"
#include "yk_form.h"
#include "yk_tally.h"

/* What every figure takes beyond its tally. */
typedef struct {
    long min_base;              /* k of the disclosure rules; 0: nothing is hidden */
    int no_suppression;         /* suppression turned off knowingly (notes say so) */
    const char *by;             /* the grouping question asked for (NULL: one group,
                                 * the whole survey, even when the tally is grouped) */
    const char *questions;      /* comma-separated names to cover (NULL: all) */
    const char *round;          /* only this round (NULL: every round) */
    unsigned long *secondary;   /* where to count figures hidden by the secondary
                                 * rule (may be NULL); a figure adds to it */
    int weight;                 /* post-stratify to the units' members */
    int bh;                     /* adjust by Benjamini-Hochberg, not Holm */
    int pairs;                  /* pairwise tests after the overall one */
    int vs_rest;                /* each group against the others */
    yk_diag_fn diag;            /* told of figures that cannot be given, as
                                 * warnings (NULL: nobody is told) */
    void *diag_ctx;
} yk_figure_opts;

/* Why a minimum base cannot stand, or NULL when it can: a k under 2 hides
 * nothing (a group of one would be shown) unless suppression is turned off
 * explicitly; --no-suppression with a k of 2 or more contradicts itself.
 * Static text naming the command line's options. */
const char *yk_figure_min_base_problem(long min_base, int no_suppression);

/* The note every output of figures with suppression off carries. */
#define YK_FIGURE_NO_SUPPRESSION_NOTE \
    "suppression is off (--no-suppression): figures of groups of any size are shown"

/* Why a figure is blank: its own base is under k, or it is hidden so that
 * a small one cannot be worked out from the totals. */
enum { YK_FIGURE_PRIMARY = 1, YK_FIGURE_SECONDARY = 2 };

/* Which of n groups of one dimension to hide under o's minimum base
 * (yk_disclosure_groups): hidden[i] is 0 (shown), YK_FIGURE_PRIMARY or
 * YK_FIGURE_SECONDARY.  Returns how many are hidden. */
size_t yk_figures_hide_groups(const yk_figure_opts *o, const double *base, size_t n,
                              unsigned char *hidden);

/* Which units (the choices of t's grouping question; hidden has room for
 * them all) to hide for question qi in round r under o's minimum base, as
 * yk_figures_hide_groups() says: each unit's base is its opinions to qi
 * (its favourable share's base), or its responses when qi has no
 * favourable answers, so that no sentence names or compares a unit the
 * tables blank, nor one that would give it back by difference.  Nothing
 * is hidden with a min_base of 0.  YK_OK; YK_ERR_NOMEM with every unit
 * hidden (rather than risk one). */
yk_status yk_figures_hide_units(const yk_tally *t, size_t r, size_t qi,
                                const yk_figure_opts *o, unsigned char *hidden);

/* Count one blank figure, hidden for `why` (YK_FIGURE_PRIMARY or
 * YK_FIGURE_SECONDARY; 0 counts nothing): primary ones in *primary,
 * secondary ones in *o->secondary (when given). */
void yk_figures_count_blank(const yk_figure_opts *o, int why, unsigned long *primary);

/* The weight of each unit (choice gi of t's grouping question, which must
 * exist) given how many of it answered, base[gi]:
 * w[gi] = (members / M) (B / base[gi]), M and B summed over the units
 * that answered (w = 0 for the others; responses without a unit are left
 * out).  Returns Kish's effective base over B: B / sum(base w^2) (1 when
 * no unit answered). */
double yk_figures_member_weights(const yk_tally *t, const double *base, double *w);

/* Nonzero when --questions (questions: a comma-separated list; NULL: all)
 * names name. */
int yk_figure_wanted(const char *questions, const char *name);

/* The name of group gi for output: "" when not grouped (o->by NULL), the
 * choice's code, or "_missing" past the choices (no answer). */
const char *yk_figure_group_name(const yk_tally *t, const yk_figure_opts *o, size_t gi);

/* An ordinal select_one: its form's `measure` says ordinal or scale, or
 * (no measure) its list looks ordinal (yk_form_list_looks_ordinal); its
 * order is the choices' values. */
int yk_figure_is_ordinal(const yk_question *q);

/* Whether q may be an item of a figure grouped by group (NULL: none):
 * the grouping question never is (units have no favourable answer). */
int yk_figure_is_item(const yk_question *group, const yk_question *q);

/* The one definition of agreement and favour, used by rounds, compare
 * --vs-rest, the charts and the report.  For a select question:
 *  - its opinions (not-an-opinion answers left out), lowest value first;
 *  - the upper levels of an ordinal select_one with 3 or more opinions:
 *    the top two (the top one of three), the answers that agree with the
 *    statement, whichever way it is worded;
 *  - the favourable answers: the upper levels, or as many bottom levels
 *    when the item is reverse-worded (`reverse` = yes: agreeing with it is
 *    unfavourable), or the codes --favourable gives ("CODE+CODE"). */
enum { YK_FIGURE_MAX_OPINIONS = 256, YK_FIGURE_MAX_CHOICES = 256 };
typedef struct {
    size_t order[YK_FIGURE_MAX_OPINIONS], nlevels;     /* opinions, lowest value first */
    unsigned char upper[YK_FIGURE_MAX_CHOICES];        /* by choice index */
    unsigned char favourable[YK_FIGURE_MAX_CHOICES];   /* by choice index */
    int ordinal;                /* upper levels are set */
    int reverse;                /* reverse-worded: the favourable levels are the lower */
    int given;                  /* favourable as codes said */
} yk_figure_levels;

/* The opinions of list (not-an-opinion answers left out), lowest value
 * first (ties in list order): their indexes into order, which has room
 * for list->n.  Returns how many. */
size_t yk_figure_opinions(const yk_choice_list *list, size_t *order);

/* Decide q's levels into *l, codes (NULL: the default) naming the
 * favourable answers.  1 when q has a favourable share; 0 when it has
 * none (not an ordinal select_one with 3 or more opinions, and no codes;
 * or a list longer than YK_FIGURE_MAX_CHOICES); -1 when a code is not an
 * opinion of q's list (*bad, *badlen, both may be NULL: the code, inside
 * codes). */
int yk_figure_levels_of(const yk_question *q, const char *codes, yk_figure_levels *l,
                        const char **bad, size_t *badlen);

/* Of the opinions in counts (as yk_tally_counts gives them, by choice),
 * *k are marked in which (l->upper or l->favourable) and *n in all. */
void yk_figure_levels_share(const yk_figure_levels *l, const unsigned char *which,
                            const int64_t *counts, double *k, double *n);

/* The favourable share (default favourable answers) of q from its counts:
 * *k of *n opinions; which (may be NULL; q's list size) gets 1 for the
 * favourable answers.  0 when q has none. */
int yk_figure_favourable(const yk_question *q, const int64_t *counts, double *k, double *n,
                         unsigned char *which);

/* The same for the upper levels: the share who agree with the statement. */
int yk_figure_upper(const yk_question *q, const int64_t *counts, double *k, double *n,
                    unsigned char *which);

#endif
