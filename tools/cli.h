/* ykien command — what every verb shares: options, diagnostics, input
 * files, atomic output files and exit statuses. */
#ifndef YK_CLI_H
#define YK_CLI_H

#include <getopt.h>
#include <stdio.h>
#include "messages.h"
#include "option_ids.h"
#include "yk_csvwrite.h"
#include "yk_reader.h"

enum { EXIT_DATA = 1, EXIT_USAGE = 2, EXIT_SYSTEM = 3 };
enum { DIAG_SHOWN_PER_KIND = 10 };
/* Warnings held for a file (hold): the first few of each kind are shown,
 * then one line counts the rest of that kind in the file. */
enum { DIAG_WARNINGS_SHOWN_PER_FILE = 5 };

typedef struct {
    const char *name;
    msg_id summary;             /* one line for `ykien --help` */
    msg_id help;                /* full text for `ykien help VERB`; MSG_NONE: the
                                   verb composes it, and prints it on --help */
    int (*run)(int argc, char **argv);
} cli_verb;

/* What became of a survey's data rows: read = counted + left out. */
typedef struct {
    int known;                  /* 0: the figures came from tally files */
    unsigned long read, counted;
    unsigned long with_errors;  /* counted, but some answer could not be read */
    unsigned long no_unit;      /* counted under "Unknown unit" */
    unsigned long blank, totals, doubles, rejected;     /* left out */
    unsigned long unread;       /* left out: their file's header matched too little */
    unsigned long doubles_kept; /* double submissions counted (--keep-duplicates) */
    unsigned long errors;       /* data errors, as `ykien check` lists them */
} cli_rows;

/* Diagnostics: printed as `ykien: FILE:LINE[:COL]: error: text`, at most
 * DIAG_SHOWN_PER_KIND of a kind per file unless --all; -q drops warnings.
 * While hold is set, warnings wait (those shown; the others are counted)
 * until cli_diags_flush: a file's errors are printed as found, its
 * warnings after them. */
typedef struct {
    int quiet, all;
    int silent;                 /* counted, never printed: a second reading of
                                   data whose problems were told by the first */
    int per_run;                /* cap per kind over the whole run, not per file */
    unsigned long errors, warnings;
    const char *source;         /* the file the counts below are for */
    struct { const char *kind; yk_severity severity; unsigned long count;
             int per_file; } kinds[64];    /* per_file: its rest told per file */
    int nkinds;
    struct { const char *kind; unsigned long count, shown; } file_kinds[64];
    int nfile_kinds;            /* warnings of the held file, by kind */
    int hold;
    char *held;                 /* printed warnings waiting, one after another */
    size_t held_len, held_cap;
    cli_rows rows;              /* filled by a survey's reading */
} cli_diags;

void cli_diag(void *ctx, const yk_diag *d);
/* From now on, a diagnostic whose source is sheet_source ("don-vi.xlsx:
 * Sheet1") or path ("don-vi.xlsx"; may be NULL) names its cell as Excel
 * does: "don-vi.xlsx:Sheet1:B14".  Thread-safe. */
void cli_diag_sheet(const char *path, const char *sheet_source);
/* Print the warnings held so far (and free what held them). */
void cli_diags_flush(cli_diags *ds);
/* Start counting for a new file (unless per_run); say how many were not
 * shown for the last.  NULL source: the end of the run. */
void cli_diags_file(cli_diags *ds, const char *source);

/* On stderr, when rows were left out or had errors: how many, and that
 * `ykien check` lists them.  Nothing when rows are not known. */
void cli_rows_say(const cli_diags *ds);
/* The same in full (read, counted, left out and why) as a paragraph for a
 * text table's foot, on out; nothing when rows are not known. */
void cli_rows_footer(const cli_diags *ds, FILE *out);
/* The status of a run that read rows: EXIT_DATA under --strict when a
 * row had a data error, else code. */
int cli_rows_status(const cli_diags *ds, int strict, int code);

/* Print `ykien: text` (and a hint line) on stderr. */
void cli_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* A usage error: one line, a hint, and EXIT_USAGE. */
int cli_usage(const char *verb, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Of n names, the one nearest to given (a misspelling of it), or NULL
 * when none is near enough to suggest; borrowed from names. */
const char *cli_nearest(const char *given, const char *const *names, size_t n);
/* A usage error for a name the survey lacks: "OPTION: no WHAT 'NAME'",
 * then "did you mean" the nearest of names, or the list of them.
 * Returns EXIT_USAGE. */
int cli_unknown_name(const char *verb, const char *option, const char *what,
                     const char *name, const char *const *names, size_t n);

/* Options every reading verb accepts, filled by cli_read_option(). */
typedef struct {
    yk_read_options read;
    int quiet, all;
    int json;
    int no_progress;            /* set on reader threads: progress is global */
    int jobs;                   /* -j: files read at once; 0 = cores */
    const char *sheet;          /* --sheet: a workbook's sheet; NULL: its first */
    unsigned long header_row;   /* --header-row: a workbook's header row; 0: found */
} cli_common;

/* getopt_long with ykien's messages: unknown options and missing values
 * are reported as usage errors (returns '?' after printing); options may
 * follow file names. */
int cli_getopt(const char *verb, int argc, char **argv, const char *shortopts,
               const struct option *longopts);

/* A handler of some of a verb's options: 1 if opt was one of them, 0 if
 * not, -1 on a bad value (already reported). */
typedef int (*cli_option_fn)(const char *verb, int opt, const char *arg, void *ctx);
typedef struct { cli_option_fn fn; void *ctx; } cli_handler;

/* The help's language: the one set by cli_help_lang_set (ykien --lang),
 * else YKIEN_LANG (vi or en), else the locale's messages (LC_ALL, then
 * LC_MESSAGES, then LANG) when they start with "vi", else English.  The
 * help alone: diagnostics stay English. */
msg_lang cli_help_lang(void);

/* Set the help's language from a --lang value: 0, or EXIT_USAGE after
 * saying why (the value is vi or en). */
int cli_help_lang_set(const char *value);

/* Print help text id on standard output in the help's language. */
void cli_help_put(msg_id id);

/* The options loop every verb shares: each option is offered to the
 * handlers in turn; --help prints help.  Returns 0, -1 after printing the
 * help, or EXIT_USAGE after saying why. */
int cli_parse(const char *verb, msg_id help, int argc, char **argv,
              const char *shortopts, const struct option *longs,
              const cli_handler *handlers, size_t nhandlers);

/* The reading options (a cli_common *ctx). */
int cli_read_option(const char *verb, int opt, const char *arg, void *ctx);

/* Where results go: -o FILE ("-" is standard output), --force, --bom. */
typedef struct {
    const char *output;
    int force, bom;
} cli_output_opts;

#define CLI_OUTPUT_OPTIONS \
    { "output", required_argument, NULL, 'o' }, \
    { "force", no_argument, NULL, OPT_FORCE }
#define CLI_BOM_OPTION { "bom", no_argument, NULL, OPT_BOM }

/* The output options (a cli_output_opts *ctx). */
int cli_output_option(const char *verb, int opt, const char *arg, void *ctx);

/* -f text|json, for the verbs whose result is a summary (an int *json). */
#define CLI_SUMMARY_FORMAT_OPTION { "format", required_argument, NULL, 'f' }
int cli_summary_format_option(const char *verb, int opt, const char *arg, void *ctx);

/* The long options behind cli_read_option, to splice into a verb's table. */
#define CLI_READ_OPTIONS \
    { "encoding", required_argument, NULL, 'E' }, \
    { "delimiter", required_argument, NULL, 'D' }, \
    { "max-field", required_argument, NULL, OPT_MAX_FIELD }, \
    { "max-columns", required_argument, NULL, OPT_MAX_COLUMNS }, \
    { "max-row", required_argument, NULL, OPT_MAX_ROW }, \
    { "sheet", required_argument, NULL, OPT_SHEET }, \
    { "header-row", required_argument, NULL, OPT_HEADER_ROW }, \
    { "quiet", no_argument, NULL, 'q' }, \
    { "all", no_argument, NULL, OPT_ALL }, \
    { "help", no_argument, NULL, 'h' }

/* 0 when path ("-" for standard input) can be read as a data file, else
 * EXIT_USAGE after saying why. */
int cli_input_check(const char *path);

/* Remember that path is read: no output may be written over it.
 * cli_file_open does this; thread-safe. */
void cli_note_input(const char *path);

/* The data files a run has been given so far, by device and inode: a file
 * named twice (two spellings, a symlink, overlapping globs) is read once,
 * or every figure would count its rows twice. */
typedef struct {
    struct cli_once_file *files;
    size_t n;
} cli_once;

/* Note path among the inputs of verb.  *repeat is set when it is a file
 * already noted, and *first (may be NULL) then to the tag given with the
 * first one (a round's name; may be NULL); when the tags are the same, a
 * warning naming both spellings went to ds (skip it), else the caller
 * says what is wrong.  Standard input ("-") twice is a usage error.  Returns 0, or an
 * exit status after saying why.  A path that cannot be stat()ed is
 * noted as new: opening it will say why. */
int cli_once_add(cli_once *once, const char *verb, cli_diags *ds, const char *path,
                 const char *tag, int *repeat, const char **first);
void cli_once_free(cli_once *once);

/* Workbooks (tools/read_workbook.c).  Is in a zip, by its first bytes?
 * (1 yes, 0 no, -1 unreadable; rewinds in.) */
int cli_input_is_workbook(yk_input *in);
/* Read path's sheet (c->sheet, else its first) as cli_read_file_to reads
 * a CSV file; *err is errno on YK_ERR_IO. */
yk_status cli_read_workbook(const char *path, yk_input *in, const cli_common *c,
                            yk_diag_fn diag, void *diag_ctx, yk_row_fn row, void *ctx,
                            yk_format *fmt, yk_read_stats *stats, int *err);

/* An input file: a yk_input over a FILE that counts bytes for progress. */
typedef struct cli_file cli_file;
/* Opens path ("-" is standard input, spooled to a temporary file so it can
 * be read twice).  NULL after printing why. */
cli_file *cli_file_open(const char *path);
yk_input *cli_file_input(cli_file *f);
/* errno of the first failed read (or copy of a stream), or 0. */
int cli_file_error(const cli_file *f);
void cli_file_close(cli_file *f);

/* An output file written under a temporary name and renamed when done;
 * NULL path means standard output. */
typedef struct cli_out cli_out;
/* NULL after printing why; *status gets the exit status to use then.
 * inputs are refused as output even with force. */
cli_out *cli_out_open(const char *path, int force, char **inputs, int ninputs,
                      int *status);
FILE *cli_out_stream(cli_out *o);
/* Finish: flush, close, rename into place.  Returns 0 or EXIT_SYSTEM. */
int cli_out_commit(cli_out *o);
/* Give up: remove the temporary file. */
void cli_out_abandon(cli_out *o);
/* A yk_output writing to o that keeps why a write failed, for the message. */
yk_output cli_out_sink(cli_out *o);
/* Give up after the library returned st while writing o: say why, naming
 * the file (and the cause of a failed write), remove the temporary file.
 * Returns EXIT_SYSTEM. */
int cli_out_fail(cli_out *o, const char *verb, yk_status st);
/* The name to write o's bytes under for a library that writes files by
 * name (libxlsxwriter): the temporary file, created already, or the device
 * written in place; NULL for standard output.  Borrowed until o ends. */
const char *cli_out_file_name(const cli_out *o);

/* Temporary output files (tools/tempfiles.c).  Each is named
 * ".NAME.ykien-tmp-PID-XXXXXX" next to NAME, so one left by kill -9 or a
 * power cut is recognisable, and removed if SIGINT, SIGTERM or SIGHUP ends
 * the run. */
/* Catch those signals (those not ignored); once, at start-up. */
void cli_temp_signals(void);
/* Create and open the temporary file of path; its fd, *name (a new string)
 * and *slot, or -1 with errno set. */
int cli_temp_create(const char *path, char **name, int *slot);
/* Rename it into place (rename's result, errno kept) or remove it; either
 * way a signal no longer removes it. */
int cli_temp_rename(int slot, const char *tmp, const char *path);
void cli_temp_remove(int slot, const char *tmp);
/* Warn about temporary files of path's name left next to it by a ykien run
 * that no longer runs, with the command that removes them. */
void cli_temp_stale(const char *path);

/* The formats ykien writes, each named by one file extension. */
typedef enum {
    CLI_CSV, CLI_TEXT, CLI_JSON,    /* result tables, in table_format's order */
    CLI_TALLY, CLI_POLL,            /* .ykt survey tally, .ykp poll tally */
    CLI_PNG, CLI_SVG, CLI_PDF,
    CLI_XLSX,                       /* a result table as an Excel workbook */
    CLI_SAV, CLI_DTA,               /* coded data for SPSS/PSPP, Stata */
    CLI_DOCX,                       /* a document as a Word file */
    CLI_NFORMATS
} cli_format;
#define CLI_WRITES(f) (1u << (f))
#define CLI_TABLE_FORMATS (CLI_WRITES(CLI_CSV) | CLI_WRITES(CLI_TEXT) | CLI_WRITES(CLI_JSON) | \
                           CLI_WRITES(CLI_XLSX))

/* The one rule for an output's name: a name whose extension is one the
 * verb writes (writes: CLI_WRITES bits) picks that format; any other
 * extension (.xlsx, .docx, .sav...) is refused, as is one that disagrees
 * with --format; a name with no extension ("/dev/null", "out.2024") keeps
 * the verb's default.  *format holds --format's choice or -1 on entry, the
 * format to write (or still -1) on return.  path NULL is standard output.
 * Returns 0, or EXIT_USAGE after saying why. */
int cli_output_format(const char *verb, const char *path, unsigned writes, int *format);

/* dir/name (name as it is when absolute, or dir is empty or "."); a new
 * string, NULL when out of memory. */
char *cli_join(const char *dir, const char *name);

/* NAME followed by suffix in the first of: the directory $env names,
 * subdir of the source tree this ykien was built in, installed.  A new
 * string, or NULL when none has it. */
char *cli_find_data(const char *subdir, const char *name, const char *suffix, const char *env,
                    const char *installed);

/* A yk_output that writes to a FILE. */
yk_status cli_write_file(void *ctx, const char *p, size_t n);

/* Progress on stderr while a long read runs (only to a terminal). */
void cli_progress_start(const char *label, unsigned long long total, int quiet);
void cli_progress_add(unsigned long long bytes);
void cli_progress_end(void);
/* Wipe the progress line so a message printed now stands on its own. */
void cli_progress_clear(void);

/* Sniff and read one file, calling row (may be NULL) for every row; fmt
 * and stats (may be NULL) receive what was found.  Returns 0, EXIT_DATA
 * when the file has errors, or EXIT_SYSTEM/EXIT_USAGE after saying why. */
int cli_read_file(const char *path, const cli_common *c, cli_diags *ds,
                  yk_row_fn row, void *ctx, yk_format *fmt,
                  yk_read_stats *stats);
/* The same, with diagnostics handed to diag (no per-file counting). */
int cli_read_file_to(const char *path, const cli_common *c, yk_diag_fn diag,
                     void *diag_ctx, yk_row_fn row, void *ctx, yk_format *fmt,
                     yk_read_stats *stats);

/* How a read ended, for cli_read_file_status to say. */
typedef struct {
    yk_status st;
    int err;                /* errno of a failed read, or 0 */
    yk_read_stats stats;
} cli_read_ending;
/* cli_read_file_to in two halves, for a read whose rows and diagnostics
 * are told on another thread (survey.c's reading on two threads), so that
 * how it ended is said after them: the first reads, saying only that the
 * file cannot be opened (then EXIT_USAGE; else 0 with *end filled); the
 * second says how the read ended and returns cli_read_file_to's status. */
int cli_read_file_quiet(const char *path, const cli_common *c, yk_diag_fn diag,
                        void *diag_ctx, yk_row_fn row, void *ctx, yk_format *fmt,
                        cli_read_ending *end);
int cli_read_file_status(const char *path, const cli_read_ending *end);

#endif
