/* ykien questionnaire — a confidence poll's secret ballot (phiếu tín
 * nhiệm): the persons in the form's order, a box per level.  Nothing on
 * it tells one ballot from another: no number, code or date, and the
 * same bytes every run. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "chart.h"
#include "messages.h"
#include "questionnaire.h"
#include "yk_text.h"

/* Columns: number, full name, position, then one per level. */
enum { FIXED_COLUMNS = 3, LEVELS = 3 };

static yk_status title(const questionnaire *q)
{
    msg_lang l = lang_of(q->english);
    const char *own = yk_form_title(q->form);
    char *upper = yk_text_upper(own && !q->english ? own : msg(MSG_BALLOT_TITLE, l));
    yk_status st = upper ? yk_doc_paragraph(q->doc, upper, YK_PARA_CENTRE | YK_PARA_BOLD)
                         : YK_ERR_NOMEM;
    free(upper);
    if (st == YK_OK && own && q->english)
        st = yk_doc_paragraph(q->doc, own, YK_PARA_CENTRE | YK_PARA_BOLD);
    if (st == YK_OK)
        st = yk_doc_space(q->doc, 6);
    if (st == YK_OK)
        st = yk_doc_paragraph(q->doc, msg(MSG_BALLOT_INSTRUCTION, l),
                              YK_PARA_ITALIC | YK_PARA_JUSTIFY);
    if (st == YK_OK)
        st = yk_doc_space(q->doc, 6);
    return st;
}

/* The cells of the table, header first; each a new string or NULL. */
static void fill(const questionnaire *q, const yk_ballot_coder *c, char **cells)
{
    msg_lang l = lang_of(q->english);
    const msg_id heads[FIXED_COLUMNS] = { MSG_BALLOT_NUMBER, MSG_BALLOT_NAME,
                                          MSG_BALLOT_POSITION };
    /* High, confidence, low: the order of the levels on the ballot. */
    const yk_level order[LEVELS] = { YK_LEVEL_HIGH, YK_LEVEL_TRUST, YK_LEVEL_LOW };
    enum { NCOLS = FIXED_COLUMNS + LEVELS };
    for (size_t k = 0; k < FIXED_COLUMNS; k++)
        cells[k] = strdup(msg(heads[k], l));
    for (size_t k = 0; k < LEVELS; k++) {
        const yk_choice *level = yk_ballot_coder_level(c, order[k]);
        cells[FIXED_COLUMNS + k] = strdup(chart_label_whole(q->form, level->labels, level->name,
                                                            q->english));
    }
    for (size_t i = 0; i < yk_ballot_coder_n_persons(c); i++) {
        const yk_question *p = yk_ballot_coder_person(c, i);
        char **row = cells + (i + 1) * NCOLS, number[32];
        snprintf(number, sizeof number, "%zu", i + 1);
        row[0] = strdup(number);
        row[1] = strdup(chart_label_whole(q->form, p->labels, p->name, q->english));
        row[2] = strdup(p->hint ? p->hint : "");
        /* Two lines high at least: room to mark by hand. */
        for (size_t k = 0; k < LEVELS; k++)
            row[FIXED_COLUMNS + k] = strdup("\n");
    }
}

yk_status questionnaire_ballot(const questionnaire *q, const yk_ballot_coder *c)
{
    enum { NCOLS = FIXED_COLUMNS + LEVELS };
    static const double shares[NCOLS] = { 0.07, 0.26, 0.28, 0.13, 0.13, 0.13 };
    static const int align[NCOLS] = { YK_DOC_CENTRE, YK_DOC_LEFT, YK_DOC_LEFT,
                                      YK_DOC_CENTRE, YK_DOC_CENTRE, YK_DOC_CENTRE };
    size_t n = yk_ballot_coder_n_persons(c), ncells = (n + 1) * NCOLS;
    char **cells = calloc(ncells, sizeof *cells);
    yk_status st = cells ? title(q) : YK_ERR_NOMEM;
    if (st == YK_OK)
        fill(q, c, cells);
    for (size_t i = 0; st == YK_OK && i < ncells; i++)
        if (!cells[i])
            st = YK_ERR_NOMEM;
    /* The whole table on one page when it fits one. */
    if (st == YK_OK)
        st = yk_doc_keep_begin(q->doc);
    if (st == YK_OK)
        st = yk_doc_table(q->doc, NULL, NCOLS, shares, align, (const char *const *)cells,
                          (const char *const *)cells + NCOLS, n);
    if (st == YK_OK)
        st = yk_doc_keep_end(q->doc);
    for (size_t i = 0; cells && i < ncells; i++)
        free(cells[i]);
    free(cells);
    return st;
}
