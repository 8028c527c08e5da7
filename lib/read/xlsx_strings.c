/* The shared strings (xl/sharedStrings.xml): the workbook's dictionary
 * of text, which text cells point into by index.  All of it is held, in
 * one buffer with offsets, NFC, so a cell costs a lookup; a string over
 * max_field is kept only as "too long", said when a cell uses it. */
#include <stdlib.h>
#include <string.h>
#include "yk_text.h"
#include "xlsx_impl.h"

static int hex(int c)
{
    return c >= '0' && c <= '9' ? c - '0'
         : c >= 'a' && c <= 'f' ? c - 'a' + 10
         : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

/* The code point of an "_xHHHH_" escape at s (n bytes left), or -1.
 * NUL and surrogates stay as written: no text holds them. */
static long escape_at(const char *s, size_t n)
{
    if (n < 7 || s[0] != '_' || s[1] != 'x' || s[6] != '_')
        return -1;
    long cp = 0;
    for (int k = 2; k < 6; k++) {
        int d = hex((unsigned char)s[k]);
        if (d < 0)
            return -1;
        cp = cp * 16 + d;
    }
    return cp == 0 || (cp >= 0xD800 && cp <= 0xDFFF) ? -1 : cp;
}

/* OOXML writes characters XML cannot hold, and "_x" itself, as _xHHHH_
 * (ECMA-376 Part 1, 22.9.2.19): Excel shows them decoded. */
static yk_status unescape(const char *s, size_t n, yk_buf *out)
{
    size_t from = 0;
    for (size_t i = 0; i + 7 <= n; i++) {
        long cp = s[i] == '_' ? escape_at(s + i, n - i) : -1;
        if (cp < 0)
            continue;
        yk_status st = yk_buf_append(out, s + from, i - from);
        if (st == YK_OK)
            st = yk_utf8_put(out, (uint32_t)cp);
        if (st != YK_OK)
            return st;
        i += 6;
        from = i + 1;
    }
    return yk_buf_append(out, s + from, n - from);
}

yk_status xlsx_text(const char *s, size_t n, yk_buf *out, yk_buf *scratch)
{
    if (n < 7 || !memchr(s, '_', n))
        return yk_text_nfc(s, n, out, scratch);
    yk_buf plain = { 0 };
    yk_status st = unescape(s, n, &plain);
    if (st == YK_OK)
        st = yk_text_nfc(plain.data ? plain.data : "", plain.len, out, scratch);
    yk_buf_free(&plain);
    return st;
}

/* ---- parsing ---------------------------------------------------------- */

static void XMLCALL on_start(void *ctx, const XML_Char *name, const XML_Char **atts)
{
    (void)atts;
    xlsx_parse *sp = ctx;
    xlsx_strings *s = &sp->b->strings;
    const char *local = xlsx_local(name);
    if (strcmp(local, "si") == 0) {
        s->in_si = 1;
        s->over = 0;
        yk_buf_clear(&s->part);
    } else if (strcmp(local, "rPh") == 0)
        s->in_rph = 1;
    else if (strcmp(local, "t") == 0 && s->in_si && !s->in_rph)
        s->in_t = 1;
}

static void XMLCALL on_text(void *ctx, const XML_Char *text, int len)
{
    xlsx_parse *sp = ctx;
    xlsx_strings *s = &sp->b->strings;
    if (!s->in_t || s->over)
        return;
    if (s->part.len + (size_t)len > sp->b->opts.max_field) {
        s->over = 1;
        return;
    }
    yk_status st = yk_buf_append(&s->part, text, (size_t)len);
    if (st != YK_OK)
        xlsx_parse_fail(sp, st);
}

static yk_status grow(xlsx_strings *s)
{
    if (s->n < s->cap)
        return YK_OK;
    size_t cap = s->cap ? 2 * s->cap : 1024;
    xlsx_string *p = realloc(s->at, cap * sizeof *p);
    if (!p)
        return YK_ERR_NOMEM;
    s->at = p;
    s->cap = cap;
    return YK_OK;
}

/* Keep the <si> just read. */
static yk_status keep(yk_xlsx *b, xlsx_strings *s)
{
    yk_status st = grow(s);
    if (st != YK_OK)
        return st;
    /* The index costs memory too: it counts against max_strings. */
    if ((unsigned long long)(s->n + 1) * sizeof *s->at > b->opts.max_strings)
        return YK_ERR_LIMIT;
    if (s->over) {
        s->at[s->n++] = (xlsx_string){ XLSX_TOO_LONG, b->opts.max_field + 1 };
        return YK_OK;
    }
    size_t off = s->text.len;
    st = xlsx_text(s->part.data ? s->part.data : "", s->part.len, &s->text, &b->scratch);
    if (st == YK_OK)
        st = yk_buf_append(&s->text, "", 1);
    if (st == YK_OK)
        s->at[s->n++] = (xlsx_string){ off, s->text.len - off - 1 };
    return st;
}

static void XMLCALL on_end(void *ctx, const XML_Char *name)
{
    xlsx_parse *sp = ctx;
    xlsx_strings *s = &sp->b->strings;
    const char *local = xlsx_local(name);
    if (strcmp(local, "t") == 0)
        s->in_t = 0;
    else if (strcmp(local, "rPh") == 0)
        s->in_rph = 0;
    else if (strcmp(local, "si") == 0 && s->in_si) {
        s->in_si = 0;
        yk_status st = keep(sp->b, s);
        if (st != YK_OK)
            xlsx_parse_fail(sp, st);
    }
}

static yk_status too_many(yk_xlsx *b, const char *part)
{
    xlsx_emit(b, YK_ERROR, "too-many-strings", 0, 0,
              "split the workbook, or raise the limit if the file is trusted",
              "%s holds more than %llu bytes of text: the workbook is not read",
              part, b->opts.max_strings);
    return YK_ERR_LIMIT;
}

yk_status xlsx_strings_read(yk_xlsx *b, const char *part)
{
    xlsx_strings *s = &b->strings;
    xlsx_parse sp = { b, XML_ParserCreate("UTF-8"), YK_OK };
    if (!sp.p)
        return YK_ERR_NOMEM;
    XML_SetUserData(sp.p, &sp);
    XML_SetElementHandler(sp.p, on_start, on_end);
    XML_SetCharacterDataHandler(sp.p, on_text);
    int missing;
    yk_status st = xlsx_part_parse(b, part, sp.p, NULL, &missing);
    XML_ParserFree(sp.p);
    yk_buf_free(&s->part);
    if (st == YK_ERR_STOPPED)
        st = sp.failure;
    if (st == YK_ERR_LIMIT && sp.failure == YK_ERR_LIMIT)
        return too_many(b, part);
    return st;
}

void xlsx_strings_free(xlsx_strings *s)
{
    yk_buf_free(&s->text);
    yk_buf_free(&s->part);
    free(s->at);
}
