/* A sheet's XML (<sheetData><row r><c r t s><v>…</v></c></row>) parsed as
 * it is inflated, into one row of cells at a time.  Cells without r follow
 * the one before; element names may carry a prefix ("x:row"); a formula's
 * cell is read from its cached <v>. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include "yk_text.h"
#include "xlsx_impl.h"

typedef struct {
    xlsx_parse x;               /* first: the book, the parser, the failure */
    int in_data, in_row, in_cell, in_value, in_is, in_text, in_rph;
    unsigned long line;         /* the row being read */
    unsigned long col;          /* its cell being read, 1 = A */
    char type;                  /* s i S b e d n: see cell_type */
    unsigned long style;
    yk_buf value;               /* the cell's <v> or <is><t> text */
    int over;                   /* value past max_field */
    xlsx_row *row;
} sheet_parse;

/* "B14" gives column 2 (the row is the <row>'s); 0 when r is not a cell
 * reference. */
static unsigned long ref_column(const char *r)
{
    unsigned long col = 0;
    const char *p = r;
    for (; isalpha((unsigned char)*p) && p - r < 4; p++)
        col = col * 26 + (unsigned long)(toupper((unsigned char)*p) - 'A' + 1);
    return p > r && isdigit((unsigned char)*p) ? col : 0;
}

static char cell_type(const char *t)
{
    if (!t || strcmp(t, "n") == 0)
        return 'n';
    if (strcmp(t, "s") == 0)
        return 's';
    if (strcmp(t, "inlineStr") == 0)
        return 'i';
    if (strcmp(t, "str") == 0)
        return 'S';
    if (strcmp(t, "b") == 0)
        return 'b';
    if (strcmp(t, "e") == 0)
        return 'e';
    return strcmp(t, "d") == 0 ? 'd' : 'n';
}

static void start_row(sheet_parse *sp, const char **atts)
{
    const char *r = xlsx_attr(atts, "r");
    char *end = NULL;
    unsigned long line = r && isdigit((unsigned char)*r) ? strtoul(r, &end, 10) : 0;
    if (end && *end)
        line = 0;
    /* Rows come in order; a missing number follows the last.  A number
     * going back is said: the row is read as the next one. */
    if (line && line <= sp->line)
        xlsx_emit(sp->x.b, YK_WARNING, "row-out-of-order", sp->line + 1, 0,
                  "the workbook was not written by Excel; check the rows' order",
                  "the sheet's XML numbers this row %lu after row %lu: it is read "
                  "as row %lu", line, sp->line, sp->line + 1);
    sp->line = line > sp->line ? line : sp->line + 1;
    sp->in_row = 1;
    sp->col = 0;
    sp->row = xlsx_rows_next(sp->x.b);
    sp->row->line = sp->line;
    sp->row->n = sp->row->filled = 0;
    sp->row->bad = 0;
    yk_buf_clear(&sp->row->text);
    /* One shared string of max_field bytes may be used by every cell of a
     * row: the row's text is capped as the CSV reader caps a row. */
    sp->row->text.cap = YK_DEFAULT_MAX_ROW;
}

static void start_cell(sheet_parse *sp, const char **atts)
{
    const char *r = xlsx_attr(atts, "r"), *s = xlsx_attr(atts, "s");
    unsigned long col = r ? ref_column(r) : 0;
    sp->col = col ? col : sp->col + 1;
    sp->type = cell_type(xlsx_attr(atts, "t"));
    sp->style = s ? strtoul(s, NULL, 10) : 0;
    sp->in_cell = 1;
    sp->over = 0;
    yk_buf_clear(&sp->value);
}

/* Elements are told apart by their local name's first letter, then the
 * whole name: the handlers run for every element of a million rows. */
static int is(const char *local, const char *name)
{
    return local[0] == name[0] && strcmp(local, name) == 0;
}

static void XMLCALL on_start(void *ctx, const XML_Char *name, const XML_Char **atts)
{
    sheet_parse *sp = ctx;
    const char *local = xlsx_local(name);
    if (sp->in_cell) {
        if (is(local, "v"))
            sp->in_value = 1;
        else if (is(local, "t"))
            sp->in_text = sp->in_is && !sp->in_rph;
        else if (is(local, "is"))
            sp->in_is = 1;
        else if (is(local, "rPh"))
            sp->in_rph = 1;
    } else if (sp->in_row && is(local, "c"))
        start_cell(sp, atts);
    else if (sp->in_data && is(local, "row"))
        start_row(sp, atts);
    else if (is(local, "sheetData"))
        sp->in_data = 1;
}

static void XMLCALL on_text(void *ctx, const XML_Char *text, int len)
{
    sheet_parse *sp = ctx;
    if (!(sp->in_value || sp->in_text) || sp->over)
        return;
    if (sp->value.len + (size_t)len > sp->x.b->opts.max_field) {
        sp->over = 1;
        return;
    }
    yk_status st = yk_buf_append(&sp->value, text, (size_t)len);
    if (st != YK_OK)
        xlsx_parse_fail(&sp->x, st);
}

/* ---- a cell's value --------------------------------------------------- */

static void cell_error(sheet_parse *sp, const char *kind, const char *hint,
                       const char *what)
{
    char ref[16];
    xlsx_emit(sp->x.b, YK_ERROR, kind, sp->line, sp->col, hint,
              "cell %s %s: the row is skipped",
              yk_xlsx_cell_name(sp->col, sp->line, ref), what);
    sp->row->bad = 1;
}

static void too_long(sheet_parse *sp)
{
    char what[96];
    snprintf(what, sizeof what, "holds more than %zu bytes", sp->x.b->opts.max_field);
    cell_error(sp, "field-too-long", "is it a pasted document rather than an answer?", what);
}

static yk_status shared_text(sheet_parse *sp, const char *v, yk_buf *out)
{
    const xlsx_strings *s = &sp->x.b->strings;
    char *end;
    unsigned long long i = isdigit((unsigned char)*v) ? strtoull(v, &end, 10) : 0;
    if (!isdigit((unsigned char)*v) || *end != '\0' || i >= s->n) {
        char what[256], index[96];
        yk_text_quote(index, sizeof index, v, strlen(v));
        snprintf(what, sizeof what,
                 "points to shared string \"%s\", but the workbook has %zu (0 to %zu)",
                 index, s->n, s->n ? s->n - 1 : 0);
        cell_error(sp, "bad-shared-string", "the workbook is damaged; open it in Excel "
                   "and save it again", what);
        return YK_OK;
    }
    if (s->at[i].off == XLSX_TOO_LONG) {
        too_long(sp);
        return YK_OK;
    }
    return yk_buf_append(out, s->text.data + s->at[i].off, s->at[i].len);
}

static yk_status error_text(sheet_parse *sp, const char *v, size_t n, yk_buf *out)
{
    char ref[16], shown[96];
    yk_text_quote(shown, sizeof shown, v, n);
    xlsx_emit(sp->x.b, YK_WARNING, "error-cell", sp->line, sp->col,
              "correct the formula in the workbook if the cell should hold an answer",
              "cell %s shows the formula error %s: read as that text",
              yk_xlsx_cell_name(sp->col, sp->line, ref), shown);
    return xlsx_text(v, n, out, &sp->x.b->scratch);
}

/* Append the cell's text as Excel shows it to out. */
static yk_status cell_text(sheet_parse *sp, yk_buf *out)
{
    yk_xlsx *b = sp->x.b;
    const char *v = sp->value.data ? sp->value.data : "";
    size_t n = sp->value.len;
    switch (sp->type) {
    case 's': return shared_text(sp, v, out);
    case 'i': case 'S': return xlsx_text(v, n, out, &b->scratch);
    case 'b': return n == 1 && (*v == '0' || *v == '1')
                  ? yk_buf_append(out, *v == '1' ? "TRUE" : "FALSE", *v == '1' ? 4 : 5)
                  : xlsx_text(v, n, out, &b->scratch);
    case 'e': return n ? error_text(sp, v, n, out) : YK_OK;
    case 'd': return xlsx_iso_text(b, v, n, out);
    default:
        return xlsx_number_text(b, v, n, xlsx_style_shows(&b->styles, sp->style),
                                sp->line, sp->col, out);
    }
}

static yk_status room_for(xlsx_row *row, size_t n)
{
    if (n <= row->cap)
        return YK_OK;
    size_t cap = row->cap ? row->cap : 32;
    while (cap < n)
        cap *= 2;
    xlsx_cell *c = realloc(row->cells, cap * sizeof *c);
    if (!c)
        return YK_ERR_NOMEM;
    row->cells = c;
    row->cap = cap;
    return YK_OK;
}

static void too_many_columns(sheet_parse *sp)
{
    char what[96];
    snprintf(what, sizeof what, "is past the limit of %zu columns",
             sp->x.b->opts.max_columns);
    cell_error(sp, "too-many-columns", "is the sheet a table of answers, one row "
               "each?  Delete the columns past the table", what);
}

static void row_too_long(sheet_parse *sp)
{
    char what[96];
    snprintf(what, sizeof what, "brings the row's text past %d bytes",
             YK_DEFAULT_MAX_ROW);
    cell_error(sp, "row-too-long", "is the sheet a table of answers, one row each?",
               what);
}

static yk_status end_cell(sheet_parse *sp)
{
    xlsx_row *row = sp->row;
    sp->in_cell = sp->in_value = sp->in_is = sp->in_text = sp->in_rph = 0;
    if (row->bad)
        return YK_OK;
    if (sp->col > sp->x.b->opts.max_columns) {
        /* A styled but empty cell far right (a whole row formatted) is no
         * answer: only a value there costs the row. */
        if (sp->value.len || sp->over)
            too_many_columns(sp);
        return YK_OK;
    }
    if (sp->over) {
        too_long(sp);
        return YK_OK;
    }
    yk_status st = room_for(row, sp->col);
    for (size_t i = row->n; st == YK_OK && i < sp->col; i++)
        row->cells[i] = (xlsx_cell){ 0, 0 };
    if (st != YK_OK)
        return st;
    if (sp->col > row->n)
        row->n = sp->col;
    /* strtod and strtoull read the value as a string. */
    st = yk_buf_append(&sp->value, "", 1);
    if (st != YK_OK)
        return st;
    sp->value.len--;
    size_t off = row->text.len;
    st = cell_text(sp, &row->text);
    size_t len = row->text.len - off;
    if (st == YK_OK)
        st = yk_buf_append(&row->text, "", 1);
    if (st == YK_ERR_LIMIT) {
        row_too_long(sp);
        return YK_OK;
    }
    if (st == YK_OK && !row->bad && len > sp->x.b->opts.max_field)
        too_long(sp);
    if (st != YK_OK || row->bad)
        return st;
    /* A cell written twice counts once, as its last value. */
    xlsx_cell *c = &row->cells[sp->col - 1];
    row->filled += (len > 0) - (c->len > 0);
    *c = (xlsx_cell){ off, len };
    return YK_OK;
}

static void XMLCALL on_end(void *ctx, const XML_Char *name)
{
    sheet_parse *sp = ctx;
    const char *local = xlsx_local(name);
    yk_status st = YK_OK;
    if (sp->in_cell) {
        if (is(local, "v"))
            sp->in_value = 0;
        else if (is(local, "t"))
            sp->in_text = 0;
        else if (is(local, "c"))
            st = end_cell(sp);
        else if (is(local, "is"))
            sp->in_is = 0;
        else if (is(local, "rPh"))
            sp->in_rph = 0;
    } else if (sp->in_row && is(local, "row")) {
        sp->in_row = 0;
        st = xlsx_rows_take(sp->x.b);
    } else if (is(local, "sheetData"))
        sp->in_data = 0;
    if (st != YK_OK)
        xlsx_parse_fail(&sp->x, st);
    else if (sp->x.b->stopped)
        XML_StopParser(sp->x.p, XML_FALSE);
}

yk_status xlsx_sheet_parse(yk_xlsx *b, const xlsx_sheet *sh)
{
    sheet_parse sp = { .x = { .b = b, .p = XML_ParserCreate("UTF-8") } };
    if (!sp.x.p)
        return YK_ERR_NOMEM;
    /* A value is at most max_field bytes, said or not; that bounds it. */
    sp.value.cap = b->opts.max_field + 1;
    xlsx_rows_start(&b->rows);
    XML_SetUserData(sp.x.p, &sp);
    XML_SetElementHandler(sp.x.p, on_start, on_end);
    XML_SetCharacterDataHandler(sp.x.p, on_text);
    yk_status st = xlsx_part_parse(b, sh->part, sp.x.p, &sp.line, NULL);
    XML_ParserFree(sp.x.p);
    yk_buf_free(&sp.value);
    if (st == YK_ERR_STOPPED)
        return b->stopped && sp.x.failure == YK_OK ? YK_ERR_STOPPED : sp.x.failure;
    if (st == YK_OK)
        st = xlsx_rows_end(b);
    /* The rows held while the header was sought are delivered at the end
     * of a short sheet: the row callback may stop there too. */
    return st == YK_OK && b->stopped ? YK_ERR_STOPPED : st;
}
