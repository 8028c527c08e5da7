/* ykien report — a poll's counting record (biên bản kiểm phiếu): the
 * body, date and place, the counting committee, the ballots, each
 * person's counts and shares over the rule set's base and the flags, and
 * the committee's signatures.  Every figure is a cell of the table
 * `ykien votes` writes (yk_figures_votes): nothing is counted here. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "yk_text.h"
#include "chart.h"
#include "report.h"
#include "votes.h"
#include "yk_buf.h"
#include "yk_figures_votes.h"

/* Where the office writes by hand what is not given. */
#define DOTTED "……………………………"
/* Lines for the committee when the project names none: a head and two. */
enum { BLANK_COMMITTEE = 3 };

static int para(report *r, const char *text, unsigned style)
{
    return yk_doc_paragraph(r->doc, text, style) == YK_OK ? 0 : EXIT_SYSTEM;
}

/* A count of the ballots' row ("–" when not shown), or a figure of the
 * setup (dotted when not given). */
static void ballots_cell(const report *r, const yk_table *t, int column, char *buf, size_t size)
{
    if (!yk_table_is_shown(t, YK_VOTES_ROW_BALLOTS, (size_t)column))
        yk_text_snprintf(buf, size, "–");
    else
        report_number(r, yk_table_value(t, YK_VOTES_ROW_BALLOTS, (size_t)column), 0, "", buf,
                      size);
}

static void figure_cell(const report *r, long figure, char *buf, size_t size)
{
    if (figure < 0)
        yk_text_snprintf(buf, size, "……");
    else
        report_number(r, (double)figure, 0, "", buf, size);
}

static int opening(report *r, const votes_setup *s)
{
    const report_template *t = r->tpl;
    char date[64], text[2048];
    report_date_words(t, date, sizeof date);
    const char *what = yk_form_title(s->form) ? yk_form_title(s->form)
                       : s->title ? s->title : "……";
    msg_snprintf(text, sizeof text, MSG_COUNTING_OPENING, lang_of(r->english), date,
                 t->place ? t->place : "……", t->body ? t->body : "……", what);
    /* A body written over lines ("BCH ĐOÀN TỈNH|KIÊN GIANG") reads as one. */
    for (char *bar = strchr(text, '|'); bar; bar = strchr(bar, '|'))
        *bar = ' ';
    return para(r, text, YK_PARA_JUSTIFY | YK_PARA_INDENT);
}

/* "1. Nguyễn Văn A - Trưởng ban", one paragraph a member; dotted lines for
 * a head and two members when the project names none. */
static int committee(report *r)
{
    msg_lang lang = lang_of(r->english);
    const char *list = r->tpl->counting_committee;
    char line[1024];
    int code = 0;
    for (int i = 1; !code && (list ? *list != '\0' : i <= BLANK_COMMITTEE); i++) {
        if (list) {
            size_t len = strcspn(list, "|");
            yk_text_snprintf(line, sizeof line, "%d. %.*s", i, (int)len,
                             list + strspn(list, " "));
            list += len + (list[len] == '|');
        } else {
            yk_text_snprintf(line, sizeof line, "%d. %s - %s", i, DOTTED,
                             msg(i == 1 ? MSG_COUNTING_HEAD_ROLE : MSG_COUNTING_MEMBER_ROLE,
                                 lang));
        }
        code = para(r, line, YK_PARA_INDENT);
    }
    return code;
}

static int figures(report *r, const votes_setup *s, const yk_table *t)
{
    char text[2048], members[32], present[32], issued[32], returned[32], valid[32],
        invalid[32];
    figure_cell(r, s->figure[FIGURE_MEMBERS], members, sizeof members);
    figure_cell(r, s->figure[FIGURE_PRESENT], present, sizeof present);
    ballots_cell(r, t, YK_VOTES_ISSUED, issued, sizeof issued);
    ballots_cell(r, t, YK_VOTES_RETURNED, returned, sizeof returned);
    ballots_cell(r, t, YK_VOTES_VALID, valid, sizeof valid);
    ballots_cell(r, t, YK_VOTES_INVALID, invalid, sizeof invalid);
    msg_snprintf(text, sizeof text, MSG_COUNTING_FIGURES, lang_of(r->english), members,
                 present, issued, returned, valid, invalid);
    int code = para(r, text, YK_PARA_JUSTIFY | YK_PARA_INDENT);
    return code ? code : para(r, msg(MSG_COUNTING_RESULT, lang_of(r->english)), YK_PARA_INDENT);
}

enum { NCOLS = 8 };

/* Person i's row: number, name, position, each level's count and share
 * (the share under the count: the same in every row, however wide), the
 * invalid lines, the flag in words. */
static void person_row(const report *r, const yk_table *t, size_t i, char row[NCOLS][512])
{
    static const int counts[] = { YK_VOTES_HIGH, YK_VOTES_TRUST, YK_VOTES_LOW };
    static const int shares[] = { YK_VOTES_HIGH_PCT, YK_VOTES_TRUST_PCT, YK_VOTES_LOW_PCT };
    size_t at = YK_VOTES_ROW_PERSON(i);
    const char *flag = yk_table_text_at(t, at, YK_VOTES_FLAG);
    const char *words = chart_flag_words(*flag ? flag : NULL, r->english);
    yk_text_snprintf(row[0], 512, "%zu", i + 1);
    yk_text_snprintf(row[1], 512, "%s", yk_table_text_at(t, at, YK_VOTES_NAME));
    yk_text_snprintf(row[2], 512, "%s", yk_table_text_at(t, at, YK_VOTES_POSITION));
    for (int l = 0; l < 3; l++)
        yk_text_snprintf(row[3 + l], 512, "%s\n(%s%%)", yk_table_text_at(t, at, (size_t)counts[l]),
                         yk_table_text_at(t, at, (size_t)shares[l]));
    yk_text_snprintf(row[6], 512, "%s", yk_table_text_at(t, at, YK_VOTES_INVALID));
    yk_text_snprintf(row[7], 512, "%s", words ? words : "");
}

static int persons(report *r, const yk_table *t, size_t n)
{
    msg_lang lang = lang_of(r->english);
    char caption[256];
    yk_text_snprintf(caption, sizeof caption, "%s %d. %s", r->w->table, ++r->tables,
                     msg(MSG_POLL_BY_PERSON, lang));
    if (r->book) {
        figure_book_table(r->book, t, caption, caption, NULL, 0, NULL, 0, NULL);
        return r->book->failed ? EXIT_SYSTEM : 0;
    }
    char **cells = calloc(n * NCOLS + 1, sizeof *cells);
    size_t k = 0;
    int code = cells ? 0 : EXIT_SYSTEM;
    for (size_t i = 0; !code && i < n; i++) {
        char row[NCOLS][512];
        person_row(r, t, i, row);
        for (int c = 0; c < NCOLS; c++)
            if (!(cells[k++] = strdup(row[c])))
                code = EXIT_SYSTEM;
    }
    const char *header[NCOLS] = { msg(MSG_COUNTING_NUMBER, lang), msg(MSG_COUNTING_NAME, lang),
                                  msg(MSG_COUNTING_POSITION, lang), msg(MSG_POLL_HIGH, lang),
                                  msg(MSG_POLL_CONFIDENCE, lang), msg(MSG_POLL_LOW, lang),
                                  msg(MSG_POLL_INVALID, lang), msg(MSG_POLL_RULE, lang) };
    static const double widths[NCOLS] = { 0.06, 0.18, 0.15, 0.13, 0.13, 0.13, 0.10, 0.12 };
    static const int align[NCOLS] = { YK_DOC_CENTRE, YK_DOC_LEFT, YK_DOC_LEFT, YK_DOC_RIGHT,
                                      YK_DOC_RIGHT, YK_DOC_RIGHT, YK_DOC_RIGHT, YK_DOC_LEFT };
    if (!code && yk_doc_table(r->doc, caption, NCOLS, widths, align, header,
                              (const char *const *)cells, n) != YK_OK)
        code = EXIT_SYSTEM;
    for (size_t i = 0; cells && i < k; i++)
        free(cells[i]);
    free(cells);
    return code;
}

/* Under the table: which base the shares are of, and the rule set's
 * thresholds as its fractions ("Tín nhiệm thấp từ 2/3: Miễn nhiệm"). */
static int base_and_thresholds(report *r, const votes_setup *s, const yk_table *t)
{
    msg_lang lang = lang_of(r->english);
    char text[2048], n[32];
    const char *rule = yk_rules_title(s->rules) ? yk_rules_title(s->rules)
                                                 : yk_rules_name(s->rules);
    ballots_cell(r, t, YK_VOTES_BASE, n, sizeof n);
    msg_snprintf(text, sizeof text, MSG_COUNTING_BASE, lang,
                 msg((msg_id)(MSG_POLL_BASE_MEMBERS + s->base % YK_N_BASES), lang), n, rule);
    int code = para(r, text, YK_PARA_SMALL | YK_PARA_JUSTIFY);
    size_t len = (size_t)yk_text_snprintf(text, sizeof text, "%s", msg(MSG_COUNTING_THRESHOLDS,
                                                                       lang));
    size_t nt = yk_rules_n_thresholds(s->rules);
    for (size_t i = 0; i < nt && len < sizeof text; i++) {
        const yk_threshold *th = yk_rules_threshold(s->rules, i);
        const char *words = chart_flag_words(th->flag, r->english);
        len += (size_t)yk_text_snprintf(
            text + len, sizeof text - len, "%s%s %s %lu/%lu: %s", i ? "; " : "",
            msg((msg_id)(MSG_POLL_HIGH + th->level % YK_N_LEVELS), lang),
            msg(th->comparison == YK_MORE_THAN ? MSG_COUNTING_MORE_THAN : MSG_COUNTING_AT_LEAST,
                lang), th->p, th->q, words ? words : th->flag);
    }
    if (!code && nt && len + 2 < sizeof text) {
        strcat(text, ".");
        code = para(r, text, YK_PARA_SMALL | YK_PARA_JUSTIFY);
    }
    return code;
}

/* The name a committee line signs with: before " - " (its role). */
static yk_status signer_name(yk_buf *b, const char *line, size_t len)
{
    size_t skip = strspn(line, " ");
    skip = skip < len ? skip : len;
    line += skip;
    len -= skip;
    const char *dash = NULL;
    for (size_t i = 0; i + 2 < len; i++)
        if (line[i] == ' ' && line[i + 1] == '-' && line[i + 2] == ' ')
            dash = line + i;
    char *name = strndup(line, dash ? (size_t)(dash - line) : len);
    char *esc = name ? yk_doc_escape(name) : NULL;
    static const char room[] = "\n\n\n\n\n<b>";     /* four lines to sign on */
    yk_status st = esc ? yk_buf_append(b, room, strlen(room)) : YK_ERR_NOMEM;
    if (st == YK_OK)
        st = yk_buf_append(b, esc, strlen(esc));
    if (st == YK_OK)
        st = yk_buf_append(b, "</b>", 4);
    free(name);
    free(esc);
    return st;
}

/* The committee's signatures: its head on the left, its members on the
 * right, each with room to sign and the name when the project gives it. */
static int signatures(report *r)
{
    msg_lang lang = lang_of(r->english);
    yk_buf head = { 0 }, members = { 0 };
    yk_status st = yk_buf_append(&head, "<b>", 3);
    if (st == YK_OK)
        st = yk_buf_append(&head, msg(MSG_COUNTING_HEAD, lang), strlen(msg(MSG_COUNTING_HEAD,
                                                                              lang)));
    if (st == YK_OK)
        st = yk_buf_append(&head, "</b>", 4);
    if (st == YK_OK)
        st = yk_buf_append(&members, "<b>", 3);
    if (st == YK_OK)
        st = yk_buf_append(&members, msg(MSG_COUNTING_MEMBERS, lang),
                           strlen(msg(MSG_COUNTING_MEMBERS, lang)));
    if (st == YK_OK)
        st = yk_buf_append(&members, "</b>", 4);
    const char *list = r->tpl->counting_committee;
    for (int i = 0; st == YK_OK && list && *list; i++) {
        size_t len = strcspn(list, "|");
        st = signer_name(i ? &members : &head, list, len);
        list += len + (list[len] == '|');
    }
    if (st == YK_OK && !r->tpl->counting_committee)
        st = yk_buf_append(&head, "\n\n\n\n", 4);   /* room to sign, no name */
    if (st == YK_OK)
        st = yk_buf_append(&head, "", 1);
    if (st == YK_OK)
        st = yk_buf_append(&members, "", 1);
    yk_doc_side h = { head.data, YK_PARA_CENTRE | YK_PARA_FIT, 0 };
    yk_doc_side m = { members.data, YK_PARA_CENTRE | YK_PARA_FIT, 0 };
    if (st == YK_OK)
        st = yk_doc_sides(r->doc, &h, &m, 0.5);
    yk_buf_free(&head);
    yk_buf_free(&members);
    return st == YK_OK ? 0 : EXIT_SYSTEM;
}

/* The closing sentence and the signatures, on one page. */
static int closing(report *r)
{
    char date[64], text[1024];
    report_date_words(r->tpl, date, sizeof date);
    msg_snprintf(text, sizeof text, MSG_COUNTING_CLOSING, lang_of(r->english), date);
    if (yk_doc_keep_begin(r->doc) != YK_OK)
        return EXIT_SYSTEM;
    int code = para(r, text, YK_PARA_JUSTIFY | YK_PARA_INDENT);
    if (!code && yk_doc_space(r->doc, 12) != YK_OK)
        code = EXIT_SYSTEM;
    if (!code)
        code = signatures(r);
    return yk_doc_keep_end(r->doc) == YK_OK ? code : EXIT_SYSTEM;
}

static int record(report *r, const votes_setup *s, const votes_count *v, int argc,
                  char **argv)
{
    (void)argc, (void)argv;     /* a record draws no chart */
    yk_table t;
    /* The shares' text in the record's decimal mark: "48,94" in Vietnamese. */
    yk_status st = votes_table(s, v, msg(MSG_DECIMAL_MARK, lang_of(r->english))[0], &t);
    int code = st == YK_OK ? 0 : (cli_error("report: %s", yk_strerror(st)), EXIT_SYSTEM);
    if (!code)
        code = opening(r, s);
    if (!code)
        code = committee(r);
    if (!code)
        code = figures(r, s, &t);
    if (!code)
        code = persons(r, &t, yk_ballot_coder_n_persons(v->coder));
    if (!code && !r->book)
        code = base_and_thresholds(r, s, &t);
    if (!code && !r->book)
        code = closing(r);
    yk_table_free(&t);
    return code;
}

int report_counting(report *r, int argc, char **argv, int *data)
{
    return report_with_poll(r, argc, argv, data, record);
}
