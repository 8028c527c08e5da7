/* ykien — protecting a tally: folding groups under k into "Khác".
 * The insides it shares are in tally_impl.h. */
#include "tally_impl.h"

/* ---- protecting: no group under k ---------------------------------------- */

size_t yk_tally_other_group(const yk_tally *t)
{
    return yk_form_question(t->form, t->group_q)->list->n - 1;
}

/* Fold group g of round r into the round's YK_TALLY_OTHER: its counts are
 * added, and its answer to the grouping question becomes "Khác", so that
 * no count of the file tells the folded groups apart. */
yk_status yk_tally_fold(yk_tally *t, size_t r, size_t g)
{
    size_t other = yk_tally_other_group(t);
    cell *o = cell_at(t, r, other), *c = cell_at(t, r, g);
    if (!yk_tally_add_cell(t, o, t, c))
        return YK_ERR_LIMIT;
    if (g < other) {
        int64_t *own = o->counts + t->count_off[t->group_q];
        own[other] += own[g];
        own[g] = 0;
    }
    yk_tally_free_cell(c);
    t->folded++;
    yk_status st = yk_tally_init_cell(t, c);
    c->folded = 1;
    return st;
}

/* The group of round r with the fewest responses but some, other than
 * YK_TALLY_OTHER (the first of equals); SIZE_MAX when none. */
static size_t smallest_group(const yk_tally *t, size_t r)
{
    size_t best = SIZE_MAX;
    for (size_t g = 0; g < t->ngroups; g++) {
        int64_t n = cell_at(t, r, g)->responses;
        if (g != yk_tally_other_group(t) && n > 0 &&
            (best == SIZE_MAX || n < cell_at(t, r, best)->responses))
            best = g;
    }
    return best;
}

static yk_status fold_round(yk_tally *t, size_t r, int64_t k)
{
    size_t other = yk_tally_other_group(t);
    yk_status st = YK_OK;
    for (size_t g = 0; g < t->ngroups && st == YK_OK; g++) {
        int64_t n = cell_at(t, r, g)->responses;
        if (g != other && n > 0 && n < k)
            st = yk_tally_fold(t, r, g);
    }
    /* "Khác" itself under k: the smallest groups join it until it is not. */
    while (st == YK_OK && cell_at(t, r, other)->responses > 0 &&
           cell_at(t, r, other)->responses < k) {
        size_t g = smallest_group(t, r);
        if (g == SIZE_MAX)
            return YK_ERR_LIMIT;        /* the round is under k: checked before */
        st = yk_tally_fold(t, r, g);
    }
    return st;
}

/* Whether some group of some round has 1 to k - 1 responses. */
static int has_small_group(const yk_tally *t, int64_t k)
{
    for (size_t i = 0; i < t->n_rounds * t->ngroups; i++)
        if (t->cells[i].responses > 0 && t->cells[i].responses < k)
            return 1;
    return 0;
}

yk_status yk_tally_protect(yk_tally *t, int64_t k, size_t *short_round)
{
    *short_round = SIZE_MAX;
    if (k < 1 || t->parts != YK_TALLY_ALL)
        return YK_ERR_ARGUMENT;
    for (size_t r = 0; r < t->n_rounds; r++)
        if (yk_tally_responses(t, r, SIZE_MAX) < k) {
            *short_round = r;
            return YK_ERR_LIMIT;
        }
    yk_status st = YK_OK;
    if (t->group_q != SIZE_MAX && !t->has_other && has_small_group(t, k))
        st = yk_tally_widen(t);
    for (size_t r = 0; t->has_other && r < t->n_rounds && st == YK_OK; r++)
        st = fold_round(t, r, k);
    if (st == YK_OK) {
        t->protect_k = k;
        t->protection_lost = 0;
    }
    return st;
}

int yk_tally_group_folded(const yk_tally *t, size_t r, size_t g)
{
    return r < t->n_rounds && g < t->ngroups && cell_at(t, r, g)->folded;
}

yk_tally_protection yk_tally_protection_of(const yk_tally *t)
{
    return (yk_tally_protection){ t->protect_k, t->folded, t->has_other,
                                  t->protection_lost };
}
