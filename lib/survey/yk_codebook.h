/* ykien — a form's coded data as a statistics package's variables: names
 * the package accepts, variable labels, value labels and missing values.
 *
 * The variables are the columns of `ykien import`'s CSV, in its order:
 * _round, _source, _line, _errors, then each question that holds an
 * answer, a select_multiple as one 0/1 variable per choice.  Everything
 * here is a pure function of the form and the package, so the same form
 * always gives the same names and labels:
 *
 *   names   folded to ASCII (Vietnamese letters lose their marks, đ is d),
 *           every other character '_' (SPSS keeps '.', not last); a name
 *           not starting with a letter (SPSS) or a letter or '_' (Stata)
 *           gets a 'v' in front; cut to 64 bytes (SPSS) or 32 (Stata); a
 *           reserved word gets '_' after it; a name already taken (case
 *           ignored) gets _2, _3, ... (cut to fit), in column order;
 *   labels  the question's label in the form's default language
 *           (settings' default_language matched to a label column by its
 *           name or its "(code)", else the first label column); for a
 *           choice's 0/1 variable "question label: choice label"; cut on a
 *           character boundary to the package's limit;
 *   values  a select_one whose codes are all numbers (and distinct as
 *           numbers; for Stata, whole numbers) is numeric with the codes
 *           as values; otherwise SPSS
 *           has a string variable of the codes with string value labels,
 *           and Stata (no labels on strings) numbers the choices 1..k in
 *           list order; 0/1 variables are labelled không/có (no/yes when
 *           the default language is English);
 *   missing a blank or invalid answer is system-missing (in an SPSS
 *           string variable, where there is none, "" declared
 *           user-missing); a not-an-opinion choice (choices'
 *           not_opinion) is declared missing where its
 *           code is a number: SPSS user-missing (at most three values, or
 *           one range when no opinion lies inside it), Stata .a, .b, ...
 *           in list order; elsewhere it stays an ordinary value.
 *
 * The codebook owns every string it hands out; the form must outlive it. */
#ifndef YK_CODEBOOK_H
#define YK_CODEBOOK_H

#include <stddef.h>
#include "yk_coder.h"
#include "yk_form.h"

typedef enum { YK_PACKAGE_SPSS, YK_PACKAGE_STATA } yk_package;

enum {
    YK_CODEBOOK_SPSS_NAME_MAX = 64,     /* bytes */
    YK_CODEBOOK_STATA_NAME_MAX = 32,
    YK_CODEBOOK_SPSS_VAR_LABEL_MAX = 255,    /* bytes */
    YK_CODEBOOK_SPSS_VALUE_LABEL_MAX = 120,  /* bytes */
    YK_CODEBOOK_STATA_VAR_LABEL_MAX = 80,    /* characters */
    YK_CODEBOOK_STATA_VALUE_LABEL_MAX = 32000, /* bytes */
    YK_CODEBOOK_SPSS_MISSING_MAX = 3         /* discrete user-missing values */
};

typedef enum {
    YK_VAR_ROUND, YK_VAR_SOURCE, YK_VAR_LINE, YK_VAR_ERRORS,
    YK_VAR_ANSWER,      /* one question's answer */
    YK_VAR_CHOSEN       /* a select_multiple's choice: 0/1 */
} yk_var_role;

/* One value label.  number is the value in the file for numeric
 * variables; code the string value for SPSS string variables (else the
 * choice's code, for reference). */
typedef struct {
    double number;
    const char *code;
    const char *label;
    char missing_tag;   /* Stata: 'a'.. for a not-an-opinion value written
                           as extended missing; 0 otherwise */
    int user_missing;   /* SPSS: declared user-missing */
} yk_codebook_value;

typedef struct {
    const char *name;           /* valid for the package */
    const char *column;         /* its CSV header: "q01", "kenh_tin/bao_in" */
    const char *label;          /* NULL when none */
    yk_var_role role;
    int is_string;              /* else numeric (double) */
    int whole;                  /* numeric and never a fraction: shown
                                   without decimals */
    yk_measure measure;         /* the question's (nominal for the rest) */
    size_t question;            /* index in the form (ANSWER, CHOSEN) */
    size_t choice;              /* CHOSEN: the choice */
    const yk_codebook_value *values; /* value labels; NULL when none */
    size_t n_values;            /* for ANSWER selects: one per choice, in
                                   list order (values[i] is choice i) */
    const char *label_set;      /* a name for the value labels (valid as a
                                   variable name), NULL when none */
    int empty_missing;          /* SPSS: a string answer's "" (a blank
                                   answer: SPSS strings have no system-
                                   missing) is declared user-missing */
    /* SPSS user-missing as a range (more than three not-an-opinion
     * values with no opinion between them); has_range 0 otherwise. */
    int has_range;
    double range_lo, range_hi;
} yk_codebook_var;

typedef struct yk_codebook yk_codebook;

/* The codebook of form for package.  YK_ERR_NOMEM, YK_ERR_ARGUMENT. */
yk_status yk_codebook_new(const yk_form *form, yk_package package, yk_codebook **out);
void yk_codebook_free(yk_codebook *cb);

size_t yk_codebook_n_vars(const yk_codebook *cb);
/* Borrowed from the codebook; NULL past the end. */
const yk_codebook_var *yk_codebook_var_at(const yk_codebook *cb, size_t i);

/* The index of the form's default language among its label columns
 * (yk_form_language), 0 when it names none of them. */
size_t yk_codebook_language(const yk_form *form);

/* A label in language lang, else in the first column, else fallback. */
const char *yk_codebook_label(const char *const *labels, size_t lang, const char *fallback);

/* One cell of a row: what variable v holds for a response. */
typedef enum {
    YK_CELL_MISSING,    /* system-missing (.); "" for a string */
    YK_CELL_NUMBER,
    YK_CELL_STRING,
    YK_CELL_TAGGED      /* Stata extended missing, tag in .tag */
} yk_cell_kind;

typedef struct {
    yk_cell_kind kind;
    double number;
    const char *text;   /* borrowed from round, the response or the form */
    size_t len;
    char tag;
} yk_codebook_cell;

/* The cell of variable v for response r of round.  Text stays valid as
 * long as r, round and the form. */
yk_codebook_cell yk_codebook_cell_of(const yk_codebook_var *v, const char *round,
                                     const yk_response *r);

#endif
