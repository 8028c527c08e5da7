/* ykien command — reading a survey: project or form, rounds, coding. */
#include <glob.h>
#include <pthread.h>
#include <sys/stat.h>
#include <libgen.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "feedback.h"
#include "form_text.h"
#include "survey.h"
#include "yk_pipe.h"
#include "yk_project.h"

typedef struct {
    char *round;
    char *path;
} survey_file;

struct survey {
    const char *verb;
    const survey_opts *o;
    cli_diags *ds;
    yk_form *form;
    yk_coder *coder;
    survey_file *files;
    size_t nfiles;
    survey_fn fn;
    void *ctx;
    const char *round;
    cli_form_text form_text;    /* survey, choices, settings as read */
    char *group, *id;           /* question names, from options or project */
    char *project;              /* the project file, if any */
    unsigned long group_line, id_line;  /* where it names them; 0: options */
    yk_column_alias *aliases;   /* project's `column` lines, then --column */
    unsigned long *alias_lines; /* in the project; 0: an option */
    size_t n_aliases;
    unsigned long unmatched;    /* files_unmatched of the threads' coders */
    size_t straight_min;        /* from the option, else the project */
    cli_once once;              /* the data files named so far */
    int stopped;
};

int survey_option(const char *verb, int opt, const char *arg, void *ctx)
{
    survey_opts *o = ctx;
    switch (opt) {
    case OPT_FORM: o->form_dir = arg; return 1;
    case OPT_ROUND: o->round = arg; return 1;
    case OPT_GROUP: o->group = arg; return 1;
    case OPT_ID: o->id = arg; return 1;
    case OPT_NO_DUPLICATES: o->no_duplicates = 1; return 1;
    case OPT_COLUMN: {
        const char *eq = strrchr(arg, '=');
        if (o->n_columns == SURVEY_MAX_COLUMNS) {
            cli_usage(verb, "more than %d --column options", SURVEY_MAX_COLUMNS);
            return -1;
        }
        if (!eq || eq == arg || !eq[1]) {
            cli_usage(verb, "--column wants HEADER=QUESTION, as in --column 'Câu 1=tt1', "
                      "not '%s'", arg);
            return -1;
        }
        o->columns[o->n_columns++] = arg;
        return 1;
    }
    case OPT_KEEP_DUPLICATES: o->keep_duplicates = 1; return 1;
    case OPT_STRICT: o->strict = 1; return 1;
    case OPT_STRAIGHTLINING_MIN: {
        char *end;
        long k = strtol(arg, &end, 10);
        if (*end || end == arg || k < 2 || k > 1000) {
            cli_usage(verb, "--straightlining-min wants a number of items from 2 to 1000, "
                      "not '%s'", arg);
            return -1;
        }
        o->straight_min = k;
        return 1;
    }
    case 'j': {
        char *end;
        long j = strtol(arg, &end, 10);
        if (*end || end == arg || j < 1 || j > 256) {
            cli_usage(verb, "-j wants a number of threads from 1 to 256, not '%s'", arg);
            return -1;
        }
        o->c.jobs = (int)j;
        return 1;
    }
    default: return cli_read_option(verb, opt, arg, &o->c);
    }
}

static int add_new_file(survey *s, const char *round, const char *path)
{
    survey_file *f = realloc(s->files, (s->nfiles + 1) * sizeof *f);
    if (!f)
        return EXIT_SYSTEM;
    s->files = f;
    f[s->nfiles].round = strdup(round);
    f[s->nfiles].path = strdup(path);
    if (!f[s->nfiles].round || !f[s->nfiles].path)
        return EXIT_SYSTEM;
    s->nfiles++;
    return 0;
}

/* A data file of round, once: named again (a repeated argument, another
 * spelling, a symlink, overlapping patterns), it is read once, with a
 * warning; a file in two rounds of a project is an error, for which round
 * it belongs to is a question only the office can answer. */
static int add_file(survey *s, const char *round, const char *path, unsigned long line)
{
    int repeat;
    const char *first;
    int code = cli_once_add(&s->once, s->verb, s->ds, path, round, &repeat, &first);
    if (code || !repeat)
        return code ? code : add_new_file(s, round, path);
    if (first && strcmp(first, round) != 0) {
        cli_error("%s:%lu: error: round '%s': %s is also a file of round '%s'; "
                  "a response belongs to one round", s->project, line, round, path, first);
        return EXIT_DATA;
    }
    return 0;
}

/* A form is three files in a directory (settings.csv may be missing) or
 * an XLSForm workbook.  Its problems go to diag (NULL: not told). */
static int load_form_to(survey *s, const char *dir, yk_diag_fn diag, void *diag_ctx)
{
    int code = cli_form_open(dir, diag, diag_ctx, &s->form_text, &s->form);
    return code ? code : survey_refuse_ballot(dir, s->form, dir);
}

static int load_form(survey *s, const char *dir)
{
    return load_form_to(s, dir, cli_diag, s->ds);
}

/* sniff and convert read a project's files as plain files, but a project
 * whose form is a poll's ballot names ballots: refused as the other verbs
 * do.  The form's own problems are not theirs to tell. */
static int refuse_ballot_files(const char *form_dir)
{
    char *files[2] = { cli_join(form_dir, "survey.csv"), cli_join(form_dir, "choices.csv") };
    int readable = cli_form_is_workbook(form_dir)
                       ? access(form_dir, R_OK) == 0
                       : files[0] && files[1] && access(files[0], R_OK) == 0 &&
                             access(files[1], R_OK) == 0;
    survey t = { 0 };
    int code = readable ? load_form_to(&t, form_dir, NULL, NULL) : 0;
    int refused = code == EXIT_USAGE && t.form;     /* not a file that failed */
    yk_form_free(t.form);
    cli_form_text_free(&t.form_text);
    free(files[0]);
    free(files[1]);
    return refused ? EXIT_USAGE : 0;
}

/* A round's patterns, relative to the project's directory, in sorted
 * order; a pattern that matches nothing is an error. */
static int expand_round(survey *s, const char *project, const char *dir,
                        const yk_round_spec *r)
{
    int code = 0;
    for (size_t i = 0; i < r->n && code < EXIT_USAGE; i++) {
        char *pattern = cli_join(dir, r->patterns[i]);
        glob_t g;
        int found = pattern && glob(pattern, 0, NULL, &g) == 0;
        if (!found) {
            cli_error("%s:%lu: error: round '%s': no file matches '%s'", project,
                      r->line, r->name, r->patterns[i]);
            code = EXIT_DATA;
        }
        for (size_t k = 0; found && k < g.gl_pathc && !code; k++)
            code = add_file(s, r->name, g.gl_pathv[k], r->line);
        if (found)
            globfree(&g);
        free(pattern);
    }
    return code;
}

/* A header alias, copied; line 0 for an option's. */
static int add_alias(survey *s, const char *header, size_t header_len, const char *question,
                     unsigned long line)
{
    yk_column_alias *a = realloc(s->aliases, (s->n_aliases + 1) * sizeof *a);
    unsigned long *l = a ? realloc(s->alias_lines, (s->n_aliases + 1) * sizeof *l) : NULL;
    if (a)
        s->aliases = a;
    if (!l)
        return EXIT_SYSTEM;
    s->alias_lines = l;
    char *h = strndup(header, header_len), *q = strdup(question);
    a[s->n_aliases] = (yk_column_alias){ h, q };
    l[s->n_aliases++] = line;
    return h && q ? 0 : EXIT_SYSTEM;
}

/* --column options, after the project's lines: both are read. */
static int option_aliases(survey *s)
{
    int code = 0;
    for (size_t i = 0; i < s->o->n_columns && !code; i++) {
        const char *arg = s->o->columns[i], *eq = strrchr(arg, '=');
        const char *q = eq + 1;
        size_t n = (size_t)(eq - arg);
        while (n && arg[n - 1] == ' ')
            n--;
        q += strspn(q, " ");
        code = add_alias(s, arg, n, q, 0);
    }
    return code;
}

static const char *setting(const survey_opts *o, const yk_project *p, const char *key)
{
    const char *given = strcmp(key, "group") == 0 ? o->group : o->id;
    return given ? given : yk_project_get(p, key);
}

static int read_project(survey *s, const char *path, yk_project **p)
{
    cli_file *f = cli_file_open(path);
    if (!f)
        return EXIT_USAGE;
    yk_status st = yk_project_load(path, cli_file_input(f), cli_diag, s->ds, p);
    cli_file_close(f);
    return st == YK_OK ? 0 : st == YK_ERR_PARSE ? EXIT_DATA : EXIT_SYSTEM;
}

int survey_is_poll(const char *path)
{
    survey s = { .verb = "report" };
    cli_diags ds = { .quiet = 1 };
    yk_project *p = NULL;
    s.ds = &ds;
    if (!survey_is_project(path) || read_project(&s, path, &p))
        return 0;
    int poll = yk_project_n_rounds(p) == 0 && yk_project_get(p, "ballots");
    yk_project_free(p);
    return poll;
}

int survey_is_feedback(const char *path)
{
    survey s = { .verb = "feedback" };
    cli_diags ds = { .quiet = 1 };
    yk_project *p = NULL;
    s.ds = &ds;
    if (!survey_is_project(path) || read_project(&s, path, &p))
        return 0;
    int feedback = yk_project_is_feedback(p);
    yk_project_free(p);
    return feedback;
}

/* Whether path (a project) is a poll whose form is the directory form_st. */
static int poll_uses_form(const char *path, const struct stat *form_st)
{
    survey s = { .verb = "check" };
    cli_diags ds = { .quiet = 1 };
    yk_project *p = NULL;
    struct stat st;
    s.ds = &ds;
    /* Only regular files: a FIFO named *.ykien must not block a survey verb. */
    if (stat(path, &st) != 0 || !S_ISREG(st.st_mode) || read_project(&s, path, &p))
        return 0;
    const char *form = yk_project_get(p, "form");
    int uses = 0;
    if (yk_project_n_rounds(p) == 0 && yk_project_get(p, "ballots") && form) {
        char *copy = strdup(path);
        char *dir = copy ? cli_join(dirname(copy), form) : NULL;
        uses = dir && stat(dir, &st) == 0 && st.st_dev == form_st->st_dev &&
               st.st_ino == form_st->st_ino;
        free(dir);
        free(copy);
    }
    yk_project_free(p);
    return uses;
}

/* The poll project beside the form directory dir (in its parent, where a
 * poll keeps its project) that names it, or NULL; the caller frees it.
 * Such a form is a ballot even if nobody declared it. */
static char *poll_of_form(const char *dir)
{
    struct stat form_st;
    char *copy = strdup(dir), *found = NULL;
    char *pattern = copy ? cli_join(dirname(copy), "*.ykien") : NULL;
    glob_t g;
    if (pattern && stat(dir, &form_st) == 0 && glob(pattern, 0, NULL, &g) == 0) {
        for (size_t i = 0; i < g.gl_pathc && !found; i++)
            if (poll_uses_form(g.gl_pathv[i], &form_st))
                found = strdup(g.gl_pathv[i]);
        globfree(&g);
    }
    free(pattern);
    free(copy);
    return found;
}

int survey_refuse_ballot(const char *source, const yk_form *form, const char *dir)
{
    int declared = yk_form_get_kind(form) == YK_FORM_BALLOT;
    char *poll = declared || !dir ? NULL : poll_of_form(dir);
    if (!declared && !poll)
        return 0;
    /* Survey verbs print answers by row, by group and by cross-tabulation:
     * a secret ballot must never go through them. */
    cli_error("%s: error: %s a confidence poll's ballot (%s%s%s): a poll is secret, and "
              "only 'ykien votes' reads its ballots", source,
              dir ? "the form is" : "the tally's form is",
              declared ? "form_kind = ballot in its settings" : "the poll project ",
              declared ? "" : poll, declared ? "" : " names it");
    if (dir)
        cli_error("hint: 'ykien votes --form %s BALLOTS.csv' counts the poll without showing "
                  "any ballot", dir);
    else
        cli_error("hint: count the poll's ballots with 'ykien votes'");
    free(poll);
    return EXIT_USAGE;
}

/* The project's straightlining-min, a number of items from 2. */
static int project_straight_min(survey *s, const yk_project *p, const char *path)
{
    const char *v = yk_project_get(p, "straightlining-min");
    char *end;
    long k = v ? strtol(v, &end, 10) : 0;
    if (!v)
        return 0;
    if (*end || end == v || k < 2 || k > 1000) {
        cli_error("%s:%lu: error: straightlining-min wants a number of items from 2 to "
                  "1000, not '%s'", path, yk_project_line(p, "straightlining-min"), v);
        return EXIT_DATA;
    }
    s->straight_min = (size_t)k;
    return 0;
}

/* --round in a project chooses one of its rounds: another name would
 * choose no file and print an empty table. */
static int check_round(survey *s, const yk_project *p)
{
    size_t n = yk_project_n_rounds(p);
    const char *names[256];
    if (!s->o->round || s->o->form_dir)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (strcmp(yk_project_round(p, i)->name, s->o->round) == 0)
            return 0;
    for (size_t i = 0; i < n && i < 256; i++)
        names[i] = yk_project_round(p, i)->name;
    return cli_unknown_name(s->verb, "--round", "round", s->o->round, names, n < 256 ? n : 256);
}

/* The project's rounds and, unless files_only, its form and questions. */
static int open_project(survey *s, const char *path, int files_only)
{
    yk_project *p = NULL;
    int code = read_project(s, path, &p);
    if (code)
        return code;
    if (yk_project_n_rounds(p) == 0 && yk_project_get(p, "ballots")) {
        /* Survey verbs would quote ballot cells and break a poll down. */
        yk_project_free(p);
        return cli_usage(s->verb, "%s is a confidence poll: its ballots are read by "
                         "'ykien votes' only", path);
    }
    if (!files_only && (code = check_round(s, p)) != 0) {
        yk_project_free(p);
        return code;
    }
    char *copy = strdup(path);
    const char *dir = copy ? dirname(copy) : ".";
    char *form = cli_join(dir, yk_project_get(p, "form"));
    code = !form ? EXIT_SYSTEM : files_only ? refuse_ballot_files(form) : load_form(s, form);
    free(s->project);           /* convert and sniff take several projects */
    s->project = strdup(path);
    for (size_t i = 0; i < yk_project_n_rounds(p) && code == 0; i++)
        code = expand_round(s, path, dir, yk_project_round(p, i));
    /* The project outlives this call only through these two names. */
    const char *group = setting(s->o, p, "group"), *id = setting(s->o, p, "id");
    free(s->group);
    free(s->id);
    s->group = group ? strdup(group) : NULL;
    s->id = id ? strdup(id) : NULL;
    for (size_t i = 0; i < yk_project_n_columns(p) && code == 0; i++) {
        const yk_column_spec *c = yk_project_column(p, i);
        code = add_alias(s, c->header, strlen(c->header), c->question, c->line);
    }
    s->group_line = s->o->group ? 0 : yk_project_line(p, "group");
    s->id_line = s->o->id ? 0 : yk_project_line(p, "id");
    if (code == 0 && !s->o->straight_min)
        code = project_straight_min(s, p, path);
    free(form);
    free(copy);
    yk_project_free(p);
    return code;
}

int survey_is_project(const char *arg)
{
    size_t n = strlen(arg);
    return n > 6 && strcmp(arg + n - 6, ".ykien") == 0;
}

int survey_expand_args(const char *verb, int argc, char **argv, cli_diags *ds, char ***out,
                       int *n)
{
    survey_opts none = { 0 };
    survey s = { .verb = verb, .o = &none, .ds = ds };
    int code = 0;
    for (int i = 0; i < argc && code == 0; i++)
        code = survey_is_project(argv[i]) ? open_project(&s, argv[i], 1)
                                          : add_file(&s, "", argv[i], 0);
    char **paths = calloc(s.nfiles + 1, sizeof *paths);
    for (size_t i = 0; i < s.nfiles; i++) {
        if (paths)
            paths[i] = s.files[i].path;
        else
            free(s.files[i].path);
        free(s.files[i].round);
    }
    free(s.files);
    free(s.group);
    free(s.id);
    free(s.project);
    cli_once_free(&s.once);
    *out = paths;
    *n = (int)s.nfiles;
    return code ? code : paths ? 0 : EXIT_SYSTEM;
}

void survey_free_args(char **paths, int n)
{
    for (int i = 0; paths && i < n; i++)
        free(paths[i]);
    free(paths);
}

static int open_loose(survey *s, int argc, char **argv)
{
    int code = load_form(s, s->o->form_dir);
    const char *round = s->o->round ? s->o->round : "";
    for (int i = 0; i < argc && code == 0; i++)
        code = cli_input_check(argv[i]) ? EXIT_USAGE : add_file(s, round, argv[i], 0);
    s->group = s->o->group ? strdup(s->o->group) : NULL;
    s->id = s->o->id ? strdup(s->o->id) : NULL;
    return code;
}

/* The question names of s's form, for a suggestion; free the array. */
static const char **form_names(const survey *s, size_t *n)
{
    *n = yk_form_n_questions(s->form);
    const char **names = malloc((*n + 1) * sizeof *names);
    for (size_t i = 0; names && i < *n; i++)
        names[i] = yk_form_question(s->form, i)->name;
    return names;
}

/* A question the project or an option names: what it is used as (what),
 * where (line, 0 for an option), which types may serve (types: a bit per
 * yk_question_type, 0 for any) and how to say them (allowed). */
typedef struct {
    const char *name, *what, *option, *allowed;
    unsigned long line;
    unsigned types;
} named_question;

static int question_missing(survey *s, const named_question *n)
{
    size_t count;
    const char **names = form_names(s, &count);
    const char *near = names ? cli_nearest(n->name, names, count) : NULL;
    int code;
    if (!n->line) {
        code = names ? cli_unknown_name(s->verb, n->option, "question", n->name, names, count)
                     : EXIT_SYSTEM;
    } else {
        cli_error("%s:%lu: error: the form has no question '%s' to use as the %s",
                  s->project, n->line, n->name, n->what);
        if (near)
            cli_error("%s:%lu: hint: did you mean '%s'?", s->project, n->line, near);
        code = EXIT_DATA;
    }
    free(names);
    return code;
}

/* The grouping and id questions must be questions of the form, of a type
 * that can serve: a project that names another is wrong (status 1), an
 * option that does is misuse (status 2).  Checked once, before any row is
 * read, rather than as a warning on every row. */
static int check_question(survey *s, const named_question *n)
{
    const yk_question *q = n->name ? yk_form_find(s->form, n->name) : NULL;
    if (!n->name)
        return 0;
    if (!q)
        return question_missing(s, n);
    if (!n->types || (n->types & (1u << q->type)))
        return 0;
    const char *type = yk_form_type_name(q->type);
    const char *a = q->type == YK_Q_INTEGER ? "an" : "a";
    if (!n->line)
        return cli_usage(s->verb, "%s %s: '%s' is %s %s question; the %s must be %s",
                         n->option, n->name, n->name, a, type, n->what, n->allowed);
    cli_error("%s:%lu: error: '%s' is %s %s question; the %s must be %s", s->project,
              n->line, n->name, a, type, n->what, n->allowed);
    return EXIT_DATA;
}

static int start_coder(survey *s)
{
    const named_question group = {
        s->group, "grouping question", "--group",
        "a select_one question (its answers are the units)", s->group_line,
        1u << YK_Q_SELECT_ONE };
    const named_question id = {
        s->id, "respondent id", "--id", "a text or integer question (or a meta column)",
        s->id_line, 1u << YK_Q_TEXT | 1u << YK_Q_INTEGER | 1u << YK_Q_META };
    int code = check_question(s, &group);
    if (!code)
        code = check_question(s, &id);
    if (!code)
        code = option_aliases(s);
    for (size_t i = 0; i < s->n_aliases && !code; i++) {
        const named_question column = { s->aliases[i].question, "column line's question",
                                        "--column", NULL, s->alias_lines[i], 0 };
        code = check_question(s, &column);
    }
    if (code)
        return code;
    if (s->o->straight_min)
        s->straight_min = (size_t)s->o->straight_min;
    yk_coder_options co = { s->group, s->id, s->o->no_duplicates, .columns = s->aliases,
                            .n_columns = s->n_aliases, .keep_duplicates = s->o->keep_duplicates,
                            .straight_min = s->straight_min,
                            .only_doubles = s->o->only_doubles };
    yk_status st = yk_coder_new(s->form, &co, cli_diag, s->ds, &s->coder);
    if (st != YK_OK)
        cli_error("%s", yk_strerror(st));
    return st == YK_OK ? 0 : EXIT_SYSTEM;
}

int survey_open(const char *verb, const survey_opts *o, int argc, char **argv,
                cli_diags *ds, survey **out)
{
    survey *s = calloc(1, sizeof *s);
    *out = NULL;
    if (!s)
        return EXIT_SYSTEM;
    s->verb = verb;
    s->o = o;
    s->ds = ds;
    int code;
    if (o->form_dir)
        code = argc ? open_loose(s, argc, argv) : cli_usage(verb, "no data file");
    else if (argc == 1)
        code = open_project(s, argv[0], 0);
    else
        code = cli_usage(verb, argc ? "give one project, or --form DIR and data files"
                                    : "no project or data file");
    if (code == 0)
        code = start_coder(s);
    if (code) {
        survey_close(s);
        return code;
    }
    /* Outputs opened before the data is read must not replace it either. */
    for (size_t i = 0; i < s->nfiles; i++)
        cli_note_input(s->files[i].path);
    *out = s;
    return 0;
}

void survey_close(survey *s)
{
    if (!s)
        return;
    yk_coder_free(s->coder);
    yk_form_free(s->form);
    for (size_t i = 0; i < s->nfiles; i++) {
        free(s->files[i].round);
        free(s->files[i].path);
    }
    free(s->files);
    cli_form_text_free(&s->form_text);
    free(s->group);
    free(s->id);
    free(s->project);
    for (size_t i = 0; i < s->n_aliases; i++) {
        free((char *)s->aliases[i].header);
        free((char *)s->aliases[i].question);
    }
    free(s->aliases);
    free(s->alias_lines);
    cli_once_free(&s->once);
    free(s);
}

static int on_row(void *ctx, const yk_row *row)
{
    survey *s = ctx;
    const yk_response *r;
    yk_status st = row->number == 1 ? yk_coder_header(s->coder, row)
                                    : yk_coder_row(s->coder, row, &r);
    if (st != YK_OK) {
        cli_error("%s: %s", row->source, yk_strerror(st));
        s->stopped = EXIT_SYSTEM;
        return 1;
    }
    if (row->number > 1 && r && s->fn(s->ctx, s->round, r))
        s->stopped = 1;
    return s->stopped;
}

/* A file's status: errors in some rows leave the rest right (0); an error
 * the reader did not put on a row (a quote never closed, an empty file,
 * reading stopped) leaves the file unread (EXIT_DATA). */
static int file_status(int code, const yk_read_stats *rs)
{
    if (code == EXIT_DATA && rs->errors <= rs->skipped + rs->ragged + rs->invalid_fields)
        return 0;
    return code;
}

/* What became of the rows, for the verb to say. */
static void note_rows(survey *s, const yk_coder_stats *st, unsigned long rejected)
{
    cli_rows *r = &s->ds->rows;
    r->known = 1;
    r->read += st->rows + rejected;
    r->counted += st->responses;
    r->with_errors += st->with_errors;
    r->no_unit += st->no_unit;
    r->blank += st->blank;
    r->totals += st->totals;
    r->rejected += rejected;
    r->unread += st->rows_unread;
    if (s->o->keep_duplicates)
        r->doubles_kept += st->doubles;
    else
        r->doubles += st->doubles;
    r->errors = s->ds->errors;
}

int survey_jobs(const survey_opts *o)
{
    long cores = sysconf(_SC_NPROCESSORS_ONLN);
    return o->c.jobs ? o->c.jobs : cores > 1 ? (int)cores : 1;
}

/* ---- reading one file on two threads ------------------------------------ */

/* A file read on a thread of its own (yk_pipe) while this one codes and
 * counts its rows: the same calls in the same order as on one thread, so
 * the same output, and how the read ended is said after them all. */
typedef struct {
    const char *path;
    const cli_common *c;
    int code;                   /* cli_read_file_quiet's */
    cli_read_ending end;
} piped_read;

static void read_piped(void *ctx, const yk_read_calls *to)
{
    piped_read *r = ctx;
    r->code = cli_read_file_quiet(r->path, r->c, to->diag, to->diag_ctx, to->row,
                                  to->row_ctx, NULL, &r->end);
}

/* Read path as cli_read_file_to does, making the calls to `to`: on two
 * threads when piped, and then *piping is the pipe's failure (YK_OK when
 * none: a file read on one thread for want of a thread is no failure). */
static int read_file(const char *path, const cli_common *c, int piped,
                     const yk_read_calls *to, yk_read_stats *stats, yk_status *piping)
{
    *piping = YK_OK;
    if (!piped)
        return cli_read_file_to(path, c, to->diag, to->diag_ctx, to->row, to->row_ctx,
                                NULL, stats);
    piped_read r = { path, c, 0, { 0 } };
    *piping = yk_pipe_run(NULL, read_piped, &r, to);
    if (r.code)
        return r.code;
    *stats = r.end.stats;
    return cli_read_file_status(path, &r.end);
}

int survey_run(survey *s, survey_fn fn, void *ctx)
{
    int worst = 0;
    unsigned long rejected = 0;
    /* With a second thread, one reads while this one codes: the duplicate
     * checks see the rows in the same order, so they stay on. */
    int piped = survey_jobs(s->o) > 1;
    const yk_read_calls to = { on_row, s, cli_diag, s->ds };
    s->fn = fn;
    s->ctx = ctx;
    for (size_t i = 0; i < s->nfiles && !s->stopped; i++) {
        /* In a project, --round chooses a round: its files alone are read. */
        if (s->project && s->o->round && strcmp(s->o->round, s->files[i].round) != 0)
            continue;
        if (i == 0 || strcmp(s->files[i].round, s->files[i - 1].round) != 0)
            yk_coder_new_round(s->coder);
        s->round = s->files[i].round;
        yk_read_stats rs;
        memset(&rs, 0, sizeof rs);
        yk_status piping;
        cli_diags_file(s->ds, s->files[i].path);
        s->ds->hold = 1;
        int code = read_file(s->files[i].path, &s->o->c, piped, &to, &rs, &piping);
        s->ds->hold = 0;
        if (piping != YK_OK) {
            cli_error("%s: %s", s->files[i].path, yk_strerror(piping));
            s->stopped = EXIT_SYSTEM;
        }
        cli_diags_flush(s->ds);     /* the file's warnings, after its errors */
        code = file_status(code, &rs);
        rejected += rs.skipped;
        worst = code > worst ? code : worst;
    }
    if (s->stopped > 1)
        worst = s->stopped;
    const yk_coder_stats *st = yk_coder_stats_get(s->coder);
    if (st->file_errors && worst < EXIT_DATA)
        worst = EXIT_DATA;
    if (survey_files_unmatched(s) && worst < EXIT_DATA)
        worst = EXIT_DATA;      /* whatever --strict says: answers were lost */
    note_rows(s, st, rejected);
    return worst;
}

const yk_form *survey_form(const survey *s)
{
    return s->form;
}

const char *survey_form_source(const survey *s)
{
    return s->form_text.name[0];
}

void survey_form_diag(void *ctx, const yk_diag *d)
{
    survey *s = ctx;
    yk_diag shown = *d;
    const cli_form_lines *rows = &s->form_text.lines[0];
    /* A workbook's survey sheet was read as CSV: its line is a sheet row. */
    if (s->form_text.workbook && d->source && s->form_text.name[0] &&
        strcmp(d->source, s->form_text.name[0]) == 0 && d->line >= 1 && d->line <= rows->n)
        shown.line = rows->row[d->line - 1];
    cli_diag(s->ds, &shown);
}

yk_form *survey_take_form(survey *s)
{
    yk_form *form = s->form;
    s->form = NULL;
    return form;
}

yk_form_text survey_form_text(const survey *s)
{
    return cli_form_text_bytes(&s->form_text);
}

const char *survey_group(const survey *s)
{
    return s->group;
}

const char *survey_id(const survey *s)
{
    return s->id;
}

const yk_coder_stats *survey_stats(const survey *s)
{
    return yk_coder_stats_get(s->coder);
}

unsigned long survey_files_unmatched(const survey *s)
{
    return s->unmatched + (s->coder ? yk_coder_stats_get(s->coder)->files_unmatched : 0);
}

size_t survey_n_files(const survey *s)
{
    return s->nfiles;
}

/* ---- reading files on several threads ----------------------------------- */

/* Diagnostics held for one file, to be told in file order after the
 * threads are done: the output is the same whatever the threads did. */
typedef struct {
    yk_buf records;     /* severity, line, column, kind, then message and
                           hint, each NUL-terminated ("\1" for no hint) */
    size_t n;
} held_diags;

typedef struct {
    survey *s;
    size_t first, last;         /* its files */
    yk_coder *coder;
    void *part;                 /* its own accumulator (sink->new_part) */
    const survey_sink *sink;
    held_diags *held;           /* per file of the survey */
    held_diags *current;
    int *codes;
    yk_read_stats *stats;       /* per file of the survey */
    const char *round;
    int piped;                  /* a spare thread reads its files */
    int failed;
} worker;

static void hold(void *ctx, const yk_diag *d)
{
    held_diags *h = ((worker *)ctx)->current;
    unsigned long nums[3] = { (unsigned long)d->severity, d->line, d->column };
    const char *kind = d->kind;
    if (yk_buf_append(&h->records, nums, sizeof nums) != YK_OK ||
        yk_buf_append(&h->records, &kind, sizeof kind) != YK_OK ||
        yk_buf_append(&h->records, d->message, strlen(d->message) + 1) != YK_OK ||
        yk_buf_append(&h->records, d->hint ? d->hint : "\1",
                      d->hint ? strlen(d->hint) + 1 : 2) != YK_OK)
        return;     /* out of memory: the count below still tells */
    h->n++;
}

static void tell(cli_diags *ds, const char *source, const held_diags *h)
{
    const char *p = h->records.data;
    for (size_t i = 0; i < h->n; i++) {
        unsigned long nums[3];
        const char *kind;
        memcpy(nums, p, sizeof nums);
        memcpy(&kind, p + sizeof nums, sizeof kind);
        const char *msg = p + sizeof nums + sizeof kind, *hint = msg + strlen(msg) + 1;
        yk_diag d = { (yk_severity)nums[0], kind, source, nums[1], nums[2], msg,
                      strcmp(hint, "\1") ? hint : NULL };
        cli_diag(ds, &d);
        p = hint + strlen(hint) + 1;
    }
}

static int worker_row(void *ctx, const yk_row *row)
{
    worker *w = ctx;
    const yk_response *r;
    yk_status st = row->number == 1 ? yk_coder_header(w->coder, row)
                                    : yk_coder_row(w->coder, row, &r);
    int failed = st != YK_OK;
    if (!failed && row->number > 1 && r)
        failed = w->sink->add(w->part, w->round, r) != 0;
    w->failed |= failed;
    return failed;
}

static void *work(void *arg)
{
    worker *w = arg;
    survey *s = w->s;
    cli_common c = s->o->c;
    c.no_progress = 1;
    const yk_read_calls to = { worker_row, w, hold, w };
    for (size_t i = w->first; i < w->last && !w->failed; i++) {
        if (s->project && s->o->round && strcmp(s->o->round, s->files[i].round) != 0)
            continue;
        yk_status piping;
        w->current = &w->held[i];
        w->round = s->files[i].round;
        w->codes[i] = read_file(s->files[i].path, &c, w->piped, &to, &w->stats[i], &piping);
        w->failed |= piping != YK_OK;
    }
    return NULL;
}

static unsigned long long file_size(const survey *s, size_t i)
{
    struct stat st;
    return stat(s->files[i].path, &st) == 0 ? (unsigned long long)st.st_size + 1 : 1;
}

/* Contiguous blocks of files of about equal size, so that merging the
 * workers' tallies in order keeps the rounds in file order. */
static void split(const survey *s, worker *w, size_t jobs)
{
    unsigned long long total = 0, done = 0;
    size_t i = 0;
    for (size_t f = 0; f < s->nfiles; f++)
        total += file_size(s, f);
    for (size_t k = 0; k < jobs; k++) {
        unsigned long long goal = total / jobs * (k + 1);
        w[k].first = i;
        while (i < s->nfiles && (k + 1 == jobs || done < goal || i == w[k].first))
            done += file_size(s, i++);
        w[k].last = i;
    }
}

/* jobs workers; the first spare of them read on a thread more. */
static int start_workers(survey *s, worker *w, size_t jobs, size_t spare,
                         const survey_sink *sink, held_diags *held, int *codes,
                         yk_read_stats *stats)
{
    yk_coder_options co = { s->group, s->id, 1, .columns = s->aliases,
                            .n_columns = s->n_aliases, .straight_min = s->straight_min };
    split(s, w, jobs);
    for (size_t k = 0; k < jobs; k++) {
        w[k].s = s;
        w[k].piped = k < spare;
        w[k].sink = sink;
        w[k].held = held;
        w[k].codes = codes;
        w[k].stats = stats;
        if (yk_coder_new(s->form, &co, hold, &w[k], &w[k].coder) != YK_OK ||
            !(w[k].part = sink->new_part(sink->ctx)))
            return EXIT_SYSTEM;
    }
    return 0;
}

static void add_stats(yk_coder_stats *a, const yk_coder_stats *b)
{
    a->rows += b->rows;
    a->responses += b->responses;
    a->with_errors += b->with_errors;
    a->no_unit += b->no_unit;
    a->skipped += b->skipped;
    a->blank += b->blank;
    a->totals += b->totals;
    a->doubles += b->doubles;
    a->errors += b->errors;
    a->warnings += b->warnings;
    a->file_errors += b->file_errors;
    a->files_unmatched += b->files_unmatched;
    a->rows_unread += b->rows_unread;
}

int survey_run_parallel(survey *s, int jobs, const survey_sink *sink)
{
    size_t n = (size_t)jobs < s->nfiles ? (size_t)jobs : s->nfiles;
    worker *w = calloc(n + 1, sizeof *w);
    held_diags *held = calloc(s->nfiles + 1, sizeof *held);
    int *codes = calloc(s->nfiles + 1, sizeof *codes), worst = 0;
    pthread_t *threads = calloc(n + 1, sizeof *threads);
    yk_read_stats *stats = calloc(s->nfiles + 1, sizeof *stats);
    yk_coder_stats sum = { 0 };
    unsigned long rejected = 0;
    size_t started = 0;
    if (!w || !held || !codes || !threads || !stats ||
        start_workers(s, w, n, (size_t)jobs - n, sink, held, codes, stats))
        worst = EXIT_SYSTEM;
    for (; !worst && started < n; started++)
        if (pthread_create(&threads[started], NULL, work, &w[started]) != 0)
            worst = EXIT_SYSTEM;
    for (size_t k = 0; k < started; k++)
        pthread_join(threads[k], NULL);

    for (size_t i = 0; worst < EXIT_USAGE && i < s->nfiles; i++) {
        cli_diags_file(s->ds, s->files[i].path);
        s->ds->hold = 1;
        tell(s->ds, s->files[i].path, &held[i]);
        s->ds->hold = 0;
        cli_diags_flush(s->ds);
        int code = file_status(codes[i], &stats[i]);
        rejected += stats[i].skipped;
        worst = code > worst ? code : worst;
    }
    for (size_t k = 0; k < n && w; k++) {
        /* Data with errors still counts: figures are right for what was read. */
        if (worst < EXIT_USAGE && (w[k].failed || sink->merge(sink->ctx, w[k].part) != 0))
            worst = EXIT_SYSTEM;
        if (w[k].coder && (s->unmatched += yk_coder_stats_get(w[k].coder)->files_unmatched) &&
            worst < EXIT_DATA)
            worst = EXIT_DATA;
        if (w[k].coder)
            add_stats(&sum, yk_coder_stats_get(w[k].coder));
        yk_coder_free(w[k].coder);
        if (w[k].part)
            sink->free_part(w[k].part);
    }
    if (sum.file_errors && worst < EXIT_DATA)
        worst = EXIT_DATA;
    if (worst < EXIT_USAGE)
        note_rows(s, &sum, rejected);
    free(stats);
    for (size_t i = 0; held && i < s->nfiles; i++)
        yk_buf_free(&held[i].records);
    free(w), free(held), free(codes), free(threads);
    if (worst == EXIT_SYSTEM)
        cli_error("reading on several threads failed: out of memory or threads");
    return worst;
}

/* ---- a tally on several threads ------------------------------------------ */

typedef struct {
    const survey *s;
    yk_tally *into;
} tally_sink;

static void *tally_part(void *ctx)
{
    const tally_sink *ts = ctx;
    const yk_question *g = yk_tally_group(ts->into);
    yk_form_text text = survey_form_text(ts->s);
    yk_tally *t = NULL;
    if (yk_tally_new(ts->s->form, &text, g ? g->name : NULL, &t) != YK_OK ||
        yk_tally_set_parts(t, yk_tally_parts(ts->into)) != YK_OK) {
        yk_tally_free(t);
        return NULL;
    }
    return t;
}

static int tally_add(void *part, const char *round, const yk_response *r)
{
    return yk_tally_add(part, round, r) != YK_OK;
}

static int tally_merge(void *ctx, void *part)
{
    return yk_tally_merge(((tally_sink *)ctx)->into, part) != YK_OK;
}

static void tally_free(void *part)
{
    yk_tally_free(part);
}

int survey_tally_parallel(survey *s, int jobs, yk_tally *into)
{
    tally_sink ts = { s, into };
    survey_sink sink = { tally_part, tally_add, tally_merge, tally_free, &ts };
    return survey_run_parallel(s, jobs, &sink);
}
