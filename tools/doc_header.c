/* ykien command — the header block an office's documents open with (the
 * issuing body, the union's name, the number, the place and date), built
 * from a report template's keys: the report's, the questionnaire's and the
 * ballot's.  Moved from verb_report.c as it was. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "doc_header.h"
#include "yk_text.h"

/* "Kiên Giang, ngày 05 tháng 9 năm 2014", the place dotted when not given. */
static void date_line(const report_template *t, char *buf, size_t size)
{
    char day[64];
    report_date_words(t, day, sizeof day);
    yk_text_snprintf(buf, size, "%s, %s", t->place ? t->place : "……", day);
}

/* <tag>text</tag> appended to b. */
static yk_status append_tagged(yk_buf *b, const char *tag, const char *text)
{
    yk_status st = yk_buf_append(b, "<", 1);
    if (st == YK_OK)
        st = yk_buf_append(b, tag, strlen(tag));
    if (st == YK_OK)
        st = yk_buf_append(b, ">", 1);
    if (st == YK_OK)
        st = yk_buf_append(b, text, strlen(text));
    if (st == YK_OK)
        st = yk_buf_append(b, "</", 2);
    if (st == YK_OK)
        st = yk_buf_append(b, tag, strlen(tag));
    return st == YK_OK ? yk_buf_append(b, ">", 1) : st;
}

/* Lines separated by '|' appended to b as markup lines, each escaped and
 * wrapped in tag; grown to fit, so a long union or body is never cut inside
 * a character or a tag (Pango wraps it to the column). */
static yk_status lines_of(yk_buf *b, const char *text, const char *tag)
{
    yk_status st = YK_OK;
    for (int first = 1; st == YK_OK && text && *text; first = 0) {
        size_t len = strcspn(text, "|");
        char *piece = strndup(text, len), *esc = piece ? yk_doc_escape(piece) : NULL;
        const char *shown = esc ? esc + strspn(esc, " ") : NULL;
        if (!shown)
            st = YK_ERR_NOMEM;
        if (st == YK_OK && !first)
            st = yk_buf_append(b, "\n", 1);
        if (st == YK_OK)
            st = append_tagged(b, tag, shown);
        free(piece);
        free(esc);
        text += len + (text[len] == '|');
    }
    return st;
}

/* How many lines lines_of makes of text. */
static int lines_in(const char *text)
{
    int n = text && *text ? 1 : 0;
    for (const char *c = text; c && *c; c++)
        n += *c == '|' && c[1] != '\0';
    return n;
}

/* The names at the top of the header, NUL-terminated: the issuing body and
 * "***" on the left, the union on the right (2013) or above the body
 * (2012); or a status. */
static yk_status header_names(const report_template *t, const char *uni, yk_buf *left,
                              yk_buf *right)
{
    yk_status st = YK_OK;
    if (t->layout2012) {
        st = lines_of(left, uni, "b");
        if (st == YK_OK)
            st = yk_buf_append(left, "\n", 1);
    } else {
        st = lines_of(right, uni, "b");
    }
    if (st == YK_OK)
        st = lines_of(left, t->body, "b");
    if (st == YK_OK)
        st = yk_buf_append(left, "\n***", 5);
    if (st == YK_OK)
        st = yk_buf_append(left, "", 1);
    return st == YK_OK ? yk_buf_append(right, "", 1) : st;
}

/* The row under them, NUL-terminated: "Số:" and the place-and-date line,
 * a block of its own so that they share a row however many lines the
 * names above take; or a status. */
static yk_status header_number(const report_template *t, yk_buf *left, yk_buf *right)
{
    char date[1024];    /* a place of at most 200 characters, and the date */
    date_line(t, date, sizeof date);
    char *esc = yk_doc_escape(date), *num = yk_doc_escape(t->number ? t->number : "");
    yk_status st = esc && num ? YK_OK : YK_ERR_NOMEM;
    if (st == YK_OK)
        st = yk_buf_append(left, num, strlen(num) + 1);
    if (st == YK_OK)
        st = append_tagged(right, "i", esc);
    if (st == YK_OK)
        st = yk_buf_append(right, "", 1);
    free(esc);
    free(num);
    return st;
}

yk_status doc_header_columns(const report_template *t, yk_doc *doc)
{
    const char *uni = t->union_name ? t->union_name : "ĐOÀN TNCS HỒ CHÍ MINH";
    yk_buf left = { 0 }, right = { 0 }, num = { 0 }, date = { 0 };
    yk_status st = header_names(t, uni, &left, &right);
    /* The rule goes under the union's name, its last line when the office
     * breaks it with '|'; in both layouts, as it is the union's mark (the
     * "***" under the body is the body's). */
    if (st == YK_OK)
        st = yk_doc_columns(doc, left.data, right.data, 0.42,
                            t->layout2012 ? lines_in(uni) : 0, t->layout2012 ? 0 : lines_in(uni));
    /* A printed form has neither: a date would tell one printing. */
    int numbered = t->number || t->date;
    if (st == YK_OK && numbered)
        st = header_number(t, &num, &date);
    if (st == YK_OK && numbered)
        st = yk_doc_columns(doc, num.data, date.data, 0.42, 0, 0);
    yk_buf_free(&left);
    yk_buf_free(&right);
    yk_buf_free(&num);
    yk_buf_free(&date);
    return st;
}
