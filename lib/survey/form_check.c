/* ykien — loading a form: checks across files, and freezing the form.
 * The insides it shares are in form_impl.h. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "form_impl.h"

/* ---- checks across files, and freezing the form --------------------- */

void yk_form_at_file(loader *L, int file, const yk_form_files *files)
{
    L->file = file;
    L->source = file == F_SURVEY ? files->survey_name
              : file == F_CHOICES ? files->choices_name : files->settings_name;
}

void yk_form_unclosed_groups(loader *L)
{
    for (size_t i = 0; i < L->n_groups; i++)
        yk_form_report(L, YK_ERROR, "form-unbalanced-group", L->groups[i].line, 0,
                       "add an 'end group' after its last question",
                       "the group '%.*s%s' is never closed", QUOTEDZ(L->groups[i].name));
}

/* A choice code that is a number: an optional sign, digits, and an
 * optional '.' and digits ("0", "-1", "2.5").  Stricter than
 * parse_number: a code "4,5" is more likely two answers than a number. */
static int code_number(const char *s, double *out)
{
    const char *p = s + (*s == '-' || *s == '+');
    size_t whole = strspn(p, "0123456789"), frac = 0;
    if (!whole)
        return 0;
    if (p[whole] == '.' && !(frac = strspn(p + whole + 1, "0123456789")))
        return 0;
    if (p[whole + (frac ? frac + 1 : 0)] != '\0')
        return 0;
    return yk_form_parse_number((span){ s, strlen(s) }, out);
}

/* Codes are the values when every opinion of the list is coded by a
 * number (0-6 is party identification's 0-6, and a 5,4,3,2,1 list is not
 * scored 1-5 from the top): R, SPSS and PSPP score codes so.  Else the
 * position, 1, 2, ...  A `value` column overrides either, choice by
 * choice; a not-an-opinion answer's value never enters a mean. */
static int codes_are_numbers(const yk_choice_list *list)
{
    double v;
    for (size_t k = 0; k < list->n; k++)
        if (!list->choices[k].not_opinion && !code_number(list->choices[k].name, &v))
            return 0;
    return 1;
}

/* The values the `value` column left out (NAN until now). */
static void default_values(const yk_choice_list *list)
{
    int numbers = codes_are_numbers(list);
    for (size_t k = 0; k < list->n; k++) {
        yk_choice *c = (yk_choice *)&list->choices[k];
        if (!isnan(c->value))
            continue;
        if (!numbers || !code_number(c->name, &c->value))
            c->value = (double)(k + 1);
    }
}

/* Each list's choices, in file order, as one array. */
int yk_form_freeze_lists(loader *L)
{
    yk_form *f = L->form;
    size_t *fill = calloc(L->n_lists ? L->n_lists : 1, sizeof *fill);
    f->lists = yk_arena_calloc(arena(L), L->n_lists, sizeof *f->lists);
    if (!fill || !f->lists) {
        free(fill);
        return nomem(L), 0;
    }
    for (size_t i = 0; i < L->n_lists; i++) {
        yk_choice *c = yk_arena_calloc(arena(L), L->lists[i].n, sizeof *c);
        if (!c) {
            free(fill);
            return nomem(L), 0;
        }
        f->lists[i] = (yk_choice_list){ L->lists[i].name, c, L->lists[i].n };
    }
    for (size_t i = 0; i < L->nc; i++) {
        size_t l = L->cx[i].list, k = fill[l]++;
        yk_choice *c = (yk_choice *)f->lists[l].choices + k;
        *c = L->cs[i];
        if (!L->cx[i].has_value)
            c->value = NAN;     /* given by default_values */
    }
    free(fill);
    for (size_t l = 0; l < L->n_lists; l++)
        default_values(&f->lists[l]);
    f->n_lists = L->n_lists;
    return 1;
}

/* The list name closest to t, for a hint; NULL when none is close. */
static const char *closest_list(const loader *L, const char *t)
{
    const char *best = NULL;
    size_t best_d = SUGGEST_MAX, n = strlen(t);
    for (size_t i = 0; i < L->n_lists; i++) {
        size_t m = strlen(L->lists[i].name);
        if (m + 2 < n || n + 2 < m)
            continue;   /* too far apart to be a slip; skip the work */
        size_t d = yk_form_distance(t, n, L->lists[i].name, m);
        if (yk_form_close_enough(d, m) && d < best_d) {
            best = L->lists[i].name;
            best_d = d;
        }
    }
    return best;
}

static void resolve_list(loader *L, size_t qi)
{
    const char *want = L->qx[qi].list;
    span w = { want, strlen(want) };
    size_t i = yk_index_find(&L->lists_index, hash_span(YK_HASH_BASIS, w), yk_form_list_eq, L, &w);
    if (i != NONE) {
        L->lists[i].used = 1;
        L->qs[qi].list = &L->form->lists[i];
        return;
    }
    char hint[MSG_MAX];
    const char *near = closest_list(L, want);
    if (near)
        snprintf(hint, sizeof hint, "did you mean '%.*s%s'?", QUOTEDZ(near));
    else
        snprintf(hint, sizeof hint, "add its choices to %s, one row each with "
                 "list_name '%.*s%s'", L->files->choices_name, QUOTEDZ(want));
    yk_form_report(L, YK_ERROR, "form-missing-list", L->qs[qi].line, L->qx[qi].type_column,
                   hint, "the list '%.*s%s' has no choices", QUOTEDZ(want));
}

static int scale_eq(const void *ctx, size_t item, const void *key)
{
    const loader *L = ctx;
    return strcmp(L->qs[item].scale, key) == 0;
}

/* A scale is a sum or mean of items: one item is a typo or a lost row;
 * its reliability needs every pair of items, so their number is bounded. */
static int scale_sizes(loader *L, unsigned long scale_column)
{
    yk_index t = { 0 };
    size_t *count = calloc(L->nq ? L->nq : 1, sizeof *count);
    if (!count)
        return nomem(L), 0;
    for (size_t i = 0; i < L->nq; i++) {
        const char *s = L->qs[i].scale;
        if (!s)
            continue;
        uint64_t h = yk_hash(YK_HASH_BASIS, s, strlen(s));
        size_t first = yk_index_find(&t, h, scale_eq, L, s);
        if (first == NONE && yk_index_add(&t, h, first = i) != YK_OK) {
            free(count);
            yk_index_free(&t);
            return nomem(L), 0;
        }
        if (++count[first] == YK_FORM_MAX_SCALE_ITEMS + 1)
            yk_form_report(L, YK_ERROR, "form-too-large", L->qs[i].line, scale_column,
                           "split the scale into constructs of fewer items",
                           "the scale '%.*s%s' has more than %d items",
                           QUOTEDZ(s), YK_FORM_MAX_SCALE_ITEMS);
    }
    for (size_t i = 0; i < L->nq; i++)
        if (count[i] == 1)
            yk_form_report(L, YK_ERROR, "form-one-item-scale", L->qs[i].line, scale_column,
                           "give the scale to its other items too, or leave this one "
                           "without a scale", "the scale '%.*s%s' has only this item",
                           QUOTEDZ(L->qs[i].scale));
    free(count);
    yk_index_free(&t);
    return 1;
}

static void unused_lists(loader *L)
{
    for (size_t i = 0; i < L->n_refs; i++) {
        span r = { L->refs[i], strlen(L->refs[i]) };
        size_t l = yk_index_find(&L->lists_index, hash_span(YK_HASH_BASIS, r), yk_form_list_eq,
                                      L, &r);
        if (l != NONE)
            L->lists[l].used = 1;
    }
    for (size_t i = 0; i < L->n_lists; i++)
        if (!L->lists[i].used)
            yk_form_report(L, YK_WARNING, "form-unused-list", L->lists[i].line, 0,
                           "a question uses a list by its type, as in 'select_one yes_no'",
                           "no question uses the list '%.*s%s'", QUOTEDZ(L->lists[i].name));
}

/* Checks that need every file read.  A file whose required columns are
 * missing has said so; checks that lean on it would only add noise. */
/* The question of this form named name, or SIZE_MAX. */
static size_t question_named(const loader *L, const char *name)
{
    for (size_t i = 0; i < L->nq; i++)
        if (strcmp(L->qs[i].name, name) == 0)
            return i;
    return SIZE_MAX;
}

/* previous_name links this form to an older one; inside one form it must
 * not name the question itself, nor be claimed by two questions (both
 * would follow the same older question back), and a circle through
 * questions of this form (q1 was q2, q2 was q1) is said, for it is more
 * often a mistake than a swap.  Whether the older form has the name is
 * seen when rounds are lined up. */
static void previous_names(loader *L)
{
    enum { MAX_STEPS = 64 };        /* a longer circle is told as one */
    for (size_t i = 0; i < L->nq; i++) {
        const char *was = L->qs[i].previous_name;
        if (!was)
            continue;
        if (strcmp(was, L->qs[i].name) == 0) {
            yk_form_report(L, YK_WARNING, "form-previous-name", L->qs[i].line, L->col[S_PREVIOUS],
                           "leave previous_name empty when the name did not change",
                           "previous_name '%.*s%s' is the question's own name", QUOTEDZ(was));
            continue;
        }
        for (size_t j = 0; j < i; j++)
            if (L->qs[j].previous_name && strcmp(L->qs[j].previous_name, was) == 0) {
                yk_form_report(L, YK_ERROR, "form-previous-name", L->qs[i].line, L->col[S_PREVIOUS],
                               "a question of an earlier round is followed by one question only",
                               "previous_name '%.*s%s' is also given on line %lu", QUOTEDZ(was),
                               L->qs[j].line);
                break;
            }
        size_t at = question_named(L, was);
        for (size_t steps = 0; at != SIZE_MAX && at != i && steps < MAX_STEPS; steps++)
            at = L->qs[at].previous_name ? question_named(L, L->qs[at].previous_name)
                                         : SIZE_MAX;
        if (at == i)
            yk_form_report(L, YK_WARNING, "form-previous-cycle", L->qs[i].line, L->col[S_PREVIOUS],
                           "rounds are lined up as written: check that the questions swapped names",
                           "previous_name '%.*s%s' leads back to this question through this form's "
                           "own names", QUOTEDZ(was));
    }
}

void yk_form_cross_checks(loader *L, const yk_form_files *files,
                          unsigned long scale_column)
{
    yk_form_at_file(L, F_SURVEY, files);
    for (size_t i = 0; i < L->nq; i++)
        if (L->qx[i].list && !L->unusable[F_CHOICES])
            resolve_list(L, i);
    scale_sizes(L, scale_column);
    if (!L->unusable[F_SURVEY])
        previous_names(L);
    if (L->nq == 0 && !L->unusable[F_SURVEY])
        yk_form_report(L, YK_ERROR, "form-empty", 1, 0,
                       "add a row for each question: type, name and label",
                       "the form has no questions");
    yk_form_at_file(L, F_CHOICES, files);
    if (!L->unusable[F_SURVEY])
        unused_lists(L);
}

/* Labels of questions read before choices.csv named more languages. */
static int widen(loader *L, const char *const **labels)
{
    size_t had = L->survey_languages, now = L->n_langs;
    const char **w = yk_arena_calloc(arena(L), now, sizeof *w);
    if (!w)
        return nomem(L), 0;
    if (had)
        memcpy(w, *labels, had * sizeof *w);
    *labels = w;
    return 1;
}

int yk_form_widen_labels(loader *L)
{
    int ok = 1;
    for (size_t i = 0; ok && L->survey_languages < L->n_langs && i < L->nq; i++)
        ok = widen(L, &L->qs[i].labels);
    for (size_t i = 0; ok && L->survey_languages < L->n_langs && i < L->n_defs; i++)
        ok = widen(L, &L->defs[i].labels);
    return ok;
}

const char *yk_form_type_name(yk_question_type t)
{
    static const char *const words[] = {
        "select_one", "select_multiple", "integer", "decimal", "text", "date",
        "note", "meta"
    };
    return (unsigned)t < sizeof words / sizeof words[0] ? words[t] : "unknown";
}

static const char *type_word(yk_question_type t)
{
    return yk_form_type_name(t);
}

static uint64_t hash_str(uint64_t h, const char *s)
{
    return yk_hash(h, s ? s : "", s ? strlen(s) + 1 : 1);
}

/* Everything that gives data its meaning: paths, types, lists, codes and
 * values.  %.17g round-trips a double; ',' is undone for locales that
 * write a decimal comma. */
static uint64_t fingerprint(const yk_form *f)
{
    uint64_t h = YK_HASH_BASIS;
    for (size_t i = 0; i < f->n_questions; i++) {
        const yk_question *q = &f->questions[i];
        h = hash_str(h, q->path);
        h = hash_str(h, type_word(q->type));
        h = hash_str(h, q->list ? q->list->name : "");
    }
    for (size_t i = 0; i < f->n_lists; i++) {
        h = hash_str(h, f->lists[i].name);
        for (size_t k = 0; k < f->lists[i].n; k++) {
            char v[64];
            snprintf(v, sizeof v, "%.17g", f->lists[i].choices[k].value);
            for (char *p = v; *p; p++)
                if (*p == ',')
                    *p = '.';
            h = hash_str(h, f->lists[i].choices[k].name);
            h = hash_str(h, v);
        }
        h = yk_hash(h, "\x1e", 1);
    }
    return h;
}

int yk_form_list_looks_ordinal(const yk_choice_list *list)
{
    int numeric = 1;
    for (size_t i = 0; i < list->n; i++) {
        if (list->choices[i].not_opinion)
            return 1;
        const char *p = list->choices[i].name;
        p += *p == '-';
        numeric &= *p && strspn(p, "0123456789") == strlen(p);
    }
    return numeric && list->n >= 3;
}

/* A question's measure: the column's, else a guess (see yk_form.h). */
static void set_measure(yk_question *q, int given)
{
    int guess = q->type == YK_Q_INTEGER || q->type == YK_Q_DECIMAL ? YK_MEASURE_SCALE
              : q->type == YK_Q_SELECT_ONE && q->list && yk_form_list_looks_ordinal(q->list)
              ? YK_MEASURE_ORDINAL : YK_MEASURE_NOMINAL;
    q->measure_guessed = given < 0;
    q->measure = given < 0 ? (yk_measure)guess : (yk_measure)given;
    /* Many answers of one question have no order, whatever the column. */
    if (q->type == YK_Q_SELECT_MULTIPLE || (q->list == NULL && q->type != YK_Q_INTEGER &&
                                            q->type != YK_Q_DECIMAL))
        q->measure = YK_MEASURE_NOMINAL;
}

int yk_form_question_eq(const void *ctx, size_t item, const void *key)
{
    const yk_form *f = ctx;
    const yk_question *q = &f->questions[item / 2];
    return strcmp(item % 2 ? q->path : q->name, key) == 0;
}

static int index_questions(yk_form *f)
{
    for (size_t i = 0; i < f->n_questions; i++) {
        const yk_question *q = &f->questions[i];
        uint64_t name = yk_hash(YK_HASH_BASIS, q->name, strlen(q->name));
        if (yk_index_add(&f->by_name, name, 2 * i) != YK_OK)
            return 0;
        uint64_t path = yk_hash(YK_HASH_BASIS, q->path, strlen(q->path));
        if (q->path != q->name && yk_index_add(&f->by_name, path, 2 * i + 1) != YK_OK)
            return 0;
    }
    return 1;
}

int yk_form_freeze(loader *L)
{
    yk_form *f = L->form;
    f->questions = yk_arena_calloc(arena(L), L->nq, sizeof *f->questions);
    f->languages = yk_arena_calloc(arena(L), L->n_langs, sizeof *f->languages);
    if (!f->questions || !f->languages)
        return nomem(L), 0;
    if (L->nq)
        memcpy(f->questions, L->qs, L->nq * sizeof *f->questions);
    for (size_t i = 0; i < L->nq; i++)
        set_measure(&f->questions[i], L->qx[i].measure);
    if (L->n_langs)
        memcpy(f->languages, L->langs, L->n_langs * sizeof *f->languages);
    f->n_questions = L->nq;
    f->n_languages = L->n_langs;
    f->groups = L->defs;        /* handed over: freed with the form */
    f->n_groups = L->n_defs;
    L->defs = NULL;
    f->fingerprint = fingerprint(f);
    if (!index_questions(f))
        return nomem(L), 0;
    return 1;
}
