/* ykien's fuzz targets: the check every target makes, written once.
 *
 * CHECK(cond) aborts with the file, line and condition on stderr when cond
 * is false: libFuzzer and the corpus replay both treat the abort as a
 * crash, and the line tells which invariant broke. */
#ifndef FUZZ_CHECK_H
#define FUZZ_CHECK_H

#include <stdio.h>
#include <stdlib.h>

#define CHECK(cond) \
    ((cond) ? (void)0 : fuzz_fail(__FILE__, __LINE__, #cond))

static inline void fuzz_fail(const char *file, int line, const char *what)
{
    fprintf(stderr, "%s:%d: check failed: %s\n", file, line, what);
    abort();
}

#endif
