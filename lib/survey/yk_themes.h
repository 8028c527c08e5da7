/* ykien — themes of open answers, from a codebook an office writes.
 *
 * A codebook is a CSV file (UTF-8, comma-separated, a header row):
 *
 *     theme,label,phrases[,label::English]
 *     sinh_hoat,Sinh hoạt chi đoàn,sinh hoạt|họp chi đoàn|nội dung sinh hoạt
 *     can_bo,Cán bộ Đoàn,cán bộ|bí thư|ban thường vụ
 *
 * theme is a code (letters, digits, '_'), label what tables and charts
 * show (label::English with --lang en, else label), phrases the ways
 * members say it, separated by '|'.  An answer belongs to every theme one
 * of whose phrases it contains as whole syllables (yk_words.h), never
 * inside another syllable: "an" matches "an ninh" and "an toàn", where
 * the syllable "an" is, but not "bạn" or "ban"; "chi đoàn" matches "họp
 * chi đoàn" but not "chi" alone.  Syllables are compared in lower case, and with loose also without
 * marks ("can bo" = "cán bộ").  An answer with no theme is uncoded.
 *
 * Problems are reported with the codebook's file and line: a missing
 * column, an empty or repeated theme code, a theme without phrases, a
 * phrase without syllables, a phrase of more than YK_THEMES_MAX_WORDS
 * syllables; each makes the load fail (a codebook that silently lost a
 * theme would change its counts).  A phrase listed under two themes is a
 * warning: an answer saying it counts in both. */
#ifndef YK_THEMES_H
#define YK_THEMES_H

#include <stddef.h>
#include "yk_diag.h"
#include "yk_input.h"
#include "yk_words.h"

enum { YK_THEMES_MAX = 200, YK_THEMES_MAX_WORDS = 8, YK_THEMES_MAX_BYTES = 1 << 20 };

typedef struct yk_themes yk_themes;

/* Read a codebook from in (source names it in diagnostics).  YK_ERR_PARSE
 * after reporting its problems; YK_ERR_LIMIT past YK_THEMES_MAX themes or
 * YK_THEMES_MAX_BYTES; YK_ERR_NOMEM. */
yk_status yk_themes_load(const char *source, yk_input *in, int loose, yk_diag_fn diag,
                         void *diag_ctx, yk_themes **out);
void yk_themes_free(yk_themes *t);

size_t yk_themes_n(const yk_themes *t);
const char *yk_themes_code(const yk_themes *t, size_t i);
/* The label in English when english and the codebook has one, else the
 * label. */
const char *yk_themes_label(const yk_themes *t, size_t i, int english);
int yk_themes_loose(const yk_themes *t);

/* Which themes the answer whose syllables are ws (split as the codebook
 * was loaded: loose alike) belongs to: hit[i] set to 1 or 0 for every
 * theme.  Syllables marked YK_WORD_MASKED never match.  Returns how many
 * themes it belongs to. */
size_t yk_themes_match(const yk_themes *t, const yk_words *ws, unsigned char *hit);

#endif
