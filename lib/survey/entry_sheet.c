/* ykien — the data-entry workbook: its frame and the entry sheet. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include "entry_sheet_impl.h"

enum {
    MAX_COLUMNS = 16384,        /* Excel's */
    TITLE_CHARS = 32,           /* an input message's or alert's title */
    MESSAGE_CHARS = 240,        /* an input message's or alert's text: Excel
                                   keeps 255, and an escaped "_x" grows */
    TEXT_WIDTH = 30,            /* a column of free text */
    MAX_WIDTH = 40,
};

/* ---- text ---------------------------------------------------------------- */

size_t entry_width(const char *s)
{
    size_t n = 0;
    for (; *s; s++)
        n += ((unsigned char)*s & 0xC0) != 0x80;
    return n;
}

void entry_fit(const char *text, size_t max, char *out)
{
    size_t chars = 0, cut = 0;
    const char *p = text;
    for (; *p; p++) {
        if (((unsigned char)*p & 0xC0) != 0x80) {
            if (chars == max - 1)
                cut = (size_t)(p - text);       /* room for "…" after it */
            if (chars++ == max)
                break;
        }
    }
    if (!*p) {
        strcpy(out, text);
        return;
    }
    memcpy(out, text, cut);
    strcpy(out + cut, "…");
}

char *entry_escape(const char *text)
{
    size_t n = 0, len = strlen(text);
    for (const char *p = strstr(text, "_x"); p; p = strstr(p + 1, "_x"))
        n++;
    char *escaped = malloc(len + 6 * n + 1), *out = escaped;
    for (const char *p = text; escaped && *p; p++) {
        if (p[0] == '_' && p[1] == 'x') {
            memcpy(out, "_x005F", 6);
            out += 6;
        }
        *out++ = *p;
    }
    if (escaped)
        *out = '\0';
    return escaped;
}

lxw_error entry_write_text(lxw_worksheet *ws, lxw_row_t row, lxw_col_t col, const char *text,
                           lxw_format *fmt)
{
    char *escaped = entry_escape(text);
    if (!escaped)
        return LXW_ERROR_MEMORY_MALLOC_FAILED;
    lxw_error e = worksheet_write_string(ws, row, col, escaped, fmt);
    free(escaped);
    return e;
}

/* ---- labels -------------------------------------------------------------- */

/* Whether language (a form's label column: "", "English (en)") is lang. */
static int language_is(const char *language, const char *lang)
{
    const char *open = strrchr(language, '(');
    size_t n = strlen(lang);
    if (strcasecmp(language, lang) == 0)
        return 1;
    return open && strncasecmp(open + 1, lang, n) == 0 && open[1 + n] == ')';
}

const char *yk_entry_label(const yk_form *form, const char *const *labels)
{
    const char *lang = yk_form_default_language(form);
    size_t n = yk_form_n_languages(form);
    if (!labels)
        return NULL;
    for (size_t i = 0; lang && i < n; i++)
        if (labels[i] && language_is(yk_form_language(form, i), lang))
            return labels[i];
    for (size_t i = 0; i < n; i++)
        if (labels[i])
            return labels[i];
    return NULL;
}

/* ---- the entry sheet ----------------------------------------------------- */

/* Notes show text, meta fields are filled by a device: no column. */
static int has_column(const yk_question *q)
{
    return q->type != YK_Q_NOTE && q->type != YK_Q_META;
}

int entry_is_person(const entry_writer *w, const yk_question *q)
{
    for (size_t i = 0; w->ballot && i < yk_ballot_coder_n_persons(w->ballot); i++)
        if (yk_ballot_coder_person(w->ballot, i) == q)
            return 1;
    return 0;
}

static size_t list_index(const entry_writer *w, const yk_choice_list *list)
{
    size_t i = 0;
    while (i < yk_form_n_lists(w->form) && yk_form_list(w->form, i) != list)
        i++;
    return i;
}

/* "'Mã trả lời'!$B$2:$B$7": where a drop-down takes its codes. */
static void range_formula(const entry_writer *w, entry_range r, char *out, size_t cap)
{
    snprintf(out, cap, "='%s'!$B$%lu:$B$%lu", w->codes_name, (unsigned long)r.first + 1,
             (unsigned long)r.last + 1);
}

/* The codes of a list, space-separated, for a select_multiple's message. */
static void list_codes(const yk_choice_list *list, char *out, size_t cap)
{
    size_t len = 0;
    out[0] = '\0';
    for (size_t i = 0; i < list->n && len + 1 < cap; i++)
        len += (size_t)snprintf(out + len, cap - len, "%s%s", i ? " " : "",
                                list->choices[i].name);
}

/* A number as the form gives it, for a message ("16", "7.5"). */
static void number_text(double v, char *out, size_t cap)
{
    snprintf(out, cap, "%.15g", v);
}

/* The bounds of a number question: between, at least, at most, or any
 * (then between the widest bounds an Excel cell validation keeps). */
static void number_rule(const yk_question *q, lxw_data_validation *dv, char *said, size_t cap,
                        int english)
{
    char lo[32], hi[32];
    number_text(q->min, lo, sizeof lo);
    number_text(q->max, hi, sizeof hi);
    int whole = q->type == YK_Q_INTEGER;
    const char *what = english ? (whole ? "a whole number" : "a number")
                               : (whole ? "một số nguyên" : "một số");
    dv->validate = whole ? LXW_VALIDATION_TYPE_INTEGER : LXW_VALIDATION_TYPE_DECIMAL;
    if (q->has_min && q->has_max) {
        dv->criteria = LXW_VALIDATION_CRITERIA_BETWEEN;
        dv->minimum_number = q->min;
        dv->maximum_number = q->max;
        snprintf(said, cap, english ? "%s from %s to %s" : "%s từ %s đến %s", what, lo, hi);
    } else if (q->has_min || q->has_max) {
        dv->criteria = q->has_min ? LXW_VALIDATION_CRITERIA_GREATER_THAN_OR_EQUAL_TO
                                  : LXW_VALIDATION_CRITERIA_LESS_THAN_OR_EQUAL_TO;
        dv->value_number = q->has_min ? q->min : q->max;
        snprintf(said, cap, english ? (q->has_min ? "%s of at least %s" : "%s of at most %s")
                                    : (q->has_min ? "%s không nhỏ hơn %s" : "%s không lớn hơn %s"),
                 what, q->has_min ? lo : hi);
    } else {
        dv->criteria = LXW_VALIDATION_CRITERIA_BETWEEN;
        dv->minimum_number = whole ? -2147483648.0 : -1e15;
        dv->maximum_number = whole ? 2147483647.0 : 1e15;
        snprintf(said, cap, "%s", what);
    }
}

/* The messages of a column's validation, each cut to Excel's limits. */
typedef struct {
    char input_title[4 * TITLE_CHARS + 1], input[4 * MESSAGE_CHARS + 1];
    char error_title[4 * TITLE_CHARS + 1], error[4 * MESSAGE_CHARS + 1];
    char formula[160];
} column_rule;

static void set_messages(column_rule *r, const char *title, const char *label, const char *how,
                         const char *error_title, const char *error)
{
    char text[4096];
    snprintf(text, sizeof text, "%s\n%s", how, label ? label : "");
    entry_fit(title, TITLE_CHARS, r->input_title);
    entry_fit(text, MESSAGE_CHARS, r->input);
    entry_fit(error_title, TITLE_CHARS, r->error_title);
    entry_fit(error, MESSAGE_CHARS, r->error);
}

/* A select_one: a drop-down of its list's codes, from the codes sheet. */
static void select_rule(const entry_writer *w, const yk_question *q, lxw_data_validation *dv,
                        column_rule *r, const char *label)
{
    int person = entry_is_person(w, q), en = w->o->english;
    char error[1024];
    range_formula(w, w->lists[list_index(w, q->list)], r->formula, sizeof r->formula);
    dv->validate = LXW_VALIDATION_TYPE_LIST_FORMULA;
    dv->value_formula = r->formula;
    if (person) {
        /* Two boxes marked is typed as both codes: votes counts the line
         * invalid.  A stop would make the typist drop one. */
        dv->error_type = LXW_VALIDATION_ERROR_TYPE_WARNING;
        snprintf(error, sizeof error, en
                 ? "Type one level's code. Several boxes marked: their codes separated by "
                   "a space. No box marked: leave it blank."
                 : "Gõ mã của một mức. Đánh nhiều ô: gõ các mã cách nhau một dấu cách. "
                   "Không đánh ô nào: để trống.");
    } else {
        snprintf(error, sizeof error, en
                 ? "'%s' takes one code of list %s (sheet %s). No answer: leave it blank."
                 : "Câu '%s' chỉ nhận một mã của danh sách %s (sheet %s). Không trả lời: "
                   "để trống.", q->name, q->list->name, w->codes_name);
    }
    set_messages(r, q->name, label, en ? "One code from the list." : "Một mã trong danh sách.",
                 en ? "Not a code of the list" : "Mã không có trong danh sách", error);
}

/* A column's validation (for free text an input message only), or 0. */
static int column_validation(const entry_writer *w, const yk_question *q,
                             lxw_data_validation *dv, column_rule *r)
{
    const char *label = yk_entry_label(w->form, q->labels);
    int en = w->o->english;
    char said[160], how[1200], error[400];
    switch (q->type) {
    case YK_Q_SELECT_ONE:
        select_rule(w, q, dv, r, label);
        return 1;
    case YK_Q_SELECT_MULTIPLE: {
        char codes[1024];
        list_codes(q->list, codes, sizeof codes);
        snprintf(how, sizeof how, en ? "Codes separated by a space: %s" :
                 "Các mã cách nhau một dấu cách: %s", codes);
        dv->validate = LXW_VALIDATION_TYPE_ANY;
        set_messages(r, q->name, label, how, "", "");
        return 1;
    }
    case YK_Q_INTEGER:
    case YK_Q_DECIMAL:
        number_rule(q, dv, said, sizeof said, en);
        snprintf(how, sizeof how, en ? "Type %s." : "Gõ %s.", said);
        snprintf(error, sizeof error, en ? "'%s' takes %s. No answer: leave it blank."
                 : "Câu '%s' nhận %s. Không trả lời: để trống.", q->name, said);
        set_messages(r, q->name, label, how, en ? "Not a valid number" : "Số không hợp lệ",
                     error);
        return 1;
    case YK_Q_DATE:
    case YK_Q_TEXT:
        dv->validate = LXW_VALIDATION_TYPE_ANY;
        set_messages(r, q->name, label,
                     q->type == YK_Q_DATE ? (en ? "The date as written, e.g. 2014-09-05."
                                                : "Ngày như ghi trên phiếu, ví dụ 2014-09-05.")
                                          : (en ? "The text as written." : "Chép như trên phiếu."),
                     "", "");
        return 1;
    default:
        return 0;
    }
}

static lxw_error column_comment(entry_writer *w, lxw_col_t col, const yk_question *q)
{
    const char *label = yk_entry_label(w->form, q->labels);
    char text[2048];
    int en = w->o->english;
    if (entry_is_person(w, q) && q->hint)
        snprintf(text, sizeof text, "%s\n%s", label ? label : q->name, q->hint);
    else if (w->o->unit && strcmp(w->o->unit, q->name) == 0)
        snprintf(text, sizeof text, "%s\n(%s)", label ? label : q->name,
                 en ? "the unit: its codes are on the codes sheet"
                    : "đơn vị: mã ở sheet Mã trả lời");
    else if (label)
        snprintf(text, sizeof text, "%s", label);
    else
        return LXW_NO_ERROR;
    char *escaped = entry_escape(text);
    if (!escaped)
        return LXW_ERROR_MEMORY_MALLOC_FAILED;
    size_t chars = entry_width(text);
    lxw_comment_options co = { .width = 320, .height = (uint16_t)(30 + 16 * (chars / 40)),
                               .author = "ykien" };
    lxw_error e = worksheet_write_comment_opt(w->entry, 0, col, escaped, &co);
    free(escaped);
    return e;
}

/* The width that fits the header and what is typed: codes, numbers, text. */
static double column_width(const yk_question *q)
{
    size_t width = entry_width(q->name);
    size_t typed = q->type == YK_Q_TEXT ? TEXT_WIDTH : q->type == YK_Q_SELECT_MULTIPLE ? 24 : 8;
    if (q->type == YK_Q_SELECT_ONE)
        for (size_t i = 0; i < q->list->n; i++) {
            size_t c = entry_width(q->list->choices[i].name);
            typed = c > typed ? c : typed;
        }
    width = (typed > width ? typed : width) + 2;
    return (double)(width < MAX_WIDTH ? width : MAX_WIDTH);
}

static lxw_error write_column(entry_writer *w, lxw_col_t col, const yk_question *q)
{
    int number = q->type == YK_Q_INTEGER || q->type == YK_Q_DECIMAL;
    /* Codes and text typed as text: "01" stays "01", "1-2" no date. */
    lxw_error e = worksheet_set_column(w->entry, col, col, column_width(q),
                                       number ? NULL : w->text);
    if (!e)
        e = entry_write_text(w->entry, 0, col, q->name, w->bold);
    if (!e)
        e = column_comment(w, col, q);
    lxw_data_validation dv = { 0 };
    column_rule r;
    if (!e && column_validation(w, q, &dv, &r)) {
        char *it = entry_escape(r.input_title), *im = entry_escape(r.input);
        char *et = entry_escape(r.error_title), *em = entry_escape(r.error);
        dv.input_title = it;
        dv.input_message = im;
        dv.error_title = et && *et ? et : NULL;
        dv.error_message = em && *em ? em : NULL;
        e = it && im && et && em ? worksheet_data_validation_range(w->entry, 1, col,
                                                                   (lxw_row_t)w->rows, col, &dv)
                                 : LXW_ERROR_MEMORY_MALLOC_FAILED;
        free(it);
        free(im);
        free(et);
        free(em);
    }
    return e;
}

/* A poll's column that is no question of the form (the struck mark, a
 * column of names written in): a text column with its own message. */
static lxw_error extra_column(entry_writer *w, lxw_col_t col, const char *name, int struck)
{
    int en = w->o->english;
    const char *about = struck ? (en ? "A name struck out on the ballot" : "Phiếu gạch tên")
                               : (en ? "A name written in on the ballot" : "Tên ghi thêm vào phiếu");
    const char *how = struck ? (en ? "Type x when the ballot strikes a name (the whole "
                                     "ballot is invalid); else leave it blank."
                                   : "Gõ x nếu phiếu gạch tên người trong danh sách (cả phiếu "
                                     "không hợp lệ); không thì để trống.")
                             : (en ? "Type the name written in (the whole ballot is invalid); "
                                     "else leave it blank."
                                   : "Ghi tên được ghi thêm (cả phiếu không hợp lệ); không thì "
                                     "để trống.");
    lxw_comment_options co = { .width = 320, .height = 40, .author = "ykien" };
    lxw_data_validation dv = { .validate = LXW_VALIDATION_TYPE_ANY };
    column_rule r;
    set_messages(&r, name, about, how, "", "");
    char *escaped = entry_escape(about), *it = entry_escape(r.input_title);
    char *im = entry_escape(r.input);
    lxw_error e = escaped && it && im ? LXW_NO_ERROR : LXW_ERROR_MEMORY_MALLOC_FAILED;
    if (!e)
        e = worksheet_set_column(w->entry, col, col, TEXT_WIDTH, w->text);
    if (!e)
        e = entry_write_text(w->entry, 0, col, name, w->bold);
    if (!e)
        e = worksheet_write_comment_opt(w->entry, 0, col, escaped, &co);
    dv.input_title = it;
    dv.input_message = im;
    if (!e)
        e = worksheet_data_validation_range(w->entry, 1, col, (lxw_row_t)w->rows, col, &dv);
    free(escaped);
    free(it);
    free(im);
    return e;
}

/* The poll's struck and added columns the form does not have. */
static lxw_error extra_columns(entry_writer *w, lxw_col_t *col)
{
    lxw_error e = LXW_NO_ERROR;
    for (size_t i = 0; w->ballot && i < w->o->n_added && !e; i++)
        if (!yk_form_find(w->form, w->o->added[i]))
            e = extra_column(w, (*col)++, w->o->added[i], 0);
    if (!e && w->ballot && w->o->struck && !yk_form_find(w->form, w->o->struck))
        e = extra_column(w, (*col)++, w->o->struck, 1);
    return e;
}

static lxw_error write_entry(entry_writer *w)
{
    lxw_error e = LXW_NO_ERROR;
    lxw_col_t col = 0;
    for (size_t i = 0; i < yk_form_n_questions(w->form) && !e; i++) {
        const yk_question *q = yk_form_question(w->form, i);
        if (has_column(q))
            e = write_column(w, col++, q);
    }
    if (!e)
        e = extra_columns(w, &col);
    if (!e) {
        worksheet_freeze_panes(w->entry, 1, 0);
        worksheet_set_landscape(w->entry);
        e = worksheet_repeat_rows(w->entry, 0, 0);
    }
    return e;
}

/* ---- the workbook -------------------------------------------------------- */

static yk_status status_of(lxw_error e)
{
    switch (e) {
    case LXW_NO_ERROR: return YK_OK;
    case LXW_ERROR_MEMORY_MALLOC_FAILED: return YK_ERR_NOMEM;
    case LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED:
    case LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE:
        return YK_ERR_LIMIT;
    default: return YK_ERR_IO;
    }
}

static size_t n_columns(const yk_form *form)
{
    size_t n = 0;
    for (size_t i = 0; i < yk_form_n_questions(form); i++)
        n += has_column(yk_form_question(form, i));
    return n;
}

static lxw_error add_parts(entry_writer *w)
{
    w->codes_name = ENTRY_TEXT(w, "Mã trả lời", "Codes");
    w->entry = workbook_add_worksheet(w->book, ENTRY_TEXT(w, "Nhập liệu", "Entry"));
    w->codes = workbook_add_worksheet(w->book, w->codes_name);
    w->guide = workbook_add_worksheet(w->book, ENTRY_TEXT(w, "Hướng dẫn", "Instructions"));
    w->bold = workbook_add_format(w->book);
    w->text = workbook_add_format(w->book);
    w->wrap = workbook_add_format(w->book);
    w->title = workbook_add_format(w->book);
    if (!w->entry || !w->codes || !w->guide || !w->bold || !w->text || !w->wrap || !w->title)
        return LXW_ERROR_MEMORY_MALLOC_FAILED;
    format_set_bold(w->bold);
    format_set_num_format(w->text, "@");
    format_set_text_wrap(w->wrap);
    format_set_align(w->wrap, LXW_ALIGN_VERTICAL_TOP);
    format_set_bold(w->title);
    format_set_font_size(w->title, 13);
    return LXW_NO_ERROR;
}

static lxw_error write_book(entry_writer *w)
{
    lxw_doc_properties props = { .created = w->o->created,
                                 .title = (char *)(yk_form_title(w->form) ? yk_form_title(w->form)
                                                                          : w->o->title) };
    lxw_error e = workbook_set_properties(w->book, &props);
    if (!e)
        e = add_parts(w);
    /* The codes first: the drop-downs point at their rows. */
    if (!e)
        e = entry_write_codes(w);
    if (!e)
        e = write_entry(w);
    if (!e)
        e = entry_write_guide(w);
    return e;
}

static void set_date(entry_writer *w)
{
    time_t at = w->o->created ? w->o->created : time(NULL);
    struct tm day;
    gmtime_r(&at, &day);
    snprintf(w->date, sizeof w->date, "%04d-%02d-%02d", day.tm_year + 1900, day.tm_mon + 1,
             day.tm_mday);
}

yk_status yk_entry_sheet_write(const yk_form *form, const char *path, const yk_entry_opts *o)
{
    entry_writer w = { .form = form, .o = o };
    w.rows = o->rows ? o->rows : YK_ENTRY_DEFAULT_ROWS;
    if (n_columns(form) + o->n_added + 1 > MAX_COLUMNS || w.rows > YK_ENTRY_MAX_ROWS)
        return YK_ERR_LIMIT;
    if (o->poll) {
        yk_ballot_options bo = { .form_source = yk_form_id(form), .levels = o->levels,
                                 .struck = o->struck, .added = o->added,
                                 .n_added = o->n_added };
        yk_status st = yk_ballot_coder_new(form, &bo, o->diag, o->diag_ctx, &w.ballot);
        if (st != YK_OK)
            return st;
    }
    set_date(&w);
    w.lists = calloc(yk_form_n_lists(form) + 1, sizeof *w.lists);
    if (!w.lists) {
        yk_ballot_coder_free(w.ballot);
        return YK_ERR_NOMEM;
    }
    errno = 0;
    w.book = workbook_new(path);
    lxw_error e = w.book ? write_book(&w) : LXW_ERROR_CREATING_XLSX_FILE;
    /* Closing writes the file; it also frees the workbook after an error. */
    lxw_error closed = w.book ? workbook_close(w.book) : LXW_NO_ERROR;
    free(w.lists);
    yk_ballot_coder_free(w.ballot);
    if (!w.book)
        return errno == ENOMEM ? YK_ERR_NOMEM : YK_ERR_IO;
    return status_of(e ? e : closed);
}
