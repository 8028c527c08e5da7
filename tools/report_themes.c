/* ykien report — the themes section: a table and charts per scale.
 * What the section files share is in report_impl.h. */
#include <math.h>
#include <stdlib.h>
#include "yk_text.h"
#include "report.h"
#include "report_impl.h"
#include "yk_figures_describe.h"
#include "yk_figures_units.h"

/* "81,7 – 83,0%", or "–" without an interval. */
void report_put_interval(cells *c, const report *r, double low, double high)
{
    char text[96], lo[32], hi[32];
    report_number(r, low, 1, "", lo, sizeof lo);
    report_number(r, high, 1, "%", hi, sizeof hi);
    yk_text_snprintf(text, sizeof text, "%s – %s", lo, hi);
    report_put(c, isnan(low) ? "–" : text);
}

/* A likert chart for each answer list among scale s's items. */
static int theme_charts(report *r, size_t s)
{
    const yk_form *f = yk_tally_form(r->t);
    size_t k;
    const size_t *items = yk_tally_scale_items(r->t, s, &k);
    int code = 0;
    for (size_t i = 0; !code && i < k; i++) {
        const yk_choice_list *list = yk_form_question(f, items[i])->list;
        int first = 1;
        for (size_t j = 0; j < i; j++)
            first &= yk_form_question(f, items[j])->list != list;
        char *these = first ? report_scale_items(r, s, list) : NULL;
        if (first)
            code = these ? report_add_chart(r, &chart_kind_likert, NULL, these, 50,
                                            report_theme_title(r, s))
                         : EXIT_SYSTEM;
        free(these);
    }
    return code;
}

/* The share who agree with q (yk_figure_unit_share) in the last round,
 * with its 95% Wilson interval, in percent: for a 3-level list, whose top2
 * describe leaves blank.  NANs when q has none or too few opinions. */
static void upper_share(const report *r, const yk_question *q, double *share, double *low,
                        double *high)
{
    const yk_form *f = yk_tally_form(r->t);
    size_t qi = 0;
    while (qi < yk_form_n_questions(f) && yk_form_question(f, qi) != q)
        qi++;
    yk_unit_figure all;
    yk_figure_unit_share(r->t, r->round, SIZE_MAX, qi, r->tpl->min_base, &all);
    *share = all.value, *low = all.low, *high = all.high;     /* NAN when not shown */
}

/* The items of scale s: answers, mean, the share who agree and its
 * interval (describe's top2; the top one of a 3-level list). */
static int theme_table(report *r, size_t s)
{
    const yk_form *f = yk_tally_form(r->t);
    char *names = report_scale_items(r, s, NULL);
    yk_table d;
    int code = names ? report_make_table(r, &figure_describe, NULL, names, &d) : EXIT_SYSTEM;
    free(names);
    if (code)
        return code;
    cells c = { 0 };
    for (size_t i = 0; i < yk_table_n_rows(&d); i++) {
        const char *name = yk_table_text_at(&d, i, YK_DESCRIBE_QUESTION);
        const yk_question *q = yk_form_find(f, name);
        char label[1024];
        report_put(&c, q ? report_statement(r, q, label, sizeof label) : name);
        report_put_number(&c, r, yk_table_value(&d, i, YK_DESCRIBE_N), 0, "");
        report_put_number(&c, r, yk_table_value(&d, i, YK_DESCRIBE_MEAN), 2, "");
        double share = yk_table_value(&d, i, YK_DESCRIBE_TOP2),
               low = yk_table_value(&d, i, YK_DESCRIBE_TOP2_LOW),
               high = yk_table_value(&d, i, YK_DESCRIBE_TOP2_HIGH);
        if (isnan(share) && q)
            upper_share(r, q, &share, &low, &high);
        report_put_number(&c, r, share, 1, "%");
        report_put_interval(&c, r, low, high);
    }
    const char *header[] = { r->w->question, r->w->base, msg(MSG_REPORT_MEAN, lang_of(r->english)),
                             r->w->share, r->w->ci };
    static const double shares[] = { 0.44, 0.11, 0.11, 0.12, 0.22 };
    static const int right[] = { 0, 1, 1, 1, 1 };
    code = c.failed ? EXIT_SYSTEM : report_add_table(r, report_theme_title(r, s), 5, shares, right,
                                                     header, &c);
    report_cells_free(&c);
    yk_table_free(&d);
    return code;
}

int report_themes(report *r)
{
    int code = report_section(r, SECTION_THEMES);
    if (!code)
        code = report_para(r, r->w->theme_intro);
    if (!code && report_any_reverse(r))
        code = report_para(r, msg(MSG_REPORT_THEMES_REVERSE, lang_of(r->english)));
    for (size_t s = 0; !code && s < yk_tally_n_scales(r->t); s++) {
        code = report_subsection(r, report_theme_title(r, s));
        if (!code)
            code = theme_charts(r, s);
        if (!code)
            code = theme_table(r, s);
    }
    return code;
}
