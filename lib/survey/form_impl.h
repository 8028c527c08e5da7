/* ykien — the form loader's insides, shared by its files: form.c (the
 * API), form_util.c (text, numbers, names), form_read.c
 * (the loader's state, diagnostics, columns, reading a file),
 * form_survey.c, form_choices.c and form_settings.c (a row of each file)
 * and form_check.c (checks across files, and freezing the form).  Not part
 * of the API. */
#ifndef YK_FORM_IMPL_H
#define YK_FORM_IMPL_H

#include <stdint.h>
#include "yk_arena.h"
#include "yk_buf.h"
#include "yk_form.h"
#include "yk_grow.h"
#include "yk_index.h"
#include "yk_text.h"

enum { MSG_MAX = 1024, QUOTE_MAX = 80, SUGGEST_MAX = 64, TYPE_TOKENS = 8 };
enum { F_SURVEY, F_CHOICES, F_SETTINGS, N_FILES };
#define NONE ((size_t)-1)

/* A piece of a cell's text. */
typedef struct {
    const char *s;      /* not NUL-terminated */
    size_t n;
} span;

/* printf arguments for "%.*s%s": a span quoted in a message, clipped. */
#define QUOTED(t) clip((t).s, (t).n), (t).s, ((t).n > QUOTE_MAX ? "..." : "")
#define QUOTEDZ(z) QUOTED(((span){ (z), strlen(z) }))

/* ---- the form and the loader's state -------------------------------- */

struct yk_form {
    yk_arena arena;
    yk_question *questions;
    size_t n_questions;
    yk_choice_list *lists;
    size_t n_lists;
    const char **languages;
    size_t n_languages;
    const char *title, *id, *version, *default_language;
    yk_form_kind kind;          /* settings' form_kind; a survey by default */
    uint64_t fingerprint;
    yk_index by_name;              /* items 2i: name of question i, 2i+1: path */
    yk_form_group *groups;
    size_t n_groups;
};

/* A problem, kept until every file is read. */
typedef struct {
    int file;
    size_t seq;
    yk_severity severity;
    const char *kind, *source, *message, *hint;
    unsigned long line, column;
} pending;

typedef struct {
    const char *name;
    unsigned long line;
} named;                        /* a question or group name, for duplicates */

typedef struct {
    const char *name;
    unsigned long line;         /* begin group */
} open_group;

typedef struct {
    const char *list;           /* a select's list name, else NULL */
    unsigned long type_column;
    int measure;                /* a yk_measure from the column, or -1 */
} question_extra;

typedef struct {
    size_t list;
    int has_value;
} choice_extra;

typedef struct {
    const char *name;
    unsigned long line;         /* its first choice */
    size_t n;
    int used;
} list_tmp;

typedef struct {
    size_t column;              /* 0-based */
    size_t language;
} label_column;

enum { MAX_KNOWN = 12 };

typedef struct {
    yk_form *form;
    const yk_form_files *files; /* with every name set */
    yk_diag_fn diag;
    void *diag_ctx;
    yk_status failure;          /* out of memory while reading */
    int broken;                 /* a file could not be read to its end */

    pending *diags;
    size_t n_diags, cap_diags;
    yk_arena diag_arena;
    unsigned long errors;

    int file;                   /* being read */
    const char *source;
    size_t col[MAX_KNOWN];      /* 1-based column of each known name; 0: none */
    label_column *labels;
    size_t n_labels, cap_labels;
    int unusable[N_FILES];      /* a required column is missing */

    yk_question *qs;
    question_extra *qx;
    size_t nq, cap_q, cap_qx;
    size_t survey_languages;    /* languages when the survey was read */
    named *names;
    size_t n_names, cap_names;
    yk_index names_index;
    open_group *groups;
    size_t n_groups, cap_groups;
    yk_form_group *defs;        /* every group, for its labels */
    size_t n_defs, cap_defs;
    const char **refs;          /* lists of questions rejected for their name */
    size_t n_refs, cap_refs;
    yk_buf path;
    int too_many;

    const char **langs;
    size_t n_langs, cap_langs;
    int langs_capped;           /* reported once */

    yk_choice *cs;
    choice_extra *cx;
    size_t nc, cap_c, cap_cx;
    list_tmp *lists;
    size_t n_lists, cap_lists;
    yk_index lists_index, choices_index;
    int settings_seen;
} loader;

/* Columns of survey.csv, choices.csv, settings.csv (known_columns). */
enum { S_TYPE, S_NAME, S_REQUIRED, S_SCALE, S_REVERSE, S_MIN, S_MAX, S_PREVIOUS, S_HINT,
       S_MEASURE };
enum { C_LIST, C_NAME, C_NOT_OPINION, C_VALUE, C_ALIASES, C_MEMBERS, C_PARENT };
enum { G_TITLE, G_ID, G_VERSION, G_LANGUAGE, G_KIND };

static inline int is_space_at(const char *s, size_t n, size_t i, size_t *len)
{
    unsigned char c = (unsigned char)s[i];
    *len = 1;
    if (c == ' ' || (c >= '\t' && c <= '\r'))
        return 1;
    /* Excel cells pasted from the web end in no-break spaces. */
    if (c == 0xC2 && i + 1 < n && (unsigned char)s[i + 1] == 0xA0) {
        *len = 2;
        return 1;
    }
    return 0;
}

static inline span trim(const char *s, size_t n)
{
    size_t len;
    while (n && is_space_at(s, n, 0, &len)) {
        s += len;
        n -= len;
    }
    while (n) {
        if (n >= 2 && (unsigned char)s[n - 2] == 0xC2 &&
            (unsigned char)s[n - 1] == 0xA0)
            n -= 2;
        else if (is_space_at(s, n, n - 1, &len))
            n--;
        else
            break;
    }
    return (span){ s, n };
}

static inline int lower(int c)
{
    return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
}

/* ASCII case-insensitive equality of a span and a C string. */
static inline int span_is(span t, const char *word)
{
    size_t i = 0;
    for (; i < t.n && word[i]; i++)
        if (lower((unsigned char)t.s[i]) != word[i])
            return 0;
    return i == t.n && word[i] == '\0';
}

/* yes/true/1/true() in any case: XLSForm's ways of saying yes. */
static inline int truthy(span t)
{
    return span_is(t, "yes") || span_is(t, "true") || span_is(t, "1") ||
           span_is(t, "true()");
}

/* Bytes of s to quote in a message, whole characters only. */
static inline int clip(const char *s, size_t n)
{
    return (int)yk_text_clip(s, n, QUOTE_MAX);
}

static inline uint64_t hash_span(uint64_t h, span t)
{
    return yk_hash(h, t.s, t.n);
}

static inline void *nomem(loader *L)
{
    if (L->failure == YK_OK)
        L->failure = YK_ERR_NOMEM;
    return NULL;
}

static inline yk_arena *arena(loader *L)
{
    return &L->form->arena;
}

static inline const char *keep(loader *L, span t)
{
    char *p = yk_arena_strndup(arena(L), t.s, t.n);
    return p ? p : nomem(L);
}

static inline const char *keep_or_null(loader *L, span t)
{
    return t.n ? keep(L, t) : NULL;
}

/* The trimmed field at 1-based column c; empty when absent. */
static inline span field(const yk_row *row, size_t c)
{
    if (c == 0 || c > row->n)
        return (span){ "", 0 };
    return trim(row->fields[c - 1].s, row->fields[c - 1].len);
}

static inline span col(const loader *L, const yk_row *row, int which)
{
    return field(row, L->col[which]);
}

/* form_util.c */
/* A number as people write it in a cell; 0 when it is not one. */
int yk_form_parse_number(span t, double *out);
int yk_form_parse_count(span t, long *out);
int yk_form_valid_name(span t);
/* Edit distance, and whether it is close enough to suggest a name. */
size_t yk_form_distance(const char *a, size_t na, const char *b, size_t nb);
int yk_form_close_enough(size_t d, size_t len);

/* form_read.c */
void yk_form_report(loader *L, yk_severity sev, const char *kind,
                    unsigned long line, unsigned long column, const char *hint,
                    const char *fmt, ...) __attribute__((format(printf, 7, 8)));
/* Hand the held problems to the caller, sorted by file and line. */
void yk_form_deliver(loader *L);
const char **yk_form_row_labels(loader *L, const yk_row *row, int *any);
int yk_form_has_label(const loader *L, const yk_row *row);
int yk_form_number_column(loader *L, const yk_row *row, int which, double *v);
yk_status yk_form_read_file(loader *L, int file, const char *source, yk_input *in);

/* form_survey.c, form_choices.c, form_settings.c: one row of each file. */
void yk_form_survey_row(loader *L, const yk_row *row);
int yk_form_list_eq(const void *ctx, size_t item, const void *key);
void yk_form_choice_row(loader *L, const yk_row *row);
void yk_form_settings_row(loader *L, const yk_row *row);

/* form_check.c */
void yk_form_at_file(loader *L, int file, const yk_form_files *files);
void yk_form_unclosed_groups(loader *L);
int yk_form_freeze_lists(loader *L);
void yk_form_cross_checks(loader *L, const yk_form_files *files,
                          unsigned long scale_column);
int yk_form_widen_labels(loader *L);
int yk_form_question_eq(const void *ctx, size_t item, const void *key);
/* Move what was read into the form, fingerprint and index it; 0 when out
 * of memory. */
int yk_form_freeze(loader *L);

#endif
