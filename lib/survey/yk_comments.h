/* ykien — the open answers' tally: who wrote something, about what, in
 * which words, and a few of the answers themselves, masked.
 *
 * One pass over the coded responses fills, for every text question of the
 * form (not the respondent id, not meta or date fields), per round and
 * group (as yk_tally groups: the grouping question's choices, then
 * responses without one):
 *
 *   responses    responses counted (the base of "how many wrote");
 *   answered     responses with a non-blank answer that has at least one
 *                syllable ("." or "-" is not an answer);
 *   themes       for each theme of the codebook (yk_themes.h), answers
 *                belonging to it, and those belonging to none (uncoded);
 *
 * and per round (all groups): the answers' phrases (yk_phrases.h).
 * Everything is counted on the masked answer (yk_mask.h), so a phone
 * number or a listed name is never a phrase, nor makes a theme.
 *
 * Answers themselves, masked, are kept only as:
 *
 *   quotes       per question and theme (and for uncoded answers), up to
 *                opts.quotes distinct answers, chosen reproducibly: each
 *                distinct answer draws a key from the seed and its own
 *                text, u^(1/w) with u uniform in (0,1) and w its length in
 *                characters (a weighted sample without replacement, after
 *                Efraimidis and Spirakis, 2006), and the highest keys are
 *                kept, so longer answers are preferred, the same answers
 *                are chosen whatever the order or the threads that read
 *                them, and merging keeps exactly what one pass keeps;
 *   uncoded      per question, the distinct uncoded answers (compared as
 *                text keys, yk_textkey.h) with how many gave each, up to
 *                YK_COMMENTS_UNCODED_CAP of them (the rest counted as
 *                dropped), for the office to extend its codebook.
 *
 * A quote keeps the round and group of the first answer that gave it;
 * whether a group may be shown is the reader's rule (--min-base).
 * Nothing here is saved in tally files.  Counts merge exactly. */
#ifndef YK_COMMENTS_H
#define YK_COMMENTS_H

#include <stddef.h>
#include <stdint.h>
#include "yk_coder.h"
#include "yk_form.h"
#include "yk_mask.h"
#include "yk_phrases.h"
#include "yk_themes.h"

enum { YK_COMMENTS_UNCODED_CAP = 10000, YK_COMMENTS_QUOTE_MAX_BYTES = 2000 };

typedef struct {
    const yk_themes *themes;    /* may be NULL: no themes, every answer uncoded */
    const yk_mask *mask;        /* names to mask; NULL: numbers and addresses only */
    const yk_stop *stop;        /* may be NULL */
    int loose;                  /* --ignore-accents; the themes must agree */
    size_t quotes;              /* per question and theme; 0: none kept */
    uint64_t seed;
    size_t phrases_cap;         /* 0: YK_PHRASES_CAP */
    int uncoded;                /* keep the distinct uncoded answers */
    const char *questions;      /* comma-separated text questions (NULL: all) */
    const char *id;             /* the respondent id question (name or path),
                                   never counted; NULL: none */
} yk_comments_opts;

typedef struct yk_comments yk_comments;

/* An empty tally for form (which must outlive it, as must everything o
 * points to), grouped by the select_one question named group (NULL: one
 * group).  YK_ERR_ARGUMENT when group is not a select_one of form, when a
 * question o names is not a text question, or themes' looseness is not
 * o->loose. */
yk_status yk_comments_new(const yk_form *form, const char *group, const yk_comments_opts *o,
                          yk_comments **out);
void yk_comments_free(yk_comments *c);

/* Count one response of round (any name, copied). */
yk_status yk_comments_add(yk_comments *c, const char *round, const yk_response *r);

/* Add everything in b to a: both made for the same form, grouping and
 * options (else YK_ERR_ARGUMENT). */
yk_status yk_comments_merge(yk_comments *a, const yk_comments *b);

const yk_form *yk_comments_form(const yk_comments *c);
const yk_themes *yk_comments_themes(const yk_comments *c);   /* may be NULL */
const yk_question *yk_comments_group(const yk_comments *c);  /* may be NULL */

/* The text questions counted: form indexes, in form order. */
size_t yk_comments_n_questions(const yk_comments *c);
size_t yk_comments_question(const yk_comments *c, size_t i);

size_t yk_comments_n_rounds(const yk_comments *c);
const char *yk_comments_round(const yk_comments *c, size_t r);
size_t yk_comments_n_groups(const yk_comments *c);   /* as yk_tally_n_groups */

/* In round r, group g (SIZE_MAX: all groups): responses; answers to
 * question i (of the counted, not a form index); and answers to it in
 * theme th (th == yk_themes_n: uncoded). */
int64_t yk_comments_responses(const yk_comments *c, size_t r, size_t g);
int64_t yk_comments_answered(const yk_comments *c, size_t r, size_t g, size_t i);
int64_t yk_comments_theme(const yk_comments *c, size_t r, size_t g, size_t i, size_t th);

/* Question i's phrases in round r. */
const yk_phrases *yk_comments_phrases(const yk_comments *c, size_t r, size_t i);

typedef struct {
    const char *text;           /* masked, NFC; borrowed */
    size_t round, group;        /* of the first answer that gave it */
    int64_t answers;            /* how many gave it (the uncoded list) */
} yk_comment_quote;

/* Question i's quotes for theme th (th == yk_themes_n: uncoded answers),
 * best key first: *n of them, borrowed. */
const yk_comment_quote *yk_comments_quotes(const yk_comments *c, size_t i, size_t th,
                                           size_t *n);

/* Question i's distinct uncoded answers, most answers first (then by
 * text; sorted by this call): *n of them, borrowed; *dropped (may be NULL) answers not kept
 * past the cap. */
const yk_comment_quote *yk_comments_uncoded(yk_comments *c, size_t i, size_t *n,
                                            int64_t *dropped);

/* Personal data spans masked so far, over every answer read. */
int64_t yk_comments_masked(const yk_comments *c);

#endif
