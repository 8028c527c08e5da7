/* ykien — personal data out of open answers before anyone reads them.
 *
 * A member writing "gọi anh Hải 0912 345 678" has put a person and a
 * number in a survey that promised anonymity.  Before an answer is shown
 * anywhere (a quote, a list of uncoded answers) or counted into phrases,
 * each of these becomes "[…]" (YK_MASK_TEXT):
 *
 *   phones     a run of 9 or more digits, its groups separated by single
 *              spaces, dots, dashes or parentheses, that starts with 0, 84
 *              or +84 (mobile "0912 345 678", "+84 912.345.678", landline
 *              "(0297) 3862 123", "0297.3862.123");
 *   ID cards   a run of 9 or more digits without separators (CMND's 9,
 *              CCCD's 12), whatever it starts with;
 *   e-mail     local@domain.tld;
 *   names      every name the mask was given (a poll's persons, a
 *              project's `names` file) as whole syllables, case and marks
 *              ignored ("Nguyễn Văn Hải", "NGUYEN VAN HAI"); also the name
 *              without its family name ("Văn Hải"), and the given name
 *              after a title (anh, chị, em, ông, bà, cô, chú, bác, thầy,
 *              bạn, đồng chí, đ/c: "anh Hải", "đ/c Hải"); and every
 *              unit's or place's name it was given, whole.
 *
 * A name glued to a number or an address ("Nguyễn Văn An0912345678")
 * is found as if a space stood between them.
 *
 * Amounts are not phones: "1.000.000.000 đồng" does not start with 0 and
 * has separators, so it stays.  Masking errs towards hiding: a number of
 * 9 digits typed without separators is taken for an ID. */
#ifndef YK_MASK_H
#define YK_MASK_H

#include <stddef.h>
#include "yk_buf.h"
#include "yk_words.h"

#define YK_MASK_TEXT "[…]"

typedef struct yk_mask yk_mask;

yk_status yk_mask_new(yk_mask **out);
void yk_mask_free(yk_mask *m);

/* Mask this person's name from now on (UTF-8; its syllables as
 * yk_words_split finds them).  A name of one syllable is masked only after
 * a title.  YK_OK, YK_ERR_NOMEM; YK_ERR_ARGUMENT for a name without
 * syllables or of more than 16. */
yk_status yk_mask_add_name(yk_mask *m, const char *name);

/* Mask this unit's or place's name from now on, whole only: a place has
 * no family name to drop, and is not called by its last syllable after a
 * title (with "U Minh Thượng" masked as a person's name, "Ban Thường vụ"
 * would lose "Thường", "ban" being "bạn" unaccented).  YK_OK,
 * YK_ERR_NOMEM; YK_ERR_ARGUMENT for a name of fewer than 2 syllables (one
 * is too common a word to hide everywhere) or more than 16. */
yk_status yk_mask_add_place(yk_mask *m, const char *name);

/* Names and places added. */
size_t yk_mask_n_names(const yk_mask *m);

/* Mask text s (n bytes, UTF-8 NFC) into out (cleared first), each span of
 * personal data as YK_MASK_TEXT.  m may be NULL: numbers and addresses
 * only.  When words is not NULL, it gets the syllables of the masked
 * text, split with loose (the "[…]" themselves have none), so the caller
 * counts phrases and themes on what may be shown.  *spans (may be NULL)
 * gets how many spans were masked.  YK_OK or YK_ERR_NOMEM. */
yk_status yk_mask_text(const yk_mask *m, const char *s, size_t n, int loose,
                       yk_words *words, yk_buf *out, size_t *spans);

#endif
