/* ykien — the levels of an answer list: the opinions in order, the upper
 * ones (agreement) and the favourable ones. */
#include <string.h>
#include "yk_figures.h"

int yk_figure_is_ordinal(const yk_question *q)
{
    return q->type == YK_Q_SELECT_ONE && q->list && q->measure != YK_MEASURE_NOMINAL;
}

size_t yk_figure_opinions(const yk_choice_list *list, size_t *order)
{
    size_t k = 0;
    for (size_t i = 0; i < list->n; i++)
        if (!list->choices[i].not_opinion)
            order[k++] = i;
    for (size_t i = 1; i < k; i++)      /* insertion sort: lists are short */
        for (size_t j = i; j > 0 && list->choices[order[j]].value <
                                     list->choices[order[j - 1]].value; j--) {
            size_t t = order[j];
            order[j] = order[j - 1];
            order[j - 1] = t;
        }
    return k;
}

/* Mark the favourable answers that codes ("CODE+CODE") name; 0 or -1. */
static int levels_given(const yk_choice_list *list, const char *codes, yk_figure_levels *l,
                        const char **bad, size_t *badlen)
{
    for (const char *p = codes; *p;) {
        size_t len = strcspn(p, "+"), i = 0;
        while (i < list->n && !(strlen(list->choices[i].name) == len &&
                                strncmp(list->choices[i].name, p, len) == 0))
            i++;
        if (i == list->n || list->choices[i].not_opinion) {
            *bad = p, *badlen = len;
            return -1;
        }
        l->favourable[i] = 1;
        p += len + (p[len] == '+');
    }
    l->given = 1;
    return 0;
}

int yk_figure_levels_of(const yk_question *q, const char *codes, yk_figure_levels *l,
                     const char **bad, size_t *badlen)
{
    static const char *none;
    static size_t nolen;
    memset(l, 0, sizeof *l);
    bad = bad ? bad : &none;
    badlen = badlen ? badlen : &nolen;
    if (!q->list || q->list->n > YK_FIGURE_MAX_CHOICES ||
        (q->type != YK_Q_SELECT_ONE && q->type != YK_Q_SELECT_MULTIPLE))
        return 0;
    l->nlevels = yk_figure_opinions(q->list, l->order);
    l->ordinal = q->type == YK_Q_SELECT_ONE && yk_figure_is_ordinal(q) && l->nlevels >= 3;
    size_t top = l->nlevels >= 4 ? 2 : 1;
    for (size_t i = 0; l->ordinal && i < top; i++) {
        l->upper[l->order[l->nlevels - 1 - i]] = 1;
        l->favourable[l->order[q->reverse ? i : l->nlevels - 1 - i]] = 1;
    }
    l->reverse = l->ordinal && q->reverse;
    if (!codes)
        return l->ordinal;
    memset(l->favourable, 0, sizeof l->favourable);
    l->reverse = 0;
    return levels_given(q->list, codes, l, bad, badlen) ? -1 : 1;
}

void yk_figure_levels_share(const yk_figure_levels *l, const unsigned char *which,
                         const int64_t *counts, double *k, double *n)
{
    *k = *n = 0;
    for (size_t i = 0; i < l->nlevels; i++) {
        *n += (double)counts[l->order[i]];
        *k += which[l->order[i]] ? (double)counts[l->order[i]] : 0;
    }
}

/* yk_figure_favourable() and yk_figure_upper(): which share of l to take. */
static int default_share(const yk_question *q, const int64_t *counts, double *k, double *n,
                         unsigned char *which, int upper)
{
    yk_figure_levels l;
    *k = *n = 0;
    if (which && q->list)
        memset(which, 0, q->list->n);
    if (yk_figure_levels_of(q, NULL, &l, NULL, NULL) != 1)
        return 0;
    const unsigned char *marks = upper ? l.upper : l.favourable;
    yk_figure_levels_share(&l, marks, counts, k, n);
    if (which)
        memcpy(which, marks, q->list->n);
    return 1;
}

int yk_figure_favourable(const yk_question *q, const int64_t *counts, double *k, double *n,
                      unsigned char *which)
{
    return default_share(q, counts, k, n, which, 0);
}

int yk_figure_upper(const yk_question *q, const int64_t *counts, double *k, double *n,
                 unsigned char *which)
{
    return default_share(q, counts, k, n, which, 1);
}
