#include <string.h>
#include "yk_sniff.h"

enum { SNIFF_LINES = 64 };

static void utf16_by_zeros(const unsigned char *u, size_t n, yk_encoding *enc)
{
    size_t even = 0, odd = 0;
    n &= ~(size_t)1;
    for (size_t i = 0; i < n; i += 2) {
        even += u[i] == 0;
        odd += u[i + 1] == 0;
    }
    /* ASCII-heavy UTF-16 has a zero in every other byte. */
    if (n >= 8 && odd * 4 >= n && even * 20 < n)
        *enc = YK_ENC_UTF16LE;
    else if (n >= 8 && even * 4 >= n && odd * 20 < n)
        *enc = YK_ENC_UTF16BE;
}

size_t yk_bom_length(yk_bom bom)
{
    return bom == YK_BOM_UTF8 ? 3 : bom == YK_BOM_NONE ? 0 : 2;
}

void yk_sniff_bom(const char *p, size_t n, yk_bom *bom, yk_encoding *enc)
{
    const unsigned char *u = (const unsigned char *)p;
    *bom = YK_BOM_NONE;
    *enc = YK_ENC_UTF8;
    if (n >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF) {
        *bom = YK_BOM_UTF8;
    } else if (n >= 2 && u[0] == 0xFF && u[1] == 0xFE) {
        *bom = YK_BOM_UTF16LE;
        *enc = YK_ENC_UTF16LE;
    } else if (n >= 2 && u[0] == 0xFE && u[1] == 0xFF) {
        *bom = YK_BOM_UTF16BE;
        *enc = YK_ENC_UTF16BE;
    } else {
        utf16_by_zeros(u, n, enc);
    }
}

static const char candidates[] = { ',', ';', '\t', '|' };
enum { NCAND = sizeof candidates };

/* Count each candidate per line, outside quotes, for the first lines. */
static size_t count_lines(const char *p, size_t n,
                          unsigned counts[SNIFF_LINES][NCAND])
{
    size_t lines = 0;
    int quoted = 0, any = 0;
    memset(counts, 0, sizeof(unsigned[SNIFF_LINES][NCAND]));
    for (size_t i = 0; i < n && lines < SNIFF_LINES; i++) {
        char c = p[i];
        if (c == '"') {
            quoted = !quoted;
        } else if (!quoted && (c == '\n' || c == '\r')) {
            lines += any;
            any = 0;
        } else if (!quoted) {
            any = 1;
            for (size_t k = 0; k < NCAND; k++)
                counts[lines][k] += c == candidates[k];
        }
    }
    /* A last line cut off by the end of the sample is left out. */
    return lines ? lines : (size_t)any;
}

int yk_sniff_delimiter(const char *p, size_t n)
{
    unsigned counts[SNIFF_LINES][NCAND];
    size_t lines = count_lines(p, n, counts);
    int best = ',';
    size_t best_agree = 0;
    unsigned best_mode = 0;
    for (size_t k = 0; k < NCAND; k++) {
        /* The most common nonzero count and how many lines share it. */
        unsigned mode = 0;
        size_t agree = 0;
        for (size_t i = 0; i < lines; i++) {
            size_t same = 0;
            for (size_t j = 0; j < lines; j++)
                same += counts[j][k] == counts[i][k];
            if (counts[i][k] && (same > agree || (same == agree && counts[i][k] > mode))) {
                agree = same;
                mode = counts[i][k];
            }
        }
        if (agree > best_agree || (agree == best_agree && agree && mode > best_mode)) {
            best = candidates[k];
            best_agree = agree;
            best_mode = mode;
        }
    }
    return best;
}
