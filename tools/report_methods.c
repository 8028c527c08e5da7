/* ykien report — the methods section.
 * What the section files share is in report_impl.h. */
#include <string.h>
#include "yk_text.h"
#include "report.h"
#include "report_impl.h"

/* Whether the template prints section k. */
static int has_section(const report *r, section_kind k)
{
    for (size_t i = 0; i < r->tpl->nsections; i++)
        if (r->tpl->sections[i] == k)
            return 1;
    return 0;
}

/* " (“Khó trả lời”, “Không biết” ...)": the not-an-opinion answers of the
 * form's ordinal questions, quoted, into buf; "" when it has none. */
static void not_opinion_words(const report *r, char *buf, size_t size)
{
    const yk_form *f = yk_tally_form(r->t);
    const char *seen[4];
    size_t n = 0, len = 0;
    buf[0] = '\0';
    for (size_t q = 0; q < yk_form_n_questions(f); q++) {
        const yk_question *qq = yk_form_question(f, q);
        yk_figure_levels l;
        if (yk_figure_levels_of(qq, NULL, &l, NULL, NULL) != 1)
            continue;
        for (size_t i = 0; i < qq->list->n && n < 4; i++) {
            const yk_choice *ch = &qq->list->choices[i];
            const char *label = label_of(r, ch->labels, ch->name);
            int again = 0;
            for (size_t k = 0; k < n; k++)
                again |= strcmp(seen[k], label) == 0;
            if (!ch->not_opinion || again)
                continue;
            seen[n++] = label;
            len += (size_t)yk_text_snprintf(buf + len, len < size ? size - len : 0, "%s“%s”",
                                    n > 1 ? ", " : "", label);
        }
    }
}

int report_methods(report *r)
{
    int code = report_section(r, SECTION_METHODS);
    char text[4096], mb[32], none[512], base[768] = "", units[256] = "", rounds[256] = "";
    char hide[768];
    report_number(r, (double)r->tpl->min_base, 0, "", mb, sizeof mb);
    if (r->tpl->min_base > 0)
        msg_snprintf(hide, sizeof hide, MSG_REPORT_METHODS_HIDDEN, lang_of(r->english), mb);
    else
        snprintf(hide, sizeof hide, "%s", msg(MSG_REPORT_METHODS_NOT_HIDDEN, lang_of(r->english)));
    /* Only what applies to this project: its own not-an-opinion answers,
     * the tests of the sections the template prints. */
    not_opinion_words(r, none, sizeof none);
    if (*none)
        msg_snprintf(base, sizeof base, MSG_REPORT_METHODS_NOT_OPINION, lang_of(r->english), none);
    if (yk_tally_group(r->t) && has_section(r, SECTION_UNITS))
        yk_text_snprintf(units, sizeof units, "%s",
                         msg(MSG_REPORT_METHODS_UNITS, lang_of(r->english)));
    if (yk_tally_n_rounds(r->t) > 1 && has_section(r, SECTION_ROUNDS))
        yk_text_snprintf(rounds, sizeof rounds, "%s",
                         msg(MSG_REPORT_METHODS_ROUNDS, lang_of(r->english)));
    msg_snprintf(text, sizeof text, MSG_REPORT_METHODS_TEXT, lang_of(r->english), base, units,
                 rounds, hide);
    if (!code)
        code = report_para(r, text);
    cells c = { 0 };
    for (size_t i = 0; i < yk_tally_n_rounds(r->t); i++) {
        report_put(&c, chart_shown(yk_tally_round(r->t, i)));
        report_put_number(&c, r, (double)yk_tally_responses(r->t, i, SIZE_MAX), 0, "");
    }
    const char *header[] = { msg(MSG_METHODS_ROUND, lang_of(r->english)), r->w->responses };
    static const int right[] = { 0, 1 };
    if (!code)
        code = c.failed ? EXIT_SYSTEM
                        : report_add_table(r, msg(MSG_METHODS_BY_ROUND, lang_of(r->english)),
                                           2, NULL, right, header, &c);
    report_cells_free(&c);
    return code;
}
