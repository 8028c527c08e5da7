/* ykien votes — finding and checking what a poll is made of. */
#include <errno.h>
#include <glob.h>
#include <libgen.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include "form_text.h"
#include "votes.h"
#include "yk_project.h"

#ifndef YK_RULES_DIR
#define YK_RULES_DIR "/usr/local/share/ykien/rules"
#endif

enum { MAX_FIGURE = 100000000 };

static const char *const figure_names[N_FIGURES] = { "members", "present", "issued" };

/* ---- the form ----------------------------------------------------------- */

/* The survey verbs refuse a form that declares itself a ballot; one that
 * does not is read by them, ballots and all, unless a poll project beside
 * it names it.  Said as a warning: the count itself is right. */
static void tell_undeclared(const votes_setup *s, cli_diags *ds)
{
    if (yk_form_get_kind(s->form) == YK_FORM_BALLOT)
        return;
    yk_diag d = { YK_WARNING, "poll-form-undeclared", s->form_dir, 0, 0,
                  "the form does not declare itself a ballot: away from its poll "
                  "project, the survey verbs (check, import, crosstab...) would read it "
                  "and print ballots",
                  "add a column form_kind holding ballot to its settings.csv" };
    cli_diag(ds, &d);
}

static int load_form(votes_setup *s, cli_diags *ds)
{
    cli_form_text t;
    int code = cli_form_open(s->form_dir, cli_diag, ds, &t, &s->form);
    if (code == 0)
        tell_undeclared(s, ds);
    cli_form_text_free(&t);
    return code;
}

/* ---- the rule set ------------------------------------------------------- */

static int is_rules_path(const char *name)
{
    size_t n = strlen(name);
    return strchr(name, '/') || (n > 6 && strcmp(name + n - 6, ".rules") == 0);
}

/* A path as given when it looks like one (a project's is relative to the
 * project); else NAME.rules in the first of $YKIEN_RULES_DIR, the source
 * tree's rules/, YK_RULES_DIR. */
static char *rules_path(const char *name, const char *project_dir)
{
    if (is_rules_path(name))
        return cli_join(project_dir, name);
    return cli_find_data("rules", name, ".rules", "YKIEN_RULES_DIR", YK_RULES_DIR);
}

static int load_rules(votes_setup *s, const char *name, const char *project_dir,
                      cli_diags *ds)
{
    char *path = rules_path(name, project_dir);
    if (!path) {
        cli_error("error: no rule set '%s' (looked in $YKIEN_RULES_DIR, the source "
                  "tree's rules/ and the installed rule sets)", name);
        cli_error("hint: the shipped sets are qd96-2023, qd262-2014 and nq85-2014; "
                  "--rules also takes a FILE");
        return EXIT_USAGE;
    }
    cli_file *f = cli_file_open(path);
    int code = f ? 0 : EXIT_USAGE;
    if (f) {
        yk_status st = yk_rules_load(path, cli_file_input(f), cli_diag, ds, &s->rules);
        code = st == YK_OK ? 0 : st == YK_ERR_PARSE ? EXIT_DATA : EXIT_SYSTEM;
        if (code == EXIT_SYSTEM)
            cli_error("%s: %s", path, yk_strerror(st));
    }
    cli_file_close(f);
    free(path);
    return code;
}

/* ---- settings: an option, else the project's --------------------------- */

typedef struct {
    const yk_project *p;
    const char *path;           /* the project file, or NULL */
    char *dir;                  /* its directory, or NULL */
    const char *verb;           /* for usage errors */
    cli_diags *ds;
    cli_once once;              /* the ballot files named so far */
} project_ref;

static const char *setting(const project_ref *pr, const char *given, const char *key)
{
    return given ? given : pr->p ? yk_project_get(pr->p, key) : NULL;
}

/* Report a bad value: on its project line, or as misuse of an option. */
static int bad_value(const project_ref *pr, int from_option, const char *key,
                     const char *why, const char *value)
{
    if (from_option)
        return cli_usage(pr->verb, "--%s %s, not '%s'", key, why, value);
    cli_error("%s:%lu: error: '%s' %s, not '%s'", pr->path, yk_project_line(pr->p, key),
              key, why, value);
    return EXIT_DATA;
}

static int read_figures(votes_setup *s, const votes_opts *o, const project_ref *pr)
{
    for (int i = 0; i < N_FIGURES; i++) {
        const char *v = setting(pr, o->figure[i], figure_names[i]);
        char *end;
        s->figure[i] = -1;
        if (!v)
            continue;
        errno = 0;
        long n = strtol(v, &end, 10);
        if (errno || end == v || *end || n < 0 || n > MAX_FIGURE || v[0] == '-' ||
            (i == FIGURE_MEMBERS && n == 0))
            return bad_value(pr, o->figure[i] != NULL, figure_names[i],
                             "wants a whole number of people or ballots", v);
        s->figure[i] = n;
    }
    return 0;
}

static int choose_base(votes_setup *s, const votes_opts *o, const project_ref *pr)
{
    const char *v = setting(pr, o->base, "base");
    s->base = yk_rules_base(s->rules);
    if (v && !yk_base_parse(v, &s->base))
        return bad_value(pr, o->base != NULL, "base", "is members, present, issued or valid",
                         v);
    int need = s->base == YK_BASE_MEMBERS ? FIGURE_MEMBERS
             : s->base == YK_BASE_PRESENT ? FIGURE_PRESENT
             : s->base == YK_BASE_ISSUED ? FIGURE_ISSUED : -1;
    if (need < 0 || s->figure[need] >= 0)
        return 0;
    if (!pr->p)
        return cli_usage(pr->verb, "the base is %s (%s): give --%s N", yk_base_name(s->base),
                         v ? "--base" : yk_rules_name(s->rules), figure_names[need]);
    cli_error("%s: error: the base is %s: add '%s = N' to the project or give --%s N",
              pr->path, yk_base_name(s->base), figure_names[need], figure_names[need]);
    return EXIT_DATA;
}

/* Fewer present than members, fewer ballots issued than present. */
static int check_figures(const votes_setup *s)
{
    const long *f = s->figure;
    for (int i = 0; i + 1 < N_FIGURES; i++)
        for (int k = i + 1; k < N_FIGURES; k++)
            if (f[i] >= 0 && f[k] > f[i]) {
                cli_error("error: %ld %s but %ld %s: there cannot be more %s than %s",
                          f[i], figure_names[i], f[k], figure_names[k],
                          k == FIGURE_ISSUED ? "ballots issued" : "members present",
                          i == FIGURE_MEMBERS ? "members" : "members present");
                return EXIT_DATA;
            }
    return 0;
}

static int split_added(votes_setup *s, const char *list)
{
    char *copy = strdup(list), *save = NULL;
    if (!copy)
        return EXIT_SYSTEM;
    for (char *w = strtok_r(copy, ",", &save); w; w = strtok_r(NULL, ",", &save)) {
        char **more = realloc(s->added, (s->n_added + 1) * sizeof *more);
        if (!more) {
            free(copy);
            return EXIT_SYSTEM;
        }
        s->added = more;
        while (*w == ' ')
            w++;
        if (!(s->added[s->n_added++] = strdup(w))) {
            free(copy);
            return EXIT_SYSTEM;
        }
    }
    free(copy);
    if (!s->added)      /* "--added ''": no column of added names */
        s->added = calloc(1, sizeof *s->added);
    return s->added ? 0 : EXIT_SYSTEM;
}

static int copy_settings(votes_setup *s, const votes_opts *o, const project_ref *pr)
{
    const char *struck = setting(pr, o->struck, "struck");
    const char *levels = setting(pr, o->levels, "levels");
    const char *added = setting(pr, o->added, "added");
    const char *title = setting(pr, NULL, "title");
    const char *unknown = setting(pr, o->unknown_marks, "unknown-marks");
    if (unknown && strcmp(unknown, "invalid") != 0 && strcmp(unknown, "error") != 0)
        return bad_value(pr, o->unknown_marks != NULL, "unknown-marks", "is error or invalid",
                         unknown);
    s->unknown_invalid = unknown && strcmp(unknown, "invalid") == 0;
    if ((struck && !(s->struck = strdup(struck))) || (levels && !(s->levels = strdup(levels))) ||
        (title && !(s->title = strdup(title))))
        return EXIT_SYSTEM;
    return added ? split_added(s, added) : 0;
}

/* ---- ballot files ------------------------------------------------------- */

/* A ballot file, once: a ballot counted twice changes the result. */
static int add_file(votes_setup *s, project_ref *pr, const char *path)
{
    int repeat;
    int code = cli_once_add(&pr->once, pr->verb, pr->ds, path, NULL, &repeat, NULL);
    if (code || repeat)
        return code;
    char **more = realloc(s->files, (s->nfiles + 1) * sizeof *more);
    if (!more)
        return EXIT_SYSTEM;
    s->files = more;
    if (!(s->files[s->nfiles] = strdup(path)))
        return EXIT_SYSTEM;
    s->nfiles++;
    cli_note_input(path);
    return 0;
}

/* The project's `ballots = FILES`: patterns relative to it, expanded in
 * sorted order; one that matches nothing is an error. */
static int project_files(votes_setup *s, project_ref *pr, const char *dir)
{
    const char *value = yk_project_get(pr->p, "ballots");
    if (!value) {
        cli_error("%s: error: the project names no ballots", pr->path);
        cli_error("hint: add 'ballots = FILES' (the files of the poll's ballots)");
        return EXIT_DATA;
    }
    char *copy = strdup(value), *save = NULL;
    int code = copy ? 0 : EXIT_SYSTEM;
    for (char *w = copy ? strtok_r(copy, " \t", &save) : NULL; w && !code;
         w = strtok_r(NULL, " \t", &save)) {
        char *pattern = cli_join(dir, w);
        glob_t g;
        if (!pattern || glob(pattern, 0, NULL, &g) != 0) {
            cli_error("%s:%lu: error: no file matches '%s'", pr->path,
                      yk_project_line(pr->p, "ballots"), w);
            code = pattern ? EXIT_DATA : EXIT_SYSTEM;
        } else {
            for (size_t k = 0; k < g.gl_pathc && !code; k++)
                code = add_file(s, pr, g.gl_pathv[k]);
            globfree(&g);
        }
        free(pattern);
    }
    free(copy);
    return code;
}

static int read_project(const char *path, cli_diags *ds, yk_project **p)
{
    cli_file *f = cli_file_open(path);
    if (!f)
        return EXIT_USAGE;
    yk_status st = yk_project_load(path, cli_file_input(f), cli_diag, ds, p);
    cli_file_close(f);
    return st == YK_OK ? 0 : st == YK_ERR_PARSE ? EXIT_DATA : EXIT_SYSTEM;
}

/* Where the form and the ballots are: the project's, or the options'. */
static int locate(votes_setup *s, const votes_opts *o, int argc, char **argv,
                  project_ref *pr, cli_diags *ds, yk_project **p)
{
    if (o->form_dir) {
        int code = argc ? 0 : cli_usage(pr->verb, "no ballots file");
        for (int i = 0; i < argc && !code; i++)
            code = cli_input_check(argv[i]) ? EXIT_USAGE : add_file(s, pr, argv[i]);
        s->form_dir = strdup(o->form_dir);
        return code ? code : s->form_dir ? 0 : EXIT_SYSTEM;
    }
    if (argc != 1)
        return cli_usage(pr->verb, argc ? "give one project, or --form DIR and ballots files"
                                       : "no project or ballots file");
    int code = read_project(argv[0], ds, p);
    if (code)
        return code;
    pr->p = *p;
    pr->path = argv[0];
    char *copy = strdup(argv[0]);
    pr->dir = copy ? strdup(dirname(copy)) : NULL;
    free(copy);
    if (!pr->dir)
        return EXIT_SYSTEM;
    s->form_dir = cli_join(pr->dir, yk_project_get(*p, "form"));
    return s->form_dir ? project_files(s, pr, pr->dir) : EXIT_SYSTEM;
}

int votes_setup_open(const votes_opts *o, int argc, char **argv, cli_diags *ds,
                     votes_setup *s)
{
    yk_project *p = NULL;
    project_ref pr = { NULL, NULL, NULL, o->verb ? o->verb : "votes", ds, { 0 } };
    memset(s, 0, sizeof *s);
    int code = locate(s, o, argc, argv, &pr, ds, &p);
    if (!code)
        code = read_figures(s, o, &pr);
    const char *rules = setting(&pr, o->rules, "rules");
    if (!code)
        code = load_rules(s, rules ? rules : "qd96-2023", o->rules ? NULL : pr.dir, ds);
    if (!code)
        code = choose_base(s, o, &pr);
    if (!code)
        code = check_figures(s);
    if (!code)
        code = copy_settings(s, o, &pr);
    if (!code)
        code = load_form(s, ds);
    yk_project_free(p);
    free(pr.dir);
    cli_once_free(&pr.once);
    return code;
}

void votes_setup_close(votes_setup *s)
{
    yk_form_free(s->form);
    yk_rules_free(s->rules);
    free(s->form_dir);
    for (size_t i = 0; i < s->nfiles; i++)
        free(s->files[i]);
    free(s->files);
    for (size_t i = 0; i < s->n_added; i++)
        free(s->added[i]);
    free(s->added);
    free(s->struck);
    free(s->levels);
    free(s->title);
}
