/* ykien entry-sheet — the workbook an office types paper returns into. */
#include <errno.h>
#include <libgen.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include "cli.h"
#include "form_text.h"
#include "yk_ballot.h"
#include "yk_entry_sheet.h"
#include "yk_form.h"
#include "yk_project.h"

typedef struct {
    cli_output_opts out;
    const char *form_dir, *group;
    const char *levels, *struck, *added;    /* a poll's, as votes takes them */
    size_t rows;
    int english;
} entry_opts;

/* What the arguments name: the form, the unit question, the title, and
 * whether it is a poll's ballot. */
typedef struct {
    char *form_dir;
    char *group, *title;
    const char *group_source;   /* "--group", or the project (then group_line) */
    unsigned long group_line;
    int poll;
    char *levels, *struck;      /* a poll's columns, as `votes` reads them */
    char **added;               /* NULL: the form's text questions */
    size_t n_added;
    yk_form *form;
} entry_source;

static int entry_option(const char *verb, int opt, const char *arg, void *ctx)
{
    entry_opts *o = ctx;
    char *end;
    switch (opt) {
    case OPT_FORM: o->form_dir = arg; return 1;
    case OPT_GROUP: o->group = arg; return 1;
    case OPT_LEVELS: o->levels = arg; return 1;
    case OPT_STRUCK: o->struck = arg; return 1;
    case OPT_ADDED: o->added = arg; return 1;
    case OPT_ROWS: {
        errno = 0;
        unsigned long long n = strtoull(arg, &end, 10);
        if (errno || end == arg || *end || arg[0] == '-' || n == 0 || n > YK_ENTRY_MAX_ROWS) {
            cli_usage(verb, "--rows wants a number of rows from 1 to %d, not '%s'",
                      YK_ENTRY_MAX_ROWS, arg);
            return -1;
        }
        o->rows = (size_t)n;
        return 1;
    }
    case OPT_LANG:
        if (strcmp(arg, "vi") != 0 && strcmp(arg, "en") != 0) {
            cli_usage(verb, "--lang is vi or en, not '%s'", arg);
            return -1;
        }
        o->english = strcmp(arg, "en") == 0;
        return 1;
    default: return cli_output_option(verb, opt, arg, &o->out);
    }
}

static int parse(int argc, char **argv, entry_opts *o)
{
    static const struct option longs[] = {
        { "form", required_argument, NULL, OPT_FORM },
        { "group", required_argument, NULL, OPT_GROUP },
        { "rows", required_argument, NULL, OPT_ROWS },
        { "levels", required_argument, NULL, OPT_LEVELS },
        { "struck", required_argument, NULL, OPT_STRUCK },
        { "added", required_argument, NULL, OPT_ADDED },
        { "lang", required_argument, NULL, OPT_LANG },
        { "help", no_argument, NULL, 'h' },
        CLI_OUTPUT_OPTIONS,
        { NULL, 0, NULL, 0 }
    };
    const cli_handler h[] = { { entry_option, o } };
    int r = cli_parse("entry-sheet", MSG_HELP_ENTRY_SHEET, argc, argv, "o:h", longs, h, 1);
    int format = -1;
    if (r)
        return r;
    /* cli_output_option takes "-" for standard output: NULL too. */
    if (!o->out.output)
        return cli_usage("entry-sheet", "the entry workbook is a file, not a stream: give -o "
                         "NAME.xlsx");
    r = cli_output_format("entry-sheet", o->out.output, CLI_WRITES(CLI_XLSX), &format);
    if (!r && format != CLI_XLSX)
        return cli_usage("entry-sheet", "%s: an entry workbook's name ends in .xlsx",
                         o->out.output);
    if (!r && !o->form_dir && argc - optind != 1)
        return cli_usage("entry-sheet", argc - optind ? "give one project, or --form DIR"
                                                      : "no project or --form DIR");
    if (!r && o->form_dir && argc - optind != 0)
        return cli_usage("entry-sheet", "--form DIR takes no other file: '%s'", argv[optind]);
    return r;
}

/* ---- the form ----------------------------------------------------------- */

static int load_form(entry_source *s, cli_diags *ds)
{
    cli_form_text t;
    int code = cli_form_open(s->form_dir, cli_diag, ds, &t, &s->form);
    cli_form_text_free(&t);
    return code;
}

/* "a,b" (a project's `added` or --added): the columns of names written
 * in, as votes splits them; "" is none at all. */
static int split_added(entry_source *s, const char *list)
{
    char *copy = strdup(list), *save = NULL;
    int code = copy ? 0 : EXIT_SYSTEM;
    for (char *w = copy ? strtok_r(copy, ",", &save) : NULL; w && !code;
         w = strtok_r(NULL, ",", &save)) {
        char **more = realloc(s->added, (s->n_added + 1) * sizeof *more);
        if (more)
            s->added = more;
        while (*w == ' ')
            w++;
        if (!more || !(s->added[s->n_added++] = strdup(w)))
            code = EXIT_SYSTEM;
    }
    free(copy);
    if (!code && !s->added)
        code = (s->added = calloc(1, sizeof *s->added)) ? 0 : EXIT_SYSTEM;
    return code;
}

/* A poll's columns: the options', else the project's (p may be NULL). */
static int poll_columns(entry_source *s, const entry_opts *o, const yk_project *p)
{
    const char *levels = o->levels ? o->levels : p ? yk_project_get(p, "levels") : NULL;
    const char *struck = o->struck ? o->struck : p ? yk_project_get(p, "struck") : NULL;
    const char *added = o->added ? o->added : p ? yk_project_get(p, "added") : NULL;
    if ((levels && !(s->levels = strdup(levels))) || (struck && !(s->struck = strdup(struck))))
        return EXIT_SYSTEM;
    return added ? split_added(s, added) : 0;
}

/* A project: its form, unit question and title; a poll when it has
 * ballots and no rounds (as `report` and `votes` tell). */
static int read_project(entry_source *s, const entry_opts *o, const char *path, cli_diags *ds)
{
    cli_file *f = cli_file_open(path);
    yk_project *p = NULL;
    if (!f)
        return EXIT_USAGE;
    yk_status st = yk_project_load(path, cli_file_input(f), cli_diag, ds, &p);
    cli_file_close(f);
    if (st != YK_OK)
        return st == YK_ERR_PARSE ? EXIT_DATA : EXIT_SYSTEM;
    const char *form = yk_project_get(p, "form"), *group = yk_project_get(p, "group");
    const char *title = yk_project_get(p, "title");
    char *copy = strdup(path);
    s->poll = yk_project_n_rounds(p) == 0 && yk_project_get(p, "ballots");
    s->form_dir = copy && form ? cli_join(dirname(copy), form) : NULL;
    s->title = title ? strdup(title) : NULL;
    if (!o->group && group) {
        s->group = strdup(group);
        s->group_source = path;
        s->group_line = yk_project_line(p, "group");
    }
    int code = poll_columns(s, o, p);
    if (!code && !form) {
        cli_error("%s: error: the project names no form (a line 'form = DIR')", path);
        code = EXIT_DATA;
    } else if (!code && !s->form_dir) {
        code = EXIT_SYSTEM;
    }
    free(copy);
    yk_project_free(p);
    return code;
}

/* The unit question must be a select_one of the form: its answers are
 * the units, and their codes the drop-down. */
static int check_group(const entry_source *s)
{
    const yk_question *q = s->group ? yk_form_find(s->form, s->group) : NULL;
    if (!s->group || (q && q->type == YK_Q_SELECT_ONE))
        return 0;
    size_t n = yk_form_n_questions(s->form);
    const char **names = malloc((n + 1) * sizeof *names);
    for (size_t i = 0; names && i < n; i++)
        names[i] = yk_form_question(s->form, i)->name;
    const char *near = names && !q ? cli_nearest(s->group, names, n) : NULL;
    int code = EXIT_DATA;
    if (!s->group_line && !q)
        code = names ? cli_unknown_name("entry-sheet", "--group", "question", s->group, names, n)
                     : EXIT_SYSTEM;
    else if (!s->group_line)
        code = cli_usage("entry-sheet", "--group %s: '%s' is not a select_one question (its "
                         "answers are the units)", s->group, s->group);
    else if (q)
        cli_error("%s:%lu: error: group '%s' is not a select_one question (its answers are "
                  "the units)", s->group_source, s->group_line, s->group);
    else
        cli_error("%s:%lu: error: the form has no question '%s' to use as the grouping "
                  "question", s->group_source, s->group_line, s->group);
    if (s->group_line && near)
        cli_error("%s:%lu: hint: did you mean '%s'?", s->group_source, s->group_line, near);
    free(names);
    return code;
}

static int open_source(entry_source *s, const entry_opts *o, char **argv, cli_diags *ds)
{
    int code = 0;
    if (o->form_dir) {
        s->form_dir = strdup(o->form_dir);
        code = s->form_dir ? poll_columns(s, o, NULL) : EXIT_SYSTEM;
    } else {
        code = read_project(s, o, argv[0], ds);
    }
    if (!code && o->group)
        code = (s->group = strdup(o->group)) ? 0 : EXIT_SYSTEM;
    if (!code)
        code = load_form(s, ds);
    /* A form that declares itself a ballot is a poll's, project or not. */
    if (!code && yk_form_get_kind(s->form) == YK_FORM_BALLOT)
        s->poll = 1;
    if (!code && !s->poll)
        code = check_group(s);
    return code;
}

static void close_source(entry_source *s)
{
    yk_form_free(s->form);
    free(s->form_dir);
    free(s->group);
    free(s->title);
    free(s->levels);
    free(s->struck);
    for (size_t i = 0; i < s->n_added; i++)
        free(s->added[i]);
    free(s->added);
}

/* ---- the workbook ------------------------------------------------------- */

/* SOURCE_DATE_EPOCH when set (the reproducible-builds convention), so the
 * same form gives the same bytes; else now. */
static time_t made_at(void)
{
    const char *given = getenv("SOURCE_DATE_EPOCH");
    char *end;
    long long at = given && *given ? strtoll(given, &end, 10) : -1;
    return given && *given && !*end && at > 0 ? (time_t)at : time(NULL);
}

/* libxlsxwriter prints its own "[ERROR]" lines and has no switch for
 * that: standard error goes to /dev/null while it writes, and ykien says
 * what failed once (as figure_xlsx.c does).  The descriptor to restore. */
static int silence_stderr(void)
{
    int saved = dup(STDERR_FILENO);
    FILE *null = fopen("/dev/null", "w");
    fflush(stderr);
    if (saved < 0 || !null || dup2(fileno(null), STDERR_FILENO) < 0) {
        if (saved >= 0)
            close(saved);
        saved = -1;
    }
    if (null)
        fclose(null);
    return saved;
}

static void restore_stderr(int saved)
{
    if (saved < 0)
        return;
    dup2(saved, STDERR_FILENO);
    close(saved);
}

static int write_book(const entry_source *s, const entry_opts *o, char **inputs, int ninputs,
                      cli_diags *ds)
{
    int status;
    cli_out *out = cli_out_open(o->out.output, o->out.force, inputs, ninputs, &status);
    if (!out)
        return status;
    yk_entry_opts eo = { .poll = s->poll, .english = o->english, .rows = o->rows,
                         .title = s->title, .unit = s->poll ? NULL : s->group,
                         .version = YK_VERSION, .created = made_at(),
                         .diag = cli_diag, .diag_ctx = ds, .levels = s->levels,
                         .struck = s->struck, .added = (const char *const *)s->added,
                         .n_added = s->n_added };
    /* The ballot form's problems are told before standard error is shut. */
    if (s->poll) {
        yk_ballot_coder *c = NULL;
        yk_ballot_options bo = { .form_source = s->form_dir, .levels = s->levels,
                                 .struck = s->struck, .added = eo.added,
                                 .n_added = s->n_added };
        yk_status st = yk_ballot_coder_new(s->form, &bo, cli_diag, ds, &c);
        yk_ballot_coder_free(c);
        if (st != YK_OK) {
            cli_out_abandon(out);
            /* --levels naming no list is misuse; the project's, an error. */
            return st == YK_ERR_NOMEM ? EXIT_SYSTEM
                   : st == YK_ERR_ARGUMENT && o->levels ? EXIT_USAGE : EXIT_DATA;
        }
        eo.diag = NULL;
    }
    int saved = silence_stderr();
    errno = 0;
    yk_status st = yk_entry_sheet_write(s->form, cli_out_file_name(out), &eo);
    int err = errno;
    restore_stderr(saved);
    if (st == YK_OK)
        return cli_out_commit(out);
    if (st == YK_ERR_LIMIT) {
        cli_error("%s: error: the form has more questions than an Excel sheet has columns "
                  "(16,384), or --rows is past its rows", s->form_dir);
        cli_out_abandon(out);
        return EXIT_DATA;
    }
    if (st == YK_ERR_IO) {
        cli_error("%s: error: cannot write: %s", o->out.output, strerror(err ? err : EIO));
        cli_out_abandon(out);
        return EXIT_SYSTEM;
    }
    return cli_out_fail(out, "entry-sheet", st);
}

static int verb_entry_sheet(int argc, char **argv)
{
    entry_opts o = { 0 };
    int r = parse(argc, argv, &o);
    if (r)
        return r < 0 ? 0 : r;
    cli_diags ds = { .per_run = 1 };
    entry_source s = { .group_source = "--group" };
    int code = open_source(&s, &o, argv + optind, &ds);
    if (!code)
        code = write_book(&s, &o, argv + optind, argc - optind, &ds);
    cli_diags_file(&ds, NULL);
    close_source(&s);
    return code;
}

const cli_verb cli_verb_entry_sheet = {
    "entry-sheet", MSG_SUMMARY_ENTRY_SHEET, MSG_HELP_ENTRY_SHEET, verb_entry_sheet,
};
