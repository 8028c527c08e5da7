/* ykien — the rounds figures as a typed table (yk_figures_rounds.h). */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include "yk_figures_rounds.h"
#include "yk_stats.h"

const char *const yk_rounds_columns[] = {
    "question", "group", "round_from", "round_to", "share_from", "share_to", "change",
    "ci_low", "ci_high", "p", "p_adjusted", "n_from", "n_to", "favourable", "mw_z", "mw_p",
    "mw_p_adjusted", "trend_z", "trend_p", "trend_p_adjusted",
};
_Static_assert(sizeof yk_rounds_columns / sizeof yk_rounds_columns[0] == YK_ROUNDS_NCOLS,
               "one name per rounds column");

const char *const yk_rounds_ranked_columns[] = {
    "direction", "rank", "question", "group", "round_from", "round_to", "share_from",
    "share_to", "change", "ci_low", "ci_high", "p_adjusted",
};
_Static_assert(sizeof yk_rounds_ranked_columns / sizeof yk_rounds_ranked_columns[0] ==
               YK_RANKED_NCOLS, "one name per ranked column");

static const char *group_of(const yk_rounds *x, const yk_rounds_change *row)
{
    return row->unit == SIZE_MAX ? "" : yk_series_group(x->s)->list->choices[row->unit].name;
}

/* The question, the group and the two rounds. */
static void where(const yk_rounds *x, yk_table *tab, const yk_rounds_change *row)
{
    yk_table_text(tab, yk_form_question(yk_series_form(x->s), row->q)->name);
    yk_table_text(tab, group_of(x, row));
    yk_table_text(tab, yk_series_round_name(x->s, row->from));
    yk_table_text(tab, yk_series_round_name(x->s, row->to));
}

/* The codes counted as favourable in the row. */
static void favourable_cell(yk_rounds *x, yk_table *tab, const yk_rounds_change *row)
{
    char codes[1024];
    yk_rounds_favourable(x, row, codes, sizeof codes);
    yk_table_text(tab, codes);
}

/* The shares, the change and its interval, in percent. */
static void shares(yk_table *tab, const yk_rounds_change *row)
{
    double p1 = row->n1 > 0 ? row->k1 / row->n1 : 0;
    double p2 = row->n2 > 0 ? row->k2 / row->n2 : 0;
    int ci = !isnan(row->ci_low);
    yk_table_number(tab, 100 * p1, 4, row->shown_from);
    yk_table_number(tab, 100 * p2, 4, row->shown_to);
    yk_table_number(tab, 100 * (p2 - p1), 4, row->shown);
    yk_table_number(tab, 100 * row->ci_low, 4, ci);
    yk_table_number(tab, 100 * row->ci_high, 4, ci);
}

static void p_cell(yk_table *tab, double p, double lnp)
{
    char text[48];
    yk_stats_p_text(p, lnp, 6, text, sizeof text);
    yk_table_number_text(tab, text);    /* a number: a workbook's cell is one */
}

/* A test's z (with_z), p and adjusted p. */
static void test_cells(yk_table *tab, const yk_rounds_test *t, int with_z)
{
    if (with_z)
        yk_table_number(tab, t->z, 6, t->done);
    if (t->done) {
        p_cell(tab, t->p, t->lnp);
        p_cell(tab, t->adj, t->adj_ln);
    } else {
        yk_table_number_text(tab, "");
        yk_table_number_text(tab, "");
    }
}

static void add_row(yk_rounds *x, yk_table *tab, const yk_rounds_change *row)
{
    where(x, tab, row);
    shares(tab, row);
    test_cells(tab, &row->tests[YK_ROUNDS_TEST_SHARES], 0);
    yk_table_number(tab, row->n1, 0, 1);
    yk_table_number(tab, row->n2, 0, 1);
    favourable_cell(x, tab, row);
    test_cells(tab, &row->tests[YK_ROUNDS_TEST_ORDER], 1);
    test_cells(tab, &row->tests[YK_ROUNDS_TEST_TREND], 1);
}

yk_status yk_rounds_table(yk_rounds *x, yk_table *tab)
{
    for (size_t i = 0; i < x->nrows; i++)
        add_row(x, tab, &x->rows[i]);
    return YK_OK;
}

/* ---- ranked ----------------------------------------------------------- */

static double change_of(const yk_rounds_change *row)
{
    return row->k2 / row->n2 - row->k1 / row->n1;
}

static int by_change(const void *a, const void *b)
{
    double ca = change_of(*(const yk_rounds_change *const *)a);
    double cb = change_of(*(const yk_rounds_change *const *)b);
    return (cb > ca) - (cb < ca);       /* largest first */
}

static void add_ranked(const yk_rounds *x, yk_table *tab, const yk_rounds_change *row,
                       int decline, size_t rank)
{
    yk_table_text(tab, decline ? "decline" : "improvement");
    yk_table_number(tab, (double)rank, 0, 1);
    where(x, tab, row);
    shares(tab, row);
    p_cell(tab, row->tests[YK_ROUNDS_TEST_SHARES].adj, row->tests[YK_ROUNDS_TEST_SHARES].adj_ln);
}

yk_status yk_rounds_ranked(yk_rounds *x, size_t ranked, yk_table *tab)
{
    const yk_rounds_change **up = malloc((x->nrows + 1) * sizeof *up);
    const yk_rounds_change **down = malloc((x->nrows + 1) * sizeof *down);
    size_t nup = 0, ndown = 0;
    if (!up || !down) {
        free(up), free(down);
        return YK_ERR_NOMEM;
    }
    for (size_t i = 0; i < x->nrows; i++) {
        const yk_rounds_change *row = &x->rows[i];
        if (row->to != row->from + 1 || !yk_rounds_significant(row))
            continue;
        if (change_of(row) > 0)
            up[nup++] = row;
        else if (change_of(row) < 0)
            down[ndown++] = row;
    }
    qsort(up, nup, sizeof *up, by_change);
    qsort(down, ndown, sizeof *down, by_change);
    for (size_t i = 0; i < nup && i < ranked; i++)
        add_ranked(x, tab, up[i], 0, i + 1);
    for (size_t i = 0; i < ndown && i < ranked; i++)
        add_ranked(x, tab, down[ndown - 1 - i], 1, i + 1);
    free(up);
    free(down);
    return YK_OK;
}
