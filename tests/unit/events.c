/* The event logs of the table-driven suites (events.h). */
#include <stdarg.h>
#include <stdio.h>
#include "events.h"

void yk_test_append(char *out, size_t size, size_t *len, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(out + *len, size - *len, fmt, ap);
    va_end(ap);
    if (n > 0 && (size_t)n < size - *len)
        *len += (size_t)n;
}
