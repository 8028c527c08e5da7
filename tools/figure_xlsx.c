/* ykien command — a figure verb's table written as an .xlsx workbook. */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include "analysis.h"
#include "yk_table_xlsx.h"

/* When the workbook was made, for its properties and its source line:
 * SOURCE_DATE_EPOCH when set (the reproducible-builds convention), so the
 * same figures give the same bytes; else now. */
static time_t made_at(void)
{
    const char *given = getenv("SOURCE_DATE_EPOCH");
    char *end;
    long long at = given && *given ? strtoll(given, &end, 10) : -1;
    return given && *given && !*end && at > 0 ? (time_t)at : time(NULL);
}

/* The lines of notes (split in place; empty ones dropped: a sheet shows
 * an empty row, not the text format's blank lines), then source. */
static size_t note_lines(char *notes, const char *source, const char **lines, size_t cap)
{
    size_t n = 0;
    for (char *line = notes, *next; line && *line && n + 1 < cap; line = next) {
        next = strchr(line, '\n');
        if (next)
            *next++ = '\0';
        if (*line)
            lines[n++] = line;
    }
    lines[n++] = source;
    return n;
}

/* libxlsxwriter prints its own "[ERROR]" lines on standard error when a
 * write fails, and has no switch for that: while it writes, standard error
 * goes to /dev/null, and ykien says what failed, once, in its own words.
 * Returns the descriptor to restore, or -1 (then nothing was changed). */
static int silence_stderr(void)
{
    int saved = dup(STDERR_FILENO), null = open("/dev/null", O_WRONLY);
    fflush(stderr);
    if (saved < 0 || null < 0 || dup2(null, STDERR_FILENO) < 0) {
        if (saved >= 0)
            close(saved);
        saved = -1;
    }
    if (null >= 0)
        close(null);
    return saved;
}

static void restore_stderr(int saved)
{
    if (saved < 0)
        return;
    dup2(saved, STDERR_FILENO);
    close(saved);
}

int figure_xlsx_write(const yk_table *tab, const char *sheet, char *notes,
                      const cli_output_opts *out, char **inputs, int ninputs)
{
    enum { MAX_NOTES = 32 };
    const char *lines[MAX_NOTES];
    char source[96];
    int status;
    time_t at = made_at();
    struct tm day;
    gmtime_r(&at, &day);
    snprintf(source, sizeof source, "Nguồn: ykien %s, %04d-%02d-%02d", YK_VERSION,
             day.tm_year + 1900, day.tm_mon + 1, day.tm_mday);
    cli_out *o = cli_out_open(out->output, out->force, inputs, ninputs, &status);
    if (!o)
        return status;
    const char *name = cli_out_file_name(o);
    if (!name) {                /* refused when parsing; kept safe here */
        cli_out_abandon(o);
        return cli_usage(sheet, "an .xlsx workbook is written to a file: give -o NAME.xlsx");
    }
    yk_xlsx_opts xo = { .sheet = sheet, .notes = lines,
                        .n_notes = note_lines(notes, source, lines, MAX_NOTES), .created = at };
    int saved = silence_stderr();
    errno = 0;
    yk_status st = yk_table_write_xlsx(tab, name, &xo);
    int err = errno;
    restore_stderr(saved);
    if (st == YK_OK)
        return cli_out_commit(o);
    if (st == YK_ERR_IO) {
        cli_error("%s: error: cannot write: %s", out->output, strerror(err ? err : EIO));
        cli_out_abandon(o);
        return EXIT_SYSTEM;
    }
    return cli_out_fail(o, sheet, st);
}

int figure_format_of(const char *name)
{
    return strcmp(name, "xlsx") == 0 ? CLI_XLSX : yk_table_format_of(name);
}

int figure_xlsx_needs_file(const char *verb, const char *output, int format)
{
    if (format != CLI_XLSX || output)
        return 0;
    return cli_usage(verb, "--format xlsx: a workbook is a file, not a stream; give -o "
                     "NAME.xlsx");
}
