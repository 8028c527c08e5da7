/* ykien report — from a project to a printed A4 report, in one pass. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "yk_text.h"
#include "chart.h"
#include "doc_header.h"
#include "comments.h"
#include "feedback.h"
#include "report.h"
#include "yk_buf.h"
#include "yk_stats.h"

#define MM 2.834645669

/* The report's words, read from the message table once per language. */
static report_words words[LANG_COUNT];
static pthread_once_t words_once = PTHREAD_ONCE_INIT;

static void words_fill(void)
{
    for (int i = 0; i < LANG_COUNT; i++) {
        msg_lang l = (msg_lang)i;
        report_words *w = &words[l];
        for (int k = 0; k < NSECTION_KINDS; k++)   /* the rows follow section_kind */
            w->section_titles[k] = msg((msg_id)(MSG_REPORT_SECTION_SUMMARY + k), l);
        w->table = msg(MSG_REPORT_TABLE, l);
        w->figure = msg(MSG_REPORT_FIGURE, l);
        w->unit = msg(MSG_REPORT_UNIT, l);
        w->members = msg(MSG_REPORT_MEMBERS, l);
        w->responses = msg(MSG_REPORT_RESPONSES, l);
        w->rate = msg(MSG_REPORT_RATE, l);
        w->question = msg(MSG_REPORT_QUESTION, l);
        w->share = msg(MSG_REPORT_SHARE, l);
        w->ci = msg(MSG_REPORT_CI, l);
        w->base = msg(MSG_REPORT_BASE, l);
        w->province = msg(MSG_REPORT_PROVINCE, l);
        w->p_adjusted = msg(MSG_REPORT_P_ADJUSTED, l);
        w->effect = msg(MSG_REPORT_EFFECT, l);
        w->theme_intro = msg(MSG_REPORT_THEME_INTRO, l);
    }
}

const report_words *report_words_for(const report_template *t)
{
    pthread_once(&words_once, words_fill);
    return &words[lang_of(t->english)];
}

/* "ngày 05 tháng 9 năm 2014": a leading zero for days under 10 and for
 * months 1 and 2 only (domain notes, "Documents for conferences"). */
void report_date_words(const report_template *t, char *buf, size_t size)
{
    static const char *const months_en[] = { "January", "February", "March", "April", "May",
                                             "June", "July", "August", "September", "October",
                                             "November", "December" };
    int y = 1970, m = 1, d = 1;
    char day[8], month[16];
    if (t->date)
        sscanf(t->date, "%d-%d-%d", &y, &m, &d);
    if (t->english) {
        yk_text_snprintf(day, sizeof day, "%d", d);
        yk_text_snprintf(month, sizeof month, "%s", months_en[(m - 1) % 12]);
    } else {
        yk_text_snprintf(day, sizeof day, "%02d", d);
        yk_text_snprintf(month, sizeof month, m <= 2 ? "%02d" : "%d", m);
    }
    if (t->english)
        yk_text_snprintf(buf, size, "%s %s %d", day, month, y);
    else
        yk_text_snprintf(buf, size, "ngày %s tháng %s năm %d", day, month, y);
}

/* s with {round}, {previous}, {survey} (the form's title) and {project}
 * (the project's title, else the form's, else words that fit any) filled in; NULL when out of
 * memory. */
/* The form's title: the survey's, or the feedback form's; NULL for a poll. */
static const char *form_title_of(const report *r)
{
    return r->t ? yk_form_title(yk_tally_form(r->t))
           : r->feedback ? yk_form_title(yk_feedback_form(feedback_tally(r->feedback)))
           : NULL;
}

static char *fill_in(const char *s, const report *r)
{
    const char *form_title = form_title_of(r);
    const char *project = r->tpl->project_title ? r->tpl->project_title
                          : form_title ? form_title
                          : msg(MSG_REPORT_SURVEY_RESULTS, lang_of(r->english));
    const char *names[] = { "{round}", "{previous}", "{survey}", "{project}" };
    const char *values[] = { r->t ? chart_shown(yk_tally_round(r->t, r->round)) : "",
                             r->t && r->round ? chart_shown(yk_tally_round(r->t, r->round - 1))
                                              : "",
                             form_title ? form_title : "", project ? project : "" };
    enum { NNAMES = sizeof names / sizeof names[0] };
    /* Grown as it is filled: a round name another office sent may be any length. */
    yk_buf out = { 0 };
    yk_status st = YK_OK;
    while (st == YK_OK && *s) {
        size_t k = 0;
        while (k < NNAMES && strncmp(s, names[k], strlen(names[k])) != 0)
            k++;
        if (k < NNAMES) {
            st = yk_buf_append(&out, values[k], strlen(values[k]));
            s += strlen(names[k]);
        } else {
            st = yk_buf_append(&out, s++, 1);
        }
    }
    if (st == YK_OK)
        st = yk_buf_append(&out, "", 1);
    if (st != YK_OK)
        yk_buf_free(&out);
    return out.data;
}

/* The document's header (issuing body, union, date) and its title. */
static int header(report *r)
{
    const report_template *t = r->tpl;
    yk_status st = doc_header_columns(t, r->doc);
    char *title = fill_in(t->title ? t->title : "", r);
    char *sub = fill_in(t->subtitle ? t->subtitle : "", r);
    if (st == YK_OK)
        st = yk_doc_space(r->doc, 18);
    if (st == YK_OK && title)
        st = yk_doc_paragraph(r->doc, title, YK_PARA_CENTRE | YK_PARA_BOLD);
    if (st == YK_OK && sub && *sub)
        st = yk_doc_paragraph(r->doc, sub, YK_PARA_CENTRE | YK_PARA_BOLD);
    if (st == YK_OK)
        st = yk_doc_space(r->doc, 12);
    free(title);
    free(sub);
    return st == YK_OK && title && sub ? 0 : EXIT_SYSTEM;
}

/* A survey's sections, in the template's order. */
static int sections(report *r)
{
    int code = header(r);
    for (size_t i = 0; !code && i < r->tpl->nsections; i++)
        switch (r->tpl->sections[i]) {
        case SECTION_SUMMARY: code = report_summary(r); break;
        case SECTION_RESPONSE: code = report_response(r); break;
        case SECTION_THEMES: code = report_themes(r); break;
        case SECTION_PROFILE: code = report_profile(r); break;
        case SECTION_UNITS: code = report_units(r); break;
        case SECTION_ROUNDS: code = report_rounds(r); break;
        case SECTION_METHODS: code = report_methods(r); break;
        case SECTION_COMMENTS: code = report_comments(r); break;
        case SECTION_CLASSIFICATION: code = report_classification(r); break;
        case SECTION_POLL: case NSECTION_KINDS: break;     /* a survey has no ballots */
        case SECTION_COUNTING: break;
        case SECTION_COLLECTIVE: case SECTION_MEMBERS: break;  /* refused: no feedback */
        }
    return code ? code : report_end(r);
}

/* A self-review's sections: the opening paragraph, then the collective's
 * and the members' in the template's order. */
static int feedback_sections(report *r)
{
    int code = header(r);
    if (!code)
        code = report_feedback_opening(r);
    for (size_t i = 0; !code && i < r->tpl->nsections; i++)
        code = r->tpl->sections[i] == SECTION_COLLECTIVE ? report_feedback_collective(r)
                                                          : report_feedback_members(r);
    return code ? code : report_end(r);
}

/* A poll's sections: the poll and its methods; the survey's have no data. */
static int poll_sections(report *r, int argc, char **argv, int *data)
{
    int code = header(r);
    for (size_t i = 0; !code && i < r->tpl->nsections; i++)
        if (r->tpl->sections[i] == SECTION_POLL)
            code = report_poll(r, argc, argv, data);
        else if (r->tpl->sections[i] == SECTION_METHODS)
            code = report_poll_methods(r);
        else if (r->tpl->sections[i] == SECTION_COUNTING)
            code = report_counting(r, argc, argv, data);
    /* A counting record ends with its committee's signatures. */
    return code || report_template_has(r->tpl, SECTION_COUNTING) ? code : report_end(r);
}

static int write_report(report *r, const char *path, int force, char **inputs, int n,
                        int *pages)
{
    int status;
    cli_out *out = cli_out_open(path, force, inputs, n, &status);
    if (!out)
        return status;
    yk_status st = r->o->format == CLI_DOCX
                       ? yk_doc_render_docx(r->doc, cli_out_sink(out))
                       : yk_doc_render(r->doc, cli_out_sink(out), pages);
    if (st != YK_OK)
        return cli_out_fail(out, "report", st);
    return cli_out_commit(out);
}

/* -o NAME.xlsx: the report's tables, a sheet each, after a contents sheet
 * titled as the report (*title, freed by the caller after the book). */
static int open_book(report *r, figure_book *b, const figure_opts *o, char **title,
                     char **inputs, int n)
{
    const report_template *t = r->tpl;
    int status = figure_book_open(b, "report", &o->out, r->english, inputs, n);
    if (status)
        return status;
    *title = fill_in(t->title ? t->title : "", r);
    yk_status st = *title ? yk_xlsx_book_contents(b->book, r->english ? "Contents" : "Mục lục",
                                                  *title, r->english ? "Sheet" : "Trang tính",
                                                  r->english ? "Table" : "Bảng")
                          : YK_ERR_NOMEM;
    if (st != YK_OK) {
        figure_book_abandon(b);
        cli_error("report: %s", yk_strerror(st));
        return EXIT_SYSTEM;
    }
    r->book = b;
    return 0;
}

typedef struct {
    const char *template_name;
    int english;                /* --lang: 1 en, -1 vi, 0 the template's */
    int per_unit;               /* --per-unit */
} report_opts;

static int report_option(const char *verb, int opt, const char *arg, void *ctx)
{
    report_opts *ro = ctx;
    switch (opt) {
    case OPT_TEMPLATE: ro->template_name = arg; return 1;
    case OPT_PER_UNIT: ro->per_unit = 1; return 1;
    case OPT_LANG:
        if (strcmp(arg, "vi") != 0 && strcmp(arg, "en") != 0)
            return cli_usage(verb, "--lang is vi or en, not '%s'", arg), -1;
        ro->english = strcmp(arg, "en") == 0 ? 1 : -1;
        return 1;
    default:
        return 0;
    }
}

/* Whether the template can report the input (a poll project, a feedback
 * project, else a survey's): 0, or EXIT_USAGE after saying why not. */
static int template_fits(const report_template *tpl, int poll, int feedback, const char *input)
{
    const char *what = input ? input : "the input";
    if (!poll && report_template_has(tpl, SECTION_COUNTING)) {
        cli_error("error: %s: a counting record counts a confidence poll's ballots, and %s "
                  "is no poll project", tpl->path, what);
        return EXIT_USAGE;
    }
    if (feedback && !report_template_is_feedback(tpl))
        cli_error("error: %s is a feedback project (collectives, individuals): its report is "
                  "the self-review template's, not %s", what, tpl->path);
    else if (report_template_is_feedback(tpl) && (poll || (input && survey_is_project(input)
                                                           && !feedback)))
        cli_error("error: %s: a self-review compiles a feedback project's contributions, and "
                  "%s is no feedback project", tpl->path, what);
    else
        return 0;
    cli_error("hint: ykien report --template self-review FEEDBACK.ykien; review-conference "
              "or rounds for a survey, confidence-poll or counting-record for a poll");
    return EXIT_USAGE;
}

/* The subtitle a self-review's template leaves to the language. */
static int feedback_subtitle(report_template *tpl)
{
    if (tpl->subtitle || !report_template_is_feedback(tpl))
        return 0;
    tpl->subtitle = strdup(msg(MSG_SELF_REVIEW_SUBTITLE, lang_of(tpl->english)));
    return tpl->subtitle ? 0 : EXIT_SYSTEM;
}

/* The contributions argv names, finished, into *out; an exit status with
 * *out NULL when there is nothing to report. */
static int read_feedback(const figure_opts *o, int argc, char **argv, cli_diags *ds,
                         feedback_data **out)
{
    feedback_opts fo = { 0 };
    int code = feedback_read("report", &o->s, &fo, argc, argv, ds, out);
    cli_diags_file(ds, NULL);
    cli_rows_say(ds);
    const yk_feedback *f = *out ? feedback_tally(*out) : NULL;
    if (f && yk_feedback_contributions(f, YK_FROM_COLLECTIVE) == 0 &&
        yk_feedback_contributions(f, YK_FROM_INDIVIDUAL) == 0) {
        cli_error("error: the data hold no contributions: there is nothing to report");
        feedback_data_free(*out);
        *out = NULL;
        code = EXIT_DATA;
    }
    return code;
}

static int verb_report(int argc, char **argv)
{
    figure_opts o = { 0 };
    report_opts ro = { NULL, 0, 0 };
    static const struct option longs[] = {
        { "template", required_argument, NULL, OPT_TEMPLATE },
        { "lang", required_argument, NULL, OPT_LANG },
        { "per-unit", no_argument, NULL, OPT_PER_UNIT },
        { NULL, 0, NULL, 0 }
    };
    const figure_own own = { longs, { report_option, &ro } };
    o.writes = CLI_WRITES(CLI_PDF) | CLI_WRITES(CLI_XLSX) | CLI_WRITES(CLI_DOCX);
    int r = figure_parse("report", MSG_HELP_REPORT, 0, &own, argc, argv, &o);
    if (r)
        return r < 0 ? 0 : r;
    int poll = optind < argc && survey_is_poll(argv[optind]);
    int feedback = optind < argc && survey_is_feedback(argv[optind]);
    /* A poll's project reported with a survey's template would be a
     * methods page and no result: a poll's default is the poll's, and a
     * feedback project's the self-review's. */
    if (!ro.template_name)
        ro.template_name = poll ? "confidence-poll" : feedback ? "self-review"
                                                           : "review-conference";
    report_template tpl;
    if ((r = report_template_load(ro.template_name, &tpl)) != 0)
        return r;
    if ((r = template_fits(&tpl, poll, feedback, optind < argc ? argv[optind] : NULL)) != 0) {
        report_template_free(&tpl);
        return r;
    }
    /* Loose files under a self-review's template are a feedback's. */
    feedback |= report_template_is_feedback(&tpl);
    if ((r = report_template_project(&tpl, optind < argc && survey_is_project(argv[optind])
                                               ? argv[optind] : NULL)) != 0) {
        report_template_free(&tpl);
        return r;
    }
    if (ro.english)
        tpl.english = ro.english > 0;
    if ((r = feedback_subtitle(&tpl)) != 0) {
        report_template_free(&tpl);
        return r;
    }
    if (o.min_base_given) {     /* the command line over the template, as --lang */
        tpl.min_base = o.min_base;
        tpl.min_base_line = 0;
    }
    if ((r = report_template_suppression(&tpl, o.no_suppression)) != 0) {
        report_template_free(&tpl);
        return r;
    }
    o.min_base = tpl.min_base;
    cli_diags ds = { .quiet = o.s.c.quiet, .all = o.s.c.all, .per_run = 1 };
    yk_tally *t = NULL;
    feedback_data *fd = NULL;
    int code = 0;
    if (feedback) {
        code = read_feedback(&o, argc - optind, argv + optind, &ds, &fd);
        if (!fd) {
            report_template_free(&tpl);
            return code;
        }
    }
    if (!poll && !feedback) {
        code = analysis_tally("report", &o.s, NULL, argc - optind, argv + optind, &ds, &t);
        cli_diags_file(&ds, NULL);
        cli_rows_say(&ds);
        if (t && yk_tally_n_rounds(t) == 0) {
            cli_error("error: the data hold no responses: there is nothing to report");
            yk_tally_free(t);
            t = NULL;
            code = EXIT_DATA;
        }
        if (!t) {
            report_template_free(&tpl);
            return code;
        }
    }
    report rep = { .tpl = &tpl, .w = report_words_for(&tpl), .t = t, .o = &o,
                   .round = t ? yk_tally_n_rounds(t) - 1 : 0, .english = tpl.english,
                   .rows = &ds.rows, .feedback = fd };
    char *title = fill_in(tpl.subtitle ? tpl.subtitle : tpl.title ? tpl.title : "", &rep);
    yk_doc_style style = {
        .page_w = 210 * MM, .page_h = 297 * MM, .top = 20 * MM, .bottom = 20 * MM,
        .left = 30 * MM, .right = 15 * MM, .font = tpl.font, .size = tpl.font_size,
        .numbers_from = 2, .title = title, .author = tpl.author,
        .subject = form_title_of(&rep),
        .date = chart_date(argv + optind, argc - optind),
    };
    int status = title && yk_doc_new(&style, &rep.doc) == YK_OK ? 0 : EXIT_SYSTEM;
    free(title);
    int pages = 0;
    figure_book book;
    char *contents = NULL;
    if (!status && t)
        status = report_comments_read(&rep, argc - optind, argv + optind);
    if (!status && o.format == CLI_XLSX)
        status = open_book(&rep, &book, &o, &contents, argv + optind, argc - optind);
    if (!status)
        status = poll ? poll_sections(&rep, argc - optind, argv + optind, &code)
                 : fd ? feedback_sections(&rep) : sections(&rep);
    if (!status && ro.per_unit && t)
        status = report_per_unit(&rep);
    if (rep.book)
        status = status ? (figure_book_abandon(&book), status)
                        : figure_book_close(&book, "report");
    else if (!status)
        status = write_report(&rep, o.out.output ? o.out.output : "report.pdf", o.out.force,
                              argv + optind, argc - optind, &pages);
    free(contents);
    if (!status && !o.s.c.quiet && rep.book)
        fprintf(stderr, "ykien: %s: %d tables\n", o.out.output, rep.tables);
    else if (!status && !o.s.c.quiet && o.format == CLI_DOCX)
        fprintf(stderr, "ykien: %s: a Word document\n", o.out.output);
    else if (!status && !o.s.c.quiet)
        fprintf(stderr, "ykien: %s: %d pages\n", o.out.output ? o.out.output : "report.pdf",
                pages);
    yk_doc_free(rep.doc);
    comments_data_free(rep.comments);
    feedback_data_free(fd);
    yk_tally_free(t);
    report_template_free(&tpl);
    return cli_rows_status(&ds, o.s.strict, status ? status : code);
}

const cli_verb cli_verb_report = {
    "report", MSG_SUMMARY_REPORT, MSG_HELP_REPORT, verb_report,
};
