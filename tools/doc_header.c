/* ykien command — the header block an office's documents open with (the
 * issuing body, the union's name, the place and date), built from a
 * report template's keys: the report's, the questionnaire's and the
 * ballot's.  Moved from verb_report.c as it was. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "doc_header.h"
#include "yk_text.h"

/* "ngày 05 tháng 9 năm 2014": a leading zero for days under 10 and for
 * months 1 and 2 only (domain notes, "Documents for conferences"). */
static void date_line(const report_template *t, char *buf, size_t size)
{
    static const char *const months_en[] = { "January", "February", "March", "April", "May",
                                             "June", "July", "August", "September", "October",
                                             "November", "December" };
    int y = 1970, m = 1, d = 1;
    char day[8], month[16];
    if (t->date)
        sscanf(t->date, "%d-%d-%d", &y, &m, &d);
    if (t->english) {
        yk_text_snprintf(day, sizeof day, "%d", d);
        yk_text_snprintf(month, sizeof month, "%s", months_en[(m - 1) % 12]);
    } else {
        yk_text_snprintf(day, sizeof day, "%02d", d);
        yk_text_snprintf(month, sizeof month, m <= 2 ? "%02d" : "%d", m);
    }
    const char *place = t->place ? t->place : "……";    /* for the office to write */
    if (t->english)
        yk_text_snprintf(buf, size, "%s, %s %s %d", place, day, month, y);
    else
        yk_text_snprintf(buf, size, "%s, ngày %s tháng %s năm %d", place, day, month, y);
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

yk_status doc_header_columns(const report_template *t, yk_buf *left, yk_buf *right)
{
    char date[1024];    /* a place of at most 200 characters, and the date */
    date_line(t, date, sizeof date);
    char *esc = yk_doc_escape(date), *num = yk_doc_escape(t->number ? t->number : "");
    const char *uni = t->union_name ? t->union_name : "ĐOÀN TNCS HỒ CHÍ MINH";
    int dated = t->date != NULL;    /* a printed form has no date: it would tell one printing */
    yk_status st = esc && num ? YK_OK : YK_ERR_NOMEM;
    if (st == YK_OK && t->layout2012) {
        st = lines_of(left, uni, "b");
        if (st == YK_OK)
            st = yk_buf_append(left, "\n", 1);
        if (st == YK_OK)
            st = lines_of(left, t->body, "b");
        if (st == YK_OK && dated)
            st = yk_buf_append(right, "\n\n\n", 3);
    } else if (st == YK_OK) {
        st = lines_of(left, t->body, "b");
        if (st == YK_OK)
            st = lines_of(right, uni, "b");
        if (st == YK_OK && dated)
            st = yk_buf_append(right, "\n\n", 2);
    }
    if (st == YK_OK)
        st = yk_buf_append(left, t->number ? "\n***\n" : "\n***", t->number ? 5 : 4);
    if (st == YK_OK)
        st = yk_buf_append(left, num, strlen(num) + 1);
    if (st == YK_OK && dated)
        st = append_tagged(right, "i", esc);
    if (st == YK_OK)
        st = yk_buf_append(right, "", 1);
    free(esc);
    free(num);
    return st;
}
