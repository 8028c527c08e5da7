/* ykien — coding the rows of a ballots file into ballots of a poll.
 *
 * The form (yk_form.h) is the ballot: each select_one question of the
 * list of levels is a person (its label the full name, its hint the
 * position), and the list's three choices are the levels.  Which choice
 * is which level is read from the choices' values: the highest value is
 * "tín nhiệm cao" (high), the middle one "tín nhiệm" (trust), the lowest
 * "tín nhiệm thấp" (low).  A choice whose label is one of those three
 * Vietnamese wordings must sit at that level, else the form is refused (a
 * list without a value column is numbered 1, 2, 3 from the top, which
 * would turn "cao" first into the lowest).
 *
 * A data file has a column per person, matched by name, group path or
 * label in any language, as the survey coder does (text keys: NFC, case
 * folded, spaces collapsed).  A person's cell holds the code or label of
 * the box marked: empty for no box; the codes or labels of several boxes
 * separated by spaces, ',' ';' or '|' for several.  A cell that matches
 * exactly one level only when case or accents are ignored ("Tin nhiem
 * cao") is that level, and told once a file in a summary warning
 * (poll-loose-mark: how many cells, the first lines).  Anything else is
 * an unknown mark: the line is invalid for that person, and at the end of
 * the file one diagnostic (poll-unknown-mark) lists the unknown marks'
 * texts and lines — never a person or a column — as an error, or as a
 * warning when the options say unknown marks are invalid lines.
 *
 * A ballot is invalid as a whole when it adds a name — something written
 * in a column of added names: the columns the options name, else the
 * form's text questions — or strikes one: the struck column (an option)
 * holds a mark, anything but blank, 0, no, không, false.  Other questions
 * of the form, bookkeeping (a timestamp, Kobo's "_..." columns) and the
 * ballot number (a header such as STT, TT, Số phiếu, so_phieu, compared
 * without case or accents) are not read.  Any other column is an error
 * (poll-unknown-column): what it holds could change a count.  A column
 * with no header must stay blank (else poll-unnamed-column).
 *
 * Diagnostics: poll-form (the form cannot be a ballot: no list of three
 * levels, levels out of order; at setup, line 0), poll-option (an option
 * names no list), poll-column-missing (a person or the struck column has
 * no column in a file), poll-column-duplicate, poll-unknown-column,
 * poll-unnamed-column, poll-unknown-mark (errors; the last a warning when
 * asked); poll-loose-mark, blank-row (warnings).  A ballot coder keeps
 * only the current row's marks, and of a file's bad marks a few texts and
 * lines. */
#ifndef YK_BALLOT_H
#define YK_BALLOT_H

#include <stddef.h>
#include "yk_form.h"
#include "yk_poll.h"
#include "yk_reader.h"

typedef struct {
    const char *form_source;    /* names the form in setup diagnostics */
    const char *levels;         /* the list of levels; NULL: the one list
                                   the form's select_one questions use */
    const char *struck;         /* the column of the "struck" mark, or NULL */
    const char *const *added;   /* columns of added names; NULL: the form's
                                   text questions */
    size_t n_added;
    int unknown_invalid;        /* an unknown mark is an invalid line, told
                                   in a warning; 0: an error */
} yk_ballot_options;

typedef struct yk_ballot_coder yk_ballot_coder;

/* The form and options must outlive the coder.  YK_ERR_PARSE when the
 * form cannot be a ballot, YK_ERR_ARGUMENT when an option names no list
 * of the form, each reported through diag. */
yk_status yk_ballot_coder_new(const yk_form *form, const yk_ballot_options *o,
                              yk_diag_fn diag, void *diag_ctx, yk_ballot_coder **out);
void yk_ballot_coder_free(yk_ballot_coder *c);

/* The persons, in form order; borrowed from the form. */
size_t yk_ballot_coder_n_persons(const yk_ballot_coder *c);
const yk_question *yk_ballot_coder_person(const yk_ballot_coder *c, size_t i);
/* The choice of the form's list that is level l; borrowed. */
const yk_choice *yk_ballot_coder_level(const yk_ballot_coder *c, yk_level l);

/* Start a file: match its header row (ending the file before, if
 * yk_ballot_coder_end was not called). */
yk_status yk_ballot_coder_header(yk_ballot_coder *c, const yk_row *header);

/* Code one row of the current file.  *out is NULL for a blank row, else
 * borrowed until the next call. */
yk_status yk_ballot_coder_row(yk_ballot_coder *c, const yk_row *row, const yk_ballot **out);

/* End the current file: give its summaries (unknown marks, marks read
 * loosely) and forget them. */
yk_status yk_ballot_coder_end(yk_ballot_coder *c);

/* Errors reported so far (setup, headers, rows and summaries). */
unsigned long yk_ballot_coder_errors(const yk_ballot_coder *c);

#endif
