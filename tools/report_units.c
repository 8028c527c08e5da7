/* ykien report — the units section: units above or below the others.
 * What the section files share is in report_impl.h. */
#include <math.h>
#include <string.h>
#include "yk_figures_compare.h"
#include "yk_text.h"
#include "report.h"
#include "report_impl.h"

/* Whether row i of compare --vs-rest's table is of a unit hidden for its
 * question: such a unit is never named or compared in a sentence. */
static int told_hidden(const report *r, const yk_table *c, size_t i)
{
    const yk_question *g = yk_tally_group(r->t);
    const yk_question *q =
        yk_form_find(yk_tally_form(r->t), yk_table_text_at(c, i, YK_COMPARE_QUESTION));
    const char *unit = yk_table_text_at(c, i, YK_COMPARE_PAIR);
    size_t u = 0;
    while (g && u < g->list->n && strcmp(g->list->choices[u].name, unit) != 0)
        u++;
    return report_unit_hidden(r, q, u);
}

/* Up to three units furthest above (direction +1) or below (-1) the
 * others, each at the question where it differs most, significant after
 * adjustment, from compare --vs-rest's rows, told as one sentence. */
int report_units_told(report *r, const yk_table *c, int direction)
{
    size_t told[3], n = 0;
    for (; n < 3; n++) {
        size_t best = SIZE_MAX;
        for (size_t i = 0; i < yk_table_n_rows(c); i++) {
            double e = yk_table_value(c, i, YK_COMPARE_EFFECT);
            int seen = 0;       /* each unit once, at its largest difference */
            for (size_t k = 0; k < n; k++)
                seen |= strcmp(yk_table_text_at(c, told[k], YK_COMPARE_PAIR),
                               yk_table_text_at(c, i, YK_COMPARE_PAIR)) == 0;
            if (seen || strcmp(yk_table_text_at(c, i, YK_COMPARE_TEST), "vs_rest") != 0 ||
                !(yk_table_value(c, i, YK_COMPARE_P_ADJUSTED) < 0.05) || direction * e <= 0 ||
                told_hidden(r, c, i))
                continue;
            if (best == SIZE_MAX ||
                direction * e > direction * yk_table_value(c, best, YK_COMPARE_EFFECT))
                best = i;
        }
        if (best == SIZE_MAX)
            break;
        told[n] = best;
    }
    if (!n)
        return 0;
    char text[8192];
    size_t len = (size_t)yk_text_snprintf(text, sizeof text, "%s", direction > 0
        ? msg(MSG_UNITS_MORE, lang_of(r->english))
        : msg(MSG_UNITS_LESS, lang_of(r->english)));
    const yk_question *g = yk_tally_group(r->t);
    for (size_t i = 0; i < n && len < sizeof text; i++) {
        const char *unit = yk_table_text_at(c, told[i], YK_COMPARE_PAIR),
                   *q = yk_table_text_at(c, told[i], YK_COMPARE_QUESTION);
        const yk_question *qq = yk_form_find(yk_tally_form(r->t), q);
        size_t u = 0;
        while (u < g->list->n && strcmp(g->list->choices[u].name, unit) != 0)
            u++;
        char d[32], label[1024], chose[1024] = "";
        yk_figure_levels l;
        if (qq && yk_figure_levels_of(qq, NULL, &l, NULL, NULL) == 1)
            report_answers_words(r, qq, &l, l.favourable, chose, sizeof chose);
        report_number(r, fabs(yk_table_value(c, told[i], YK_COMPARE_EFFECT)), 1, "", d,
                      sizeof d);
        /* Each entry says which answers its share counts, so that it reads
         * true alone, reverse-worded or not. */
        len += (size_t)msg_snprintf(text + len, sizeof text - len, MSG_UNITS_ENTRY,
                                lang_of(r->english),
                                u < g->list->n ? label_of(r, g->list->choices[u].labels, unit)
                                               : unit,
                                qq ? report_quoted(r, qq, label, sizeof label) : q, chose,
                                d, msg(direction > 0 ? MSG_UNITS_HIGHER : MSG_UNITS_LOWER,
                                       lang_of(r->english)),
                                i + 1 < n ? "; " : ".");
    }
    return report_para(r, text);
}

/* compare --vs-rest's table of the last round, by the tally's group. */
int report_vs_rest_table(report *r, yk_table *c)
{
    figure_opts o = *r->o;
    const figure_opts *keep = r->o;
    o.vs_rest = 1;
    r->o = &o;
    int code = report_make_table(r, &figure_compare, yk_tally_group(r->t)->name, NULL, c);
    r->o = keep;
    return code;
}

int report_units(report *r)
{
    yk_table c;
    const yk_question *g = yk_tally_group(r->t);
    if (!g)
        return 0;
    int code = report_section(r, SECTION_UNITS);
    if (!code)
        code = report_vs_rest_table(r, &c);
    if (code)
        return code;
    cells out = { 0 };
    size_t tested = 0, significant = 0, best = SIZE_MAX;
    for (size_t i = 0; i < yk_table_n_rows(&c); i++) {
        if (strcmp(yk_table_text_at(&c, i, YK_COMPARE_TEST), "kruskal") != 0 ||
            *yk_table_text_at(&c, i, YK_COMPARE_PAIR))
            continue;
        const char *name = yk_table_text_at(&c, i, YK_COMPARE_QUESTION);
        const yk_question *q = yk_form_find(yk_tally_form(r->t), name);
        double padj = yk_table_value(&c, i, YK_COMPARE_P_ADJUSTED),
               eff = yk_table_value(&c, i, YK_COMPARE_EFFECT);
        tested++;
        significant += padj < 0.05;
        if (best == SIZE_MAX || eff > yk_table_value(&c, best, YK_COMPARE_EFFECT))
            best = i;
        char label[1024];
        report_put(&out, q ? report_statement(r, q, label, sizeof label) : name);
        report_put_number(&out, r, yk_table_value(&c, i, YK_COMPARE_STATISTIC), 1, "");
        report_put_p(&out, r, padj);
        report_put_number(&out, r, eff, 3, "");
    }
    char text[1024], a[16], b[16];
    report_number(r, (double)significant, 0, "", a, sizeof a);
    report_number(r, (double)tested, 0, "", b, sizeof b);
    msg_snprintf(text, sizeof text, MSG_REPORT_UNITS_DIFFER, lang_of(r->english), a, b);
    code = report_para(r, text);
    if (!code)
        code = report_units_told(r, &c, +1);
    if (!code)
        code = report_units_told(r, &c, -1);
    const char *header[] = { r->w->question, "H", r->w->p_adjusted, r->w->effect };
    static const double shares[] = { 0.55, 0.13, 0.17, 0.15 };
    static const int right[] = { 0, 1, 1, 1 };
    if (!code)
        code = out.failed ? EXIT_SYSTEM
                          : report_add_table(r, msg(MSG_UNITS_BY_QUESTION, lang_of(r->english)),
                                             4, shares, right, header, &out);
    if (!code && best != SIZE_MAX) {
        const char *name = yk_table_text_at(&c, best, YK_COMPARE_QUESTION);
        const yk_question *qq = yk_form_find(yk_tally_form(r->t), name);
        char label[1024];
        code = report_add_chart(r, &chart_kind_likert, g->name, name, 80,
                                qq ? report_statement(r, qq, label, sizeof label) : name);
    }
    report_cells_free(&out);
    yk_table_free(&c);
    return code;
}
