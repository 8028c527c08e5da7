/* ykien — the response: how many of a unit's members answered.
 *
 * The members are the form's (the grouping question's choices' members
 * column); a rate over part of the membership would read as the whole's,
 * so the province's members are unknown as soon as one unit's is. */
#ifndef YK_FIGURES_RESPONSE_H
#define YK_FIGURES_RESPONSE_H

#include <stddef.h>
#include "yk_tally.h"

typedef struct {
    double members;     /* NAN when the form does not give them */
    double responses;   /* NAN when the unit was folded into "Khác" (tally
                         * --protect): not 0, unknown */
    double rate;        /* 100 responses / members, in percent; NAN when
                         * either is unknown */
} yk_response_figure;

/* The response of unit u of t's grouping question in round r: u from 0
 * to the list's size - 1 a unit, the list's size the responses with no
 * known unit (no members, no rate), SIZE_MAX every response over every
 * unit's members.  A tally with no grouping question has only SIZE_MAX,
 * with no members.  Never fails. */
yk_response_figure yk_figure_response(const yk_tally *t, size_t r, size_t u);

#endif
