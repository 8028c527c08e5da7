/* ykien command — a series of rounds opened from files (series.h). */
#include <stdlib.h>
#include <string.h>
#include "analysis.h"
#include "series.h"

static const char *group_name(const yk_tally *t)
{
    const yk_question *g = yk_tally_group(t);
    return g ? g->name : NULL;
}

/* A tally file: merged into the tally of its form, or a new form. */
static int add_file(yk_series *s, const char *path, cli_diags *ds)
{
    yk_tally *t;
    int code = analysis_load(path, ds, &t);
    if (code)
        return code;
    const char *g = group_name(t);
    const char *first = yk_series_n_tallies(s) ? group_name(yk_series_tally_of_form(s, 0)) : g;
    if ((g == NULL) != (first == NULL) || (g && strcmp(g, first) != 0)) {
        cli_error("%s: error: a tally grouped by %s, the first by %s: units cannot be "
                  "followed across rounds", path, g ? g : "nothing", first ? first : "nothing");
        yk_tally_free(t);
        return EXIT_DATA;
    }
    yk_status st = yk_series_add(s, t, path);
    if (st == YK_OK)
        return 0;
    cli_error("%s: %s", path, yk_strerror(st));
    return st == YK_ERR_LIMIT ? EXIT_DATA : EXIT_SYSTEM;
}

/* The series' errors and warnings, as the verbs have always said them. */
static void series_say(void *ctx, const yk_diag *d)
{
    (void)ctx;
    if (d->severity == YK_ERROR)
        cli_error("error: %s", d->message);
    else
        cli_error("%s: warning: %s", d->source, d->message);
}

/* The rounds listed and the questions and units mapped: 0 or a status. */
static int finish(yk_series *s)
{
    yk_status st = yk_series_finish(s, series_say, NULL);
    return st == YK_OK ? 0 : st == YK_ERR_ARGUMENT ? EXIT_DATA : EXIT_SYSTEM;
}

int series_open(const char *verb, const survey_opts *o, const char *by, int argc,
                char **argv, cli_diags *ds, yk_series **out)
{
    int files = 0, code = 0;
    for (int i = 0; i < argc; i++)
        files += analysis_is_tally(argv[i]);
    *out = NULL;
    if (files && (files < argc || o->form_dir))
        return cli_usage(verb, "give tally files (.ykt) or data, not both");
    if (files && by)
        return cli_usage(verb, "--by needs the data: tally files are grouped already");
    yk_series *s;
    if (yk_series_new(0, &s) != YK_OK)
        return EXIT_SYSTEM;
    if (!files) {
        yk_tally *t;
        code = analysis_tally(verb, o, by, argc, argv, ds, &t);
        if (t && yk_series_add(s, t, NULL) != YK_OK)
            code = EXIT_SYSTEM;
    }
    for (int i = 0; i < argc && files && !code; i++)
        code = add_file(s, argv[i], ds);
    int fatal = code > EXIT_DATA || !yk_series_n_tallies(s) ? code ? code : EXIT_DATA
                                                             : finish(s);
    if (fatal) {
        yk_series_free(s);
        return fatal;
    }
    *out = s;
    return code;
}

int series_of_tally(yk_tally *t, yk_series **out)
{
    yk_series *s;
    *out = NULL;
    if (yk_series_new(1, &s) != YK_OK)
        return EXIT_SYSTEM;
    int code = yk_series_add(s, t, NULL) == YK_OK ? 0 : EXIT_SYSTEM;
    if (!code)
        code = finish(s);
    if (code) {
        yk_series_free(s);
        return code;
    }
    *out = s;
    return 0;
}
