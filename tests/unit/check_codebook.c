/* A form's coded data as SPSS and Stata variables: names made valid and
 * unique, labels in the default language, value labels, missing values,
 * and the cell each answer becomes.  Every expected name and value is
 * worked out by hand from the rules in yk_codebook.h (comments say how). */
#include <check.h>
#include <math.h>
#include <stdio.h>
#include <string.h>
#include "suites.h"
#include "yk_codebook.h"

static yk_form *load(const char *survey, const char *choices, const char *settings)
{
    yk_memory ms, mc, mt;
    yk_input si = yk_input_memory(&ms, survey, strlen(survey));
    yk_input ci = yk_input_memory(&mc, choices, strlen(choices));
    yk_input ti = yk_input_memory(&mt, settings ? settings : "", settings ? strlen(settings) : 0);
    yk_form_files files = { NULL, NULL, NULL, &si, &ci, settings ? &ti : NULL };
    yk_form *form = NULL;
    ck_assert_int_eq(yk_form_load(&files, NULL, NULL, &form), YK_OK);
    return form;
}

static const yk_codebook_var *find(const yk_codebook *cb, const char *column)
{
    for (size_t i = 0; i < yk_codebook_n_vars(cb); i++)
        if (strcmp(yk_codebook_var_at(cb, i)->column, column) == 0)
            return yk_codebook_var_at(cb, i);
    ck_abort_msg("no variable for column %s", column);
    return NULL;
}

static const char names_survey[] =
    "type,name,label\n"
    "text,câu_hỏi,Câu hỏi\n"
    "text,đánh-giá.1,Đánh giá\n"
    "integer,with,Với\n"
    "integer,int,Số nguyên\n"
    "integer,Q1,Q lớn\n"
    "integer,q1,q nhỏ\n"
    "integer,a-b,A gạch B\n"
    "integer,a_b,A gạch dưới B\n"
    "integer,_x,X\n"
    "integer,tieu_chi_danh_gia_cua_chi_doan_nam_2024_a,Dài A\n"
    "integer,tieu_chi_danh_gia_cua_chi_doan_nam_2024_b,Dài B\n"
    "integer,str80,Kiểu chuỗi\n"
    "select_multiple kenh,kenh,Kênh\n";
static const char names_choices[] =
    "list_name,name,label\n"
    "kenh,bao_in,Báo in\n"
    "kenh,mang-xa-hoi,Mạng xã hội\n";

START_TEST(spss_names)
{
    yk_form *form = load(names_survey, names_choices, NULL);
    yk_codebook *cb;
    ck_assert_int_eq(yk_codebook_new(form, YK_PACKAGE_SPSS, &cb), YK_OK);
    /* 4 fixed + 12 questions + 2 choices. */
    ck_assert_uint_eq(yk_codebook_n_vars(cb), 18);
    static const char *const want[][2] = {
        { "_round", "v_round" },        /* SPSS names start with a letter */
        { "_errors", "v_errors" },
        { "câu_hỏi", "cau_hoi" },       /* marks stripped */
        { "đánh-giá.1", "danh_gia.1" }, /* đ is d; '-' is '_'; '.' kept */
        { "with", "with_" },            /* reserved */
        { "int", "int" },               /* reserved in Stata only */
        { "Q1", "Q1" },
        { "q1", "q1_2" },               /* Q1 taken, case ignored */
        { "a-b", "a_b" },
        { "a_b", "a_b_2" },
        { "_x", "v_x" },
        { "str80", "str80" },
        { "kenh/bao_in", "kenh_bao_in" },
        { "kenh/mang-xa-hoi", "kenh_mang_xa_hoi" },
    };
    for (size_t i = 0; i < sizeof want / sizeof want[0]; i++)
        ck_assert_str_eq(find(cb, want[i][0])->name, want[i][1]);
    /* 41 bytes: under SPSS's 64, kept whole. */
    ck_assert_str_eq(find(cb, "tieu_chi_danh_gia_cua_chi_doan_nam_2024_b")->name,
                     "tieu_chi_danh_gia_cua_chi_doan_nam_2024_b");
    yk_codebook_free(cb);
    yk_form_free(form);
}
END_TEST

START_TEST(stata_names)
{
    yk_form *form = load(names_survey, names_choices, NULL);
    yk_codebook *cb;
    ck_assert_int_eq(yk_codebook_new(form, YK_PACKAGE_STATA, &cb), YK_OK);
    static const char *const want[][2] = {
        { "_round", "_round" },         /* Stata names may start with '_' */
        { "đánh-giá.1", "danh_gia_1" }, /* '.' is '_' too */
        { "with", "with_" },
        { "int", "int_" },              /* a Stata type name */
        { "str80", "str80_" },          /* str# is one too */
        { "q1", "q1_2" },
        { "_x", "_x" },
        /* cut to 32 bytes: "tieu_chi_danh_gia_cua_chi_doan_n" (count: 4+1+3+1+4+
         * 1+3+1+3+1+3+1+4+1+1 = 32); the second is taken, so 30 bytes + "_2". */
        { "tieu_chi_danh_gia_cua_chi_doan_nam_2024_a", "tieu_chi_danh_gia_cua_chi_doan_n" },
        { "tieu_chi_danh_gia_cua_chi_doan_nam_2024_b", "tieu_chi_danh_gia_cua_chi_doan_2" },
    };
    for (size_t i = 0; i < sizeof want / sizeof want[0]; i++)
        ck_assert_str_eq(find(cb, want[i][0])->name, want[i][1]);
    for (size_t i = 0; i < yk_codebook_n_vars(cb); i++)
        ck_assert_uint_le(strlen(yk_codebook_var_at(cb, i)->name), 32);
    yk_codebook_free(cb);
    yk_form_free(form);
}
END_TEST

START_TEST(long_name_cut_to_64)
{
    char survey[512];
    const char *name70 = "a123456789b123456789c123456789d123456789e123456789f123456789g12345678";
    snprintf(survey, sizeof survey, "type,name,label\ninteger,%s,Một\ninteger,%sX,Hai\n",
             name70, name70);
    yk_form *form = load(survey, "list_name,name,label\n", NULL);
    yk_codebook *cb;
    ck_assert_int_eq(yk_codebook_new(form, YK_PACKAGE_SPSS, &cb), YK_OK);
    /* The first 64 bytes; then 62 of them and "_2". */
    ck_assert_str_eq(yk_codebook_var_at(cb, 4)->name,
                     "a123456789b123456789c123456789d123456789e123456789f123456789g123");
    ck_assert_str_eq(yk_codebook_var_at(cb, 5)->name,
                     "a123456789b123456789c123456789d123456789e123456789f123456789g1_2");
    yk_codebook_free(cb);
    yk_form_free(form);
}
END_TEST

static const char values_survey[] =
    "type,name,label,label::English (en)\n"
    "select_one dong_y,q1,Tôi đồng ý,I agree\n"
    "select_one don_vi,dv,Đơn vị,Unit\n"
    "select_one ma,ma,Mã,Code\n"
    "select_one bon,bon,Bốn,Four\n"
    "select_one giua,giua,Giữa,Between\n"
    "select_multiple kenh,kenh,Kênh,Channel\n"
    "select_one nua,nua,Nửa,Half\n"
    "decimal,diem,Điểm,Score\n"
    "note,ghi_chu,Ghi chú,Note\n";
static const char values_choices[] =
    "list_name,name,label,label::English (en),not_opinion\n"
    "dong_y,1,Không đồng ý,Disagree,\n"
    "dong_y,2,Đồng ý,Agree,\n"
    "dong_y,9,Khó trả lời,Hard to say,yes\n"
    "dong_y,8,Không biết,Don't know,yes\n"
    "don_vi,rach_gia,Rạch Giá,,\n"
    "don_vi,ha_tien,Hà Tiên,,\n"
    "don_vi,khac,Khác,,yes\n"
    "ma,1,Một,One,\n"
    "ma,01,Không một,Zero one,\n"
    "bon,1,A,A,\n"
    "bon,96,B,B,yes\n"
    "bon,97,C,C,yes\n"
    "bon,98,D,D,yes\n"
    "bon,99,E,E,yes\n"
    "giua,1,A,A,\n"
    "giua,96,B,B,yes\n"
    "giua,97,C,C,\n"
    "giua,98,D,D,yes\n"
    "giua,99,E,E,yes\n"
    "giua,95,F,F,yes\n"
    "kenh,bao_in,Báo in,Print,\n"
    "kenh,tivi,Ti vi,TV,\n"
    "nua,1,Một,One,\n"
    "nua,1.5,Một rưỡi,One and a half,\n";

START_TEST(spss_values_and_missing)
{
    yk_form *form = load(values_survey, values_choices, NULL);
    yk_codebook *cb;
    ck_assert_int_eq(yk_codebook_new(form, YK_PACKAGE_SPSS, &cb), YK_OK);
    /* 4 fixed + q1 dv ma bon giua + 2 choices + nua + diem; the note
     * holds nothing. */
    ck_assert_uint_eq(yk_codebook_n_vars(cb), 13);
    /* 1.5 is a number SPSS holds and labels. */
    ck_assert(!find(cb, "nua")->is_string && !find(cb, "nua")->whole);
    ck_assert(find(cb, "nua")->values[1].number == 1.5);
    const yk_codebook_var *q1 = find(cb, "q1");
    ck_assert(!q1->is_string);
    ck_assert(q1->whole);
    ck_assert_str_eq(q1->label, "Tôi đồng ý");      /* no default_language: first */
    ck_assert_uint_eq(q1->n_values, 4);
    ck_assert(q1->values[2].number == 9);
    ck_assert_str_eq(q1->values[2].label, "Khó trả lời");
    ck_assert(q1->values[2].user_missing && q1->values[3].user_missing);
    ck_assert(!q1->values[0].user_missing && !q1->values[2].missing_tag);
    ck_assert(!q1->has_range);
    /* Codes that are not numbers: a string variable of the codes; its
     * not-an-opinion answer stays a value. */
    const yk_codebook_var *dv = find(cb, "dv");
    ck_assert(dv->is_string);
    ck_assert_str_eq(dv->values[1].code, "ha_tien");
    ck_assert_str_eq(dv->values[1].label, "Hà Tiên");
    ck_assert(!dv->values[2].user_missing);
    ck_assert(dv->empty_missing);               /* a blank: "" declared missing */
    ck_assert(!find(cb, "_round")->empty_missing);
    /* "1" and "01" are one number: kept as string codes. */
    ck_assert(find(cb, "ma")->is_string);
    /* Four not-an-opinion values 96..99, no opinion among them: a range. */
    const yk_codebook_var *bon = find(cb, "bon");
    ck_assert(bon->has_range);
    ck_assert(bon->range_lo == 96 && bon->range_hi == 99);
    /* Four not-an-opinion values 95..99 with the opinion 97 inside: none. */
    const yk_codebook_var *giua = find(cb, "giua");
    ck_assert(!giua->has_range);
    for (size_t i = 0; i < giua->n_values; i++)
        ck_assert(!giua->values[i].user_missing);
    const yk_codebook_var *tivi = find(cb, "kenh/tivi");
    ck_assert_str_eq(tivi->label, "Kênh: Ti vi");
    ck_assert_uint_eq(tivi->n_values, 2);
    ck_assert_str_eq(tivi->values[0].label, "không");
    ck_assert_str_eq(tivi->values[1].label, "có");
    ck_assert(!find(cb, "diem")->whole && !find(cb, "diem")->is_string);
    ck_assert_str_eq(find(cb, "_round")->label, "Đợt khảo sát");
    yk_codebook_free(cb);
    yk_form_free(form);
}
END_TEST

START_TEST(stata_values_and_missing)
{
    yk_form *form = load(values_survey, values_choices,
                         "form_title,default_language\nKhảo sát,en\n");
    yk_codebook *cb;
    ck_assert_int_eq(yk_codebook_new(form, YK_PACKAGE_STATA, &cb), YK_OK);
    const yk_codebook_var *q1 = find(cb, "q1");
    ck_assert_str_eq(q1->label, "I agree");         /* default_language en: "(en)" */
    ck_assert(q1->values[0].number == 1 && !q1->values[0].missing_tag);
    ck_assert_int_eq(q1->values[2].missing_tag, 'a');   /* 9, first in list order */
    ck_assert_int_eq(q1->values[3].missing_tag, 'b');   /* 8 */
    ck_assert_str_eq(q1->values[3].label, "Don't know");
    /* Non-numeric codes numbered 1..k in list order; the unit list has no
     * English labels: the first column's. */
    const yk_codebook_var *dv = find(cb, "dv");
    ck_assert(!dv->is_string && !dv->empty_missing);
    ck_assert(dv->values[0].number == 1 && dv->values[2].number == 3);
    ck_assert_str_eq(dv->values[1].label, "Hà Tiên");
    ck_assert(!dv->values[2].missing_tag);     /* not a number code: a value */
    /* Stata labels whole numbers only: 1 and 1.5 are numbered 1, 2. */
    ck_assert(find(cb, "nua")->values[1].number == 2);
    const yk_codebook_var *tivi = find(cb, "kenh/tivi");
    ck_assert_str_eq(tivi->label, "Channel: TV");
    ck_assert_str_eq(tivi->values[1].label, "yes");
    ck_assert_str_eq(find(cb, "_round")->label, "Round");
    yk_codebook_free(cb);
    yk_form_free(form);
}
END_TEST

START_TEST(labels_cut_on_a_character)
{
    /* 100 × "Đ" (2 bytes each) = 200 characters as a label: Stata keeps 80
     * characters (160 bytes); SPSS 255 bytes is 127 whole "Đ" (254 bytes). */
    char survey[1024] = "type,name,label\ninteger,n,";
    for (int i = 0; i < 200; i++)
        strcat(survey, "Đ");
    strcat(survey, "\n");
    yk_form *form = load(survey, "list_name,name,label\n", NULL);
    yk_codebook *cb;
    ck_assert_int_eq(yk_codebook_new(form, YK_PACKAGE_STATA, &cb), YK_OK);
    ck_assert_uint_eq(strlen(find(cb, "n")->label), 160);
    yk_codebook_free(cb);
    ck_assert_int_eq(yk_codebook_new(form, YK_PACKAGE_SPSS, &cb), YK_OK);
    ck_assert_uint_eq(strlen(find(cb, "n")->label), 254);
    yk_codebook_free(cb);
    yk_form_free(form);
}
END_TEST

START_TEST(cells_of_a_response)
{
    yk_form *form = load(values_survey, values_choices, NULL);
    yk_codebook *spss, *stata;
    ck_assert_int_eq(yk_codebook_new(form, YK_PACKAGE_SPSS, &spss), YK_OK);
    ck_assert_int_eq(yk_codebook_new(form, YK_PACKAGE_STATA, &stata), YK_OK);
    static const unsigned char chosen[] = { 0, 1 };
    yk_answer a[9] = { { 0 } };                                     /* one per question */
    a[0] = (yk_answer){ .state = YK_ANSWER_OK, .choice = 2 };      /* q1 = 9 */
    a[1] = (yk_answer){ .state = YK_ANSWER_OK, .choice = 1 };      /* dv = ha_tien */
    a[5] = (yk_answer){ .state = YK_ANSWER_OK, .chosen = chosen }; /* kenh = tivi */
    a[7] = (yk_answer){ .state = YK_ANSWER_INVALID };              /* diem */
    yk_response r = { .source = "a.csv", .line = 7, .answers = a, .errors = 1 };
    yk_codebook_cell c = yk_codebook_cell_of(find(spss, "q1"), "2014", &r);
    ck_assert(c.kind == YK_CELL_NUMBER && c.number == 9);   /* user-missing: a value */
    c = yk_codebook_cell_of(find(stata, "q1"), "2014", &r);
    ck_assert(c.kind == YK_CELL_TAGGED && c.tag == 'a');
    c = yk_codebook_cell_of(find(spss, "dv"), "2014", &r);
    ck_assert(c.kind == YK_CELL_STRING && c.len == 7 && memcmp(c.text, "ha_tien", 7) == 0);
    c = yk_codebook_cell_of(find(stata, "dv"), "2014", &r);
    ck_assert(c.kind == YK_CELL_NUMBER && c.number == 2);
    c = yk_codebook_cell_of(find(spss, "kenh/bao_in"), "2014", &r);
    ck_assert(c.kind == YK_CELL_NUMBER && c.number == 0);
    c = yk_codebook_cell_of(find(spss, "kenh/tivi"), "2014", &r);
    ck_assert(c.kind == YK_CELL_NUMBER && c.number == 1);
    ck_assert_uint_eq(yk_form_n_questions(form), 9);
    ck_assert(yk_codebook_cell_of(find(spss, "diem"), "2014", &r).kind == YK_CELL_MISSING);
    ck_assert(yk_codebook_cell_of(find(spss, "ma"), "2014", &r).kind == YK_CELL_MISSING);
    c = yk_codebook_cell_of(find(spss, "_round"), "2014", &r);
    ck_assert(c.kind == YK_CELL_STRING && c.len == 4);
    c = yk_codebook_cell_of(find(spss, "_line"), "2014", &r);
    ck_assert(c.kind == YK_CELL_NUMBER && c.number == 7);
    c = yk_codebook_cell_of(find(spss, "_errors"), "2014", &r);
    ck_assert(c.kind == YK_CELL_NUMBER && c.number == 1);
    yk_codebook_free(spss);
    yk_codebook_free(stata);
    yk_form_free(form);
}
END_TEST

Suite *yk_suite_codebook(void)
{
    Suite *s = suite_create("codebook");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, spss_names);
    tcase_add_test(tc, stata_names);
    tcase_add_test(tc, long_name_cut_to_64);
    tcase_add_test(tc, spss_values_and_missing);
    tcase_add_test(tc, stata_values_and_missing);
    tcase_add_test(tc, labels_cut_on_a_character);
    tcase_add_test(tc, cells_of_a_response);
    suite_add_tcase(s, tc);
    return s;
}
