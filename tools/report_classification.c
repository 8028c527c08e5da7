/* ykien report — the members' yearly classification (xếp loại đoàn viên:
 * xuất sắc / khá / trung bình / yếu, or the cadre grades) by unit: each
 * grade's count and share of the unit's answers with its 95% interval,
 * then the province's.  The numbers are freq's (--by the group, and
 * without), so what freq hides under min_base, primary or secondary, is
 * hidden here.  What the section files share is in report_impl.h. */
#include <ctype.h>
#include <math.h>
#include <string.h>
#include "yk_figures_freq.h"
#include "yk_text.h"
#include "report.h"
#include "report_impl.h"

/* Whether text (a label) starts with prefix, whose first letter is ASCII,
 * in either case: the form's own heading words ("Xếp loại đoàn viên năm
 * 2023", "xếp loại"). */
static int starts(const char *text, const char *prefix)
{
    size_t n = strlen(prefix);
    return tolower((unsigned char)text[0]) == tolower((unsigned char)prefix[0]) &&
           strncmp(text + 1, prefix + 1, n - 1) == 0;
}

/* The classification question: the first select_one, other than the
 * group, named as listed or labelled "Xếp loại..." / "Phân loại..." /
 * "Classification..." in either language; NULL when the form asks none. */
static const yk_question *classification_question(const report *r)
{
    static const char *const names[] = { "xep_loai", "phan_loai", "xep_loai_doan_vien",
                                         "classification", NULL };
    static const char *const labels[] = { "Xếp loại", "Phân loại", "Classification", NULL };
    const yk_form *f = yk_tally_form(r->t);
    const yk_question *g = yk_tally_group(r->t);
    for (size_t i = 0; i < yk_form_n_questions(f); i++) {
        const yk_question *q = yk_form_question(f, i);
        if (q->type != YK_Q_SELECT_ONE || q == g)
            continue;
        for (size_t k = 0; names[k]; k++)
            if (strcmp(q->name, names[k]) == 0)
                return q;
        for (int en = 0; en < 2; en++)
            for (size_t k = 0; labels[k]; k++)
                if (starts(chart_label(f, q->labels, q->name, en), labels[k]))
                    return q;
    }
    return NULL;
}

static const yk_choice *choice_named(const yk_choice_list *l, const char *name)
{
    for (size_t k = 0; l && k < l->n; k++)
        if (strcmp(l->choices[k].name, name) == 0)
            return &l->choices[k];
    return NULL;
}

/* One block of the table: a row naming the unit (or the province) and
 * its base, then a row per grade: n, share, interval ("–" where freq
 * left them blank).  rows are freq's rows [from, to) of one group. */
static void block(report *r, const yk_question *q, const char *name, const yk_table *fr,
                  size_t from, size_t to, cells *c, size_t *blank)
{
    char head[512], n[32];
    double base = NAN;
    for (size_t i = from; i < to && isnan(base); i++)
        if (strcmp(yk_table_text_at(fr, i, YK_FREQ_CHOICE), "_missing") != 0)
            base = yk_table_value(fr, i, YK_FREQ_BASE);
    report_number(r, base, 0, "", n, sizeof n);
    yk_text_snprintf(head, sizeof head, "%s (n = %s)", name, n);
    report_put(c, head);
    report_put(c, "");
    report_put(c, "");
    report_put(c, "");
    for (size_t i = from; i < to; i++) {
        const char *code = yk_table_text_at(fr, i, YK_FREQ_CHOICE);
        if (strcmp(code, "_missing") == 0)
            continue;           /* blanks: the base leaves them out */
        const yk_choice *ch = choice_named(q->list, code);
        char shown[512];
        yk_text_snprintf(shown, sizeof shown, "    %s",
                         ch ? label_of(r, ch->labels, ch->name) : code);
        report_put(c, shown);
        *blank += isnan(yk_table_value(fr, i, YK_FREQ_N));
        report_put_number(c, r, yk_table_value(fr, i, YK_FREQ_N), 0, "");
        report_put_number(c, r, yk_table_value(fr, i, YK_FREQ_PERCENT), 1, "%");
        report_put_interval(c, r, yk_table_value(fr, i, YK_FREQ_CI_LOW),
                            yk_table_value(fr, i, YK_FREQ_CI_HIGH));
    }
}

/* Whether every grade of one unit (freq's rows [from, to)) is blank: a
 * unit hidden by freq's rule, under min_base or hidden with one that is,
 * left out of the table (and counted in a sentence).  freq still gives
 * its base, which is no grade. */
static int all_blank(const yk_table *fr, size_t from, size_t to)
{
    for (size_t i = from; i < to; i++)
        if (strcmp(yk_table_text_at(fr, i, YK_FREQ_CHOICE), "_missing") != 0 &&
            !isnan(yk_table_value(fr, i, YK_FREQ_N)))
            return 0;
    return 1;
}

/* The units' blocks from freq --by's table, in its order; *hidden gets
 * how many units were left out, *blank how many figures shown blank.
 * Returns how many units were shown. */
static size_t unit_blocks(report *r, const yk_question *q, const yk_table *by, cells *c,
                          size_t *hidden, size_t *blank)
{
    size_t shown = 0;
    const yk_question *g = yk_tally_group(r->t);
    for (size_t from = 0, to; from < yk_table_n_rows(by); from = to) {
        const char *unit = yk_table_text_at(by, from, YK_FREQ_GROUP);
        for (to = from; to < yk_table_n_rows(by) &&
                        strcmp(yk_table_text_at(by, to, YK_FREQ_GROUP), unit) == 0; to++)
            ;
        if (all_blank(by, from, to)) {
            (*hidden)++;
            continue;
        }
        const yk_choice *u = choice_named(g->list, unit);
        block(r, q, u ? label_of(r, u->labels, u->name) : unit, by, from, to, c, blank);
        shown++;
    }
    return shown;
}

/* The table of units and the province, then what it hides; then, when
 * some unit is shown, the bars chart of the grades by unit (the chart's
 * own rule hides what the table hides). */
static int classification_table(report *r, const yk_question *q)
{
    const yk_question *g = yk_tally_group(r->t);
    yk_table by, all;
    int code = g ? report_make_table(r, &figure_freq, g->name, q->name, &by) : 0;
    if (code)
        return code;
    code = report_make_table(r, &figure_freq, NULL, q->name, &all);
    if (code) {
        if (g)
            yk_table_free(&by);
        return code;
    }
    cells c = { 0 };
    size_t hidden = 0, blank = 0, shown = 0;
    if (g)
        shown = unit_blocks(r, q, &by, &c, &hidden, &blank);
    block(r, q, r->w->province, &all, 0, yk_table_n_rows(&all), &c, &blank);
    msg_lang l = lang_of(r->english);
    const char *label = report_unnumbered(label_of(r, q->labels, q->name));
    char title[1024];
    msg_snprintf(title, sizeof title, MSG_CLASSIFICATION_TABLE, l, label);
    const char *header[] = { msg(MSG_CLASSIFICATION_ROW, l), msg(MSG_CLASSIFICATION_PEOPLE, l),
                             msg(MSG_CLASSIFICATION_SHARE, l), r->w->ci };
    static const double shares[] = { 0.46, 0.14, 0.14, 0.26 };
    static const int right[] = { 0, 1, 1, 1 };
    code = c.failed ? EXIT_SYSTEM : report_add_table(r, title, 4, shares, right, header, &c);
    if (!code && hidden) {
        char text[1024], n[32], m[32];
        report_number(r, (double)hidden, 0, "", n, sizeof n);
        report_number(r, (double)r->tpl->min_base, 0, "", m, sizeof m);
        msg_snprintf(text, sizeof text, MSG_CLASSIFICATION_HIDDEN, l, n, m);
        code = report_para(r, text);
    }
    if (!code && blank)
        code = report_para(r, msg(MSG_CLASSIFICATION_BLANK, l));
    if (!code && shown)
        code = report_add_chart(r, &chart_kind_bars, g->name, q->name, 80, title);
    report_cells_free(&c);
    yk_table_free(&all);
    if (g)
        yk_table_free(&by);
    return code;
}

int report_classification(report *r)
{
    const yk_question *q = r->t ? classification_question(r) : NULL;
    if (!q)
        return 0;               /* the form classifies no one: no section, no number */
    msg_lang l = lang_of(r->english);
    int code = report_section(r, SECTION_CLASSIFICATION);
    char text[1024];
    if (!code) {
        msg_snprintf(text, sizeof text, MSG_CLASSIFICATION_INTRO, l,
                     report_unnumbered(label_of(r, q->labels, q->name)));
        code = report_para(r, text);
    }
    return code ? code : classification_table(r, q);
}
