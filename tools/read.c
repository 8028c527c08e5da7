/* ykien command — reading one data file, the same way for every verb. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include "cli.h"

static int status_exit(const char *path, yk_status st, const yk_read_stats *s, int err)
{
    switch (st) {
    case YK_OK:
    case YK_ERR_STOPPED:
        return s->errors ? EXIT_DATA : 0;
    case YK_ERR_LIMIT:
    case YK_ERR_PARSE:
        return EXIT_DATA;       /* reported with its line by the reader */
    case YK_ERR_ENCODING:
        cli_error("%s: the encoding cannot be used to read CSV", path);
        return EXIT_USAGE;
    case YK_ERR_IO:
        cli_error("%s: error: cannot read: %s", path, strerror(err ? err : EIO));
        return EXIT_SYSTEM;
    default:
        cli_error("%s: %s", path, yk_strerror(st));
        return EXIT_SYSTEM;
    }
}

/* YKIEN_CSV=libcsv reads CSV with libcsv, the reference ykien's tokenizer
 * reproduces: the tests run the CLI cases through both. */
static yk_csv_parser csv_parser(void)
{
    const char *name = getenv("YKIEN_CSV");
    return name && strcmp(name, "libcsv") == 0 ? YK_CSV_LIBCSV : YK_CSV_TOKENIZER;
}

static yk_status read_csv(const char *path, yk_input *in, const cli_common *c,
                          yk_diag_fn diag, void *diag_ctx, yk_row_fn row, void *ctx,
                          yk_format *fmt, yk_read_stats *stats)
{
    struct stat sb;
    yk_reader *r = NULL;
    yk_read_options opt = c->read;
    opt.csv_parser = csv_parser();
    yk_status st = yk_reader_new(&opt, diag, diag_ctx, &r);
    if (st == YK_OK) {
        unsigned long long size = stat(path, &sb) == 0 ? (unsigned long long)sb.st_size : 0;
        if (!c->no_progress)
            cli_progress_start(path, 2 * size, c->quiet);
        st = yk_reader_sniff(r, path, in, fmt);
    }
    if (st == YK_OK)
        st = yk_reader_read(r, path, in, fmt, row, ctx);
    if (!c->no_progress)
        cli_progress_end();
    if (r)
        *stats = *yk_reader_stats(r);
    else
        memset(stats, 0, sizeof *stats);
    yk_reader_free(r);
    return st;
}

int cli_read_file_quiet(const char *path, const cli_common *c, yk_diag_fn diag,
                        void *diag_ctx, yk_row_fn row, void *ctx, yk_format *fmt,
                        cli_read_ending *end)
{
    yk_format local;
    fmt = fmt ? fmt : &local;
    cli_file *f = cli_file_open(path);
    if (!f)
        return EXIT_USAGE;
    end->err = 0;
    if (cli_input_is_workbook(cli_file_input(f)) == 1)
        end->st = cli_read_workbook(path, cli_file_input(f), c, diag, diag_ctx, row, ctx,
                                    fmt, &end->stats, &end->err);
    else
        end->st = read_csv(path, cli_file_input(f), c, diag, diag_ctx, row, ctx, fmt,
                           &end->stats);
    end->err = end->err ? end->err : cli_file_error(f);
    cli_file_close(f);
    return 0;
}

int cli_read_file_status(const char *path, const cli_read_ending *end)
{
    return status_exit(path, end->st, &end->stats, end->err);
}

int cli_read_file_to(const char *path, const cli_common *c, yk_diag_fn diag,
                     void *diag_ctx, yk_row_fn row, void *ctx, yk_format *fmt,
                     yk_read_stats *stats)
{
    cli_read_ending end;
    int code = cli_read_file_quiet(path, c, diag, diag_ctx, row, ctx, fmt, &end);
    if (code)
        return code;
    if (stats)
        *stats = end.stats;
    return cli_read_file_status(path, &end);
}

int cli_read_file(const char *path, const cli_common *c, cli_diags *ds,
                  yk_row_fn row, void *ctx, yk_format *fmt,
                  yk_read_stats *stats)
{
    cli_diags_file(ds, path);
    return cli_read_file_to(path, c, cli_diag, ds, row, ctx, fmt, stats);
}
