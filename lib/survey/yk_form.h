/* ykien — a survey form: its questions, choice lists and settings.
 *
 * Forms are XLSForm (the KoboToolbox/ODK standard) saved as CSV, so an
 * office can reuse the form it already has:
 *
 *   survey.csv    type, name, label, label::LANG..., required, hint, and
 *                 ykien's own: scale (the construct an item belongs to),
 *                 reverse (yes for reverse-worded items), min, max,
 *                 previous_name (the question's name in an earlier
 *                 round's form, when it was renamed), measure (nominal,
 *                 ordinal or scale: over the guess for a select_one)
 *   choices.csv   list_name, name, label, label::LANG..., and ykien's own:
 *                 not_opinion (yes: counted, kept out of means and bases),
 *                 value (a number for order and means; default the
 *                 code when every opinion's code is a number, else the
 *                 position 1, 2, ...),
 *                 aliases (|-separated other names, for unit lists),
 *                 members (membership count), parent
 *   settings.csv  form_title, form_id, version, default_language, and
 *                 ykien's own: form_kind (survey, the default, or ballot:
 *                 the ballot of a confidence poll, which only `votes` may
 *                 read, since a poll is secret)
 *
 * Columns XLSForm has that ykien does not use (relevant, constraint,
 * appearance, ...) are ignored.  Every problem in the form is reported
 * with its file and line through the diagnostics callback, before any
 * data is read.  The form owns every string and array it hands out; they
 * live as long as the form.
 *
 * Where XLSForm leaves room, ykien reads it so:
 *   - column names are matched ignoring case and surrounding spaces;
 *     every cell is trimmed of surrounding spaces (no-break spaces too);
 *   - types may be written with spaces or '_' ("select one L", "begin_group")
 *     and in any case; "int" and "string" are integer and text, and
 *     "select_all_that_apply L" is select_multiple;
 *   - a survey row with no type is skipped when it is blank, an error when
 *     it has a name or label; blank choice rows are skipped;
 *   - names are XML names: a letter (Vietnamese letters too) or '_', then
 *     letters, digits, '_', '-', '.'; they are unique across the whole
 *     form, groups included, because data columns are matched by name;
 *   - repeats are not supported (error "form-unsupported-type");
 *   - settings.csv's first data row is read, later rows ignored;
 *   - members may group digits by threes ("1.234", "1 234").
 *
 * Diagnostics (kinds "form-..." and the reader's own) are delivered when
 * loading ends, sorted by file (survey, choices, settings) then line.
 * Kinds: form-missing-column, form-bad-name, form-duplicate-name,
 * form-unknown-type, form-unsupported-type, form-missing-list,
 * form-duplicate-choice, form-bad-number, form-bad-range,
 * form-unbalanced-group, form-one-item-scale, form-empty, form-too-large,
 * form-bad-measure, form-bad-kind (errors); form-unused-list, form-no-label (warnings). */
#ifndef YK_FORM_H
#define YK_FORM_H

#include <stddef.h>
#include <stdint.h>
#include "yk_diag.h"
#include "yk_input.h"
#include "yk_reader.h"

/* Caps on what a form file may make ykien hold (a bigger form is an
 * error "form-too-large", not an exhausted machine). */
enum {
    YK_FORM_MAX_QUESTIONS = 20000,
    YK_FORM_MAX_CHOICES = 200000,      /* in all lists together */
    YK_FORM_MAX_LANGUAGES = 64,
    YK_FORM_MAX_SCALE_ITEMS = 64       /* questions sharing one scale */
};

typedef enum {
    YK_Q_SELECT_ONE,
    YK_Q_SELECT_MULTIPLE,
    YK_Q_INTEGER,
    YK_Q_DECIMAL,
    YK_Q_TEXT,
    YK_Q_DATE,
    YK_Q_NOTE,      /* shows text, holds no answer */
    YK_Q_META       /* start, end, today, deviceid, calculate...: kept as
                       text when a column has it, never required */
} yk_question_type;

/* The type's word as survey.csv writes it ("select_one", "integer"...), for
 * messages; a static string ("unknown" for a value outside the enum). */
const char *yk_form_type_name(yk_question_type t);

/* How figures treat a question's answers, as SPSS's measure does: a
 * nominal select has counts and shares only; an ordinal one has an order
 * (the choices' values), medians, favourable shares and rank tests; a
 * scale one is ordinal with values fit for means too.  Numbers are scale,
 * other types nominal. */
typedef enum {
    YK_MEASURE_NOMINAL,
    YK_MEASURE_ORDINAL,
    YK_MEASURE_SCALE
} yk_measure;

/* One answer of a choice list. */
typedef struct {
    const char *name;           /* the code, e.g. "3" or "hon_dat" */
    const char *const *labels;  /* yk_form_n_languages entries, one per
                                   language; an entry is NULL where the row
                                   has no label in that language */
    double value;               /* for order and means */
    int not_opinion;            /* "Khó trả lời", "Không biết" */
    const char *const *aliases; /* other names of a unit; NULL when none */
    size_t n_aliases;
    long members;               /* membership; -1 when not given */
    const char *parent;         /* a parent unit's code, or NULL */
    unsigned long line;         /* in choices.csv */
} yk_choice;

typedef struct {
    const char *name;           /* list_name */
    const yk_choice *choices;   /* in file order; n >= 1 */
    size_t n;
} yk_choice_list;

typedef struct {
    const char *name;           /* e.g. "q01" */
    const char *path;           /* with its groups: "tu_tuong/q01" */
    yk_question_type type;
    const yk_choice_list *list; /* selects only, else NULL */
    const char *const *labels;  /* as a choice's labels */
    int required;
    const char *scale;          /* construct, or NULL */
    int reverse;
    const char *previous_name;  /* its name in an earlier round's form, or NULL */
    int has_min, has_max;       /* from the min and max columns */
    double min, max;
    unsigned long line;         /* in survey.csv */
    const char *hint;           /* the plain `hint` column, or NULL; a
                                   confidence poll's form puts a person's
                                   position there */
    yk_measure measure;         /* how figures treat its answers */
    int measure_guessed;        /* 1: no `measure` column said it; a
                                   select_one's was guessed from its list
                                   (yk_form_list_looks_ordinal) */
} yk_question;

typedef struct yk_form yk_form;

/* A group of questions (begin group), with its labels as a question's. */
typedef struct {
    const char *name;
    const char *const *labels;
    const char *hint;           /* the plain `hint` column, or NULL; a
                                   feedback form puts a member's position
                                   there (yk_feedback.h) */
    unsigned long line;         /* of its begin group, in survey.csv */
} yk_form_group;

/* The three files of a form; choices and settings may have a NULL input
 * (a form without selects needs no choices).  Names are used in
 * diagnostics and must outlive the call; NULL names default to
 * "survey.csv", "choices.csv" and "settings.csv". */
typedef struct {
    const char *survey_name, *choices_name, *settings_name;
    yk_input *survey, *choices, *settings;
} yk_form_files;

/* Load a form.  Returns YK_OK with *out set when the form can be used
 * (there may have been warnings); YK_ERR_PARSE when it has errors, each
 * reported through diag (*out is then NULL); other statuses for I/O and
 * memory (YK_ERR_ARGUMENT when out or the survey is missing).  The files
 * are read with yk_reader, so any encoding and delimiter works; diag may
 * be NULL.  The form is the caller's, to yk_form_free. */
yk_status yk_form_load(const yk_form_files *files, yk_diag_fn diag,
                       void *diag_ctx, yk_form **out);
void yk_form_free(yk_form *form);

/* Questions in form order, groups flattened; notes included.  Pointers
 * are borrowed from the form.  yk_form_question and yk_form_list return
 * NULL past the end. */
size_t yk_form_n_questions(const yk_form *form);
const yk_question *yk_form_question(const yk_form *form, size_t i);
/* The question whose name ("q01") or path ("tu_tuong/q01") is name, or
 * NULL; exact bytes (name is expected in NFC, as the reader gives it). */
const yk_question *yk_form_find(const yk_form *form, const char *name);

/* Groups in form order; NULL past the end. */
size_t yk_form_n_groups(const yk_form *form);
const yk_form_group *yk_form_group_at(const yk_form *form, size_t i);

/* The guess for a select_one without a `measure`: ordinal when its list
 * has a not-an-opinion answer, or when every code is a whole number and
 * it has at least 3 choices (1-5 agreement scales); else nominal.  A
 * unit list coded 1, 2, 3... looks ordinal too: hence `measure`, and
 * ykien check lists every guess. */
int yk_form_list_looks_ordinal(const yk_choice_list *list);

/* Lists in the order choices.csv first names them; only lists with at
 * least one choice exist. */
size_t yk_form_n_lists(const yk_form *form);
const yk_choice_list *yk_form_list(const yk_form *form, size_t i);

/* Label languages, in column order (survey.csv's, then those only
 * choices.csv has): "" for a plain `label` column, else the LANG of
 * `label::LANG` ("Vietnamese", "English (en)", ...), matched between the
 * files ignoring ASCII case. */
size_t yk_form_n_languages(const yk_form *form);
const char *yk_form_language(const yk_form *form, size_t i);

/* settings.csv; NULL where not given. */
const char *yk_form_title(const yk_form *form);
const char *yk_form_id(const yk_form *form);
const char *yk_form_version(const yk_form *form);
const char *yk_form_default_language(const yk_form *form);

/* What the form is, from settings' form_kind: a survey's questionnaire,
 * or a poll's ballot (an unknown form_kind, an error, counts as a ballot). */
typedef enum { YK_FORM_SURVEY, YK_FORM_BALLOT } yk_form_kind;
yk_form_kind yk_form_get_kind(const yk_form *form);

/* A 64-bit fingerprint of everything that gives data its meaning:
 * FNV-1a over each question's path, type and list name, then each list's
 * name and each choice's name and value (as "%.17g"), each string with
 * its terminating NUL and a 0x1E after each list.  Labels, hints,
 * aliases, members, scales and settings do not enter it.
 * Tally files carry it and refuse to merge with another form's. */
uint64_t yk_form_fingerprint(const yk_form *form);

/* Append a choice to the list of select question `question`: code name,
 * label in every language, value one above the list's highest, no
 * members (-1).  For a tally's reserved groups (a protected tally's
 * "Khác"), never for data: the fingerprint stays the form's as read, so
 * that tallies of the form still merge.  Every question of that list sees
 * the new choice; arrays of the list obtained before stay valid (with the
 * old n).  YK_ERR_ARGUMENT when the question is not a select or the list
 * already has the code; YK_ERR_NOMEM. */
yk_status yk_form_add_choice(yk_form *form, const char *question, const char *name,
                             const char *label);

#endif
