/* ykien command — what every analysis verb starts from: a tally, made
 * from a project or loose data files, or read from tally files. */
#ifndef YK_ANALYSIS_H
#define YK_ANALYSIS_H

#include "survey.h"
#include "yk_tally.h"

/* Nonzero when arg names a tally file (it ends in .ykt). */
int analysis_is_tally(const char *arg);

/* A tally of what argv names: tally files (merged), or data as for
 * survey_open, tallied grouped by `by` (NULL: the project's group).
 * Returns 0 with *out set, or an exit status after saying why; a status
 * of EXIT_DATA may come with a tally (data had errors: figures are still
 * right for what was read). */
int analysis_tally(const char *verb, const survey_opts *o, const char *by, int argc,
                   char **argv, cli_diags *ds, yk_tally **out);

/* What a figure verb takes beyond the common options. */
enum {
    FIGURE_WEIGHT = 1,          /* --weight members */
    FIGURE_ADJUST = 2,          /* --adjust: a family of tests */
    FIGURE_PAIRS = 4,           /* --pairs: pairwise tests after the overall one */
};

/* What every figure verb takes. */
typedef struct {
    survey_opts s;
    cli_output_opts out;
    const char *by, *questions;
    long min_base;              /* k of the disclosure rules; 0 with --no-suppression */
    int min_base_given;         /* --min-base was on the command line */
    int no_suppression;         /* --no-suppression: nothing is hidden */
    unsigned long *secondary;   /* where to count figures hidden by the secondary
                                 * rule (may be NULL); a fill adds to it */
    int format;
    int bh;                     /* --adjust bh: Benjamini-Hochberg, not Holm */
    int weight;                 /* --weight members: post-stratify to units */
    int pairs;                  /* --pairs: pairwise tests after the overall one */
    int vs_rest;                /* --vs-rest: each group against the others */
    unsigned takes;             /* FIGURE_* */
    unsigned writes;            /* CLI_WRITES of -o's formats; 0: a table's */
} figure_opts;

/* A verb's own options, beyond figure_opts: its long options (ending
 * with a zeroed entry; at most FIGURE_MAX_OWN) and their handler. */
enum { FIGURE_MAX_OWN = 16 };
typedef struct {
    const struct option *longs;
    cli_handler handler;
} figure_own;

/* Parse a figure verb's options (printing help for --help: then -1);
 * takes says which of the FIGURE_* options it has, own (may be NULL) its
 * own options.  o->format is then the format -o's name or --format chose
 * (cli_output_format, among o->writes), TABLE_CSV for a table when
 * neither did, else -1.  Returns 0, -1, or EXIT_USAGE after saying why. */
int figure_parse(const char *verb, msg_id help, unsigned takes, const figure_own *own,
                 int argc, char **argv, figure_opts *o);

/* The select_one question name of f that option (--by, --rows, --cols)
 * gives, into *out (may be NULL): 0, or a usage error that names the
 * question's type or suggests the nearest select_one question. */
int analysis_check_select(const char *verb, const yk_form *f, const char *option,
                          const char *name, const yk_question **out);

/* Why a minimum base cannot stand, or NULL when it can: a k under 2 hides
 * nothing (a group of one would be shown) unless suppression is turned off
 * explicitly; --no-suppression with a k of 2 or more contradicts itself.
 * Shared by the verbs' --min-base and the report template's min_base. */
const char *figure_min_base_problem(long min_base, int no_suppression);

/* The note every output of figures with suppression off carries. */
#define FIGURE_NO_SUPPRESSION_NOTE \
    "suppression is off (--no-suppression): figures of groups of any size are shown"

/* Which of n groups of one dimension to hide under o's minimum base
 * (yk_disclosure_groups): hidden[i] is 0 (shown), FIGURE_PRIMARY (its base
 * is under k) or FIGURE_SECONDARY (hidden so that the others cannot be
 * worked out from the totals).  Returns how many are hidden. */
enum { FIGURE_PRIMARY = 1, FIGURE_SECONDARY = 2 };
size_t figure_hide_groups(const figure_opts *o, const double *base, size_t n,
                          unsigned char *hidden);

/* Count one blank figure, hidden for `why` (FIGURE_PRIMARY or
 * FIGURE_SECONDARY; 0 counts nothing): primary ones in *primary, secondary
 * ones in *o->secondary. */
void figure_count_blank(const figure_opts *o, int why, unsigned long *primary);

/* Load one tally file; 0 or an exit status after saying why. */
int analysis_load(const char *path, cli_diags *ds, yk_tally **out);

/* --weight members post-stratifies to the units' membership: each unit's
 * answers count by its share of the members, not of the respondents.
 * It needs a grouping question whose every choice has members: else an
 * exit status, after saying why. */
int figure_check_weights(const char *verb, const yk_tally *t);

/* The weight of each unit (choice gi of the grouping question) given how
 * many of it answered, base[gi]: w[gi] = (members / M) (B / base[gi]),
 * M and B summed over the units that answered (w = 0 for the others, and
 * responses without a unit are left out).  Returns Kish's effective base
 * over B: B / sum(base w^2) (1 when no unit answered). */
double figure_member_weights(const yk_tally *t, const double *base, double *w);

/* An ordinal select_one: its form's `measure` says ordinal or scale, or
 * (no measure) its list looks ordinal (yk_form_list_looks_ordinal); its
 * order is the choices' values. */
int figure_is_ordinal(const yk_question *q);

/* Whether q may be an item of a figure grouped by group (NULL: none):
 * the grouping question never is (units have no favourable answer). */
int figure_is_item(const yk_question *group, const yk_question *q);

/* The one definition of agreement and favour, used by rounds, compare
 * --vs-rest, the charts and the report.  For a select question:
 *  - its opinions (not-an-opinion answers left out), lowest value first;
 *  - the upper levels of an ordinal select_one with 3 or more opinions:
 *    the top two (the top one of three), the answers that agree with the
 *    statement, whichever way it is worded;
 *  - the favourable answers: the upper levels, or as many bottom levels
 *    when the item is reverse-worded (`reverse` = yes: agreeing with it is
 *    unfavourable), or the codes --favourable gives ("CODE+CODE"). */
enum { FIGURE_MAX_OPINIONS = 256, FIGURE_MAX_CHOICES = 256 };
typedef struct {
    size_t order[FIGURE_MAX_OPINIONS], nlevels;    /* opinions, lowest value first */
    unsigned char upper[FIGURE_MAX_CHOICES];       /* by choice index */
    unsigned char favourable[FIGURE_MAX_CHOICES];  /* by choice index */
    int ordinal;                /* upper levels are set */
    int reverse;                /* reverse-worded: the favourable levels are the lower */
    int given;                  /* favourable as codes said */
} figure_levels;

/* Decide q's levels into *l, codes (NULL: the default) naming the
 * favourable answers.  1 when q has a favourable share; 0 when it has
 * none (not an ordinal select_one with 3 or more opinions, and no codes;
 * or a list longer than FIGURE_MAX_CHOICES); -1 when a code is not an
 * opinion of q's list (*bad, *badlen: the code, inside codes). */
int figure_levels_of(const yk_question *q, const char *codes, figure_levels *l,
                     const char **bad, size_t *badlen);

/* Of the opinions in counts (as yk_tally_counts gives them, by choice),
 * *k are marked in which (l->upper or l->favourable) and *n in all. */
void figure_levels_share(const figure_levels *l, const unsigned char *which,
                         const int64_t *counts, double *k, double *n);

/* The favourable share (default favourable answers) of q from its counts:
 * *k of *n opinions; which (may be NULL; q's list size) gets 1 for the
 * favourable answers.  0 when q has none. */
int figure_favourable(const yk_question *q, const int64_t *counts, double *k, double *n,
                      unsigned char *which);

/* The same for the upper levels: the share who agree with the statement. */
int figure_upper(const yk_question *q, const int64_t *counts, double *k, double *n,
                 unsigned char *which);

/* Nonzero when --questions is absent or names q. */
int figure_wanted(const figure_opts *o, const char *name);

/* The name of group gi for output: "" without --by, the choice's code,
 * or "_missing". */
const char *figure_group_name(const yk_tally *t, const figure_opts *o, size_t gi);

/* Write the table where -o says, atomically; in text output, say how
 * many figures were left blank under --min-base and what became of the
 * rows ds read (cli_rows_footer). */
struct table;
int figure_write(const struct table *tab, const figure_opts *o, unsigned long suppressed,
                 const cli_diags *ds, char **inputs, int n);

/* A figure verb: fill the table from the tally (counting figures left blank
 * under --min-base in *suppressed); 0 or an exit status. */
typedef int (*figure_fill)(yk_tally *t, const figure_opts *o, struct table *tab,
                           unsigned long *suppressed);

/* A figure verb's table: its columns and how it is filled.  The report
 * reads the very tables the verbs print. */
typedef struct {
    const char *name;
    msg_id help;
    unsigned takes;             /* FIGURE_* */
    const char *const *columns;
    size_t ncols;
    figure_fill fill;
} figure_table;

extern const figure_table figure_freq, figure_describe, figure_scale, figure_compare;

/* The whole of a figure verb: options, the tally, the table, the output. */
int figure_main(const figure_table *f, int argc, char **argv);

/* Write t as a tally file to path (NULL: standard output), atomically. */
int analysis_save(const yk_tally *t, const char *path, int force, char **inputs, int n);

/* --protect's default k: the figure verbs' --min-base. */
enum { ANALYSIS_PROTECT_DEFAULT = 10 };

/* Parse --min-base's k for --protect (2 or more: 1 folds nothing) into
 * *k; 0, or EXIT_USAGE after saying why. */
int analysis_protect_base(const char *verb, const char *arg, long *k);

/* Fold t's groups under k into "Khác" (yk_tally_protect) before it is
 * saved; 0, or an exit status after saying why (a round under k in all:
 * EXIT_DATA, nothing can hide its groups). */
int analysis_protect(yk_tally *t, long k);

#endif
