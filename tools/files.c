/* ykien command — input files and atomic output files. */
#include <ctype.h>
#include <errno.h>
#include <libgen.h>
#include <pthread.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>
#include "cli.h"

struct cli_file {
    FILE *fp;
    yk_input input;
};

static yk_status file_read(void *ctx, char *buf, size_t cap, size_t *got)
{
    FILE *fp = ctx;
    *got = fread(buf, 1, cap, fp);
    cli_progress_add(*got);
    return *got == 0 && ferror(fp) ? YK_ERR_IO : YK_OK;
}

static yk_status file_rewind(void *ctx)
{
    return fseek((FILE *)ctx, 0, SEEK_SET) == 0 ? YK_OK : YK_ERR_IO;
}

/* Standard input may be a pipe: keep a copy to read it a second time. */
static FILE *spool_stdin(void)
{
    FILE *tmp = tmpfile();
    char buf[65536];
    size_t n;
    if (!tmp)
        return NULL;
    while ((n = fread(buf, 1, sizeof buf, stdin)) > 0)
        if (fwrite(buf, 1, n, tmp) != n) {
            fclose(tmp);
            return NULL;
        }
    if (ferror(stdin)) {
        fclose(tmp);
        return NULL;
    }
    return tmp;
}

int cli_input_check(const char *path)
{
    struct stat st;
    if (strcmp(path, "-") == 0)
        return 0;
    if (stat(path, &st) != 0 || access(path, R_OK) != 0) {
        cli_error("%s: cannot open: %s", path, strerror(errno));
        return EXIT_USAGE;
    }
    if (S_ISDIR(st.st_mode)) {
        cli_error("%s: is a directory, not a data file", path);
        return EXIT_USAGE;
    }
    return 0;
}

/* Every file ykien reads, so that no output is written over one of them
 * (a project's data files are not on the command line). */
static char **inputs_read;
static size_t n_inputs_read;

static void note_input(const char *path)
{
    char **p = realloc(inputs_read, (n_inputs_read + 1) * sizeof *p);
    if (!p)
        return;
    inputs_read = p;
    if ((p[n_inputs_read] = strdup(path)) != NULL)
        n_inputs_read++;
}

void cli_note_input(const char *path)
{
    static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
    pthread_mutex_lock(&lock);      /* reader threads open files too */
    note_input(path);
    pthread_mutex_unlock(&lock);
}

struct cli_once_file {
    dev_t dev;
    ino_t ino;
    char *path, *tag;
};

/* The file noted with st's identity, or NULL. */
static const struct cli_once_file *once_find(const cli_once *once, const struct stat *st)
{
    for (size_t i = 0; i < once->n; i++)
        if (once->files[i].dev == st->st_dev && once->files[i].ino == st->st_ino)
            return &once->files[i];
    return NULL;
}

static void once_warn(cli_diags *ds, const char *first, const char *again)
{
    char message[8192];
    if (strcmp(first, again) == 0)
        snprintf(message, sizeof message, "named twice; read once");
    else
        snprintf(message, sizeof message, "named twice (also as %s); read once", again);
    yk_diag d = { YK_WARNING, "input-named-twice", first, 0, 0, message, NULL };
    cli_diag(ds, &d);
}

int cli_once_add(cli_once *once, const char *verb, cli_diags *ds, const char *path,
                 const char *tag, int *repeat, const char **first)
{
    struct stat st;
    int is_stdin = strcmp(path, "-") == 0;
    *repeat = 0;
    if (is_stdin && fstat(STDIN_FILENO, &st) != 0)
        memset(&st, 0, sizeof st);      /* closed: "-" is still one input */
    else if (!is_stdin && stat(path, &st) != 0)
        return 0;
    const struct cli_once_file *seen = once_find(once, &st);
    if (seen && (is_stdin || strcmp(seen->path, "-") == 0))
        /* A stream cannot be read twice, and "-" names no file to warn of. */
        return cli_usage(verb, "standard input is named twice (or with the file it reads); "
                         "name it once");
    if (seen) {
        int same_tag = !seen->tag == !tag && (!tag || strcmp(seen->tag, tag) == 0);
        if (same_tag)
            once_warn(ds, seen->path, path);
        *repeat = 1;
        if (first)
            *first = seen->tag;
        return 0;
    }
    struct cli_once_file *more = realloc(once->files, (once->n + 1) * sizeof *more);
    if (!more)
        return EXIT_SYSTEM;
    once->files = more;
    more[once->n] = (struct cli_once_file){ st.st_dev, st.st_ino, strdup(path),
                                            tag ? strdup(tag) : NULL };
    if (!more[once->n].path || (tag && !more[once->n].tag)) {
        free(more[once->n].path);
        free(more[once->n].tag);
        return EXIT_SYSTEM;
    }
    once->n++;
    return 0;
}

void cli_once_free(cli_once *once)
{
    for (size_t i = 0; i < once->n; i++) {
        free(once->files[i].path);
        free(once->files[i].tag);
    }
    free(once->files);
    once->files = NULL;
    once->n = 0;
}

cli_file *cli_file_open(const char *path)
{
    if (cli_input_check(path) != 0)
        return NULL;
    if (strcmp(path, "-") != 0)
        cli_note_input(path);
    FILE *fp = strcmp(path, "-") == 0 ? spool_stdin() : fopen(path, "rb");
    if (!fp) {
        cli_error("%s: cannot open: %s", path, strerror(errno));
        return NULL;
    }
    cli_file *f = malloc(sizeof *f);
    if (!f) {
        fclose(fp);
        cli_error("%s: out of memory", path);
        return NULL;
    }
    f->fp = fp;
    f->input = (yk_input){ file_read, file_rewind, fp };
    return f;
}

yk_input *cli_file_input(cli_file *f)
{
    return &f->input;
}

void cli_file_close(cli_file *f)
{
    if (!f)
        return;
    fclose(f->fp);
    free(f);
}

struct cli_out {
    FILE *fp;
    char *path, *tmp;   /* tmp NULL: writing in place (stdout, a device) */
};

static int same_file(const char *a, const char *b)
{
    struct stat sa, sb;
    return stat(a, &sa) == 0 && stat(b, &sb) == 0 &&
           sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

static int refuse(const char *path, int force, char **inputs, int ninputs)
{
    struct stat st;
    for (size_t i = 0; i < (size_t)ninputs + n_inputs_read; i++)
        if (same_file(path, i < (size_t)ninputs ? inputs[i] : inputs_read[i - ninputs])) {
            cli_error("%s: is also an input; ykien never writes over its input", path);
            return EXIT_USAGE;
        }
    if (stat(path, &st) == 0 && S_ISREG(st.st_mode) && !force) {
        cli_error("%s: already exists", path);
        cli_error("hint: use --force to replace it");
        return EXIT_USAGE;
    }
    return 0;
}

cli_out *cli_out_open(const char *path, int force, char **inputs, int ninputs,
                      int *status)
{
    struct stat st;
    cli_out *o = calloc(1, sizeof *o);
    *status = EXIT_SYSTEM;
    if (!o)
        return NULL;
    if (!path) {
        o->fp = stdout;
        return o;
    }
    if ((*status = refuse(path, force, inputs, ninputs)) != 0) {
        free(o);
        return NULL;
    }
    *status = EXIT_SYSTEM;
    o->path = strdup(path);
    int regular = stat(path, &st) != 0 || S_ISREG(st.st_mode);
    if (regular && o->path && (o->tmp = malloc(strlen(path) + 16)) != NULL) {
        sprintf(o->tmp, "%s.ykien-XXXXXX", path);
        int fd = mkstemp(o->tmp);
        mode_t mask = umask(0);
        umask(mask);
        if (fd >= 0 && (fchmod(fd, 0666 & ~mask) != 0 || !(o->fp = fdopen(fd, "wb")))) {
            close(fd);
            unlink(o->tmp);
        }
    } else if (!regular) {
        o->fp = fopen(path, "wb");
    }
    if (!o->fp) {
        cli_error("%s: cannot write: %s", path, strerror(errno));
        cli_out_abandon(o);
        return NULL;
    }
    return o;
}

FILE *cli_out_stream(cli_out *o)
{
    return o->fp;
}

static void release(cli_out *o)
{
    free(o->path);
    free(o->tmp);
    free(o);
}

int cli_out_commit(cli_out *o)
{
    int failed = fflush(o->fp) != 0 || ferror(o->fp);
    if (o->fp != stdout)
        failed |= fclose(o->fp) != 0;
    o->fp = NULL;
    if (!failed && o->tmp && rename(o->tmp, o->path) != 0)
        failed = 1;
    if (failed) {
        cli_error("%s: write failed: %s", o->path ? o->path : "standard output",
                  strerror(errno));
        if (o->tmp)
            unlink(o->tmp);
    }
    release(o);
    return failed ? EXIT_SYSTEM : 0;
}

void cli_out_abandon(cli_out *o)
{
    if (!o)
        return;
    if (o->fp && o->fp != stdout)
        fclose(o->fp);
    if (o->tmp && o->fp)
        unlink(o->tmp);
    release(o);
}

static const char *const extensions[CLI_NFORMATS] = {
    "csv", "txt", "json", "ykt", "ykp", "png", "svg", "pdf",
};

/* The extension of path's last component ("xlsx" of "out/freq.xlsx"):
 * letters and digits after its last dot, at least one a letter; NULL
 * when there is none ("/dev/null", "out.2024", ".hidden"). */
static const char *extension_of(const char *path)
{
    const char *base = strrchr(path, '/'), *dot;
    base = base ? base + 1 : path;
    if (!(dot = strrchr(base, '.')) || dot == base || !dot[1] || strlen(dot + 1) > 16)
        return NULL;
    int letter = 0;
    for (const char *c = dot + 1; *c; c++) {
        if (!isalnum((unsigned char)*c))
            return NULL;
        letter |= isalpha((unsigned char)*c) != 0;
    }
    return letter ? dot + 1 : NULL;
}

/* ".csv, .txt or .json": the extensions in writes, for a message. */
static void list_extensions(unsigned writes, char *buf, size_t size)
{
    size_t len = 0, left = (size_t)__builtin_popcount(writes);
    buf[0] = '\0';
    for (int f = 0; f < CLI_NFORMATS && len < size; f++)
        if (writes & CLI_WRITES(f)) {
            left--;
            len += (size_t)snprintf(buf + len, size - len, ".%s%s", extensions[f],
                                    left > 1 ? ", " : left == 1 ? " or " : "");
        }
}

int cli_output_format(const char *verb, const char *path, unsigned writes, int *format)
{
    const char *ext = path ? extension_of(path) : NULL;
    char known[80];
    if (!ext)
        return 0;
    list_extensions(writes, known, sizeof known);
    for (int f = 0; f < CLI_NFORMATS; f++) {
        if (strcasecmp(ext, extensions[f]) != 0 || !(writes & CLI_WRITES(f)))
            continue;
        if (*format >= 0 && *format != f)
            return cli_usage(verb, "%s: the name says .%s but --format says %s: give one, or "
                             "make them agree", path, ext,
                             *format == CLI_TEXT ? "text" : extensions[*format]);
        *format = f;
        return 0;
    }
    return cli_usage(verb, "%s: %s cannot write .%s files; it writes %s", path, verb, ext,
                     known);
}

yk_status cli_write_file(void *ctx, const char *p, size_t n)
{
    return fwrite(p, 1, n, ctx) == n ? YK_OK : YK_ERR_IO;
}

char *cli_join(const char *dir, const char *name)
{
    if (name[0] == '/' || !dir || !*dir || strcmp(dir, ".") == 0)
        return strdup(name);
    char *out = malloc(strlen(dir) + strlen(name) + 2);
    if (out)
        sprintf(out, "%s/%s", dir, name);
    return out;
}

/* The source tree ykien was built in: build/ykien's parent's parent. */
static char *source_tree(void)
{
    char exe[4096];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n <= 0)
        return NULL;
    exe[n] = '\0';
    return strdup(dirname(dirname(exe)));
}

char *cli_find_data(const char *subdir, const char *name, const char *suffix, const char *env,
                    const char *installed)
{
    char *tree = source_tree(), *in_tree = tree ? cli_join(tree, subdir) : NULL;
    char *file = malloc(strlen(name) + strlen(suffix) + 1), *found = NULL;
    const char *dirs[3] = { getenv(env), in_tree, installed };
    if (file)
        sprintf(file, "%s%s", name, suffix);
    for (int i = 0; i < 3 && file && !found; i++) {
        if (!dirs[i] || !*dirs[i])
            continue;
        found = cli_join(dirs[i], file);
        if (found && access(found, R_OK) != 0) {
            free(found);
            found = NULL;
        }
    }
    free(file);
    free(in_tree);
    free(tree);
    return found;
}
