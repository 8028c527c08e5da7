/* ykien command — the message table: one row per text, Vietnamese and
 * English side by side, in the order of msg_id (messages.h). */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "messages.h"
#include "yk_text.h"

enum { FORMAT = 1 };            /* the texts are printf formats */

static const struct {
    msg_id id;
    const char *vi, *en;
    int format;
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
};
_Static_assert(sizeof rows / sizeof rows[0] == MSG_COUNT, "one row per message id");

const char *msg(msg_id id, msg_lang lang)
{
    if ((size_t)id >= MSG_COUNT)
        return "";
    return lang == LANG_EN ? rows[id].en : rows[id].vi;
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
    else if (!rows[i].vi || !*rows[i].vi || !rows[i].en || !*rows[i].en)
        yk_text_snprintf(why, size, "id %zu lacks a language", i);
    else if (rows[i].format && (format_arguments(rows[i].vi, vi, MAX_ARGS) < 0 ||
                                format_arguments(rows[i].en, en, MAX_ARGS) < 0 ||
                                memcmp(vi, en, sizeof vi) != 0))
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
