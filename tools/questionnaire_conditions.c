/* ykien questionnaire — the skip conditions (`relevant`) of a form's
 * survey sheet, which the form itself does not keep: read once more from
 * the sheet's text, only to print "(Nếu trả lời “Có” ở câu 5)". */
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "questionnaire.h"
#include "yk_reader.h"

typedef struct {
    questionnaire *q;
    long name_col, relevant_col;    /* -1: none */
    yk_status st;
} reading;

static long column(const yk_row *row, const char *name)
{
    for (size_t i = 0; i < row->n; i++) {
        const char *s = row->fields[i].s;
        size_t len = row->fields[i].len;
        while (len && *s == ' ')
            s++, len--;
        while (len && s[len - 1] == ' ')
            len--;
        if (len == strlen(name) && strncasecmp(s, name, len) == 0)
            return (long)i;
    }
    return -1;
}

static int on_row(void *ctx, const yk_row *row)
{
    reading *r = ctx;
    if (row->number == 1) {
        r->name_col = column(row, "name");
        r->relevant_col = column(row, "relevant");
        return r->name_col < 0 || r->relevant_col < 0;     /* nothing to read */
    }
    if ((size_t)r->relevant_col >= row->n || (size_t)r->name_col >= row->n ||
        !row->fields[r->relevant_col].len)
        return 0;
    questionnaire *q = r->q;
    char **names = realloc(q->names, (q->nconditions + 1) * sizeof *names);
    if (names)
        q->names = names;
    char **conditions = realloc(q->conditions, (q->nconditions + 1) * sizeof *conditions);
    if (conditions)
        q->conditions = conditions;
    char *name = names && conditions ? strdup(row->fields[r->name_col].s) : NULL;
    char *cond = name ? strdup(row->fields[r->relevant_col].s) : NULL;
    if (!cond) {
        free(name);
        r->st = YK_ERR_NOMEM;
        return 1;
    }
    q->names[q->nconditions] = name;
    q->conditions[q->nconditions++] = cond;
    return 0;
}

yk_status questionnaire_read_conditions(questionnaire *q, const char *csv, size_t len)
{
    yk_reader *rd = NULL;
    yk_memory m;
    yk_input in = yk_input_memory(&m, csv ? csv : "", csv ? len : 0);
    yk_format fmt;
    reading r = { q, -1, -1, YK_OK };
    /* The form was loaded from this text already: its problems were told. */
    yk_status st = yk_reader_new(NULL, NULL, NULL, &rd);
    if (st == YK_OK)
        st = yk_reader_sniff(rd, "survey", &in, &fmt);
    if (st == YK_OK)
        st = yk_reader_read(rd, "survey", &in, &fmt, on_row, &r);
    yk_reader_free(rd);
    return r.st != YK_OK ? r.st : YK_OK;
}

void questionnaire_free_conditions(questionnaire *q)
{
    for (size_t i = 0; i < q->nconditions; i++) {
        free(q->names[i]);
        free(q->conditions[i]);
    }
    free(q->names);
    free(q->conditions);
    q->names = q->conditions = NULL;
    q->nconditions = 0;
}
