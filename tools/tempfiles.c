/* ykien command — temporary output files: named so a stale one is
 * recognisable, removed when a signal ends the run. */
#include <dirent.h>
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "cli.h"

/* The temporary files open now.  A signal handler may only read memory it
 * does not have to allocate or lock: fixed slots, each published by its
 * flag once its name is written, and withdrawn by the flag first. */
enum { SLOTS = 8, NAME_MAX_BYTES = 4096 + 64 };

static struct {
    volatile sig_atomic_t used;
    char name[NAME_MAX_BYTES];
} slots[SLOTS];

static const int caught[] = { SIGINT, SIGTERM, SIGHUP };
enum { NCAUGHT = sizeof caught / sizeof caught[0] };

/* Async-signal-safe: unlink, then die of the same signal, so the parent
 * (a shell, a batch file) sees "killed by signal" as it would without us. */
static void on_signal(int sig)
{
    int saved = errno;
    for (int i = 0; i < SLOTS; i++)
        if (slots[i].used)
            unlink(slots[i].name);
    errno = saved;
    signal(sig, SIG_DFL);
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, sig);
    sigprocmask(SIG_UNBLOCK, &set, NULL);
    raise(sig);
}

void cli_temp_signals(void)
{
    for (int i = 0; i < NCAUGHT; i++) {
        struct sigaction old, sa;
        /* A signal the caller ignores (nohup, a background job) stays ignored. */
        if (sigaction(caught[i], NULL, &old) != 0 || old.sa_handler == SIG_IGN)
            continue;
        memset(&sa, 0, sizeof sa);
        sa.sa_handler = on_signal;
        sigfillset(&sa.sa_mask);    /* one handler at a time */
        sigaction(caught[i], &sa, NULL);
    }
}

/* Block the caught signals while a slot and the file it names change
 * together, so no file exists unregistered. */
static void block(sigset_t *old)
{
    sigset_t set;
    sigemptyset(&set);
    for (int i = 0; i < NCAUGHT; i++)
        sigaddset(&set, caught[i]);
    pthread_sigmask(SIG_BLOCK, &set, old);
}

static void unblock(const sigset_t *old)
{
    pthread_sigmask(SIG_SETMASK, old, NULL);
}

/* ".NAME.ykien-tmp-PID-": the start of the temporary names of path, in
 * path's directory; a new string or NULL. */
static char *temp_prefix(const char *path, long pid)
{
    const char *slash = strrchr(path, '/');
    size_t dir = slash ? (size_t)(slash - path) + 1 : 0;
    size_t size = strlen(path) + 48;
    char *p = malloc(size);
    if (p)
        snprintf(p, size, "%.*s.%s.ykien-tmp-%ld-", (int)dir, path, path + dir, pid);
    return p;
}

int cli_temp_create(const char *path, char **name, int *slot)
{
    char *tmp = temp_prefix(path, (long)getpid());
    size_t len = tmp ? strlen(tmp) : 0;
    int fd = -1, i;
    *name = NULL;
    if (!tmp)
        return -1;
    char *t = realloc(tmp, len + 7);
    if (!t || len + 7 > NAME_MAX_BYTES) {
        free(t ? t : tmp);
        errno = t ? ENAMETOOLONG : ENOMEM;
        return -1;
    }
    memcpy(t + len, "XXXXXX", 7);
    sigset_t old;
    block(&old);
    for (i = 0; i < SLOTS && slots[i].used; i++)
        ;
    if (i == SLOTS) {
        errno = EMFILE;
    } else {
        /* The slot is published before the file exists, and mkstemp fills
         * in its name there: a signal on another thread (they do not share
         * this one's mask) finds the file, or unlinks a name not there. */
        memcpy(slots[i].name, t, len + 7);
        slots[i].used = 1;
        if ((fd = mkstemp(slots[i].name)) >= 0)
            memcpy(t, slots[i].name, len + 7);
        else
            slots[i].used = 0;
    }
    unblock(&old);
    if (fd < 0) {
        free(t);
        return -1;
    }
    *name = t;
    *slot = i;
    return fd;
}

int cli_temp_rename(int slot, const char *tmp, const char *path)
{
    sigset_t old;
    block(&old);
    int r = rename(tmp, path);
    int saved = errno;
    slots[slot].used = 0;
    unblock(&old);
    errno = saved;
    return r;
}

void cli_temp_remove(int slot, const char *tmp)
{
    sigset_t old;
    block(&old);
    unlink(tmp);
    slots[slot].used = 0;
    unblock(&old);
}

/* The process id in a temporary name after prefix ("1234-AbC123"), or 0. */
static long temp_pid(const char *rest)
{
    char *end;
    long pid = strtol(rest, &end, 10);
    if (pid <= 0 || *end != '-' || strlen(end + 1) != 6)
        return 0;
    return pid;
}

/* A name of an earlier ykien, "NAME.ykien-XXXXXX", whose writer is unknown. */
static int legacy_temp(const char *entry, const char *base)
{
    size_t n = strlen(base);
    return strncmp(entry, base, n) == 0 && strncmp(entry + n, ".ykien-", 7) == 0 &&
           strlen(entry + n + 7) == 6;
}

static void warn_stale(const char *dir, const char *entry, long pid)
{
    char *file = cli_join(dir, entry);
    if (!file)
        return;
    if (pid)
        cli_error("%s: warning: a temporary file left by a ykien run (process %ld) that was "
                  "killed or lost its power while writing", file, pid);
    else
        cli_error("%s: warning: a temporary file left by an earlier ykien run that was "
                  "interrupted while writing", file);
    cli_error("%s: hint: it is not a result; remove it: rm '%s'", file, file);
    free(file);
}

/* Temporary files of path's name next to it whose writer is no longer
 * running (kill -9, a power cut): the user is told how to remove them;
 * ykien does not remove what it cannot prove is its own. */
void cli_temp_stale(const char *path)
{
    const char *slash = strrchr(path, '/');
    char *dir = slash ? strndup(path, (size_t)(slash - path) + (slash == path)) : strdup(".");
    const char *base = slash ? slash + 1 : path;
    char *prefix = temp_prefix(base, 0);
    DIR *d = dir && prefix ? opendir(dir) : NULL;
    size_t n = prefix ? strlen(prefix) - 2 : 0;     /* up to "-tmp-" */
    struct dirent *e;
    while (d && (e = readdir(d)) != NULL) {
        long pid = 0;
        if (strncmp(e->d_name, prefix, n) == 0) {
            if (!(pid = temp_pid(e->d_name + n)) ||
                (kill((pid_t)pid, 0) == 0 || errno == EPERM))
                continue;   /* not ours, or its writer still runs */
        } else if (!legacy_temp(e->d_name, base)) {
            continue;
        }
        warn_stale(dir, e->d_name, pid);
    }
    if (d)
        closedir(d);
    free(prefix);
    free(dir);
}
