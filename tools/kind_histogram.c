/* ykien chart histogram — how many gave each value of an integer question
 * (an age), from the tally's counts of values. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "yk_text.h"
#include "chart_kinds.h"
#include "yk_chart_histogram.h"
#include "yk_figures_histogram.h"

enum { MAX_BARS = 2000 };    /* a histogram's bars: more would be hairlines */

/* The one question drawn: --questions names it. */
static int pick(const yk_tally *t, const chart_opts *o, size_t *q)
{
    const yk_form *form = yk_tally_form(t);
    for (*q = 0; *q < yk_form_n_questions(form); ++*q) {
        const yk_question *qq = yk_form_question(form, *q);
        if (!o->f.questions || !yk_figure_wanted(o->f.questions, qq->name))
            continue;
        if (qq->type != YK_Q_INTEGER)
            return cli_usage("chart", "histogram: %s is not an integer question", qq->name);
        return 0;
    }
    return o->f.questions
               ? cli_usage("chart", "histogram: no question '%s' in the form", o->f.questions)
               : cli_usage("chart", "histogram draws one integer question: give it with "
                           "--questions");
}

/* The note's sentence on merged and blank bars, or "". */
static void tails_text(const chart_opts *o, const yk_histogram_bars *h, char *buf, size_t size)
{
    buf[0] = '\0';
    if (!h->open_first && !h->open_last && !h->nhidden)
        return;
    if (o->english)
        yk_text_snprintf(buf, size, "%s%ld people%s", h->open_first || h->open_last
                 ? "The bars at the ends hold every value beyond them (≤, ≥), so that no bar "
                   "has fewer than " : "No bar has fewer than ", o->f.min_base,
                 h->nhidden ? "; …: a bar not shown, so that no one can be singled out." : ".");
    else
        yk_text_snprintf(buf, size, "%s%ld người%s", h->open_first || h->open_last
                 ? "Cột ở hai đầu gộp mọi giá trị vượt ra ngoài (≤, ≥), để không cột nào dưới "
                 : "Không cột nào dưới ", o->f.min_base,
                 h->nhidden ? "; …: cột không hiển thị để không ai bị nhận ra." : ".");
}

static int chart_histogram(const yk_tally *t, const chart_opts *o, yk_chart *c)
{
    size_t r = chart_round(t, o), q, n;
    int64_t lowest;
    if (r == SIZE_MAX)
        return EXIT_USAGE;
    if (o->f.by)
        return cli_usage("chart", "histogram draws the whole survey: leave --by out");
    int code = pick(t, o, &q);
    if (code)
        return code;
    const yk_form *form = yk_tally_form(t);
    const yk_question *qq = yk_form_question(form, q);
    int64_t *values = NULL, *counts = NULL;
    size_t k = 0;
    double *bins = NULL, total = 0, mean = NAN, sd;
    yk_tally_numbers x;
    yk_status st = yk_tally_value_counts(t, r, SIZE_MAX, q, &values, &counts, &k);
    if (st == YK_ERR_LIMIT) {
        cli_error("chart: histogram: %s was answered with more than %d distinct values in a "
                  "unit, whose counts ykien does not keep: there is no histogram to draw",
                  qq->name, YK_TALLY_MAX_DISTINCT);
        return EXIT_DATA;
    }
    /* One bar per whole value from the lowest answered (the form's min when
     * it bounds the question) to the highest. */
    int dense = yk_tally_value_range(t, q, &lowest, &n) == YK_OK;
    if (!dense) {
        lowest = k ? values[0] : 0;
        n = k ? (size_t)(values[k - 1] - values[0]) + 1 : 1;
    }
    if (st == YK_OK && n > MAX_BARS) {
        cli_error("chart: histogram: %s's answers run from %lld to %lld, more bars than a "
                  "chart can show (%d)", qq->name, (long long)values[0],
                  (long long)values[k - 1], MAX_BARS);
        free(values);
        free(counts);
        return EXIT_DATA;
    }
    bins = st == YK_OK ? calloc(n, sizeof *bins) : NULL;
    if (!bins || yk_tally_numbers_of(t, r, SIZE_MAX, q, &x) != YK_OK) {
        free(values);
        free(counts);
        free(bins);
        return EXIT_SYSTEM;
    }
    for (size_t i = 0; i < k; i++)
        if (values[i] >= lowest && (size_t)(values[i] - lowest) < n) {
            bins[values[i] - lowest] = (double)counts[i];
            total += (double)counts[i];
        }
    if (total != (double)x.n)
        code = (cli_error("chart: histogram: the tally has no counts of %s's values (a tally "
                          "file of ykien before version 3 of the format): tally the data again",
                          qq->name), EXIT_DATA);
    else if (total < (double)o->f.min_base || total == 0)
        code = (cli_error("chart: histogram: %s has %.0f answers in round %s, fewer than %ld "
                          "(--min-base): not drawn", qq->name, total, yk_tally_round(t, r),
                          o->f.min_base), EXIT_DATA);
    /* The bars, none resting on fewer than --min-base people (yk_figures_histogram.h). */
    yk_histogram_bars tails = { .width = 1 };
    int64_t least = lowest;     /* the lowest value a bar can hold */
    st = code ? YK_OK : yk_figure_histogram_bars(bins, &n, &lowest, o->f.min_base, &tails);
    if (st == YK_ERR_ARGUMENT)
        code = (cli_error("chart: histogram: %s's answers are too few to draw bars of %ld or "
                          "more people (--min-base) at both ends: not drawn", qq->name,
                          o->f.min_base), EXIT_DATA);
    else if (st != YK_OK)
        code = EXIT_SYSTEM;
    int64_t width = tails.width;
    if (!code)
        yk_tally_moments(&x, &mean, &sd);
    char base[64], explain[128], first_label[160], last_label[160], merged[256] = "";
    yk_chart_frame style = { NULL, NULL, NULL, !o->english };
    yk_chart_number(&style, total, 0, "", base, sizeof base);
    yk_text_snprintf(explain, sizeof explain, "%s = %s.", chart_words_for(o)->base, base);
    yk_chart_number(&style, (double)(lowest + (int64_t)tails.lo * width + width - 1), 0, "",
                    base, sizeof base);
    yk_text_snprintf(first_label, sizeof first_label, "≤ %s", base);
    /* A first bar of grouped values starting below the form's min (15–19
     * for ages from 16) is labelled from the min: "16–19". */
    int clipped = !code && !tails.open_first && width > 1 && lowest < least;
    if (clipped) {
        char from[32];
        yk_chart_number(&style, (double)least, 0, "", from, sizeof from);
        yk_text_snprintf(first_label, sizeof first_label, "%s–%s", from, base);
    }
    yk_chart_number(&style, (double)(lowest + (int64_t)tails.hi * width), 0, "", base,
                    sizeof base);
    yk_text_snprintf(last_label, sizeof last_label, "≥ %s", base);
    tails_text(o, &tails, merged, sizeof merged);
    char *note = code ? NULL : chart_note(t, o, r, explain, merged);
    const char *label = chart_label(form, qq->labels, qq->name, o->english);
    yk_histogram spec = {
        .frame = { o->title ? o->title : label, o->subtitle, note, !o->english },
        .first = (double)(lowest + (int64_t)tails.lo * width), .width = (double)width,
        .counts = bins + tails.lo,
        .nbins = code ? 0 : tails.hi - tails.lo + 1,
        .axis = label, .base_word = chart_words_for(o)->base, .mean = mean,
        .mean_word = msg(MSG_CHART_MEAN, lang_of(o->english)),
        .first_label = tails.open_first || clipped ? first_label : NULL,
        .last_label = tails.open_last ? last_label : NULL,
        .hidden = tails.nhidden ? tails.hidden : NULL,
    };
    if (!code && !note)
        code = EXIT_SYSTEM;
    if (!code) {
        st = yk_chart_histogram(c, &spec);
        if (st == YK_ERR_LIMIT)
            code = chart_does_not_fit(&chart_kind_histogram, o, spec.nbins, 0);
        else if (st != YK_OK)
            code = EXIT_SYSTEM;
    }
    free(note);
    free(tails.hidden);
    free(values);
    free(counts);
    free(bins);
    return code;
}

const chart_kind chart_kind_histogram = {
    .name = "histogram",
    .help = MSG_KIND_HISTOGRAM,
    .examples = "  ykien chart histogram --questions tuoi samples/kien-giang/kien-giang.ykien -o tuoi.png\n",
    .draw = chart_histogram,
    .fit = { "values", NULL, NULL, "a larger --size" },
};
