#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "coder_impl.h"
#include "yk_text.h"
#include "yk_textkey.h"

void yk_coder_emit(yk_coder *c, yk_severity sev, const char *kind,
                   unsigned long line, unsigned long col, const char *hint,
                   const char *fmt, ...)
{
    va_list ap;
    if (sev == YK_ERROR) {
        c->stats.errors++;
        c->row_errors++;
        c->stats.file_errors += c->row == NULL;     /* the header's */
    } else {
        c->stats.warnings++;
    }
    va_start(ap, fmt);
    yk_diag_vsend(c->diag, c->diag_ctx, sev, kind, c->source ? c->source : "", line,
                  col, hint, fmt, ap);
    va_end(ap);
}

/* The key of s in c->key (cleared first); NULL-safe. */
yk_status yk_coder_key(yk_coder *c, const char *s, size_t n, int loose, yk_buf *out)
{
    yk_buf_clear(out);
    return s ? yk_textkey(s, n, loose, out, &c->scratch) : YK_OK;
}

static yk_status add_key(yk_coder *c, yk_dict *d, const char *s, size_t value)
{
    if (!s || !*s)
        return YK_OK;
    yk_status st = yk_coder_key(c, s, strlen(s), 0, &c->key);
    if (st == YK_OK && c->key.len)
        st = yk_dict_add(d, c->key.data, c->key.len, value, NULL, NULL);
    return st == YK_ERR_INVALID_BYTES ? YK_OK : st;
}

/* ---- the form's keys --------------------------------------------------- */

static size_t find_question(const yk_coder *c, const char *name)
{
    for (size_t q = 0; name && q < c->nq; q++) {
        const yk_question *qq = Q(c, q);
        if (strcmp(qq->name, name) == 0 || strcmp(qq->path, name) == 0)
            return q;
    }
    return NO_QUESTION;
}

/* Group name's label in language l: that language's, else the first
 * language's, else the name (Kobo heads a label export so). */
static const char *group_label(const yk_coder *c, const char *name, size_t len, size_t l)
{
    for (size_t g = 0; g < yk_form_n_groups(c->form); g++) {
        const yk_form_group *grp = yk_form_group_at(c->form, g);
        if (strlen(grp->name) != len || strncmp(grp->name, name, len) != 0)
            continue;
        if (grp->labels && grp->labels[l])
            return grp->labels[l];
        return grp->labels && grp->labels[0] ? grp->labels[0] : grp->name;
    }
    return NULL;
}

/* "Group label/Question label" in language l, as a Kobo export by labels
 * heads the column: a '/' inside a label ("Anh/chị") is then no group
 * boundary, so the whole path is a key of its own. */
static yk_status add_label_path(yk_coder *c, const yk_question *qq, size_t l, size_t q)
{
    yk_buf *b = &c->tmp;
    yk_status st = YK_OK;
    yk_buf_clear(b);
    for (const char *p = qq->path, *slash; st == YK_OK && (slash = strchr(p, '/'));
         p = slash + 1) {
        const char *label = group_label(c, p, (size_t)(slash - p), l);
        if (!label)
            return YK_OK;
        st = yk_buf_append(b, label, strlen(label));
        if (st == YK_OK)
            st = yk_buf_append(b, "/", 1);
    }
    const char *own = qq->labels[l] ? qq->labels[l] : qq->labels[0];
    if (st == YK_OK && own)
        st = yk_buf_append(b, own, strlen(own));
    if (st == YK_OK && own)
        st = yk_buf_append(b, "", 1);
    return st == YK_OK && own ? add_key(c, c->question_keys, b->data, q) : st;
}

static yk_status index_questions(yk_coder *c)
{
    size_t nl = yk_form_n_languages(c->form);
    yk_status st = yk_dict_new(&c->question_keys);
    for (size_t q = 0; st == YK_OK && q < c->nq; q++) {
        const yk_question *qq = Q(c, q);
        st = add_key(c, c->question_keys, qq->name, q);
        if (st == YK_OK)
            st = add_key(c, c->question_keys, qq->path, q);
        for (size_t l = 0; st == YK_OK && qq->labels && l < nl; l++)
            st = add_key(c, c->question_keys, qq->labels[l], q);
    }
    /* Label paths after every name and label, which keep a clashing key. */
    for (size_t q = 0; st == YK_OK && q < c->nq; q++)
        for (size_t l = 0; st == YK_OK && Q(c, q)->labels && l < nl &&
                           strchr(Q(c, q)->path, '/'); l++)
            st = add_label_path(c, Q(c, q), l, q);
    return st;
}

/* The options' header aliases; an alias of a question the form lacks is
 * YK_ERR_ARGUMENT (the caller checks names first, to say where). */
static yk_status index_aliases(yk_coder *c)
{
    yk_status st = yk_dict_new(&c->aliases);
    for (size_t i = 0; st == YK_OK && i < c->opt.n_columns; i++) {
        const yk_column_alias *a = &c->opt.columns[i];
        size_t q = find_question(c, a->question);
        st = q == NO_QUESTION || !a->header ? YK_ERR_ARGUMENT
                                            : add_key(c, c->aliases, a->header, q);
    }
    return st;
}

static int longer_first(const void *a, const void *b)
{
    const list_key *x = a, *y = b;
    return x->len < y->len ? 1 : x->len > y->len ? -1 : 0;
}

static yk_status remember_key(yk_coder *c, list_index *li, const char *s, size_t choice)
{
    if (!s || !*s)
        return YK_OK;
    yk_status st = add_key(c, li->keys, s, choice);
    if (st != YK_OK || !c->key.len)
        return st;
    list_key *k = realloc(li->by_length, (li->n_keys + 1) * sizeof *k);
    if (!k)
        return YK_ERR_NOMEM;
    li->by_length = k;
    k[li->n_keys++] = (list_key){ li->key_text.len, c->key.len, choice };
    return yk_buf_append(&li->key_text, c->key.data, c->key.len);
}

static yk_status index_list(yk_coder *c, const yk_choice_list *list, list_index *li)
{
    size_t nl = yk_form_n_languages(c->form);
    li->list = list;
    yk_status st = yk_dict_new(&li->keys);
    if (st == YK_OK)
        st = yk_dict_new(&li->codes);
    if (st == YK_OK)
        st = yk_dict_new(&li->written);
    if (st == YK_OK)
        st = yk_dict_new(&li->sets);
    li->code_len = malloc((list->n + 1) * sizeof *li->code_len);
    li->packed = calloc(list->n + 1, sizeof *li->packed);
    if (!li->code_len || !li->packed)
        st = YK_ERR_NOMEM;
    for (size_t i = 0; st == YK_OK && i < list->n; i++) {
        const yk_choice *ch = &list->choices[i];
        li->code_len[i] = strlen(ch->name);
        if (li->code_len[i] == 1 && i < 65535 && ch->name[0] != ' ' && ch->name[0] != '\t')
            li->by_byte[(unsigned char)ch->name[0]] = (unsigned short)(i + 1);
        memcpy(&li->packed[i], ch->name, li->code_len[i] < 8 ? li->code_len[i] : 8);
        st = yk_dict_add(li->codes, ch->name, strlen(ch->name), i, NULL, NULL);
        if (st == YK_OK)
            st = yk_dict_add(li->written, ch->name, strlen(ch->name), i, NULL, NULL);
        if (st == YK_OK)
            st = remember_key(c, li, ch->name, i);
        for (size_t l = 0; st == YK_OK && ch->labels && l < nl; l++)
            st = remember_key(c, li, ch->labels[l], i);
        for (size_t a = 0; st == YK_OK && a < ch->n_aliases; a++)
            st = remember_key(c, li, ch->aliases[a], i);
    }
    if (st == YK_OK && li->n_keys)
        qsort(li->by_length, li->n_keys, sizeof *li->by_length, longer_first);
    return st;
}

static size_t list_number(const yk_coder *c, const yk_choice_list *list)
{
    for (size_t i = 0; i < yk_form_n_lists(c->form); i++)
        if (yk_form_list(c->form, i) == list)
            return i;
    return 0;
}

static yk_status index_lists(yk_coder *c)
{
    size_t n = yk_form_n_lists(c->form);
    c->lists = calloc(n ? n : 1, sizeof *c->lists);
    if (!c->lists)
        return YK_ERR_NOMEM;
    yk_status st = YK_OK;
    for (size_t i = 0; st == YK_OK && i < n; i++)
        st = index_list(c, yk_form_list(c->form, i), &c->lists[i]);
    return st;
}

const list_index *yk_coder_list(const yk_coder *c, size_t q)
{
    return &c->lists[c->list_of[q]];
}

static int in_scale(const yk_question *q)
{
    return q->scale && q->type == YK_Q_SELECT_ONE;
}

static int same_scale(const yk_question *a, const yk_question *b)
{
    return in_scale(a) && in_scale(b) && strcmp(a->scale, b->scale) == 0;
}

/* The items of the scale whose first item is q, into c->scale_items. */
static coder_scale gather_scale(yk_coder *c, size_t q, size_t *used)
{
    coder_scale sc = { c->scale_items + *used, 0, 1 };
    for (size_t k = q; k < c->nq; k++) {
        if (!same_scale(Q(c, q), Q(c, k)))
            continue;
        c->scale_items[(*used)++] = k;
        sc.k++;
        sc.one_list &= Q(c, k)->list == Q(c, q)->list;
    }
    return sc;
}

/* Each scale's items, for the straight-lining check on every row. */
static yk_status link_scales(yk_coder *c)
{
    size_t used = 0;
    c->scales = malloc((c->nq + 1) * sizeof *c->scales);
    c->scale_items = malloc((c->nq + 1) * sizeof *c->scale_items);
    if (!c->scales || !c->scale_items)
        return YK_ERR_NOMEM;
    for (size_t q = 0; q < c->nq; q++) {
        int first = in_scale(Q(c, q));
        for (size_t k = 0; k < q && first; k++)
            first = !same_scale(Q(c, k), Q(c, q));
        if (first)
            c->scales[c->n_scales++] = gather_scale(c, q, &used);
    }
    return YK_OK;
}

/* Every question missing, select_multiple flags pointing at their place
 * in c->chosen: the state each row starts from. */
static yk_status make_blank_answers(yk_coder *c)
{
    c->blank_answers = calloc(c->nq + 1, sizeof *c->blank_answers);
    if (!c->blank_answers)
        return YK_ERR_NOMEM;
    for (size_t q = 0; q < c->nq; q++) {
        c->blank_answers[q] = (yk_answer){ YK_ANSWER_MISSING, 0, NULL, 0, NULL, 0 };
        if (Q(c, q)->type == YK_Q_SELECT_MULTIPLE)
            c->blank_answers[q].chosen = c->chosen + c->chosen_off[q];
    }
    return YK_OK;
}

static yk_status allocate(yk_coder *c)
{
    size_t flags = 0;
    c->questions = calloc(c->nq + 1, sizeof *c->questions);
    if (!c->questions)
        return YK_ERR_NOMEM;
    for (size_t q = 0; q < c->nq; q++)
        c->questions[q] = yk_form_question(c->form, q);
    c->chosen_off = calloc(c->nq + 1, sizeof *c->chosen_off);
    c->list_of = calloc(c->nq + 1, sizeof *c->list_of);
    c->answers = calloc(c->nq + 1, sizeof *c->answers);
    c->has_column = calloc(c->nq + 1, 1);
    if (!c->chosen_off || !c->list_of || !c->answers || !c->has_column)
        return YK_ERR_NOMEM;
    for (size_t q = 0; q < c->nq; q++) {
        const yk_question *qq = Q(c, q);
        c->chosen_off[q] = flags;
        if (qq->list)
            c->list_of[q] = list_number(c, qq->list);
        if (qq->type == YK_Q_SELECT_MULTIPLE)
            flags += qq->list->n;
    }
    c->n_chosen = flags;
    c->chosen = calloc(flags + 1, 1);
    yk_status st = c->chosen ? link_scales(c) : YK_ERR_NOMEM;
    if (st == YK_OK)
        st = make_blank_answers(c);
    if (st == YK_OK)
        st = yk_dict_new(&c->not_totals);
    return st;
}

yk_status yk_coder_new(const yk_form *form, const yk_coder_options *opt,
                       yk_diag_fn diag, void *diag_ctx, yk_coder **out)
{
    yk_coder *c = calloc(1, sizeof *c);
    *out = NULL;
    if (!c)
        return YK_ERR_NOMEM;
    c->form = form;
    c->nq = yk_form_n_questions(form);
    if (opt)
        c->opt = *opt;
    c->diag = diag;
    c->diag_ctx = diag_ctx;
    yk_status st = allocate(c);
    c->unit_q = st == YK_OK ? find_question(c, c->opt.unit) : NO_QUESTION;
    c->id_q = st == YK_OK ? find_question(c, c->opt.id) : NO_QUESTION;
    if (st == YK_OK)
        st = index_questions(c);
    if (st == YK_OK)
        st = index_lists(c);
    if (st == YK_OK)
        st = index_aliases(c);
    if (st == YK_OK && ((c->opt.unit && c->unit_q == NO_QUESTION) ||
                        (c->opt.id && c->id_q == NO_QUESTION)))
        st = YK_ERR_ARGUMENT;
    if (st != YK_OK) {
        yk_coder_free(c);
        return st;
    }
    *out = c;
    return YK_OK;
}

void yk_coder_free(yk_coder *c)
{
    if (!c)
        return;
    for (size_t i = 0; c->lists && i < yk_form_n_lists(c->form); i++) {
        yk_dict_free(c->lists[i].keys);
        yk_dict_free(c->lists[i].codes);
        yk_dict_free(c->lists[i].written);
        yk_dict_free(c->lists[i].sets);
        free(c->lists[i].code_len);
        free(c->lists[i].packed);
        free(c->lists[i].by_length);
        yk_buf_free(&c->lists[i].key_text);
    }
    free(c->lists);
    yk_dict_free(c->question_keys);
    yk_dict_free(c->aliases);
    yk_index_free(&c->ids);
    yk_index_free(&c->responses);
    yk_index_free(&c->submissions);
    for (size_t i = 0; i < c->nsources; i++)
        free(c->sources[i]);
    free(c->sources);
    free(c->cols);
    free(c->has_column);
    free(c->answers);
    free(c->chosen);
    free(c->chosen_off);
    free(c->list_of);
    free(c->questions);
    free(c->scales);
    free(c->scale_items);
    free(c->blank_answers);
    yk_dict_free(c->not_totals);
    yk_buf_free(&c->key);
    yk_buf_free(&c->loose);
    yk_buf_free(&c->scratch);
    yk_buf_free(&c->tmp);
    free(c);
}

const yk_coder_stats *yk_coder_stats_get(const yk_coder *c)
{
    return &c->stats;
}

void yk_coder_new_round(yk_coder *c)
{
    yk_index_free(&c->ids);
    yk_index_free(&c->responses);
    yk_index_free(&c->submissions);
}

/* ---- matching a file's header ----------------------------------------- */

static const char *last_slash(const char *s, size_t n)
{
    while (n > 0)
        if (s[--n] == '/')
            return s + n;
    return NULL;
}

/* Columns survey tools add that are not answers: timestamps, Kobo's
 * bookkeeping. */
static int is_bookkeeping(const char *key, size_t n, const char *raw)
{
    static const char *const names[] = {
        "dấu thời gian", "timestamp", "thời gian", "start", "end", "today",
        "deviceid", "username", "__version__", "meta/instanceid",
    };
    if (raw[0] == '_')
        return 1;
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (strlen(names[i]) == n && memcmp(names[i], key, n) == 0)
            return 1;
    return 0;
}

static int lookup_question(yk_coder *c, const char *s, size_t n, size_t *q)
{
    return yk_coder_key(c, s, n, 0, &c->key) == YK_OK && c->key.len &&
           yk_dict_get(c->question_keys, c->key.data, c->key.len, q);
}

/* A choice of q's list by its code, or by its label (a Kobo export by
 * labels heads the 0/1 columns with the choice's label). */
static int lookup_choice(yk_coder *c, size_t q, const char *s, size_t n, size_t *choice)
{
    const list_index *li = yk_coder_list(c, q);
    return yk_dict_get(li->codes, s, n, choice) ||
           (yk_coder_key(c, s, n, 0, &c->key) == YK_OK && c->key.len &&
            yk_dict_get(li->keys, c->key.data, c->key.len, choice));
}

/* "group/q07/bao_in": Kobo's 0/1 column for one choice of q07.  Every
 * '/' is tried from the right, as labels may hold one ("Anh/chị"). */
static int lookup_flag(yk_coder *c, const char *h, size_t n, column *col)
{
    size_t q, choice;
    for (const char *slash = last_slash(h, n); slash;
         slash = last_slash(h, (size_t)(slash - h))) {
        if (!lookup_question(c, h, (size_t)(slash - h), &q))
            continue;
        const char *code = slash + 1;
        if (Q(c, q)->type != YK_Q_SELECT_MULTIPLE ||
            !lookup_choice(c, q, code, (size_t)(h + n - code), &choice))
            return 0;
        *col = (column){ COL_FLAG, q, choice, NULL };
        return 1;
    }
    return 0;
}

static column classify(yk_coder *c, const char *h, size_t n)
{
    size_t q;
    column col = { COL_NONE, 0, 0, NULL };
    if (yk_coder_key(c, h, n, 0, &c->key) != YK_OK || c->key.len == 0)
        return (column){ COL_IGNORED, 0, 0, NULL };
    if (yk_dict_get(c->aliases, c->key.data, c->key.len, &q) ||
        yk_dict_get(c->question_keys, c->key.data, c->key.len, &q))
        return (column){ COL_QUESTION, q, 0, NULL };
    if (is_bookkeeping(c->key.data, c->key.len, h))
        return (column){ COL_IGNORED, 0, 0, NULL };
    if (lookup_flag(c, h, n, &col))
        return col;
    /* A group path this form does not have: go by what follows a '/',
     * the longest first, as a label may hold one ("Nhóm/Anh/chị ..."). */
    for (const char *slash = memchr(h, '/', n); slash;
         slash = memchr(slash + 1, '/', (size_t)(h + n - slash - 1)))
        if (lookup_question(c, slash + 1, (size_t)(h + n - slash - 1), &q))
            return (column){ COL_QUESTION, q, 0, NULL };
    return col;
}

/* The question whose name or label is closest to a header, for a hint. */
static const char *closest_question(yk_coder *c, const char *h, size_t n)
{
    size_t best = (size_t)-1, limit;
    const char *name = NULL;
    if (yk_coder_key(c, h, n, 1, &c->loose) != YK_OK)
        return NULL;
    limit = c->loose.len / 4 + 1;
    for (size_t q = 0; q < c->nq; q++) {
        const yk_question *qq = Q(c, q);
        const char *cand[2] = { qq->name, qq->labels ? qq->labels[0] : NULL };
        for (int k = 0; k < 2; k++) {
            if (!cand[k] || yk_coder_key(c, cand[k], strlen(cand[k]), 1, &c->tmp) != YK_OK)
                continue;
            size_t d = yk_textkey_distance(c->loose.data, c->loose.len,
                                           c->tmp.data, c->tmp.len, limit);
            if (d <= limit && d < best) {
                best = d;
                name = qq->name;
            }
        }
    }
    return name;
}

static yk_status note_source(yk_coder *c, const char *source)
{
    char **s = realloc(c->sources, (c->nsources + 1) * sizeof *s);
    if (!s)
        return YK_ERR_NOMEM;
    c->sources = s;
    if (!(s[c->nsources] = strdup(source)))
        return YK_ERR_NOMEM;
    c->source = s[c->nsources++];
    return YK_OK;
}

static void report_columns(yk_coder *c, const yk_row *header)
{
    char shown[MSG_MAX], hint[MSG_MAX];
    for (size_t i = 0; i < header->n; i++) {
        if (c->cols[i].kind != COL_NONE)
            continue;
        const yk_field *f = &header->fields[i];
        const char *near = closest_question(c, f->s, f->len);
        yk_text_quote(shown, sizeof shown, f->s, f->len);
        snprintf(hint, sizeof hint, "did you mean '%s'?", near ? near : "");
        yk_coder_emit(c, YK_WARNING, "column-unmatched", header->line, i + 1,
             near ? hint : "its answers are not read",
             "the column '%s' matches no question of the form", shown);
    }
    for (size_t q = 0; q < c->nq; q++) {
        const yk_question *qq = Q(c, q);
        if (qq->required && !c->has_column[q] && qq->type != YK_Q_META &&
            qq->type != YK_Q_NOTE)
            yk_coder_emit(c, YK_ERROR, "column-missing", header->line, 0,
                 "every row will lack this answer",
                 "no column holds the required question '%s'", qq->name);
    }
}

/* A question that holds answers in a data file. */
static int answered(const yk_question *q)
{
    return q->type != YK_Q_META && q->type != YK_Q_NOTE;
}

/* Whether the header matched enough to code the file by: some question
 * that holds answers (the unit and the id are no answers to the survey),
 * and at least half of the required ones.  Else a renamed header row
 * ("Đơn vị, Câu 1 ... Câu 9") would lose every answer behind a few
 * warnings. */
static int enough_matched(const yk_coder *c, size_t *found, size_t *required,
                          size_t *required_found)
{
    size_t answerable = 0;
    *found = *required = *required_found = 0;
    for (size_t q = 0; q < c->nq; q++) {
        const yk_question *qq = Q(c, q);
        if (!answered(qq))
            continue;
        int own = q != c->unit_q && q != c->id_q;
        answerable += own;
        *found += own && c->has_column[q];
        *required += qq->required != 0;
        *required_found += qq->required && c->has_column[q];
    }
    return (*found > 0 || answerable == 0) && *required_found * 2 >= *required;
}

/* One error for a file whose header matched too little: its unmatched
 * headers, so that the user can map them. */
static void report_unusable(yk_coder *c, const yk_row *header, size_t found,
                            size_t required, size_t required_found)
{
    char list[MSG_MAX], hint[MSG_MAX], shown[80], last[80] = "";
    size_t len = 0, listed = 0, unmatched = 0;
    list[0] = '\0';
    for (size_t i = 0; i < header->n; i++) {
        if (c->cols[i].kind != COL_NONE)
            continue;
        unmatched++;
        yk_text_quote(shown, sizeof shown, header->fields[i].s, header->fields[i].len);
        snprintf(last, sizeof last, "%s", shown);   /* "Câu 9", not "STT" */
        int w = snprintf(list + len, sizeof list - len, "%s'%s'", listed ? ", " : "", shown);
        if (w < 0 || (size_t)w >= sizeof list - len - 16) {
            list[len] = '\0';
            break;
        }
        len += (size_t)w;
        listed++;
    }
    if (listed < unmatched)
        snprintf(list + len, sizeof list - len, " and %zu more", unmatched - listed);
    snprintf(hint, sizeof hint, "map each header to its question in the project "
             "('column %s = QUESTION') or with --column '%s=QUESTION'; the file's rows "
             "are not read", *last ? last : "HEADER", *last ? last : "HEADER");
    if (found == 0)
        yk_coder_emit(c, YK_ERROR, "columns-unmatched", header->line, 0, hint,
                      "no column holds answers to a question of the form; unmatched: %s",
                      unmatched ? list : "none");
    else
        yk_coder_emit(c, YK_ERROR, "columns-unmatched", header->line, 0, hint,
                      "only %zu of the form's %zu required questions have a column; "
                      "unmatched: %s", required_found, required, unmatched ? list : "none");
}

yk_status yk_coder_header(yk_coder *c, const yk_row *header)
{
    yk_status st = note_source(c, header->source);
    if (st != YK_OK)
        return st;
    c->row = NULL;      /* problems from here to the first row are the file's */
    column *cols = realloc(c->cols, (header->n + 1) * sizeof *cols);
    if (!cols)
        return YK_ERR_NOMEM;
    c->cols = cols;
    c->ncols = header->n;
    memset(c->has_column, 0, c->nq);
    for (size_t i = 0; i < header->n; i++) {
        column col = classify(c, header->fields[i].s, header->fields[i].len);
        if (col.kind == COL_QUESTION && c->has_column[col.q]) {
            yk_coder_emit(c, YK_WARNING, "column-duplicate", header->line, i + 1,
                 "only the first is read", "a second column for question '%s'",
                 Q(c, col.q)->name);
            col.kind = COL_IGNORED;
        }
        if (col.kind == COL_QUESTION)
            c->has_column[col.q] = 1;
        if (col.kind == COL_QUESTION && Q(c, col.q)->type == YK_Q_SELECT_ONE)
            col.by_byte = yk_coder_list(c, col.q)->by_byte;
        c->cols[i] = col;
    }
    /* Kobo's 0/1 columns count only when there is no answer column. */
    for (size_t i = 0; i < header->n; i++)
        if (c->cols[i].kind == COL_FLAG && c->has_column[c->cols[i].q] == 1)
            c->cols[i].kind = COL_IGNORED;
    for (size_t i = 0; i < header->n; i++)
        if (c->cols[i].kind == COL_FLAG)
            c->has_column[c->cols[i].q] = 2;
    size_t found, required, required_found;
    c->unusable = !enough_matched(c, &found, &required, &required_found);
    if (c->unusable) {
        c->stats.files_unmatched++;
        report_unusable(c, header, found, required, required_found);
    } else {
        report_columns(c, header);
    }
    yk_coder_find_identity(c, header);
    return YK_OK;
}

static void clear_answers(yk_coder *c)
{
    memcpy(c->answers, c->blank_answers, c->nq * sizeof *c->answers);
    memset(c->chosen, 0, c->n_chosen);
}

/* Most answers are one-byte codes of a select_one ("4"): those are coded
 * here by a table look-up; every other field takes the general path. */
static void code_fields(yk_coder *c, const yk_row *row)
{
    size_t n = row->n < c->ncols ? row->n : c->ncols;
    for (size_t i = 0; i < n; i++) {
        const yk_field *f = &row->fields[i];
        const column *col = &c->cols[i];
        unsigned short choice = col->by_byte && f->len == 1
                              ? col->by_byte[(unsigned char)f->s[0]] : 0;
        if (choice) {
            c->answers[col->q].state = YK_ANSWER_OK;
            c->answers[col->q].choice = choice - 1u;
        } else {
            yk_coder_code_field(c, i, f);
        }
    }
}

yk_status yk_coder_row(yk_coder *c, const yk_row *row, const yk_response **resp)
{
    *resp = NULL;
    c->row = row;
    c->row_errors = 0;
    c->stats.rows++;
    if (c->unusable) {
        c->stats.rows_unread++;
        return YK_OK;
    }
    if (yk_coder_is_blank_row(row) || yk_coder_is_totals_row(c, row)) {
        int blank = yk_coder_is_blank_row(row);
        yk_coder_emit(c, YK_WARNING, blank ? "blank-row" : "totals-row", row->line, 0,
             "it is not counted as a response",
             blank ? "the row is blank" : "the row looks like a totals row");
        c->stats.skipped++;
        c->stats.blank += blank;
        c->stats.totals += !blank;
        return YK_OK;
    }
    clear_answers(c);
    code_fields(c, row);
    if (yk_coder_check_duplicates(c) && !c->opt.keep_duplicates) {
        c->stats.skipped++;     /* said once, as a double: no other warning */
        return YK_OK;
    }
    yk_coder_check_straight_lining(c);
    c->stats.responses++;
    c->stats.with_errors += c->row_errors > 0;
    c->stats.no_unit += c->unit_q != NO_QUESTION && c->answers[c->unit_q].state != YK_ANSWER_OK;
    c->response = (yk_response){ row->source, row->line, c->answers, c->row_errors };
    *resp = &c->response;
    return YK_OK;
}
