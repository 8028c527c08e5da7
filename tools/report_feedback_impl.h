/* ykien report — what the self-review's files share (report_feedback.c,
 * report_feedback_ratings.c).  Private to them. */
#ifndef YK_TOOLS_REPORT_FEEDBACK_IMPL_H
#define YK_TOOLS_REPORT_FEEDBACK_IMPL_H

#include "report.h"
#include "yk_figures_feedback.h"

/* The feedback verb's tables, made once per section from the tally. */
typedef struct {
    yk_table remarks, themes, ratings;
    unsigned long blank;        /* the ratings' figures not shown */
} feedback_tables;

/* A count as the report writes numbers: "1.234". */
void report_feedback_count(const report *r, double v, char *buf, size_t size);
/* Whether row i of tab is of target and, when kind is not NULL, of kind. */
int report_feedback_row_is(const yk_table *tab, size_t i, size_t tcol, const char *target,
                           size_t kcol, const char *kind);
/* Target t's ratings: a table per run of criteria on one choice list
 * (the criteria's list, then the overall grade's), and the note on "–";
 * name is how the captions call the target.  0 or an exit status. */
int report_feedback_ratings(report *r, const feedback_tables *ft, size_t t, const char *name);

#endif
