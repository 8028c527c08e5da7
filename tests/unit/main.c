/* ykien unit tests: one Check suite per library module. */
#include <check.h>
#include <stdlib.h>
#include "suites.h"

int main(void)
{
    Suite *(*const suites[])(void) = {
        yk_suite_text, yk_suite_encoding, yk_suite_vietnamese, yk_suite_vni,
        yk_suite_detect, yk_suite_mojibake, yk_suite_sniff, yk_suite_csvtok, yk_suite_reader,
        yk_suite_csvwrite, yk_suite_form, yk_suite_textkey, yk_suite_dict,
        yk_suite_project, yk_suite_coder, yk_suite_tally, yk_suite_stats,
        yk_suite_rules, yk_suite_poll, yk_suite_chart, yk_suite_doc, yk_suite_doc_docx,
        yk_suite_chart_rounds, yk_suite_chart_units, yk_suite_disclosure, yk_suite_table,
        yk_suite_figures, yk_suite_figures_compare, yk_suite_figures_crosstab,
        yk_suite_figures_scale, yk_suite_freq_describe, yk_suite_grow, yk_suite_index,
        yk_suite_messages, yk_suite_series, yk_suite_rounds,
        yk_suite_chart_measure, yk_suite_compare_stats,
        yk_suite_figures_votes, yk_suite_figures_response,
        yk_suite_figures_units, yk_suite_figures_histogram, yk_suite_table_xlsx,
        yk_suite_xlsx, yk_suite_entry_sheet,
        yk_suite_codebook, yk_suite_statfile,
        yk_suite_words, yk_suite_mask, yk_suite_phrases,
        yk_suite_themes, yk_suite_comments,
        yk_suite_figures_comments, yk_suite_pipe,
        yk_suite_feedback, yk_suite_figures_feedback,
    };
    SRunner *sr = srunner_create(NULL);
    for (size_t i = 0; i < sizeof suites / sizeof suites[0]; i++)
        srunner_add_suite(sr, suites[i]());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
