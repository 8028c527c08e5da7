/* ykien command — what every analysis verb starts from: a tally, made
 * from a project or loose data files, or read from tally files. */
#ifndef YK_ANALYSIS_H
#define YK_ANALYSIS_H

#include "survey.h"
#include "yk_figures.h"
#include "yk_table.h"
#include "yk_tally.h"

/* Nonzero when arg names a tally file (it ends in .ykt). */
int analysis_is_tally(const char *arg);

/* A tally of what argv names: tally files (merged), or data as for
 * survey_open, tallied grouped by `by` (NULL: the project's group).
 * Returns 0 with *out set, or an exit status after saying why; a status
 * of EXIT_DATA may come with a tally (data had errors: figures are still
 * right for what was read). */
int analysis_tally(const char *verb, const survey_opts *o, const char *by, int argc,
                   char **argv, cli_diags *ds, yk_tally **out);

/* What a figure verb takes beyond the common options. */
enum {
    FIGURE_WEIGHT = 1,          /* --weight members */
    FIGURE_ADJUST = 2,          /* --adjust: a family of tests */
    FIGURE_PAIRS = 4,           /* --pairs: pairwise tests after the overall one */
};

/* What every figure verb takes. */
typedef struct {
    survey_opts s;
    cli_output_opts out;
    const char *by, *questions;
    long min_base;              /* k of the disclosure rules; 0 with --no-suppression */
    int min_base_given;         /* --min-base was on the command line */
    int no_suppression;         /* --no-suppression: nothing is hidden */
    unsigned long *secondary;   /* where to count figures hidden by the secondary
                                 * rule (may be NULL); a fill adds to it */
    int format;
    int bh;                     /* --adjust bh: Benjamini-Hochberg, not Holm */
    int weight;                 /* --weight members: post-stratify to units */
    int pairs;                  /* --pairs: pairwise tests after the overall one */
    int vs_rest;                /* --vs-rest: each group against the others */
    unsigned takes;             /* FIGURE_* */
    unsigned writes;            /* CLI_WRITES of -o's formats; 0: a table's */
    const char *verb;           /* the verb parsed: an .xlsx table's sheet */
    const yk_form *form;        /* the data's form, for an .xlsx sheet's title; may be NULL */
    const char *notes;          /* more paragraphs for the text format's foot (may be NULL) */
} figure_opts;

/* A verb's own options, beyond figure_opts: its long options (ending
 * with a zeroed entry; at most FIGURE_MAX_OWN) and their handler. */
enum { FIGURE_MAX_OWN = 32 };
typedef struct {
    const struct option *longs;
    cli_handler handler;
} figure_own;

/* Parse a figure verb's options (printing help for --help: then -1);
 * takes says which of the FIGURE_* options it has, own (may be NULL) its
 * own options.  o->format is then the format -o's name or --format chose
 * (cli_output_format, among o->writes), YK_TABLE_CSV for a table when
 * neither did, else -1.  Returns 0, -1, or EXIT_USAGE after saying why. */
int figure_parse(const char *verb, msg_id help, unsigned takes, const figure_own *own,
                 int argc, char **argv, figure_opts *o);

/* The select_one question name of f that option (--by, --rows, --cols)
 * gives, into *out (may be NULL): 0, or a usage error that names the
 * question's type or suggests the nearest select_one question. */
int analysis_check_select(const char *verb, const yk_form *f, const char *option,
                          const char *name, const yk_question **out);

/* Load one tally file; 0 or an exit status after saying why. */
int analysis_load(const char *path, cli_diags *ds, yk_tally **out);

/* --weight members post-stratifies to the units' membership: each unit's
 * answers count by its share of the members, not of the respondents.
 * It needs a grouping question whose every choice has members: else an
 * exit status, after saying why. */
int figure_check_weights(const char *verb, const yk_tally *t);

/* The lib's view of o (yk_figure_opts), made afresh where a figure rule
 * is applied: the report changes --by and --questions after parsing.
 * Its warnings go to standard error unless -q. */
yk_figure_opts figure_lib_opts(const figure_opts *o);

/* A figure function's status as an exit status: 0, or EXIT_SYSTEM (out of
 * memory, said by nobody, as the verbs always have). */
int figure_status(yk_status st);

/* Write tab to out in format (a yk_table_format); 0, or EXIT_SYSTEM after
 * saying why. */
int figure_table_write(const yk_table *tab, int format, FILE *out);

/* Write the table where -o says, atomically; in text output, say how
 * many figures were left blank under --min-base and what became of the
 * rows ds read (cli_rows_footer). */
int figure_write(const yk_table *tab, const figure_opts *o, unsigned long suppressed,
                 const cli_diags *ds, char **inputs, int n);

/* A figure table as an .xlsx workbook where out says (atomically, as
 * every output): a sheet per round (tools/figure_xlsx.c) named after the
 * verb (sheet), titled by the verb and, when the table is of one
 * question of form (may be NULL), its label; the source and date above
 * the table, notes (the text format's lines, changed in place; may be
 * "") below it.  0, or an exit status after saying why (the file named,
 * and the cause of a failed write). */
int figure_xlsx_write(const yk_table *tab, const char *sheet, const yk_form *form, char *notes,
                      const cli_output_opts *out, char **inputs, int ninputs);
/* --format's name as a CLI format: csv, text, json (a yk_table_format)
 * or xlsx (CLI_XLSX); -1 for anything else. */
int figure_format_of(const char *name);
/* A workbook cannot go to standard output: a usage error when format is
 * CLI_XLSX and output is NULL, else 0. */
int figure_xlsx_needs_file(const char *verb, const char *output, int format);

/* A figure verb: fill the table from the tally (counting figures left blank
 * under --min-base in *suppressed); 0 or an exit status. */
typedef int (*figure_fill)(yk_tally *t, const figure_opts *o, yk_table *tab,
                           unsigned long *suppressed);

/* A figure verb's table: its columns and how it is filled.  The report
 * reads the very tables the verbs print. */
typedef struct {
    const char *name;
    msg_id help;
    unsigned takes;             /* FIGURE_* */
    const char *const *columns;
    size_t ncols;
    figure_fill fill;
} figure_table;

extern const figure_table figure_freq, figure_describe, figure_scale, figure_compare;

/* The whole of a figure verb: options, the tally, the table, the output. */
int figure_main(const figure_table *f, int argc, char **argv);

/* Write t as a tally file to path (NULL: standard output), atomically. */
int analysis_save(const yk_tally *t, const char *path, int force, char **inputs, int n);

/* --protect's default k: the figure verbs' --min-base. */
enum { ANALYSIS_PROTECT_DEFAULT = 10 };

/* Parse --min-base's k for --protect (2 or more: 1 folds nothing) into
 * *k; 0, or EXIT_USAGE after saying why. */
int analysis_protect_base(const char *verb, const char *arg, long *k);

/* Fold t's groups under k into "Khác" (yk_tally_protect) before it is
 * saved; 0, or an exit status after saying why (a round under k in all:
 * EXIT_DATA, nothing can hide its groups). */
int analysis_protect(yk_tally *t, long k);

#endif
