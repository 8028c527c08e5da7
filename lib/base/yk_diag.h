/* ykien — diagnostics: how the library tells its caller what is wrong.
 *
 * The library never prints.  It hands each problem to a callback; the
 * ykien command prints them as `ykien: FILE:LINE[:COLUMN]: error: text`.
 * All strings are borrowed for the duration of the call, except kind:
 * every kind is a static string literal, which a callback may keep. */
#ifndef YK_DIAG_H
#define YK_DIAG_H

typedef enum { YK_WARNING, YK_ERROR } yk_severity;

typedef struct {
    yk_severity severity;
    const char *kind;        /* stable short id, e.g. "ragged-row"; static: may be kept */
    const char *source;      /* file name as given */
    unsigned long line;      /* physical line, 1-based; 0: the whole file */
    unsigned long column;    /* field number, 1-based; 0: the whole row */
    const char *message;     /* one English sentence, no final period */
    const char *hint;        /* a suggestion, or NULL */
} yk_diag;

typedef void (*yk_diag_fn)(void *ctx, const yk_diag *diag);

#include <stdarg.h>

/* Format a message and hand the diagnostic to fn (which may be NULL):
 * the one place modules build their messages.  Messages longer than 1 KiB
 * are cut on a character boundary. */
void yk_diag_vsend(yk_diag_fn fn, void *ctx, yk_severity sev, const char *kind,
                   const char *source, unsigned long line, unsigned long column,
                   const char *hint, const char *fmt, va_list ap);

#endif
