/* ykien command — the rounds figures set up from the options (rounds_figures.h). */
#include <stdlib.h>
#include <string.h>
#include "rounds_figures.h"

/* A rounds figure's error is a usage error of the verb (ctx). */
static void say_error(void *ctx, const yk_diag *d)
{
    if (d->severity == YK_ERROR)
        cli_usage(ctx, "%s", d->message);
}

static void say_all(void *ctx, const yk_diag *d)
{
    if (d->severity == YK_ERROR)
        say_error(ctx, d);
    else
        cli_error("warning: %s", d->message);
}

void rounds_figures_init(yk_rounds *x, const char *const *favourable, size_t nfavourable,
                         const figure_opts *o, yk_series *s, const char *verb)
{
    *x = (yk_rounds){ .favourable = favourable, .nfavourable = nfavourable,
                      .o = figure_lib_opts(o), .s = s };
    /* -q silences the warnings, never a usage error. */
    x->o.diag = o->s.c.quiet ? say_error : say_all;
    x->o.diag_ctx = (void *)verb;
}

/* Each --favourable QUESTION=CODES must name a question of the newest
 * form: a misspelt one would be passed over, its default share printed. */
static int check_favourable(const yk_rounds *x, const char *verb)
{
    const yk_form *f = yk_series_form(x->s);
    size_t nq = yk_form_n_questions(f);
    for (size_t i = 0; i < x->nfavourable; i++) {
        const char *arg = x->favourable[i];
        size_t len = strcspn(arg, "="), k = 0;
        while (k < nq && !(strlen(yk_form_question(f, k)->name) == len &&
                           strncmp(yk_form_question(f, k)->name, arg, len) == 0))
            k++;
        if (k < nq)
            continue;
        const char **names = malloc((nq + 1) * sizeof *names);
        char *name = strndup(arg, len);
        int code = names && name ? 0 : EXIT_SYSTEM;
        for (size_t j = 0; !code && j < nq; j++)
            names[j] = yk_form_question(f, j)->name;
        if (!code)
            code = cli_unknown_name(verb, "--favourable", "question", name, names, nq);
        free(names);
        free(name);
        return code;
    }
    return 0;
}

int rounds_figures_compute(yk_rounds *x, const char *verb)
{
    int code = check_favourable(x, verb);
    if (code)
        return code;
    yk_status st = yk_rounds_compute(x);
    return st == YK_OK ? 0 : st == YK_ERR_ARGUMENT ? EXIT_USAGE : EXIT_SYSTEM;
}
