/* ykien report — the rounds section: changes between rounds.
 * What the section files share is in report_impl.h. */
#include <string.h>
#include "yk_text.h"
#include "report.h"
#include "rounds_figures.h"
#include "report_impl.h"

/* ---- rounds ------------------------------------------------------------ */

/* Question q (of the newest form) as the rounds section names it: the
 * statement, and for a reverse-worded one the answers its favourable
 * share counts, so that a percentage beside it reads true; into buf. */
static const char *question_label(report *r, const yk_rounds *x, size_t q, int quote,
                                  char *buf, size_t size)
{
    const yk_question *qq = yk_form_question(yk_series_form(x->s), q);
    yk_figure_levels l;
    char chose[1024];
    const char *label = label_of(r, qq->labels, qq->name);
    if (yk_figure_levels_of(qq, NULL, &l, NULL, NULL) != 1 || !l.reverse) {
        yk_text_snprintf(buf, size, quote ? "“%s”" : "%s", label);
        return buf;
    }
    report_answers_words(r, qq, &l, l.favourable, chose, sizeof chose);
    msg_snprintf(buf, size, quote ? MSG_ROUNDS_REVERSE_QUOTED : MSG_ROUNDS_REVERSE,
                 lang_of(r->english), label, chose);
    return buf;
}

/* "Giồng Riềng, “…”: 76,2% → 51,3% (−24,9 điểm)" for up to three changes. */
static int told_changes(report *r, const yk_rounds *x, size_t last, int direction)
{
    const yk_rounds_change *told[3];
    size_t n = 0;
    const yk_question *g = yk_tally_group(r->t);
    while (n < 3 && (told[n] = yk_rounds_largest(x, last, direction, told, n)))
        n++;
    if (!n)
        return 0;
    char text[4096];
    size_t len = (size_t)yk_text_snprintf(text, sizeof text, "%s ", direction > 0
        ? msg(MSG_ROUNDS_ROSE_MOST, lang_of(r->english))
        : msg(MSG_ROUNDS_FELL_MOST, lang_of(r->english)));
    for (size_t i = 0; i < n && len < sizeof text; i++) {
        const yk_rounds_change *c = told[i];
        char a[32], b[32], d[32], label[2048];
        report_number(r, yk_rounds_percent_from(c), 1, "%", a, sizeof a);
        report_number(r, yk_rounds_percent_to(c), 1, "%", b, sizeof b);
        report_number(r, yk_rounds_points(c), 1, "", d, sizeof d);
        const yk_choice *u = &g->list->choices[c->unit];
        len += (size_t)yk_text_snprintf(text + len, sizeof text - len, "%s %s (%s), %s → %s (%s%s %s)%s",
                                i ? "" : "", question_label(r, x, c->q, 1, label, sizeof label),
                                label_of(r, u->labels, u->name), a, b, direction > 0 ? "+" : "",
                                d, msg(MSG_POINTS, lang_of(r->english)),
                                i + 1 < n ? "; " : ".");
    }
    return report_para(r, text);
}

/* The province's changes from the round before the last, as a table. */
static int province_changes(report *r, yk_rounds *x, size_t last)
{
    cells c = { 0 };
    for (size_t i = 0; i < x->nrows; i++) {
        const yk_rounds_change *ch = &x->rows[i];
        if (ch->unit != SIZE_MAX || ch->to != last || ch->from + 1 != last || !ch->shown)
            continue;
        char d[32], signed_d[40], label[2048];
        report_number(r, yk_rounds_points(ch), 1, "", d, sizeof d);
        int rise = yk_rounds_points(ch) > 0 && strcmp(d, "0,0") && strcmp(d, "0.0");
        yk_text_snprintf(signed_d, sizeof signed_d, "%s%s", rise ? "+" : "", d);
        report_put(&c, question_label(r, x, ch->q, 0, label, sizeof label));
        report_put_number(&c, r, yk_rounds_percent_from(ch), 1, "%");
        report_put_number(&c, r, yk_rounds_percent_to(ch), 1, "%");
        report_put(&c, signed_d);
        report_put_interval(&c, r, 100 * ch->ci_low, 100 * ch->ci_high);
        if (ch->tests[YK_ROUNDS_TEST_SHARES].done)
            report_put_p(&c, r, ch->tests[YK_ROUNDS_TEST_SHARES].adj);
        else
            report_put(&c, "–");
    }
    char title[256], head_from[64], head_to[64];
    msg_snprintf(title, sizeof title, MSG_ROUNDS_TABLE_TITLE, lang_of(r->english),
             chart_shown(yk_series_round_name(x->s, last - 1)), chart_shown(yk_series_round_name(x->s, last)));
    yk_text_snprintf(head_from, sizeof head_from, "%s", chart_shown(yk_series_round_name(x->s, last - 1)));
    yk_text_snprintf(head_to, sizeof head_to, "%s", chart_shown(yk_series_round_name(x->s, last)));
    const char *header[] = { r->w->question, head_from, head_to,
                             msg(MSG_ROUNDS_CHANGE, lang_of(r->english)), r->w->ci,
                             r->w->p_adjusted };
    static const double shares[] = { 0.36, 0.10, 0.10, 0.12, 0.20, 0.12 };
    static const int right[] = { 0, 1, 1, 1, 1, 1 };
    int code = c.failed ? EXIT_SYSTEM : report_add_table(r, title, 6, shares, right, header,
                                                         &c);
    report_cells_free(&c);
    return code;
}

int report_rounds(report *r)
{
    yk_series *s;
    if (yk_tally_n_rounds(r->t) < 2)
        return 0;               /* nothing to compare: no section */
    int code = series_of_tally(r->t, &s);
    if (code)
        return code;
    figure_opts o = *r->o;
    o.questions = NULL;
    o.min_base = r->tpl->min_base;
    o.s.c.quiet = 1;            /* the reading already said what was missing */
    yk_rounds x;
    rounds_figures_init(&x, NULL, 0, &o, s, "report");
    size_t last = yk_series_n_rounds(s) - 1;
    code = report_section(r, SECTION_ROUNDS);
    if (!code)
        code = rounds_figures_compute(&x, "report");
    size_t up = 0, down = 0;
    if (!code)
        yk_rounds_count_significant(&x, last, &up, &down);
    char text[1024], a[16], b[16];
    report_number(r, (double)up, 0, "", a, sizeof a);
    report_number(r, (double)down, 0, "", b, sizeof b);
    msg_snprintf(text, sizeof text, MSG_REPORT_ROUNDS_CHANGES, lang_of(r->english),
                 chart_shown(yk_series_round_name(s, last - 1)),
                 chart_shown(yk_series_round_name(s, last)), a, b);
    if (!code)
        code = report_para(r, text);
    if (!code)
        code = province_changes(r, &x, last);
    if (!code)
        code = told_changes(r, &x, last, +1);
    if (!code)
        code = told_changes(r, &x, last, -1);
    const yk_rounds_change *decline = code ? NULL : yk_rounds_largest(&x, last, -1, NULL, 0);
    char label[2048];
    if (decline)
        code = report_rounds_chart(r, s, yk_form_question(yk_series_form(s), decline->q)->name,
                                   chart_statement(yk_series_form(s), yk_form_question(yk_series_form(s),
                                                                                    decline->q),
                                                   r->english, label, sizeof label));
    yk_rounds_free(&x);
    yk_series_free(s);
    return code;
}
