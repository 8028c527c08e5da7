#ifndef YK_TEST_SUITES_H
#define YK_TEST_SUITES_H
#include <check.h>
Suite *yk_suite_text(void);
Suite *yk_suite_encoding(void);
Suite *yk_suite_vietnamese(void);
Suite *yk_suite_vni(void);
Suite *yk_suite_detect(void);
Suite *yk_suite_mojibake(void);
Suite *yk_suite_sniff(void);
Suite *yk_suite_reader(void);
Suite *yk_suite_csvwrite(void);
Suite *yk_suite_form(void);
Suite *yk_suite_textkey(void);
Suite *yk_suite_dict(void);
Suite *yk_suite_project(void);
Suite *yk_suite_coder(void);
#endif
