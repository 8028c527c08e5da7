/* ykien command — a figure verb's table written as an .xlsx workbook:
 * one sheet per round where the table holds several (freq, describe,
 * crosstab, compare, scale), one per pair of rounds for rounds. */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include "analysis.h"
#include "figure_xlsx.h"
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

long figure_note_lines(char *notes, const char ***out)
{
    size_t n = 0, cap = 1;
    for (const char *p = notes; p && *p; p++)
        cap += *p == '\n';
    const char **lines = malloc(cap * sizeof *lines);
    *out = lines;
    if (!lines)
        return -1;
    for (char *line = notes, *next; line && *line; line = next) {
        next = strchr(line, '\n');
        if (next)
            *next++ = '\0';
        if (*line)
            lines[n++] = line;
    }
    return (long)n;
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

/* "Nguồn: ykien 0.1.0, ngày 14/11/2023" (English: "Source: ykien 0.1.0,
 * 14/11/2023"): day first, as both read a date in Vietnam. */
static void source_line(char *buf, size_t size, time_t at, int english)
{
    struct tm day;
    gmtime_r(&at, &day);
    snprintf(buf, size, "%s ykien %s, %s%02d/%02d/%04d", english ? "Source:" : "Nguồn:",
             YK_VERSION, english ? "" : "ngày ", day.tm_mday, day.tm_mon + 1,
             day.tm_year + 1900);
}

int figure_book_open(figure_book *b, const char *verb, const cli_output_opts *out,
                     int english, char **inputs, int ninputs)
{
    int status;
    memset(b, 0, sizeof *b);
    b->at = made_at();
    b->output = out->output;
    source_line(b->source, sizeof b->source, b->at, english);
    if (!(b->out = cli_out_open(out->output, out->force, inputs, ninputs, &status)))
        return status;
    const char *name = cli_out_file_name(b->out);
    if (!name) {                /* refused when parsing; kept safe here */
        cli_out_abandon(b->out);
        return cli_usage(verb, "an .xlsx workbook is written to a file: give -o NAME.xlsx");
    }
    int saved = silence_stderr();
    yk_status st = yk_xlsx_book_new(name, b->at, &b->book);
    restore_stderr(saved);
    if (st != YK_OK)
        return cli_out_fail(b->out, verb, st);
    return 0;
}

void figure_book_table(figure_book *b, const yk_table *t, const char *want, const char *title,
                       const char *const *notes, size_t n_notes, const size_t *rows,
                       size_t n_rows, const yk_xlsx_kind *kinds)
{
    char name[128];
    if (b->failed)
        return;
    yk_status st = yk_xlsx_book_sheet_name(b->book, want, name, sizeof name);
    yk_xlsx_opts o = { .sheet = name, .title = title, .source = b->source, .notes = notes,
                       .n_notes = n_notes, .rows = rows, .n_rows = n_rows, .kinds = kinds };
    int saved = silence_stderr();
    if (st == YK_OK)
        st = yk_xlsx_book_add(b->book, t, &o);
    restore_stderr(saved);
    if (st != YK_OK) {
        b->failed = 1;
        b->status = st;
    }
}

int figure_book_close(figure_book *b, const char *verb)
{
    int saved = silence_stderr();
    errno = 0;
    yk_status st = yk_xlsx_book_close(b->book);
    int err = errno;
    restore_stderr(saved);
    if (b->failed)
        st = b->status;
    if (st == YK_OK)
        return cli_out_commit(b->out);
    if (st == YK_ERR_IO) {
        cli_error("%s: error: cannot write: %s", b->output, strerror(err ? err : EIO));
        cli_out_abandon(b->out);
        return EXIT_SYSTEM;
    }
    return cli_out_fail(b->out, verb, st);
}

void figure_book_abandon(figure_book *b)
{
    int saved = silence_stderr();
    yk_xlsx_book_close(b->book);
    restore_stderr(saved);
    cli_out_abandon(b->out);
}

/* ---- a figure verb's workbook ---------------------------------------- */

/* What each verb's sheet says on its first row. */
static const char *title_of(const char *verb)
{
    static const char *const titles[][2] = {
        { "freq", "Tỷ lệ các phương án trả lời" },
        { "describe", "Thống kê mô tả" },
        { "crosstab", "Bảng chéo" },
        { "compare", "So sánh giữa các nhóm" },
        { "scale", "Độ tin cậy của thang đo" },
        { "rounds", "So sánh giữa các đợt khảo sát" },
        { "votes", "Kết quả lấy phiếu tín nhiệm" },
        { "comments", "Ý kiến góp ý của đoàn viên" },
    };
    for (size_t i = 0; i < sizeof titles / sizeof titles[0]; i++)
        if (strcmp(verb, titles[i][0]) == 0)
            return titles[i][1];
    return verb;
}

/* A table's sheets: one per value of its round (or round_from and
 * round_to) column, rows in table order, first seen first. */
typedef struct {
    size_t key[2], nkeys;       /* the columns that name a sheet */
    size_t *rows;               /* the table's rows, sheet by sheet */
    size_t *starts;             /* sheet i's rows: rows[starts[i] .. starts[i+1]) */
    size_t nsheets;
} sheet_split;

static int same_key(const yk_table *t, const sheet_split *s, size_t a, size_t b)
{
    for (size_t k = 0; k < s->nkeys; k++)
        if (strcmp(yk_table_text_at(t, a, s->key[k]), yk_table_text_at(t, b, s->key[k])) != 0)
            return 0;
    return 1;
}

/* Split t by its rounds; 0, or -1 when out of memory.  A table with one
 * round (or none) is one sheet. */
static int split_by_round(const yk_table *t, sheet_split *s)
{
    size_t n = yk_table_n_rows(t), from = yk_table_column(t, "round_from");
    memset(s, 0, sizeof *s);
    if ((s->key[0] = yk_table_column(t, "round")) != SIZE_MAX) {
        s->nkeys = 1;
    } else if (from != SIZE_MAX && yk_table_column(t, "round_to") != SIZE_MAX) {
        s->key[0] = from;
        s->key[1] = yk_table_column(t, "round_to");
        s->nkeys = 2;
    }
    size_t *first = malloc((n + 1) * sizeof *first);    /* each sheet's first row */
    size_t *sheet_of = malloc((n + 1) * sizeof *sheet_of);
    s->rows = malloc((n + 1) * sizeof *s->rows);
    s->starts = calloc(n + 2, sizeof *s->starts);
    int ok = first && sheet_of && s->rows && s->starts;
    for (size_t r = 0; ok && r < n; r++) {
        size_t i = 0;
        while (s->nkeys && i < s->nsheets && !same_key(t, s, first[i], r))
            i++;
        if (i == s->nsheets)
            first[s->nsheets++] = r;
        sheet_of[r] = i;
        s->starts[i + 1]++;
    }
    /* A counting sort by sheet, keeping the table's order within each. */
    for (size_t i = 0; ok && i < s->nsheets; i++)
        s->starts[i + 1] += s->starts[i];
    if (ok) {
        size_t *at = first;             /* reused: each sheet's next place */
        memcpy(at, s->starts, s->nsheets * sizeof *at);
        for (size_t r = 0; r < n; r++)
            s->rows[at[sheet_of[r]]++] = r;
    }
    free(first);
    free(sheet_of);
    return ok ? 0 : -1;
}

static void sheet_split_free(sheet_split *s)
{
    free(s->rows);
    free(s->starts);
}

/* Sheet i's name: the verb alone for a table of one sheet, else the verb
 * and the round ("freq 2014") or the two rounds ("rounds 2014–2019"). */
static void sheet_name(const yk_table *t, const sheet_split *s, size_t i, const char *verb,
                       char *buf, size_t size)
{
    if (s->nsheets <= 1) {
        snprintf(buf, size, "%s", verb);
        return;
    }
    size_t r = s->rows[s->starts[i]];
    if (s->nkeys == 2)
        snprintf(buf, size, "%s %s–%s", verb, yk_table_text_at(t, r, s->key[0]),
                 yk_table_text_at(t, r, s->key[1]));
    else
        snprintf(buf, size, "%s %s", verb, yk_table_text_at(t, r, s->key[0]));
}

/* The sheet's title: the verb's, and the question's label when the
 * table's rows are all of one question of form ("Tỷ lệ các phương án
 * trả lời: Anh/chị tin tưởng...?"), into buf. */
static void table_title(const yk_table *tab, const char *verb, const yk_form *form, char *buf,
                        size_t size)
{
    size_t col = yk_table_column(tab, "question"), n = yk_table_n_rows(tab);
    const char *name = col != SIZE_MAX && n ? yk_table_text_at(tab, 0, col) : NULL;
    for (size_t r = 1; name && r < n; r++)
        if (strcmp(yk_table_text_at(tab, r, col), name) != 0)
            name = NULL;
    const yk_question *q = name && form ? yk_form_find(form, name) : NULL;
    const char *label = q && q->labels && q->labels[0] && *q->labels[0] ? q->labels[0] : name;
    if (label)
        snprintf(buf, size, "%s: %s", title_of(verb), label);
    else
        snprintf(buf, size, "%s", title_of(verb));
}

int figure_xlsx_write(const yk_table *tab, const char *sheet, const yk_form *form, char *notes,
                      const cli_output_opts *out, char **inputs, int ninputs)
{
    figure_book b;
    sheet_split s = { .nkeys = 0 };
    const char **lines;
    char title[1024];
    long n = figure_note_lines(notes, &lines);
    if (n < 0 || split_by_round(tab, &s) < 0) {
        free(lines);
        sheet_split_free(&s);
        cli_error("out of memory");
        return EXIT_SYSTEM;
    }
    table_title(tab, sheet, form, title, sizeof title);
    int status = figure_book_open(&b, sheet, out, 0, inputs, ninputs);
    if (!status) {
        for (size_t i = 0; i < (s.nsheets ? s.nsheets : 1); i++) {
            char name[256];
            sheet_name(tab, &s, i, sheet, name, sizeof name);
            figure_book_table(&b, tab, name, title, lines, (size_t)n,
                              s.rows + (s.nsheets ? s.starts[i] : 0),
                              s.nsheets ? s.starts[i + 1] - s.starts[i] : 0, NULL);
        }
        status = figure_book_close(&b, sheet);
    }
    sheet_split_free(&s);
    free(lines);
    return status;
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
