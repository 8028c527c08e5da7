/* ykien check — every problem in a survey's form and data, and a summary. */
#include <string.h>
#include "json_print.h"
#include "survey.h"

static int count_response(void *ctx, const char *round, const yk_response *r)
{
    (void)ctx, (void)round, (void)r;
    return 0;
}

static void print_text(const survey *s, const cli_diags *ds)
{
    const cli_rows *r = &ds->rows;
    printf("files read          %zu\n", survey_n_files(s));
    printf("rows read           %lu\n", r->read);
    printf("responses           %lu\n", r->counted);
    printf("  with errors       %lu\n", r->with_errors);
    printf("  no known unit     %lu\n", r->no_unit);
    printf("rows not counted    %lu\n", r->blank + r->totals + r->doubles + r->rejected + r->unread);
    printf("  blank             %lu\n", r->blank);
    printf("  totals            %lu\n", r->totals);
    printf("  double submission %lu%s\n", r->doubles + r->doubles_kept,
           r->doubles_kept ? " (counted: --keep-duplicates)" : "");
    printf("  over a limit      %lu\n", r->rejected);
    printf("  columns unmatched %lu\n", r->unread);
    printf("errors              %lu\n", ds->errors);
    printf("warnings            %lu\n", ds->warnings);
    /* Errors first: they are what must be fixed. */
    for (int pass = 0; pass < 2; pass++)
        for (int i = 0; i < ds->nkinds; i++)
            if ((ds->kinds[i].severity == YK_ERROR) == (pass == 0))
                printf("  %-24s %6lu %s\n", ds->kinds[i].kind, ds->kinds[i].count,
                       pass == 0 ? "errors" : "warnings");
}

/* Question q takes its order from a guess, not from a `measure` column. */
static int guessed_ordinal(const yk_question *q)
{
    return q->type == YK_Q_SELECT_ONE && q->measure_guessed && q->measure != YK_MEASURE_NOMINAL;
}

/* The lists read as ordinal by guess, each with the questions that use
 * it: a unit list coded 1, 2, 3 shows here before a report is printed. */
static void print_guesses(const survey *s, int json)
{
    const yk_form *f = survey_form(s);
    const char *group = survey_group(s);
    int any = 0;
    for (size_t l = 0; l < yk_form_n_lists(f); l++) {
        const yk_choice_list *list = yk_form_list(f, l);
        int n = 0;
        for (size_t q = 0; q < yk_form_n_questions(f); q++) {
            const yk_question *qq = yk_form_question(f, q);
            if (qq->list != list || !guessed_ordinal(qq))
                continue;
            if (!n++ && json) {
                printf("%s{\"list\": ", any++ ? ", " : "");
                json_string(stdout, list->name, strlen(list->name));
                printf(", \"questions\": [");
            } else if (n == 1) {
                if (!any++)
                    printf("\nlists taken as ordinal (no `measure` column says so):\n");
                printf("  %-20s", list->name);
            }
            if (json) {
                printf("%s", n > 1 ? ", " : "");
                json_string(stdout, qq->name, strlen(qq->name));
            } else {
                printf(" %s%s", qq->name, group && strcmp(group, qq->name) == 0
                                          ? " (the grouping question: never an item)" : "");
            }
        }
        if (n)
            printf(json ? "]}" : "\n");
    }
    if (any && !json)
        printf("  (add a measure column to survey.csv: nominal, ordinal or scale)\n");
}

static void print_json(const survey *s, const cli_diags *ds)
{
    const cli_rows *r = &ds->rows;
    printf("{\"files\": %zu, \"rows\": %lu, \"responses\": %lu, \"with_errors\": %lu, "
           "\"no_unit\": %lu, \"skipped\": %lu, \"blank\": %lu, \"totals\": %lu, "
           "\"double_submissions\": %lu, \"double_submissions_counted\": %lu, "
           "\"over_limit\": %lu, \"errors\": %lu, \"warnings\": %lu, \"kinds\": [",
           survey_n_files(s), r->read, r->counted, r->with_errors, r->no_unit,
           r->blank + r->totals + r->doubles + r->rejected + r->unread, r->blank, r->totals,
           r->doubles + r->doubles_kept, r->doubles_kept, r->rejected, ds->errors,
           ds->warnings);
    int n = 0;
    for (int pass = 0; pass < 2; pass++) {       /* errors first */
        for (int i = 0; i < ds->nkinds; i++) {
            if ((ds->kinds[i].severity == YK_ERROR) != (pass == 0))
                continue;
            printf("%s{\"kind\": ", n++ ? ", " : "");
            json_string(stdout, ds->kinds[i].kind, strlen(ds->kinds[i].kind));
            printf(", \"severity\": \"%s\", \"count\": %lu}",
                   pass == 0 ? "error" : "warning", ds->kinds[i].count);
        }
    }
    printf("], \"rows_unread\": %lu, \"ordinal_guesses\": [", r->unread);
    print_guesses(s, 1);
    printf("]}\n");
}

static int parse(int argc, char **argv, survey_opts *o)
{
    static const struct option longs[] = {
        CLI_READ_OPTIONS, SURVEY_OPTIONS, CLI_SUMMARY_FORMAT_OPTION, { NULL, 0, NULL, 0 }
    };
    const cli_handler h[] = { { survey_option, o }, { cli_summary_format_option, &o->c.json } };
    return cli_parse("check", MSG_HELP_CHECK, argc, argv, "f:E:D:qh", longs, h, 2);
}

static int verb_check(int argc, char **argv)
{
    survey_opts o = { 0 };
    int r = parse(argc, argv, &o);
    if (r)
        return r < 0 ? 0 : r;
    cli_diags ds = { .quiet = o.c.quiet, .all = o.c.all, .per_run = 1 };
    survey *s;
    int code = survey_open("check", &o, argc - optind, argv + optind, &ds, &s);
    if (code == 0) {
        code = survey_run(s, count_response, NULL);
        cli_diags_file(&ds, NULL);
        if (o.c.json)
            print_json(s, &ds);
        else
            print_text(s, &ds);
        if (!o.c.json)
            print_guesses(s, 0);
        survey_close(s);
    } else {
        cli_diags_file(&ds, NULL);
    }
    return code ? code : ds.errors ? EXIT_DATA : 0;
}

const cli_verb cli_verb_check = {
    "check", MSG_SUMMARY_CHECK, MSG_HELP_CHECK, verb_check,
};
