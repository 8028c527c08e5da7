/* ykien — coding responses: from the rows of a data file to answers of a
 * form.
 *
 * Each data file's header is matched to the form's questions by name, by
 * group path ("tu_tuong/q01", as KoboToolbox writes it), or by label in any
 * language (Google Forms writes the question text), comparing text keys
 * (yk_textkey.h).  Each answer may be a code or a label in any language, or
 * for a unit one of its aliases; several answers of a select_multiple may
 * be space-separated codes (Kobo), labels joined by ", " (Google Forms,
 * matched longest first), ";"-joined, or Kobo's 0/1 column per choice.
 *
 * Every problem goes to the diagnostics callback with file, line and
 * column; a row with problems is still coded as far as it can be and
 * handed on, marked, never dropped.  Blank rows and the totals rows of
 * hand-made sheets are reported and not counted as responses.
 *
 * Double submissions: a row whose identity (the respondent id question;
 * without one, Kobo's _uuid or meta/instanceID; without those, the
 * submission time: _submission_time, end, Timestamp, Dấu thời gian) and
 * every answer repeat an earlier row of the same round is reported and not
 * handed on, unless keep_duplicates.  A repeated id with other answers is
 * an error; identical answers without a shared identity are only a
 * warning, and only from YK_CODER_POSSIBLE_DUPLICATE_MIN answers. */
#ifndef YK_CODER_H
#define YK_CODER_H

#include <stddef.h>
#include "yk_form.h"
#include "yk_reader.h"

typedef enum {
    YK_ANSWER_MISSING,      /* blank, or no column for the question */
    YK_ANSWER_OK,
    YK_ANSWER_INVALID       /* could not be coded; reported */
} yk_answer_state;

typedef struct {
    yk_answer_state state;
    size_t choice;              /* select_one: index in the question's list */
    const unsigned char *chosen;/* select_multiple: 0/1 per choice of the
                                   list (borrowed; all 0 unless OK) */
    double number;              /* integer and decimal */
    const char *text;           /* text, date, meta: the field as read */
    size_t text_len;
} yk_answer;

typedef struct {
    const char *source;
    unsigned long line;
    const yk_answer *answers;   /* one per question, in form order */
    unsigned long errors;       /* problems of error severity in this row */
} yk_response;

/* A data file's header that names a question in its own words ("Câu 1"
 * for tt1): matched before names and labels, as text keys. */
typedef struct {
    const char *header;
    const char *question;       /* a question's name or path */
} yk_column_alias;

typedef struct {
    const char *unit;           /* the grouping question's name, or NULL */
    const char *id;             /* the respondent id question, or NULL */
    int no_duplicates;          /* skip the duplicate checks (they keep a
                                   hash and a line per response) */
    const yk_column_alias *columns; /* borrowed for the coder's life */
    size_t n_columns;
    int keep_duplicates;        /* hand double submissions on, not only
                                   report them */
    size_t straight_min;        /* check straight-lining on scales of at
                                   least this many items; 0: the default,
                                   YK_CODER_STRAIGHT_MIN */
    int only_doubles;           /* of the duplicate checks, only double
                                   submissions (what changes a figure):
                                   no table of ids or of answers alone */
} yk_coder_options;

/* Straight-lining on fewer items is common among honest respondents
 * (three "Đồng ý" in a row), so it is not checked there by default. */
#define YK_CODER_STRAIGHT_MIN 5

/* Identical answers on a form this short prove nothing: only rows with at
 * least this many answers (besides the unit and the respondent id) are
 * flagged as possible duplicates when nothing else ties them. */
#define YK_CODER_POSSIBLE_DUPLICATE_MIN 10

/* rows == responses + skipped + rows_unread. */
typedef struct {
    unsigned long rows;         /* data rows read */
    unsigned long responses;    /* coded and handed on */
    unsigned long with_errors;  /* responses with at least one error */
    unsigned long no_unit;      /* responses without a known unit (blank
                                   or not one of the form's units) */
    unsigned long skipped;      /* rows not handed on: the three below */
    unsigned long blank, totals;
    unsigned long doubles;      /* double submissions left out (or, with
                                   keep_duplicates, found and handed on:
                                   then not in skipped) */
    unsigned long files_unmatched;  /* files whose header matched no
                                   question, or under half the required */
    unsigned long rows_unread;  /* the rows of those files: not coded */
    unsigned long errors, warnings;
    unsigned long file_errors;  /* errors about a whole file (its header),
                                   not one row */
} yk_coder_stats;

typedef struct yk_coder yk_coder;

/* The form must outlive the coder.  Unknown option names are
 * YK_ERR_ARGUMENT, reported through diag. */
yk_status yk_coder_new(const yk_form *form, const yk_coder_options *opt,
                       yk_diag_fn diag, void *diag_ctx, yk_coder **out);
void yk_coder_free(yk_coder *c);

/* Start a data file: match its header row.  Unmatched columns are
 * warnings, required questions without a column errors; the file can be
 * coded either way, unless no column holds answers to a question (the
 * unit and id questions aside), or fewer than half of the required
 * questions have one: then
 * one error ("columns-unmatched") lists the unmatched headers, no
 * warning per column is given, and the file's rows are counted in
 * rows_unread and never handed on (yk_coder_row gives NULL): a file of
 * all answers lost is an input that cannot give a right figure. */
yk_status yk_coder_header(yk_coder *c, const yk_row *header);

/* Code one data row of the current file.  *resp is NULL for a blank or
 * totals row, a double submission left out, and every row of a file whose
 * header matched too little; else borrowed until the next call. */
yk_status yk_coder_row(yk_coder *c, const yk_row *row, const yk_response **resp);

/* Forget the respondent ids and answers seen, e.g. between rounds. */
void yk_coder_new_round(yk_coder *c);

const yk_coder_stats *yk_coder_stats_get(const yk_coder *c);

#endif
