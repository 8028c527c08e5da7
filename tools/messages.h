/* ykien command — the message table: every text the charts, the reports
 * and the help print in two languages, Vietnamese and English side by
 * side, one row per id in tools/messages.c.  Diagnostics on standard error
 * stay English and are not here (README, "Languages"). */
#ifndef YK_TOOLS_MESSAGES_H
#define YK_TOOLS_MESSAGES_H

#include <stddef.h>

typedef enum { LANG_VI, LANG_EN, LANG_COUNT } msg_lang;

/* The ids, in the order of the table's rows (msg_table_check says where
 * the two disagree).  Grouped by who prints them. */
typedef enum {
    MSG_NONE = -1,              /* no text: a help the verb composes itself */
    /* words shared by charts and reports */
    MSG_REVERSE_MARK,           /* after a reverse-worded statement */
    MSG_POINTS,                 /* percentage points */
    MSG_OR,                     /* between the last two answers of a list */
    MSG_DECIMAL_MARK,
    /* charts */
    MSG_CHART_BASE,
    MSG_CHART_ROUND,
    MSG_CHART_SOURCE,
    MSG_CHART_SUPPRESSED,       /* before the minimum base */
    MSG_CHART_SUPPRESSED_END,   /* after it */
    MSG_CHART_FAVOURABLE,       /* the heading of likert's shares */
    MSG_CHART_FAVOURABLE_NOTE,
    MSG_CHART_REVERSE_NOTE,
    MSG_CHART_NO_SUPPRESSION,
    MSG_CHART_MEAN,
    /* the rank chart's note: a sentence is its start, what it is about, its end */
    MSG_CHART_RANK_ALL,         /* the reference line's label */
    MSG_CHART_RANK_SHARE,
    MSG_CHART_RANK_SHARE_END,
    MSG_CHART_RANK_MEAN,
    MSG_CHART_RANK_MEAN_END,
    MSG_CHART_RANK_LEFT_OUT,    /* after the units left out, before the minimum base */
    MSG_CHART_RANK_OPINIONS,    /* after it, for a share */
    MSG_CHART_RANK_ANSWERS,     /* after it, for a mean */
    MSG_CHART_RANK_LEFT_OUT_END,
    /* the heatmap chart */
    MSG_CHART_HEATMAP_TITLE,
    MSG_CHART_HEATMAP_KEY,
    MSG_CHART_HEATMAP_EXPLAIN,
    MSG_CHART_HEATMAP_FEWER,    /* before the minimum base */
    MSG_CHART_HEATMAP_FEWER_END,    /* after it */
    MSG_CHART_HEATMAP_NOT_SHOWN,
    /* the votes chart; the levels in the order of yk_chart_votes.h */
    MSG_CHART_VOTES_HIGH,
    MSG_CHART_VOTES_CONFIDENCE,
    MSG_CHART_VOTES_LOW,
    MSG_CHART_VOTES_REST,
    MSG_CHART_VOTES_TITLE,
    MSG_CHART_VOTES_RULE,
    MSG_CHART_VOTES_BASE_MEMBERS,   /* the bases in the order of yk_base */
    MSG_CHART_VOTES_BASE_PRESENT,
    MSG_CHART_VOTES_BASE_ISSUED,
    MSG_CHART_VOTES_BASE_VALID,
    MSG_CHART_VOTES_OF,         /* before the base: "Percentages of" */
    MSG_CHART_VOTES_ISSUED,
    MSG_CHART_VOTES_RETURNED,
    MSG_CHART_VOTES_VALID,
    MSG_CHART_VOTES_MORE_THAN,  /* before a threshold's percentage */
    MSG_CHART_VOTES_AT_LEAST,
    MSG_CHART_VOTES_SECRET,
    /* a poll's flags, the shipped rule sets' (the votes chart and the report) */
    MSG_CHART_FLAG_REVIEW,
    MSG_CHART_FLAG_DISMISSAL,
    MSG_CHART_FLAG_REMOVAL_FROM_PLAN,
    MSG_CHART_FLAG_CONFIDENCE_VOTE,
    MSG_CHART_FLAG_MAY_RESIGN,
    MSG_CHART_ROUNDS_PROVINCE,  /* the rounds chart's first row */
    MSG_CHART_ROUNDS_UP,        /* its key: a significant rise, */
    MSG_CHART_ROUNDS_DOWN,      /* and fall */
    MSG_CHART_ROUNDS_COUNTED,   /* what the share counts */
    MSG_CHART_ROUNDS_SHARE_NOTE,
    MSG_CHART_ROUNDS_SUPPRESSED,        /* before the minimum base */
    MSG_CHART_ROUNDS_SUPPRESSED_END,    /* after it */
    /* reports: the section titles, in the order of section_kind */
    MSG_REPORT_SECTION_SUMMARY,
    MSG_REPORT_SECTION_RESPONSE,
    MSG_REPORT_SECTION_THEMES,
    MSG_REPORT_SECTION_UNITS,
    MSG_REPORT_SECTION_ROUNDS,
    MSG_REPORT_SECTION_POLL,
    MSG_REPORT_SECTION_PROFILE,
    MSG_REPORT_SECTION_METHODS,
    MSG_REPORT_SECTION_COUNTING,
    MSG_REPORT_SECTION_COMMENTS,
    MSG_REPORT_SECTION_CLASSIFICATION,
    MSG_REPORT_SECTION_COLLECTIVE,  /* a self-review: the standing committee as a whole */
    MSG_REPORT_SECTION_MEMBERS,     /* and each of its members */
    /* reports: words of tables and captions */
    MSG_REPORT_TABLE,
    MSG_REPORT_FIGURE,
    MSG_REPORT_UNIT,
    MSG_REPORT_MEMBERS,
    MSG_REPORT_RESPONSES,
    MSG_REPORT_RATE,
    MSG_REPORT_QUESTION,
    MSG_REPORT_SHARE,
    MSG_REPORT_CI,
    MSG_REPORT_BASE,
    MSG_REPORT_PROVINCE,
    MSG_REPORT_P_ADJUSTED,
    MSG_REPORT_EFFECT,
    MSG_REPORT_THEME_INTRO,
    MSG_REPORT_SURVEY_RESULTS,  /* {project} when nothing names it */
    MSG_REPORT_MEAN,
    /* the response section */
    MSG_RESPONSE_ALL_ROUNDS,
    MSG_RESPONSE_ROWS_LEFT_OUT, /* format: all rounds, read, counted, left, why */
    MSG_RESPONSE_ROWS_ALL,      /* format: all rounds, read, counted */
    MSG_RESPONSE_UNREADABLE,    /* format: rows */
    MSG_RESPONSE_NO_UNIT,       /* format: rows */
    MSG_RESPONSE_UNKNOWN_UNIT,
    MSG_RESPONSE_ALL,
    MSG_RESPONSE_BY_UNIT,
    /* why rows were left out: one row, several (Vietnamese has one form) */
    MSG_RESPONSE_BLANK_ROW,
    MSG_RESPONSE_BLANK_ROWS,
    MSG_RESPONSE_TOTALS_ROW,
    MSG_RESPONSE_TOTALS_ROWS,
    MSG_RESPONSE_DOUBLE,
    MSG_RESPONSE_DOUBLES,
    MSG_RESPONSE_OVER_LIMIT_ROW,
    MSG_RESPONSE_OVER_LIMIT_ROWS,
    /* the units section */
    MSG_UNITS_MORE,
    MSG_UNITS_LESS,
    MSG_UNITS_ENTRY,            /* format: unit, statement, answers, points, higher|lower, end */
    MSG_UNITS_HIGHER,
    MSG_UNITS_LOWER,
    MSG_UNITS_BY_QUESTION,
    /* the rounds section */
    MSG_ROUNDS_REVERSE,         /* format: statement, answers */
    MSG_ROUNDS_REVERSE_QUOTED,  /* format: statement, answers */
    MSG_ROUNDS_ROSE_MOST,
    MSG_ROUNDS_FELL_MOST,
    MSG_ROUNDS_TABLE_TITLE,     /* format: round before, last round */
    MSG_ROUNDS_CHANGE,
    /* the methods section */
    MSG_METHODS_ROUND,
    MSG_METHODS_BY_ROUND,
    /* the poll section; the bases in the order of yk_base */
    MSG_POLL_BASE_MEMBERS,
    MSG_POLL_BASE_PRESENT,
    MSG_POLL_BASE_ISSUED,
    MSG_POLL_BASE_VALID,
    MSG_POLL_LOW_CONFIDENCE,
    MSG_POLL_PERSON,
    MSG_POLL_HIGH,
    MSG_POLL_CONFIDENCE,
    MSG_POLL_LOW,
    MSG_POLL_INVALID,
    MSG_POLL_RULE,
    MSG_POLL_BY_PERSON,
    MSG_POLL_CHART_TITLE,
    MSG_POLL_BALLOTS,           /* issued, returned, valid, invalid, base words, n, rule */
    MSG_POLL_FLAGGED,           /* before the persons a rule set flags */
    MSG_POLL_NONE_FLAGGED,
    /* the end of a report: recipients and the signature block */
    MSG_END_RECIPIENTS,
    MSG_END_RECIPIENTS_BLANK,   /* the list when none is given */
    MSG_END_ON_BEHALF,
    /* a poll's counting record */
    MSG_COUNTING_OPENING,       /* date words, place, body, what was voted on */
    MSG_COUNTING_HEAD_ROLE,
    MSG_COUNTING_MEMBER_ROLE,
    MSG_COUNTING_FIGURES,       /* members, present, issued, returned, valid, invalid */
    MSG_COUNTING_RESULT,
    MSG_COUNTING_NUMBER,
    MSG_COUNTING_NAME,
    MSG_COUNTING_POSITION,
    MSG_COUNTING_BASE,          /* base words, n, rule set */
    MSG_COUNTING_THRESHOLDS,    /* before the rule set's thresholds */
    MSG_COUNTING_MORE_THAN,
    MSG_COUNTING_AT_LEAST,
    MSG_COUNTING_CLOSING,       /* date words */
    MSG_COUNTING_HEAD,
    MSG_COUNTING_MEMBERS,
    /* reports: sentences */
    MSG_REPORT_METHODS_HIDDEN,
    MSG_REPORT_METHODS_NOT_HIDDEN,
    MSG_REPORT_METHODS_NOT_OPINION,
    MSG_REPORT_METHODS_UNITS,
    MSG_REPORT_METHODS_ROUNDS,
    MSG_REPORT_METHODS_TEXT,
    MSG_POLL_METHODS,
    MSG_REPORT_RESPONSE_RATE,
    MSG_REPORT_RESPONSE_NO_MEMBERS,
    MSG_REPORT_ROUNDS_CHANGES,
    MSG_REPORT_SUMMARY_RATE,
    MSG_REPORT_SUMMARY_ANSWERED,
    MSG_REPORT_SUMMARY_THEMES,
    MSG_REPORT_SUMMARY_ALPHA,
    MSG_REPORT_SUMMARY_ALPHAS,
    MSG_REPORT_THEMES_REVERSE,
    /* the respondent profile; a theme's shares chart, numbers, other questions */
    MSG_PROFILE_UNITS,          /* format: "Table", its number */
    MSG_PROFILE_INTRO,
    MSG_PROFILE_TRAIT,
    MSG_PROFILE_PEOPLE,
    MSG_PROFILE_SHARE,
    MSG_PROFILE_TABLE,
    MSG_PROFILE_AGE_MEAN,       /* format: mean, low, high, n */
    MSG_PROFILE_AGE_CHART,
    /* the members' classification (tools/report_classification.c) */
    MSG_CLASSIFICATION_INTRO,   /* format: the question */
    MSG_CLASSIFICATION_ROW,     /* the first column's head: unit, then grade */
    MSG_CLASSIFICATION_PEOPLE,
    MSG_CLASSIFICATION_SHARE,
    MSG_CLASSIFICATION_TABLE,   /* format: the question */
    MSG_CLASSIFICATION_HIDDEN,  /* format: units, min_base */
    MSG_CLASSIFICATION_BLANK,
    MSG_THEME_SHARES_NOTE,
    MSG_COMMENTS_ANSWERED,      /* format: n, base, percent, low, high */
    MSG_COMMENTS_THEMES_INTRO,
    MSG_COMMENTS_THEME,
    MSG_COMMENTS_ANSWERS,
    MSG_COMMENTS_THEMES_TABLE,  /* format: the question */
    MSG_COMMENTS_THEMES_CHART,  /* format: the question */
    MSG_COMMENTS_UNCODED,
    MSG_COMMENTS_PHRASES_INTRO, /* format: the least answers a phrase is listed at */
    MSG_COMMENTS_PHRASE,
    MSG_COMMENTS_PHRASES_TABLE, /* format: the question */
    MSG_COMMENTS_QUOTES_INTRO,
    MSG_COMMENTS_QUOTE_THEME,   /* format: the theme */
    MSG_COMMENTS_NOT_READ,
    MSG_COMMENTS_SUMMARY,       /* format: question, answered, theme list */
    MSG_COMMENTS_AND,
    MSG_NUMERIC_TABLE,          /* format: the question's label */
    MSG_NUMERIC_LOW,
    MSG_NUMERIC_HIGH,
    MSG_THEMES_OTHER,
    MSG_REPORT_SUMMARY_LOW_ALPHA,   /* format: theme, alpha */
    MSG_REPORT_UNITS_DIFFER,
    /* the self-review report (tools/report_feedback.c; the kinds of remark are
     * the feedback verb's MSG_FEEDBACK_STRENGTHS...) */
    MSG_SELF_REVIEW_SUBTITLE,      /* when the template sets none */
    MSG_SELF_REVIEW_OPENING,       /* format: all, collectives, individuals */
    MSG_SELF_REVIEW_NONE,
    MSG_SELF_REVIEW_BOTH,          /* format: all, collectives, individuals */
    MSG_SELF_REVIEW_COLLECTIVES,   /* format: collectives */
    MSG_SELF_REVIEW_INDIVIDUALS,   /* format: individuals */
    MSG_SELF_REVIEW_MEMBER,        /* format: name, position */
    MSG_SELF_REVIEW_MEMBER_NAME,   /* format: name (no position) */
    MSG_SELF_REVIEW_RATINGS_TABLE, /* format: the target */
    MSG_SELF_REVIEW_GRADE_TABLE,   /* format: the target */
    MSG_SELF_REVIEW_CRITERION,
    MSG_SELF_REVIEW_RATED,
    MSG_SELF_REVIEW_FROM_COLLECTIVES,
    MSG_SELF_REVIEW_FROM_INDIVIDUALS,
    MSG_SELF_REVIEW_SUPPRESSED,    /* format: min_base twice */
    MSG_SELF_REVIEW_SHEET_BLANK,   /* format: min_base twice */
    MSG_SELF_REVIEW_REMARKS_SHEET,
    MSG_SELF_REVIEW_THEMES_SHEET,
    MSG_SELF_REVIEW_RATINGS_SHEET,
    /* the printed questionnaire and ballot (tools/questionnaire*.c) */
    MSG_FORM_TITLE,             /* when the form has no form_title */
    MSG_FORM_INSTRUCTION,
    MSG_FORM_ANONYMOUS,
    MSG_FORM_QUESTION,          /* format: the question's number */
    MSG_FORM_MULTIPLE,
    MSG_FORM_IF,                /* format: the choice's label, the question's number */
    MSG_FORM_GRID_NOTE,         /* above a grid of statements */
    MSG_FORM_STATEMENT,         /* a grid's first column */
    MSG_FORM_RANGE,             /* format: min, max */
    MSG_FORM_DATE,              /* a date's blanks */
    MSG_FORM_THANKS,
    MSG_BALLOT_TITLE,           /* when the form has no form_title */
    MSG_BALLOT_INSTRUCTION,
    MSG_BALLOT_NUMBER,
    MSG_BALLOT_NAME,
    MSG_BALLOT_POSITION,
    /* the feedback compilation (ykien feedback --format text); the kinds
     * in the order of yk_remark_kind; counts' words one, several */
    MSG_FEEDBACK_STRENGTHS,
    MSG_FEEDBACK_SHORTCOMINGS,
    MSG_FEEDBACK_SUGGESTIONS,
    MSG_FEEDBACK_NONE,          /* a kind no contribution wrote */
    MSG_FEEDBACK_CONTRIBUTION,
    MSG_FEEDBACK_CONTRIBUTIONS,
    MSG_FEEDBACK_COLLECTIVE,
    MSG_FEEDBACK_COLLECTIVES,
    MSG_FEEDBACK_INDIVIDUAL,
    MSG_FEEDBACK_INDIVIDUALS,
    MSG_FEEDBACK_UNCODED,       /* the remarks in no theme */
    MSG_FEEDBACK_RATINGS,
    MSG_FEEDBACK_HIDDEN,        /* format: the minimum base */
    /* the help: ykien --help, then each verb's one line and its help */
    MSG_HELP_OVERVIEW,  /* ykien --help, before the verbs */
    MSG_HELP_OVERVIEW_END,  /* ykien --help, after the verbs */
    MSG_SUMMARY_SNIFF,
    MSG_HELP_SNIFF,
    MSG_SUMMARY_CONVERT,
    MSG_HELP_CONVERT,
    MSG_SUMMARY_CHECK,
    MSG_HELP_CHECK,
    MSG_SUMMARY_IMPORT,
    MSG_HELP_IMPORT,
    MSG_SUMMARY_ENTRY_SHEET,
    MSG_HELP_ENTRY_SHEET,
    MSG_SUMMARY_TALLY,
    MSG_HELP_TALLY,
    MSG_SUMMARY_MERGE,
    MSG_HELP_MERGE,
    MSG_SUMMARY_FREQ,
    MSG_HELP_FREQ,
    MSG_SUMMARY_DESCRIBE,
    MSG_HELP_DESCRIBE,
    MSG_SUMMARY_SCALE,
    MSG_HELP_SCALE,
    MSG_SUMMARY_COMPARE,
    MSG_HELP_COMPARE,
    MSG_SUMMARY_CROSSTAB,
    MSG_HELP_CROSSTAB,
    MSG_SUMMARY_ROUNDS,
    MSG_HELP_ROUNDS,
    MSG_SUMMARY_COMMENTS,
    MSG_HELP_COMMENTS,
    MSG_SUMMARY_FEEDBACK,
    MSG_HELP_FEEDBACK,
    MSG_SUMMARY_VOTES,
    MSG_HELP_VOTES,
    MSG_SUMMARY_CHART,
    MSG_HELP_CHART_TOP,         /* the chart's help: before the kinds, */
    MSG_KIND_LIKERT,
    MSG_KIND_BARS,
    MSG_KIND_RANK,
    MSG_KIND_HEATMAP,
    MSG_KIND_HISTOGRAM,
    MSG_KIND_ROUNDS,
    MSG_KIND_VOTES,
    MSG_KIND_THEMES,
    MSG_KIND_WORDS,
    MSG_HELP_CHART_OPTIONS,     /* and after them, before the kinds' examples */
    MSG_SUMMARY_REPORT,
    MSG_HELP_REPORT,
    MSG_SUMMARY_QUESTIONNAIRE,
    MSG_HELP_QUESTIONNAIRE,
    MSG_COUNT
} msg_id;

/* The language a caller's --lang en flag names. */
static inline msg_lang lang_of(int english)
{
    return english ? LANG_EN : LANG_VI;
}

/* Text id in lang: a static string, never NULL ("" for an id out of
 * range, which msg_table_check rules out). */
const char *msg(msg_id id, msg_lang lang);

/* yk_text_snprintf with the format of row id (a row marked a format) in
 * lang: the same cut at a whole character, the same return. */
int msg_snprintf(char *buf, size_t size, msg_id id, msg_lang lang, ...);

/* 0 when every row is where its id says, has both languages, and each
 * format row's two texts take the same arguments; else -1 with the first
 * wrong row's reason in why (size bytes). */
int msg_table_check(char *why, size_t size);

#endif
