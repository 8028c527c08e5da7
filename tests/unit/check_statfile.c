/* Coded data as .sav and .dta: a small form's two responses written with
 * yk_statfile, then read back with ReadStat's own parsers
 * (readstat_parse_sav, readstat_parse_dta) and printed as text: the row
 * count, each variable's name, type, label and value labels, and each
 * cell, with its missingness.  The expected text is what the codebook's
 * rules say (yk_codebook.h), worked out by hand. */
#include <check.h>
#include <readstat.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "events.h"
#include "suites.h"
#include "yk_statfile.h"

typedef struct {
    char out[8192];
    size_t len;
    int nvars;
} events;

static const char survey[] =
    "type,name,label\n"
    "select_one dong_y,q1,Tôi đồng ý\n"
    "select_one don_vi,đơn-vị,Đơn vị\n"
    "select_multiple kenh,kenh,Kênh\n"
    "text,gop_y,Góp ý\n"
    "integer,tuoi,Tuổi\n";
static const char choices[] =
    "list_name,name,label,not_opinion\n"
    "dong_y,1,Không đồng ý,\n"
    "dong_y,2,Đồng ý,\n"
    "dong_y,9,Khó trả lời,yes\n"
    "don_vi,rach_gia,Rạch Giá,\n"
    "don_vi,ha_tien,Hà Tiên,\n"
    "kenh,bao_in,Báo in,\n"
    "kenh,tivi,Ti vi,\n";

static yk_form *load(void)
{
    yk_memory ms, mc;
    yk_input si = yk_input_memory(&ms, survey, strlen(survey));
    yk_input ci = yk_input_memory(&mc, choices, strlen(choices));
    yk_form_files files = { NULL, NULL, NULL, &si, &ci, NULL };
    yk_form *form = NULL;
    ck_assert_int_eq(yk_form_load(&files, NULL, NULL, &form), YK_OK);
    return form;
}

static yk_status to_file(void *ctx, const char *p, size_t n)
{
    return fwrite(p, 1, n, ctx) == n ? YK_OK : YK_ERR_IO;
}

/* Two responses: every answer given (q1 "Khó trả lời"), then none. */
static void write_file(const char *path, yk_package p)
{
    yk_form *form = load();
    yk_codebook *cb;
    ck_assert_int_eq(yk_codebook_new(form, p, &cb), YK_OK);
    static const unsigned char chosen[] = { 1, 0 };
    yk_answer full[5] = {
        { .state = YK_ANSWER_OK, .choice = 2 },
        { .state = YK_ANSWER_OK, .choice = 1 },
        { .state = YK_ANSWER_OK, .chosen = chosen },
        { .state = YK_ANSWER_OK, .text = "Tốt lắm", .text_len = strlen("Tốt lắm") },
        { .state = YK_ANSWER_OK, .number = 24 },
    };
    yk_answer none[5] = { { 0 } };
    yk_response rows[2] = { { .source = "a.csv", .line = 2, .answers = full },
                            { .source = "a.csv", .line = 3, .answers = none, .errors = 1 } };
    size_t n = yk_codebook_n_vars(cb), widths[16] = { 0 };
    yk_codebook_cell cells[2][16];
    for (size_t r = 0; r < 2; r++)
        for (size_t i = 0; i < n; i++) {
            cells[r][i] = yk_codebook_cell_of(yk_codebook_var_at(cb, i), "2014", &rows[r]);
            if (cells[r][i].kind == YK_CELL_STRING && cells[r][i].len > widths[i])
                widths[i] = cells[r][i].len;
        }
    FILE *f = fopen(path, "wb");
    ck_assert_ptr_nonnull(f);
    yk_statfile_opts opt = { .package = p, .widths = widths, .rows = 2,
                             .file_label = "Khảo sát", .created = 1700000000 };
    yk_statfile *sf;
    const char *why = NULL;
    ck_assert_int_eq(yk_statfile_begin(cb, &opt, (yk_output){ to_file, f }, &sf, &why), YK_OK);
    for (size_t r = 0; r < 2; r++)
        ck_assert_int_eq(yk_statfile_row(sf, cells[r], &why), YK_OK);
    ck_assert_int_eq(yk_statfile_end(sf, &why), YK_OK);
    ck_assert_int_eq(fclose(f), 0);
    yk_codebook_free(cb);
    yk_form_free(form);
}

static int on_metadata(readstat_metadata_t *m, void *ctx)
{
    add((events *)ctx, "rows %d label %s\n", readstat_get_row_count(m),
        readstat_get_file_label(m) ? readstat_get_file_label(m) : "-");
    return READSTAT_HANDLER_OK;
}

static int on_variable(int index, readstat_variable_t *v, const char *labels, void *ctx)
{
    ((events *)ctx)->nvars = index + 1;
    add((events *)ctx, "var %d %s %s \"%s\" %s\n", index, readstat_variable_get_name(v),
        readstat_variable_get_type_class(v) == READSTAT_TYPE_CLASS_STRING ? "string" : "number",
        readstat_variable_get_label(v) ? readstat_variable_get_label(v) : "",
        labels ? labels : "-");
    return READSTAT_HANDLER_OK;
}

static void show_value(events *e, readstat_value_t value, readstat_variable_t *v)
{
    if (readstat_value_is_tagged_missing(value))
        add(e, ".%c", readstat_value_tag(value));
    else if (readstat_value_is_system_missing(value))
        add(e, ".");
    else if (readstat_value_type_class(value) == READSTAT_TYPE_CLASS_STRING)
        add(e, "\"%s\"", readstat_string_value(value) ? readstat_string_value(value) : "");
    else
        add(e, "%g", readstat_double_value(value));
    if (v && readstat_value_is_defined_missing(value, v))
        add(e, "(missing)");
}

static int on_label(const char *set, readstat_value_t value, const char *label, void *ctx)
{
    events *e = ctx;
    add(e, "label %s ", set);
    show_value(e, value, NULL);
    add(e, "=%s\n", label);
    return READSTAT_HANDLER_OK;
}

static int on_value(int obs, readstat_variable_t *v, readstat_value_t value, void *ctx)
{
    events *e = ctx;
    add(e, "%s%s=", readstat_variable_get_index(v) ? " " : "row ", readstat_variable_get_name(v));
    show_value(e, value, v);
    if (readstat_variable_get_index(v) == e->nvars - 1)
        add(e, "\n");
    (void)obs;
    return READSTAT_HANDLER_OK;
}

static void read_back(const char *path, yk_package p, events *e)
{
    readstat_parser_t *parser = readstat_parser_init();
    readstat_set_metadata_handler(parser, on_metadata);
    readstat_set_variable_handler(parser, on_variable);
    readstat_set_value_label_handler(parser, on_label);
    readstat_set_value_handler(parser, on_value);
    readstat_error_t err = p == YK_PACKAGE_SPSS ? readstat_parse_sav(parser, path, e)
                                                : readstat_parse_dta(parser, path, e);
    ck_assert_msg(err == READSTAT_OK, "%s", readstat_error_message(err));
    readstat_parser_free(parser);
}

static void check_file(yk_package p, const char *want)
{
    char path[] = "/tmp/ykien-statfile-XXXXXX";
    int fd = mkstemp(path);
    ck_assert_int_ge(fd, 0);
    close(fd);
    write_file(path, p);
    events e = { .len = 0 };
    read_back(path, p, &e);
    unlink(path);
    ck_assert_str_eq(e.out, want);
}

/* SPSS: the codes of đơn-vị are not numbers: a string variable with
 * string labels; q1's 9 is user-missing; a blank answer is system-missing,
 * a blank string answer "" declared user-missing.  ReadStat's parser
 * gives a .sav's value labels first, under set names of its own (SPSS
 * has none). */
START_TEST(sav_read_back)
{
    check_file(YK_PACKAGE_SPSS,
        "label labels0 1=Không đồng ý\n"
        "label labels0 2=Đồng ý\n"
        "label labels0 9=Khó trả lời\n"
        "label labels1 \"rach_gia\"=Rạch Giá\n"
        "label labels1 \"ha_tien\"=Hà Tiên\n"
        "label labels2 0=không\n"
        "label labels2 1=có\n"
        "label labels3 0=không\n"
        "label labels3 1=có\n"
        "rows 2 label Khảo sát\n"
        "var 0 v_round string \"Đợt khảo sát\" -\n"
        "var 1 v_source string \"Tệp dữ liệu\" -\n"
        "var 2 v_line number \"Dòng trong tệp\" -\n"
        "var 3 v_errors number \"Số lỗi của dòng\" -\n"
        "var 4 q1 number \"Tôi đồng ý\" labels0\n"
        "var 5 don_vi string \"Đơn vị\" labels1\n"
        "var 6 kenh_bao_in number \"Kênh: Báo in\" labels2\n"
        "var 7 kenh_tivi number \"Kênh: Ti vi\" labels3\n"
        "var 8 gop_y string \"Góp ý\" -\n"
        "var 9 tuoi number \"Tuổi\" -\n"
        "row v_round=\"2014\" v_source=\"a.csv\" v_line=2 v_errors=0 q1=9(missing) "
        "don_vi=\"ha_tien\" kenh_bao_in=1 kenh_tivi=0 gop_y=\"Tốt lắm\" tuoi=24\n"
        "row v_round=\"2014\" v_source=\"a.csv\" v_line=3 v_errors=1 q1=. "
        "don_vi=\"\"(missing) kenh_bao_in=. kenh_tivi=. gop_y=\"\"(missing) tuoi=.\n");
}
END_TEST

/* Stata: đơn-vị numbered 1, 2 in list order; q1's 9 is .a, labelled.
 * A .dta holds its value labels after the rows. */
START_TEST(dta_read_back)
{
    check_file(YK_PACKAGE_STATA,
        "rows 2 label Khảo sát\n"
        "var 0 _round string \"Đợt khảo sát\" -\n"
        "var 1 _source string \"Tệp dữ liệu\" -\n"
        "var 2 _line number \"Dòng trong tệp\" -\n"
        "var 3 _errors number \"Số lỗi của dòng\" -\n"
        "var 4 q1 number \"Tôi đồng ý\" q1\n"
        "var 5 don_vi number \"Đơn vị\" don_vi\n"
        "var 6 kenh_bao_in number \"Kênh: Báo in\" kenh_bao_in\n"
        "var 7 kenh_tivi number \"Kênh: Ti vi\" kenh_tivi\n"
        "var 8 gop_y string \"Góp ý\" -\n"
        "var 9 tuoi number \"Tuổi\" -\n"
        "row _round=\"2014\" _source=\"a.csv\" _line=2 _errors=0 q1=.a don_vi=2 "
        "kenh_bao_in=1 kenh_tivi=0 gop_y=\"Tốt lắm\" tuoi=24\n"
        "row _round=\"2014\" _source=\"a.csv\" _line=3 _errors=1 q1=. don_vi=. "
        "kenh_bao_in=. kenh_tivi=. gop_y=\"\" tuoi=.\n"
        "label q1 1=Không đồng ý\n"
        "label q1 2=Đồng ý\n"
        "label q1 .a=Khó trả lời\n"
        "label don_vi 1=Rạch Giá\n"
        "label don_vi 2=Hà Tiên\n"
        "label kenh_bao_in 0=không\n"
        "label kenh_bao_in 1=có\n"
        "label kenh_tivi 0=không\n"
        "label kenh_tivi 1=có\n");
}
END_TEST

/* A text answer past what a Stata string holds is refused, not cut. */
START_TEST(dta_string_too_wide)
{
    yk_form *form = load();
    yk_codebook *cb;
    ck_assert_int_eq(yk_codebook_new(form, YK_PACKAGE_STATA, &cb), YK_OK);
    size_t widths[16] = { 0 };
    widths[8] = YK_STATFILE_STATA_STRING_MAX + 1;     /* gop_y */
    FILE *f = tmpfile();
    yk_statfile_opts opt = { .package = YK_PACKAGE_STATA, .widths = widths, .rows = 0 };
    yk_statfile *sf;
    const char *why = NULL;
    ck_assert_int_eq(yk_statfile_begin(cb, &opt, (yk_output){ to_file, f }, &sf, &why),
                     YK_ERR_LIMIT);
    ck_assert_ptr_null(sf);
    ck_assert_ptr_nonnull(strstr(why, "2045"));
    fclose(f);
    yk_codebook_free(cb);
    yk_form_free(form);
}
END_TEST

Suite *yk_suite_statfile(void)
{
    Suite *s = suite_create("statfile");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, sav_read_back);
    tcase_add_test(tc, dta_read_back);
    tcase_add_test(tc, dta_string_too_wide);
    suite_add_tcase(s, tc);
    return s;
}
