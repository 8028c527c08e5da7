/* ykien — the tally of a confidence poll (lấy phiếu tín nhiệm).
 *
 * A poll rates n persons; each ballot has one line per person with one of
 * three levels (yk_rules.h: high, trust, low).  A line with no box or
 * several boxes marked is invalid for that person only; a ballot with a
 * name added or a name struck out is invalid as a whole, and none of its
 * lines count.  The tally keeps counts and nothing else: a ballot is
 * added and forgotten, so no ballot can be read back out of it.  Tallies
 * of the same persons merge exactly (ballots counted at several tables):
 * the merged counts are those of one pass over all the ballots. */
#ifndef YK_POLL_H
#define YK_POLL_H

#include <stddef.h>
#include "yk_output.h"
#include "yk_rules.h"
#include "yk_status.h"

/* One line of a ballot, as coded. */
typedef enum {
    YK_MARK_HIGH = YK_LEVEL_HIGH,
    YK_MARK_TRUST = YK_LEVEL_TRUST,
    YK_MARK_LOW = YK_LEVEL_LOW,
    YK_MARK_NONE,               /* no box marked */
    YK_MARK_SEVERAL,            /* several boxes marked */
    YK_MARK_UNKNOWN             /* a mark that is no level (a data error) */
} yk_mark;

/* One ballot: a mark per person, and whether it adds or strikes a name. */
typedef struct {
    const yk_mark *marks;       /* n_persons of them */
    int added, struck;
} yk_ballot;

/* A person's counts, over the ballots valid as a whole. */
typedef struct {
    unsigned long level[YK_N_LEVELS];   /* valid lines of each level */
    unsigned long no_mark, several, unknown;    /* invalid lines */
} yk_poll_person;

typedef struct {
    unsigned long returned;     /* ballots added to the tally */
    unsigned long valid;        /* valid as a whole */
    unsigned long invalid;      /* invalid as a whole: added or struck */
    unsigned long added, struck;/* of which (a ballot may be both) */
} yk_poll_ballots;

typedef struct yk_poll yk_poll;

/* A tally of n_persons (at least 1, at most 100000), all counts 0. */
yk_status yk_poll_new(size_t n_persons, yk_poll **out);
void yk_poll_free(yk_poll *p);

/* Count one ballot; its marks are read, not kept. */
void yk_poll_add(yk_poll *p, const yk_ballot *b);

/* Add from's counts to into's: YK_ERR_ARGUMENT when they rate another
 * number of persons, or a count would overflow. */
yk_status yk_poll_merge(yk_poll *into, const yk_poll *from);

size_t yk_poll_n_persons(const yk_poll *p);
/* Borrowed until the next add or merge; NULL past the end. */
const yk_poll_person *yk_poll_person_get(const yk_poll *p, size_t i);
const yk_poll_ballots *yk_poll_ballots_get(const yk_poll *p);

/* A person's valid lines (the sum of the levels) and invalid lines
 * (returned ballots minus valid lines: the ballots invalid as a whole and
 * the person's own bad lines). */
unsigned long yk_poll_valid_lines(const yk_poll *p, size_t i);
unsigned long yk_poll_invalid_lines(const yk_poll *p, size_t i);

/* count/base as a percentage in hundredths, rounded half up, exactly in
 * integers: 23 of 47 is 4894 (48.94%).  base must not be 0. */
unsigned long yk_poll_percent_hundredths(unsigned long count, unsigned long base);

/* Poll tally files: the counts and nothing else, as text, so a counting
 * table can send its counts instead of its ballots:
 *
 *     ykien-poll 1
 *     persons 12
 *     ballots RETURNED VALID INVALID ADDED STRUCK
 *     p CODE HIGH TRUST LOW NO_MARK SEVERAL UNKNOWN      (one per person)
 *     end
 *
 * persons[] are the persons' codes, in the form's order; a file of other
 * persons, or whose counts do not add up (each person's lines are the
 * valid ballots; valid and invalid are the returned), is refused with a
 * diagnostic (YK_ERR_PARSE). */
#define YK_POLL_VERSION 1
yk_status yk_poll_save(const yk_poll *p, const char *const *persons, yk_output out);
yk_status yk_poll_load(const char *source, yk_input *in, const char *const *persons,
                       size_t n, yk_diag_fn diag, void *diag_ctx, yk_poll **out);

#endif
