/* ykien rounds — how the favourable share of each answer moved from one
 * survey round to the next, for the province and for every unit. */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "analysis.h"
#include "series.h"
#include "table.h"
#include "yk_stats.h"

static const char *const columns[] = {
    "question", "group", "round_from", "round_to", "share_from", "share_to", "change",
    "ci_low", "ci_high", "p", "p_adjusted", "n_from", "n_to", "favourable", "mw_z", "mw_p",
    "mw_p_adjusted", "trend_z", "trend_p", "trend_p_adjusted",
};
enum { NCOLS = sizeof columns / sizeof columns[0] };

static const char *const ranked_columns[] = {
    "direction", "rank", "question", "group", "round_from", "round_to", "share_from",
    "share_to", "change", "ci_low", "ci_high", "p_adjusted",
};
enum { NRANKED = sizeof ranked_columns / sizeof ranked_columns[0] };

enum { MAX_FAVOURABLE = 64, MAX_LEVELS = 256 };
#define SIGNIFICANT 0.05        /* adjusted p for the ranked list */

/* --favourable Q=CODE+CODE... as given, and --ranked N. */
typedef struct {
    const char *favourable[MAX_FAVOURABLE];
    size_t nfavourable;
    long ranked;                /* 0: the full table */
} rounds_opts;

/* A test's result; adj is p adjusted over the table's tests of its kind. */
typedef struct {
    int done;
    double z, p, adj;
} test;

/* The kinds of test, each its own family. */
enum { TEST_SHARES, TEST_ORDER, TEST_TREND, NTESTS };

/* One change of one question in one group between two rounds. */
typedef struct {
    size_t q, unit;             /* unit SIZE_MAX: all units */
    size_t from, to;
    const yk_question *ref;     /* the question in round to's form */
    double k1, n1, k2, n2;      /* favourable and base, in each round */
    int shown;                  /* both bases reach --min-base */
    test tests[NTESTS];         /* two proportions, Mann-Whitney, trend */
} change_row;

/* A question's answers in one round and group. */
typedef struct {
    int asked;
    double k, n;                /* favourable, base */
    double levels[MAX_LEVELS];  /* opinions in the order of their values */
} answers;

typedef struct {
    const rounds_opts *ro;
    const figure_opts *o;
    series *s;
    int64_t *c;                 /* counts of the widest list */
    /* What is favourable, in the choices of a question's list in one
     * round's form (ref): answers elsewhere are matched by code. */
    const yk_question *ref;
    unsigned char fav[MAX_LEVELS];      /* ref's choices counted */
    size_t order[MAX_LEVELS], nlevels;  /* its opinions by value */
    int ordinal;                /* a Mann-Whitney test applies */
    change_row *rows;
    size_t nrows, cap;
    unsigned long suppressed;
    int failed;
} rounds_run;

/* ---- which answers are favourable ------------------------------------ */

static int rounds_option(const char *verb, int opt, const char *arg, void *ctx)
{
    rounds_opts *r = ctx;
    char *end;
    switch (opt) {
    case 6001:
        if (!strchr(arg, '=') || r->nfavourable == MAX_FAVOURABLE)
            return cli_usage(verb, "--favourable wants QUESTION=CODE[+CODE...], "
                             "not '%s'", arg), -1;
        r->favourable[r->nfavourable++] = arg;
        return 1;
    case 6002:
        r->ranked = strtol(arg, &end, 10);
        if (*end || end == arg || r->ranked < 1)
            return cli_usage(verb, "--ranked wants a whole number above 0, not '%s'", arg), -1;
        return 1;
    default:
        return 0;
    }
}

/* The codes --favourable gives for question name, or NULL. */
static const char *given_codes(const rounds_opts *ro, const char *name)
{
    size_t n = strlen(name);
    for (size_t i = 0; i < ro->nfavourable; i++)
        if (strncmp(ro->favourable[i], name, n) == 0 && ro->favourable[i][n] == '=')
            return ro->favourable[i] + n + 1;
    return NULL;
}

static size_t choice_named(const yk_choice_list *list, const char *name, size_t len)
{
    for (size_t i = 0; i < list->n; i++)
        if (strlen(list->choices[i].name) == len &&
            strncmp(list->choices[i].name, name, len) == 0)
            return i;
    return SIZE_MAX;
}

/* The opinions of q's list by value, into x->order. */
static void opinion_order(rounds_run *x, const yk_choice_list *list)
{
    x->nlevels = 0;
    for (size_t i = 0; i < list->n; i++)
        if (!list->choices[i].not_opinion)
            x->order[x->nlevels++] = i;
    for (size_t i = 1; i < x->nlevels; i++)     /* lists are short */
        for (size_t j = i; j > 0 && list->choices[x->order[j]].value <
                                    list->choices[x->order[j - 1]].value; j--) {
            size_t t = x->order[j];
            x->order[j] = x->order[j - 1];
            x->order[j - 1] = t;
        }
}

/* Decide what counts as favourable in q's list: the codes given, or the
 * top two opinions of an ordinal list (the top one of three; the bottom
 * ones of a reverse-worded item).  0: q is not compared (said when loud);
 * -1 when loud: a usage error. */
static int favour(rounds_run *x, const yk_question *q, const char *codes, int loud)
{
    int multi = q->type == YK_Q_SELECT_MULTIPLE;
    memset(x->fav, 0, sizeof x->fav);
    x->ref = q;
    x->ordinal = 0;
    if (!q->list || q->list->n > MAX_LEVELS || (!codes && (multi || !figure_is_ordinal(q->list))) ||
        (q->type != YK_Q_SELECT_ONE && !multi))
        return codes && loud ? cli_usage("rounds", "--favourable %s: not a select question "
                                         "ykien can compare", q->name), -1 : 0;
    opinion_order(x, q->list);
    if (!codes) {
        size_t top = x->nlevels >= 4 ? 2 : 1;
        if (x->nlevels < 3)
            return 0;
        for (size_t i = 0; i < top; i++)
            x->fav[x->order[q->reverse ? i : x->nlevels - 1 - i]] = 1;
        x->ordinal = 1;
        return 1;
    }
    size_t chosen = 0;
    for (const char *p = codes; *p;) {
        size_t len = strcspn(p, "+");
        size_t i = choice_named(q->list, p, len);
        if (i == SIZE_MAX || q->list->choices[i].not_opinion)
            return loud ? cli_usage("rounds", "--favourable %s: '%.*s' is not an opinion of "
                                    "list %s", q->name, (int)len, p, q->list->name), -1 : 0;
        chosen += !x->fav[i];
        x->fav[i] = 1;
        p += len + (p[len] == '+');
    }
    if (multi && chosen != 1)
        return loud ? cli_usage("rounds", "--favourable %s: a select_multiple is compared one "
                                "choice at a time", q->name), -1 : 0;
    x->ordinal = !multi && figure_is_ordinal(q->list);
    return 1;
}

/* favour() for question q of the newest form as asked in round i. */
static int favour_in(rounds_run *x, size_t i, size_t q, const char *codes)
{
    size_t qi = series_question(x->s, i, q), r;
    if (qi == SIZE_MAX)
        return 0;
    return favour(x, yk_form_question(yk_tally_form(series_tally(x->s, i, &r)), qi), codes, 0);
}

/* ---- one round's answers ---------------------------------------------- */

/* Question q's answers in round i, in unit u (SIZE_MAX: all units),
 * matched by choice code to x->ref's list.  0 when not asked there. */
static int gather(rounds_run *x, size_t i, size_t q, size_t u, answers *a)
{
    const yk_choice_list *newest = x->ref->list;
    size_t qi = series_question(x->s, i, q), r;
    size_t g = u == SIZE_MAX ? SIZE_MAX : series_unit(x->s, i, u);
    const yk_tally *t = series_tally(x->s, i, &r);
    memset(a, 0, sizeof *a);
    if (qi == SIZE_MAX || (u != SIZE_MAX && g == SIZE_MAX))
        return 0;
    const yk_question *qq = yk_form_question(yk_tally_form(t), qi);
    if (!qq->list || qq->list->n > MAX_LEVELS || yk_tally_counts(t, r, g, qi, x->c) != YK_OK)
        return 0;
    const yk_choice_list *list = qq->list;
    for (size_t j = 0; j < list->n; j++) {
        size_t k = choice_named(newest, list->choices[j].name, strlen(list->choices[j].name));
        a->k += k != SIZE_MAX && x->fav[k] ? (double)x->c[j] : 0;
        a->n += list->choices[j].not_opinion ? 0 : (double)x->c[j];
    }
    if (qq->type == YK_Q_SELECT_MULTIPLE)
        a->n = (double)x->c[list->n + 2];       /* those who answered */
    for (size_t l = 0; l < x->nlevels; l++) {
        const char *name = newest->choices[x->order[l]].name;
        size_t j = choice_named(list, name, strlen(name));
        a->levels[l] = j == SIZE_MAX ? 0 : (double)x->c[j];
    }
    a->asked = a->n > 0;
    return a->asked;
}

/* ---- the figures ------------------------------------------------------ */

static change_row *new_row(rounds_run *x)
{
    if (x->nrows == x->cap) {
        size_t cap = x->cap ? 2 * x->cap : 256;
        change_row *more = realloc(x->rows, cap * sizeof *more);
        if (!more) {
            x->failed = 1;
            return NULL;
        }
        x->rows = more;
        x->cap = cap;
    }
    change_row *row = &x->rows[x->nrows++];
    memset(row, 0, sizeof *row);
    return row;
}

static void add_change(rounds_run *x, size_t q, size_t u, size_t from, size_t to,
                       const answers *a, const answers *b, int mw)
{
    change_row *row = new_row(x);
    if (!row)
        return;
    *row = (change_row){ .q = q, .unit = u, .from = from, .to = to, .ref = x->ref,
                         .k1 = a->k, .n1 = a->n, .k2 = b->k, .n2 = b->n };
    row->shown = a->n >= (double)x->o->min_base && b->n >= (double)x->o->min_base;
    x->suppressed += !row->shown;
    if (!row->shown)
        return;
    test *t = row->tests;
    t[TEST_SHARES].done = yk_stats_two_proportions(b->k, b->n, a->k, a->n, &t[TEST_SHARES].z,
                                                   &t[TEST_SHARES].p) == YK_OK;
    t[TEST_ORDER].done = mw && yk_stats_mann_whitney(a->levels, b->levels, x->nlevels,
                                                     &t[TEST_ORDER].z, &t[TEST_ORDER].p) == YK_OK;
}

/* The trend over every round with answers, on the row from the first
 * round to the last: scores are the rounds' places, 0, 1, 2... */
static void add_trend(rounds_run *x, const answers *a, size_t n)
{
    double k[256], base[256], score[256];
    size_t used = 0;
    change_row *row = &x->rows[x->nrows - 1];
    for (size_t i = 0; i < n && i < 256; i++) {
        k[i] = a[i].k;
        base[i] = a[i].n;
        score[i] = (double)i;
        used += a[i].asked;
        if (a[i].asked && a[i].n < (double)x->o->min_base)
            return;
    }
    test *t = &row->tests[TEST_TREND];
    t->done = used >= 3 && yk_stats_trend(k, base, score, n < 256 ? n : 256, &t->z, &t->p) == YK_OK;
}

/* Whether q's choices line up from round from to round to: no choice
 * added or gone (for the share), and no value moved (for the order). */
static int lines_up(const rounds_run *x, size_t q, size_t from, size_t to, unsigned bits)
{
    for (size_t i = from + 1; i <= to; i++)
        if (series_changes(x->s, i, q, NULL, 0) & bits)
            return 0;
    return 1;
}

/* Each pair of consecutive rounds, favourable as round to's form says;
 * then the first and the last, with the trend, as the newest says. */
static void group_changes(rounds_run *x, size_t q, size_t u, const char *codes, answers *a)
{
    size_t n = series_n_rounds(x->s);
    for (size_t to = 1; to < n; to++) {
        size_t from = to - 1;
        if (favour_in(x, to, q, codes) && lines_up(x, q, from, to, SERIES_CHOICES) &&
            gather(x, from, q, u, &a[0]) && gather(x, to, q, u, &a[1]))
            add_change(x, q, u, from, to, &a[0], &a[1],
                       x->ordinal && lines_up(x, q, from, to, SERIES_VALUES));
    }
    if (n < 3 || !favour_in(x, n - 1, q, codes) || !lines_up(x, q, 0, n - 1, SERIES_CHOICES))
        return;
    for (size_t i = 0; i < n; i++)
        gather(x, i, q, u, &a[i]);
    if (!a[0].asked || !a[n - 1].asked)
        return;
    add_change(x, q, u, 0, n - 1, &a[0], &a[n - 1],
               x->ordinal && lines_up(x, q, 0, n - 1, SERIES_VALUES));
    if (x->nrows && x->rows[x->nrows - 1].shown)
        add_trend(x, a, n);
}

/* Say once what changed in q's wording or choices between rounds. */
static void warn_changes(const rounds_run *x, size_t q)
{
    char text[1024];
    for (size_t i = 1; i < series_n_rounds(x->s) && !x->o->s.c.quiet; i++) {
        unsigned bits = series_changes(x->s, i, q, text, sizeof text);
        if (bits)
            cli_error("warning: question %s changed between rounds %s and %s: %s; %s",
                      yk_form_question(series_form(x->s), q)->name,
                      series_round_name(x->s, i - 1), series_round_name(x->s, i), text,
                      bits & SERIES_CHOICES ? "not compared across them"
                      : bits & SERIES_VALUES ? "shares compared, the order of the answers not"
                                             : "compared: the choices still line up");
    }
}

/* Say once which units sent nothing in a round. */
static void warn_missing_units(const rounds_run *x)
{
    const yk_question *g = series_group(x->s);
    for (size_t u = 0; g && u < g->list->n && !x->o->s.c.quiet; u++)
        for (size_t i = 0; i < series_n_rounds(x->s); i++) {
            size_t r, gi = series_unit(x->s, i, u);
            const yk_tally *t = series_tally(x->s, i, &r);
            if (gi == SIZE_MAX || yk_tally_responses(t, r, gi) == 0)
                cli_error("warning: unit %s has no responses in round %s: no changes to "
                          "or from it", g->list->choices[u].name, series_round_name(x->s, i));
        }
}

static int fill(rounds_run *x)
{
    const yk_form *form = series_form(x->s);
    const yk_question *g = series_group(x->s);
    size_t n = series_n_rounds(x->s), units = g ? g->list->n : 0;
    answers *a = malloc(n * sizeof *a);
    if (!a)
        return EXIT_SYSTEM;
    warn_missing_units(x);
    for (size_t q = 0; q < yk_form_n_questions(form) && !x->failed; q++) {
        const yk_question *qq = yk_form_question(form, q);
        if (!figure_wanted(x->o, qq->name))
            continue;
        const char *codes = given_codes(x->ro, qq->name);
        int chosen = favour(x, qq, codes, 1);
        if (chosen < 0) {
            free(a);
            return EXIT_USAGE;
        }
        if (!chosen)
            continue;
        warn_changes(x, q);
        group_changes(x, q, SIZE_MAX, codes, a);
        for (size_t u = 0; u < units && !x->failed; u++)
            group_changes(x, q, u, codes, a);
    }
    free(a);
    return x->failed ? EXIT_SYSTEM : 0;
}

/* ---- adjusting and writing -------------------------------------------- */

/* Adjust each kind of test over the table. */
static int adjust(rounds_run *x)
{
    double *ps = malloc((x->nrows + 1) * sizeof *ps);
    yk_status st = ps ? YK_OK : YK_ERR_NOMEM;
    for (int kind = 0; st == YK_OK && kind < NTESTS; kind++) {
        size_t n = 0;
        for (size_t i = 0; i < x->nrows; i++)
            if (x->rows[i].tests[kind].done)
                ps[n++] = x->rows[i].tests[kind].p;
        st = (x->o->bh ? yk_stats_bh : yk_stats_holm)(ps, n, ps);
        n = 0;
        for (size_t i = 0; st == YK_OK && i < x->nrows; i++)
            if (x->rows[i].tests[kind].done)
                x->rows[i].tests[kind].adj = ps[n++];
    }
    free(ps);
    return st == YK_OK ? 0 : EXIT_SYSTEM;
}

static const char *group_of(const rounds_run *x, const change_row *row)
{
    return row->unit == SIZE_MAX ? "" : series_group(x->s)->list->choices[row->unit].name;
}

/* The codes counted as favourable in the row. */
static void favourable_cell(rounds_run *x, table *tab, const change_row *row)
{
    const yk_question *qq = row->ref;
    char codes[1024];
    size_t len = 0;
    favour(x, qq, given_codes(x->ro, yk_form_question(series_form(x->s), row->q)->name), 0);
    codes[0] = '\0';
    for (size_t i = 0; i < qq->list->n && len < sizeof codes; i++)
        if (x->fav[i])
            len += (size_t)snprintf(codes + len, sizeof codes - len, "%s%s", len ? "+" : "",
                                    qq->list->choices[i].name);
    table_cell(tab, codes);
}

/* The shares, the change and its interval, in percent. */
static void shares(table *tab, const change_row *row, int with_shares)
{
    double lo = 0, hi = 0, p1 = row->n1 > 0 ? row->k1 / row->n1 : 0;
    double p2 = row->n2 > 0 ? row->k2 / row->n2 : 0;
    int ci = row->shown &&
             yk_stats_newcombe(row->k2, row->n2, row->k1, row->n1, YK_Z95, &lo, &hi) == YK_OK;
    if (with_shares) {
        table_number(tab, 100 * p1, 4, row->shown);
        table_number(tab, 100 * p2, 4, row->shown);
    }
    table_number(tab, 100 * (p2 - p1), 4, row->shown);
    table_number(tab, 100 * lo, 4, ci);
    table_number(tab, 100 * hi, 4, ci);
}

/* A test's z (with_z), p and adjusted p. */
static void test_cells(table *tab, const test *t, int with_z)
{
    if (with_z)
        table_number(tab, t->z, 6, t->done);
    if (t->done) {
        table_cellf(tab, "%.6g", t->p);
        table_cellf(tab, "%.6g", t->adj);
    } else {
        table_cell(tab, "");
        table_cell(tab, "");
    }
}

static void write_row(rounds_run *x, table *tab, const change_row *row)
{
    table_cell(tab, yk_form_question(series_form(x->s), row->q)->name);
    table_cell(tab, group_of(x, row));
    table_cell(tab, series_round_name(x->s, row->from));
    table_cell(tab, series_round_name(x->s, row->to));
    shares(tab, row, 1);
    test_cells(tab, &row->tests[TEST_SHARES], 0);
    table_number(tab, row->n1, 0, 1);
    table_number(tab, row->n2, 0, 1);
    favourable_cell(x, tab, row);
    test_cells(tab, &row->tests[TEST_ORDER], 1);
    test_cells(tab, &row->tests[TEST_TREND], 1);
}

static double change_of(const change_row *row)
{
    return row->k2 / row->n2 - row->k1 / row->n1;
}

static int by_change(const void *a, const void *b)
{
    double ca = change_of(*(const change_row *const *)a);
    double cb = change_of(*(const change_row *const *)b);
    return (cb > ca) - (cb < ca);       /* largest first */
}

/* The largest significant improvements, then declines, between
 * consecutive rounds. */
static int write_ranked(rounds_run *x, table *tab)
{
    const change_row **up = malloc((x->nrows + 1) * sizeof *up);
    const change_row **down = malloc((x->nrows + 1) * sizeof *down);
    size_t nup = 0, ndown = 0;
    if (!up || !down) {
        free(up), free(down);
        return EXIT_SYSTEM;
    }
    for (size_t i = 0; i < x->nrows; i++) {
        const change_row *row = &x->rows[i];
        const test *t = &row->tests[TEST_SHARES];
        if (row->to != row->from + 1 || !t->done || t->adj >= SIGNIFICANT)
            continue;
        if (change_of(row) > 0)
            up[nup++] = row;
        else if (change_of(row) < 0)
            down[ndown++] = row;
    }
    qsort(up, nup, sizeof *up, by_change);
    qsort(down, ndown, sizeof *down, by_change);
    for (size_t d = 0; d < 2; d++) {
        size_t n = d ? ndown : nup;
        for (size_t i = 0; i < n && i < (size_t)x->ro->ranked; i++) {
            const change_row *row = d ? down[n - 1 - i] : up[i];
            table_cell(tab, d ? "decline" : "improvement");
            table_cellf(tab, "%zu", i + 1);
            table_cell(tab, yk_form_question(series_form(x->s), row->q)->name);
            table_cell(tab, group_of(x, row));
            table_cell(tab, series_round_name(x->s, row->from));
            table_cell(tab, series_round_name(x->s, row->to));
            shares(tab, row, 1);
            table_cellf(tab, "%.6g", row->tests[TEST_SHARES].adj);
        }
    }
    free(up);
    free(down);
    return 0;
}

static const char *const help =
    "usage: ykien rounds [OPTIONS] PROJECT|TALLY.ykt...\n"
    "       ykien rounds [OPTIONS] --form DIR --round NAME FILE...  (one round: nothing to do)\n"
    "\n"
    "How each question's favourable share moved between survey rounds, for\n"
    "the whole survey (group empty) and for every unit.  The favourable share\n"
    "is the top two opinions of an ordinal list (the top one of three; the\n"
    "bottom ones of a reverse-worded item), among those with an opinion, or\n"
    "the choices --favourable names.  For each pair of consecutive rounds,\n"
    "and the first and last when there are three or more: both shares, the\n"
    "change in percentage points with Newcombe's 95% interval (hybrid\n"
    "score), the two-proportion z test's p, and for ordinal lists a\n"
    "Mann-Whitney test of the whole distribution (tie-corrected, no\n"
    "continuity correction); on the first-to-last row, the Cochran-Armitage\n"
    "test for a trend over every round.  Each kind of p is adjusted over\n"
    "the table (Holm, or Benjamini-Hochberg).\n"
    "\n"
    "Rounds come from a project, or from tally files: of one form or of\n"
    "several, a question followed back by the previous_name its newer form\n"
    "gives it, units by their code.  A question whose choices changed is\n"
    "compared only across rounds where they still line up, with a warning\n"
    "that says what changed.\n"
    "\n"
    "Columns: question, group, round_from, round_to, share_from, share_to,\n"
    "change, ci_low, ci_high, p, p_adjusted, n_from, n_to, favourable, mw_z,\n"
    "mw_p, mw_p_adjusted, trend_z, trend_p, trend_p_adjusted.\n"
    "\n"
    "      --favourable Q=CODE[+CODE...]  count these answers of Q as favourable\n"
    "                         (repeatable; one choice of a select_multiple)\n"
    "      --ranked N         instead of the table: the N largest significant\n"
    "                         improvements and declines between consecutive\n"
    "                         rounds (adjusted p under 0.05), per question and\n"
    "                         unit; columns direction, rank, question, group,\n"
    "                         round_from, round_to, share_from, share_to, change,\n"
    "                         ci_low, ci_high, p_adjusted\n"
    "      --adjust holm|bh   how p is adjusted (default holm)\n"
    "      --questions LIST   only these questions\n"
    "      --min-base N       leave a change blank where either round's base is\n"
    "                         under N (default 10)\n"
    "  --by QUESTION, -f csv|text|json, -o FILE, --force, -j N, --form DIR and the\n"
    "  reading options as in freq\n"
    "\n"
    "examples:\n"
    "  ykien rounds --questions q11,q15 --favourable q15=day_du samples/kien-giang/kien-giang.ykien\n"
    "  ykien rounds --ranked 5 samples/kien-giang/kien-giang.ykien\n";

static int verb_rounds(int argc, char **argv)
{
    figure_opts o = { 0 };
    rounds_opts ro = { { 0 }, 0, 0 };
    static const struct option longs[] = {
        { "favourable", required_argument, NULL, 6001 },
        { "ranked", required_argument, NULL, 6002 },
        { NULL, 0, NULL, 0 }
    };
    const figure_own own = { longs, { rounds_option, &ro } };
    int r = figure_parse("rounds", help, FIGURE_ADJUST, &own, argc, argv, &o);
    if (r)
        return r < 0 ? 0 : r;
    if (o.s.round && !o.s.form_dir)
        return cli_usage("rounds", "--round names the round of loose files; rounds "
                         "compares every round");
    cli_diags ds = { .quiet = o.s.c.quiet, .all = o.s.c.all, .per_run = 1 };
    rounds_run x = { .ro = &ro, .o = &o };
    yk_stats_init();
    int code = series_open("rounds", &o.s, o.by, argc - optind, argv + optind, &ds, &x.s);
    cli_diags_file(&ds, NULL);
    if (!x.s)
        return code;
    size_t width = 3;
    for (size_t q = 0; q < yk_form_n_questions(series_form(x.s)); q++) {
        const yk_question *qq = yk_form_question(series_form(x.s), q);
        width = qq->list && qq->list->n + 3 > width ? qq->list->n + 3 : width;
    }
    /* Older forms' lists may be longer: gather() skips what does not fit. */
    x.c = malloc((width > MAX_LEVELS + 3 ? width : MAX_LEVELS + 3) * sizeof *x.c);
    int status = !x.c ? EXIT_SYSTEM : 0;
    if (!status && series_n_rounds(x.s) < 2)
        cli_error("warning: only one round (%s): nothing to compare",
                  series_round_name(x.s, 0));
    if (!status)
        status = fill(&x);
    if (!status)
        status = adjust(&x);
    table tab;
    table_init(&tab, ro.ranked ? ranked_columns : columns, ro.ranked ? NRANKED : NCOLS);
    if (!status && ro.ranked)
        status = write_ranked(&x, &tab);
    for (size_t i = 0; !status && !ro.ranked && i < x.nrows; i++)
        write_row(&x, &tab, &x.rows[i]);
    if (!status)
        status = figure_write(&tab, &o, x.suppressed, argv + optind, argc - optind);
    table_free(&tab);
    free(x.rows);
    free(x.c);
    series_free(x.s);
    return status ? status : code;
}

const cli_verb cli_verb_rounds = {
    "rounds", "how answers changed from one round to the next", help, verb_rounds,
};
