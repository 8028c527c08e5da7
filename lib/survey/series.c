/* ykien — survey rounds side by side, across forms (yk_series.h). */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "yk_series.h"
#include "yk_text.h"

typedef struct {
    yk_tally *t;
    size_t r;
} series_round;

struct yk_series {
    yk_tally **tallies;         /* one per form; owned unless borrowed */
    const char **paths;         /* the tally file each came from first, or NULL */
    size_t ntallies;
    int borrowed;
    series_round *rounds;
    size_t n;
    size_t nq, nunits;          /* of the newest form */
    size_t *qmap;               /* n x nq */
    size_t *umap;               /* n x nunits */
    yk_diag_fn diag;            /* during yk_series_finish() */
    void *diag_ctx;
};

yk_status yk_series_new(int borrowed, yk_series **out)
{
    *out = calloc(1, sizeof **out);
    if (!*out)
        return YK_ERR_NOMEM;
    (*out)->borrowed = borrowed;
    return YK_OK;
}

void yk_series_free(yk_series *s)
{
    if (!s)
        return;
    for (size_t i = 0; i < s->ntallies && !s->borrowed; i++)
        yk_tally_free(s->tallies[i]);
    free(s->tallies);
    free(s->paths);
    free(s->rounds);
    free(s->qmap);
    free(s->umap);
    free(s);
}

static yk_status add_form(yk_series *s, yk_tally *t, const char *path)
{
    yk_tally **more = realloc(s->tallies, (s->ntallies + 1) * sizeof *more);
    const char **paths = more ? realloc(s->paths, (s->ntallies + 1) * sizeof *paths) : NULL;
    if (more)
        s->tallies = more;
    if (!paths) {
        if (!s->borrowed)
            yk_tally_free(t);
        return YK_ERR_NOMEM;
    }
    s->paths = paths;
    s->paths[s->ntallies] = path;
    s->tallies[s->ntallies++] = t;
    return YK_OK;
}

yk_status yk_series_add(yk_series *s, yk_tally *t, const char *path)
{
    uint64_t fp = yk_form_fingerprint(yk_tally_form(t));
    for (size_t i = 0; i < s->ntallies; i++)
        if (yk_form_fingerprint(yk_tally_form(s->tallies[i])) == fp) {
            yk_status st = yk_tally_merge(s->tallies[i], t);
            if (!s->borrowed)
                yk_tally_free(t);
            return st;
        }
    return add_form(s, t, path);
}

size_t yk_series_n_tallies(const yk_series *s)
{
    return s->ntallies;
}

const yk_tally *yk_series_tally_of_form(const yk_series *s, size_t i)
{
    return s->tallies[i];
}

static void say(const yk_series *s, yk_severity sev, const char *source, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
static void say(const yk_series *s, yk_severity sev, const char *source, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    yk_diag_vsend(s->diag, s->diag_ctx, sev, sev == YK_ERROR ? "series" : "previous-name",
                  source, 0, 0, NULL, fmt, ap);
    va_end(ap);
}

/* Every round of every tally, in order; a round in two forms is refused. */
static yk_status list_rounds(yk_series *s)
{
    size_t all = 0;
    for (size_t i = 0; i < s->ntallies; i++)
        all += yk_tally_n_rounds(s->tallies[i]);
    s->rounds = calloc(all + 1, sizeof *s->rounds);
    if (!s->rounds)
        return YK_ERR_NOMEM;
    for (size_t i = 0; i < s->ntallies; i++)
        for (size_t r = 0; r < yk_tally_n_rounds(s->tallies[i]); r++) {
            const char *name = yk_tally_round(s->tallies[i], r);
            for (size_t k = 0; k < s->n; k++)
                if (strcmp(yk_series_round_name(s, k), name) == 0) {
                    say(s, YK_ERROR, "", "round %s is in tallies of two different forms; "
                        "a round has one form", name);
                    return YK_ERR_ARGUMENT;
                }
            s->rounds[s->n++] = (series_round){ s->tallies[i], r };
        }
    return YK_OK;
}

static size_t question_index(const yk_form *f, const yk_question *q)
{
    for (size_t i = 0; q && i < yk_form_n_questions(f); i++)
        if (yk_form_question(f, i) == q)
            return i;
    return SIZE_MAX;
}

static size_t choice_index(const yk_choice_list *list, const char *name)
{
    for (size_t i = 0; list && i < list->n; i++)
        if (strcmp(list->choices[i].name, name) == 0)
            return i;
    return SIZE_MAX;
}

/* The tally file of form, for messages: "" when from data. */
static const char *path_of(const yk_series *s, const yk_form *form)
{
    for (size_t i = 0; i < s->ntallies; i++)
        if (yk_tally_form(s->tallies[i]) == form)
            return s->paths[i] ? s->paths[i] : "";
    return "";
}

/* A previous_name that no older round's form has is said (then the
 * question is followed back by its name): a typing slip would otherwise
 * line up nothing, silently. */
static void dangling_previous(const yk_series *s, const yk_form *form, size_t upto,
                              const yk_question *q)
{
    for (size_t i = upto; i-- > 0;) {
        const yk_form *older = yk_tally_form(s->rounds[i].t);
        if (older != form && yk_form_find(older, q->previous_name))
            return;
    }
    say(s, YK_WARNING, path_of(s, form), "question '%s' (line %lu of its form's survey.csv) "
        "has previous_name '%s', which no earlier round's form has: it is followed back "
        "by its own name", q->name, q->line, q->previous_name);
}

/* Follow each question of the newest form back, round by round: by its
 * previous_name where the older form has that, else by its name. */
static void map_questions(yk_series *s)
{
    for (size_t q = 0; q < s->nq; q++) {
        const yk_form *form = yk_series_form(s);
        const yk_question *cur = yk_form_question(form, q);
        for (size_t i = s->n; i-- > 0;) {
            const yk_form *older = yk_tally_form(s->rounds[i].t);
            if (cur && older != form) {
                const yk_question *was = cur->previous_name
                                             ? yk_form_find(older, cur->previous_name) : NULL;
                if (cur->previous_name && !was)
                    dangling_previous(s, form, i + 1, cur);
                cur = was ? was : yk_form_find(older, cur->name);
                form = older;
            }
            s->qmap[i * s->nq + q] = cur ? question_index(form, cur) : SIZE_MAX;
        }
    }
}

static void map_units(yk_series *s)
{
    const yk_question *g = yk_series_group(s);
    for (size_t i = 0; i < s->n; i++)
        for (size_t u = 0; u < s->nunits; u++)
            s->umap[i * s->nunits + u] =
                choice_index(yk_tally_group(s->rounds[i].t)->list, g->list->choices[u].name);
}

yk_status yk_series_finish(yk_series *s, yk_diag_fn diag, void *ctx)
{
    s->diag = diag;
    s->diag_ctx = ctx;
    yk_status st = list_rounds(s);
    if (st != YK_OK)
        return st;
    if (s->n == 0) {
        say(s, YK_ERROR, "", "the data hold no responses: there is no round to compare");
        return YK_ERR_ARGUMENT;
    }
    s->nq = yk_form_n_questions(yk_series_form(s));
    s->nunits = yk_series_group(s) ? yk_series_group(s)->list->n : 0;
    s->qmap = malloc((s->n * s->nq + 1) * sizeof *s->qmap);
    s->umap = malloc((s->n * s->nunits + 1) * sizeof *s->umap);
    if (!s->qmap || !s->umap)
        return YK_ERR_NOMEM;
    map_questions(s);
    if (s->nunits)
        map_units(s);
    s->diag = NULL;
    return YK_OK;
}

size_t yk_series_n_rounds(const yk_series *s)
{
    return s->n;
}

const char *yk_series_round_name(const yk_series *s, size_t i)
{
    return yk_tally_round(s->rounds[i].t, s->rounds[i].r);
}

const yk_form *yk_series_form(const yk_series *s)
{
    return yk_tally_form(s->rounds[s->n - 1].t);
}

const yk_question *yk_series_group(const yk_series *s)
{
    return yk_tally_group(s->rounds[s->n - 1].t);
}

const yk_tally *yk_series_tally(const yk_series *s, size_t i, size_t *r)
{
    *r = s->rounds[i].r;
    return s->rounds[i].t;
}

size_t yk_series_question(const yk_series *s, size_t i, size_t q)
{
    return s->qmap[i * s->nq + q];
}

size_t yk_series_unit(const yk_series *s, size_t i, size_t u)
{
    return s->umap[i * s->nunits + u];
}

/* ---- what changed ---------------------------------------------------- */

typedef struct {
    char *text;
    size_t size, len;
    unsigned bits;
} changes;

static void change(changes *c, unsigned bit, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static void change(changes *c, unsigned bit, const char *fmt, ...)
{
    c->bits |= bit;
    if (!c->text || c->len + 1 >= c->size)
        return;
    if (c->len)
        c->len += (size_t)snprintf(c->text + c->len, c->size - c->len, "; ");
    va_list ap;
    va_start(ap, fmt);
    if (c->len < c->size)
        c->len += (size_t)vsnprintf(c->text + c->len, c->size - c->len, fmt, ap);
    va_end(ap);
    if (c->len >= c->size) {    /* cut: on a whole character */
        int cut;
        c->len = yk_utf8_valid_prefix(c->text, c->size - 1, &cut);
        c->text[c->len] = '\0';
    }
}

static int differ(const char *a, const char *b)
{
    return (a == NULL) != (b == NULL) || (a && strcmp(a, b) != 0);
}

static void compare_lists(changes *c, const yk_choice_list *a, const yk_choice_list *b)
{
    for (size_t j = 0; j < b->n; j++) {
        const yk_choice *nb = &b->choices[j];
        size_t i = choice_index(a, nb->name);
        if (i == SIZE_MAX) {
            change(c, YK_SERIES_CHOICES, "choice '%s' added", nb->name);
            continue;
        }
        const yk_choice *na = &a->choices[i];
        if (na->not_opinion != nb->not_opinion)
            change(c, YK_SERIES_CHOICES, "choice '%s' %s an opinion", nb->name,
                   nb->not_opinion ? "no longer" : "now");
        if (na->value != nb->value)
            change(c, YK_SERIES_VALUES, "the value of '%s' went from %g to %g", nb->name,
                   na->value, nb->value);
        if (differ(na->labels[0], nb->labels[0]))
            change(c, YK_SERIES_LABELS, "the label of '%s' went from '%s' to '%s'", nb->name,
                   na->labels[0] ? na->labels[0] : "", nb->labels[0] ? nb->labels[0] : "");
    }
    for (size_t i = 0; i < a->n; i++)
        if (choice_index(b, a->choices[i].name) == SIZE_MAX)
            change(c, YK_SERIES_CHOICES, "choice '%s' gone", a->choices[i].name);
}

unsigned yk_series_changes(const yk_series *s, size_t i, size_t q, char *text, size_t size)
{
    changes c = { text, size, 0, 0 };
    if (text && size)
        text[0] = '\0';
    if (i == 0 || i >= s->n)
        return 0;
    const yk_form *fa = yk_tally_form(s->rounds[i - 1].t), *fb = yk_tally_form(s->rounds[i].t);
    size_t qa = yk_series_question(s, i - 1, q), qb = yk_series_question(s, i, q);
    if (fa == fb || qa == SIZE_MAX || qb == SIZE_MAX)
        return 0;
    const yk_question *a = yk_form_question(fa, qa), *b = yk_form_question(fb, qb);
    if (strcmp(a->name, b->name) != 0)
        change(&c, 0, "renamed from %s", a->name);
    if (differ(a->labels[0], b->labels[0]))
        change(&c, YK_SERIES_WORDING, "the wording went from '%s' to '%s'",
               a->labels[0] ? a->labels[0] : "", b->labels[0] ? b->labels[0] : "");
    if (a->type != b->type || (a->list == NULL) != (b->list == NULL))
        change(&c, YK_SERIES_CHOICES, "the type changed");
    else if (a->list)
        compare_lists(&c, a->list, b->list);
    return c.bits;
}
