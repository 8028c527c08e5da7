#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "yk_keyvalue.h"
#include "yk_rules.h"

enum { RULES_MAX_BYTES = 64 << 10, MAX_THRESHOLDS = 64, MAX_DENOMINATOR = 1000,
       MAX_WORD = 64 };

struct yk_rules {
    char *name, *title;
    yk_base base;
    int has_base;
    yk_threshold thresholds[MAX_THRESHOLDS];
    size_t n;
    unsigned long name_line, title_line, base_line;
    const char *source;
    yk_diag_fn diag;
    void *diag_ctx;
    int errors;
};

static const char *const level_names[YK_N_LEVELS] = { "high", "trust", "low" };
static const char *const base_names[YK_N_BASES] = { "members", "present", "issued", "valid" };

const char *yk_level_name(yk_level level)
{
    return level < YK_N_LEVELS ? level_names[level] : "?";
}

const char *yk_base_name(yk_base base)
{
    return base < YK_N_BASES ? base_names[base] : "?";
}

int yk_base_parse(const char *name, yk_base *out)
{
    for (int i = 0; i < YK_N_BASES; i++)
        if (strcmp(name, base_names[i]) == 0) {
            *out = (yk_base)i;
            return 1;
        }
    return 0;
}

static void emit(yk_rules *r, const char *kind, unsigned long line, const char *hint,
                 const char *fmt, ...) __attribute__((format(printf, 5, 6)));
static void emit(yk_rules *r, const char *kind, unsigned long line, const char *hint,
                 const char *fmt, ...)
{
    va_list ap;
    r->errors++;
    va_start(ap, fmt);
    yk_diag_vsend(r->diag, r->diag_ctx, YK_ERROR, kind, r->source, line, 0, hint, fmt, ap);
    va_end(ap);
}

static int is_flag(const char *s)
{
    if (!*s || strlen(s) > MAX_WORD || strcmp(s, "none") == 0)
        return 0;
    for (; *s; s++)
        if (!((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') ||
              (*s >= '0' && *s <= '9') || *s == '-' || *s == '_'))
            return 0;
    return 1;
}

/* A whole number of at most four digits (fractions are small). */
static int parse_small(const char *s, size_t n, unsigned long *out)
{
    if (n == 0 || n > 4)
        return 0;
    unsigned long v = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9')
            return 0;
        v = v * 10 + (unsigned long)(s[i] - '0');
    }
    *out = v;
    return 1;
}

static int parse_fraction(const char *s, unsigned long *p, unsigned long *q)
{
    const char *slash = strchr(s, '/');
    return slash && parse_small(s, (size_t)(slash - s), p) &&
           parse_small(slash + 1, strlen(slash + 1), q) &&
           *q > 0 && *q <= MAX_DENOMINATOR && *p <= *q;
}

static int parse_level(const char *s, yk_level *out)
{
    for (int i = 0; i < YK_N_LEVELS; i++)
        if (strcmp(s, level_names[i]) == 0) {
            *out = (yk_level)i;
            return 1;
        }
    return 0;
}

static const char threshold_hint[] =
    "write 'threshold = LEVEL more-than|at-least P/Q FLAG', "
    "e.g. 'threshold = low at-least 2/3 dismissal'";

/* "low at-least 2/3 dismissal": four words. */
static yk_status add_threshold(yk_rules *r, char *value, unsigned long line)
{
    char *words[5] = { 0 }, *save = NULL;
    int n = 0;
    for (char *w = strtok_r(value, " \t", &save); w && n < 5; w = strtok_r(NULL, " \t", &save))
        words[n++] = w;
    yk_threshold t = { .line = line };
    int cmp_ok = n == 4 && (strcmp(words[1], "more-than") == 0 ||
                            strcmp(words[1], "at-least") == 0);
    if (n != 4 || !parse_level(words[0], &t.level) || !cmp_ok ||
        !parse_fraction(words[2], &t.p, &t.q) || !is_flag(words[3])) {
        emit(r, "rules-syntax", line, threshold_hint,
             "a threshold is a level (high, trust, low), more-than or at-least, "
             "a fraction P/Q (Q from 1 to %d) and a flag other than 'none'",
             MAX_DENOMINATOR);
        return YK_OK;
    }
    if (r->n == MAX_THRESHOLDS) {
        emit(r, "rules-too-large", line, NULL, "more than %d thresholds", MAX_THRESHOLDS);
        return YK_OK;
    }
    t.comparison = strcmp(words[1], "more-than") == 0 ? YK_MORE_THAN : YK_AT_LEAST;
    t.flag = strdup(words[3]);
    if (!t.flag)
        return YK_ERR_NOMEM;
    r->thresholds[r->n++] = t;
    return YK_OK;
}

/* name, title and base: once each. */
static int once(yk_rules *r, const char *key, unsigned long *seen, unsigned long line)
{
    if (*seen) {
        emit(r, "rules-duplicate", line, NULL, "'%s' is set twice (first on line %lu)",
             key, *seen);
        return 0;
    }
    *seen = line;
    return 1;
}

static yk_status set(yk_rules *r, const char *key, char *value, unsigned long line)
{
    if (strcmp(key, "threshold") == 0)
        return add_threshold(r, value, line);
    if (strcmp(key, "base") == 0) {
        if (!once(r, key, &r->base_line, line))
            return YK_OK;
        if (!yk_base_parse(value, &r->base))
            emit(r, "rules-syntax", line, "members, present, issued or valid",
                 "'%s' is not a base", value);
        r->has_base = 1;
        return YK_OK;
    }
    char **slot = strcmp(key, "name") == 0 ? &r->name
                : strcmp(key, "title") == 0 ? &r->title : NULL;
    if (!slot) {
        emit(r, "rules-syntax", line, "known: name, title, base, threshold",
             "'%s' is not a setting of a rule set", key);
        return YK_OK;
    }
    if (!once(r, key, slot == &r->name ? &r->name_line : &r->title_line, line))
        return YK_OK;
    if (slot == &r->name && !is_flag(value)) {
        emit(r, "rules-syntax", line, "letters, digits, '-' and '_', as in qd96-2023",
             "'%s' is not a rule set's name", value);
        return YK_OK;
    }
    *slot = strdup(value);
    return *slot ? YK_OK : YK_ERR_NOMEM;
}

/* One line of the rule set (a yk_kv_fn). */
static yk_status parse_line(void *ctx, const char *key, char *value, unsigned long line)
{
    yk_rules *r = ctx;
    if (!key) {
        emit(r, "rules-syntax", line, "write 'key = value', or '# ...' for a note",
             "the line is not 'key = value'");
        return YK_OK;
    }
    return set(r, key, value, line);
}

/* "rules/qd96-2023.rules" is named qd96-2023. */
static char *name_of_source(const char *source)
{
    const char *base = strrchr(source, '/');
    base = base ? base + 1 : source;
    size_t n = strlen(base);
    if (n > 6 && strcmp(base + n - 6, ".rules") == 0)
        n -= 6;
    char *out = malloc(n + 1);
    if (out) {
        memcpy(out, base, n);
        out[n] = '\0';
    }
    return out;
}

static yk_status check_whole(yk_rules *r)
{
    if (!r->has_base)
        emit(r, "rules-incomplete", 0, "add 'base = members' (or present, issued, valid)",
             "the rule set names no base");
    if (r->n == 0)
        emit(r, "rules-incomplete", 0, threshold_hint, "the rule set has no threshold");
    if (!r->name)
        r->name = name_of_source(r->source);
    return r->name ? YK_OK : YK_ERR_NOMEM;
}

yk_status yk_rules_load(const char *source, yk_input *in, yk_diag_fn diag,
                        void *diag_ctx, yk_rules **out)
{
    yk_rules *r = calloc(1, sizeof *r);
    *out = NULL;
    if (!r)
        return YK_ERR_NOMEM;
    r->source = source;
    r->diag = diag;
    r->diag_ctx = diag_ctx;
    yk_status st = yk_kv_read(in, RULES_MAX_BYTES, parse_line, r);
    if (st == YK_ERR_LIMIT)
        emit(r, "rules-too-large", 0, NULL, "a rule set is at most %d KiB",
             RULES_MAX_BYTES >> 10);
    if (st == YK_OK)
        st = check_whole(r);
    if (st == YK_OK && r->errors)
        st = YK_ERR_PARSE;
    if (st == YK_ERR_LIMIT)
        st = YK_ERR_PARSE;
    if (st != YK_OK) {
        yk_rules_free(r);
        return st;
    }
    r->source = NULL;           /* borrowed only during the load */
    *out = r;
    return YK_OK;
}

void yk_rules_free(yk_rules *r)
{
    if (!r)
        return;
    for (size_t i = 0; i < r->n; i++)
        free((char *)r->thresholds[i].flag);
    free(r->name);
    free(r->title);
    free(r);
}

const char *yk_rules_name(const yk_rules *r)
{
    return r->name;
}

const char *yk_rules_title(const yk_rules *r)
{
    return r->title;
}

yk_base yk_rules_base(const yk_rules *r)
{
    return r->base;
}

size_t yk_rules_n_thresholds(const yk_rules *r)
{
    return r->n;
}

const yk_threshold *yk_rules_threshold(const yk_rules *r, size_t i)
{
    return i < r->n ? &r->thresholds[i] : NULL;
}

int yk_threshold_holds(const yk_threshold *t, unsigned long count, unsigned long base)
{
    unsigned long long share = (unsigned long long)t->q * count;
    unsigned long long bound = (unsigned long long)t->p * base;
    return t->comparison == YK_MORE_THAN ? share > bound : share >= bound;
}

const char *yk_rules_flag(const yk_rules *r, const unsigned long *counts,
                          unsigned long base)
{
    if (base == 0)
        return NULL;
    for (size_t i = 0; i < r->n; i++)
        if (yk_threshold_holds(&r->thresholds[i], counts[r->thresholds[i].level], base))
            return r->thresholds[i].flag;
    return "none";
}
