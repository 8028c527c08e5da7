/* ykien command — the feedback compilation to read on screen
 * (feedback_text.h).  The remarks come from the finished tally, the
 * ratings from the very table `--show ratings` prints, so the two never
 * disagree and what --min-base hides stays hidden. */
#include <inttypes.h>
#include <string.h>
#include <strings.h>
#include "feedback_text.h"
#include "yk_figures_feedback.h"

typedef struct {
    FILE *out;
    const yk_feedback *f;
    const yk_themes *themes;
    const yk_table *ratings;
    size_t row;                 /* the ratings table's next row */
    long min_base;
    msg_lang lang;
} compilation;

static const msg_id kind_titles[YK_REMARK_KINDS] = {
    MSG_FEEDBACK_STRENGTHS, MSG_FEEDBACK_SHORTCOMINGS, MSG_FEEDBACK_SUGGESTIONS,
};

/* The word after a count: its one form (id) or several (the id after). */
static const char *word(const compilation *c, int64_t n, msg_id one)
{
    return msg(n == 1 ? one : (msg_id)(one + 1), c->lang);
}

/* "12 ý kiến (3 tập thể, 9 cá nhân)". */
static void put_counts(const compilation *c, int64_t collectives, int64_t individuals)
{
    int64_t all = collectives + individuals;
    fprintf(c->out, "%" PRId64 " %s (%" PRId64 " %s, %" PRId64 " %s)", all,
            word(c, all, MSG_FEEDBACK_CONTRIBUTION), collectives,
            word(c, collectives, MSG_FEEDBACK_COLLECTIVE), individuals,
            word(c, individuals, MSG_FEEDBACK_INDIVIDUAL));
}

/* The target's label in English when asked and the form has one. */
static const char *target_label(const compilation *c, const yk_feedback_target *t)
{
    const yk_form *form = yk_feedback_form(c->f);
    size_t n = t->labels ? yk_form_n_languages(form) : 0;
    for (size_t i = 0; c->lang == LANG_EN && i < n; i++)
        if (strcasecmp(yk_form_language(form, i), "english") == 0 && t->labels[i])
            return t->labels[i];
    for (size_t i = 0; i < n; i++)
        if (t->labels[i])
            return t->labels[i];
    return t->code;
}

static const char *theme_label(const compilation *c, size_t th)
{
    if (c->themes && th < yk_themes_n(c->themes))
        return yk_themes_label(c->themes, th, c->lang == LANG_EN);
    return msg(MSG_FEEDBACK_UNCODED, c->lang);
}

/* A theme's heading: its label and the contributions behind it. */
static void put_theme(const compilation *c, size_t t, yk_remark_kind k, size_t th)
{
    fprintf(c->out, "     %s: ", theme_label(c, th));
    put_counts(c, yk_feedback_theme(c->f, t, k, th, YK_FROM_COLLECTIVE),
               yk_feedback_theme(c->f, t, k, th, YK_FROM_INDIVIDUAL));
    fputc('\n', c->out);
}

static void put_kind(const compilation *c, size_t t, yk_remark_kind k)
{
    int64_t col = yk_feedback_wrote(c->f, t, k, YK_FROM_COLLECTIVE),
            ind = yk_feedback_wrote(c->f, t, k, YK_FROM_INDIVIDUAL);
    fprintf(c->out, "   %s: ", msg(kind_titles[k], c->lang));
    if (col + ind == 0) {
        fprintf(c->out, "%s\n", msg(MSG_FEEDBACK_NONE, c->lang));
        return;
    }
    put_counts(c, col, ind);
    fputc('\n', c->out);
    size_t n;
    const yk_feedback_remark *r = yk_feedback_remarks(c->f, t, k, &n);
    const char *indent = c->themes ? "       " : "     ";
    for (size_t i = 0; i < n; i++) {
        if (c->themes && (i == 0 || r[i].theme != r[i - 1].theme))
            put_theme(c, t, k, r[i].theme);
        fprintf(c->out, "%s%zu. %s — ", indent, i + 1, r[i].text);
        put_counts(c, r[i].contributors[YK_FROM_COLLECTIVE],
                   r[i].contributors[YK_FROM_INDIVIDUAL]);
        fputc('\n', c->out);
    }
}

/* ---- ratings, from the table -------------------------------------------- */

static const char *cell(const compilation *c, size_t row, size_t col)
{
    return yk_table_text_at(c->ratings, row, col);
}

/* Rows row.. of one target, criterion and kind of contributor. */
static int same_group(const compilation *c, size_t a, size_t b)
{
    return strcmp(cell(c, a, YK_RATINGS_TARGET), cell(c, b, YK_RATINGS_TARGET)) == 0 &&
           strcmp(cell(c, a, YK_RATINGS_CRITERION), cell(c, b, YK_RATINGS_CRITERION)) == 0 &&
           strcmp(cell(c, a, YK_RATINGS_FROM), cell(c, b, YK_RATINGS_FROM)) == 0;
}

/* A percent to one decimal, as a reader of the language writes it. */
static void put_percent(const compilation *c, double percent)
{
    char text[64];
    snprintf(text, sizeof text, "%.1f", percent);
    for (const char *p = text; *p; p++)
        if (*p == '.')
            fputs(msg(MSG_DECIMAL_MARK, c->lang), c->out);
        else
            fputc(*p, c->out);
}

/* One criterion as one kind of contributor rated it: a line, then a line
 * per choice with its count and share; or that they are not shown. */
static size_t put_rating(const compilation *c, size_t first)
{
    size_t n = yk_table_n_rows(c->ratings), last = first;
    while (last < n && same_group(c, first, last))
        last++;
    int collective = strcmp(cell(c, first, YK_RATINGS_FROM), yk_from_code(YK_FROM_COLLECTIVE)) == 0;
    msg_id who = collective ? MSG_FEEDBACK_COLLECTIVES : MSG_FEEDBACK_INDIVIDUALS;
    fprintf(c->out, "     %s — %s", cell(c, first, YK_RATINGS_CRITERION_LABEL), msg(who, c->lang));
    if (!yk_table_is_shown(c->ratings, first, YK_RATINGS_BASE)) {
        char hidden[256];
        msg_snprintf(hidden, sizeof hidden, MSG_FEEDBACK_HIDDEN, c->lang, c->min_base);
        fprintf(c->out, ": %s\n", hidden);
        return last;
    }
    double base = yk_table_value(c->ratings, first, YK_RATINGS_BASE);
    fprintf(c->out, " (%s %s)\n", cell(c, first, YK_RATINGS_BASE),
            word(c, (int64_t)base, MSG_FEEDBACK_CONTRIBUTION));
    for (size_t r = first; r < last; r++) {
        fprintf(c->out, "       %s: %s (", cell(c, r, YK_RATINGS_LABEL), cell(c, r, YK_RATINGS_N));
        put_percent(c, yk_table_value(c->ratings, r, YK_RATINGS_PERCENT));
        fputs("%)\n", c->out);
    }
    return last;
}

static void put_ratings(compilation *c, const yk_feedback_target *t)
{
    size_t n = yk_table_n_rows(c->ratings);
    if (c->row >= n || strcmp(cell(c, c->row, YK_RATINGS_TARGET), t->code) != 0)
        return;
    fprintf(c->out, "   %s\n", msg(MSG_FEEDBACK_RATINGS, c->lang));
    while (c->row < n && strcmp(cell(c, c->row, YK_RATINGS_TARGET), t->code) == 0)
        c->row = put_rating(c, c->row);
}

void feedback_text_write(FILE *out, const yk_feedback *f, const yk_themes *themes,
                         const yk_table *ratings, long min_base, msg_lang lang)
{
    compilation c = { out, f, themes, ratings, 0, min_base, lang };
    for (size_t t = 0; t < yk_feedback_n_targets(f); t++) {
        const yk_feedback_target *target = yk_feedback_target_at(f, t);
        fprintf(out, "%s%zu. %s", t ? "\n" : "", t + 1, target_label(&c, target));
        if (target->hint && *target->hint)
            fprintf(out, " — %s", target->hint);
        fputc('\n', out);
        for (int k = 0; k < YK_REMARK_KINDS; k++)
            if (target->remark[k] != SIZE_MAX)
                put_kind(&c, t, (yk_remark_kind)k);
        put_ratings(&c, target);
    }
}
