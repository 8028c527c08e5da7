/* ykien command — import's .sav and .dta outputs (tools/import_stats.c). */
#ifndef YK_IMPORT_STATS_H
#define YK_IMPORT_STATS_H

#include "survey.h"
#include "yk_codebook.h"

/* Write the coded data of s to out->output (a file: never standard
 * output) for package: the exit status, after saying what went wrong. */
int import_stats(survey *s, yk_package package, const cli_output_opts *out, char **inputs,
                 int ninputs);

#endif
