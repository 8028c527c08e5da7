/* libFuzzer target: the ballot coder (a ballots file's header, its rows,
 * the file's summaries), on any bytes.
 *
 * Input format: one option byte, then the file's text, rows split at
 * '\n' and fields at ',' (no quoting: the reader's own target covers
 * that), the first row the header.  A '\f' starts another file.
 *
 *   byte 0  bit 0  unknown marks are invalid lines (else errors)
 *           bit 1  --added "Ghi chú,ten_khac"
 *           bit 2  a struck column "gach"
 *
 * The form is fixed: two persons, levels with codes and labels that share
 * their accent-folded text with one another ("Tạm", "Tám") and without.
 *
 * Checked: every mark is a level, none, several or unknown; every
 * diagnostic has a kind, a non-empty message and, when the input is
 * valid UTF-8, valid UTF-8 text, on one line; yk_ballot_coder_end may be
 * called twice.  A failed check aborts. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "yk_ballot.h"
#include "yk_text.h"
#include "fuzz_check.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

enum { MAX_FIELDS = 64 };

static const char survey[] =
    "type,name,label\n"
    "integer,so_phieu,Số phiếu\n"
    "select_one m,p01,Trần Quốc Vinh\n"
    "select_one m,p02,Lê Thị Thu Hà\n"
    "text,ghi_them,Tên ghi thêm\n";
static const char choices[] =
    "list_name,name,label,value\n"
    "m,cao,Tín nhiệm cao,3\n"
    "m,tam,Tạm,2\n"
    "m,tam2,Tám,1\n";

typedef struct { int valid_input; unsigned long seen; } checks;

static void on_diag(void *ctx, const yk_diag *d)
{
    checks *c = ctx;
    size_t n = strlen(d->message);
    int truncated;
    c->seen++;
    CHECK(d->kind && *d->kind && n > 0);
    CHECK(!strchr(d->message, '\n') && !strchr(d->message, '\r'));
    if (c->valid_input)
        CHECK(yk_utf8_valid_prefix(d->message, n, &truncated) == n);
}

static yk_form *the_form(void)
{
    yk_memory m[2];
    yk_input in[2] = { yk_input_memory(&m[0], survey, strlen(survey)),
                       yk_input_memory(&m[1], choices, strlen(choices)) };
    yk_form_files f = { NULL, NULL, NULL, &in[0], &in[1], NULL };
    yk_form *form = NULL;
    CHECK(yk_form_load(&f, NULL, NULL, &form) == YK_OK);
    return form;
}

/* One line into fields, each NUL-terminated in its own copy. */
static size_t split(char *line, yk_field *f)
{
    size_t n = 0;
    char *s = line;
    for (;;) {
        char *comma = strchr(s, ',');
        if (comma)
            *comma = '\0';
        if (n < MAX_FIELDS)
            f[n++] = (yk_field){ s, strlen(s) };
        if (!comma)
            return n;
        s = comma + 1;
    }
}

static void code_file(yk_ballot_coder *c, char *text)
{
    yk_field f[MAX_FIELDS];
    unsigned long line = 0;
    for (char *s = text, *next; s; s = next) {
        next = strchr(s, '\n');
        if (next)
            *next++ = '\0';
        yk_row row = { "fuzz.csv", ++line, line, split(s, f), f };
        const yk_ballot *b = NULL;
        if (line == 1) {
            CHECK(yk_ballot_coder_header(c, &row) == YK_OK);
            continue;
        }
        CHECK(yk_ballot_coder_row(c, &row, &b) == YK_OK);
        for (size_t p = 0; b && p < yk_ballot_coder_n_persons(c); p++)
            CHECK(b->marks[p] <= YK_MARK_UNKNOWN);
    }
    CHECK(yk_ballot_coder_end(c) == YK_OK);
    CHECK(yk_ballot_coder_end(c) == YK_OK);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char *const added[] = { "Ghi chú", "ten_khac" };
    if (size < 1)
        return 0;
    /* NUL bytes would end a field early: the reader turns them into
     * U+FFFD, so here they are '?'. */
    char *text = malloc(size);
    if (!text)
        return 0;
    for (size_t i = 1; i < size; i++)
        text[i - 1] = data[i] ? (char)data[i] : '?';
    text[size - 1] = '\0';
    int truncated;
    checks ck = { yk_utf8_valid_prefix(text, size - 1, &truncated) == size - 1, 0 };
    yk_form *form = the_form();
    yk_ballot_options o = { "form", NULL, data[0] & 4 ? "gach" : NULL,
                            data[0] & 2 ? added : NULL, data[0] & 2 ? 2 : 0, data[0] & 1 };
    yk_ballot_coder *c = NULL;
    CHECK(yk_ballot_coder_new(form, &o, on_diag, &ck, &c) == YK_OK);
    for (char *s = text, *next; s; s = next) {
        next = strchr(s, '\f');
        if (next)
            *next++ = '\0';
        code_file(c, s);
    }
    yk_ballot_coder_free(c);
    yk_form_free(form);
    free(text);
    return 0;
}
