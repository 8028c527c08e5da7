/* ykien — loading a form: small text helpers, numbers, names.
 * The insides it shares are in form_impl.h. */
#include <math.h>
#include <string.h>
#include <utf8proc.h>
#include "yk_textkey.h"
#include "form_impl.h"

/* ---- small text helpers -------------------------------------------- */

/* ---- numbers -------------------------------------------------------- */

static const double pow10s[] = {
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
    1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22
};

static double scale10(double v, long e)
{
    for (; e > 22; e -= 22)
        v *= 1e22;
    for (; e < -22; e += 22)
        v /= 1e22;
    return e >= 0 ? v * pow10s[e] : v / pow10s[-e];
}

/* "45", "-3", "4.5" or "4,5" (Vietnamese Excel's decimal comma).  Parsed
 * here rather than with strtod, whose decimal point follows the locale. */
int yk_form_parse_number(span t, double *out)
{
    size_t i = 0;
    int neg = 0, digits = 0, point = 0;
    unsigned long long mant = 0;
    long exp10 = 0;
    if (i < t.n && (t.s[i] == '-' || t.s[i] == '+'))
        neg = t.s[i++] == '-';
    for (; i < t.n; i++) {
        char c = t.s[i];
        if ((c == '.' || c == ',') && !point) {
            point = 1;
        } else if (c >= '0' && c <= '9') {
            digits++;
            if (mant < 100000000000000000ull) {
                mant = mant * 10 + (unsigned)(c - '0');
                exp10 -= point;
            } else {
                exp10 += !point;    /* a digit past what a double holds */
            }
        } else {
            return 0;
        }
    }
    double v = scale10((double)mant, exp10);
    if (!digits || !isfinite(v))
        return 0;
    *out = neg ? -v : v;
    return 1;
}

/* A non-negative whole number, digits optionally grouped by threes with
 * '.', ',' or ' ' ("1.234" is 1234 in Vietnamese; a count is never a
 * fraction). */
int yk_form_parse_count(span t, long *out)
{
    long v = 0;
    size_t group = 0, i = 0;
    int grouped = 0;
    if (!t.n)
        return 0;
    for (; i < t.n; i++) {
        char c = t.s[i];
        if (c >= '0' && c <= '9') {
            if (v > (0x7fffffffL - (c - '0')) / 10)
                return 0;
            v = v * 10 + (c - '0');
            group++;
        } else if ((c == '.' || c == ',' || c == ' ') && group &&
                   (grouped ? group == 3 : group <= 3)) {
            grouped = 1;
            group = 0;
        } else {
            return 0;
        }
    }
    if (grouped && group != 3)
        return 0;
    *out = v;
    return 1;
}

/* ---- names ---------------------------------------------------------- */

static int letter_cat(utf8proc_category_t c)
{
    return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LL ||
           c == UTF8PROC_CATEGORY_LT || c == UTF8PROC_CATEGORY_LM ||
           c == UTF8PROC_CATEGORY_LO;
}

/* XLSForm names are XML names: a letter or '_', then letters, digits,
 * '_', '-' and '.'.  Letters include Vietnamese ones, as in XML. */
int yk_form_valid_name(span t)
{
    size_t i = 0;
    if (!t.n)
        return 0;
    while (i < t.n) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t len = utf8proc_iterate((const utf8proc_uint8_t *)t.s + i,
                                                (utf8proc_ssize_t)(t.n - i), &cp);
        if (len <= 0)
            return 0;
        utf8proc_category_t cat = utf8proc_category(cp);
        int ok = cp == '_' || (cp < 0x80 ? (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z'
                                         : letter_cat(cat));
        if (i > 0)
            ok = ok || cp == '-' || cp == '.' || cat == UTF8PROC_CATEGORY_ND ||
                 (cp >= 0x80 && (cat == UTF8PROC_CATEGORY_MN ||
                                 cat == UTF8PROC_CATEGORY_MC));
        if (!ok)
            return 0;
        i += (size_t)len;
    }
    return 1;
}

/* Edit distance in code points, ASCII case ignored; more than SUGGEST_MAX
 * when either string is long. */
size_t yk_form_distance(const char *a, size_t na, const char *b, size_t nb)
{
    char la[SUGGEST_MAX * 4], lb[SUGGEST_MAX * 4];
    if (na > sizeof la || nb > sizeof lb)
        return SUGGEST_MAX + 1;
    for (size_t i = 0; i < na; i++)
        la[i] = (char)(a[i] >= 'A' && a[i] <= 'Z' ? a[i] + 32 : a[i]);
    for (size_t i = 0; i < nb; i++)
        lb[i] = (char)(b[i] >= 'A' && b[i] <= 'Z' ? b[i] + 32 : b[i]);
    return yk_textkey_distance(la, na, lb, nb, SUGGEST_MAX);
}

/* Close enough to suggest: a slip of a key or two, not another word. */
int yk_form_close_enough(size_t d, size_t len)
{
    return d <= 2 && d * 3 <= len + 1;
}
