/* ykien chart votes — a confidence poll's result, a bar per person, with
 * the rule set's thresholds on the share of "tín nhiệm thấp".  The ballots
 * are counted as `ykien votes` counts them: counts only, the poll whole. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "yk_text.h"
#include "chart_kinds.h"
#include "votes.h"
#include "yk_chart_votes.h"
#include "yk_figures_votes.h"

/* The levels' and the bases' words are rows in the order of their enums. */
_Static_assert(MSG_CHART_VOTES_LOW - MSG_CHART_VOTES_HIGH + 1 == YK_CHART_VOTES_LEVELS,
               "one message per level of the votes chart");
_Static_assert(MSG_CHART_VOTES_BASE_VALID - MSG_CHART_VOTES_BASE_MEMBERS + 1 == YK_N_BASES,
               "one message per base");

/* The shipped rule sets' flags in words; any other flag is shown as it is. */
static const struct { const char *flag; msg_id words; } flag_words[] = {
    { "review", MSG_CHART_FLAG_REVIEW },
    { "dismissal", MSG_CHART_FLAG_DISMISSAL },
    { "removal-from-plan", MSG_CHART_FLAG_REMOVAL_FROM_PLAN },
    { "confidence-vote", MSG_CHART_FLAG_CONFIDENCE_VOTE },
    { "may-resign", MSG_CHART_FLAG_MAY_RESIGN },
};

const char *chart_flag_words(const char *flag, int english)
{
    if (!flag || strcmp(flag, "none") == 0)
        return NULL;
    for (size_t i = 0; i < sizeof flag_words / sizeof flag_words[0]; i++)
        if (strcmp(flag_words[i].flag, flag) == 0)
            return msg(flag_words[i].words, lang_of(english));
    return flag;
}

/* What the chart is drawn from. */
typedef struct {
    const chart_opts *o;
    msg_lang lang;
    votes_setup s;
    votes_count v;
    unsigned long base;
    yk_table figures;           /* yk_figures_votes: the persons' flags point into it */
    yk_votes_person *persons;
    yk_votes_threshold *thresholds;
    char (*labels)[96];         /* the thresholds' labels */
    size_t nthresholds;
} votes_chart;

static int open_poll(votes_chart *r, int argc, char **argv, int *data)
{
    const chart_opts *o = r->o;
    votes_opts vo = { .c = o->f.s.c, .form_dir = o->f.s.form_dir, .rules = o->rules,
                      .base = o->base, .figure = { o->members, o->present, o->issued },
                      .verb = "chart" };
    cli_diags ds = { .quiet = o->f.s.c.quiet, .all = o->f.s.c.all, .per_run = 1 };
    int code = votes_setup_open(&vo, argc, argv, &ds, &r->s);
    if (code) {
        cli_diags_file(&ds, NULL);
        return code;
    }
    code = votes_count_open(&vo.c, &r->s, &ds, &r->v);
    if (r->v.coder && code < EXIT_DATA && yk_ballot_coder_errors(r->v.coder))
        code = EXIT_DATA;
    if (!r->v.poll || code >= EXIT_USAGE || r->v.refused)
        return code ? code : EXIT_SYSTEM;
    *data = code ? code : ds.errors ? EXIT_DATA : 0;
    r->base = votes_base(&r->s, r->v.poll);
    if (!r->base) {
        cli_error("chart: votes: no valid ballot, so no share and no flag: nothing to draw");
        return EXIT_DATA;
    }
    return 0;
}

/* Each person's bar, from the figures `ykien votes` writes: counts,
 * shares (exact hundredths, so the bar's label is the table's) and flag. */
static int fill_persons(votes_chart *r)
{
    size_t n = yk_ballot_coder_n_persons(r->v.coder);
    const yk_table *t = &r->figures;
    r->persons = calloc(n, sizeof *r->persons);
    if (!r->persons || votes_table(&r->s, &r->v, '.', &r->figures) != YK_OK)
        return EXIT_SYSTEM;
    for (size_t i = 0; i < n; i++) {
        const yk_question *q = yk_ballot_coder_person(r->v.coder, i);
        size_t row = YK_VOTES_ROW_PERSON(i);
        yk_votes_person *out = &r->persons[i];
        out->name = chart_clip(chart_label(r->s.form, q->labels, q->name, r->o->english),
                               CHART_PERSON_MAX_CHARS);
        out->position = q->hint ? chart_clip(q->hint, CHART_POSITION_MAX_CHARS) : NULL;
        for (int l = 0; l < YK_N_LEVELS; l++) {
            size_t c = (size_t)l;
            out->count[l] = yk_table_value(t, row, YK_VOTES_HIGH + c);
            out->hundredths[l] = lround(100 * yk_table_value(t, row, YK_VOTES_HIGH_PCT + c));
        }
        const char *flag = yk_table_text_at(t, row, YK_VOTES_FLAG);
        out->flag = chart_flag_words(*flag ? flag : NULL, r->o->english);
    }
    return 0;
}

/* "Trên 50%: Xem xét", "Từ 66,67%: Miễn nhiệm": the fraction as a
 * percentage with at most two decimals.  (Words, not > and ≥: Noto Sans
 * has no ≥.) */
static void threshold_label(const votes_chart *r, const yk_threshold *t, const yk_chart_frame *f,
                            char *buf, size_t size)
{
    char pct[32];
    yk_chart_number(f, 100.0 * (double)t->p / (double)t->q, 2, "", pct, sizeof pct);
    size_t len = strlen(pct);
    while (len && pct[len - 1] == '0')
        pct[--len] = '\0';
    if (len && (pct[len - 1] == ',' || pct[len - 1] == '.'))
        pct[--len] = '\0';
    msg_id comparison = t->comparison == YK_MORE_THAN ? MSG_CHART_VOTES_MORE_THAN
                                                      : MSG_CHART_VOTES_AT_LEAST;
    yk_text_snprintf(buf, size, "%s %s%%: %s", msg(comparison, r->lang), pct,
             chart_flag_words(t->flag, r->o->english));
}

/* The thresholds on "thấp": the only level a line on these bars can show. */
static int fill_thresholds(votes_chart *r, const yk_chart_frame *f)
{
    size_t n = yk_rules_n_thresholds(r->s.rules);
    r->thresholds = calloc(n + 1, sizeof *r->thresholds);
    r->labels = calloc(n + 1, sizeof *r->labels);
    if (!r->thresholds || !r->labels)
        return EXIT_SYSTEM;
    for (size_t i = 0; i < n; i++) {
        const yk_threshold *t = yk_rules_threshold(r->s.rules, i);
        if (t->level != YK_LEVEL_LOW)
            continue;
        threshold_label(r, t, f, r->labels[r->nthresholds], sizeof r->labels[0]);
        r->thresholds[r->nthresholds] = (yk_votes_threshold){ (double)t->p / (double)t->q,
                                                              r->labels[r->nthresholds] };
        r->nthresholds++;
    }
    return 0;
}

static char *note_text(const votes_chart *r, const yk_chart_frame *f)
{
    const yk_poll_ballots *b = yk_poll_ballots_get(r->v.poll);
    const char *title = yk_form_title(r->s.form), *rules = yk_rules_title(r->s.rules);
    char base[32], issued[32] = "–", ballots[256];
    yk_chart_number(f, (double)r->base, 0, "", base, sizeof base);
    if (r->s.figure[FIGURE_ISSUED] >= 0)
        yk_chart_number(f, (double)r->s.figure[FIGURE_ISSUED], 0, "", issued, sizeof issued);
    yk_text_snprintf(ballots, sizeof ballots, "%s: %s; %s: %lu; %s: %lu.",
             msg(MSG_CHART_VOTES_ISSUED, r->lang), issued, msg(MSG_CHART_VOTES_RETURNED, r->lang),
             b->returned, msg(MSG_CHART_VOTES_VALID, r->lang), b->valid);
    size_t size = 1024 + (title ? strlen(title) : 0) + (rules ? strlen(rules) : 0);
    char *note = malloc(size);
    if (note)
        yk_text_snprintf(note, size, "%s: %s%s%s: %s (%s). %s %s %s. %s %s",
                 msg(MSG_CHART_SOURCE, r->lang), title ? title : "", title ? ". " : "",
                 msg(MSG_CHART_VOTES_RULE, r->lang), rules ? rules : yk_rules_name(r->s.rules),
                 yk_rules_name(r->s.rules), msg(MSG_CHART_VOTES_OF, r->lang), base,
                 msg((msg_id)(MSG_CHART_VOTES_BASE_MEMBERS + r->s.base % YK_N_BASES), r->lang),
                 ballots, msg(MSG_CHART_VOTES_SECRET, r->lang));
    return note;
}

static int draw(votes_chart *r, yk_chart *c)
{
    const char *title = r->s.title ? r->s.title : yk_form_title(r->s.form);
    yk_votes_chart spec = {
        .frame = { r->o->title ? r->o->title : title ? title : msg(MSG_CHART_VOTES_TITLE, r->lang),
                   r->o->subtitle, NULL, !r->o->english },
        .rest = msg(MSG_CHART_VOTES_REST, r->lang), .base = (double)r->base,
        .persons = r->persons, .npersons = yk_ballot_coder_n_persons(r->v.coder),
    };
    for (int l = 0; l < YK_CHART_VOTES_LEVELS; l++)
        spec.levels[l] = msg((msg_id)(MSG_CHART_VOTES_HIGH + l), r->lang);
    int code = fill_thresholds(r, &spec.frame);
    char *note = code ? NULL : note_text(r, &spec.frame);
    if (!code && !note)
        code = EXIT_SYSTEM;
    spec.frame.note = note;
    spec.thresholds = r->thresholds;
    spec.nthresholds = r->nthresholds;
    yk_status st = code ? YK_OK : yk_chart_votes(c, &spec);
    free(note);
    if (st == YK_ERR_LIMIT)
        return chart_does_not_fit(&chart_kind_votes, r->o, spec.npersons, 0);
    return code ? code : st == YK_OK ? 0 : EXIT_SYSTEM;
}

int chart_votes(const chart_opts *o, int argc, char **argv, yk_chart *c, int *data)
{
    votes_chart r = { .o = o, .lang = lang_of(o->english) };
    if (o->f.by)
        return cli_usage("chart", "votes never breaks a poll down by group: ballots are "
                         "secret");
    int status = open_poll(&r, argc, argv, data);
    if (!status)
        status = fill_persons(&r);
    if (!status)
        status = draw(&r, c);
    free(r.persons);
    free(r.thresholds);
    free(r.labels);
    yk_table_free(&r.figures);
    votes_count_close(&r.v);
    votes_setup_close(&r.s);
    return status;
}

const chart_kind chart_kind_votes = {
    .name = "votes",
    .help = MSG_KIND_VOTES,
    .examples = "  ykien chart votes samples/confidence-vote/poll.ykien -o votes.pdf\n",
    .load = chart_votes,
    .fit = { "persons", NULL, NULL, "a larger --size" },
};
