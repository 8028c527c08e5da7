/* ykien — a dictionary from byte strings to numbers.
 *
 * A hash index (yk_index.h) over keys the dictionary copies.  Used to
 * look answers up by their key in time independent of the size of a
 * choice list. */
#ifndef YK_DICT_H
#define YK_DICT_H

#include <stddef.h>
#include <stdint.h>
#include "yk_index.h"
#include "yk_status.h"

typedef struct yk_dict yk_dict;

yk_status yk_dict_new(yk_dict **out);
void yk_dict_free(yk_dict *d);

/* Add key -> value unless key is there already: then *existing (may be
 * NULL) gets the value it has and the call returns YK_OK without change,
 * *added (may be NULL) telling which happened. */
yk_status yk_dict_add(yk_dict *d, const char *key, size_t len, size_t value,
                      int *added, size_t *existing);

/* 1 and *value when key is there, else 0. */
int yk_dict_get(const yk_dict *d, const char *key, size_t len, size_t *value);

size_t yk_dict_count(const yk_dict *d);

#endif
