#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "ballot_impl.h"
#include "yk_ballot.h"
#include "yk_dict.h"
#include "yk_text.h"
#include "yk_textkey.h"

/* What a column of a ballots file is: a person's marks, names written in,
 * the struck mark, not read (bookkeeping, the ballot number, a question
 * of the form that is no person), unknown (an error), or a column with
 * no header, which must stay blank. */
typedef enum {
    COL_IGNORED, COL_PERSON, COL_ADDED, COL_STRUCK, COL_UNKNOWN, COL_UNNAMED
} col_kind;
typedef struct { col_kind kind; size_t person; } column;

struct yk_ballot_coder {
    const yk_form *form;
    const yk_ballot_options *o;
    yk_diag_fn diag;
    void *diag_ctx;
    const char *source;         /* the file being read, or the form */
    const yk_choice_list *list;
    const yk_choice *level[YK_N_LEVELS];
    const yk_question **persons;
    size_t n;
    size_t *person_of;          /* per question: its person, or n */
    yk_dict *questions;         /* key of name, path, label -> question */
    yk_ballot_marks *marks_index;   /* the levels; the file's notes */
    column *cols;
    size_t ncols;
    unsigned char *has_column;  /* per person, in this file */
    yk_mark *marks;
    yk_ballot ballot;
    unsigned long errors;
    unsigned long unnamed_line; /* where a column with no header first held
                                   something in this file, or 0 */
    int file_open;              /* a header was read, its summary not yet given */
    yk_buf key, scratch, word;
};

static void emit(yk_ballot_coder *c, yk_severity sev, const char *kind,
                 unsigned long line, unsigned long col, const char *hint,
                 const char *fmt, ...) __attribute__((format(printf, 7, 8)));
static void emit(yk_ballot_coder *c, yk_severity sev, const char *kind,
                 unsigned long line, unsigned long col, const char *hint,
                 const char *fmt, ...)
{
    va_list ap;
    c->errors += sev == YK_ERROR;
    va_start(ap, fmt);
    yk_diag_vsend(c->diag, c->diag_ctx, sev, kind, c->source ? c->source : "", line,
                  col, hint, fmt, ap);
    va_end(ap);
}

/* The text key of s in c->key; an empty key for invalid UTF-8. */
static yk_status key_of(yk_ballot_coder *c, const char *s, size_t n)
{
    yk_buf_clear(&c->key);
    yk_status st = yk_textkey(s, n, 0, &c->key, &c->scratch);
    if (st == YK_ERR_INVALID_BYTES) {
        yk_buf_clear(&c->key);
        return YK_OK;
    }
    return st;
}

static yk_status add_key(yk_ballot_coder *c, yk_dict *d, const char *s, size_t value)
{
    if (!s || !*s)
        return YK_OK;
    yk_status st = key_of(c, s, strlen(s));
    if (st == YK_OK && c->key.len)
        st = yk_dict_add(d, c->key.data, c->key.len, value, NULL, NULL);
    return st;
}

static int key_is(const yk_ballot_coder *c, const char *word)
{
    return c->key.len == strlen(word) && memcmp(c->key.data, word, c->key.len) == 0;
}

/* ---- the form as a ballot ----------------------------------------------- */

static const yk_choice_list *find_list(const yk_form *f, const char *name)
{
    for (size_t i = 0; i < yk_form_n_lists(f); i++)
        if (strcmp(yk_form_list(f, i)->name, name) == 0)
            return yk_form_list(f, i);
    return NULL;
}

/* The list of levels: the option's, or the one the select_ones share. */
static yk_status choose_list(yk_ballot_coder *c)
{
    if (c->o->levels) {
        c->list = find_list(c->form, c->o->levels);
        if (!c->list) {
            emit(c, YK_ERROR, "poll-option", 0, 0, NULL,
                 "the form has no choice list '%s' to take the levels from", c->o->levels);
            return YK_ERR_ARGUMENT;
        }
        return YK_OK;
    }
    for (size_t q = 0; q < yk_form_n_questions(c->form); q++) {
        const yk_question *qq = yk_form_question(c->form, q);
        if (qq->type != YK_Q_SELECT_ONE)
            continue;
        if (c->list && c->list != qq->list) {
            emit(c, YK_ERROR, "poll-form", 0, 0,
                 "name the list of levels (ykien votes --levels LIST)",
                 "the select_one questions use two lists, '%s' and '%s'",
                 c->list->name, qq->list->name);
            return YK_ERR_PARSE;
        }
        c->list = qq->list;
    }
    if (!c->list) {
        emit(c, YK_ERROR, "poll-form", 0, 0,
             "a ballot has a select_one question per person",
             "the form has no select_one question");
        return YK_ERR_PARSE;
    }
    return YK_OK;
}

static int higher_value(const void *a, const void *b)
{
    const yk_choice *x = *(const yk_choice *const *)a, *y = *(const yk_choice *const *)b;
    return (x->value < y->value) - (x->value > y->value);
}

/* The level a label's wording names, or YK_N_LEVELS. */
static yk_status wording(yk_ballot_coder *c, const char *label, int *level)
{
    static const char *const words[YK_N_LEVELS] = {
        "tín nhiệm cao", "tín nhiệm", "tín nhiệm thấp"
    };
    *level = YK_N_LEVELS;
    yk_status st = label ? key_of(c, label, strlen(label)) : YK_OK;
    for (int l = 0; label && st == YK_OK && l < YK_N_LEVELS; l++)
        if (key_is(c, words[l]))
            *level = l;
    return st;
}

static const char levels_hint[] =
    "give choices.csv a value column: 3 for tín nhiệm cao, 2 for tín nhiệm, "
    "1 for tín nhiệm thấp";

/* High, trust, low by value; a standard wording must agree. */
static yk_status order_levels(yk_ballot_coder *c)
{
    const yk_choice *by[3];
    if (c->list->n != 3) {
        emit(c, YK_ERROR, "poll-form", 0, 0, levels_hint,
             "the list of levels '%s' has %zu choices, not three", c->list->name, c->list->n);
        return YK_ERR_PARSE;
    }
    for (int i = 0; i < 3; i++)
        by[i] = &c->list->choices[i];
    qsort(by, 3, sizeof by[0], higher_value);
    if (by[0]->value == by[1]->value || by[1]->value == by[2]->value) {
        emit(c, YK_ERROR, "poll-form", 0, 0, levels_hint,
             "two levels of list '%s' have the same value", c->list->name);
        return YK_ERR_PARSE;
    }
    size_t nl = yk_form_n_languages(c->form);
    yk_status st = YK_OK;
    for (int l = 0; l < YK_N_LEVELS && st == YK_OK; l++) {
        c->level[l] = by[l];
        for (size_t lang = 0; by[l]->labels && lang < nl && st == YK_OK; lang++) {
            int said;
            st = wording(c, by[l]->labels[lang], &said);
            if (st == YK_OK && said != YK_N_LEVELS && said != l) {
                emit(c, YK_ERROR, "poll-form", 0, 0, levels_hint,
                     "by their values, '%s' would be the level %s", by[l]->labels[lang],
                     yk_level_name((yk_level)l));
                return YK_ERR_PARSE;
            }
        }
    }
    return st;
}

static yk_status index_levels(yk_ballot_coder *c)
{
    return yk_ballot_marks_new(c->level, yk_form_n_languages(c->form), &c->marks_index);
}

/* Persons are the select_ones of the list; every question gets keys, so
 * that the columns of the others are known and not taken for names. */
static yk_status index_questions(yk_ballot_coder *c)
{
    size_t nq = yk_form_n_questions(c->form), nl = yk_form_n_languages(c->form);
    c->persons = calloc(nq + 1, sizeof *c->persons);
    c->person_of = calloc(nq + 1, sizeof *c->person_of);
    yk_status st = c->persons && c->person_of ? yk_dict_new(&c->questions) : YK_ERR_NOMEM;
    for (size_t q = 0; q < nq && st == YK_OK; q++) {
        const yk_question *qq = yk_form_question(c->form, q);
        c->person_of[q] = qq->type == YK_Q_SELECT_ONE && qq->list == c->list ? c->n : SIZE_MAX;
        if (c->person_of[q] != SIZE_MAX)
            c->persons[c->n++] = qq;
        st = add_key(c, c->questions, qq->name, q);
        if (st == YK_OK)
            st = add_key(c, c->questions, qq->path, q);
    }
    for (size_t q = 0; q < nq && st == YK_OK; q++) {
        const yk_question *qq = yk_form_question(c->form, q);
        for (size_t l = 0; qq->labels && l < nl && st == YK_OK; l++)
            st = add_key(c, c->questions, qq->labels[l], q);
    }
    if (st == YK_OK && c->n == 0) {
        emit(c, YK_ERROR, "poll-option", 0, 0, NULL,
             "no select_one question of the form uses the list '%s'", c->list->name);
        return YK_ERR_ARGUMENT;
    }
    return st;
}

yk_status yk_ballot_coder_new(const yk_form *form, const yk_ballot_options *o,
                              yk_diag_fn diag, void *diag_ctx, yk_ballot_coder **out)
{
    *out = NULL;
    if (!form || !o)
        return YK_ERR_ARGUMENT;
    yk_ballot_coder *c = calloc(1, sizeof *c);
    if (!c)
        return YK_ERR_NOMEM;
    c->form = form;
    c->o = o;
    c->diag = diag;
    c->diag_ctx = diag_ctx;
    c->source = o->form_source;
    yk_status st = choose_list(c);
    if (st == YK_OK)
        st = order_levels(c);
    if (st == YK_OK)
        st = index_levels(c);
    if (st == YK_OK)
        st = index_questions(c);
    if (st == YK_OK) {
        c->marks = calloc(c->n, sizeof *c->marks);
        c->has_column = calloc(c->n, 1);
        st = c->marks && c->has_column ? YK_OK : YK_ERR_NOMEM;
    }
    if (st != YK_OK) {
        yk_ballot_coder_free(c);
        return st;
    }
    c->ballot.marks = c->marks;
    c->source = NULL;
    *out = c;
    return YK_OK;
}

void yk_ballot_coder_free(yk_ballot_coder *c)
{
    if (!c)
        return;
    yk_dict_free(c->questions);
    yk_ballot_marks_free(c->marks_index);
    free(c->persons);
    free(c->person_of);
    free(c->cols);
    free(c->has_column);
    free(c->marks);
    yk_buf_free(&c->key);
    yk_buf_free(&c->scratch);
    yk_buf_free(&c->word);
    free(c);
}

size_t yk_ballot_coder_n_persons(const yk_ballot_coder *c)
{
    return c->n;
}

const yk_question *yk_ballot_coder_person(const yk_ballot_coder *c, size_t i)
{
    return i < c->n ? c->persons[i] : NULL;
}

const yk_choice *yk_ballot_coder_level(const yk_ballot_coder *c, yk_level l)
{
    return l < YK_N_LEVELS ? c->level[l] : NULL;
}

unsigned long yk_ballot_coder_errors(const yk_ballot_coder *c)
{
    return c->errors;
}

/* ---- a file's header ---------------------------------------------------- */

/* Timestamps and Kobo's bookkeeping: not answers, not names. */
static int is_bookkeeping(const yk_ballot_coder *c, const char *raw)
{
    static const char *const names[] = {
        "dấu thời gian", "timestamp", "thời gian", "start", "end", "today",
        "deviceid", "username", "submission time",
    };
    if (raw[0] == '_')
        return 1;
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (key_is(c, names[i]))
            return 1;
    return 0;
}

/* The headers counting tables give a ballot's number, compared without
 * case, accents, '_' or '.': "STT", "TT", "Số phiếu", "so_phieu", "No.". */
static yk_status is_ballot_number(yk_ballot_coder *c, const char *s, size_t n, int *number)
{
    static const char *const names[] = {
        "stt", "tt", "so tt", "so thu tu", "thu tu", "so", "so phieu", "phieu so",
        "ma phieu", "phieu", "no", "#", "ballot", "ballot no", "ballot number",
    };
    yk_buf_clear(&c->word);
    yk_status st = yk_textkey(s, n, 1, &c->word, &c->scratch);
    *number = 0;
    if (st == YK_ERR_INVALID_BYTES)
        return YK_OK;
    size_t len = 0;
    for (size_t i = 0; st == YK_OK && i < c->word.len; i++) {
        char ch = c->word.data[i] == '_' || c->word.data[i] == '.' ? ' ' : c->word.data[i];
        if (ch != ' ' || (len && c->word.data[len - 1] != ' '))
            c->word.data[len++] = ch;
    }
    while (len && c->word.data[len - 1] == ' ')
        len--;
    for (size_t i = 0; st == YK_OK && i < sizeof names / sizeof names[0] && !*number; i++)
        *number = len == strlen(names[i]) && memcmp(c->word.data, names[i], len) == 0;
    return st;
}

/* Whether the header key in c->key names the column s (compared as keys). */
static yk_status same_column(yk_ballot_coder *c, const char *s, int *same)
{
    yk_buf header = c->key;
    c->key = (yk_buf){ 0 };
    yk_status st = key_of(c, s, strlen(s));
    *same = st == YK_OK && c->key.len == header.len && header.len &&
            memcmp(c->key.data, header.data, header.len) == 0;
    yk_buf_free(&c->key);
    c->key = header;
    return st;
}

static yk_status is_added_column(yk_ballot_coder *c, int *added)
{
    yk_status st = YK_OK;
    *added = 0;
    for (size_t i = 0; i < c->o->n_added && st == YK_OK && !*added; i++)
        st = same_column(c, c->o->added[i], added);
    return st;
}

static const char unknown_column_hint[] =
    "a column headed STT, TT, Số phiếu or so_phieu is read as the ballot number; a column "
    "of names written in is declared with --added COLUMNS (or 'added =' in the project); "
    "delete any other column, or start its header with '_' to pass it over";

/* A column the form does not know: bookkeeping, the ballot number, blank
 * (nothing may be written under it), or an error: guessing that it holds
 * names written in once voided every ballot that had a number. */
static yk_status classify_other(yk_ballot_coder *c, const yk_row *row, size_t i, column *col)
{
    const yk_field *f = &row->fields[i];
    int number;
    yk_status st = is_ballot_number(c, f->s, f->len, &number);
    if (st != YK_OK)
        return st;
    col->kind = is_bookkeeping(c, f->s) || number ? COL_IGNORED
              : c->key.len == 0 ? COL_UNNAMED : COL_UNKNOWN;
    if (col->kind == COL_UNKNOWN) {
        char name[128];
        yk_text_quote(name, sizeof name, f->s, f->len);
        for (char *ch = name; *ch; ch++)    /* a quoted header may hold a line break */
            if ((unsigned char)*ch < 0x20)
                *ch = ' ';
        emit(c, YK_ERROR, "poll-unknown-column", row->line, i + 1, unknown_column_hint,
             "the column '%s' is neither a person of the form, the ballot number nor a "
             "column of names written in", name);
    }
    return YK_OK;
}

static yk_status classify(yk_ballot_coder *c, const yk_row *row, size_t i, column *col)
{
    const yk_field *f = &row->fields[i];
    size_t q;
    int special = 0;
    yk_status st = key_of(c, f->s, f->len);
    if (st == YK_OK && c->o->struck)
        st = same_column(c, c->o->struck, &special);
    if (st != YK_OK || special) {
        col->kind = COL_STRUCK;
        return st;
    }
    if ((st = is_added_column(c, &special)) != YK_OK || special) {
        col->kind = COL_ADDED;
        return st;
    }
    if (c->key.len && yk_dict_get(c->questions, c->key.data, c->key.len, &q)) {
        const yk_question *qq = yk_form_question(c->form, q);
        col->person = c->person_of[q];
        col->kind = col->person != SIZE_MAX ? COL_PERSON
                  : qq->type == YK_Q_TEXT && !c->o->added ? COL_ADDED : COL_IGNORED;
        return YK_OK;
    }
    return classify_other(c, row, i, col);
}

static void check_columns(yk_ballot_coder *c, const yk_row *row, int struck_found)
{
    for (size_t p = 0; p < c->n; p++)
        if (!c->has_column[p])
            emit(c, YK_ERROR, "poll-column-missing", row->line, 0,
                 "every person of the form needs a column",
                 "no column for %s (%s): this file's lines for them count as no mark",
                 c->persons[p]->name,
                 c->persons[p]->labels[0] ? c->persons[p]->labels[0] : c->persons[p]->name);
    if (c->o->struck && !struck_found)
        emit(c, YK_ERROR, "poll-column-missing", row->line, 0, NULL,
             "no column '%s' for the struck mark", c->o->struck);
}

yk_status yk_ballot_coder_header(yk_ballot_coder *c, const yk_row *header)
{
    yk_status st = c->file_open ? yk_ballot_coder_end(c) : YK_OK;
    column *cols = st == YK_OK ? realloc(c->cols, (header->n + 1) * sizeof *cols) : NULL;
    if (!cols)
        return st == YK_OK ? YK_ERR_NOMEM : st;
    c->cols = cols;
    c->ncols = header->n;
    c->source = header->source;
    c->file_open = 1;
    c->unnamed_line = 0;
    memset(c->has_column, 0, c->n);
    int struck_found = 0;
    for (size_t i = 0; i < header->n; i++) {
        st = classify(c, header, i, &cols[i]);
        if (st != YK_OK)
            return st;
        struck_found |= cols[i].kind == COL_STRUCK;
        if (cols[i].kind != COL_PERSON)
            continue;
        if (c->has_column[cols[i].person]) {
            emit(c, YK_ERROR, "poll-column-duplicate", header->line, i + 1,
                 "keep one column per person", "a second column for %s: not read",
                 c->persons[cols[i].person]->name);
            cols[i].kind = COL_IGNORED;
        }
        c->has_column[cols[i].person] = 1;
    }
    check_columns(c, header, struck_found);
    return YK_OK;
}

/* ---- a ballot ----------------------------------------------------------- */

static void trim(const char **s, size_t *n)
{
    while (*n && ((*s)[0] == ' ' || (*s)[0] == '\t'))
        (*s)++, (*n)--;
    while (*n && ((*s)[*n - 1] == ' ' || (*s)[*n - 1] == '\t'))
        (*n)--;
}

/* Struck when the cell holds anything but blank, 0, no, không, false. */
static yk_status is_marked(yk_ballot_coder *c, const yk_field *f, int *marked)
{
    const char *s = f->s;
    size_t n = f->len;
    trim(&s, &n);
    yk_status st = key_of(c, s, n);
    *marked = n && !key_is(c, "0") && !key_is(c, "no") && !key_is(c, "không") &&
              !key_is(c, "false");
    return st;
}

static int is_blank(const yk_field *f)
{
    const char *s = f->s;
    size_t n = f->len;
    trim(&s, &n);
    return n == 0;
}

static int is_blank_row(const yk_row *row)
{
    for (size_t i = 0; i < row->n; i++)
        if (!is_blank(&row->fields[i]))
            return 0;
    return 1;
}

/* Something under no header: it may be a name written in or a mark, so
 * no count can be trusted; said once a file, the cell not shown. */
static void report_unnamed(yk_ballot_coder *c, const yk_row *row, size_t i)
{
    if (c->unnamed_line)
        return;
    c->unnamed_line = row->line;
    emit(c, YK_ERROR, "poll-unnamed-column", row->line, i + 1,
         "give the column a header (a person, the ballot number, or a column of names "
         "written in, declared with --added) or clear it",
         "a column with no header holds something (its text is not shown: ballots are "
         "secret); later lines are not told");
}

static yk_status code_cell(yk_ballot_coder *c, const yk_row *row, size_t i)
{
    const yk_field *f = &row->fields[i];
    int marked;
    yk_status st = YK_OK;
    switch (c->cols[i].kind) {
    case COL_PERSON:
        st = yk_ballot_marks_read(c->marks_index, f->s, f->len, row->line,
                                  &c->marks[c->cols[i].person]);
        break;
    case COL_ADDED:
        st = is_marked(c, f, &marked);
        c->ballot.added |= marked;
        break;
    case COL_STRUCK:
        st = is_marked(c, f, &marked);
        c->ballot.struck |= marked;
        break;
    case COL_UNNAMED:
        if (!is_blank(f))
            report_unnamed(c, row, i);
        break;
    default:
        break;
    }
    return st;
}

yk_status yk_ballot_coder_row(yk_ballot_coder *c, const yk_row *row, const yk_ballot **out)
{
    *out = NULL;
    c->source = row->source;
    if (is_blank_row(row)) {
        emit(c, YK_WARNING, "blank-row", row->line, 0, NULL,
             "the row is empty: not counted as a ballot");
        return YK_OK;
    }
    for (size_t p = 0; p < c->n; p++)
        c->marks[p] = YK_MARK_NONE;
    c->ballot.added = c->ballot.struck = 0;
    yk_status st = YK_OK;
    for (size_t i = 0; i < row->n && i < c->ncols && st == YK_OK; i++)
        st = code_cell(c, row, i);
    if (st == YK_OK)
        *out = &c->ballot;
    return st;
}

/* ---- the end of a file: its summaries ------------------------------------ */

static void report_unknown_marks(yk_ballot_coder *c)
{
    unsigned long cells = yk_ballot_marks_unknown(c->marks_index, &c->word);
    yk_buf_append(&c->word, "", 1);
    if (!cells)
        return;
    if (c->o->unknown_invalid)
        emit(c, YK_WARNING, "poll-unknown-mark", 0, 0,
             "such a line is counted in the person's invalid and unknown_marks; to count it "
             "as meant, correct the cell to the code or label of the box marked",
             "%lu mark%s %s no level of the form (codes %s, %s, %s or their labels), and, "
             "as asked, %s counted invalid for that person: %s", cells, cells > 1 ? "s" : "",
             cells > 1 ? "are" : "is", c->level[YK_LEVEL_HIGH]->name,
             c->level[YK_LEVEL_TRUST]->name, c->level[YK_LEVEL_LOW]->name,
             cells > 1 ? "each such line is" : "the line is", c->word.data);
    else
        emit(c, YK_ERROR, "poll-unknown-mark", 0, 0,
             "correct each to the code or label of the box marked (nothing for no box, "
             "every box marked for several), or count such lines invalid for that person "
             "with --unknown-marks invalid (or 'unknown-marks = invalid' in the project)",
             "%lu mark%s %s no level of the form (codes %s, %s, %s or their labels): %s",
             cells,
             cells > 1 ? "s" : "", cells > 1 ? "are" : "is", c->level[YK_LEVEL_HIGH]->name,
             c->level[YK_LEVEL_TRUST]->name, c->level[YK_LEVEL_LOW]->name, c->word.data);
}

static void report_loose_marks(yk_ballot_coder *c)
{
    unsigned long lines;
    unsigned long cells = yk_ballot_marks_loose(c->marks_index, &c->word, &lines);
    yk_buf_append(&c->word, "", 1);
    if (cells)
        emit(c, YK_WARNING, "poll-loose-mark", 0, 0,
             "type the levels as the form writes them to be sure each mark is read as meant",
             "%lu mark%s match%s a level only when accents or case are ignored, and %s "
             "read as that level: line%s %s", cells, cells > 1 ? "s" : "",
             cells > 1 ? "" : "es", cells > 1 ? "are" : "is", lines > 1 ? "s" : "",
             c->word.data);
}

yk_status yk_ballot_coder_end(yk_ballot_coder *c)
{
    if (!c->file_open)
        return YK_OK;
    yk_buf_clear(&c->word);
    report_unknown_marks(c);
    yk_buf_clear(&c->word);
    report_loose_marks(c);
    yk_ballot_marks_forget(c->marks_index);
    c->file_open = 0;
    return YK_OK;
}
