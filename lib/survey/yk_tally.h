/* ykien — tallies: everything the figures need, and nothing about anyone.
 *
 * One pass over the coded responses fills, per round and group (a choice
 * of the grouping question, or the whole survey when there is none):
 * counts per choice of every select_one, with blanks and invalid answers;
 * per choice of every select_multiple, with how many answered; for every
 * integer and decimal question the count, sum, sum of squares, minimum and
 * maximum; for every scale the sums and cross-products of its items'
 * values over the responses that answered all of them (listwise), reverse
 * items reversed.
 *
 * Sums are kept exactly, as integers in millionths (numbers with more
 * than six decimals are rounded to six), so tallies merge exactly: two
 * halves tallied and merged give the very figures of one pass, in any
 * order, on any machine.  That is also why merging needs no care.
 *
 * A tally file holds the tallies and the form they belong to (its three
 * CSV files, as read), so figures can be made from it alone, and carries
 * the form's fingerprint: tallies of different forms refuse to merge. */
#ifndef YK_TALLY_H
#define YK_TALLY_H

#include <stddef.h>
#include <stdint.h>
#include "yk_coder.h"
#include "yk_output.h"
#include "yk_form.h"

#define YK_TALLY_VERSION 4       /* 2 adds counts of bounded integers' values, 3 of
                                    the others', 4 protection ("protected",
                                    "folded"); 1 to 3 are read too */
#define YK_TALLY_MAX_VALUES 201  /* an integer question of at most this many values
                                    (from its form's min and max) has them counted */
#define YK_TALLY_MAX_DISTINCT 1000  /* any other integer question has its distinct
                                    values counted, up to this many per round and
                                    group; past it those counts are dropped */
#define YK_TALLY_UNIT 1000000       /* sums are kept in millionths */

__extension__ typedef __int128 yk_exact;   /* exact sums of millionths */

/* The form as its files were read: kept in tally files. */
typedef struct {
    const char *survey, *choices, *settings;    /* settings may be NULL */
    size_t survey_len, choices_len, settings_len;
} yk_form_text;

typedef struct yk_tally yk_tally;

/* An empty tally for form (which must outlive it), grouped by the
 * select_one question named group (NULL: no groups).  text is copied. */
yk_status yk_tally_new(const yk_form *form, const yk_form_text *text,
                       const char *group, yk_tally **out);
void yk_tally_free(yk_tally *t);

/* What a tally counts: all of it unless told otherwise.  A reader that
 * needs only some figures may leave the rest uncounted, which saves most
 * of the time a scale takes on every response, or the select counts. */
enum {
    YK_TALLY_SELECTS = 1,       /* select counts (yk_tally_counts) */
    YK_TALLY_NUMBERS = 2,       /* numeric questions (yk_tally_numbers_of) */
    YK_TALLY_SCALES = 4,        /* scale sums (yk_tally_scale_cov) */
    YK_TALLY_ALL = 7
};

/* Count only parts (YK_TALLY_* or'd) from now on; only before the first
 * response (else YK_ERR_ARGUMENT).  A partial tally cannot be saved, merges
 * only with one of the same parts, and its readers of the parts left out
 * return YK_ERR_ARGUMENT. */
yk_status yk_tally_set_parts(yk_tally *t, unsigned parts);
unsigned yk_tally_parts(const yk_tally *t);

/* Count one response of round (any name, copied).  Numbers of 100 million
 * or more in absolute value are counted as invalid: sums of their squares
 * must stay exact. */
yk_status yk_tally_add(yk_tally *t, const char *round, const yk_response *r);

/* Add everything in b to a.  YK_ERR_ARGUMENT when they are of different
 * forms (fingerprints), groupings or parts; YK_ERR_LIMIT when a sum would
 * overflow (a partly merged a is then of no use). */
yk_status yk_tally_merge(yk_tally *a, const yk_tally *b);

/* The group small groups are folded into: a choice the grouping list gets
 * (in the tally's form, not in the form's files), labelled "Khác" in every
 * language.  A form whose grouping list has this code cannot be protected. */
#define YK_TALLY_OTHER "_other"
#define YK_TALLY_OTHER_LABEL "Khác"

/* A tally file is as sensitive as the data for a small group: a group of
 * one respondent keeps all their answers.  Protecting folds, round by
 * round, every group (choice of the grouping question, or no answer to it)
 * of 1 to k - 1 responses into YK_TALLY_OTHER, then, while that is itself
 * under k, the smallest other group, so that every group of every round
 * holds 0 or at least k responses.  Everything adds exactly (counts,
 * sums, value counts, scale sums); the grouping question's own answers in
 * a folded group count as YK_TALLY_OTHER.  The form (owned by the tally:
 * loaded, or adopted) gets YK_TALLY_OTHER when a group is folded.  A tally
 * without grouping is one group.  Returns YK_ERR_LIMIT with *short_round
 * set when a round has fewer than k responses in all (nothing is changed
 * then); YK_ERR_ARGUMENT for k < 1, a partial tally, a form not the
 * tally's own or whose grouping list already has YK_TALLY_OTHER; after
 * YK_ERR_NOMEM the tally is of no use. */
yk_status yk_tally_protect(yk_tally *t, int64_t k, size_t *short_round);

/* Whether group g of round r was folded into YK_TALLY_OTHER: its
 * responses are there, it has none of its own (figures of it are not 0
 * but unknown).  Merging folds a group folded on one side into "Khác" on
 * the other side too, so no group's figures are those of a part of it. */
int yk_tally_group_folded(const yk_tally *t, size_t r, size_t g);

typedef struct {
    int64_t min_base;   /* protected at this k; 0: not protected */
    int64_t folded;     /* groups folded into YK_TALLY_OTHER, counted per round */
    int other;          /* the grouping list has YK_TALLY_OTHER */
    int lost;           /* a protected tally was merged with an unprotected one:
                           the result is not protected */
} yk_tally_protection;

/* What a tally's file says (or will say) of its protection.  Merging keeps
 * it: two protected tallies give a protected one (at the lower k), a
 * protected and an unprotected one an unprotected one (lost set). */
yk_tally_protection yk_tally_protection_of(const yk_tally *t);

/* Write as a tally file; YK_ERR_ARGUMENT for a partial tally. */
yk_status yk_tally_save(const yk_tally *t, yk_output out);

/* Read a tally file; its form is loaded from the file and owned by the
 * tally (yk_tally_form).  Problems go to diag with the file's lines;
 * YK_ERR_PARSE when the file is not a tally file ykien can read, or when
 * a figure in it breaks an invariant no tallying can break (a choice
 * counted more often than the question was answered, a sum of squares
 * too small for its sum, a minimum below the form's...): each one is
 * reported (kind "tally-inconsistent") with the line of the bad value. */
yk_status yk_tally_load(const char *source, yk_input *in, yk_diag_fn diag,
                        void *diag_ctx, yk_tally **out);

/* Make the tally own its form (which must be the one it was made with):
 * it is freed with the tally. */
yk_status yk_tally_adopt_form(yk_tally *t, yk_form *form);

const yk_form *yk_tally_form(const yk_tally *t);
/* The grouping question, or NULL. */
const yk_question *yk_tally_group(const yk_tally *t);

size_t yk_tally_n_rounds(const yk_tally *t);
const char *yk_tally_round(const yk_tally *t, size_t i);
/* Groups: the group question's choices, then one for responses without a
 * group answer; 1 when there is no grouping. */
size_t yk_tally_n_groups(const yk_tally *t);

/* A select question's counts in round r, group g (g == SIZE_MAX: all
 * groups summed into *counts, which must hold the list's size + 3):
 * counts[i] for choice i, then [n] blank, [n + 1] invalid, and for a
 * select_multiple [n + 2] those who answered (for select_one the same as
 * the sum of the choices). */
yk_status yk_tally_counts(const yk_tally *t, size_t r, size_t g, size_t q,
                          int64_t *counts);

typedef struct {
    int64_t n, blank, invalid;
    yk_exact sum, sumsq;        /* in millionths, and millionths squared */
    int64_t min, max;           /* in millionths; meaningful when n > 0 */
} yk_tally_numbers;

yk_status yk_tally_numbers_of(const yk_tally *t, size_t r, size_t g, size_t q,
                              yk_tally_numbers *out);

/* An integer question whose form bounds it to few values (min and max,
 * at most YK_TALLY_MAX_VALUES) has each value counted: *lowest and *n
 * give the range; YK_ERR_ARGUMENT for other questions.  yk_tally_values
 * fills counts[0..n) with round r, group g's (SIZE_MAX: all) counts of
 * lowest, lowest + 1, ...  A tally file of version 1 has none of them:
 * they are 0 there while the numbers' n is not. */
yk_status yk_tally_value_range(const yk_tally *t, size_t q, int64_t *lowest, size_t *n);
yk_status yk_tally_values(const yk_tally *t, size_t r, size_t g, size_t q, int64_t *counts);

/* The counts of every whole value an integer question was answered with
 * in round r, group g (SIZE_MAX: all groups), ascending: (*values)[i] given
 * by (*counts)[i] answers, *n of them (0 when none).  New arrays the caller
 * frees (both, also when *n is 0).  Bounded questions (yk_tally_values)
 * and the others alike.  YK_ERR_ARGUMENT for a question that is not an
 * integer; YK_ERR_LIMIT when a round and group summed answered with more
 * than YK_TALLY_MAX_DISTINCT distinct values, whose counts were dropped.
 * The counts add up to the numbers' n, except from a tally file of version
 * 1 (no counts) or 2 (no counts for unbounded questions): a caller checks
 * that before using them. */
yk_status yk_tally_value_counts(const yk_tally *t, size_t r, size_t g, size_t q,
                                int64_t **values, int64_t **counts, size_t *n);

/* Scales, in form order of their first item. */
size_t yk_tally_n_scales(const yk_tally *t);
const char *yk_tally_scale_name(const yk_tally *t, size_t s);
/* Its items (question indexes), k of them; borrowed. */
const size_t *yk_tally_scale_items(const yk_tally *t, size_t s, size_t *k);

/* The covariance matrix (k x k, row-major, n - 1) of scale s's items over
 * the responses complete on it, in round r, group g (SIZE_MAX: all),
 * computed from exact sums; *n gets how many responses.  YK_ERR_ARGUMENT
 * with fewer than 2. */
yk_status yk_tally_scale_cov(const yk_tally *t, size_t r, size_t g, size_t s,
                             double *cov, int64_t *n);

/* Mean and sample standard deviation (n - 1) of tallied numbers, from
 * the exact sums: the variance's numerator n*sumsq - sum*sum is computed
 * in exact integers, so there is no cancellation however large the mean.
 * YK_ERR_ARGUMENT without numbers; *sd needs n >= 2 (else left at 0). */
yk_status yk_tally_moments(const yk_tally_numbers *x, double *mean, double *sd);

/* Responses counted in round r, group g (SIZE_MAX: all). */
int64_t yk_tally_responses(const yk_tally *t, size_t r, size_t g);

#endif
