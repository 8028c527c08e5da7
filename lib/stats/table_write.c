/* ykien — writing result tables: CSV, aligned text, JSON. */
#include <string.h>
#include "yk_csvwrite.h"
#include "yk_json.h"
#include "yk_table.h"

/* The writers lay a row out in fields; more columns than this is a bug. */
enum { MAX_COLUMNS = 64 };

static yk_status write_csv(const yk_table *t, yk_output out)
{
    yk_csv_writer *w;
    yk_field f[MAX_COLUMNS];
    yk_status st = yk_csv_writer_new(out, ',', &w);
    if (st != YK_OK)
        return st;
    /* A figure table is opened in Excel: a label "=HYPERLINK(...)" a unit
     * typed must not run there.  Figures are numbers and stay as they are. */
    yk_csv_writer_guard_formulas(w, 1);
    for (size_t c = 0; c < t->ncols; c++)
        f[c] = (yk_field){ t->columns[c], strlen(t->columns[c]) };
    st = yk_csv_write_row(w, f, t->ncols);
    for (size_t r = 0; r < t->nrows && st == YK_OK; r++) {
        for (size_t c = 0; c < t->ncols; c++) {
            const char *p = yk_table_text_at(t, r, c);
            f[c] = (yk_field){ p, strlen(p) };
        }
        st = yk_csv_write_row(w, f, t->ncols);
    }
    if (st == YK_OK)
        st = yk_csv_writer_flush(w);
    yk_csv_writer_free(w);
    return st;
}

/* Display width: code points, which is right for Vietnamese NFC text. */
static size_t width(const char *s)
{
    size_t w = 0;
    for (; *s; s++)
        w += ((unsigned char)*s & 0xC0) != 0x80;
    return w;
}

/* Append one aligned cell: two spaces before all but the first, padded
 * to w but for the last column. */
static yk_status put_cell(yk_buf *line, const char *s, size_t c, size_t ncols, size_t w)
{
    static const char spaces[] = "                                ";
    yk_status st = c ? yk_buf_append(line, "  ", 2) : YK_OK;
    if (st == YK_OK)
        st = yk_buf_append(line, s, strlen(s));
    for (size_t pad = c + 1 < ncols ? w - width(s) : 0; pad > 0 && st == YK_OK;) {
        size_t n = pad < sizeof spaces - 1 ? pad : sizeof spaces - 1;
        st = yk_buf_append(line, spaces, n);
        pad -= n;
    }
    return st;
}

/* Row r as aligned text (r == SIZE_MAX: the header), written to out. */
static yk_status text_row(const yk_table *t, size_t r, const size_t *w, yk_buf *line,
                          yk_output out)
{
    yk_status st = YK_OK;
    yk_buf_clear(line);
    for (size_t c = 0; c < t->ncols && st == YK_OK; c++)
        st = put_cell(line, r == SIZE_MAX ? t->columns[c] : yk_table_text_at(t, r, c), c,
                      t->ncols, w[c]);
    if (st == YK_OK)
        st = yk_buf_append(line, "\n", 1);
    return st == YK_OK ? out.write(out.ctx, line->data, line->len) : st;
}

static yk_status write_text(const yk_table *t, yk_output out)
{
    size_t w[MAX_COLUMNS] = { 0 };
    for (size_t c = 0; c < t->ncols; c++)
        w[c] = width(t->columns[c]);
    for (size_t r = 0; r < t->nrows; r++)
        for (size_t c = 0; c < t->ncols; c++) {
            size_t cw = width(yk_table_text_at(t, r, c));
            w[c] = cw > w[c] ? cw : w[c];
        }
    yk_buf line = { 0 };
    yk_status st = text_row(t, SIZE_MAX, w, &line, out);
    for (size_t r = 0; r < t->nrows && st == YK_OK; r++)
        st = text_row(t, r, w, &line, out);
    yk_buf_free(&line);
    return st;
}

/* Row r as a JSON object, "," and a line break before all but the first. */
static yk_status json_row(const yk_table *t, size_t r, yk_buf *b)
{
    yk_status st = yk_buf_append(b, r ? ",\n{" : "{", r ? 3 : 1);
    for (size_t c = 0; c < t->ncols && st == YK_OK; c++) {
        const char *p = yk_table_text_at(t, r, c);
        if (c)
            st = yk_buf_append(b, ", ", 2);
        /* Column names are the figure's own identifiers: written as they are. */
        if (st == YK_OK)
            st = yk_buf_append(b, "\"", 1);
        if (st == YK_OK)
            st = yk_buf_append(b, t->columns[c], strlen(t->columns[c]));
        if (st == YK_OK)
            st = yk_buf_append(b, "\": ", 3);
        if (st == YK_OK)
            st = yk_json_string(b, p, strlen(p));
    }
    return st == YK_OK ? yk_buf_append(b, "}", 1) : st;
}

static yk_status write_json(const yk_table *t, yk_output out)
{
    yk_buf b = { 0 };
    yk_status st = yk_buf_append(&b, "[", 1);
    for (size_t r = 0; r < t->nrows && st == YK_OK; r++) {
        st = json_row(t, r, &b);
        if (st == YK_OK && b.len >= 65536) {        /* a row at a time, in big writes */
            st = out.write(out.ctx, b.data, b.len);
            yk_buf_clear(&b);
        }
    }
    if (st == YK_OK)
        st = yk_buf_append(&b, "]\n", 2);
    if (st == YK_OK)
        st = out.write(out.ctx, b.data, b.len);
    yk_buf_free(&b);
    return st;
}

yk_status yk_table_write(const yk_table *t, yk_table_format format, yk_output out)
{
    if (t->failed)
        return YK_ERR_NOMEM;
    if (t->ncols > MAX_COLUMNS)
        return YK_ERR_LIMIT;
    return format == YK_TABLE_CSV ? write_csv(t, out)
         : format == YK_TABLE_TEXT ? write_text(t, out) : write_json(t, out);
}
