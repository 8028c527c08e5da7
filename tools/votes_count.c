/* ykien votes — counting a poll's ballots: each file tallied on its own,
 * the tallies merged; `ykien votes` and `ykien chart votes` share it. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "votes.h"
#include "yk_ballot.h"
#include "yk_figures_votes.h"
#include "yk_poll.h"

typedef struct {
    cli_diags *ds;
    yk_ballot_coder *coder;
    yk_poll *poll;              /* the file being read */
    int failed;                 /* a yk_status other than YK_OK */
    int missing;                /* a tally file was refused: its ballots are not counted */
} reading;

/* The reader's notes about a ballot's row that never quote a cell: the
 * shape of the row, a stray quote.  Any other note on a ballot's row
 * (a field's bytes, its mojibake, a kind added later) may quote a mark,
 * so it is named by its place only: secret unless known to be safe. */
static int quotes_no_cell(const char *kind)
{
    static const char *const safe[] = {
        "ragged-row", "extra-empty-fields", "too-many-columns", "row-too-long",
        "field-too-long", "unterminated-quote", "quote-not-doubled",
        "quote-in-unquoted-field", "mixed-encoding", NULL
    };
    for (size_t i = 0; safe[i]; i++)
        if (strcmp(kind, safe[i]) == 0)
            return 1;
    return 0;
}

/* The ballot coder's own poll-... notes follow the README's policy
 * (lib/survey/yk_ballot.h); the reader's are let through only when they cannot
 * quote a ballot's cell. */
static void secret_diag(void *ctx, const yk_diag *d)
{
    reading *r = ctx;
    yk_diag shown = *d;
    char msg[256];
    if (d->line > 1 && strncmp(d->kind, "poll-", 5) != 0 && !quotes_no_cell(d->kind)) {
        snprintf(msg, sizeof msg, "%s in this %s (its text is not shown: ballots are "
                 "secret)", d->kind, d->column ? "cell" : "row");
        shown.message = msg;
        shown.hint = NULL;
    }
    cli_diag(r->ds, &shown);
}

static int on_row(void *ctx, const yk_row *row)
{
    reading *r = ctx;
    const yk_ballot *b = NULL;
    yk_status st = row->number == 1 ? yk_ballot_coder_header(r->coder, row)
                                    : yk_ballot_coder_row(r->coder, row, &b);
    if (st == YK_OK && b)
        yk_poll_add(r->poll, b);
    r->failed = st;
    return st != YK_OK;
}

int votes_is_tally(const char *path)
{
    size_t n = strlen(path);
    return n > 4 && strcmp(path + n - 4, ".ykp") == 0;
}

/* The persons' codes, in the form's order; NULL when out of memory. */
static const char **person_codes(const yk_ballot_coder *coder)
{
    size_t n = yk_ballot_coder_n_persons(coder);
    const char **codes = malloc((n + 1) * sizeof *codes);
    for (size_t i = 0; codes && i < n; i++)
        codes[i] = yk_ballot_coder_person(coder, i)->name;
    return codes;
}

/* A poll tally file (.ykp) a counting table sent instead of its ballots. */
static int read_counts(const char *path, reading *r)
{
    const char **codes = person_codes(r->coder);
    cli_file *f = codes ? cli_file_open(path) : NULL;
    if (!f) {
        free(codes);
        return codes ? EXIT_USAGE : EXIT_SYSTEM;
    }
    yk_poll_free(r->poll);
    yk_status st = yk_poll_load(path, cli_file_input(f), codes,
                                yk_ballot_coder_n_persons(r->coder), cli_diag, r->ds, &r->poll);
    cli_file_close(f);
    free(codes);
    if (st == YK_OK)
        return 0;
    if (st != YK_ERR_PARSE)
        cli_error("%s: %s", path, yk_strerror(st));
    return st == YK_ERR_PARSE ? EXIT_DATA : EXIT_SYSTEM;
}

int votes_save(const yk_ballot_coder *coder, const yk_poll *poll, const char *path, int force,
               char **inputs, int n)
{
    int status;
    const char **codes = person_codes(coder);
    cli_out *out = codes ? cli_out_open(path, force, inputs, n, &status) : NULL;
    if (!out) {
        free(codes);
        return codes ? status : EXIT_SYSTEM;
    }
    yk_status st = yk_poll_save(poll, codes, cli_out_sink(out));
    free(codes);
    if (st != YK_OK)
        return cli_out_fail(out, "votes", st);
    return cli_out_commit(out);
}

/* Each file into a tally of its own, merged into the poll's: ballots
 * counted at several tables add up exactly; a table may send its counts
 * (a .ykp file) instead. */
static int read_ballots(const cli_common *c, votes_setup *s, reading *r, yk_poll *total)
{
    int worst = 0;
    for (size_t i = 0; i < s->nfiles && worst < EXIT_USAGE; i++) {
        if (yk_poll_new(yk_ballot_coder_n_persons(r->coder), &r->poll) != YK_OK)
            return EXIT_SYSTEM;
        cli_diags_file(r->ds, s->files[i]);
        int code = votes_is_tally(s->files[i])
                       ? read_counts(s->files[i], r)
                       : cli_read_file_to(s->files[i], c, secret_diag, r, on_row, r, NULL, NULL);
        if (!votes_is_tally(s->files[i]) && !r->failed)
            r->failed = yk_ballot_coder_end(r->coder);
        if (code == EXIT_DATA && !r->poll) {
            r->missing = 1;
            worst = code;
            continue;
        }
        if (r->failed || !r->poll || yk_poll_merge(total, r->poll) != YK_OK) {
            cli_error("%s: %s", s->files[i], yk_strerror(r->failed ? (yk_status)r->failed
                                                                    : YK_ERR_ARGUMENT));
            code = EXIT_SYSTEM;
        }
        yk_poll_free(r->poll);
        r->poll = NULL;
        worst = code > worst ? code : worst;
    }
    return worst;
}

/* More ballots back than were issued (or than people present) is no poll
 * to report on. */
static int check_returned(const votes_setup *s, const yk_poll *poll)
{
    static const char *const what[N_FIGURES] = { "members", "members present",
                                                 "ballots issued" };
    unsigned long returned = yk_poll_ballots_get(poll)->returned;
    for (int i = N_FIGURES - 1; i >= 0; i--)
        if (s->figure[i] >= 0 && returned > (unsigned long)s->figure[i]) {
            cli_error("error: %lu ballots returned but %ld %s: more ballots came back "
                      "than could be cast; the result is not shown", returned,
                      s->figure[i], what[i]);
            return EXIT_DATA;
        }
    return 0;
}

unsigned long votes_base(const votes_setup *s, const yk_poll *poll)
{
    switch (s->base) {
    case YK_BASE_MEMBERS: return (unsigned long)s->figure[FIGURE_MEMBERS];
    case YK_BASE_PRESENT: return (unsigned long)s->figure[FIGURE_PRESENT];
    case YK_BASE_ISSUED: return (unsigned long)s->figure[FIGURE_ISSUED];
    default: return yk_poll_ballots_get(poll)->valid;
    }
}

yk_status votes_table(const votes_setup *s, const votes_count *v, char mark, yk_table *t)
{
    yk_votes_input in = { v->coder, v->poll, s->rules, s->base, votes_base(s, v->poll),
                          s->figure[FIGURE_ISSUED], mark };
    yk_table_init(t, yk_votes_columns, YK_VOTES_NCOLS);
    yk_status st = yk_figures_votes(&in, t);
    return st == YK_OK ? yk_table_status(t) : st;
}

int votes_count_open(const cli_common *c, votes_setup *s, cli_diags *ds, votes_count *out)
{
    yk_ballot_options bo = { s->form_dir, s->levels, s->struck,
                             (const char *const *)s->added, s->n_added, s->unknown_invalid };
    reading r = { ds, NULL, NULL, 0, 0 };
    memset(out, 0, sizeof *out);
    yk_status st = yk_ballot_coder_new(s->form, &bo, cli_diag, ds, &r.coder);
    if (st != YK_OK) {
        if (st != YK_ERR_PARSE && st != YK_ERR_ARGUMENT)
            cli_error("%s", yk_strerror(st));
        return st == YK_ERR_PARSE || st == YK_ERR_ARGUMENT ? EXIT_DATA : EXIT_SYSTEM;
    }
    out->coder = r.coder;
    unsigned long errors_before = ds->errors;
    int code = yk_poll_new(yk_ballot_coder_n_persons(r.coder), &out->poll) == YK_OK
             ? read_ballots(c, s, &r, out->poll) : EXIT_SYSTEM;
    cli_diags_file(ds, NULL);
    if (code < EXIT_USAGE && !r.missing && ds->errors > errors_before) {
        /* A column or mark not understood could move any count, and a
         * flag with it: no result rests on a guess. */
        cli_error("error: the ballots have errors (above), so the counts cannot be trusted: "
                  "the result is not shown");
        out->refused = 1;
        return EXIT_DATA;
    }
    if (code < EXIT_USAGE && !r.missing && yk_poll_ballots_get(out->poll)->returned == 0) {
        cli_error("error: no ballot was read (are the ballots files empty?): the result is "
                  "not shown");
        out->refused = 1;
        return EXIT_DATA;
    }
    if (r.missing) {
        cli_error("error: a tally file could not be read, so its ballots are not counted; "
                  "the result is not shown");
        out->refused = 1;
        return EXIT_DATA;
    }
    if (code < EXIT_USAGE && check_returned(s, out->poll)) {
        out->refused = 1;
        code = EXIT_DATA;
    }
    return code;
}

void votes_count_close(votes_count *v)
{
    yk_poll_free(v->poll);
    yk_ballot_coder_free(v->coder);
    v->poll = NULL;
    v->coder = NULL;
}
