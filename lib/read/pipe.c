/* One read on two threads: the reading thread copies each row and
 * diagnostic into a batch, the calling thread makes the calls from the
 * batches it is handed, in order. */
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "yk_pipe.h"

/* The calling thread codes rows faster than they are read, so it waits
 * for each batch: batches of 256 KiB (some 250 rows of 45 answers) make
 * waking it a small cost (at 64 KiB the wake-ups took 7 % of the time). */
enum { DEFAULT_BATCH = 256 << 10, DEFAULT_BATCHES = 4 };

/* A row with its fields and their bytes, or a diagnostic with its texts,
 * in one piece of a batch.  A batch is never moved once a record is in
 * it, so the pointers inside a record point into the batch itself. */
typedef struct {
    size_t size;            /* of the whole record: the next one starts there */
    int is_row;
    union {
        yk_row row;
        yk_diag diag;
    } u;
} record;

typedef struct {
    char *data;
    size_t len, cap;
} batch;

/* A source named by the read, copied once: rows and diagnostics point to
 * it until the run ends, as they pointed to the read's for its length. */
typedef struct source {
    struct source *next;
    char text[];
} source;

typedef struct {
    pthread_mutex_t lock;
    pthread_cond_t filled, emptied;
    batch *ring;
    unsigned n;
    /* Under the lock: the full batches are ring[take], ring[take + 1]...
     * (mod n), full of them; the first is being used while it counts. */
    unsigned take, full;
    int ended, stopped;
    /* The reading thread's alone (the caller's once it is joined). */
    size_t batch_bytes;
    batch *filling;
    source *sources;
    int told_stop;
    yk_status failed;
    yk_pipe_read_fn read;
    void *read_ctx;
    int diags;              /* the caller wants them */
} pipe_state;

static size_t aligned(size_t n)
{
    const size_t a = _Alignof(max_align_t);
    return (n + a - 1) / a * a;
}

/* ---- the reading thread -------------------------------------------------- */

static void fail(pipe_state *p)
{
    p->failed = YK_ERR_NOMEM;
    p->told_stop = 1;
}

static const char *source_of(pipe_state *p, const char *s)
{
    for (source *k = p->sources; k; k = k->next)
        if (strcmp(k->text, s) == 0)
            return k->text;
    size_t n = strlen(s) + 1;
    source *k = malloc(sizeof *k + n);
    if (!k)
        return NULL;
    memcpy(k->text, s, n);
    k->next = p->sources;
    p->sources = k;
    return k->text;
}

/* Hand the batch being filled to the calling thread, unless it asked to stop. */
static void hand_over(pipe_state *p)
{
    pthread_mutex_lock(&p->lock);
    if (p->stopped)
        p->told_stop = 1;
    else
        p->full++;
    pthread_cond_signal(&p->filled);
    pthread_mutex_unlock(&p->lock);
    p->filling = NULL;
}

/* The next batch to fill, once one is free; NULL when told to stop.  A
 * batch grown for a huge row goes back to its size: memory follows the
 * rows in flight, not the largest row ever read. */
static batch *next_free(pipe_state *p)
{
    pthread_mutex_lock(&p->lock);
    while (p->full == p->n && !p->stopped)
        pthread_cond_wait(&p->emptied, &p->lock);
    batch *b = p->stopped ? NULL : &p->ring[(p->take + p->full) % p->n];
    p->told_stop |= p->stopped;
    pthread_mutex_unlock(&p->lock);
    if (b && b->cap > p->batch_bytes) {
        free(b->data);
        b->data = NULL;
        b->cap = 0;
    }
    if (b)
        b->len = 0;
    return b;
}

/* Room for a record of size bytes at the end of the batch being filled
 * (handed over first when the record does not fit), or NULL when told to
 * stop or out of memory. */
static record *room(pipe_state *p, size_t size)
{
    batch *b = p->filling;
    if (b && b->len && b->cap - b->len < size)
        hand_over(p);
    if (!p->filling && !(p->filling = next_free(p)))
        return NULL;
    b = p->filling;
    if (b->cap - b->len < size) {       /* an empty batch, for a huge row */
        size_t want = size > p->batch_bytes ? size : p->batch_bytes;
        free(b->data);
        b->cap = (b->data = malloc(want)) ? want : 0;
        if (!b->data) {
            fail(p);
            return NULL;
        }
    }
    record *r = (record *)(b->data + b->len);
    r->size = size;
    b->len += size;
    return r;
}

/* The bytes of row's record, aligned; 0 when too many to count. */
static size_t row_size(const yk_row *row)
{
    const size_t most = SIZE_MAX / 4;
    if (row->n > most / sizeof(yk_field))
        return 0;
    size_t size = sizeof(record) + row->n * sizeof(yk_field);
    for (size_t i = 0; i < row->n; i++) {
        if (row->fields[i].len >= most - size)
            return 0;
        size += row->fields[i].len + 1;
    }
    return aligned(size);
}

/* Copy n fields, each with its NUL, into text, and point to them in f.
 * A reader keeps most fields one after the other in one buffer, each
 * ended by its NUL: such a run is copied at once, not field by field. */
static void copy_fields(const yk_field *from, size_t n, yk_field *f, char *text)
{
    for (size_t i = 0; i < n;) {
        const char *start = from[i].s, *end = start;
        size_t k = i;
        do {
            f[k] = (yk_field){ text + (end - start), from[k].len };
            end += from[k].len + 1;
        } while (++k < n && from[k].s == end);
        memcpy(text, start, (size_t)(end - start));
        text += end - start;
        i = k;
    }
}

static int put_row(void *ctx, const yk_row *row)
{
    pipe_state *p = ctx;
    if (p->told_stop)
        return 1;
    size_t size = row_size(row);
    const char *src = row->source ? source_of(p, row->source) : NULL;
    record *r = size && (src || !row->source) ? room(p, size) : NULL;
    if (!r) {
        if (!p->told_stop)
            fail(p);
        return 1;
    }
    yk_field *f = (yk_field *)(r + 1);
    copy_fields(row->fields, row->n, f, (char *)(f + row->n));
    r->is_row = 1;
    r->u.row = *row;
    r->u.row.source = src;
    r->u.row.fields = f;
    return 0;
}

static char *put_text(char **at, const char *s)
{
    if (!s)
        return NULL;
    size_t n = strlen(s) + 1;
    char *copy = memcpy(*at, s, n);
    *at += n;
    return copy;
}

static void put_diag(void *ctx, const yk_diag *d)
{
    pipe_state *p = ctx;
    if (p->told_stop)
        return;
    size_t size = sizeof(record) + (d->message ? strlen(d->message) + 1 : 0) +
                  (d->hint ? strlen(d->hint) + 1 : 0);
    const char *src = d->source ? source_of(p, d->source) : NULL;
    record *r = src || !d->source ? room(p, aligned(size)) : NULL;
    if (!r) {
        if (!p->told_stop)
            fail(p);
        return;
    }
    char *text = (char *)(r + 1);
    r->is_row = 0;
    r->u.diag = *d;             /* kind is static: kept as it is */
    r->u.diag.source = src;
    r->u.diag.message = put_text(&text, d->message);
    r->u.diag.hint = put_text(&text, d->hint);
}

static void *reading(void *arg)
{
    pipe_state *p = arg;
    yk_read_calls mine = { put_row, p, p->diags ? put_diag : NULL, p };
    p->read(p->read_ctx, &mine);
    if (p->filling && p->filling->len)
        hand_over(p);
    pthread_mutex_lock(&p->lock);
    p->ended = 1;
    pthread_cond_signal(&p->filled);
    pthread_mutex_unlock(&p->lock);
    return NULL;
}

/* ---- the calling thread -------------------------------------------------- */

/* Make a batch's calls; nonzero when a row asked to stop. */
static int deliver(const batch *b, const yk_read_calls *to)
{
    for (size_t at = 0; at < b->len;) {
        const record *r = (const record *)(b->data + at);
        if (r->is_row && to->row(to->row_ctx, &r->u.row))
            return 1;
        if (!r->is_row)
            to->diag(to->diag_ctx, &r->u.diag);
        at += r->size;
    }
    return 0;
}

static void use(pipe_state *p, const yk_read_calls *to)
{
    for (int stop = 0; !stop;) {
        pthread_mutex_lock(&p->lock);
        while (!p->full && !p->ended)
            pthread_cond_wait(&p->filled, &p->lock);
        batch *b = p->full ? &p->ring[p->take] : NULL;
        pthread_mutex_unlock(&p->lock);
        if (!b)
            return;             /* the read ended, and all it gave is told */
        stop = deliver(b, to);
        pthread_mutex_lock(&p->lock);
        p->take = (p->take + 1) % p->n;
        p->full--;
        p->stopped |= stop;
        pthread_cond_signal(&p->emptied);
        pthread_mutex_unlock(&p->lock);
    }
}

static void free_state(pipe_state *p)
{
    for (unsigned i = 0; p->ring && i < p->n; i++)
        free(p->ring[i].data);
    free(p->ring);
    while (p->sources) {
        source *next = p->sources->next;
        free(p->sources);
        p->sources = next;
    }
}

/* The lock and its conditions; 0 when they cannot be made (then none is). */
static int make_locks(pipe_state *p)
{
    if (pthread_mutex_init(&p->lock, NULL) != 0)
        return 0;
    if (pthread_cond_init(&p->filled, NULL) == 0) {
        if (pthread_cond_init(&p->emptied, NULL) == 0)
            return 1;
        pthread_cond_destroy(&p->filled);
    }
    pthread_mutex_destroy(&p->lock);
    return 0;
}

static void free_locks(pipe_state *p)
{
    pthread_cond_destroy(&p->emptied);
    pthread_cond_destroy(&p->filled);
    pthread_mutex_destroy(&p->lock);
}

yk_status yk_pipe_run(const yk_pipe_options *opts, yk_pipe_read_fn read, void *read_ctx,
                      const yk_read_calls *to)
{
    pipe_state p = { .read = read, .read_ctx = read_ctx, .diags = to->diag != NULL };
    p.batch_bytes = opts && opts->batch_bytes ? opts->batch_bytes : DEFAULT_BATCH;
    p.n = opts && opts->batches ? opts->batches : DEFAULT_BATCHES;
    p.n = p.n < 2 ? 2 : p.n;
    pthread_t thread;
    int threaded = (p.ring = calloc(p.n, sizeof *p.ring)) != NULL && make_locks(&p);
    if (threaded && pthread_create(&thread, NULL, reading, &p) != 0) {
        free_locks(&p);
        threaded = 0;
    }
    if (threaded) {
        use(&p, to);
        pthread_join(thread, NULL);
        free_locks(&p);
    } else {
        read(read_ctx, to);     /* no thread: the same calls on this one */
    }
    free_state(&p);
    return p.failed;
}
