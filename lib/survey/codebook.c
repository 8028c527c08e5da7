/* ykien — a form's coded data as a statistics package's variables
 * (yk_codebook.h states the rules). */
#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <utf8proc.h>
#include "yk_arena.h"
#include "yk_codebook.h"
#include "yk_dict.h"
#include "yk_text.h"

struct yk_codebook {
    yk_arena arena;
    yk_codebook_var *vars;
    size_t n;
    yk_dict *taken;             /* lower-cased names given so far */
    yk_package package;
    const yk_form *form;
    size_t lang;
    int english;
};

/* A name's longest stem before the checks, so a form's 5000-byte name
 * costs nothing: any longer is cut to the package's limit anyway. */
enum { NAME_STEM_MAX = 128 };

static const char *const spss_reserved[] = {
    "all", "and", "by", "eq", "ge", "gt", "le", "lt", "ne", "not", "or", "to", "with", NULL
};
static const char *const stata_reserved[] = {
    "_all", "_b", "byte", "_coef", "_cons", "double", "float", "if", "in", "int", "long",
    "_n", "_pi", "_pred", "_rc", "_se", "_skip", "strl", "using", "with", NULL
};

static size_t name_max(yk_package p)
{
    return p == YK_PACKAGE_SPSS ? YK_CODEBOOK_SPSS_NAME_MAX : YK_CODEBOOK_STATA_NAME_MAX;
}

static int is_reserved(const char *name, yk_package p)
{
    const char *const *words = p == YK_PACKAGE_SPSS ? spss_reserved : stata_reserved;
    for (size_t i = 0; words[i]; i++)
        if (strcasecmp(name, words[i]) == 0)
            return 1;
    /* Stata's str1 ... str2045 are type names. */
    if (p == YK_PACKAGE_STATA && strncasecmp(name, "str", 3) == 0 && name[3]) {
        size_t i = 3;
        while (isdigit((unsigned char)name[i]))
            i++;
        return name[i] == '\0';
    }
    return 0;
}

/* One character of a name, folded: ASCII letters and digits and '_' as
 * they are, '.' for SPSS, đ/Đ as d/D, anything else '_'. */
static char fold_char(utf8proc_int32_t cp, yk_package p)
{
    if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9') ||
        cp == '_')
        return (char)cp;
    if (cp == '.' && p == YK_PACKAGE_SPSS)
        return '.';
    if (cp == 0x111)
        return 'd';
    if (cp == 0x110)
        return 'D';
    return '_';
}

/* The package's form of name in out (NAME_STEM_MAX + 2 bytes), before
 * cutting and uniqueness: marks stripped, characters folded, a 'v' in
 * front when the first is not allowed first. */
static void fold_name(const char *name, yk_package p, char *out)
{
    utf8proc_uint8_t *bare = NULL;
    utf8proc_ssize_t n = utf8proc_map((const utf8proc_uint8_t *)name, 0, &bare,
                                      UTF8PROC_NULLTERM | UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK);
    const utf8proc_uint8_t *s = n >= 0 ? bare : (const utf8proc_uint8_t *)name;
    size_t len = n >= 0 ? (size_t)n : strlen(name), at = 1;
    out[0] = 'v';
    for (size_t i = 0; i < len && at <= NAME_STEM_MAX;) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t k = utf8proc_iterate(s + i, (utf8proc_ssize_t)(len - i), &cp);
        out[at++] = fold_char(k > 0 ? cp : -1, p);
        i += k > 0 ? (size_t)k : 1;
    }
    out[at] = '\0';
    free(bare);
    char first = out[1];
    int letter = isalpha((unsigned char)first);
    int ok = letter || (first == '_' && p == YK_PACKAGE_STATA);
    if (ok)
        memmove(out, out + 1, at);
}

/* Cut to max bytes; SPSS names may not end in '.'. */
static void cut_name(char *name, size_t max, yk_package p)
{
    if (strlen(name) > max)
        name[max] = '\0';
    size_t len = strlen(name);
    if (p == YK_PACKAGE_SPSS && len && name[len - 1] == '.')
        name[len - 1] = '_';
}

static yk_status claim(yk_codebook *cb, const char *name, int *added)
{
    char key[NAME_STEM_MAX + 16];
    size_t len = strlen(name);
    for (size_t i = 0; i <= len; i++)
        key[i] = (char)tolower((unsigned char)name[i]);
    return yk_dict_add(cb->taken, key, len, 0, added, NULL);
}

/* The variable name for column (a question's name or "q/choice"): a new
 * string in the arena, or NULL when out of memory. */
static const char *var_name(yk_codebook *cb, const char *column)
{
    char stem[NAME_STEM_MAX + 2], name[NAME_STEM_MAX + 16];
    size_t max = name_max(cb->package);
    fold_name(column, cb->package, stem);
    cut_name(stem, max, cb->package);
    if (is_reserved(stem, cb->package)) {
        size_t len = strlen(stem);
        stem[len < max ? len : len - 1] = '_';
        stem[len < max ? len + 1 : len] = '\0';
    }
    snprintf(name, sizeof name, "%s", stem);
    int added = 0;
    for (unsigned long k = 2; ; k++) {
        if (claim(cb, name, &added) != YK_OK)
            return NULL;
        if (added)
            break;
        char suffix[24];
        int sn = snprintf(suffix, sizeof suffix, "_%lu", k);
        size_t keep = strlen(stem) + (size_t)sn > max ? max - (size_t)sn : strlen(stem);
        snprintf(name, sizeof name, "%.*s%s", (int)keep, stem, suffix);
    }
    return yk_arena_strndup(&cb->arena, name, strlen(name));
}

size_t yk_codebook_language(const yk_form *form)
{
    const char *want = yk_form_default_language(form);
    size_t n = yk_form_n_languages(form), wn = want ? strlen(want) : 0;
    for (size_t i = 0; wn && i < n; i++) {
        const char *have = yk_form_language(form, i), *paren = strrchr(have, '(');
        if (strcasecmp(have, want) == 0)
            return i;
        if (paren && strncasecmp(paren + 1, want, wn) == 0 && paren[1 + wn] == ')')
            return i;
    }
    return 0;
}

const char *yk_codebook_label(const char *const *labels, size_t lang, const char *fallback)
{
    if (labels && labels[lang] && labels[lang][0])
        return labels[lang];
    if (labels && labels[0] && labels[0][0])
        return labels[0];
    return fallback;
}

static int is_english(const yk_form *form, size_t lang)
{
    const char *name = yk_form_n_languages(form) ? yk_form_language(form, lang) : "";
    if (!name[0] && yk_form_default_language(form))
        name = yk_form_default_language(form);
    return strncasecmp(name, "english", 7) == 0 || strcasecmp(name, "en") == 0 ||
           strstr(name, "(en)") != NULL;
}

/* label cut to the package's limit for a variable (value 0) or a value
 * label (1), on a character boundary; an arena copy or NULL. */
static const char *fit_label(yk_codebook *cb, const char *label, int value)
{
    size_t n = strlen(label), keep;
    if (cb->package == YK_PACKAGE_SPSS) {
        keep = yk_text_clip(label, n, value ? YK_CODEBOOK_SPSS_VALUE_LABEL_MAX
                                            : YK_CODEBOOK_SPSS_VAR_LABEL_MAX);
    } else if (value) {
        keep = yk_text_clip(label, n, YK_CODEBOOK_STATA_VALUE_LABEL_MAX);
    } else {
        size_t chars = 0;
        keep = 0;
        while (keep < n && chars < YK_CODEBOOK_STATA_VAR_LABEL_MAX) {
            uint32_t cp;
            keep += yk_utf8_next(label + keep, n - keep, &cp);
            chars++;
        }
    }
    return yk_arena_strndup(&cb->arena, label, keep);
}

static yk_codebook_var *add_var(yk_codebook *cb, const char *column, yk_var_role role)
{
    yk_codebook_var *v = &cb->vars[cb->n];
    *v = (yk_codebook_var){ .role = role };
    v->column = yk_arena_strndup(&cb->arena, column, strlen(column));
    v->name = var_name(cb, column);
    if (!v->column || !v->name)
        return NULL;
    cb->n++;
    return v;
}

/* The number a code is, when all of it is one. */
static int code_number(const char *code, double *out)
{
    char *end;
    if (!code[0] || isspace((unsigned char)code[0]))
        return 0;
    double v = strtod(code, &end);
    if (*end || !isfinite(v))
        return 0;
    *out = v;
    return 1;
}

static int compare_doubles(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

/* 1 when every code of list is a number and no two are the same number
 * ("1" and "01" would merge two answers). */
static int codes_are_numbers(const yk_choice_list *list)
{
    double *v = malloc(list->n * sizeof *v);
    int ok = v != NULL;
    for (size_t i = 0; ok && i < list->n; i++)
        ok = code_number(list->choices[i].name, &v[i]);
    if (ok) {
        qsort(v, list->n, sizeof *v, compare_doubles);
        for (size_t i = 1; ok && i < list->n; i++)
            ok = v[i] != v[i - 1];
    }
    free(v);
    return ok;
}

/* SPSS holds three discrete user-missing values, or a range: past three,
 * the range from the lowest to the highest not-an-opinion value when no
 * opinion lies inside it; else nothing is declared. */
static void spss_missing(yk_codebook_var *v, const yk_choice_list *list, yk_codebook_value *vals)
{
    size_t k = 0;
    double lo = INFINITY, hi = -INFINITY;
    for (size_t i = 0; i < list->n; i++)
        if (list->choices[i].not_opinion) {
            k++;
            lo = fmin(lo, vals[i].number);
            hi = fmax(hi, vals[i].number);
        }
    int inside = 0;
    for (size_t i = 0; i < list->n; i++)
        if (!list->choices[i].not_opinion && vals[i].number >= lo && vals[i].number <= hi)
            inside = 1;
    int range = k > YK_CODEBOOK_SPSS_MISSING_MAX;
    if (range && inside)
        return;
    for (size_t i = 0; i < list->n; i++)
        vals[i].user_missing = list->choices[i].not_opinion;
    if (range) {
        v->has_range = 1;
        v->range_lo = lo;
        v->range_hi = hi;
    }
}

/* Stata's extended missing values: .a to .z, in list order. */
static void stata_missing(const yk_choice_list *list, yk_codebook_value *vals)
{
    char tag = 'a';
    for (size_t i = 0; i < list->n && tag <= 'z'; i++)
        if (list->choices[i].not_opinion)
            vals[i].missing_tag = tag++;
}

/* Stata labels whole numbers only (its "long" range): a list coded 2.5
 * or 1e12 is numbered 1..k there, as a list of words is. */
static int codes_fit_stata(const yk_choice_list *list)
{
    for (size_t i = 0; i < list->n; i++) {
        double v = 0;
        code_number(list->choices[i].name, &v);
        if (v != floor(v) || fabs(v) > 2147483620.0)
            return 0;
    }
    return 1;
}

static yk_status select_values(yk_codebook *cb, yk_codebook_var *v, const yk_question *qq)
{
    const yk_choice_list *list = qq->list;
    int numeric = codes_are_numbers(list) &&
                  (cb->package == YK_PACKAGE_SPSS || codes_fit_stata(list));
    yk_codebook_value *vals = yk_arena_calloc(&cb->arena, list->n, sizeof *vals);
    if (!vals)
        return YK_ERR_NOMEM;
    for (size_t i = 0; i < list->n; i++) {
        const yk_choice *ch = &list->choices[i];
        vals[i].code = ch->name;
        vals[i].label = fit_label(cb, yk_codebook_label(ch->labels, cb->lang, ch->name), 1);
        if (!vals[i].label)
            return YK_ERR_NOMEM;
        if (numeric)
            code_number(ch->name, &vals[i].number);
        else
            vals[i].number = (double)(i + 1);
    }
    v->is_string = !numeric && cb->package == YK_PACKAGE_SPSS;
    v->empty_missing = v->is_string;
    v->whole = !v->is_string;
    for (size_t i = 0; v->whole && i < list->n; i++)
        v->whole = vals[i].number == floor(vals[i].number);
    if (numeric && cb->package == YK_PACKAGE_SPSS)
        spss_missing(v, list, vals);
    else if (numeric)
        stata_missing(list, vals);
    v->values = vals;
    v->n_values = list->n;
    v->label_set = v->name;
    return YK_OK;
}

static yk_status yes_no_values(yk_codebook *cb, yk_codebook_var *v)
{
    yk_codebook_value *vals = yk_arena_calloc(&cb->arena, 2, sizeof *vals);
    if (!vals)
        return YK_ERR_NOMEM;
    vals[0] = (yk_codebook_value){ .number = 0, .code = "0",
                                   .label = cb->english ? "no" : "không" };
    vals[1] = (yk_codebook_value){ .number = 1, .code = "1",
                                   .label = cb->english ? "yes" : "có" };
    v->values = vals;
    v->n_values = 2;
    v->whole = 1;
    v->label_set = v->name;
    return YK_OK;
}

static yk_status add_choices(yk_codebook *cb, size_t q, const yk_question *qq,
                             const char *qlabel)
{
    yk_buf text = { 0 };
    yk_status st = YK_OK;
    for (size_t i = 0; st == YK_OK && i < qq->list->n; i++) {
        const yk_choice *ch = &qq->list->choices[i];
        yk_buf_clear(&text);
        st = yk_buf_append(&text, qq->name, strlen(qq->name));
        st = st ? st : yk_buf_append(&text, "/", 1);
        st = st ? st : yk_buf_append(&text, ch->name, strlen(ch->name) + 1);
        yk_codebook_var *v = st ? NULL : add_var(cb, text.data, YK_VAR_CHOSEN);
        if (!v)
            break;
        v->question = q;
        v->choice = i;
        yk_buf_clear(&text);
        const char *cl = yk_codebook_label(ch->labels, cb->lang, ch->name);
        st = yk_buf_append(&text, qlabel, strlen(qlabel));
        st = st ? st : yk_buf_append(&text, ": ", 2);
        st = st ? st : yk_buf_append(&text, cl, strlen(cl) + 1);
        v->label = st ? NULL : fit_label(cb, text.data, 0);
        st = st ? st : v->label ? yes_no_values(cb, v) : YK_ERR_NOMEM;
    }
    yk_buf_free(&text);
    return st;
}

static yk_status add_question(yk_codebook *cb, size_t q)
{
    const yk_question *qq = yk_form_question(cb->form, q);
    const char *qlabel = yk_codebook_label(qq->labels, cb->lang, qq->name);
    if (qq->type == YK_Q_NOTE)
        return YK_OK;
    if (qq->type == YK_Q_SELECT_MULTIPLE) {
        size_t before = cb->n;
        yk_status st = add_choices(cb, q, qq, qlabel);
        return st == YK_OK && cb->n != before + qq->list->n ? YK_ERR_NOMEM : st;
    }
    yk_codebook_var *v = add_var(cb, qq->name, YK_VAR_ANSWER);
    if (!v || !(v->label = fit_label(cb, qlabel, 0)))
        return YK_ERR_NOMEM;
    v->question = q;
    v->measure = qq->measure;
    if (qq->type == YK_Q_SELECT_ONE)
        return select_values(cb, v, qq);
    v->is_string = qq->type != YK_Q_INTEGER && qq->type != YK_Q_DECIMAL;
    v->empty_missing = v->is_string && cb->package == YK_PACKAGE_SPSS;
    v->whole = qq->type == YK_Q_INTEGER;
    return YK_OK;
}

static size_t count_vars(const yk_form *f)
{
    size_t n = 4;
    for (size_t q = 0; q < yk_form_n_questions(f); q++) {
        const yk_question *qq = yk_form_question(f, q);
        n += qq->type == YK_Q_NOTE ? 0 : qq->type == YK_Q_SELECT_MULTIPLE ? qq->list->n : 1;
    }
    return n;
}

static yk_status fill(yk_codebook *cb)
{
    static const char *const fixed[] = { "_round", "_source", "_line", "_errors" };
    static const char *const vi[] = { "Đợt khảo sát", "Tệp dữ liệu", "Dòng trong tệp",
                                      "Số lỗi của dòng" };
    static const char *const en[] = { "Round", "Data file", "Line in the file",
                                      "Errors in the row" };
    for (size_t i = 0; i < 4; i++) {
        yk_codebook_var *v = add_var(cb, fixed[i], (yk_var_role)i);
        if (!v)
            return YK_ERR_NOMEM;
        v->label = cb->english ? en[i] : vi[i];
        v->is_string = i < 2;
        v->whole = i >= 2;
        v->measure = i >= 2 ? YK_MEASURE_SCALE : YK_MEASURE_NOMINAL;
    }
    yk_status st = YK_OK;
    for (size_t q = 0; st == YK_OK && q < yk_form_n_questions(cb->form); q++)
        st = add_question(cb, q);
    return st;
}

yk_status yk_codebook_new(const yk_form *form, yk_package package, yk_codebook **out)
{
    if (!out)
        return YK_ERR_ARGUMENT;
    *out = NULL;
    if (!form || (package != YK_PACKAGE_SPSS && package != YK_PACKAGE_STATA))
        return YK_ERR_ARGUMENT;
    yk_codebook *cb = calloc(1, sizeof *cb);
    if (!cb)
        return YK_ERR_NOMEM;
    cb->form = form;
    cb->package = package;
    cb->lang = yk_codebook_language(form);
    cb->english = is_english(form, cb->lang);
    cb->vars = calloc(count_vars(form), sizeof *cb->vars);
    yk_status st = cb->vars ? yk_dict_new(&cb->taken) : YK_ERR_NOMEM;
    st = st ? st : fill(cb);
    yk_dict_free(cb->taken);
    cb->taken = NULL;
    if (st != YK_OK) {
        yk_codebook_free(cb);
        return st;
    }
    *out = cb;
    return YK_OK;
}

void yk_codebook_free(yk_codebook *cb)
{
    if (!cb)
        return;
    yk_dict_free(cb->taken);
    yk_arena_free(&cb->arena);
    free(cb->vars);
    free(cb);
}

size_t yk_codebook_n_vars(const yk_codebook *cb)
{
    return cb->n;
}

const yk_codebook_var *yk_codebook_var_at(const yk_codebook *cb, size_t i)
{
    return i < cb->n ? &cb->vars[i] : NULL;
}

static yk_codebook_cell text_cell(const char *s, size_t n)
{
    return (yk_codebook_cell){ .kind = YK_CELL_STRING, .text = s, .len = n };
}

static yk_codebook_cell number_cell(double v)
{
    return (yk_codebook_cell){ .kind = YK_CELL_NUMBER, .number = v };
}

static yk_codebook_cell select_cell(const yk_codebook_var *v, size_t choice)
{
    const yk_codebook_value *val = &v->values[choice];
    if (v->is_string)
        return text_cell(val->code, strlen(val->code));
    if (val->missing_tag)
        return (yk_codebook_cell){ .kind = YK_CELL_TAGGED, .tag = val->missing_tag };
    return number_cell(val->number);
}

yk_codebook_cell yk_codebook_cell_of(const yk_codebook_var *v, const char *round,
                                     const yk_response *r)
{
    static const yk_codebook_cell missing = { .kind = YK_CELL_MISSING };
    switch (v->role) {
    case YK_VAR_ROUND: return text_cell(round, strlen(round));
    case YK_VAR_SOURCE: return text_cell(r->source, strlen(r->source));
    case YK_VAR_LINE: return number_cell((double)r->line);
    case YK_VAR_ERRORS: return number_cell((double)r->errors);
    default: break;
    }
    const yk_answer *a = &r->answers[v->question];
    if (a->state != YK_ANSWER_OK)
        return missing;
    if (v->role == YK_VAR_CHOSEN)
        return number_cell(a->chosen[v->choice] ? 1 : 0);
    if (v->values)
        return select_cell(v, a->choice);
    if (!v->is_string)
        return number_cell(a->number);
    return text_cell(a->text, a->text_len);
}
