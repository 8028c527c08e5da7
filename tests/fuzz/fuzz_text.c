/* libFuzzer target: the hand-written text files — projects (.ykien),
 * report templates (`key = value`, read by yk_kv_read) and poll tally
 * files (.ykp) — and the text paths their values take to the report.
 *
 * Input: the bytes of a file, given to each of the three readers.
 * Checked: a documented status; *out set exactly when the status is YK_OK,
 * which happens exactly when no error was reported; every diagnostic has a
 * kind from the documented set and a line within the file; a loaded
 * project's settings and round names are UTF-8, a round's name at most
 * YK_ROUND_NAME_MAX_CHARS characters.  Every `key = value` value, cut by
 * yk_text_snprintf into buffers of every size up to 64 bytes, stays valid
 * UTF-8 (a whole-character prefix, "…" when cut); escaped by
 * yk_doc_escape and wrapped in a tag, as the report's header block does,
 * it is markup Pango accepts.  A loaded poll's persons add up to its valid
 * ballots.  Leaks are the sanitizer's. */
#include <pango/pango.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "yk_doc.h"
#include "yk_keyvalue.h"
#include "yk_poll.h"
#include "yk_project.h"
#include "yk_text.h"
#include "fuzz_check.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

typedef struct {
    const char *const *kinds;
    unsigned long lines;        /* in the input, counting a last unended one */
    int errors;
} seen;

static void on_diag(void *ctx, const yk_diag *d)
{
    seen *s = ctx;
    int known = 0;
    for (size_t i = 0; s->kinds[i]; i++)
        known |= d->kind && strcmp(d->kind, s->kinds[i]) == 0;
    CHECK(known);
    CHECK(d->message && d->message[0] && d->source);
    CHECK(d->line <= s->lines + 1);
    s->errors += d->severity == YK_ERROR;
}

static int utf8(const char *s)
{
    int cut;
    return yk_utf8_valid_prefix(s, strlen(s), &cut) == strlen(s);
}

static void project(const uint8_t *data, size_t size, unsigned long lines)
{
    static const char *const kinds[] = {
        "project-duplicate", "project-no-form", "project-no-round", "project-not-utf8",
        "project-round-empty", "project-round-name", "project-syntax", "project-too-large",
        "project-unknown-key", NULL };
    seen s = { kinds, lines, 0 };
    yk_memory m;
    yk_input in = yk_input_memory(&m, data, size);
    yk_project *p = (yk_project *)1;
    yk_status st = yk_project_load("fuzz.ykien", &in, on_diag, &s, &p);
    CHECK(st == YK_OK || st == YK_ERR_PARSE || st == YK_ERR_LIMIT);
    CHECK((st == YK_OK) == (p != NULL));
    CHECK(st != YK_OK || s.errors == 0);
    CHECK(st != YK_ERR_PARSE || s.errors > 0);
    if (!p)
        return;
    static const char *const keys[] = { "form", "group", "title", "report.union",
                                        "report.body", NULL };
    for (size_t i = 0; keys[i]; i++)
        CHECK(!yk_project_get(p, keys[i]) || utf8(yk_project_get(p, keys[i])));
    for (size_t i = 0; i < yk_project_n_rounds(p); i++) {
        const yk_round_spec *r = yk_project_round(p, i);
        CHECK(utf8(r->name));
        CHECK(yk_utf8_chars(r->name, strlen(r->name)) <= YK_ROUND_NAME_MAX_CHARS);
        CHECK(r->n > 0);
        for (size_t k = 0; k < r->n; k++)
            CHECK(r->patterns[k][0] && !strchr(r->patterns[k], ' '));
    }
    yk_project_free(p);
}

/* What the report does with a template's text value: cut it into fixed
 * buffers, and escape it into the header's markup. */
static void header_text(const char *value)
{
    char buf[64];
    for (size_t cap = 1; cap <= sizeof buf; cap++) {
        int n = yk_text_snprintf(buf, cap, "%s", value);
        CHECK(n >= 0 && (size_t)n == strlen(value));
        CHECK(utf8(buf));
        size_t len = strlen(buf);
        CHECK(len < cap);
        int whole = strcmp(buf, value) == 0;
        size_t kept = whole ? len : len >= 3 && strcmp(buf + len - 3, "\u2026") == 0 ? len - 3
                                                                                       : len;
        CHECK(whole || strncmp(buf, value, kept) == 0);
    }
    char *esc = yk_doc_escape(value);
    CHECK(esc != NULL);
    size_t n = strlen(esc) + sizeof "<b></b>";
    char *markup = malloc(n);
    CHECK(markup != NULL);
    snprintf(markup, n, "<b>%s</b>", esc);
    CHECK(pango_parse_markup(markup, -1, 0, NULL, NULL, NULL, NULL));
    free(markup);
    free(esc);
}

typedef struct {
    unsigned long last_line, lines;
} kv_seen;

static yk_status template_line(void *ctx, const char *key, char *value, unsigned long line)
{
    kv_seen *k = ctx;
    CHECK(line > k->last_line && line <= k->lines);
    k->last_line = line;
    CHECK(value != NULL);
    if (key && utf8(key) && utf8(value) && yk_utf8_chars(value, strlen(value)) <= 500)
        header_text(value);
    return YK_OK;
}

static void template(const uint8_t *data, size_t size, unsigned long lines)
{
    kv_seen k = { 0, lines };
    yk_memory m;
    yk_input in = yk_input_memory(&m, data, size);
    yk_status st = yk_kv_read(&in, 64 << 10, template_line, &k);
    CHECK(st == YK_OK || st == YK_ERR_LIMIT);
}

static void poll_file(const uint8_t *data, size_t size, unsigned long lines)
{
    static const char *const kinds[] = { "poll-not-a-tally", "poll-other-persons",
                                         "poll-bad-count", "poll-cut-short", "poll-after-end",
                                         "poll-too-large", NULL };
    static const char *const persons[] = { "p01", "p02" };
    seen s = { kinds, lines, 0 };
    yk_memory m;
    yk_input in = yk_input_memory(&m, data, size);
    yk_poll *p = (yk_poll *)1;
    yk_status st = yk_poll_load("fuzz.ykp", &in, persons, 2, on_diag, &s, &p);
    CHECK(st == YK_OK || st == YK_ERR_PARSE);
    CHECK((st == YK_OK) == (p != NULL));
    CHECK((st == YK_OK) == (s.errors == 0));
    if (!p)
        return;
    const yk_poll_ballots *b = yk_poll_ballots_get(p);
    CHECK(b->valid + b->invalid == b->returned);
    for (size_t i = 0; i < 2; i++) {
        const yk_poll_person *q = yk_poll_person_get(p, i);
        CHECK(q->level[0] + q->level[1] + q->level[2] + q->no_mark + q->several + q->unknown ==
              b->valid);
    }
    yk_poll_free(p);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    unsigned long lines = 1;
    for (size_t i = 0; i < size; i++)
        lines += data[i] == '\n';
    project(data, size, lines);
    template(data, size, lines);
    poll_file(data, size, lines);
    return 0;
}
