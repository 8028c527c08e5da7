/* ykien — `key = value` files. */
#include <stdlib.h>
#include <string.h>
#include "yk_buf.h"
#include "yk_keyvalue.h"

static int is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\r';
}

/* s[0..n) trimmed, NUL-terminated in place (s[n] is free to overwrite). */
static char *trim(char *s, size_t n)
{
    while (n && is_space(*s))
        s++, n--;
    while (n && is_space(s[n - 1]))
        n--;
    s[n] = '\0';
    return s;
}

static yk_status read_all(yk_input *in, size_t max_bytes, yk_buf *text)
{
    char chunk[4096];
    size_t got;
    yk_status st = in->rewind ? in->rewind(in->ctx) : YK_OK;
    text->cap = max_bytes + 1;      /* room for a final NUL */
    while (st == YK_OK && (st = in->read(in->ctx, chunk, sizeof chunk, &got)) == YK_OK && got)
        st = yk_buf_append(text, chunk, got);
    if (st == YK_OK && text->len > max_bytes)
        st = YK_ERR_LIMIT;
    return st == YK_OK ? yk_buf_append(text, "", 1) : st;
}

yk_status yk_kv_read(yk_input *in, size_t max_bytes, yk_kv_fn fn, void *ctx)
{
    yk_buf text = { 0 };
    yk_status st = read_all(in, max_bytes, &text);
    size_t len = text.len ? text.len - 1 : 0;
    size_t i = len >= 3 && memcmp(text.data, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
    for (unsigned long line = 1; st == YK_OK && i < len; line++) {
        char *s = text.data + i, *nl = memchr(s, '\n', len - i);
        size_t n = nl ? (size_t)(nl - s) : len - i;
        char *hash = memchr(s, '#', n);
        size_t used = hash ? (size_t)(hash - s) : n;
        char *eq = memchr(s, '=', used);
        i += n + 1;
        if (!eq) {
            char *all = trim(s, used);
            if (*all)
                st = fn(ctx, NULL, all, line);
            continue;
        }
        char *value = trim(eq + 1, (size_t)(s + used - eq - 1));
        st = fn(ctx, trim(s, (size_t)(eq - s)), value, line);
    }
    yk_buf_free(&text);
    return st;
}
