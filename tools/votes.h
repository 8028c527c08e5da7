/* ykien votes — what a poll is made of: its form, ballot files, rule set
 * and the body's figures, from a project or from options. */
#ifndef YK_VOTES_H
#define YK_VOTES_H

#include "cli.h"
#include "yk_form.h"
#include "yk_ballot.h"
#include "yk_poll.h"
#include "yk_rules.h"
#include "yk_table.h"

enum { FIGURE_MEMBERS, FIGURE_PRESENT, FIGURE_ISSUED, N_FIGURES };

typedef struct {
    cli_common c;
    cli_output_opts out;
    int format;                 /* table_format */
    const char *form_dir, *rules, *base, *struck, *added, *levels;
    const char *unknown_marks;  /* --unknown-marks error|invalid */
    const char *figure[N_FIGURES];  /* --members, --present, --issued */
    const char *verb;           /* for usage errors; NULL: "votes" */
    const char *save;           /* --save FILE.ykp: the counts, for a tally file */
} votes_opts;

typedef struct {
    yk_form *form;
    char *form_dir;
    yk_rules *rules;
    yk_base base;
    long figure[N_FIGURES];     /* -1 when not given */
    char **files;               /* the ballot files, in order */
    size_t nfiles;
    char *struck, *levels;      /* or NULL */
    char *title;                /* the project's title, or NULL */
    char **added;               /* NULL when not given */
    size_t n_added;
    int unknown_invalid;        /* unknown marks are invalid lines, not errors */
} votes_setup;

/* Everything the options and the PROJECT (or --form and FILEs) name, the
 * rule set found and loaded, the figures checked against each other and
 * against the base.  Returns 0, or an exit status after saying why. */
int votes_setup_open(const votes_opts *o, int argc, char **argv, cli_diags *ds,
                     votes_setup *s);
void votes_setup_close(votes_setup *s);

/* A poll counted: its coder (the persons) and the merged tally. */
typedef struct {
    yk_ballot_coder *coder;     /* NULL when the form is no ballot */
    yk_poll *poll;              /* NULL when the coder is */
    int refused;                /* more ballots returned than could be cast */
} votes_count;

/* Read every ballot file of s (c: the reading options), each into a tally
 * of its own, merged in file order.  Returns 0, EXIT_DATA with refused
 * set (an error in the ballots — an unknown column or mark, a ragged row
 * — or figures that do not add up: the result must not be shown), or an
 * exit status after saying why; close *out in any case. */
int votes_count_open(const cli_common *c, votes_setup *s, cli_diags *ds, votes_count *out);
void votes_count_close(votes_count *v);

/* Nonzero when path names a poll tally file (.ykp): the counts a counting
 * table sends instead of its ballots. */
int votes_is_tally(const char *path);

/* Write poll's counts to path as a poll tally file, atomically. */
int votes_save(const yk_ballot_coder *coder, const yk_poll *poll, const char *path, int force,
               char **inputs, int n);

/* The denominator of the percentages: the figure the base names, or the
 * ballots valid as a whole. */
unsigned long votes_base(const votes_setup *s, const yk_poll *poll);

/* The poll's figures (yk_figures_votes) into t, which this initialises:
 * the table `ykien votes` writes and the poll's chart and report read,
 * the shares' text with mark for their decimal point.  YK_OK, or why not
 * (t is then still to be freed). */
yk_status votes_table(const votes_setup *s, const votes_count *v, char mark, yk_table *t);

#endif
