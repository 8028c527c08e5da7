/* ykien — JSON string literals: the escaping (yk_json.h). */
#include <stdio.h>
#include "yk_json.h"

/* The escape of byte c, into esc; 0 when c stands as it is. */
static size_t escape(unsigned char c, char esc[8])
{
    if (c == '"' || c == '\\')
        return (size_t)snprintf(esc, 8, "\\%c", c);
    if (c == '\n')
        return (size_t)snprintf(esc, 8, "\\n");
    if (c == '\r')
        return (size_t)snprintf(esc, 8, "\\r");
    if (c == '\t')
        return (size_t)snprintf(esc, 8, "\\t");
    if (c < 0x20)
        return (size_t)snprintf(esc, 8, "\\u%04x", c);
    return 0;
}

yk_status yk_json_string(yk_buf *b, const char *s, size_t n)
{
    yk_status st = yk_buf_append(b, "\"", 1);
    size_t from = 0;
    for (size_t i = 0; i < n && st == YK_OK; i++) {
        char esc[8];
        size_t len = escape((unsigned char)s[i], esc);
        if (len == 0)
            continue;
        st = yk_buf_append(b, s + from, i - from);
        if (st == YK_OK)
            st = yk_buf_append(b, esc, len);
        from = i + 1;
    }
    if (st == YK_OK)
        st = yk_buf_append(b, s + from, n - from);
    return st == YK_OK ? yk_buf_append(b, "\"", 1) : st;
}
