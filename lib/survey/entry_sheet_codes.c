/* ykien — the entry workbook's codes and instructions sheets. */
#include <stdio.h>
#include <string.h>
#include "entry_sheet_impl.h"

/* The instructions' one column, and the characters a line of it holds. */
enum { GUIDE_WIDTH = 78, GUIDE_LINE_CHARS = 66 };

/* ---- codes --------------------------------------------------------------- */

/* The questions answered from list, space-separated (the first few). */
static void list_users(const entry_writer *w, const yk_choice_list *list, char *out, size_t cap)
{
    size_t len = 0;
    out[0] = '\0';
    for (size_t i = 0; i < yk_form_n_questions(w->form) && len + 1 < cap; i++) {
        const yk_question *q = yk_form_question(w->form, i);
        if (q->list == list)
            len += (size_t)snprintf(out + len, cap - len, "%s%s", len ? " " : "", q->name);
    }
}

static lxw_error write_header(entry_writer *w, lxw_row_t row, const char *const *names, int n)
{
    lxw_error e = LXW_NO_ERROR;
    for (int c = 0; c < n && !e; c++)
        e = entry_write_text(w->codes, row, (lxw_col_t)c, names[c], w->bold);
    return e;
}

/* A list's choices from row on: list name, code, label; the questions it
 * serves beside its first row. */
static lxw_error write_list(entry_writer *w, size_t l, lxw_row_t *row)
{
    const yk_choice_list *list = yk_form_list(w->form, l);
    char users[1024];
    lxw_error e = LXW_NO_ERROR;
    w->lists[l].first = *row;
    for (size_t i = 0; i < list->n && !e; i++, (*row)++) {
        const char *label = yk_entry_label(w->form, list->choices[i].labels);
        e = entry_write_text(w->codes, *row, 0, list->name, NULL);
        if (!e)
            e = entry_write_text(w->codes, *row, 1, list->choices[i].name, w->text);
        if (!e && label)
            e = entry_write_text(w->codes, *row, 2, label, NULL);
    }
    w->lists[l].last = *row - 1;
    list_users(w, list, users, sizeof users);
    if (!e && *users)
        e = entry_write_text(w->codes, w->lists[l].first, 3, users, NULL);
    return e;
}

/* A poll's persons below its lists: column, full name, position. */
static lxw_error write_persons(entry_writer *w, lxw_row_t row)
{
    const char *header[] = { ENTRY_TEXT(w, "Cột", "Column"),
                             ENTRY_TEXT(w, "Họ và tên", "Full name"),
                             ENTRY_TEXT(w, "Chức vụ", "Position") };
    lxw_error e = write_header(w, row++, header, 3);
    for (size_t i = 0; i < yk_ballot_coder_n_persons(w->ballot) && !e; i++, row++) {
        const yk_question *q = yk_ballot_coder_person(w->ballot, i);
        const char *name = yk_entry_label(w->form, q->labels);
        e = entry_write_text(w->codes, row, 0, q->name, NULL);
        if (!e && name)
            e = entry_write_text(w->codes, row, 1, name, NULL);
        if (!e && q->hint)
            e = entry_write_text(w->codes, row, 2, q->hint, NULL);
    }
    return e;
}

lxw_error entry_write_codes(entry_writer *w)
{
    const char *header[] = { ENTRY_TEXT(w, "Danh sách", "List"), ENTRY_TEXT(w, "Mã", "Code"),
                             ENTRY_TEXT(w, "Nhãn", "Label"),
                             ENTRY_TEXT(w, "Câu hỏi dùng danh sách", "Questions") };
    lxw_error e = write_header(w, 0, header, 4);
    lxw_row_t row = 1;
    for (size_t l = 0; l < yk_form_n_lists(w->form) && !e; l++)
        e = write_list(w, l, &row);
    if (!e && w->ballot)
        e = write_persons(w, row + 1);
    if (!e)
        e = worksheet_set_column(w->codes, 0, 0, 18, NULL);
    if (!e)
        e = worksheet_set_column(w->codes, 1, 1, 18, NULL);
    if (!e)
        e = worksheet_set_column(w->codes, 2, 2, 45, NULL);
    if (!e)
        e = worksheet_set_column(w->codes, 3, 3, 40, NULL);
    if (!e) {
        worksheet_freeze_panes(w->codes, 1, 0);
        worksheet_set_paper(w->codes, 9);  /* A4, printed to check against */
        worksheet_fit_to_pages(w->codes, 1, 0);
        e = worksheet_repeat_rows(w->codes, 0, 0);
    }
    return e;
}

/* ---- instructions -------------------------------------------------------- */

/* The columns of a poll's names written in, ", "-separated: those the
 * poll names, else the form's text questions (as the ballot coder reads
 * them); 0 when there are none. */
static int added_columns(const entry_writer *w, char *out, size_t cap)
{
    size_t len = 0;
    out[0] = '\0';
    for (size_t i = 0; i < w->o->n_added && len + 1 < cap; i++)
        len += (size_t)snprintf(out + len, cap - len, "%s%s", len ? ", " : "", w->o->added[i]);
    for (size_t i = 0; !w->o->added && i < yk_form_n_questions(w->form) && len + 1 < cap; i++)
        if (yk_form_question(w->form, i)->type == YK_Q_TEXT)
            len += (size_t)snprintf(out + len, cap - len, "%s%s", len ? ", " : "",
                                    yk_form_question(w->form, i)->name);
    return len > 0;
}

/* A paragraph of the instructions in one wrapped cell, its row as high as
 * its lines: LibreOffice does not grow a row to fit wrapped text. */
static lxw_error guide_line(entry_writer *w, lxw_row_t row, const char *text)
{
    size_t lines = entry_width(text) / GUIDE_LINE_CHARS + 1;
    lxw_error e = worksheet_set_row(w->guide, row, 15.0 * (double)lines + 2, NULL);
    return e ? e : entry_write_text(w->guide, row, 0, text, w->wrap);
}

/* "a b": the first two codes of the form's first select_multiple, for
 * the instructions' example; 0 when the form has none. */
static int multiple_example(const entry_writer *w, char *out, size_t cap)
{
    for (size_t i = 0; i < yk_form_n_questions(w->form); i++) {
        const yk_question *q = yk_form_question(w->form, i);
        if (q->type == YK_Q_SELECT_MULTIPLE) {
            snprintf(out, cap, "%s%s%s", q->list->choices[0].name, q->list->n > 1 ? " " : "",
                     q->list->n > 1 ? q->list->choices[1].name : "");
            return 1;
        }
    }
    return 0;
}

static lxw_error survey_lines(entry_writer *w, lxw_row_t *row)
{
    char codes[256] = "", several[512];
    int multiple = multiple_example(w, codes, sizeof codes);
    const char *vi[] = {
        "Mỗi dòng của sheet “Nhập liệu” là một phiếu; mỗi cột là một câu hỏi. Nội dung câu "
        "hỏi hiện khi đưa chuột vào ô tiêu đề (dòng 1).",
        "Gõ mã trả lời, không gõ nhãn: các mã có trong danh sách thả xuống của mỗi ô và ở "
        "sheet “Mã trả lời”.",
        several,
        "Câu nào phiếu không trả lời thì để trống ô đó; không gõ 0, dấu - hay “không”.",
        "Không đổi tên, không đổi thứ tự, không xóa các cột của dòng tiêu đề: ykien đọc các "
        "cột theo tên ở dòng 1. Không thêm dòng tổng cộng hay ghi chú dưới các phiếu.",
    };
    const char *en[] = {
        "Each row of the sheet “Entry” is one returned questionnaire; each column a "
        "question. Its text shows when the mouse is over the header cell (row 1).",
        "Type the answer's code, not its label: the codes are in each cell's drop-down list "
        "and on the sheet “Codes”.",
        several,
        "A question left unanswered: leave its cell blank; do not type 0, - or “no”.",
        "Do not rename, reorder or delete the header's columns: ykien reads the columns by "
        "their names in row 1. Add no totals or notes below the rows.",
    };
    snprintf(several, sizeof several, w->o->english
             ? "A question with several answers: type their codes separated by a space, "
               "e.g. %s."
             : "Câu hỏi chọn nhiều phương án: gõ các mã cách nhau một dấu cách, ví dụ: %s.",
             codes);
    lxw_error e = LXW_NO_ERROR;
    for (size_t i = 0; i < sizeof vi / sizeof vi[0] && !e; i++)
        if (i != 2 || multiple)
            e = guide_line(w, (*row)++, ENTRY_TEXT(w, vi[i], en[i]));
    return e;
}

static lxw_error poll_lines(entry_writer *w, lxw_row_t *row)
{
    char columns[512], added[768], struck[512];
    int has_added = added_columns(w, columns, sizeof columns);
    const char *vi[] = {
        "Phiếu kín: mỗi dòng của sheet “Nhập liệu” là một phiếu bầu, theo thứ tự kiểm phiếu; "
        "không ghi gì có thể nhận ra người bỏ phiếu.",
        "Mỗi cột là một người được lấy phiếu (họ tên và chức vụ hiện khi đưa chuột vào ô "
        "tiêu đề, và ở sheet “Mã trả lời”). Gõ mã của mức được đánh dấu, chọn trong danh "
        "sách thả xuống.",
        "Không đánh ô nào cho một người: để trống. Đánh nhiều ô: gõ các mã cách nhau một "
        "dấu cách (dòng đó không hợp lệ cho người đó).",
        added,
        struck,
        "Không đổi tên, không đổi thứ tự, không xóa các cột của dòng tiêu đề (dòng 1).",
    };
    const char *en[] = {
        "A secret ballot: each row of the sheet “Entry” is one ballot, in counting order; "
        "type nothing that could tell who cast it.",
        "Each column is a person (the full name and position show when the mouse is over "
        "the header cell, and on the sheet “Codes”). Type the code of the level marked, or "
        "pick it from the drop-down list.",
        "No box marked for a person: leave the cell blank. Several boxes: type their codes "
        "separated by a space (that line is invalid for that person).",
        added,
        struck,
        "Do not rename, reorder or delete the header's columns (row 1).",
    };
    lxw_error e = LXW_NO_ERROR;
    snprintf(added, sizeof added, w->o->english
             ? "A name written in on the ballot: type it in column %s (the whole ballot is "
               "invalid)."
             : "Phiếu ghi thêm tên người ngoài danh sách: ghi tên đó vào cột %s (cả phiếu "
               "không hợp lệ).", columns);
    snprintf(struck, sizeof struck, w->o->english
             ? "A name struck out on the ballot: type x in column %s (the whole ballot is "
               "invalid)."
             : "Phiếu gạch tên người trong danh sách: gõ x vào cột %s (cả phiếu không hợp "
               "lệ).", w->o->struck ? w->o->struck : "");
    for (size_t i = 0; i < sizeof vi / sizeof vi[0] && !e; i++)
        if ((i != 3 || has_added) && (i != 4 || w->o->struck))
            e = guide_line(w, (*row)++, ENTRY_TEXT(w, vi[i], en[i]));
    return e;
}

lxw_error entry_write_guide(entry_writer *w)
{
    const char *title = yk_form_title(w->form), *project = w->o->title;
    const char *version = yk_form_version(w->form);
    char line[1024];
    lxw_row_t row = 0;
    lxw_error e = worksheet_set_column(w->guide, 0, 0, GUIDE_WIDTH, NULL);
    /* The paper's title, then the project's when it says more. */
    if (!e && title)
        e = entry_write_text(w->guide, row++, 0, title, w->title);
    if (!e && project && (!title || strcmp(project, title) != 0))
        e = entry_write_text(w->guide, row++, 0, project, NULL);
    row++;
    if (!e)
        e = w->ballot ? poll_lines(w, &row) : survey_lines(w, &row);
    snprintf(line, sizeof line, w->o->english
             ? "The drop-down lists cover rows 2 to %zu; for more, write the workbook again "
               "with ykien entry-sheet --rows N."
             : "Danh sách thả xuống có từ dòng 2 đến dòng %zu; cần nhiều dòng hơn thì tạo "
               "lại bằng ykien entry-sheet --rows N.", w->rows + 1);
    if (!e)
        e = guide_line(w, row++, line);
    row++;
    snprintf(line, sizeof line, w->o->english ? "Form %s%s%s; written by ykien %s on %s."
             : "Biểu mẫu %s%s%s; tạo bằng ykien %s ngày %s.",
             yk_form_id(w->form) ? yk_form_id(w->form) : "-",
             version ? (w->o->english ? ", version " : ", phiên bản ") : "",
             version ? version : "", w->o->version ? w->o->version : "", w->date);
    if (!e)
        e = entry_write_text(w->guide, row, 0, line, NULL);
    worksheet_set_paper(w->guide, 9);   /* A4 */
    worksheet_fit_to_pages(w->guide, 1, 0);
    return e;
}
