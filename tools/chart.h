/* ykien command — charts: the options every kind shares, and the helpers
 * of the kinds (tools/chart_kinds.h), each a path from a tally to a chart
 * spec (lib/render/yk_chart_kinds.h). */
#ifndef YK_TOOLS_CHART_H
#define YK_TOOLS_CHART_H

#include "analysis.h"
#include "comments.h"
#include "yk_chart_kinds.h"
#include "messages.h"

enum { CHART_MAX_FAVOURABLE = 64 };

typedef struct {
    figure_opts f;              /* --by, --questions, --round, --min-base, -o... */
    double width, height;       /* points */
    double dpi;
    const char *title, *subtitle;
    int english;                /* --lang en */
    int dump;                   /* --dump: the model as text, not a picture */
    int neutral_aside;          /* --centre split */
    int quiet_fit;              /* a chart that does not fit returns EXIT_DATA unsaid */
    const char *favourable[CHART_MAX_FAVOURABLE];  /* rounds: --favourable Q=CODE+CODE */
    size_t nfavourable;
    const char *members, *present, *issued, *rules, *base;  /* votes: as in ykien votes */
    comments_opts comments;     /* themes, words: --codebook, --names... as in comments */
    size_t phrases;             /* words: --phrases N (0: CHART_PHRASES_DEFAULT) */
} chart_opts;

/* The chart's words in its language. */
typedef struct {
    const char *base;           /* "n" */
    const char *round;          /* "Round" */
    const char *source;         /* "Source" */
    const char *suppressed, *suppressed_end;    /* around the minimum base */
    const char *favourable;     /* the heading of likert's shares: the upper levels
                                   (figure_upper), favourable or not */
    const char *favourable_note;    /* what the share at a bar's end is */
    const char *reverse_mark;   /* after a reverse-worded statement: " (ngược chiều)" */
    const char *reverse_note;   /* what the mark means, for a chart's note */
} chart_words;

const chart_words *chart_words_for(const chart_opts *o);

/* A label of a question or choice in the chart's language: its label in
 * that language, else the first label it has, else its name. */
/* A label shown in a chart or a report is at most this many characters
 * (then "…"); the data and the figure tables keep it whole. */
enum { CHART_LABEL_MAX_CHARS = 150 };
/* --title and --subtitle: at most this many characters, UTF-8. */
enum { CHART_TITLE_MAX_CHARS = 300 };

/* label, or its first CHART_LABEL_MAX_CHARS characters and "…" when it is
 * longer: a label or a round's name must fit its row, and a cut never
 * splits a character (charts and reports escape text for markup after
 * this).  Borrowed: label's, or kept until the process exits. */
const char *chart_shown(const char *label);
/* The same, cut at most characters. */
const char *chart_clip(const char *label, size_t most);
/* A poll's chart gives each person a row: a name and a position are cut
 * shorter than other labels so that a body of 30 fits a page. */
enum { CHART_PERSON_MAX_CHARS = 60, CHART_POSITION_MAX_CHARS = 80 };

const char *chart_label(const yk_form *form, const char *const *labels, const char *name,
                        int english);
/* The same label, whole (a printed questionnaire shows every word). */
const char *chart_label_whole(const yk_form *form, const char *const *labels, const char *name,
                              int english);

/* Statement q's label (as chart_label) with the reverse-worded mark
 * after it when q is one, into buf (of size bytes); returns buf. */
const char *chart_statement(const yk_form *form, const yk_question *q, int english, char *buf,
                            size_t size);

/* The round to draw: --round, or the last.  SIZE_MAX after saying why. */
size_t chart_round(const yk_tally *t, const chart_opts *o);

/* SOURCE_DATE_EPOCH, or the newest input's time: a PDF's date, so the
 * same input gives the same bytes. */
long long chart_date(char **inputs, int n);

/* A kind: lays out its chart from the tally; 0 or an exit status. */
typedef int (*chart_kind_fn)(const yk_tally *t, const chart_opts *o, yk_chart *c);

/* A kind that reads its own input (a series of rounds, a poll) from the
 * files argv names: 0 or an exit status; *data gets EXIT_DATA when the
 * input had errors but the chart was drawn from what was read. */
typedef int (*chart_input_fn)(const chart_opts *o, int argc, char **argv, yk_chart *c,
                              int *data);

/* The note under a chart (tools/chart_note.c): its source (the survey's
 * title and round r), what its figures are (explain), then extra (may be
 * NULL), such as why some are missing.  A string to free; NULL when out
 * of memory. */
char *chart_note(const yk_tally *t, const chart_opts *o, size_t r, const char *explain,
                 const char *extra);
/* The same note for figures of form's survey in the round named round
 * ("" for loose files without rounds). */
char *chart_note_of(const yk_form *form, const char *round, const chart_opts *o,
                    const char *explain, const char *extra);

/* The sentence that says why a figure marked "…" is not shown: under
 * --min-base, or hidden with such a figure so that it cannot be worked
 * out by difference (tools/chart_disclosure.c). */
void chart_suppressed_text(const chart_opts *o, char *buf, size_t size);

/* Which of n units (base[i]: the answers a unit's figure rests on) a
 * chart hides: the primary and secondary rules of yk_disclosure.h with k
 * = --min-base; none with --no-suppression.  Returns how many. */
size_t chart_hide(const chart_opts *o, const double *base, size_t n, unsigned char *hidden);

/* Whether one figure not compared with any other (a question overall)
 * must be blank: no answers, or fewer than --min-base. */
int chart_unit_small(const chart_opts *o, double base);

/* The note's sentence when suppression is off (--no-suppression), or "". */
const char *chart_no_suppression_text(const chart_opts *o);

/* The charts of open answers, themes and words (tools/chart_comments.c):
 * one text question (--questions, or the form's only one) in one round
 * (--round, or the last). */
enum { CHART_PHRASES_DEFAULT = 15, CHART_PHRASES_MAX = 40, CHART_PHRASES_MIN_ANSWERS = 2 };
/* Their text is 9 points at least, at the size they are drawn (the
 * issue's rule for print); a report sets its own. */
#define CHART_COMMENTS_MIN_TEXT 9.0
typedef struct {
    const yk_comments *cm;
    size_t i;                   /* the question, among those the tally counted */
    const yk_question *question;
    const char *name, *label;   /* its name, and its label in the chart's language */
    size_t r;
    const char *round;          /* the round's name */
} chart_comments;
/* Pick the question and round kind draws into *q: 0, or an exit status
 * after saying why. */
int chart_comments_pick(const char *kind, const yk_comments *cm, const chart_opts *o,
                        chart_comments *q);
/* The note of q's chart (as chart_note); a string to free, NULL when out
 * of memory. */
char *chart_comments_note(const chart_comments *q, const chart_opts *o, const char *explain,
                          const char *extra);
/* Say that kind has too few answers (by unit: no unit has enough) to
 * draw q; EXIT_DATA. */
int chart_comments_too_few(const chart_comments *q, const chart_opts *o, const char *kind,
                           int by);
/* The comments tally of what argv names (comments_read): 0 with *out
 * set, *data EXIT_DATA when some rows had errors; else an exit status. */
int chart_comments_read(const chart_opts *o, int argc, char **argv, comments_data **out,
                        int *data);
/* The themes and words charts of a tally already read (a report's). */
int chart_themes_of(const yk_comments *cm, const chart_opts *o, yk_chart *c);
int chart_words_of(const yk_comments *cm, const chart_opts *o, yk_chart *c);

/* The rounds chart of a series already read (a report's). */
struct yk_series;
int chart_rounds_series(struct yk_series *s, const chart_opts *o, yk_chart *c);
/* The votes chart of a poll project (a report's; as chart_kind_votes.load). */
int chart_votes(const chart_opts *o, int argc, char **argv, yk_chart *c, int *data);
/* A poll's flag in words ("Miễn nhiệm", "dismissal"); NULL for "none". */
const char *chart_flag_words(const char *flag, int english);

#endif
