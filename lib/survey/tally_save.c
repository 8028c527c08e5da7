/* ykien — writing a tally file.
 * The insides it shares are in tally_impl.h. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include "tally_impl.h"

/* ---- tally files -------------------------------------------------------- */

const char *const yk_tally_text_names[3] = { "survey", "choices", "settings" };

/* Output with one failure flag, so that a tally file is whole or not
 * written at all. */
typedef struct { yk_buf b; int failed; } writer;

static void put(writer *w, const char *s, size_t n)
{
    if (!w->failed && yk_buf_append(&w->b, s, n) != YK_OK)
        w->failed = 1;
}

static void putf(writer *w, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void putf(writer *w, const char *fmt, ...)
{
    char tmp[64];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    put(w, tmp, n > 0 && (size_t)n < sizeof tmp ? (size_t)n : 0);
}

static void put_word(writer *w, const char *tag, const char *name)
{
    putf(w, "%s ", tag);
    put(w, name, strlen(name));
}

static void put_exact(writer *w, yk_exact v)
{
    char digits[48], *p = digits + sizeof digits;
    unsigned __int128 u = v < 0 ? -(unsigned __int128)v : (unsigned __int128)v;
    do
        *--p = (char)('0' + (int)(u % 10));
    while (u /= 10);
    if (v < 0)
        *--p = '-';
    *--p = ' ';
    put(w, p, (size_t)(digits + sizeof digits - p));
}

static int64_t sum_of(const int64_t *v, size_t n)
{
    int64_t sum = 0;
    for (size_t i = 0; i < n; i++)
        sum += v[i];
    return sum;
}

static int all_zero(const int64_t *v, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (v[i])
            return 0;
    return 1;
}

/* "w NAME VALUE COUNT...", or "w NAME -" when the counts were dropped. */
static void save_distinct(writer *b, const char *name, const value_map *m)
{
    put_word(b, "w", name);
    if (m->dropped)
        putf(b, " -");
    for (size_t i = 0; i < m->n; i++)
        putf(b, " %lld %lld", (long long)m->value[i], (long long)m->count[i]);
    putf(b, "\n");
}

static void save_cell(const yk_tally *t, writer *b, size_t r, size_t g)
{
    const cell *c = cell_at(t, r, g);
    if (c->folded)
        putf(b, "fold %zu %zu\n", r, g);
    if (c->responses == 0)
        return;
    putf(b, "cell %zu %zu %lld\n", r, g, (long long)c->responses);
    for (size_t q = 0; q < t->nq; q++) {
        const yk_question *qq = yk_form_question(t->form, q);
        if (t->count_off[q] != SIZE_MAX) {
            const int64_t *v = c->counts + t->count_off[q];
            if (all_zero(v, qq->list->n + 3))
                continue;
            put_word(b, "c", qq->name);
            for (size_t i = 0; i < qq->list->n + 3; i++)
                putf(b, " %lld", (long long)v[i]);
            putf(b, "\n");
        } else if (t->num_of[q] != SIZE_MAX) {
            const yk_tally_numbers *x = &c->nums[t->num_of[q]];
            if (!x->n && !x->blank && !x->invalid)
                continue;
            put_word(b, "x", qq->name);
            putf(b, " %lld %lld %lld", (long long)x->n, (long long)x->blank,
                 (long long)x->invalid);
            put_exact(b, x->sum);
            put_exact(b, x->sumsq);
            putf(b, " %lld %lld\n", (long long)x->min, (long long)x->max);
            /* Counts of values that do not add up to n (a tally of a file
             * of version 1 or 2, or merged with one) are not written: a
             * file says only what it knows, and its readers take a missing
             * line as "not counted". */
            if (t->value_off[q] != SIZE_MAX &&
                sum_of(c->counts + t->value_off[q], t->value_n[q]) == x->n) {
                put_word(b, "v", qq->name);
                for (size_t i = 0; i < t->value_n[q]; i++)
                    putf(b, " %lld", (long long)c->counts[t->value_off[q] + i]);
                putf(b, "\n");
            } else if (t->map_of[q] != SIZE_MAX &&
                       (c->maps[t->map_of[q]].dropped ||
                        sum_of(c->maps[t->map_of[q]].count, c->maps[t->map_of[q]].n) == x->n)) {
                save_distinct(b, qq->name, &c->maps[t->map_of[q]]);
            }
        }
    }
    for (size_t s = 0; s < t->n_scales; s++) {
        const scale_info *sc = &t->scales[s];
        if (!c->scale_n[s])
            continue;
        put_word(b, "s", sc->name);
        putf(b, " %lld", (long long)c->scale_n[s]);
        for (size_t i = 0; i < sc->k + sc->k * (sc->k + 1) / 2; i++)
            put_exact(b, scale_sum(c, sc->off + i));
        putf(b, "\n");
    }
}

yk_status yk_tally_save(const yk_tally *t, yk_output out)
{
    if (t->parts != YK_TALLY_ALL)
        return YK_ERR_ARGUMENT;     /* a tally file holds every figure */
    writer w = { { 0 }, 0 };
    const yk_question *g = yk_tally_group(t);
    putf(&w, "ykien-tally %d\nfingerprint %016llx\n", YK_TALLY_VERSION,
         (unsigned long long)yk_form_fingerprint(t->form));
    put_word(&w, "group", g ? g->name : "-");
    if (t->protect_k)
        putf(&w, "\nprotected %lld %lld", (long long)t->protect_k, (long long)t->folded);
    else if (t->has_other)
        putf(&w, "\nfolded %lld", (long long)t->folded);
    for (int i = 0; i < 3; i++) {
        putf(&w, "\nform %s %zu\n", yk_tally_text_names[i], t->text_len[i]);
        put(&w, t->text[i], t->text_len[i]);
    }
    for (size_t r = 0; r < t->n_rounds; r++) {
        putf(&w, "\nround %zu ", strlen(t->rounds[r]));
        put(&w, t->rounds[r], strlen(t->rounds[r]));
    }
    putf(&w, "\n");
    for (size_t r = 0; r < t->n_rounds; r++)
        for (size_t i = 0; i < t->ngroups; i++)
            save_cell(t, &w, r, i);
    putf(&w, "end\n");
    yk_status st = w.failed ? YK_ERR_NOMEM : out.write(out.ctx, w.b.data, w.b.len);
    yk_buf_free(&w.b);
    return st;
}
