/* ykien — the figures of open answers (`ykien comments`, its charts and
 * the report's section), from a comments tally (yk_comments.h).
 *
 * Every table is one row per figure, per round (o->round: only that one)
 * and group (o->by: one block per unit, after the whole survey's; else the
 * whole survey only; group "" is all respondents, else the unit's code as
 * freq writes it).  Shares are percents with 95% Wilson intervals, as
 * freq's.  A unit's figures resting on fewer than o->min_base responses
 * (answered: its responses; themes: its answers to the question) are
 * blank and counted in *blank, as yk_figures_hide_groups() decides, so
 * that a hidden unit cannot be worked out from the others and the total.
 * o->questions keeps only the text questions it names. */
#ifndef YK_FIGURES_COMMENTS_H
#define YK_FIGURES_COMMENTS_H

#include "yk_comments.h"
#include "yk_figures.h"
#include "yk_table.h"

/* How many wrote something: answered of base (the responses). */
enum {
    YK_ANSWERED_ROUND, YK_ANSWERED_GROUP, YK_ANSWERED_QUESTION, YK_ANSWERED_LABEL,
    YK_ANSWERED_N, YK_ANSWERED_BASE, YK_ANSWERED_PERCENT, YK_ANSWERED_CI_LOW,
    YK_ANSWERED_CI_HIGH,
    YK_ANSWERED_NCOLS
};
extern const char *const yk_answered_columns[];
yk_status yk_figures_answered(const yk_comments *c, const yk_figure_opts *o, yk_table *tab,
                              unsigned long *blank);

/* Each theme's answers of those who answered the question (base), then
 * the uncoded answers as theme "_uncoded" (label "Chưa xếp chủ đề", or
 * "Not coded" in English).  A table with no codebook has only "_uncoded"
 * rows.  Themes in codebook order. */
enum {
    YK_THEMES_ROUND, YK_THEMES_GROUP, YK_THEMES_QUESTION, YK_THEMES_THEME, YK_THEMES_LABEL,
    YK_THEMES_N, YK_THEMES_BASE, YK_THEMES_PERCENT, YK_THEMES_CI_LOW, YK_THEMES_CI_HIGH,
    YK_THEMES_NCOLS
};
extern const char *const yk_themes_columns[];
#define YK_THEMES_UNCODED "_uncoded"
yk_status yk_figures_themes(const yk_comments *c, const yk_figure_opts *o, int english,
                            yk_table *tab, unsigned long *blank);

/* Each theme compared across the units shown (its share of each unit's
 * answers): Pearson's chi-square of the units x (theme, not) table, as R's
 * chisq.test(correct = FALSE), its df and p, and p adjusted over the
 * question's themes in the round by Holm (o->bh: Benjamini-Hochberg).
 * Units hidden under o->min_base are left out of the test, as from every
 * table; a theme with fewer than two units left, or that no answer or
 * every answer has, has no test (blank).  Needs a grouped tally (else no
 * rows). */
enum {
    YK_THEMES_TEST_ROUND, YK_THEMES_TEST_QUESTION, YK_THEMES_TEST_THEME,
    YK_THEMES_TEST_LABEL, YK_THEMES_TEST_UNITS, YK_THEMES_TEST_CHISQ, YK_THEMES_TEST_DF,
    YK_THEMES_TEST_P, YK_THEMES_TEST_P_ADJUSTED,
    YK_THEMES_TEST_NCOLS
};
extern const char *const yk_themes_test_columns[];
yk_status yk_figures_themes_test(const yk_comments *c, const yk_figure_opts *o, int english,
                                 yk_table *tab, unsigned long *blank);

/* Each theme's share from each round to the next, as `ykien rounds`
 * compares shares: both percents, the change in points with Newcombe's
 * 95% interval, the two-proportion z test's p, and p adjusted over the
 * table by Holm (o->bh: Benjamini-Hochberg).  One row per pair of
 * consecutive rounds (in the tally's order), question and theme, for the
 * whole survey and (o->by) each unit shown in both rounds. */
enum {
    YK_THEMES_CHANGE_FROM, YK_THEMES_CHANGE_TO, YK_THEMES_CHANGE_GROUP,
    YK_THEMES_CHANGE_QUESTION, YK_THEMES_CHANGE_THEME, YK_THEMES_CHANGE_LABEL,
    YK_THEMES_CHANGE_PERCENT_FROM, YK_THEMES_CHANGE_PERCENT_TO, YK_THEMES_CHANGE_POINTS,
    YK_THEMES_CHANGE_CI_LOW, YK_THEMES_CHANGE_CI_HIGH, YK_THEMES_CHANGE_P,
    YK_THEMES_CHANGE_P_ADJUSTED,
    YK_THEMES_CHANGE_NCOLS
};
extern const char *const yk_themes_change_columns[];
yk_status yk_figures_themes_change(const yk_comments *c, const yk_figure_opts *o,
                                   int english, yk_table *tab, unsigned long *blank);

/* The most frequent phrases of each question (yk_phrases_top: at least
 * min_answers answers, at most max), per round (never by unit): rank,
 * phrase, syllables, answers that have it, of base (the question's
 * answers), as a percent.  A phrase of fewer than o->min_base answers is
 * not listed (it could be one member's words), nor counted as blank.
 * When the round's table dropped counts at its cap, o->diag is told. */
enum {
    YK_PHRASES_ROUND, YK_PHRASES_QUESTION, YK_PHRASES_RANK, YK_PHRASES_PHRASE,
    YK_PHRASES_WORDS, YK_PHRASES_N, YK_PHRASES_BASE, YK_PHRASES_PERCENT,
    YK_PHRASES_NCOLS
};
extern const char *const yk_phrases_columns[];
yk_status yk_figures_phrases(const yk_comments *c, const yk_figure_opts *o, int64_t min_answers,
                             size_t max, yk_table *tab);

/* The quotes kept (yk_comments_quotes), masked, per question and theme
 * (then "_uncoded"): the quote's round, and its unit's code only when the
 * unit has at least o->min_base responses in that round (else ""), and
 * never when o->min_base is 0 with suppression on. */
enum {
    YK_QUOTES_QUESTION, YK_QUOTES_THEME, YK_QUOTES_LABEL, YK_QUOTES_RANK, YK_QUOTES_ROUND,
    YK_QUOTES_GROUP, YK_QUOTES_QUOTE,
    YK_QUOTES_NCOLS
};
extern const char *const yk_quotes_columns[];
yk_status yk_figures_quotes(const yk_comments *c, const yk_figure_opts *o, int english,
                            yk_table *tab);

/* The distinct uncoded answers of each question, masked, most given first,
 * with how many gave each (yk_comments_uncoded). */
enum {
    YK_UNCODED_QUESTION, YK_UNCODED_ANSWERS, YK_UNCODED_TEXT,
    YK_UNCODED_NCOLS
};
extern const char *const yk_uncoded_columns[];
yk_status yk_figures_uncoded(yk_comments *c, const yk_figure_opts *o, yk_table *tab);

#endif
