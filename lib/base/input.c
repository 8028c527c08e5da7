#include <string.h>
#include "yk_input.h"

static yk_status memory_read(void *ctx, char *buf, size_t cap, size_t *got)
{
    yk_memory *m = ctx;
    size_t n = m->len - m->pos < cap ? m->len - m->pos : cap;
    if (n)
        memcpy(buf, m->data + m->pos, n);
    m->pos += n;
    *got = n;
    return YK_OK;
}

static yk_status memory_rewind(void *ctx)
{
    ((yk_memory *)ctx)->pos = 0;
    return YK_OK;
}

yk_input yk_input_memory(yk_memory *m, const void *data, size_t len)
{
    m->data = data;
    m->len = len;
    m->pos = 0;
    return (yk_input){ memory_read, memory_rewind, m };
}
