/* xlsx-fill — a test tool: fill an entry workbook (ykien entry-sheet) with
 * the rows of a CSV, as a typist would, so that tests can check that what
 * check and import read from the filled workbook is what they read from
 * the CSV.
 *
 *   xlsx-fill [-n] WORKBOOK.xlsx DATA.csv OUT.xlsx
 *
 * DATA.csv is UTF-8, comma-separated, its header the workbook's header
 * (the same names in the same order: anything else is refused, status 1).
 * OUT.xlsx is WORKBOOK.xlsx with its first sheet's <sheetData> replaced:
 * row 1 (the header) kept as it was, then one row per CSV row, every
 * non-empty value an inline string (-n: a value that reads wholly as a
 * plain decimal number is a number cell, as Excel stores a typed number);
 * empty values no cell.  Everything else (the drop-downs, comments, other
 * sheets) is kept byte for byte.  Built with libzip and libcsv. */
#include <csv.h>
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zip.h>

#define SHEET "xl/worksheets/sheet1.xml"
#define STRINGS "xl/sharedStrings.xml"

typedef struct {
    char *data;
    size_t len, cap;
} buf;

static void put(buf *b, const char *s, size_t n)
{
    if (b->len + n + 1 > b->cap) {
        b->cap = (b->len + n + 1) * 2;
        b->data = realloc(b->data, b->cap);
        if (!b->data) {
            fputs("xlsx-fill: out of memory\n", stderr);
            exit(2);
        }
    }
    memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = '\0';
}

static void puts_buf(buf *b, const char *s)
{
    put(b, s, strlen(s));
}

static void die(const char *what, const char *why)
{
    fprintf(stderr, "xlsx-fill: %s: %s\n", what, why);
    exit(1);
}

/* ---- the CSV -------------------------------------------------------------- */

typedef struct {
    buf xml;                    /* the rows written so far */
    char **header;              /* the workbook's header names */
    size_t ncols, col, row;     /* row: 1-based, of the CSV */
    int numbers;
} filler;

/* "A", "B", ... "AA": a column's letters. */
static void column_name(size_t col, char *out)
{
    char rev[8];
    int n = 0;
    for (col++; col; col = (col - 1) / 26)
        rev[n++] = (char)('A' + (col - 1) % 26);
    for (int i = 0; i < n; i++)
        out[i] = rev[n - 1 - i];
    out[n] = '\0';
}

/* Text for XML, with "_x" escaped as a workbook's strings need. */
static void put_text(buf *b, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c == '&')
            puts_buf(b, "&amp;");
        else if (c == '<')
            puts_buf(b, "&lt;");
        else if (c == '>')
            puts_buf(b, "&gt;");
        else if (c == '_' && i + 1 < n && s[i + 1] == 'x')
            puts_buf(b, "_x005F_");
        else
            put(b, &c, 1);
    }
}

/* A plain decimal number: optional '-', digits, optional '.' and digits,
 * no leading zero before another digit ("01" is a code). */
static int plain_number(const char *s, size_t n)
{
    size_t i = s[0] == '-';
    size_t start = i;
    while (i < n && isdigit((unsigned char)s[i]))
        i++;
    if (i == start || (s[start] == '0' && i - start > 1))
        return 0;
    if (i < n && s[i] == '.') {
        size_t frac = ++i;
        while (i < n && isdigit((unsigned char)s[i]))
            i++;
        if (i == frac)
            return 0;
    }
    return i == n;
}

static void on_field(void *s, size_t n, void *ctx)
{
    filler *f = ctx;
    char ref[16], cell[64];
    if (f->row == 1) {
        if (f->col >= f->ncols || strlen(f->header[f->col]) != n ||
            memcmp(f->header[f->col], s, n) != 0)
            die("the CSV's header", "is not the workbook's (names, order)");
    } else if (n) {
        if (f->col >= f->ncols)
            die("the CSV", "a row has more fields than the header");
        column_name(f->col, ref);
        int number = f->numbers && plain_number(s, n);
        snprintf(cell, sizeof cell, number ? "<c r=\"%s%zu\"><v>" :
                 "<c r=\"%s%zu\" t=\"inlineStr\"><is><t xml:space=\"preserve\">", ref, f->row);
        puts_buf(&f->xml, cell);
        put_text(&f->xml, s, n);
        puts_buf(&f->xml, number ? "</v></c>" : "</t></is></c>");
    }
    f->col++;
}

static void on_row(int c, void *ctx)
{
    filler *f = ctx;
    (void)c;
    if (f->row == 1 && f->col != f->ncols)
        die("the CSV's header", "is not the workbook's (fewer names)");
    if (f->row > 1)
        puts_buf(&f->xml, "</row>");
    f->row++;
    f->col = 0;
    char open[48];
    snprintf(open, sizeof open, "<row r=\"%zu\">", f->row);
    puts_buf(&f->xml, open);
}

/* ---- the workbook ------------------------------------------------------- */

static buf read_entry(zip_t *z, const char *name)
{
    zip_stat_t st;
    buf b = { 0 };
    zip_file_t *zf = zip_stat(z, name, 0, &st) == 0 ? zip_fopen(z, name, 0) : NULL;
    if (!zf)
        die(name, "not in the workbook");
    b.data = malloc(st.size + 1);
    if (!b.data || zip_fread(zf, b.data, st.size) != (zip_int64_t)st.size)
        die(name, "cannot be read");
    b.len = st.size;
    b.data[b.len] = '\0';
    zip_fclose(zf);
    return b;
}

/* The text of shared string i, as libxlsxwriter writes them
 * (<si><t>text</t></si>, or <t xml:space="preserve">), unescaped. */
static char *shared_string(const buf *strings, long i)
{
    const char *p = strings->data;
    for (long k = 0; p && k <= i; k++)
        p = strstr(p + 1, "<si>");
    p = p ? strstr(p, "<t") : NULL;
    p = p ? strchr(p, '>') : NULL;
    const char *end = p ? strstr(p, "</t>") : NULL;
    if (!end)
        die(STRINGS, "a header's string is not there");
    buf out = { 0 };
    static const struct { const char *from, *to; } escapes[] = {
        { "&amp;", "&" }, { "&lt;", "<" }, { "&gt;", ">" }, { "&quot;", "\"" },
        { "_x005F_", "_" },
    };
    for (p++; p < end;) {
        size_t k = 0;
        while (k < 5 && strncmp(p, escapes[k].from, strlen(escapes[k].from)) != 0)
            k++;
        if (k < 5) {
            puts_buf(&out, escapes[k].to);
            p += strlen(escapes[k].from);
        } else {
            put(&out, p++, 1);
        }
    }
    if (!out.data)
        put(&out, "", 0);
    return out.data;
}

/* The names of row 1: each cell's shared string. */
static char **header_names(const char *row1, const char *row1_end, const buf *strings,
                           size_t *n)
{
    char **names = NULL;
    *n = 0;
    for (const char *c = strstr(row1, "<v>"); c && c < row1_end; c = strstr(c + 1, "<v>")) {
        names = realloc(names, (*n + 1) * sizeof *names);
        if (!names)
            die("the header", "out of memory");
        names[(*n)++] = shared_string(strings, strtol(c + 3, NULL, 10));
    }
    return names;
}

static buf read_file(const char *path)
{
    FILE *f = fopen(path, "rb");
    buf b = { 0 };
    char chunk[65536];
    size_t got;
    if (!f)
        die(path, "cannot be opened");
    while ((got = fread(chunk, 1, sizeof chunk, f)) > 0)
        put(&b, chunk, got);
    fclose(f);
    if (!b.data)
        put(&b, "", 0);
    return b;
}

static void write_file(const char *path, const buf *b)
{
    FILE *f = fopen(path, "wb");
    if (!f || fwrite(b->data, 1, b->len, f) != b->len || fclose(f) != 0)
        die(path, "cannot be written");
}

/* The sheet with its rows after row 1 replaced by the CSV's. */
static buf filled_sheet(const buf *sheet, const buf *strings, const buf *csv, int numbers)
{
    const char *row1 = strstr(sheet->data, "<row r=\"1\"");
    const char *row1_end = row1 ? strstr(row1, "</row>") : NULL;
    const char *data_end = strstr(sheet->data, "</sheetData>");
    if (!row1_end || !data_end)
        die(SHEET, "has no header row");
    row1_end += strlen("</row>");
    filler f = { .row = 1, .numbers = numbers };
    f.header = header_names(row1, row1_end, strings, &f.ncols);
    struct csv_parser p;
    if (csv_init(&p, CSV_STRICT | CSV_STRICT_FINI) != 0)
        die("libcsv", "cannot start");
    const char *data = csv->data;
    size_t len = csv->len;
    if (len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0)
        data += 3, len -= 3;
    if (csv_parse(&p, data, len, on_field, on_row, &f) != len ||
        csv_fini(&p, on_field, on_row, &f) != 0)
        die("the CSV", csv_strerror(csv_error(&p)));
    csv_free(&p);
    /* on_row opened a row after the last one: drop it. */
    char open[48];
    snprintf(open, sizeof open, "<row r=\"%zu\">", f.row);
    if (f.xml.len >= strlen(open))
        f.xml.len -= strlen(open);
    buf out = { 0 };
    put(&out, sheet->data, (size_t)(row1_end - sheet->data));
    put(&out, f.xml.data ? f.xml.data : "", f.xml.len);
    puts_buf(&out, data_end);
    for (size_t i = 0; i < f.ncols; i++)
        free(f.header[i]);
    free(f.header);
    free(f.xml.data);
    return out;
}

int main(int argc, char **argv)
{
    int numbers = argc > 1 && strcmp(argv[1], "-n") == 0;
    if (argc - numbers != 4) {
        fputs("usage: xlsx-fill [-n] WORKBOOK.xlsx DATA.csv OUT.xlsx\n", stderr);
        return 2;
    }
    const char *in = argv[1 + numbers], *csv_path = argv[2 + numbers], *out = argv[3 + numbers];
    buf book = read_file(in), csv = read_file(csv_path);
    write_file(out, &book);
    int err;
    zip_t *z = zip_open(out, 0, &err);
    if (!z)
        die(out, "not a zip");
    buf sheet = read_entry(z, SHEET), strings = read_entry(z, STRINGS);
    buf filled = filled_sheet(&sheet, &strings, &csv, numbers);
    zip_source_t *src = zip_source_buffer(z, filled.data, filled.len, 0);
    zip_int64_t at = zip_name_locate(z, SHEET, 0);
    if (!src || at < 0 || zip_file_replace(z, (zip_uint64_t)at, src, 0) != 0)
        die(out, zip_strerror(z));
    if (zip_close(z) != 0)
        die(out, "cannot be written");
    free(book.data);
    free(csv.data);
    free(sheet.data);
    free(strings.data);
    free(filled.data);
    return 0;
}
