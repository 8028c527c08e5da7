/* ykien — loading a form: a row of survey.csv.
 * The insides it shares are in form_impl.h. */
#include <stdio.h>
#include <string.h>
#include "form_impl.h"

/* ---- survey.csv ----------------------------------------------------- */

typedef enum {
    T_QUESTION, T_BEGIN_GROUP, T_END_GROUP, T_BEGIN_REPEAT, T_END_REPEAT,
    T_NO_LIST, T_UNKNOWN
} type_kind;

static const struct { const char *word; yk_question_type type; } simple_types[] = {
    { "integer", YK_Q_INTEGER }, { "int", YK_Q_INTEGER },
    { "decimal", YK_Q_DECIMAL }, { "text", YK_Q_TEXT }, { "string", YK_Q_TEXT },
    { "date", YK_Q_DATE }, { "note", YK_Q_NOTE },
    { "start", YK_Q_META }, { "end", YK_Q_META }, { "today", YK_Q_META },
    { "deviceid", YK_Q_META }, { "username", YK_Q_META },
    { "phonenumber", YK_Q_META }, { "simserial", YK_Q_META },
    { "subscriberid", YK_Q_META }, { "audit", YK_Q_META },
    { "calculate", YK_Q_META }, { "hidden", YK_Q_META },
};

static const struct { const char *word; type_kind kind; } structure_types[] = {
    { "begin_group", T_BEGIN_GROUP }, { "end_group", T_END_GROUP },
    { "begin_repeat", T_BEGIN_REPEAT }, { "end_repeat", T_END_REPEAT },
};

static const struct { const char *word; yk_question_type type; } select_types[] = {
    { "select_one", YK_Q_SELECT_ONE }, { "select_multiple", YK_Q_SELECT_MULTIPLE },
    { "select_all_that_apply", YK_Q_SELECT_MULTIPLE },
};

static const char known_types_hint[] =
    "known types: select_one LIST, select_multiple LIST, integer, decimal, "
    "text, date, note, begin group, end group, start, end, today, deviceid, "
    "username, phonenumber, simserial, subscriberid, audit, calculate, hidden";

typedef struct {
    type_kind kind;
    yk_question_type type;
    span list;
} parsed_type;

/* Split on spaces; the words may also be joined by '_' ("select one L",
 * "select_one L", "begin group", "begin_group"). */
static parsed_type parse_type(span t)
{
    parsed_type p = { T_UNKNOWN, YK_Q_TEXT, { "", 0 } };
    span tok[TYPE_TOKENS];
    size_t n = 0, i = 0;
    while (i < t.n) {
        size_t len;
        if (is_space_at(t.s, t.n, i, &len)) {
            i += len;
            continue;
        }
        if (n == TYPE_TOKENS)
            return p;
        size_t start = i;
        while (i < t.n && !is_space_at(t.s, t.n, i, &len))
            i++;
        tok[n++] = (span){ t.s + start, i - start };
    }
    char key[64];
    size_t k = 0;
    for (size_t w = 0; w < n; w++) {
        if (k + tok[w].n + 1 >= sizeof key)
            return p;
        if (w)
            key[k++] = '_';
        for (size_t j = 0; j < tok[w].n; j++)
            key[k++] = (char)lower((unsigned char)tok[w].s[j]);
        key[k] = '\0';
        for (size_t s = 0; s < sizeof select_types / sizeof select_types[0]; s++)
            if (strcmp(key, select_types[s].word) == 0) {
                p.type = select_types[s].type;
                p.kind = w + 2 == n ? T_QUESTION : w + 1 == n ? T_NO_LIST : T_UNKNOWN;
                if (w + 2 == n)
                    p.list = tok[w + 1];
                return p;
            }
    }
    for (size_t s = 0; n && s < sizeof simple_types / sizeof simple_types[0]; s++)
        if (strcmp(key, simple_types[s].word) == 0) {
            p.kind = T_QUESTION;
            p.type = simple_types[s].type;
        }
    for (size_t s = 0; n && s < sizeof structure_types / sizeof structure_types[0]; s++)
        if (strcmp(key, structure_types[s].word) == 0)
            p.kind = structure_types[s].kind;
    return p;
}

/* The known type word closest to the first word of t, or NULL. */
static const char *closest_type(span t)
{
    static const char *const words[] = {
        "select_one LIST", "select_multiple LIST", "integer", "decimal", "text",
        "date", "note", "begin group", "end group", "start", "today",
        "deviceid", "username", "phonenumber", "simserial", "subscriberid",
        "audit", "calculate", "hidden",
    };
    size_t n = 0;
    while (n < t.n && t.s[n] != ' ')
        n++;
    const char *best = NULL;
    size_t best_d = SUGGEST_MAX;
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++) {
        const char *sp = strchr(words[i], ' ');
        size_t wn = strncmp(words[i], "select", 6) == 0 && sp ? (size_t)(sp - words[i])
                                                             : strlen(words[i]);
        size_t d = yk_form_distance(t.s, n, words[i], wn);
        if (yk_form_close_enough(d, wn) && d < best_d) {
            best = words[i];
            best_d = d;
        }
    }
    return best;
}

static void unknown_type(loader *L, const yk_row *row, span t)
{
    char hint[MSG_MAX];
    const char *near = closest_type(t);
    if (near)
        snprintf(hint, sizeof hint, "did you mean '%s'? %s", near, known_types_hint);
    yk_form_report(L, YK_ERROR, "form-unknown-type", row->line, L->col[S_TYPE],
                   near ? hint : known_types_hint, "unknown type '%.*s%s'", QUOTED(t));
}

static int name_eq(const void *ctx, size_t item, const void *key)
{
    const loader *L = ctx;
    const span *t = key;
    return strlen(L->names[item].name) == t->n &&
           memcmp(L->names[item].name, t->s, t->n) == 0;
}

/* Check and keep a question or group name; NULL when it is bad or taken
 * (reported) or out of memory. */
static const char *claim_name(loader *L, const yk_row *row, span name)
{
    if (!yk_form_valid_name(name)) {
        yk_form_report(L, YK_ERROR, "form-bad-name", row->line, L->col[S_NAME],
                       "a name starts with a letter or '_' and holds only letters, "
                       "digits, '_', '-' and '.'",
                       name.n ? "'%.*s%s' is not a valid name" : "the name is empty%.*s%s",
                       QUOTED(name));
        return NULL;
    }
    uint64_t h = hash_span(YK_HASH_BASIS, name);
    size_t first = yk_index_find(&L->names_index, h, name_eq, L, &name);
    if (first != NONE) {
        char hint[MSG_MAX];
        snprintf(hint, sizeof hint, "'%.*s%s' is first defined on line %lu",
                 QUOTED(name), L->names[first].line);
        yk_form_report(L, YK_ERROR, "form-duplicate-name", row->line, L->col[S_NAME],
                       hint, "the name '%.*s%s' is used twice", QUOTED(name));
        return NULL;
    }
    const char *kept = keep(L, name);
    if (!kept || yk_grow(&L->names, &L->cap_names, L->n_names + 1, sizeof *L->names) != YK_OK ||
        yk_index_add(&L->names_index, h, L->n_names) != YK_OK)
        return nomem(L);
    L->names[L->n_names++] = (named){ kept, row->line };
    return kept;
}

static void begin_group(loader *L, const yk_row *row, int repeat)
{
    if (repeat)
        yk_form_report(L, YK_ERROR, "form-unsupported-type", row->line, L->col[S_TYPE],
                       "ask each repeated question as a question of its own",
                       "ykien does not support repeats");
    const char *name = claim_name(L, row, col(L, row, S_NAME));
    if (yk_grow(&L->groups, &L->cap_groups, L->n_groups + 1, sizeof *L->groups) != YK_OK) {
        nomem(L);
        return;
    }
    /* A bad name still opens a group, so its end group balances. */
    L->groups[L->n_groups++] = (open_group){ name ? name : "", row->line };
    int any;
    const char **labels = yk_form_row_labels(L, row, &any);
    if (!name || !labels)
        return;
    if (yk_grow(&L->defs, &L->cap_defs, L->n_defs + 1, sizeof *L->defs) != YK_OK) {
        nomem(L);
        return;
    }
    L->defs[L->n_defs++] = (yk_form_group){ name, labels, keep_or_null(L, col(L, row, S_HINT)),
                                            row->line };
}

static void end_group(loader *L, const yk_row *row, int repeat)
{
    if (repeat)
        yk_form_report(L, YK_ERROR, "form-unsupported-type", row->line, L->col[S_TYPE],
                       NULL, "ykien does not support repeats");
    if (L->n_groups)
        L->n_groups--;
    else
        yk_form_report(L, YK_ERROR, "form-unbalanced-group", row->line, L->col[S_TYPE],
                       "remove it, or add a 'begin group' above",
                       "'end group' without a 'begin group'");
}

/* "g/h/q" for question q inside group h inside group g. */
static const char *make_path(loader *L, const char *name)
{
    yk_buf *b = &L->path;
    yk_buf_clear(b);
    for (size_t i = 0; i < L->n_groups; i++)
        if (yk_buf_append(b, L->groups[i].name, strlen(L->groups[i].name)) ||
            yk_buf_append(b, "/", 1))
            return nomem(L);
    if (!b->len)
        return name;
    if (yk_buf_append(b, name, strlen(name)))
        return nomem(L);
    return keep(L, (span){ b->data, b->len });
}

static void min_max(loader *L, const yk_row *row, yk_question *q)
{
    q->has_min = yk_form_number_column(L, row, S_MIN, &q->min);
    q->has_max = yk_form_number_column(L, row, S_MAX, &q->max);
    if (q->has_min && q->has_max && q->min > q->max)
        yk_form_report(L, YK_ERROR, "form-bad-range", row->line, 0,
                       "min must not be above max", "min %g is above max %g", q->min, q->max);
}

/* A rejected question still uses its list: no "unused list" on top. */
static void refer(loader *L, const char *list)
{
    if (yk_grow(&L->refs, &L->cap_refs, L->n_refs + 1, sizeof *L->refs) != YK_OK) {
        nomem(L);
        return;
    }
    L->refs[L->n_refs++] = list;
}

/* The `measure` column: nominal, ordinal or scale (SPSS's words), any
 * case; -1 when empty or unknown (reported). */
static int read_measure(loader *L, const yk_row *row)
{
    static const char *const words[] = { "nominal", "ordinal", "scale" };
    span t = col(L, row, S_MEASURE);
    if (!t.n)
        return -1;
    for (int i = 0; i < 3; i++)
        if (span_is(t, words[i]))
            return i;
    yk_form_report(L, YK_ERROR, "form-bad-measure", row->line, L->col[S_MEASURE],
                   "write nominal (no order: units, channels), ordinal (agree ... "
                   "disagree) or scale (ordinal, and its values can be averaged)",
                   "measure '%.*s%s' is not nominal, ordinal or scale", QUOTED(t));
    return -1;
}

static int wants_label(yk_question_type t)
{
    return t == YK_Q_SELECT_ONE || t == YK_Q_SELECT_MULTIPLE ||
           t == YK_Q_INTEGER || t == YK_Q_DECIMAL || t == YK_Q_TEXT;
}

static void add_question(loader *L, const yk_row *row, const parsed_type *pt)
{
    yk_question q = { 0 };
    question_extra x = { NULL, L->col[S_TYPE], read_measure(L, row) };
    int any_label = 0;
    const char *name = claim_name(L, row, col(L, row, S_NAME));
    q.type = pt->type;
    q.line = row->line;
    q.labels = yk_form_row_labels(L, row, &any_label);
    q.required = q.type != YK_Q_META && truthy(col(L, row, S_REQUIRED));
    q.scale = keep_or_null(L, col(L, row, S_SCALE));
    q.reverse = truthy(col(L, row, S_REVERSE));
    q.previous_name = keep_or_null(L, col(L, row, S_PREVIOUS));
    q.hint = keep_or_null(L, col(L, row, S_HINT));
    min_max(L, row, &q);
    if (wants_label(q.type) && !any_label && L->failure == YK_OK)
        yk_form_report(L, YK_WARNING, "form-no-label", row->line, 0,
                       "add a label: it is how people and Google Forms exports "
                       "know the question", "the question has no label");
    if (pt->list.n)
        x.list = keep(L, pt->list);
    if (!name && x.list)
        refer(L, x.list);
    if (!name || !q.labels || (pt->list.n && !x.list) || L->failure)
        return;
    q.name = name;
    q.path = make_path(L, name);
    if (!q.path)
        return;
    if (yk_grow(&L->qs, &L->cap_q, L->nq + 1, sizeof *L->qs) != YK_OK ||
        yk_grow(&L->qx, &L->cap_qx, L->nq + 1, sizeof *L->qx) != YK_OK) {
        nomem(L);
        return;
    }
    L->qs[L->nq] = q;
    L->qx[L->nq++] = x;
}

void yk_form_survey_row(loader *L, const yk_row *row)
{
    span type = col(L, row, S_TYPE);
    if (!type.n) {
        /* XLSForm skips rows with no type, but not a question without one. */
        if (col(L, row, S_NAME).n || yk_form_has_label(L, row))
            yk_form_report(L, YK_ERROR, "form-unknown-type", row->line, L->col[S_TYPE],
                           known_types_hint, "the question has no type");
        return;
    }
    parsed_type pt = parse_type(type);
    switch (pt.kind) {
    case T_BEGIN_GROUP: begin_group(L, row, 0); break;
    case T_BEGIN_REPEAT: begin_group(L, row, 1); break;
    case T_END_GROUP: end_group(L, row, 0); break;
    case T_END_REPEAT: end_group(L, row, 1); break;
    case T_QUESTION: add_question(L, row, &pt); break;
    case T_NO_LIST:
        yk_form_report(L, YK_ERROR, "form-missing-list", row->line, L->col[S_TYPE],
                       "write the list's name after the type, as in 'select_one yes_no'",
                       "'%.*s%s' names no choice list", QUOTED(type));
        break;
    case T_UNKNOWN: unknown_type(L, row, type); break;
    }
}
