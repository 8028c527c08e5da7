#include <stdalign.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "yk_arena.h"

/* Blocks grow with use, so a small form costs one small block and a large
 * one a handful of allocations, not one per string. */
enum { FIRST_BLOCK = 4096, BIGGEST_BLOCK = 1 << 20 };
#define ALIGN (alignof(max_align_t))

struct yk_arena_block {
    yk_arena_block *next;
    size_t size, used;          /* bytes of data[] */
    alignas(max_align_t) unsigned char data[];
};

static yk_arena_block *block_new(size_t need, size_t last)
{
    size_t size = last ? last * 2 : FIRST_BLOCK;
    if (size > BIGGEST_BLOCK)
        size = BIGGEST_BLOCK;
    if (size < need)
        size = need;
    if (size > SIZE_MAX - sizeof(yk_arena_block))
        return NULL;
    yk_arena_block *b = malloc(sizeof *b + size);
    if (!b)
        return NULL;
    b->size = size;
    b->used = 0;
    return b;
}

void *yk_arena_alloc(yk_arena *a, size_t n)
{
    if (n == 0)
        n = 1;
    if (n > SIZE_MAX - ALIGN)
        return NULL;
    size_t rounded = (n + ALIGN - 1) / ALIGN * ALIGN;
    yk_arena_block *b = a->head;
    if (b && b->size - b->used >= rounded) {
        void *p = b->data + b->used;
        b->used += rounded;
        return p;
    }
    if (b && rounded > BIGGEST_BLOCK / 8) {
        /* A big one-off gets a block of its own behind the current one,
         * which keeps serving small requests from its free space. */
        yk_arena_block *own = block_new(rounded, 0);
        if (!own)
            return NULL;
        own->next = b->next;
        b->next = own;
        own->used = rounded;
        return own->data;
    }
    yk_arena_block *fresh = block_new(rounded, b ? b->size : 0);
    if (!fresh)
        return NULL;
    fresh->next = b;
    a->head = fresh;
    fresh->used = rounded;
    return fresh->data;
}

void *yk_arena_calloc(yk_arena *a, size_t count, size_t size)
{
    if (size && count > SIZE_MAX / size)
        return NULL;
    void *p = yk_arena_alloc(a, count * size);
    if (p)
        memset(p, 0, count * size);
    return p;
}

char *yk_arena_strndup(yk_arena *a, const char *s, size_t n)
{
    if (n == SIZE_MAX)
        return NULL;
    char *p = yk_arena_alloc(a, n + 1);
    if (!p)
        return NULL;
    if (n)
        memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

void yk_arena_free(yk_arena *a)
{
    if (!a)
        return;
    yk_arena_block *b = a->head;
    while (b) {
        yk_arena_block *next = b->next;
        free(b);
        b = next;
    }
    a->head = NULL;
}
