/* ykien — documents: building the block list (doc_impl.h) that doc_pdf.c
 * and doc_docx.c write. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "chart_impl.h"
#include "doc_impl.h"
#include "yk_grow.h"

/* ---- building ---------------------------------------------------------- */

static char *copy(const char *s)
{
    return s ? strdup(s) : NULL;
}

yk_status yk_doc_new(const yk_doc_style *style, yk_doc **out)
{
    *out = NULL;
    if (!style || !style->font || !(style->size > 0) || !(style->page_w > 0) ||
        !(style->page_h > 0) ||
        style->left + style->right >= style->page_w / 2 ||
        style->top + style->bottom >= style->page_h / 2)
        return YK_ERR_ARGUMENT;
    yk_doc *d = calloc(1, sizeof *d);
    if (!d)
        return YK_ERR_NOMEM;
    d->style = *style;
    d->font = copy(style->font);
    d->title = copy(style->title);
    d->author = copy(style->author);
    d->subject = copy(style->subject);
    d->keywords = copy(style->keywords);
    if (!d->font || (style->title && !d->title) || (style->author && !d->author) ||
        (style->subject && !d->subject) || (style->keywords && !d->keywords)) {
        yk_doc_free(d);
        return YK_ERR_NOMEM;
    }
    d->style.font = d->font;
    *out = d;
    return YK_OK;
}

static void free_block(block *b)
{
    free(b->text);
    free(b->text2);
    free(b->caption);
    free(b->shares);
    free(b->right);
    for (size_t i = 0; b->cells && i < (b->nrows + 1) * b->ncols; i++)
        free(b->cells[i]);
    free(b->cells);
    yk_chart_free(b->chart);
}

void yk_doc_free(yk_doc *d)
{
    if (!d)
        return;
    for (size_t i = 0; i < d->n; i++)
        free_block(&d->blocks[i]);
    free(d->blocks);
    free(d->font);
    free(d->title);
    free(d->author);
    free(d->subject);
    free(d->keywords);
    free(d);
}

static block *add(yk_doc *d, block_kind kind)
{
    if (d->n == MAX_BLOCKS)
        return NULL;
    if (yk_grow(&d->blocks, &d->cap, d->n + 1, sizeof *d->blocks) != YK_OK)
        return NULL;
    block *b = &d->blocks[d->n++];
    memset(b, 0, sizeof *b);
    b->kind = kind;
    return b;
}

/* Drop the last block (its copies failed): NOMEM. */
static yk_status undo(yk_doc *d)
{
    free_block(&d->blocks[--d->n]);
    return YK_ERR_NOMEM;
}

yk_status yk_doc_heading(yk_doc *d, int level, const char *text)
{
    if (level < 1 || level > 3 || !text)
        return YK_ERR_ARGUMENT;
    block *b = add(d, B_HEADING);
    if (!b)
        return YK_ERR_NOMEM;
    b->level = level;
    b->text = copy(text);
    return b->text ? YK_OK : undo(d);
}

yk_status yk_doc_paragraph(yk_doc *d, const char *text, unsigned style)
{
    if (!text)
        return YK_ERR_ARGUMENT;
    block *b = add(d, B_PARA);
    if (!b)
        return YK_ERR_NOMEM;
    b->style = style;
    b->text = copy(text);
    return b->text ? YK_OK : undo(d);
}

yk_status yk_doc_space(yk_doc *d, double points)
{
    block *b = add(d, B_SPACE);
    if (!b)
        return YK_ERR_NOMEM;
    b->space = points;
    return YK_OK;
}

yk_status yk_doc_page_break(yk_doc *d)
{
    return add(d, B_BREAK) ? YK_OK : YK_ERR_NOMEM;
}

yk_status yk_doc_sides(yk_doc *d, const yk_doc_side *left, const yk_doc_side *right,
                       double left_share)
{
    if (!left || !right || !left->text || !right->text || !(left_share > 0 && left_share < 1) ||
        left->rule_under < 0 || right->rule_under < 0)
        return YK_ERR_ARGUMENT;
    block *b = add(d, B_COLUMNS);
    if (!b)
        return YK_ERR_NOMEM;
    b->text = copy(left->text);
    b->text2 = copy(right->text);
    b->style = left->style;
    b->style2 = right->style;
    b->share = left_share;
    b->rule1 = left->rule_under;
    b->rule2 = right->rule_under;
    return b->text && b->text2 ? YK_OK : undo(d);
}

yk_status yk_doc_columns(yk_doc *d, const char *left, const char *right, double left_share,
                         int rule_under_left, int rule_under_right)
{
    const unsigned style = YK_PARA_CENTRE | YK_PARA_FIT;
    yk_doc_side l = { left, style, rule_under_left }, r = { right, style, rule_under_right };
    return yk_doc_sides(d, &l, &r, left_share);
}

yk_status yk_doc_keep_begin(yk_doc *d)
{
    if (d->keeping)
        return YK_ERR_ARGUMENT;
    if (!add(d, B_KEEP_BEGIN))
        return YK_ERR_NOMEM;
    d->keeping = 1;
    return YK_OK;
}

yk_status yk_doc_keep_end(yk_doc *d)
{
    if (!d->keeping)
        return YK_ERR_ARGUMENT;
    if (!add(d, B_KEEP_END))
        return YK_ERR_NOMEM;
    d->keeping = 0;
    return YK_OK;
}

yk_status yk_doc_table(yk_doc *d, const char *caption, size_t ncols, const double *shares,
                       const int *right, const char *const *header, const char *const *cells,
                       size_t nrows)
{
    if (ncols == 0 || ncols > 64 || !header || (nrows && !cells) ||
        nrows > MAX_CELLS / ncols)
        return YK_ERR_ARGUMENT;
    block *b = add(d, B_TABLE);
    if (!b)
        return YK_ERR_NOMEM;
    b->ncols = ncols;
    b->nrows = nrows;
    b->caption = copy(caption);
    b->shares = malloc(ncols * sizeof *b->shares);
    b->right = calloc(ncols, sizeof *b->right);
    b->cells = calloc((nrows + 1) * ncols, sizeof *b->cells);
    if (!b->shares || !b->right || !b->cells || (caption && !b->caption))
        return undo(d);
    for (size_t c = 0; c < ncols; c++) {
        b->shares[c] = shares ? shares[c] : 1.0 / (double)ncols;
        b->right[c] = right && right[c] >= YK_DOC_LEFT && right[c] <= YK_DOC_CENTRE
                          ? right[c] : YK_DOC_LEFT;
    }
    for (size_t i = 0; i < (nrows + 1) * ncols; i++) {
        const char *s = i < ncols ? header[i] : cells[i - ncols];
        if (!(b->cells[i] = copy(s ? s : "")))
            return undo(d);
    }
    return YK_OK;
}

yk_status yk_doc_chart(yk_doc *d, yk_chart *chart, const char *caption)
{
    if (!chart)
        return YK_ERR_ARGUMENT;
    block *b = add(d, B_CHART);
    if (!b) {
        yk_chart_free(chart);
        return YK_ERR_NOMEM;
    }
    b->chart = chart;
    b->caption = copy(caption);
    return !caption || b->caption ? YK_OK : undo(d);
}

char *yk_doc_escape(const char *text)
{
    gchar *g = text ? g_markup_escape_text(text, -1) : NULL;
    char *s = g ? strdup(g) : NULL;     /* the caller frees with free() */
    g_free(g);
    return s;
}

