/* ykien report — a member's ratings in the self-review's compilation: a
 * table per choice list (the review's criteria, then the overall grade),
 * criteria as rows in a group for collectives and one for individuals
 * (never added together), "n (x,x%)" of each choice and the base; "–"
 * where the figures' rule hides them, with a note.  Every figure is a
 * cell of `ykien feedback`'s ratings table (yk_figures_ratings). */
#include <stdlib.h>
#include <string.h>
#include "feedback.h"
#include "report.h"
#include "report_impl.h"
#include "report_feedback_impl.h"
#include "yk_text.h"

/* A ratings table's most choice columns (a criterion's list) and rows
 * (criteria: more make another table). */
enum { MOST_CHOICES = 8, MOST_CRITERIA = 32 };

/* "45 (37,5%)", or "–" when the figure is not shown. */
static void rating_cell(const report *r, const yk_table *ra, size_t i, char *buf, size_t size)
{
    if (!yk_table_is_shown(ra, i, YK_RATINGS_N)) {
        yk_text_snprintf(buf, size, "–");
        return;
    }
    char n[32], pct[32];
    report_feedback_count(r, yk_table_value(ra, i, YK_RATINGS_N), n, sizeof n);
    report_number(r, yk_table_value(ra, i, YK_RATINGS_PERCENT), 1, "%", pct, sizeof pct);
    yk_text_snprintf(buf, size, "%s (%s)", n, pct);
}

/* A criterion's label without a last bracket naming the member ("Phẩm
 * chất chính trị (đồng chí Nguyễn Văn An)"): the table is under the
 * member's heading already.  Into buf. */
static const char *criterion_words(const char *label, const char *member, char *buf,
                                   size_t size)
{
    size_t n = strlen(label);
    const char *open = strrchr(label, '(');
    yk_text_snprintf(buf, size, "%s", label);
    if (!open || open == label || n < 2 || label[n - 1] != ')' || !*member)
        return buf;
    char *inside = strndup(open, (size_t)(label + n - open));
    int names = inside && strstr(inside, member) != NULL;
    free(inside);
    if (names && (size_t)(open - label) < size) {
        size_t cut = (size_t)(open - label);
        while (cut > 0 && buf[cut - 1] == ' ')
            cut--;
        buf[cut] = '\0';
    }
    return buf;
}

/* The rows of one kind of contributor for criteria [c0, c1) of the
 * ratings table: a row naming the kind, then a row per criterion (its
 * label, a cell per choice, the base); *blank set when one is not shown.
 * A kind that rated nothing has no row in the table, so none here. */
static void from_rows(const report *r, const yk_table *ra, const char *target, const char *from,
                      msg_id title, size_t nchoices, const char *const *criteria,
                      size_t ncriteria, cells *c, int *blank)
{
    int titled = 0;
    for (size_t k = 0; k < ncriteria; k++) {
        size_t put = 0;
        char cell[1024];
        for (size_t i = 0; i < yk_table_n_rows(ra) && put < nchoices; i++) {
            if (!report_feedback_row_is(ra, i, YK_RATINGS_TARGET, target, YK_RATINGS_CRITERION,
                                        criteria[k]) ||
                strcmp(yk_table_text_at(ra, i, YK_RATINGS_FROM), from) != 0)
                continue;
            if (!titled++) {
                report_put(c, msg(title, lang_of(r->english)));
                for (size_t j = 0; j <= nchoices; j++)
                    report_put(c, "");
            }
            if (!put)
                report_put(c, criterion_words(yk_table_text_at(ra, i, YK_RATINGS_CRITERION_LABEL),
                                              yk_table_text_at(ra, i, YK_RATINGS_TARGET_LABEL),
                                              cell, sizeof cell));
            rating_cell(r, ra, i, cell, sizeof cell);
            *blank |= !yk_table_is_shown(ra, i, YK_RATINGS_N);
            report_put(c, cell);
            if (++put == nchoices) {
                if (yk_table_is_shown(ra, i, YK_RATINGS_BASE))
                    report_feedback_count(r, yk_table_value(ra, i, YK_RATINGS_BASE), cell,
                                          sizeof cell);
                else
                    yk_text_snprintf(cell, sizeof cell, "–");
                report_put(c, cell);
            }
        }
    }
}

/* One table of target's criteria [c0, c1) (all of one choice list):
 * criteria as rows, in a group for collectives and one for individuals,
 * the list's choices as columns. */
static int ratings_table(report *r, const feedback_tables *ft, const char *target,
                         const char *name, size_t c0, size_t c1, int *blank)
{
    const yk_feedback *f = feedback_tally(r->feedback);
    const yk_form *form = yk_feedback_form(f);
    const yk_question *q = yk_form_question(form, yk_feedback_criterion_at(f, c0)->question);
    size_t nchoices = q->list->n, ncriteria = c1 - c0;
    if (nchoices > MOST_CHOICES) {
        cli_error("report: the rating '%s' has %zu choices; at most %d fit a table on the "
                  "page (`ykien feedback` gives them all)", q->name, nchoices, MOST_CHOICES);
        return EXIT_DATA;
    }
    const char *criteria[MOST_CRITERIA];
    int overall_only = ncriteria == 1 && yk_feedback_criterion_at(f, c0)->overall;
    for (size_t k = 0; k < ncriteria; k++)
        criteria[k] = yk_feedback_criterion_at(f, c0 + k)->code;
    msg_lang l = lang_of(r->english);
    const char *header[MOST_CHOICES + 2];
    double shares[MOST_CHOICES + 2];
    int right[MOST_CHOICES + 2];
    header[0] = msg(MSG_SELF_REVIEW_CRITERION, l);
    header[nchoices + 1] = msg(MSG_SELF_REVIEW_RATED, l);
    shares[0] = nchoices > 4 ? 0.22 : 0.26;
    shares[nchoices + 1] = 0.11;
    right[0] = YK_DOC_LEFT;
    right[nchoices + 1] = YK_DOC_RIGHT;
    for (size_t j = 0; j < nchoices; j++) {
        header[j + 1] = chart_label(form, q->list->choices[j].labels, q->list->choices[j].name,
                                    r->english);
        shares[j + 1] = (1 - shares[0] - shares[nchoices + 1]) / (double)nchoices;
        right[j + 1] = YK_DOC_RIGHT;
    }
    cells c = { 0 };
    from_rows(r, &ft->ratings, target, yk_from_code(YK_FROM_COLLECTIVE),
              MSG_SELF_REVIEW_FROM_COLLECTIVES, nchoices, criteria, ncriteria, &c, blank);
    from_rows(r, &ft->ratings, target, yk_from_code(YK_FROM_INDIVIDUAL),
              MSG_SELF_REVIEW_FROM_INDIVIDUALS, nchoices, criteria, ncriteria, &c, blank);
    char title[1024];
    msg_snprintf(title, sizeof title, overall_only ? MSG_SELF_REVIEW_GRADE_TABLE
                                                   : MSG_SELF_REVIEW_RATINGS_TABLE, l, name);
    int code = c.failed ? EXIT_SYSTEM
               : c.n ? report_add_table(r, title, nchoices + 2, shares, right, header, &c) : 0;
    report_cells_free(&c);
    return code;
}

int report_feedback_ratings(report *r, const feedback_tables *ft, size_t t, const char *name)
{
    const yk_feedback *f = feedback_tally(r->feedback);
    const yk_feedback_target *tg = yk_feedback_target_at(f, t);
    const yk_form *form = yk_feedback_form(f);
    int code = 0, blank = 0;
    size_t end = tg->first_criterion + tg->n_criteria;
    for (size_t c0 = tg->first_criterion; !code && c0 < end; ) {
        const yk_choice_list *list =
            yk_form_question(form, yk_feedback_criterion_at(f, c0)->question)->list;
        size_t c1 = c0 + 1;
        while (c1 < end && c1 - c0 < MOST_CRITERIA &&
               yk_form_question(form, yk_feedback_criterion_at(f, c1)->question)->list == list)
            c1++;
        /* A member's table is short: on one page, never a group's label
         * row left at a page's foot. */
        code = yk_doc_space(r->doc, 6) == YK_OK && yk_doc_keep_begin(r->doc) == YK_OK
                   ? 0 : EXIT_SYSTEM;
        if (!code)
            code = ratings_table(r, ft, tg->code, name, c0, c1, &blank);
        if (!code && yk_doc_keep_end(r->doc) != YK_OK)
            code = EXIT_SYSTEM;
        c0 = c1;
    }
    if (!code && blank) {
        char base[32], text[512];
        report_feedback_count(r, (double)r->tpl->min_base, base, sizeof base);
        msg_snprintf(text, sizeof text, MSG_SELF_REVIEW_SUPPRESSED, lang_of(r->english), base,
                     base);
        code = yk_doc_paragraph(r->doc, text, YK_PARA_SMALL | YK_PARA_ITALIC) == YK_OK
                   ? 0 : EXIT_SYSTEM;
    }
    return code;
}

