/* ykien command — the lists an office writes beside a project for open
 * answers: the codebook of themes, the names to mask and the stop list,
 * found where the options or the project say.  One copy for the verbs
 * that read open answers (comments, feedback). */
#ifndef YK_TOOLS_WORD_LISTS_H
#define YK_TOOLS_WORD_LISTS_H

#include <stddef.h>
#include "survey.h"
#include "yk_mask.h"
#include "yk_themes.h"
#include "yk_phrases.h"

/* What the options give (as typed; NULL: the project's key, relative to
 * the project file, else none). */
typedef struct {
    const char *codebook;       /* --codebook, else `codebook` */
    const char *names;          /* --names, else `names` */
    const char *stop_words;     /* --stop-words, else `stop-words`, else the
                                   shipped stop-vi */
    int ignore_accents;         /* themes and stop words matched without marks */
    int stop;                   /* load a stop list at all */
} word_lists_given;

typedef struct {
    yk_themes *themes;          /* NULL without a codebook */
    yk_mask *mask;              /* always, with the names file's names */
    size_t n_names;             /* names added from the names file */
    yk_stop *stop;              /* NULL unless given->stop */
} word_lists;

/* Load what given and the project argv names (loose files: the options
 * alone) into *out, zeroed first.  0, or an exit status after saying why:
 * a codebook or names file that cannot be read or has an error is
 * EXIT_DATA (figures without it would be wrong).  Free *out either way. */
int word_lists_load(const word_lists_given *given, const survey_opts *so, int argc, char **argv,
                    cli_diags *ds, word_lists *out);
void word_lists_free(word_lists *w);

#endif
