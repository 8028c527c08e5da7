/* ykien — loading a form: a row of settings.csv.
 * The insides it shares are in form_impl.h. */
#include "form_impl.h"

/* ---- settings.csv --------------------------------------------------- */

/* settings' form_kind: survey (or empty) or ballot, any case.  An unknown
 * word is an error, not a survey: a misspelt "ballot" must not let the
 * survey verbs read secret ballots; the form is then kept as a ballot. */
static yk_form_kind read_kind(loader *L, const yk_row *row)
{
    span t = col(L, row, G_KIND);
    if (!t.n || span_is(t, "survey"))
        return YK_FORM_SURVEY;
    if (span_is(t, "ballot"))
        return YK_FORM_BALLOT;
    yk_form_report(L, YK_ERROR, "form-bad-kind", row->line, L->col[G_KIND],
                   "write survey (a questionnaire) or ballot (the ballot of a confidence poll, "
                   "read by 'ykien votes' only)",
                   "form_kind '%.*s%s' is not survey or ballot", QUOTED(t));
    return YK_FORM_BALLOT;
}

void yk_form_settings_row(loader *L, const yk_row *row)
{
    yk_form *f = L->form;
    if (L->settings_seen++)
        return;     /* XLSForm reads the first row only */
    f->title = keep_or_null(L, col(L, row, G_TITLE));
    f->id = keep_or_null(L, col(L, row, G_ID));
    f->version = keep_or_null(L, col(L, row, G_VERSION));
    f->default_language = keep_or_null(L, col(L, row, G_LANGUAGE));
    f->kind = read_kind(L, row);
}
