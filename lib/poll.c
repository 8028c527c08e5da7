#include <limits.h>
#include <stdlib.h>
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
