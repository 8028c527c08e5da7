/* ykien — reading a ballot's cell as a level, and the notes a file's
 * marks leave for its summary.  Shared by ballot.c and ballot_marks.c;
 * not part of the API.
 *
 * A cell is read, in this order: blank (no mark); a level's code or label
 * as written (NFC, runs of spaces made one); the same when case is
 * ignored, then when accents are ignored too ("Tin nhiem cao",
 * "TÍN NHIỆM CAO") — provided exactly one level matches, and noted, for a
 * summary warning; several levels (several boxes); else an unknown mark,
 * noted with its text and line for a summary.  Only the notes of the
 * current file are kept, in a fixed space: a few distinct marks with
 * their first lines, counts of the rest. */
#ifndef YK_BALLOT_IMPL_H
#define YK_BALLOT_IMPL_H

#include "yk_buf.h"
#include "yk_form.h"
#include "yk_poll.h"

typedef struct yk_ballot_marks yk_ballot_marks;

/* An index of the levels' codes and labels (n_languages of them); the
 * choices must outlive it. */
yk_status yk_ballot_marks_new(const yk_choice *const level[YK_N_LEVELS], size_t n_languages,
                              yk_ballot_marks **out);
void yk_ballot_marks_free(yk_ballot_marks *m);

/* The mark the cell s (n bytes, valid UTF-8 or not) holds; line is its
 * line in the file, for the notes. */
yk_status yk_ballot_marks_read(yk_ballot_marks *m, const char *s, size_t n,
                               unsigned long line, yk_mark *mark);

/* The current file's unknown marks: how many cells, and appended to out
 * a list of them ("'x' (lines 7, 9); 'khá' (line 12)"), each mark's text
 * cut to a few words and its first lines. */
unsigned long yk_ballot_marks_unknown(const yk_ballot_marks *m, yk_buf *out);

/* The current file's cells read as a level only when case or accents
 * are ignored: how many, on how many *lines, and appended to out their
 * first lines ("3, 4, 9 and 2 more"). */
unsigned long yk_ballot_marks_loose(const yk_ballot_marks *m, yk_buf *out,
                                    unsigned long *lines);

/* Forget the notes, for the next file. */
void yk_ballot_marks_forget(yk_ballot_marks *m);

#endif
