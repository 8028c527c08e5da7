/* ykien — the rounds chart's series: one question's favourable share,
 * base and significant change, unit by unit and round by round, hidden as
 * the chart must hide them (yk_figures_rounds.h). */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include "yk_figures_rounds.h"

/* The change of unit u from round p to p + 1 in points, when the table
 * finds it significant; else NAN. */
static double significant_change(const yk_rounds *x, size_t q, size_t u, size_t p)
{
    for (size_t i = 0; i < x->nrows; i++) {
        const yk_rounds_change *row = &x->rows[i];
        if (row->q == q && row->unit == u && row->from == p && row->to == p + 1)
            return yk_rounds_significant(row) ? yk_rounds_points(row) : NAN;
    }
    return NAN;
}

/* The numbers of row i: share, base and change, nrounds of each. */
static double *numbers_of(const yk_rounds_series *out, size_t i)
{
    return out->numbers + i * 3 * out->nrounds;
}

/* Row i: unit u (SIZE_MAX: the province).  0: the unit answered in no
 * round, and has no row (the next one takes its place). */
static int fill_row(yk_rounds *x, yk_rounds_series *out, size_t q, size_t i, size_t u)
{
    size_t n = out->nrounds;
    double *share = numbers_of(out, i), *base = share + n, *change = base + n;
    int any = 0;
    for (size_t k = 0; k < n; k++) {
        double fav, opinions;
        int asked = yk_rounds_share(x, k, q, u, &fav, &opinions);
        int shown = asked && opinions > 0;     /* hide_units hides the small */
        base[k] = asked ? opinions : -1;
        share[k] = shown ? 100 * fav / opinions : NAN;
        out->suppressed |= asked && !shown;
        any |= asked;
    }
    for (size_t p = 0; p + 1 < n; p++)
        change[p] = significant_change(x, q, u, p);
    out->rows[i] = (yk_rounds_series_row){ u, share, base, change };
    return any;
}

/* Hide round k's shares of the units hidden[] says, with their changes
 * (a change is two shares). */
static void hide_round(yk_rounds_series *out, size_t first, size_t k,
                       const unsigned char *hidden)
{
    size_t n = out->nrounds;
    for (size_t i = 0; first + i < out->nrows; i++) {
        double *share = numbers_of(out, first + i), *change = share + 2 * n;
        if (!hidden[i])
            continue;
        out->suppressed |= !isnan(share[k]);
        share[k] = NAN;
        if (k > 0)
            change[k - 1] = NAN;
        if (k + 1 < n)
            change[k] = NAN;
    }
}

/* Round by round, the units under --min-base hidden and others with them
 * (yk_figures_hide_groups), so that none can be worked out from the
 * province's share.  The units are the rows from first on. */
static yk_status hide_units(const yk_rounds *x, yk_rounds_series *out, size_t first)
{
    size_t units = out->nrows - first;
    double *base = calloc(units + 1, sizeof *base);
    unsigned char *hidden = calloc(units + 1, 1);
    if (!base || !hidden) {
        free(base);
        free(hidden);
        return YK_ERR_NOMEM;
    }
    for (size_t k = 0; k < out->nrounds; k++) {
        for (size_t i = 0; i < units; i++) {
            double b = out->rows[first + i].base[k];
            base[i] = b > 0 ? b : 0;
        }
        yk_figures_hide_groups(&x->o, base, units, hidden);
        hide_round(out, first, k, hidden);
    }
    free(base);
    free(hidden);
    return YK_OK;
}

yk_status yk_rounds_series_of(yk_rounds *x, size_t q, yk_rounds_series *out)
{
    const yk_question *g = yk_series_group(x->s);
    size_t units = g ? g->list->n : 0, n = yk_series_n_rounds(x->s);
    *out = (yk_rounds_series){ .nrounds = n };
    out->rows = calloc(units + 1, sizeof *out->rows);
    out->numbers = calloc((units + 1) * 3 * n, sizeof *out->numbers);
    if (!out->rows || !out->numbers) {
        yk_rounds_series_free(out);
        return YK_ERR_NOMEM;
    }
    out->nrows = (size_t)fill_row(x, out, q, 0, SIZE_MAX);
    size_t first = out->nrows;
    for (size_t u = 0; u < units; u++)
        out->nrows += (size_t)fill_row(x, out, q, out->nrows, u);
    if (out->nrows > first && hide_units(x, out, first) != YK_OK) {
        yk_rounds_series_free(out);
        return YK_ERR_NOMEM;
    }
    return YK_OK;
}

void yk_rounds_series_free(yk_rounds_series *s)
{
    if (!s)
        return;
    free(s->rows);
    free(s->numbers);
    *s = (yk_rounds_series){ 0 };
}
