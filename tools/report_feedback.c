/* ykien report — a self-review's feedback compiled (báo cáo tổng hợp ý
 * kiến góp ý đối với Ban Thường vụ): for the collective and for each
 * member, the remarks of each kind as a numbered list, merged remarks with
 * the collectives and individuals behind each, under their themes when
 * the project has a codebook; each member's ratings as a table
 * (report_feedback_ratings.c).  Every
 * figure is a cell of `ykien feedback`'s tables (yk_figures_feedback.h);
 * the tally gives only the form's shape (targets, their criteria). */
#include <stdlib.h>
#include <string.h>
#include "feedback.h"
#include "report.h"
#include "report_impl.h"
#include "yk_figures_comments.h"
#include "yk_figures_feedback.h"
#include "report_feedback_impl.h"
#include "yk_text.h"

static void tables_free(feedback_tables *ft)
{
    yk_table_free(&ft->remarks);
    yk_table_free(&ft->themes);
    yk_table_free(&ft->ratings);
}

static int tables_make(const report *r, feedback_tables *ft)
{
    const yk_feedback *f = feedback_tally(r->feedback);
    const yk_themes *th = feedback_themes(r->feedback);
    yk_figure_opts o = figure_lib_opts(r->o);
    o.min_base = r->tpl->min_base;
    ft->blank = 0;
    yk_table_init(&ft->remarks, yk_remarks_columns, YK_REMARKS_NCOLS);
    yk_table_init(&ft->themes, yk_feedback_themes_columns, YK_FEEDBACK_THEMES_NCOLS);
    yk_table_init(&ft->ratings, yk_ratings_columns, YK_RATINGS_NCOLS);
    yk_status st = yk_figures_remarks(f, th, r->english, &ft->remarks);
    if (st == YK_OK)
        st = yk_figures_feedback_themes(f, th, r->english, &ft->themes);
    if (st == YK_OK)
        st = yk_figures_ratings(f, &o, r->english, &ft->ratings, &ft->blank);
    if (st != YK_OK) {
        tables_free(ft);
        cli_error("report: %s", yk_strerror(st));
        return EXIT_SYSTEM;
    }
    return 0;
}

void report_feedback_count(const report *r, double v, char *buf, size_t size)
{
    report_number(r, v, 0, "", buf, size);
}

/* "12 ý kiến: 3 tập thể, 9 cá nhân", or one kind's count alone ("9 ý
 * kiến cá nhân"): who gave a remark weighs in the review, so the kind is
 * always said, and the total only when it adds two. */
static void contributors_words(const report *r, double all, double collectives,
                               double individuals, char *buf, size_t size)
{
    char a[32], c[32], i[32];
    msg_lang l = lang_of(r->english);
    report_feedback_count(r, all, a, sizeof a);
    report_feedback_count(r, collectives, c, sizeof c);
    report_feedback_count(r, individuals, i, sizeof i);
    if (collectives > 0 && individuals > 0)
        msg_snprintf(buf, size, MSG_SELF_REVIEW_BOTH, l, a, c, i);
    else if (collectives > 0)
        msg_snprintf(buf, size, MSG_SELF_REVIEW_COLLECTIVES, l, c);
    else
        msg_snprintf(buf, size, MSG_SELF_REVIEW_INDIVIDUALS, l, i);
}

int report_feedback_row_is(const yk_table *tab, size_t i, size_t tcol, const char *target,
                           size_t kcol, const char *kind)
{
    return strcmp(yk_table_text_at(tab, i, tcol), target) == 0 &&
           (!kind || strcmp(yk_table_text_at(tab, i, kcol), kind) == 0);
}

static int para(report *r, const char *text, unsigned style)
{
    return yk_doc_paragraph(r->doc, text, YK_PARA_JUSTIFY | YK_PARA_INDENT | style) == YK_OK
               ? 0 : EXIT_SYSTEM;
}

int report_feedback_opening(report *r)
{
    feedback_tables ft;
    int code = tables_make(r, &ft);
    if (code)
        return code;
    msg_lang l = lang_of(r->english);
    if (r->book) {
        /* The workbook holds the verb's own tables, numbers as numbers. */
        const yk_table *sheets[] = { &ft.remarks, &ft.themes, &ft.ratings };
        const msg_id names[] = { MSG_SELF_REVIEW_REMARKS_SHEET, MSG_SELF_REVIEW_THEMES_SHEET,
                                 MSG_SELF_REVIEW_RATINGS_SHEET };
        char base[32], note[512];
        const char *notes[] = { note };
        report_feedback_count(r, (double)r->tpl->min_base, base, sizeof base);
        msg_snprintf(note, sizeof note, MSG_SELF_REVIEW_SHEET_BLANK, l, base, base);
        for (size_t k = 0; k < 3 && !r->book->failed; k++) {
            char name[256], caption[256];
            yk_text_snprintf(caption, sizeof caption, "%s %d. %s", r->w->table, ++r->tables,
                             msg(names[k], l));
            yk_text_snprintf(name, sizeof name, "%d. %s", r->tables, msg(names[k], l));
            /* The ratings' blank cells said in words: a sheet has no legend. */
            figure_book_table(r->book, sheets[k], name, caption, notes,
                              sheets[k] == &ft.ratings && ft.blank ? 1 : 0, NULL, 0, NULL);
        }
        tables_free(&ft);
        return r->book->failed ? EXIT_SYSTEM : 0;
    }
    /* Every row of the themes table carries the contributions counted. */
    double c = yk_table_n_rows(&ft.themes)
                   ? yk_table_value(&ft.themes, 0, YK_FEEDBACK_THEMES_BASE_COLLECTIVES) : 0;
    double i = yk_table_n_rows(&ft.themes)
                   ? yk_table_value(&ft.themes, 0, YK_FEEDBACK_THEMES_BASE_INDIVIDUALS) : 0;
    char all[32], cs[32], is[32], text[2048];
    report_feedback_count(r, c + i, all, sizeof all);
    report_feedback_count(r, c, cs, sizeof cs);
    report_feedback_count(r, i, is, sizeof is);
    msg_snprintf(text, sizeof text, MSG_SELF_REVIEW_OPENING, l, all, cs, is);
    code = para(r, text, 0);
    tables_free(&ft);
    return code;
}

/* The remarks of one theme of target's kind, numbered on from *number;
 * the theme's own line first when titled. */
static int theme_remarks(report *r, const feedback_tables *ft, const char *target,
                         const char *kind, const char *theme, int titled, int *number)
{
    const yk_table *th = &ft->themes, *rm = &ft->remarks;
    int code = 0;
    char text[4096], counts[256];
    if (titled)
        for (size_t i = 0; !code && i < yk_table_n_rows(th); i++)
            if (report_feedback_row_is(th, i, YK_FEEDBACK_THEMES_TARGET, target,
                                       YK_FEEDBACK_THEMES_KIND, kind) &&
                strcmp(yk_table_text_at(th, i, YK_FEEDBACK_THEMES_THEME), theme) == 0) {
                contributors_words(r, yk_table_value(th, i, YK_FEEDBACK_THEMES_CONTRIBUTORS),
                                   yk_table_value(th, i, YK_FEEDBACK_THEMES_COLLECTIVES),
                                   yk_table_value(th, i, YK_FEEDBACK_THEMES_INDIVIDUALS),
                                   counts, sizeof counts);
                yk_text_snprintf(text, sizeof text, "%s (%s):",
                                 yk_table_text_at(th, i, YK_FEEDBACK_THEMES_LABEL), counts);
                code = para(r, text, YK_PARA_ITALIC | YK_PARA_KEEP_NEXT);
            }
    for (size_t i = 0; !code && i < yk_table_n_rows(rm); i++) {
        if (!report_feedback_row_is(rm, i, YK_REMARKS_TARGET, target, YK_REMARKS_KIND, kind) ||
            strcmp(yk_table_text_at(rm, i, YK_REMARKS_THEME), theme) != 0)
            continue;
        contributors_words(r, yk_table_value(rm, i, YK_REMARKS_CONTRIBUTORS),
                           yk_table_value(rm, i, YK_REMARKS_COLLECTIVES),
                           yk_table_value(rm, i, YK_REMARKS_INDIVIDUALS), counts, sizeof counts);
        yk_text_snprintf(text, sizeof text, "%d. %s (%s).", ++*number,
                         yk_table_text_at(rm, i, YK_REMARKS_REMARK), counts);
        code = para(r, text, 0);
    }
    return code;
}

/* Target's remarks of kind k, under their themes in the table's order
 * (the codebook's, the uncoded last) when some has one (a lone heading
 * "Chưa xếp chủ đề" over every remark would tell nothing); "Không có ý
 * kiến." when none. */
static int kind_remarks(report *r, const feedback_tables *ft, const char *target,
                        yk_remark_kind k)
{
    const yk_table *rm = &ft->remarks;
    const char *kind = yk_remark_kind_code(k);
    const char *last = NULL;
    int number = 0, code = 0, coded = 0;
    for (size_t i = 0; i < yk_table_n_rows(rm); i++)
        coded |= report_feedback_row_is(rm, i, YK_REMARKS_TARGET, target, YK_REMARKS_KIND, kind) &&
                 strcmp(yk_table_text_at(rm, i, YK_REMARKS_THEME), YK_THEMES_UNCODED) != 0;
    for (size_t i = 0; !code && i < yk_table_n_rows(rm); i++) {
        const char *theme = yk_table_text_at(rm, i, YK_REMARKS_THEME);
        if (!report_feedback_row_is(rm, i, YK_REMARKS_TARGET, target, YK_REMARKS_KIND, kind) ||
            (last && strcmp(last, theme) == 0))
            continue;
        code = theme_remarks(r, ft, target, kind, theme, coded, &number);
        last = theme;
    }
    if (!code && !number)
        code = para(r, msg(MSG_SELF_REVIEW_NONE, lang_of(r->english)), 0);
    return code;
}

/* A heading for kind k: level 2 numbered 1, 2, 3 by the document (the
 * collective's), or level 3 a), b), c) (a member's), the nth of its
 * target's (from 0: a kind the form does not ask takes no letter). */
static int kind_heading(report *r, yk_remark_kind k, int level, int nth)
{
    const char *words = msg((msg_id)(MSG_FEEDBACK_STRENGTHS + k), lang_of(r->english));
    if (level == 2)
        return report_subsection(r, words);
    char text[256];
    yk_text_snprintf(text, sizeof text, "%c) %s", 'a' + nth, words);
    return yk_doc_heading(r->doc, 3, text) == YK_OK ? 0 : EXIT_SYSTEM;
}

/* Target t's remarks of each kind (under headings of level), then its
 * ratings; name is how the ratings' captions call it (under its heading:
 * no position again). */
static int target_block(report *r, const feedback_tables *ft, size_t t, int level,
                        const char *name)
{
    const yk_feedback_target *tg = yk_feedback_target_at(feedback_tally(r->feedback), t);
    int code = 0, nth = 0;
    for (int k = 0; !code && k < YK_REMARK_KINDS; k++) {
        if (tg->remark[k] == SIZE_MAX)
            continue;           /* the form asks no remark of this kind */
        code = kind_heading(r, (yk_remark_kind)k, level, nth++);
        if (!code)
            code = kind_remarks(r, ft, tg->code, (yk_remark_kind)k);
    }
    return code ? code : report_feedback_ratings(r, ft, t, name);
}

/* Target t's label in the report's language. */
static const char *target_label(const report *r, size_t t)
{
    const yk_feedback *f = feedback_tally(r->feedback);
    const yk_feedback_target *tg = yk_feedback_target_at(f, t);
    return chart_label(yk_feedback_form(f), tg->labels, tg->code, r->english);
}

/* The section of the collective or of the members: each target of that
 * side of the form, in form order. */
static int targets(report *r, int collective)
{
    if (r->book)
        return 0;               /* the opening wrote the workbook's tables */
    const yk_feedback *f = feedback_tally(r->feedback);
    size_t n = 0;
    for (size_t t = 0; t < yk_feedback_n_targets(f); t++)
        n += yk_feedback_target_at(f, t)->collective == collective;
    feedback_tables ft;
    int code = report_section(r, collective ? SECTION_COLLECTIVE : SECTION_MEMBERS);
    if (!code)
        code = tables_make(r, &ft);
    if (code)
        return code;
    for (size_t t = 0; !code && t < yk_feedback_n_targets(f); t++) {
        const yk_feedback_target *tg = yk_feedback_target_at(f, t);
        if (tg->collective != collective)
            continue;
        char title[1024], name[1024];
        msg_lang l = lang_of(r->english);
        if (collective)
            yk_text_snprintf(name, sizeof name, "%s", target_label(r, t));
        else
            msg_snprintf(name, sizeof name, MSG_SELF_REVIEW_MEMBER_NAME, l, target_label(r, t));
        if (!collective && tg->hint)
            msg_snprintf(title, sizeof title, MSG_SELF_REVIEW_MEMBER, l, target_label(r, t),
                         chart_shown(tg->hint));
        else
            yk_text_snprintf(title, sizeof title, "%s", name);
        /* The one collective's kinds are the section's 1, 2, 3; several
         * targets are each a numbered part with a), b), c). */
        if (collective && n == 1)
            code = target_block(r, &ft, t, 2, name);
        else if (!(code = report_subsection(r, title)))
            code = target_block(r, &ft, t, 3, name);
    }
    if (!code && !n)
        code = para(r, msg(MSG_SELF_REVIEW_NONE, lang_of(r->english)), 0);
    tables_free(&ft);
    return code;
}

int report_feedback_collective(report *r)
{
    return targets(r, 1);
}

int report_feedback_members(report *r)
{
    return targets(r, 0);
}

