/* ykien report — the helpers a survey report's sections share: numbers,
 * words, tables, charts, a survey's themes.  Each section is a file of its
 * own (report_response.c ... report_rounds.c), made from the tables the
 * figure verbs print (freq, describe, scale, compare), so a number in the
 * report is the number the verb gives.  They share what report_impl.h
 * declares. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "yk_text.h"
#include "chart_kinds.h"
#include "report.h"
#include "rounds_figures.h"
#include "series.h"
#include "yk_table.h"
#include "yk_disclosure.h"
#include "yk_stats.h"
#include "report_impl.h"

/* ---- helpers ----------------------------------------------------------- */

void report_number(const report *r, double v, int decimals, const char *suffix, char *buf,
                   size_t size)
{
    yk_chart_frame style = { NULL, NULL, NULL, !r->english };
    if (isnan(v))
        yk_text_snprintf(buf, size, "–");
    else
        yk_chart_number(&style, v, decimals, suffix, buf, size);
}

/* A p-value as a conference reads it: "< 0,001" below 0.001 (however
 * small: the CSV carries the exact value), else three decimals, in the
 * report's decimal mark ("0,012"; English "< 0.001", "0.012"). */
void report_p(const report *r, double p, char *buf, size_t size)
{
    if (p < 0.001)
        yk_text_snprintf(buf, size, "< 0.001");
    else
        yk_text_snprintf(buf, size, "%.3f", p);
    char *dot = strchr(buf, '.');
    if (dot && !r->english)
        *dot = ',';
}

/* A figure verb's table for the last round, grouped by `by` (NULL: the
 * whole survey) and limited to `questions` (NULL: all). */
int report_make_table(report *r, const figure_table *f, const char *by, const char *questions,
                      yk_table *tab)
{
    figure_opts o = *r->o;
    unsigned long suppressed = 0;
    o.by = by;
    o.questions = questions;
    o.s.round = yk_tally_round(r->t, r->round);
    yk_table_init(tab, f->columns, f->ncols);
    int code = f->fill(r->t, &o, tab, &suppressed);
    return code ? code : tab->failed ? EXIT_SYSTEM : 0;
}

/* Statement q's label, marked when it is reverse-worded, into buf. */
const char *report_statement(const report *r, const yk_question *q, char *buf, size_t size)
{
    return chart_statement(yk_tally_form(r->t), q, r->english, buf, size);
}

/* "“label” (ngược chiều)": statement q quoted, the mark outside the
 * quotes, into buf. */
const char *report_quoted(const report *r, const yk_question *q, char *buf, size_t size)
{
    yk_text_snprintf(buf, size, "“%s”%s", label_of(r, q->labels, q->name),
             q->reverse ? msg(MSG_REVERSE_MARK, lang_of(r->english)) : "");
    return buf;
}

/* "“Hoàn toàn đồng ý” hoặc “Đồng ý”": the labels of q's answers marked in
 * which (of l's), from the extreme level inwards, into buf. */
void report_answers_words(const report *r, const yk_question *q, const yk_figure_levels *l,
                          const unsigned char *which, char *buf, size_t size)
{
    size_t len = 0, n = 0, total = 0;
    int from_bottom = l->nlevels && which[l->order[0]];
    for (size_t i = 0; i < l->nlevels; i++)
        total += which[l->order[i]] != 0;
    buf[0] = '\0';
    for (size_t i = 0; i < l->nlevels && len < size; i++) {
        size_t c = l->order[from_bottom ? i : l->nlevels - 1 - i];
        if (!which[c])
            continue;
        const yk_choice *ch = &q->list->choices[c];
        const char *sep = !n ? "" : n + 1 < total ? ", " : msg(MSG_OR, lang_of(r->english));
        len += (size_t)yk_text_snprintf(buf + len, size - len, "%s“%s”", sep,
                                label_of(r, ch->labels, ch->name));
        n++;
    }
}

/* Whether any of the tally's ordinal questions is reverse-worded. */
int report_any_reverse(const report *r)
{
    const yk_form *f = yk_tally_form(r->t);
    yk_figure_levels l;
    for (size_t q = 0; q < yk_form_n_questions(f); q++)
        if (yk_figure_levels_of(yk_form_question(f, q), NULL, &l, NULL, NULL) == 1 && l.reverse)
            return 1;
    return 0;
}

int report_section(report *r, section_kind k)
{
    static const char *const roman[] = { "I", "II", "III", "IV", "V", "VI", "VII", "VIII",
                                         "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI" };
    char text[256];
    yk_text_snprintf(text, sizeof text, "%s. %s", roman[r->heading++ % 16], r->w->section_titles[k]);
    r->subheading = 0;
    return yk_doc_heading(r->doc, 1, text) == YK_OK ? 0 : EXIT_SYSTEM;
}

/* The length of a numbering mark at s's start: Roman numerals, digits
 * (with dots between, "2.1"), or one letter, then "." or ")" and a space;
 * 0 when s starts with none. */
static size_t numbering_mark(const char *s)
{
    size_t n = strspn(s, "IVXLC");
    if (!n)
        n = strspn(s, "0123456789.");
    if (!n && ((*s >= 'A' && *s <= 'Z') || (*s >= 'a' && *s <= 'z')))
        n = 1;
    while (n && s[n - 1] == '.')    /* "2.1." ends with its own dot */
        n--;
    if (!n || (s[n] != '.' && s[n] != ')') || s[n + 1] != ' ')
        return 0;
    return n + 2;
}

const char *report_unnumbered(const char *label)
{
    size_t n = numbering_mark(label);
    return label[n + strspn(label + n, " ")] ? label + n + strspn(label + n, " ") : label;
}

int report_subsection(report *r, const char *title)
{
    char text[1024];
    yk_text_snprintf(text, sizeof text, "%d. %s", ++r->subheading, report_unnumbered(title));
    return yk_doc_heading(r->doc, 2, text) == YK_OK ? 0 : EXIT_SYSTEM;
}

int report_para(report *r, const char *text)
{
    return yk_doc_paragraph(r->doc, text, YK_PARA_JUSTIFY | YK_PARA_INDENT) == YK_OK
               ? 0 : EXIT_SYSTEM;
}

static char *caption(const char *kind, int *counter, const char *text)
{
    size_t size = strlen(text) + 64;
    char *s = malloc(size);
    if (s)
        yk_text_snprintf(s, size, "%s %d. %s", kind, ++*counter, text);
    return s;
}

/* Column col's kind: percents when a cell shows "%", counts when every
 * number is whole, else by their decimals. */
static yk_xlsx_kind column_of(const cells *c, size_t ncols, size_t col)
{
    int numbers = 0, whole = 1;
    for (size_t i = col; i < c->n; i += ncols) {
        const cell_number *n = &c->numbers[i];
        if (n->decimals < 0)
            continue;
        if (n->percent)
            return YK_XLSX_PERCENT_SIGN;
        numbers = 1;
        whole &= n->decimals == 0;
    }
    return numbers && whole ? YK_XLSX_COUNT : YK_XLSX_OTHER;
}

/* The table as a sheet of the workbook: its numbers as number cells, a
 * "–" (a hidden or missing figure) as an empty cell, said below it. */
static int add_sheet(report *r, const char *title, const char *caption_text, size_t ncols,
                     const char *const *header, const cells *c)
{
    enum { MAX_COLS = 16 };
    yk_xlsx_kind kinds[MAX_COLS];
    yk_table t;
    int blanks = 0;
    if (ncols > MAX_COLS)
        return EXIT_SYSTEM;
    yk_table_init(&t, header, ncols);
    for (size_t i = 0; i < c->n; i++) {
        const cell_number *n = &c->numbers[i];
        if (n->decimals < 0 && strcmp(c->cells[i], "–") != 0) {
            yk_table_text(&t, c->cells[i]);
        } else {
            int shown = n->decimals >= 0 && !isnan(n->value);
            blanks += !shown;
            yk_table_number(&t, shown ? n->value : NAN, shown ? n->decimals : 0, shown);
        }
    }
    for (size_t k = 0; k < ncols; k++)
        kinds[k] = column_of(c, ncols, k);
    char name[512], note[512];
    const char *notes[] = { note };
    yk_text_snprintf(name, sizeof name, "%d. %s", r->tables, title);
    /* The document's "–", said in words: a sheet has no legend. */
    if (r->english)
        yk_text_snprintf(note, sizeof note, "A blank cell: no figure%s.", r->tpl->min_base
                         ? ", or one hidden because its group has too few answers (under "
                           "the report's min_base)" : "");
    else
        yk_text_snprintf(note, sizeof note, "Ô để trống: không có số liệu%s.", r->tpl->min_base
                         ? ", hoặc số liệu được ẩn vì nhóm có quá ít người trả lời (dưới "
                           "min_base của báo cáo)" : "");
    figure_book_table(r->book, &t, name, caption_text, notes, blanks ? 1 : 0, NULL, 0, kinds);
    yk_table_free(&t);
    return r->book->failed ? EXIT_SYSTEM : 0;
}

int report_add_table(report *r, const char *title, size_t ncols, const double *shares,
                     const int *right, const char *const *header, const cells *c)
{
    char *cap = caption(r->w->table, &r->tables, title);
    if (!cap)
        return EXIT_SYSTEM;
    if (r->book) {
        int code = add_sheet(r, title, cap, ncols, header, c);
        free(cap);
        return code;
    }
    yk_status st = yk_doc_table(r->doc, cap, ncols, shares, right, header,
                                (const char *const *)c->cells, c->n / ncols);
    free(cap);
    return st == YK_OK ? 0 : EXIT_SYSTEM;
}

/* The string of the next cell, and what it shows. */
static void put(cells *c, const char *s, cell_number what)
{
    if (c->n == c->cap) {
        size_t cap = c->cap ? 2 * c->cap : 64;
        char **more = realloc(c->cells, cap * sizeof *more);
        if (more)
            c->cells = more;
        cell_number *nums = more ? realloc(c->numbers, cap * sizeof *nums) : NULL;
        if (nums)
            c->numbers = nums;
        if (!more || !nums) {
            c->failed = 1;
            return;
        }
        c->cap = cap;
    }
    c->numbers[c->n] = what;
    if (!(c->cells[c->n++] = strdup(s ? s : "")))
        c->failed = 1;
}

void report_put(cells *c, const char *s)
{
    put(c, s, (cell_number){ NAN, -1, 0 });
}

void report_put_number(cells *c, const report *r, double v, int decimals, const char *suffix)
{
    char buf[64];
    report_number(r, v, decimals, suffix, buf, sizeof buf);
    put(c, buf, (cell_number){ v, (signed char)decimals, strcmp(suffix, "%") == 0 });
}

void report_put_p(cells *c, const report *r, double p)
{
    char buf[32];
    report_p(r, p, buf, sizeof buf);
    put(c, buf, p < 0.001 || isnan(p) ? (cell_number){ NAN, -1, 0 }
                                     : (cell_number){ p, 3, 0 });
}

void report_cells_free(cells *c)
{
    for (size_t i = 0; i < c->n; i++)
        free(c->cells[i]);
    free(c->cells);
    free(c->numbers);
}

/* The smallest chart text in a report, points at print size. */
#define REPORT_CHART_MIN_TEXT 9.0

int report_chart(report *r, chart_opts *co, double height, report_draw_fn draw, void *ctx,
                 const char *title)
{
    yk_chart *c = NULL;
    char problem[256];
    int code = EXIT_DATA;
    if (r->book)
        return 0;               /* a workbook holds the tables, not the charts */
    co->width = 165 * MM;
    co->dpi = 150;
    co->english = r->english;
    co->title = "";             /* the caption is the title */
    co->quiet_fit = 1;
    /* Drawn at the text width, so printed at scale 1: text of 9 points at
     * least (the rule); a kind whose columns cannot take that on a
     * page keeps its own smaller sizes rather than leave the chart out. */
    static const double min_text[] = { REPORT_CHART_MIN_TEXT, 0 };
    for (size_t m = 0; code == EXIT_DATA && m < sizeof min_text / sizeof min_text[0]; m++)
        for (double h = height; code == EXIT_DATA && h <= 240; h += 10) {
            yk_chart_free(c);
            co->height = h * MM;
            if (yk_chart_new(co->width, co->height, r->tpl->chart_font, &c) != YK_OK)
                return EXIT_SYSTEM;
            yk_chart_set_min_text(c, min_text[m]);
            code = draw(ctx, co, c);
            if (!code && yk_chart_check(c, problem, sizeof problem) != YK_OK)
                code = EXIT_DATA;       /* too tight: taller */
        }
    if (code == EXIT_DATA)
        cli_error("report: the chart '%s' does not fit a page", title);
    char *cap = code ? NULL : caption(r->w->figure, &r->figures, title);
    if (!code && !cap)
        code = EXIT_SYSTEM;
    if (code) {
        yk_chart_free(c);
        return code;
    }
    yk_status st = yk_doc_chart(r->doc, c, cap);
    free(cap);
    return st == YK_OK ? 0 : EXIT_SYSTEM;
}

typedef struct {
    const yk_tally *t;
    const chart_kind *kind;
} tally_chart;

static int draw_tally(void *ctx, const chart_opts *co, yk_chart *c)
{
    const tally_chart *tc = ctx;
    return tc->kind->draw(tc->t, co, c);
}

/* A chart of a kind drawn from the tally (one whose draw is set), of
 * these questions (grouped by `by`, NULL: not), in the last round. */
int report_add_chart(report *r, const chart_kind *kind, const char *by, const char *questions,
                     double height, const char *title)
{
    chart_opts co = { .f = *r->o };
    tally_chart tc = { r->t, kind };
    co.f.s.round = yk_tally_round(r->t, r->round);
    co.f.min_base = r->tpl->min_base;
    co.f.by = by;
    co.f.questions = questions;
    return report_chart(r, &co, height, draw_tally, &tc, title);
}

static int draw_rounds(void *ctx, const chart_opts *co, yk_chart *c)
{
    return chart_rounds_series(ctx, co, c);
}

/* The rounds chart of one question across every round, by unit. */
int report_rounds_chart(report *r, yk_series *s, const char *question, const char *title)
{
    chart_opts co = { .f = *r->o };
    co.f.min_base = r->tpl->min_base;
    co.f.questions = question;
    co.f.s.c.quiet = 1;
    return report_chart(r, &co, 100, draw_rounds, s, title);
}

/* ---- scales: the themes of a survey ------------------------------------ */

/* The label of the group that holds scale s's first item, without the
 * form's own numbering (report_unnumbered), else the scale's name. */
const char *report_theme_title(report *r, size_t s)
{
    const yk_form *f = yk_tally_form(r->t);
    size_t k;
    const size_t *items = yk_tally_scale_items(r->t, s, &k);
    const char *path = yk_form_question(f, items[0])->path, *slash = strchr(path, '/');
    for (size_t g = 0; slash && g < yk_form_n_groups(f); g++) {
        const yk_form_group *grp = yk_form_group_at(f, g);
        if (strlen(grp->name) == (size_t)(slash - path) &&
            strncmp(grp->name, path, (size_t)(slash - path)) == 0)
            return report_unnumbered(label_of(r, grp->labels, grp->name));
    }
    return yk_tally_scale_name(r->t, s);
}

/* The title of the scale named name. */
const char *report_scale_title(report *r, const char *name)
{
    for (size_t s = 0; s < yk_tally_n_scales(r->t); s++)
        if (strcmp(yk_tally_scale_name(r->t, s), name) == 0)
            return report_theme_title(r, s);
    return name;
}

/* The items of scale s, comma-separated, for --questions. */
char *report_scale_items(report *r, size_t s, const yk_choice_list *only)
{
    size_t k, len = 1;
    const size_t *items = yk_tally_scale_items(r->t, s, &k);
    const yk_form *f = yk_tally_form(r->t);
    for (size_t i = 0; i < k; i++)
        len += strlen(yk_form_question(f, items[i])->name) + 1;
    char *names = calloc(len, 1);
    for (size_t i = 0; names && i < k; i++) {
        const yk_question *q = yk_form_question(f, items[i]);
        if (only && q->list != only)
            continue;
        if (*names)
            strcat(names, ",");
        strcat(names, q->name);
    }
    return names;
}

/* Whether unit u (a choice of the group) is hidden for question q: the
 * report never names or compares a unit its tables blank
 * (yk_figures_hide_units). */
int report_unit_hidden(const report *r, const yk_question *q, size_t u)
{
    const yk_question *g = yk_tally_group(r->t);
    const yk_form *f = yk_tally_form(r->t);
    size_t qi = 0;
    while (q && qi < yk_form_n_questions(f) && yk_form_question(f, qi) != q)
        qi++;
    if (!g || !q || u >= g->list->n || qi == yk_form_n_questions(f))
        return 1;
    unsigned char *hidden = calloc(g->list->n + 1, 1);
    yk_figure_opts o = { .min_base = r->tpl->min_base };
    int h = !hidden || yk_figures_hide_units(r->t, r->round, qi, &o, hidden) != YK_OK ||
            hidden[u];
    free(hidden);
    return h;
}
