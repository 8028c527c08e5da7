/* ykien — the coder's insides, shared by its three files: coder.c
 * (matching a file's header, the flow of rows), answer.c (coding one
 * answer) and rowcheck.c (checks across rows).  Not part of the API. */
#ifndef YK_CODER_IMPL_H
#define YK_CODER_IMPL_H

#include <stdint.h>
#include "yk_coder.h"
#include "yk_dict.h"
#include "yk_index.h"

enum { MSG_MAX = 512, NO_QUESTION = (size_t)-1 };

typedef enum { COL_NONE, COL_QUESTION, COL_FLAG, COL_IGNORED } col_kind;
typedef struct {
    col_kind kind;
    size_t q, choice;
    const unsigned short *by_byte;  /* a select_one's one-byte codes, for
                                       the row loop's fast path; or NULL */
} column;

/* A key of a choice list, for matching labels longest first. */
typedef struct { size_t off, len, choice; } list_key;

typedef struct {
    const yk_choice_list *list;
    yk_dict *keys;              /* key of code, label, alias -> choice */
    yk_dict *codes;             /* exact code -> choice */
    size_t *code_len;           /* per choice: strlen of its code */
    uint64_t *packed;           /* per choice: a code of up to 8 bytes,
                                   zero-padded, for a scan without memcmp */
    unsigned short by_byte[256];/* one-byte codes ("1".."5"): choice + 1;
                                   never a space or tab, which trimming
                                   leaves blank */
    yk_dict *written;           /* answers as written -> choice: every
                                   code, and the spellings that matched a
                                   key (most files repeat a few) */
    yk_dict *sets;              /* select_multiple answers as written that
                                   were coded, -> a bit per choice (lists
                                   of at most 64 choices) */
    list_key *by_length;        /* longest first */
    size_t n_keys;
    yk_buf key_text;
} list_index;

/* A scale: its select_one items, in form order. */
typedef struct {
    const size_t *items;
    size_t k;
    int one_list;               /* all its items answer from one list */
} coder_scale;

/* Responses seen this round, by a 64-bit hash of their id or answers
 * (the hash is the whole key): the index's item is where the response was
 * first seen, its source in the high 32 bits and its line in the low.
 * 16 bytes a slot, so a million responses cost tens of megabytes, not
 * their text. */
typedef struct { uint32_t source, line; } seen_row;
typedef yk_index seen_table;

struct yk_coder {
    const yk_form *form;
    yk_coder_options opt;
    yk_diag_fn diag;
    void *diag_ctx;
    yk_coder_stats stats;
    size_t nq, unit_q, id_q;
    yk_dict *question_keys;     /* key of name, path, label -> question */
    yk_dict *aliases;           /* key of a header the options map -> question */
    int unusable;               /* this file's header matched too little */
    const yk_question **questions;  /* the form's, in order */
    size_t *list_of;            /* per question: its list's index */
    coder_scale *scales;        /* the form's scales, for straight-lining */
    size_t n_scales;
    size_t *scale_items;        /* every scale's items, scale by scale */
    list_index *lists;          /* by the form's list index */
    column *cols;
    size_t ncols;
    unsigned char *has_column;  /* per question, in this file */
    yk_answer *answers;
    yk_answer *blank_answers;   /* every question missing: copied over
                                   answers at the start of each row */
    unsigned char *chosen;      /* select_multiple flags, all questions */
    size_t *chosen_off, n_chosen;
    yk_dict *not_totals;        /* first fields known not to open a totals
                                   row: most rows repeat a few units */
    const char *source;
    char **sources;             /* every file seen, for "first seen at" */
    size_t nsources;
    seen_table ids, responses;
    seen_table submissions;     /* by identity and answers together */
    size_t identity_col;        /* this file's _uuid or submission time
                                   column, when no id question has one;
                                   NO_QUESTION: none */
    int identity_rank;          /* 1 a submission id, 2 a time */
    unsigned long row_errors;
    const yk_row *row;
    yk_response response;
    yk_buf key, loose, scratch, tmp;
};

/* Question q of the form. */
static inline const yk_question *Q(const yk_coder *c, size_t q)
{
    return c->questions[q];
}

void yk_coder_emit(yk_coder *c, yk_severity sev, const char *kind,
                   unsigned long line, unsigned long col, const char *hint,
                   const char *fmt, ...) __attribute__((format(printf, 7, 8)));
/* The text key of s in out (cleared first). */
yk_status yk_coder_key(yk_coder *c, const char *s, size_t n, int loose, yk_buf *out);
const list_index *yk_coder_list(const yk_coder *c, size_t q);
void yk_coder_trim(const char **s, size_t *n);

/* Code field i of the current row into c->answers. */
void yk_coder_code_field(yk_coder *c, size_t i, const yk_field *f);

/* Nonzero when the current row is a double submission (reported). */
int yk_coder_check_duplicates(yk_coder *c);
/* Choose the file's identity column (c->identity_col) from its header. */
void yk_coder_find_identity(yk_coder *c, const yk_row *header);
void yk_coder_check_straight_lining(yk_coder *c);
int yk_coder_is_blank_row(const yk_row *row);
int yk_coder_is_totals_row(yk_coder *c, const yk_row *row);

#endif
