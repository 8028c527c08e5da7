/* ykien — the `key = value` text files ykien reads: projects, rule sets,
 * report templates.
 *
 * A UTF-8 BOM is skipped; `#` starts a note that runs to the line's end;
 * blank lines are skipped; key and value are trimmed of spaces, tabs and
 * a CR.  The whole file is read first, up to max_bytes. */
#ifndef YK_KEYVALUE_H
#define YK_KEYVALUE_H

#include <stddef.h>
#include "yk_input.h"
#include "yk_status.h"

/* Called for each line that is not blank: its key and value, or, for a
 * line without '=', key NULL and the line (without its note) as value.
 * Both live only during the call; value may be changed in place (split,
 * say).  line is 1-based.  A status other than YK_OK stops the reading. */
typedef yk_status (*yk_kv_fn)(void *ctx, const char *key, char *value, unsigned long line);

/* YK_ERR_LIMIT when the file is larger than max_bytes; the callback's
 * status when it stops; else what reading gave. */
yk_status yk_kv_read(yk_input *in, size_t max_bytes, yk_kv_fn fn, void *ctx);

#endif
