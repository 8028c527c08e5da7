/* ykien report — the end of a document, as the Youth Union's rules set it
 * (domain notes, "Documents for conferences"): "Nơi nhận:" and its list on
 * the left, the signature block on the right; what the template and the
 * project do not give is left blank for the office to fill by hand. */
#include <stdlib.h>
#include <string.h>
#include "report.h"
#include "yk_buf.h"
#include "yk_text.h"

/* Where a name or title is not given: the office writes it by hand. */
#define DOTTED "……………………………"

static yk_status append(yk_buf *b, const char *s)
{
    return yk_buf_append(b, s, strlen(s));
}

/* One line of text escaped and set between open and close (markup). */
static yk_status markup_line(yk_buf *b, const char *text, size_t len, const char *open,
                             const char *close)
{
    char *piece = strndup(text, len), *esc = piece ? yk_doc_escape(piece) : NULL;
    yk_status st = esc ? YK_OK : YK_ERR_NOMEM;
    if (st == YK_OK)
        st = append(b, open);
    if (st == YK_OK)
        st = append(b, esc + strspn(esc, " "));
    if (st == YK_OK)
        st = append(b, close);
    free(piece);
    free(esc);
    return st;
}

/* The lines of text (separated by '|') appended to b, each on a line of
 * its own after a '\n', set between open and close. */
static yk_status lines(yk_buf *b, const char *text, const char *open, const char *close)
{
    yk_status st = YK_OK;
    while (st == YK_OK && text && *text) {
        size_t len = strcspn(text, "|");
        st = append(b, "\n");
        if (st == YK_OK)
            st = markup_line(b, text, len, open, close);
        text += len + (text[len] == '|');
    }
    return st;
}

/* The recipients, each line starting "- " as the rules write them. */
static yk_status recipients(const report *r, yk_buf *b)
{
    const char *list = r->tpl->recipients ? r->tpl->recipients
                                          : msg(MSG_END_RECIPIENTS_BLANK, lang_of(r->english));
    yk_status st = append(b, "<span size=\"12pt\"><b><i>");
    if (st == YK_OK)
        st = append(b, msg(MSG_END_RECIPIENTS, lang_of(r->english)));
    if (st == YK_OK)
        st = append(b, "</i></b></span>");
    while (st == YK_OK && *list) {
        size_t len = strcspn(list, "|"), skip = strspn(list, " ");
        int dash = skip < len && list[skip] == '-';
        st = append(b, "\n");
        if (st == YK_OK)
            st = markup_line(b, list, len, dash ? "<span size=\"11pt\">"
                                                : "<span size=\"11pt\">- ", "</span>");
        list += len + (list[len] == '|');
    }
    return st;
}

/* text in capitals and bold, its '|' lines each a line; dotted when NULL. */
static yk_status capitals(yk_buf *b, const char *text)
{
    char *up = yk_text_upper(text ? text : DOTTED);
    yk_status st = up ? lines(b, up, "<b>", "</b>") : YK_ERR_NOMEM;
    free(up);
    return st;
}

/* Centred: on whose behalf, the signer's title, four lines to sign and
 * seal on, the signer's name (dotted lines for what is not given). */
static yk_status signature(const report *r, yk_buf *b)
{
    const report_template *t = r->tpl;
    yk_status st = capitals(b, t->on_behalf ? t->on_behalf
                                            : msg(MSG_END_ON_BEHALF, lang_of(r->english)));
    if (st == YK_OK)
        st = capitals(b, t->signer_title);
    if (st == YK_OK)
        st = append(b, "\n\n\n\n");
    if (st == YK_OK)
        st = lines(b, t->signer ? t->signer : DOTTED, "<b>", "</b>");
    return st;
}

int report_end(report *r)
{
    if (r->book)
        return 0;   /* a workbook has tables only */
    yk_buf left = { 0 }, right = { 0 };
    yk_status st = recipients(r, &left);
    if (st == YK_OK)
        st = signature(r, &right);
    if (st == YK_OK)
        st = yk_buf_append(&left, "", 1);
    if (st == YK_OK)
        st = yk_buf_append(&right, "", 1);
    /* signature() starts with a line break: the first line is the block's. */
    yk_doc_side l = { left.data, YK_DOC_LEFT, 0 };
    yk_doc_side rt = { right.data ? right.data + 1 : NULL, YK_PARA_CENTRE | YK_PARA_FIT, 0 };
    if (st == YK_OK)
        st = yk_doc_space(r->doc, 12);
    if (st == YK_OK)
        st = yk_doc_sides(r->doc, &l, &rt, 0.45);
    yk_buf_free(&left);
    yk_buf_free(&right);
    return st == YK_OK ? 0 : EXIT_SYSTEM;
}
