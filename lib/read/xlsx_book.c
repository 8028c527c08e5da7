/* The workbook's list of sheets: xl/workbook.xml names them (and the
 * date system), xl/_rels/workbook.xml.rels says which part holds each, and
 * which parts hold the shared strings and the styles, read here too. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "yk_text.h"
#include "xlsx_impl.h"

static const char WORKBOOK[] = "xl/workbook.xml";
static const char WORKBOOK_RELS[] = "xl/_rels/workbook.xml.rels";

/* One <Relationship>: Id to Target, kept while the rels part is read. */
typedef struct {
    char *id, *target, *type;
} rel;

typedef struct {
    yk_xlsx *b;
    rel *rels;
    size_t n, cap;
    yk_status failure;
} rels_parse;

static void XMLCALL on_rel(void *ctx, const XML_Char *name, const XML_Char **atts)
{
    rels_parse *r = ctx;
    if (strcmp(xlsx_local(name), "Relationship") != 0 || r->failure != YK_OK)
        return;
    const char *id = xlsx_attr(atts, "Id"), *target = xlsx_attr(atts, "Target");
    const char *type = xlsx_attr(atts, "Type");
    if (!id || !target)
        return;
    if (r->n == r->cap) {
        size_t cap = r->cap ? 2 * r->cap : 16;
        rel *p = realloc(r->rels, cap * sizeof *p);
        if (!p) {
            r->failure = YK_ERR_NOMEM;
            return;
        }
        r->rels = p;
        r->cap = cap;
    }
    rel *x = &r->rels[r->n];
    x->id = yk_arena_strndup(&r->b->arena, id, strlen(id));
    x->target = yk_arena_strndup(&r->b->arena, target, strlen(target));
    x->type = yk_arena_strndup(&r->b->arena, type ? type : "", type ? strlen(type) : 0);
    if (!x->id || !x->target || !x->type)
        r->failure = YK_ERR_NOMEM;
    else
        r->n++;
}

static const rel *rel_by_id(const rels_parse *r, const char *id)
{
    for (size_t i = 0; i < r->n; i++)
        if (strcmp(r->rels[i].id, id) == 0)
            return &r->rels[i];
    return NULL;
}

/* Does the relationship's Type end in "/suffix"? */
static int type_is(const rel *r, const char *suffix)
{
    size_t n = strlen(suffix), len = strlen(r->type);
    return len > n && r->type[len - n - 1] == '/' && strcmp(r->type + len - n, suffix) == 0;
}

static const rel *rel_by_type(const rels_parse *r, const char *suffix)
{
    for (size_t i = 0; i < r->n; i++)
        if (type_is(&r->rels[i], suffix))
            return &r->rels[i];
    return NULL;
}

/* The zip name of a Target: absolute ("/xl/worksheets/sheet1.xml") or
 * relative to xl/ ("worksheets/sheet1.xml", "./…", "../xl/…"). */
static char *part_name(yk_xlsx *b, const char *target)
{
    char name[1024];
    if (target[0] == '/')
        snprintf(name, sizeof name, "%s", target + 1);
    else if (strncmp(target, "../", 3) == 0)
        snprintf(name, sizeof name, "%s", target + 3);
    else
        snprintf(name, sizeof name, "xl/%s",
                 strncmp(target, "./", 2) == 0 ? target + 2 : target);
    return yk_arena_strndup(&b->arena, name, strlen(name));
}

typedef struct {
    yk_xlsx *b;
    const rels_parse *rels;
    size_t cap;
    yk_status failure;
} book_parse;

static yk_status add_sheet(book_parse *p, const char *name, const char *state,
                           const char *rid)
{
    yk_xlsx *b = p->b;
    const rel *r = rid ? rel_by_id(p->rels, rid) : NULL;
    if (!r)
        return YK_OK;       /* a sheet with no part has no rows to read */
    if (b->n_sheets == p->cap) {
        size_t cap = p->cap ? 2 * p->cap : 8;
        xlsx_sheet *s = realloc(b->sheets, cap * sizeof *s);
        if (!s)
            return YK_ERR_NOMEM;
        b->sheets = s;
        p->cap = cap;
    }
    xlsx_sheet *s = &b->sheets[b->n_sheets];
    /* NFC, as every cell: "Dữ liệu" typed decomposed is found by name. */
    yk_buf nfc = { 0 };
    yk_status st = yk_text_nfc(name, strlen(name), &nfc, &b->scratch);
    s->name = st == YK_OK ? yk_arena_strndup(&b->arena, nfc.data ? nfc.data : "", nfc.len)
                          : NULL;
    yk_buf_free(&nfc);
    s->part = part_name(b, r->target);
    s->hidden = state && (strcmp(state, "hidden") == 0 || strcmp(state, "veryHidden") == 0);
    s->worksheet = type_is(r, "worksheet");
    if (!s->name || !s->part)
        return YK_ERR_NOMEM;
    b->n_sheets++;
    return YK_OK;
}

static int is_true(const char *v)
{
    return v && (strcmp(v, "1") == 0 || strcmp(v, "true") == 0);
}

static void XMLCALL on_book(void *ctx, const XML_Char *name, const XML_Char **atts)
{
    book_parse *p = ctx;
    const char *local = xlsx_local(name);
    if (strcmp(local, "workbookPr") == 0)
        p->b->date1904 = is_true(xlsx_attr(atts, "date1904"));
    else if (strcmp(local, "sheet") == 0 && p->failure == YK_OK) {
        const char *n = xlsx_attr(atts, "name");
        if (n)
            p->failure = add_sheet(p, n, xlsx_attr(atts, "state"), xlsx_attr(atts, "id"));
    }
}

static yk_status parse_with(yk_xlsx *b, const char *part, XML_StartElementHandler start,
                            void *ctx, int *missing)
{
    XML_Parser p = XML_ParserCreate("UTF-8");
    if (!p)
        return YK_ERR_NOMEM;
    XML_SetUserData(p, ctx);
    XML_SetStartElementHandler(p, start);
    yk_status st = xlsx_part_parse(b, part, p, NULL, missing);
    XML_ParserFree(p);
    return st;
}

yk_status xlsx_book_read(yk_xlsx *b)
{
    rels_parse rels = { b, NULL, 0, 0, YK_OK };
    int missing = 0;
    yk_status st = parse_with(b, WORKBOOK_RELS, on_rel, &rels, &missing);
    if (st == YK_OK)
        st = rels.failure;
    book_parse book = { b, &rels, 0, YK_OK };
    if (st == YK_OK)
        st = parse_with(b, WORKBOOK, on_book, &book, &missing);
    if (st == YK_OK && missing) {
        xlsx_emit(b, YK_ERROR, "not-a-workbook", 0, 0,
                  "is it an Excel workbook (.xlsx)?  An .xls, .ods or .docx file "
                  "must be saved as .xlsx first",
                  "the zip holds no %s", WORKBOOK);
        st = YK_ERR_PARSE;
    }
    if (st == YK_OK)
        st = book.failure;
    const rel *strings = rel_by_type(&rels, "sharedStrings");
    const rel *styles = rel_by_type(&rels, "styles");
    const char *sp = strings ? part_name(b, strings->target) : "xl/sharedStrings.xml";
    const char *yp = styles ? part_name(b, styles->target) : "xl/styles.xml";
    if (st == YK_OK && (!sp || !yp))
        st = YK_ERR_NOMEM;
    if (st == YK_OK)
        st = xlsx_strings_read(b, sp);
    if (st == YK_OK)
        st = xlsx_styles_read(b, yp);
    free(rels.rels);
    return st;
}
