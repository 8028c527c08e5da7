/* ykien import — the coded data as one tidy CSV any other tool can read. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "import_stats.h"
#include "survey.h"
#include "yk_csvwrite.h"

typedef struct {
    yk_csv_writer *w;
    const yk_form *form;
    yk_buf cells;               /* this row's text, cell after cell */
    size_t *ends;               /* where each cell ends in cells */
    size_t ncells;
    yk_field *fields;
    size_t nfields;
    yk_status st;
    int labels;                 /* --labels: a select_one's label, not its code */
    size_t lang;                /* the form's default language */
} import_state;

/* Columns: _round, _source, _line, _errors, then each question that holds
 * an answer; a select_multiple becomes one 0/1 column per choice. */
static size_t count_columns(const yk_form *f)
{
    size_t n = 4;
    for (size_t q = 0; q < yk_form_n_questions(f); q++) {
        const yk_question *qq = yk_form_question(f, q);
        n += qq->type == YK_Q_NOTE ? 0 : qq->type == YK_Q_SELECT_MULTIPLE ? qq->list->n : 1;
    }
    return n;
}

static void cell(import_state *is, const char *s, size_t n)
{
    if (is->st == YK_OK && is->ncells < is->nfields)
        is->st = yk_buf_append(&is->cells, s, n);
    if (is->st == YK_OK && is->ncells < is->nfields)
        is->ends[is->ncells++] = is->cells.len;
}

static void cellf(import_state *is, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void cellf(import_state *is, const char *fmt, ...)
{
    char buf[64];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    cell(is, buf, n > 0 ? (size_t)n : 0);
}

/* Whole numbers (most answers) without printf. */
static void number_cell(import_state *is, double v)
{
    if (v == (double)(long long)v && v > -1e15 && v < 1e15) {
        char buf[24], *p = buf + sizeof buf;
        long long n = (long long)v;
        unsigned long long u = n < 0 ? 0ULL - (unsigned long long)n : (unsigned long long)n;
        do
            *--p = (char)('0' + u % 10);
        while (u /= 10);
        if (n < 0)
            *--p = '-';
        cell(is, p, (size_t)(buf + sizeof buf - p));
    } else {
        cellf(is, "%.15g", v);
    }
}

static void answer_cells(import_state *is, const yk_question *qq, const yk_answer *a)
{
    int ok = a->state == YK_ANSWER_OK;
    const char *code;
    switch (qq->type) {
    case YK_Q_NOTE:
        break;
    case YK_Q_SELECT_ONE:
        code = ok ? qq->list->choices[a->choice].name : "";
        if (ok && is->labels)
            code = yk_codebook_label(qq->list->choices[a->choice].labels, is->lang, code);
        cell(is, code, code[0] && !code[1] ? 1 : strlen(code));
        break;
    case YK_Q_SELECT_MULTIPLE:
        for (size_t i = 0; i < qq->list->n; i++)
            cell(is, ok ? (a->chosen[i] ? "1" : "0") : "", ok ? 1 : 0);
        break;
    case YK_Q_INTEGER:
    case YK_Q_DECIMAL:
        if (ok)
            number_cell(is, a->number);
        else
            cell(is, "", 0);
        break;
    default:
        cell(is, ok ? a->text : "", ok ? a->text_len : 0);
    }
}

static yk_status write_cells(import_state *is)
{
    size_t start = 0;
    for (size_t i = 0; i < is->ncells; i++) {
        is->fields[i] = (yk_field){ is->cells.data + start, is->ends[i] - start };
        start = is->ends[i];
    }
    yk_status st = is->st == YK_OK ? yk_csv_write_row(is->w, is->fields, is->ncells) : is->st;
    yk_buf_clear(&is->cells);
    is->ncells = 0;
    return st;
}

static int import_response(void *ctx, const char *round, const yk_response *r)
{
    import_state *is = ctx;
    cell(is, round, strlen(round));
    cell(is, r->source, strlen(r->source));
    number_cell(is, (double)r->line);
    number_cell(is, (double)r->errors);
    for (size_t q = 0; q < yk_form_n_questions(is->form); q++)
        answer_cells(is, yk_form_question(is->form, q), &r->answers[q]);
    is->st = write_cells(is);
    return is->st != YK_OK;
}

static yk_status write_header(import_state *is)
{
    static const char *const fixed[] = { "_round", "_source", "_line", "_errors" };
    for (size_t i = 0; i < 4; i++)
        cell(is, fixed[i], strlen(fixed[i]));
    for (size_t q = 0; q < yk_form_n_questions(is->form); q++) {
        const yk_question *qq = yk_form_question(is->form, q);
        if (qq->type == YK_Q_SELECT_MULTIPLE)
            for (size_t i = 0; i < qq->list->n; i++) {
                if (is->st == YK_OK)
                    is->st = yk_buf_append(&is->cells, qq->name, strlen(qq->name));
                if (is->st == YK_OK)
                    is->st = yk_buf_append(&is->cells, "/", 1);
                cell(is, qq->list->choices[i].name, strlen(qq->list->choices[i].name));
            }
        else if (qq->type != YK_Q_NOTE)
            cell(is, qq->name, strlen(qq->name));
    }
    return write_cells(is);
}

typedef struct {
    survey_opts s;
    cli_output_opts out;
    int format;                 /* CLI_CSV, CLI_SAV, CLI_DTA; -1 until known */
    int labels;
} import_opts;

static int import_option(const char *verb, int opt, const char *arg, void *ctx)
{
    import_opts *o = ctx;
    switch (opt) {
    case 'f':
        o->format = strcmp(arg, "csv") == 0 ? CLI_CSV : strcmp(arg, "sav") == 0 ? CLI_SAV
                  : strcmp(arg, "dta") == 0 ? CLI_DTA : -1;
        if (o->format < 0)
            return cli_usage(verb, "--format is csv, sav or dta, not '%s'", arg), -1;
        return 1;
    case OPT_LABELS:
        o->labels = 1;
        return 1;
    default:
        return 0;
    }
}

/* A .sav or .dta states its row count in the header: a file, written
 * whole once the rows are counted, never a stream; and it holds the
 * labels itself, so --labels and --bom are CSV's only. */
static int check_format(const import_opts *o)
{
    int data = o->format == CLI_SAV || o->format == CLI_DTA;
    const char *ext = o->format == CLI_SAV ? "sav" : "dta";
    if (data && !o->out.output)
        return cli_usage("import", "--format %s: the file is written whole, not as a stream; "
                         "give -o NAME.%s", ext, ext);
    if (data && o->labels)
        return cli_usage("import", "--labels is for CSV: a .%s file holds the codes and their "
                         "labels both", ext);
    if (data && o->out.bom)
        return cli_usage("import", "--bom is for CSV, not a .%s file", ext);
    return 0;
}

static int parse(int argc, char **argv, import_opts *o)
{
    static const struct option longs[] = {
        CLI_READ_OPTIONS, SURVEY_OPTIONS, CLI_OUTPUT_OPTIONS, CLI_BOM_OPTION,
        { "format", required_argument, NULL, 'f' },
        { "labels", no_argument, NULL, OPT_LABELS },
        { NULL, 0, NULL, 0 }
    };
    const cli_handler h[] = { { survey_option, &o->s }, { cli_output_option, &o->out },
                              { import_option, o } };
    o->format = -1;
    int r = cli_parse("import", MSG_HELP_IMPORT, argc, argv, "o:f:E:D:qh", longs, h, 3);
    unsigned writes = CLI_WRITES(CLI_CSV) | CLI_WRITES(CLI_SAV) | CLI_WRITES(CLI_DTA);
    r = r ? r : cli_output_format("import", o->out.output, writes, &o->format);
    if (!r && o->format < 0)
        o->format = CLI_CSV;
    return r ? r : check_format(o);
}

static int run(survey *s, const import_opts *o, char **inputs, int ninputs)
{
    if (o->format != CLI_CSV)
        return import_stats(s, o->format == CLI_SAV ? YK_PACKAGE_SPSS : YK_PACKAGE_STATA,
                            &o->out, inputs, ninputs);
    int status;
    cli_out *out = cli_out_open(o->out.output, o->out.force, inputs, ninputs, &status);
    if (!out)
        return status;
    import_state is = { .form = survey_form(s), .labels = o->labels };
    is.lang = yk_codebook_language(is.form);
    is.nfields = count_columns(is.form);
    is.fields = calloc(is.nfields, sizeof *is.fields);
    is.ends = calloc(is.nfields, sizeof *is.ends);
    is.st = is.fields && is.ends ? yk_csv_writer_new(cli_out_sink(out), ',', &is.w) : YK_ERR_NOMEM;
    if (is.st == YK_OK && o->out.bom) {
        /* --bom is for Excel: a text answer "=HYPERLINK(...)" must not run
         * there.  Without it, R and PSPP get the answers as typed. */
        yk_csv_writer_guard_formulas(is.w, 1);
        is.st = yk_csv_write_raw(is.w, "\xEF\xBB\xBF", 3);
    }
    if (is.st == YK_OK)
        is.st = write_header(&is);
    status = is.st == YK_OK ? survey_run(s, import_response, &is) : EXIT_SYSTEM;
    if (is.st == YK_OK)
        is.st = yk_csv_writer_flush(is.w);
    yk_csv_writer_free(is.w);
    yk_buf_free(&is.cells);
    free(is.fields);
    free(is.ends);
    if (is.st != YK_OK)
        return cli_out_fail(out, "import", is.st);
    if (status >= EXIT_USAGE) {
        cli_out_abandon(out);
        return status;
    }
    int committed = cli_out_commit(out);
    return committed ? committed : status;
}

static int verb_import(int argc, char **argv)
{
    import_opts o = { .format = -1 };
    int r = parse(argc, argv, &o);
    if (r)
        return r < 0 ? 0 : r;
    cli_diags ds = { .quiet = o.s.c.quiet, .all = o.s.c.all, .per_run = 1 };
    survey *s;
    int code = survey_open("import", &o.s, argc - optind, argv + optind, &ds, &s);
    if (code == 0) {
        code = run(s, &o, argv + optind, argc - optind);
        survey_close(s);
    }
    cli_diags_file(&ds, NULL);
    cli_rows_say(&ds);
    return cli_rows_status(&ds, o.s.strict, code);
}

const cli_verb cli_verb_import = {
    "import", MSG_SUMMARY_IMPORT, MSG_HELP_IMPORT, verb_import,
};
