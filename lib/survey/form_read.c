/* ykien — loading a form: the loader's state, diagnostics, columns, reading a file.
 * The insides it shares are in form_impl.h. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "form_impl.h"

/* ---- diagnostics ---------------------------------------------------- */

static void hold(loader *L, int file, const yk_diag *d)
{
    yk_arena *a = &L->diag_arena;
    if (yk_grow(&L->diags, &L->cap_diags, L->n_diags + 1, sizeof *L->diags) != YK_OK) {
        nomem(L);
        return;
    }
    pending *p = &L->diags[L->n_diags];
    *p = (pending){ file, L->n_diags, d->severity, NULL, d->source, NULL, NULL,
                    d->line, d->column };
    p->kind = d->kind;      /* a static string (yk_diag.h): callers keep it past the load */
    p->message = yk_arena_strndup(a, d->message, strlen(d->message));
    p->hint = d->hint ? yk_arena_strndup(a, d->hint, strlen(d->hint)) : NULL;
    if (!p->kind || !p->message || (d->hint && !p->hint)) {
        nomem(L);
        return;
    }
    L->n_diags++;
    if (d->severity == YK_ERROR)
        L->errors++;
}

void yk_form_report(loader *L, yk_severity sev, const char *kind,
                    unsigned long line, unsigned long column, const char *hint,
                    const char *fmt, ...)
{
    char msg[MSG_MAX];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(msg, sizeof msg, fmt, ap), cut;
    va_end(ap);
    if (n >= (int)sizeof msg)       /* do not leave half a character */
        msg[yk_utf8_valid_prefix(msg, sizeof msg - 1, &cut)] = '\0';
    yk_diag d = { sev, kind, L->source, line, column, msg, hint };
    hold(L, L->file, &d);
}

static void on_reader_diag(void *ctx, const yk_diag *d)
{
    loader *L = ctx;
    hold(L, L->file, d);
}

static int by_place(const void *pa, const void *pb)
{
    const pending *a = pa, *b = pb;
    if (a->file != b->file)
        return a->file < b->file ? -1 : 1;
    if (a->line != b->line)
        return a->line < b->line ? -1 : 1;
    return a->seq < b->seq ? -1 : a->seq > b->seq;
}

void yk_form_deliver(loader *L)
{
    if (L->n_diags)
        qsort(L->diags, L->n_diags, sizeof *L->diags, by_place);
    for (size_t i = 0; L->diag && i < L->n_diags; i++) {
        const pending *p = &L->diags[i];
        yk_diag d = { p->severity, p->kind, p->source, p->line, p->column,
                      p->message, p->hint };
        L->diag(L->diag_ctx, &d);
    }
}

/* ---- columns -------------------------------------------------------- */

static const char *const known_columns[N_FILES][MAX_KNOWN] = {
    { "type", "name", "required", "scale", "reverse", "min", "max", "previous_name",
      "hint", "measure", NULL },
    { "list_name", "name", "not_opinion", "value", "aliases", "members",
      "parent", NULL },
    { "form_title", "form_id", "version", "default_language", "form_kind", NULL },
};

/* The index of language lang (ASCII case ignored: "English" in one file
 * is "english" in the other), added when new; NONE when out of memory or
 * past the cap. */
static size_t language(loader *L, span lang, unsigned long line,
                       unsigned long column)
{
    for (size_t i = 0; i < L->n_langs; i++) {
        const char *k = L->langs[i];
        size_t j = 0;
        while (j < lang.n && k[j] &&
               lower((unsigned char)k[j]) == lower((unsigned char)lang.s[j]))
            j++;
        if (j == lang.n && k[j] == '\0')
            return i;
    }
    if (L->n_langs == YK_FORM_MAX_LANGUAGES) {
        if (!L->langs_capped++)
            yk_form_report(L, YK_ERROR, "form-too-large", line, column, NULL,
                           "more than %d label languages", YK_FORM_MAX_LANGUAGES);
        return NONE;
    }
    const char *k = keep(L, lang);
    if (!k || yk_grow(&L->langs, &L->cap_langs, L->n_langs + 1, sizeof *L->langs) != YK_OK)
        return nomem(L), NONE;
    L->langs[L->n_langs] = k;
    return L->n_langs++;
}

/* `label` is language "", `label::X` is X. */
static int label_language(span h, span *lang)
{
    if (span_is(h, "label")) {
        *lang = (span){ "", 0 };
        return 1;
    }
    if (h.n >= 7 && span_is((span){ h.s, 7 }, "label::")) {
        *lang = trim(h.s + 7, h.n - 7);
        return 1;
    }
    return 0;
}

/* Column i holds labels in lang; a repeated language keeps its first
 * column. */
static void add_label_column(loader *L, const yk_row *row, size_t i, span lang)
{
    size_t lg = language(L, lang, row->line, i + 1);
    if (lg == NONE)
        return;
    for (size_t k = 0; k < L->n_labels; k++)
        if (L->labels[k].language == lg)
            return;
    if (yk_grow(&L->labels, &L->cap_labels, L->n_labels + 1, sizeof *L->labels) != YK_OK) {
        nomem(L);
        return;
    }
    L->labels[L->n_labels++] = (label_column){ i, lg };
}

static const char *const required_columns[N_FILES][2] = {
    { "type", "name" }, { "list_name", "name" }, { NULL, NULL },
};

/* Map the header row's names to the columns this file knows; the first of
 * repeated names wins, unknown names are ignored. */
static void read_header(loader *L, const yk_row *row)
{
    const char *const *known = known_columns[L->file];
    for (size_t i = 0; i < row->n; i++) {
        span h = trim(row->fields[i].s, row->fields[i].len), lang;
        for (int k = 0; known[k]; k++)
            if (span_is(h, known[k]) && !L->col[k])
                L->col[k] = i + 1;
        if (L->file != F_SETTINGS && label_language(h, &lang))
            add_label_column(L, row, i, lang);
    }
    for (int k = 0; k < 2; k++) {
        const char *need = required_columns[L->file][k];
        if (need && !L->col[k]) {
            yk_form_report(L, YK_ERROR, "form-missing-column", row->line, 0,
                           "add it to the first row, which names the columns",
                           "there is no '%s' column", need);
            L->unusable[L->file] = 1;
        }
    }
}

/* One string per form language, NULL where the row's cell is empty. */
const char **yk_form_row_labels(loader *L, const yk_row *row, int *any)
{
    const char **labels = yk_arena_calloc(arena(L), L->n_langs ? L->n_langs : 1,
                                          sizeof *labels);
    if (!labels)
        return nomem(L);
    *any = 0;
    for (size_t k = 0; k < L->n_labels; k++) {
        span t = field(row, L->labels[k].column + 1);
        if (t.n) {
            if (!(labels[L->labels[k].language] = keep(L, t)))
                return NULL;
            *any = 1;
        }
    }
    return labels;
}

int yk_form_has_label(const loader *L, const yk_row *row)
{
    for (size_t k = 0; k < L->n_labels; k++)
        if (field(row, L->labels[k].column + 1).n)
            return 1;
    return 0;
}

static int row_is_blank(const yk_row *row)
{
    for (size_t i = 0; i < row->n; i++)
        if (trim(row->fields[i].s, row->fields[i].len).n)
            return 0;
    return 1;
}

/* A number from column which, reported when it is not one. */
int yk_form_number_column(loader *L, const yk_row *row, int which, double *v)
{
    span t = col(L, row, which);
    if (!t.n)
        return 0;
    if (yk_form_parse_number(t, v))
        return 1;
    yk_form_report(L, YK_ERROR, "form-bad-number", row->line, L->col[which],
                   "write a number such as 4 or 4,5",
                   "%s '%.*s%s' is not a number", known_columns[L->file][which], QUOTED(t));
    return 0;
}

/* ---- reading a file ------------------------------------------------- */

static int too_many(loader *L, const yk_row *row)
{
    size_t n = L->file == F_SURVEY ? L->nq : L->nc;
    size_t max = L->file == F_SURVEY ? YK_FORM_MAX_QUESTIONS : YK_FORM_MAX_CHOICES;
    if (n < max)
        return 0;
    yk_form_report(L, YK_ERROR, "form-too-large", row->line, 0, NULL,
                   "more than %zu %s: the rest of the file is not read", max,
                   L->file == F_SURVEY ? "questions" : "choices");
    return 1;
}

static int on_row(void *ctx, const yk_row *row)
{
    loader *L = ctx;
    if (row->number == 1)
        read_header(L, row);
    else if (!L->unusable[L->file] && !row_is_blank(row)) {
        if (L->file != F_SETTINGS && too_many(L, row))
            return 1;
        if (L->file == F_SURVEY)
            yk_form_survey_row(L, row);
        else if (L->file == F_CHOICES)
            yk_form_choice_row(L, row);
        else
            yk_form_settings_row(L, row);
    }
    return L->failure != YK_OK;
}

yk_status yk_form_read_file(loader *L, int file, const char *source, yk_input *in)
{
    yk_reader *r = NULL;
    yk_format fmt;
    L->file = file;
    L->source = source;
    memset(L->col, 0, sizeof L->col);
    L->n_labels = 0;
    yk_status st = yk_reader_new(NULL, on_reader_diag, L, &r);
    if (st == YK_OK)
        st = yk_reader_sniff(r, source, in, &fmt);
    if (st == YK_OK)
        st = yk_reader_read(r, source, in, &fmt, on_row, L);
    yk_reader_free(r);
    if (L->failure != YK_OK)
        return L->failure;
    if (st == YK_ERR_STOPPED)
        return YK_OK;
    if (st == YK_ERR_LIMIT || st == YK_ERR_PARSE) {
        L->broken = 1;      /* the reader has said why */
        return YK_OK;
    }
    return st;
}
