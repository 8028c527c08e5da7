/* ykien command — the message table: one row per text, Vietnamese and
 * English side by side, in the order of msg_id (messages.h). */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "messages.h"
#include "yk_text.h"

/* A row's flags: its texts are printf formats; its Vietnamese is still to
 * be written (vi NULL: the English is printed). */
enum { FORMAT = 1, VI_PENDING = 2 };

static const struct {
    msg_id id;
    const char *vi, *en;
    int flags;
} rows[] = {
    { MSG_REVERSE_MARK, " (ngược chiều)", " (reverse-worded)", 0 },
    { MSG_POINTS, "điểm", "points", 0 },
    { MSG_OR, " hoặc ", " or ", 0 },
    { MSG_DECIMAL_MARK, ",", ".", 0 },

    { MSG_CHART_BASE, "n", "n", 0 },
    { MSG_CHART_ROUND, "đợt", "round", 0 },
    { MSG_CHART_SOURCE, "Nguồn", "Source", 0 },
    { MSG_CHART_SUPPRESSED, "…: dưới", "…: fewer than", 0 },
    { MSG_CHART_SUPPRESSED_END,
      "người trả lời, hoặc ẩn theo để không suy ra được bằng phép trừ: không hiển thị để "
      "không ai bị nhận ra.",
      "answers, or hidden with them so that they cannot be worked out by difference: not "
      "shown, so that no one can be singled out.", 0 },
    { MSG_CHART_FAVOURABLE, "Mức cao", "Upper levels", 0 },
    { MSG_CHART_FAVOURABLE_NOTE,
      "Số ở cuối mỗi thanh: tỉ lệ chọn hai mức cao nhất (mức cao nhất của thang 3 mức), trên "
      "số người có ý kiến; n: số người trả lời câu hỏi.",
      "The figure at the end of each bar: the share who chose one of the two highest levels "
      "(the highest of a 3-level list), among those with an opinion; n: those who answered "
      "the question.", 0 },
    { MSG_CHART_REVERSE_NOTE,
      "(ngược chiều): câu nói ngược chiều, chọn mức cao (đồng ý) là đánh giá không tích cực.",
      "(reverse-worded): a statement worded the other way; the upper levels (agreeing) are "
      "the unfavourable answers.", 0 },
    { MSG_CHART_NO_SUPPRESSION,
      "Không ẩn số liệu (--no-suppression): số liệu của mọi nhóm đều "
      "hiển thị, kể cả nhóm chỉ có một người trả lời.",
      "Suppression is off (--no-suppression): figures of groups of any "
      "size are shown, even of one respondent.", 0 },
    { MSG_CHART_MEAN, "trung bình", "mean", 0 },

    { MSG_REPORT_SECTION_SUMMARY, "TÓM TẮT KẾT QUẢ", "SUMMARY", 0 },
    { MSG_REPORT_SECTION_RESPONSE, "SỐ PHIẾU THU VỀ", "RESPONSES", 0 },
    { MSG_REPORT_SECTION_THEMES, "KẾT QUẢ THEO TỪNG NỘI DUNG", "RESULTS BY THEME", 0 },
    { MSG_REPORT_SECTION_UNITS, "SO SÁNH GIỮA CÁC ĐƠN VỊ", "UNITS COMPARED", 0 },
    { MSG_REPORT_SECTION_ROUNDS, "SO SÁNH VỚI CÁC ĐỢT TRƯỚC", "CHANGES SINCE EARLIER ROUNDS", 0 },
    { MSG_REPORT_SECTION_POLL, "KẾT QUẢ LẤY PHIẾU TÍN NHIỆM", "CONFIDENCE POLL", 0 },
    { MSG_REPORT_SECTION_METHODS, "PHƯƠNG PHÁP", "METHODS", 0 },

    { MSG_REPORT_TABLE, "Bảng", "Table", 0 },
    { MSG_REPORT_FIGURE, "Hình", "Figure", 0 },
    { MSG_REPORT_UNIT, "Đơn vị", "Unit", 0 },
    { MSG_REPORT_MEMBERS, "Đoàn viên", "Members", 0 },
    { MSG_REPORT_RESPONSES, "Số phiếu", "Responses", 0 },
    { MSG_REPORT_RATE, "Tỉ lệ", "Rate", 0 },
    { MSG_REPORT_QUESTION, "Câu hỏi", "Question", 0 },
    { MSG_REPORT_SHARE, "Mức cao", "Upper levels", 0 },
    { MSG_REPORT_CI, "Khoảng tin cậy 95%", "95% interval", 0 },
    { MSG_REPORT_BASE, "Số trả lời", "Answers", 0 },
    { MSG_REPORT_PROVINCE, "Toàn tỉnh", "Province", 0 },
    { MSG_REPORT_P_ADJUSTED, "p hiệu chỉnh", "Adjusted p", 0 },
    { MSG_REPORT_EFFECT, "Mức độ khác biệt", "Effect size", 0 },
    { MSG_REPORT_THEME_INTRO,
      "Mỗi nội dung gồm các câu hỏi của một thang đo. Biểu đồ cho thấy tỉ lệ từng mức trả lời "
      "trên số người có ý kiến; bảng cho thấy tỉ lệ chọn hai mức cao nhất (mức cao nhất của "
      "thang 3 mức) kèm khoảng tin cậy 95%.",
      "Each theme is the questions of one scale. The charts show the share of each answer among "
      "those with an opinion; the tables the share that chose one of the two highest answers "
      "(the highest of three), with its 95% interval.", 0 },
    { MSG_REPORT_SURVEY_RESULTS, "Kết quả khảo sát", "Survey results", 0 },
    { MSG_REPORT_MEAN, "Điểm TB", "Mean", 0 },

    { MSG_RESPONSE_ALL_ROUNDS, "Tính chung mọi đợt: ", "All rounds together: ", 0 },
    { MSG_RESPONSE_ROWS_LEFT_OUT,
      "%sCác tệp dữ liệu có %s dòng: tính %s phiếu, loại %s dòng (%s; phiếu "
      "gửi lặp lại chỉ tính một lần).",
      "%sThe data files hold %s rows: %s are counted, %s left out (%s; a "
      "double submission is counted once).", FORMAT },
    { MSG_RESPONSE_ROWS_ALL,
      "%sCác tệp dữ liệu có %s dòng: tính cả %s phiếu.",
      "%sThe data files hold %s rows: all %s are counted.", FORMAT },
    { MSG_RESPONSE_UNREADABLE,
      " %s phiếu có câu trả lời không đọc được; các câu trả lời đó không được tính.",
      " %s counted rows have answers that could not be read; those answers are left out.",
      FORMAT },
    { MSG_RESPONSE_NO_UNIT,
      " %s phiếu không ghi rõ đơn vị: được ghi ở dòng “Không xác định”.",
      " %s counted rows name no known unit: they are shown as “Unknown unit”.", FORMAT },
    { MSG_RESPONSE_UNKNOWN_UNIT, "Không xác định", "Unknown unit", 0 },
    { MSG_RESPONSE_ALL, "Toàn tỉnh", "All", 0 },
    { MSG_RESPONSE_BY_UNIT, "Số phiếu theo đơn vị", "Responses by unit", 0 },

    { MSG_UNITS_MORE, "Đánh giá tích cực hơn rõ rệt so với các đơn vị còn lại: ",
      "Significantly more favourable than the other units: ", 0 },
    { MSG_UNITS_LESS, "Đánh giá kém tích cực hơn rõ rệt so với các đơn vị còn lại: ",
      "Significantly less favourable than the other units: ", 0 },
    /* Vietnamese puts "higher" before the points, English after. */
    { MSG_UNITS_ENTRY, "%1$s (%2$s: tỉ lệ chọn %3$s %5$s %4$s điểm)%6$s",
      "%1$s (%2$s: the share choosing %3$s is %4$s points %5$s)%6$s", FORMAT },
    { MSG_UNITS_HIGHER, "cao hơn", "higher", 0 },
    { MSG_UNITS_LOWER, "thấp hơn", "lower", 0 },
    { MSG_UNITS_BY_QUESTION, "So sánh giữa các đơn vị theo từng câu hỏi",
      "Units compared, question by question", 0 },

    { MSG_ROUNDS_REVERSE, "%s (ngược chiều; tỉ lệ chọn %s)",
      "%s (reverse-worded; the share choosing %s)", FORMAT },
    { MSG_ROUNDS_REVERSE_QUOTED, "“%s” (ngược chiều; tỉ lệ chọn %s)",
      "“%s” (reverse-worded; the share choosing %s)", FORMAT },
    { MSG_ROUNDS_ROSE_MOST, "Tỉ lệ đánh giá tích cực tăng rõ nhất:",
      "The favourable share rose most:", 0 },
    { MSG_ROUNDS_FELL_MOST, "Tỉ lệ đánh giá tích cực giảm rõ nhất:",
      "The favourable share fell most:", 0 },
    { MSG_ROUNDS_TABLE_TITLE, "Tỉ lệ tích cực, đợt %s và đợt %s", "Favourable shares, %s and %s",
      FORMAT },
    { MSG_ROUNDS_CHANGE, "Thay đổi (điểm)", "Change (points)", 0 },

    { MSG_METHODS_ROUND, "Đợt", "Round", 0 },
    { MSG_METHODS_BY_ROUND, "Số phiếu theo đợt", "Responses by round", 0 },

    { MSG_POLL_BASE_MEMBERS, "tổng số ủy viên", "all members", 0 },
    { MSG_POLL_BASE_PRESENT, "số ủy viên có mặt", "the members present", 0 },
    { MSG_POLL_BASE_ISSUED, "số phiếu phát ra", "the ballots issued", 0 },
    { MSG_POLL_BASE_VALID, "số phiếu hợp lệ", "the valid ballots", 0 },
    { MSG_POLL_LOW_CONFIDENCE, "tín nhiệm thấp", "low confidence", 0 },
    { MSG_POLL_PERSON, "Họ và tên, chức vụ", "Person", 0 },
    { MSG_POLL_HIGH, "Tín nhiệm cao", "High", 0 },
    { MSG_POLL_CONFIDENCE, "Tín nhiệm", "Confidence", 0 },
    { MSG_POLL_LOW, "Tín nhiệm thấp", "Low", 0 },
    { MSG_POLL_INVALID, "Không hợp lệ", "Invalid", 0 },
    { MSG_POLL_RULE, "Theo quy định", "Under the rule set", 0 },
    { MSG_POLL_BY_PERSON, "Kết quả lấy phiếu tín nhiệm từng người", "Results person by person", 0 },
    { MSG_POLL_CHART_TITLE, "Mức độ tín nhiệm từng người", "Confidence, person by person", 0 },

    /* The help.  Vietnamese still to write where vi is NULL (VI_PENDING):
     * those print in English. */
    { MSG_HELP_OVERVIEW, NULL,
      "usage: ykien VERB [OPTIONS] PROJECT|FILE...\n"
      "\n"
      "ykien reads member opinion survey files as offices send them, in any\n"
      "Vietnamese encoding, checks them and computes their figures.\n"
      "\n"
      "verbs:\n", VI_PENDING },
    { MSG_HELP_OVERVIEW_END, NULL,
      "\n"
      "  ykien help VERB    the options of VERB\n"
      "  ykien --version    the version\n"
      "\n"
      "Diagnostics go to standard error as FILE:LINE[:COLUMN]: error|warning.\n"
      "Exit status: 0 the output is complete (rows with data errors are\n"
      "counted on standard error), 1 check found errors, --strict and a data\n"
      "error, or input that cannot give a right result, 2 usage error,\n"
      "3 system failure (a failed write names the file), 128+N killed by\n"
      "signal N (the output's temporary file is removed).\n", VI_PENDING },
    { MSG_SUMMARY_SNIFF, NULL,
      "say what each data file is: encoding, delimiter, rows, problems", VI_PENDING },
    { MSG_HELP_SNIFF, NULL,
      "usage: ykien sniff [OPTIONS] FILE|PROJECT...\n"
      "\n"
      "Say what each data file is: its encoding and how sure the guess is, the\n"
      "byte-order mark, delimiter, line ends, rows, columns and header, and\n"
      "the problems in it (ragged rows, invalid bytes, mojibake, stray quotes),\n"
      "each with its line on standard error.  A file pasted together from\n"
      "several encodings is shown with the lines read in each.  A PROJECT\n"
      "(a .ykien file) stands for the data files of all its rounds.\n"
      "\n"
      "  -f, --format FORMAT    text (default) or json\n"
      "  -E, --encoding NAME    read as NAME instead of detecting it\n"
      "  -D, --delimiter C      read with delimiter C instead of detecting it\n"
      "      --max-field N, --max-columns N, --max-row N   limits, as in convert\n"
      "  -q, --quiet            no progress, no warnings\n"
      "      --all              show every problem, not ten of each kind\n"
      "\n"
      "Exit status: 0 no errors, 1 a file has errors, 2 usage, 3 system failure.\n"
      "\n"
      "examples:\n"
      "  ykien sniff samples/encodings/tcvn3.csv\n"
      "  ykien sniff --format json samples/encodings/utf16le-tab.txt\n", VI_PENDING },
    { MSG_SUMMARY_CONVERT, NULL,
      "rewrite files as UTF-8 NFC comma-delimited CSV", VI_PENDING },
    { MSG_HELP_CONVERT, NULL,
      "usage: ykien convert [OPTIONS] FILE|PROJECT...\n"
      "\n"
      "Rewrite data files as UTF-8 (NFC), comma-delimited CSV with RFC 4180\n"
      "quoting and LF line ends, whatever their encoding and delimiter.\n"
      "Several files go into one output with the header written once; their\n"
      "headers must be the same.  FILE may be - for standard input; a\n"
      "PROJECT (a .ykien file) stands for the data files of all its rounds.\n"
      "\n"
      "  -o, --output FILE      write to FILE (default: standard output)\n"
      "      --suffix SUFFIX    write each FILE next to it, its extension\n"
      "                         replaced by SUFFIX (e.g. .utf8.csv)\n"
      "      --force            replace an existing output file\n"
      "      --bom              for Excel: start with a UTF-8 BOM, and write a cell\n"
      "                         Excel would run as a formula (=, +, -, @, tab, CR;\n"
      "                         not a number) after an apostrophe\n"
      "  -E, --encoding NAME    read as NAME (utf-8, cp1258, tcvn3, viscii, vni,\n"
      "                         utf-16le, or any iconv name); default: detect\n"
      "  -D, --delimiter C      read with delimiter C (, ; tab |); default: detect\n"
      "      --max-field N      longest field, in bytes (default 1048576)\n"
      "      --max-columns N    most fields in a row (default 10000)\n"
      "      --max-row N        longest row, in bytes (default 16777216)\n"
      "  -q, --quiet            no progress, no warnings (errors still show)\n"
      "      --all              show every problem, not ten of each kind\n"
      "\n"
      "Exit status: 0 done, 1 the data has errors (rows are still written; bad\n"
      "bytes become U+FFFD and are reported), 2 usage, 3 system failure.\n"
      "\n"
      "examples:\n"
      "  ykien convert samples/encodings/vni-windows.csv\n"
      "  ykien convert --encoding tcvn3 samples/encodings/tcvn3.csv -o /dev/null\n", VI_PENDING },
    { MSG_SUMMARY_CHECK, NULL,
      "find every problem in a survey's form and data", VI_PENDING },
    { MSG_HELP_CHECK, NULL,
      "usage: ykien check [OPTIONS] PROJECT\n"
      "       ykien check [OPTIONS] --form DIR FILE...\n"
      "\n"
      "Find every problem in a survey's form and data: each on standard error\n"
      "as FILE:LINE[:COLUMN], with a hint where one helps; then a summary by\n"
      "kind on standard output.\n"
      "\n"
      "  --form DIR             the form (survey.csv, choices.csv, settings.csv)\n"
      "                         for data FILEs given on the command line\n"
      "  --round NAME           the round loose FILEs belong to\n"
      "  --group QUESTION       the grouping question (the unit), over the project's\n"
      "  --id QUESTION          the respondent id question, over the project's\n"
      "  --no-duplicates        skip the duplicate id and double-submission checks\n"
      "  --column HEADER=QUESTION  data files head QUESTION's column HEADER\n"
      "                         (repeatable; a project says 'column HEADER = QUESTION')\n"
      "                         (memory then stays flat however many rows)\n"
      "  --keep-duplicates      count double submissions twice (they are still\n"
      "                         reported)\n"
      "  --straightlining-min N check straight-lining on scales of at least N items\n"
      "                         (default 5, or the project's straightlining-min)\n"
      "  --strict               any data error makes the status 1 (figure verbs,\n"
      "                         charts, report)\n"
      "  -f, --format FORMAT    text (default) or json, for the summary\n"
      "  -E, --encoding NAME, -D, --delimiter C, --max-field N, --max-columns N,\n"
      "  --max-row N            reading options, as in convert\n"
      "  -q, --quiet            no progress, no warnings (still counted)\n"
      "      --all              every problem, not the first ten of each kind\n"
      "\n"
      "After the summary: the lists taken as ordinal by guess (no measure column\n"
      "in survey.csv says so), with their questions.\n"
      "\n"
      "Exit status: 0 no errors, 1 errors in the form or data, 2 usage,\n"
      "3 system failure.\n"
      "\n"
      "examples:\n"
      "  ykien check samples/kien-giang/kien-giang.ykien\n"
      "  ykien check --form samples/kien-giang/form --group don_vi samples/kien-giang/data/2014/rach-gia.csv\n", VI_PENDING },
    { MSG_SUMMARY_IMPORT, NULL,
      "write the coded data as one tidy CSV", VI_PENDING },
    { MSG_HELP_IMPORT, NULL,
      "usage: ykien import [OPTIONS] PROJECT [-o OUT.csv]\n"
      "       ykien import [OPTIONS] --form DIR FILE... [-o OUT.csv]\n"
      "\n"
      "Write the coded data as one UTF-8 CSV: _round, _source, _line and\n"
      "_errors (problems found in the row; rows with errors are kept), then a\n"
      "column per question holding its code or number, a select_multiple\n"
      "as one 0/1 column per choice named question/choice.  Problems go to\n"
      "standard error as in check.\n"
      "\n"
      "  -o, --output FILE      write to FILE (default: standard output)\n"
      "      --force            replace an existing output file\n"
      "      --bom              for Excel: start with a UTF-8 BOM, and write a cell\n"
      "                         Excel would run as a formula (=, +, -, @, tab, CR;\n"
      "                         not a number) after an apostrophe\n"
      "  --form DIR, --round NAME, --group QUESTION, --id QUESTION,\n"
      "  --no-duplicates, --keep-duplicates, --straightlining-min N, --strict\n"
      "                         as in check (a double submission is written once)\n"
      "  -E, --encoding NAME, -D, --delimiter C, --max-field N, --max-columns N,\n"
      "  --max-row N            reading options, as in convert\n"
      "  -q, --quiet            no progress, no warnings\n"
      "      --all              every problem, not the first ten of each kind\n"
      "\n"
      "Exit status: 0 the output is complete (rows with data errors are written\n"
      "with those answers blank, and counted on standard error), 1 errors in\n"
      "the form or a file's header, or any data error with --strict, 2 usage,\n"
      "3 system failure.\n"
      "\n"
      "examples:\n"
      "  ykien import samples/kien-giang/kien-giang.ykien -o /dev/null\n", VI_PENDING },
    { MSG_SUMMARY_TALLY, NULL,
      "count a survey into a tally file (no respondent data)", VI_PENDING },
    { MSG_HELP_TALLY, NULL,
      "usage: ykien tally [OPTIONS] PROJECT -o FILE.ykt\n"
      "       ykien tally [OPTIONS] --form DIR [--round NAME] FILE... -o FILE.ykt\n"
      "\n"
      "Read a survey and write its tallies: per round and group, the counts of\n"
      "every answer, the sums of every number, the sums and cross-products of\n"
      "every scale's items, and the form.  No response's row is kept, and with\n"
      "--protect no group of fewer than --min-base respondents either: a unit\n"
      "can then send its tally file upward instead of its respondents' rows.\n"
      "Every analysis verb reads tally files wherever it reads data; 'ykien\n"
      "merge' adds them.\n"
      "\n"
      "  -o, --output FILE      the tally file to write (default: standard output)\n"
      "      --force            replace an existing output file\n"
      "      --by QUESTION      group by this select_one (default: the project's\n"
      "                         group question)\n"
      "      --protect          fold every group (unit) of fewer than --min-base\n"
      "                         respondents, round by round, into one group\n"
      "                         'Khác', so that no group of the file can single\n"
      "                         anyone out; refused when a round is under it\n"
      "      --min-base N       the fewest respondents a group may have with\n"
      "                         --protect (default 10, 2 or more)\n"
      "  -j, --jobs N           read N files at once (default: the cores); the\n"
      "                         tally file is the same whatever N\n"
      "  --form DIR, --round NAME, --group QUESTION, --id QUESTION,\n"
      "  and the reading options, as in check\n"
      "\n"
      "examples:\n"
      "  ykien tally tests/cli/data/small-project/small.ykien -o /dev/null\n"
      "  ykien tally --protect --min-base 2 tests/cli/data/small-project/small.ykien -o /dev/null\n"
      "\n"
      "A tally file is as sensitive as the data for a small group: a group of\n"
      "one respondent holds every answer of that respondent.  Send it upward\n"
      "only with --protect.\n", VI_PENDING },
    { MSG_SUMMARY_MERGE, NULL,
      "add tally files of one form into one", VI_PENDING },
    { MSG_HELP_MERGE, NULL,
      "usage: ykien merge [OPTIONS] A.ykt B.ykt... -o C.ykt\n"
      "\n"
      "Add tally files of the same form and grouping into one, exactly: the\n"
      "figures of the merged tally are those of one pass over all the data.\n"
      "Tallies of another form (by its fingerprint) are refused.  Protected\n"
      "tallies (tally --protect) merge into a protected one; a protected with an\n"
      "unprotected one gives an unprotected one (said on standard error) unless\n"
      "--protect folds it again.\n"
      "\n"
      "  -o, --output FILE      the tally file to write (default: standard output)\n"
      "      --force            replace an existing output file\n"
      "      --protect          fold every group of fewer than --min-base\n"
      "                         respondents into 'Khác' (as tally --protect)\n"
      "      --min-base N       the fewest respondents a group may have with\n"
      "                         --protect (default 10, 2 or more)\n"
      "\n"
      "examples:\n"
      "  ykien merge tests/cli/data/tallies/a.ykt tests/cli/data/tallies/b.ykt -o /dev/null\n", VI_PENDING },
    { MSG_SUMMARY_FREQ, NULL,
      "how many gave each answer, with 95% intervals", VI_PENDING },
    { MSG_HELP_FREQ, NULL,
      "usage: ykien freq [OPTIONS] PROJECT|TALLY.ykt...\n"
      "       ykien freq [OPTIONS] --form DIR FILE...\n"
      "\n"
      "For every select question: how many chose each answer, of how many who\n"
      "answered, as a percent with its 95% Wilson interval; blanks as choice\n"
      "_missing, of all responses.  Lists with a not-an-opinion answer (\"Khó trả\n"
      "lời\") also give each share among those with an opinion; a\n"
      "select_multiple also gives each choice's share of all choices ticked.\n"
      "Percents and bounds are in percent.\n"
      "\n"
      "Columns: round, group, question, choice, label, n, base, percent, ci_low,\n"
      "ci_high, base_opinion, percent_opinion, percent_responses, effective_base.\n"
      "\n"
      "      --by QUESTION      one block of figures per answer of this select_one\n"
      "                         (a tally file can only be split by its own group)\n"
      "      --round NAME       only this round\n"
      "      --questions LIST   only these questions (comma-separated names)\n"
      "      --weight members   post-stratify to the units' membership (the form's\n"
      "                         members column): each unit's answers count by its\n"
      "                         share of members; n is then weighted, intervals use\n"
      "                         Kish's effective base (effective_base)\n"
      "      --min-base N       leave figures blank where the base is under N\n"
      "                         (default 10; 2 or more), so no small group can be\n"
      "                         singled out; with --by, answers chosen by fewer\n"
      "                         than N in all groups too, and more groups or\n"
      "                         answers so that no blank one can be worked out\n"
      "                         from the totals (see the README, \"Privacy\")\n"
      "      --no-suppression   show the figures of groups of any size (the output\n"
      "                         says so)\n"
      "  -j, --jobs N           read N files at once (default: the cores); the\n"
      "                         output is the same whatever N\n"
      "  -f, --format FORMAT    csv (default), text or json\n"
      "  -o, --output FILE      write to FILE (default: standard output)\n"
      "      --force            replace an existing output file\n"
      "  --form DIR, --group QUESTION, --id QUESTION, --no-duplicates,\n"
      "  --keep-duplicates, --straightlining-min N, --strict, and the reading\n"
      "  options, as in check\n"
      "\n"
      "In text output a last paragraph says how many rows were read, counted and\n"
      "left out, and why; in every format standard error says it when a row was\n"
      "left out or had an error.  Double submissions are counted once; -j reads\n"
      "several files at once only with --no-duplicates.\n"
      "\n"
      "examples:\n"
      "  ykien freq --min-base 1 --no-suppression --questions q1,kenh tests/cli/data/small-project/small.ykien\n"
      "  ykien freq --by don_vi --format text samples/kien-giang/kien-giang.ykien\n", VI_PENDING },
    { MSG_SUMMARY_DESCRIBE, NULL,
      "mean, spread, median and top/bottom boxes of answers", VI_PENDING },
    { MSG_HELP_DESCRIBE, NULL,
      "usage: ykien describe [OPTIONS] PROJECT|TALLY.ykt...\n"
      "       ykien describe [OPTIONS] --form DIR FILE...\n"
      "\n"
      "For every ordinal question (a list with a not-an-opinion answer, or whose\n"
      "codes are whole numbers) and every number question: n, mean and standard\n"
      "deviation (n - 1); for ordinal ones also the median and quartiles (R's\n"
      "type 7 on the answers the counts stand for: h = (n - 1)p, between the\n"
      "values at ranks floor(h) and ceil(h)), and the percent in the top two and\n"
      "bottom two answers and their difference (net), not-an-opinion answers\n"
      "left out; for numbers the minimum and maximum, and for integers the\n"
      "median and quartiles from the counts of their values (none past 1000\n"
      "distinct values in a round and unit: a warning says so).  An ordinal answer counts\n"
      "as its choice's value.\n"
      "\n"
      "Columns: round, group, question, n, mean, sd, median, q1, q3, top2,\n"
      "bottom2, net, min, max, effective_n, top2_low, top2_high (the top-2\n"
      "share's 95% Wilson interval, on the effective n when weighted).\n"
      "\n"
      "      --weight members   post-stratify to the units' membership, as in freq:\n"
      "                         n is weighted, the SD's denominator is the sum of\n"
      "                         the weights minus one, the quartiles use the\n"
      "                         weighted counts, effective_n is Kish's\n"
      "\n"
      "Options as in freq: --by QUESTION, --round NAME, --questions LIST,\n"
      "--min-base N, --no-suppression, -f csv|text|json, -o FILE, --force,\n"
      "--form DIR, and the reading options.  Without --by, min and max are blank\n"
      "when they could be a hidden unit's answer (no shown unit has the same).\n"
      "\n"
      "examples:\n"
      "  ykien describe --min-base 1 --no-suppression tests/cli/data/small-project/small.ykien\n"
      "  ykien describe --by don_vi --questions q02,tuoi samples/kien-giang/kien-giang.ykien\n", VI_PENDING },
    { MSG_SUMMARY_SCALE, NULL,
      "Cronbach's alpha of every scale, item by item", VI_PENDING },
    { MSG_HELP_SCALE, NULL,
      "usage: ykien scale [OPTIONS] PROJECT|TALLY.ykt...\n"
      "       ykien scale [OPTIONS] --form DIR FILE...\n"
      "\n"
      "For every scale (the form's scale column): Cronbach's alpha, raw and\n"
      "standardized, with Feldt's 95% interval, over the responses that gave\n"
      "every item an opinion; reverse-worded items are reversed first.  Then a\n"
      "row per item: its correlation with the other items' total, and alpha\n"
      "without it.  A negative alpha is shown as it is, with a warning; so is a\n"
      "scale of fewer than 3 items.\n"
      "\n"
      "Columns: round, group, scale, items, n, alpha, alpha_std, ci_low, ci_high,\n"
      "item, item_total, alpha_if_deleted.\n"
      "\n"
      "      --scale NAME       only this scale (or --questions a,b for several)\n"
      "Other options as in freq.\n"
      "\n"
      "examples:\n"
      "  ykien scale --round 2014 samples/kien-giang/kien-giang.ykien\n", VI_PENDING },
    { MSG_SUMMARY_COMPARE, NULL,
      "do the groups answer differently? tests with adjusted p", VI_PENDING },
    { MSG_HELP_COMPARE, NULL,
      "usage: ykien compare [OPTIONS] PROJECT|TALLY.ykt...\n"
      "       ykien compare [OPTIONS] --form DIR FILE...\n"
      "\n"
      "Do the groups (the project's group question, or --by) answer each\n"
      "question differently?  The test that fits the question: Pearson's\n"
      "chi-square for a nominal select_one (effect: Cramér's V); Kruskal-Wallis,\n"
      "tie-corrected, for an ordinal one (opinions only; effect: epsilon\n"
      "squared, H/(n-1)); one-way ANOVA and Welch's ANOVA for numbers (effect:\n"
      "eta squared); each choice of a select_multiple is a chi-square of chose or\n"
      "not among those who answered (question/choice).  p is adjusted over all\n"
      "the round's tests, by Holm or, with --adjust bh, Benjamini-Hochberg.\n"
      "Responses without a group answer are left out.\n"
      "\n"
      "Columns: round, question, test (chisq, kruskal, anova, welch, dunn, vs_rest),\n"
      "statistic, df, df2 (the F tests' second), p, p_adjusted, effect, n, pair.\n"
      "\n"
      "      --adjust holm|bh   how to adjust p over the family (default holm)\n"
      "      --pairs            after each Kruskal-Wallis test, Dunn's test for every\n"
      "                         pair of groups (z, p adjusted over the question's\n"
      "                         pairs), the pair in the last column; pairs with a\n"
      "                         hidden group (under --min-base, or hidden with\n"
      "                         one, see the README, \"Privacy\") are left out\n"
      "      --vs-rest          for each ordinal question, each group against all the\n"
      "                         others: the favourable share (the top two opinions,\n"
      "                         the bottom ones of a reverse-worded item, as rounds\n"
      "                         counts it), the two-proportion z, p\n"
      "                         adjusted over all of them in the round, the effect\n"
      "                         the difference in percentage points, n the group's\n"
      "                         opinions, the group in the last column; hidden\n"
      "                         groups (and rests under --min-base) are left out\n"
      "Other options as in freq.\n"
      "\n"
      "examples:\n"
      "  ykien compare --round 2014 --questions q02,q05,tuoi,gioi_tinh samples/kien-giang/kien-giang.ykien\n"
      "  ykien compare --round 2014 --vs-rest --questions q11 samples/kien-giang/kien-giang.ykien\n", VI_PENDING },
    { MSG_SUMMARY_CROSSTAB, NULL,
      "two questions against each other, with tests of independence", VI_PENDING },
    { MSG_HELP_CROSSTAB, NULL,
      "usage: ykien crosstab --rows QUESTION --cols QUESTION [OPTIONS] PROJECT|TALLY.ykt...\n"
      "       ykien crosstab --rows QUESTION --cols QUESTION [OPTIONS] --form DIR FILE...\n"
      "\n"
      "Two select_one questions against each other, per round: each cell's\n"
      "count, row and column percent, expected count and adjusted standardized\n"
      "residual (R's chisq.test()$stdres); then rows with row \"_test\": Pearson's\n"
      "chi-square, the likelihood-ratio G2 (statistic, df, p) and Cramér's V.\n"
      "When more than a fifth of the expected counts are under 5 a warning says\n"
      "so, and a 2 x 2 table gets Fisher's exact test, a larger one a Monte-Carlo\n"
      "p (chisq_mc: 10000 tables with the same margins, a fixed seed, as R's\n"
      "chisq.test(simulate.p.value = TRUE)).  A tally file can only\n"
      "be crossed by its own group question as --rows.\n"
      "\n"
      "Both questions are groups (see the README, \"Privacy\"): a cell is blank\n"
      "when its row or its column has fewer than --min-base respondents (default\n"
      "10), or is hidden so that such a one cannot be worked out from the others.\n"
      "\n"
      "Columns: round, row, col, n, row_percent, col_percent, expected, residual,\n"
      "statistic, df, p.\n"
      "\n"
      "Other options as in freq.\n"
      "\n"
      "examples:\n"
      "  ykien crosstab --rows gioi_tinh --cols q02 --round 2014 samples/kien-giang/kien-giang.ykien\n", VI_PENDING },
    { MSG_SUMMARY_ROUNDS, NULL,
      "how answers changed from one round to the next", VI_PENDING },
    { MSG_HELP_ROUNDS, NULL,
      "usage: ykien rounds [OPTIONS] PROJECT|TALLY.ykt...\n"
      "       ykien rounds [OPTIONS] --form DIR --round NAME FILE...  (one round: nothing to do)\n"
      "\n"
      "How each question's favourable share moved between survey rounds, for\n"
      "the whole survey (group empty) and for every unit.  The favourable share\n"
      "is the top two opinions of an ordinal list (the top one of three; the\n"
      "bottom ones of a reverse-worded item), among those with an opinion, or\n"
      "the choices --favourable names.  For each pair of consecutive rounds,\n"
      "and the first and last when there are three or more: both shares, the\n"
      "change in percentage points with Newcombe's 95% interval (hybrid\n"
      "score), the two-proportion z test's p, and for ordinal lists a\n"
      "Mann-Whitney test of the whole distribution (tie-corrected, no\n"
      "continuity correction); on the first-to-last row, the Cochran-Armitage\n"
      "test for a trend over every round.  Each kind of p is adjusted over\n"
      "the table (Holm, or Benjamini-Hochberg).\n"
      "\n"
      "Rounds come from a project, or from tally files: of one form or of\n"
      "several, a question followed back by the previous_name its newer form\n"
      "gives it, units by their code.  A question whose choices changed is\n"
      "compared only across rounds where they still line up, with a warning\n"
      "that says what changed.\n"
      "\n"
      "Columns: question, group, round_from, round_to, share_from, share_to,\n"
      "change, ci_low, ci_high, p, p_adjusted, n_from, n_to, favourable, mw_z,\n"
      "mw_p, mw_p_adjusted, trend_z, trend_p, trend_p_adjusted.\n"
      "\n"
      "      --favourable Q=CODE[+CODE...]  count these answers of Q as favourable\n"
      "                         (repeatable; one choice of a select_multiple)\n"
      "      --ranked N         instead of the table: the N largest significant\n"
      "                         improvements and declines between consecutive\n"
      "                         rounds (adjusted p under 0.05), per question and\n"
      "                         unit; columns direction, rank, question, group,\n"
      "                         round_from, round_to, share_from, share_to, change,\n"
      "                         ci_low, ci_high, p_adjusted\n"
      "      --adjust holm|bh   how p is adjusted (default holm)\n"
      "      --questions LIST   only these questions\n"
      "      --min-base N       leave a round's share blank where its base is under\n"
      "                         N (default 10), or where the unit is hidden in that\n"
      "                         round so that such a one cannot be worked out; a\n"
      "                         change with either share blank is blank\n"
      "      --no-suppression   show groups of any size (see the README, \"Privacy\")\n"
      "  --by QUESTION, -f csv|text|json, -o FILE, --force, -j N, --form DIR and the\n"
      "  reading options as in freq\n"
      "\n"
      "examples:\n"
      "  ykien rounds --questions q11,q15 --favourable q15=day_du samples/kien-giang/kien-giang.ykien\n"
      "  ykien rounds --ranked 5 samples/kien-giang/kien-giang.ykien\n", VI_PENDING },
    { MSG_SUMMARY_VOTES, NULL,
      "tally a secret confidence poll, person by person", VI_PENDING },
    { MSG_HELP_VOTES, NULL,
      "usage: ykien votes [OPTIONS] PROJECT\n"
      "       ykien votes [OPTIONS] --form DIR --members N [--present N] [--issued N] FILE...\n"
      "\n"
      "Tally a secret confidence poll (lấy phiếu tín nhiệm): for each person of\n"
      "the form, the count of each level (tín nhiệm cao, tín nhiệm, tín nhiệm\n"
      "thấp), its percentage of the base with two decimals, and the flag the\n"
      "rule set gives.  A line with no mark or several marks is invalid for\n"
      "that person; a ballot with a name added or struck is invalid as a whole.\n"
      "No ballot is ever printed, and a poll is never broken down by group.\n"
      "\n"
      "A column of a ballots file is a person's, the ballot number (STT, TT, Số\n"
      "phiếu, so_phieu), bookkeeping (a timestamp, '_...'), a column of names\n"
      "written in (--added) or the struck column; any other is an error.  A mark\n"
      "is a level's code or label; one that matches a level only when accents or\n"
      "case are ignored ('Tin nhiem cao') is read as it, with one warning; any\n"
      "other mark is an error listing the marks and their lines.  After an\n"
      "error in the ballots no result is shown.\n"
      "\n"
      "Columns: person, position, issued, valid, high, trust, low, invalid,\n"
      "base, high_pct, trust_pct, low_pct, flag, name, returned, base_name,\n"
      "rule, no_mark, several_marks, unknown_marks, names_added, names_struck;\n"
      "the first row, person _ballots, counts the ballots.\n"
      "\n"
      "      --form DIR         the ballot as a form, for FILEs on the command line\n"
      "      --members N        the members of the body\n"
      "      --present N        the members present\n"
      "      --issued N         the ballots issued (returned = the ballots read)\n"
      "      --rules NAME|FILE  the rule set (default qd96-2023; shipped: qd96-2023,\n"
      "                         qd262-2014, nq85-2014)\n"
      "      --base BASE        members, present, issued or valid: the denominator\n"
      "                         of the percentages (default: the rule set's)\n"
      "      --struck COLUMN    a column marked on ballots with a name struck out\n"
      "      --added COLUMNS    the columns where a name is written in (comma-\n"
      "                         separated; default: the form's text questions)\n"
      "      --levels LIST      the form's list of levels, when it has several lists\n"
      "      --unknown-marks invalid\n"
      "                         count a line whose mark is no level as invalid for\n"
      "                         that person (with a warning) instead of an error\n"
      "      --save FILE.ykp    also write the counts as a poll tally file: a\n"
      "                         counting table sends it instead of its ballots, and\n"
      "                         votes reads .ykp files wherever it reads ballots\n"
      "  -f, --format FORMAT    csv (default), text (decimal commas) or json\n"
      "  -o, --output FILE      write to FILE (default: standard output)\n"
      "      --force            replace an existing output file\n"
      "  -E, --encoding NAME, -D, --delimiter C, --max-field N, --max-columns N,\n"
      "  --max-row N, -q, --all  reading options, as in check\n"
      "\n"
      "Exit status: 0 done, 1 errors in the form, rules or ballots files (an\n"
      "unknown column or mark, figures that do not add up: then no result is\n"
      "shown), 2 usage, 3 system failure.  Invalid ballots and lines are\n"
      "counted, not errors.\n"
      "\n"
      "examples:\n"
      "  ykien votes samples/confidence-vote/poll.ykien\n"
      "  ykien votes --base valid --format text samples/confidence-vote/poll.ykien\n"
      "  ykien votes --form samples/confidence-vote/form --members 47 --rules nq85-2014 samples/confidence-vote/ballots.csv\n"
      "  ykien votes --form samples/confidence-vote/form --members 47 --save table-1.ykp samples/confidence-vote/ballots.csv\n"
      "  ykien votes --form samples/confidence-vote/form --members 47 --unknown-marks invalid samples/confidence-vote/ballots.csv\n", VI_PENDING },
    { MSG_SUMMARY_CHART, NULL,
      "conference-ready charts in PNG, SVG or PDF", VI_PENDING },
    { MSG_HELP_CHART, NULL,
      "usage: ykien chart KIND [OPTIONS] PROJECT|TALLY.ykt... -o FILE.png|svg|pdf\n"
      "       ykien chart KIND [OPTIONS] --form DIR FILE... -o FILE.png|svg|pdf\n"
      "       ykien chart votes [OPTIONS] POLL-PROJECT -o FILE.png|svg|pdf\n"
      "\n"
      "Draw a chart of the figures, in Vietnamese (or English) with Noto Sans.\n"
      "\n"
      "kinds:\n"
      "  likert     diverging stacked bars of ordinal questions of one answer list\n"
      "             (--questions, --scale, or those of the first ordinal list), or\n"
      "             of one question by unit (--by); the share who agree (the top\n"
      "             two levels) at each bar's end, not-an-opinion in a bar aside;\n"
      "             reverse-worded items marked \"(ngược chiều)\" in every chart\n"
      "  bars       the shares of one question's answers (--questions): a bar per\n"
      "             answer; by unit (--by), a panel per answer and a bar per unit,\n"
      "             all on one scale; a select_multiple's shares are of those who\n"
      "             answered, so they can add to more than 100%\n"
      "  rank       units ranked by one question (--questions): the share who\n"
      "             agree with an ordinal question (its top two levels, the top one\n"
      "             of three) with its 95% Wilson interval, or the mean of a number\n"
      "             with its t interval; all units as a dashed line\n"
      "  heatmap    the shares who agree (as in rank) with ordinal questions\n"
      "             (--questions, --scale, or all of them), a row per unit, a\n"
      "             column per question\n"
      "  histogram  the share of each value of an integer question (an age:\n"
      "             --questions tuoi), a bar per whole value, the mean dashed\n"
      "  rounds     one question's favourable share (as in rounds) across the rounds\n"
      "             of a project or of tally files: a row per unit after the\n"
      "             province, a dot per round, and the changes rounds finds\n"
      "             significant (Holm-adjusted p under 0.05) bold, in points\n"
      "  votes      a confidence poll (as in votes): a bar per person over the base,\n"
      "             the rule set's thresholds as lines on the 'thấp' share, flagged\n"
      "             people in bold with their flag\n"
      "\n"
      "      --size SIZE        a4, a5 (default), slide, or WxH in millimetres\n"
      "      --dpi N            pixels per inch of a PNG (default 150)\n"
      "      --title TEXT, --subtitle TEXT\n"
      "      --lang vi|en       the language of labels and fixed words (default vi)\n"
      "      --centre neutral|split   with an odd number of levels, centre the bars\n"
      "                         on the middle level (default), or set it aside\n"
      "      --round NAME       the round to draw (default: the last)\n"
      "      --questions LIST, --scale NAME, --by QUESTION, --min-base N (default\n"
      "                         10, at least 2): a unit with fewer answers is hidden,\n"
      "                         and more units with it when one could be worked out by\n"
      "                         difference; a histogram never has a bar of fewer; the\n"
      "                         note says so\n"
      "      --no-suppression   hide nothing (only with no --min-base); the note says so\n"
      "      --favourable Q=CODE[+CODE...]  rounds: the answers counted, as in rounds\n"
      "      --members N, --present N, --issued N, --rules NAME|FILE, --base BASE\n"
      "                         votes: the body's figures and the rule set, as in votes\n"
      "      --dump             print the chart's model (boxes, colours, text)\n"
      "  -o, --output FILE      the picture; its name's end says the format\n"
      "      --force            replace an existing output file\n"
      "  --form DIR and the reading options, as in check\n"
      "\n"
      "A PDF's date is SOURCE_DATE_EPOCH or the newest input's time, so the same\n"
      "input gives the same bytes.\n"
      "\n"
      "examples:\n"
      "  ykien chart likert --scale dao_duc samples/kien-giang/kien-giang.ykien -o dao-duc.png\n"
      "  ykien chart likert --by don_vi --questions q11 --size a4 samples/kien-giang/kien-giang.ykien -o q11.pdf\n"
      "  ykien chart bars --by don_vi --questions han_che --size a4 samples/kien-giang/kien-giang.ykien -o han-che.png\n"
      "  ykien chart rank --questions q11 samples/kien-giang/kien-giang.ykien -o q11-rank.svg\n"
      "  ykien chart heatmap --scale can_bo samples/kien-giang/kien-giang.ykien -o can-bo.pdf\n"
      "  ykien chart histogram --questions tuoi samples/kien-giang/kien-giang.ykien -o tuoi.png\n"
      "  ykien chart rounds --questions q11 samples/kien-giang/kien-giang.ykien -o q11-rounds.png\n"
      "  ykien chart votes samples/confidence-vote/poll.ykien -o votes.pdf\n", VI_PENDING },
    { MSG_SUMMARY_REPORT, NULL,
      "an A4 report of the survey, as PDF", VI_PENDING },
    { MSG_HELP_REPORT, NULL,
      "usage: ykien report [OPTIONS] PROJECT [-o report.pdf]\n"
      "\n"
      "Read the project once and print an A4 report as PDF, in the Youth Union's\n"
      "document format: the issuing body, the number, the place and date, the\n"
      "title, then the sections the template names, in its order: summary (the\n"
      "figures in sentences), response (responses against membership, by\n"
      "unit), themes (a chart and a table of shares with 95% intervals per\n"
      "scale), units (the units compared, question by question), methods.\n"
      "Every figure is the one the verbs print (freq, describe, scale, compare).\n"
      "\n"
      "      --template NAME    a template in reports/ (review-conference, the\n"
      "                         default; rounds; confidence-poll) or a FILE\n"
      "      --lang vi|en       the language (default: the template's)\n"
      "      --per-unit         then a page per unit: each ordinal question's\n"
      "                         top-2 share there, its interval, and the province's\n"
      "      --no-suppression   show figures of groups of any size (as the template's\n"
      "                         no_suppression = yes); the methods say so. Without it\n"
      "                         a template's min_base under 2 is refused\n"
      "  -o, --output FILE      the PDF (default report.pdf)\n"
      "      --force            replace an existing output file\n"
      "  --form DIR, -j N and the reading options, as in check\n"
      "\n"
      "The PDF's date is SOURCE_DATE_EPOCH or the newest input's time, so the\n"
      "same input gives the same bytes.\n"
      "\n"
      "examples:\n"
      "  ykien report samples/kien-giang/kien-giang.ykien -o kien-giang.pdf\n"
      "  ykien report --lang en samples/kien-giang/kien-giang.ykien -o kien-giang-en.pdf\n", VI_PENDING },
};
_Static_assert(sizeof rows / sizeof rows[0] == MSG_COUNT, "one row per message id");

int msg_is_pending(msg_id id)
{
    return (size_t)id < MSG_COUNT && !rows[id].vi;
}

const char *msg(msg_id id, msg_lang lang)
{
    if ((size_t)id >= MSG_COUNT)
        return "";
    return lang == LANG_VI && rows[id].vi ? rows[id].vi : rows[id].en;
}

int msg_snprintf(char *buf, size_t size, msg_id id, msg_lang lang, ...)
{
    va_list ap, again;
    va_start(ap, lang);
    va_copy(again, ap);
    const char *fmt = msg(id, lang);
    int n = vsnprintf(NULL, 0, fmt, ap);
    char *text = n >= 0 ? malloc((size_t)n + 1) : NULL;
    if (text)
        vsnprintf(text, (size_t)n + 1, fmt, again);
    va_end(again);
    va_end(ap);
    if (!text) {
        if (size)
            buf[0] = '\0';
        return -1;
    }
    /* The whole text first, so the cut is yk_text_snprintf's own. */
    yk_text_snprintf(buf, size, "%s", text);
    free(text);
    return n;
}

/* The arguments a format takes: conv[i] is the conversion of argument i
 * (numbered from 0, whether the format numbers them or not); the count,
 * or -1 when one is unreadable or over max. */
static int format_arguments(const char *fmt, char *conv, int max)
{
    int next = 0, count = 0;
    memset(conv, 0, (size_t)max);
    for (const char *p = fmt; (p = strchr(p, '%')); ) {
        p++;
        if (*p == '%') {
            p++;
            continue;
        }
        int at = next++;
        const char *q = p;
        while (*q >= '0' && *q <= '9')
            q++;
        if (*q == '$' && q > p) {
            at = atoi(p) - 1;
            p = q + 1;
        }
        p += strspn(p, "-+ #0123456789.hlLqjzt");
        if (!*p || at < 0 || at >= max)
            return -1;
        conv[at] = *p++;
        count = at + 1 > count ? at + 1 : count;
    }
    return count;
}

static int row_wrong(size_t i, char *why, size_t size)
{
    enum { MAX_ARGS = 16 };
    char vi[MAX_ARGS], en[MAX_ARGS];
    if (rows[i].id != (msg_id)i)
        yk_text_snprintf(why, size, "row %zu holds id %d", i, (int)rows[i].id);
    else if (!rows[i].en || !*rows[i].en || (rows[i].vi ? !*rows[i].vi
                                                        : !(rows[i].flags & VI_PENDING)))
        yk_text_snprintf(why, size, "id %zu lacks a language", i);
    else if (rows[i].vi && (rows[i].flags & VI_PENDING))
        yk_text_snprintf(why, size, "id %zu has its Vietnamese: it is no longer pending", i);
    else if ((rows[i].flags & FORMAT) && rows[i].vi &&
             (format_arguments(rows[i].vi, vi, MAX_ARGS) < 0 ||
              format_arguments(rows[i].en, en, MAX_ARGS) < 0 || memcmp(vi, en, sizeof vi) != 0))
        yk_text_snprintf(why, size, "id %zu: the two formats take different arguments", i);
    else
        return 0;
    return 1;
}

int msg_table_check(char *why, size_t size)
{
    for (size_t i = 0; i < MSG_COUNT; i++)
        if (row_wrong(i, why, size))
            return -1;
    return 0;
}
