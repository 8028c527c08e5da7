/* ykien — the result of a confidence poll as a chart: a horizontal bar
 * per person, 100% being the base (members, members present, ballots
 * issued or valid).  From the left: "tín nhiệm thấp" (red), "tín nhiệm"
 * (light blue), "tín nhiệm cao" (dark blue), then what the base holds
 * beyond the person's valid lines (invalid lines and ballots, absent
 * members) in light grey.  "Thấp" starts at 0, so the rule set's
 * thresholds on its share are vertical lines across the bars, and a bar
 * whose red passes a line is flagged: its name bold, the flag written at
 * the bar's end.  YK_ERR_LIMIT when the persons do not fit the canvas. */
#ifndef YK_CHART_VOTES_H
#define YK_CHART_VOTES_H

#include "yk_chart_kinds.h"

/* Levels in the order of yk_rules.h: high, trust, low. */
enum { YK_CHART_VOTES_HIGH, YK_CHART_VOTES_TRUST, YK_CHART_VOTES_LOW, YK_CHART_VOTES_LEVELS };
enum { YK_VOTES_MAX_THRESHOLDS = 64 };  /* a rule set's most */

typedef struct {
    const char *name;
    const char *position;       /* may be NULL */
    double count[YK_CHART_VOTES_LEVELS];      /* valid lines of each level */
    /* Each level's percentage of the base in hundredths, as written (the
     * caller rounds: 4894 is "48,94%"). */
    long hundredths[YK_CHART_VOTES_LEVELS];
    const char *flag;           /* the flag in words; NULL: not flagged */
} yk_votes_person;

typedef struct {
    double fraction;            /* of the base, on the "thấp" share: 0 to 1 */
    const char *label;          /* "Trên 50%: Xem xét" */
} yk_votes_threshold;

typedef struct {
    yk_chart_frame frame;
    const char *levels[YK_CHART_VOTES_LEVELS];    /* the levels' names */
    const char *rest;           /* the grey remainder's name */
    double base;                /* the denominator: more than 0 */
    const yk_votes_person *persons;
    size_t npersons;
    const yk_votes_threshold *thresholds;
    size_t nthresholds;
} yk_votes_chart;

yk_status yk_chart_votes(yk_chart *c, const yk_votes_chart *spec);

#endif
