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
        snprintf(hide, sizeof hide, r->english
                 ? "A figure resting on fewer than %s answers is not shown, and when it is the "
                   "only one of its table hidden, the next smallest is hidden too, so that no "
                   "one can be singled out, not even by subtracting the shown figures from the "
                   "province's."
                 : "Số liệu dựa trên dưới %s câu trả lời không được trình bày; khi chỉ một nhóm "
                   "bị ẩn, nhóm nhỏ tiếp theo cũng được ẩn, để không ai bị nhận ra, kể cả bằng "
                   "cách lấy số liệu toàn tỉnh trừ đi các nhóm được trình bày.", mb);
    else
        snprintf(hide, sizeof hide, "%s", r->english
                 ? "Suppression is off (no_suppression): figures of groups of any size are "
                   "shown, even of a single respondent."
                 : "Không ẩn số liệu (no_suppression): số liệu của mọi nhóm đều được trình bày, "
                   "kể cả nhóm chỉ có một người trả lời.");
    /* Only what applies to this project: its own not-an-opinion answers,
     * the tests of the sections the template prints. */
    not_opinion_words(r, none, sizeof none);
    if (*none)
        yk_text_snprintf(base, sizeof base, r->english
                 ? " (%s counted but left out of the base)"
                 : " (%s được đếm nhưng không tính vào mẫu số)", none);
    if (yk_tally_group(r->t) && has_section(r, SECTION_UNITS))
        yk_text_snprintf(units, sizeof units, "%s", r->english
                 ? "; units are compared with the Kruskal-Wallis test and each unit with the "
                   "others with a two-proportion test, p adjusted by Holm's method"
                 : "; so sánh giữa các đơn vị bằng kiểm định Kruskal-Wallis, từng đơn vị với "
                   "các đơn vị còn lại bằng kiểm định hai tỉ lệ, p hiệu chỉnh theo Holm");
    if (yk_tally_n_rounds(r->t) > 1 && has_section(r, SECTION_ROUNDS))
        yk_text_snprintf(rounds, sizeof rounds, "%s", r->english
                 ? "; rounds are compared with a two-proportion test, p adjusted by Holm's method"
                 : "; so sánh giữa các đợt bằng kiểm định hai tỉ lệ, p hiệu chỉnh theo Holm");
    yk_text_snprintf(text, sizeof text, r->english
             ? "Figures are computed from the responses as sent by the units, each checked "
               "against the survey's form; rows with problems are reported with their file and "
               "line. Shares of an ordinal question are of those who gave an opinion%s; "
               "intervals are 95%% Wilson score intervals%s%s. Figures are not weighted. %s"
             : "Số liệu được tính từ phiếu các đơn vị gửi về, mỗi phiếu được đối chiếu với mẫu "
               "phiếu; dòng có lỗi được báo cáo kèm tên tệp và số dòng. Tỉ lệ của câu hỏi thang "
               "thứ bậc tính trên số người có ý kiến%s; khoảng tin cậy 95%% theo phương pháp "
               "Wilson%s%s. Số liệu không gia quyền. %s", base, units, rounds, hide);
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
                                           2, NULL, right, header, c.cells, c.n / 2);
    report_cells_free(&c);
    return code;
}
