/* ykien report — the respondent profile: who answered, by gender and age
 * group (freq's table), the age histogram, the mean age (the lib's t
 * interval).  Units are the response section's table, referred to rather
 * than printed twice.  What the section files share is in report_impl.h. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "yk_text.h"
#include "report.h"
#include "report_impl.h"
#include "yk_figures_freq.h"
#include "yk_figures_units.h"

/* Whether q's name is one of names, or its label in either language one
 * of labels (the form's own words for it). */
static int called(const report *r, const yk_question *q, const char *const *names,
                  const char *const *labels)
{
    const yk_form *f = yk_tally_form(r->t);
    for (size_t i = 0; names[i]; i++)
        if (strcmp(q->name, names[i]) == 0)
            return 1;
    for (int en = 0; en < 2; en++) {
        const char *l = chart_label(f, q->labels, q->name, en);
        for (size_t i = 0; labels[i]; i++)
            if (strcmp(l, labels[i]) == 0)
                return 1;
    }
    return 0;
}

/* The form's question of a kind of trait, or NULL: the first of type
 * (YK_Q_INTEGER matches a decimal too) named or labelled as listed. */
static const yk_question *trait(const report *r, yk_question_type type,
                                const char *const *names, const char *const *labels)
{
    const yk_form *f = yk_tally_form(r->t);
    for (size_t i = 0; i < yk_form_n_questions(f); i++) {
        const yk_question *q = yk_form_question(f, i);
        int number = q->type == YK_Q_INTEGER || q->type == YK_Q_DECIMAL;
        if ((type == YK_Q_INTEGER ? number : q->type == type) && called(r, q, names, labels))
            return q;
    }
    return NULL;
}

/* The respondents' age: a number question named tuoi or age, or labelled
 * "Tuổi" or "Age" (README, "The report"). */
const yk_question *report_age_question(const report *r)
{
    static const char *const names[] = { "tuoi", "age", NULL };
    static const char *const labels[] = { "Tuổi", "tuổi", "Age", "age", NULL };
    return trait(r, YK_Q_INTEGER, names, labels);
}

static const yk_question *gender_question(const report *r)
{
    static const char *const names[] = { "gioi_tinh", "gioitinh", "gender", "sex", NULL };
    static const char *const labels[] = { "Giới tính", "giới tính", "Gender", "gender", "Sex",
                                          NULL };
    return trait(r, YK_Q_SELECT_ONE, names, labels);
}

static const yk_question *age_group_question(const report *r)
{
    static const char *const names[] = { "do_tuoi", "nhom_tuoi", "age_group", "age_band",
                                         NULL };
    static const char *const labels[] = { "Độ tuổi", "độ tuổi", "Nhóm tuổi", "nhóm tuổi",
                                          "Age group", "Age band", "age group", NULL };
    return trait(r, YK_Q_SELECT_ONE, names, labels);
}

/* The rows of freq's table for question q: a row naming q and its base
 * (those who answered), then each answer's count and share of them. */
static void trait_rows(report *r, const yk_question *q, const yk_table *fr, cells *c)
{
    const char *label = label_of(r, q->labels, q->name);
    int first = 1;
    for (size_t i = 0; i < yk_table_n_rows(fr); i++) {
        if (strcmp(yk_table_text_at(fr, i, YK_FREQ_QUESTION), q->name) != 0)
            continue;
        const char *choice = yk_table_text_at(fr, i, YK_FREQ_CHOICE);
        if (strcmp(choice, "_missing") == 0)
            continue;           /* blanks: the base leaves them out */
        if (first) {
            char head[512], n[32];
            report_number(r, yk_table_value(fr, i, YK_FREQ_BASE), 0, "", n, sizeof n);
            yk_text_snprintf(head, sizeof head, "%s (n = %s)", label, n);
            report_put(c, head);
            report_put(c, "");
            report_put(c, "");
            first = 0;
        }
        const yk_choice *ch = NULL;
        for (size_t k = 0; k < q->list->n && !ch; k++)
            if (strcmp(q->list->choices[k].name, choice) == 0)
                ch = &q->list->choices[k];
        char shown[512];
        yk_text_snprintf(shown, sizeof shown, "    %s",
                         ch ? label_of(r, ch->labels, ch->name) : choice);
        report_put(c, shown);
        report_put_number(c, r, yk_table_value(fr, i, YK_FREQ_N), 0, "");
        report_put_number(c, r, yk_table_value(fr, i, YK_FREQ_PERCENT), 1, "%");
    }
}

/* Gender and age group, as freq counts them: one table. */
static int traits_table(report *r, const yk_question *gender, const yk_question *group)
{
    char names[512];
    yk_text_snprintf(names, sizeof names, "%s%s%s", gender ? gender->name : "",
                     gender && group ? "," : "", group ? group->name : "");
    yk_table fr;
    int code = report_make_table(r, &figure_freq, NULL, names, &fr);
    if (code)
        return code;
    cells c = { 0 };
    if (gender)
        trait_rows(r, gender, &fr, &c);
    if (group)
        trait_rows(r, group, &fr, &c);
    msg_lang l = lang_of(r->english);
    const char *header[] = { msg(MSG_PROFILE_TRAIT, l), msg(MSG_PROFILE_PEOPLE, l),
                             msg(MSG_PROFILE_SHARE, l) };
    static const double shares[] = { 0.56, 0.22, 0.22 };
    static const int right[] = { 0, 1, 1 };
    code = c.failed ? EXIT_SYSTEM
           : c.n ? report_add_table(r, msg(MSG_PROFILE_TABLE, l), 3, shares, right, header, &c)
           : 0;
    report_cells_free(&c);
    yk_table_free(&fr);
    return code;
}

/* The mean age with its interval, and the histogram of ages. */
static int age(report *r, const yk_question *q)
{
    const yk_form *f = yk_tally_form(r->t);
    size_t qi = 0;
    while (qi < yk_form_n_questions(f) && yk_form_question(f, qi) != q)
        qi++;
    yk_unit_figure all = { 0 };
    msg_lang l = lang_of(r->english);
    int code = 0;
    if (yk_figure_unit_mean(r->t, r->round, SIZE_MAX, qi, r->tpl->min_base, &all) != YK_OK)
        all.shown = 0;
    if (all.shown) {
        char text[512], mean[32], lo[32], hi[32], n[32];
        report_number(r, all.value, 1, "", mean, sizeof mean);
        report_number(r, all.low, 1, "", lo, sizeof lo);
        report_number(r, all.high, 1, "", hi, sizeof hi);
        report_number(r, all.base, 0, "", n, sizeof n);
        msg_snprintf(text, sizeof text, MSG_PROFILE_AGE_MEAN, l, mean, lo, hi, n);
        code = report_para(r, text);
    }
    /* The histogram's end bars hold min_base people each (its disclosure
     * rule): with fewer than two such bars' worth it has nothing to draw. */
    double least = 2 * (double)(r->tpl->min_base > 1 ? r->tpl->min_base : 1);
    if (!code && all.shown && all.base >= least)
        code = report_add_chart(r, &chart_kind_histogram, NULL, q->name, 70,
                                msg(MSG_PROFILE_AGE_CHART, l));
    return code;
}

int report_profile(report *r)
{
    const yk_question *gender = gender_question(r), *group = age_group_question(r),
                      *years = report_age_question(r);
    if (!gender && !group && !years && !r->unit_table)
        return 0;               /* the form asks nothing of its respondents */
    msg_lang l = lang_of(r->english);
    int code = report_section(r, SECTION_PROFILE);
    if (!code && r->unit_table) {
        char text[256];
        msg_snprintf(text, sizeof text, MSG_PROFILE_UNITS, l, r->w->table, r->unit_table);
        code = report_para(r, text);
    }
    if (!code && (gender || group)) {
        code = report_para(r, msg(MSG_PROFILE_INTRO, l));
        if (!code)
            code = traits_table(r, gender, group);
    }
    if (!code && years)
        code = age(r, years);
    return code;
}
