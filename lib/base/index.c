#include <stdlib.h>
#include "yk_index.h"

enum { FIRST_SLOTS = 16 };

static void put(yk_index_slot *slots, size_t cap, uint64_t h, size_t item)
{
    size_t i = (size_t)h & (cap - 1);
    while (slots[i].item)
        i = (i + 1) & (cap - 1);
    slots[i] = (yk_index_slot){ h, item + 1 };
}

yk_status yk_index_reserve(yk_index *ix, size_t count)
{
    /* At most half full: short probes, and always an empty slot to end one. */
    size_t cap = ix->cap ? ix->cap : FIRST_SLOTS;
    while (count > cap / 2) {
        if (cap > SIZE_MAX / 2 / sizeof *ix->slots)
            return YK_ERR_NOMEM;
        cap *= 2;
    }
    if (cap == ix->cap)
        return YK_OK;
    yk_index_slot *slots = calloc(cap, sizeof *slots);
    if (!slots)
        return YK_ERR_NOMEM;
    for (size_t i = 0; i < ix->cap; i++)
        if (ix->slots[i].item)
            put(slots, cap, ix->slots[i].hash, ix->slots[i].item - 1);
    free(ix->slots);
    ix->slots = slots;
    ix->cap = cap;
    return YK_OK;
}

yk_status yk_index_add(yk_index *ix, uint64_t h, size_t item)
{
    if (item == YK_INDEX_NONE)
        return YK_ERR_NOMEM;
    yk_status st = yk_index_reserve(ix, ix->count + 1);
    if (st != YK_OK)
        return st;
    put(ix->slots, ix->cap, h, item);
    ix->count++;
    return YK_OK;
}

void yk_index_free(yk_index *ix)
{
    if (!ix)
        return;
    free(ix->slots);
    *ix = (yk_index){ 0 };
}
