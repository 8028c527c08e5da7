#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "yk_grow.h"

enum { FIRST_CAPACITY = 16 };

size_t yk_grow_capacity(size_t cap, size_t need, size_t first, size_t most,
                        size_t size)
{
    if (need <= cap)
        return cap;
    size_t limit = SIZE_MAX / (size ? size : 1);
    if (most && most < limit)
        limit = most;
    if (need > limit)
        return 0;
    size_t c = !cap ? first : cap > limit / 2 ? limit : cap * 2;
    return c > limit ? limit : c < need ? need : c;
}

yk_status yk_resize(void *items, size_t cap, size_t size)
{
    void *old, *p;
    if (size && cap > SIZE_MAX / size)
        return YK_ERR_NOMEM;
    /* items points at some T*: moved through memcpy, not a void** cast,
     * so that every array type can share this function. */
    memcpy(&old, items, sizeof old);
    p = realloc(old, cap * size);
    if (!p)
        return YK_ERR_NOMEM;
    memcpy(items, &p, sizeof p);
    return YK_OK;
}

yk_status yk_grow(void *items, size_t *cap, size_t need, size_t size)
{
    if (need <= *cap)
        return YK_OK;
    size_t c = yk_grow_capacity(*cap, need, FIRST_CAPACITY, 0, size);
    if (!c)
        return YK_ERR_NOMEM;
    yk_status st = yk_resize(items, c, size);
    if (st == YK_OK)
        *cap = c;
    return st;
}
