/* ykien — JSON string literals, for every writer of JSON (result tables,
 * sniff, check): one escaping, so their outputs agree. */
#ifndef YK_JSON_H
#define YK_JSON_H

#include <stddef.h>
#include "yk_buf.h"
#include "yk_status.h"

/* Append s (UTF-8, n bytes) to b as a JSON string literal: quotes,
 * backslashes and control characters escaped, other bytes as they are.
 * YK_OK, or yk_buf_append's status. */
yk_status yk_json_string(yk_buf *b, const char *s, size_t n);

#endif
