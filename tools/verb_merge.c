/* ykien merge — add tally files of one form: units into a province,
 * rounds into a history. */
#include <string.h>
#include "analysis.h"

static int verb_merge(int argc, char **argv)
{
    static const struct option longs[] = {
        { "output", required_argument, NULL, 'o' },
        { "force", no_argument, NULL, OPT_FORCE },
        { "protect", no_argument, NULL, OPT_PROTECT },
        { "min-base", required_argument, NULL, OPT_MIN_BASE },
        { "help", no_argument, NULL, 'h' },
        { NULL, 0, NULL, 0 }
    };
    const char *output = NULL;
    int force = 0, protect = 0, opt;
    long min_base = 0;
    while ((opt = cli_getopt("merge", argc, argv, "o:h", longs)) != -1) {
        switch (opt) {
        case 'o': output = strcmp(optarg, "-") == 0 ? NULL : optarg; break;
        case OPT_FORCE: force = 1; break;
        case OPT_PROTECT: protect = 1; break;
        case OPT_MIN_BASE:
            if (analysis_protect_base("merge", optarg, &min_base))
                return EXIT_USAGE;
            break;
        case 'h': cli_help_put(MSG_HELP_MERGE); return 0;
        default: return EXIT_USAGE;
        }
    }
    if (min_base && !protect)
        return cli_usage("merge", "--min-base is --protect's: a tally file has no figures");
    int format = -1;
    if (cli_output_format("merge", output, CLI_WRITES(CLI_TALLY), &format))
        return EXIT_USAGE;
    if (optind == argc)
        return cli_usage("merge", "no tally file");
    for (int i = optind; i < argc; i++)
        if (!analysis_is_tally(argv[i]))
            return cli_usage("merge", "'%s' is not a tally file (.ykt)", argv[i]);
    cli_diags ds = { .per_run = 1 };
    survey_opts none = { 0 };
    yk_tally *t;
    int code = analysis_tally("merge", &none, NULL, argc - optind, argv + optind, &ds, &t);
    if (t && protect) {
        int refused = analysis_protect(t, min_base ? min_base : ANALYSIS_PROTECT_DEFAULT);
        if (refused) {
            yk_tally_free(t);
            t = NULL;
            code = refused;
        }
    }
    if (t && yk_tally_protection_of(t).lost)
        cli_error("warning: the merged tally is not protected: some of the files were "
                  "(tally --protect), others were not; merge with --protect to fold its "
                  "small groups again");
    if (t) {
        int saved = analysis_save(t, output, force, argv + optind, argc - optind);
        code = saved ? saved : code;
        yk_tally_free(t);
    }
    cli_diags_file(&ds, NULL);
    return code;
}

const cli_verb cli_verb_merge = {
    "merge", MSG_SUMMARY_MERGE, MSG_HELP_MERGE, verb_merge,
};
