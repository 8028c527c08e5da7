/* ykien — feedback for a self-review (góp ý kiểm điểm): what collectives
 * and members say about the standing committee as a whole and about each
 * of its members, compiled.
 *
 * The form.  A feedback form is an XLSForm whose targets are groups:
 *
 *   a target     each `begin group` that directly holds at least one
 *                remark question.  Its name is the target's code, its
 *                label its label ("Tập thể Ban Thường vụ", "Nguyễn Văn
 *                An"), its hint the member's position, as a poll's
 *                persons.  The target is the collective when its name
 *                starts with "tap_the" or its label (as a text key) with
 *                "tập thể"; every other target is a member, whose label
 *                is a person's name (masked in every remark, below).
 *   a remark     a text question of a target group, of one kind:
 *                strengths (ưu điểm), name ending "uu_diem";
 *                shortcomings (hạn chế, khuyết điểm), "han_che" or
 *                "khuyet_diem"; suggestions (đề nghị), "de_nghi",
 *                "kien_nghi" or "de_xuat"; else by its label's text key
 *                starting "ưu điểm"; "hạn chế" or "khuyết điểm"; "đề
 *                nghị", "kiến nghị" or "đề xuất".  A text question of a
 *                target that is none of them is an error
 *                (feedback-unknown-kind), as are two of one kind in one
 *                target (feedback-duplicate-kind): a remark filed under
 *                the wrong heading would mislead the review.
 *   a criterion  a select_one of a target group: the rating of the target
 *                on one of the review's criteria (phẩm chất chính trị,
 *                đạo đức lối sống, ...); the one whose name ends
 *                "xep_loai", "muc_do_hoan_thanh" or "danh_gia_chung", or
 *                whose label key starts "xếp loại", "mức độ hoàn thành"
 *                or "đánh giá chung", is the overall grade (at most one
 *                per target, else feedback-duplicate-kind).  Its code is
 *                the question's name without the target's name and "_"
 *                in front ("p01_chinh_tri" of target p01: "chinh_tri").
 *
 * Other questions (the contributor's unit, position...) are not read
 * here; those of other types inside a target are a warning
 * (feedback-ignored; notes are not).  A form without a target is an
 * error (feedback-no-target), as is one of more than
 * YK_FEEDBACK_MAX_TARGETS (feedback-too-many-targets).  Diagnostics name
 * survey.csv's line (0 for the whole form) and say what to do.
 *
 * Contributions.  Each response is one contribution, from a collective (a
 * unit's committee: one row per unit) or an individual; the caller says
 * which (a feedback project's `collectives` and `individuals` files).
 * They are counted apart everywhere: yk_from.
 *
 * Remarks.  A cell of a remark question holds one remark per line; a
 * line's leading bullet or numbering ("-", "+", "*", "•", "–", "1.",
 * "2)", "a)") is dropped, and a line without a syllable (yk_words) is no
 * remark (a line of personal data only is one: it is shown "[…]").  At
 * yk_feedback_finish every remark is masked of personal data (yk_mask.h:
 * phones, ID numbers, e-mail, listed names; with the member targets'
 * names and the units' names added to the mask, a unit's whole
 * (yk_mask_add_place) and also without the words of its type, "Huyện
 * đoàn", "Chi đoàn"..., so that no remark names a person or a unit), then remarks are merged when their keys are
 * equal: the masked text in NFC, case-folded, every character that is
 * not a letter, mark or digit made a space, runs of spaces one and none
 * at the ends ("Cần sâu sát cơ sở hơn.", "- cần sâu sát cơ sở hơn!" are
 * one remark), each masked span kept as one word of its own, so "chị […]
 * nhiệt tình" is not "nhiệt tình".  Nothing looser is merged: two
 * remarks that differ in a word are two, which the office may read side
 * by side (same theme, sorted together).  A merged remark shows the
 * wording most of its contributors used (ties: the one nearest sentence
 * case — a capital first and none after — then the first in byte
 * order), and counts its
 * distinct contributors of each kind: a contributor who wrote it twice
 * counts once.  Its theme is the first theme of the codebook (yk_themes.h)
 * it belongs to, else none (uncoded).  Nothing about a remark tells which
 * contribution gave it: it holds text and counts only.
 *
 * Ratings are counted per criterion, choice and yk_from; whether a count
 * may be shown (--min-base) is the figures' rule (yk_figures_feedback.h).
 *
 * Memory: the remarks' text is kept until finish (at most
 * YK_FEEDBACK_MAX_BYTES in all, and YK_FEEDBACK_MAX_REMARKS lines, since
 * a line of one letter costs more to keep than its byte: past either
 * yk_feedback_add and yk_feedback_merge fail with YK_ERR_LIMIT); a
 * remark longer than YK_FEEDBACK_REMARK_MAX_BYTES is cut there on a
 * character boundary with "…" (counted: yk_feedback_cut).  Counts merge
 * exactly. */
#ifndef YK_FEEDBACK_H
#define YK_FEEDBACK_H

#include <stddef.h>
#include <stdint.h>
#include "yk_coder.h"
#include "yk_diag.h"
#include "yk_form.h"
#include "yk_mask.h"
#include "yk_themes.h"

enum {
    YK_FEEDBACK_MAX_TARGETS = 500,
    YK_FEEDBACK_MAX_BYTES = 64 << 20,
    YK_FEEDBACK_MAX_REMARKS = 1 << 20,  /* lines kept, whatever their bytes */
    YK_FEEDBACK_REMARK_MAX_BYTES = 2000
};

typedef enum {
    YK_REMARK_STRENGTHS,        /* ưu điểm */
    YK_REMARK_SHORTCOMINGS,     /* hạn chế, khuyết điểm */
    YK_REMARK_SUGGESTIONS,      /* đề nghị */
    YK_REMARK_KINDS
} yk_remark_kind;

/* "strengths", "shortcomings", "suggestions": the tables' `kind`. */
const char *yk_remark_kind_code(yk_remark_kind k);

typedef enum { YK_FROM_COLLECTIVE, YK_FROM_INDIVIDUAL, YK_FROM_N } yk_from;

/* "collective", "individual". */
const char *yk_from_code(yk_from f);

typedef struct {
    const char *code;           /* the group's name */
    const char *const *labels;  /* the group's, as a question's labels */
    const char *hint;           /* the member's position, or NULL */
    int collective;
    size_t remark[YK_REMARK_KINDS];    /* form index of its question of
                                          each kind; SIZE_MAX: none */
    size_t first_criterion, n_criteria;/* its criteria (yk_feedback_criterion_at) */
} yk_feedback_target;

typedef struct {
    size_t target;
    size_t question;            /* form index of the select_one */
    const char *code;           /* its name without "TARGET_" */
    int overall;                /* the overall grade */
} yk_feedback_criterion;

typedef struct yk_feedback yk_feedback;

/* Find form's targets (form must outlive the tally).  unit is the
 * question naming the contributor's unit (the project's group; may be
 * NULL): a select_one's labels and aliases, or a text question's answers
 * (the first 2,000 distinct ones), are masked out of remarks.
 * survey_source names survey.csv in diagnostics.  YK_ERR_PARSE after reporting the form's problems;
 * YK_ERR_ARGUMENT when unit is not a select_one or text question of
 * form; YK_ERR_NOMEM. */
yk_status yk_feedback_new(const yk_form *form, const char *survey_source, const char *unit,
                          yk_diag_fn diag, void *diag_ctx, yk_feedback **out);
void yk_feedback_free(yk_feedback *f);

/* An empty tally of the same form, unit and targets (for a thread). */
yk_status yk_feedback_new_like(const yk_feedback *f, yk_feedback **out);

size_t yk_feedback_n_targets(const yk_feedback *f);
const yk_feedback_target *yk_feedback_target_at(const yk_feedback *f, size_t i);
size_t yk_feedback_n_criteria(const yk_feedback *f);
const yk_feedback_criterion *yk_feedback_criterion_at(const yk_feedback *f, size_t i);
const yk_form *yk_feedback_form(const yk_feedback *f);

/* Count one contribution.  YK_ERR_LIMIT past YK_FEEDBACK_MAX_BYTES of
 * remarks; YK_ERR_NOMEM; YK_ERR_ARGUMENT after finish. */
yk_status yk_feedback_add(yk_feedback *f, yk_from from, const yk_response *r);

/* Add everything b counted to a (both new, of one form; before finish):
 * the counts and remarks of one pass over a's contributions then b's. */
yk_status yk_feedback_merge(yk_feedback *a, const yk_feedback *b);

/* After the last add: mask the remarks (mask, the listed names, gets the
 * member targets' names and the units' names added; when NULL, a mask of
 * these names only is made and freed here, so they are masked always),
 * merge them and find their themes (themes may be NULL: all uncoded;
 * loose as the codebook was loaded, --ignore-accents).  YK_OK,
 * YK_ERR_NOMEM; YK_ERR_ARGUMENT when finished already or loose is not
 * the codebook's. */
yk_status yk_feedback_finish(yk_feedback *f, yk_mask *mask, const yk_themes *themes,
                             int loose);

/* Contributions counted. */
int64_t yk_feedback_contributions(const yk_feedback *f, yk_from from);
/* Contributions with at least one remark of kind k on target t. */
int64_t yk_feedback_wrote(const yk_feedback *f, size_t t, yk_remark_kind k, yk_from from);
/* Contributions that rated target t on at least one criterion. */
int64_t yk_feedback_rated(const yk_feedback *f, size_t t, yk_from from);
/* Criterion c: contributions choosing its list's choice k; k == the
 * list's n: those who chose any (the base; invalid answers are not). */
int64_t yk_feedback_rating(const yk_feedback *f, size_t c, size_t k, yk_from from);

/* After finish. */
typedef struct {
    const char *text;           /* masked, NFC; borrowed */
    size_t theme;               /* codebook index; yk_themes_n (0 without
                                   a codebook): uncoded */
    int64_t contributors[YK_FROM_N];
    size_t wordings;            /* distinct wordings merged into it */
} yk_feedback_remark;

/* Target t's remarks of kind k: *n of them, in codebook order of their
 * theme (uncoded last), then most contributors (both kinds) first, then
 * by text.  Borrowed. */
const yk_feedback_remark *yk_feedback_remarks(const yk_feedback *f, size_t t, yk_remark_kind k,
                                              size_t *n);
/* Distinct contributions behind the remarks of theme th (yk_themes_n:
 * uncoded) of target t and kind k. */
int64_t yk_feedback_theme(const yk_feedback *f, size_t t, yk_remark_kind k, size_t th,
                          yk_from from);
/* Spans of personal data masked; remarks cut at YK_FEEDBACK_REMARK_MAX_BYTES. */
int64_t yk_feedback_masked(const yk_feedback *f);
int64_t yk_feedback_cut(const yk_feedback *f);

#endif
