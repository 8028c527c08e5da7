/* ykien sniff — what a data file is: encoding, layout, header, problems. */
#include <getopt.h>
#include <string.h>
#include "cli.h"
#include "json_print.h"
#include "survey.h"

typedef struct {
    yk_format fmt;
    yk_read_stats stats;
    yk_buf header;              /* fields, each followed by a NUL */
    size_t header_n;
} sniff_result;

static int keep_header(void *ctx, const yk_row *row)
{
    sniff_result *res = ctx;
    if (row->number != 1)
        return 0;
    for (size_t i = 0; i < row->n; i++)
        if (yk_buf_append(&res->header, row->fields[i].s, row->fields[i].len + 1) != YK_OK)
            return 1;
    res->header_n = row->n;
    return 0;
}

static const char *bom_name(yk_bom bom)
{
    static const char *const names[] = { "none", "UTF-8", "UTF-16LE", "UTF-16BE" };
    return names[bom];
}

static const char *delimiter_name(int d)
{
    static char one[2];
    switch (d) {
    case '\t': return "tab";
    case ',': return ",";
    case ';': return ";";
    case '|': return "|";
    }
    one[0] = (char)d;
    return one;
}

/* The read's own account of a mixed file: each encoding and the lines
 * read in it (the detector's guess is in the JSON "mixed"). */
static void print_mix(const yk_read_stats *s)
{
    char text[1024];
    for (unsigned i = 0; i < s->n_mix; i++) {
        yk_read_mix_text(&s->mix[i], text, sizeof text);
        printf("  %-11s %s\n", i ? "" : "mixed", text);
    }
}

static void print_encoding(const yk_format *f)
{
    const yk_detection *d = &f->detection;
    const char *name = f->encoding == YK_ENC_OTHER ? f->encoding_name
                                                   : yk_encoding_name(f->encoding);
    yk_encoding next;
    printf("  encoding    %s", name);
    if (f->encoding_given)
        printf(" (given)\n");
    else if (f->encoding == YK_ENC_UTF16LE || f->encoding == YK_ENC_UTF16BE)
        printf(" (%s)\n", f->bom != YK_BOM_NONE ? "byte-order mark" : "zero bytes, no BOM");
    else if (d->words == 0)
        printf(" (no accented text: ASCII)\n");
    else {
        printf(" (%.0f%% of %lu accented words read as Vietnamese",
               100 * yk_detection_confidence(d, f->encoding), d->words);
        if (yk_detection_runner_up(d, &next))
            printf("; next best %s, %.0f%%", yk_encoding_name(next),
                   100 * yk_detection_confidence(d, next));
        printf(")\n");
    }
}

static void print_line_ends(const yk_format *f)
{
    printf("  line ends  ");
    if (f->crlf) printf(" CRLF %lu", f->crlf);
    if (f->lf) printf(" LF %lu", f->lf);
    if (f->cr) printf(" CR %lu", f->cr);
    if (!f->crlf && !f->lf && !f->cr) printf(" none");
    printf("\n");
}

static void print_workbook(const yk_format *f)
{
    printf("  workbook    sheet %s, header on row %lu", f->sheet, f->header_row);
    if (f->title_rows)
        printf(" under %lu title row%s", f->title_rows, f->title_rows == 1 ? "" : "s");
    printf("\n");
}

static void print_text(const char *path, const sniff_result *r)
{
    const yk_read_stats *s = &r->stats;
    printf("%s\n", path);
    if (r->fmt.workbook) {
        print_workbook(&r->fmt);
    } else {
        print_encoding(&r->fmt);
        print_mix(s);
        printf("  bom         %s\n", bom_name(r->fmt.bom));
        printf("  delimiter   %s\n", delimiter_name(r->fmt.delimiter));
        print_line_ends(&r->fmt);
    }
    if (s->rows)
        printf("  rows        %lu (a header and %lu)\n", s->rows, s->rows - 1);
    else
        printf("  rows        0\n");
    printf("  columns     %lu\n", s->columns);
    printf("  header      ");
    const char *p = r->header.data;
    for (size_t i = 0; i < r->header_n; i++, p += strlen(p) + 1)
        printf("%s%s", i ? " | " : "", p);
    printf("%s\n", r->header_n ? "" : "(none)");
    printf("  problems    %lu ragged rows, %lu skipped rows, %lu invalid fields, "
           "%lu suspicious fields, %lu blank lines",
           s->ragged, s->skipped, s->invalid_fields, s->suspicious, s->blank_lines);
    if (s->stray_quotes)
        printf(", %lu stray quotes", s->stray_quotes);
    printf("\n");
}

static void print_json(const char *path, const sniff_result *r, int first)
{
    const yk_format *f = &r->fmt;
    const yk_read_stats *s = &r->stats;
    const yk_detection *d = &f->detection;
    yk_encoding next;
    printf("%s{\"file\": ", first ? "" : ",\n");
    json_string(stdout, path, strlen(path));
    if (f->workbook) {
        printf(", \"workbook\": {\"sheet\": ");
        json_string(stdout, f->sheet, strlen(f->sheet));
        printf(", \"header_row\": %lu, \"title_rows\": %lu}", f->header_row, f->title_rows);
    }
    printf(", \"encoding\": ");
    const char *name = f->encoding == YK_ENC_OTHER ? f->encoding_name
                                                   : yk_encoding_name(f->encoding);
    json_string(stdout, name, strlen(name));
    printf(", \"encoding_given\": %s", f->encoding_given ? "true" : "false");
    printf(", \"accented_words\": %lu, \"confidence\": %.4f", d->words,
           yk_detection_confidence(d, f->encoding));
    if (!f->encoding_given && yk_detection_runner_up(d, &next))
        printf(", \"runner_up\": \"%s\", \"runner_up_confidence\": %.4f",
               yk_encoding_name(next), yk_detection_confidence(d, next));
    printf(", \"mixed\": [");
    for (unsigned i = 0; !f->encoding_given && i < d->n_mixed; i++)
        printf("%s{\"encoding\": \"%s\", \"lines\": %lu, \"first_line\": %lu, \"last_line\": %lu}",
               i ? ", " : "", yk_encoding_name(d->mixed[i].encoding),
               d->mixed[i].lines, d->mixed[i].first_line, d->mixed[i].last_line);
    printf("], \"read_as\": [");
    for (unsigned i = 0; i < s->n_mix; i++) {
        const yk_read_mix *m = &s->mix[i];
        printf("%s{\"encoding\": \"%s\", \"rows\": %lu, \"fields\": %lu, \"ranges\": [",
               i ? ", " : "", yk_encoding_name(m->encoding), m->rows, m->fields);
        for (unsigned k = 0; k < m->n_ranges; k++)
            printf("%s[%lu, %lu]", k ? ", " : "", m->range[k].first, m->range[k].last);
        printf("], \"more_ranges\": %lu}", m->more_ranges);
    }
    printf("], \"bom\": \"%s\", \"delimiter\": ", bom_name(f->bom));
    char delim = (char)f->delimiter;
    json_string(stdout, &delim, 1);
    printf(", \"bytes\": %lu, \"line_ends\": {\"crlf\": %lu, \"lf\": %lu, \"cr\": %lu}",
           f->bytes, f->crlf, f->lf, f->cr);
    printf(", \"rows\": %lu, \"columns\": %lu, \"header\": [", s->rows, s->columns);
    const char *p = r->header.data;
    for (size_t i = 0; i < r->header_n; i++, p += strlen(p) + 1) {
        printf("%s", i ? ", " : "");
        json_string(stdout, p, strlen(p));
    }
    printf("], \"ragged_rows\": %lu, \"skipped_rows\": %lu, \"invalid_fields\": %lu"
           ", \"suspicious_fields\": %lu, \"mixed_fields\": %lu, \"stray_quotes\": %lu"
           ", \"blank_lines\": %lu, \"errors\": %lu, \"warnings\": %lu}",
           s->ragged, s->skipped, s->invalid_fields, s->suspicious, s->mixed_fields,
           s->stray_quotes, s->blank_lines, s->errors, s->warnings);
}

static int parse(int argc, char **argv, cli_common *c)
{
    static const struct option longs[] = {
        CLI_READ_OPTIONS, CLI_SUMMARY_FORMAT_OPTION, { NULL, 0, NULL, 0 }
    };
    const cli_handler h[] = { { cli_read_option, c }, { cli_summary_format_option, &c->json } };
    int r = cli_parse("sniff", MSG_HELP_SNIFF, argc, argv, "f:E:D:qh", longs, h, 2);
    return r || optind < argc ? r : cli_usage("sniff", "no input file");
}

static int verb_sniff(int argc, char **argv)
{
    cli_common c = { 0 };
    int r = parse(argc, argv, &c);
    if (r)
        return r < 0 ? 0 : r;
    cli_diags ds = { .quiet = c.quiet, .all = c.all };
    char **paths;
    int n, worst = survey_expand_args("sniff", argc - optind, argv + optind, &ds, &paths, &n);
    if (worst) {
        survey_free_args(paths, n);
        return worst;
    }
    if (c.json)
        printf("[");
    for (int i = 0; i < n; i++) {
        sniff_result res;
        memset(&res, 0, sizeof res);
        int code = cli_read_file(paths[i], &c, &ds, keep_header, &res, &res.fmt, &res.stats);
        if (code <= EXIT_DATA) {
            if (c.json)
                print_json(paths[i], &res, i == 0);
            else
                print_text(paths[i], &res);
        }
        yk_buf_free(&res.header);
        worst = code > worst ? code : worst;
    }
    if (c.json)
        printf("]\n");
    cli_diags_file(&ds, NULL);     /* before the paths it names are freed */
    survey_free_args(paths, n);
    return worst;
}

const cli_verb cli_verb_sniff = {
    "sniff", MSG_SUMMARY_SNIFF,
    MSG_HELP_SNIFF, verb_sniff,
};
