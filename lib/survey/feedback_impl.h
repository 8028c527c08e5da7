/* ykien — the insides of a feedback tally (yk_feedback.h), shared by
 * feedback_form.c (finding targets), feedback.c (counting, merging,
 * reading) and feedback_remarks.c (finish). */
#ifndef YK_FEEDBACK_IMPL_H
#define YK_FEEDBACK_IMPL_H

#include <stdint.h>
#include "yk_arena.h"
#include "yk_buf.h"
#include "yk_feedback.h"
#include "yk_index.h"

/* A text unit question's distinct answers kept for the mask: enough for
 * every unit of a province, bounded so a column of free text cannot make
 * the mask huge. */
enum { FEEDBACK_MAX_UNIT_NAMES = 2000 };

/* One line of a remark cell, as read: its text is the distinct line
 * `line` (the same remark written by many is kept once).  cell numbers
 * the cell it came from (one contribution's answer to one remark
 * question), so a contributor who wrote a remark twice counts once. */
typedef struct {
    uint64_t cell;
    uint32_t line;
    uint32_t target;
    uint8_t kind, from;
} raw_remark;

/* A distinct line's text: text.data + off, len bytes. */
typedef struct {
    size_t off, len;
} line_text;

/* The distinct answers of a text unit question, by text key. */
typedef struct {
    const char **name;          /* in the arena, as first written */
    const char **key;
    size_t n, cap;
    yk_index ix;
    yk_arena arena;
} unit_names;

struct yk_feedback {
    const yk_form *form;
    char *unit;                 /* the unit question's name, or NULL */
    size_t unit_q;              /* its form index, or SIZE_MAX */
    yk_feedback_target *targets;
    size_t n_targets;
    yk_feedback_criterion *criteria;
    size_t n_criteria;

    int64_t contributions[YK_FROM_N];
    int64_t *wrote;             /* [target][kind][from] */
    int64_t *rated;             /* [target][from] */
    size_t *rating_at;          /* per criterion: its counts in ratings */
    int64_t *ratings;           /* [choice 0..n][from], n: the base */
    uint64_t cells;             /* remark cells numbered so far */

    raw_remark *raw;            /* kept until finish */
    size_t n_raw, cap_raw;
    line_text *lines;           /* the distinct lines, in text */
    size_t n_lines, cap_lines;
    yk_index lines_ix;
    yk_buf text;
    unit_names units;
    int64_t cut;

    /* After finish. */
    int finished;
    size_t n_themes;            /* of the codebook finish was given */
    yk_feedback_remark **remarks;   /* [target][kind] */
    size_t *n_remarks;
    int64_t *theme_counts;      /* [target][kind][theme 0..n_themes][from] */
    yk_arena texts;             /* the merged remarks' texts */
    int64_t masked;

    /* Working space reused cell after cell. */
    yk_buf key, scratch;
};

/* Find the form's targets and criteria into f (f->form and f->unit_q
 * set), reporting the form's problems.  YK_ERR_PARSE after an error,
 * YK_ERR_NOMEM. */
yk_status yk_feedback_find(yk_feedback *f, const char *survey_source, yk_diag_fn diag,
                           void *diag_ctx);

/* Lay out f's counts for its targets and criteria.  YK_ERR_NOMEM. */
yk_status yk_feedback_alloc_counts(yk_feedback *f);

#endif
