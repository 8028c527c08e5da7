/* ykien unit tests: the event logs the table-driven suites compare.
 *
 * A suite's callbacks print each event (a row, a diagnostic) into a fixed
 * buffer; the case then compares the buffer with the events it expects. */
#ifndef YK_TEST_EVENTS_H
#define YK_TEST_EVENTS_H

#include <stddef.h>

/* Append printf text to out (size bytes, *len used) when it fits whole;
 * text that does not fit is not counted, so the log stays NUL-ended and
 * a case with too many events fails its comparison. */
void yk_test_append(char *out, size_t size, size_t *len, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

/* add(e, fmt, ...): append to the events e, a struct with out and len. */
#define add(e, ...) yk_test_append((e)->out, sizeof (e)->out, &(e)->len, __VA_ARGS__)

#endif
