/* ykien — the invariants a tally file read must keep.
 * The insides it shares are in tally_impl.h. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "tally_impl.h"

/* ---- invariants of a tally file -------------------------------------------
 *
 * What no tallying can produce: a hand-edited or damaged file that would
 * print a wrong figure ("percent_opinion 450000").  Each broken invariant
 * is reported with the line of the bad value, and reading goes on so that
 * all of them are; the file is then refused. */

void yk_tally_violation(reading *rd, unsigned long line, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    yk_diag_vsend(rd->diag, rd->diag_ctx, YK_ERROR, "tally-inconsistent", rd->source, line, 0,
                  rd->violations ? NULL : "the file was changed after ykien wrote it: "
                  "tally the data again, or ask its sender for a new one", fmt, ap);
    va_end(ap);
    rd->violations++;
}

/* A number in millionths as people write it: "19", "7.5", "-0.25". */
static const char *shown(char *buf, size_t size, int64_t v)
{
    long long whole = v / YK_TALLY_UNIT, frac = llabs(v % YK_TALLY_UNIT);
    int len = snprintf(buf, size, "%s%lld.%06lld", v < 0 && whole == 0 ? "-" : "", whole, frac);
    while (len > 0 && (buf[len - 1] == '0' || buf[len - 1] == '.'))
        if (buf[--len] == '.') {
            buf[len] = '\0';
            break;
        } else {
            buf[len] = '\0';
        }
    return buf;
}

/* n * ab - a * b (a co-spread; a spread when a is b and ab the sum of
 * squares): exact when it fits 128 bits, else in long double (*exact 0:
 * compare within rounding). */
static long double co_spread(int64_t n, yk_exact a, yk_exact b, yk_exact ab, int *exact)
{
    yk_exact x, y, d;
    *exact = mul_exact(n, ab, &x) && mul_exact(a, b, &y) && !__builtin_sub_overflow(x, y, &d);
    if (*exact)
        return (long double)d;
    return (long double)n * (long double)ab - (long double)a * (long double)b;
}

static long double spread(int64_t n, yk_exact sum, yk_exact sumsq, int *exact)
{
    return co_spread(n, sum, sum, sumsq, exact);
}

/* Sums of n values between lo and hi (millionths): empty when n is 0;
 * the mean within [lo, hi]; a spread d >= 0 within Popoviciu's bound
 * n^2 (hi - lo)^2 / 4; and when lo and hi are the values' own minimum and
 * maximum (observed), d is 0 exactly when lo == hi.  NULL, or what is
 * wrong. */
static const char *sums_wrong(int64_t n, yk_exact sum, yk_exact sumsq, int64_t lo, int64_t hi,
                              int observed)
{
    if (n == 0)
        return sum || sumsq ? "sums without answers" : NULL;
    if (sum < (yk_exact)n * lo || sum > (yk_exact)n * hi)
        return "a mean (sum / n) outside the minimum and maximum";
    int exact;
    long double d = spread(n, sum, sumsq, &exact);
    long double slack = exact ? 0 : 1e-12L * (long double)n * (long double)sumsq;
    long double range = (long double)hi - (long double)lo, ln = (long double)n;
    if (d < -slack)
        return "a sum of squares too small for the sum (n * sumsq < sum^2)";
    if (observed && exact && d == 0 && lo != hi)
        return "a sum of squares that says every answer is the same, with a minimum "
               "below the maximum";
    if (observed && exact && d != 0 && lo == hi)
        return "a sum of squares that says the answers differ, with the minimum equal "
               "to the maximum";
    if (4 * d > ln * ln * range * range * (1 + 1e-12L) + slack)
        return "a sum of squares that spreads the answers wider than the minimum and maximum";
    return NULL;
}

static void check_counts(reading *rd, const yk_tally *t, const cell *c, size_t q)
{
    const yk_question *qq = yk_form_question(t->form, q);
    size_t n = qq->list->n;
    const int64_t *v = c->counts + t->count_off[q];
    int64_t answered = v[n + 2], sum = 0;
    if (answered > c->responses)
        yk_tally_violation(rd, rd->line,
                           "'%s' answered by %lld, more than the %lld responses of its "
                           "cell", qq->name, (long long)answered, (long long)c->responses);
    else if (v[n] + v[n + 1] + answered != c->responses)
        yk_tally_violation(rd, rd->line,
                           "'%s': %lld blank + %lld invalid + %lld answered is not the "
                           "%lld responses of its cell", qq->name, (long long)v[n],
                           (long long)v[n + 1], (long long)answered, (long long)c->responses);
    for (size_t i = 0; i < n; i++) {
        sum += v[i];
        if (v[i] > answered) {
            yk_tally_violation(rd, rd->line,
                               "choice '%s' of '%s' counted %lld times, more than the %lld "
                               "who answered", qq->list->choices[i].name, qq->name, (long long)v[i],
                               (long long)answered);
            return;
        }
    }
    if (qq->type == YK_Q_SELECT_ONE && sum != answered)
        yk_tally_violation(rd, rd->line, "the choices of '%s' add up to %lld, not to the %lld who "
                           "answered (one choice each)", qq->name, (long long)sum,
                           (long long)answered);
}

static void check_numbers(reading *rd, const yk_tally *t, const cell *c, size_t q)
{
    const yk_question *qq = yk_form_question(t->form, q);
    const yk_tally_numbers *x = &c->nums[t->num_of[q]];
    char a[32], b[32];
    if (x->n + x->blank + x->invalid != c->responses)
        yk_tally_violation(rd, rd->line,
                           "'%s': %lld answered + %lld blank + %lld invalid is not the "
                           "%lld responses of its cell", qq->name, (long long)x->n,
                           (long long)x->blank, (long long)x->invalid, (long long)c->responses);
    if (x->n == 0 && !x->sum && !x->sumsq)
        return;
    const char *wrong = sums_wrong(x->n, x->sum, x->sumsq, x->min, x->max, 1);
    if (wrong)
        yk_tally_violation(rd, rd->line, "'%s' has %s", qq->name, wrong);
    if (x->n && qq->has_min && x->min < millionths(qq->min))
        yk_tally_violation(rd, rd->line, "the minimum of '%s', %s, is below the form's minimum %s",
                           qq->name, shown(a, sizeof a, x->min),
                           shown(b, sizeof b, millionths(qq->min)));
    if (x->n && qq->has_max && x->max > millionths(qq->max))
        yk_tally_violation(rd, rd->line, "the maximum of '%s', %s, is above the form's maximum %s",
                           qq->name, shown(a, sizeof a, x->max),
                           shown(b, sizeof b, millionths(qq->max)));
    if (qq->type == YK_Q_INTEGER &&
        (x->min % YK_TALLY_UNIT || x->max % YK_TALLY_UNIT || x->sum % YK_TALLY_UNIT ||
         x->sumsq % ((yk_exact)YK_TALLY_UNIT * YK_TALLY_UNIT)))
        yk_tally_violation(rd, rd->line,
                           "'%s' is a whole-number question, but its minimum, maximum "
                           "or sums are not whole", qq->name);
}

/* Counts of whole values (millionths: value * unit) against the "x" line:
 * they must give its n, sum, sum of squares, minimum and maximum. */
static void check_value_counts(reading *rd, const yk_tally *t, const cell *c, size_t q,
                               const int64_t *values, const int64_t *counts, size_t k)
{
    const yk_question *qq = yk_form_question(t->form, q);
    const yk_tally_numbers *x = &c->nums[t->num_of[q]];
    int64_t n = 0, lo = 0, hi = 0;
    yk_exact sum = 0, sumsq = 0;
    for (size_t i = 0; i < k; i++) {
        if (!counts[i])
            continue;
        yk_exact v = (yk_exact)values[i] * YK_TALLY_UNIT;
        lo = n ? lo : (int64_t)v;
        hi = (int64_t)v;
        n += counts[i];
        sum += v * counts[i];
        sumsq += v * v * counts[i];
    }
    if (n != x->n)
        yk_tally_violation(rd, rd->line,
                           "the counts of values of '%s' add up to %lld, not to its %lld "
                           "answers", qq->name, (long long)n, (long long)x->n);
    else if (n && (sum != x->sum || sumsq != x->sumsq || lo != x->min || hi != x->max))
        yk_tally_violation(rd, rd->line,
                           "the counts of values of '%s' do not give its sums, minimum "
                           "and maximum", qq->name);
}

static void check_values(reading *rd, const yk_tally *t, const cell *c, size_t q)
{
    size_t k = t->value_n[q];
    int64_t *values = malloc((k + 1) * sizeof *values);
    if (!values)
        return;     /* no room to check: the sums were checked */
    for (size_t i = 0; i < k; i++)
        values[i] = t->value_lo[q] + (int64_t)i;
    check_value_counts(rd, t, c, q, values, c->counts + t->value_off[q], k);
    free(values);
}

/* Which lines a cell has had, per question (and per scale after them). */
enum { SEEN_C = 1, SEEN_X = 2, SEEN_V = 4, SEEN_W = 8 };

/* A scale's item sums: within the items' values, and every item's spread
 * and every pair's co-spread a covariance matrix can have (Cauchy-Schwarz:
 * cov(i, j)^2 <= var(i) var(j)). */
static void check_scale(reading *rd, const yk_tally *t, const cell *c, size_t s,
                        const unsigned char *seen)
{
    const scale_info *sc = &t->scales[s];
    int64_t n = c->scale_n[s];
    const yk_exact *sum = c->scale_sums + sc->off, *cross = sum + sc->k;
    long double d[YK_FORM_MAX_SCALE_ITEMS];
    if (n > c->responses)
        yk_tally_violation(rd, rd->line,
                           "scale '%s' counts %lld responses, more than the %lld of its "
                           "cell", sc->name, (long long)n, (long long)c->responses);
    for (size_t i = 0, x = 0; i < sc->k; x += sc->k - i, i++) {
        const yk_question *qq = yk_form_question(t->form, sc->items[i]);
        int64_t lo = INT64_MAX, hi = INT64_MIN;
        for (size_t ch = 0; ch < qq->list->n; ch++)
            if (sc->values[i][ch] != INT64_MIN) {
                lo = sc->values[i][ch] < lo ? sc->values[i][ch] : lo;
                hi = sc->values[i][ch] > hi ? sc->values[i][ch] : hi;
            }
        const char *wrong = lo > hi ? (n || sum[i] || cross[x] ? "sums for an item without "
                                       "opinions" : NULL)
                          : sums_wrong(n, sum[i], cross[x], lo, hi, 0);
        int exact;
        d[i] = spread(n, sum[i], cross[x], &exact);
        int64_t answered = c->counts[t->count_off[sc->items[i]] + qq->list->n + 2];
        if (wrong) {
            yk_tally_violation(rd, rd->line,
                               "scale '%s': item '%s' has %s", sc->name, qq->name, wrong);
            return;
        }
        if (n > answered && (seen[sc->items[i]] & SEEN_C)) {     /* else: missing */
            yk_tally_violation(rd, rd->line,
                               "scale '%s' counts %lld responses complete on it, more than "
                               "the %lld who answered its item '%s'", sc->name, (long long)n,
                               (long long)answered, qq->name);
            return;
        }
    }
    for (size_t i = 0, x = 0; i < sc->k; i++)
        for (size_t j = i; j < sc->k; j++, x++) {
            int exact;
            long double cij = co_spread(n, sum[i], sum[j], cross[x], &exact);
            if (j != i && cij * cij > d[i] * d[j] * (1 + 1e-9L) + 1e-9L) {
                yk_tally_violation(rd, rd->line,
                                   "scale '%s': the cross-products of items '%s' and '%s' "
                                   "are not those of any answers (a correlation beyond 1)",
                                   sc->name,
                                   yk_form_question(t->form, sc->items[i])->name,
                                   yk_form_question(t->form, sc->items[j])->name);
                return;
            }
        }
}

/* At a cell's end: every line its responses imply is there, and its
 * grouping question agrees with its group.  Reported at the cell's line. */
void yk_tally_check_cell(reading *rd, const yk_tally *t, size_t g, const cell *c,
                         const unsigned char *seen, unsigned long line)
{
    /* No "v" or "w" line means values not counted (versions 1 and 2, and
     * what they were merged into): figures that need them say so. */
    for (size_t q = 0; c->responses && q < t->nq; q++) {
        const char *name = yk_form_question(t->form, q)->name, *missing = NULL;
        if (t->count_off[q] != SIZE_MAX && !(seen[q] & SEEN_C))
            missing = "counts ('c')";
        else if (t->num_of[q] != SIZE_MAX && !(seen[q] & SEEN_X))
            missing = "sums ('x')";
        if (missing)
            yk_tally_violation(rd, line, "the cell has %lld responses but no %s for '%s'",
                               (long long)c->responses, missing, name);
    }
    if (t->group_q == SIZE_MAX || !c->responses)
        return;
    const yk_question *gq = yk_form_question(t->form, t->group_q);
    const int64_t *v = c->counts + t->count_off[t->group_q];
    int64_t answered = v[gq->list->n + 2];
    /* "Khác" holds the folded responses without a group answer too. */
    int64_t own = t->has_other && g == gq->list->n - 1 ? answered : c->responses;
    if (g < gq->list->n && (v[g] != own || answered != own))
        yk_tally_violation(rd, line, "the cell of group '%s' has %lld responses, but %lld of them "
                           "answered '%s' with it", gq->list->choices[g].name,
                           (long long)c->responses, (long long)v[g], gq->name);
    else if (g == gq->list->n && answered)
        yk_tally_violation(rd, line, "the cell of responses without '%s' counts %lld answers to it",
                           gq->name, (long long)answered);
}

/* Check a line just read (tag w0 of question or scale w1) and mark it
 * seen; a line given twice in one cell is a violation. */
void yk_tally_check_line(reading *rd, const yk_tally *t, const cell *c, const char *w0,
                         const char *w1, unsigned char *seen)
{
    static const struct { char tag; unsigned char bit; } tags[] = {
        { 'c', SEEN_C }, { 'x', SEEN_X }, { 'v', SEEN_V }, { 'w', SEEN_W }, { 's', 0 } };
    unsigned char bit = 0;
    for (size_t i = 0; i < sizeof tags / sizeof tags[0]; i++)
        bit = tags[i].tag == w0[0] ? tags[i].bit : bit;
    if (w0[0] == 's') {
        for (size_t s = 0; s < t->n_scales; s++)
            if (strcmp(t->scales[s].name, w1) == 0) {
                if (seen[t->nq + s])
                    yk_tally_violation(rd, rd->line,
                                       "a second line for scale '%s' in one cell", w1);
                seen[t->nq + s] = 1;
                check_scale(rd, t, c, s, seen);
            }
        return;
    }
    size_t q = yk_tally_question_named(t, w1);
    if (seen[q] & bit)
        yk_tally_violation(rd, rd->line, "a second '%s' line for '%s' in one cell", w0, w1);
    seen[q] |= bit;
    if (bit == SEEN_C)
        check_counts(rd, t, c, q);
    else if (bit == SEEN_X)
        check_numbers(rd, t, c, q);
    else if (bit == SEEN_V)
        check_values(rd, t, c, q);
    else if (bit == SEEN_W && !c->maps[t->map_of[q]].dropped)
        check_value_counts(rd, t, c, q, c->maps[t->map_of[q]].value,
                           c->maps[t->map_of[q]].count, c->maps[t->map_of[q]].n);
}
