/* ykien — finishing a feedback tally (yk_feedback.h): the remarks masked,
 * near-identical ones merged under one wording, their themes, and the
 * order they are shown in. */
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#include "feedback_impl.h"
#include "yk_grow.h"
#include "yk_text.h"
#include "yk_textkey.h"

/* ---- the names to mask ------------------------------------------------------ */

/* Words that say what kind of unit a name is, as loose keys: "Huyện đoàn
 * Châu Thành" is also written "Châu Thành", and both must be masked. */
static const char *const unit_types[] = {
    "huyen doan", "quan doan", "thi doan", "thanh doan", "doan truong", "doan khoi",
    "doan xa", "doan phuong", "doan thi tran", "doan huyen", "doan quan", "doan thi xa",
    "doan thanh pho", "chi doan", "doan co so", "lien chi doan",
};

/* Mask a person's name, or (place) a unit's, whole only; a name the
 * mask refuses (too few syllables, or too many to be a person's or a
 * unit's) is no name to look for. */
static yk_status add_name(yk_mask *m, const char *name, int place)
{
    yk_status st = place ? yk_mask_add_place(m, name) : yk_mask_add_name(m, name);
    return st == YK_ERR_ARGUMENT ? YK_OK : st;
}

/* How many syllables of ws the unit-type words at its start take, or 0. */
static size_t unit_type_syllables(const yk_words *ws)
{
    size_t best = 0;
    for (size_t i = 0; i < sizeof unit_types / sizeof unit_types[0]; i++) {
        const char *p = unit_types[i];
        size_t k = 0;
        while (*p && k < ws->n) {
            size_t n = strcspn(p, " ");
            const char *key = yk_words_key(ws, k);
            if (strlen(key) != n || memcmp(key, p, n) != 0)
                break;
            k++;
            p += n + (p[n] == ' ');
        }
        if (!*p && k > best)
            best = k;
    }
    return best;
}

/* Mask a unit's name, and the name without its unit-type words. */
static yk_status add_unit(yk_mask *m, const char *name, yk_words *ws)
{
    yk_status st = add_name(m, name, 1);
    if (st == YK_OK)
        st = yk_words_split(name, strlen(name), 1, ws);
    size_t k = st == YK_OK ? unit_type_syllables(ws) : 0;
    if (st == YK_OK && k && k < ws->n)
        st = add_name(m, name + ws->w[k].start, 1);
    return st;
}

static yk_status add_labels(yk_mask *m, const yk_form *form, const char *const *labels,
                            yk_words *ws, int unit)
{
    yk_status st = YK_OK;
    for (size_t i = 0; labels && st == YK_OK && i < yk_form_n_languages(form); i++)
        if (labels[i])
            st = unit ? add_unit(m, labels[i], ws) : add_name(m, labels[i], 0);
    return st;
}

/* The member targets' names, and the units' names, into m. */
static yk_status add_names(const yk_feedback *f, yk_mask *m, yk_words *ws)
{
    yk_status st = YK_OK;
    for (size_t t = 0; st == YK_OK && t < f->n_targets; t++)
        if (!f->targets[t].collective)
            st = add_labels(m, f->form, f->targets[t].labels, ws, 0);
    const yk_question *q = f->unit_q != SIZE_MAX ? yk_form_question(f->form, f->unit_q) : NULL;
    for (size_t c = 0; q && q->list && st == YK_OK && c < q->list->n; c++) {
        const yk_choice *ch = &q->list->choices[c];
        st = add_labels(m, f->form, ch->labels, ws, 1);
        for (size_t a = 0; st == YK_OK && a < ch->n_aliases; a++)
            st = add_unit(m, ch->aliases[a], ws);
    }
    for (size_t i = 0; st == YK_OK && i < f->units.n; i++)
        st = add_unit(m, f->units.name[i], ws);
    return st;
}

/* ---- the merge key ------------------------------------------------------------ */

/* Stands for a masked span in a key: a private-use character, so "anh
 * […] nhiệt tình" keeps apart from "nhiệt tình". */
#define MASKED_TOKEN 0xE000

/* The key of masked remark s (n bytes) into out: its text key (NFC, case
 * folded), every character but letters, marks and digits a space, runs of
 * spaces one and none at the ends, each masked span one token. */
static yk_status remark_key(const char *s, size_t n, yk_buf *out, yk_buf *folded,
                            yk_buf *scratch)
{
    static const char masked[] = YK_MASK_TEXT;
    yk_buf_clear(out);
    yk_buf_clear(folded);
    yk_status st = yk_textkey(s, n, 0, folded, scratch);
    if (st == YK_ERR_INVALID_BYTES)     /* not UTF-8 (no reader gives it): its bytes are its key */
        return yk_buf_append(out, s, n);
    const char *k = folded->data ? folded->data : "";
    int space = 0;
    for (size_t i = 0; st == YK_OK && i < folded->len;) {
        uint32_t cp;
        size_t len;
        if (folded->len - i >= sizeof masked - 1 && memcmp(k + i, masked, sizeof masked - 1) == 0) {
            cp = MASKED_TOKEN;
            len = sizeof masked - 1;
        } else {
            len = yk_utf8_next(k + i, folded->len - i, &cp);
            if (!len)           /* yk_textkey writes UTF-8: a stray byte would part words */
                len = 1, cp = ' ';
        }
        i += len;
        if (!yk_words_is_syllable_char(cp) && cp != MASKED_TOKEN) {
            space = out->len > 0;
            continue;
        }
        if (space)
            st = yk_buf_append(out, " ", 1);
        if (st == YK_OK)
            st = yk_utf8_put(out, cp);
        space = 0;
    }
    return st;
}

/* ---- merging near-identical remarks ------------------------------------------- */

/* One merged remark while it is being built. */
typedef struct {
    uint32_t target;
    uint8_t kind;
    const char *key;            /* in the work arena */
    size_t key_len;
    int64_t contributors[YK_FROM_N];
    uint64_t last_cell;         /* the last cell counted, so a cell counts once */
    size_t best;                /* its wording most contributors used */
    size_t wordings;
    size_t theme;
} entry;

/* One wording of a merged remark, with its distinct contributors. */
typedef struct {
    size_t entry;
    const char *text;           /* in the work arena */
    size_t len;
    int64_t contributors;
    uint64_t last_cell;
} wording;

/* A distinct line masked and keyed (in the merger's arena), done once
 * however many wrote it. */
typedef struct {
    const char *masked, *key;   /* NULL: not yet */
    size_t masked_len, key_len, spans;
} line_masked;

typedef struct {
    yk_feedback *f;
    const yk_mask *mask;
    const yk_themes *themes;
    int loose;
    entry *e;
    size_t n_e, cap_e;
    wording *w;
    size_t n_w, cap_w;
    yk_index e_ix, w_ix;
    size_t *entry_of;           /* each raw remark's entry */
    line_masked *line;          /* each distinct line's, once masked */
    yk_arena arena;
    yk_words ws;
    yk_buf masked, key, folded;
} merger;

typedef struct {
    uint32_t target;
    uint8_t kind;
    const char *s;
    size_t n;
} entry_key;

typedef struct {
    size_t entry;
    const char *s;
    size_t n;
} wording_key;

static uint64_t mix(uint64_t h, uint64_t x)
{
    h ^= x + 0x9e3779b97f4a7c15ull + (h << 6) + (h >> 2);
    return h;
}

static int same_entry(const void *ctx, size_t item, const void *key)
{
    const entry *e = &((const merger *)ctx)->e[item];
    const entry_key *k = key;
    return e->target == k->target && e->kind == k->kind && e->key_len == k->n &&
           memcmp(e->key, k->s, k->n) == 0;
}

static int same_wording(const void *ctx, size_t item, const void *key)
{
    const wording *w = &((const merger *)ctx)->w[item];
    const wording_key *k = key;
    return w->entry == k->entry && w->len == k->n && memcmp(w->text, k->s, k->n) == 0;
}

static yk_status find_entry(merger *g, const raw_remark *r, const line_masked *l, size_t *out)
{
    entry_key k = { r->target, r->kind, l->key, l->key_len };
    uint64_t h = mix(yk_hash_key(k.s, k.n), (uint64_t)r->target * YK_REMARK_KINDS + r->kind);
    *out = yk_index_find(&g->e_ix, h, same_entry, g, &k);
    if (*out != YK_INDEX_NONE)
        return YK_OK;
    if (yk_grow(&g->e, &g->cap_e, g->n_e + 1, sizeof *g->e) != YK_OK)
        return YK_ERR_NOMEM;
    const char *key = yk_arena_strndup(&g->arena, k.s, k.n);
    if (!key || yk_index_add(&g->e_ix, h, g->n_e) != YK_OK)
        return YK_ERR_NOMEM;
    g->e[g->n_e] = (entry){ r->target, r->kind, key, k.n, { 0 }, UINT64_MAX, SIZE_MAX, 0, 0 };
    *out = g->n_e++;
    return YK_OK;
}

static yk_status find_wording(merger *g, size_t e, const char *s, size_t n, size_t *out)
{
    wording_key k = { e, s, n };
    uint64_t h = mix(yk_hash_key(s, n), e);
    *out = yk_index_find(&g->w_ix, h, same_wording, g, &k);
    if (*out != YK_INDEX_NONE)
        return YK_OK;
    if (yk_grow(&g->w, &g->cap_w, g->n_w + 1, sizeof *g->w) != YK_OK)
        return YK_ERR_NOMEM;
    const char *text = yk_arena_strndup(&g->arena, s, n);
    if (!text || yk_index_add(&g->w_ix, h, g->n_w) != YK_OK)
        return YK_ERR_NOMEM;
    g->w[g->n_w] = (wording){ e, text, n, 0, UINT64_MAX };
    g->e[e].wordings++;
    *out = g->n_w++;
    return YK_OK;
}

/* Distinct line i masked and keyed, into g->line[i]. */
static yk_status mask_line(merger *g, size_t i)
{
    yk_feedback *f = g->f;
    line_masked *l = &g->line[i];
    yk_status st = yk_mask_text(g->mask, f->text.data + f->lines[i].off, f->lines[i].len,
                                g->loose, NULL, &g->masked, &l->spans);
    if (st == YK_OK)
        st = remark_key(g->masked.data, g->masked.len, &g->key, &g->folded, &f->scratch);
    if (st != YK_OK)
        return st;
    l->masked = yk_arena_strndup(&g->arena, g->masked.data ? g->masked.data : "", g->masked.len);
    l->key = yk_arena_strndup(&g->arena, g->key.data ? g->key.data : "", g->key.len);
    l->masked_len = g->masked.len;
    l->key_len = g->key.len;
    return l->masked && l->key ? YK_OK : YK_ERR_NOMEM;
}

/* Raw remark i, its line masked and keyed, counted under its entry and
 * wording. */
static yk_status merge_one(merger *g, size_t i)
{
    yk_feedback *f = g->f;
    const raw_remark *r = &f->raw[i];
    line_masked *l = &g->line[r->line];
    size_t e, w;
    yk_status st = l->masked ? YK_OK : mask_line(g, r->line);
    if (st == YK_OK)
        st = find_entry(g, r, l, &e);
    if (st == YK_OK)
        st = find_wording(g, e, l->masked, l->masked_len, &w);
    if (st != YK_OK)
        return st;
    f->masked += (int64_t)l->spans;
    g->entry_of[i] = e;
    if (g->w[w].last_cell != r->cell) {
        g->w[w].contributors++;
        g->w[w].last_cell = r->cell;
    }
    if (g->e[e].last_cell != r->cell) {
        g->e[e].contributors[r->from]++;
        g->e[e].last_cell = r->cell;
    }
    return YK_OK;
}

/* How far text is from sentence case: 1 when its first letter is small,
 * and 1 for every capital after it.  "Cần sâu sát cơ sở" is 0, "cần sâu
 * sát cơ sở" 1, "CẦN SÂU SÁT" 9: a document shows the first. */
static size_t case_distance(const char *text, size_t n)
{
    size_t d = 0;
    int first = 1;
    for (size_t i = 0; i < n;) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)text + i,
                                              (utf8proc_ssize_t)(n - i), &cp);
        if (k <= 0)
            break;              /* not UTF-8: as it is */
        i += (size_t)k;
        utf8proc_category_t c = utf8proc_category(cp);
        if (c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LT)
            d += !first;
        else if (c == UTF8PROC_CATEGORY_LL)
            d += first;
        else
            continue;
        first = 0;
    }
    return d;
}

/* Whether wording w is shown rather than b: more contributors; then
 * nearer sentence case; then first in byte order.  None depends on the
 * order contributions came in, so merged tallies choose as one pass. */
static int better_wording(const wording *w, const wording *b)
{
    if (w->contributors != b->contributors)
        return w->contributors > b->contributors;
    size_t dw = case_distance(w->text, w->len), db = case_distance(b->text, b->len);
    if (dw != db)
        return dw < db;
    return strcmp(w->text, b->text) < 0;
}

/* Each entry's wording (better_wording) and theme (the first of the
 * codebook it belongs to). */
static yk_status choose(merger *g)
{
    for (size_t i = 0; i < g->n_w; i++) {
        const wording *w = &g->w[i];
        entry *e = &g->e[w->entry];
        if (e->best == SIZE_MAX || better_wording(w, &g->w[e->best]))
            e->best = i;
    }
    size_t nth = g->f->n_themes;
    unsigned char *hit = calloc(nth + 1, 1);
    if (!hit)
        return YK_ERR_NOMEM;
    yk_status st = YK_OK;
    for (size_t i = 0; i < g->n_e && st == YK_OK; i++) {
        entry *e = &g->e[i];
        const wording *b = &g->w[e->best];
        e->theme = nth;
        if (!nth || (st = yk_words_split(b->text, b->len, g->loose, &g->ws)) != YK_OK)
            continue;
        if (yk_themes_match(g->themes, &g->ws, hit))
            for (size_t th = nth; th-- > 0;)
                if (hit[th])
                    e->theme = th;
    }
    free(hit);
    return st;
}

/* ---- the finished remarks ----------------------------------------------------- */

static size_t theme_at(const yk_feedback *f, size_t t, size_t k, size_t th, size_t from)
{
    return ((t * YK_REMARK_KINDS + k) * (f->n_themes + 1) + th) * YK_FROM_N + from;
}

/* Distinct contributions behind each theme: a contribution's cell counts
 * once under a theme however many of its lines have it. */
static yk_status count_themes(merger *g)
{
    yk_feedback *f = g->f;
    size_t n = f->n_targets * YK_REMARK_KINDS * (f->n_themes + 1) * YK_FROM_N;
    uint64_t *last = malloc((n + 1) * sizeof *last);
    f->theme_counts = calloc(n + 1, sizeof *f->theme_counts);
    if (!last || !f->theme_counts) {
        free(last);
        return YK_ERR_NOMEM;
    }
    for (size_t i = 0; i < n; i++)
        last[i] = UINT64_MAX;
    for (size_t i = 0; i < f->n_raw; i++) {
        const raw_remark *r = &f->raw[i];
        size_t at = theme_at(f, r->target, r->kind, g->e[g->entry_of[i]].theme, r->from);
        if (last[at] != r->cell) {
            f->theme_counts[at]++;
            last[at] = r->cell;
        }
    }
    free(last);
    return YK_OK;
}

static int remark_order(const void *pa, const void *pb)
{
    const yk_feedback_remark *a = pa, *b = pb;
    if (a->theme != b->theme)
        return a->theme < b->theme ? -1 : 1;
    int64_t na = a->contributors[0] + a->contributors[1];
    int64_t nb = b->contributors[0] + b->contributors[1];
    if (na != nb)
        return na > nb ? -1 : 1;
    return strcmp(a->text, b->text);
}

/* The entries as each target's and kind's remarks, in the header's order. */
static yk_status lay_out(merger *g)
{
    yk_feedback *f = g->f;
    size_t cells = f->n_targets * YK_REMARK_KINDS;
    f->remarks = calloc(cells + 1, sizeof *f->remarks);
    f->n_remarks = calloc(cells + 1, sizeof *f->n_remarks);
    if (!f->remarks || !f->n_remarks)
        return YK_ERR_NOMEM;
    for (size_t i = 0; i < g->n_e; i++)
        f->n_remarks[g->e[i].target * YK_REMARK_KINDS + g->e[i].kind]++;
    for (size_t c = 0; c < cells; c++)
        if (f->n_remarks[c] && !(f->remarks[c] = malloc(f->n_remarks[c] * sizeof **f->remarks)))
            return YK_ERR_NOMEM;
    memset(f->n_remarks, 0, cells * sizeof *f->n_remarks);
    for (size_t i = 0; i < g->n_e; i++) {
        const entry *e = &g->e[i];
        const wording *b = &g->w[e->best];
        size_t c = e->target * YK_REMARK_KINDS + e->kind;
        const char *text = yk_arena_strndup(&f->texts, b->text, b->len);
        if (!text)
            return YK_ERR_NOMEM;
        f->remarks[c][f->n_remarks[c]++] = (yk_feedback_remark){
            text, e->theme, { e->contributors[0], e->contributors[1] }, e->wordings };
    }
    for (size_t c = 0; c < cells; c++)
        if (f->n_remarks[c] > 1)
            qsort(f->remarks[c], f->n_remarks[c], sizeof **f->remarks, remark_order);
    return YK_OK;
}

static void merger_free(merger *g)
{
    free(g->e);
    free(g->w);
    yk_index_free(&g->e_ix);
    yk_index_free(&g->w_ix);
    free(g->entry_of);
    free(g->line);
    yk_arena_free(&g->arena);
    yk_words_free(&g->ws);
    yk_buf_free(&g->masked);
    yk_buf_free(&g->key);
    yk_buf_free(&g->folded);
}

yk_status yk_feedback_finish(yk_feedback *f, yk_mask *mask, const yk_themes *themes, int loose)
{
    if (f->finished || (themes && yk_themes_loose(themes) != loose))
        return YK_ERR_ARGUMENT;
    yk_mask *own = NULL;
    merger g = { .f = f, .themes = themes, .loose = loose };
    yk_status st = mask ? YK_OK : yk_mask_new(&own);
    if (st == YK_OK)
        st = add_names(f, mask ? mask : own, &g.ws);
    g.mask = mask ? mask : own;
    f->n_themes = themes ? yk_themes_n(themes) : 0;
    g.entry_of = malloc((f->n_raw + 1) * sizeof *g.entry_of);
    g.line = calloc(f->n_lines + 1, sizeof *g.line);
    if (st == YK_OK && (!g.entry_of || !g.line))
        st = YK_ERR_NOMEM;
    for (size_t i = 0; i < f->n_raw && st == YK_OK; i++)
        st = merge_one(&g, i);
    if (st == YK_OK)
        st = choose(&g);
    if (st == YK_OK)
        st = count_themes(&g);
    if (st == YK_OK)
        st = lay_out(&g);
    merger_free(&g);
    yk_mask_free(own);
    if (st != YK_OK)
        return st;
    /* The lines as read are no longer needed, and hold what was masked. */
    free(f->raw);
    f->raw = NULL;
    f->n_raw = f->cap_raw = 0;
    free(f->lines);
    f->lines = NULL;
    f->n_lines = f->cap_lines = 0;
    yk_index_free(&f->lines_ix);
    yk_buf_free(&f->text);
    f->finished = 1;
    return YK_OK;
}

/* ---- reading ---------------------------------------------------------------- */

const yk_feedback_remark *yk_feedback_remarks(const yk_feedback *f, size_t t, yk_remark_kind k,
                                              size_t *n)
{
    *n = 0;
    if (!f->finished || t >= f->n_targets || (unsigned)k >= YK_REMARK_KINDS)
        return NULL;
    *n = f->n_remarks[t * YK_REMARK_KINDS + k];
    return f->remarks[t * YK_REMARK_KINDS + k];
}

int64_t yk_feedback_theme(const yk_feedback *f, size_t t, yk_remark_kind k, size_t th,
                          yk_from from)
{
    if (!f->finished || t >= f->n_targets || (unsigned)k >= YK_REMARK_KINDS ||
        th > f->n_themes || (unsigned)from >= YK_FROM_N)
        return 0;
    return f->theme_counts[theme_at(f, t, (size_t)k, th, (size_t)from)];
}
