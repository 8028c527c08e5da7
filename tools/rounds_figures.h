/* ykien command — the figures of `ykien rounds`: for each question and
 * group, the favourable share in each round, each change between two
 * rounds with its tests, each kind of p adjusted over the whole table.
 * `ykien rounds` writes them as a table, `ykien chart rounds` draws them:
 * both compute them here, so a chart shows the very figures the table
 * prints. */
#ifndef YK_ROUNDS_FIGURES_H
#define YK_ROUNDS_FIGURES_H

#include <stdint.h>
#include "analysis.h"
#include "series.h"

enum { ROUNDS_MAX_FAVOURABLE = 64, ROUNDS_MAX_LEVELS = 256 };
#define ROUNDS_SIGNIFICANT 0.05     /* an adjusted p under it is a significant change */

/* A test's result; adj is p adjusted over the table's tests of its kind. */
typedef struct {
    int done;
    double z, p, adj;
    double lnp, adj_ln;         /* their logs, for p below any double */
} rounds_test;

/* The kinds of test, each its own family. */
enum { ROUNDS_TEST_SHARES, ROUNDS_TEST_ORDER, ROUNDS_TEST_TREND, ROUNDS_NTESTS };

/* One change of one question in one group between two rounds. */
typedef struct {
    size_t q, unit;             /* unit SIZE_MAX: all units */
    size_t from, to;
    const yk_question *ref;     /* the question in round to's form */
    double k1, n1, k2, n2;      /* favourable and base, in each round */
    int shown;                  /* both rounds' figures are shown: the change is */
    int shown_from, shown_to;   /* each round's share is shown (yk_disclosure.h: the
                                 * unit, or one its round hides with it, reaches k) */
    rounds_test tests[ROUNDS_NTESTS];   /* two proportions, Mann-Whitney, trend */
} rounds_change;

/* A question's answers in one round and group. */
typedef struct {
    int asked;
    double k, n;                /* favourable, base */
    double levels[ROUNDS_MAX_LEVELS];   /* opinions in the order of their values */
} rounds_answers;

/* The figures of a series of rounds.  Set favourable, nfavourable, o and
 * s, then call rounds_figures_compute(); the rest is its own. */
typedef struct {
    const char *const *favourable;  /* --favourable Q=CODE+CODE..., as given */
    size_t nfavourable;
    const figure_opts *o;       /* --questions, --min-base, --adjust, -q */
    yk_series *s;                  /* borrowed */
    const char *verb;           /* for usage errors; NULL: "rounds" */
    rounds_change *rows;        /* the table, question by question */
    size_t nrows;
    unsigned long suppressed;   /* changes left blank under --min-base */
    /* After rounds_figures_favour(): which of its question's choices count. */
    unsigned char fav[ROUNDS_MAX_LEVELS];
    /* private */
    int64_t *c;
    const yk_question *ref;
    size_t order[ROUNDS_MAX_LEVELS], nlevels;
    int ordinal;
    size_t cap;
    int failed;
} rounds_figures;

/* Every change of every question --questions names (all when absent) and
 * favourable can be decided for, tested and adjusted, warning (unless -q)
 * of changed questions and units missing from a round.  0, or an exit
 * status after saying why (EXIT_USAGE: a bad --favourable). */
int rounds_figures_compute(rounds_figures *x);
void rounds_figures_free(rounds_figures *x);

/* The codes the favourable share of question q (of the newest form)
 * counts, or NULL when none were given. */
const char *rounds_figures_codes(const rounds_figures *x, const char *question);

/* Whether question qq of the newest form gets a favourable share, as
 * rounds_figures_compute() decides: 1 yes, 0 no (said when loud), -1 when
 * loud: a usage error. */
int rounds_figures_favour(rounds_figures *x, const yk_question *qq, int loud);

/* Question q's favourable k of base n in round i, in unit u (SIZE_MAX:
 * all units), favourable as round i's form says.  0 when not asked. */
int rounds_figures_share(rounds_figures *x, size_t i, size_t q, size_t u, double *k,
                         double *n);

/* The codes row counted as favourable, joined by '+', into codes. */
void rounds_figures_favourable(rounds_figures *x, const rounds_change *row, char *codes,
                               size_t size);

#endif
