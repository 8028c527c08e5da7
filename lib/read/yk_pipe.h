/* ykien — one read on two threads: one thread reads, the other uses the rows.
 *
 * yk_pipe_run runs a read (whatever calls a yk_row_fn and a yk_diag_fn:
 * yk_reader_read, a workbook's sheet) on a thread of its own, and makes
 * on the calling thread the very calls the read makes, rows and
 * diagnostics in the order it made them.  The caller sees what a read on
 * its own thread would show it, so whatever it prints is the same; only
 * the reading (tokenising, decoding) and the using (coding, tallying) run
 * at once.
 *
 * Rows and diagnostics travel copied into batches of about batch_bytes,
 * a few in flight: memory is those batches, or the largest row when a
 * row is larger, whatever the file's length.
 *
 * The calls the read makes on its thread may not touch what the calling
 * thread's functions touch: they get the pipe's own row and diag
 * functions, which only copy. */
#ifndef YK_PIPE_H
#define YK_PIPE_H

#include <stddef.h>
#include "yk_reader.h"
#include "yk_status.h"

/* Where a read's rows and diagnostics go. */
typedef struct {
    yk_row_fn row;
    void *row_ctx;
    yk_diag_fn diag;    /* may be NULL: diagnostics are dropped */
    void *diag_ctx;
} yk_read_calls;

/* A read: it makes its calls through to, and keeps its own outcome in ctx. */
typedef void (*yk_pipe_read_fn)(void *ctx, const yk_read_calls *to);

typedef struct {
    size_t batch_bytes;     /* a batch is handed over when full; 0: 256 KiB */
    unsigned batches;       /* batches in flight, at least 2; 0: 4 */
} yk_pipe_options;

/* Run read(read_ctx, ...) on a new thread and make its calls to `to` on
 * this one, in its order; return when both are done.  When to->row
 * returns nonzero, no call is made after it and the read's row function
 * returns nonzero from then on (a read that asks for more rows is told to
 * stop, as a reader on one thread would be).  opts may be NULL.
 *
 * Returns YK_OK when every call was made (or to->row stopped them);
 * YK_ERR_NOMEM when a row or diagnostic could not be copied: the calls
 * before it were made, none after, and the read was told to stop.  When
 * no thread can be started, read runs on this thread with `to` itself:
 * the same calls, one after the other. */
yk_status yk_pipe_run(const yk_pipe_options *opts, yk_pipe_read_fn read, void *read_ctx,
                      const yk_read_calls *to);

#endif
