/* ykien report — the members' open answers (góp ý): for each text
 * question, how many wrote something, the codebook's themes with their
 * shares (table and chart), the phrases used most, and a few answers
 * quoted, masked; and the summary's sentence on the themes most written
 * about.  Every figure is a cell of `ykien comments`'s tables
 * (yk_figures_comments.h) for the report's round, of all respondents. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "comments.h"
#include "report.h"
#include "report_impl.h"
#include "yk_figures_comments.h"
#include "yk_text.h"

/* The report's quotes per theme, phrases listed, and the seed its quotes
 * are drawn with: fixed, so a report is the same every time it is made. */
enum { REPORT_QUOTES = 2, REPORT_PHRASES = 10, REPORT_QUOTE_THEMES = 4 };
#define REPORT_QUOTE_SEED 2014

int report_comments_read(report *r, int argc, char **argv)
{
    if (!report_template_has(r->tpl, SECTION_COMMENTS))
        return 0;
    for (int i = 0; i < argc; i++)
        if (analysis_is_tally(argv[i]))
            return 0;           /* no answers in tally files: the section says so */
    comments_opts co = { .quotes = REPORT_QUOTES, .seed = REPORT_QUOTE_SEED, .data_told = 1 };
    /* The section is of the report's round: only its files are read, and
     * its quotes are its own.  The tally's reading told every problem of
     * the data already. */
    survey_opts so = r->o->s;
    so.round = yk_tally_round(r->t, r->round);
    cli_diags ds = { .quiet = so.c.quiet, .per_run = 1 };
    comments_data *d = NULL;
    int code = comments_read("report", &so, &co, NULL, argc, argv, &ds, &d);
    if (!d)
        return code;
    r->comments = d;
    return 0;
}

/* The figures' options for the report's round, all respondents. */
static yk_figure_opts figure_opts_of(const report *r)
{
    yk_figure_opts o = figure_lib_opts(r->o);
    o.by = NULL;
    o.questions = NULL;
    o.round = yk_tally_round(r->t, r->round);
    o.min_base = r->tpl->min_base;
    return o;
}

/* The row of tab (whose question column is qcol) for question name and,
 * when key is not NULL, whose column kcol is key; SIZE_MAX when none. */
static size_t row_of(const yk_table *tab, size_t qcol, const char *name, size_t kcol,
                     const char *key)
{
    for (size_t i = 0; i < yk_table_n_rows(tab); i++)
        if (strcmp(yk_table_text_at(tab, i, qcol), name) == 0 &&
            (!key || strcmp(yk_table_text_at(tab, i, kcol), key) == 0))
            return i;
    return SIZE_MAX;
}

/* The rows of the themes table for question name, most answers first (the
 * uncoded last), into rows (room for every row); how many. */
static size_t theme_rows(const yk_table *th, const char *name, size_t *rows)
{
    size_t n = 0;
    for (size_t i = 0; i < yk_table_n_rows(th); i++)
        if (strcmp(yk_table_text_at(th, i, YK_THEMES_QUESTION), name) == 0)
            rows[n++] = i;
    for (size_t i = 1; i < n; i++)      /* insertion sort: stable, a few rows */
        for (size_t j = i; j > 0; j--) {
            const size_t a = rows[j - 1], b = rows[j];
            int a_unc = strcmp(yk_table_text_at(th, a, YK_THEMES_THEME), YK_THEMES_UNCODED) == 0;
            int b_unc = strcmp(yk_table_text_at(th, b, YK_THEMES_THEME), YK_THEMES_UNCODED) == 0;
            double na = yk_table_value(th, a, YK_THEMES_N), nb = yk_table_value(th, b, YK_THEMES_N);
            if (!(a_unc > b_unc || (a_unc == b_unc && nb > na)))
                break;
            rows[j - 1] = b;
            rows[j] = a;
        }
    return n;
}

/* A paragraph that leads into the block after it, on the same page. */
static int intro(report *r, const char *text)
{
    return yk_doc_paragraph(r->doc, text, YK_PARA_JUSTIFY | YK_PARA_INDENT | YK_PARA_KEEP_NEXT)
                   == YK_OK ? 0 : EXIT_SYSTEM;
}

/* "N of M respondents (x%; 95% interval a – b) wrote something here." */
static int answered(report *r, const yk_table *an, size_t row)
{
    char n[32], base[32], pct[32], lo[32], hi[32], text[512];
    report_number(r, yk_table_value(an, row, YK_ANSWERED_N), 0, "", n, sizeof n);
    report_number(r, yk_table_value(an, row, YK_ANSWERED_BASE), 0, "", base, sizeof base);
    report_number(r, yk_table_value(an, row, YK_ANSWERED_PERCENT), 1, "%", pct, sizeof pct);
    report_number(r, yk_table_value(an, row, YK_ANSWERED_CI_LOW), 1, "", lo, sizeof lo);
    report_number(r, yk_table_value(an, row, YK_ANSWERED_CI_HIGH), 1, "%", hi, sizeof hi);
    msg_snprintf(text, sizeof text, MSG_COMMENTS_ANSWERED, lang_of(r->english), n, base, pct,
                 lo, hi);
    return report_para(r, text);
}

/* The themes of question q as a table: theme, answers, share, interval. */
static int themes_table(report *r, const yk_question *q, const yk_table *th, const size_t *rows,
                        size_t n)
{
    msg_lang l = lang_of(r->english);
    cells c = { 0 };
    for (size_t k = 0; k < n; k++) {
        size_t i = rows[k];
        if (!(yk_table_value(th, i, YK_THEMES_N) > 0))
            continue;           /* a theme nobody wrote about: no row */
        report_put(&c, yk_table_text_at(th, i, YK_THEMES_LABEL));
        report_put_number(&c, r, yk_table_value(th, i, YK_THEMES_N), 0, "");
        report_put_number(&c, r, yk_table_value(th, i, YK_THEMES_PERCENT), 1, "%");
        report_put_interval(&c, r, yk_table_value(th, i, YK_THEMES_CI_LOW),
                            yk_table_value(th, i, YK_THEMES_CI_HIGH));
    }
    char title[512];
    msg_snprintf(title, sizeof title, MSG_COMMENTS_THEMES_TABLE, l,
                 label_of(r, q->labels, q->name));
    const char *header[] = { msg(MSG_COMMENTS_THEME, l), msg(MSG_COMMENTS_ANSWERS, l),
                             msg(MSG_PROFILE_SHARE, l), r->w->ci };
    static const double shares[] = { 0.46, 0.16, 0.16, 0.22 };
    static const int right[] = { 0, 1, 1, 1 };
    int code = c.failed ? EXIT_SYSTEM : report_add_table(r, title, 4, shares, right, header, &c);
    report_cells_free(&c);
    return code;
}

static int draw_themes(void *ctx, const chart_opts *co, yk_chart *c)
{
    return chart_themes_of(ctx, co, c);
}

/* The themes of question q as `ykien chart themes` draws them: the very
 * shares of the table, with their intervals. */
static int themes_chart(report *r, const yk_question *q)
{
    chart_opts co = { .f = *r->o };
    co.f.s.round = yk_tally_round(r->t, r->round);
    co.f.min_base = r->tpl->min_base;
    co.f.by = NULL;
    co.f.questions = q->name;
    co.f.s.c.quiet = 1;
    char title[512];
    msg_snprintf(title, sizeof title, MSG_COMMENTS_THEMES_CHART, lang_of(r->english),
                 label_of(r, q->labels, q->name));
    return report_chart(r, &co, 70, draw_themes, comments_tally(r->comments), title);
}

/* The phrases used most in answers to q, as a table. */
static int phrases_table(report *r, const yk_question *q, const yk_figure_opts *o)
{
    yk_table ph;
    yk_table_init(&ph, yk_phrases_columns, YK_PHRASES_NCOLS);
    int64_t least = r->tpl->min_base > 2 ? r->tpl->min_base : 2;
    yk_figure_opts oq = *o;
    oq.questions = q->name;
    int code = yk_figures_phrases(comments_tally(r->comments), &oq, least, SIZE_MAX, &ph)
                   == YK_OK ? 0 : EXIT_SYSTEM;
    msg_lang l = lang_of(r->english);
    cells c = { 0 };
    /* Words of two or three syllables: "nghị" alone is half of "đề nghị"
     * and of "nghị quyết", which a reader cannot tell apart. */
    for (size_t i = 0; !code && i < yk_table_n_rows(&ph) && c.n < 3 * REPORT_PHRASES; i++) {
        if (yk_table_value(&ph, i, YK_PHRASES_WORDS) < 2)
            continue;
        report_put(&c, yk_table_text_at(&ph, i, YK_PHRASES_PHRASE));
        report_put_number(&c, r, yk_table_value(&ph, i, YK_PHRASES_N), 0, "");
        report_put_number(&c, r, yk_table_value(&ph, i, YK_PHRASES_PERCENT), 1, "%");
    }
    if (!code && c.n) {
        char text[512], k[32], title[512];
        report_number(r, (double)least, 0, "", k, sizeof k);
        msg_snprintf(text, sizeof text, MSG_COMMENTS_PHRASES_INTRO, l, k);
        msg_snprintf(title, sizeof title, MSG_COMMENTS_PHRASES_TABLE, l,
                     label_of(r, q->labels, q->name));
        const char *header[] = { msg(MSG_COMMENTS_PHRASE, l), msg(MSG_COMMENTS_ANSWERS, l),
                                 msg(MSG_PROFILE_SHARE, l) };
        static const double shares[] = { 0.6, 0.2, 0.2 };
        static const int right[] = { 0, 1, 1 };
        code = intro(r, text);
        if (!code)
            code = c.failed ? EXIT_SYSTEM
                            : report_add_table(r, title, 3, shares, right, header, &c);
    }
    report_cells_free(&c);
    yk_table_free(&ph);
    return code;
}

/* A quote as the report prints it: the answer in quotation marks, in
 * italics, and its unit when the table gives it (a unit under the
 * minimum base is never named). */
static int quote(report *r, const yk_table *qt, size_t i)
{
    const char *text = yk_table_text_at(qt, i, YK_QUOTES_QUOTE);
    const char *group = yk_table_text_at(qt, i, YK_QUOTES_GROUP);
    const yk_question *g = yk_tally_group(r->t);
    const char *unit = NULL;
    for (size_t k = 0; g && *group && k < g->list->n && !unit; k++)
        if (strcmp(g->list->choices[k].name, group) == 0)
            unit = label_of(r, g->list->choices[k].labels, group);
    char *esc = yk_doc_escape(text), *esc_unit = unit ? yk_doc_escape(unit) : NULL;
    if (!esc || (unit && !esc_unit)) {
        free(esc);
        free(esc_unit);
        return EXIT_SYSTEM;
    }
    size_t size = strlen(esc) + (esc_unit ? strlen(esc_unit) : 0) + 64;
    char *line = malloc(size);
    if (line) {
        if (esc_unit)
            snprintf(line, size, "<i>“%s”</i> (%s)", esc, esc_unit);
        else
            snprintf(line, size, "<i>“%s”</i>", esc);
    }
    int code = line && yk_doc_paragraph(r->doc, line, YK_PARA_JUSTIFY | YK_PARA_INDENT |
                                                          YK_PARA_MARKUP) == YK_OK
                   ? 0 : EXIT_SYSTEM;
    free(line);
    free(esc);
    free(esc_unit);
    return code;
}

/* Whether the quote of row i was told already (told[k] for row k). */
static int quoted(const yk_table *qt, const unsigned char *told, size_t i)
{
    const char *text = yk_table_text_at(qt, i, YK_QUOTES_QUOTE);
    for (size_t k = 0; k < yk_table_n_rows(qt); k++)
        if (told[k] && strcmp(yk_table_text_at(qt, k, YK_QUOTES_QUOTE), text) == 0)
            return 1;
    return 0;
}

/* A few answers to q for each of its most written-about themes (rows, in
 * the order of the themes table), the uncoded left out. */
static int quotes(report *r, const yk_question *q, const yk_figure_opts *o, const yk_table *th,
                  const size_t *rows, size_t n)
{
    yk_table qt;
    yk_table_init(&qt, yk_quotes_columns, YK_QUOTES_NCOLS);
    yk_figure_opts oq = *o;
    oq.questions = q->name;
    int code = yk_figures_quotes(comments_tally(r->comments), &oq, r->english, &qt)
                   == YK_OK ? 0 : EXIT_SYSTEM;
    const char *round = yk_tally_round(r->t, r->round);
    /* An answer of several themes is quoted under the first only. */
    unsigned char *told_row = calloc(yk_table_n_rows(&qt) + 1, 1);
    if (!told_row)
        code = EXIT_SYSTEM;
    int said = 0;
    size_t told = 0;
    msg_lang l = lang_of(r->english);
    for (size_t k = 0; !code && k < n && told < REPORT_QUOTE_THEMES; k++) {
        const char *theme = yk_table_text_at(th, rows[k], YK_THEMES_THEME);
        if (strcmp(theme, YK_THEMES_UNCODED) == 0)
            continue;
        int heading = 0;
        for (size_t i = 0; !code && i < yk_table_n_rows(&qt); i++) {
            if (strcmp(yk_table_text_at(&qt, i, YK_QUOTES_THEME), theme) != 0 ||
                strcmp(yk_table_text_at(&qt, i, YK_QUOTES_ROUND), round) != 0 ||
                quoted(&qt, told_row, i))
                continue;
            if (!said) {
                code = intro(r, msg(MSG_COMMENTS_QUOTES_INTRO, l));
                said = 1;
            }
            if (!code && !heading) {
                char text[512];
                msg_snprintf(text, sizeof text, MSG_COMMENTS_QUOTE_THEME, l,
                             yk_table_text_at(th, rows[k], YK_THEMES_LABEL));
                code = yk_doc_paragraph(r->doc, text, YK_PARA_BOLD | YK_PARA_KEEP_NEXT) == YK_OK
                           ? 0 : EXIT_SYSTEM;
                heading = 1;
                told++;
            }
            if (!code)
                code = quote(r, &qt, i);
            told_row[i] = 1;
        }
    }
    free(told_row);
    yk_table_free(&qt);
    return code;
}

/* Question q's part: its subsection, how many wrote, themes, phrases,
 * quotes.  Nothing when nobody answered it in the round, or when its base
 * is under the minimum. */
static int question(report *r, const yk_question *q, const yk_figure_opts *o,
                    const yk_table *an, const yk_table *th)
{
    size_t row = row_of(an, YK_ANSWERED_QUESTION, q->name, YK_ANSWERED_GROUP, "");
    if (row == SIZE_MAX || !(yk_table_value(an, row, YK_ANSWERED_N) > 0) ||
        !yk_table_is_shown(an, row, YK_ANSWERED_PERCENT))
        return 0;
    int code = report_subsection(r, label_of(r, q->labels, q->name));
    if (!code)
        code = answered(r, an, row);
    size_t *rows = malloc((yk_table_n_rows(th) + 1) * sizeof *rows);
    if (!rows)
        return EXIT_SYSTEM;
    size_t n = theme_rows(th, q->name, rows);
    int coded = yk_comments_themes(comments_tally(r->comments)) != NULL;
    /* Themes resting on fewer answers than the minimum base are blank in
     * the table: then there is no theme to tell, nor to quote. */
    coded = coded && n && yk_table_is_shown(th, rows[0], YK_THEMES_PERCENT);
    if (!code && coded) {
        code = intro(r, msg(MSG_COMMENTS_THEMES_INTRO, lang_of(r->english)));
        if (!code)
            code = themes_table(r, q, th, rows, n);
        if (!code)
            code = themes_chart(r, q);
    }
    if (!code)
        code = phrases_table(r, q, o);
    if (!code && coded)
        code = quotes(r, q, o, th, rows, n);
    free(rows);
    return code;
}

int report_comments(report *r)
{
    if (!r->comments) {
        int code = report_section(r, SECTION_COMMENTS);
        return code ? code : report_para(r, msg(MSG_COMMENTS_NOT_READ, lang_of(r->english)));
    }
    const yk_comments *c = comments_tally(r->comments);
    if (yk_comments_n_questions(c) == 0)
        return 0;               /* the form asks nothing in words */
    yk_figure_opts o = figure_opts_of(r);
    yk_table an, th;
    unsigned long blank = 0;
    yk_table_init(&an, yk_answered_columns, YK_ANSWERED_NCOLS);
    yk_table_init(&th, yk_themes_columns, YK_THEMES_NCOLS);
    int code = yk_figures_answered(c, &o, &an, &blank) == YK_OK &&
               yk_figures_themes(c, &o, r->english, &th, &blank) == YK_OK ? 0 : EXIT_SYSTEM;
    if (!code)
        code = report_section(r, SECTION_COMMENTS);
    const yk_form *f = yk_comments_form(c);
    for (size_t i = 0; !code && i < yk_comments_n_questions(c); i++)
        code = question(r, yk_form_question(f, yk_comments_question(c, i)), &o, &an, &th);
    yk_table_free(&an);
    yk_table_free(&th);
    return code;
}

int report_comments_summary(report *r)
{
    if (!r->comments || !yk_comments_themes(comments_tally(r->comments)))
        return 0;
    const yk_comments *c = comments_tally(r->comments);
    yk_figure_opts o = figure_opts_of(r);
    yk_table an, th;
    unsigned long blank = 0;
    yk_table_init(&an, yk_answered_columns, YK_ANSWERED_NCOLS);
    yk_table_init(&th, yk_themes_columns, YK_THEMES_NCOLS);
    int code = yk_figures_answered(c, &o, &an, &blank) == YK_OK &&
               yk_figures_themes(c, &o, r->english, &th, &blank) == YK_OK ? 0 : EXIT_SYSTEM;
    /* The question the most members answered, of those shown. */
    size_t best = SIZE_MAX;
    for (size_t i = 0; !code && i < yk_table_n_rows(&an); i++)
        if (*yk_table_text_at(&an, i, YK_ANSWERED_GROUP) == '\0' &&
            yk_table_is_shown(&an, i, YK_ANSWERED_PERCENT) &&
            yk_table_value(&an, i, YK_ANSWERED_N) > 0 &&
            (best == SIZE_MAX ||
             yk_table_value(&an, i, YK_ANSWERED_N) > yk_table_value(&an, best, YK_ANSWERED_N)))
            best = i;
    size_t *rows = malloc((yk_table_n_rows(&th) + 1) * sizeof *rows);
    if (!rows)
        code = EXIT_SYSTEM;
    if (!code && best != SIZE_MAX) {
        const char *name = yk_table_text_at(&an, best, YK_ANSWERED_QUESTION);
        size_t n = theme_rows(&th, name, rows), top[3], named = 0;
        for (size_t k = 0; k < n && named < 3; k++)
            if (strcmp(yk_table_text_at(&th, rows[k], YK_THEMES_THEME), YK_THEMES_UNCODED) != 0 &&
                yk_table_is_shown(&th, rows[k], YK_THEMES_PERCENT) &&
                yk_table_value(&th, rows[k], YK_THEMES_N) > 0)
                top[named++] = rows[k];
        /* "A (x%), B (y%) và C (z%)" */
        char list[1024] = "";
        msg_lang l = lang_of(r->english);
        for (size_t k = 0; k < named; k++) {
            char pct[32];
            size_t len = strlen(list);
            report_number(r, yk_table_value(&th, top[k], YK_THEMES_PERCENT), 1, "%", pct,
                          sizeof pct);
            yk_text_snprintf(list + len, sizeof list - len, "%s%s (%s)",
                             !k ? "" : k + 1 == named ? msg(MSG_COMMENTS_AND, l) : ", ",
                             yk_table_text_at(&th, top[k], YK_THEMES_LABEL), pct);
        }
        if (named) {
            const yk_question *q = yk_form_find(yk_comments_form(c), name);
            char n_text[32], text[2048];
            report_number(r, yk_table_value(&an, best, YK_ANSWERED_N), 0, "", n_text,
                          sizeof n_text);
            msg_snprintf(text, sizeof text, MSG_COMMENTS_SUMMARY, l,
                         label_of(r, q->labels, q->name), n_text, list);
            code = report_para(r, text);
        }
    }
    free(rows);
    yk_table_free(&an);
    yk_table_free(&th);
    return code;
}
