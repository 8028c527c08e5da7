#include <stdlib.h>
#include <string.h>
#include "yk_buf.h"
#include "yk_dict.h"

typedef struct {
    uint64_t hash;
    size_t off, len;        /* key in keys */
    size_t value;
    int used;
} slot;

struct yk_dict {
    slot *slots;
    size_t cap, count;      /* cap is a power of two */
    yk_buf keys;
};

uint64_t yk_hash(const void *p, size_t n, uint64_t seed)
{
    const unsigned char *u = p;
    uint64_t h = seed ? seed : 0xcbf29ce484222325ull;
    for (size_t i = 0; i < n; i++) {
        h ^= u[i];
        h *= 0x100000001b3ull;
    }
    return h;
}

yk_status yk_dict_new(yk_dict **out)
{
    yk_dict *d = calloc(1, sizeof *d);
    *out = NULL;
    if (!d || !(d->slots = calloc(16, sizeof *d->slots))) {
        free(d);
        return YK_ERR_NOMEM;
    }
    d->cap = 16;
    *out = d;
    return YK_OK;
}

void yk_dict_free(yk_dict *d)
{
    if (!d)
        return;
    free(d->slots);
    yk_buf_free(&d->keys);
    free(d);
}

static slot *find(const yk_dict *d, const char *key, size_t len, uint64_t h)
{
    for (size_t i = (size_t)h & (d->cap - 1);; i = (i + 1) & (d->cap - 1)) {
        slot *s = &d->slots[i];
        if (!s->used || (s->hash == h && s->len == len &&
                         memcmp(d->keys.data + s->off, key, len) == 0))
            return s;
    }
}

static yk_status grow(yk_dict *d)
{
    slot *old = d->slots;
    size_t cap = d->cap;
    d->slots = calloc(cap * 2, sizeof *d->slots);
    if (!d->slots) {
        d->slots = old;
        return YK_ERR_NOMEM;
    }
    d->cap = cap * 2;
    for (size_t i = 0; i < cap; i++)
        if (old[i].used)
            *find(d, d->keys.data + old[i].off, old[i].len, old[i].hash) = old[i];
    free(old);
    return YK_OK;
}

yk_status yk_dict_add(yk_dict *d, const char *key, size_t len, size_t value,
                      int *added, size_t *existing)
{
    uint64_t h = yk_hash(key, len, YK_HASH_SEED);
    slot *s = find(d, key, len, h);
    if (added)
        *added = !s->used;
    if (s->used) {
        if (existing)
            *existing = s->value;
        return YK_OK;
    }
    if ((d->count + 1) * 4 > d->cap * 3) {
        yk_status st = grow(d);
        if (st != YK_OK)
            return st;
        s = find(d, key, len, h);
    }
    size_t off = d->keys.len;
    yk_status st = yk_buf_append(&d->keys, key, len);
    if (st != YK_OK)
        return st;
    *s = (slot){ h, off, len, value, 1 };
    d->count++;
    return YK_OK;
}

int yk_dict_get(const yk_dict *d, const char *key, size_t len, size_t *value)
{
    const slot *s = find(d, key, len, yk_hash(key, len, YK_HASH_SEED));
    if (s->used)
        *value = s->value;
    return s->used;
}

size_t yk_dict_count(const yk_dict *d)
{
    return d->count;
}
