/* ykien — a confidence poll's table: counts, exact shares and flags,
 * person by person.  `ykien votes` writes it; the report reads it. */
#include "yk_figures_votes.h"

const char *const yk_votes_columns[YK_VOTES_NCOLS] = {
    "person", "position", "issued", "valid", "high", "trust", "low", "invalid", "base",
    "high_pct", "trust_pct", "low_pct", "flag", "name", "returned", "base_name", "rule",
    "no_mark", "several_marks", "unknown_marks", "names_added", "names_struck",
};

static void count(yk_table *t, unsigned long v)
{
    yk_table_number(t, (double)v, 0, 1);
}

static void blank_counts(yk_table *t, int n)
{
    for (int i = 0; i < n; i++)
        yk_table_number(t, 0, 0, 0);
}

/* The hundredths are exact in integers; h / 100.0 prints them back digit
 * for digit with two decimals, so the number cell shows just them. */
static void share(yk_table *t, const yk_votes_input *in, unsigned long n)
{
    if (!in->base_count) {
        yk_table_number(t, 0, 2, 0);
        return;
    }
    unsigned long h = yk_poll_percent_hundredths(n, in->base_count);
    yk_table_number_mark(t, (double)h / 100.0, 2, 1, in->decimal_mark);
}

/* The first row: the ballots, not a person. */
static void ballots_row(yk_table *t, const yk_votes_input *in)
{
    const yk_poll_ballots *b = yk_poll_ballots_get(in->poll);
    yk_table_text(t, "_ballots");
    yk_table_text(t, "");
    yk_table_number(t, (double)in->issued, 0, in->issued >= 0);
    count(t, b->valid);
    blank_counts(t, YK_N_LEVELS);
    count(t, b->invalid);
    count(t, in->base_count);
    for (int l = 0; l < YK_N_LEVELS; l++)
        yk_table_number(t, 0, 2, 0);
    yk_table_text(t, "");           /* the flag */
    yk_table_text(t, "");           /* the name */
    count(t, b->returned);
    yk_table_text(t, yk_base_name(in->base));
    yk_table_text(t, yk_rules_name(in->rules));
    blank_counts(t, 3);             /* the bad lines are a person's */
    count(t, b->added);
    count(t, b->struck);
}

static void person_row(yk_table *t, const yk_votes_input *in, size_t i)
{
    const yk_question *q = yk_ballot_coder_person(in->coder, i);
    const yk_poll_person *p = yk_poll_person_get(in->poll, i);
    const char *flag = yk_rules_flag(in->rules, p->level, in->base_count);
    yk_table_text(t, q->name);
    yk_table_text(t, q->hint ? q->hint : "");
    yk_table_number(t, (double)in->issued, 0, in->issued >= 0);
    count(t, yk_poll_valid_lines(in->poll, i));
    for (int l = 0; l < YK_N_LEVELS; l++)
        count(t, p->level[l]);
    count(t, yk_poll_invalid_lines(in->poll, i));
    count(t, in->base_count);
    for (int l = 0; l < YK_N_LEVELS; l++)
        share(t, in, p->level[l]);
    yk_table_text(t, flag ? flag : "");
    yk_table_text(t, q->labels && q->labels[0] ? q->labels[0] : q->name);
    count(t, yk_poll_ballots_get(in->poll)->returned);
    yk_table_text(t, yk_base_name(in->base));
    yk_table_text(t, yk_rules_name(in->rules));
    count(t, p->no_mark);
    count(t, p->several);
    count(t, p->unknown);
    blank_counts(t, 2);             /* names added and struck: whole ballots' */
}

yk_status yk_figures_votes(const yk_votes_input *in, yk_table *tab)
{
    size_t n = yk_ballot_coder_n_persons(in->coder);
    if (yk_poll_n_persons(in->poll) != n)
        return YK_ERR_ARGUMENT;
    ballots_row(tab, in);
    for (size_t i = 0; i < n; i++)
        person_row(tab, in, i);
    return YK_OK;
}
