/* ykien — documents: the block list both writers read (doc_pdf.c lays it
 * out with Pango and Cairo, doc_docx.c writes WordprocessingML).  Private
 * to lib/render's document files. */
#ifndef YK_DOC_IMPL_H
#define YK_DOC_IMPL_H

#include "yk_doc.h"

enum { MAX_BLOCKS = 100000, MAX_CELLS = 1000000 };

typedef enum { B_HEADING, B_PARA, B_SPACE, B_BREAK, B_COLUMNS, B_TABLE, B_CHART,
               B_KEEP_BEGIN, B_KEEP_END } block_kind;

typedef struct {
    block_kind kind;
    int level;
    unsigned style;
    double space, share;
    char *text, *text2, *caption;
    unsigned style2;            /* columns: the right side's style (style: the left's) */
    int rule1, rule2;
    size_t ncols, nrows;
    double *shares;
    int *right;
    char **cells;               /* header, then the rows */
    yk_chart *chart;
} block;

struct yk_doc {
    yk_doc_style style;
    char *font, *title, *author, *subject, *keywords;
    block *blocks;
    size_t n, cap;
    int keeping;                /* inside yk_doc_keep_begin ... end */
};

#endif
