/* Loading a form: survey.csv, choices.csv and settings.csv, read row by
 * row with yk_reader, checked, and frozen into one arena.
 *
 * Problems are collected while reading and handed to the caller at the end
 * sorted by file (survey, choices, settings) and line, so that problems
 * found only once every file is read (a missing list, a scale with one
 * item, an unused list) appear next to the rows they are about. */
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#include "yk_arena.h"
#include "yk_buf.h"
#include "yk_form.h"
#include "yk_text.h"
#include "yk_textkey.h"

enum { MSG_MAX = 1024, QUOTE_MAX = 80, SUGGEST_MAX = 64, TYPE_TOKENS = 8 };
enum { F_SURVEY, F_CHOICES, F_SETTINGS, N_FILES };
#define NONE ((size_t)-1)

/* ---- small text helpers -------------------------------------------- */

typedef struct {
    const char *s;      /* not NUL-terminated */
    size_t n;
} span;

static int is_space_at(const char *s, size_t n, size_t i, size_t *len)
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

static span trim(const char *s, size_t n)
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

static int lower(int c)
{
    return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
}

/* ASCII case-insensitive equality of a span and a C string. */
static int span_is(span t, const char *word)
{
    size_t i = 0;
    for (; i < t.n && word[i]; i++)
        if (lower((unsigned char)t.s[i]) != word[i])
            return 0;
    return i == t.n && word[i] == '\0';
}

/* yes/true/1/true() in any case: XLSForm's ways of saying yes. */
static int truthy(span t)
{
    return span_is(t, "yes") || span_is(t, "true") || span_is(t, "1") ||
           span_is(t, "true()");
}

/* Bytes of s to quote in a message, whole characters only. */
static int clip(const char *s, size_t n)
{
    return (int)yk_text_clip(s, n, QUOTE_MAX);
}

#define QUOTED(t) clip((t).s, (t).n), (t).s, ((t).n > QUOTE_MAX ? "..." : "")
#define QUOTEDZ(z) QUOTED(((span){ (z), strlen(z) }))

/* ---- numbers -------------------------------------------------------- */

static const double pow10s[] = {
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
    1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22
};

static double scale10(double v, long e)
{
    for (; e > 22; e -= 22)
        v *= 1e22;
    for (; e < -22; e += 22)
        v /= 1e22;
    return e >= 0 ? v * pow10s[e] : v / pow10s[-e];
}

/* "45", "-3", "4.5" or "4,5" (Vietnamese Excel's decimal comma).  Parsed
 * here rather than with strtod, whose decimal point follows the locale. */
static int parse_number(span t, double *out)
{
    size_t i = 0;
    int neg = 0, digits = 0, point = 0;
    unsigned long long mant = 0;
    long exp10 = 0;
    if (i < t.n && (t.s[i] == '-' || t.s[i] == '+'))
        neg = t.s[i++] == '-';
    for (; i < t.n; i++) {
        char c = t.s[i];
        if ((c == '.' || c == ',') && !point) {
            point = 1;
        } else if (c >= '0' && c <= '9') {
            digits++;
            if (mant < 100000000000000000ull) {
                mant = mant * 10 + (unsigned)(c - '0');
                exp10 -= point;
            } else {
                exp10 += !point;    /* a digit past what a double holds */
            }
        } else {
            return 0;
        }
    }
    double v = scale10((double)mant, exp10);
    if (!digits || !isfinite(v))
        return 0;
    *out = neg ? -v : v;
    return 1;
}

/* A non-negative whole number, digits optionally grouped by threes with
 * '.', ',' or ' ' ("1.234" is 1234 in Vietnamese; a count is never a
 * fraction). */
static int parse_count(span t, long *out)
{
    long v = 0;
    size_t group = 0, i = 0;
    int grouped = 0;
    if (!t.n)
        return 0;
    for (; i < t.n; i++) {
        char c = t.s[i];
        if (c >= '0' && c <= '9') {
            if (v > (0x7fffffffL - (c - '0')) / 10)
                return 0;
            v = v * 10 + (c - '0');
            group++;
        } else if ((c == '.' || c == ',' || c == ' ') && group &&
                   (grouped ? group == 3 : group <= 3)) {
            grouped = 1;
            group = 0;
        } else {
            return 0;
        }
    }
    if (grouped && group != 3)
        return 0;
    *out = v;
    return 1;
}

/* ---- names ---------------------------------------------------------- */

static int letter_cat(utf8proc_category_t c)
{
    return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LL ||
           c == UTF8PROC_CATEGORY_LT || c == UTF8PROC_CATEGORY_LM ||
           c == UTF8PROC_CATEGORY_LO;
}

/* XLSForm names are XML names: a letter or '_', then letters, digits,
 * '_', '-' and '.'.  Letters include Vietnamese ones, as in XML. */
static int valid_name(span t)
{
    size_t i = 0;
    if (!t.n)
        return 0;
    while (i < t.n) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t len = utf8proc_iterate((const utf8proc_uint8_t *)t.s + i,
                                                (utf8proc_ssize_t)(t.n - i), &cp);
        if (len <= 0)
            return 0;
        utf8proc_category_t cat = utf8proc_category(cp);
        int ok = cp == '_' || (cp < 0x80 ? (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z'
                                         : letter_cat(cat));
        if (i > 0)
            ok = ok || cp == '-' || cp == '.' || cat == UTF8PROC_CATEGORY_ND ||
                 (cp >= 0x80 && (cat == UTF8PROC_CATEGORY_MN ||
                                 cat == UTF8PROC_CATEGORY_MC));
        if (!ok)
            return 0;
        i += (size_t)len;
    }
    return 1;
}

/* Edit distance in code points, ASCII case ignored; more than SUGGEST_MAX
 * when either string is long. */
static size_t distance(const char *a, size_t na, const char *b, size_t nb)
{
    char la[SUGGEST_MAX * 4], lb[SUGGEST_MAX * 4];
    if (na > sizeof la || nb > sizeof lb)
        return SUGGEST_MAX + 1;
    for (size_t i = 0; i < na; i++)
        la[i] = (char)(a[i] >= 'A' && a[i] <= 'Z' ? a[i] + 32 : a[i]);
    for (size_t i = 0; i < nb; i++)
        lb[i] = (char)(b[i] >= 'A' && b[i] <= 'Z' ? b[i] + 32 : b[i]);
    return yk_textkey_distance(la, na, lb, nb, SUGGEST_MAX);
}

/* Close enough to suggest: a slip of a key or two, not another word. */
static int close_enough(size_t d, size_t len)
{
    return d <= 2 && d * 3 <= len + 1;
}

/* ---- a hash index: item numbers by a caller's hash and equality ----- */

typedef struct {
    uint64_t hash;
    size_t item;        /* item + 1; 0: empty */
} slot;

typedef struct {
    slot *slots;
    size_t cap, n;      /* cap is a power of two, or 0 */
} table;

typedef int (*eq_fn)(const void *ctx, size_t item, const void *key);

static uint64_t fnv(uint64_t h, const void *p, size_t n)
{
    const unsigned char *u = p;
    for (size_t i = 0; i < n; i++)
        h = (h ^ u[i]) * 0x100000001b3ull;
    return h;
}

static const uint64_t fnv_basis = 0xcbf29ce484222325ull;

static size_t table_find(const table *t, uint64_t h, eq_fn eq,
                         const void *ctx, const void *key)
{
    if (!t->cap)
        return NONE;
    for (size_t i = (size_t)h & (t->cap - 1);; i = (i + 1) & (t->cap - 1)) {
        const slot *s = &t->slots[i];
        if (!s->item)
            return NONE;
        if (s->hash == h && eq(ctx, s->item - 1, key))
            return s->item - 1;
    }
}

static void table_put(slot *slots, size_t cap, uint64_t h, size_t item)
{
    size_t i = (size_t)h & (cap - 1);
    while (slots[i].item)
        i = (i + 1) & (cap - 1);
    slots[i] = (slot){ h, item + 1 };
}

/* Add item under hash h (the caller has checked it is not there). */
static int table_add(table *t, uint64_t h, size_t item)
{
    if ((t->n + 1) * 2 > t->cap) {
        size_t cap = t->cap ? t->cap * 2 : 64;
        slot *s = calloc(cap, sizeof *s);
        if (!s)
            return 0;
        for (size_t i = 0; i < t->cap; i++)
            if (t->slots[i].item)
                table_put(s, cap, t->slots[i].hash, t->slots[i].item - 1);
        free(t->slots);
        t->slots = s;
        t->cap = cap;
    }
    table_put(t->slots, t->cap, h, item);
    t->n++;
    return 1;
}

static void table_free(table *t)
{
    free(t->slots);
    *t = (table){ 0 };
}

static uint64_t hash_span(uint64_t h, span t)
{
    return fnv(h, t.s, t.n);
}

/* Room for one more element in the array at *arrp holding n; 0 when out
 * of memory (the array is then untouched). */
static int room(void *arrp, size_t n, size_t *cap, size_t size)
{
    if (n < *cap)
        return 1;
    size_t c = *cap ? *cap * 2 : 16;
    void *old, *p;
    if (c > SIZE_MAX / size)
        return 0;
    memcpy(&old, arrp, sizeof old);
    p = realloc(old, c * size);
    if (!p)
        return 0;
    memcpy(arrp, &p, sizeof p);
    *cap = c;
    return 1;
}

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
    table by_name;              /* items 2i: name of question i, 2i+1: path */
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
    table names_index;
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
    table lists_index, choices_index;
    int settings_seen;
} loader;

static void *nomem(loader *L)
{
    if (L->failure == YK_OK)
        L->failure = YK_ERR_NOMEM;
    return NULL;
}

static yk_arena *arena(loader *L)
{
    return &L->form->arena;
}

static const char *keep(loader *L, span t)
{
    char *p = yk_arena_strndup(arena(L), t.s, t.n);
    return p ? p : nomem(L);
}

static const char *keep_or_null(loader *L, span t)
{
    return t.n ? keep(L, t) : NULL;
}

/* ---- diagnostics ---------------------------------------------------- */

static void hold(loader *L, int file, const yk_diag *d)
{
    yk_arena *a = &L->diag_arena;
    if (!room(&L->diags, L->n_diags, &L->cap_diags, sizeof *L->diags)) {
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

static void report(loader *L, yk_severity sev, const char *kind,
                   unsigned long line, unsigned long column, const char *hint,
                   const char *fmt, ...) __attribute__((format(printf, 7, 8)));
static void report(loader *L, yk_severity sev, const char *kind,
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

static void deliver(loader *L)
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
enum { S_TYPE, S_NAME, S_REQUIRED, S_SCALE, S_REVERSE, S_MIN, S_MAX, S_PREVIOUS, S_HINT,
       S_MEASURE };
enum { C_LIST, C_NAME, C_NOT_OPINION, C_VALUE, C_ALIASES, C_MEMBERS, C_PARENT };
enum { G_TITLE, G_ID, G_VERSION, G_LANGUAGE, G_KIND };

/* The trimmed field at 1-based column c; empty when absent. */
static span field(const yk_row *row, size_t c)
{
    if (c == 0 || c > row->n)
        return (span){ "", 0 };
    return trim(row->fields[c - 1].s, row->fields[c - 1].len);
}

static span col(const loader *L, const yk_row *row, int which)
{
    return field(row, L->col[which]);
}

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
            report(L, YK_ERROR, "form-too-large", line, column, NULL,
                   "more than %d label languages", YK_FORM_MAX_LANGUAGES);
        return NONE;
    }
    const char *k = keep(L, lang);
    if (!k || !room(&L->langs, L->n_langs, &L->cap_langs, sizeof *L->langs))
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
    if (!room(&L->labels, L->n_labels, &L->cap_labels, sizeof *L->labels)) {
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
            report(L, YK_ERROR, "form-missing-column", row->line, 0,
                   "add it to the first row, which names the columns",
                   "there is no '%s' column", need);
            L->unusable[L->file] = 1;
        }
    }
}

/* One string per form language, NULL where the row's cell is empty. */
static const char **row_labels(loader *L, const yk_row *row, int *any)
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

static int has_label(const loader *L, const yk_row *row)
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
static int number_column(loader *L, const yk_row *row, int which, double *v)
{
    span t = col(L, row, which);
    if (!t.n)
        return 0;
    if (parse_number(t, v))
        return 1;
    report(L, YK_ERROR, "form-bad-number", row->line, L->col[which],
           "write a number such as 4 or 4,5",
           "%s '%.*s%s' is not a number", known_columns[L->file][which], QUOTED(t));
    return 0;
}

/* ---- survey.csv ----------------------------------------------------- */

typedef enum {
    T_QUESTION, T_BEGIN_GROUP, T_END_GROUP, T_BEGIN_REPEAT, T_END_REPEAT,
    T_NO_LIST, T_UNKNOWN
} type_kind;

static const struct { const char *word; yk_question_type type; } simple_types[] = {
    { "integer", YK_Q_INTEGER }, { "int", YK_Q_INTEGER },
    { "decimal", YK_Q_DECIMAL }, { "text", YK_Q_TEXT }, { "string", YK_Q_TEXT },
    { "date", YK_Q_DATE }, { "note", YK_Q_NOTE },
    { "start", YK_Q_META }, { "end", YK_Q_META }, { "today", YK_Q_META },
    { "deviceid", YK_Q_META }, { "username", YK_Q_META },
    { "phonenumber", YK_Q_META }, { "simserial", YK_Q_META },
    { "subscriberid", YK_Q_META }, { "audit", YK_Q_META },
    { "calculate", YK_Q_META }, { "hidden", YK_Q_META },
};

static const struct { const char *word; type_kind kind; } structure_types[] = {
    { "begin_group", T_BEGIN_GROUP }, { "end_group", T_END_GROUP },
    { "begin_repeat", T_BEGIN_REPEAT }, { "end_repeat", T_END_REPEAT },
};

static const struct { const char *word; yk_question_type type; } select_types[] = {
    { "select_one", YK_Q_SELECT_ONE }, { "select_multiple", YK_Q_SELECT_MULTIPLE },
    { "select_all_that_apply", YK_Q_SELECT_MULTIPLE },
};

static const char known_types_hint[] =
    "known types: select_one LIST, select_multiple LIST, integer, decimal, "
    "text, date, note, begin group, end group, start, end, today, deviceid, "
    "username, phonenumber, simserial, subscriberid, audit, calculate, hidden";

typedef struct {
    type_kind kind;
    yk_question_type type;
    span list;
} parsed_type;

/* Split on spaces; the words may also be joined by '_' ("select one L",
 * "select_one L", "begin group", "begin_group"). */
static parsed_type parse_type(span t)
{
    parsed_type p = { T_UNKNOWN, YK_Q_TEXT, { "", 0 } };
    span tok[TYPE_TOKENS];
    size_t n = 0, i = 0;
    while (i < t.n) {
        size_t len;
        if (is_space_at(t.s, t.n, i, &len)) {
            i += len;
            continue;
        }
        if (n == TYPE_TOKENS)
            return p;
        size_t start = i;
        while (i < t.n && !is_space_at(t.s, t.n, i, &len))
            i++;
        tok[n++] = (span){ t.s + start, i - start };
    }
    char key[64];
    size_t k = 0;
    for (size_t w = 0; w < n; w++) {
        if (k + tok[w].n + 1 >= sizeof key)
            return p;
        if (w)
            key[k++] = '_';
        for (size_t j = 0; j < tok[w].n; j++)
            key[k++] = (char)lower((unsigned char)tok[w].s[j]);
        key[k] = '\0';
        for (size_t s = 0; s < sizeof select_types / sizeof select_types[0]; s++)
            if (strcmp(key, select_types[s].word) == 0) {
                p.type = select_types[s].type;
                p.kind = w + 2 == n ? T_QUESTION : w + 1 == n ? T_NO_LIST : T_UNKNOWN;
                if (w + 2 == n)
                    p.list = tok[w + 1];
                return p;
            }
    }
    for (size_t s = 0; n && s < sizeof simple_types / sizeof simple_types[0]; s++)
        if (strcmp(key, simple_types[s].word) == 0) {
            p.kind = T_QUESTION;
            p.type = simple_types[s].type;
        }
    for (size_t s = 0; n && s < sizeof structure_types / sizeof structure_types[0]; s++)
        if (strcmp(key, structure_types[s].word) == 0)
            p.kind = structure_types[s].kind;
    return p;
}

/* The known type word closest to the first word of t, or NULL. */
static const char *closest_type(span t)
{
    static const char *const words[] = {
        "select_one LIST", "select_multiple LIST", "integer", "decimal", "text",
        "date", "note", "begin group", "end group", "start", "today",
        "deviceid", "username", "phonenumber", "simserial", "subscriberid",
        "audit", "calculate", "hidden",
    };
    size_t n = 0;
    while (n < t.n && t.s[n] != ' ')
        n++;
    const char *best = NULL;
    size_t best_d = SUGGEST_MAX;
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++) {
        const char *sp = strchr(words[i], ' ');
        size_t wn = strncmp(words[i], "select", 6) == 0 && sp ? (size_t)(sp - words[i])
                                                             : strlen(words[i]);
        size_t d = distance(t.s, n, words[i], wn);
        if (close_enough(d, wn) && d < best_d) {
            best = words[i];
            best_d = d;
        }
    }
    return best;
}

static void unknown_type(loader *L, const yk_row *row, span t)
{
    char hint[MSG_MAX];
    const char *near = closest_type(t);
    if (near)
        snprintf(hint, sizeof hint, "did you mean '%s'? %s", near, known_types_hint);
    report(L, YK_ERROR, "form-unknown-type", row->line, L->col[S_TYPE],
           near ? hint : known_types_hint, "unknown type '%.*s%s'", QUOTED(t));
}

static int name_eq(const void *ctx, size_t item, const void *key)
{
    const loader *L = ctx;
    const span *t = key;
    return strlen(L->names[item].name) == t->n &&
           memcmp(L->names[item].name, t->s, t->n) == 0;
}

/* Check and keep a question or group name; NULL when it is bad or taken
 * (reported) or out of memory. */
static const char *claim_name(loader *L, const yk_row *row, span name)
{
    if (!valid_name(name)) {
        report(L, YK_ERROR, "form-bad-name", row->line, L->col[S_NAME],
               "a name starts with a letter or '_' and holds only letters, "
               "digits, '_', '-' and '.'",
               name.n ? "'%.*s%s' is not a valid name" : "the name is empty%.*s%s",
               QUOTED(name));
        return NULL;
    }
    uint64_t h = hash_span(fnv_basis, name);
    size_t first = table_find(&L->names_index, h, name_eq, L, &name);
    if (first != NONE) {
        char hint[MSG_MAX];
        snprintf(hint, sizeof hint, "'%.*s%s' is first defined on line %lu",
                 QUOTED(name), L->names[first].line);
        report(L, YK_ERROR, "form-duplicate-name", row->line, L->col[S_NAME],
               hint, "the name '%.*s%s' is used twice", QUOTED(name));
        return NULL;
    }
    const char *kept = keep(L, name);
    if (!kept || !room(&L->names, L->n_names, &L->cap_names, sizeof *L->names) ||
        !table_add(&L->names_index, h, L->n_names))
        return nomem(L);
    L->names[L->n_names++] = (named){ kept, row->line };
    return kept;
}

static void begin_group(loader *L, const yk_row *row, int repeat)
{
    if (repeat)
        report(L, YK_ERROR, "form-unsupported-type", row->line, L->col[S_TYPE],
               "ask each repeated question as a question of its own",
               "ykien does not support repeats");
    const char *name = claim_name(L, row, col(L, row, S_NAME));
    if (!room(&L->groups, L->n_groups, &L->cap_groups, sizeof *L->groups)) {
        nomem(L);
        return;
    }
    /* A bad name still opens a group, so its end group balances. */
    L->groups[L->n_groups++] = (open_group){ name ? name : "", row->line };
    int any;
    const char **labels = row_labels(L, row, &any);
    if (!name || !labels)
        return;
    if (!room(&L->defs, L->n_defs, &L->cap_defs, sizeof *L->defs)) {
        nomem(L);
        return;
    }
    L->defs[L->n_defs++] = (yk_form_group){ name, labels };
}

static void end_group(loader *L, const yk_row *row, int repeat)
{
    if (repeat)
        report(L, YK_ERROR, "form-unsupported-type", row->line, L->col[S_TYPE],
               NULL, "ykien does not support repeats");
    if (L->n_groups)
        L->n_groups--;
    else
        report(L, YK_ERROR, "form-unbalanced-group", row->line, L->col[S_TYPE],
               "remove it, or add a 'begin group' above",
               "'end group' without a 'begin group'");
}

/* "g/h/q" for question q inside group h inside group g. */
static const char *make_path(loader *L, const char *name)
{
    yk_buf *b = &L->path;
    yk_buf_clear(b);
    for (size_t i = 0; i < L->n_groups; i++)
        if (yk_buf_append(b, L->groups[i].name, strlen(L->groups[i].name)) ||
            yk_buf_append(b, "/", 1))
            return nomem(L);
    if (!b->len)
        return name;
    if (yk_buf_append(b, name, strlen(name)))
        return nomem(L);
    return keep(L, (span){ b->data, b->len });
}

static void min_max(loader *L, const yk_row *row, yk_question *q)
{
    q->has_min = number_column(L, row, S_MIN, &q->min);
    q->has_max = number_column(L, row, S_MAX, &q->max);
    if (q->has_min && q->has_max && q->min > q->max)
        report(L, YK_ERROR, "form-bad-range", row->line, 0,
               "min must not be above max", "min %g is above max %g", q->min, q->max);
}

/* A rejected question still uses its list: no "unused list" on top. */
static void refer(loader *L, const char *list)
{
    if (!room(&L->refs, L->n_refs, &L->cap_refs, sizeof *L->refs)) {
        nomem(L);
        return;
    }
    L->refs[L->n_refs++] = list;
}

/* The `measure` column: nominal, ordinal or scale (SPSS's words), any
 * case; -1 when empty or unknown (reported). */
static int read_measure(loader *L, const yk_row *row)
{
    static const char *const words[] = { "nominal", "ordinal", "scale" };
    span t = col(L, row, S_MEASURE);
    if (!t.n)
        return -1;
    for (int i = 0; i < 3; i++)
        if (span_is(t, words[i]))
            return i;
    report(L, YK_ERROR, "form-bad-measure", row->line, L->col[S_MEASURE],
           "write nominal (no order: units, channels), ordinal (agree ... "
           "disagree) or scale (ordinal, and its values can be averaged)",
           "measure '%.*s%s' is not nominal, ordinal or scale", QUOTED(t));
    return -1;
}

static int wants_label(yk_question_type t)
{
    return t == YK_Q_SELECT_ONE || t == YK_Q_SELECT_MULTIPLE ||
           t == YK_Q_INTEGER || t == YK_Q_DECIMAL || t == YK_Q_TEXT;
}

static void add_question(loader *L, const yk_row *row, const parsed_type *pt)
{
    yk_question q = { 0 };
    question_extra x = { NULL, L->col[S_TYPE], read_measure(L, row) };
    int any_label = 0;
    const char *name = claim_name(L, row, col(L, row, S_NAME));
    q.type = pt->type;
    q.line = row->line;
    q.labels = row_labels(L, row, &any_label);
    q.required = q.type != YK_Q_META && truthy(col(L, row, S_REQUIRED));
    q.scale = keep_or_null(L, col(L, row, S_SCALE));
    q.reverse = truthy(col(L, row, S_REVERSE));
    q.previous_name = keep_or_null(L, col(L, row, S_PREVIOUS));
    q.hint = keep_or_null(L, col(L, row, S_HINT));
    min_max(L, row, &q);
    if (wants_label(q.type) && !any_label && L->failure == YK_OK)
        report(L, YK_WARNING, "form-no-label", row->line, 0,
               "add a label: it is how people and Google Forms exports "
               "know the question", "the question has no label");
    if (pt->list.n)
        x.list = keep(L, pt->list);
    if (!name && x.list)
        refer(L, x.list);
    if (!name || !q.labels || (pt->list.n && !x.list) || L->failure)
        return;
    q.name = name;
    q.path = make_path(L, name);
    if (!q.path)
        return;
    if (!room(&L->qs, L->nq, &L->cap_q, sizeof *L->qs) ||
        !room(&L->qx, L->nq, &L->cap_qx, sizeof *L->qx)) {
        nomem(L);
        return;
    }
    L->qs[L->nq] = q;
    L->qx[L->nq++] = x;
}

static void survey_row(loader *L, const yk_row *row)
{
    span type = col(L, row, S_TYPE);
    if (!type.n) {
        /* XLSForm skips rows with no type, but not a question without one. */
        if (col(L, row, S_NAME).n || has_label(L, row))
            report(L, YK_ERROR, "form-unknown-type", row->line, L->col[S_TYPE],
                   known_types_hint, "the question has no type");
        return;
    }
    parsed_type pt = parse_type(type);
    switch (pt.kind) {
    case T_BEGIN_GROUP: begin_group(L, row, 0); break;
    case T_BEGIN_REPEAT: begin_group(L, row, 1); break;
    case T_END_GROUP: end_group(L, row, 0); break;
    case T_END_REPEAT: end_group(L, row, 1); break;
    case T_QUESTION: add_question(L, row, &pt); break;
    case T_NO_LIST:
        report(L, YK_ERROR, "form-missing-list", row->line, L->col[S_TYPE],
               "write the list's name after the type, as in 'select_one yes_no'",
               "'%.*s%s' names no choice list", QUOTED(type));
        break;
    case T_UNKNOWN: unknown_type(L, row, type); break;
    }
}

/* ---- choices.csv ---------------------------------------------------- */

typedef struct {
    size_t list;
    span name;
} choice_key;

static int list_eq(const void *ctx, size_t item, const void *key)
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
    return hash_span(fnv(fnv_basis, &list, sizeof list), name);
}

/* The list called name, made when new; NONE when out of memory. */
static size_t find_list(loader *L, span name, unsigned long line)
{
    uint64_t h = hash_span(fnv_basis, name);
    size_t i = table_find(&L->lists_index, h, list_eq, L, &name);
    if (i != NONE)
        return i;
    const char *kept = keep(L, name);
    if (!kept || !room(&L->lists, L->n_lists, &L->cap_lists, sizeof *L->lists) ||
        !table_add(&L->lists_index, h, L->n_lists))
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
    x->has_value = number_column(L, row, C_VALUE, &c->value);
    c->members = -1;
    span m = col(L, row, C_MEMBERS);
    if (m.n && !parse_count(m, &c->members)) {
        c->members = -1;
        report(L, YK_ERROR, "form-bad-number", row->line, L->col[C_MEMBERS],
               "members is a count of people, such as 1250",
               "members '%.*s%s' is not a whole number", QUOTED(m));
    }
}

static int keep_choice(loader *L, const yk_row *row, span name, size_t list)
{
    choice_key key = { list, name };
    uint64_t h = choice_hash(list, name);
    size_t first = table_find(&L->choices_index, h, choice_eq, L, &key);
    if (first != NONE) {
        char hint[MSG_MAX];
        snprintf(hint, sizeof hint, "'%.*s%s' is first defined on line %lu",
                 QUOTED(name), L->cs[first].line);
        report(L, YK_ERROR, "form-duplicate-choice", row->line, L->col[C_NAME],
               hint, "list '%.*s%s' has the choice '%.*s%s' twice",
               QUOTEDZ(L->lists[list].name), QUOTED(name));
        return 0;
    }
    if (!room(&L->cs, L->nc, &L->cap_c, sizeof *L->cs) ||
        !room(&L->cx, L->nc, &L->cap_cx, sizeof *L->cx) ||
        !table_add(&L->choices_index, h, L->nc))
        return nomem(L), 0;
    return 1;
}

static void choice_row(loader *L, const yk_row *row)
{
    span list = col(L, row, C_LIST), name = col(L, row, C_NAME);
    yk_choice c = { 0 };
    choice_extra x = { NONE, 0 };
    int any_label;
    if (!list.n)
        report(L, YK_ERROR, "form-bad-name", row->line, L->col[C_LIST],
               "write the name of the list this choice belongs to",
               "the choice has no list_name");
    if (!name.n)
        report(L, YK_ERROR, "form-bad-name", row->line, L->col[C_NAME],
               "write the code data files use for this choice, such as 1 or hon_dat",
               "the choice has no name");
    choice_numbers(L, row, &c, &x);
    c.line = row->line;
    c.not_opinion = truthy(col(L, row, C_NOT_OPINION));
    c.labels = row_labels(L, row, &any_label);
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

/* ---- settings.csv --------------------------------------------------- */

/* settings' form_kind: survey (or empty) or ballot, any case.  An unknown
 * word is an error, not a survey: a misspelt "ballot" must not let the
 * survey verbs read secret ballots; the form is then kept as a ballot. */
static yk_form_kind read_kind(loader *L, const yk_row *row)
{
    span t = col(L, row, G_KIND);
    if (!t.n || span_is(t, "survey"))
        return YK_FORM_SURVEY;
    if (span_is(t, "ballot"))
        return YK_FORM_BALLOT;
    report(L, YK_ERROR, "form-bad-kind", row->line, L->col[G_KIND],
           "write survey (a questionnaire) or ballot (the ballot of a confidence poll, "
           "read by 'ykien votes' only)",
           "form_kind '%.*s%s' is not survey or ballot", QUOTED(t));
    return YK_FORM_BALLOT;
}

static void settings_row(loader *L, const yk_row *row)
{
    yk_form *f = L->form;
    if (L->settings_seen++)
        return;     /* XLSForm reads the first row only */
    f->title = keep_or_null(L, col(L, row, G_TITLE));
    f->id = keep_or_null(L, col(L, row, G_ID));
    f->version = keep_or_null(L, col(L, row, G_VERSION));
    f->default_language = keep_or_null(L, col(L, row, G_LANGUAGE));
    f->kind = read_kind(L, row);
}

/* ---- reading a file ------------------------------------------------- */

static int too_many(loader *L, const yk_row *row)
{
    size_t n = L->file == F_SURVEY ? L->nq : L->nc;
    size_t max = L->file == F_SURVEY ? YK_FORM_MAX_QUESTIONS : YK_FORM_MAX_CHOICES;
    if (n < max)
        return 0;
    report(L, YK_ERROR, "form-too-large", row->line, 0, NULL,
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
            survey_row(L, row);
        else if (L->file == F_CHOICES)
            choice_row(L, row);
        else
            settings_row(L, row);
    }
    return L->failure != YK_OK;
}

static yk_status read_file(loader *L, int file, const char *source, yk_input *in)
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

/* ---- checks across files, and freezing the form --------------------- */

static void at_file(loader *L, int file, const yk_form_files *files)
{
    L->file = file;
    L->source = file == F_SURVEY ? files->survey_name
              : file == F_CHOICES ? files->choices_name : files->settings_name;
}

static void unclosed_groups(loader *L)
{
    for (size_t i = 0; i < L->n_groups; i++)
        report(L, YK_ERROR, "form-unbalanced-group", L->groups[i].line, 0,
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
    return parse_number((span){ s, strlen(s) }, out);
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
static int freeze_lists(loader *L)
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
        size_t d = distance(t, n, L->lists[i].name, m);
        if (close_enough(d, m) && d < best_d) {
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
    size_t i = table_find(&L->lists_index, hash_span(fnv_basis, w), list_eq, L, &w);
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
    report(L, YK_ERROR, "form-missing-list", L->qs[qi].line, L->qx[qi].type_column,
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
    table t = { 0 };
    size_t *count = calloc(L->nq ? L->nq : 1, sizeof *count);
    if (!count)
        return nomem(L), 0;
    for (size_t i = 0; i < L->nq; i++) {
        const char *s = L->qs[i].scale;
        if (!s)
            continue;
        uint64_t h = fnv(fnv_basis, s, strlen(s));
        size_t first = table_find(&t, h, scale_eq, L, s);
        if (first == NONE && !table_add(&t, h, first = i)) {
            free(count);
            table_free(&t);
            return nomem(L), 0;
        }
        if (++count[first] == YK_FORM_MAX_SCALE_ITEMS + 1)
            report(L, YK_ERROR, "form-too-large", L->qs[i].line, scale_column,
                   "split the scale into constructs of fewer items",
                   "the scale '%.*s%s' has more than %d items",
                   QUOTEDZ(s), YK_FORM_MAX_SCALE_ITEMS);
    }
    for (size_t i = 0; i < L->nq; i++)
        if (count[i] == 1)
            report(L, YK_ERROR, "form-one-item-scale", L->qs[i].line, scale_column,
                   "give the scale to its other items too, or leave this one "
                   "without a scale", "the scale '%.*s%s' has only this item",
                   QUOTEDZ(L->qs[i].scale));
    free(count);
    table_free(&t);
    return 1;
}

static void unused_lists(loader *L)
{
    for (size_t i = 0; i < L->n_refs; i++) {
        span r = { L->refs[i], strlen(L->refs[i]) };
        size_t l = table_find(&L->lists_index, hash_span(fnv_basis, r), list_eq, L, &r);
        if (l != NONE)
            L->lists[l].used = 1;
    }
    for (size_t i = 0; i < L->n_lists; i++)
        if (!L->lists[i].used)
            report(L, YK_WARNING, "form-unused-list", L->lists[i].line, 0,
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
            report(L, YK_WARNING, "form-previous-name", L->qs[i].line, L->col[S_PREVIOUS],
                   "leave previous_name empty when the name did not change",
                   "previous_name '%.*s%s' is the question's own name", QUOTEDZ(was));
            continue;
        }
        for (size_t j = 0; j < i; j++)
            if (L->qs[j].previous_name && strcmp(L->qs[j].previous_name, was) == 0) {
                report(L, YK_ERROR, "form-previous-name", L->qs[i].line, L->col[S_PREVIOUS],
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
            report(L, YK_WARNING, "form-previous-cycle", L->qs[i].line, L->col[S_PREVIOUS],
                   "rounds are lined up as written: check that the questions swapped names",
                   "previous_name '%.*s%s' leads back to this question through this form's "
                   "own names", QUOTEDZ(was));
    }
}

static void cross_checks(loader *L, const yk_form_files *files,
                         unsigned long scale_column)
{
    at_file(L, F_SURVEY, files);
    for (size_t i = 0; i < L->nq; i++)
        if (L->qx[i].list && !L->unusable[F_CHOICES])
            resolve_list(L, i);
    scale_sizes(L, scale_column);
    if (!L->unusable[F_SURVEY])
        previous_names(L);
    if (L->nq == 0 && !L->unusable[F_SURVEY])
        report(L, YK_ERROR, "form-empty", 1, 0,
               "add a row for each question: type, name and label",
               "the form has no questions");
    at_file(L, F_CHOICES, files);
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

static int widen_labels(loader *L)
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
    return fnv(h, s ? s : "", s ? strlen(s) + 1 : 1);
}

/* Everything that gives data its meaning: paths, types, lists, codes and
 * values.  %.17g round-trips a double; ',' is undone for locales that
 * write a decimal comma. */
static uint64_t fingerprint(const yk_form *f)
{
    uint64_t h = fnv_basis;
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
        h = fnv(h, "\x1e", 1);
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

static int question_eq(const void *ctx, size_t item, const void *key)
{
    const yk_form *f = ctx;
    const yk_question *q = &f->questions[item / 2];
    return strcmp(item % 2 ? q->path : q->name, key) == 0;
}

static int index_questions(yk_form *f)
{
    for (size_t i = 0; i < f->n_questions; i++) {
        const yk_question *q = &f->questions[i];
        if (!table_add(&f->by_name, fnv(fnv_basis, q->name, strlen(q->name)), 2 * i))
            return 0;
        if (q->path != q->name &&
            !table_add(&f->by_name, fnv(fnv_basis, q->path, strlen(q->path)), 2 * i + 1))
            return 0;
    }
    return 1;
}

static int freeze(loader *L)
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

/* ---- the API -------------------------------------------------------- */

static void loader_free(loader *L)
{
    free(L->diags);
    yk_arena_free(&L->diag_arena);
    free(L->labels);
    free(L->qs);
    free(L->qx);
    free(L->names);
    table_free(&L->names_index);
    free(L->groups);
    free(L->defs);
    free(L->refs);
    yk_buf_free(&L->path);
    free(L->langs);
    free(L->cs);
    free(L->cx);
    free(L->lists);
    table_free(&L->lists_index);
    table_free(&L->choices_index);
}

static yk_status read_files(loader *L, const yk_form_files *files,
                            unsigned long *scale_column)
{
    yk_status st = read_file(L, F_SURVEY, files->survey_name, files->survey);
    *scale_column = L->col[S_SCALE];
    L->survey_languages = L->n_langs;
    if (st == YK_OK && files->choices)
        st = read_file(L, F_CHOICES, files->choices_name, files->choices);
    if (st == YK_OK && files->settings)
        st = read_file(L, F_SETTINGS, files->settings_name, files->settings);
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
        at_file(&L, F_SURVEY, &named_files);
        unclosed_groups(&L);
        if (freeze_lists(&L) && widen_labels(&L)) {
            cross_checks(&L, &named_files, scale_column);
            freeze(&L);
        }
        st = L.failure;
    }
    deliver(&L);
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
    table_free(&form->by_name);
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
    size_t i = table_find(&form->by_name, fnv(fnv_basis, name, strlen(name)),
                          question_eq, form, name);
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
