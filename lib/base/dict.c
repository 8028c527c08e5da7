#include <stdlib.h>
#include <string.h>
#include "yk_buf.h"
#include "yk_dict.h"
#include "yk_grow.h"

typedef struct {
    size_t off, len;        /* key in keys */
    size_t value;
} entry;

struct yk_dict {
    yk_index index;         /* entry numbers by their key's hash */
    entry *entries;
    size_t cap;
    yk_buf keys;
};

typedef struct {
    const char *s;
    size_t n;
} wanted;

yk_status yk_dict_new(yk_dict **out)
{
    *out = calloc(1, sizeof **out);
    return *out ? YK_OK : YK_ERR_NOMEM;
}

void yk_dict_free(yk_dict *d)
{
    if (!d)
        return;
    yk_index_free(&d->index);
    free(d->entries);
    yk_buf_free(&d->keys);
    free(d);
}

static int same_key(const void *ctx, size_t item, const void *k)
{
    const yk_dict *d = ctx;
    const entry *e = &d->entries[item];
    const wanted *want = k;
    return e->len == want->n &&
           (!want->n || memcmp(d->keys.data + e->off, want->s, want->n) == 0);
}

static size_t find(const yk_dict *d, const char *s, size_t len, uint64_t h)
{
    wanted k = { s, len };
    return yk_index_find(&d->index, h, same_key, d, &k);
}

yk_status yk_dict_add(yk_dict *d, const char *key, size_t len, size_t value,
                      int *added, size_t *existing)
{
    uint64_t h = yk_hash_key(key, len);
    size_t n = d->index.count, i = find(d, key, len, h);
    if (added)
        *added = i == YK_INDEX_NONE;
    if (i != YK_INDEX_NONE) {
        if (existing)
            *existing = d->entries[i].value;
        return YK_OK;
    }
    size_t off = d->keys.len;
    yk_status st = yk_grow(&d->entries, &d->cap, n + 1, sizeof *d->entries);
    if (st == YK_OK)
        st = yk_buf_append(&d->keys, key, len);
    if (st == YK_OK && (st = yk_index_add(&d->index, h, n)) != YK_OK)
        d->keys.len = off;      /* as it was */
    if (st == YK_OK)
        d->entries[n] = (entry){ off, len, value };
    return st;
}

int yk_dict_get(const yk_dict *d, const char *key, size_t len, size_t *value)
{
    size_t i = find(d, key, len, yk_hash_key(key, len));
    if (i != YK_INDEX_NONE)
        *value = d->entries[i].value;
    return i != YK_INDEX_NONE;
}

size_t yk_dict_count(const yk_dict *d)
{
    return d->index.count;
}
