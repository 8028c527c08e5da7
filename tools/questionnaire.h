/* ykien questionnaire — the paper forms an office prints: a survey's
 * questionnaire (questionnaire_form.c) and a confidence poll's secret
 * ballot (questionnaire_ballot.c), as document blocks after the header
 * that verb_questionnaire.c writes. */
#ifndef YK_TOOLS_QUESTIONNAIRE_H
#define YK_TOOLS_QUESTIONNAIRE_H

#include "yk_ballot.h"
#include "yk_doc.h"
#include "yk_form.h"

/* What the forms are printed from. */
typedef struct {
    yk_doc *doc;
    const yk_form *form;
    int english;                /* --lang en: the words and the English labels */
    const char *id;             /* the project's id question (the office's own
                                   number for a questionnaire), or NULL */
    /* The survey sheet's `relevant` column (which yk_form does not keep):
     * names[i]'s condition is conditions[i]. */
    char **names, **conditions;
    size_t nconditions;
} questionnaire;

/* The `relevant` column of a form's survey sheet (CSV text, len bytes)
 * into q's names and conditions; YK_OK or a status.  A sheet without the
 * column gives none. */
yk_status questionnaire_read_conditions(questionnaire *q, const char *csv, size_t len);
void questionnaire_free_conditions(questionnaire *q);

/* The questions a questionnaire prints (notes too): nonzero when q is one. */
int questionnaire_prints(const yk_question *q);

/* The title, instructions, questions and thanks of q's form, in the
 * document; YK_OK or a status. */
yk_status questionnaire_form(const questionnaire *q);

/* The ballot of the poll whose persons and levels c holds: title,
 * instructions and the table of persons; YK_OK or a status. */
yk_status questionnaire_ballot(const questionnaire *q, const yk_ballot_coder *c);


#endif
