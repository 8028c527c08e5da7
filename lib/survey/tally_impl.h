/* ykien — the tally's insides, shared by its files: tally.c (the model:
 * laying out, counting, merging, reading figures), tally_protect.c
 * (folding small groups), tally_save.c (writing a tally file),
 * tally_load.c (reading one) and tally_check.c (the invariants a loaded
 * file must keep).  Not part of the API. */
#ifndef YK_TALLY_IMPL_H
#define YK_TALLY_IMPL_H

#include <math.h>
#include <stdint.h>
#include "yk_tally.h"

/* Numbers tallied: below 100 million in absolute value (in millionths,
 * 1e14), so that a billion of their squares still fit in 128 bits. */
#define NUMBER_LIMIT 1e8
#define VALUE_LIMIT 100000000000000LL

/* One scale: its items (select_one questions) and where its sums are. */
typedef struct {
    const char *name;
    size_t *items;
    size_t k, off;          /* k sums then k(k+1)/2 cross-products */
    int64_t **values;       /* per item: each choice's value in millionths,
                               reversed for reverse items; INT64_MIN for
                               not-an-opinion */
    int64_t pending_max;    /* responses whose sums an int64 surely holds;
                               0: not even one */
} scale_info;

/* A select question's place among a cell's counts, laid out once so that
 * counting a response needs no look at the form. */
typedef struct {
    size_t q, off, n;       /* question, its counts, its list's choices */
    int multiple;           /* select_multiple */
} select_slot;

/* The distinct values of an integer question the form does not bound to
 * few values, each with its count: ascending, so that merging and
 * quantiles need no sort.  Past YK_TALLY_MAX_DISTINCT values the counts
 * are dropped (memory stays bounded whatever the data) and `dropped`
 * says so; the decision is the same in one pass or any merge order, as
 * it depends only on the distinct values of the cell. */
typedef struct {
    int64_t *value, *count;
    size_t n, cap;
    int dropped;
} value_map;

/* Everything counted for one round and group. */
typedef struct {
    int64_t responses;
    int folded;             /* its responses are in YK_TALLY_OTHER's cell */
    value_map *maps;        /* integer questions, at map_of[q] */
    size_t n_maps;
    int64_t *counts;        /* select questions, at count_off[q] */
    yk_tally_numbers *nums; /* numeric questions, at num_of[q] */
    int64_t *scale_n;       /* per scale: responses complete on it */
    yk_exact *scale_sums;   /* per scale, at scale_info.off */
    /* The latest responses' scale sums, in int64 while they cannot
     * overflow, laid out like scale_sums: adding 128-bit sums for every
     * response was most of the cost of counting a scale.  The sums are
     * scale_sums plus these (scale_sum()). */
    int64_t *pending;
    int64_t *pending_n;     /* per scale: responses in pending */
} cell;

struct yk_tally {
    const yk_form *form;
    yk_form *own_form;      /* when loaded from a file */
    char *text[3];          /* survey, choices, settings as read */
    size_t text_len[3];
    size_t nq, group_q;     /* group_q == SIZE_MAX: no grouping */
    unsigned parts;         /* YK_TALLY_* counted */
    size_t ngroups;
    size_t *count_off, n_counts;
    select_slot *selects;   /* the select questions, in form order */
    size_t n_selects;
    size_t *num_of, n_nums;
    size_t *numbers;        /* the numeric questions, in form order */
    size_t *value_off;      /* integer questions of few values: their counts */
    int64_t *value_lo;      /* the lowest value counted */
    size_t *value_n;        /* how many values */
    size_t *map_of, n_maps; /* other integer questions: a value_map each */
    scale_info *scales;
    size_t n_scales, n_scale_sums;
    char **rounds;
    size_t n_rounds;
    cell *cells;            /* n_rounds * ngroups */
    int has_other;          /* the group list ends with YK_TALLY_OTHER ("Khác"),
                               added to the form as read: groups folded */
    int64_t folded;         /* groups folded into it, counted per round */
    int64_t protect_k;      /* every group of every round has 0 or at least
                               this many responses; 0: not protected */
    int protection_lost;    /* a protected tally was merged with another */
};
/* Reading a tally file: a cursor over its text, with the line for
 * diagnostics. */
typedef struct {
    const char *p, *end;
    unsigned long line;
    const char *source;
    yk_diag_fn diag;
    void *diag_ctx;
    unsigned long violations;   /* invariants broken: reported, reading goes on */
} reading;

static inline int64_t millionths(double v)
{
    return (int64_t)llround(v * YK_TALLY_UNIT);
}

static inline cell *cell_at(const yk_tally *t, size_t r, size_t g)
{
    return &t->cells[r * t->ngroups + g];
}

/* Sum x of the scale sums (at a scale's off + x) of cell c. */
static inline yk_exact scale_sum(const cell *c, size_t x)
{
    return c->scale_sums[x] + c->pending[x];
}

/* a * b exactly, or 0 when it would overflow. */
static inline int mul_exact(yk_exact a, yk_exact b, yk_exact *out)
{
    return !__builtin_mul_overflow(a, b, out);
}

/* tally.c */
void yk_tally_map_free(value_map *m);
void yk_tally_free_cell(cell *c);
yk_status yk_tally_init_cell(const yk_tally *t, cell *c);
/* The round's index, added (with empty cells) if new. */
yk_status yk_tally_round_index(yk_tally *t, const char *name, size_t *r);
yk_status yk_tally_map_add(value_map *m, int64_t v, int64_t k);
/* Add from (of tally tb) into to (of ta); 0 when a sum would overflow. */
int yk_tally_add_cell(const yk_tally *ta, cell *to, const yk_tally *tb, const cell *from);
/* Give t's grouping list the choice YK_TALLY_OTHER. */
yk_status yk_tally_widen(yk_tally *t);

/* tally_protect.c */
size_t yk_tally_other_group(const yk_tally *t);
/* Fold group g of round r into the round's YK_TALLY_OTHER. */
yk_status yk_tally_fold(yk_tally *t, size_t r, size_t g);

/* tally_save.c: "survey", "choices", "settings". */
extern const char *const yk_tally_text_names[3];

/* tally_load.c */
size_t yk_tally_question_named(const yk_tally *t, const char *name);

/* tally_check.c: a broken invariant, reported; reading goes on. */
void yk_tally_violation(reading *rd, unsigned long line, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* At a cell's end: every line its responses imply is there. */
void yk_tally_check_cell(reading *rd, const yk_tally *t, size_t g, const cell *c,
                         const unsigned char *seen, unsigned long line);
/* Check a line just read (tag w0 of question or scale w1) and mark it seen. */
void yk_tally_check_line(reading *rd, const yk_tally *t, const cell *c, const char *w0,
                         const char *w1, unsigned char *seen);

#endif
