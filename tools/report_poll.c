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


/* "48,94%": two decimals, exact, as ykien votes writes them. */
static void percent(const report *r, unsigned long count, unsigned long base, char *buf,
                    size_t size)
{
    unsigned long h = yk_poll_percent_hundredths(count, base);
    yk_text_snprintf(buf, size, "%lu%s%02lu%%", h / 100, msg(MSG_DECIMAL_MARK, lang_of(r->english)),
             h % 100);
}

static const char *base_words(const report *r, yk_base b)
{
    /* The table's rows follow yk_base's order. */
    return msg((msg_id)(MSG_POLL_BASE_MEMBERS + b % YK_N_BASES), lang_of(r->english));
}

static int ballots_paragraph(report *r, const votes_setup *s, const yk_poll *poll,
                             unsigned long base)
{
    const yk_poll_ballots *b = yk_poll_ballots_get(poll);
    char text[2048], issued[32], returned[32], valid[32], invalid[32], n[32];
    report_number(r, (double)s->figure[FIGURE_ISSUED], 0, "", issued, sizeof issued);
    report_number(r, (double)b->returned, 0, "", returned, sizeof returned);
    report_number(r, (double)b->valid, 0, "", valid, sizeof valid);
    report_number(r, (double)b->invalid, 0, "", invalid, sizeof invalid);
    report_number(r, (double)base, 0, "", n, sizeof n);
    const char *rule = yk_rules_title(s->rules) ? yk_rules_title(s->rules)
                                                 : yk_rules_name(s->rules);
    msg_snprintf(text, sizeof text, MSG_POLL_BALLOTS, lang_of(r->english),
             s->figure[FIGURE_ISSUED] >= 0 ? issued : "–", returned, valid, invalid,
             base_words(r, s->base), n, rule);
    return yk_doc_paragraph(r->doc, text, YK_PARA_JUSTIFY | YK_PARA_INDENT) == YK_OK
               ? 0 : EXIT_SYSTEM;
}

/* The persons flagged, in a sentence; none: a sentence that says so. */
static int flags_paragraph(report *r, const votes_setup *s, const votes_count *v,
                           unsigned long base)
{
    char text[4096];
    size_t len = (size_t)yk_text_snprintf(text, sizeof text, "%s",
                                          msg(MSG_POLL_FLAGGED, lang_of(r->english)));
    int any = 0;
    for (size_t i = 0; i < yk_ballot_coder_n_persons(v->coder) && len < sizeof text; i++) {
        const yk_poll_person *p = yk_poll_person_get(v->poll, i);
        const char *flag = chart_flag_words(yk_rules_flag(s->rules, p->level, base),
                                            r->english);
        const yk_question *q = yk_ballot_coder_person(v->coder, i);
        char low[32];
        if (!flag)
            continue;
        percent(r, p->level[YK_LEVEL_LOW], base, low, sizeof low);
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

static int persons_table(report *r, const votes_setup *s, const votes_count *v,
                         unsigned long base)
{
    size_t n = yk_ballot_coder_n_persons(v->coder), k = 0;
    char **cells = calloc(n * 6 + 1, sizeof *cells);
    int code = cells ? 0 : EXIT_SYSTEM;
    for (size_t i = 0; !code && i < n; i++) {
        const yk_question *q = yk_ballot_coder_person(v->coder, i);
        const yk_poll_person *p = yk_poll_person_get(v->poll, i);
        const char *flag = chart_flag_words(yk_rules_flag(s->rules, p->level, base), r->english);
        char who[512], level[3][64];
        yk_text_snprintf(who, sizeof who, "%s%s%s", chart_label(s->form, q->labels, q->name, r->english),
                 q->hint ? " — " : "", q->hint ? chart_shown(q->hint) : "");
        for (int l = 0; l < YK_N_LEVELS; l++) {
            char pct[32];
            percent(r, p->level[l], base, pct, sizeof pct);
            yk_text_snprintf(level[l], sizeof level[l], "%lu (%s)", p->level[l], pct);
        }
        char invalid[32];
        yk_text_snprintf(invalid, sizeof invalid, "%lu", yk_poll_invalid_lines(v->poll, i));
        const char *row[6] = { who, level[0], level[1], level[2], invalid, flag ? flag : "" };
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

int report_poll(report *r, int argc, char **argv, int *data)
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
    if (!v.poll || *data >= EXIT_USAGE || v.refused)
        code = *data ? *data : EXIT_SYSTEM;
    unsigned long base = code ? 0 : votes_base(&s, v.poll);
    if (!code && !base) {
        cli_error("report: no valid ballot, so no share and no flag");
        code = EXIT_DATA;
    }
    if (!code)
        code = report_section(r, SECTION_POLL);
    if (!code)
        code = ballots_paragraph(r, &s, v.poll, base);
    if (!code)
        code = persons_table(r, &s, &v, base);
    if (!code)
        code = flags_paragraph(r, &s, &v, base);
    if (!code)
        code = poll_chart(r, argc, argv);
    votes_count_close(&v);
    votes_setup_close(&s);
    return code;
}

int report_poll_methods(report *r)
{
    int code = report_section(r, SECTION_METHODS);
    const char *text = msg(MSG_POLL_METHODS, lang_of(r->english));
    if (!code && yk_doc_paragraph(r->doc, text, YK_PARA_JUSTIFY | YK_PARA_INDENT) != YK_OK)
        code = EXIT_SYSTEM;
    return code;
}
