#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "yk_keyvalue.h"
#include "yk_project.h"
#include "yk_text.h"

enum { PROJECT_MAX_BYTES = 1 << 20, MAX_SETTINGS = 64, MAX_ROUNDS = 256, MAX_COLUMNS = 1024 };

/* Keys this version reads; others are warned about, not refused. */
static const char *const known_keys[] = {
    "form", "group", "id", "title", "language", "straightlining-min",
    "codebook", "names", "stop-words",
    /* a confidence poll's (ykien votes) */
    "ballots", "members", "present", "issued", "rules", "base", "struck", "added", "levels",
    "unknown-marks",
    /* the header of its report (ykien report) */
    "report.union", "report.body", "report.number", "report.place", "report.date",
    "report.title", "report.subtitle", "report.author",
    /* the end of the report, and the poll's counting record */
    "report.signer", "report.signer_title", "report.on_behalf", "report.recipients",
    "report.counting_committee",
};

typedef struct { char *key, *value; unsigned long line; } setting;

struct yk_project {
    setting settings[MAX_SETTINGS];
    size_t n_settings;
    yk_round_spec rounds[MAX_ROUNDS];
    size_t n_rounds;
    yk_column_spec columns[MAX_COLUMNS];
    size_t n_columns;
    const char *source;
    yk_diag_fn diag;
    void *diag_ctx;
    int errors, too_many;
    /* The first `round` line and the first `collectives` or `individuals`
     * line (0: none): a project is a survey's or a feedback's, not both. */
    unsigned long round_line, feedback_line;
    const char *feedback_key;   /* the key on feedback_line */
};

static void emit(yk_project *p, yk_severity sev, const char *kind,
                 unsigned long line, const char *hint, const char *fmt, ...)
    __attribute__((format(printf, 6, 7)));
static void emit(yk_project *p, yk_severity sev, const char *kind,
                 unsigned long line, const char *hint, const char *fmt, ...)
{
    va_list ap;
    p->errors += sev == YK_ERROR;
    va_start(ap, fmt);
    yk_diag_vsend(p->diag, p->diag_ctx, sev, kind, p->source, line, 0, hint, fmt, ap);
    va_end(ap);
}

/* Split a round's value into its space-separated patterns. */
static yk_status add_round(yk_project *p, char *name, char *value, unsigned long line)
{
    yk_round_spec *r = &p->rounds[p->n_rounds];
    const char **pats = NULL;
    size_t n = 0;
    char *save = NULL;
    for (char *tok = strtok_r(value, " \t", &save); tok; tok = strtok_r(NULL, " \t", &save)) {
        const char **more = realloc(pats, (n + 1) * sizeof *more);
        char *copy = strdup(tok);
        if (!more || !copy) {
            free(copy);
            free(more ? more : pats);
            return YK_ERR_NOMEM;
        }
        pats = more;
        pats[n++] = copy;
    }
    *r = (yk_round_spec){ name, pats, n, line };
    p->n_rounds++;
    if (n == 0)
        emit(p, YK_ERROR, "project-round-empty", line, "name its files after '='",
             "round '%s' has no files", name);
    for (size_t i = 0; i + 1 < p->n_rounds; i++)
        if (strcmp(p->rounds[i].name, name) == 0)
            emit(p, YK_ERROR, "project-duplicate", line, NULL,
                 "round '%s' is named twice (first on line %lu)", name,
                 p->rounds[i].line);
    return YK_OK;
}

/* `column HEADER = QUESTION`. */
static yk_status add_column(yk_project *p, const char *header, const char *question,
                            unsigned long line)
{
    if (!*header || !*question || strchr(question, ' ')) {
        emit(p, YK_ERROR, "project-syntax", line,
             "write 'column HEADER = QUESTION', as in 'column Câu 1 = tt1'",
             *header ? "a column line needs one question name after '='"
                     : "a column line needs the data file's header before '='");
        return YK_OK;
    }
    for (size_t i = 0; i < p->n_columns; i++)
        if (strcmp(p->columns[i].header, header) == 0) {
            emit(p, YK_ERROR, "project-duplicate", line, NULL,
                 "column '%s' is mapped twice (first on line %lu)", header,
                 p->columns[i].line);
            return YK_OK;
        }
    if (p->n_columns == MAX_COLUMNS) {
        emit(p, YK_ERROR, "project-too-large", line, NULL,
             "more than %d column lines in one project", MAX_COLUMNS);
        return YK_OK;
    }
    char *h = strdup(header), *q = strdup(question);
    if (!h || !q) {
        free(h);
        free(q);
        return YK_ERR_NOMEM;
    }
    p->columns[p->n_columns++] = (yk_column_spec){ h, q, line };
    return YK_OK;
}

/* A feedback project's two keys: the files of the contributions of
 * collectives (a unit's committee, a row each) and of individuals, read
 * as two rounds of those names. */
static const char *const feedback_keys[] = { "collectives", "individuals" };

static int is_feedback_key(const char *key)
{
    return strcmp(key, feedback_keys[0]) == 0 || strcmp(key, feedback_keys[1]) == 0;
}

static yk_status add_feedback(yk_project *p, const char *key, char *value, unsigned long line)
{
    const char *name = strcmp(key, feedback_keys[0]) == 0 ? feedback_keys[0] : feedback_keys[1];
    if (p->round_line) {
        /* Which round a contribution belongs to and whether it came from a
         * collective are two questions: one project answers one. */
        emit(p, YK_ERROR, "project-mixed", line,
             "a feedback project names its files by 'collectives' and 'individuals' only",
             "'%s' in a project of rounds (a round is on line %lu)", name, p->round_line);
        return YK_OK;
    }
    for (size_t i = 0; i < p->n_rounds; i++)
        if (strcmp(p->rounds[i].name, name) == 0) {
            emit(p, YK_ERROR, "project-duplicate", line, "name all their files on one line",
                 "'%s' is set twice (first on line %lu)", name, p->rounds[i].line);
            return YK_OK;
        }
    if (!p->feedback_line) {
        p->feedback_line = line;
        p->feedback_key = name;
    }
    char *copy_name = strdup(name);
    return copy_name ? add_round(p, copy_name, value, line) : YK_ERR_NOMEM;
}

static int is_known(const char *key)
{
    for (size_t i = 0; i < sizeof known_keys / sizeof known_keys[0]; i++)
        if (strcmp(key, known_keys[i]) == 0)
            return 1;
    return 0;
}

static yk_status add_setting(yk_project *p, char *key, char *value, unsigned long line)
{
    for (size_t i = 0; i < p->n_settings; i++)
        if (strcmp(p->settings[i].key, key) == 0) {
            emit(p, YK_ERROR, "project-duplicate", line, NULL,
                 "'%s' is set twice (first on line %lu)", key, p->settings[i].line);
            free(key);
            free(value);
            return YK_OK;
        }
    if (!is_known(key))
        emit(p, YK_WARNING, "project-unknown-key", line,
             "known: form, group, id, title, language, straightlining-min, round NAME, "
             "column HEADER; for a feedback: collectives, "
             "individuals; for a poll: ballots, members, present, issued, rules, base, "
             "struck, added, levels, unknown-marks; for the report's header: report.union, "
             "report.body, report.number, report.place, report.date, report.title, "
             "report.subtitle, report.author; for its end: report.signer, "
             "report.signer_title, report.on_behalf, report.recipients, "
             "report.counting_committee",
             "'%s' is not a setting this version of ykien reads", key);
    p->settings[p->n_settings++] = (setting){ key, value, line };
    return YK_OK;
}

static char *copy(const char *s, size_t n)
{
    char *out = malloc(n + 1);
    if (out) {
        memcpy(out, s, n);
        out[n] = '\0';
    }
    return out;
}

/* One line of the project (a yk_kv_fn). */
static yk_status parse_line(void *ctx, const char *key_in, char *value_in, unsigned long line)
{
    yk_project *p = ctx;
    int cut;
    /* Every value reaches a message, a table, a chart or the report. */
    if ((key_in && yk_utf8_valid_prefix(key_in, strlen(key_in), &cut) != strlen(key_in)) ||
        yk_utf8_valid_prefix(value_in, strlen(value_in), &cut) != strlen(value_in)) {
        emit(p, YK_ERROR, "project-not-utf8", line, "save the project as UTF-8",
             "the line is not UTF-8 text");
        return YK_OK;
    }
    if (!key_in) {
        emit(p, YK_ERROR, "project-syntax", line, "write 'key = value', or '# ...' for a note",
             "the line is not 'key = value'");
        return YK_OK;
    }
    if (is_feedback_key(key_in))
        return add_feedback(p, key_in, value_in, line);
    if (strncmp(key_in, "round", 5) == 0 && (key_in[5] == ' ' || key_in[5] == '\t')) {
        const char *at = key_in + 6;
        at += strspn(at, " \t");
        if (p->feedback_line) {
            emit(p, YK_ERROR, "project-mixed", line,
                 "a feedback project names its files by 'collectives' and 'individuals' only",
                 "a round in a feedback project ('%s' is on line %lu)",
                 p->feedback_key, p->feedback_line);
            return YK_OK;
        }
        if (!p->round_line)
            p->round_line = line;
        if (p->n_rounds == MAX_ROUNDS) {
            if (!p->too_many++)
                emit(p, YK_ERROR, "project-too-large", line, NULL,
                     "more than %d rounds in one project", MAX_ROUNDS);
            return YK_OK;
        }
        if (yk_utf8_chars(at, strlen(at)) > YK_ROUND_NAME_MAX_CHARS)
            /* A round names a column of every table and the axis of a chart. */
            emit(p, YK_ERROR, "project-round-name", line, "name the round as '2014' or '2014-dot2'",
                 "a round's name is %zu characters long; at most %d", yk_utf8_chars(at, strlen(at)),
                 YK_ROUND_NAME_MAX_CHARS);     /* kept: the project is refused anyway */
        char *name = copy(at, strlen(at));
        return name ? add_round(p, name, value_in, line) : YK_ERR_NOMEM;
    }
    if (strncmp(key_in, "column", 6) == 0 && (!key_in[6] || key_in[6] == ' ' || key_in[6] == '\t')) {
        const char *at = key_in + 6;
        return add_column(p, at + strspn(at, " \t"), value_in, line);
    }
    if (!*key_in || p->n_settings == MAX_SETTINGS) {
        emit(p, YK_ERROR, "project-syntax", line, NULL,
             *key_in ? "too many settings" : "a setting needs a name before '='");
        return YK_OK;
    }
    char *key = copy(key_in, strlen(key_in)), *value = copy(value_in, strlen(value_in));
    if (!key || !value) {
        free(key);
        free(value);
        return YK_ERR_NOMEM;
    }
    return add_setting(p, key, value, line);
}

static void check_whole(yk_project *p)
{
    if (!yk_project_get(p, "form"))
        emit(p, YK_ERROR, "project-no-form", 0, "add 'form = DIRECTORY'",
             "the project names no form");
    if (p->feedback_line && yk_project_get(p, "ballots"))
        emit(p, YK_ERROR, "project-mixed", yk_project_line(p, "ballots"),
             "a poll's ballots and a feedback's contributions go in two projects",
             "ballots in a feedback project ('%s' is on line %lu)", p->feedback_key,
             p->feedback_line);
    if (p->n_rounds == 0 && !yk_project_get(p, "ballots"))    /* a poll has ballots */
        emit(p, YK_ERROR, "project-no-round", 0, "add 'round NAME = FILES'",
             "the project names no round of data");
}

yk_status yk_project_load(const char *source, yk_input *in, yk_diag_fn diag,
                          void *diag_ctx, yk_project **out)
{
    yk_project *p = calloc(1, sizeof *p);
    *out = NULL;
    if (!p)
        return YK_ERR_NOMEM;
    p->source = source;
    p->diag = diag;
    p->diag_ctx = diag_ctx;
    yk_status st = yk_kv_read(in, PROJECT_MAX_BYTES, parse_line, p);
    if (st == YK_OK)
        check_whole(p);
    if (st == YK_OK && p->errors)
        st = YK_ERR_PARSE;
    if (st != YK_OK) {
        yk_project_free(p);
        return st;
    }
    *out = p;
    return YK_OK;
}

void yk_project_free(yk_project *p)
{
    if (!p)
        return;
    for (size_t i = 0; i < p->n_settings; i++) {
        free(p->settings[i].key);
        free(p->settings[i].value);
    }
    for (size_t i = 0; i < p->n_columns; i++) {
        free((char *)p->columns[i].header);
        free((char *)p->columns[i].question);
    }
    for (size_t i = 0; i < p->n_rounds; i++) {
        for (size_t k = 0; k < p->rounds[i].n; k++)
            free((char *)p->rounds[i].patterns[k]);
        free((void *)p->rounds[i].patterns);
        free((char *)p->rounds[i].name);
    }
    free(p);
}

const char *yk_project_get(const yk_project *p, const char *key)
{
    for (size_t i = 0; i < p->n_settings; i++)
        if (strcmp(p->settings[i].key, key) == 0)
            return p->settings[i].value;
    return NULL;
}

unsigned long yk_project_line(const yk_project *p, const char *key)
{
    for (size_t i = 0; i < p->n_settings; i++)
        if (strcmp(p->settings[i].key, key) == 0)
            return p->settings[i].line;
    return 0;
}

int yk_project_is_feedback(const yk_project *p)
{
    return p->feedback_line != 0;
}

size_t yk_project_n_rounds(const yk_project *p)
{
    return p->n_rounds;
}

const yk_round_spec *yk_project_round(const yk_project *p, size_t i)
{
    return &p->rounds[i];
}

size_t yk_project_n_columns(const yk_project *p)
{
    return p->n_columns;
}

const yk_column_spec *yk_project_column(const yk_project *p, size_t i)
{
    return i < p->n_columns ? &p->columns[i] : NULL;
}
