/* ykien — an arena: many small allocations freed at once.
 *
 * A form owns hundreds of little strings and arrays that live exactly as
 * long as it does; an arena hands them out from a few large blocks and
 * frees them together, so no path through a loader can leak one.
 *
 * A plain value type: zero-initialise it, allocate, yk_arena_free() it.
 * Every allocation is aligned for any object.  A NULL return means out of
 * memory (or a size that cannot be represented); the arena is then still
 * valid and still owns what it handed out before. */
#ifndef YK_ARENA_H
#define YK_ARENA_H

#include <stddef.h>

typedef struct yk_arena_block yk_arena_block;

typedef struct {
    yk_arena_block *head;   /* the block allocations come from; owned */
} yk_arena;

/* n bytes (n may be 0: a unique non-NULL pointer), uninitialised; owned by
 * the arena, valid until yk_arena_free.  NULL when out of memory. */
void *yk_arena_alloc(yk_arena *a, size_t n);

/* count objects of size bytes each, zeroed; NULL on overflow or when out
 * of memory. */
void *yk_arena_calloc(yk_arena *a, size_t count, size_t size);

/* A NUL-terminated copy of the n bytes at s (which need not be
 * NUL-terminated); NULL when out of memory. */
char *yk_arena_strndup(yk_arena *a, const char *s, size_t n);

/* Free every block; the arena is empty and may be used again.  Accepts
 * NULL. */
void yk_arena_free(yk_arena *a);

#endif
