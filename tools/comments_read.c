/* ykien command — reading a survey's open answers into a comments tally,
 * with the codebook, names and stop list its project or options name. */
#include <errno.h>
#include <inttypes.h>
#include <libgen.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "analysis.h"
#include "comments.h"
#include "yk_project.h"
#include "yk_text.h"

#ifndef YK_WORDS_DIR
#define YK_WORDS_DIR "/usr/local/share/ykien/words"
#endif

/* A names or stop-word file bigger than this is not a list an office
 * wrote: refused, not read into memory. */
enum { LIST_MAX_BYTES = 16 << 20 };

struct comments_data {
    yk_form *form;
    yk_themes *themes;
    yk_mask *mask;
    yk_stop *stop;
    yk_comments *comments;
    char *questions;            /* the tally keeps a pointer to it */
    char *id;                   /* the respondent id question: never counted */
    size_t n_names;
    /* How the tally was made: a reading thread's part is made alike. */
    yk_comments_opts opts;
    const char *group;          /* borrowed from the survey while it reads */
    const yk_form *reading_form;
};

int comments_option(const char *verb, int opt, const char *arg, void *ctx)
{
    comments_opts *o = ctx;
    char *end;
    switch (opt) {
    case OPT_CODEBOOK: o->codebook = arg; return 1;
    case OPT_NAMES: o->names = arg; return 1;
    case OPT_STOP_WORDS: o->stop_words = arg; return 1;
    case OPT_IGNORE_ACCENTS: o->ignore_accents = 1; return 1;
    case OPT_UNCODED: o->uncoded = 1; return 1;
    case OPT_QUOTES: {
        errno = 0;
        long n = strtol(arg, &end, 10);
        if (*end || end == arg || n < 0 || n > 1000 || errno)
            return cli_usage(verb, "--quotes wants a whole number from 0 to 1000, not '%s'",
                             arg), -1;
        o->quotes = (size_t)n;
        return 1;
    }
    case OPT_SEED:
        errno = 0;
        o->seed = strtoull(arg, &end, 10);
        if (*end || end == arg || *arg == '-' || errno)
            return cli_usage(verb, "--seed wants a whole number, not '%s'", arg), -1;
        return 1;
    default:
        return 0;
    }
}

/* ---- the project's settings -------------------------------------------- */

static void drop_diag(void *ctx, const yk_diag *d)
{
    (void)ctx, (void)d;         /* survey_open told them already */
}

/* The project argv names, read again for its comment settings (NULL for
 * loose files, or when it cannot be read: survey_open said why). */
static yk_project *project_of(const survey_opts *so, int argc, char **argv)
{
    if (so->form_dir || argc != 1 || !survey_is_project(argv[0]))
        return NULL;
    cli_file *f = cli_file_open(argv[0]);
    yk_project *p = NULL;
    if (f && yk_project_load(argv[0], cli_file_input(f), drop_diag, NULL, &p) != YK_OK)
        p = NULL;
    cli_file_close(f);
    return p;
}

/* The path of a file an option gives (as typed) or the project's key
 * names (relative to the project file); NULL when neither; *nomem set
 * when out of memory. */
static char *setting_path(const char *given, const yk_project *p, const char *project,
                          const char *key, int *nomem)
{
    const char *v = given ? given : p ? yk_project_get(p, key) : NULL;
    if (!v)
        return NULL;
    char *copy = strdup(given ? "." : project), *path = NULL;
    if (copy)
        path = cli_join(given ? "." : dirname(copy), v);
    free(copy);
    *nomem |= !path;
    return path;
}

/* ---- reading small list files ----------------------------------------- */

static int read_all(const char *path, yk_buf *out)
{
    cli_file *f = cli_file_open(path);
    if (!f)
        return EXIT_DATA;
    yk_input *in = cli_file_input(f);
    char chunk[65536];
    int code = 0;
    for (;;) {
        size_t got = 0;
        yk_status st = in->read(in->ctx, chunk, sizeof chunk, &got);
        if (st != YK_OK) {
            cli_error("%s: cannot read: %s", path, strerror(cli_file_error(f)));
            code = EXIT_DATA;
            break;
        }
        if (got == 0)
            break;
        if (out->len + got > LIST_MAX_BYTES) {
            cli_error("%s: error: over %d MB: not a list of names or words", path,
                      LIST_MAX_BYTES >> 20);
            code = EXIT_DATA;
            break;
        }
        if (yk_buf_append(out, chunk, got) != YK_OK) {
            code = EXIT_SYSTEM;
            break;
        }
    }
    cli_file_close(f);
    return code;
}

/* The text of path in NFC (a BOM dropped), NUL-terminated, into out. */
static int read_text(const char *path, yk_buf *out)
{
    yk_buf raw = { 0 }, scratch = { 0 };
    int code = read_all(path, &raw);
    const char *s = raw.data ? raw.data : "";
    size_t n = raw.len;
    if (n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0)
        s += 3, n -= 3;
    yk_status st = code ? YK_OK : yk_text_nfc(s, n, out, &scratch);
    if (st == YK_ERR_INVALID_BYTES) {
        cli_error("%s: error: not UTF-8 text; save it as UTF-8", path);
        code = EXIT_DATA;
    } else if (st != YK_OK || (!code && yk_buf_append(out, "", 1) != YK_OK)) {
        code = EXIT_SYSTEM;
    }
    yk_buf_free(&raw);
    yk_buf_free(&scratch);
    return code;
}

/* ---- names to mask ------------------------------------------------------ */

static int add_name(comments_data *d, const char *path, unsigned long line, const char *name,
                    size_t n)
{
    while (n && (name[n - 1] == ' ' || name[n - 1] == '\t' || name[n - 1] == '\r'))
        n--;
    while (n && (*name == ' ' || *name == '\t'))
        name++, n--;
    if (!n)
        return 0;
    char *copy = strndup(name, n);
    yk_status st = copy ? yk_mask_add_name(d->mask, copy) : YK_ERR_NOMEM;
    if (st == YK_ERR_ARGUMENT)
        cli_error("%s:%lu: error: '%s' is not a name: it has no letters", path, line, copy);
    free(copy);
    if (st == YK_OK)
        d->n_names++;
    return st == YK_OK ? 0 : st == YK_ERR_ARGUMENT ? EXIT_DATA : EXIT_SYSTEM;
}

/* One name a line; '#' starts a comment. */
static int read_names_text(comments_data *d, const char *path)
{
    yk_buf text = { 0 };
    int code = read_text(path, &text);
    unsigned long line = 0;
    for (const char *p = text.data; !code && p && *p;) {
        size_t len = strcspn(p, "\n");
        line++;
        code = add_name(d, path, line, p, strcspn(p, "#\n") < len ? strcspn(p, "#\n") : len);
        p += len + (p[len] == '\n');
    }
    yk_buf_free(&text);
    return code;
}

typedef struct {
    comments_data *d;
    const char *path;
    size_t column;              /* of `name`; SIZE_MAX before the header */
    int code;
} names_csv;

static int names_row(void *ctx, const yk_row *row)
{
    names_csv *nc = ctx;
    if (row->number == 1) {
        for (size_t i = 0; i < row->n && nc->column == SIZE_MAX; i++)
            if (strcasecmp(row->fields[i].s, "name") == 0)
                nc->column = i;
        if (nc->column == SIZE_MAX) {
            cli_error("%s:%lu: error: no column 'name' (the names to mask)", row->source,
                      row->line);
            nc->code = EXIT_DATA;
        }
        return nc->code;
    }
    if (nc->column < row->n)
        nc->code = add_name(nc->d, nc->path, row->line, row->fields[nc->column].s,
                            row->fields[nc->column].len);
    return nc->code;
}

/* A CSV file with a `name` column (a poll's persons.csv). */
static int read_names_csv(comments_data *d, const char *path, cli_diags *ds)
{
    names_csv nc = { d, path, SIZE_MAX, 0 };
    cli_common c = { 0 };
    c.no_progress = 1;
    int code = cli_read_file(path, &c, ds, names_row, &nc, NULL, NULL);
    return nc.code ? nc.code : code;
}

static int is_csv(const char *path)
{
    size_t n = strlen(path);
    return n > 4 && strcasecmp(path + n - 4, ".csv") == 0;
}

static int load_names(comments_data *d, const char *path, cli_diags *ds)
{
    return is_csv(path) ? read_names_csv(d, path, ds) : read_names_text(d, path);
}

/* ---- the codebook and the stop list ------------------------------------ */

static int load_codebook(comments_data *d, const char *path, int loose, cli_diags *ds)
{
    cli_file *f = cli_file_open(path);
    if (!f)
        return EXIT_DATA;       /* said why; figures without it would be wrong */
    yk_status st = yk_themes_load(path, cli_file_input(f), loose, cli_diag, ds, &d->themes);
    cli_file_close(f);
    if (st == YK_ERR_PARSE)
        return EXIT_DATA;
    if (st == YK_ERR_LIMIT) {
        cli_error("%s: error: more than %d themes or %d MB: not a codebook", path,
                  YK_THEMES_MAX, YK_THEMES_MAX_BYTES >> 20);
        return EXIT_DATA;
    }
    if (st != YK_OK) {
        cli_error("%s: %s", path, yk_strerror(st));
        return EXIT_SYSTEM;
    }
    return 0;
}

static int load_stop(comments_data *d, const char *given, int loose)
{
    char *path = given ? strdup(given)
                       : cli_find_data("words", "stop-vi", ".txt", "YKIEN_WORDS_DIR",
                                       YK_WORDS_DIR);
    if (!path && !given) {
        cli_error("error: the shipped stop list stop-vi.txt is missing (looked in "
                  "$YKIEN_WORDS_DIR, the source tree's words/ and %s)", YK_WORDS_DIR);
        cli_error("hint: give one with --stop-words FILE");
        return EXIT_SYSTEM;
    }
    yk_buf text = { 0 };
    int code = path ? read_text(path, &text) : EXIT_SYSTEM;
    if (!code && (yk_stop_new(loose, &d->stop) != YK_OK ||
                  yk_stop_add_list(d->stop, text.data, text.len - 1) != YK_OK))
        code = EXIT_SYSTEM;
    yk_buf_free(&text);
    free(path);
    return code;
}

/* Codebook, names and stop list, from the options or the project. */
static int load_settings(comments_data *d, const comments_opts *co, const survey_opts *so,
                         int argc, char **argv, cli_diags *ds)
{
    yk_project *p = project_of(so, argc, argv);
    const char *project = p ? argv[0] : NULL;
    int nomem = 0;
    char *codebook = setting_path(co->codebook, p, project, "codebook", &nomem);
    char *names = setting_path(co->names, p, project, "names", &nomem);
    char *stop = setting_path(co->stop_words, p, project, "stop-words", &nomem);
    int code = nomem ? EXIT_SYSTEM : 0;
    if (!code && codebook)
        code = load_codebook(d, codebook, co->ignore_accents, ds);
    if (!code && yk_mask_new(&d->mask) != YK_OK)
        code = EXIT_SYSTEM;
    if (!code && names)
        code = load_names(d, names, ds);
    if (!code)
        code = load_stop(d, stop, co->ignore_accents);
    free(codebook);
    free(names);
    free(stop);
    yk_project_free(p);
    return code;
}

/* ---- the questions ------------------------------------------------------ */

static int is_text(const yk_question *q)
{
    return q && q->type == YK_Q_TEXT;
}

/* Each name --questions gives must be a text question of the form. */
static int check_questions(const char *verb, const yk_form *f, const char *list)
{
    size_t nq = yk_form_n_questions(f), n = 0;
    const char **texts = malloc((nq + 1) * sizeof *texts);
    int code = texts ? 0 : EXIT_SYSTEM;
    for (size_t i = 0; texts && i < nq; i++)
        if (is_text(yk_form_question(f, i)))
            texts[n++] = yk_form_question(f, i)->name;
    for (const char *p = list; !code && p && *p;) {
        size_t len = strcspn(p, ",");
        char *name = strndup(p, len);
        const yk_question *q = name ? yk_form_find(f, name) : NULL;
        if (!name)
            code = EXIT_SYSTEM;
        else if (q && !is_text(q))
            code = cli_usage(verb, "--questions %s: '%s' is a%s %s question; comments counts "
                             "the answers of text questions", name, name,
                             q->type == YK_Q_INTEGER ? "n" : "", yk_form_type_name(q->type));
        else if (!q)
            code = cli_unknown_name(verb, "--questions", "text question", name, texts, n);
        free(name);
        p += len + (p[len] == ',');
    }
    if (!code && n == 0)
        code = cli_usage(verb, "the form has no text question: no open answers to count");
    free(texts);
    return code;
}

/* ---- counting ----------------------------------------------------------- */

static int count_response(void *ctx, const char *round, const yk_response *r)
{
    return yk_comments_add(ctx, round, r) != YK_OK;
}

static int new_tally(comments_data *d, const survey *s, const char *group,
                     const comments_opts *co)
{
    d->opts = (yk_comments_opts){ .themes = d->themes, .mask = d->mask, .stop = d->stop,
                                  .loose = co->ignore_accents, .quotes = co->quotes,
                                  .seed = co->seed, .uncoded = co->uncoded,
                                  .questions = d->questions, .id = d->id };
    d->group = group;
    d->reading_form = survey_form(s);
    yk_status st = yk_comments_new(survey_form(s), group, &d->opts, &d->comments);
    if (st == YK_ERR_ARGUMENT) {
        cli_error("error: the open answers cannot be counted with these questions and "
                  "this grouping");
        return EXIT_USAGE;
    }
    return st == YK_OK ? 0 : EXIT_SYSTEM;
}

/* A reading thread's own tally, made as the whole one. */
static void *comments_part(void *ctx)
{
    comments_data *d = ctx;
    yk_comments *part = NULL;
    return yk_comments_new(d->reading_form, d->group, &d->opts, &part) == YK_OK ? part : NULL;
}

static int comments_add(void *part, const char *round, const yk_response *r)
{
    return yk_comments_add(part, round, r) != YK_OK;
}

static int comments_merge(void *ctx, void *part)
{
    return yk_comments_merge(((comments_data *)ctx)->comments, part) != YK_OK;
}

static void comments_part_free(void *part)
{
    yk_comments_free(part);
}

/* Loose files name no id question: a text column of form numbers would
 * be counted, and listed by --uncoded, as if members had written them. */
static void tell_no_id(const cli_diags *ds)
{
    if (ds->quiet || ds->silent)
        return;
    cli_error("warning: no respondent id question (--id, or 'id' in the project): every "
              "text question is counted as open answers, an id column too");
    cli_error("hint: give --id QUESTION, or --questions with the open questions only");
}

/* Check what the command line names against the form, then count. */
static int count(const char *verb, comments_data *d, survey *s, const comments_opts *co,
                 const char *by, cli_diags *ds, const survey_opts *so, int argc, char **argv)
{
    const char *group = by ? by : survey_group(s);
    int code = check_questions(verb, survey_form(s), co->questions);
    if (!code && by)
        code = analysis_check_select(verb, survey_form(s), "--by", by, NULL);
    if (!code && co->questions && !(d->questions = strdup(co->questions)))
        code = EXIT_SYSTEM;
    if (!code && survey_id(s) && !(d->id = strdup(survey_id(s))))
        code = EXIT_SYSTEM;
    if (!code && !survey_id(s) && !co->questions)
        tell_no_id(ds);
    int silent = ds->silent;
    ds->silent = 0;             /* read here for the first time */
    if (!code)
        code = load_settings(d, co, so, argc, argv, ds);
    ds->silent = silent;
    if (!code)
        code = new_tally(d, s, group, co);
    if (code)
        return code;
    /* As the figure verbs: -j reads several files at once only without
     * the duplicate checks (a double submission may span files), else a
     * file at a time on a thread of its own.  Quotes and counts merge
     * exactly, so the output is the same for every -j. */
    int jobs = survey_jobs(so);
    if (jobs > 1 && survey_n_files(s) > 1 && so->no_duplicates) {
        survey_sink sink = { comments_part, comments_add, comments_merge, comments_part_free, d };
        code = survey_run_parallel(s, jobs, &sink);
    } else {
        code = survey_run(s, count_response, d->comments);
    }
    /* A file read for nothing: no figure is right without its answers. */
    if (survey_files_unmatched(s) && code < EXIT_USAGE) {
        yk_comments_free(d->comments);
        d->comments = NULL;
        code = EXIT_DATA;
    }
    return code;
}

int comments_read(const char *verb, const survey_opts *so, const comments_opts *co,
                  const char *by, int argc, char **argv, cli_diags *ds, comments_data **out)
{
    /* As the figure verbs: only double submissions change a figure. */
    survey_opts o = *so;
    o.only_doubles = 1;
    o.questions = NULL;         /* checked here, as text questions */
    survey *s;
    comments_data *d = calloc(1, sizeof *d);
    *out = NULL;
    if (!d)
        return EXIT_SYSTEM;
    ds->silent = co->data_told;
    int code = survey_open(verb, &o, argc, argv, ds, &s);
    if (code) {
        comments_data_free(d);
        return code;
    }
    code = count(verb, d, s, co, by, ds, &o, argc, argv);
    if (code >= EXIT_USAGE || !d->comments) {
        comments_data_free(d);      /* before the form it points into */
        survey_close(s);
        return code ? code : EXIT_SYSTEM;
    }
    d->form = survey_take_form(s);
    survey_close(s);
    *out = d;
    return code;
}

yk_comments *comments_tally(comments_data *d)
{
    return d->comments;
}

const yk_themes *comments_themes(const comments_data *d)
{
    return d->themes;
}

size_t comments_n_names(const comments_data *d)
{
    return d->n_names;
}

void comments_data_free(comments_data *d)
{
    if (!d)
        return;
    yk_comments_free(d->comments);
    yk_themes_free(d->themes);
    yk_mask_free(d->mask);
    yk_stop_free(d->stop);
    yk_form_free(d->form);
    free(d->questions);
    free(d->id);
    free(d);
}
