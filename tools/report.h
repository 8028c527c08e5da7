/* ykien command — reports: a template (what to print, in which words and
 * order) and the sections, each made from the figure verbs' own tables. */
#ifndef YK_TOOLS_REPORT_H
#define YK_TOOLS_REPORT_H

#include "analysis.h"
#include "chart.h"
#include "figure_xlsx.h"
#include "votes.h"
#include "yk_doc.h"

typedef enum {
    SECTION_SUMMARY, SECTION_RESPONSE, SECTION_THEMES, SECTION_UNITS, SECTION_ROUNDS,
    SECTION_POLL, SECTION_PROFILE, SECTION_METHODS,
    SECTION_COUNTING,           /* a poll's counting record (biên bản kiểm phiếu) */
    SECTION_COMMENTS,           /* the members' open answers (góp ý) */
    SECTION_CLASSIFICATION,     /* members' yearly classification by unit */
    /* A self-review's feedback (report_feedback.c), from a feedback project
     * only: a template has these or a survey's and a poll's, never both. */
    SECTION_COLLECTIVE,         /* to the standing committee as a whole */
    SECTION_MEMBERS,            /* to each of its members */
    NSECTION_KINDS
} section_kind;

enum { MAX_SECTIONS = 16 };
/* Limits, in characters, of a header value (union, body, number, place,
 * date, author) and of a title or subtitle: documented in README. */
enum { REPORT_HEADER_MAX_CHARS = 200, REPORT_TITLE_MAX_CHARS = 500 };
/* Lines, separated by '|', of the recipients and of the counting
 * committee; each line is a header value. */
enum { REPORT_LIST_MAX_LINES = 20 };

typedef struct {
    char *path;
    int english, layout2012;
    char *union_name, *body, *number, *place, *date, *title, *subtitle, *author;
    char *project_title;        /* the project's `title`, for {project}; may be NULL */
    /* The end of the document; NULL: blank for the office to fill (on_behalf:
     * "TM. BAN THƯỜNG VỤ", recipients: "- ……;|- Lưu VT."). */
    char *signer, *signer_title, *on_behalf, *recipients;
    char *counting_committee;   /* "NAME - ROLE|...": the first line is its head */
    char *font, *chart_font;
    double font_size;
    long min_base;              /* 0 with no_suppression: nothing hidden */
    unsigned long min_base_line;    /* where the template set it; 0: the default */
    int no_suppression;         /* `no_suppression = yes`, or --no-suppression */
    section_kind sections[MAX_SECTIONS];
    size_t nsections;
    int failed;                 /* while reading: the exit status of a mistake */
} report_template;

/* Read the template NAME (a path, or a name in $YKIEN_REPORTS_DIR, the
 * source tree's reports/ or the installed ones).  0, or an exit status
 * after saying what is wrong, with the file and line. */
int report_template_load(const char *name, report_template *t);
void report_template_free(report_template *t);
/* Nonzero when the template prints section k. */
int report_template_has(const report_template *t, section_kind k);

/* A min_base under 2 would print one respondent's answers: refused (with
 * the template's line) unless suppression is off knowingly, by the
 * template's `no_suppression = yes` or --no-suppression (option nonzero);
 * then min_base is 0 and the methods say so.  0 or an exit status. */
int report_template_suppression(report_template *t, int option);

/* Fill the template from the project file at project (NULL: none): its
 * `report.KEY` settings (union, body, number, place, date, title,
 * subtitle, author) replace the template's KEY, its `title` is
 * {project}; then what is still unset gets its default: the number left
 * blank for the office ("Số:     -BC/TĐTN"), the date of SOURCE_DATE_EPOCH
 * or today.  0, or an exit status after saying what is wrong, with the
 * file and line. */
int report_template_project(report_template *t, const char *project);

/* The words a report uses, in its language. */
typedef struct {
    const char *section_titles[NSECTION_KINDS];
    const char *table, *figure; /* "Bảng", "Hình" */
    const char *unit, *members, *responses, *rate, *question, *share, *ci, *base;
    const char *province, *p_adjusted, *effect;
    const char *theme_intro;    /* before a theme's chart */
} report_words;

const report_words *report_words_for(const report_template *t);

/* What the sections share while a report is made. */
typedef struct {
    const report_template *tpl;
    const report_words *w;
    yk_tally *t;                /* NULL for a poll's report */
    const figure_opts *o;       /* as the verbs would be given them */
    yk_doc *doc;
    size_t round;               /* the last round */
    int tables, figures;        /* numbered as they come */
    int heading;                /* level-1 headings so far, for I, II, III */
    int subheading;             /* level-2 headings in this section, for 1, 2, 3 */
    int unit_table;             /* the response section's table of units; 0: none */
    int english;
    const cli_rows *rows;       /* what became of the data rows, or NULL */
    figure_book *book;          /* -o NAME.xlsx: the tables go here, no chart is drawn */
    struct comments_data *comments; /* the open answers, when the template has them;
                                     * NULL: none read (a tally file holds none) */
    struct feedback_data *feedback; /* a self-review's feedback; NULL for a survey
                                     * or a poll (then t or the poll is read) */
} report;

/* The template's date in words: "ngày 05 tháng 9 năm 2014", "5 September 2014". */
void report_date_words(const report_template *t, char *buf, size_t size);

/* A number as the report's language writes it. */
void report_number(const report *r, double v, int decimals, const char *suffix, char *buf,
                   size_t size);

/* Draws a chart of the report (a chart kind's adapter); 0 or a status,
 * EXIT_DATA when it does not fit. */
typedef int (*report_draw_fn)(void *ctx, const chart_opts *co, yk_chart *c);

/* A chart drawn by draw into the document: the text width wide and, from
 * height millimetres up, as high as it needs; its caption, numbered, is
 * its title. */
int report_chart(report *r, chart_opts *co, double height, report_draw_fn draw, void *ctx,
                 const char *title);

/* A section's level-1 heading, numbered I, II, III... */
int report_section(report *r, section_kind k);
/* A level-2 heading in the current section, numbered 1, 2, 3... by the
 * document: title's own numbering ("III. ", "3. ", "A. ") is dropped. */
int report_subsection(report *r, const char *title);
/* label without a numbering of its own at its start ("III. Công tác cán
 * bộ" -> "Công tác cán bộ"): the document numbers its sections.  Borrowed
 * from label. */
const char *report_unnumbered(const char *label);

/* Each section adds its blocks; 0 or an exit status. */
int report_summary(report *r);
int report_response(report *r);
int report_themes(report *r);
int report_profile(report *r);
int report_units(report *r);
int report_methods(report *r);
int report_rounds(report *r);
/* The open answers (report_comments.c): read them for the template's
 * section, after the tally (argv as the tally's; diagnostics were told
 * then, so not again), into r->comments; 0 or an exit status. */
int report_comments_read(report *r, int argc, char **argv);
int report_comments(report *r);
/* The summary's sentence on the themes the most members wrote about, or
 * nothing; 0 or an exit status. */
int report_comments_summary(report *r);
/* The members' classification (xếp loại đoàn viên) by unit, when the form
 * asks it (report_classification.c); nothing otherwise. */
int report_classification(report *r);
/* The poll that argv names (a poll project): *data gets EXIT_DATA when its
 * ballots had errors. */
int report_poll(report *r, int argc, char **argv, int *data);
/* A part of a poll's report, given the poll argv names, counted. */
typedef int (*report_poll_part)(report *r, const votes_setup *s, const votes_count *v,
                                int argc, char **argv);
/* Read and count the poll argv names, then call part when its ballots add
 * up and some are valid (else say why: *data as report_poll's). */
int report_with_poll(report *r, int argc, char **argv, int *data, report_poll_part part);
/* The methods of a poll's report. */
int report_poll_methods(report *r);
/* Nonzero when the template prints a self-review's feedback sections. */
int report_template_is_feedback(const report_template *t);
/* A self-review's sections (report_feedback.c), from r->feedback: the
 * opening paragraph (how many contributions, merged, masked), before the
 * first of them; the remarks to the collective; to each member, with the
 * member's ratings.  In a workbook the opening writes the feedback verb's
 * three tables and the others nothing.  0 or an exit status. */
int report_feedback_opening(report *r);
int report_feedback_collective(report *r);
int report_feedback_members(report *r);
/* The end of the document: "Nơi nhận:" and its list on the left, the
 * signature block on the right, on one page; 0 or an exit status. */
int report_end(report *r);
/* The poll that argv names as its counting record (biên bản kiểm phiếu),
 * with the committee's signatures; *data as report_poll's. */
int report_counting(report *r, int argc, char **argv, int *data);
/* One page per unit, after the sections (--per-unit). */
int report_per_unit(report *r);

#endif
