#ifndef YK_TOOLS_JSON_H
#define YK_TOOLS_JSON_H
#include <stdio.h>
/* Write s (UTF-8, n bytes) as a JSON string literal. */
void json_string(FILE *fp, const char *s, size_t n);
#endif
