/* ykien command — the ids of the long options that have no short letter,
 * one per option name across all verbs, sorted by name (as curl's
 * tool_getparam does).  An option that means the same in several verbs
 * shares its id; a verb's getopt table and its switch name them alike.
 * (--scale is --questions under another name: OPT_QUESTIONS.)  The ids
 * start above every short option letter and getopt's '?' and ':'. */
#ifndef YK_OPTION_IDS_H
#define YK_OPTION_IDS_H

enum cli_option_id {
    OPT_ADDED = 1000,
    OPT_ADJUST,
    OPT_ALL,
    OPT_BASE,
    OPT_BOM,
    OPT_BY,
    OPT_CENTRE,
    OPT_COLS,
    OPT_COLUMN,
    OPT_DPI,
    OPT_DUMP,
    OPT_FAVOURABLE,
    OPT_FORCE,
    OPT_FORM,
    OPT_GROUP,
    OPT_HEADER_ROW,
    OPT_ID,
    OPT_ISSUED,
    OPT_KEEP_DUPLICATES,
    OPT_LABELS,
    OPT_LANG,
    OPT_LEVELS,
    OPT_MAX_COLUMNS,
    OPT_MAX_FIELD,
    OPT_MAX_ROW,
    OPT_MEMBERS,
    OPT_MIN_BASE,
    OPT_NO_DUPLICATES,
    OPT_NO_SUPPRESSION,
    OPT_PAIRS,
    OPT_PER_UNIT,
    OPT_PRESENT,
    OPT_PROTECT,
    OPT_QUESTIONS,
    OPT_RANKED,
    OPT_ROUND,
    OPT_ROWS,
    OPT_RULES,
    OPT_SAVE,
    OPT_SHEET,
    OPT_SIZE,
    OPT_STRAIGHTLINING_MIN,
    OPT_STRICT,
    OPT_STRUCK,
    OPT_SUBTITLE,
    OPT_SUFFIX,
    OPT_TEMPLATE,
    OPT_TITLE,
    OPT_UNKNOWN_MARKS,
    OPT_VS_REST,
    OPT_WEIGHT,
};

#endif
