/* ykien report — the response section: what became of the rows read.
 * What the section files share is in report_impl.h. */
#include <math.h>
#include "yk_figures_response.h"
#include "yk_text.h"
#include "report.h"
#include "report_impl.h"

/* ---- the sections ------------------------------------------------------ */

/* "1 dòng trống, 2 phiếu gửi lặp lại" into buf: why rows were left out. */
static void left_out_why(const report *r, const cli_rows *rows, char *buf, size_t size)
{
    const struct { unsigned long n; msg_id one, many; } why[] = {
        { rows->blank, MSG_RESPONSE_BLANK_ROW, MSG_RESPONSE_BLANK_ROWS },
        { rows->totals, MSG_RESPONSE_TOTALS_ROW, MSG_RESPONSE_TOTALS_ROWS },
        { rows->doubles, MSG_RESPONSE_DOUBLE, MSG_RESPONSE_DOUBLES },
        { rows->rejected, MSG_RESPONSE_OVER_LIMIT_ROW, MSG_RESPONSE_OVER_LIMIT_ROWS },
    };
    size_t k = 0;
    buf[0] = '\0';
    for (size_t i = 0; i < sizeof why / sizeof why[0]; i++) {
        char n[32];
        if (!why[i].n || k >= size)
            continue;
        report_number(r, (double)why[i].n, 0, "", n, sizeof n);
        int w = yk_text_snprintf(buf + k, size - k, "%s%s %s", k ? ", " : "", n,
                         msg(why[i].n == 1 ? why[i].one : why[i].many, lang_of(r->english)));
        k += w > 0 ? (size_t)w : 0;
    }
}

/* What became of the rows read: read, counted, left out and why; the
 * rows with unreadable answers and those without a known unit. */
static int rows_told(report *r)
{
    const cli_rows *x = r->rows;
    if (!x || !x->known)
        return 0;
    unsigned long out = x->blank + x->totals + x->doubles + x->rejected;
    char text[1024], read[32], counted[32], left[32], errs[32], nounit[32], why[512];
    report_number(r, (double)x->read, 0, "", read, sizeof read);
    report_number(r, (double)x->counted, 0, "", counted, sizeof counted);
    report_number(r, (double)out, 0, "", left, sizeof left);
    report_number(r, (double)x->with_errors, 0, "", errs, sizeof errs);
    report_number(r, (double)x->no_unit, 0, "", nounit, sizeof nounit);
    left_out_why(r, x, why, sizeof why);
    int rounds = yk_tally_n_rounds(r->t) > 1;
    msg_lang lang = lang_of(r->english);
    size_t k = (size_t)msg_snprintf(text, sizeof text,
        out ? MSG_RESPONSE_ROWS_LEFT_OUT : MSG_RESPONSE_ROWS_ALL, lang,
        rounds ? msg(MSG_RESPONSE_ALL_ROUNDS, lang) : "",
        read, counted, left, why);
    if (x->with_errors && k < sizeof text)
        k += (size_t)msg_snprintf(text + k, sizeof text - k, MSG_RESPONSE_UNREADABLE, lang,
                                  errs);
    if (x->no_unit && k < sizeof text)
        k += (size_t)msg_snprintf(text + k, sizeof text - k, MSG_RESPONSE_NO_UNIT, lang,
                                  nounit);
    return report_para(r, text);
}

int report_response(report *r)
{
    const yk_question *g = yk_tally_group(r->t);
    const report_words *w = r->w;
    int code = report_section(r, SECTION_RESPONSE);
    yk_response_figure all = yk_figure_response(r->t, r->round, SIZE_MAX);
    char text[1024], n[32], m[32], rate[32];
    report_number(r, all.responses, 0, "", n, sizeof n);
    report_number(r, all.members, 0, "", m, sizeof m);
    report_number(r, all.rate, 1, "%", rate, sizeof rate);
    if (!isnan(all.members))
        msg_snprintf(text, sizeof text, MSG_REPORT_RESPONSE_RATE, lang_of(r->english),
                 chart_shown(yk_tally_round(r->t, r->round)), n, m, rate);
    else
        msg_snprintf(text, sizeof text, MSG_REPORT_RESPONSE_NO_MEMBERS, lang_of(r->english),
                 chart_shown(yk_tally_round(r->t, r->round)), n);
    if (!code)
        code = report_para(r, text);
    if (!code)
        code = rows_told(r);
    if (code || !g)
        return code;
    cells c = { 0 };
    for (size_t i = 0; i < g->list->n; i++) {
        const yk_choice *u = &g->list->choices[i];
        yk_response_figure f = yk_figure_response(r->t, r->round, i);
        report_put(&c, label_of(r, u->labels, u->name));
        report_put_number(&c, r, f.members, 0, "");
        report_put_number(&c, r, f.responses, 0, "");
        report_put_number(&c, r, f.rate, 1, "%");
    }
    /* Responses without a known unit have a row, so the units add up. */
    yk_response_figure unknown = yk_figure_response(r->t, r->round, g->list->n);
    if (unknown.responses > 0) {
        report_put(&c, msg(MSG_RESPONSE_UNKNOWN_UNIT, lang_of(r->english)));
        report_put_number(&c, r, NAN, 0, "");
        report_put_number(&c, r, unknown.responses, 0, "");
        report_put_number(&c, r, NAN, 1, "%");
    }
    report_put(&c, msg(MSG_RESPONSE_ALL, lang_of(r->english)));
    report_put_number(&c, r, all.members, 0, "");
    report_put_number(&c, r, all.responses, 0, "");
    report_put_number(&c, r, all.rate, 1, "%");
    const char *header[] = { w->unit, w->members, w->responses, w->rate };
    static const double shares[] = { 0.46, 0.18, 0.18, 0.18 };
    static const int right[] = { 0, 1, 1, 1 };
    code = c.failed ? EXIT_SYSTEM
                    : report_add_table(r, msg(MSG_RESPONSE_BY_UNIT, lang_of(r->english)),
                                       4, shares, right, header, &c);
    if (!code)
        r->unit_table = r->tables;      /* the profile refers to it */
    report_cells_free(&c);
    return code;
}
