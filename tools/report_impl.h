/* ykien report — what the section files share: the helpers in
 * report_common.c (numbers, words, tables, charts, a survey's themes).
 * Private to the report's files. */
#ifndef YK_TOOLS_REPORT_IMPL_H
#define YK_TOOLS_REPORT_IMPL_H

#include "chart_kinds.h"
#include "report.h"
#include "series.h"
#include "yk_table.h"

/* Millimetres to points. */
#define MM 2.834645669

/* What a cell's string shows, for the report's workbook: a number
 * (decimals >= 0; NAN when shown as "–"), a percent when it is shown with
 * "%", or text (decimals -1). */
typedef struct {
    double value;
    signed char decimals;
    char percent;
} cell_number;

/* Cells of a table being built: a growing array of owned strings, and
 * what each shows. */
typedef struct {
    char **cells;
    cell_number *numbers;
    size_t n, cap;
    int failed;
} cells;

static inline const char *label_of(const report *r, const char *const *labels, const char *name)
{
    return chart_label(yk_tally_form(r->t), labels, name, r->english);
}

/* report_common.c */
void report_p(const report *r, double p, char *buf, size_t size);
/* A figure verb's table for the last round, grouped by `by` (NULL: the
 * whole survey) and limited to `questions` (NULL: all). */
int report_make_table(report *r, const figure_table *f, const char *by, const char *questions,
                      yk_table *tab);
const char *report_statement(const report *r, const yk_question *q, char *buf, size_t size);
const char *report_quoted(const report *r, const yk_question *q, char *buf, size_t size);
void report_answers_words(const report *r, const yk_question *q, const yk_figure_levels *l,
                          const unsigned char *which, char *buf, size_t size);
int report_any_reverse(const report *r);
int report_para(report *r, const char *text);
/* A table of c's cells, ncols a row, with a numbered caption: in the
 * document, or as a sheet of the workbook (r->book). */
int report_add_table(report *r, const char *title, size_t ncols, const double *shares,
                     const int *right, const char *const *header, const cells *c);
void report_put(cells *c, const char *s);
void report_put_number(cells *c, const report *r, double v, int decimals, const char *suffix);
/* A p-value as report_p writes it; a number cell from 0.001 up. */
void report_put_p(cells *c, const report *r, double p);
void report_cells_free(cells *c);
int report_add_chart(report *r, const chart_kind *kind, const char *by, const char *questions,
                     double height, const char *title);
int report_rounds_chart(report *r, yk_series *s, const char *question, const char *title);
const char *report_theme_title(report *r, size_t s);
const char *report_scale_title(report *r, const char *name);
char *report_scale_items(report *r, size_t s, const yk_choice_list *only);
int report_unit_hidden(const report *r, const yk_question *q, size_t u);

/* The respondents' age question (report_profile.c), or NULL. */
const yk_question *report_age_question(const report *r);

/* The section files, for one another. */
void report_put_interval(cells *c, const report *r, double low, double high);   /* themes */
int report_units_told(report *r, const yk_table *c, int direction);        /* units */
int report_vs_rest_table(report *r, yk_table *c);                          /* units */

#endif
