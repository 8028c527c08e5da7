/* ykien report — the summary section.
 * What the section files share is in report_impl.h. */
#include <math.h>
#include <string.h>
#include "yk_figures_response.h"
#include "yk_figures_scale.h"
#include "yk_text.h"
#include "report.h"
#include "report_impl.h"

/* Under this Cronbach's alpha a scale's items do not hang together: its
 * mean is no theme score (0.6, the usual floor for a short attitude scale). */
#define REPORT_MIN_ALPHA 0.6

/* The alpha of the scale named name in scale's table a; NAN without one. */
static double scale_alpha(const yk_table *a, const char *name)
{
    for (size_t i = 0; i < yk_table_n_rows(a); i++)
        if (!*yk_table_text_at(a, i, YK_SCALE_ITEM) &&
            strcmp(yk_table_text_at(a, i, YK_SCALE_SCALE), name) == 0)
            return yk_table_value(a, i, YK_SCALE_ALPHA);
    return NAN;
}

int report_summary(report *r)
{
    int code = report_section(r, SECTION_SUMMARY);
    yk_response_figure all = yk_figure_response(r->t, r->round, SIZE_MAX);
    char text[2048], n[32], rate[32];
    report_number(r, all.responses, 0, "", n, sizeof n);
    report_number(r, all.rate, 1, "%", rate, sizeof rate);
    if (!isnan(all.members))
        msg_snprintf(text, sizeof text, MSG_REPORT_SUMMARY_RATE, lang_of(r->english),
                 chart_shown(yk_tally_round(r->t, r->round)), n, rate);
    else
        msg_snprintf(text, sizeof text, MSG_REPORT_SUMMARY_ANSWERED, lang_of(r->english),
                 chart_shown(yk_tally_round(r->t, r->round)), n);
    if (!code)
        code = report_para(r, text);
    /* Alpha of each scale first: a theme whose items do not hang together
     * has no theme score to rank (README, "The report"). */
    yk_table a;
    int have_alpha = !code && yk_tally_n_scales(r->t) &&
                     (code = report_make_table(r, &figure_scale, NULL, NULL, &a)) == 0;
    /* The strongest and weakest themes, by the mean of their items' top-2 shares. */
    size_t best = SIZE_MAX, worst = SIZE_MAX;
    double best_v = -1, worst_v = 101;
    for (size_t s = 0; !code && s < yk_tally_n_scales(r->t); s++) {
        double v = yk_figure_scale_favourable(r->t, r->round, s, (double)r->tpl->min_base);
        if (have_alpha && scale_alpha(&a, yk_tally_scale_name(r->t, s)) < REPORT_MIN_ALPHA)
            continue;
        if (!isnan(v) && v > best_v)
            best = s, best_v = v;
        if (!isnan(v) && v < worst_v)
            worst = s, worst_v = v;
    }
    if (!code && best != SIZE_MAX && worst != best) {
        char b[32], w[32];
        report_number(r, best_v, 1, "%", b, sizeof b);
        report_number(r, worst_v, 1, "%", w, sizeof w);
        msg_snprintf(text, sizeof text, MSG_REPORT_SUMMARY_THEMES, lang_of(r->english),
                 report_theme_title(r, best), b, report_theme_title(r, worst), w);
        code = report_para(r, text);
    }
    for (size_t s = 0; !code && have_alpha && s < yk_tally_n_scales(r->t); s++) {
        double v = scale_alpha(&a, yk_tally_scale_name(r->t, s));
        if (!(v < REPORT_MIN_ALPHA))
            continue;
        char al[32];
        report_number(r, v, 2, "", al, sizeof al);
        msg_snprintf(text, sizeof text, MSG_REPORT_SUMMARY_LOW_ALPHA, lang_of(r->english),
                     report_theme_title(r, s), al);
        code = report_para(r, text);
    }
    if (have_alpha)
        yk_table_free(&a);
    /* The units furthest above and below the others. */
    yk_table vr;
    if (!code && yk_tally_group(r->t) && (code = report_vs_rest_table(r, &vr)) == 0) {
        code = report_units_told(r, &vr, +1);
        if (!code)
            code = report_units_told(r, &vr, -1);
        yk_table_free(&vr);
    }
    /* What members wrote about most. */
    if (!code)
        code = report_comments_summary(r);
    /* Reliability of the scales. */
    if (!code && yk_tally_n_scales(r->t) &&
        (code = report_make_table(r, &figure_scale, NULL, NULL, &a)) == 0) {
        double lo = INFINITY, hi = -INFINITY;   /* alpha has no lower bound */
        size_t ilo = 0, ihi = 0, nscales = 0;
        for (size_t i = 0; i < yk_table_n_rows(&a); i++) {
            double v = yk_table_value(&a, i, YK_SCALE_ALPHA);
            if (*yk_table_text_at(&a, i, YK_SCALE_ITEM) || isnan(v))
                continue;
            nscales++;
            if (v < lo)
                lo = v, ilo = i;
            if (v > hi)
                hi = v, ihi = i;
        }
        if (nscales == 1) {
            char l[32];
            report_number(r, lo, 2, "", l, sizeof l);
            msg_snprintf(text, sizeof text, MSG_REPORT_SUMMARY_ALPHA, lang_of(r->english), l,
                     report_scale_title(r, yk_table_text_at(&a, ilo, YK_SCALE_SCALE)));
            code = report_para(r, text);
        } else if (nscales > 1) {
            char l[32], h[32];
            report_number(r, lo, 2, "", l, sizeof l);
            report_number(r, hi, 2, "", h, sizeof h);
            msg_snprintf(text, sizeof text, MSG_REPORT_SUMMARY_ALPHAS, lang_of(r->english),
                     l, report_scale_title(r, yk_table_text_at(&a, ilo, YK_SCALE_SCALE)), h,
                     report_scale_title(r, yk_table_text_at(&a, ihi, YK_SCALE_SCALE)));
            code = report_para(r, text);
        }
        yk_table_free(&a);
    }
    return code;
}
