/* ykien — loading a form: a row of choices.csv.
 * The insides it shares are in form_impl.h. */
#include <stdio.h>
#include <string.h>
#include "form_impl.h"

/* ---- choices.csv ---------------------------------------------------- */

typedef struct {
    size_t list;
    span name;
} choice_key;

int yk_form_list_eq(const void *ctx, size_t item, const void *key)
{
    const loader *L = ctx;
    const span *t = key;
    return strlen(L->lists[item].name) == t->n &&
           memcmp(L->lists[item].name, t->s, t->n) == 0;
}

static int choice_eq(const void *ctx, size_t item, const void *key)
{
    const loader *L = ctx;
    const choice_key *k = key;
    return L->cx[item].list == k->list && strlen(L->cs[item].name) == k->name.n &&
           memcmp(L->cs[item].name, k->name.s, k->name.n) == 0;
}

static uint64_t choice_hash(size_t list, span name)
{
    return hash_span(yk_hash(YK_HASH_BASIS, &list, sizeof list), name);
}

/* The list called name, made when new; NONE when out of memory. */
static size_t find_list(loader *L, span name, unsigned long line)
{
    uint64_t h = hash_span(YK_HASH_BASIS, name);
    size_t i = yk_index_find(&L->lists_index, h, yk_form_list_eq, L, &name);
    if (i != NONE)
        return i;
    const char *kept = keep(L, name);
    if (!kept || yk_grow(&L->lists, &L->cap_lists, L->n_lists + 1, sizeof *L->lists) != YK_OK ||
        yk_index_add(&L->lists_index, h, L->n_lists) != YK_OK)
        return nomem(L), NONE;
    L->lists[L->n_lists] = (list_tmp){ kept, line, 0, 0 };
    return L->n_lists++;
}

/* '|'-separated, each trimmed, empty pieces dropped. */
static void split_aliases(loader *L, span t, yk_choice *c)
{
    size_t n = 0, k = 0;
    for (size_t i = 0; i < t.n; i++)
        n += t.s[i] == '|';
    const char **out = yk_arena_calloc(arena(L), n + 1, sizeof *out);
    if (!out) {
        nomem(L);
        return;
    }
    for (size_t start = 0, i = 0; i <= t.n; i++) {
        if (i < t.n && t.s[i] != '|')
            continue;
        span piece = trim(t.s + start, i - start);
        if (piece.n && !(out[k++] = keep(L, piece)))
            return;
        start = i + 1;
    }
    c->aliases = k ? out : NULL;
    c->n_aliases = k;
}

static void choice_numbers(loader *L, const yk_row *row, yk_choice *c,
                           choice_extra *x)
{
    x->has_value = yk_form_number_column(L, row, C_VALUE, &c->value);
    c->members = -1;
    span m = col(L, row, C_MEMBERS);
    if (m.n && !yk_form_parse_count(m, &c->members)) {
        c->members = -1;
        yk_form_report(L, YK_ERROR, "form-bad-number", row->line, L->col[C_MEMBERS],
                       "members is a count of people, such as 1250",
                       "members '%.*s%s' is not a whole number", QUOTED(m));
    }
}

static int keep_choice(loader *L, const yk_row *row, span name, size_t list)
{
    choice_key key = { list, name };
    uint64_t h = choice_hash(list, name);
    size_t first = yk_index_find(&L->choices_index, h, choice_eq, L, &key);
    if (first != NONE) {
        char hint[MSG_MAX];
        snprintf(hint, sizeof hint, "'%.*s%s' is first defined on line %lu",
                 QUOTED(name), L->cs[first].line);
        yk_form_report(L, YK_ERROR, "form-duplicate-choice", row->line, L->col[C_NAME],
                       hint, "list '%.*s%s' has the choice '%.*s%s' twice",
                       QUOTEDZ(L->lists[list].name), QUOTED(name));
        return 0;
    }
    if (yk_grow(&L->cs, &L->cap_c, L->nc + 1, sizeof *L->cs) != YK_OK ||
        yk_grow(&L->cx, &L->cap_cx, L->nc + 1, sizeof *L->cx) != YK_OK ||
        yk_index_add(&L->choices_index, h, L->nc) != YK_OK)
        return nomem(L), 0;
    return 1;
}

void yk_form_choice_row(loader *L, const yk_row *row)
{
    span list = col(L, row, C_LIST), name = col(L, row, C_NAME);
    yk_choice c = { 0 };
    choice_extra x = { NONE, 0 };
    int any_label;
    if (!list.n)
        yk_form_report(L, YK_ERROR, "form-bad-name", row->line, L->col[C_LIST],
                       "write the name of the list this choice belongs to",
                       "the choice has no list_name");
    if (!name.n)
        yk_form_report(L, YK_ERROR, "form-bad-name", row->line, L->col[C_NAME],
                       "write the code data files use for this choice, such as 1 or hon_dat",
                       "the choice has no name");
    choice_numbers(L, row, &c, &x);
    c.line = row->line;
    c.not_opinion = truthy(col(L, row, C_NOT_OPINION));
    c.labels = yk_form_row_labels(L, row, &any_label);
    c.parent = keep_or_null(L, col(L, row, C_PARENT));
    split_aliases(L, col(L, row, C_ALIASES), &c);
    if (!list.n || !name.n || L->failure)
        return;
    x.list = find_list(L, list, row->line);
    if (x.list == NONE || !keep_choice(L, row, name, x.list))
        return;
    if (!(c.name = keep(L, name)))
        return;
    L->lists[x.list].n++;
    L->cs[L->nc] = c;
    L->cx[L->nc++] = x;
}
