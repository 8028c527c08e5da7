/* ykien command — report templates: plain `key = value` files an office
 * copies and edits. */
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include "report.h"
#include "yk_keyvalue.h"
#include "yk_project.h"
#include "yk_text.h"

#ifndef YK_REPORTS_DIR
#define YK_REPORTS_DIR "/usr/local/share/ykien/reports"
#endif

enum { TEMPLATE_MAX_BYTES = 64 << 10 };

static const char *const section_names[NSECTION_KINDS] = {
    "summary", "response", "themes", "units", "rounds", "poll", "profile", "methods",
    "counting", "comments", "classification", "collective", "members",
};

void report_template_free(report_template *t)
{
    char **strings[] = { &t->path, &t->union_name, &t->body, &t->number, &t->place,
                         &t->date, &t->title, &t->subtitle, &t->author, &t->font,
                         &t->chart_font, &t->project_title, &t->signer, &t->signer_title,
                         &t->on_behalf, &t->recipients, &t->counting_committee };
    for (size_t i = 0; i < sizeof strings / sizeof strings[0]; i++) {
        free(*strings[i]);
        *strings[i] = NULL;
    }
}

static int problem(const report_template *t, unsigned long line, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static int problem(const report_template *t, unsigned long line, const char *fmt, ...)
{
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    if (line)
        cli_error("%s:%lu: error: %s", t->path, line, msg);
    else
        cli_error("%s: error: %s", t->path, msg);
    return EXIT_DATA;
}

static int set_string(char **field, const char *value)
{
    free(*field);
    *field = strdup(value);
    return *field ? 0 : EXIT_SYSTEM;
}

static int is_feedback_section(section_kind k)
{
    return k == SECTION_COLLECTIVE || k == SECTION_MEMBERS;
}

int report_template_is_feedback(const report_template *t)
{
    return t->nsections && is_feedback_section(t->sections[0]);
}

static int set_sections(report_template *t, char *value, unsigned long line)
{
    t->nsections = 0;
    for (char *save, *w = strtok_r(value, " \t,", &save); w; w = strtok_r(NULL, " \t,", &save)) {
        size_t k = 0;
        while (k < NSECTION_KINDS && strcmp(section_names[k], w) != 0)
            k++;
        if (k == NSECTION_KINDS)
            return problem(t, line, "unknown section '%s'; the sections are summary, "
                           "response, profile, themes, units, rounds, comments, "
                           "classification, poll, methods and counting; a self-review's: "
                           "collective and members", w);
        if (t->nsections == MAX_SECTIONS)
            return problem(t, line, "more than %d sections", MAX_SECTIONS);
        t->sections[t->nsections++] = (section_kind)k;
    }
    if (!t->nsections)
        return problem(t, line, "no section to print");
    /* A self-review reads a feedback project, the others a survey or a
     * poll: one report cannot read both. */
    for (size_t i = 1; i < t->nsections; i++)
        if (is_feedback_section(t->sections[i]) != is_feedback_section(t->sections[0]))
            return problem(t, line, "the sections collective and members report a "
                           "self-review's feedback and cannot be mixed with a survey's or "
                           "a poll's");
    return 0;
}

static int set_number(const report_template *t, const char *key, const char *value,
                      unsigned long line, double lo, double hi, double *out)
{
    char *end;
    *out = strtod(value, &end);
    if (*end || end == value || !(*out >= lo && *out <= hi))
        return problem(t, line, "%s wants a number from %g to %g, not '%s'", key, lo, hi, value);
    return 0;
}

/* n digits at most (at least 1) at *s, their value in *v; 0 when none. */
static int digits(const char **s, int most, int *v)
{
    int n = 0;
    *v = 0;
    while (n < most && **s >= '0' && **s <= '9') {
        *v = *v * 10 + (*(*s)++ - '0');
        n++;
    }
    return n;
}

/* "2014-09-05" (or 2014-9-5), "05/9/2014" or "5/9/2014" (the Vietnamese way: day first)
 * as year, month and day; 0 when it is neither form. */
static int parse_date(const char *s, int *y, int *m, int *d)
{
    const char *p = s;
    if (digits(&p, 4, y) == 4 && *p == '-')
        return p++, digits(&p, 2, m) && *p++ == '-' && digits(&p, 2, d) && !*p;
    p = s;
    return digits(&p, 2, d) && *p++ == '/' && digits(&p, 2, m) && *p++ == '/' &&
           digits(&p, 4, y) == 4 && !*p;
}

static int days_in_month(int y, int m)
{
    static const int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return m == 2 && leap ? 29 : days[m - 1];
}

/* A date the office writes, checked to be a day of the calendar, kept as
 * YYYY-MM-DD (the form date_line reads). */
static int set_date(report_template *t, const char *value, unsigned long line)
{
    int y, m, d;
    if (!parse_date(value, &y, &m, &d))
        return problem(t, line, "date wants dd/mm/yyyy (05/9/2014) or yyyy-mm-dd "
                       "(2014-09-05), not '%s'", value);
    if (y < 1900 || m < 1 || m > 12)
        return problem(t, line, "date '%s' has no month %d of year %d", value, m, y);
    if (d < 1 || d > days_in_month(y, m))
        return problem(t, line, "date '%s': month %d of %d has no day %d (it has %d days)",
                       value, m, y, d, days_in_month(y, m));
    char iso[48];
    snprintf(iso, sizeof iso, "%04d-%02d-%02d", y, m, d);
    return set_string(&t->date, iso);
}

/* A list of lines separated by '|' (recipients, the counting committee):
 * at most REPORT_LIST_MAX_LINES lines, each a header value's length. */
static int check_list(const report_template *t, const char *key, const char *value,
                      unsigned long line)
{
    size_t lines = 1;
    for (const char *s = value; *s; s++)
        lines += *s == '|';
    if (lines > REPORT_LIST_MAX_LINES)
        return problem(t, line, "%s has %zu lines; at most %d fit the end of the document",
                       key, lines, REPORT_LIST_MAX_LINES);
    for (const char *s = value; *s; ) {
        size_t len = strcspn(s, "|");
        if (yk_utf8_chars(s, len) > REPORT_HEADER_MAX_CHARS)
            return problem(t, line, "a line of %s is %zu characters long; at most %d fit a line",
                           key, yk_utf8_chars(s, len), REPORT_HEADER_MAX_CHARS);
        s += len + (s[len] == '|');
    }
    return 0;
}

/* A header or title value: UTF-8 (also when it comes from a project, whose
 * lines are not checked otherwise), and short enough that the header block
 * and the title fit the top of page 1 once wrapped. */
static int check_text(const report_template *t, const char *key, const char *value,
                      unsigned long line)
{
    size_t n = strlen(value);
    int cut;
    if (yk_utf8_valid_prefix(value, n, &cut) != n)
        return problem(t, line, "%s is not UTF-8 text: save the file as UTF-8", key);
    int is_title = strcmp(key, "title") == 0 || strcmp(key, "subtitle") == 0;
    if (strcmp(key, "recipients") == 0 || strcmp(key, "counting_committee") == 0)
        return check_list(t, key, value, line);
    size_t most = is_title ? REPORT_TITLE_MAX_CHARS : REPORT_HEADER_MAX_CHARS;
    if (strcmp(key, "font") != 0 && strcmp(key, "chart_font") != 0 &&
        yk_utf8_chars(value, n) > most)
        return problem(t, line, "%s is %zu characters long; at most %zu fit the %s",
                       key, yk_utf8_chars(value, n), most,
                       is_title ? "title block" : strncmp(key, "sign", 4) == 0 ||
                       strcmp(key, "on_behalf") == 0 ? "signature block" : "header block");
    return 0;
}

static int set_key(report_template *t, const char *key, char *value, unsigned long line)
{
    double v;
    int code;
    if (strcmp(key, "language") == 0) {
        if (strcmp(value, "vi") != 0 && strcmp(value, "en") != 0)
            return problem(t, line, "language is vi or en, not '%s'", value);
        t->english = strcmp(value, "en") == 0;
        return 0;
    }
    if (strcmp(key, "layout") == 0) {
        if (strcmp(value, "2012") != 0 && strcmp(value, "2013") != 0)
            return problem(t, line, "layout is 2012 or 2013, not '%s'", value);
        t->layout2012 = strcmp(value, "2012") == 0;
        return 0;
    }
    if (strcmp(key, "no_suppression") == 0) {
        if (strcmp(value, "yes") != 0 && strcmp(value, "no") != 0)
            return problem(t, line, "no_suppression is yes or no, not '%s'", value);
        t->no_suppression = strcmp(value, "yes") == 0;
        return 0;
    }
    if (strcmp(key, "min_base") == 0) {
        t->min_base_line = line;
        if ((code = set_number(t, key, value, line, 0, 1e6, &v)) == 0)
            t->min_base = (long)v;
        return code || v == (double)t->min_base ? code
               : problem(t, line, "min_base wants a whole number, not '%s'", value);
    }
    if (strcmp(key, "font_size") == 0)
        return set_number(t, key, value, line, 8, 20, &t->font_size);
    if (strcmp(key, "sections") == 0)
        return set_sections(t, value, line);
    if (strcmp(key, "date") == 0)
        return set_date(t, value, line);
    static const struct { const char *key; size_t offset; } strings[] = {
        { "union", offsetof(report_template, union_name) },
        { "body", offsetof(report_template, body) },
        { "number", offsetof(report_template, number) },
        { "place", offsetof(report_template, place) },
        { "title", offsetof(report_template, title) },
        { "subtitle", offsetof(report_template, subtitle) },
        { "author", offsetof(report_template, author) },
        { "font", offsetof(report_template, font) },
        { "chart_font", offsetof(report_template, chart_font) },
        { "signer", offsetof(report_template, signer) },
        { "signer_title", offsetof(report_template, signer_title) },
        { "on_behalf", offsetof(report_template, on_behalf) },
        { "recipients", offsetof(report_template, recipients) },
        { "counting_committee", offsetof(report_template, counting_committee) },
    };
    for (size_t i = 0; i < sizeof strings / sizeof strings[0]; i++)
        if (strcmp(key, strings[i].key) == 0)
            return (code = check_text(t, key, value, line)) != 0
                   ? code : set_string((char **)((char *)t + strings[i].offset), value);
    return problem(t, line, "unknown key '%s'", key);
}

/* One line of the template (a yk_kv_fn). */
static yk_status template_line(void *ctx, const char *key, char *value, unsigned long line)
{
    report_template *t = ctx;
    int truncated;
    if (!key)
        t->failed = problem(t, line, "'%s' is not a 'key = value' line", value);
    else if (yk_utf8_valid_prefix(value, strlen(value), &truncated) != strlen(value) ||
             yk_utf8_valid_prefix(key, strlen(key), &truncated) != strlen(key))
        t->failed = problem(t, line, "the line is not UTF-8: save the template as UTF-8");
    else
        t->failed = set_key(t, key, value, line);
    return t->failed ? YK_ERR_STOPPED : YK_OK;
}

int report_template_suppression(report_template *t, int option)
{
    t->no_suppression |= option;
    if (t->no_suppression) {
        t->min_base = 0;
        return 0;
    }
    if (t->min_base >= 2)
        return 0;
    problem(t, t->min_base_line, "min_base %ld would show the figures of a single respondent: "
            "add 'no_suppression = yes' to the template (or give --no-suppression) to show "
            "groups of any size knowingly, or give min_base 2 or more", t->min_base);
    return EXIT_USAGE;
}

int report_template_load(const char *name, report_template *t)
{
    memset(t, 0, sizeof *t);
    t->min_base = 10;
    t->font_size = 13;
    t->path = strchr(name, '/') || access(name, R_OK) == 0 ? strdup(name)
              : cli_find_data("reports", name, ".report", "YKIEN_REPORTS_DIR", YK_REPORTS_DIR);
    if (!t->path) {
        cli_error("error: no report template '%s' (looked in $YKIEN_REPORTS_DIR, the source "
                  "tree's reports/ and the installed ones)", name);
        cli_error("hint: the shipped templates are review-conference, rounds, "
                  "confidence-poll, counting-record and self-review; --template also takes "
                  "a FILE");
        return EXIT_USAGE;
    }
    cli_file *f = cli_file_open(t->path);
    if (!f) {
        report_template_free(t);
        return EXIT_USAGE;
    }
    int code = set_string(&t->font, "Liberation Serif");
    if (!code)
        code = set_string(&t->chart_font, "Noto Sans");
    yk_status st = code ? YK_OK : yk_kv_read(cli_file_input(f), TEMPLATE_MAX_BYTES,
                                             template_line, t);
    cli_file_close(f);
    if (!code && st == YK_ERR_LIMIT)
        code = problem(t, 0, "a template is at most %d KiB", TEMPLATE_MAX_BYTES >> 10);
    else if (!code && st != YK_OK)
        code = t->failed ? t->failed : EXIT_SYSTEM;
    if (!code && !t->nsections)
        code = problem(t, 0, "the template names no sections (sections = ...)");
    if (code)
        report_template_free(t);
    return code;
}

int report_template_has(const report_template *t, section_kind k)
{
    for (size_t i = 0; i < t->nsections; i++)
        if (t->sections[i] == k)
            return 1;
    return 0;
}

/* The project's report.KEY settings over the template's, told (when
 * wrong) under the project's name and line. */
static int project_keys(report_template *t, const char *path, const yk_project *p)
{
    static const char *const keys[] = { "union", "body", "number", "place", "date", "title",
                                        "subtitle", "author", "signer", "signer_title",
                                        "on_behalf", "recipients", "counting_committee" };
    char *template_path = t->path;
    int code = 0;
    t->path = (char *)path;
    for (size_t i = 0; !code && i < sizeof keys / sizeof keys[0]; i++) {
        /* report.number numbers the report; its counting record keeps the
         * template's number (blank for the office). */
        if (strcmp(keys[i], "number") == 0 && report_template_has(t, SECTION_COUNTING))
            continue;
        char name[40];
        snprintf(name, sizeof name, "report.%s", keys[i]);
        const char *v = yk_project_get(p, name);
        char *value = v ? strdup(v) : NULL;
        if (v)
            code = value ? set_key(t, keys[i], value, yk_project_line(p, name)) : EXIT_SYSTEM;
        free(value);
    }
    t->path = template_path;
    const char *title = yk_project_get(p, "title");
    if (!code && title) {
        t->path = (char *)path;     /* {project} fills the title: the same rules */
        code = check_text(t, "title", title, yk_project_line(p, "title"));
        t->path = template_path;
    }
    if (!code && title)
        code = set_string(&t->project_title, title);
    return code;
}

/* Today as YYYY-MM-DD: SOURCE_DATE_EPOCH's day (UTC), else the local one. */
static void today(char *buf, size_t size)
{
    const char *epoch = getenv("SOURCE_DATE_EPOCH");
    char *end = NULL;
    long long e = epoch ? strtoll(epoch, &end, 10) : 0;
    time_t now = epoch && end && !*end && end != epoch ? (time_t)e : time(NULL);
    struct tm tm;
    int ok = epoch && end && !*end && end != epoch ? gmtime_r(&now, &tm) != NULL
                                                   : localtime_r(&now, &tm) != NULL;
    if (!ok || !strftime(buf, size, "%Y-%m-%d", &tm))
        snprintf(buf, size, "1970-01-01");
}

int report_template_project(report_template *t, const char *project)
{
    int code = 0;
    if (project) {
        cli_diags ds = { .quiet = 1 };  /* the reading of the data said it all */
        yk_project *p = NULL;
        cli_file *f = cli_file_open(project);
        if (!f)
            return EXIT_USAGE;
        yk_status st = yk_project_load(project, cli_file_input(f), cli_diag, &ds, &p);
        cli_file_close(f);
        if (st == YK_OK)
            code = project_keys(t, project, p);
        yk_project_free(p);
    }
    char date[16];
    today(date, sizeof date);
    if (!code && !t->number)
        code = set_string(&t->number, "Số:     -BC/TĐTN");
    if (!code && !t->date)
        code = set_string(&t->date, date);
    return code;
}
