/* ykien convert — rewrite files as UTF-8 NFC, comma-delimited CSV. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "cli.h"
#include "survey.h"
#include "yk_csvwrite.h"

typedef struct {
    yk_csv_writer *w;
    yk_status write_status;
    const char *first_source;
    yk_buf header;              /* the first file's header, NUL after each */
    size_t header_n;
    size_t differs_at;          /* 1-based column where a header differs */
} convert_state;

/* Several files go into one output only when their headers agree: the
 * column where this header differs from the first, or 0. */
static size_t header_difference(convert_state *cs, const yk_row *row)
{
    const char *p = cs->header.data;
    for (size_t i = 0; i < row->n || i < cs->header_n; i++) {
        if (i >= row->n || i >= cs->header_n ||
            strlen(p) != row->fields[i].len || memcmp(p, row->fields[i].s, row->fields[i].len))
            return i + 1;
        p += strlen(p) + 1;
    }
    return 0;
}

static yk_status keep_header(convert_state *cs, const yk_row *row)
{
    yk_status st = YK_OK;
    for (size_t i = 0; i < row->n && st == YK_OK; i++)
        st = yk_buf_append(&cs->header, row->fields[i].s, row->fields[i].len + 1);
    cs->header_n = row->n;
    return st;
}

static int convert_row(void *ctx, const yk_row *row)
{
    convert_state *cs = ctx;
    if (row->number == 1 && cs->first_source) {
        cs->differs_at = header_difference(cs, row);
        return cs->differs_at != 0;     /* stop reading this file */
    }
    if (row->number == 1 && (cs->write_status = keep_header(cs, row)) != YK_OK)
        return 1;
    cs->write_status = yk_csv_write_row(cs->w, row->fields, row->n);
    return cs->write_status != YK_OK;
}

typedef struct {
    cli_common c;
    cli_output_opts out;
    const char *suffix;
} convert_opts;

static int suffix_option(const char *verb, int opt, const char *arg, void *ctx)
{
    (void)verb;
    if (opt != OPT_SUFFIX)
        return 0;
    *(const char **)ctx = arg;
    return 1;
}

static int parse(int argc, char **argv, convert_opts *o)
{
    static const struct option longs[] = {
        CLI_READ_OPTIONS, CLI_OUTPUT_OPTIONS, CLI_BOM_OPTION,
        { "suffix", required_argument, NULL, OPT_SUFFIX },
        { NULL, 0, NULL, 0 }
    };
    const cli_handler h[] = { { cli_read_option, &o->c }, { cli_output_option, &o->out },
                              { suffix_option, &o->suffix } };
    int r = cli_parse("convert", MSG_HELP_CONVERT, argc, argv, "o:E:D:qh", longs, h, 3);
    if (r)
        return r;
    if (optind == argc)
        return cli_usage("convert", "no input file");
    if (o->out.output && o->suffix)
        return cli_usage("convert", "--output and --suffix do not go together");
    if (o->suffix && (!*o->suffix || strchr(o->suffix, '/')))
        return cli_usage("convert", "--suffix wants a file-name ending like .utf8.csv");
    int format = -1;
    return cli_output_format("convert", o->out.output ? o->out.output : o->suffix,
                             CLI_WRITES(CLI_CSV), &format);
}

/* One output for the files in paths[0..n). */
static int convert_files(const convert_opts *o, const char *output,
                         char **paths, int n, cli_diags *ds)
{
    int status, worst = 0;
    cli_out *out = cli_out_open(output, o->out.force, paths, n, &status);
    if (!out)
        return status;
    convert_state cs = { 0 };
    yk_status st = yk_csv_writer_new(cli_out_sink(out), ',', &cs.w);
    if (st == YK_OK && o->out.bom) {
        /* --bom is for Excel, where a cell "=..." or "@..." would run;
         * without it convert copies every cell as it is. */
        yk_csv_writer_guard_formulas(cs.w, 1);
        st = yk_csv_write_raw(cs.w, "\xEF\xBB\xBF", 3);
    }
    for (int i = 0; st == YK_OK && i < n; i++) {
        cs.differs_at = 0;
        int code = cli_read_file(paths[i], &o->c, ds, convert_row, &cs, NULL, NULL);
        if (cs.differs_at) {
            cli_error("%s:1:%zu: error: the header differs from %s's from column %zu on; "
                      "the file was not added", paths[i], cs.differs_at,
                      cs.first_source, cs.differs_at);
            code = EXIT_DATA;
        }
        if (!cs.first_source && cs.header_n)
            cs.first_source = paths[i];
        st = cs.write_status;
        worst = code > worst ? code : worst;
    }
    if (st == YK_OK)
        st = yk_csv_writer_flush(cs.w);
    yk_csv_writer_free(cs.w);
    yk_buf_free(&cs.header);
    if (st != YK_OK)
        return cli_out_fail(out, "convert", st);
    if (worst >= EXIT_USAGE) {
        cli_out_abandon(out);
        return worst;
    }
    status = cli_out_commit(out);
    return status ? status : worst;
}

/* Find a missing input before any output is written: standard output
 * cannot be taken back. */
static int check_inputs(const convert_opts *o, char **paths, int n)
{
    for (int i = 0; i < n; i++) {
        if (strcmp(paths[i], "-") == 0 && o->suffix)
            return cli_usage("convert", "--suffix cannot name an output after "
                             "standard input; use -o FILE");
        int code = cli_input_check(paths[i]);
        if (code)
            return code;
    }
    return 0;
}

static char *with_suffix(const char *path, const char *suffix)
{
    const char *slash = strrchr(path, '/');
    const char *dot = strrchr(path, '.');
    size_t keep = dot && (!slash || dot > slash + 1) ? (size_t)(dot - path) : strlen(path);
    char *out = malloc(keep + strlen(suffix) + 1);
    if (out) {
        memcpy(out, path, keep);
        strcpy(out + keep, suffix);
    }
    return out;
}

static int verb_convert(int argc, char **argv)
{
    convert_opts o = { 0 };
    int r = parse(argc, argv, &o);
    if (r)
        return r < 0 ? 0 : r;
    cli_diags ds = { .quiet = o.c.quiet, .all = o.c.all };
    char **paths;
    int n, worst = survey_expand_args("convert", argc - optind, argv + optind, &ds, &paths, &n);
    if (!worst)
        worst = check_inputs(&o, paths, n);
    if (worst) {
        survey_free_args(paths, n);
        return worst;
    }
    if (!o.suffix) {
        worst = convert_files(&o, o.out.output, paths, n, &ds);
    } else {
        for (int i = 0; i < n && worst < EXIT_SYSTEM; i++) {
            char *out = with_suffix(paths[i], o.suffix);
            int code = out ? convert_files(&o, out, &paths[i], 1, &ds) : EXIT_SYSTEM;
            worst = code > worst ? code : worst;
            free(out);
        }
    }
    cli_diags_file(&ds, NULL);     /* before the paths it names are freed */
    survey_free_args(paths, n);
    return worst;
}

const cli_verb cli_verb_convert = {
    "convert", MSG_SUMMARY_CONVERT, MSG_HELP_CONVERT, verb_convert,
};
