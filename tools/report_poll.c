/* ykien report — the confidence poll section: the ballots, each person's
 * counts and shares over the rule set's base, the flags, and the chart;
 * counted by the code `ykien votes` counts with (tools/votes_count.c). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "yk_text.h"
#include "chart.h"
#include "report.h"
#include "votes.h"
#include "yk_figures_votes.h"


static const char *base_words(const report *r, yk_base b)
{
    /* The table's rows follow yk_base's order. */
    return msg((msg_id)(MSG_POLL_BASE_MEMBERS + b % YK_N_BASES), lang_of(r->english));
}

/* A count of the ballots' row, as the report writes numbers. */
static void ballots_count(const report *r, const yk_table *t, int column, char *buf,
                          size_t size)
{
    report_number(r, yk_table_value(t, YK_VOTES_ROW_BALLOTS, (size_t)column), 0, "", buf,
                  size);
}

static int ballots_paragraph(report *r, const votes_setup *s, const yk_table *t)
{
    char text[2048], issued[32], returned[32], valid[32], invalid[32], n[32];
    ballots_count(r, t, YK_VOTES_ISSUED, issued, sizeof issued);
    ballots_count(r, t, YK_VOTES_RETURNED, returned, sizeof returned);
    ballots_count(r, t, YK_VOTES_VALID, valid, sizeof valid);
    ballots_count(r, t, YK_VOTES_INVALID, invalid, sizeof invalid);
    ballots_count(r, t, YK_VOTES_BASE, n, sizeof n);
    const char *rule = yk_rules_title(s->rules) ? yk_rules_title(s->rules)
                                                 : yk_rules_name(s->rules);
    msg_snprintf(text, sizeof text, MSG_POLL_BALLOTS, lang_of(r->english),
             yk_table_is_shown(t, YK_VOTES_ROW_BALLOTS, YK_VOTES_ISSUED) ? issued : "–",
             returned, valid, invalid, base_words(r, s->base), n, rule);
    return yk_doc_paragraph(r->doc, text, YK_PARA_JUSTIFY | YK_PARA_INDENT) == YK_OK
               ? 0 : EXIT_SYSTEM;
}

/* Person i's flag in the report's words; NULL when none. */
static const char *flag_of(const report *r, const yk_table *t, size_t i)
{
    const char *flag = yk_table_text_at(t, YK_VOTES_ROW_PERSON(i), YK_VOTES_FLAG);
    return chart_flag_words(*flag ? flag : NULL, r->english);
}

/* "48,94%": a share as the table shows it, in the report's decimal mark. */
static void share_of(const yk_table *t, size_t i, int column, char *buf, size_t size)
{
    yk_text_snprintf(buf, size, "%s%%",
                     yk_table_text_at(t, YK_VOTES_ROW_PERSON(i), (size_t)column));
}

/* The persons flagged, in a sentence; none: a sentence that says so. */
static int flags_paragraph(report *r, const votes_setup *s, const votes_count *v,
                           const yk_table *t)
{
    char text[4096];
    size_t len = (size_t)yk_text_snprintf(text, sizeof text, "%s",
                                          msg(MSG_POLL_FLAGGED, lang_of(r->english)));
    int any = 0;
    for (size_t i = 0; i < yk_ballot_coder_n_persons(v->coder) && len < sizeof text; i++) {
        const char *flag = flag_of(r, t, i);
        const yk_question *q = yk_ballot_coder_person(v->coder, i);
        char low[32];
        if (!flag)
            continue;
        share_of(t, i, YK_VOTES_LOW_PCT, low, sizeof low);
        len += (size_t)yk_text_snprintf(text + len, sizeof text - len, "%s%s (%s %s: %s)",
                                any ? "; " : "", chart_label(s->form, q->labels, q->name,
                                                             r->english),
                                low, msg(MSG_POLL_LOW_CONFIDENCE, lang_of(r->english)), flag);
        any = 1;
    }
    if (!any)
        yk_text_snprintf(text, sizeof text, "%s", msg(MSG_POLL_NONE_FLAGGED, lang_of(r->english)));
    else if (len + 2 < sizeof text)
        strcat(text, ".");
    return yk_doc_paragraph(r->doc, text, YK_PARA_JUSTIFY | YK_PARA_INDENT) == YK_OK
               ? 0 : EXIT_SYSTEM;
}

/* Person i's row of the report's table: who, each level's count and
 * share, the invalid lines, the flag. */
static void person_cells(const report *r, const votes_setup *s, const votes_count *v,
                         const yk_table *t, size_t i, char row[6][512])
{
    static const int counts[] = { YK_VOTES_HIGH, YK_VOTES_TRUST, YK_VOTES_LOW };
    static const int shares[] = { YK_VOTES_HIGH_PCT, YK_VOTES_TRUST_PCT, YK_VOTES_LOW_PCT };
    const yk_question *q = yk_ballot_coder_person(v->coder, i);
    const char *flag = flag_of(r, t, i);
    size_t at = YK_VOTES_ROW_PERSON(i);
    yk_text_snprintf(row[0], 512, "%s%s%s", chart_label(s->form, q->labels, q->name, r->english),
             q->hint ? " — " : "", q->hint ? chart_shown(q->hint) : "");
    for (int l = 0; l < YK_N_LEVELS; l++) {
        char pct[32];
        share_of(t, i, shares[l], pct, sizeof pct);
        yk_text_snprintf(row[1 + l], 512, "%s (%s)", yk_table_text_at(t, at, (size_t)counts[l]),
                         pct);
    }
    yk_text_snprintf(row[4], 512, "%s", yk_table_text_at(t, at, YK_VOTES_INVALID));
    yk_text_snprintf(row[5], 512, "%s", flag ? flag : "");
}

/* In the workbook, the person by person table is votes' own: every
 * count and share a number cell of its own. */
static int persons_sheet(report *r, const yk_table *t)
{
    msg_lang lang = lang_of(r->english);
    char caption[256], name[256];
    yk_text_snprintf(caption, sizeof caption, "%s %d. %s", r->w->table, ++r->tables,
                     msg(MSG_POLL_BY_PERSON, lang));
    yk_text_snprintf(name, sizeof name, "%d. %s", r->tables, msg(MSG_POLL_BY_PERSON, lang));
    figure_book_table(r->book, t, name, caption, NULL, 0, NULL, 0, NULL);
    return r->book->failed ? EXIT_SYSTEM : 0;
}

static int persons_table(report *r, const votes_setup *s, const votes_count *v,
                         const yk_table *t)
{
    size_t n = yk_ballot_coder_n_persons(v->coder), k = 0;
    if (r->book)
        return persons_sheet(r, t);
    char **cells = calloc(n * 6 + 1, sizeof *cells);
    int code = cells ? 0 : EXIT_SYSTEM;
    for (size_t i = 0; !code && i < n; i++) {
        char row[6][512];
        person_cells(r, s, v, t, i, row);
        for (int c = 0; c < 6; c++)
            if (!(cells[k++] = strdup(row[c])))
                code = EXIT_SYSTEM;
    }
    msg_lang lang = lang_of(r->english);
    const char *header[] = { msg(MSG_POLL_PERSON, lang), msg(MSG_POLL_HIGH, lang),
                             msg(MSG_POLL_CONFIDENCE, lang), msg(MSG_POLL_LOW, lang),
                             msg(MSG_POLL_INVALID, lang), msg(MSG_POLL_RULE, lang) };
    static const double shares[] = { 0.32, 0.14, 0.14, 0.14, 0.10, 0.16 };
    static const int right[] = { 0, 1, 1, 1, 1, 0 };
    char caption[256];
    yk_text_snprintf(caption, sizeof caption, "%s %d. %s", r->w->table, ++r->tables,
             msg(MSG_POLL_BY_PERSON, lang));
    if (!code && yk_doc_table(r->doc, caption, 6, shares, right, header,
                              (const char *const *)cells, n) != YK_OK)
        code = EXIT_SYSTEM;
    for (size_t i = 0; cells && i < k; i++)
        free(cells[i]);
    free(cells);
    return code;
}

typedef struct {
    int argc;
    char **argv;
} poll_input;

static int draw_poll(void *ctx, const chart_opts *co, yk_chart *c)
{
    const poll_input *in = ctx;
    int data = 0;
    return chart_votes(co, in->argc, in->argv, c, &data);
}

static int poll_chart(report *r, int argc, char **argv)
{
    chart_opts co = { 0 };
    poll_input in = { argc, argv };
    co.f.s.c.quiet = 1;
    return report_chart(r, &co, 110, draw_poll, &in,
                        msg(MSG_POLL_CHART_TITLE, lang_of(r->english)));
}

/* The poll's sections, read from its figures' table. */
static int poll_sections(report *r, const votes_setup *s, const votes_count *v, int argc,
                         char **argv)
{
    yk_table t;
    /* The shares' text in the report's decimal mark: "48,94" in Vietnamese. */
    yk_status st = votes_table(s, v, msg(MSG_DECIMAL_MARK, lang_of(r->english))[0], &t);
    int code = st == YK_OK ? 0 : (cli_error("report: %s", yk_strerror(st)), EXIT_SYSTEM);
    if (!code)
        code = report_section(r, SECTION_POLL);
    if (!code)
        code = ballots_paragraph(r, s, &t);
    if (!code)
        code = persons_table(r, s, v, &t);
    if (!code)
        code = flags_paragraph(r, s, v, &t);
    if (!code)
        code = poll_chart(r, argc, argv);
    yk_table_free(&t);
    return code;
}

int report_with_poll(report *r, int argc, char **argv, int *data, report_poll_part part)
{
    votes_opts vo = { .c = r->o->s.c, .verb = "report" };
    cli_diags ds = { .quiet = r->o->s.c.quiet, .all = r->o->s.c.all, .per_run = 1 };
    votes_setup s;
    votes_count v = { 0 };
    int code = votes_setup_open(&vo, argc, argv, &ds, &s);
    if (code) {
        cli_diags_file(&ds, NULL);
        return code;
    }
    *data = votes_count_open(&vo.c, &s, &ds, &v);
    cli_diags_file(&ds, NULL);
    /* Ballots with errors or figures that do not add up are not reported. */
    if (!v.poll || *data >= EXIT_USAGE || v.refused)
        code = *data ? *data : EXIT_SYSTEM;
    if (!code && !votes_base(&s, v.poll)) {
        cli_error("report: no valid ballot, so no share and no flag");
        code = EXIT_DATA;
    }
    if (!code)
        code = part(r, &s, &v, argc, argv);
    votes_count_close(&v);
    votes_setup_close(&s);
    return code;
}

int report_poll(report *r, int argc, char **argv, int *data)
{
    return report_with_poll(r, argc, argv, data, poll_sections);
}

int report_poll_methods(report *r)
{
    int code = report_section(r, SECTION_METHODS);
    const char *text = msg(MSG_POLL_METHODS, lang_of(r->english));
    if (!code && yk_doc_paragraph(r->doc, text, YK_PARA_JUSTIFY | YK_PARA_INDENT) != YK_OK)
        code = EXIT_SYSTEM;
    return code;
}
