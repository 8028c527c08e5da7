/* A number cell as Excel shows it: the number in at most 15 significant
 * digits, or, under a date or time format, the date as ISO 8601.
 *
 * Excel stores a date as days since its epoch (the "serial").  In the
 * 1900 date system serial 1 is 1900-01-01 and serial 60 the 1900-02-29
 * that never was (kept from Lotus 1-2-3), so from serial 61 on the days
 * count from 1899-12-30; in the 1904 system (old Mac workbooks) serial 0
 * is 1904-01-01. */
#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "yk_text.h"
#include "xlsx_impl.h"

enum {
    DAY = 86400,
    FROM_1899_12_30 = 25569,    /* days to 1970-01-01 */
    FROM_1904_01_01 = 24107,
    LOTUS_DAY = 60,             /* Excel's 1900-02-29 */
    LAST_SERIAL = 2958465       /* 9999-12-31 */
};

/* The civil date of a day counted from 1970-01-01 (H. Hinnant's
 * civil_from_days, proleptic Gregorian). */
static void civil(long long z, long long *y, unsigned *m, unsigned *d)
{
    z += 719468;
    long long era = (z >= 0 ? z : z - 146096) / 146097;
    unsigned doe = (unsigned)(z - era * 146097);
    unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    unsigned mp = (5 * doy + 2) / 153;
    *d = doy - (153 * mp + 2) / 5 + 1;
    *m = mp < 10 ? mp + 3 : mp - 9;
    *y = (long long)yoe + era * 400 + (*m <= 2);
}

/* The serial day as days from 1970-01-01. */
static long long unix_day(long long day, int date1904)
{
    if (date1904)
        return day - FROM_1904_01_01;
    return day < LOTUS_DAY ? day - FROM_1899_12_30 + 1 : day - FROM_1899_12_30;
}

static yk_status put(yk_buf *out, const char *s, int n)
{
    return yk_buf_append(out, s, (size_t)n);
}

static yk_status date_text(long long day, int date1904, yk_buf *out)
{
    char s[32];
    if (!date1904 && day == LOTUS_DAY)
        return yk_buf_append(out, "1900-02-29", 10);
    long long y;
    unsigned m, d;
    civil(unix_day(day, date1904), &y, &m, &d);
    return put(out, s, snprintf(s, sizeof s, "%04lld-%02u-%02u", y, m, d));
}

static yk_status time_text(long long secs, yk_buf *out)
{
    char s[16];
    return put(out, s, snprintf(s, sizeof s, "%02lld:%02lld:%02lld", secs / 3600,
                                secs / 60 % 60, secs % 60));
}

static yk_status number_text(double x, yk_buf *out)
{
    char s[32];
    if (x == 0)
        x = 0;      /* -0 shows as 0 */
    return put(out, s, snprintf(s, sizeof s, "%.15g", x));
}

/* A serial Excel cannot show as a date (it shows ####): the number. */
static yk_status not_a_date(yk_xlsx *b, double x, unsigned long line,
                            unsigned long col, yk_buf *out)
{
    char ref[16];
    xlsx_emit(b, YK_WARNING, "bad-date", line, col,
              "Excel shows ##### in this cell; the number is read as it is",
              "cell %s has a date format but holds %.15g, which is no date from "
              "1900 to 9999", yk_xlsx_cell_name(col, line, ref), x);
    return number_text(x, out);
}

static yk_status serial_text(yk_xlsx *b, double x, xlsx_shown shown,
                             unsigned long line, unsigned long col, yk_buf *out)
{
    char ref[16];
    if (!(x >= 0 && x < LAST_SERIAL + 1.0))
        return not_a_date(b, x, line, col, out);
    long long secs = llround(x * DAY), day = secs / DAY, tod = secs % DAY;
    b->stats.dates++;
    if (day == 0 && shown != XLSX_DATE)
        return time_text(tod, out);     /* a time of day, typed alone */
    if (!b->date1904 && day == LOTUS_DAY)
        xlsx_emit(b, YK_WARNING, "nonexistent-date", line, col,
                  "the cell was probably meant as 1900-02-28 or 1900-03-01",
                  "cell %s holds 1900-02-29, a day Excel counts but no calendar has",
                  yk_xlsx_cell_name(col, line, ref));
    yk_status st = date_text(day, b->date1904, out);
    /* A time format on a serial of a day or more (a duration past 24 h,
     * or a date-time typed under a time format): the whole of it, rather
     * than the time of day alone, so no day is silently lost. */
    if (st == YK_OK && shown != XLSX_DATE) {
        st = yk_buf_append(out, " ", 1);
        if (st == YK_OK)
            st = time_text(tod, out);
    }
    return st;
}

static size_t digits(const char *v, size_t i, size_t n)
{
    size_t k = i;
    while (k < n && isdigit((unsigned char)v[k]))
        k++;
    return k - i;
}

/* Is v already what "%.15g" would write?  At most 15 significant digits,
 * no exponent, no zero to drop at either end, not "-0", and not below 0.1
 * (where %g may turn to an exponent).  Most cells are; they skip strtod
 * and printf, which were a third of the time a sheet took. */
static int shown_as_stored(const char *v, size_t n)
{
    size_t i = v[0] == '-', whole = digits(v, i, n), frac;
    if (whole == 0 || (v[i] == '0' && whole > 1))
        return 0;
    if (i + whole == n)
        return whole <= 15 && !(i && v[i] == '0');
    if (v[i + whole] != '.')
        return 0;
    frac = digits(v, i + whole + 1, n);
    if (i + whole + 1 + frac != n || frac == 0 || v[n - 1] == '0')
        return 0;
    if (v[i] == '0')        /* 0.x: the x must not be 0 */
        return v[i + 2] != '0' && frac <= 15;
    return whole + frac <= 15;
}

yk_status xlsx_number_text(yk_xlsx *b, const char *v, size_t n, xlsx_shown shown,
                           unsigned long line, unsigned long col, yk_buf *out)
{
    char *end;
    while (n > 0 && isspace((unsigned char)v[n - 1]))
        n--;
    if (n == 0)
        return YK_OK;
    if (shown == XLSX_NUMBER && shown_as_stored(v, n))
        return yk_buf_append(out, v, n);
    double x = strtod(v, &end);
    if (end != v + n || !isfinite(x)) {
        char ref[16], text[96];
        yk_text_quote(text, sizeof text, v, n);
        xlsx_emit(b, YK_WARNING, "bad-number", line, col, NULL,
                  "cell %s is a number cell but holds \"%s\": read as text",
                  yk_xlsx_cell_name(col, line, ref), text);
        return xlsx_text(v, n, out, &b->scratch);
    }
    return shown == XLSX_NUMBER ? number_text(x, out)
                                : serial_text(b, x, shown, line, col, out);
}

/* A t="d" cell holds ISO 8601 ("2024-03-15T10:23:45Z"): written as the
 * reader writes dates, with a space for the T, without the zone or
 * fractions of a second. */
yk_status xlsx_iso_text(yk_xlsx *b, const char *v, size_t n, yk_buf *out)
{
    size_t keep = 0;
    while (keep < n && (isdigit((unsigned char)v[keep]) || v[keep] == '-' ||
                        v[keep] == ':' || v[keep] == 'T'))
        keep++;
    size_t start = out->len;
    yk_status st = xlsx_text(v, keep ? keep : n, out, &b->scratch);
    char *t = keep ? memchr(out->data + start, 'T', out->len - start) : NULL;
    if (t)
        *t = ' ';
    if (st == YK_OK && keep)
        b->stats.dates++;
    return st;
}
