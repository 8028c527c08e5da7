/* libFuzzer target: the form loader (survey, choices, settings).
 *
 * Input format: the bytes of survey.csv, then byte 0x1C (the ASCII file
 * separator), then choices.csv, then 0x1C, then settings.csv.  With no
 * 0x1C there is only a survey; with one, no settings.  0x1C is a byte no
 * encoding ykien reads uses for a letter (TCVN3 and VISCII use others
 * below 0x20), and any 0x1C past the second belongs to settings.csv.
 *
 * Checked: a documented status; *out set exactly when the status is YK_OK,
 * which happens exactly when no error was reported; every diagnostic well
 * formed (kind, source among the three names, UTF-8 message and hint).
 * On a loaded form: every question has a valid name, a path ending in it,
 * a list exactly when it is a select, labels for every language (valid
 * UTF-8 where present), min <= max, and is found by name and by path;
 * every list is non-empty with unique choice names and is found from its
 * questions; settings are UTF-8.  Loading twice gives the same
 * diagnostics and the same fingerprint.  Leaks are the sanitizer's. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "yk_form.h"
#include "fuzz_check.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char *const names[3] = { "survey.csv", "choices.csv", "settings.csv" };

static int valid_utf8(const char *s)
{
    return fuzz_valid_utf8(s, strlen(s));
}

static uint64_t fnv(uint64_t h, const void *p, size_t n)
{
    const unsigned char *u = p;
    for (size_t i = 0; i < n; i++)
        h = (h ^ u[i]) * 0x100000001b3ull;
    return h;
}

typedef struct {
    unsigned long errors, warnings;
    uint64_t events;
} seen;

static void on_diag(void *ctx, const yk_diag *d)
{
    seen *s = ctx;
    CHECK(d->severity == YK_WARNING || d->severity == YK_ERROR);
    CHECK(fuzz_is_kind(d->kind));
    CHECK(d->source == names[0] || d->source == names[1] || d->source == names[2]);
    CHECK(d->message != NULL && d->message[0] != '\0' && valid_utf8(d->message));
    CHECK(d->hint == NULL || (d->hint[0] != '\0' && valid_utf8(d->hint)));
    CHECK(d->line >= 1 || strncmp(d->kind, "form-", 5) != 0);
    if (d->severity == YK_ERROR)
        s->errors++;
    else
        s->warnings++;
    s->events = fnv(s->events, d->kind, strlen(d->kind) + 1);
    s->events = fnv(s->events, d->source, strlen(d->source) + 1);
    s->events = fnv(s->events, &d->line, sizeof d->line);
    s->events = fnv(s->events, &d->column, sizeof d->column);
    s->events = fnv(s->events, d->message, strlen(d->message) + 1);
}

static int is_select(yk_question_type t)
{
    return t == YK_Q_SELECT_ONE || t == YK_Q_SELECT_MULTIPLE;
}

static void check_labels(const yk_form *f, const char *const *labels)
{
    CHECK(labels != NULL);
    for (size_t k = 0; k < yk_form_n_languages(f); k++)
        CHECK(!labels[k] || valid_utf8(labels[k]));
}

static void check_question(const yk_form *f, const yk_question *q)
{
    size_t n = strlen(q->name), p = strlen(q->path);
    CHECK(n > 0 && valid_utf8(q->name) && !strchr(q->name, '/'));
    CHECK(p >= n && strcmp(q->path + p - n, q->name) == 0);
    CHECK(p == n || q->path[p - n - 1] == '/');
    CHECK(q->type >= YK_Q_SELECT_ONE && q->type <= YK_Q_META);
    CHECK((q->list != NULL) == is_select(q->type));
    CHECK(!q->list || q->list->n >= 1);
    CHECK(q->type != YK_Q_META || !q->required);
    CHECK(!(q->has_min && q->has_max) || q->min <= q->max);
    CHECK(!q->scale || (q->scale[0] && valid_utf8(q->scale)));
    CHECK(q->line >= 2);
    check_labels(f, q->labels);
    CHECK(yk_form_find(f, q->name) == q);
    CHECK(yk_form_find(f, q->path) == q);
}

static void check_list(const yk_form *f, const yk_choice_list *l)
{
    CHECK(l->name[0] && valid_utf8(l->name));
    CHECK(l->n >= 1);
    for (size_t k = 0; k < l->n; k++) {
        const yk_choice *c = &l->choices[k];
        CHECK(c->name[0] && valid_utf8(c->name));
        for (size_t j = 0; j < k; j++)
            CHECK(strcmp(l->choices[j].name, c->name) != 0);
        CHECK(c->value == c->value);        /* never NaN */
        CHECK(c->members >= -1);
        CHECK((c->aliases == NULL) == (c->n_aliases == 0));
        for (size_t j = 0; j < c->n_aliases; j++)
            CHECK(c->aliases[j][0] && valid_utf8(c->aliases[j]));
        CHECK(!c->parent || valid_utf8(c->parent));
        CHECK(c->line >= 2);
        check_labels(f, c->labels);
    }
}

static void check_form(const yk_form *f)
{
    for (size_t i = 0; i < yk_form_n_questions(f); i++)
        check_question(f, yk_form_question(f, i));
    CHECK(yk_form_question(f, yk_form_n_questions(f)) == NULL);
    for (size_t i = 0; i < yk_form_n_lists(f); i++)
        check_list(f, yk_form_list(f, i));
    CHECK(yk_form_list(f, yk_form_n_lists(f)) == NULL);
    for (size_t i = 0; i < yk_form_n_languages(f); i++)
        CHECK(valid_utf8(yk_form_language(f, i)));
    const char *settings[] = { yk_form_title(f), yk_form_id(f), yk_form_version(f),
                               yk_form_default_language(f) };
    for (size_t i = 0; i < 4; i++)
        CHECK(!settings[i] || (settings[i][0] && valid_utf8(settings[i])));
    CHECK(yk_form_n_questions(f) >= 1);
}

static yk_status load(const uint8_t *data, size_t size, seen *s, yk_form **out)
{
    const uint8_t *part[3] = { data, NULL, NULL };
    size_t len[3] = { size, 0, 0 };
    for (int k = 1; k < 3; k++) {
        const uint8_t *sep = memchr(part[k - 1], 0x1C, len[k - 1]);
        if (!sep)
            break;
        part[k] = sep + 1;
        len[k] = len[k - 1] - (size_t)(part[k] - part[k - 1]);
        len[k - 1] = (size_t)(sep - part[k - 1]);
    }
    yk_memory m[3];
    yk_input in[3];
    yk_form_files files = { names[0], names[1], names[2], NULL, NULL, NULL };
    yk_input **slot[3] = { &files.survey, &files.choices, &files.settings };
    for (int k = 0; k < 3; k++)
        if (part[k]) {
            in[k] = yk_input_memory(&m[k], part[k], len[k]);
            *slot[k] = &in[k];
        }
    memset(s, 0, sizeof *s);
    s->events = 0xcbf29ce484222325ull;
    return yk_form_load(&files, on_diag, s, out);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    seen a, b;
    yk_form *f = (yk_form *)&a, *g = (yk_form *)&b;
    yk_status st = load(data, size, &a, &f);
    CHECK(st == YK_OK || st == YK_ERR_PARSE || st == YK_ERR_NOMEM);
    CHECK((st == YK_OK) == (f != NULL));
    CHECK(st == YK_ERR_NOMEM || (st == YK_OK) == (a.errors == 0));
    if (f)
        check_form(f);

    yk_status st2 = load(data, size, &b, &g);
    CHECK(st2 == st);
    CHECK(b.events == a.events && b.errors == a.errors && b.warnings == a.warnings);
    CHECK((f == NULL) == (g == NULL));
    if (f)
        CHECK(yk_form_fingerprint(f) == yk_form_fingerprint(g));
    yk_form_free(f);
    yk_form_free(g);
    return 0;
}
