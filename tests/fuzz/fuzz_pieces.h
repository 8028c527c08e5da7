/* ykien's fuzz targets: an input in memory handed over in pieces, written
 * once for the targets that read through yk_reader.
 *
 * pieces_input(&p, &m, data, len, piece) is yk_input_memory handing over
 * at most `piece` bytes a read (0: as much as asked), so that a target can
 * cut the same bytes at fuzzer-chosen points. */
#ifndef FUZZ_PIECES_H
#define FUZZ_PIECES_H

#include <stddef.h>
#include "yk_input.h"

typedef struct {
    yk_input mem;
    size_t piece;
} pieces;

static inline yk_status pieces_read(void *ctx, char *buf, size_t cap, size_t *got)
{
    pieces *p = ctx;
    return p->mem.read(p->mem.ctx, buf, p->piece && p->piece < cap ? p->piece : cap, got);
}

static inline yk_status pieces_rewind(void *ctx)
{
    pieces *p = ctx;
    return p->mem.rewind(p->mem.ctx);
}

static inline yk_input pieces_input(pieces *p, yk_memory *m, const void *data,
                                    size_t len, size_t piece)
{
    p->mem = yk_input_memory(m, data, len);
    p->piece = piece;
    return (yk_input){ pieces_read, pieces_rewind, p };
}

#endif
