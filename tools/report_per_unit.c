/* ykien report — one page per unit (--per-unit).
 * What the section files share is in report_impl.h. */
#include <math.h>
#include <string.h>
#include "report.h"
#include "report_impl.h"
#include "yk_figures_describe.h"

/* One page per unit: each ordinal question's top-2 share in the unit and
 * in the whole survey, from describe by unit and overall. */
int report_per_unit(report *r)
{
    const yk_question *g = yk_tally_group(r->t);
    yk_table all, by;
    if (!g)
        return 0;
    int code = report_make_table(r, &figure_describe, NULL, NULL, &all);
    if (!code && (code = report_make_table(r, &figure_describe, g->name, NULL, &by)) != 0)
        yk_table_free(&all);
    if (code)
        return code;
    const char *header[] = { r->w->question, r->w->base, r->w->share, r->w->ci,
                             r->w->province };
    static const double shares[] = { 0.42, 0.11, 0.12, 0.21, 0.14 };
    static const int right[] = { 0, 1, 1, 1, 1 };
    for (size_t u = 0; !code && u < g->list->n; u++) {
        const yk_choice *unit = &g->list->choices[u];
        cells c = { 0 };
        for (size_t i = 0; i < yk_table_n_rows(&by); i++) {
            if (strcmp(yk_table_text_at(&by, i, YK_DESCRIBE_GROUP), unit->name) != 0 ||
                isnan(yk_table_value(&by, i, YK_DESCRIBE_TOP2)))
                continue;
            const char *q = yk_table_text_at(&by, i, YK_DESCRIBE_QUESTION);
            const yk_question *qq = yk_form_find(yk_tally_form(r->t), q);
            if (report_unit_hidden(r, qq, u))
                continue;       /* under k, or would give one back from the province's */
            char label[1024];
            report_put(&c, qq ? report_statement(r, qq, label, sizeof label) : q);
            report_put_number(&c, r, yk_table_value(&by, i, YK_DESCRIBE_N), 0, "");
            report_put_number(&c, r, yk_table_value(&by, i, YK_DESCRIBE_TOP2), 1, "%");
            report_put_interval(&c, r, yk_table_value(&by, i, YK_DESCRIBE_TOP2_LOW),
                                yk_table_value(&by, i, YK_DESCRIBE_TOP2_HIGH));
            for (size_t j = 0; j < yk_table_n_rows(&all); j++)
                if (strcmp(yk_table_text_at(&all, j, YK_DESCRIBE_QUESTION), q) == 0)
                    report_put_number(&c, r, yk_table_value(&all, j, YK_DESCRIBE_TOP2), 1, "%");
        }
        if (!c.n) {             /* the unit sent nothing, or too little */
            report_cells_free(&c);
            continue;
        }
        if (yk_doc_page_break(r->doc) != YK_OK ||
            yk_doc_heading(r->doc, 2, label_of(r, unit->labels, unit->name)) != YK_OK)
            code = EXIT_SYSTEM;
        if (!code)
            code = c.failed || c.n % 5 ? EXIT_SYSTEM
                   : report_add_table(r, label_of(r, unit->labels, unit->name), 5, shares, right,
                                      header, &c);
        report_cells_free(&c);
    }
    yk_table_free(&all);
    yk_table_free(&by);
    return code;
}
