/* ykien — where bytes go.
 *
 * Every writer (CSV, tally and poll files, charts, documents) takes this
 * interface rather than a FILE*, so tests collect output in memory and
 * tools write to a temporary file that is renamed when complete. */
#ifndef YK_OUTPUT_H
#define YK_OUTPUT_H

#include <stddef.h>
#include "yk_status.h"

typedef struct {
    /* Write all n bytes or fail. */
    yk_status (*write)(void *ctx, const char *p, size_t n);
    void *ctx;
} yk_output;

#endif
