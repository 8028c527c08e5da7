/* ykien command — the rounds figures (yk_figures_rounds.h) set up from
 * the command line's options, their messages said as the verbs say them. */
#ifndef YK_TOOLS_ROUNDS_FIGURES_H
#define YK_TOOLS_ROUNDS_FIGURES_H

#include "analysis.h"
#include "yk_figures_rounds.h"

/* x made ready for series s: the options o (--questions, --min-base,
 * --adjust, -q), the --favourable arguments (borrowed), and verb (a static
 * string) for usage errors. */
void rounds_figures_init(yk_rounds *x, const char *const *favourable, size_t nfavourable,
                         const figure_opts *o, yk_series *s, const char *verb);

/* yk_rounds_compute() after checking that each --favourable names a
 * question: 0, or an exit status after saying why (EXIT_USAGE: a bad
 * --favourable). */
int rounds_figures_compute(yk_rounds *x, const char *verb);

#endif
