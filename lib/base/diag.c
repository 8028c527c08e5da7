#include <stdio.h>
#include "yk_diag.h"
#include "yk_text.h"

enum { MSG_MAX = 1024 };

void yk_diag_vsend(yk_diag_fn fn, void *ctx, yk_severity sev, const char *kind,
                   const char *source, unsigned long line, unsigned long column,
                   const char *hint, const char *fmt, va_list ap)
{
    char msg[MSG_MAX];
    if (!fn)
        return;
    int n = vsnprintf(msg, sizeof msg, fmt, ap);
    if (n >= (int)sizeof msg) {     /* do not leave half a character */
        int cut;
        msg[yk_utf8_valid_prefix(msg, sizeof msg - 1, &cut)] = '\0';
    }
    yk_diag d = { sev, kind, source, line, column, msg, hint };
    fn(ctx, &d);
}
