/* ykien — the hash index: one probing scheme, and two hash functions:
 * yk_hash, stable (a form's fingerprint is one, saved in tally files),
 * and yk_hash_key, faster over long keys, for tables that never leave
 * memory.
 *
 * An index maps a 64-bit hash to item numbers (0, 1, ...) of an array the
 * caller keeps; the caller says when an item equals a key.  Open
 * addressing, linear probing, a power-of-two number of slots kept at most
 * half full.  Every lookup by name in ykien goes through here: the
 * dictionary (yk_dict.h), the form's names and choices, the duplicate
 * checks across rows.
 *
 * A plain value type: zero-initialise it, add, and yk_index_free() it. */
#ifndef YK_INDEX_H
#define YK_INDEX_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include "yk_status.h"

#define YK_HASH_BASIS 0xcbf29ce484222325ull    /* FNV's offset basis */

/* FNV-1a, 64 bits, of n bytes at p, going on from h (YK_HASH_BASIS to
 * start, or an earlier yk_hash to hash several pieces as one). */
static inline uint64_t yk_hash(uint64_t h, const void *p, size_t n)
{
    const unsigned char *u = p;
    for (size_t i = 0; i < n; i++)
        h = (h ^ u[i]) * 0x100000001b3ull;
    return h;
}

/* A hash of n bytes at p for lookups in memory: eight bytes a step where
 * FNV-1a takes one (a unit's name or a comment is tens of bytes, looked
 * up on every row), finished so that the low bits, which pick a slot,
 * depend on every byte.  May change between versions: never save it. */
static inline uint64_t yk_hash_key(const void *p, size_t n)
{
    const unsigned char *u = p;
    const uint64_t mul = 0xbf58476d1ce4e5b9ull;
    /* The length spread over the word, so that no tail byte can undo it. */
    uint64_t h = 0x9e3779b97f4a7c15ull ^ (n * mul);
    for (; n >= 8; u += 8, n -= 8) {
        uint64_t w;
        memcpy(&w, u, 8);
        h = (h ^ w) * mul;
        h ^= h >> 31;
    }
    uint64_t w = 0;
    for (size_t i = 0; i < n; i++)
        w |= (uint64_t)u[i] << (8 * i);
    h = (h ^ w) * mul;
    h ^= h >> 29;
    h *= 0x94d049bb133111ebull;
    return h ^ (h >> 32);
}

typedef struct {
    uint64_t hash;
    size_t item;        /* item + 1; 0: empty */
} yk_index_slot;

typedef struct {
    yk_index_slot *slots;
    size_t cap, count;  /* cap is a power of two, or 0 */
} yk_index;

#define YK_INDEX_NONE SIZE_MAX

/* Whether item is the key the caller looks for; NULL for an index whose
 * hash is the whole key. */
typedef int (*yk_index_eq)(const void *ctx, size_t item, const void *key);

/* The item under hash h that eq(ctx, item, key) finds equal, or
 * YK_INDEX_NONE.  Inline: it is the hot path of reading answers, and so
 * the compiler can inline the caller's eq as well. */
static inline size_t yk_index_find(const yk_index *ix, uint64_t h, yk_index_eq eq,
                                   const void *ctx, const void *key)
{
    if (!ix->cap)
        return YK_INDEX_NONE;
    size_t mask = ix->cap - 1;
    for (size_t i = (size_t)h & mask;; i = (i + 1) & mask) {
        const yk_index_slot *s = &ix->slots[i];
        if (!s->item)
            return YK_INDEX_NONE;
        if (s->hash == h && (!eq || eq(ctx, s->item - 1, key)))
            return s->item - 1;
    }
}

/* Room for count items without growing: YK_ERR_NOMEM (the index as it
 * was) when out of memory. */
yk_status yk_index_reserve(yk_index *ix, size_t count);

/* Add item under hash h; the caller has checked that it is not there.
 * YK_ERR_NOMEM (the index as it was) when out of memory. */
yk_status yk_index_add(yk_index *ix, uint64_t h, size_t item);

/* Frees the slots and empties the index; NULL is accepted. */
void yk_index_free(yk_index *ix);

#endif
