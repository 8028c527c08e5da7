/* ykien — the tally of a confidence poll: counts, merges, and its files. */
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "yk_poll.h"

enum { MAX_PERSONS = 100000 };

struct yk_poll {
    size_t n;
    yk_poll_person *persons;
    yk_poll_ballots ballots;
};

yk_status yk_poll_new(size_t n_persons, yk_poll **out)
{
    *out = NULL;
    if (n_persons == 0 || n_persons > MAX_PERSONS)
        return YK_ERR_ARGUMENT;
    yk_poll *p = calloc(1, sizeof *p);
    if (!p)
        return YK_ERR_NOMEM;
    p->persons = calloc(n_persons, sizeof *p->persons);
    if (!p->persons) {
        free(p);
        return YK_ERR_NOMEM;
    }
    p->n = n_persons;
    *out = p;
    return YK_OK;
}

void yk_poll_free(yk_poll *p)
{
    if (!p)
        return;
    free(p->persons);
    free(p);
}

static void count_line(yk_poll_person *person, yk_mark m)
{
    switch (m) {
    case YK_MARK_HIGH:
    case YK_MARK_TRUST:
    case YK_MARK_LOW: person->level[m]++; break;
    case YK_MARK_NONE: person->no_mark++; break;
    case YK_MARK_SEVERAL: person->several++; break;
    default: person->unknown++; break;
    }
}

void yk_poll_add(yk_poll *p, const yk_ballot *b)
{
    p->ballots.returned++;
    p->ballots.added += b->added != 0;
    p->ballots.struck += b->struck != 0;
    if (b->added || b->struck) {
        p->ballots.invalid++;     /* none of its lines count */
        return;
    }
    p->ballots.valid++;
    for (size_t i = 0; i < p->n; i++)
        count_line(&p->persons[i], b->marks[i]);
}

static int add_count(unsigned long *into, unsigned long more)
{
    if (*into > ULONG_MAX - more)
        return 0;
    *into += more;
    return 1;
}

yk_status yk_poll_merge(yk_poll *into, const yk_poll *from)
{
    if (into->n != from->n)
        return YK_ERR_ARGUMENT;
    /* Check every sum first, so that a refused merge changes nothing. */
    yk_poll_ballots b = into->ballots;
    int ok = add_count(&b.returned, from->ballots.returned) &&
             add_count(&b.valid, from->ballots.valid) &&
             add_count(&b.invalid, from->ballots.invalid) &&
             add_count(&b.added, from->ballots.added) &&
             add_count(&b.struck, from->ballots.struck);
    if (!ok)
        return YK_ERR_ARGUMENT;
    /* A person's lines never outnumber the ballots, so they cannot
     * overflow once the ballots do not. */
    into->ballots = b;
    for (size_t i = 0; i < into->n; i++) {
        yk_poll_person *a = &into->persons[i];
        const yk_poll_person *f = &from->persons[i];
        for (int l = 0; l < YK_N_LEVELS; l++)
            a->level[l] += f->level[l];
        a->no_mark += f->no_mark;
        a->several += f->several;
        a->unknown += f->unknown;
    }
    return YK_OK;
}

size_t yk_poll_n_persons(const yk_poll *p)
{
    return p->n;
}

const yk_poll_person *yk_poll_person_get(const yk_poll *p, size_t i)
{
    return i < p->n ? &p->persons[i] : NULL;
}

const yk_poll_ballots *yk_poll_ballots_get(const yk_poll *p)
{
    return &p->ballots;
}

unsigned long yk_poll_valid_lines(const yk_poll *p, size_t i)
{
    const yk_poll_person *person = &p->persons[i];
    return person->level[YK_LEVEL_HIGH] + person->level[YK_LEVEL_TRUST] +
           person->level[YK_LEVEL_LOW];
}

unsigned long yk_poll_invalid_lines(const yk_poll *p, size_t i)
{
    return p->ballots.returned - yk_poll_valid_lines(p, i);
}

unsigned long yk_poll_percent_hundredths(unsigned long count, unsigned long base)
{
    unsigned long long twice = 2ULL * 10000ULL * count + base;
    return (unsigned long)(twice / (2ULL * base));
}

/* ---- poll tally files ---------------------------------------------------- */

enum { POLL_FILE_MAX = 16 << 20 };      /* bytes */

static yk_status put_line(yk_output out, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
/* One line, however long its person's code: measured, then written. */
static yk_status put_line(yk_output out, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    char *line = n >= 0 ? malloc((size_t)n + 1) : NULL;
    if (!line)
        return n < 0 ? YK_ERR_LIMIT : YK_ERR_NOMEM;
    va_start(ap, fmt);
    vsnprintf(line, (size_t)n + 1, fmt, ap);
    va_end(ap);
    yk_status st = out.write(out.ctx, line, (size_t)n);
    free(line);
    return st;
}

yk_status yk_poll_save(const yk_poll *p, const char *const *persons, yk_output out)
{
    const yk_poll_ballots *b = &p->ballots;
    yk_status st = put_line(out, "ykien-poll %d\npersons %zu\n", YK_POLL_VERSION, p->n);
    if (st == YK_OK)
        st = put_line(out, "ballots %lu %lu %lu %lu %lu\n", b->returned, b->valid, b->invalid,
                      b->added, b->struck);
    for (size_t i = 0; st == YK_OK && i < p->n; i++) {
        const yk_poll_person *q = &p->persons[i];
        st = put_line(out, "p %s %lu %lu %lu %lu %lu %lu\n", persons[i], q->level[0],
                      q->level[1], q->level[2], q->no_mark, q->several, q->unknown);
    }
    return st == YK_OK ? put_line(out, "end\n") : st;
}

/* The grammar, one line each, in this order, every line counted:
 *
 *     ykien-poll VERSION       a whole number, 1 to YK_POLL_VERSION
 *     persons N                the form's persons, in its order
 *     ballots RETURNED VALID INVALID ADDED STRUCK
 *     p CODE HIGH TRUST LOW NO_MARK SEVERAL UNKNOWN    N times
 *     end                      the file was written to its end
 *
 * Counts are whole numbers separated by spaces.  A line may end in spaces,
 * tabs or CR (a file that went through Windows); nothing else may follow
 * a value.  Only blank lines may follow `end`: anything else is an error
 * with its line, as is a blank line before it. */
typedef struct {
    const char *source;
    yk_diag_fn diag;
    void *ctx;
    unsigned long line;
    char *at, *end;             /* the text not yet read */
} poll_reading;

static yk_status refuse(poll_reading *rd, const char *kind, const char *message)
{
    if (rd->diag) {
        yk_diag d = { YK_ERROR, kind, rd->source, rd->line, 0, message,
                      "is it a file written by 'ykien votes --save'?" };
        rd->diag(rd->ctx, &d);
    }
    return YK_ERR_PARSE;
}

/* The next line without its end and trailing blanks, counted; NULL at the
 * end of the text (counted too: a message names the line that is missing). */
static char *next_line(poll_reading *rd)
{
    rd->line++;
    if (rd->at >= rd->end)
        return NULL;
    char *s = rd->at, *nl = memchr(s, '\n', (size_t)(rd->end - s));
    char *stop = nl ? nl : rd->end;
    rd->at = nl ? nl + 1 : rd->end;
    while (stop > s && (stop[-1] == ' ' || stop[-1] == '\t' || stop[-1] == '\r'))
        stop--;
    *stop = '\0';
    return s;
}

/* Whole numbers up to 10^12 each: a poll is not larger. */
static int counts_of(const char *s, unsigned long *v, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        char *end;
        if (*s != ' ')
            return 0;
        while (*s == ' ')
            s++;
        if (*s < '0' || *s > '9')
            return 0;
        unsigned long long x = strtoull(s, &end, 10);
        if (x > 1000000000000ULL)
            return 0;
        v[i] = (unsigned long)x;
        s = end;
    }
    return *s == '\0';
}

/* "WORD N" with N a whole number and nothing after it. */
static int keyword_count(const char *line, const char *word, unsigned long *v)
{
    size_t n = strlen(word);
    return line && strncmp(line, word, n) == 0 && counts_of(line + n, v, 1);
}

static yk_status read_person(poll_reading *rd, yk_poll *p, size_t i, const char *name,
                             char *line)
{
    size_t n = strlen(name);
    unsigned long v[6];
    if (strncmp(line, "p ", 2) != 0 || strncmp(line + 2, name, n) != 0 || line[2 + n] != ' ')
        return refuse(rd, "poll-other-persons", "the persons are not the form's, in its order");
    if (!counts_of(line + 2 + n, v, 6))
        return refuse(rd, "poll-bad-count", "a count is not a whole number");
    yk_poll_person *q = &p->persons[i];
    q->level[0] = v[0], q->level[1] = v[1], q->level[2] = v[2];
    q->no_mark = v[3], q->several = v[4], q->unknown = v[5];
    /* Each valid ballot has one line per person, counted once. */
    if (v[0] + v[1] + v[2] + v[3] + v[4] + v[5] != p->ballots.valid)
        return refuse(rd, "poll-bad-count", "a person's lines do not add up to the valid ballots");
    return YK_OK;
}

/* After `end`: blank lines only. */
static yk_status read_after_end(poll_reading *rd)
{
    char *line;
    while ((line = next_line(rd)) != NULL)
        if (*line)
            return refuse(rd, "poll-after-end", "text after 'end': the file was edited or two "
                          "files were joined");
    return YK_OK;
}

static yk_status read_poll(poll_reading *rd, const char *const *persons, size_t n, yk_poll *p)
{
    unsigned long head[5], version = 0, count = 0;
    char *line = next_line(rd);
    if (!keyword_count(line, "ykien-poll", &version) || version < 1 ||
        version > YK_POLL_VERSION)
        return refuse(rd, "poll-not-a-tally", "this is not a poll tally of this ykien");
    line = next_line(rd);
    if (!keyword_count(line, "persons", &count) || count != n)
        return refuse(rd, "poll-other-persons", "the poll rates other persons than the form");
    line = next_line(rd);
    if (!line || strncmp(line, "ballots", 7) != 0 || !counts_of(line + 7, head, 5))
        return refuse(rd, "poll-bad-count", "the ballots' counts are missing or not numbers");
    p->ballots = (yk_poll_ballots){ head[0], head[1], head[2], head[3], head[4] };
    if (head[1] + head[2] != head[0] || head[3] > head[2] || head[4] > head[2])
        return refuse(rd, "poll-bad-count", "the ballots' counts do not add up");
    for (size_t i = 0; i < n; i++) {
        line = next_line(rd);
        yk_status st = line ? read_person(rd, p, i, persons[i], line)
                            : refuse(rd, "poll-cut-short", "the file ends before its persons do");
        if (st != YK_OK)
            return st;
    }
    line = next_line(rd);
    if (!line || strcmp(line, "end") != 0)
        return refuse(rd, "poll-cut-short", "the file does not end with 'end': it was cut short");
    return read_after_end(rd);
}

yk_status yk_poll_load(const char *source, yk_input *in, const char *const *persons,
                       size_t n, yk_diag_fn diag, void *diag_ctx, yk_poll **out)
{
    poll_reading rd = { source, diag, diag_ctx, 0, NULL, NULL };
    char chunk[65536];
    size_t got;
    char *text = NULL;
    size_t len = 0;
    yk_status st = YK_OK;
    *out = NULL;
    while ((st = in->read(in->ctx, chunk, sizeof chunk, &got)) == YK_OK && got) {
        char *more = len + got <= POLL_FILE_MAX ? realloc(text, len + got + 1) : NULL;
        if (!more) {
            free(text);
            return len + got > POLL_FILE_MAX ? refuse(&rd, "poll-too-large", "the file is too "
                                                      "large for a poll tally") : YK_ERR_NOMEM;
        }
        text = more;
        memcpy(text + len, chunk, got);
        len += got;
    }
    if (st != YK_OK) {
        free(text);
        return st;
    }
    if (!text || memchr(text, '\0', len)) {
        free(text);
        return refuse(&rd, "poll-not-a-tally", "this is not a poll tally of this ykien");
    }
    text[len] = '\0';
    rd.at = text;
    rd.end = text + len;
    st = yk_poll_new(n, out);
    if (st == YK_OK)
        st = read_poll(&rd, persons, n, *out);
    free(text);
    if (st != YK_OK) {
        yk_poll_free(*out);
        *out = NULL;
    }
    return st;
}
