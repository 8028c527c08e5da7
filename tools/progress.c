/* ykien command — progress on stderr, only for a person at a terminal.
 * Nothing is shown for work under a second, or when stderr is a pipe or a
 * file, so logs stay clean.  A file read on two threads (survey.c) adds
 * on one and clears on the other: the bar is kept under a lock. */
#include <pthread.h>
#include <stdio.h>
#include <time.h>
#include <unistd.h>
#include "cli.h"

static struct {
    int on, shown;
    const char *label;
    unsigned long long total, done;
    double start, last;
} bar;
static pthread_mutex_t bar_lock = PTHREAD_MUTEX_INITIALIZER;

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

void cli_progress_start(const char *label, unsigned long long total, int quiet)
{
    pthread_mutex_lock(&bar_lock);
    bar.on = !quiet && isatty(STDERR_FILENO);
    bar.shown = 0;
    bar.label = label;
    bar.total = total;
    bar.done = 0;
    bar.start = bar.last = now();
    pthread_mutex_unlock(&bar_lock);
}

/* "FILE  42%  180 MiB/s  3 s left": the share is of all the work (a file
 * is read twice: once to detect, once to convert). */
static void draw(double t)
{
    double mib = 1024.0 * 1024.0, secs = t - bar.start;
    double rate = secs > 0 ? (double)bar.done / secs : 0;
    if (bar.total) {
        double left = rate > 0 ? (double)(bar.total - bar.done) / rate : 0;
        fprintf(stderr, "\r%s  %3.0f%%  %.0f MiB/s  %.0f s left ", bar.label,
                100.0 * (double)bar.done / (double)bar.total, rate / mib, left);
    } else {
        fprintf(stderr, "\r%s  %.1f MiB ", bar.label, (double)bar.done / mib);
    }
    fflush(stderr);
    bar.shown = 1;
}

void cli_progress_add(unsigned long long bytes)
{
    pthread_mutex_lock(&bar_lock);
    if (bar.on) {
        bar.done += bytes;
        if (bar.done > bar.total)
            bar.total = bar.done;
        double t = now();
        if (t - bar.start >= 1.0 && t - bar.last >= 0.2) {
            bar.last = t;
            draw(t);
        }
    }
    pthread_mutex_unlock(&bar_lock);
}

void cli_progress_clear(void)
{
    pthread_mutex_lock(&bar_lock);
    if (bar.on && bar.shown) {
        fputs("\r\033[K", stderr);
        bar.shown = 0;      /* drawn again at the next update */
    }
    pthread_mutex_unlock(&bar_lock);
}

void cli_progress_end(void)
{
    pthread_mutex_lock(&bar_lock);
    if (bar.on && bar.shown)
        fputs("\r\033[K", stderr);
    bar.on = 0;
    pthread_mutex_unlock(&bar_lock);
}
