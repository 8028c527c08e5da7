/* ykien command — a tally from data or from tally files. */
#include <stdlib.h>
#include <string.h>
#include "analysis.h"
#include "yk_table.h"
#include "yk_figures.h"
#include "yk_stats.h"

_Static_assert(CLI_CSV == (int)YK_TABLE_CSV && CLI_TEXT == (int)YK_TABLE_TEXT &&
               CLI_JSON == (int)YK_TABLE_JSON, "a table's format is its output format");

int analysis_is_tally(const char *arg)
{
    size_t n = strlen(arg);
    return n > 4 && strcmp(arg + n - 4, ".ykt") == 0;
}

int analysis_load(const char *path, cli_diags *ds, yk_tally **out)
{
    cli_file *f = cli_file_open(path);
    if (!f)
        return EXIT_USAGE;
    yk_status st = yk_tally_load(path, cli_file_input(f), cli_diag, ds, out);
    cli_file_close(f);
    if (st == YK_OK) {
        /* tally refuses a ballot form, but a .ykt can be written by hand */
        int code = survey_refuse_ballot(path, yk_tally_form(*out), NULL);
        if (code) {
            yk_tally_free(*out);
            *out = NULL;
        }
        return code;
    }
    if (st == YK_ERR_PARSE || st == YK_ERR_LIMIT)
        return EXIT_DATA;       /* said, with the line, by the loader */
    cli_error("%s: %s", path, yk_strerror(st));
    return EXIT_SYSTEM;
}

/* Tally files, merged into the first; a file named twice is merged once
 * (its counts would double). */
static int load_tallies(const char *verb, int argc, char **argv, cli_diags *ds,
                        yk_tally **out)
{
    cli_once once = { 0 };
    int repeat;
    int code = cli_once_add(&once, verb, ds, argv[0], NULL, &repeat, NULL);
    if (!code)
        code = analysis_load(argv[0], ds, out);
    for (int i = 1; i < argc && code == 0; i++) {
        yk_tally *more;
        if ((code = cli_once_add(&once, verb, ds, argv[i], NULL, &repeat, NULL)) || repeat)
            continue;
        code = analysis_load(argv[i], ds, &more);
        if (code)
            break;
        yk_status st = yk_tally_merge(*out, more);
        yk_tally_free(more);
        if (st == YK_ERR_ARGUMENT) {
            cli_error("%s: error: a tally of another form or grouping than %s's; "
                      "tallies merge only with their own form's", argv[i], argv[0]);
            code = EXIT_DATA;
        } else if (st != YK_OK) {
            cli_error("%s: %s", argv[i], yk_strerror(st));
            code = EXIT_SYSTEM;
        }
    }
    cli_once_free(&once);
    if (code) {
        yk_tally_free(*out);
        *out = NULL;
    }
    return code;
}

static int tally_response(void *ctx, const char *round, const yk_response *r)
{
    return yk_tally_add(ctx, round, r) != YK_OK;
}

/* The parts of a tally a verb reads: the others need not be counted.  A
 * verb not listed gets them all. */
static unsigned parts_read_by(const char *verb)
{
    static const struct { const char *verb; unsigned parts; } reads[] = {
        { "freq", YK_TALLY_SELECTS },
        { "compare", YK_TALLY_SELECTS | YK_TALLY_NUMBERS },
        { "describe", YK_TALLY_SELECTS | YK_TALLY_NUMBERS },
        { "scale", YK_TALLY_SCALES },
    };
    for (size_t i = 0; i < sizeof reads / sizeof reads[0]; i++)
        if (strcmp(reads[i].verb, verb) == 0)
            return reads[i].parts;
    return YK_TALLY_ALL;
}

/* The names --questions may give, in form order: questions, then scales
 * (--scale NAME shares the option).  *n of them, into names (room for
 * twice the questions); borrowed from f. */
static void question_names(const yk_form *f, const char **names, size_t *n)
{
    size_t nq = yk_form_n_questions(f), k = 0;
    for (size_t i = 0; i < nq; i++)
        names[k++] = yk_form_question(f, i)->name;
    for (size_t i = 0; i < nq; i++) {
        const char *scale = yk_form_question(f, i)->scale;
        size_t j = nq;
        while (scale && j < k && strcmp(names[j], scale) != 0)
            j++;
        if (scale && j == k)
            names[k++] = scale;
    }
    *n = k;
}

/* Each name of --questions (a comma-separated list) must be a question or
 * scale of the form: a misspelt one would leave it out of the table. */
static int check_questions(const char *verb, const yk_form *f, const char *list)
{
    size_t n, nq = yk_form_n_questions(f);
    const char **names = list ? malloc((2 * nq + 1) * sizeof *names) : NULL;
    int code = 0;
    if (!list)
        return 0;
    if (!names)
        return EXIT_SYSTEM;
    question_names(f, names, &n);
    for (const char *p = list; !code && *p;) {
        size_t len = strcspn(p, ","), i = 0;
        while (i < n && !(strlen(names[i]) == len && strncmp(names[i], p, len) == 0))
            i++;
        if (i == n) {
            char *name = strndup(p, len);
            code = name ? cli_unknown_name(verb, "--questions", "question or scale", name, names, n)
                        : EXIT_SYSTEM;
            free(name);
        }
        p += len + (p[len] == ',');
    }
    free(names);
    return code;
}

int analysis_check_select(const char *verb, const yk_form *f, const char *option,
                          const char *name, const yk_question **out)
{
    size_t n, nq = yk_form_n_questions(f);
    const yk_question *q = yk_form_find(f, name);
    if (out)
        *out = q;
    if (q && q->type == YK_Q_SELECT_ONE)
        return 0;
    if (q)
        return cli_usage(verb, "%s %s: '%s' is a%s %s question; figures are grouped and "
                         "crossed by the answers of a select_one question", option, name,
                         name, q->type == YK_Q_INTEGER ? "n" : "", yk_form_type_name(q->type));
    const char **names = malloc((nq + 1) * sizeof *names);
    if (!names)
        return EXIT_SYSTEM;
    n = 0;
    for (size_t i = 0; i < nq; i++)
        if (yk_form_question(f, i)->type == YK_Q_SELECT_ONE)
            names[n++] = yk_form_question(f, i)->name;
    int code = cli_unknown_name(verb, option, "select_one question", name, names, n);
    free(names);
    return code;
}

/* --round names a round of tally files (a project's is checked on
 * opening it; loose files take any name). */
static int check_tally_round(const char *verb, const yk_tally *t, const char *round)
{
    size_t n = yk_tally_n_rounds(t);
    const char **names = round ? malloc((n + 1) * sizeof *names) : NULL;
    if (!round)
        return 0;
    if (!names)
        return EXIT_SYSTEM;
    for (size_t i = 0; i < n; i++)
        if (strcmp(names[i] = yk_tally_round(t, i), round) == 0) {
            free(names);
            return 0;
        }
    int code = cli_unknown_name(verb, "--round", "round", round, names, n);
    free(names);
    return code;
}

static int tally_data(const char *verb, const survey_opts *given, const char *by, int argc,
                      char **argv, cli_diags *ds, yk_tally **out)
{
    /* A double submission changes the figures; ids used twice and
     * identical answers do not, and finding them keeps a line per
     * response: that is ykien check's job. */
    survey_opts o_copy = *given, *o = &o_copy;
    o->only_doubles = 1;
    survey *s;
    int code = survey_open(verb, o, argc, argv, ds, &s);
    if (code)
        return code;
    /* Names given on the command line are checked before any data is read. */
    const char *group = by ? by : survey_group(s);
    const yk_question *q = group ? yk_form_find(survey_form(s), group) : NULL;
    code = check_questions(verb, survey_form(s), o->questions);
    if (!code && by)
        code = analysis_check_select(verb, survey_form(s),
                                     o->by_option ? o->by_option : "--by", by, &q);
    if (!code && o->cross)
        code = analysis_check_select(verb, survey_form(s), "--cols", o->cross, NULL);
    if (code) {
        survey_close(s);
        return code;
    }
    yk_form_text text = survey_form_text(s);
    yk_status st = yk_tally_new(survey_form(s), &text, group ? q->name : NULL, out);
    if (st == YK_OK)
        st = yk_tally_set_parts(*out, parts_read_by(verb));
    /* Several files at once only without the duplicate checks (a double
     * submission may span files); else one file at a time, read on a
     * thread of its own while this one counts (survey_run). */
    int jobs = survey_jobs(o);
    if (st != YK_OK)
        code = EXIT_SYSTEM;
    else if (jobs > 1 && survey_n_files(s) > 1 && o->no_duplicates)
        code = survey_tally_parallel(s, jobs, *out);
    else
        code = survey_run(s, tally_response, *out);
    /* A file read for nothing: no figure is right without its answers. */
    if (survey_files_unmatched(s) && code < EXIT_USAGE) {
        yk_tally_free(*out);
        *out = NULL;
        survey_close(s);
        return EXIT_DATA;
    }
    /* The tally keeps the form: hand it over before the survey goes. */
    if (*out && code < EXIT_USAGE)
        code = yk_tally_adopt_form(*out, survey_take_form(s)) == YK_OK ? code : EXIT_SYSTEM;
    survey_close(s);
    if (code >= EXIT_USAGE) {
        yk_tally_free(*out);
        *out = NULL;
    }
    return code;
}

int analysis_tally(const char *verb, const survey_opts *o, const char *by, int argc,
                   char **argv, cli_diags *ds, yk_tally **out)
{
    int tallies = 0;
    *out = NULL;
    for (int i = 0; i < argc; i++)
        tallies += analysis_is_tally(argv[i]);
    if (tallies && (tallies < argc || o->form_dir))
        return cli_usage(verb, "give tally files (.ykt) or data, not both");
    if (!tallies)
        return tally_data(verb, o, by, argc, argv, ds, out);
    int code = load_tallies(verb, argc, argv, ds, out);
    const yk_question *g = *out ? yk_tally_group(*out) : NULL;
    if (code == 0 && *out)
        code = check_questions(verb, yk_tally_form(*out), o->questions);
    if (code == 0 && *out)
        code = check_tally_round(verb, *out, o->round);
    if (code) {
        yk_tally_free(*out);
        *out = NULL;
        return code;
    }
    if (code == 0 && by && (!g || strcmp(g->name, by) != 0)) {
        code = cli_usage(verb, "the tally is grouped by %s; --by %s needs the data",
                         g ? g->name : "nothing", by);
        yk_tally_free(*out);
        *out = NULL;
    }
    return code;
}

/* The options only figure verbs have (a figure_opts *ctx). */
static int figure_option(const char *verb, int opt, const char *arg, void *ctx)
{
    figure_opts *o = ctx;
    char *end;
    switch (opt) {
    case OPT_BY: o->by = arg; return 1;
    case OPT_QUESTIONS: o->questions = o->s.questions = arg; return 1;
    case OPT_VS_REST:
        if (!(o->takes & FIGURE_PAIRS))
            return cli_usage(verb, "--vs-rest: %s makes no tests of groups", verb), -1;
        o->vs_rest = 1;
        return 1;
    case OPT_PAIRS:
        if (!(o->takes & FIGURE_PAIRS))
            return cli_usage(verb, "--pairs: %s makes no tests to pair", verb), -1;
        o->pairs = 1;
        return 1;
    case OPT_MIN_BASE:
        o->min_base = strtol(arg, &end, 10);
        if (*end || end == arg || o->min_base < 0)
            return cli_usage(verb, "--min-base wants a whole number, not '%s'", arg), -1;
        o->min_base_given = 1;
        return 1;
    case OPT_NO_SUPPRESSION:
        o->no_suppression = 1;
        return 1;
    case OPT_ADJUST:
        if (!(o->takes & FIGURE_ADJUST))
            return cli_usage(verb, "--adjust: %s makes no family of tests to adjust", verb), -1;
        if (strcmp(arg, "holm") != 0 && strcmp(arg, "bh") != 0)
            return cli_usage(verb, "--adjust is holm or bh, not '%s'", arg), -1;
        o->bh = strcmp(arg, "bh") == 0;
        return 1;
    case OPT_WEIGHT:
        if (!(o->takes & FIGURE_WEIGHT))
            return cli_usage(verb, "%s does not weight: its tests and coefficients treat "
                             "the responses as a simple random sample (see the README, "
                             "\"Weights\")", verb), -1;
        if (strcmp(arg, "members") != 0)
            return cli_usage(verb, "--weight knows only 'members', not '%s'", arg), -1;
        o->weight = 1;
        return 1;
    case 'f':
        if ((o->format = figure_format_of(arg)) < 0)
            return cli_usage(verb, "--format is csv, text, json or xlsx, not '%s'", arg), -1;
        return 1;
    default:
        return 0;
    }
}

int figure_parse(const char *verb, msg_id help, unsigned takes, const figure_own *own,
                 int argc, char **argv, figure_opts *o)
{
    static const struct option common[] = {
        CLI_READ_OPTIONS, SURVEY_OPTIONS, SURVEY_JOBS_OPTION, CLI_OUTPUT_OPTIONS,
        { "by", required_argument, NULL, OPT_BY },
        { "questions", required_argument, NULL, OPT_QUESTIONS },
        { "min-base", required_argument, NULL, OPT_MIN_BASE },
        { "format", required_argument, NULL, 'f' },
        { "adjust", required_argument, NULL, OPT_ADJUST },
        { "weight", required_argument, NULL, OPT_WEIGHT },
        { "pairs", no_argument, NULL, OPT_PAIRS },
        { "vs-rest", no_argument, NULL, OPT_VS_REST },
        { "no-suppression", no_argument, NULL, OPT_NO_SUPPRESSION },
        { "scale", required_argument, NULL, OPT_QUESTIONS }, /* scales are named like questions */
    };
    enum { NCOMMON = sizeof common / sizeof common[0] };
    struct option longs[NCOMMON + FIGURE_MAX_OWN + 1] = { { 0 } };
    size_t n = NCOMMON;
    memcpy(longs, common, sizeof common);
    for (size_t i = 0; own && own->longs[i].name && i < FIGURE_MAX_OWN; i++)
        longs[n++] = own->longs[i];
    cli_handler h[4] = { { survey_option, &o->s }, { cli_output_option, &o->out },
                         { figure_option, o } };
    if (own)
        h[3] = own->handler;
    o->min_base = 10;
    o->takes = takes;
    o->format = -1;
    o->verb = verb;
    int r = cli_parse(verb, help, argc, argv, "o:f:j:E:D:qh", longs, h, own ? 4 : 3);
    if (!r)
        r = cli_output_format(verb, o->out.output, o->writes ? o->writes : CLI_TABLE_FORMATS,
                              &o->format);
    if (!r)
        r = figure_xlsx_needs_file(verb, o->out.output, o->format);
    if (!o->writes && o->format < 0)
        o->format = YK_TABLE_CSV;
    if (!r && o->no_suppression && !o->min_base_given)
        o->min_base = 0;
    const char *why = r ? NULL : yk_figure_min_base_problem(o->min_base, o->no_suppression);
    if (why)
        return cli_usage(verb, "%s", why);
    if (!r && o->no_suppression)
        o->min_base = 0;
    if (!r && o->weight && o->by)
        return cli_usage(verb, "--weight with --by changes nothing: each group is one "
                         "stratum; leave one out");
    return r;
}

int figure_check_weights(const char *verb, const yk_tally *t)
{
    const yk_question *g = yk_tally_group(t);
    if (!g)
        return cli_usage(verb, "--weight members needs a grouping question (the unit)");
    for (size_t i = 0; i < g->list->n; i++)
        if (g->list->choices[i].members <= 0) {
            cli_error("error: the unit '%s' has no members in the form's list '%s'; "
                      "--weight members needs them all", g->list->choices[i].name,
                      g->list->name);
            return EXIT_DATA;
        }
    return 0;
}

/* A figure's warning, as the verbs have always said it. */
static void figure_warning(void *ctx, const yk_diag *d)
{
    (void)ctx;
    cli_error("warning: %s", d->message);
}

yk_figure_opts figure_lib_opts(const figure_opts *o)
{
    return (yk_figure_opts){ .min_base = o->min_base, .no_suppression = o->no_suppression,
                             .by = o->by, .questions = o->questions, .round = o->s.round,
                             .secondary = o->secondary, .weight = o->weight, .bh = o->bh,
                             .pairs = o->pairs, .vs_rest = o->vs_rest,
                             .diag = o->s.c.quiet ? NULL : figure_warning };
}

int figure_status(yk_status st)
{
    return st == YK_OK ? 0 : EXIT_SYSTEM;
}

int figure_table_write(const yk_table *tab, int format, FILE *out)
{
    yk_status st = yk_table_write(tab, (yk_table_format)format,
                                  (yk_output){ cli_write_file, out });
    if (st == YK_ERR_NOMEM) {
        cli_error("out of memory");
        return EXIT_SYSTEM;
    }
    /* A text or JSON table that did not fit is said when the output is
     * committed (the stream's error); a CSV one fails here, as it always has. */
    return st != YK_OK && format == YK_TABLE_CSV ? EXIT_SYSTEM : 0;
}

/* What the text format says below the table: figures left blank, and
 * why; suppression off; the rows read (cli_rows_footer). */
static void figure_notes(FILE *f, const figure_opts *o, unsigned long suppressed,
                         const cli_diags *ds)
{
    unsigned long secondary = o->secondary ? *o->secondary : 0;
    if (suppressed) {
        fprintf(f, "\n%lu figures left blank: their base is under %ld "
                "(--min-base), so no small group can be singled out", suppressed, o->min_base);
        if (secondary)
            fprintf(f, "; and %lu more so that they cannot be worked out "
                    "from the totals", secondary);
        fputs(".\n", f);
    } else if (secondary) {
        fprintf(f, "\n%lu figures left blank so that the figures of groups "
                "under %ld (--min-base) cannot be worked out from the totals.\n", secondary,
                o->min_base);
    }
    if (o->no_suppression)
        fputs("\nSuppression is off (--no-suppression): figures of groups of any size "
              "are shown.\n", f);
    if (o->notes)
        fprintf(f, "\n%s", o->notes);
    cli_rows_footer(ds, f);
}

/* The workbook carries the text format's notes below its table. */
static int figure_write_xlsx(const yk_table *tab, const figure_opts *o,
                             unsigned long suppressed, const cli_diags *ds, char **inputs, int n)
{
    char *notes = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&notes, &len);
    if (!f) {
        cli_error("out of memory");
        return EXIT_SYSTEM;
    }
    figure_notes(f, o, suppressed, ds);
    int failed = ferror(f);
    if (fclose(f) != 0 || failed) {
        free(notes);
        cli_error("out of memory");
        return EXIT_SYSTEM;
    }
    int status = figure_xlsx_write(tab, o->verb, o->form, notes, &o->out, inputs, n);
    free(notes);
    return status;
}

int figure_write(const yk_table *tab, const figure_opts *o, unsigned long suppressed,
                 const cli_diags *ds, char **inputs, int n)
{
    int status;
    if (o->format == CLI_XLSX)
        return figure_write_xlsx(tab, o, suppressed, ds, inputs, n);
    cli_out *out = cli_out_open(o->out.output, o->out.force, inputs, n, &status);
    if (!out)
        return status;
    status = figure_table_write(tab, o->format, cli_out_stream(out));
    if (status) {
        cli_out_abandon(out);
        return status;
    }
    if (o->format == YK_TABLE_TEXT)
        figure_notes(cli_out_stream(out), o, suppressed, ds);
    else if (o->no_suppression)
        cli_error("note: " YK_FIGURE_NO_SUPPRESSION_NOTE);
    return cli_out_commit(out);
}

int figure_main(const figure_table *f, int argc, char **argv)
{
    figure_opts o = { 0 };
    unsigned long secondary = 0;
    int r = figure_parse(f->name, f->help, f->takes, NULL, argc, argv, &o);
    o.secondary = &secondary;
    if (r)
        return r < 0 ? 0 : r;
    cli_diags ds = { .quiet = o.s.c.quiet, .all = o.s.c.all, .per_run = 1 };
    yk_tally *t;
    int code = analysis_tally(f->name, &o.s, o.by, argc - optind, argv + optind, &ds, &t);
    cli_diags_file(&ds, NULL);
    cli_rows_say(&ds);
    if (!t)
        return code;
    yk_table tab;
    unsigned long suppressed = 0;
    yk_table_init(&tab, f->columns, f->ncols);
    o.form = yk_tally_form(t);
    int written = f->fill(t, &o, &tab, &suppressed);
    if (!written)
        written = figure_write(&tab, &o, suppressed, &ds, argv + optind, argc - optind);
    yk_table_free(&tab);
    yk_tally_free(t);
    return cli_rows_status(&ds, o.s.strict, written ? written : code);
}
