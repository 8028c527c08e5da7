/* Loading a form: survey.csv, choices.csv and settings.csv, read row by
 * row with yk_reader, checked, and frozen into one arena.
 *
 * Problems are collected while reading and handed to the caller at the end
 * sorted by file (survey, choices, settings) and line, so that problems
 * found only once every file is read (a missing list, a scale with one
 * item, an unused list) appear next to the rows they are about.
 *
 * This file is the API; the loader's parts are in form_*.c and share what
 * form_impl.h declares. */
#include <stdlib.h>
#include <string.h>
#include "form_impl.h"

/* ---- the API -------------------------------------------------------- */

static void loader_free(loader *L)
{
    free(L->diags);
    yk_arena_free(&L->diag_arena);
    free(L->labels);
    free(L->qs);
    free(L->qx);
    free(L->names);
    yk_index_free(&L->names_index);
    free(L->groups);
    free(L->defs);
    free(L->refs);
    yk_buf_free(&L->path);
    free(L->langs);
    free(L->cs);
    free(L->cx);
    free(L->lists);
    yk_index_free(&L->lists_index);
    yk_index_free(&L->choices_index);
}

static yk_status read_files(loader *L, const yk_form_files *files,
                            unsigned long *scale_column)
{
    yk_status st = yk_form_read_file(L, F_SURVEY, files->survey_name, files->survey);
    *scale_column = L->col[S_SCALE];
    L->survey_languages = L->n_langs;
    if (st == YK_OK && files->choices)
        st = yk_form_read_file(L, F_CHOICES, files->choices_name, files->choices);
    if (st == YK_OK && files->settings)
        st = yk_form_read_file(L, F_SETTINGS, files->settings_name, files->settings);
    return st;
}

yk_status yk_form_load(const yk_form_files *files, yk_diag_fn diag,
                       void *diag_ctx, yk_form **out)
{
    if (!out)
        return YK_ERR_ARGUMENT;
    *out = NULL;
    if (!files || !files->survey)
        return YK_ERR_ARGUMENT;
    yk_form_files named_files = *files;
    if (!named_files.survey_name)
        named_files.survey_name = "survey.csv";
    if (!named_files.choices_name)
        named_files.choices_name = "choices.csv";
    if (!named_files.settings_name)
        named_files.settings_name = "settings.csv";

    loader L = { .files = &named_files, .diag = diag, .diag_ctx = diag_ctx };
    unsigned long scale_column = 0;
    if (!(L.form = calloc(1, sizeof *L.form)))
        return YK_ERR_NOMEM;
    yk_status st = read_files(&L, &named_files, &scale_column);
    if (st == YK_OK) {
        yk_form_at_file(&L, F_SURVEY, &named_files);
        yk_form_unclosed_groups(&L);
        if (yk_form_freeze_lists(&L) && yk_form_widen_labels(&L)) {
            yk_form_cross_checks(&L, &named_files, scale_column);
            yk_form_freeze(&L);
        }
        st = L.failure;
    }
    yk_form_deliver(&L);
    if (st == YK_OK && (L.errors || L.broken))
        st = YK_ERR_PARSE;
    if (st == YK_OK)
        *out = L.form;
    else
        yk_form_free(L.form);
    loader_free(&L);
    return st;
}

void yk_form_free(yk_form *form)
{
    if (!form)
        return;
    yk_index_free(&form->by_name);
    yk_arena_free(&form->arena);
    free(form->groups);
    free(form);
}

size_t yk_form_n_groups(const yk_form *form)
{
    return form->n_groups;
}

const yk_form_group *yk_form_group_at(const yk_form *form, size_t i)
{
    return i < form->n_groups ? &form->groups[i] : NULL;
}

size_t yk_form_n_questions(const yk_form *form)
{
    return form->n_questions;
}

const yk_question *yk_form_question(const yk_form *form, size_t i)
{
    return i < form->n_questions ? &form->questions[i] : NULL;
}

const yk_question *yk_form_find(const yk_form *form, const char *name)
{
    size_t i = yk_index_find(&form->by_name, yk_hash(YK_HASH_BASIS, name, strlen(name)),
                             yk_form_question_eq, form, name);
    return i == NONE ? NULL : &form->questions[i / 2];
}

size_t yk_form_n_lists(const yk_form *form)
{
    return form->n_lists;
}

const yk_choice_list *yk_form_list(const yk_form *form, size_t i)
{
    return i < form->n_lists ? &form->lists[i] : NULL;
}

size_t yk_form_n_languages(const yk_form *form)
{
    return form->n_languages;
}

const char *yk_form_language(const yk_form *form, size_t i)
{
    return i < form->n_languages ? form->languages[i] : NULL;
}

const char *yk_form_title(const yk_form *form)
{
    return form->title;
}

const char *yk_form_id(const yk_form *form)
{
    return form->id;
}

const char *yk_form_version(const yk_form *form)
{
    return form->version;
}

yk_form_kind yk_form_get_kind(const yk_form *form)
{
    return form->kind;
}

const char *yk_form_default_language(const yk_form *form)
{
    return form->default_language;
}

uint64_t yk_form_fingerprint(const yk_form *form)
{
    return form->fingerprint;
}

/* The new choice goes into a fresh arena copy of the list, so pointers to
 * the old array stay readable until the form is freed. */
yk_status yk_form_add_choice(yk_form *form, const char *question, const char *name,
                             const char *label)
{
    const yk_question *q = yk_form_find(form, question);
    if (!q || !q->list)
        return YK_ERR_ARGUMENT;
    yk_choice_list *list = (yk_choice_list *)q->list;
    double highest = 0;
    for (size_t i = 0; i < list->n; i++) {
        if (strcmp(list->choices[i].name, name) == 0)
            return YK_ERR_ARGUMENT;
        highest = i == 0 || list->choices[i].value > highest ? list->choices[i].value : highest;
    }
    size_t nl = form->n_languages ? form->n_languages : 1;
    yk_choice *c = yk_arena_calloc(&form->arena, list->n + 1, sizeof *c);
    const char **labels = yk_arena_calloc(&form->arena, nl, sizeof *labels);
    const char *kept_name = yk_arena_strndup(&form->arena, name, strlen(name));
    const char *kept_label = yk_arena_strndup(&form->arena, label, strlen(label));
    if (!c || !labels || !kept_name || !kept_label)
        return YK_ERR_NOMEM;
    for (size_t i = 0; i < nl; i++)
        labels[i] = kept_label;
    memcpy(c, list->choices, list->n * sizeof *c);
    c[list->n] = (yk_choice){ .name = kept_name, .labels = labels, .value = highest + 1,
                              .members = -1 };
    list->choices = c;
    list->n++;
    return YK_OK;
}
