#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "coder_impl.h"
#include "yk_text.h"
#include "yk_textkey.h"

/* ---- coding answers ---------------------------------------------------- */

void yk_coder_trim(const char **s, size_t *n)
{
    while (*n && ((*s)[0] == ' ' || (*s)[0] == '\t'))
        (*s)++, (*n)--;
    while (*n && ((*s)[*n - 1] == ' ' || (*s)[*n - 1] == '\t'))
        (*n)--;
}

enum { SMALL_LIST = 16, SPELLINGS_MAX = 4096 };

/* A choice by its code, where no hashing is needed: one-byte codes, and
 * short codes of short lists (a scan is faster than hashing). */
static int find_code(const list_index *li, const char *s, size_t n, size_t *choice)
{
    if (n == 1) {
        *choice = (size_t)li->by_byte[(unsigned char)s[0]] - 1;
        return li->by_byte[(unsigned char)s[0]] != 0;
    }
    if (li->list->n > SMALL_LIST || n > 8)
        return 0;
    uint64_t key = 0;
    memcpy(&key, s, n);
    for (size_t i = 0; i < li->list->n; i++)
        if (li->packed[i] == key && li->code_len[i] == n) {
            *choice = i;
            return 1;
        }
    return 0;
}

/* A choice by its code, or by the key of a label or alias; spellings
 * that needed a key are remembered (a few thousand at most) with the
 * codes, so that most answers take one look-up. */
static int find_choice(yk_coder *c, const list_index *li, const char *s, size_t n,
                       size_t *choice)
{
    if (n && find_code(li, s, n, choice))
        return 1;
    if (yk_dict_get(li->written, s, n, choice))
        return 1;
    if (yk_coder_key(c, s, n, 0, &c->key) != YK_OK || !c->key.len ||
        !yk_dict_get(li->keys, c->key.data, c->key.len, choice))
        return 0;
    if (yk_dict_count(li->written) < li->list->n + SPELLINGS_MAX)
        yk_dict_add(li->written, s, n, *choice, NULL, NULL);
    return 1;
}

/* The label or alias closest to s without its marks: "Hon Dat" and
 * "Hòn Đát" both lead to "Hòn Đất". */
static const char *closest_choice(yk_coder *c, const yk_choice_list *list,
                                  const char *s, size_t n)
{
    const char *best_text = NULL;
    size_t best = (size_t)-1;
    if (yk_coder_key(c, s, n, 1, &c->loose) != YK_OK)
        return NULL;
    size_t limit = c->loose.len / 4 + 1;
    for (size_t i = 0; i < list->n; i++) {
        const yk_choice *ch = &list->choices[i];
        const char *label = ch->labels && ch->labels[0] ? ch->labels[0] : ch->name;
        for (size_t a = 0; a <= ch->n_aliases; a++) {
            const char *cand = a == 0 ? label : ch->aliases[a - 1];
            if (yk_coder_key(c, cand, strlen(cand), 1, &c->tmp) != YK_OK)
                continue;
            size_t d = yk_textkey_distance(c->loose.data, c->loose.len,
                                           c->tmp.data, c->tmp.len, limit);
            if (d < best) {
                best = d;
                best_text = label;
            }
        }
    }
    return best <= limit ? best_text : NULL;
}

static int is_number(const char *s, size_t n, double *v);

/* "its answers are 1, 2, 3, 4, 5, kho" for a hint, cut when long. */
static const char *list_codes(char *out, size_t cap, const yk_choice_list *list)
{
    size_t len = (size_t)snprintf(out, cap, "its answers are");
    for (size_t i = 0; i < list->n && len + 16 < cap; i++)
        len += (size_t)snprintf(out + len, cap - len, "%s %s", i ? "," : "",
                                list->choices[i].name);
    return out;
}

static void report_unknown(yk_coder *c, size_t q, const char *s, size_t n,
                           unsigned long col)
{
    const yk_question *qq = Q(c, q);
    char shown[MSG_MAX], hint[MSG_MAX];
    double v;
    yk_text_quote(shown, sizeof shown, s, n);
    const char *near = closest_choice(c, qq->list, s, n);
    snprintf(hint, sizeof hint, "did you mean '%s'?", near ? near : "");
    if (q == c->unit_q)
        yk_coder_emit(c, YK_ERROR, "unknown-unit", c->row->line, col, near ? hint :
             "add it to the unit list, or as an alias of the unit it is",
             "unknown unit '%s'", shown);
    else if (is_number(s, n, &v))
        yk_coder_emit(c, YK_ERROR, "answer-out-of-range", c->row->line, col,
             list_codes(hint, sizeof hint, qq->list),
             "'%s' is not an answer of '%s'", shown, qq->name);
    else
        yk_coder_emit(c, YK_ERROR, "unknown-answer", c->row->line, col, near ? hint : NULL,
             "'%s' is not an answer of '%s'", shown, qq->name);
}

static void code_select_one(yk_coder *c, size_t q, const char *s, size_t n,
                            unsigned long col)
{
    yk_answer *a = &c->answers[q];
    if (find_choice(c, yk_coder_list(c, q), s, n, &a->choice)) {
        a->state = YK_ANSWER_OK;
        return;
    }
    a->state = YK_ANSWER_INVALID;
    report_unknown(c, q, s, n, col);
}

/* Pieces separated by sep, each a choice (Kobo's "bao_in mxh", or a
 * ";"-joined list).  Returns 1 when every piece is one. */
static int code_pieces(yk_coder *c, const list_index *li, const char *s, size_t n,
                       char sep, unsigned char *flags)
{
    size_t i = 0, any = 0;
    while (i < n) {
        size_t j = i;
        while (j < n && s[j] != sep)
            j++;
        const char *p = s + i;
        size_t len = j - i, choice;
        yk_coder_trim(&p, &len);
        if (len) {
            if (!(sep == ' ' ? yk_dict_get(li->codes, p, len, &choice)
                             : find_choice(c, li, p, len, &choice)))
                return 0;
            flags[choice] = 1;
            any = 1;
        }
        i = j + 1;
    }
    return (int)any;
}

/* Google Forms joins labels with ", " and labels may hold commas: at each
 * point take the longest label that fits.  On failure *bad (of *bad_len
 * bytes) is the piece of the key that fits none. */
static int code_labels(yk_coder *c, const list_index *li, const char *s, size_t n,
                       unsigned char *flags, const char **bad, size_t *bad_len)
{
    if (yk_coder_key(c, s, n, 0, &c->key) != YK_OK)
        return 0;
    const char *k = c->key.data;
    size_t len = c->key.len, p = 0;
    while (p < len) {
        size_t i = 0;
        for (; i < li->n_keys; i++) {
            const list_key *lk = &li->by_length[i];
            if (lk->len <= len - p && memcmp(k + p, li->key_text.data + lk->off, lk->len) == 0 &&
                (p + lk->len == len || k[p + lk->len] == ','))
                break;
        }
        if (i == li->n_keys) {
            const char *comma = memchr(k + p, ',', len - p);
            *bad = k + p;
            *bad_len = comma ? (size_t)(comma - (k + p)) : len - p;
            return 0;
        }
        flags[li->by_length[i].choice] = 1;
        p += li->by_length[i].len;
        while (p < len && (k[p] == ',' || k[p] == ' '))
            p++;
    }
    return 1;
}

enum { SET_BITS = sizeof(size_t) * CHAR_BIT };    /* choices a set can hold */

/* The choices an answer was coded to before, from li->sets. */
static int recall_set(const list_index *li, const char *s, size_t n,
                      unsigned char *flags)
{
    size_t bits;
    if (!yk_dict_get(li->sets, s, n, &bits))
        return 0;
    for (size_t i = 0; i < li->list->n; i++)
        flags[i] = (unsigned char)(bits >> i & 1);
    return 1;
}

/* Remember how an answer was coded: most files repeat a few dozen
 * combinations, each of which costs several look-ups to code. */
static void keep_set(const list_index *li, const char *s, size_t n,
                     const unsigned char *flags)
{
    size_t bits = 0;
    if (li->list->n > SET_BITS || yk_dict_count(li->sets) >= SPELLINGS_MAX)
        return;
    for (size_t i = 0; i < li->list->n; i++)
        bits |= (size_t)(flags[i] != 0) << i;
    yk_dict_add(li->sets, s, n, bits, NULL, NULL);
}

/* Code s into flags: as one choice, as choices joined by ';' or codes
 * joined by ' ', or as Google Forms' labels joined by ", ". */
static int code_choices(yk_coder *c, const list_index *li, const char *s, size_t n,
                        unsigned char *flags, const char **bad, size_t *bad_len)
{
    size_t choice;
    if (find_choice(c, li, s, n, &choice)) {
        flags[choice] = 1;
        return 1;
    }
    if (memchr(s, ';', n))
        return code_pieces(c, li, s, n, ';', flags);
    if (code_pieces(c, li, s, n, ' ', flags))
        return 1;
    memset(flags, 0, li->list->n);
    return code_labels(c, li, s, n, flags, bad, bad_len);
}

static void code_select_multiple(yk_coder *c, size_t q, const char *s, size_t n,
                                 unsigned long col)
{
    const list_index *li = yk_coder_list(c, q);
    yk_answer *a = &c->answers[q];
    unsigned char *flags = c->chosen + c->chosen_off[q];
    const char *bad = s;
    size_t bad_len = n;
    a->state = YK_ANSWER_OK;
    if (recall_set(li, s, n, flags))
        return;
    if (code_choices(c, li, s, n, flags, &bad, &bad_len)) {
        keep_set(li, s, n, flags);
        return;
    }
    memset(flags, 0, li->list->n);
    a->state = YK_ANSWER_INVALID;
    report_unknown(c, q, bad, bad_len, col);
}

/* Kobo's 0/1 column for one choice. */
static void code_flag(yk_coder *c, const column *colm, const char *s, size_t n,
                      unsigned long col)
{
    yk_answer *a = &c->answers[colm->q];
    if (n == 1 && (s[0] == '0' || s[0] == '1')) {
        c->chosen[c->chosen_off[colm->q] + colm->choice] = (unsigned char)(s[0] == '1');
        if (a->state == YK_ANSWER_MISSING)
            a->state = YK_ANSWER_OK;
        return;
    }
    char shown[MSG_MAX];
    yk_text_quote(shown, sizeof shown, s, n);
    a->state = YK_ANSWER_INVALID;
    yk_coder_emit(c, YK_ERROR, "unknown-answer", c->row->line, col, "a choice column holds 0 or 1",
         "'%s' is not 0 or 1", shown);
}

/* "45", "45,5" or "45.5" (Vietnamese Excel writes a decimal comma).
 * Whole numbers of up to 15 digits, most answers (an age), are exact in
 * a double and need no strtod. */
static int is_number(const char *s, size_t n, double *v)
{
    char buf[64];
    size_t i = 0, digits = 0, marks = 0;
    int64_t whole = 0;
    if (n == 0 || n >= sizeof buf)
        return 0;
    if (s[0] == '-' || s[0] == '+')
        buf[i] = s[i], i++;
    for (; i < n; i++) {
        if (s[i] >= '0' && s[i] <= '9') {
            buf[i] = s[i];
            if (++digits <= 15)
                whole = whole * 10 + (s[i] - '0');
        } else if ((s[i] == ',' || s[i] == '.') && marks++ == 0) {
            buf[i] = '.';
        } else {
            return 0;
        }
    }
    buf[n] = '\0';
    if (!digits)
        return 0;
    if (!marks && digits <= 15)
        *v = s[0] == '-' ? -(double)whole : (double)whole;
    else
        *v = strtod(buf, NULL);
    return 1;
}

static void code_number(yk_coder *c, size_t q, const char *s, size_t n,
                        unsigned long col)
{
    const yk_question *qq = Q(c, q);
    yk_answer *a = &c->answers[q];
    char shown[MSG_MAX];
    a->state = YK_ANSWER_INVALID;
    if (!is_number(s, n, &a->number)) {
        yk_text_quote(shown, sizeof shown, s, n);
        yk_coder_emit(c, YK_ERROR, "not-a-number", c->row->line, col, NULL,
             "'%s' is not a number (question '%s')", shown, qq->name);
    } else if (qq->type == YK_Q_INTEGER && (memchr(s, ',', n) || memchr(s, '.', n))) {
        yk_text_quote(shown, sizeof shown, s, n);
        yk_coder_emit(c, YK_ERROR, "not-an-integer", c->row->line, col, NULL,
             "'%s' is not a whole number (question '%s')", shown, qq->name);
    } else if ((qq->has_min && a->number < qq->min) || (qq->has_max && a->number > qq->max)) {
        char range[96];
        yk_text_quote(shown, sizeof shown, s, n);
        snprintf(range, sizeof range, "answers run from %g to %g",
                 qq->has_min ? qq->min : -1.0 / 0.0, qq->has_max ? qq->max : 1.0 / 0.0);
        yk_coder_emit(c, YK_ERROR, "answer-out-of-range", c->row->line, col, range,
             "%s is out of range for '%s'", shown, qq->name);
    } else {
        a->state = YK_ANSWER_OK;
    }
}

void yk_coder_code_field(yk_coder *c, size_t i, const yk_field *f)
{
    const column *col = &c->cols[i];
    const char *s = f->s;
    size_t n = f->len;
    yk_coder_trim(&s, &n);
    if (col->kind == COL_FLAG && n) {
        code_flag(c, col, s, n, i + 1);
        return;
    }
    if (col->kind != COL_QUESTION || n == 0)
        return;
    size_t q = col->q;
    yk_answer *a = &c->answers[q];
    switch (Q(c, q)->type) {
    case YK_Q_SELECT_ONE: code_select_one(c, q, s, n, i + 1); break;
    case YK_Q_SELECT_MULTIPLE: code_select_multiple(c, q, s, n, i + 1); break;
    case YK_Q_INTEGER:
    case YK_Q_DECIMAL: code_number(c, q, s, n, i + 1); break;
    case YK_Q_NOTE: break;
    case YK_Q_TEXT:
    case YK_Q_DATE:
    case YK_Q_META:
        a->state = YK_ANSWER_OK;
        a->text = s;
        a->text_len = n;
        break;
    }
}

