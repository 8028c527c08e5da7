/* ykien — the figures of open answers: who wrote something, the themes
 * (shares, tests across units, changes across rounds), the phrases, and
 * the masked quotes and uncoded answers, from a comments tally. */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "yk_disclosure.h"
#include "yk_figures_comments.h"
#include "yk_stats.h"

const char *const yk_answered_columns[] = {
    "round", "group", "question", "label", "n", "base", "percent", "ci_low", "ci_high",
};
const char *const yk_themes_columns[] = {
    "round", "group", "question", "theme", "label", "n", "base", "percent", "ci_low", "ci_high",
};
const char *const yk_themes_test_columns[] = {
    "round", "question", "theme", "label", "units", "chisq", "df", "p", "p_adjusted",
};
const char *const yk_themes_change_columns[] = {
    "from", "to", "group", "question", "theme", "label", "percent_from", "percent_to",
    "points", "ci_low", "ci_high", "p", "p_adjusted",
};
const char *const yk_phrases_columns[] = {
    "round", "question", "rank", "phrase", "words", "n", "base", "percent",
};
const char *const yk_quotes_columns[] = {
    "question", "theme", "label", "rank", "round", "group", "quote",
};
const char *const yk_uncoded_columns[] = {
    "question", "answers", "text",
};
#define COLS(a) (sizeof a / sizeof a[0])
_Static_assert(COLS(yk_answered_columns) == YK_ANSWERED_NCOLS, "a name for every column");
_Static_assert(COLS(yk_themes_columns) == YK_THEMES_NCOLS, "a name for every column");
_Static_assert(COLS(yk_themes_test_columns) == YK_THEMES_TEST_NCOLS, "a name for every column");
_Static_assert(COLS(yk_themes_change_columns) == YK_THEMES_CHANGE_NCOLS,
               "a name for every column");
_Static_assert(COLS(yk_phrases_columns) == YK_PHRASES_NCOLS, "a name for every column");
_Static_assert(COLS(yk_quotes_columns) == YK_QUOTES_NCOLS, "a name for every column");
_Static_assert(COLS(yk_uncoded_columns) == YK_UNCODED_NCOLS, "a name for every column");

/* ---- shared ------------------------------------------------------------- */

static const yk_question *question_of(const yk_comments *c, size_t i)
{
    return yk_form_question(yk_comments_form(c), yk_comments_question(c, i));
}

static int question_wanted(const yk_comments *c, const yk_figure_opts *o, size_t i)
{
    return yk_figure_wanted(o->questions, question_of(c, i)->name);
}

static int round_wanted(const yk_comments *c, const yk_figure_opts *o, size_t r)
{
    return !o->round || strcmp(o->round, yk_comments_round(c, r)) == 0;
}

static const char *question_label(const yk_question *q)
{
    return q->labels && q->labels[0] ? q->labels[0] : q->name;
}

/* The units: the grouping question's choices (the last group, responses
 * without a unit, is not one); 0 when the tally is not grouped. */
static size_t n_units(const yk_comments *c)
{
    const yk_question *g = yk_comments_group(c);
    return g ? g->list->n : 0;
}

/* A group's name as freq writes it: "" for all respondents (SIZE_MAX),
 * the unit's code, "_missing" for responses without one. */
static const char *group_name(const yk_comments *c, size_t g)
{
    if (g == SIZE_MAX)
        return "";
    return g < n_units(c) ? yk_comments_group(c)->list->choices[g].name : "_missing";
}

/* Which groups of round r to hide, their bases given by base_of (the
 * responses, or the answers to question i): hidden has room for every
 * group.  Nothing is hidden when the figures are not by unit. */
typedef double (*base_fn)(const yk_comments *c, size_t r, size_t g, size_t i);

static double base_responses(const yk_comments *c, size_t r, size_t g, size_t i)
{
    (void)i;
    return (double)yk_comments_responses(c, r, g);
}

static double base_answered(const yk_comments *c, size_t r, size_t g, size_t i)
{
    return (double)yk_comments_answered(c, r, g, i);
}

static yk_status hide(const yk_comments *c, const yk_figure_opts *o, size_t r, size_t i,
                      base_fn base_of, unsigned char *hidden)
{
    size_t n = yk_comments_n_groups(c);
    double *base = malloc((n + 1) * sizeof *base);
    if (!base)
        return YK_ERR_NOMEM;
    for (size_t g = 0; g < n; g++)
        base[g] = base_of(c, r, g, i);
    yk_figures_hide_groups(o, base, n, hidden);
    free(base);
    return YK_OK;
}

/* n of base as a percent with its 95% Wilson interval: blank (n too)
 * when why says the group is hidden or the base is under the minimum. */
static void share(yk_table *tab, const yk_figure_opts *o, double n, double base, int why,
                  unsigned long *blank)
{
    double low = 0, high = 0;
    if (!why && yk_disclosure_small(base, (double)o->min_base))
        why = YK_FIGURE_PRIMARY;
    int shown = !why && base > 0 && yk_stats_wilson(n, base, YK_Z95, &low, &high) == YK_OK;
    yk_table_number(tab, n, 0, shown);
    yk_table_number(tab, base, 0, 1);
    yk_table_number(tab, base > 0 ? 100 * n / base : 0, 4, shown);
    yk_table_number(tab, 100 * low, 4, shown);
    yk_table_number(tab, 100 * high, 4, shown);
    if (base > 0)
        yk_figures_count_blank(o, why, blank);
}

/* The groups a table covers: all respondents (SIZE_MAX), then with o->by
 * each group of the tally that has responses in round r.  Returns the
 * number of groups to walk; group k is groups_at(k). */
static size_t n_blocks(const yk_comments *c, const yk_figure_opts *o)
{
    return 1 + (o->by && yk_comments_group(c) ? yk_comments_n_groups(c) : 0);
}

static size_t block_group(size_t k)
{
    return k == 0 ? SIZE_MAX : k - 1;
}

/* ---- answered ----------------------------------------------------------- */

yk_status yk_figures_answered(const yk_comments *c, const yk_figure_opts *o, yk_table *tab,
                              unsigned long *blank)
{
    unsigned char *hidden = malloc(yk_comments_n_groups(c) + 1);
    yk_status st = hidden ? YK_OK : YK_ERR_NOMEM;
    *blank = 0;
    for (size_t r = 0; !st && r < yk_comments_n_rounds(c); r++) {
        if (!round_wanted(c, o, r))
            continue;
        st = hide(c, o, r, 0, base_responses, hidden);
        for (size_t k = 0; !st && k < n_blocks(c, o); k++) {
            size_t g = block_group(k);
            double base = (double)yk_comments_responses(c, r, g);
            if (g != SIZE_MAX && base == 0)
                continue;
            for (size_t i = 0; i < yk_comments_n_questions(c); i++) {
                const yk_question *q = question_of(c, i);
                if (!question_wanted(c, o, i))
                    continue;
                yk_table_text(tab, yk_comments_round(c, r));
                yk_table_text(tab, group_name(c, g));
                yk_table_text(tab, q->name);
                yk_table_text(tab, question_label(q));
                share(tab, o, (double)yk_comments_answered(c, r, g, i), base,
                      g == SIZE_MAX ? 0 : hidden[g], blank);
            }
        }
    }
    free(hidden);
    return st ? st : yk_table_status(tab);
}

/* ---- themes ------------------------------------------------------------- */

static size_t n_themes(const yk_comments *c)
{
    return yk_comments_themes(c) ? yk_themes_n(yk_comments_themes(c)) : 0;
}

static const char *theme_code(const yk_comments *c, size_t th)
{
    return th < n_themes(c) ? yk_themes_code(yk_comments_themes(c), th) : YK_THEMES_UNCODED;
}

static const char *theme_label(const yk_comments *c, size_t th, int english)
{
    if (th < n_themes(c))
        return yk_themes_label(yk_comments_themes(c), th, english);
    return english ? "Not coded" : "Chưa xếp chủ đề";
}

yk_status yk_figures_themes(const yk_comments *c, const yk_figure_opts *o, int english,
                            yk_table *tab, unsigned long *blank)
{
    unsigned char *hidden = malloc(yk_comments_n_groups(c) + 1);
    yk_status st = hidden ? YK_OK : YK_ERR_NOMEM;
    *blank = 0;
    for (size_t r = 0; !st && r < yk_comments_n_rounds(c); r++) {
        if (!round_wanted(c, o, r))
            continue;
        for (size_t k = 0; !st && k < n_blocks(c, o); k++) {
            size_t g = block_group(k);
            if (g != SIZE_MAX && yk_comments_responses(c, r, g) == 0)
                continue;
            for (size_t i = 0; !st && i < yk_comments_n_questions(c); i++) {
                if (!question_wanted(c, o, i) ||
                    (st = hide(c, o, r, i, base_answered, hidden)) != YK_OK)
                    continue;
                double base = (double)yk_comments_answered(c, r, g, i);
                for (size_t th = 0; th <= n_themes(c); th++) {
                    yk_table_text(tab, yk_comments_round(c, r));
                    yk_table_text(tab, group_name(c, g));
                    yk_table_text(tab, question_of(c, i)->name);
                    yk_table_text(tab, theme_code(c, th));
                    yk_table_text(tab, theme_label(c, th, english));
                    share(tab, o, (double)yk_comments_theme(c, r, g, i, th), base,
                          g == SIZE_MAX ? 0 : hidden[g], blank);
                }
            }
        }
    }
    free(hidden);
    return st ? st : yk_table_status(tab);
}

/* ---- p-values ----------------------------------------------------------- */

static void p_cell(yk_table *tab, double lnp)
{
    char text[48];
    yk_stats_p_text(exp(lnp), lnp, 6, text, sizeof text);
    yk_table_number_text(tab, text);    /* a number: a workbook's cell is one */
}

/* Adjust the family's ln p in place (Holm, or Benjamini-Hochberg). */
static yk_status adjust(const yk_figure_opts *o, const double *lnp, size_t n, double *adj)
{
    return n ? (o->bh ? yk_stats_bh_ln : yk_stats_holm_ln)(lnp, n, adj) : YK_OK;
}

/* ---- themes compared across units --------------------------------------- */

typedef struct {
    size_t theme;
    size_t units;
    double chisq, df, lnp, adj;
    int done;
} theme_test;

/* Theme th of question i in round r across the units shown: the units x
 * (theme, not) table. */
static void test_theme(const yk_comments *c, size_t r, size_t i, size_t th,
                       const unsigned char *hidden, double *table, theme_test *t)
{
    size_t rows = 0;
    double p, v;
    t->theme = th;
    for (size_t g = 0; g < n_units(c); g++) {
        double base = (double)yk_comments_answered(c, r, g, i);
        if (hidden[g] || base == 0)
            continue;
        table[2 * rows] = (double)yk_comments_theme(c, r, g, i, th);
        table[2 * rows + 1] = base - table[2 * rows];
        rows++;
    }
    t->units = rows;
    t->done = rows >= 2 &&
              yk_stats_chisq(table, rows, 2, &t->chisq, &t->df, &p, &v) == YK_OK &&
              yk_stats_chisq_lnp(t->chisq, t->df, &t->lnp) == YK_OK;
}

static void test_row(yk_table *tab, const yk_comments *c, size_t r, size_t i, int english,
                     const theme_test *t)
{
    yk_table_text(tab, yk_comments_round(c, r));
    yk_table_text(tab, question_of(c, i)->name);
    yk_table_text(tab, theme_code(c, t->theme));
    yk_table_text(tab, theme_label(c, t->theme, english));
    yk_table_number(tab, (double)t->units, 0, 1);
    yk_table_number(tab, t->chisq, 4, t->done);
    yk_table_number(tab, t->df, 0, t->done);
    if (t->done) {
        p_cell(tab, t->lnp);
        p_cell(tab, t->adj);
    } else {
        yk_table_number_text(tab, "");
        yk_table_number_text(tab, "");
    }
}

/* The tests of question i's themes in round r, Holm over them. */
static yk_status test_question(const yk_comments *c, const yk_figure_opts *o, size_t r,
                               size_t i, int english, yk_table *tab, unsigned char *hidden,
                               unsigned long *blank)
{
    size_t nt = n_themes(c), units = n_units(c), k = 0;
    theme_test *t = calloc(nt + 1, sizeof *t);
    double *table = malloc((2 * units + 2) * sizeof *table);
    double *lnp = malloc((nt + 1) * sizeof *lnp), *adj = malloc((nt + 1) * sizeof *adj);
    yk_status st = t && table && lnp && adj ? hide(c, o, r, i, base_answered, hidden)
                                            : YK_ERR_NOMEM;
    for (size_t g = 0; !st && g < units; g++)
        if (yk_comments_answered(c, r, g, i) > 0)
            yk_figures_count_blank(o, hidden[g], blank);
    for (size_t th = 0; !st && th < nt; th++) {
        test_theme(c, r, i, th, hidden, table, &t[th]);
        if (t[th].done)
            lnp[k++] = t[th].lnp;
    }
    if (!st)
        st = adjust(o, lnp, k, adj);
    for (size_t th = 0, j = 0; !st && th < nt; th++) {
        if (t[th].done)
            t[th].adj = adj[j++];
        test_row(tab, c, r, i, english, &t[th]);
    }
    free(t);
    free(table);
    free(lnp);
    free(adj);
    return st;
}

yk_status yk_figures_themes_test(const yk_comments *c, const yk_figure_opts *o, int english,
                                 yk_table *tab, unsigned long *blank)
{
    unsigned char *hidden = malloc(yk_comments_n_groups(c) + 1);
    yk_status st = hidden ? YK_OK : YK_ERR_NOMEM;
    *blank = 0;
    if (!yk_comments_group(c) || !n_themes(c)) {
        free(hidden);
        return st;
    }
    for (size_t r = 0; !st && r < yk_comments_n_rounds(c); r++)
        for (size_t i = 0; !st && round_wanted(c, o, r) && i < yk_comments_n_questions(c); i++)
            if (question_wanted(c, o, i))
                st = test_question(c, o, r, i, english, tab, hidden, blank);
    free(hidden);
    return st ? st : yk_table_status(tab);
}

/* ---- themes from round to round ------------------------------------------ */

typedef struct {
    size_t from, to, group, question, theme;
    double k1, n1, k2, n2;
    int shown;                  /* both shares may be shown */
    int ci, tested;             /* the interval, the test could be made */
    double low, high, lnp, adj;
} theme_change;

typedef struct {
    theme_change *rows;
    size_t n, cap;
} change_list;

static yk_status change_push(change_list *l, const theme_change *row)
{
    if (l->n == l->cap) {
        size_t cap = l->cap ? 2 * l->cap : 64;
        theme_change *p = realloc(l->rows, cap * sizeof *p);
        if (!p)
            return YK_ERR_NOMEM;
        l->rows = p;
        l->cap = cap;
    }
    l->rows[l->n++] = *row;
    return YK_OK;
}

static void change_compute(theme_change *x)
{
    double z, p;
    x->ci = x->shown &&
            yk_stats_newcombe(x->k2, x->n2, x->k1, x->n1, YK_Z95, &x->low, &x->high) == YK_OK;
    x->tested = x->shown && yk_stats_two_proportions(x->k1, x->n1, x->k2, x->n2, &z, &p) == YK_OK &&
                yk_stats_normal_lnp(z, &x->lnp) == YK_OK;
}

/* Every theme of question i for group g from round a to round b. */
static yk_status changes_of(const yk_comments *c, const yk_figure_opts *o, size_t a,
                            size_t b, size_t g, size_t i, int shown, change_list *l)
{
    theme_change x = { a, b, g, i, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 };
    x.n1 = (double)yk_comments_answered(c, a, g, i);
    x.n2 = (double)yk_comments_answered(c, b, g, i);
    x.shown = shown && x.n1 > 0 && x.n2 > 0 &&
              !yk_disclosure_small(x.n1, (double)o->min_base) &&
              !yk_disclosure_small(x.n2, (double)o->min_base);
    yk_status st = YK_OK;
    for (size_t th = 0; !st && th <= n_themes(c); th++) {
        x.theme = th;
        x.k1 = (double)yk_comments_theme(c, a, g, i, th);
        x.k2 = (double)yk_comments_theme(c, b, g, i, th);
        change_compute(&x);
        st = change_push(l, &x);
    }
    return st;
}

/* The pair of rounds a, b: all respondents, then the units shown in both. */
static yk_status changes_of_pair(const yk_comments *c, const yk_figure_opts *o, size_t a,
                                 size_t b, unsigned char *ha, unsigned char *hb,
                                 change_list *l)
{
    yk_status st = YK_OK;
    for (size_t i = 0; !st && i < yk_comments_n_questions(c); i++) {
        if (!question_wanted(c, o, i))
            continue;
        st = changes_of(c, o, a, b, SIZE_MAX, i, 1, l);
        if (!st && o->by && yk_comments_group(c))
            st = hide(c, o, a, i, base_answered, ha);
        if (!st && o->by && yk_comments_group(c))
            st = hide(c, o, b, i, base_answered, hb);
        for (size_t g = 0; !st && o->by && g < n_units(c); g++) {
            if (yk_comments_answered(c, a, g, i) == 0 || yk_comments_answered(c, b, g, i) == 0)
                continue;
            st = changes_of(c, o, a, b, g, i, !ha[g] && !hb[g], l);
        }
    }
    return st;
}

static void change_row(yk_table *tab, const yk_comments *c, int english, const theme_change *x,
                       unsigned long *blank, const yk_figure_opts *o)
{
    yk_table_text(tab, yk_comments_round(c, x->from));
    yk_table_text(tab, yk_comments_round(c, x->to));
    yk_table_text(tab, group_name(c, x->group));
    yk_table_text(tab, question_of(c, x->question)->name);
    yk_table_text(tab, theme_code(c, x->theme));
    yk_table_text(tab, theme_label(c, x->theme, english));
    yk_table_number(tab, x->n1 > 0 ? 100 * x->k1 / x->n1 : 0, 4, x->shown);
    yk_table_number(tab, x->n2 > 0 ? 100 * x->k2 / x->n2 : 0, 4, x->shown);
    yk_table_number(tab, x->shown ? 100 * (x->k2 / x->n2 - x->k1 / x->n1) : 0, 4, x->shown);
    yk_table_number(tab, 100 * x->low, 4, x->ci);
    yk_table_number(tab, 100 * x->high, 4, x->ci);
    if (x->tested) {
        p_cell(tab, x->lnp);
        p_cell(tab, x->adj);
    } else {
        yk_table_number_text(tab, "");
        yk_table_number_text(tab, "");
    }
    if (!x->shown && x->n1 > 0 && x->n2 > 0)
        yk_figures_count_blank(o, YK_FIGURE_PRIMARY, blank);
}

/* Holm (or BH) over every test of the table. */
static yk_status change_adjust(const yk_figure_opts *o, change_list *l)
{
    double *lnp = malloc((l->n + 1) * sizeof *lnp);
    size_t k = 0;
    if (!lnp)
        return YK_ERR_NOMEM;
    for (size_t j = 0; j < l->n; j++)
        if (l->rows[j].tested)
            lnp[k++] = l->rows[j].lnp;
    yk_status st = adjust(o, lnp, k, lnp);
    for (size_t j = 0, m = 0; !st && j < l->n; j++)
        if (l->rows[j].tested)
            l->rows[j].adj = lnp[m++];
    free(lnp);
    return st;
}

yk_status yk_figures_themes_change(const yk_comments *c, const yk_figure_opts *o,
                                   int english, yk_table *tab, unsigned long *blank)
{
    size_t ng = yk_comments_n_groups(c) + 1;
    unsigned char *ha = malloc(ng), *hb = malloc(ng);
    change_list l = { 0 };
    yk_status st = ha && hb ? YK_OK : YK_ERR_NOMEM;
    *blank = 0;
    /* --round R: the change into R from the round before it. */
    for (size_t b = 1; !st && b < yk_comments_n_rounds(c); b++)
        if (round_wanted(c, o, b))
            st = changes_of_pair(c, o, b - 1, b, ha, hb, &l);
    if (!st)
        st = change_adjust(o, &l);
    for (size_t j = 0; !st && j < l.n; j++)
        change_row(tab, c, english, &l.rows[j], blank, o);
    free(l.rows);
    free(ha);
    free(hb);
    return st ? st : yk_table_status(tab);
}

/* ---- phrases ------------------------------------------------------------ */

static void tell_dropped(const yk_comments *c, const yk_figure_opts *o, size_t r, size_t i,
                         int64_t dropped)
{
    char msg[512];
    if (!o->diag || dropped == 0)
        return;
    snprintf(msg, sizeof msg,
             "round %s, question %s: %lld phrase counts were dropped at the cap of %d distinct "
             "phrases; the phrases' counts may be low",
             yk_comments_round(c, r), question_of(c, i)->name, (long long)dropped,
             (int)YK_PHRASES_CAP);
    yk_diag d = { YK_WARNING, "phrases-capped", NULL, 0, 0, msg, NULL };
    o->diag(o->diag_ctx, &d);
}

static yk_status phrases_of(const yk_comments *c, const yk_figure_opts *o, size_t r, size_t i,
                            int64_t min, size_t max, yk_table *tab)
{
    const yk_phrases *p = yk_comments_phrases(c, r, i);
    yk_phrase *top = NULL;
    size_t n = 0;
    if (!p)
        return YK_OK;
    tell_dropped(c, o, r, i, yk_phrases_dropped(p));
    yk_status st = yk_phrases_top(p, min, max, &top, &n);
    double base = (double)yk_comments_answered(c, r, SIZE_MAX, i);
    for (size_t k = 0; !st && k < n; k++) {
        yk_table_text(tab, yk_comments_round(c, r));
        yk_table_text(tab, question_of(c, i)->name);
        yk_table_number(tab, (double)(k + 1), 0, 1);
        yk_table_text(tab, top[k].text);
        yk_table_number(tab, (double)top[k].words, 0, 1);
        yk_table_number(tab, (double)top[k].answers, 0, 1);
        yk_table_number(tab, base, 0, 1);
        yk_table_number(tab, base > 0 ? 100 * (double)top[k].answers / base : 0, 4, base > 0);
    }
    free(top);
    return st;
}

yk_status yk_figures_phrases(const yk_comments *c, const yk_figure_opts *o, int64_t min_answers,
                             size_t max, yk_table *tab)
{
    /* A phrase fewer than k members wrote could be one member's words. */
    int64_t min = o->min_base > min_answers ? (int64_t)o->min_base : min_answers;
    yk_status st = YK_OK;
    for (size_t r = 0; !st && r < yk_comments_n_rounds(c); r++)
        for (size_t i = 0; !st && round_wanted(c, o, r) && i < yk_comments_n_questions(c); i++)
            if (question_wanted(c, o, i))
                st = phrases_of(c, o, r, i, min < 1 ? 1 : min, max, tab);
    return st ? st : yk_table_status(tab);
}

/* ---- quotes and uncoded answers ------------------------------------------ */

/* A quote's unit, only when the unit has at least o->min_base responses in
 * its round (never with a min_base of 0 unless suppression is off). */
static const char *quote_group(const yk_comments *c, const yk_figure_opts *o,
                               const yk_comment_quote *q)
{
    if (!yk_comments_group(c) || q->group >= n_units(c))
        return "";
    if (o->min_base <= 0 && !o->no_suppression)
        return "";
    if (yk_comments_responses(c, q->round, q->group) < (int64_t)o->min_base)
        return "";
    return group_name(c, q->group);
}

yk_status yk_figures_quotes(const yk_comments *c, const yk_figure_opts *o, int english,
                            yk_table *tab)
{
    for (size_t i = 0; i < yk_comments_n_questions(c); i++) {
        if (!question_wanted(c, o, i))
            continue;
        for (size_t th = 0; th <= n_themes(c); th++) {
            size_t n = 0, rank = 0;
            const yk_comment_quote *q = yk_comments_quotes(c, i, th, &n);
            for (size_t k = 0; k < n; k++) {
                if (!round_wanted(c, o, q[k].round))
                    continue;
                yk_table_text(tab, question_of(c, i)->name);
                yk_table_text(tab, theme_code(c, th));
                yk_table_text(tab, theme_label(c, th, english));
                yk_table_number(tab, (double)++rank, 0, 1);
                yk_table_text(tab, yk_comments_round(c, q[k].round));
                yk_table_text(tab, quote_group(c, o, &q[k]));
                yk_table_text(tab, q[k].text);
            }
        }
    }
    return yk_table_status(tab);
}

yk_status yk_figures_uncoded(yk_comments *c, const yk_figure_opts *o, yk_table *tab)
{
    for (size_t i = 0; i < yk_comments_n_questions(c); i++) {
        size_t n = 0;
        if (!question_wanted(c, o, i))
            continue;
        const yk_comment_quote *q = yk_comments_uncoded(c, i, &n, NULL);
        for (size_t k = 0; k < n; k++) {
            yk_table_text(tab, question_of(c, i)->name);
            yk_table_number(tab, (double)q[k].answers, 0, 1);
            yk_table_text(tab, q[k].text);
        }
    }
    return yk_table_status(tab);
}
