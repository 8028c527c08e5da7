/* ykien — which encoding a file is in, judged on the whole file.
 *
 * Every accented word is decoded with each candidate encoding and scored
 * by how Vietnamese the result reads (yk_vietnamese.h).  Single words
 * mislead (TCVN3 "Phú Quốc" read as CP1258 is "Phó Quèc", plausible
 * letters), whole files do not.  Lines that read clearly better in another
 * encoding than the file's reveal files pasted together from several
 * districts. */
#ifndef YK_DETECT_H
#define YK_DETECT_H

#include <stddef.h>
#include "yk_encoding.h"
#include "yk_vietnamese.h"

/* Once this many words read as Vietnamese in one encoding, and it leads
 * every other by as many, the rest of the file is scored only in it, and
 * in the others only where it fails (to find pasted-in lines).  A file that
 * is valid UTF-8 is only validated past this many words. */
enum { YK_DETECT_SAMPLE = 10000 };

typedef struct {
    yk_encoding encoding;       /* the file's encoding */
    int valid_utf8;             /* every byte was valid UTF-8 */
    unsigned long words;        /* accented words scored */
    yk_vn_score score[YK_ENC_CANDIDATES]; /* per candidate, by yk_encoding */
    /* Other encodings that read some lines clearly better, and on how many
     * lines, from first_line to last_line (1-based physical lines). */
    unsigned n_mixed;
    struct {
        yk_encoding encoding;
        unsigned long lines, first_line, last_line;
    } mixed[YK_ENC_CANDIDATES - 1];
} yk_detection;

typedef struct yk_detector yk_detector;

yk_status yk_detector_new(yk_detector **out);
void yk_detector_free(yk_detector *det);

/* Feed the file's bytes in order, in chunks of any size. */
yk_status yk_detector_feed(yk_detector *det, const char *p, size_t n);

/* The same, for a caller that has counted the chunk's line ends
 * (yk_text_line_ends: a CR LF split between two chunks counts once, with
 * its CR), which a UTF-8 file then need not have counted twice. */
yk_status yk_detector_feed_lines(yk_detector *det, const char *p, size_t n,
                                 unsigned long line_ends);

/* Conclude; the detector may not be fed afterwards. */
yk_status yk_detector_finish(yk_detector *det, yk_detection *result);

/* Share (0..1) of the accented words that read as valid Vietnamese in
 * encoding enc, or 1 when there were none. */
double yk_detection_confidence(const yk_detection *d, yk_encoding enc);

/* The best other encoding that some accented words were scored in: 1 and
 * *enc, or 0 when there is none (a valid UTF-8 file scores only UTF-8). */
int yk_detection_runner_up(const yk_detection *d, yk_encoding *enc);

/* Score one field's bytes as encoding enc, for choosing the encoding of a
 * field in a mixed file; dec must decode enc. */
long yk_detect_field_score(yk_decoder *dec, const char *p, size_t n,
                           yk_buf *tmp);

#endif
