/* ykien — a codebook's themes (yk_themes.h): loading the CSV an office
 * writes, and finding which themes an answer's syllables belong to. */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "yk_arena.h"
#include "yk_grow.h"
#include "yk_index.h"
#include "yk_reader.h"
#include "yk_text.h"
#include "yk_themes.h"

typedef struct {
    const char *code, *label, *label_en;    /* label_en NULL: none */
    unsigned long line;
} theme;

/* A syllable's key, in the arena, and its hash (yk_word.hash): most
 * syllables that are not the phrase's differ there already. */
typedef struct {
    const char *s;
    size_t len;
    uint64_t hash;
} key;

/* A phrase: syllables keys[key .. key + k).  Phrases with the same first
 * syllable are chained through next, so an answer's syllable finds all
 * the phrases that may start there with one lookup. */
typedef struct {
    size_t theme, k, key, next;
    unsigned long line;
    const char *text;           /* as written, for messages */
} phrase;

/* A first syllable: key keys[key], its chain of phrases from head. */
typedef struct {
    size_t key, head;
} start;

struct yk_themes {
    yk_arena arena;
    theme *themes;
    size_t n, cap;
    phrase *phrases;
    size_t n_phrases, cap_phrases;
    key *keys;
    size_t n_keys, cap_keys;
    start *starts;
    size_t n_starts, cap_starts;
    yk_index by_start;          /* a first syllable's key hash -> starts */
    yk_index by_phrase;         /* a whole phrase's hash -> phrases */
    int loose;
};

enum { NO_COLUMN = 0 };         /* columns are numbered from 1 */

/* The load's state: the codebook being built and where its text is. */
typedef struct {
    yk_themes *t;
    const char *source;
    yk_diag_fn diag;
    void *diag_ctx;
    unsigned long errors;
    yk_status failure;          /* NOMEM or LIMIT: stop */
    size_t col_theme, col_label, col_phrases, col_english;
    int header_bad;
    yk_words ws;
} loader;

/* ---- diagnostics -------------------------------------------------------- */

static void emit(loader *L, yk_severity sev, const char *kind, unsigned long line,
                 unsigned long column, const char *hint, const char *fmt, ...)
    __attribute__((format(printf, 7, 8)));
static void emit(loader *L, yk_severity sev, const char *kind, unsigned long line,
                 unsigned long column, const char *hint, const char *fmt, ...)
{
    va_list ap;
    L->errors += sev == YK_ERROR;
    va_start(ap, fmt);
    yk_diag_vsend(L->diag, L->diag_ctx, sev, kind, L->source, line, column, hint, fmt, ap);
    va_end(ap);
}

/* The reader's own problems: an error there (a ragged row, bad bytes) may
 * have cost a theme, so it fails the load too. */
static void on_reader_diag(void *ctx, const yk_diag *d)
{
    loader *L = ctx;
    L->errors += d->severity == YK_ERROR;
    if (L->diag)
        L->diag(L->diag_ctx, d);
}

static void nomem(loader *L)
{
    L->failure = YK_ERR_NOMEM;
}

/* ---- the codebook as a text ------------------------------------------- */

typedef struct {
    const char *s;
    size_t n;
} span;

static int is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

static span trim(const char *s, size_t n)
{
    while (n && is_space(*s))
        s++, n--;
    while (n && is_space(s[n - 1]))
        n--;
    return (span){ s, n };
}

static span field(const yk_row *row, size_t column)
{
    if (column == NO_COLUMN || column > row->n)
        return (span){ "", 0 };
    return trim(row->fields[column - 1].s, row->fields[column - 1].len);
}

static int span_is(span s, const char *word)
{
    return strlen(word) == s.n && strncasecmp(s.s, word, s.n) == 0;
}

/* label::English, label::english, label::en, label::English (en). */
static int is_english_label(span h)
{
    if (h.n < 8 || strncasecmp(h.s, "label::", 7) != 0)
        return 0;
    span lang = trim(h.s + 7, h.n - 7);
    return (lang.n >= 7 && strncasecmp(lang.s, "english", 7) == 0) || span_is(lang, "en");
}

/* ---- the header row ------------------------------------------------------ */

static void take_column(loader *L, const yk_row *row, size_t i, size_t *col)
{
    if (*col == NO_COLUMN) {
        *col = i + 1;
        return;
    }
    char name[128];
    yk_text_quote(name, sizeof name, row->fields[i].s, row->fields[i].len);
    emit(L, YK_WARNING, "themes-duplicate-column", row->line, i + 1, NULL,
         "a second column '%s': column %zu is read", name, *col);
}

static void read_header(loader *L, const yk_row *row)
{
    for (size_t i = 0; i < row->n; i++) {
        span h = trim(row->fields[i].s, row->fields[i].len);
        size_t *col = span_is(h, "theme") ? &L->col_theme
                    : span_is(h, "label") ? &L->col_label
                    : span_is(h, "phrases") ? &L->col_phrases
                    : is_english_label(h) ? &L->col_english : NULL;
        if (col) {
            take_column(L, row, i, col);
            continue;
        }
        char name[128];
        yk_text_quote(name, sizeof name, h.s, h.n);
        emit(L, YK_WARNING, "themes-unknown-column", row->line, i + 1,
             "a codebook's columns are theme, label, phrases and label::English",
             "the column '%s' is not read", name);
    }
    static const char *const names[] = { "theme", "label", "phrases" };
    size_t cols[] = { L->col_theme, L->col_label, L->col_phrases };
    for (int k = 0; k < 3; k++)
        if (cols[k] == NO_COLUMN) {
            emit(L, YK_ERROR, "themes-missing-column", row->line, 0,
                 "the first row names the columns: theme,label,phrases",
                 "there is no '%s' column", names[k]);
            L->header_bad = 1;
        }
}

/* ---- a theme's row ------------------------------------------------------ */

static int is_code(span s)
{
    for (size_t i = 0; i < s.n; i++) {
        char c = s.s[i];
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
              c == '_'))
            return 0;
    }
    return s.n > 0;
}

static size_t theme_named(const yk_themes *t, span code)
{
    for (size_t i = 0; i < t->n; i++)
        if (strlen(t->themes[i].code) == code.n && memcmp(t->themes[i].code, code.s, code.n) == 0)
            return i;
    return SIZE_MAX;
}

/* Report what is wrong with the code of the theme on this row; 1 when it
 * is fit to be one. */
static int check_code(loader *L, const yk_row *row, span code)
{
    char shown[128];
    yk_text_quote(shown, sizeof shown, code.s, code.n);
    if (!code.n) {
        emit(L, YK_ERROR, "themes-bad-code", row->line, L->col_theme,
             "give every theme a short code such as sinh_hoat", "a theme without a code");
        return 0;
    }
    if (!is_code(code) || span_is(code, "_uncoded")) {
        emit(L, YK_ERROR, "themes-bad-code", row->line, L->col_theme,
             "a code is letters without marks, digits and '_', such as sinh_hoat",
             "'%s' is not a theme code", shown);
        return 0;
    }
    size_t other = theme_named(L->t, code);
    if (other != SIZE_MAX) {
        emit(L, YK_ERROR, "themes-duplicate-theme", row->line, L->col_theme,
             "put all of a theme's phrases on one row, separated by '|'",
             "the theme '%s' is repeated (first on line %lu)", shown,
             L->t->themes[other].line);
        return 0;
    }
    return 1;
}

static const char *keep(loader *L, span s)
{
    char *p = yk_arena_strndup(&L->t->arena, s.s, s.n);
    if (!p)
        nomem(L);
    return p;
}

static int add_theme(loader *L, const yk_row *row, span code)
{
    yk_themes *t = L->t;
    span label = field(row, L->col_label), english = field(row, L->col_english);
    if (!label.n) {
        char shown[128];
        yk_text_quote(shown, sizeof shown, code.s, code.n);
        emit(L, YK_WARNING, "themes-no-label", row->line, L->col_label,
             "write what tables and charts should call it", "the theme '%s' has no label: "
             "its code is shown", shown);
        label = code;
    }
    if (yk_grow(&t->themes, &t->cap, t->n + 1, sizeof *t->themes) != YK_OK) {
        nomem(L);
        return 0;
    }
    theme *th = &t->themes[t->n];
    *th = (theme){ keep(L, code), keep(L, label), english.n ? keep(L, english) : NULL,
                   row->line };
    if (!th->code || !th->label || (english.n && !th->label_en))
        return 0;
    t->n++;
    return 1;
}

/* ---- phrases -------------------------------------------------------------- */

/* The key an index lookup compares: syllable `at` of ws (for a phrase,
 * all of ws). */
typedef struct {
    const yk_words *ws;
    size_t at;
} syllables;

/* Whether stored key k is syllable `at` of ws. */
static int same_key(const key *k, const yk_words *ws, size_t at)
{
    return k->hash == ws->w[at].hash && k->len == ws->w[at].key_len &&
           memcmp(k->s, yk_words_key(ws, at), k->len) == 0;
}

static int start_is(const void *ctx, size_t item, const void *k)
{
    const syllables *s = k;
    const yk_themes *t = ctx;
    return same_key(&t->keys[t->starts[item].key], s->ws, s->at);
}

/* Whether phrase p is ws's syllables from `at` on, none of them masked,
 * when syllable `at` is known to be the phrase's first from j0 == 1 on. */
static int phrase_from(const yk_themes *t, const phrase *p, const yk_words *ws, size_t at,
                       size_t j0)
{
    if (p->k > ws->n - at)
        return 0;
    for (size_t j = j0; j < p->k; j++)
        if ((ws->w[at + j].flags & YK_WORD_MASKED) || !same_key(&t->keys[p->key + j], ws, at + j))
            return 0;
    return 1;
}

static int phrase_is(const void *ctx, size_t item, const void *k)
{
    const syllables *s = k;
    const yk_themes *t = ctx;
    const phrase *p = &t->phrases[item];
    return p->k == s->ws->n && phrase_from(t, p, s->ws, 0, 0);
}

/* The phrase already listed with the same syllables as L->ws, or
 * SIZE_MAX. */
static size_t listed(loader *L)
{
    const syllables s = { &L->ws, 0 };
    return yk_index_find(&L->t->by_phrase, yk_words_hash(&L->ws, 0, L->ws.n), phrase_is,
                         L->t, &s);
}

/* The start entry of L->ws's first syllable, added when new. */
static size_t start_of(loader *L, size_t first_key)
{
    yk_themes *t = L->t;
    const syllables s = { &L->ws, 0 };
    uint64_t h = L->ws.w[0].hash;
    size_t i = yk_index_find(&t->by_start, h, start_is, t, &s);
    if (i != YK_INDEX_NONE)
        return i;
    if (yk_grow(&t->starts, &t->cap_starts, t->n_starts + 1, sizeof *t->starts) != YK_OK ||
        yk_index_add(&t->by_start, h, t->n_starts) != YK_OK) {
        nomem(L);
        return SIZE_MAX;
    }
    t->starts[t->n_starts] = (start){ first_key, SIZE_MAX };
    return t->n_starts++;
}

/* Add the phrase whose syllables are L->ws to theme th. */
static void add_phrase(loader *L, size_t th, span text, unsigned long line)
{
    yk_themes *t = L->t;
    size_t first = t->n_keys;
    if (yk_grow(&t->keys, &t->cap_keys, t->n_keys + L->ws.n, sizeof *t->keys) != YK_OK ||
        yk_grow(&t->phrases, &t->cap_phrases, t->n_phrases + 1, sizeof *t->phrases) != YK_OK)
        return nomem(L);
    for (size_t j = 0; j < L->ws.n; j++) {
        const char *k = yk_arena_strndup(&t->arena, yk_words_key(&L->ws, j), L->ws.w[j].key_len);
        if (!k)
            return nomem(L);
        t->keys[t->n_keys++] = (key){ k, L->ws.w[j].key_len, L->ws.w[j].hash };
    }
    const char *shown = keep(L, text);
    size_t s = shown ? start_of(L, first) : SIZE_MAX;
    if (s == SIZE_MAX)
        return;
    if (yk_index_add(&t->by_phrase, yk_words_hash(&L->ws, 0, L->ws.n), t->n_phrases) != YK_OK)
        return nomem(L);
    t->phrases[t->n_phrases] = (phrase){ th, L->ws.n, first, t->starts[s].head, line, shown };
    t->starts[s].head = t->n_phrases++;
}

/* One piece between '|': checked, then added unless it repeats one of
 * the same theme. */
static void read_phrase(loader *L, const yk_row *row, size_t th, span piece)
{
    char shown[128];
    yk_text_quote(shown, sizeof shown, piece.s, piece.n);
    const char *code = L->t->themes[th].code;
    if (yk_words_split(piece.s, piece.n, L->t->loose, &L->ws) != YK_OK)
        return nomem(L);
    if (L->ws.n == 0) {
        emit(L, YK_ERROR, "themes-empty-phrase", row->line, L->col_phrases,
             "a phrase is words, such as 'sinh hoạt'; separate phrases with '|'",
             "the phrase '%s' of theme '%s' has no syllables", shown, code);
        return;
    }
    if (L->ws.n > YK_THEMES_MAX_WORDS) {
        emit(L, YK_ERROR, "themes-long-phrase", row->line, L->col_phrases,
             "a phrase is a few words; an answer rarely repeats a whole sentence",
             "the phrase '%s' of theme '%s' has more than %d syllables", shown, code,
             YK_THEMES_MAX_WORDS);
        return;
    }
    size_t other = listed(L);
    if (other != YK_INDEX_NONE) {
        const phrase *p = &L->t->phrases[other];
        if (p->theme == th) {
            emit(L, YK_WARNING, "themes-repeated-phrase", row->line, L->col_phrases, NULL,
                 "the phrase '%s' is listed twice under theme '%s'", shown, code);
            return;
        }
        emit(L, YK_WARNING, "themes-shared-phrase", row->line, L->col_phrases,
             "keep it under one theme unless it truly means both",
             "the phrase '%s' is under theme '%s' (line %lu) and theme '%s': an answer "
             "saying it counts in both", shown, L->t->themes[p->theme].code, p->line, code);
    }
    add_phrase(L, th, piece, row->line);
}

static void read_phrases(loader *L, const yk_row *row, size_t th)
{
    span all = field(row, L->col_phrases);
    size_t pieces = 0;
    for (size_t i = 0; i <= all.n && L->failure == YK_OK;) {
        size_t end = i;
        while (end < all.n && all.s[end] != '|')
            end++;
        span piece = trim(all.s + i, end - i);
        if (piece.n) {      /* "a|b|" or "a||b": nothing between the bars */
            pieces++;
            read_phrase(L, row, th, piece);
        }
        i = end + 1;
    }
    if (!pieces && L->failure == YK_OK)
        emit(L, YK_ERROR, "themes-no-phrases", row->line, L->col_phrases,
             "list the ways members say it, separated by '|'",
             "the theme '%s' has no phrases", L->t->themes[th].code);
}

static int row_is_blank(const yk_row *row)
{
    for (size_t i = 0; i < row->n; i++)
        if (trim(row->fields[i].s, row->fields[i].len).n)
            return 0;
    return 1;
}

static void read_theme(loader *L, const yk_row *row)
{
    span code = field(row, L->col_theme);
    if (L->t->n == YK_THEMES_MAX) {
        emit(L, YK_ERROR, "themes-too-many", row->line, 0, NULL,
             "more than %d themes: the rest of the codebook is not read", YK_THEMES_MAX);
        L->failure = YK_ERR_LIMIT;
        return;
    }
    /* A row with a bad code is still read, so that its phrases' problems
     * are reported in the same run. */
    int good = check_code(L, row, code);
    if (!good)
        code = (span){ "?", 1 };
    if (add_theme(L, row, code))
        read_phrases(L, row, L->t->n - 1);
}

static int on_row(void *ctx, const yk_row *row)
{
    loader *L = ctx;
    if (row->number == 1)
        read_header(L, row);
    else if (!L->header_bad && !row_is_blank(row))
        read_theme(L, row);
    return L->failure != YK_OK;
}

/* ---- reading the file ------------------------------------------------- */

/* An input that refuses to give more than max bytes: a codebook is a
 * page of text, and a file far larger is not one. */
typedef struct {
    yk_input *in;
    size_t max, pos;
} bounded;

static yk_status bounded_read(void *ctx, char *buf, size_t cap, size_t *got)
{
    bounded *b = ctx;
    yk_status st = b->in->read(b->in->ctx, buf, cap, got);
    if (st == YK_OK && (b->pos += *got) > b->max)
        return YK_ERR_LIMIT;
    return st;
}

static yk_status bounded_rewind(void *ctx)
{
    bounded *b = ctx;
    b->pos = 0;
    return b->in->rewind ? b->in->rewind(b->in->ctx) : YK_OK;
}

static yk_status read_file(loader *L, yk_input *in)
{
    bounded b = { in, YK_THEMES_MAX_BYTES, 0 };
    yk_input limited = { bounded_read, bounded_rewind, &b };
    yk_reader *r = NULL;
    yk_format fmt;
    yk_status st = yk_reader_new(NULL, on_reader_diag, L, &r);
    if (st == YK_OK)
        st = yk_reader_sniff(r, L->source, &limited, &fmt);
    if (st == YK_OK)
        st = yk_reader_read(r, L->source, &limited, &fmt, on_row, L);
    yk_reader_free(r);
    if (L->failure != YK_OK)
        return L->failure;
    if (st == YK_ERR_LIMIT && b.pos > b.max) {
        emit(L, YK_ERROR, "themes-too-large", 0, 0, NULL, "a codebook is at most %d MiB",
             YK_THEMES_MAX_BYTES >> 20);
        return YK_ERR_LIMIT;
    }
    if (st == YK_ERR_PARSE || st == YK_ERR_LIMIT) {
        L->errors++;        /* the reader has said why */
        return YK_OK;
    }
    return st == YK_ERR_STOPPED ? YK_OK : st;
}

yk_status yk_themes_load(const char *source, yk_input *in, int loose, yk_diag_fn diag,
                         void *diag_ctx, yk_themes **out)
{
    *out = NULL;
    loader L = { calloc(1, sizeof *L.t), source, diag, diag_ctx, 0, YK_OK,
                 NO_COLUMN, NO_COLUMN, NO_COLUMN, NO_COLUMN, 0, { 0 } };
    if (!L.t)
        return YK_ERR_NOMEM;
    L.t->loose = loose;
    yk_status st = read_file(&L, in);
    if (st == YK_OK && !L.header_bad && L.t->n == 0 && !L.errors)
        emit(&L, YK_ERROR, "themes-empty", 0, 0, "add a row per theme: theme,label,phrases",
             "the codebook has no themes");
    if (st == YK_OK && L.errors)
        st = YK_ERR_PARSE;
    yk_words_free(&L.ws);
    if (st != YK_OK) {
        yk_themes_free(L.t);
        return st;
    }
    *out = L.t;
    return YK_OK;
}

void yk_themes_free(yk_themes *t)
{
    if (!t)
        return;
    yk_arena_free(&t->arena);
    free(t->themes);
    free(t->phrases);
    free(t->keys);
    free(t->starts);
    yk_index_free(&t->by_start);
    yk_index_free(&t->by_phrase);
    free(t);
}

/* ---- reading a codebook -------------------------------------------------- */

size_t yk_themes_n(const yk_themes *t) { return t->n; }
const char *yk_themes_code(const yk_themes *t, size_t i) { return t->themes[i].code; }
int yk_themes_loose(const yk_themes *t) { return t->loose; }

const char *yk_themes_label(const yk_themes *t, size_t i, int english)
{
    return english && t->themes[i].label_en ? t->themes[i].label_en : t->themes[i].label;
}

size_t yk_themes_match(const yk_themes *t, const yk_words *ws, unsigned char *hit)
{
    memset(hit, 0, t->n);
    size_t found = 0;
    for (size_t i = 0; i < ws->n && found < t->n; i++) {
        if (ws->w[i].flags & YK_WORD_MASKED)
            continue;
        const syllables s = { ws, i };
        size_t at = yk_index_find(&t->by_start, ws->w[i].hash, start_is, t, &s);
        if (at == YK_INDEX_NONE)
            continue;
        for (size_t p = t->starts[at].head; p != SIZE_MAX; p = t->phrases[p].next) {
            const phrase *ph = &t->phrases[p];
            if (!hit[ph->theme] && phrase_from(t, ph, ws, i, 1)) {   /* the start matched */
                hit[ph->theme] = 1;
                found++;
            }
        }
    }
    return found;
}
