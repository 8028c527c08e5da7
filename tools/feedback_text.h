/* ykien command — a self-review's feedback as a compilation to read on
 * screen (`ykien feedback --format text`). */
#ifndef YK_TOOLS_FEEDBACK_TEXT_H
#define YK_TOOLS_FEEDBACK_TEXT_H

#include <stdio.h>
#include "messages.h"
#include "yk_feedback.h"
#include "yk_table.h"

/* Write to out, per target in form order: its label (and the member's
 * position), then per kind of remark the contributions that wrote one and
 * the merged remarks numbered with their contributors, under their
 * themes when there is a codebook (themes, may be NULL); then the
 * target's rows of ratings (a yk_figures_ratings table: its blanks say
 * "not shown", under min_base).  Nothing about who gave a remark. */
void feedback_text_write(FILE *out, const yk_feedback *f, const yk_themes *themes,
                         const yk_table *ratings, long min_base, msg_lang lang);

#endif
