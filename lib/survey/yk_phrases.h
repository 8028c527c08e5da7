/* ykien — the phrases members use most: syllable n-grams of open answers.
 *
 * A Vietnamese word is one to three syllables, so the phrases counted are
 * every run of 1, 2 or 3 syllables of an answer (yk_words.h keys: lower
 * case, and loose if split so), counted once per answer that has it:
 * "cán bộ" in 120 answers is 120 whatever each repeats.  Left out: a run
 * whose first or last syllable is a stop word ("của", "và", "là", ...:
 * the shipped list, words/stop-vi.txt, or the office's own), a run
 * with a syllable of digits only or a masked one (yk_mask.h), and a run
 * across a masked span.
 *
 * A table keeps at most cap distinct phrases (YK_PHRASES_CAP by default:
 * about 30 MB).  Once full, a phrase not yet in it is not counted, and
 * how many such counts were dropped is kept (yk_phrases_dropped): the
 * counts of the phrases kept are exact only when it is 0, and the figures
 * say so.  Merging is exact while the tables stay under their cap.
 *
 * A phrase is shown in the lower-case spelling of the first answer that
 * had it (with loose keys, "cán bộ" for the key "can bo"). */
#ifndef YK_PHRASES_H
#define YK_PHRASES_H

#include <stddef.h>
#include <stdint.h>
#include "yk_words.h"

enum { YK_PHRASES_MAX_N = 3, YK_PHRASES_CAP = 200000 };

/* Stop words: a set of syllable keys, from a file of one word per line
 * ('#' starts a comment).  Keys are made as the phrases' (lower case;
 * loose when the table is). */
typedef struct yk_stop yk_stop;
yk_status yk_stop_new(int loose, yk_stop **out);
/* Add word (UTF-8; its syllables, each a stop word). */
yk_status yk_stop_add(yk_stop *s, const char *word, size_t n);
/* Add every word of a stop-word file's text. */
yk_status yk_stop_add_list(yk_stop *s, const char *text, size_t n);
int yk_stop_has(const yk_stop *s, const yk_words *ws, size_t i);
void yk_stop_free(yk_stop *s);

typedef struct yk_phrases yk_phrases;

/* An empty table keeping at most cap phrases (0: YK_PHRASES_CAP); stop
 * (may be NULL; borrowed, it must outlive the table) the stop words. */
yk_status yk_phrases_new(size_t cap, const yk_stop *stop, yk_phrases **out);
void yk_phrases_free(yk_phrases *p);

/* Count the phrases of one answer: text (its bytes, for the spelling
 * shown) split into ws. */
yk_status yk_phrases_add(yk_phrases *p, const char *text, const yk_words *ws);

/* Add b's counts to a (spellings: a's, else b's). */
yk_status yk_phrases_merge(yk_phrases *a, const yk_phrases *b);

/* Answers counted, and phrase counts dropped at the cap. */
int64_t yk_phrases_answers(const yk_phrases *p);
int64_t yk_phrases_dropped(const yk_phrases *p);

typedef struct {
    const char *text;           /* as shown; borrowed from the table */
    size_t words;               /* syllables: 1..YK_PHRASES_MAX_N */
    int64_t answers;            /* answers that have it */
} yk_phrase;

/* The phrases of at least min answers, most answers first (then more
 * syllables first, then by text in byte order), at most max of them, but
 * not one that only repeats a longer one: a phrase is left out when a
 * longer phrase containing it has as many answers (then it was never
 * said apart from it).  *out (free() it) gets *n of them.  YK_OK or
 * YK_ERR_NOMEM. */
yk_status yk_phrases_top(const yk_phrases *p, int64_t min, size_t max, yk_phrase **out,
                         size_t *n);

#endif
