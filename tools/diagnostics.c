/* ykien command — printing the library's diagnostics. */
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "cli.h"
#include "yk_grow.h"
#include "yk_text.h"
#include "yk_xlsx.h"

static int hold(cli_diags *ds, const char *text);

/* The sheets read so far: a diagnostic whose source is one of them, or
 * the workbook's own path while it is its only sheet read, names the cell
 * as Excel does ("don-vi.xlsx:Sheet1:B14"), not a line and a field. */
static struct sheet_source { char *source, *sheet; } *sheets;
static size_t nsheets, sheets_cap;
static pthread_mutex_t sheets_lock = PTHREAD_MUTEX_INITIALIZER;

void cli_diag_sheet(const char *path, const char *sheet_source)
{
    pthread_mutex_lock(&sheets_lock);
    if (yk_grow(&sheets, &sheets_cap, nsheets + 2, sizeof *sheets) == YK_OK) {
        struct sheet_source *s = sheets;
        for (int i = 0; i < 2; i++) {
            const char *key = i ? path : sheet_source;
            if (!key || !(s[nsheets].source = strdup(key)))
                continue;
            if (!(s[nsheets].sheet = strdup(sheet_source)))
                free(s[nsheets].source);
            else
                nsheets++;
        }
    }
    pthread_mutex_unlock(&sheets_lock);
}

/* The sheet source is named by (or NULL): the last registered wins, as a
 * path read twice (--sheet in two runs of a thread) names its last sheet. */
static const char *sheet_of(const char *source)
{
    const char *found = NULL;
    pthread_mutex_lock(&sheets_lock);
    for (size_t i = nsheets; i-- > 0 && !found;)
        if (strcmp(sheets[i].source, source) == 0)
            found = sheets[i].sheet;
    pthread_mutex_unlock(&sheets_lock);
    return found;
}

/* ":LINE:COLUMN", ":LINE", or, in a sheet, ":CELL" / ":ROW" after the
 * sheet's source in *source. */
static void where_of(const yk_diag *d, const char **source, char *where, size_t size)
{
    const char *sheet = d->line ? sheet_of(d->source) : NULL;
    char cell[32];
    where[0] = '\0';
    if (sheet) {
        *source = sheet;
        snprintf(where, size, ":%s", yk_xlsx_cell_name(d->column, d->line, cell));
    } else if (d->line && d->column) {
        snprintf(where, size, ":%lu:%lu", d->line, d->column);
    } else if (d->line) {
        snprintf(where, size, ":%lu", d->line);
    }
}

/* Count a held warning of kind in this file; 1 when it is among the first
 * DIAG_WARNINGS_SHOWN_PER_FILE, to be shown.  The rest are counted in one
 * line per kind and file (cli_diags_flush), so the run's cap is not used. */
static int shown_in_file(cli_diags *ds, const char *kind)
{
    int i = 0;
    while (i < ds->nfile_kinds && strcmp(ds->file_kinds[i].kind, kind) != 0)
        i++;
    if (i == ds->nfile_kinds) {
        if (i == (int)(sizeof ds->file_kinds / sizeof ds->file_kinds[0]))
            return 1;       /* too many kinds to summarise: shown */
        ds->file_kinds[i].kind = kind;
        ds->file_kinds[i].count = ds->file_kinds[i].shown = 0;
        ds->nfile_kinds++;
    }
    for (int k = 0; k < ds->nkinds; k++)
        if (strcmp(ds->kinds[k].kind, kind) == 0)
            ds->kinds[k].per_file = 1;
    ds->file_kinds[i].count++;
    if (ds->file_kinds[i].shown >= DIAG_WARNINGS_SHOWN_PER_FILE)
        return 0;
    ds->file_kinds[i].shown++;
    return 1;
}

static const char *severity_word(yk_severity s)
{
    return s == YK_ERROR ? "error" : "warning";
}

/* How many of this kind were seen, this one included. */
static unsigned long bump(cli_diags *ds, const char *kind, yk_severity sev)
{
    for (int i = 0; i < ds->nkinds; i++)
        if (strcmp(ds->kinds[i].kind, kind) == 0)
            return ++ds->kinds[i].count;
    if (ds->nkinds == (int)(sizeof ds->kinds / sizeof ds->kinds[0]))
        return 1;
    ds->kinds[ds->nkinds].kind = kind;      /* kinds are static strings */
    ds->kinds[ds->nkinds].severity = sev;
    ds->kinds[ds->nkinds].count = 1;
    return ds->kinds[ds->nkinds++].count;
}

void cli_diag(void *ctx, const yk_diag *d)
{
    cli_diags *ds = ctx;
    if (d->severity == YK_ERROR)
        ds->errors++;
    else
        ds->warnings++;
    unsigned long seen = bump(ds, d->kind, d->severity);
    if ((d->severity == YK_WARNING && ds->quiet) || ds->silent)
        return;
    if (d->severity == YK_WARNING && ds->hold) {
        if (!ds->all && !shown_in_file(ds, d->kind))
            return;
    } else if (seen > DIAG_SHOWN_PER_KIND && !ds->all) {
        return;
    }
    char where[64], text[2048];
    const char *source = d->source;
    where_of(d, &source, where, sizeof where);
    /* A message quoting a long name is cut on a character, never losing
     * its line end or its hint's line. */
    size_t k = 0;
    yk_text_snprintf(text, sizeof text - 1, "ykien: %s%s: %s: %s", source, where,
                     severity_word(d->severity), d->message);
    k = strlen(text);
    text[k++] = '\n';
    text[k] = '\0';
    if (d->hint && k + 1 < sizeof text) {
        yk_text_snprintf(text + k, sizeof text - 1 - k, "ykien: %s%s: hint: %s", source,
                         where, d->hint);
        k += strlen(text + k);
        text[k++] = '\n';
        text[k] = '\0';
    }
    if (d->severity == YK_WARNING && ds->hold && hold(ds, text))
        return;
    cli_progress_clear();
    fputs(text, stderr);
}

/* Keep a warning's text for cli_diags_flush; 0 when out of memory (it is
 * then printed at once: never lost). */
static int hold(cli_diags *ds, const char *text)
{
    size_t n = strlen(text);
    if (yk_grow(&ds->held, &ds->held_cap, ds->held_len + n + 1, 1) != YK_OK)
        return 0;
    memcpy(ds->held + ds->held_len, text, n + 1);
    ds->held_len += n;
    return 1;
}

void cli_diags_flush(cli_diags *ds)
{
    if (ds->held_len)
        fputs(ds->held, stderr);
    free(ds->held);
    ds->held = NULL;
    ds->held_len = ds->held_cap = 0;
    for (int i = 0; i < ds->nfile_kinds; i++) {
        unsigned long more = ds->file_kinds[i].count - ds->file_kinds[i].shown;
        if (more)
            fprintf(stderr, "ykien: %s: warning: %lu more of this kind (%s) in this file, "
                    "%lu in all; --all shows every one\n", ds->source ? ds->source : "",
                    more, ds->file_kinds[i].kind, ds->file_kinds[i].count);
    }
    ds->nfile_kinds = 0;
}

void cli_diags_file(cli_diags *ds, const char *source)
{
    cli_diags_flush(ds);
    if (ds->per_run && source) {
        ds->source = source;
        return;
    }
    for (int i = 0; i < ds->nkinds && !ds->all; i++) {
        if (ds->kinds[i].count <= DIAG_SHOWN_PER_KIND || ds->kinds[i].per_file ||
            (ds->quiet && ds->kinds[i].severity == YK_WARNING))
            continue;
        unsigned long more = ds->kinds[i].count - DIAG_SHOWN_PER_KIND;
        if (ds->per_run)
            fprintf(stderr, "ykien: hint: %lu more problems of this kind (%s) not "
                    "shown; --all shows every one\n", more, ds->kinds[i].kind);
        else
            fprintf(stderr, "ykien: %s: hint: %lu more problems of this kind (%s) "
                    "not shown; --all shows every one\n", ds->source, more,
                    ds->kinds[i].kind);
    }
    if (!ds->per_run)
        ds->nkinds = 0;
    ds->source = source;
}

static void say(const char *fmt, va_list ap)
{
    fputs("ykien: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
}

void cli_error(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    say(fmt, ap);
    va_end(ap);
}

int cli_usage(const char *verb, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    say(fmt, ap);
    va_end(ap);
    if (verb)
        fprintf(stderr, "ykien: hint: try 'ykien help %s'\n", verb);
    else
        fprintf(stderr, "ykien: hint: try 'ykien --help'\n");
    return EXIT_USAGE;
}
