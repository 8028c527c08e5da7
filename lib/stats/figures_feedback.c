/* ykien — the figures of a self-review's feedback: the merged remarks,
 * the themes behind them, and the ratings of each member, from a finished
 * feedback tally. */
#include <strings.h>
#include "yk_figures_comments.h"
#include "yk_figures_feedback.h"
#include "yk_stats.h"

const char *const yk_remarks_columns[] = {
    "target", "kind", "theme", "remark", "contributors", "collectives", "individuals",
    "target_label", "theme_label",
};
const char *const yk_feedback_themes_columns[] = {
    "target", "kind", "theme", "label", "contributors", "collectives", "individuals",
    "base_collectives", "base_individuals",
};
const char *const yk_ratings_columns[] = {
    "target", "criterion", "choice", "label", "n", "base", "percent", "ci_low", "ci_high",
    "from", "target_label", "criterion_label",
};
#define COLS(a) (sizeof a / sizeof a[0])
_Static_assert(COLS(yk_remarks_columns) == YK_REMARKS_NCOLS, "a name for every column");
_Static_assert(COLS(yk_feedback_themes_columns) == YK_FEEDBACK_THEMES_NCOLS,
               "a name for every column");
_Static_assert(COLS(yk_ratings_columns) == YK_RATINGS_NCOLS, "a name for every column");

/* ---- labels ---------------------------------------------------------------- */

static int is_english(const char *language)
{
    return strncasecmp(language, "english", 7) == 0 &&
           (language[7] == '\0' || language[7] == ' ');
}

/* The form's label: its English one with english when there is one, else
 * the first it has, else name. */
static const char *label_of(const yk_form *form, const char *const *labels, const char *name,
                            int english)
{
    size_t n = labels ? yk_form_n_languages(form) : 0;
    for (size_t i = 0; english && i < n; i++)
        if (labels[i] && is_english(yk_form_language(form, i)))
            return labels[i];
    for (size_t i = 0; i < n; i++)
        if (labels[i])
            return labels[i];
    return name;
}

static const char *target_label(const yk_feedback *f, size_t t, int english)
{
    const yk_feedback_target *tg = yk_feedback_target_at(f, t);
    return label_of(yk_feedback_form(f), tg->labels, tg->code, english);
}

static size_t n_themes(const yk_themes *themes)
{
    return themes ? yk_themes_n(themes) : 0;
}

static const char *theme_code(const yk_themes *themes, size_t th)
{
    return th < n_themes(themes) ? yk_themes_code(themes, th) : YK_THEMES_UNCODED;
}

static const char *theme_label(const yk_themes *themes, size_t th, int english)
{
    if (th < n_themes(themes))
        return yk_themes_label(themes, th, english);
    return english ? "Not coded" : "Chưa xếp chủ đề";
}

static void counts(yk_table *tab, int64_t collectives, int64_t individuals)
{
    yk_table_number(tab, (double)(collectives + individuals), 0, 1);
    yk_table_number(tab, (double)collectives, 0, 1);
    yk_table_number(tab, (double)individuals, 0, 1);
}

/* ---- remarks ----------------------------------------------------------------- */

yk_status yk_figures_remarks(const yk_feedback *f, const yk_themes *themes, int english,
                             yk_table *tab)
{
    for (size_t t = 0; t < yk_feedback_n_targets(f); t++)
        for (int k = 0; k < YK_REMARK_KINDS; k++) {
            size_t n;
            const yk_feedback_remark *r = yk_feedback_remarks(f, t, k, &n);
            for (size_t i = 0; i < n; i++) {
                yk_table_text(tab, yk_feedback_target_at(f, t)->code);
                yk_table_text(tab, yk_remark_kind_code(k));
                yk_table_text(tab, theme_code(themes, r[i].theme));
                yk_table_text(tab, r[i].text);
                counts(tab, r[i].contributors[YK_FROM_COLLECTIVE],
                       r[i].contributors[YK_FROM_INDIVIDUAL]);
                yk_table_text(tab, target_label(f, t, english));
                yk_table_text(tab, theme_label(themes, r[i].theme, english));
            }
        }
    return yk_table_status(tab);
}

/* ---- themes ------------------------------------------------------------------ */

/* One row of target t's kind k: theme code and label, its counts. */
static void theme_row(yk_table *tab, const yk_feedback *f, size_t t, int k, const char *code,
                      const char *label, int64_t collectives, int64_t individuals)
{
    yk_table_text(tab, yk_feedback_target_at(f, t)->code);
    yk_table_text(tab, yk_remark_kind_code(k));
    yk_table_text(tab, code);
    yk_table_text(tab, label);
    counts(tab, collectives, individuals);
    yk_table_number(tab, (double)yk_feedback_contributions(f, YK_FROM_COLLECTIVE), 0, 1);
    yk_table_number(tab, (double)yk_feedback_contributions(f, YK_FROM_INDIVIDUAL), 0, 1);
}

yk_status yk_figures_feedback_themes(const yk_feedback *f, const yk_themes *themes,
                                     int english, yk_table *tab)
{
    for (size_t t = 0; t < yk_feedback_n_targets(f); t++)
        for (int k = 0; k < YK_REMARK_KINDS; k++) {
            if (yk_feedback_target_at(f, t)->remark[k] == SIZE_MAX)
                continue;       /* the form does not ask it */
            theme_row(tab, f, t, k, YK_FEEDBACK_ANY, english ? "Wrote one" : "Có ý kiến",
                      yk_feedback_wrote(f, t, k, YK_FROM_COLLECTIVE),
                      yk_feedback_wrote(f, t, k, YK_FROM_INDIVIDUAL));
            for (size_t th = 0; th <= n_themes(themes); th++)
                theme_row(tab, f, t, k, theme_code(themes, th),
                          theme_label(themes, th, english),
                          yk_feedback_theme(f, t, k, th, YK_FROM_COLLECTIVE),
                          yk_feedback_theme(f, t, k, th, YK_FROM_INDIVIDUAL));
        }
    return yk_table_status(tab);
}

/* ---- ratings ----------------------------------------------------------------- */

/* n of base as a percent with its 95% Wilson interval, as freq's; all
 * blank when hidden. */
static void rating_share(yk_table *tab, double n, double base, int hidden)
{
    double low = 0, high = 0;
    int shown = !hidden && base > 0 && yk_stats_wilson(n, base, YK_Z95, &low, &high) == YK_OK;
    yk_table_number(tab, n, 0, !hidden);
    yk_table_number(tab, base, 0, !hidden);
    yk_table_number(tab, base > 0 ? 100 * n / base : 0, 4, shown);
    yk_table_number(tab, 100 * low, 4, shown);
    yk_table_number(tab, 100 * high, 4, shown);
}

/* Criterion c's rows for contributions of kind `from`. */
static void criterion_rows(const yk_feedback *f, const yk_figure_opts *o, int english,
                           size_t c, yk_from from, yk_table *tab, unsigned long *blank)
{
    const yk_feedback_criterion *cr = yk_feedback_criterion_at(f, c);
    const yk_form *form = yk_feedback_form(f);
    const yk_question *q = yk_form_question(form, cr->question);
    const yk_choice_list *list = q->list;
    int64_t base = yk_feedback_rating(f, c, list->n, from);
    /* A small group's ratings could be one member's vote. */
    int hidden = o->min_base > 0 && (yk_feedback_rated(f, cr->target, from) < o->min_base ||
                                     base < o->min_base);
    for (size_t k = 0; k < list->n; k++) {
        const yk_choice *ch = &list->choices[k];
        yk_table_text(tab, yk_feedback_target_at(f, cr->target)->code);
        yk_table_text(tab, cr->code);
        yk_table_text(tab, ch->name);
        yk_table_text(tab, label_of(form, ch->labels, ch->name, english));
        rating_share(tab, (double)yk_feedback_rating(f, c, k, from), (double)base, hidden);
        yk_table_text(tab, yk_from_code(from));
        yk_table_text(tab, target_label(f, cr->target, english));
        yk_table_text(tab, label_of(form, q->labels, q->name, english));
        if (hidden)
            yk_figures_count_blank(o, YK_FIGURE_PRIMARY, blank);
    }
}

yk_status yk_figures_ratings(const yk_feedback *f, const yk_figure_opts *o, int english,
                             yk_table *tab, unsigned long *blank)
{
    unsigned long hidden = 0;
    for (size_t t = 0; t < yk_feedback_n_targets(f); t++) {
        const yk_feedback_target *tg = yk_feedback_target_at(f, t);
        for (size_t c = tg->first_criterion; c < tg->first_criterion + tg->n_criteria; c++)
            for (int from = 0; from < YK_FROM_N; from++)
                if (yk_feedback_contributions(f, from) > 0)
                    criterion_rows(f, o, english, c, from, tab, &hidden);
    }
    if (blank)
        *blank = hidden;
    return yk_table_status(tab);
}
