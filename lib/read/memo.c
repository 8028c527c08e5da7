#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "memo_impl.h"

enum { SLOTS = 2 * YK_MEMO_FIELDS, PROBES = 8 };

/* Length, first, middle and last eight bytes: names and stock comments
 * that differ, differ there; those that do not only share a chain. */
static size_t slot_of(const char *p, size_t n)
{
    uint64_t a = 0, b = 0, c = 0;
    if (n >= 8) {
        memcpy(&a, p, 8);
        memcpy(&b, p + n / 2 - 4, 8);
        memcpy(&c, p + n - 8, 8);
    } else {
        memcpy(&a, p, n);
    }
    uint64_t h = (a * 0x9E3779B97F4A7C15ull) ^ (b * 0xC2B2AE3D27D4EB4Full) ^
                 (c * 0x165667B19E3779F9ull) ^ n;
    h ^= h >> 32;
    h *= 0xD6E8FEB86659FD93ull;
    return (size_t)(h >> 32) & (SLOTS - 1);
}

static int same_key(const yk_memo *m, const yk_memo_entry *e, const char *p, size_t n)
{
    return e->key_len == n && memcmp(m->keys.data + e->key, p, n) == 0;
}

const yk_memo_entry *yk_memo_get(const yk_memo *m, const char *p, size_t n)
{
    if (!m->n || n > YK_MEMO_FIELD_MAX)
        return NULL;
    for (size_t k = 0, s = slot_of(p, n); k < PROBES; k++, s = (s + 1) & (SLOTS - 1)) {
        if (!m->slots[s])
            return NULL;
        const yk_memo_entry *e = &m->kept[m->slots[s] - 1];
        if (same_key(m, e, p, n))
            return e;
    }
    return NULL;
}

void yk_memo_put(yk_memo *m, const char *p, size_t n, const char *text, size_t len)
{
    if (n > YK_MEMO_FIELD_MAX || m->n == YK_MEMO_FIELDS)
        return;
    if (!m->slots && !(m->slots = calloc(SLOTS, sizeof *m->slots)))
        return;
    if (!m->kept && !(m->kept = malloc(YK_MEMO_FIELDS * sizeof *m->kept)))
        return;
    size_t s = slot_of(p, n), k = 0;
    for (; k < PROBES && m->slots[s]; k++, s = (s + 1) & (SLOTS - 1))
        if (same_key(m, &m->kept[m->slots[s] - 1], p, n))
            return;
    if (k == PROBES || yk_buf_reserve(&m->keys, n) != YK_OK ||
        yk_buf_reserve(&m->text, len + 1) != YK_OK)
        return;
    m->kept[m->n] = (yk_memo_entry){ m->keys.len, n, m->text.len, len };
    memcpy(m->keys.data + m->keys.len, p, n);
    m->keys.len += n;
    memcpy(m->text.data + m->text.len, text, len);
    m->text.data[m->text.len + len] = '\0';
    m->text.len += len + 1;
    m->slots[s] = (unsigned short)++m->n;
}

void yk_memo_clear(yk_memo *m)
{
    if (m->slots)
        memset(m->slots, 0, SLOTS * sizeof *m->slots);
    m->n = 0;
    yk_buf_clear(&m->keys);
    yk_buf_clear(&m->text);
}

void yk_memo_free(yk_memo *m)
{
    free(m->slots);
    free(m->kept);
    yk_buf_free(&m->keys);
    yk_buf_free(&m->text);
    memset(m, 0, sizeof *m);
}
