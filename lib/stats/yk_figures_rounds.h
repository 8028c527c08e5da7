/* ykien — the figures of `ykien rounds`: for each question and
 * group, the favourable share in each round, each change between two
 * rounds with its tests, each kind of p adjusted over the whole table.
 * `ykien rounds` writes them as a table, `ykien chart rounds` draws them:
 * both compute them here, so a chart shows the very figures the table
 * prints. */
#ifndef YK_FIGURES_ROUNDS_H
#define YK_FIGURES_ROUNDS_H

#include <stdint.h>
#include "yk_figures.h"
#include "yk_series.h"
#include "yk_table.h"

enum { YK_ROUNDS_MAX_FAVOURABLE = 64, YK_ROUNDS_MAX_LEVELS = 256 };
#define YK_ROUNDS_SIGNIFICANT 0.05     /* an adjusted p under it is a significant change */

/* A test's result; adj is p adjusted over the table's tests of its kind. */
typedef struct {
    int done;
    double z, p, adj;
    double lnp, adj_ln;         /* their logs, for p below any double */
} yk_rounds_test;

/* The kinds of test, each its own family. */
enum { YK_ROUNDS_TEST_SHARES, YK_ROUNDS_TEST_ORDER, YK_ROUNDS_TEST_TREND, YK_ROUNDS_NTESTS };

/* One change of one question in one group between two rounds. */
typedef struct {
    size_t q, unit;             /* unit SIZE_MAX: all units */
    size_t from, to;
    const yk_question *ref;     /* the question in round to's form */
    double k1, n1, k2, n2;      /* favourable and base, in each round */
    int shown;                  /* both rounds' figures are shown: the change is */
    int shown_from, shown_to;   /* each round's share is shown (yk_disclosure.h: the
                                 * unit, or one its round hides with it, reaches k) */
    /* Newcombe's hybrid score 95% interval of k2/n2 - k1/n1, as proportions
     * (yk_stats_newcombe); NAN when the change is not shown or has none. */
    double ci_low, ci_high;
    yk_rounds_test tests[YK_ROUNDS_NTESTS]; /* two proportions, Mann-Whitney, trend */
} yk_rounds_change;

/* The favourable share in percent in round from (100 k1 / n1) and in
 * round to (100 k2 / n2), as the report writes them. */
double yk_rounds_percent_from(const yk_rounds_change *c);
double yk_rounds_percent_to(const yk_rounds_change *c);

/* The change in percentage points: 100 (k2/n2 - k1/n1). */
double yk_rounds_points(const yk_rounds_change *c);

/* Nonzero when c is shown and its two-proportion test, adjusted over the
 * table, is under YK_ROUNDS_SIGNIFICANT. */
int yk_rounds_significant(const yk_rounds_change *c);

/* A question's answers in one round and group. */
typedef struct {
    int asked;
    double k, n;                /* favourable, base */
    double levels[YK_ROUNDS_MAX_LEVELS];   /* opinions in the order of their values */
} yk_rounds_answers;

/* The figures of a series of rounds.  Set favourable, nfavourable, o and
 * s, then call yk_rounds_compute(); the rest is its own.  Warnings (what
 * changed between rounds, units missing from a round) and errors (a bad
 * --favourable) go to o.diag. */
typedef struct {
    const char *const *favourable;  /* --favourable Q=CODE+CODE..., as given */
    size_t nfavourable;
    yk_figure_opts o;           /* --questions, --min-base, --adjust, diag */
    yk_series *s;               /* borrowed */
    yk_rounds_change *rows;     /* the table, question by question */
    size_t nrows;
    unsigned long suppressed;   /* changes left blank under --min-base */
    /* After yk_rounds_favour(): which of its question's choices count. */
    unsigned char fav[YK_ROUNDS_MAX_LEVELS];
    /* private */
    int64_t *c;
    const yk_question *ref;
    size_t order[YK_ROUNDS_MAX_LEVELS], nlevels;
    int ordinal;
    size_t cap;
    int failed;
} yk_rounds;

/* Every change of every question --questions names (all when absent) and
 * favourable can be decided for, tested and adjusted, warning of changed
 * questions and units missing from a round.  YK_OK, YK_ERR_NOMEM, or
 * YK_ERR_ARGUMENT after saying why: a bad --favourable.  The caller checks
 * first that each --favourable names a question of the newest form. */
yk_status yk_rounds_compute(yk_rounds *x);
void yk_rounds_free(yk_rounds *x);

/* The codes the favourable share of question q (of the newest form)
 * counts, or NULL when none were given. */
const char *yk_rounds_codes(const yk_rounds *x, const char *question);

/* Whether question qq of the newest form gets a favourable share, as
 * yk_rounds_compute() decides: 1 yes, 0 no, -1 when loud: a usage error
 * (said to o.diag as an error). */
int yk_rounds_favour(yk_rounds *x, const yk_question *qq, int loud);

/* Question q's favourable k of base n in round i, in unit u (SIZE_MAX:
 * all units), favourable as round i's form says.  0 when not asked. */
int yk_rounds_share(yk_rounds *x, size_t i, size_t q, size_t u, double *k, double *n);

/* The largest significant change of a unit (never the province) from
 * round last - 1 to round last, in one direction (+1 a rise, -1 a fall),
 * skipping the ntold changes in told (a report tells each once); ties go
 * to the earlier row.  A pointer into x->rows, valid until
 * yk_rounds_free(), or NULL when there is none. */
const yk_rounds_change *yk_rounds_largest(const yk_rounds *x, size_t last, int direction,
                                          const yk_rounds_change *const *told, size_t ntold);

/* How many of the province's changes from round last - 1 to round last
 * are significant rises (*rises) and falls (*falls). */
void yk_rounds_count_significant(const yk_rounds *x, size_t last, size_t *rises,
                                 size_t *falls);

/* The codes row counted as favourable, joined by '+', into codes. */
void yk_rounds_favourable(yk_rounds *x, const yk_rounds_change *row, char *codes,
                          size_t size);

/* ---- the chart's series ----------------------------------------------- */

/* One row of the rounds chart: a unit, or the province, across the rounds. */
typedef struct {
    size_t unit;                /* SIZE_MAX: the province */
    /* Per round, nrounds of each: the favourable share in percent (NAN:
     * not asked, or hidden) and the base (-1: not asked). */
    const double *share, *base;
    /* Per pair of consecutive rounds, nrounds - 1: the change in points
     * when yk_rounds_significant() and neither share is hidden, else NAN. */
    const double *change;
} yk_rounds_series_row;

/* One question's series, for `ykien chart rounds`. */
typedef struct {
    size_t nrounds;
    yk_rounds_series_row *rows; /* the province, then the units in list order;
                                 * one that answered in no round has no row */
    size_t nrows;
    int suppressed;             /* a share is hidden under --min-base */
    double *numbers;            /* private: what the rows point into */
} yk_rounds_series;

/* After yk_rounds_compute(): the series of question q (of the newest
 * form), into *out.  Round by round, the units under o.min_base are
 * hidden, and others with them (yk_figures_hide_groups) so that none can
 * be worked out from the province's share; a hidden share takes its
 * changes with it (a change is two shares).  Changes x->fav (call
 * yk_rounds_favour() again to read it).  YK_OK, or YK_ERR_NOMEM with *out
 * empty; *out is the caller's, freed with yk_rounds_series_free(). */
yk_status yk_rounds_series_of(yk_rounds *x, size_t q, yk_rounds_series *out);
/* Frees what s holds and empties it; NULL is fine. */
void yk_rounds_series_free(yk_rounds_series *s);

/* ---- the table -------------------------------------------------------- */

/* The columns of `ykien rounds`'s table, in order (yk_rounds_columns). */
enum {
    YK_ROUNDS_QUESTION, YK_ROUNDS_GROUP, YK_ROUNDS_ROUND_FROM, YK_ROUNDS_ROUND_TO,
    YK_ROUNDS_SHARE_FROM, YK_ROUNDS_SHARE_TO, YK_ROUNDS_CHANGE, YK_ROUNDS_CI_LOW,
    YK_ROUNDS_CI_HIGH, YK_ROUNDS_P, YK_ROUNDS_P_ADJUSTED, YK_ROUNDS_N_FROM, YK_ROUNDS_N_TO,
    YK_ROUNDS_FAVOURABLE, YK_ROUNDS_MW_Z, YK_ROUNDS_MW_P, YK_ROUNDS_MW_P_ADJUSTED,
    YK_ROUNDS_TREND_Z, YK_ROUNDS_TREND_P, YK_ROUNDS_TREND_P_ADJUSTED, YK_ROUNDS_NCOLS
};
extern const char *const yk_rounds_columns[YK_ROUNDS_NCOLS];

/* The columns of --ranked's table (yk_rounds_ranked_columns). */
enum {
    YK_RANKED_DIRECTION, YK_RANKED_RANK, YK_RANKED_QUESTION, YK_RANKED_GROUP,
    YK_RANKED_ROUND_FROM, YK_RANKED_ROUND_TO, YK_RANKED_SHARE_FROM, YK_RANKED_SHARE_TO,
    YK_RANKED_CHANGE, YK_RANKED_CI_LOW, YK_RANKED_CI_HIGH, YK_RANKED_P_ADJUSTED,
    YK_RANKED_NCOLS
};
extern const char *const yk_rounds_ranked_columns[YK_RANKED_NCOLS];

/* After yk_rounds_compute(): every change as a row of tab, initialised
 * by the caller with yk_rounds_columns.  Shares and changes in percent
 * (4 decimals), blank where hidden; p as yk_stats_p_text() writes it.
 * YK_OK; a cell lost is in yk_table_status(tab), which the writer says. */
yk_status yk_rounds_table(yk_rounds *x, yk_table *tab);

/* The `ranked` largest significant improvements, then declines, between
 * consecutive rounds, into tab initialised with yk_rounds_ranked_columns.
 * YK_OK or YK_ERR_NOMEM; a cell lost is in yk_table_status(tab). */
yk_status yk_rounds_ranked(yk_rounds *x, size_t ranked, yk_table *tab);

#endif
