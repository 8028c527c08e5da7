/* ykien — the open answers' tally (yk_comments.h): counts per round and
 * group, phrases per round, and the few masked answers kept as quotes or
 * as the uncoded list. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "yk_arena.h"
#include "yk_comments.h"
#include "yk_grow.h"
#include "yk_index.h"
#include "yk_text.h"
#include "yk_textkey.h"

/* How a kept answer ranks among the others: id names the answer (a hash
 * of its whole masked text), key is log(u)/w, which orders answers as
 * u^(1/w) does.  Higher keys first, then lower ids, so ties never depend
 * on the order answers came in. */
typedef struct {
    uint64_t id;
    double key;
} rank;

/* At most opts.quotes answers, best first; the texts are owned. */
typedef struct {
    yk_comment_quote *q;
    rank *rk;
    size_t n, cap;              /* cap: room in q and rk */
} quote_set;

typedef struct {
    const char *s;
    size_t len;
} text_key;

/* A question's distinct uncoded answers: texts and keys in the arena,
 * found by their key's hash. */
typedef struct {
    yk_comment_quote *q;
    text_key *key;
    size_t n, cap;
    yk_index ix;
    int64_t dropped;
    yk_arena arena;
} uncoded_set;

struct yk_comments {
    const yk_form *form;
    yk_comments_opts o;         /* o.questions is not kept */
    size_t group_q, ngroups;    /* group_q SIZE_MAX: one group */
    size_t *qs, nq;             /* the questions counted: form indexes */
    size_t nth;                 /* themes of the codebook (0: none) */
    size_t stride;              /* counts per group: responses, then per
                                   question answered, each theme, uncoded */
    char **rounds;
    size_t n_rounds, last_round;
    int64_t **counts;           /* per round: ngroups * stride */
    yk_phrases ***phrases;      /* per round: one table per question */
    quote_set *quotes;          /* per question: nth + 1 sets */
    uncoded_set *uncoded;       /* per question */
    int64_t masked;
    /* Working space reused answer after answer. */
    yk_words ws;
    yk_buf text, key, scratch;
    unsigned char *hit;
};

/* ---- laying out --------------------------------------------------------- */

static size_t question_width(const yk_comments *c)
{
    return c->nth + 2;          /* answered, each theme, uncoded */
}

static int64_t *cell(const yk_comments *c, size_t r, size_t g)
{
    return c->counts[r] + g * c->stride;
}

static int64_t *question_counts(const yk_comments *c, size_t r, size_t g, size_t i)
{
    return cell(c, r, g) + 1 + i * question_width(c);
}

static int is_counted_type(const yk_question *q)
{
    return q->type == YK_Q_TEXT;
}

static int is_id(const yk_comments *c, const yk_question *q)
{
    return c->o.id && (strcmp(q->name, c->o.id) == 0 || strcmp(q->path, c->o.id) == 0);
}

/* Mark in `chosen` the text questions list names (comma-separated). */
static yk_status choose_named(const yk_comments *c, const char *list, unsigned char *chosen)
{
    for (const char *p = list; *p;) {
        const char *end = strchr(p, ',');
        size_t n = end ? (size_t)(end - p) : strlen(p);
        while (n && (*p == ' ' || *p == '\t'))
            p++, n--;
        while (n && (p[n - 1] == ' ' || p[n - 1] == '\t'))
            n--;
        char name[512];
        if (n >= sizeof name)
            return YK_ERR_ARGUMENT;
        memcpy(name, p, n);
        name[n] = '\0';
        const yk_question *q = n ? yk_form_find(c->form, name) : NULL;
        if (n && (!q || !is_counted_type(q)))
            return YK_ERR_ARGUMENT;
        for (size_t i = 0; q && i < yk_form_n_questions(c->form); i++)
            if (yk_form_question(c->form, i) == q)
                chosen[i] = 1;
        p = end ? end + 1 : p + n;
    }
    return YK_OK;
}

static yk_status choose_questions(yk_comments *c, const char *list)
{
    size_t nq = yk_form_n_questions(c->form);
    unsigned char *chosen = calloc(nq + 1, 1);
    c->qs = malloc((nq + 1) * sizeof *c->qs);
    if (!chosen || !c->qs) {
        free(chosen);
        return YK_ERR_NOMEM;
    }
    yk_status st = list ? choose_named(c, list, chosen) : YK_OK;
    for (size_t i = 0; st == YK_OK && i < nq; i++) {
        const yk_question *q = yk_form_question(c->form, i);
        /* The respondent id is a text question, but never an opinion. */
        if ((list ? chosen[i] : is_counted_type(q)) && !is_id(c, q))
            c->qs[c->nq++] = i;
    }
    free(chosen);
    return st;
}

static yk_status find_group(yk_comments *c, const char *group)
{
    c->group_q = SIZE_MAX;
    c->ngroups = 1;
    if (!group)
        return YK_OK;
    for (size_t q = 0; q < yk_form_n_questions(c->form); q++)
        if (strcmp(yk_form_question(c->form, q)->name, group) == 0)
            c->group_q = q;
    if (c->group_q == SIZE_MAX ||
        yk_form_question(c->form, c->group_q)->type != YK_Q_SELECT_ONE)
        return YK_ERR_ARGUMENT;
    c->ngroups = yk_form_question(c->form, c->group_q)->list->n + 1;    /* + no answer */
    return YK_OK;
}

yk_status yk_comments_new(const yk_form *form, const char *group, const yk_comments_opts *o,
                          yk_comments **out)
{
    static const yk_comments_opts defaults = { 0 };
    *out = NULL;
    if (!form)
        return YK_ERR_ARGUMENT;
    o = o ? o : &defaults;
    if (o->themes && yk_themes_loose(o->themes) != o->loose)
        return YK_ERR_ARGUMENT;
    yk_comments *c = calloc(1, sizeof *c);
    if (!c)
        return YK_ERR_NOMEM;
    c->form = form;
    c->o = *o;
    c->o.questions = NULL;
    c->nth = o->themes ? yk_themes_n(o->themes) : 0;
    yk_status st = find_group(c, group);
    if (st == YK_OK)
        st = choose_questions(c, o->questions);
    c->stride = 1 + c->nq * question_width(c);
    if (st == YK_OK) {
        c->quotes = calloc(c->nq * (c->nth + 1) + 1, sizeof *c->quotes);
        c->uncoded = calloc(c->nq + 1, sizeof *c->uncoded);
        c->hit = calloc(c->nth + 1, 1);
        st = c->quotes && c->uncoded && c->hit ? YK_OK : YK_ERR_NOMEM;
    }
    if (st != YK_OK) {
        yk_comments_free(c);
        return st;
    }
    *out = c;
    return YK_OK;
}

static void free_quotes(quote_set *s)
{
    for (size_t i = 0; i < s->n; i++)
        free((char *)s->q[i].text);
    free(s->q);
    free(s->rk);
}

static void free_uncoded(uncoded_set *u)
{
    free(u->q);
    free(u->key);
    yk_index_free(&u->ix);
    yk_arena_free(&u->arena);
}

static void free_round(yk_comments *c, size_t r)
{
    for (size_t i = 0; c->phrases[r] && i < c->nq; i++)
        yk_phrases_free(c->phrases[r][i]);
    free(c->phrases[r]);
    free(c->counts[r]);
    free(c->rounds[r]);
}

void yk_comments_free(yk_comments *c)
{
    if (!c)
        return;
    for (size_t r = 0; r < c->n_rounds; r++)
        free_round(c, r);
    free(c->rounds);
    free(c->counts);
    free(c->phrases);
    for (size_t i = 0; c->quotes && i < c->nq * (c->nth + 1); i++)
        free_quotes(&c->quotes[i]);
    free(c->quotes);
    for (size_t i = 0; c->uncoded && i < c->nq; i++)
        free_uncoded(&c->uncoded[i]);
    free(c->uncoded);
    free(c->qs);
    free(c->hit);
    yk_words_free(&c->ws);
    yk_buf_free(&c->text);
    yk_buf_free(&c->key);
    yk_buf_free(&c->scratch);
    free(c);
}

/* ---- rounds -------------------------------------------------------------- */

/* Round `name`'s place, added with empty counts and phrase tables when
 * new: rounds in the order first seen, as yk_tally keeps them. */
static yk_status round_index(yk_comments *c, const char *name, size_t *r)
{
    if (c->n_rounds && strcmp(c->rounds[c->last_round], name) == 0) {
        *r = c->last_round;
        return YK_OK;
    }
    for (*r = 0; *r < c->n_rounds; ++*r)
        if (strcmp(c->rounds[*r], name) == 0) {
            c->last_round = *r;
            return YK_OK;
        }
    size_t n = c->n_rounds;
    char **rounds = realloc(c->rounds, (n + 1) * sizeof *rounds);
    if (rounds)
        c->rounds = rounds;
    int64_t **counts = rounds ? realloc(c->counts, (n + 1) * sizeof *counts) : NULL;
    if (counts)
        c->counts = counts;
    yk_phrases ***phrases = counts ? realloc(c->phrases, (n + 1) * sizeof *phrases) : NULL;
    if (!phrases)
        return YK_ERR_NOMEM;
    c->phrases = phrases;
    rounds[n] = strdup(name);
    counts[n] = calloc(c->ngroups * c->stride, sizeof **counts);
    phrases[n] = calloc(c->nq + 1, sizeof **phrases);
    yk_status st = rounds[n] && counts[n] && phrases[n] ? YK_OK : YK_ERR_NOMEM;
    for (size_t i = 0; st == YK_OK && i < c->nq; i++)
        st = yk_phrases_new(c->o.phrases_cap, c->o.stop, &phrases[n][i]);
    if (st != YK_OK) {
        free_round(c, n);
        return st;
    }
    c->n_rounds++;
    *r = c->last_round = n;
    return YK_OK;
}

/* ---- quotes ---------------------------------------------------------------- */

/* A 64-bit mix (splitmix64's finaliser): FNV's bits are not uniform
 * enough to draw u from. */
static uint64_t mix(uint64_t x)
{
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ull;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebull;
    return x ^ (x >> 31);
}

/* The rank of masked answer s (n bytes) under seed: the same answer has
 * the same rank in every pass, thread and merge. */
static rank rank_of(uint64_t seed, const char *s, size_t n)
{
    uint64_t id = mix(yk_hash(YK_HASH_BASIS, s, n));
    uint64_t draw = mix(id ^ mix(seed + 0x9e3779b97f4a7c15ull));
    double u = ((double)(draw >> 11) + 0.5) / 9007199254740992.0;     /* in (0, 1) */
    double w = (double)yk_utf8_chars(s, n);
    return (rank){ id, log(u) / (w > 0 ? w : 1) };
}

static int better(const rank *a, const rank *b)
{
    return a->key > b->key || (a->key == b->key && a->id < b->id);
}

/* A copy of s (n bytes) of at most YK_COMMENTS_QUOTE_MAX_BYTES, cut on a
 * character and ended with "…" when longer; NULL when out of memory. */
static char *quote_copy(const char *s, size_t n)
{
    static const char more[] = "\u2026";
    size_t keep = n <= YK_COMMENTS_QUOTE_MAX_BYTES ? n
                : yk_text_clip(s, n, YK_COMMENTS_QUOTE_MAX_BYTES - (sizeof more - 1));
    int cut = keep < n;
    char *out = malloc(keep + (cut ? sizeof more : 1));
    if (!out)
        return NULL;
    memcpy(out, s, keep);
    if (cut)
        memcpy(out + keep, more, sizeof more);
    else
        out[keep] = '\0';
    return out;
}

/* Offer an answer (text s, n bytes, its rank rk) to set qs, which keeps
 * the best cap distinct answers: answers more of it when kept already. */
static yk_status offer(quote_set *qs, size_t cap, const rank *rk, const char *s, size_t n,
                       size_t round, size_t group, int64_t answers)
{
    if (qs->n == cap && better(&qs->rk[cap - 1], rk))
        return YK_OK;       /* the common case once the set is full: no work */
    size_t i = 0;
    while (i < qs->n && better(&qs->rk[i], rk))
        i++;
    if (i < qs->n && qs->rk[i].id == rk->id) {
        qs->q[i].answers += answers;
        return YK_OK;
    }
    if (qs->n < cap && qs->n == qs->cap) {     /* grown as answers come: --quotes may be large */
        size_t room = yk_grow_capacity(qs->cap, qs->n + 1, 4, cap, sizeof *qs->q);
        if (!room || yk_resize(&qs->q, room, sizeof *qs->q) != YK_OK ||
            yk_resize(&qs->rk, room, sizeof *qs->rk) != YK_OK)
            return YK_ERR_NOMEM;
        qs->cap = room;
    }
    char *text = quote_copy(s, n);
    if (!text)
        return YK_ERR_NOMEM;
    if (qs->n == cap)
        free((char *)qs->q[--qs->n].text);
    memmove(qs->q + i + 1, qs->q + i, (qs->n - i) * sizeof *qs->q);
    memmove(qs->rk + i + 1, qs->rk + i, (qs->n - i) * sizeof *qs->rk);
    qs->q[i] = (yk_comment_quote){ text, round, group, answers };
    qs->rk[i] = *rk;
    qs->n++;
    return YK_OK;
}

static quote_set *quotes_of(const yk_comments *c, size_t i, size_t th)
{
    return &c->quotes[i * (c->nth + 1) + th];
}

/* Offer the answer in c->text (trimmed to s, n) to the quotes of every
 * theme it belongs to, or to the uncoded ones. */
static yk_status offer_quotes(yk_comments *c, size_t i, size_t themes, const char *s,
                              size_t n, size_t round, size_t group)
{
    rank rk = rank_of(c->o.seed, s, n);
    yk_status st = YK_OK;
    for (size_t th = 0; th < c->nth && st == YK_OK; th++)
        if (c->hit[th])
            st = offer(quotes_of(c, i, th), c->o.quotes, &rk, s, n, round, group, 1);
    if (st == YK_OK && !themes)
        st = offer(quotes_of(c, i, c->nth), c->o.quotes, &rk, s, n, round, group, 1);
    return st;
}

/* ---- the uncoded list ---------------------------------------------------- */

static int same_text_key(const void *ctx, size_t item, const void *k)
{
    const uncoded_set *u = ctx;
    const text_key *a = &u->key[item], *b = k;
    return a->len == b->len && memcmp(a->s, b->s, a->len) == 0;
}

/* Add answers answers of text s (n bytes), compared by key k, to u. */
static yk_status add_uncoded(uncoded_set *u, const text_key *k, const char *s, size_t n,
                             size_t round, size_t group, int64_t answers)
{
    uint64_t h = yk_hash(YK_HASH_BASIS, k->s, k->len);
    size_t at = yk_index_find(&u->ix, h, same_text_key, u, k);
    if (at != YK_INDEX_NONE) {
        u->q[at].answers += answers;
        return YK_OK;
    }
    if (u->n == YK_COMMENTS_UNCODED_CAP) {
        u->dropped += answers;
        return YK_OK;
    }
    if (u->n == u->cap) {
        size_t cap = yk_grow_capacity(u->cap, u->n + 1, 16, YK_COMMENTS_UNCODED_CAP,
                                      sizeof *u->q);
        if (!cap || yk_resize(&u->q, cap, sizeof *u->q) != YK_OK ||
            yk_resize(&u->key, cap, sizeof *u->key) != YK_OK)
            return YK_ERR_NOMEM;
        u->cap = cap;
    }
    char *text = quote_copy(s, n);
    const char *key = yk_arena_strndup(&u->arena, k->s, k->len);
    const char *kept = text ? yk_arena_strndup(&u->arena, text, strlen(text)) : NULL;
    free(text);
    if (!key || !kept || yk_index_add(&u->ix, h, u->n) != YK_OK)
        return YK_ERR_NOMEM;
    u->q[u->n] = (yk_comment_quote){ kept, round, group, answers };
    u->key[u->n++] = (text_key){ key, k->len };
    return YK_OK;
}

/* The answer s (n bytes) in the question's uncoded list, keyed as
 * yk_textkey keys it. */
static yk_status list_uncoded(yk_comments *c, size_t i, const char *s, size_t n, size_t round,
                              size_t group)
{
    yk_buf_clear(&c->key);
    yk_status st = yk_textkey(s, n, c->o.loose, &c->key, &c->scratch);
    if (st == YK_ERR_INVALID_BYTES) {       /* not UTF-8: its own bytes are its key */
        yk_buf_clear(&c->key);
        st = yk_buf_append(&c->key, s, n);
    }
    if (st != YK_OK)
        return st;
    text_key k = { c->key.data ? c->key.data : "", c->key.len };
    return add_uncoded(&c->uncoded[i], &k, s, n, round, group, 1);
}

/* ---- counting ---------------------------------------------------------- */

static void trim(const char **s, size_t *n)
{
    while (*n && ((*s)[0] == ' ' || (*s)[0] == '\t' || (*s)[0] == '\r' || (*s)[0] == '\n'))
        (*s)++, (*n)--;
    while (*n && ((*s)[*n - 1] == ' ' || (*s)[*n - 1] == '\t' || (*s)[*n - 1] == '\r' ||
                  (*s)[*n - 1] == '\n'))
        (*n)--;
}

/* One answer to counted question i, of round r and group g. */
static yk_status count_answer(yk_comments *c, size_t r, size_t g, size_t i, const yk_answer *a)
{
    if (a->state != YK_ANSWER_OK || !a->text || !a->text_len)
        return YK_OK;
    size_t spans = 0;
    yk_status st = yk_mask_text(c->o.mask, a->text, a->text_len, c->o.loose, &c->ws, &c->text,
                                &spans);
    if (st != YK_OK)
        return st;
    c->masked += (int64_t)spans;
    if (c->ws.n == 0)           /* ".", "-", or only personal data */
        return YK_OK;
    int64_t *k = question_counts(c, r, g, i);
    k[0]++;
    size_t themes = c->nth ? yk_themes_match(c->o.themes, &c->ws, c->hit) : 0;
    for (size_t th = 0; th < c->nth; th++)
        k[1 + th] += c->hit[th];
    k[1 + c->nth] += themes == 0;
    if ((st = yk_phrases_add(c->phrases[r][i], c->text.data, &c->ws)) != YK_OK)
        return st;
    const char *s = c->text.data;
    size_t n = c->text.len;
    trim(&s, &n);
    if (c->o.quotes && (st = offer_quotes(c, i, themes, s, n, r, g)) != YK_OK)
        return st;
    if (c->o.uncoded && !themes)
        st = list_uncoded(c, i, s, n, r, g);
    return st;
}

yk_status yk_comments_add(yk_comments *c, const char *round, const yk_response *r)
{
    size_t ri, g = 0;
    yk_status st = round_index(c, round, &ri);
    if (st != YK_OK)
        return st;
    if (c->group_q != SIZE_MAX) {
        const yk_answer *a = &r->answers[c->group_q];
        g = a->state == YK_ANSWER_OK ? a->choice : c->ngroups - 1;
    }
    cell(c, ri, g)[0]++;
    for (size_t i = 0; i < c->nq && st == YK_OK; i++)
        st = count_answer(c, ri, g, i, &r->answers[c->qs[i]]);
    return st;
}

/* ---- merging --------------------------------------------------------------- */

static int same_themes(const yk_themes *a, const yk_themes *b)
{
    if (a == b)
        return 1;
    if (!a || !b || yk_themes_n(a) != yk_themes_n(b))
        return 0;
    for (size_t i = 0; i < yk_themes_n(a); i++)
        if (strcmp(yk_themes_code(a, i), yk_themes_code(b, i)) != 0)
            return 0;
    return 1;
}

static int same_layout(const yk_comments *a, const yk_comments *b)
{
    return yk_form_fingerprint(a->form) == yk_form_fingerprint(b->form) &&
           a->group_q == b->group_q && a->ngroups == b->ngroups && a->nq == b->nq &&
           memcmp(a->qs, b->qs, a->nq * sizeof *a->qs) == 0 &&
           same_themes(a->o.themes, b->o.themes) && a->o.loose == b->o.loose &&
           a->o.quotes == b->o.quotes && a->o.seed == b->o.seed &&
           a->o.uncoded == b->o.uncoded && a->o.phrases_cap == b->o.phrases_cap;
}

static yk_status merge_round(yk_comments *a, size_t ra, const yk_comments *b, size_t rb)
{
    int64_t *to = a->counts[ra];
    const int64_t *from = b->counts[rb];
    for (size_t k = 0; k < a->ngroups * a->stride; k++)
        if (__builtin_add_overflow(to[k], from[k], &to[k]))
            return YK_ERR_LIMIT;
    yk_status st = YK_OK;
    for (size_t i = 0; i < a->nq && st == YK_OK; i++)
        st = yk_phrases_merge(a->phrases[ra][i], b->phrases[rb][i]);
    return st;
}

/* b's quotes and uncoded lists into a's; round_of maps b's rounds to a's. */
static yk_status merge_answers(yk_comments *a, const yk_comments *b, const size_t *round_of)
{
    yk_status st = YK_OK;
    for (size_t s = 0; s < a->nq * (a->nth + 1) && st == YK_OK; s++) {
        const quote_set *from = &b->quotes[s];
        for (size_t k = 0; k < from->n && st == YK_OK; k++) {
            const yk_comment_quote *q = &from->q[k];
            st = offer(&a->quotes[s], a->o.quotes, &from->rk[k], q->text, strlen(q->text),
                       round_of[q->round], q->group, q->answers);
        }
    }
    for (size_t i = 0; i < a->nq && st == YK_OK; i++) {
        const uncoded_set *from = &b->uncoded[i];
        for (size_t k = 0; k < from->n && st == YK_OK; k++) {
            const yk_comment_quote *q = &from->q[k];
            st = add_uncoded(&a->uncoded[i], &from->key[k], q->text, strlen(q->text),
                             round_of[q->round], q->group, q->answers);
        }
        a->uncoded[i].dropped += from->dropped;
    }
    return st;
}

yk_status yk_comments_merge(yk_comments *a, const yk_comments *b)
{
    if (!same_layout(a, b))
        return YK_ERR_ARGUMENT;
    size_t *round_of = malloc((b->n_rounds + 1) * sizeof *round_of);
    if (!round_of)
        return YK_ERR_NOMEM;
    yk_status st = YK_OK;
    for (size_t r = 0; r < b->n_rounds && st == YK_OK; r++)
        if ((st = round_index(a, b->rounds[r], &round_of[r])) == YK_OK)
            st = merge_round(a, round_of[r], b, r);
    if (st == YK_OK)
        st = merge_answers(a, b, round_of);
    if (st == YK_OK)
        a->masked += b->masked;
    free(round_of);
    return st;
}

/* ---- reading ---------------------------------------------------------------- */

const yk_form *yk_comments_form(const yk_comments *c) { return c->form; }
const yk_themes *yk_comments_themes(const yk_comments *c) { return c->o.themes; }
size_t yk_comments_n_questions(const yk_comments *c) { return c->nq; }
size_t yk_comments_question(const yk_comments *c, size_t i) { return c->qs[i]; }
size_t yk_comments_n_rounds(const yk_comments *c) { return c->n_rounds; }
const char *yk_comments_round(const yk_comments *c, size_t r) { return c->rounds[r]; }
size_t yk_comments_n_groups(const yk_comments *c) { return c->ngroups; }
int64_t yk_comments_masked(const yk_comments *c) { return c->masked; }

const yk_question *yk_comments_group(const yk_comments *c)
{
    return c->group_q == SIZE_MAX ? NULL : yk_form_question(c->form, c->group_q);
}

/* Count k (an offset in a group's counts) of round r, in group g or
 * (SIZE_MAX) all of them; 0 outside the tally. */
static int64_t count_at(const yk_comments *c, size_t r, size_t g, size_t k)
{
    if (r >= c->n_rounds || (g != SIZE_MAX && g >= c->ngroups))
        return 0;
    if (g != SIZE_MAX)
        return cell(c, r, g)[k];
    int64_t sum = 0;
    for (size_t i = 0; i < c->ngroups; i++)
        sum += cell(c, r, i)[k];
    return sum;
}

int64_t yk_comments_responses(const yk_comments *c, size_t r, size_t g)
{
    return count_at(c, r, g, 0);
}

int64_t yk_comments_answered(const yk_comments *c, size_t r, size_t g, size_t i)
{
    return i < c->nq ? count_at(c, r, g, 1 + i * question_width(c)) : 0;
}

int64_t yk_comments_theme(const yk_comments *c, size_t r, size_t g, size_t i, size_t th)
{
    return i < c->nq && th <= c->nth ? count_at(c, r, g, 1 + i * question_width(c) + 1 + th) : 0;
}

const yk_phrases *yk_comments_phrases(const yk_comments *c, size_t r, size_t i)
{
    return r < c->n_rounds && i < c->nq ? c->phrases[r][i] : NULL;
}

const yk_comment_quote *yk_comments_quotes(const yk_comments *c, size_t i, size_t th,
                                           size_t *n)
{
    *n = 0;
    if (i >= c->nq || th > c->nth)
        return NULL;
    const quote_set *qs = quotes_of(c, i, th);
    *n = qs->n;
    return qs->q;
}

/* Whether uncoded answer a goes after b: most answers first, then by
 * text. */
static int after(const yk_comment_quote *a, const yk_comment_quote *b)
{
    if (a->answers != b->answers)
        return a->answers < b->answers;
    return strcmp(a->text, b->text) > 0;
}

/* qsort has no context in C11: a merge sort of positions into u->q. */
static void sort_positions(size_t *p, size_t *tmp, size_t n, const uncoded_set *u)
{
    if (n < 2)
        return;
    size_t h = n / 2;
    sort_positions(p, tmp, h, u);
    sort_positions(p + h, tmp, n - h, u);
    size_t i = 0, j = h, k = 0;
    while (i < h && j < n)
        tmp[k++] = after(&u->q[p[i]], &u->q[p[j]]) ? p[j++] : p[i++];
    while (i < h)
        tmp[k++] = p[i++];
    while (j < n)
        tmp[k++] = p[j++];
    memcpy(p, tmp, n * sizeof *p);
}

/* Put u's answers in the order the header promises, indexed anew; when
 * out of memory, u stays as it was (unsorted, still whole). */
static void sort_uncoded(uncoded_set *u)
{
    if (!u->n)
        return;                 /* nothing to sort (and no arrays yet) */
    size_t *pos = malloc((u->n + 1) * sizeof *pos), *tmp = malloc((u->n + 1) * sizeof *tmp);
    yk_comment_quote *q = malloc((u->n + 1) * sizeof *q);
    text_key *key = malloc((u->n + 1) * sizeof *key);
    yk_index ix = { 0 };
    if (pos && tmp && q && key && yk_index_reserve(&ix, u->n) == YK_OK) {
        for (size_t i = 0; i < u->n; i++)
            pos[i] = i;
        sort_positions(pos, tmp, u->n, u);
        for (size_t i = 0; i < u->n; i++) {
            q[i] = u->q[pos[i]];
            key[i] = u->key[pos[i]];
            (void)yk_index_add(&ix, yk_hash(YK_HASH_BASIS, key[i].s, key[i].len), i);  /* reserved */
        }
        memcpy(u->q, q, u->n * sizeof *q);
        memcpy(u->key, key, u->n * sizeof *key);
        yk_index_free(&u->ix);
        u->ix = ix;
        ix = (yk_index){ 0 };
    }
    yk_index_free(&ix);
    free(pos);
    free(tmp);
    free(q);
    free(key);
}

const yk_comment_quote *yk_comments_uncoded(yk_comments *c, size_t i, size_t *n,
                                            int64_t *dropped)
{
    *n = 0;
    if (dropped)
        *dropped = 0;
    if (i >= c->nq)
        return NULL;
    uncoded_set *u = &c->uncoded[i];
    if (dropped)
        *dropped = u->dropped;
    sort_uncoded(u);
    *n = u->n;
    return u->q;
}
