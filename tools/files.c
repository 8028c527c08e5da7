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
    int spool;          /* a copy of a stream read so far, or -1 */
    unsigned long long spooled, pos;    /* bytes in the copy; where reading is */
    int ended;          /* the stream gave its last byte */
    int err;            /* errno of the first failed read or copy, or 0 */
    yk_input input;
};

/* Keep why reading failed, for the message. */
static yk_status failed(cli_file *f)
{
    if (!f->err)
        f->err = errno ? errno : EIO;
    return YK_ERR_IO;
}

static yk_status file_read(void *ctx, char *buf, size_t cap, size_t *got)
{
    cli_file *f = ctx;
    *got = fread(buf, 1, cap, f->fp);
    cli_progress_add(*got);
    return *got == 0 && ferror(f->fp) ? failed(f) : YK_OK;
}

static yk_status file_rewind(void *ctx)
{
    return fseek(((cli_file *)ctx)->fp, 0, SEEK_SET) == 0 ? YK_OK : YK_ERR_IO;
}

/* A stream (standard input, a FIFO, a device, <(...)) cannot be read
 * twice: what is read is kept in an unnamed temporary copy, and read again
 * from there.  The copy grows only as fast as the reader reads, so a
 * reader that stops (a NUL byte of /dev/zero, a line over the limit) stops
 * the copy too. */
static yk_status stream_read(void *ctx, char *buf, size_t cap, size_t *got)
{
    cli_file *f = ctx;
    *got = 0;
    if (f->pos < f->spooled) {
        size_t want = f->spooled - f->pos < cap ? (size_t)(f->spooled - f->pos) : cap;
        ssize_t n = pread(f->spool, buf, want, (off_t)f->pos);
        if (n <= 0)
            return failed(f);
        *got = (size_t)n;
    } else if (!f->ended) {
        *got = fread(buf, 1, cap, f->fp);
        if (*got == 0) {
            f->ended = 1;
            return ferror(f->fp) ? failed(f) : YK_OK;
        }
        for (size_t done = 0; done < *got;) {
            ssize_t n = pwrite(f->spool, buf + done, *got - done, (off_t)(f->spooled + done));
            if (n <= 0)
                return failed(f);   /* the copy: its disk is full */
            done += (size_t)n;
        }
        f->spooled += *got;
    }
    f->pos += *got;
    cli_progress_add(*got);
    return YK_OK;
}

static yk_status stream_rewind(void *ctx)
{
    ((cli_file *)ctx)->pos = 0;
    return YK_OK;
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

/* A regular file is read twice in place; anything else as a stream. */
static int is_stream(FILE *fp)
{
    struct stat st;
    return fstat(fileno(fp), &st) != 0 || !S_ISREG(st.st_mode);
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
    int std = strcmp(path, "-") == 0;
    if (cli_input_check(path) != 0)
        return NULL;
    if (!std)
        cli_note_input(path);
    FILE *fp = std ? stdin : fopen(path, "rb");
    if (!fp) {
        cli_error("%s: cannot open: %s", path, strerror(errno));
        return NULL;
    }
    cli_file *f = calloc(1, sizeof *f);
    FILE *copy = f && is_stream(fp) ? tmpfile() : NULL;
    if (!f || (is_stream(fp) && !copy)) {
        cli_error("%s: %s", path, f ? "cannot make a temporary copy of the stream"
                                    : "out of memory");
        if (fp != stdin)
            fclose(fp);
        free(f);
        return NULL;
    }
    f->fp = fp;
    f->spool = copy ? dup(fileno(copy)) : -1;
    if (copy)
        fclose(copy);       /* the dup keeps the unnamed file */
    f->input = copy ? (yk_input){ stream_read, stream_rewind, f }
                    : (yk_input){ file_read, file_rewind, f };
    return f;
}

int cli_file_error(const cli_file *f)
{
    return f->err;
}

yk_input *cli_file_input(cli_file *f)
{
    return &f->input;
}

void cli_file_close(cli_file *f)
{
    if (!f)
        return;
    if (f->fp != stdin)
        fclose(f->fp);
    if (f->spool >= 0)
        close(f->spool);
    free(f);
}

struct cli_out {
    FILE *fp;
    char *path, *tmp;   /* tmp NULL: writing in place (stdout, a device) */
    int slot;           /* tmp's slot among the files a signal removes */
    int err;            /* errno of the first failed write, or 0 */
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

/* The output under a temporary name next to it, with the mode a new file
 * would get; 0 or -1 with errno set. */
static int open_temp(cli_out *o)
{
    int fd = cli_temp_create(o->path, &o->tmp, &o->slot);
    if (fd < 0)
        return -1;
    mode_t mask = umask(0);
    umask(mask);
    if (fchmod(fd, 0666 & ~mask) != 0 || !(o->fp = fdopen(fd, "wb"))) {
        int saved = errno;
        close(fd);
        cli_temp_remove(o->slot, o->tmp);
        free(o->tmp);
        o->tmp = NULL;
        errno = saved;
        return -1;
    }
    return 0;
}

static const char *out_name(const cli_out *o)
{
    return o->path ? o->path : "standard output";
}

static void say_write_error(const char *name, int err)
{
    cli_error("%s: error: cannot write: %s", name, strerror(err ? err : EIO));
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
    if (!(o->path = strdup(path))) {
        free(o);
        return NULL;
    }
    int regular = stat(path, &st) != 0 || S_ISREG(st.st_mode);
    if (regular) {
        cli_temp_stale(path);
        open_temp(o);
    } else {
        o->fp = fopen(path, "wb");  /* a device or a pipe: written in place */
    }
    if (!o->fp) {
        say_write_error(path, errno);
        cli_out_abandon(o);
        return NULL;
    }
    return o;
}

FILE *cli_out_stream(cli_out *o)
{
    return o->fp;
}

static yk_status out_write(void *ctx, const char *p, size_t n)
{
    cli_out *o = ctx;
    if (fwrite(p, 1, n, o->fp) == n)
        return YK_OK;
    if (!o->err)
        o->err = errno ? errno : EIO;
    return YK_ERR_IO;
}

yk_output cli_out_sink(cli_out *o)
{
    return (yk_output){ out_write, o };
}

static void release(cli_out *o)
{
    free(o->path);
    free(o->tmp);
    free(o);
}

/* Flush and close, keeping the errno of the first failure. */
static int finish_stream(cli_out *o)
{
    int err = o->err;
    errno = 0;
    if (fflush(o->fp) != 0 && !err)
        err = errno ? errno : EIO;
    if (ferror(o->fp) && !err)
        err = EIO;          /* an earlier buffered write failed */
    if (o->fp != stdout) {
        errno = 0;
        if (fclose(o->fp) != 0 && !err)
            err = errno ? errno : EIO;
    }
    o->fp = NULL;
    return err;
}

int cli_out_commit(cli_out *o)
{
    int err = finish_stream(o);
    if (!err && o->tmp && cli_temp_rename(o->slot, o->tmp, o->path) != 0)
        err = errno;
    if (err) {
        say_write_error(out_name(o), err);
        cli_out_abandon(o);
        return EXIT_SYSTEM;
    }
    free(o->tmp);
    o->tmp = NULL;
    release(o);
    return 0;
}

int cli_out_fail(cli_out *o, const char *verb, yk_status st)
{
    if (st == YK_ERR_IO)
        say_write_error(out_name(o), o->err);
    else
        cli_error("%s: %s: %s", verb, out_name(o), yk_strerror(st));
    cli_out_abandon(o);
    return EXIT_SYSTEM;
}

const char *cli_out_file_name(const cli_out *o)
{
    return o->tmp ? o->tmp : o->path;
}

void cli_out_abandon(cli_out *o)
{
    if (!o)
        return;
    if (o->fp && o->fp != stdout)
        fclose(o->fp);
    if (o->tmp)
        cli_temp_remove(o->slot, o->tmp);
    release(o);
}

static const char *const extensions[CLI_NFORMATS] = {
    "csv", "txt", "json", "ykt", "ykp", "png", "svg", "pdf", "xlsx", "sav", "dta",
    "docx",
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
