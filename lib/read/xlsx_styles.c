/* The styles (xl/styles.xml), read for one thing: which number cells
 * Excel shows as dates or times.  A cell's s attribute indexes cellXfs;
 * each xf names a number format, built in (ECMA-376 Part 1, 18.8.30) or
 * custom (<numFmt formatCode>). */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include "xlsx_impl.h"

enum { MAX_XFS = 1 << 20, MAX_FMTS = 1 << 16 };   /* Excel allows 64,000 */

xlsx_shown xlsx_builtin_shows(unsigned id)
{
    if (id == 22)
        return XLSX_DATETIME;
    if ((id >= 18 && id <= 21) || (id >= 45 && id <= 47))
        return XLSX_TIME;
    if ((id >= 14 && id <= 17) || (id >= 27 && id <= 36) || (id >= 50 && id <= 58))
        return XLSX_DATE;
    return XLSX_NUMBER;
}

/* A custom format shows a date when its code has d or y, a time when it
 * has h or s, and m counts with either: letters inside "quotes", after a
 * \ or _ or *, and inside [brackets] (colours, conditions, locales) are
 * text, but for the elapsed-time [h] [m] [s].  Only the first section
 * (positive numbers) counts. */
xlsx_shown xlsx_format_shows(const char *code)
{
    int date = 0, time = 0;
    for (const char *p = code; *p && *p != ';'; p++) {
        int c = tolower((unsigned char)*p);
        if (c == '"') {
            const char *q = strchr(p + 1, '"');
            if (!q)
                break;
            p = q;
        } else if ((c == '\\' || c == '_' || c == '*') && p[1]) {
            p++;
        } else if (c == '[') {
            const char *q = strchr(p, ']');
            if (!q)
                break;
            int elapsed = q - p > 1 && strspn(p + 1, "hHmMsS") == (size_t)(q - p - 1);
            time |= elapsed;
            p = q;
        } else if (c == 'd' || c == 'y') {
            date = 1;
        } else if (c == 'h' || c == 's') {
            time = 1;
        }
    }
    return date && time ? XLSX_DATETIME : date ? XLSX_DATE : time ? XLSX_TIME : XLSX_NUMBER;
}

/* ---- parsing ---------------------------------------------------------- */

static int parse_id(const char *v, unsigned long *out)
{
    char *end;
    if (!v || !isdigit((unsigned char)*v))
        return 0;
    *out = strtoul(v, &end, 10);
    return *end == '\0';
}

static yk_status add_format(xlsx_styles *s, unsigned long id, const char *code)
{
    if (s->n_fmts == MAX_FMTS)
        return YK_OK;
    if (s->n_fmts == s->cap_fmts) {
        size_t cap = s->cap_fmts ? 2 * s->cap_fmts : 32;
        xlsx_numfmt *p = realloc(s->fmts, cap * sizeof *p);
        if (!p)
            return YK_ERR_NOMEM;
        s->fmts = p;
        s->cap_fmts = cap;
    }
    s->sorted = 0;
    s->fmts[s->n_fmts++] = (xlsx_numfmt){ (unsigned)id, (unsigned char)xlsx_format_shows(code) };
    return YK_OK;
}

static int by_id(const void *a, const void *b)
{
    unsigned x = ((const xlsx_numfmt *)a)->id, y = ((const xlsx_numfmt *)b)->id;
    return (x > y) - (x < y);
}

/* A custom format overrides a built-in one of the same id. */
static xlsx_shown format_shows(xlsx_styles *s, unsigned long id)
{
    if (s->n_fmts && s->fmts) {
        if (!s->sorted) {
            qsort(s->fmts, s->n_fmts, sizeof *s->fmts, by_id);
            s->sorted = 1;
        }
        xlsx_numfmt key = { (unsigned)id, 0 };
        const xlsx_numfmt *f = bsearch(&key, s->fmts, s->n_fmts, sizeof key, by_id);
        if (f)
            return (xlsx_shown)f->shown;
    }
    return id > 0xFFFF ? XLSX_NUMBER : xlsx_builtin_shows((unsigned)id);
}

static yk_status add_xf(xlsx_styles *s, const char *fmt_id)
{
    unsigned long id = 0;
    if (s->n == MAX_XFS)
        return YK_OK;
    if (s->n == s->cap) {
        size_t cap = s->cap ? 2 * s->cap : 64;
        unsigned char *p = realloc(s->shown, cap);
        if (!p)
            return YK_ERR_NOMEM;
        s->shown = p;
        s->cap = cap;
    }
    s->shown[s->n++] = parse_id(fmt_id, &id) ? (unsigned char)format_shows(s, id)
                                             : XLSX_NUMBER;
    return YK_OK;
}

typedef struct {
    xlsx_parse sp;
    int in_cell_xfs;
} styles_state;

static void XMLCALL on_start(void *ctx, const XML_Char *name, const XML_Char **atts)
{
    styles_state *ss = ctx;
    xlsx_styles *s = &ss->sp.b->styles;
    const char *local = xlsx_local(name);
    yk_status st = YK_OK;
    unsigned long id;
    if (strcmp(local, "numFmt") == 0 && parse_id(xlsx_attr(atts, "numFmtId"), &id)) {
        const char *code = xlsx_attr(atts, "formatCode");
        st = add_format(s, id, code ? code : "");
    } else if (strcmp(local, "cellXfs") == 0)
        ss->in_cell_xfs = 1;
    else if (strcmp(local, "xf") == 0 && ss->in_cell_xfs)
        st = add_xf(s, xlsx_attr(atts, "numFmtId"));
    if (st != YK_OK)
        xlsx_parse_fail(&ss->sp, st);
}

static void XMLCALL on_end(void *ctx, const XML_Char *name)
{
    styles_state *ss = ctx;
    if (strcmp(xlsx_local(name), "cellXfs") == 0)
        ss->in_cell_xfs = 0;
}

yk_status xlsx_styles_read(yk_xlsx *b, const char *part)
{
    styles_state ss = { { b, XML_ParserCreate("UTF-8"), YK_OK }, 0 };
    if (!ss.sp.p)
        return YK_ERR_NOMEM;
    XML_SetUserData(ss.sp.p, &ss);
    XML_SetElementHandler(ss.sp.p, on_start, on_end);
    int missing;
    yk_status st = xlsx_part_parse(b, part, ss.sp.p, NULL, &missing);
    XML_ParserFree(ss.sp.p);
    return st == YK_ERR_STOPPED ? ss.sp.failure : st;
}

xlsx_shown xlsx_style_shows(const xlsx_styles *s, unsigned long i)
{
    return i < s->n ? (xlsx_shown)s->shown[i] : XLSX_NUMBER;
}

void xlsx_styles_free(xlsx_styles *s)
{
    free(s->shown);
    free(s->fmts);
}
