/* ykien questionnaire — the paper form a survey's respondents fill in, or
 * a confidence poll's secret ballot, as an A4 PDF with the header of the
 * office's documents. */
#include <libgen.h>
#include <stdlib.h>
#include <string.h>
#include "chart.h"
#include "cli.h"
#include "doc_header.h"
#include "form_text.h"
#include "questionnaire.h"
#include "survey.h"
#include "yk_project.h"

#define MM 2.834645669
#define VERB "questionnaire"

typedef struct {
    cli_output_opts out;
    const char *form;           /* --form DIR|FILE */
    int english;
    int quiet;                  /* -q: not the page count */
    int format;                 /* CLI_PDF or CLI_DOCX, by -o's extension */
} quest_opts;

/* What the arguments name. */
typedef struct {
    const char *project;        /* the project's path, or NULL */
    char *form_where;           /* the form's folder or workbook */
    char *id, *levels;          /* the project's id question and poll levels, or NULL */
    int poll;
    yk_form *form;
    questionnaire conditions;   /* the survey sheet's skip conditions */
} quest_source;

static int quest_option(const char *verb, int opt, const char *arg, void *ctx)
{
    quest_opts *o = ctx;
    switch (opt) {
    case OPT_FORM: o->form = arg; return 1;
    case 'q': o->quiet = 1; return 1;
    case OPT_LANG:
        if (strcmp(arg, "vi") != 0 && strcmp(arg, "en") != 0)
            return cli_usage(verb, "--lang is vi or en, not '%s'", arg), -1;
        o->english = strcmp(arg, "en") == 0;
        return 1;
    default: return cli_output_option(verb, opt, arg, &o->out);
    }
}

static int parse(int argc, char **argv, quest_opts *o)
{
    static const struct option longs[] = {
        { "form", required_argument, NULL, OPT_FORM },
        { "lang", required_argument, NULL, OPT_LANG },
        { "quiet", no_argument, NULL, 'q' },
        { "help", no_argument, NULL, 'h' },
        CLI_OUTPUT_OPTIONS,
        { NULL, 0, NULL, 0 }
    };
    const cli_handler h[] = { { quest_option, o } };
    int r = cli_parse(VERB, MSG_HELP_QUESTIONNAIRE, argc, argv, "o:hq", longs, h, 1);
    if (r)
        return r;
    if (!o->out.output)
        o->out.output = "phieu.pdf";
    o->format = -1;
    r = cli_output_format(VERB, o->out.output, CLI_WRITES(CLI_PDF) | CLI_WRITES(CLI_DOCX),
                          &o->format);
    if (!r && !o->form && argc - optind != 1)
        return cli_usage(VERB, argc - optind ? "give one project, or --form DIR"
                                             : "no project or --form DIR");
    if (!r && o->form && argc - optind != 0)
        return cli_usage(VERB, "--form takes no other file: '%s'", argv[optind]);
    if (!r && !o->form && !survey_is_project(argv[optind]))
        return cli_usage(VERB, "%s: not a project (a file ending .ykien); a form is given "
                         "with --form", argv[optind]);
    return r;
}

/* A project's form, id question and, for a poll, its levels. */
static int read_project(quest_source *s, cli_diags *ds)
{
    cli_file *f = cli_file_open(s->project);
    yk_project *p = NULL;
    if (!f)
        return EXIT_USAGE;
    yk_status st = yk_project_load(s->project, cli_file_input(f), cli_diag, ds, &p);
    cli_file_close(f);
    if (st != YK_OK)
        return st == YK_ERR_PARSE ? EXIT_DATA : EXIT_SYSTEM;
    const char *form = yk_project_get(p, "form"), *id = yk_project_get(p, "id");
    const char *levels = yk_project_get(p, "levels");
    char *copy = strdup(s->project);
    s->poll = yk_project_n_rounds(p) == 0 && yk_project_get(p, "ballots");
    s->form_where = copy && form ? cli_join(dirname(copy), form) : NULL;
    s->id = id ? strdup(id) : NULL;
    s->levels = levels ? strdup(levels) : NULL;
    int code = 0;
    if (!form) {
        cli_error("%s: error: the project names no form (a line 'form = DIR')", s->project);
        code = EXIT_DATA;
    } else if (!s->form_where || (id && !s->id) || (levels && !s->levels)) {
        code = EXIT_SYSTEM;
    }
    free(copy);
    yk_project_free(p);
    return code;
}

static int open_source(quest_source *s, const quest_opts *o, cli_diags *ds)
{
    int code = 0;
    if (o->form)
        code = (s->form_where = strdup(o->form)) ? 0 : EXIT_SYSTEM;
    else
        code = read_project(s, ds);
    cli_form_text t;
    if (!code) {
        code = cli_form_open(s->form_where, cli_diag, ds, &t, &s->form);
        if (!code && questionnaire_read_conditions(&s->conditions, t.text[0].data,
                                                   t.text[0].len) != YK_OK)
            code = EXIT_SYSTEM;
        cli_form_text_free(&t);
    }
    if (!code && yk_form_get_kind(s->form) == YK_FORM_BALLOT)
        s->poll = 1;
    return code;
}

static void close_source(quest_source *s)
{
    free(s->form_where);
    free(s->id);
    free(s->levels);
    questionnaire_free_conditions(&s->conditions);
    yk_form_free(s->form);
}

/* The header's keys: the project's report.body, report.union... with no
 * number and no date, which belong to a report, not to a printed form. */
static int header_template(const quest_source *s, int english, report_template *t)
{
    memset(t, 0, sizeof *t);
    t->english = english;
    t->font_size = 13;
    if (!(t->font = strdup("Liberation Serif")))
        return EXIT_SYSTEM;
    int code = report_template_project(t, s->project);
    free(t->number);
    free(t->date);
    t->number = t->date = NULL;
    return code;
}

/* The header block, as the report's; a form with no issuing body (no
 * project) has the union's name alone. */
static yk_status header(yk_doc *d, const report_template *t)
{
    yk_status st = t->body ? doc_header_columns(t, d)
                           : yk_doc_paragraph(d, t->union_name ? t->union_name
                                                               : "ĐOÀN TNCS HỒ CHÍ MINH",
                                              YK_PARA_CENTRE | YK_PARA_BOLD);
    if (st == YK_OK)
        st = yk_doc_space(d, 18);
    return st;
}

/* Questions a respondent answers (not notes, not the office's number). */
static size_t count_questions(const quest_source *s)
{
    size_t n = 0;
    for (size_t i = 0; i < yk_form_n_questions(s->form); i++) {
        const yk_question *q = yk_form_question(s->form, i);
        n += questionnaire_prints(q) && q->type != YK_Q_NOTE &&
             !(s->id && strcmp(q->name, s->id) == 0);
    }
    return n;
}

/* The document's blocks: the ballot or the questionnaire.  0 or an exit
 * status after saying why. */
static int blocks(const quest_source *s, const questionnaire *q, cli_diags *ds)
{
    yk_status st;
    if (s->poll) {
        yk_ballot_coder *c = NULL;
        yk_ballot_options bo = { .form_source = s->form_where, .levels = s->levels };
        st = yk_ballot_coder_new(s->form, &bo, cli_diag, ds, &c);
        if (st == YK_ERR_PARSE || st == YK_ERR_ARGUMENT)
            return EXIT_DATA;
        if (st == YK_OK)
            st = questionnaire_ballot(q, c);
        yk_ballot_coder_free(c);
    } else {
        if (!count_questions(s)) {
            cli_error("%s: error: the form has no question to print", s->form_where);
            return EXIT_DATA;
        }
        st = questionnaire_form(q);
    }
    if (st != YK_OK) {
        cli_error(VERB ": %s", yk_strerror(st));
        return EXIT_SYSTEM;
    }
    return 0;
}

/* The PDF, or for -o NAME.docx the Word document an office edits. */
static int write_doc(yk_doc *d, const quest_opts *o, char **inputs, int n, int *pages)
{
    int status;
    cli_out *out = cli_out_open(o->out.output, o->out.force, inputs, n, &status);
    if (!out)
        return status;
    yk_status st = o->format == CLI_DOCX ? yk_doc_render_docx(d, cli_out_sink(out))
                                         : yk_doc_render(d, cli_out_sink(out), pages);
    if (st != YK_OK)
        return cli_out_fail(out, VERB, st);
    return cli_out_commit(out);
}

static int make(const quest_source *s, const quest_opts *o, char **inputs, int n,
                cli_diags *ds)
{
    report_template t;
    int status = header_template(s, o->english, &t);
    const char *title = yk_form_title(s->form);
    yk_doc_style style = {
        .page_w = 210 * MM, .page_h = 297 * MM, .top = 20 * MM, .bottom = 20 * MM,
        .left = 30 * MM, .right = 15 * MM, .font = t.font, .size = t.font_size,
        .numbers_from = 2, .title = title, .author = t.author,
        .date = chart_date(inputs, n),
    };
    yk_doc *d = NULL;
    if (!status && yk_doc_new(&style, &d) != YK_OK)
        status = EXIT_SYSTEM;
    if (!status && header(d, &t) != YK_OK)
        status = EXIT_SYSTEM;
    questionnaire q = s->conditions;
    q.doc = d;
    q.form = s->form;
    q.english = o->english;
    q.id = s->id;
    if (!status)
        status = blocks(s, &q, ds);
    int pages = 0;
    if (!status)
        status = write_doc(d, o, inputs, n, &pages);
    if (!status && !o->quiet && o->format == CLI_DOCX)
        fprintf(stderr, "ykien: %s: a Word document\n", o->out.output);
    else if (!status && !o->quiet)
        fprintf(stderr, "ykien: %s: %d %s\n", o->out.output, pages,
                pages == 1 ? "page" : "pages");
    yk_doc_free(d);
    report_template_free(&t);
    return status;
}

static int verb_questionnaire(int argc, char **argv)
{
    quest_opts o = { 0 };
    int r = parse(argc, argv, &o);
    if (r)
        return r < 0 ? 0 : r;
    cli_diags ds = { .per_run = 1 };
    quest_source s = { .project = o.form ? NULL : argv[optind] };
    char *inputs[1] = { o.form ? (char *)o.form : argv[optind] };
    int code = open_source(&s, &o, &ds);
    if (!code)
        code = make(&s, &o, inputs, 1, &ds);
    cli_diags_file(&ds, NULL);
    close_source(&s);
    return code;
}

const cli_verb cli_verb_questionnaire = {
    VERB, MSG_SUMMARY_QUESTIONNAIRE, MSG_HELP_QUESTIONNAIRE, verb_questionnaire,
};
