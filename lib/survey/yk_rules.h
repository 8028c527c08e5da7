/* ykien — rule sets of confidence polls: which share of which level has
 * which consequence, read from a small text file an office can edit.
 *
 *     # Quy định 96-QĐ/TW, 2023
 *     name = qd96-2023
 *     title = Quy định 96-QĐ/TW (2023) về lấy phiếu tín nhiệm
 *     base = members                       members|present|issued|valid
 *     threshold = low at-least 2/3 dismissal
 *     threshold = low more-than 1/2 review
 *
 * `#` starts a note.  A threshold is LEVEL (high, trust or low),
 * COMPARISON (more-than: strictly more; at-least: that share or more), a
 * fraction P/Q (whole numbers, 0 < Q <= 1000, P <= Q) and the FLAG a
 * person gets when it holds (letters, digits, '-' and '_'; not "none").
 * The thresholds are tried from the top: the first that holds gives the
 * flag, so the heaviest consequence comes first; when none holds the flag
 * is "none".  `base` is the denominator the rule set uses unless the user
 * chooses another.  Comparisons are exact, in integers: "more than P/Q of
 * D" is Q·count > P·D, "at least" Q·count >= P·D; rounded percentages
 * never decide.
 *
 * Diagnostics (all errors): rules-syntax (a line that is not key = value,
 * a bad threshold, base or key), rules-duplicate (a key other than
 * threshold given twice), rules-incomplete (no base or no threshold),
 * rules-too-large (over 64 thresholds or 64 KiB).  The rule set owns
 * all its strings. */
#ifndef YK_RULES_H
#define YK_RULES_H

#include <stddef.h>
#include "yk_diag.h"
#include "yk_input.h"

/* The three levels of a ballot line, highest first. */
typedef enum { YK_LEVEL_HIGH, YK_LEVEL_TRUST, YK_LEVEL_LOW, YK_N_LEVELS } yk_level;

/* The denominators of a poll's percentages. */
typedef enum { YK_BASE_MEMBERS, YK_BASE_PRESENT, YK_BASE_ISSUED, YK_BASE_VALID,
               YK_N_BASES } yk_base;

typedef enum { YK_MORE_THAN, YK_AT_LEAST } yk_comparison;

typedef struct {
    yk_level level;
    yk_comparison comparison;
    unsigned long p, q;         /* the fraction p/q */
    const char *flag;
    unsigned long line;         /* in the rule file */
} yk_threshold;

typedef struct yk_rules yk_rules;

/* Read a rule set.  YK_ERR_PARSE when it has errors, each reported
 * through diag (may be NULL) with its line; *out is then NULL.  source
 * names the file in diagnostics; when the file sets no name, the rule
 * set is named after source's last component without ".rules". */
yk_status yk_rules_load(const char *source, yk_input *in, yk_diag_fn diag,
                        void *diag_ctx, yk_rules **out);
void yk_rules_free(yk_rules *r);

const char *yk_rules_name(const yk_rules *r);
const char *yk_rules_title(const yk_rules *r);     /* NULL when not given */
yk_base yk_rules_base(const yk_rules *r);
size_t yk_rules_n_thresholds(const yk_rules *r);
const yk_threshold *yk_rules_threshold(const yk_rules *r, size_t i);

/* 1 when count of base passes t (exactly, in integers), else 0.  Counts
 * and bases up to 2^40 are exact. */
int yk_threshold_holds(const yk_threshold *t, unsigned long count, unsigned long base);

/* The flag of a person whose counts per level are counts[YK_N_LEVELS],
 * over base: the first threshold that holds, or "none".  NULL when base
 * is 0 (no share can be taken).  Borrowed from the rule set. */
const char *yk_rules_flag(const yk_rules *r, const unsigned long *counts,
                          unsigned long base);

/* Names: "high", "trust", "low"; "members", "present", "issued", "valid".
 * The parsers return 1 and set *out, or 0 for an unknown name. */
const char *yk_level_name(yk_level level);
const char *yk_base_name(yk_base base);
int yk_base_parse(const char *name, yk_base *out);

#endif
