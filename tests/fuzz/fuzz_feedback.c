/* libFuzzer target: the feedback tally (yk_feedback.h) — a feedback
 * form's targets, and contributions' cells of remarks and ratings.
 *
 * Input: its first byte says which.
 *
 *   odd    a form: survey.csv, then byte 0x1C, then choices.csv, given to
 *          yk_form_load and then to yk_feedback_new (with the unit
 *          question "don_vi" when bit 1 is set).  Checked: a documented
 *          status; the tally made exactly when the status is YK_OK, which
 *          happens exactly when no error was reported; every diagnostic
 *          of a kind starting "feedback-", naming survey.csv and a line in
 *          it; every target with a code and a remark question, at most
 *          YK_FEEDBACK_MAX_TARGETS of them; every criterion a select_one
 *          of its target, at most one overall grade a target.  A response
 *          with every answer missing is counted and finished.
 *
 *   even   contributions to a fixed form (three targets, two members
 *          named, a select_one unit): contributions apart by byte 0x1D,
 *          a contribution's cells apart by 0x1E; a cell's first byte
 *          picks its question (low 7 bits; among the remark questions,
 *          the criteria and the unit) and the contribution's kind (its
 *          high bit, on the contribution's first cell), the rest is its
 *          text (a select_one's choice: the text's first byte, one past
 *          the list being an invalid answer).  Text that is UTF-8 is
 *          given in NFC, as the reader gives it; other bytes as they
 *          are.  Bit 1 of the first byte: themes and keys loose.
 *          Checked, after finish: the tally of all contributions equals,
 *          count for count and remark for remark, the merge of the tallies
 *          of its first half and its second; every count within its base
 *          (a remark's contributors within those who wrote one of its
 *          kind, and together at least as many; a theme's likewise;
 *          ratings adding up to their base, within those who rated, within
 *          the contributions); remarks in their documented order; and,
 *          when every cell was UTF-8, every remark UTF-8, not empty, and
 *          masked for good: masking it again finds nothing — no member's
 *          name, unit's name, phone, ID or address is left in it.
 *
 * Leaks are the sanitizer's. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#include "yk_feedback.h"
#include "yk_form.h"
#include "fuzz_check.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* ---- a form ---------------------------------------------------------------- */

typedef struct {
    unsigned long lines, errors;
} seen;

static void on_diag(void *ctx, const yk_diag *d)
{
    seen *s = ctx;
    CHECK(fuzz_is_kind(d->kind) && strncmp(d->kind, "feedback-", 9) == 0);
    CHECK(d->source && strcmp(d->source, "survey.csv") == 0);
    CHECK(d->line <= s->lines);
    CHECK(d->message && d->message[0] && fuzz_valid_utf8(d->message, strlen(d->message)));
    s->errors += d->severity == YK_ERROR;
}

static void check_targets(const yk_feedback *f)
{
    const yk_form *form = yk_feedback_form(f);
    size_t n = yk_feedback_n_targets(f), criteria = 0;
    CHECK(n >= 1 && n <= YK_FEEDBACK_MAX_TARGETS);
    for (size_t t = 0; t < n; t++) {
        const yk_feedback_target *tg = yk_feedback_target_at(f, t);
        CHECK(tg->code && tg->code[0]);
        int remarks = 0, overall = 0;
        for (int k = 0; k < YK_REMARK_KINDS; k++)
            if (tg->remark[k] != SIZE_MAX) {
                CHECK(yk_form_question(form, tg->remark[k])->type == YK_Q_TEXT);
                remarks++;
            }
        CHECK(remarks >= 1);
        CHECK(tg->first_criterion == criteria);
        for (size_t c = tg->first_criterion; c < tg->first_criterion + tg->n_criteria; c++) {
            const yk_feedback_criterion *cr = yk_feedback_criterion_at(f, c);
            CHECK(cr->target == t && cr->code && cr->code[0]);
            CHECK(yk_form_question(form, cr->question)->type == YK_Q_SELECT_ONE);
            overall += cr->overall;
        }
        CHECK(overall <= 1);
        criteria += tg->n_criteria;
    }
    CHECK(criteria == yk_feedback_n_criteria(f));
}

static unsigned long count_lines(const uint8_t *p, size_t n)
{
    unsigned long lines = 1;
    for (size_t i = 0; i < n; i++)
        lines += p[i] == '\n' || (p[i] == '\r' && (i + 1 == n || p[i + 1] != '\n'));
    return lines;
}

static yk_form *load_form(const void *survey, size_t survey_len, const void *choices,
                          size_t choices_len)
{
    yk_memory ms, mc;
    yk_input s = yk_input_memory(&ms, survey, survey_len);
    yk_input c = yk_input_memory(&mc, choices, choices_len);
    yk_form_files files = { "survey.csv", "choices.csv", NULL, &s, &c, NULL };
    yk_form *form = NULL;
    return yk_form_load(&files, NULL, NULL, &form) == YK_OK ? form : NULL;
}

static void form_case(const uint8_t *data, size_t size, int with_unit)
{
    const uint8_t *sep = memchr(data, 0x1C, size);
    size_t survey_len = sep ? (size_t)(sep - data) : size;
    static const char plain_choices[] = "list_name,name,label\nx,a,A\n";
    yk_form *form = sep ? load_form(data, survey_len, sep + 1, size - survey_len - 1)
                        : load_form(data, size, plain_choices, sizeof plain_choices - 1);
    if (!form)
        return;
    seen s = { count_lines(data, survey_len), 0 };
    yk_feedback *f = (yk_feedback *)&s;
    yk_status st = yk_feedback_new(form, "survey.csv", with_unit ? "don_vi" : NULL, on_diag,
                                   &s, &f);
    CHECK(st == YK_OK || st == YK_ERR_PARSE || st == YK_ERR_ARGUMENT || st == YK_ERR_NOMEM);
    CHECK((st == YK_OK) == (f != NULL));
    CHECK(st != YK_OK || s.errors == 0);
    CHECK(st != YK_ERR_PARSE || s.errors > 0);
    if (f) {
        check_targets(f);
        size_t nq = yk_form_n_questions(form);
        yk_answer *answers = calloc(nq, sizeof *answers);
        CHECK(answers != NULL);
        yk_response r = { "d.csv", 2, answers, 0 };
        CHECK(yk_feedback_add(f, YK_FROM_INDIVIDUAL, &r) == YK_OK);
        CHECK(yk_feedback_finish(f, NULL, NULL, 0) == YK_OK);
        CHECK(yk_feedback_contributions(f, YK_FROM_INDIVIDUAL) == 1);
        free(answers);
        yk_feedback_free(f);
    }
    yk_form_free(form);
}

/* ---- contributions ------------------------------------------------------- */

static const char survey_csv[] =
    "type,name,label,hint\n"
    "select_one don_vi,don_vi,Đơn vị,\n"
    "begin group,tap_the,Tập thể Ban Thường vụ,\n"
    "text,tap_the_uu_diem,Ưu điểm,\n"
    "text,tap_the_han_che,Hạn chế,\n"
    "text,tap_the_de_nghi,Đề nghị,\n"
    "end group,,,\n"
    "begin group,p01,Nguyễn Văn An,Bí thư\n"
    "text,p01_uu_diem,Ưu điểm,\n"
    "text,p01_han_che,Hạn chế,\n"
    "select_one muc,p01_chinh_tri,Phẩm chất chính trị,\n"
    "select_one xl,p01_xep_loai,Xếp loại chung,\n"
    "end group,,,\n"
    "begin group,p02,Trần Thị Bình,Phó Bí thư\n"
    "text,p02_de_nghi,Đề nghị,\n"
    "select_one xl,p02_xep_loai,Xếp loại chung,\n"
    "end group,,,\n";
static const char choices_csv[] =
    "list_name,name,label\n"
    "don_vi,cth,Huyện đoàn Châu Thành\n"
    "don_vi,hd,Đoàn xã Hòn Đất\n"
    "muc,1,Tốt\nmuc,2,Khá\nmuc,3,Trung bình\n"
    "xl,xs,Hoàn thành xuất sắc nhiệm vụ\nxl,tot,Hoàn thành tốt nhiệm vụ\n"
    "xl,ht,Hoàn thành nhiệm vụ\nxl,kht,Không hoàn thành nhiệm vụ\n";
static const char codebook_csv[] =
    "theme,label,phrases\n"
    "co_so,Sâu sát cơ sở,sâu sát|cơ sở\n"
    "tac_phong,Tác phong,nhiệt tình|nóng vội\n";

enum { MAX_QUESTIONS = 32, MAX_CONTRIBUTIONS = 64, MAX_CELLS = 16 };

typedef struct {
    yk_form *form;
    size_t slot[MAX_QUESTIONS], n_slots;   /* the questions a cell may pick */
    yk_answer answers[MAX_CONTRIBUTIONS][MAX_QUESTIONS];
    yk_from from[MAX_CONTRIBUTIONS];
    char *owned[MAX_CONTRIBUTIONS * MAX_CELLS];
    size_t n, n_owned;
    int utf8;                              /* every cell was */
} contributions;

/* Cell c's text, in NFC when it is UTF-8. */
static const char *cell_text(contributions *cs, const uint8_t *c, size_t n, size_t *len)
{
    if (!fuzz_valid_utf8(c, n) || memchr(c, 0, n)) {
        cs->utf8 = 0;
        *len = n;
        return (const char *)c;
    }
    utf8proc_uint8_t *nfc = NULL;
    utf8proc_ssize_t got = utf8proc_map(c, (utf8proc_ssize_t)n, &nfc,
                                        UTF8PROC_STABLE | UTF8PROC_COMPOSE);
    if (got < 0) {
        cs->utf8 = 0;
        *len = n;
        return (const char *)c;
    }
    cs->owned[cs->n_owned++] = (char *)nfc;
    *len = (size_t)got;
    return (const char *)nfc;
}

static void add_cell(contributions *cs, size_t i, const uint8_t *c, size_t n, int first)
{
    if (n == 0)
        return;
    if (first)
        cs->from[i] = c[0] & 0x80 ? YK_FROM_INDIVIDUAL : YK_FROM_COLLECTIVE;
    size_t q = cs->slot[(c[0] & 0x7F) % cs->n_slots];
    const yk_question *qq = yk_form_question(cs->form, q);
    yk_answer *a = &cs->answers[i][q];
    if (qq->type == YK_Q_SELECT_ONE) {
        size_t k = n > 1 ? c[1] % (qq->list->n + 1) : 0;
        *a = k < qq->list->n ? (yk_answer){ .state = YK_ANSWER_OK, .choice = k }
                             : (yk_answer){ .state = YK_ANSWER_INVALID };
        return;
    }
    size_t len;
    const char *text = cell_text(cs, c + 1, n - 1, &len);
    *a = (yk_answer){ .state = YK_ANSWER_OK, .text = text, .text_len = len };
}

static void read_contributions(contributions *cs, const uint8_t *p, size_t n)
{
    const uint8_t *end = p + n;
    while (p < end && cs->n < MAX_CONTRIBUTIONS) {
        const uint8_t *stop = memchr(p, 0x1D, (size_t)(end - p));
        if (!stop)
            stop = end;
        size_t i = cs->n++;
        for (size_t q = 0; q < MAX_QUESTIONS; q++)
            cs->answers[i][q] = (yk_answer){ .state = YK_ANSWER_MISSING };
        cs->from[i] = YK_FROM_COLLECTIVE;
        int cells = 0;
        for (const uint8_t *c = p; c < stop && cells < MAX_CELLS; cells++) {
            const uint8_t *sep = memchr(c, 0x1E, (size_t)(stop - c));
            if (!sep)
                sep = stop;
            add_cell(cs, i, c, (size_t)(sep - c), cells == 0);
            c = sep + 1;
        }
        p = stop + 1;
    }
}

static yk_feedback *tally(const contributions *cs, size_t from, size_t to)
{
    yk_feedback *f;
    CHECK(yk_feedback_new(cs->form, "survey.csv", "don_vi", NULL, NULL, &f) == YK_OK);
    for (size_t i = from; i < to; i++) {
        yk_response r = { "d.csv", (unsigned long)i + 2, cs->answers[i], 0 };
        CHECK(yk_feedback_add(f, cs->from[i], &r) == YK_OK);
    }
    return f;
}

static void finish(yk_feedback *f, const yk_themes *themes, int loose)
{
    yk_mask *mask;
    CHECK(yk_mask_new(&mask) == YK_OK);
    CHECK(yk_mask_add_name(mask, "Lê Văn Tám") == YK_OK);
    CHECK(yk_feedback_finish(f, mask, themes, loose) == YK_OK);
    yk_mask_free(mask);
}

static int64_t total(const yk_feedback_remark *r)
{
    return r->contributors[YK_FROM_COLLECTIVE] + r->contributors[YK_FROM_INDIVIDUAL];
}

/* a and b counted alike, remark for remark. */
static void same(const yk_feedback *a, const yk_feedback *b, size_t n_themes)
{
    CHECK(yk_feedback_masked(a) == yk_feedback_masked(b));
    CHECK(yk_feedback_cut(a) == yk_feedback_cut(b));
    for (int from = 0; from < YK_FROM_N; from++) {
        yk_from w = (yk_from)from;
        CHECK(yk_feedback_contributions(a, w) == yk_feedback_contributions(b, w));
        for (size_t t = 0; t < yk_feedback_n_targets(a); t++) {
            CHECK(yk_feedback_rated(a, t, w) == yk_feedback_rated(b, t, w));
            for (int k = 0; k < YK_REMARK_KINDS; k++) {
                yk_remark_kind rk = (yk_remark_kind)k;
                CHECK(yk_feedback_wrote(a, t, rk, w) == yk_feedback_wrote(b, t, rk, w));
                for (size_t th = 0; th <= n_themes; th++)
                    CHECK(yk_feedback_theme(a, t, rk, th, w) ==
                          yk_feedback_theme(b, t, rk, th, w));
            }
        }
        for (size_t c = 0; c < yk_feedback_n_criteria(a); c++) {
            const yk_question *q = yk_form_question(yk_feedback_form(a),
                                                    yk_feedback_criterion_at(a, c)->question);
            for (size_t k = 0; k <= q->list->n; k++)
                CHECK(yk_feedback_rating(a, c, k, w) == yk_feedback_rating(b, c, k, w));
        }
    }
    for (size_t t = 0; t < yk_feedback_n_targets(a); t++)
        for (int k = 0; k < YK_REMARK_KINDS; k++) {
            size_t na, nb;
            const yk_feedback_remark *ra = yk_feedback_remarks(a, t, (yk_remark_kind)k, &na);
            const yk_feedback_remark *rb = yk_feedback_remarks(b, t, (yk_remark_kind)k, &nb);
            CHECK(na == nb);
            for (size_t i = 0; i < na; i++) {
                CHECK(strcmp(ra[i].text, rb[i].text) == 0);
                CHECK(ra[i].theme == rb[i].theme && ra[i].wordings == rb[i].wordings);
                CHECK(total(&ra[i]) == total(&rb[i]));
                CHECK(ra[i].contributors[0] == rb[i].contributors[0]);
            }
        }
}

/* Target t's remarks of kind k: within their bases, in order, masked. */
static void check_remarks(const yk_feedback *f, size_t t, yk_remark_kind k, size_t n_themes,
                          int utf8, const yk_mask *again)
{
    size_t n;
    const yk_feedback_remark *r = yk_feedback_remarks(f, t, k, &n);
    int64_t sum[YK_FROM_N] = { 0 };
    yk_buf out = { 0 };
    for (size_t i = 0; i < n; i++) {
        CHECK(r[i].theme <= n_themes && r[i].wordings >= 1 && total(&r[i]) >= 1);
        for (int w = 0; w < YK_FROM_N; w++) {
            CHECK(r[i].contributors[w] >= 0);
            CHECK(r[i].contributors[w] <= yk_feedback_theme(f, t, k, r[i].theme, (yk_from)w));
            sum[w] += r[i].contributors[w];
        }
        if (i > 0) {
            const yk_feedback_remark *p = &r[i - 1];
            CHECK(p->theme < r[i].theme ||
                  (p->theme == r[i].theme &&
                   (total(p) > total(&r[i]) ||
                    (total(p) == total(&r[i]) && strcmp(p->text, r[i].text) <= 0))));
        }
        if (!utf8)
            continue;
        size_t len = strlen(r[i].text), spans;
        CHECK(len > 0 && fuzz_valid_utf8(r[i].text, len));
        CHECK(yk_mask_text(again, r[i].text, len, 0, NULL, &out, &spans) == YK_OK);
        if (spans)
            fprintf(stderr, "masked again: \"%s\"\n", r[i].text);
        CHECK(spans == 0);
    }
    yk_buf_free(&out);
    for (int w = 0; w < YK_FROM_N; w++) {
        int64_t wrote = yk_feedback_wrote(f, t, k, (yk_from)w);
        CHECK(wrote <= yk_feedback_contributions(f, (yk_from)w));
        CHECK(sum[w] >= wrote);
        int64_t themes = 0;
        for (size_t th = 0; th <= n_themes; th++) {
            int64_t c = yk_feedback_theme(f, t, k, th, (yk_from)w);
            CHECK(c >= 0 && c <= wrote);
            themes += c;
        }
        CHECK(themes >= wrote);
    }
}

static void check_ratings(const yk_feedback *f)
{
    for (int w = 0; w < YK_FROM_N; w++) {
        yk_from from = (yk_from)w;
        for (size_t c = 0; c < yk_feedback_n_criteria(f); c++) {
            const yk_feedback_criterion *cr = yk_feedback_criterion_at(f, c);
            const yk_question *q = yk_form_question(yk_feedback_form(f), cr->question);
            int64_t sum = 0;
            for (size_t k = 0; k < q->list->n; k++)
                sum += yk_feedback_rating(f, c, k, from);
            CHECK(sum == yk_feedback_rating(f, c, q->list->n, from));
            CHECK(sum <= yk_feedback_rated(f, cr->target, from));
        }
        for (size_t t = 0; t < yk_feedback_n_targets(f); t++)
            CHECK(yk_feedback_rated(f, t, from) <= yk_feedback_contributions(f, from));
    }
}

/* A mask of everything finish masks: what is left must not be found. */
static yk_mask *mask_again(void)
{
    yk_mask *m;
    CHECK(yk_mask_new(&m) == YK_OK);
    CHECK(yk_mask_add_name(m, "Lê Văn Tám") == YK_OK);
    CHECK(yk_mask_add_name(m, "Nguyễn Văn An") == YK_OK);
    CHECK(yk_mask_add_name(m, "Trần Thị Bình") == YK_OK);
    CHECK(yk_mask_add_place(m, "Huyện đoàn Châu Thành") == YK_OK);
    CHECK(yk_mask_add_place(m, "Châu Thành") == YK_OK);
    CHECK(yk_mask_add_place(m, "Đoàn xã Hòn Đất") == YK_OK);
    CHECK(yk_mask_add_place(m, "Hòn Đất") == YK_OK);
    return m;
}

static void contributions_case(const uint8_t *data, size_t size, int loose)
{
    static contributions cs;
    static yk_form *form;       /* loaded once: the sanitizer sees it held */
    if (!form)
        form = load_form(survey_csv, sizeof survey_csv - 1, choices_csv, sizeof choices_csv - 1);
    CHECK(form != NULL);
    memset(&cs, 0, sizeof cs);
    cs.utf8 = 1;
    cs.form = form;
    for (size_t q = 0; q < yk_form_n_questions(cs.form); q++) {
        yk_question_type t = yk_form_question(cs.form, q)->type;
        if (t == YK_Q_TEXT || t == YK_Q_SELECT_ONE)
            cs.slot[cs.n_slots++] = q;
    }
    CHECK(yk_form_n_questions(cs.form) <= MAX_QUESTIONS);
    read_contributions(&cs, data, size);

    yk_themes *themes;
    yk_memory m;
    yk_input in = yk_input_memory(&m, codebook_csv, sizeof codebook_csv - 1);
    CHECK(yk_themes_load("chu-de.csv", &in, loose, NULL, NULL, &themes) == YK_OK);
    size_t n_themes = yk_themes_n(themes);

    yk_feedback *whole = tally(&cs, 0, cs.n);
    yk_feedback *a = tally(&cs, 0, cs.n / 2), *b = tally(&cs, cs.n / 2, cs.n);
    CHECK(yk_feedback_merge(a, b) == YK_OK);
    finish(whole, themes, loose);
    finish(a, themes, loose);
    same(whole, a, n_themes);

    yk_mask *again = mask_again();
    for (size_t t = 0; t < yk_feedback_n_targets(whole); t++)
        for (int k = 0; k < YK_REMARK_KINDS; k++)
            check_remarks(whole, t, (yk_remark_kind)k, n_themes, cs.utf8, again);
    check_ratings(whole);

    yk_mask_free(again);
    yk_feedback_free(whole);
    yk_feedback_free(a);
    yk_feedback_free(b);
    yk_themes_free(themes);
    for (size_t i = 0; i < cs.n_owned; i++)
        free(cs.owned[i]);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    if (data[0] & 1)
        form_case(data + 1, size - 1, data[0] & 2);
    else
        contributions_case(data + 1, size - 1, (data[0] & 2) != 0);
    return 0;
}
