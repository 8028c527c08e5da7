/* ykien — growing an array: one way, with its overflow checks.
 *
 * An array here is a pointer, a count and a capacity the caller keeps.
 * It grows by doubling, so adding n items one at a time costs O(n). */
#ifndef YK_GROW_H
#define YK_GROW_H

#include <stddef.h>
#include "yk_status.h"

/* The capacity an array of cap items grows to so that it holds need:
 * twice cap (first when cap is 0), or need when that is more, and never
 * past most (0: no bound of the caller's) nor past what size_t can count
 * in bytes of size.  cap itself when it holds need already; 0 when need
 * cannot be had. */
size_t yk_grow_capacity(size_t cap, size_t need, size_t first, size_t most,
                        size_t size);

/* Reallocate the array at *items (a pointer to the caller's pointer) to
 * cap items of size bytes.  YK_ERR_NOMEM when out of memory or when the
 * bytes overflow: then *items is untouched and still owned by the caller. */
yk_status yk_resize(void *items, size_t cap, size_t size);

/* Room for need items in the array at *items of capacity *cap: grows it
 * (yk_grow_capacity with a first capacity of 16, no bound) and updates
 * *cap.  YK_ERR_NOMEM when out of memory or on overflow: then *items and
 * *cap are untouched. */
yk_status yk_grow(void *items, size_t *cap, size_t need, size_t size);

#endif
