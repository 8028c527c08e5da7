/* One part of the zip inflated into an expat parser, 64 KiB at a time,
 * counting the bytes as they come: the sizes in the zip's directory are
 * the sender's word and a zip bomb lies in them. */
#include <string.h>
#include "xlsx_impl.h"

const char *xlsx_local(const char *name)
{
    const char *colon = strchr(name, ':');
    return colon ? colon + 1 : name;
}

const char *xlsx_attr(const char **atts, const char *local)
{
    for (size_t i = 0; atts[i]; i += 2)
        if (strcmp(xlsx_local(atts[i]), local) == 0)
            return atts[i + 1];
    return NULL;
}

static zip_int64_t locate(zip_t *z, const char *name)
{
    zip_int64_t i = zip_name_locate(z, name, 0);
    return i >= 0 ? i : zip_name_locate(z, name, ZIP_FL_NOCASE);
}

/* The compressed size the ratio counts against: the directory's figure,
 * but never more than the whole archive. */
static unsigned long long packed_size(yk_xlsx *b, zip_int64_t i)
{
    zip_stat_t zs;
    zip_stat_init(&zs);
    if (zip_stat_index(b->zip, (zip_uint64_t)i, 0, &zs) != 0 ||
        !(zs.valid & ZIP_STAT_COMP_SIZE) || zs.comp_size > b->archive_bytes)
        return b->archive_bytes;
    return zs.comp_size ? zs.comp_size : 1;
}

static yk_status bomb(yk_xlsx *b, const char *name, const unsigned long *row,
                      unsigned long long inflated, unsigned long long packed,
                      int by_ratio)
{
    if (by_ratio)
        xlsx_emit(b, YK_ERROR, "zip-bomb", row ? *row : 0, 0,
                  "a real sheet compresses perhaps 20 times; this is a zip bomb "
                  "or a damaged file",
                  "%s inflates to more than %u times its %llu compressed bytes "
                  "(%llu bytes so far): the read stops",
                  name, b->opts.max_ratio, packed, inflated);
    else
        xlsx_emit(b, YK_ERROR, "zip-bomb", row ? *row : 0, 0,
                  "split the workbook, or raise the limit if the file is trusted",
                  "%s inflates to more than %llu bytes: the read stops",
                  name, b->opts.max_part);
    return YK_ERR_LIMIT;
}

static yk_status bad_xml(yk_xlsx *b, const char *name, XML_Parser p,
                         const unsigned long *row)
{
    enum XML_Error e = XML_GetErrorCode(p);
    if (e == XML_ERROR_ABORTED)
        return YK_ERR_STOPPED;
    if (e == XML_ERROR_NO_MEMORY)
        return YK_ERR_NOMEM;
    xlsx_emit(b, YK_ERROR, "bad-xml", row ? *row : 0, 0,
              "the workbook is damaged; open it in Excel or LibreOffice and save it again",
              "%s is not well-formed XML (its line %lu, column %lu): %s", name,
              (unsigned long)XML_GetCurrentLineNumber(p),
              (unsigned long)XML_GetCurrentColumnNumber(p) + 1,
              XML_ErrorString(e));
    return YK_ERR_PARSE;
}

static yk_status bad_zip(yk_xlsx *b, const char *name, zip_error_t *e,
                         const unsigned long *row)
{
    xlsx_emit(b, YK_ERROR, "bad-zip", row ? *row : 0, 0,
              "the workbook is damaged or encrypted; open it in Excel and save it again",
              "%s cannot be read from the zip: %s", name, zip_error_strerror(e));
    return YK_ERR_PARSE;
}

static yk_status inflate_into(yk_xlsx *b, const char *name, zip_file_t *f,
                              unsigned long long packed, XML_Parser p,
                              const unsigned long *row)
{
    unsigned long long inflated = 0;
    for (;;) {
        void *buf = XML_GetBuffer(p, XLSX_CHUNK);
        if (!buf)
            return YK_ERR_NOMEM;
        zip_int64_t n = zip_fread(f, buf, XLSX_CHUNK);
        if (n < 0)
            return bad_zip(b, name, zip_file_get_error(f), row);
        inflated += (unsigned long long)n;
        if (inflated > b->opts.max_part)
            return bomb(b, name, row, inflated, packed, 0);
        if (inflated > YK_XLSX_RATIO_FREE && inflated / b->opts.max_ratio > packed)
            return bomb(b, name, row, inflated, packed, 1);
        if (XML_ParseBuffer(p, (int)n, n == 0) != XML_STATUS_OK)
            return bad_xml(b, name, p, row);
        if (n == 0)
            return YK_OK;
    }
}

yk_status xlsx_part_parse(yk_xlsx *b, const char *name, XML_Parser p,
                          const unsigned long *row, int *missing)
{
    zip_int64_t i = locate(b->zip, name);
    if (missing)
        *missing = i < 0;
    if (i < 0 && missing)
        return YK_OK;
    if (i < 0) {
        xlsx_emit(b, YK_ERROR, "not-a-workbook", 0, 0,
                  "the workbook is damaged; open it in Excel and save it again",
                  "the workbook names the part %s, which its zip does not hold", name);
        return YK_ERR_PARSE;
    }
    zip_file_t *f = zip_fopen_index(b->zip, (zip_uint64_t)i, 0);
    if (!f)
        return bad_zip(b, name, zip_get_error(b->zip), row);
    yk_status st = inflate_into(b, name, f, packed_size(b, i), p, row);
    zip_fclose(f);
    return st;
}

void xlsx_parse_fail(xlsx_parse *x, yk_status st)
{
    if (x->failure == YK_OK)
        x->failure = st;
    XML_StopParser(x->p, XML_FALSE);
}
