#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "yk_buf.h"

yk_status yk_buf_reserve(yk_buf *b, size_t extra)
{
    size_t cap = b->cap ? b->cap : SIZE_MAX;
    if (extra > cap - b->len)
        return YK_ERR_LIMIT;
    size_t need = b->len + extra;
    if (need <= b->size)
        return YK_OK;
    size_t size = b->size ? b->size : 256;
    while (size < need)
        size = size > SIZE_MAX / 2 ? need : size * 2;
    char *p = realloc(b->data, size);
    if (!p)
        return YK_ERR_NOMEM;
    b->data = p;
    b->size = size;
    return YK_OK;
}

yk_status yk_buf_append(yk_buf *b, const void *p, size_t n)
{
    yk_status st = yk_buf_reserve(b, n);
    if (st != YK_OK)
        return st;
    if (n)
        memcpy(b->data + b->len, p, n);
    b->len += n;
    return YK_OK;
}

void yk_buf_free(yk_buf *b)
{
    if (!b)
        return;
    free(b->data);
    b->data = NULL;
    b->len = b->size = 0;
}
