/* ykien questionnaire — a survey's questionnaire as respondents fill it
 * on paper: every question in the form's order, numbered, under its
 * group's heading; a box per choice, a grid for statements sharing one
 * list, dotted lines for numbers and words.  Each question is a keep
 * group, so none is split across pages. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "chart.h"
#include "messages.h"
#include "questionnaire.h"
#include "yk_buf.h"
#include "yk_text.h"

/* A grid is for agreement-like lists: fewer than 3 choices prints as well
 * inline, more than 7 columns of boxes leave the statement no room. */
enum { GRID_MIN_CHOICES = 3, GRID_MAX_CHOICES = 7 };
/* Choices longer than this (characters) go one to a line, not side by side. */
enum { CHOICE_INLINE_MAX_CHARS = 40 };
/* Lines to write on: a text answer, and the last one (the comments). */
enum { TEXT_LINES = 3, LAST_TEXT_LINES = 5 };

#define NBSP "\xc2\xa0"
#define EMSP "\xe2\x80\x83"
#define BOX "\xe2\x96\xa1"      /* U+25A1 WHITE SQUARE: Times and Liberation Serif have it */
/* A line of dots nearly the text width long (33 ellipses of about 1 em
 * at 13 pt on the 165 mm between the margins): set by eye, not measured. */
#define DOTS_10 "…………………………"
#define DOT_LINE DOTS_10 DOTS_10 DOTS_10 "………"

int questionnaire_prints(const yk_question *q)
{
    return q->type != YK_Q_META;
}

static const char *label_of(const questionnaire *q, const char *const *labels, const char *name)
{
    return chart_label_whole(q->form, labels, name, q->english);
}

/* A group label without a numbering of its own ("I. ", "2) "): the
 * document numbers the groups. */
static const char *unnumbered(const char *s)
{
    const char *p = s;
    while (*p && strchr("IVXLivxl0123456789.", *p))
        p++;
    if (p > s && *p == ')')
        p++;
    else if (p == s || p[-1] != '.')
        return s;
    if (*p != ' ')
        return s;
    while (*p == ' ')
        p++;
    return *p ? p : s;
}

/* A question's label without a number of its own ("Câu 3. ", "3) "):
 * the document numbers the questions, and "Câu 5. Câu 3." would confuse. */
static const char *unnumbered_question(const char *s)
{
    const char *p = strncmp(s, "Câu ", strlen("Câu ")) == 0 ? s + strlen("Câu ") : s;
    const char *digits = p;
    while (*p >= '0' && *p <= '9')
        p++;
    if (p == digits || !strchr(".:)", *p) || p[1] != ' ')
        return s;
    p += 2;
    while (*p == ' ')
        p++;
    return *p ? p : s;
}

static void roman(int n, char *buf, size_t size)
{
    static const struct { int v; const char *s; } digits[] = {
        { 1000, "M" }, { 900, "CM" }, { 500, "D" }, { 400, "CD" }, { 100, "C" }, { 90, "XC" },
        { 50, "L" }, { 40, "XL" }, { 10, "X" }, { 9, "IX" }, { 5, "V" }, { 4, "IV" }, { 1, "I" }
    };
    size_t at = 0;
    buf[0] = '\0';
    for (size_t i = 0; i < sizeof digits / sizeof digits[0]; i++)
        while (n >= digits[i].v && at + strlen(digits[i].s) < size) {
            memcpy(buf + at, digits[i].s, strlen(digits[i].s) + 1);
            at += strlen(digits[i].s);
            n -= digits[i].v;
        }
}

/* The group a question is in (its innermost), or NULL at the top. */
static const yk_form_group *group_of(const yk_form *form, const yk_question *q)
{
    const char *slash = strrchr(q->path, '/');
    if (!slash)
        return NULL;
    const char *start = slash;
    while (start > q->path && start[-1] != '/')
        start--;
    size_t len = (size_t)(slash - start);
    for (size_t i = 0; i < yk_form_n_groups(form); i++) {
        const yk_form_group *g = yk_form_group_at(form, i);
        if (strlen(g->name) == len && memcmp(g->name, start, len) == 0)
            return g;
    }
    return NULL;
}

static yk_status append(yk_buf *b, const char *s)
{
    return yk_buf_append(b, s, strlen(s));
}

/* text escaped for markup, its spaces no-break ones when glue is set (a
 * choice stays whole on its line). */
static yk_status append_escaped(yk_buf *b, const char *text, int glue)
{
    char *esc = yk_doc_escape(text);
    yk_status st = esc ? YK_OK : YK_ERR_NOMEM;
    for (const char *p = esc; st == YK_OK && *p; p++)
        st = glue && *p == ' ' ? append(b, NBSP) : yk_buf_append(b, p, 1);
    free(esc);
    return st;
}

/* b's text (NUL-terminated) as a paragraph, and b emptied. */
static yk_status flush(yk_doc *d, yk_buf *b, unsigned style)
{
    yk_status st = yk_buf_append(b, "", 1);
    if (st == YK_OK)
        st = yk_doc_paragraph(d, b->data, style | YK_PARA_MARKUP);
    b->len = 0;
    return st;
}

/* Does the label already say how many answers to mark ("chọn nhiều",
 * "up to 2 answers")?  Then the note would contradict or repeat it. */
static int says_how_many(const char *label)
{
    static const char *const words[] = { "chọn", "Chọn", "answers", "select", "tick", "mark" };
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
        if (strstr(label, words[i]))
            return 1;
    return 0;
}

/* The `relevant` condition of question qu, or NULL. */
static const char *condition_of(const questionnaire *q, const yk_question *qu)
{
    for (size_t i = 0; i < q->nconditions; i++)
        if (strcmp(q->names[i], qu->name) == 0)
            return q->conditions[i];
    return NULL;
}

/* The number the document gives question name (0: none): the questions
 * it prints are numbered in order, notes and the office's number aside. */
static int number_of(const questionnaire *q, const char *name)
{
    int n = 0;
    for (size_t i = 0; i < yk_form_n_questions(q->form); i++) {
        const yk_question *qu = yk_form_question(q->form, i);
        if (!questionnaire_prints(qu) || qu->type == YK_Q_NOTE ||
            (q->id && strcmp(qu->name, q->id) == 0))
            continue;
        n++;
        if (strcmp(qu->name, name) == 0)
            return n;
    }
    return 0;
}

static const char *spaces(const char *p)
{
    while (*p == ' ')
        p++;
    return p;
}

/* A simple condition, ${q} = 'code' on a select question printed before,
 * as words: "(Nếu trả lời “Có” ở câu 5)" into buf; 0 when it is not that
 * simple (then nothing is printed: an invented wording could mislead). */
static int condition_words(const questionnaire *q, const char *cond, char *buf, size_t size)
{
    const char *p = spaces(cond), *name, *code;
    if (strncmp(p, "${", 2) != 0)
        return 0;
    name = p += 2;
    p += strcspn(p, "}");
    size_t name_len = (size_t)(p - name);
    if (*p != '}' || *(p = spaces(p + 1)) != '=')
        return 0;
    p = spaces(p + 1);
    char quote = *p;
    if (quote != '\'' && quote != '"')
        return 0;
    code = ++p;
    p += strcspn(p, quote == '"' ? "\"" : "'");
    size_t code_len = (size_t)(p - code);
    if (*p != quote || *spaces(p + 1) || name_len >= 256 || code_len >= 256)
        return 0;
    char qname[256], qcode[256];
    memcpy(qname, name, name_len);
    qname[name_len] = '\0';
    memcpy(qcode, code, code_len);
    qcode[code_len] = '\0';
    const yk_question *asked = yk_form_find(q->form, qname);
    int number = asked ? number_of(q, asked->name) : 0;
    if (!number || asked->type != YK_Q_SELECT_ONE || !asked->list)
        return 0;
    for (size_t i = 0; i < asked->list->n; i++) {
        const yk_choice *c = &asked->list->choices[i];
        if (strcmp(c->name, qcode) == 0) {
            msg_snprintf(buf, size, MSG_FORM_IF, lang_of(q->english),
                         label_of(q, c->labels, c->name), number);
            return 1;
        }
    }
    return 0;
}

/* "Câu 5. Label" and, below it, its hint. */
static yk_status question_text(const questionnaire *q, const yk_question *qu, int number)
{
    msg_lang l = lang_of(q->english);
    char num[32];
    msg_snprintf(num, sizeof num, MSG_FORM_QUESTION, l, number);
    const char *label = unnumbered_question(label_of(q, qu->labels, qu->name));
    yk_buf b = { 0 };
    yk_status st = append(&b, "<b>");
    if (st == YK_OK)
        st = append(&b, num);
    if (st == YK_OK)
        st = append(&b, "</b> ");
    if (st == YK_OK)
        st = append_escaped(&b, label, 0);
    if (st == YK_OK && qu->type == YK_Q_SELECT_MULTIPLE && !says_how_many(label)) {
        st = append(&b, " <i>");
        if (st == YK_OK)
            st = append(&b, msg(MSG_FORM_MULTIPLE, l));
        if (st == YK_OK)
            st = append(&b, "</i>");
    }
    const char *cond = condition_of(q, qu);
    char when[1024];
    if (st == YK_OK && cond && condition_words(q, cond, when, sizeof when)) {
        st = append(&b, " <i>");
        if (st == YK_OK)
            st = append_escaped(&b, when, 0);
        if (st == YK_OK)
            st = append(&b, "</i>");
    }
    if (st == YK_OK)
        st = flush(q->doc, &b, YK_PARA_JUSTIFY);
    /* The hint is in the form's own language: shown only with it. */
    if (st == YK_OK && qu->hint && !q->english) {
        st = append(&b, "<i>");
        if (st == YK_OK)
            st = append_escaped(&b, qu->hint, 0);
        if (st == YK_OK)
            st = append(&b, "</i>");
        if (st == YK_OK)
            st = flush(q->doc, &b, YK_PARA_SMALL);
    }
    yk_buf_free(&b);
    return st;
}

/* A box per choice: side by side, wrapping between choices, when they are
 * short; else one to a line. */
static yk_status boxes(const questionnaire *q, const yk_choice_list *list)
{
    size_t longest = 0;
    for (size_t i = 0; i < list->n; i++) {
        const char *l = label_of(q, list->choices[i].labels, list->choices[i].name);
        size_t chars = yk_utf8_chars(l, strlen(l));
        longest = chars > longest ? chars : longest;
    }
    int inline_ = longest <= CHOICE_INLINE_MAX_CHARS;
    yk_buf b = { 0 };
    yk_status st = YK_OK;
    for (size_t i = 0; st == YK_OK && i < list->n; i++) {
        const yk_choice *c = &list->choices[i];
        if (i > 0)
            st = append(&b, inline_ ? EMSP EMSP " " : "\n");
        if (st == YK_OK)
            st = append(&b, NBSP NBSP NBSP NBSP BOX NBSP);
        if (st == YK_OK)
            st = append_escaped(&b, label_of(q, c->labels, c->name), inline_);
    }
    if (st == YK_OK)
        st = flush(q->doc, &b, 0);
    yk_buf_free(&b);
    return st;
}

/* "x" with a decimal comma in Vietnamese. */
static void bound(const questionnaire *q, double v, char *buf, size_t size)
{
    snprintf(buf, size, "%g", v);
    char *dot = strchr(buf, '.');
    if (dot && !q->english)
        *dot = ',';
}

/* A dotted line to write a number on, and the bounds the form gives. */
static yk_status number_line(const questionnaire *q, const yk_question *qu)
{
    char lo[32], hi[32], range[128] = "";
    if (qu->has_min && qu->has_max) {
        bound(q, qu->min, lo, sizeof lo);
        bound(q, qu->max, hi, sizeof hi);
        msg_snprintf(range, sizeof range, MSG_FORM_RANGE, lang_of(q->english), lo, hi);
    }
    char line[512];
    snprintf(line, sizeof line, NBSP NBSP NBSP NBSP DOTS_10 DOTS_10 " %s", range);
    return yk_doc_paragraph(q->doc, line, 0);
}

static yk_status dotted_lines(const questionnaire *q, int n)
{
    yk_status st = YK_OK;
    for (int i = 0; st == YK_OK && i < n; i++)
        st = yk_doc_paragraph(q->doc, DOT_LINE, 0);
    return st;
}

/* The answer part of a question: boxes, lines, or nothing (a note). */
static yk_status answer(const questionnaire *q, const yk_question *qu, int last_text)
{
    switch (qu->type) {
    case YK_Q_SELECT_ONE:
    case YK_Q_SELECT_MULTIPLE:
        return qu->list ? boxes(q, qu->list) : YK_OK;
    case YK_Q_INTEGER:
    case YK_Q_DECIMAL:
        return number_line(q, qu);
    case YK_Q_TEXT:
        return dotted_lines(q, last_text ? LAST_TEXT_LINES : TEXT_LINES);
    case YK_Q_DATE: {
        char line[256];
        snprintf(line, sizeof line, NBSP NBSP NBSP NBSP "%s",
                 msg(MSG_FORM_DATE, lang_of(q->english)));
        return yk_doc_paragraph(q->doc, line, 0);
    }
    case YK_Q_NOTE:
    case YK_Q_META:
        break;
    }
    return YK_OK;
}

/* The office's own number for the questionnaire (the project's id), a
 * line on the right, not a question for the respondent. */
static yk_status id_line(const questionnaire *q, const yk_question *qu)
{
    yk_buf b = { 0 };
    yk_status st = append_escaped(&b, label_of(q, qu->labels, qu->name), 0);
    if (st == YK_OK)
        st = append(&b, ": " DOTS_10);
    if (st == YK_OK)
        st = flush(q->doc, &b, YK_PARA_RIGHT);
    yk_buf_free(&b);
    return st;
}

/* Can question b continue a grid with question a before it?
 * Both select_one on the same list of 3 to 7 choices, in one group. */
static int grid_pair(const questionnaire *q, size_t a, size_t b)
{
    const yk_form *form = q->form;
    const yk_question *x = yk_form_question(form, a), *y = yk_form_question(form, b);
    /* A question asked only sometimes stands alone, with its condition. */
    return x && y && !condition_of(q, x) && !condition_of(q, y) && x->type == YK_Q_SELECT_ONE && y->type == YK_Q_SELECT_ONE && x->list &&
           x->list == y->list && x->list->n >= GRID_MIN_CHOICES &&
           x->list->n <= GRID_MAX_CHOICES && group_of(form, x) == group_of(form, y);
}

/* The questions from i that make one grid: how many (1: no grid). */
static size_t grid_run(const questionnaire *q, size_t i)
{
    size_t n = 1;
    while (grid_pair(q, i + n - 1, i + n))
        n++;
    return n;
}

/* Questions from..from+n, one list: a table, a line per statement, a
 * centred column of boxes per choice headed by its label. */
static yk_status grid(const questionnaire *q, size_t from, size_t n, int *number)
{
    const yk_choice_list *list = yk_form_question(q->form, from)->list;
    size_t ncols = 1 + list->n, ncells = (n + 1) * ncols;
    double *shares = calloc(ncols, sizeof *shares);
    int *align = calloc(ncols, sizeof *align);
    char **cells = calloc(ncells, sizeof *cells);
    msg_lang l = lang_of(q->english);
    yk_status st = shares && align && cells ? YK_OK : YK_ERR_NOMEM;
    double each = list->n <= 4 ? 0.12 : 0.60 / (double)list->n;
    for (size_t c = 0; st == YK_OK && c < ncols; c++) {
        shares[c] = c ? each : 1 - each * (double)list->n;
        align[c] = c ? YK_DOC_CENTRE : YK_DOC_LEFT;
        const yk_choice *ch = c ? &list->choices[c - 1] : NULL;
        cells[c] = strdup(c ? label_of(q, ch->labels, ch->name) : msg(MSG_FORM_STATEMENT, l));
    }
    for (size_t r = 0; st == YK_OK && r < n; r++) {
        const yk_question *qu = yk_form_question(q->form, from + r);
        char num[32];
        msg_snprintf(num, sizeof num, MSG_FORM_QUESTION, l, (*number)++);
        const char *label = unnumbered_question(label_of(q, qu->labels, qu->name));
        char *cell = malloc(strlen(num) + strlen(label) + 2);
        if (cell)
            sprintf(cell, "%s %s", num, label);
        cells[(r + 1) * ncols] = cell;
        for (size_t c = 1; c < ncols; c++)
            cells[(r + 1) * ncols + c] = strdup(BOX);
    }
    for (size_t i = 0; st == YK_OK && i < ncells; i++)
        if (!cells[i])
            st = YK_ERR_NOMEM;
    if (st == YK_OK)
        st = yk_doc_table(q->doc, msg(MSG_FORM_GRID_NOTE, l), ncols, shares, align,
                          (const char *const *)cells, (const char *const *)cells + ncols, n);
    for (size_t i = 0; cells && i < ncells; i++)
        free(cells[i]);
    free(cells);
    free(shares);
    free(align);
    return st;
}

/* One question that is no grid's: its text and answer kept on one page. */
static yk_status one_question(const questionnaire *q, const yk_question *qu, int *number,
                              int last_text)
{
    if (qu->type == YK_Q_NOTE) {
        char *esc = yk_doc_escape(label_of(q, qu->labels, qu->name));
        yk_status st = esc ? yk_doc_paragraph(q->doc, esc, YK_PARA_MARKUP | YK_PARA_ITALIC)
                           : YK_ERR_NOMEM;
        free(esc);
        return st;
    }
    if (q->id && strcmp(qu->name, q->id) == 0)
        return id_line(q, qu);
    yk_status st = yk_doc_keep_begin(q->doc);
    if (st == YK_OK)
        st = question_text(q, qu, (*number)++);
    if (st == YK_OK)
        st = answer(q, qu, last_text);
    if (st == YK_OK)
        st = yk_doc_keep_end(q->doc);
    return st;
}

/* A group's heading, numbered I, II... when question i opens a group. */
static yk_status group_heading(const questionnaire *q, const yk_form_group *g, int *groups)
{
    char numeral[32], *text;
    roman(++*groups, numeral, sizeof numeral);
    const char *label = unnumbered(label_of(q, g->labels, g->name));
    if (!(text = malloc(strlen(numeral) + strlen(label) + 3)))
        return YK_ERR_NOMEM;
    sprintf(text, "%s. %s", numeral, label);
    yk_status st = yk_doc_heading(q->doc, 1, text);
    free(text);
    return st;
}

/* The last text question: the comments at the end get more lines. */
static size_t last_text_question(const yk_form *form)
{
    size_t last = SIZE_MAX;
    for (size_t i = 0; i < yk_form_n_questions(form); i++)
        if (yk_form_question(form, i)->type == YK_Q_TEXT)
            last = i;
    return last;
}

static yk_status questions(const questionnaire *q)
{
    const yk_form *form = q->form;
    const yk_form_group *current = NULL;
    int number = 1, groups = 0;
    size_t last_text = last_text_question(form);
    yk_status st = YK_OK;
    for (size_t i = 0; st == YK_OK && i < yk_form_n_questions(form);) {
        const yk_question *qu = yk_form_question(form, i);
        if (!questionnaire_prints(qu)) {
            i++;
            continue;
        }
        const yk_form_group *g = group_of(form, qu);
        if (g && g != current)
            st = group_heading(q, g, &groups);
        current = g;
        size_t run = grid_run(q, i);
        if (st == YK_OK && run > 1)
            st = grid(q, i, run, &number);
        else if (st == YK_OK)
            st = one_question(q, qu, &number, i == last_text);
        i += run;
    }
    return st;
}

/* The title in capitals (the form's, else the words for any), the
 * instructions and the promise of confidentiality. */
static yk_status opening(const questionnaire *q)
{
    msg_lang l = lang_of(q->english);
    const char *title = yk_form_title(q->form);
    char *upper = yk_text_upper(title && !q->english ? title : msg(MSG_FORM_TITLE, l));
    yk_status st = upper ? yk_doc_paragraph(q->doc, upper, YK_PARA_CENTRE | YK_PARA_BOLD)
                         : YK_ERR_NOMEM;
    free(upper);
    if (st == YK_OK && title && q->english)
        st = yk_doc_paragraph(q->doc, title, YK_PARA_CENTRE | YK_PARA_BOLD);
    if (st == YK_OK)
        st = yk_doc_space(q->doc, 6);
    if (st == YK_OK)
        st = yk_doc_paragraph(q->doc, msg(MSG_FORM_INSTRUCTION, l), YK_PARA_ITALIC);
    if (st == YK_OK)
        st = yk_doc_paragraph(q->doc, msg(MSG_FORM_ANONYMOUS, l), YK_PARA_ITALIC);
    if (st == YK_OK)
        st = yk_doc_space(q->doc, 6);
    return st;
}

yk_status questionnaire_form(const questionnaire *q)
{
    yk_status st = opening(q);
    if (st == YK_OK)
        st = questions(q);
    if (st == YK_OK)
        st = yk_doc_space(q->doc, 12);
    if (st == YK_OK)
        st = yk_doc_paragraph(q->doc, msg(MSG_FORM_THANKS, lang_of(q->english)),
                              YK_PARA_CENTRE | YK_PARA_BOLD | YK_PARA_ITALIC);
    return st;
}
