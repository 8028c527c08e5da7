/* ykien — a feedback form's targets, remark questions and criteria
 * (yk_feedback.h), and what is wrong with them. */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include "feedback_impl.h"
#include "yk_grow.h"
#include "yk_text.h"
#include "yk_textkey.h"

/* How a question's name or label says what it is.  Names are matched at
 * their end ("p01_uu_diem"), labels at their start ("Ưu điểm của đồng
 * chí..."), as text keys. */
typedef struct {
    const char *const *suffixes;
    const char *const *prefixes;
} sign;

static const char *const strengths_names[] = { "uu_diem", NULL };
static const char *const strengths_labels[] = { "ưu điểm", NULL };
static const char *const shortcomings_names[] = { "han_che", "khuyet_diem", NULL };
static const char *const shortcomings_labels[] = { "hạn chế", "khuyết điểm", NULL };
static const char *const suggestions_names[] = { "de_nghi", "kien_nghi", "de_xuat", NULL };
static const char *const suggestions_labels[] = { "đề nghị", "kiến nghị", "đề xuất", NULL };
static const char *const overall_names[] = { "xep_loai", "muc_do_hoan_thanh", "danh_gia_chung",
                                             NULL };
static const char *const overall_labels[] = { "xếp loại", "mức độ hoàn thành", "đánh giá chung",
                                              NULL };
static const char *const collective_labels[] = { "tập thể", NULL };

static const sign kind_signs[YK_REMARK_KINDS] = {
    { strengths_names, strengths_labels },
    { shortcomings_names, shortcomings_labels },
    { suggestions_names, suggestions_labels },
};
static const sign overall_sign = { overall_names, overall_labels };

const char *yk_remark_kind_code(yk_remark_kind k)
{
    static const char *const codes[] = { "strengths", "shortcomings", "suggestions" };
    return (unsigned)k < YK_REMARK_KINDS ? codes[k] : "unknown";
}

const char *yk_from_code(yk_from f)
{
    return f == YK_FROM_COLLECTIVE ? "collective" : f == YK_FROM_INDIVIDUAL ? "individual"
                                                                              : "unknown";
}

typedef struct {
    const char *s;
    size_t n;
} span;

typedef struct {
    yk_feedback *f;
    size_t *group;              /* each question's group, or SIZE_MAX */
    const char *source;
    yk_diag_fn diag;
    void *diag_ctx;
    int errors;
    yk_buf key, scratch;
} finder;

static void report(finder *fd, yk_severity sev, const char *kind, unsigned long line,
                   const char *hint, const char *fmt, ...)
    __attribute__((format(printf, 6, 7)));

static void report(finder *fd, yk_severity sev, const char *kind, unsigned long line,
                   const char *hint, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    yk_diag_vsend(fd->diag, fd->diag_ctx, sev, kind, fd->source, line, 0, hint, fmt, ap);
    va_end(ap);
    fd->errors += sev == YK_ERROR;
}

static int ends_with(const char *s, const char *end)
{
    size_t n = strlen(s), k = strlen(end);
    return n >= k && memcmp(s + n - k, end, k) == 0;
}

/* Whether text key k starts with the words p (whole words: "tập thể"
 * but not "tập thểx"). */
static int key_starts(const char *k, size_t n, const char *p)
{
    size_t m = strlen(p);
    return n >= m && memcmp(k, p, m) == 0 && (n == m || k[m] == ' ' || k[m] == ':' ||
                                               k[m] == ',' || k[m] == '.' || k[m] == '(');
}

/* Whether one of labels (one per language, some NULL) starts with one of
 * prefixes, as text keys. */
static int label_says(finder *fd, const char *const *labels, const char *const *prefixes)
{
    size_t nl = yk_form_n_languages(fd->f->form);
    for (size_t i = 0; labels && i < nl; i++) {
        if (!labels[i])
            continue;
        yk_buf_clear(&fd->key);
        if (yk_textkey(labels[i], strlen(labels[i]), 0, &fd->key, &fd->scratch) != YK_OK)
            continue;           /* the form's labels are UTF-8: only memory fails here */
        for (const char *const *p = prefixes; *p; p++)
            if (key_starts(fd->key.data ? fd->key.data : "", fd->key.len, *p))
                return 1;
    }
    return 0;
}

static int says(finder *fd, const char *name, const char *const *labels, const sign *s)
{
    for (const char *const *e = s->suffixes; *e; e++)
        if (ends_with(name, *e))
            return 1;
    return label_says(fd, labels, s->prefixes);
}

/* The remark kind question q says it is, or -1. */
static int kind_of(finder *fd, const yk_question *q)
{
    for (int k = 0; k < YK_REMARK_KINDS; k++)
        if (says(fd, q->name, q->labels, &kind_signs[k]))
            return k;
    return -1;
}

static int same_group(const void *ctx, size_t item, const void *key)
{
    const span *k = key;
    const char *name = yk_form_group_at(ctx, item)->name;
    return strlen(name) == k->n && memcmp(name, k->s, k->n) == 0;
}

/* The group that directly holds q (its path's last group), or SIZE_MAX;
 * groups found by their name's hash in ix. */
static size_t group_of(const yk_form *form, const yk_index *ix, const yk_question *q)
{
    const char *slash = strrchr(q->path, '/');
    if (!slash)
        return SIZE_MAX;
    const char *start = slash;
    while (start > q->path && start[-1] != '/')
        start--;
    span k = { start, (size_t)(slash - start) };
    size_t g = yk_index_find(ix, yk_hash_key(k.s, k.n), same_group, form, &k);
    return g == YK_INDEX_NONE ? SIZE_MAX : g;
}

/* Each question's group (SIZE_MAX: none) into of. */
static yk_status groups_of(const yk_form *form, size_t *of)
{
    yk_index ix = { 0 };
    yk_status st = YK_OK;
    for (size_t g = 0; st == YK_OK && g < yk_form_n_groups(form); g++) {
        const char *name = yk_form_group_at(form, g)->name;
        st = yk_index_add(&ix, yk_hash_key(name, strlen(name)), g);
    }
    for (size_t i = 0; st == YK_OK && i < yk_form_n_questions(form); i++)
        of[i] = group_of(form, &ix, yk_form_question(form, i));
    yk_index_free(&ix);
    return st;
}

static int is_remark_question(finder *fd, const yk_question *q, size_t qi)
{
    return q->type == YK_Q_TEXT && qi != fd->f->unit_q && kind_of(fd, q) >= 0;
}

/* Mark in is_target the groups that directly hold a remark question. */
static void mark_targets(finder *fd, unsigned char *is_target)
{
    const yk_form *form = fd->f->form;
    for (size_t i = 0; i < yk_form_n_questions(form); i++) {
        const yk_question *q = yk_form_question(form, i);
        size_t g = fd->group[i];
        if (g != SIZE_MAX && is_remark_question(fd, q, i))
            is_target[g] = 1;
    }
}

static yk_status add_target(finder *fd, const yk_form_group *g, size_t *cap)
{
    yk_feedback *f = fd->f;
    if (yk_grow(&f->targets, cap, f->n_targets + 1, sizeof *f->targets) != YK_OK)
        return YK_ERR_NOMEM;
    yk_feedback_target *t = &f->targets[f->n_targets++];
    *t = (yk_feedback_target){ .code = g->name, .labels = g->labels, .hint = g->hint };
    t->collective = strncmp(g->name, "tap_the", 7) == 0 ||
                    label_says(fd, g->labels, collective_labels);
    for (int k = 0; k < YK_REMARK_KINDS; k++)
        t->remark[k] = SIZE_MAX;
    t->first_criterion = f->n_criteria;
    return YK_OK;
}

/* The criterion's code: q's name without "TARGET_" in front. */
static const char *criterion_code(const char *target, const char *name)
{
    size_t n = strlen(target);
    if (strncmp(name, target, n) == 0 && name[n] == '_' && name[n + 1])
        return name + n + 1;
    return name;
}

static yk_status add_criterion(finder *fd, size_t ti, size_t qi, size_t *cap)
{
    yk_feedback *f = fd->f;
    yk_feedback_target *t = &f->targets[ti];
    const yk_question *q = yk_form_question(f->form, qi);
    int overall = says(fd, q->name, q->labels, &overall_sign);
    for (size_t c = t->first_criterion; overall && c < f->n_criteria; c++)
        if (f->criteria[c].overall) {
            const yk_question *first = yk_form_question(f->form, f->criteria[c].question);
            report(fd, YK_ERROR, "feedback-duplicate-kind", q->line,
                   "keep one overall grade per target; rename the other so its name does "
                   "not end in xep_loai, muc_do_hoan_thanh or danh_gia_chung",
                   "'%s' is a second overall grade of target '%s' (the first is '%s')",
                   q->name, t->code, first->name);
            return YK_OK;
        }
    if (yk_grow(&f->criteria, cap, f->n_criteria + 1, sizeof *f->criteria) != YK_OK)
        return YK_ERR_NOMEM;
    f->criteria[f->n_criteria++] = (yk_feedback_criterion){
        ti, qi, criterion_code(t->code, q->name), overall };
    t->n_criteria++;
    return YK_OK;
}

static const char unknown_kind_hint[] =
    "name it ..._uu_diem, ..._han_che or ..._de_nghi, or start its label with "
    "'Ưu điểm', 'Hạn chế' or 'Đề nghị'";

static void add_remark(finder *fd, size_t ti, size_t qi)
{
    yk_feedback_target *t = &fd->f->targets[ti];
    const yk_question *q = yk_form_question(fd->f->form, qi);
    int k = kind_of(fd, q);
    if (k < 0) {
        report(fd, YK_ERROR, "feedback-unknown-kind", q->line, unknown_kind_hint,
               "the text question '%s' of target '%s' is not strengths, shortcomings "
               "or suggestions", q->name, t->code);
    } else if (t->remark[k] != SIZE_MAX) {
        report(fd, YK_ERROR, "feedback-duplicate-kind", q->line,
               "ask one question per kind of remark and target: merge the two, or "
               "rename one for the kind it asks",
               "'%s' is a second question of %s for target '%s' (the first is '%s')",
               q->name, yk_remark_kind_code((yk_remark_kind)k), t->code,
               yk_form_question(fd->f->form, t->remark[k])->name);
    } else {
        t->remark[k] = qi;
    }
}

/* Target ti's questions: remarks, criteria, and what is not read. */
static yk_status read_target(finder *fd, size_t ti, size_t g, size_t *cap_criteria)
{
    const yk_form *form = fd->f->form;
    yk_status st = YK_OK;
    for (size_t i = 0; st == YK_OK && i < yk_form_n_questions(form); i++) {
        const yk_question *q = yk_form_question(form, i);
        if (fd->group[i] != g || i == fd->f->unit_q || q->type == YK_Q_NOTE)
            continue;
        if (q->type == YK_Q_TEXT)
            add_remark(fd, ti, i);
        else if (q->type == YK_Q_SELECT_ONE)
            st = add_criterion(fd, ti, i, cap_criteria);
        else
            report(fd, YK_WARNING, "feedback-ignored", q->line,
                   "a target's group holds text remarks and select_one ratings; move "
                   "questions about the contributor out of it",
                   "the %s question '%s' of target '%s' is not read",
                   yk_form_type_name(q->type), q->name, fd->f->targets[ti].code);
    }
    return st;
}

yk_status yk_feedback_find(yk_feedback *f, const char *survey_source, yk_diag_fn diag,
                           void *diag_ctx)
{
    size_t ng = yk_form_n_groups(f->form), cap_targets = 0, cap_criteria = 0;
    finder fd = { f, malloc((yk_form_n_questions(f->form) + 1) * sizeof(size_t)),
                  survey_source ? survey_source : "survey.csv", diag, diag_ctx, 0,
                  { 0 }, { 0 } };
    unsigned char *is_target = calloc(ng + 1, 1);
    yk_status st = is_target && fd.group ? groups_of(f->form, fd.group) : YK_ERR_NOMEM;
    if (st == YK_OK)
        mark_targets(&fd, is_target);
    for (size_t g = 0; st == YK_OK && g < ng; g++) {
        if (!is_target[g])
            continue;
        const yk_form_group *grp = yk_form_group_at(f->form, g);
        if (f->n_targets == YK_FEEDBACK_MAX_TARGETS) {
            report(&fd, YK_ERROR, "feedback-too-many-targets", grp->line,
                   "split the form: one per part of the committee",
                   "more than %d targets", YK_FEEDBACK_MAX_TARGETS);
            break;
        }
        st = add_target(&fd, grp, &cap_targets);
        if (st == YK_OK)
            st = read_target(&fd, f->n_targets - 1, g, &cap_criteria);
    }
    if (st == YK_OK && !f->n_targets && !fd.errors)
        report(&fd, YK_ERROR, "feedback-no-target", 0,
               "put each target's questions in a group (begin group tap_the, p01, ...) and "
               "name its text questions ..._uu_diem, ..._han_che and ..._de_nghi",
               "the form has no target: no group holds a remark question");
    free(is_target);
    free(fd.group);
    yk_buf_free(&fd.key);
    yk_buf_free(&fd.scratch);
    if (st == YK_OK && fd.errors)
        st = YK_ERR_PARSE;
    return st;
}
