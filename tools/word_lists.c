/* ykien command — the codebook, the names to mask and the stop list of a
 * project or the options (word_lists.h). */
#include <libgen.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "word_lists.h"
#include "yk_project.h"
#include "yk_text.h"

#ifndef YK_WORDS_DIR
#define YK_WORDS_DIR "/usr/local/share/ykien/words"
#endif

/* A names or stop-word file bigger than this is not a list an office
 * wrote: refused, not read into memory. */
enum { LIST_MAX_BYTES = 16 << 20 };

/* ---- the project's settings -------------------------------------------- */

static void drop_diag(void *ctx, const yk_diag *d)
{
    (void)ctx, (void)d;         /* survey_open told them already */
}

/* The project argv names, read again for its lists (NULL for
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

static int add_name(word_lists *d, const char *path, unsigned long line, const char *name,
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
static int read_names_text(word_lists *d, const char *path)
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
    word_lists *d;
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
static int read_names_csv(word_lists *d, const char *path, cli_diags *ds)
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

static int load_names(word_lists *d, const char *path, cli_diags *ds)
{
    return is_csv(path) ? read_names_csv(d, path, ds) : read_names_text(d, path);
}

/* ---- the codebook and the stop list ------------------------------------ */

static int load_codebook(word_lists *d, const char *path, int loose, cli_diags *ds)
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

static int load_stop(word_lists *d, const char *given, int loose)
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

int word_lists_load(const word_lists_given *g, const survey_opts *so, int argc, char **argv,
                    cli_diags *ds, word_lists *d)
{
    memset(d, 0, sizeof *d);
    yk_project *p = project_of(so, argc, argv);
    const char *project = p ? argv[0] : NULL;
    int nomem = 0;
    char *codebook = setting_path(g->codebook, p, project, "codebook", &nomem);
    char *names = setting_path(g->names, p, project, "names", &nomem);
    char *stop = setting_path(g->stop_words, p, project, "stop-words", &nomem);
    int code = nomem ? EXIT_SYSTEM : 0;
    if (!code && codebook)
        code = load_codebook(d, codebook, g->ignore_accents, ds);
    if (!code && yk_mask_new(&d->mask) != YK_OK)
        code = EXIT_SYSTEM;
    if (!code && names)
        code = load_names(d, names, ds);
    if (!code && g->stop)
        code = load_stop(d, stop, g->ignore_accents);
    free(codebook);
    free(names);
    free(stop);
    yk_project_free(p);
    return code;
}

void word_lists_free(word_lists *w)
{
    yk_themes_free(w->themes);
    yk_mask_free(w->mask);
    yk_stop_free(w->stop);
    memset(w, 0, sizeof *w);
}
