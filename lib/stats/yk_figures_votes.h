/* ykien — the figures of a confidence poll, person by person: the table
 * `ykien votes` writes and the report's poll section reads, computed
 * once here so the two never disagree.
 *
 * Row 0 is the ballots (person "_ballots"): issued, valid, invalid as a
 * whole, the base, returned, names added and struck.  Row 1 + i is person
 * i of the coder: the valid lines of each level, the invalid lines, each
 * level's share of the base in percent, exact to two decimals (the
 * hundredths of yk_poll_percent_hundredths), and the rule set's flag.
 * Counts are numbers with no decimals; the shares are numbers with two,
 * blank (and no flag) when the base is 0; the other columns are text. */
#ifndef YK_FIGURES_VOTES_H
#define YK_FIGURES_VOTES_H

#include "yk_ballot.h"
#include "yk_poll.h"
#include "yk_rules.h"
#include "yk_table.h"

/* The columns of `ykien votes`'s table, in order (yk_votes_columns). */
enum {
    YK_VOTES_PERSON, YK_VOTES_POSITION, YK_VOTES_ISSUED, YK_VOTES_VALID, YK_VOTES_HIGH,
    YK_VOTES_TRUST, YK_VOTES_LOW, YK_VOTES_INVALID, YK_VOTES_BASE, YK_VOTES_HIGH_PCT,
    YK_VOTES_TRUST_PCT, YK_VOTES_LOW_PCT, YK_VOTES_FLAG, YK_VOTES_NAME, YK_VOTES_RETURNED,
    YK_VOTES_BASE_NAME, YK_VOTES_RULE, YK_VOTES_NO_MARK, YK_VOTES_SEVERAL_MARKS,
    YK_VOTES_UNKNOWN_MARKS, YK_VOTES_NAMES_ADDED, YK_VOTES_NAMES_STRUCK,
    YK_VOTES_NCOLS
};
extern const char *const yk_votes_columns[YK_VOTES_NCOLS];

/* The row of the ballots, and of person i. */
enum { YK_VOTES_ROW_BALLOTS = 0 };
#define YK_VOTES_ROW_PERSON(i) ((size_t)(i) + 1)

/* A counted poll and what its shares are taken over; all borrowed for
 * the call only. */
typedef struct {
    const yk_ballot_coder *coder;   /* the persons: names, positions, labels */
    const yk_poll *poll;            /* their counts, in the coder's order */
    const yk_rules *rules;          /* the flags and the rule's name */
    yk_base base;                   /* which figure the base is */
    unsigned long base_count;       /* its count: the shares' denominator */
    long issued;                    /* ballots issued, or -1 when not given */
    char decimal_mark;              /* in the shares' text: '.', or ',' for a
                                       Vietnamese reader */
} yk_votes_input;

/* Add the ballots' row and one row per person to tab (initialised with
 * yk_votes_columns and YK_VOTES_NCOLS).  YK_OK; YK_ERR_ARGUMENT when the
 * poll rates another number of persons than the coder has; a cell lost
 * is in yk_table_status(tab), which the writer says. */
yk_status yk_figures_votes(const yk_votes_input *in, yk_table *tab);

#endif
