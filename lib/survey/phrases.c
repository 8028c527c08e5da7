/* The phrases members use most: syllable n-grams of open answers
 * (yk_phrases.h). */
#include <stdlib.h>
#include <string.h>
#include "yk_dict.h"
#include "yk_grow.h"
#include "yk_index.h"
#include "yk_mask.h"
#include "yk_phrases.h"

/* A phrase's key longer than this is no word anyone reads (a run of
 * letters pasted without spaces); it is counted as dropped, so one
 * hostile answer cannot fill the strings. */
enum { PHRASE_KEY_MAX = 256 };

struct yk_stop {
    int loose;
    yk_dict *keys;
    yk_words ws;            /* scratch for splitting the words added */
};

yk_status yk_stop_new(int loose, yk_stop **out)
{
    yk_stop *s = calloc(1, sizeof *s);
    if (!s)
        return YK_ERR_NOMEM;
    s->loose = loose;
    yk_status st = yk_dict_new(&s->keys);
    if (st != YK_OK) {
        free(s);
        return st;
    }
    *out = s;
    return YK_OK;
}

void yk_stop_free(yk_stop *s)
{
    if (!s)
        return;
    yk_dict_free(s->keys);
    yk_words_free(&s->ws);
    free(s);
}

yk_status yk_stop_add(yk_stop *s, const char *word, size_t n)
{
    yk_status st = yk_words_split(word, n, s->loose, &s->ws);
    for (size_t i = 0; st == YK_OK && i < s->ws.n; i++)
        st = yk_dict_add(s->keys, yk_words_key(&s->ws, i), s->ws.w[i].key_len, 0, NULL, NULL);
    return st;
}

yk_status yk_stop_add_list(yk_stop *s, const char *text, size_t n)
{
    for (size_t i = 0; i < n;) {
        const char *nl = memchr(text + i, '\n', n - i);
        size_t end = nl ? (size_t)(nl - text) : n;
        const char *hash = memchr(text + i, '#', end - i);
        size_t stop = hash ? (size_t)(hash - text) : end;
        yk_status st = yk_stop_add(s, text + i, stop - i);
        if (st != YK_OK)
            return st;
        i = end + 1;
    }
    return YK_OK;
}

int yk_stop_has(const yk_stop *s, const yk_words *ws, size_t i)
{
    size_t v;
    return s && yk_dict_get(s->keys, yk_words_key(ws, i), ws->w[i].key_len, &v);
}

typedef struct {
    size_t key, text;       /* offsets in strs, NUL-terminated */
    uint32_t key_len;
    uint32_t words;
    int64_t answers;
    int64_t last;           /* the last answer that counted it */
} entry;

struct yk_phrases {
    size_t cap;
    const yk_stop *stop;
    yk_index index;         /* entries by the hash of their key */
    entry *e;
    size_t n, e_cap;
    yk_buf strs;            /* every key and spelling */
    int64_t answers, dropped;
    yk_index dropped_seen;  /* phrases dropped in this answer, by hash */
    yk_buf spelling, key;   /* scratch */
    unsigned char *starts;  /* per syllable of the answer being counted: a
                               phrase may start or end there (counted, not
                               a stop word), looked up once */
    size_t starts_cap;
};

yk_status yk_phrases_new(size_t cap, const yk_stop *stop, yk_phrases **out)
{
    yk_phrases *p = calloc(1, sizeof *p);
    if (!p)
        return YK_ERR_NOMEM;
    p->cap = cap ? cap : YK_PHRASES_CAP;
    p->stop = stop;
    *out = p;
    return YK_OK;
}

void yk_phrases_free(yk_phrases *p)
{
    if (!p)
        return;
    yk_index_free(&p->index);
    yk_index_free(&p->dropped_seen);
    free(p->e);
    yk_buf_free(&p->strs);
    yk_buf_free(&p->spelling);
    yk_buf_free(&p->key);
    free(p->starts);
    free(p);
}

int64_t yk_phrases_answers(const yk_phrases *p) { return p->answers; }
int64_t yk_phrases_dropped(const yk_phrases *p) { return p->dropped; }

/* A run of syllables of an answer, as the key it would have. */
typedef struct {
    const yk_words *ws;
    size_t i, k;
    size_t len;             /* its key's bytes: the keys and k-1 spaces */
} run;

static int same_run(const void *ctx, size_t item, const void *key)
{
    const yk_phrases *p = ctx;
    const entry *e = &p->e[item];
    const run *r = key;
    if (e->key_len != r->len)
        return 0;
    const char *k = p->strs.data + e->key;
    for (size_t j = r->i; j < r->i + r->k; j++) {
        size_t len = r->ws->w[j].key_len;
        if (memcmp(k, yk_words_key(r->ws, j), len) != 0)
            return 0;
        k += len;
        if (j + 1 < r->i + r->k && *k++ != ' ')
            return 0;
    }
    return 1;
}

typedef struct {
    const char *s;
    size_t n;
} bytes;

static int same_bytes(const void *ctx, size_t item, const void *key)
{
    const yk_phrases *p = ctx;
    const entry *e = &p->e[item];
    const bytes *b = key;
    return e->key_len == b->n && memcmp(p->strs.data + e->key, b->s, b->n) == 0;
}

static size_t find_bytes(const yk_phrases *p, const char *s, size_t n)
{
    bytes b = { s, n };
    return yk_index_find(&p->index, yk_hash(YK_HASH_BASIS, s, n), same_bytes, p, &b);
}

/* Whether a masked span lies between syllables j-1 and j: a phrase does
 * not run across personal data that was taken out. */
static int masked_gap(const char *text, const yk_words *ws, size_t j)
{
    const char *gap = text + ws->w[j - 1].end;
    size_t n = ws->w[j].start - ws->w[j - 1].end;
    size_t m = sizeof YK_MASK_TEXT - 1;
    for (const char *q = gap; n >= m && (q = memchr(q, '[', n - (size_t)(q - gap))); q++) {
        if ((size_t)(gap + n - q) >= m && memcmp(q, YK_MASK_TEXT, m) == 0)
            return 1;
    }
    return 0;
}

/* The spelling shown: each syllable's own bytes in lower case, joined by
 * single spaces, into p->spelling. */
static yk_status spell(yk_phrases *p, const char *text, const run *r)
{
    yk_buf_clear(&p->spelling);
    for (size_t j = r->i; j < r->i + r->k; j++) {
        yk_status st = j > r->i ? yk_buf_append(&p->spelling, " ", 1) : YK_OK;
        if (st == YK_OK)
            st = yk_words_lower(text, r->ws->w[j].start, r->ws->w[j].end, &p->spelling);
        if (st != YK_OK)
            return st;
    }
    return yk_buf_append(&p->spelling, "", 1);
}

static yk_status put_string(yk_buf *b, const char *s, size_t n, size_t *off)
{
    *off = b->len;
    yk_status st = yk_buf_append(b, s, n);
    return st == YK_OK ? yk_buf_append(b, "", 1) : st;
}

/* A new entry for key (len bytes) shown as text (NULL: as the key). */
static yk_status new_entry(yk_phrases *p, uint64_t h, const char *key, size_t len,
                           const char *text, size_t words, size_t *item)
{
    yk_status st = yk_grow(&p->e, &p->e_cap, p->n + 1, sizeof *p->e);
    if (st == YK_OK)
        st = yk_index_reserve(&p->index, p->n + 1);
    if (st != YK_OK)
        return st;
    size_t mark = p->strs.len;
    entry e = { 0, 0, (uint32_t)len, (uint32_t)words, 0, 0 };
    st = put_string(&p->strs, key, len, &e.key);
    e.text = e.key;
    if (st == YK_OK && text && (strlen(text) != len || memcmp(text, key, len) != 0))
        st = put_string(&p->strs, text, strlen(text), &e.text);
    if (st == YK_OK)
        st = yk_index_add(&p->index, h, p->n);
    if (st != YK_OK) {
        p->strs.len = mark;
        return st;
    }
    p->e[p->n] = e;
    *item = p->n++;
    return YK_OK;
}

/* The key of run r: its syllables' keys joined by single spaces. */
static yk_status run_key(yk_buf *b, const run *r)
{
    yk_buf_clear(b);
    for (size_t j = r->i; j < r->i + r->k; j++) {
        yk_status st = j > r->i ? yk_buf_append(b, " ", 1) : YK_OK;
        if (st == YK_OK)
            st = yk_buf_append(b, yk_words_key(r->ws, j), r->ws->w[j].key_len);
        if (st != YK_OK)
            return st;
    }
    return YK_OK;
}

/* A phrase that found no room counts once per answer in the dropped
 * count (by its hash: two phrases of one answer with one hash would be
 * one drop, which only understates a count that is already a warning). */
static yk_status drop(yk_phrases *p, uint64_t h)
{
    if (yk_index_find(&p->dropped_seen, h, NULL, NULL, NULL) != YK_INDEX_NONE)
        return YK_OK;
    yk_status st = yk_index_reserve(&p->dropped_seen, p->dropped_seen.count + 1);
    if (st == YK_OK)
        st = yk_index_add(&p->dropped_seen, h, p->dropped_seen.count);
    if (st == YK_OK)
        p->dropped++;
    return st;
}

static yk_status count_run(yk_phrases *p, const char *text, const run *r, uint64_t h)
{
    if (r->len > PHRASE_KEY_MAX)
        return drop(p, h);
    size_t item = yk_index_find(&p->index, h, same_run, p, r);
    if (item == YK_INDEX_NONE) {
        if (p->n >= p->cap)
            return drop(p, h);
        yk_status st = run_key(&p->key, r);
        if (st == YK_OK)
            st = spell(p, text, r);
        if (st == YK_OK)
            st = new_entry(p, h, p->key.data, p->key.len, p->spelling.data, r->k, &item);
        if (st != YK_OK)
            return st;
    }
    entry *e = &p->e[item];
    if (e->last != p->answers) {
        e->last = p->answers;
        e->answers++;
    }
    return YK_OK;
}

static int counted_syllable(const yk_words *ws, size_t j)
{
    return !(ws->w[j].flags & (YK_WORD_DIGITS | YK_WORD_MASKED));
}

static void forget_dropped(yk_phrases *p)
{
    if (p->dropped_seen.count) {
        memset(p->dropped_seen.slots, 0, p->dropped_seen.cap * sizeof *p->dropped_seen.slots);
        p->dropped_seen.count = 0;
    }
}

yk_status yk_phrases_add(yk_phrases *p, const char *text, const yk_words *ws)
{
    p->answers++;
    forget_dropped(p);
    yk_status st = yk_grow(&p->starts, &p->starts_cap, ws->n + 1, 1);
    if (st != YK_OK)
        return st;
    for (size_t i = 0; i < ws->n; i++)
        p->starts[i] = counted_syllable(ws, i) && !yk_stop_has(p->stop, ws, i);
    for (size_t i = 0; i < ws->n; i++) {
        if (!p->starts[i])
            continue;
        run r = { ws, i, 0, 0 };
        uint64_t h = YK_HASH_BASIS;
        for (size_t k = 1; k <= YK_PHRASES_MAX_N && i + k <= ws->n; k++) {
            size_t j = i + k - 1;
            if (!counted_syllable(ws, j) || (k > 1 && masked_gap(text, ws, j)))
                break;
            if (k > 1)
                h = yk_hash(h, " ", 1);
            h = yk_hash(h, yk_words_key(ws, j), ws->w[j].key_len);
            r.k = k;
            r.len += (k > 1) + ws->w[j].key_len;
            if (!p->starts[j])
                continue;       /* a stop word: no phrase ends on it */
            if ((st = count_run(p, text, &r, h)) != YK_OK)
                return st;
        }
    }
    return YK_OK;
}

yk_status yk_phrases_merge(yk_phrases *a, const yk_phrases *b)
{
    for (size_t i = 0; i < b->n; i++) {
        const entry *be = &b->e[i];
        const char *key = b->strs.data + be->key;
        size_t item = find_bytes(a, key, be->key_len);
        if (item == YK_INDEX_NONE) {
            if (a->n >= a->cap) {
                a->dropped += be->answers;
                continue;
            }
            yk_status st = new_entry(a, yk_hash(YK_HASH_BASIS, key, be->key_len), key,
                                     be->key_len, b->strs.data + be->text, be->words, &item);
            if (st != YK_OK)
                return st;
        }
        a->e[item].answers += be->answers;
    }
    a->answers += b->answers;
    a->dropped += b->dropped;
    return YK_OK;
}

/* Mark the shorter phrases inside entry i that were seldom said apart
 * from it: those whose answers have it at least YK_PHRASES_INSIDE percent
 * of the time ("cán" of 716 answers inside "cán bộ" of 710). */
static void mark_repeats(const yk_phrases *p, size_t i, unsigned char *repeat)
{
    const entry *e = &p->e[i];
    const char *key = p->strs.data + e->key;
    size_t starts[YK_PHRASES_MAX_N + 1], n = 0;
    starts[n++] = 0;
    for (size_t j = 0; j < e->key_len; j++)
        if (key[j] == ' ' && n < YK_PHRASES_MAX_N)
            starts[n++] = j + 1;
    starts[n] = e->key_len + 1;     /* where a syllable after the last would start */
    for (size_t from = 0; from < n; from++)
        for (size_t to = from + 1; to <= n; to++) {
            if (from == 0 && to == n)
                continue;           /* the phrase itself */
            size_t off = starts[from], len = starts[to] - 1 - off;
            size_t sub = find_bytes(p, key + off, len);
            if (sub != YK_INDEX_NONE && 100 * e->answers >= YK_PHRASES_INSIDE * p->e[sub].answers)
                repeat[sub] = 1;
        }
}

static int by_rank(const void *x, const void *y)
{
    const yk_phrase *a = x, *b = y;
    if (a->answers != b->answers)
        return a->answers > b->answers ? -1 : 1;
    if (a->words != b->words)
        return a->words > b->words ? -1 : 1;
    return strcmp(a->text, b->text);
}

yk_status yk_phrases_top(const yk_phrases *p, int64_t min, size_t max, yk_phrase **out,
                         size_t *n)
{
    *out = NULL;
    *n = 0;
    unsigned char *repeat = calloc(p->n ? p->n : 1, 1);
    if (!repeat)
        return YK_ERR_NOMEM;
    size_t kept = 0;
    for (size_t i = 0; i < p->n; i++)
        /* A longer phrase under min hides a shorter one too: "lập" of 11
         * answers inside "lập đi" of 9 is still a syllable of a word. */
        if (p->e[i].words > 1 && 100 * p->e[i].answers >= YK_PHRASES_INSIDE * min)
            mark_repeats(p, i, repeat);
    for (size_t i = 0; i < p->n; i++)
        kept += p->e[i].answers >= min && !repeat[i];
    yk_phrase *list = malloc((kept ? kept : 1) * sizeof *list);
    if (!list) {
        free(repeat);
        return YK_ERR_NOMEM;
    }
    size_t k = 0;
    for (size_t i = 0; i < p->n; i++)
        if (p->e[i].answers >= min && !repeat[i])
            list[k++] = (yk_phrase){ p->strs.data + p->e[i].text, p->e[i].words,
                                     p->e[i].answers };
    free(repeat);
    qsort(list, kept, sizeof *list, by_rank);
    *out = list;
    *n = kept < max ? kept : max;
    return YK_OK;
}
