/* ykien report — the sections of a survey report, each made from the
 * tables the figure verbs print (freq, describe, scale, compare), so a
 * number in the report is the number the verb gives. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "yk_text.h"
#include "chart.h"
#include "report.h"
#include "rounds_figures.h"
#include "series.h"
#include "table.h"
#include "yk_disclosure.h"
#include "yk_stats.h"

#define MM 2.834645669

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
static void report_p(const report *r, double p, char *buf, size_t size)
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
static int make_table(report *r, const figure_table *f, const char *by, const char *questions,
                      table *tab)
{
    figure_opts o = *r->o;
    unsigned long suppressed = 0;
    o.by = by;
    o.questions = questions;
    o.s.round = yk_tally_round(r->t, r->round);
    table_init(tab, f->columns, f->ncols);
    int code = f->fill(r->t, &o, tab, &suppressed);
    return code ? code : tab->failed ? EXIT_SYSTEM : 0;
}

static const char *cell(const table *t, size_t row, const char *column)
{
    return table_at(t, row, table_column(t, column));
}

static double number(const table *t, size_t row, const char *column)
{
    return table_number_at(t, row, table_column(t, column));
}

static const char *label_of(const report *r, const char *const *labels, const char *name)
{
    return chart_label(yk_tally_form(r->t), labels, name, r->english);
}

/* Statement q's label, marked when it is reverse-worded, into buf. */
static const char *statement(const report *r, const yk_question *q, char *buf, size_t size)
{
    return chart_statement(yk_tally_form(r->t), q, r->english, buf, size);
}

/* "“label” (ngược chiều)": statement q quoted, the mark outside the
 * quotes, into buf. */
static const char *quoted(const report *r, const yk_question *q, char *buf, size_t size)
{
    yk_text_snprintf(buf, size, "“%s”%s", label_of(r, q->labels, q->name),
             q->reverse ? (r->english ? " (reverse-worded)" : " (ngược chiều)") : "");
    return buf;
}

/* "“Hoàn toàn đồng ý” hoặc “Đồng ý”": the labels of q's answers marked in
 * which (of l's), from the extreme level inwards, into buf. */
static void answers_words(const report *r, const yk_question *q, const figure_levels *l,
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
        const char *sep = !n ? "" : n + 1 < total ? ", " : r->english ? " or " : " hoặc ";
        len += (size_t)yk_text_snprintf(buf + len, size - len, "%s“%s”", sep,
                                label_of(r, ch->labels, ch->name));
        n++;
    }
}

/* Whether any of the tally's ordinal questions is reverse-worded. */
static int any_reverse(const report *r)
{
    const yk_form *f = yk_tally_form(r->t);
    figure_levels l;
    for (size_t q = 0; q < yk_form_n_questions(f); q++)
        if (figure_levels_of(yk_form_question(f, q), NULL, &l, NULL, NULL) == 1 && l.reverse)
            return 1;
    return 0;
}

int report_section(report *r, section_kind k)
{
    static const char *const roman[] = { "I", "II", "III", "IV", "V", "VI", "VII", "VIII",
                                         "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI" };
    char text[256];
    yk_text_snprintf(text, sizeof text, "%s. %s", roman[r->heading++ % 16], r->w->section_titles[k]);
    return yk_doc_heading(r->doc, 1, text) == YK_OK ? 0 : EXIT_SYSTEM;
}

static int para(report *r, const char *text)
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

/* A table of strings, rows x ncols, with a numbered caption. */
static int add_table(report *r, const char *title, size_t ncols, const double *shares,
                     const int *right, const char *const *header, char **cells, size_t nrows)
{
    char *cap = caption(r->w->table, &r->tables, title);
    yk_status st = cap ? yk_doc_table(r->doc, cap, ncols, shares, right, header,
                                      (const char *const *)cells, nrows)
                       : YK_ERR_NOMEM;
    free(cap);
    return st == YK_OK ? 0 : EXIT_SYSTEM;
}

/* Cells of a table being built: a growing array of owned strings. */
typedef struct {
    char **cells;
    size_t n, cap;
    int failed;
} cells;

static void put(cells *c, const char *s)
{
    if (c->n == c->cap) {
        size_t cap = c->cap ? 2 * c->cap : 64;
        char **more = realloc(c->cells, cap * sizeof *more);
        if (!more) {
            c->failed = 1;
            return;
        }
        c->cells = more;
        c->cap = cap;
    }
    if (!(c->cells[c->n++] = strdup(s ? s : "")))
        c->failed = 1;
}

static void put_number(cells *c, const report *r, double v, int decimals, const char *suffix)
{
    char buf[64];
    report_number(r, v, decimals, suffix, buf, sizeof buf);
    put(c, buf);
}

static void cells_free(cells *c)
{
    for (size_t i = 0; i < c->n; i++)
        free(c->cells[i]);
    free(c->cells);
}

int report_chart(report *r, chart_opts *co, double height, report_draw_fn draw, void *ctx,
                 const char *title)
{
    yk_chart *c = NULL;
    char problem[256];
    int code = EXIT_DATA;
    co->width = 165 * MM;
    co->dpi = 150;
    co->english = r->english;
    co->title = "";             /* the caption is the title */
    co->quiet_fit = 1;
    for (; code == EXIT_DATA && height <= 240; height += 10) {
        yk_chart_free(c);
        co->height = height * MM;
        if (yk_chart_new(co->width, co->height, r->tpl->chart_font, &c) != YK_OK)
            return EXIT_SYSTEM;
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
    chart_kind_fn kind;
} tally_chart;

static int draw_tally(void *ctx, const chart_opts *co, yk_chart *c)
{
    const tally_chart *tc = ctx;
    return tc->kind(tc->t, co, c);
}

/* A chart of a kind drawn from the tally, of these questions (grouped
 * by `by`, NULL: not), in the last round. */
static int add_chart(report *r, chart_kind_fn kind, const char *by, const char *questions,
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
static int rounds_chart(report *r, series *s, const char *question, const char *title)
{
    chart_opts co = { .f = *r->o };
    co.f.min_base = r->tpl->min_base;
    co.f.questions = question;
    co.f.s.c.quiet = 1;
    return report_chart(r, &co, 100, draw_rounds, s, title);
}

/* ---- scales: the themes of a survey ------------------------------------ */

/* The label of the group that holds scale s's first item, else its name. */
static const char *theme_title(report *r, size_t s)
{
    const yk_form *f = yk_tally_form(r->t);
    size_t k;
    const size_t *items = yk_tally_scale_items(r->t, s, &k);
    const char *path = yk_form_question(f, items[0])->path, *slash = strchr(path, '/');
    for (size_t g = 0; slash && g < yk_form_n_groups(f); g++) {
        const yk_form_group *grp = yk_form_group_at(f, g);
        if (strlen(grp->name) == (size_t)(slash - path) &&
            strncmp(grp->name, path, (size_t)(slash - path)) == 0)
            return label_of(r, grp->labels, grp->name);
    }
    return yk_tally_scale_name(r->t, s);
}

/* The title of the scale named name. */
static const char *scale_title(report *r, const char *name)
{
    for (size_t s = 0; s < yk_tally_n_scales(r->t); s++)
        if (strcmp(yk_tally_scale_name(r->t, s), name) == 0)
            return theme_title(r, s);
    return name;
}

/* The mean of the favourable shares (figure_favourable: the upper levels,
 * the lower ones of a reverse-worded item) of scale s's items in the last
 * round, each of at least the template's minimum of opinions; NAN when
 * none has one. */
static double mean_favourable(const report *r, size_t s)
{
    const yk_form *f = yk_tally_form(r->t);
    size_t k, used = 0;
    const size_t *items = yk_tally_scale_items(r->t, s, &k);
    double sum = 0;
    for (size_t i = 0; i < k; i++) {
        const yk_question *q = yk_form_question(f, items[i]);
        int64_t *counts = q->list ? calloc(q->list->n + 3, sizeof *counts) : NULL;
        double fav, n;
        if (counts && yk_tally_counts(r->t, r->round, SIZE_MAX, items[i], counts) == YK_OK &&
            figure_favourable(q, counts, &fav, &n, NULL) && n > 0 &&
            n >= (double)r->tpl->min_base)
            sum += 100 * fav / n, used++;
        free(counts);
    }
    return used ? sum / (double)used : NAN;
}

/* The items of scale s, comma-separated, for --questions. */
static char *scale_items(report *r, size_t s, const yk_choice_list *only)
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

/* Which units (choices of the tally's group; hidden has room for them
 * all) the report must not show for question q in the last round: the
 * disclosure rules (yk_disclosure.h) over the units' opinions to q, so
 * that no sentence or page names or compares a unit the tables blank,
 * nor one that would give it back by difference from the province's
 * figure.  Nothing with no_suppression. */
static void hidden_units(const report *r, const yk_question *q, unsigned char *hidden)
{
    const yk_question *g = yk_tally_group(r->t);
    size_t n = g ? g->list->n : 0, qi = 0;
    const yk_form *f = yk_tally_form(r->t);
    while (qi < yk_form_n_questions(f) && yk_form_question(f, qi) != q)
        qi++;
    double *base = calloc(n + 1, sizeof *base);
    int64_t *counts = q->list ? calloc(q->list->n + 3, sizeof *counts) : NULL;
    for (size_t u = 0; base && u < n; u++) {
        double k = 0, m = 0;
        if (counts && yk_tally_counts(r->t, r->round, u, qi, counts) == YK_OK &&
            figure_favourable(q, counts, &k, &m, NULL))
            base[u] = m;
        else
            base[u] = (double)yk_tally_responses(r->t, r->round, u);
    }
    if (!base) {        /* out of memory: hide every unit rather than risk one */
        memset(hidden, 1, n);
    } else if (r->tpl->min_base > 0) {
        yk_disclosure_groups(base, n, (double)r->tpl->min_base, hidden);
    } else {
        memset(hidden, 0, n);
    }
    free(base);
    free(counts);
}

/* Whether unit u (a choice of the group) is hidden for question q. */
static int unit_hidden(const report *r, const yk_question *q, size_t u)
{
    const yk_question *g = yk_tally_group(r->t);
    if (!g || !q || u >= g->list->n)
        return 1;
    unsigned char *hidden = calloc(g->list->n + 1, 1);
    if (!hidden)
        return 1;
    hidden_units(r, q, hidden);
    int h = hidden[u];
    free(hidden);
    return h;
}

/* ---- the sections ------------------------------------------------------ */

/* The membership of all units, or 0 when some unit's is not in the form:
 * a rate over part of the membership would read as the province's. */
static double members_of_units(const report *r)
{
    const yk_question *g = yk_tally_group(r->t);
    double m = 0;
    for (size_t i = 0; g && i < g->list->n; i++) {
        if (g->list->choices[i].members <= 0)
            return 0;
        m += (double)g->list->choices[i].members;
    }
    return m;
}

/* "1 dòng trống, 2 phiếu gửi lặp lại" into buf: why rows were left out. */
static void left_out_why(const report *r, const cli_rows *rows, char *buf, size_t size)
{
    const struct { unsigned long n; const char *vi, *en_one, *en_many; } why[] = {
        { rows->blank, "dòng trống", "blank row", "blank rows" },
        { rows->totals, "dòng tổng cộng", "totals row", "totals rows" },
        { rows->doubles, "phiếu gửi lặp lại", "double submission", "double submissions" },
        { rows->rejected, "dòng vượt giới hạn đọc", "row over a reading limit",
          "rows over a reading limit" },
    };
    size_t k = 0;
    buf[0] = '\0';
    for (size_t i = 0; i < sizeof why / sizeof why[0]; i++) {
        char n[32];
        if (!why[i].n || k >= size)
            continue;
        report_number(r, (double)why[i].n, 0, "", n, sizeof n);
        int w = yk_text_snprintf(buf + k, size - k, "%s%s %s", k ? ", " : "", n,
                         !r->english ? why[i].vi : why[i].n == 1 ? why[i].en_one
                                                                 : why[i].en_many);
        k += w > 0 ? (size_t)w : 0;
    }
}

/* What became of the rows read: read, counted, left out and why; the
 * rows with unreadable answers and those without a known unit. */
static int rows_told(report *r)
{
    const cli_rows *x = r->rows;
    if (!x || !x->known)
        return 0;
    unsigned long out = x->blank + x->totals + x->doubles + x->rejected;
    char text[1024], read[32], counted[32], left[32], errs[32], nounit[32], why[512];
    report_number(r, (double)x->read, 0, "", read, sizeof read);
    report_number(r, (double)x->counted, 0, "", counted, sizeof counted);
    report_number(r, (double)out, 0, "", left, sizeof left);
    report_number(r, (double)x->with_errors, 0, "", errs, sizeof errs);
    report_number(r, (double)x->no_unit, 0, "", nounit, sizeof nounit);
    left_out_why(r, x, why, sizeof why);
    int rounds = yk_tally_n_rounds(r->t) > 1;
    size_t k = (size_t)yk_text_snprintf(text, sizeof text, r->english
        ? (out ? "%sThe data files hold %s rows: %s are counted, %s left out (%s; a "
                 "double submission is counted once)."
               : "%sThe data files hold %s rows: all %s are counted.")
        : (out ? "%sCác tệp dữ liệu có %s dòng: tính %s phiếu, loại %s dòng (%s; phiếu "
                 "gửi lặp lại chỉ tính một lần)."
               : "%sCác tệp dữ liệu có %s dòng: tính cả %s phiếu."),
        rounds ? (r->english ? "All rounds together: " : "Tính chung mọi đợt: ") : "",
        read, counted, left, why);
    if (x->with_errors && k < sizeof text)
        k += (size_t)yk_text_snprintf(text + k, sizeof text - k, r->english
            ? " %s counted rows have answers that could not be read; those answers are left out."
            : " %s phiếu có câu trả lời không đọc được; các câu trả lời đó không được tính.",
            errs);
    if (x->no_unit && k < sizeof text)
        k += (size_t)yk_text_snprintf(text + k, sizeof text - k, r->english
            ? " %s counted rows name no known unit: they are shown as “Unknown unit”."
            : " %s phiếu không ghi rõ đơn vị: được ghi ở dòng “Không xác định”.",
            nounit);
    return para(r, text);
}

int report_response(report *r)
{
    const yk_question *g = yk_tally_group(r->t);
    const report_words *w = r->w;
    int code = report_section(r, SECTION_RESPONSE);
    double total = (double)yk_tally_responses(r->t, r->round, SIZE_MAX);
    double members = members_of_units(r);
    char text[1024], n[32], m[32], rate[32];
    report_number(r, total, 0, "", n, sizeof n);
    report_number(r, members, 0, "", m, sizeof m);
    report_number(r, members > 0 ? 100 * total / members : NAN, 1, "%", rate, sizeof rate);
    if (members > 0)
        yk_text_snprintf(text, sizeof text, r->english
                 ? "Round %s received %s responses; the units have %s members, so %s of them "
                   "answered."
                 : "Đợt %s thu về %s phiếu; các đơn vị có %s đoàn viên, tỉ lệ trả lời %s.",
                 chart_shown(yk_tally_round(r->t, r->round)), n, m, rate);
    else
        yk_text_snprintf(text, sizeof text, r->english
                 ? "Round %s received %s responses (the form gives no membership of every "
                   "unit, so no response rate)."
                 : "Đợt %s thu về %s phiếu (biểu mẫu không ghi số đoàn viên của mọi đơn vị "
                   "nên không tính tỉ lệ trả lời).",
                 chart_shown(yk_tally_round(r->t, r->round)), n);
    if (!code)
        code = para(r, text);
    if (!code)
        code = rows_told(r);
    if (code || !g)
        return code;
    cells c = { 0 };
    for (size_t i = 0; i < g->list->n; i++) {
        const yk_choice *u = &g->list->choices[i];
        /* A unit folded into "Khác" (tally --protect) has no count of its
         * own: not 0, unknown. */
        double got = yk_tally_group_folded(r->t, r->round, i)
                     ? NAN : (double)yk_tally_responses(r->t, r->round, i);
        put(&c, label_of(r, u->labels, u->name));
        put_number(&c, r, u->members > 0 ? (double)u->members : NAN, 0, "");
        put_number(&c, r, got, 0, "");
        put_number(&c, r, u->members > 0 ? 100 * got / (double)u->members : NAN, 1, "%");
    }
    /* Responses without a known unit have a row, so the units add up. */
    double unknown = (double)yk_tally_responses(r->t, r->round, g->list->n);
    if (unknown > 0) {
        put(&c, r->english ? "Unknown unit" : "Không xác định");
        put_number(&c, r, NAN, 0, "");
        put_number(&c, r, unknown, 0, "");
        put_number(&c, r, NAN, 1, "%");
    }
    put(&c, r->english ? "All" : "Toàn tỉnh");
    put_number(&c, r, members > 0 ? members : NAN, 0, "");
    put_number(&c, r, total, 0, "");
    put(&c, rate);
    const char *header[] = { w->unit, w->members, w->responses, w->rate };
    static const double shares[] = { 0.46, 0.18, 0.18, 0.18 };
    static const int right[] = { 0, 1, 1, 1 };
    code = c.failed ? EXIT_SYSTEM
                    : add_table(r, r->english ? "Responses by unit" : "Số phiếu theo đơn vị", 4,
                                shares, right, header, c.cells, c.n / 4);
    cells_free(&c);
    return code;
}

/* "81,7 – 83,0%", or "–" without an interval. */
static void put_interval(cells *c, const report *r, double low, double high)
{
    char text[96], lo[32], hi[32];
    report_number(r, low, 1, "", lo, sizeof lo);
    report_number(r, high, 1, "%", hi, sizeof hi);
    yk_text_snprintf(text, sizeof text, "%s – %s", lo, hi);
    put(c, isnan(low) ? "–" : text);
}

/* A likert chart for each answer list among scale s's items. */
static int theme_charts(report *r, size_t s)
{
    const yk_form *f = yk_tally_form(r->t);
    size_t k;
    const size_t *items = yk_tally_scale_items(r->t, s, &k);
    int code = 0;
    for (size_t i = 0; !code && i < k; i++) {
        const yk_choice_list *list = yk_form_question(f, items[i])->list;
        int first = 1;
        for (size_t j = 0; j < i; j++)
            first &= yk_form_question(f, items[j])->list != list;
        char *these = first ? scale_items(r, s, list) : NULL;
        if (first)
            code = these ? add_chart(r, chart_likert, NULL, these, 50, theme_title(r, s))
                         : EXIT_SYSTEM;
        free(these);
    }
    return code;
}

/* The share who agree with q (figure_upper) in the last round, with its
 * 95% Wilson interval, in percent: for a 3-level list, whose top2
 * describe leaves blank.  NANs when q has none or too few opinions. */
static void upper_share(const report *r, const yk_question *q, double *share, double *low,
                        double *high)
{
    const yk_form *f = yk_tally_form(r->t);
    size_t qi = 0;
    while (qi < yk_form_n_questions(f) && yk_form_question(f, qi) != q)
        qi++;
    int64_t *counts = q->list ? calloc(q->list->n + 3, sizeof *counts) : NULL;
    double k, n;
    *share = *low = *high = NAN;
    if (counts && qi < yk_form_n_questions(f) &&
        yk_tally_counts(r->t, r->round, SIZE_MAX, qi, counts) == YK_OK &&
        figure_upper(q, counts, &k, &n, NULL) && n > 0 && n >= (double)r->tpl->min_base &&
        yk_stats_wilson(k, n, YK_Z95, low, high) == YK_OK) {
        *share = 100 * k / n;
        *low *= 100;
        *high *= 100;
    }
    free(counts);
}

/* The items of scale s: answers, mean, the share who agree and its
 * interval (describe's top2; the top one of a 3-level list). */
static int theme_table(report *r, size_t s)
{
    const yk_form *f = yk_tally_form(r->t);
    char *names = scale_items(r, s, NULL);
    table d;
    int code = names ? make_table(r, &figure_describe, NULL, names, &d) : EXIT_SYSTEM;
    free(names);
    if (code)
        return code;
    cells c = { 0 };
    for (size_t i = 0; i < d.nrows; i++) {
        const yk_question *q = yk_form_find(f, cell(&d, i, "question"));
        char label[1024];
        put(&c, q ? statement(r, q, label, sizeof label) : cell(&d, i, "question"));
        put_number(&c, r, number(&d, i, "n"), 0, "");
        put_number(&c, r, number(&d, i, "mean"), 2, "");
        double share = number(&d, i, "top2"), low = number(&d, i, "top2_low"),
               high = number(&d, i, "top2_high");
        if (isnan(share) && q)
            upper_share(r, q, &share, &low, &high);
        put_number(&c, r, share, 1, "%");
        put_interval(&c, r, low, high);
    }
    const char *header[] = { r->w->question, r->w->base, r->english ? "Mean" : "Điểm TB",
                             r->w->share, r->w->ci };
    static const double shares[] = { 0.44, 0.11, 0.11, 0.12, 0.22 };
    static const int right[] = { 0, 1, 1, 1, 1 };
    code = c.failed ? EXIT_SYSTEM : add_table(r, theme_title(r, s), 5, shares, right, header,
                                              c.cells, c.n / 5);
    cells_free(&c);
    table_free(&d);
    return code;
}

int report_themes(report *r)
{
    int code = report_section(r, SECTION_THEMES);
    if (!code)
        code = para(r, r->w->theme_intro);
    if (!code && any_reverse(r))
        code = para(r, r->english
                    ? "A question marked (reverse-worded) is a statement worded the other way: "
                      "its figures are still the share who agree (the upper levels), and "
                      "agreeing with it is the unfavourable answer."
                    : "Câu hỏi có dấu (ngược chiều) là nhận định nói ngược: số liệu vẫn là tỉ "
                      "lệ đồng ý (chọn mức cao), và đồng ý với nhận định đó là đánh giá không "
                      "tích cực.");
    for (size_t s = 0; !code && s < yk_tally_n_scales(r->t); s++) {
        code = yk_doc_heading(r->doc, 2, theme_title(r, s)) == YK_OK ? 0 : EXIT_SYSTEM;
        if (!code)
            code = theme_charts(r, s);
        if (!code)
            code = theme_table(r, s);
    }
    return code;
}

/* Whether row i of compare --vs-rest's table is of a unit hidden for its
 * question: such a unit is never named or compared in a sentence. */
static int told_hidden(const report *r, const table *c, size_t i)
{
    const yk_question *g = yk_tally_group(r->t);
    const yk_question *q = yk_form_find(yk_tally_form(r->t), cell(c, i, "question"));
    const char *unit = cell(c, i, "pair");
    size_t u = 0;
    while (g && u < g->list->n && strcmp(g->list->choices[u].name, unit) != 0)
        u++;
    return unit_hidden(r, q, u);
}

/* Up to three units furthest above (direction +1) or below (-1) the
 * others, each at the question where it differs most, significant after
 * adjustment, from compare --vs-rest's rows, told as one sentence. */
static int units_told(report *r, const table *c, int direction)
{
    size_t told[3], n = 0;
    for (; n < 3; n++) {
        size_t best = SIZE_MAX;
        for (size_t i = 0; i < c->nrows; i++) {
            double e = number(c, i, "effect");
            int seen = 0;       /* each unit once, at its largest difference */
            for (size_t k = 0; k < n; k++)
                seen |= strcmp(cell(c, told[k], "pair"), cell(c, i, "pair")) == 0;
            if (seen || strcmp(cell(c, i, "test"), "vs_rest") != 0 ||
                !(number(c, i, "p_adjusted") < 0.05) || direction * e <= 0 ||
                told_hidden(r, c, i))
                continue;
            if (best == SIZE_MAX || direction * e > direction * number(c, best, "effect"))
                best = i;
        }
        if (best == SIZE_MAX)
            break;
        told[n] = best;
    }
    if (!n)
        return 0;
    char text[8192];
    size_t len = (size_t)yk_text_snprintf(text, sizeof text, "%s", direction > 0
        ? (r->english ? "Significantly more favourable than the other units: "
                      : "Đánh giá tích cực hơn rõ rệt so với các đơn vị còn lại: ")
        : (r->english ? "Significantly less favourable than the other units: "
                      : "Đánh giá kém tích cực hơn rõ rệt so với các đơn vị còn lại: "));
    const yk_question *g = yk_tally_group(r->t);
    for (size_t i = 0; i < n && len < sizeof text; i++) {
        const char *unit = cell(c, told[i], "pair"), *q = cell(c, told[i], "question");
        const yk_question *qq = yk_form_find(yk_tally_form(r->t), q);
        size_t u = 0;
        while (u < g->list->n && strcmp(g->list->choices[u].name, unit) != 0)
            u++;
        char d[32], label[1024], chose[1024] = "";
        figure_levels l;
        if (qq && figure_levels_of(qq, NULL, &l, NULL, NULL) == 1)
            answers_words(r, qq, &l, l.favourable, chose, sizeof chose);
        report_number(r, fabs(number(c, told[i], "effect")), 1, "", d, sizeof d);
        /* Each entry says which answers its share counts, so that it reads
         * true alone, reverse-worded or not. */
        len += (size_t)yk_text_snprintf(text + len, sizeof text - len,
                                r->english ? "%s (%s: the share choosing %s is %s points %s)%s"
                                           : "%s (%s: tỉ lệ chọn %s %s %s điểm)%s",
                                u < g->list->n ? label_of(r, g->list->choices[u].labels, unit)
                                               : unit,
                                qq ? quoted(r, qq, label, sizeof label) : q, chose,
                                r->english ? d : direction > 0 ? "cao hơn" : "thấp hơn",
                                r->english ? (direction > 0 ? "higher" : "lower") : d,
                                i + 1 < n ? "; " : ".");
    }
    return para(r, text);
}

/* compare --vs-rest's table of the last round, by the tally's group. */
static int vs_rest_table(report *r, table *c)
{
    figure_opts o = *r->o;
    const figure_opts *keep = r->o;
    o.vs_rest = 1;
    r->o = &o;
    int code = make_table(r, &figure_compare, yk_tally_group(r->t)->name, NULL, c);
    r->o = keep;
    return code;
}

int report_units(report *r)
{
    table c;
    const yk_question *g = yk_tally_group(r->t);
    if (!g)
        return 0;
    int code = report_section(r, SECTION_UNITS);
    if (!code)
        code = vs_rest_table(r, &c);
    if (code)
        return code;
    cells out = { 0 };
    size_t tested = 0, significant = 0, best = SIZE_MAX;
    for (size_t i = 0; i < c.nrows; i++) {
        if (strcmp(cell(&c, i, "test"), "kruskal") != 0 || *cell(&c, i, "pair"))
            continue;
        const yk_question *q = yk_form_find(yk_tally_form(r->t), cell(&c, i, "question"));
        double padj = number(&c, i, "p_adjusted"), eff = number(&c, i, "effect");
        tested++;
        significant += padj < 0.05;
        if (best == SIZE_MAX || eff > number(&c, best, "effect"))
            best = i;
        char label[1024];
        put(&out, q ? statement(r, q, label, sizeof label) : cell(&c, i, "question"));
        put_number(&out, r, number(&c, i, "statistic"), 1, "");
        char p[32];
        report_p(r, padj, p, sizeof p);
        put(&out, p);
        put_number(&out, r, eff, 3, "");
    }
    char text[1024], a[16], b[16];
    report_number(r, (double)significant, 0, "", a, sizeof a);
    report_number(r, (double)tested, 0, "", b, sizeof b);
    yk_text_snprintf(text, sizeof text, r->english
             ? "The units answer differently (Kruskal-Wallis test, p adjusted by Holm's method "
               "under 0.05) in %s of the %s ordinal questions."
             : "Các đơn vị trả lời khác nhau có ý nghĩa thống kê (kiểm định Kruskal-Wallis, p đã "
               "hiệu chỉnh theo Holm dưới 0,05) ở %s trong %s câu hỏi thang thứ bậc.", a, b);
    code = para(r, text);
    if (!code)
        code = units_told(r, &c, +1);
    if (!code)
        code = units_told(r, &c, -1);
    const char *header[] = { r->w->question, "H", r->w->p_adjusted, r->w->effect };
    static const double shares[] = { 0.55, 0.13, 0.17, 0.15 };
    static const int right[] = { 0, 1, 1, 1 };
    if (!code)
        code = out.failed ? EXIT_SYSTEM
                          : add_table(r, r->english ? "Units compared, question by question"
                                                    : "So sánh giữa các đơn vị theo từng câu hỏi",
                                      4, shares, right, header, out.cells, out.n / 4);
    if (!code && best != SIZE_MAX) {
        const char *name = cell(&c, best, "question");
        const yk_question *qq = yk_form_find(yk_tally_form(r->t), name);
        char label[1024];
        code = add_chart(r, chart_likert, g->name, name, 80,
                         qq ? statement(r, qq, label, sizeof label) : name);
    }
    cells_free(&out);
    table_free(&c);
    return code;
}

int report_summary(report *r)
{
    int code = report_section(r, SECTION_SUMMARY);
    double total = (double)yk_tally_responses(r->t, r->round, SIZE_MAX), members = members_of_units(r);
    char text[2048], n[32], rate[32];
    report_number(r, total, 0, "", n, sizeof n);
    report_number(r, members > 0 ? 100 * total / members : NAN, 1, "%", rate, sizeof rate);
    if (members > 0)
        yk_text_snprintf(text, sizeof text, r->english
                 ? "In round %s, %s members answered the survey (%s of the membership)."
                 : "Đợt %s có %s đoàn viên tham gia khảo sát (%s tổng số đoàn viên).",
                 chart_shown(yk_tally_round(r->t, r->round)), n, rate);
    else
        yk_text_snprintf(text, sizeof text, r->english
                 ? "In round %s, %s members answered the survey."
                 : "Đợt %s có %s đoàn viên tham gia khảo sát.",
                 chart_shown(yk_tally_round(r->t, r->round)), n);
    if (!code)
        code = para(r, text);
    /* The strongest and weakest themes, by the mean of their items' top-2 shares. */
    size_t best = SIZE_MAX, worst = SIZE_MAX;
    double best_v = -1, worst_v = 101;
    for (size_t s = 0; !code && s < yk_tally_n_scales(r->t); s++) {
        double v = mean_favourable(r, s);
        if (!isnan(v) && v > best_v)
            best = s, best_v = v;
        if (!isnan(v) && v < worst_v)
            worst = s, worst_v = v;
    }
    if (!code && best != SIZE_MAX && worst != best) {
        char b[32], w[32];
        report_number(r, best_v, 1, "%", b, sizeof b);
        report_number(r, worst_v, 1, "%", w, sizeof w);
        yk_text_snprintf(text, sizeof text, r->english
                 ? "The theme rated most favourably is “%s” (on average %s of those with an "
                   "opinion chose one of the two most favourable answers to its questions, the "
                   "lowest ones for a reverse-worded question); the least is “%s” (%s)."
                 : "Nội dung được đánh giá tích cực nhất là “%s” (bình quân %s người có ý kiến "
                   "chọn hai mức tích cực nhất của các câu hỏi, với câu hỏi ngược chiều là hai "
                   "mức thấp nhất); thấp nhất là “%s” (%s).",
                 theme_title(r, best), b, theme_title(r, worst), w);
        code = para(r, text);
    }
    /* The units furthest above and below the others. */
    table vr;
    if (!code && yk_tally_group(r->t) && (code = vs_rest_table(r, &vr)) == 0) {
        code = units_told(r, &vr, +1);
        if (!code)
            code = units_told(r, &vr, -1);
        table_free(&vr);
    }
    /* Reliability of the scales. */
    table a;
    if (!code && yk_tally_n_scales(r->t) && (code = make_table(r, &figure_scale, NULL, NULL, &a)) == 0) {
        double lo = INFINITY, hi = -INFINITY;   /* alpha has no lower bound */
        size_t ilo = 0, ihi = 0, nscales = 0;
        for (size_t i = 0; i < a.nrows; i++) {
            double v = number(&a, i, "alpha");
            if (*cell(&a, i, "item") || isnan(v))
                continue;
            nscales++;
            if (v < lo)
                lo = v, ilo = i;
            if (v > hi)
                hi = v, ihi = i;
        }
        if (nscales == 1) {
            char l[32];
            report_number(r, lo, 2, "", l, sizeof l);
            yk_text_snprintf(text, sizeof text, r->english
                     ? "The scale's reliability (Cronbach's alpha) is %s (%s)."
                     : "Độ tin cậy của thang đo (hệ số Cronbach's alpha) là %s (%s).", l,
                     scale_title(r, cell(&a, ilo, "scale")));
            code = para(r, text);
        } else if (nscales > 1) {
            char l[32], h[32];
            report_number(r, lo, 2, "", l, sizeof l);
            report_number(r, hi, 2, "", h, sizeof h);
            yk_text_snprintf(text, sizeof text, r->english
                     ? "The scales are reliable to the degree Cronbach's alpha shows: from %s (%s) "
                       "to %s (%s)."
                     : "Độ tin cậy của các thang đo (hệ số Cronbach's alpha) từ %s (%s) đến %s (%s).",
                     l, scale_title(r, cell(&a, ilo, "scale")), h,
                     scale_title(r, cell(&a, ihi, "scale")));
            code = para(r, text);
        }
        table_free(&a);
    }
    return code;
}

/* Whether the template prints section k. */
static int has_section(const report *r, section_kind k)
{
    for (size_t i = 0; i < r->tpl->nsections; i++)
        if (r->tpl->sections[i] == k)
            return 1;
    return 0;
}

/* " (“Khó trả lời”, “Không biết” ...)": the not-an-opinion answers of the
 * form's ordinal questions, quoted, into buf; "" when it has none. */
static void not_opinion_words(const report *r, char *buf, size_t size)
{
    const yk_form *f = yk_tally_form(r->t);
    const char *seen[4];
    size_t n = 0, len = 0;
    buf[0] = '\0';
    for (size_t q = 0; q < yk_form_n_questions(f); q++) {
        const yk_question *qq = yk_form_question(f, q);
        figure_levels l;
        if (figure_levels_of(qq, NULL, &l, NULL, NULL) != 1)
            continue;
        for (size_t i = 0; i < qq->list->n && n < 4; i++) {
            const yk_choice *ch = &qq->list->choices[i];
            const char *label = label_of(r, ch->labels, ch->name);
            int again = 0;
            for (size_t k = 0; k < n; k++)
                again |= strcmp(seen[k], label) == 0;
            if (!ch->not_opinion || again)
                continue;
            seen[n++] = label;
            len += (size_t)yk_text_snprintf(buf + len, len < size ? size - len : 0, "%s“%s”",
                                    n > 1 ? ", " : "", label);
        }
    }
}

int report_methods(report *r)
{
    int code = report_section(r, SECTION_METHODS);
    char text[4096], mb[32], none[512], base[768] = "", units[256] = "", rounds[256] = "";
    char hide[768];
    report_number(r, (double)r->tpl->min_base, 0, "", mb, sizeof mb);
    if (r->tpl->min_base > 0)
        snprintf(hide, sizeof hide, r->english
                 ? "A figure resting on fewer than %s answers is not shown, and when it is the "
                   "only one of its table hidden, the next smallest is hidden too, so that no "
                   "one can be singled out, not even by subtracting the shown figures from the "
                   "province's."
                 : "Số liệu dựa trên dưới %s câu trả lời không được trình bày; khi chỉ một nhóm "
                   "bị ẩn, nhóm nhỏ tiếp theo cũng được ẩn, để không ai bị nhận ra, kể cả bằng "
                   "cách lấy số liệu toàn tỉnh trừ đi các nhóm được trình bày.", mb);
    else
        snprintf(hide, sizeof hide, "%s", r->english
                 ? "Suppression is off (no_suppression): figures of groups of any size are "
                   "shown, even of a single respondent."
                 : "Không ẩn số liệu (no_suppression): số liệu của mọi nhóm đều được trình bày, "
                   "kể cả nhóm chỉ có một người trả lời.");
    /* Only what applies to this project: its own not-an-opinion answers,
     * the tests of the sections the template prints. */
    not_opinion_words(r, none, sizeof none);
    if (*none)
        yk_text_snprintf(base, sizeof base, r->english
                 ? " (%s counted but left out of the base)"
                 : " (%s được đếm nhưng không tính vào mẫu số)", none);
    if (yk_tally_group(r->t) && has_section(r, SECTION_UNITS))
        yk_text_snprintf(units, sizeof units, "%s", r->english
                 ? "; units are compared with the Kruskal-Wallis test and each unit with the "
                   "others with a two-proportion test, p adjusted by Holm's method"
                 : "; so sánh giữa các đơn vị bằng kiểm định Kruskal-Wallis, từng đơn vị với "
                   "các đơn vị còn lại bằng kiểm định hai tỉ lệ, p hiệu chỉnh theo Holm");
    if (yk_tally_n_rounds(r->t) > 1 && has_section(r, SECTION_ROUNDS))
        yk_text_snprintf(rounds, sizeof rounds, "%s", r->english
                 ? "; rounds are compared with a two-proportion test, p adjusted by Holm's method"
                 : "; so sánh giữa các đợt bằng kiểm định hai tỉ lệ, p hiệu chỉnh theo Holm");
    yk_text_snprintf(text, sizeof text, r->english
             ? "Figures are computed from the responses as sent by the units, each checked "
               "against the survey's form; rows with problems are reported with their file and "
               "line. Shares of an ordinal question are of those who gave an opinion%s; "
               "intervals are 95%% Wilson score intervals%s%s. Figures are not weighted. %s"
             : "Số liệu được tính từ phiếu các đơn vị gửi về, mỗi phiếu được đối chiếu với mẫu "
               "phiếu; dòng có lỗi được báo cáo kèm tên tệp và số dòng. Tỉ lệ của câu hỏi thang "
               "thứ bậc tính trên số người có ý kiến%s; khoảng tin cậy 95%% theo phương pháp "
               "Wilson%s%s. Số liệu không gia quyền. %s", base, units, rounds, hide);
    if (!code)
        code = para(r, text);
    cells c = { 0 };
    for (size_t i = 0; i < yk_tally_n_rounds(r->t); i++) {
        put(&c, chart_shown(yk_tally_round(r->t, i)));
        put_number(&c, r, (double)yk_tally_responses(r->t, i, SIZE_MAX), 0, "");
    }
    const char *header[] = { r->english ? "Round" : "Đợt", r->w->responses };
    static const int right[] = { 0, 1 };
    if (!code)
        code = c.failed ? EXIT_SYSTEM
                        : add_table(r, r->english ? "Responses by round" : "Số phiếu theo đợt", 2,
                                    NULL, right, header, c.cells, c.n / 2);
    cells_free(&c);
    return code;
}

/* One page per unit: each ordinal question's top-2 share in the unit and
 * in the whole survey, from describe by unit and overall. */
int report_per_unit(report *r)
{
    const yk_question *g = yk_tally_group(r->t);
    table all, by;
    if (!g)
        return 0;
    int code = make_table(r, &figure_describe, NULL, NULL, &all);
    if (!code && (code = make_table(r, &figure_describe, g->name, NULL, &by)) != 0)
        table_free(&all);
    if (code)
        return code;
    const char *header[] = { r->w->question, r->w->base, r->w->share, r->w->ci,
                             r->w->province };
    static const double shares[] = { 0.42, 0.11, 0.12, 0.21, 0.14 };
    static const int right[] = { 0, 1, 1, 1, 1 };
    for (size_t u = 0; !code && u < g->list->n; u++) {
        const yk_choice *unit = &g->list->choices[u];
        cells c = { 0 };
        for (size_t i = 0; i < by.nrows; i++) {
            if (strcmp(cell(&by, i, "group"), unit->name) != 0 || isnan(number(&by, i, "top2")))
                continue;
            const char *q = cell(&by, i, "question");
            const yk_question *qq = yk_form_find(yk_tally_form(r->t), q);
            if (unit_hidden(r, qq, u))
                continue;       /* under k, or would give one back from the province's */
            char label[1024];
            put(&c, qq ? statement(r, qq, label, sizeof label) : q);
            put_number(&c, r, number(&by, i, "n"), 0, "");
            put_number(&c, r, number(&by, i, "top2"), 1, "%");
            put_interval(&c, r, number(&by, i, "top2_low"), number(&by, i, "top2_high"));
            for (size_t j = 0; j < all.nrows; j++)
                if (strcmp(cell(&all, j, "question"), q) == 0)
                    put_number(&c, r, number(&all, j, "top2"), 1, "%");
        }
        if (!c.n) {             /* the unit sent nothing, or too little */
            cells_free(&c);
            continue;
        }
        if (yk_doc_page_break(r->doc) != YK_OK ||
            yk_doc_heading(r->doc, 2, label_of(r, unit->labels, unit->name)) != YK_OK)
            code = EXIT_SYSTEM;
        if (!code)
            code = c.failed || c.n % 5 ? EXIT_SYSTEM
                   : add_table(r, label_of(r, unit->labels, unit->name), 5, shares, right,
                               header, c.cells, c.n / 5);
        cells_free(&c);
    }
    table_free(&all);
    table_free(&by);
    return code;
}

/* ---- rounds ------------------------------------------------------------ */

static double change_points(const rounds_change *c)
{
    return 100 * (c->k2 / c->n2 - c->k1 / c->n1);
}

static int significant(const rounds_change *c)
{
    const rounds_test *t = &c->tests[ROUNDS_TEST_SHARES];
    return c->shown && t->done && t->adj < ROUNDS_SIGNIFICANT;
}

/* The largest significant change of a unit from the round before the last,
 * in one direction (+1 up, -1 down), skipping those already told; NULL. */
static const rounds_change *largest(const rounds_figures *x, size_t last, int direction,
                                    const rounds_change **told, size_t ntold)
{
    const rounds_change *best = NULL;
    for (size_t i = 0; i < x->nrows; i++) {
        const rounds_change *c = &x->rows[i];
        int seen = 0;
        for (size_t k = 0; k < ntold; k++)
            seen |= told[k] == c;
        /* a change of a unit not shown in either round is never told */
        if (seen || c->unit == SIZE_MAX || c->to != last || c->from + 1 != last ||
            !c->shown || !significant(c) || direction * change_points(c) <= 0)
            continue;
        if (!best || direction * change_points(c) > direction * change_points(best))
            best = c;
    }
    return best;
}

/* Question q (of the newest form) as the rounds section names it: the
 * statement, and for a reverse-worded one the answers its favourable
 * share counts, so that a percentage beside it reads true; into buf. */
static const char *question_label(report *r, const rounds_figures *x, size_t q, int quote,
                                  char *buf, size_t size)
{
    const yk_question *qq = yk_form_question(series_form(x->s), q);
    figure_levels l;
    char chose[1024];
    const char *label = label_of(r, qq->labels, qq->name);
    if (figure_levels_of(qq, NULL, &l, NULL, NULL) != 1 || !l.reverse) {
        yk_text_snprintf(buf, size, quote ? "“%s”" : "%s", label);
        return buf;
    }
    answers_words(r, qq, &l, l.favourable, chose, sizeof chose);
    yk_text_snprintf(buf, size, r->english ? (quote ? "“%s” (reverse-worded; the share choosing %s)"
                                            : "%s (reverse-worded; the share choosing %s)")
                                   : (quote ? "“%s” (ngược chiều; tỉ lệ chọn %s)"
                                            : "%s (ngược chiều; tỉ lệ chọn %s)"), label, chose);
    return buf;
}

/* "Giồng Riềng, “…”: 76,2% → 51,3% (−24,9 điểm)" for up to three changes. */
static int told_changes(report *r, const rounds_figures *x, size_t last, int direction)
{
    const rounds_change *told[3];
    size_t n = 0;
    const yk_question *g = yk_tally_group(r->t);
    while (n < 3 && (told[n] = largest(x, last, direction, told, n)))
        n++;
    if (!n)
        return 0;
    char text[4096];
    size_t len = (size_t)yk_text_snprintf(text, sizeof text, "%s ", direction > 0
        ? (r->english ? "The favourable share rose most:" : "Tỉ lệ đánh giá tích cực tăng rõ nhất:")
        : (r->english ? "The favourable share fell most:" : "Tỉ lệ đánh giá tích cực giảm rõ nhất:"));
    for (size_t i = 0; i < n && len < sizeof text; i++) {
        const rounds_change *c = told[i];
        char a[32], b[32], d[32], label[2048];
        report_number(r, 100 * c->k1 / c->n1, 1, "%", a, sizeof a);
        report_number(r, 100 * c->k2 / c->n2, 1, "%", b, sizeof b);
        report_number(r, change_points(c), 1, "", d, sizeof d);
        const yk_choice *u = &g->list->choices[c->unit];
        len += (size_t)yk_text_snprintf(text + len, sizeof text - len, "%s %s (%s), %s → %s (%s%s %s)%s",
                                i ? "" : "", question_label(r, x, c->q, 1, label, sizeof label),
                                label_of(r, u->labels, u->name), a, b, direction > 0 ? "+" : "",
                                d, r->english ? "points" : "điểm",
                                i + 1 < n ? "; " : ".");
    }
    return para(r, text);
}

/* The province's changes from the round before the last, as a table. */
static int province_changes(report *r, rounds_figures *x, size_t last)
{
    cells c = { 0 };
    for (size_t i = 0; i < x->nrows; i++) {
        const rounds_change *ch = &x->rows[i];
        if (ch->unit != SIZE_MAX || ch->to != last || ch->from + 1 != last || !ch->shown)
            continue;
        double lo = NAN, hi = NAN;
        yk_stats_newcombe(ch->k2, ch->n2, ch->k1, ch->n1, YK_Z95, &lo, &hi);
        char p[32], d[32], signed_d[40], label[2048];
        report_p(r, ch->tests[ROUNDS_TEST_SHARES].adj, p, sizeof p);
        report_number(r, change_points(ch), 1, "", d, sizeof d);
        yk_text_snprintf(signed_d, sizeof signed_d, "%s%s", change_points(ch) > 0 && strcmp(d, "0,0") &&
                 strcmp(d, "0.0") ? "+" : "", d);
        put(&c, question_label(r, x, ch->q, 0, label, sizeof label));
        put_number(&c, r, 100 * ch->k1 / ch->n1, 1, "%");
        put_number(&c, r, 100 * ch->k2 / ch->n2, 1, "%");
        put(&c, signed_d);
        put_interval(&c, r, 100 * lo, 100 * hi);
        put(&c, ch->tests[ROUNDS_TEST_SHARES].done ? p : "–");
    }
    char title[256], head_from[64], head_to[64];
    yk_text_snprintf(title, sizeof title, r->english ? "Favourable shares, %s and %s"
                                             : "Tỉ lệ tích cực, đợt %s và đợt %s",
             chart_shown(series_round_name(x->s, last - 1)), chart_shown(series_round_name(x->s, last)));
    yk_text_snprintf(head_from, sizeof head_from, "%s", chart_shown(series_round_name(x->s, last - 1)));
    yk_text_snprintf(head_to, sizeof head_to, "%s", chart_shown(series_round_name(x->s, last)));
    const char *header[] = { r->w->question, head_from, head_to,
                             r->english ? "Change (points)" : "Thay đổi (điểm)", r->w->ci,
                             r->w->p_adjusted };
    static const double shares[] = { 0.36, 0.10, 0.10, 0.12, 0.20, 0.12 };
    static const int right[] = { 0, 1, 1, 1, 1, 1 };
    int code = c.failed ? EXIT_SYSTEM : add_table(r, title, 6, shares, right, header, c.cells,
                                                  c.n / 6);
    cells_free(&c);
    return code;
}

int report_rounds(report *r)
{
    series *s;
    if (yk_tally_n_rounds(r->t) < 2)
        return 0;               /* nothing to compare: no section */
    int code = series_of_tally(r->t, &s);
    if (code)
        return code;
    figure_opts o = *r->o;
    o.questions = NULL;
    o.min_base = r->tpl->min_base;
    o.s.c.quiet = 1;            /* the reading already said what was missing */
    rounds_figures x = { .o = &o, .s = s, .verb = "report" };
    size_t last = series_n_rounds(s) - 1;
    code = report_section(r, SECTION_ROUNDS);
    if (!code)
        code = rounds_figures_compute(&x);
    size_t up = 0, down = 0;
    for (size_t i = 0; !code && i < x.nrows; i++)
        if (x.rows[i].unit == SIZE_MAX && x.rows[i].to == last && x.rows[i].from + 1 == last &&
            significant(&x.rows[i]))
            change_points(&x.rows[i]) > 0 ? up++ : down++;
    char text[1024], a[16], b[16];
    report_number(r, (double)up, 0, "", a, sizeof a);
    report_number(r, (double)down, 0, "", b, sizeof b);
    yk_text_snprintf(text, sizeof text, r->english
             ? "From round %s to round %s, the favourable share (those who chose one of the "
               "two highest answers, the highest of three; the lowest ones for a "
               "reverse-worded question) rose significantly for %s questions and fell for %s "
               "(two-proportion test, p adjusted by Holm's method over the whole table under "
               "0.05)."
             : "Từ đợt %s đến đợt %s, tỉ lệ đánh giá tích cực (chọn hai mức cao nhất, thang 3 "
               "mức là mức cao nhất; câu hỏi ngược chiều là các mức thấp nhất) tăng có ý nghĩa "
               "thống kê ở %s câu hỏi và giảm ở %s câu hỏi (kiểm định hai tỉ lệ, p hiệu chỉnh "
               "Holm trên toàn bảng dưới 0,05).", chart_shown(series_round_name(s, last - 1)),
             chart_shown(series_round_name(s, last)), a, b);
    if (!code)
        code = para(r, text);
    if (!code)
        code = province_changes(r, &x, last);
    if (!code)
        code = told_changes(r, &x, last, +1);
    if (!code)
        code = told_changes(r, &x, last, -1);
    const rounds_change *decline = code ? NULL : largest(&x, last, -1, NULL, 0);
    char label[2048];
    if (decline)
        code = rounds_chart(r, s, yk_form_question(series_form(s), decline->q)->name,
                            chart_statement(series_form(s), yk_form_question(series_form(s),
                                                                             decline->q),
                                            r->english, label, sizeof label));
    rounds_figures_free(&x);
    series_free(s);
    return code;
}
