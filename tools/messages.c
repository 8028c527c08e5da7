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

    { MSG_CHART_RANK_ALL, "Tất cả đơn vị", "All units", 0 },
    { MSG_CHART_RANK_SHARE, "Tỉ lệ chọn ", "The share who chose ", 0 },
    { MSG_CHART_RANK_SHARE_END,
      ", trên số người có ý kiến (n); thanh ngang: khoảng tin cậy 95% (Wilson); đường "
      "đứt: tất cả đơn vị.",
      ", among those with an opinion (n); whiskers: 95% interval (Wilson); dashed line: "
      "all units.", 0 },
    { MSG_CHART_RANK_MEAN, "Trung bình của ", "The mean of ", 0 },
    { MSG_CHART_RANK_MEAN_END,
      " (n: số người trả lời); thanh ngang: khoảng tin cậy 95% (t); đường đứt: tất cả "
      "đơn vị.",
      " (n: those who answered); whiskers: 95% interval (t); dashed line: all units.", 0 },
    { MSG_CHART_RANK_LEFT_OUT, "đơn vị không được xếp hạng (dưới",
      "units not ranked (fewer than", 0 },
    { MSG_CHART_RANK_OPINIONS, "người có ý kiến", "opinions", 0 },
    { MSG_CHART_RANK_ANSWERS, "người trả lời", "answers", 0 },
    { MSG_CHART_RANK_LEFT_OUT_END,
      "hoặc ẩn theo để không suy ra được bằng phép trừ), để không ai bị nhận ra.",
      "or hidden with them so that they cannot be worked out by difference), so that no "
      "one can be singled out.", 0 },

    { MSG_CHART_HEATMAP_TITLE, "Tỉ lệ chọn mức cao theo đơn vị", "Upper levels by unit", 0 },
    { MSG_CHART_HEATMAP_KEY, "Mức cao", "Upper levels", 0 },
    { MSG_CHART_HEATMAP_EXPLAIN,
      "Mỗi ô: tỉ lệ chọn hai mức cao nhất (mức cao nhất của thang 3 mức) trên số người có ý "
      "kiến; n: số người trả lời của đơn vị.",
      "Each cell: the share who chose one of the two highest levels (the highest of a "
      "3-level list) among those with an opinion; n: the unit's respondents.", 0 },
    { MSG_CHART_HEATMAP_FEWER, "dưới", "fewer than", 0 },
    { MSG_CHART_HEATMAP_FEWER_END, "người có ý kiến", "with an opinion", 0 },
    { MSG_CHART_HEATMAP_NOT_SHOWN,
      " (hoặc ẩn theo để không suy ra được bằng phép trừ), không hiển thị để không ai bị "
      "nhận ra.",
      " (or hidden with them so that they cannot be worked out by difference), not shown, "
      "so that no one can be singled out.", 0 },

    { MSG_CHART_VOTES_HIGH, "Tín nhiệm cao", "High confidence", 0 },
    { MSG_CHART_VOTES_CONFIDENCE, "Tín nhiệm", "Confidence", 0 },
    { MSG_CHART_VOTES_LOW, "Tín nhiệm thấp", "Low confidence", 0 },
    { MSG_CHART_VOTES_REST, "Không tính (không hợp lệ, vắng mặt)",
      "Not counted (invalid, absent)", 0 },
    { MSG_CHART_VOTES_TITLE, "Kết quả lấy phiếu tín nhiệm", "Confidence poll", 0 },
    { MSG_CHART_VOTES_RULE, "Ngưỡng", "Thresholds", 0 },
    { MSG_CHART_VOTES_BASE_MEMBERS, "thành viên", "members", 0 },
    { MSG_CHART_VOTES_BASE_PRESENT, "thành viên có mặt", "members present", 0 },
    { MSG_CHART_VOTES_BASE_ISSUED, "phiếu phát ra", "ballots issued", 0 },
    { MSG_CHART_VOTES_BASE_VALID, "phiếu hợp lệ", "valid ballots", 0 },
    { MSG_CHART_VOTES_OF, "Tỉ lệ trên", "Percentages of", 0 },
    { MSG_CHART_VOTES_ISSUED, "Phiếu phát ra", "Ballots issued", 0 },
    { MSG_CHART_VOTES_RETURNED, "thu về", "returned", 0 },
    { MSG_CHART_VOTES_VALID, "hợp lệ", "valid", 0 },
    { MSG_CHART_VOTES_MORE_THAN, "Trên", "Over", 0 },
    { MSG_CHART_VOTES_AT_LEAST, "Từ", "At least", 0 },
    { MSG_CHART_VOTES_SECRET, "Phiếu kín: chỉ có số đếm.", "Secret ballot: counts only.", 0 },

    { MSG_CHART_FLAG_REVIEW, "Xem xét", "review", 0 },
    { MSG_CHART_FLAG_DISMISSAL, "Miễn nhiệm", "dismissal", 0 },
    { MSG_CHART_FLAG_REMOVAL_FROM_PLAN, "Đưa ra khỏi quy hoạch", "removal from plan", 0 },
    { MSG_CHART_FLAG_CONFIDENCE_VOTE, "Bỏ phiếu tín nhiệm", "confidence vote", 0 },
    { MSG_CHART_FLAG_MAY_RESIGN, "Có thể xin từ chức", "may resign", 0 },
    { MSG_CHART_ROUNDS_PROVINCE, "Toàn tỉnh", "Province", 0 },
    { MSG_CHART_ROUNDS_UP, "Tăng có ý nghĩa", "Significant rise", 0 },
    { MSG_CHART_ROUNDS_DOWN, "Giảm có ý nghĩa", "Significant fall", 0 },
    { MSG_CHART_ROUNDS_COUNTED, "Tích cực", "Favourable", 0 },
    { MSG_CHART_ROUNDS_SHARE_NOTE,
      "Mỗi điểm: tỉ lệ tích cực trên số người có ý kiến trong đợt (n, từng đợt). Số bên "
      "phải: thay đổi (điểm phần trăm) khi p của kiểm định hai tỉ lệ, hiệu chỉnh Holm, "
      "dưới 0,05.",
      "Each dot: the favourable share among those with an opinion in the round (n, round "
      "by round). On the right: the change in percentage points where the two-proportion "
      "test's Holm-adjusted p is under 0.05.", 0 },
    { MSG_CHART_ROUNDS_SUPPRESSED, "Không vẽ điểm của đợt có dưới",
      "No dot for a round with fewer than", 0 },
    { MSG_CHART_ROUNDS_SUPPRESSED_END, "người có ý kiến, để không ai bị nhận ra.",
      "opinions, so that no one can be singled out.", 0 },

    { MSG_REPORT_SECTION_SUMMARY, "TÓM TẮT KẾT QUẢ", "SUMMARY", 0 },
    { MSG_REPORT_SECTION_RESPONSE, "SỐ PHIẾU THU VỀ", "RESPONSES", 0 },
    { MSG_REPORT_SECTION_THEMES, "KẾT QUẢ THEO TỪNG NỘI DUNG", "RESULTS BY THEME", 0 },
    { MSG_REPORT_SECTION_UNITS, "SO SÁNH GIỮA CÁC ĐƠN VỊ", "UNITS COMPARED", 0 },
    { MSG_REPORT_SECTION_ROUNDS, "SO SÁNH VỚI CÁC ĐỢT TRƯỚC", "CHANGES SINCE EARLIER ROUNDS", 0 },
    { MSG_REPORT_SECTION_POLL, "KẾT QUẢ LẤY PHIẾU TÍN NHIỆM", "CONFIDENCE POLL", 0 },
    { MSG_REPORT_SECTION_PROFILE, "ĐẶC ĐIỂM NGƯỜI TRẢ LỜI", "RESPONDENT PROFILE", 0 },
    { MSG_REPORT_SECTION_METHODS, "PHƯƠNG PHÁP", "METHODS", 0 },
    { MSG_REPORT_SECTION_COUNTING, "BIÊN BẢN KIỂM PHIẾU", "COUNTING RECORD", 0 },
    { MSG_REPORT_SECTION_COMMENTS, "Ý KIẾN, KIẾN NGHỊ CỦA ĐOÀN VIÊN",
      "COMMENTS AND PROPOSALS FROM MEMBERS", 0 },
    { MSG_REPORT_SECTION_CLASSIFICATION, "KẾT QUẢ XẾP LOẠI ĐOÀN VIÊN", "MEMBER CLASSIFICATION",
      0 },
    { MSG_REPORT_SECTION_COLLECTIVE, "Ý KIẾN GÓP Ý ĐỐI VỚI TẬP THỂ BAN THƯỜNG VỤ",
      "FEEDBACK TO THE STANDING COMMITTEE AS A WHOLE", 0 },
    { MSG_REPORT_SECTION_MEMBERS,
      "Ý KIẾN GÓP Ý ĐỐI VỚI CÁ NHÂN CÁC ĐỒNG CHÍ ỦY VIÊN BAN THƯỜNG VỤ",
      "FEEDBACK TO EACH MEMBER OF THE STANDING COMMITTEE", 0 },

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
    { MSG_RESPONSE_BLANK_ROW, "dòng trống", "blank row", 0 },
    { MSG_RESPONSE_BLANK_ROWS, "dòng trống", "blank rows", 0 },
    { MSG_RESPONSE_TOTALS_ROW, "dòng tổng cộng", "totals row", 0 },
    { MSG_RESPONSE_TOTALS_ROWS, "dòng tổng cộng", "totals rows", 0 },
    { MSG_RESPONSE_DOUBLE, "phiếu gửi lặp lại", "double submission", 0 },
    { MSG_RESPONSE_DOUBLES, "phiếu gửi lặp lại", "double submissions", 0 },
    { MSG_RESPONSE_OVER_LIMIT_ROW, "dòng vượt giới hạn đọc", "row over a reading limit", 0 },
    { MSG_RESPONSE_OVER_LIMIT_ROWS, "dòng vượt giới hạn đọc", "rows over a reading limit", 0 },

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
    { MSG_POLL_BALLOTS,
      "Số phiếu phát ra: %s; thu về: %s; hợp lệ: %s; không hợp lệ (ghi thêm hoặc gạch "
      "tên): %s. Tỉ lệ tính trên %s (%s) theo %s; dòng không đánh dấu hoặc đánh dấu "
      "nhiều ô chỉ không hợp lệ đối với người đó.",
      "Ballots issued: %s; returned: %s; valid: %s; invalid as a whole (a name added "
      "or struck out): %s. Shares are of %s (%s), as %s sets; a line with no box or "
      "several boxes marked is invalid for that person only.", FORMAT },
    { MSG_POLL_FLAGGED, "Theo quy định: ", "Under the rule set: ", 0 },
    { MSG_POLL_NONE_FLAGGED, "Không ai đến ngưỡng của quy định.",
      "No one reaches a threshold of the rule set.", 0 },

    { MSG_END_RECIPIENTS, "Nơi nhận:", "Recipients:", 0 },
    { MSG_END_RECIPIENTS_BLANK, "- ……………………;|- ……………………;|- Lưu VT.",
      "- ……………………;|- ……………………;|- File.", 0 },
    { MSG_END_ON_BEHALF, "TM. BAN THƯỜNG VỤ", "ON BEHALF OF THE STANDING COMMITTEE", 0 },

    { MSG_COUNTING_OPENING,
      "Hôm nay, %s, tại %s, Ban kiểm phiếu của %s tiến hành kiểm phiếu lấy phiếu tín "
      "nhiệm (%s). Ban kiểm phiếu gồm:",
      "On %s, at %s, the counting committee of %s counted the ballots of the confidence "
      "poll (%s). The committee:", FORMAT },
    { MSG_COUNTING_HEAD_ROLE, "Trưởng ban", "Head", 0 },
    { MSG_COUNTING_MEMBER_ROLE, "Thành viên", "Member", 0 },
    { MSG_COUNTING_FIGURES,
      "Tổng số ủy viên: %s; số ủy viên có mặt: %s; số phiếu phát ra: %s; số phiếu thu "
      "về: %s; số phiếu hợp lệ: %s; số phiếu không hợp lệ (ghi thêm hoặc gạch tên): %s.",
      "Members of the body: %s; present: %s; ballots issued: %s; returned: %s; valid: %s; "
      "invalid as a whole (a name added or struck out): %s.", FORMAT },
    { MSG_COUNTING_RESULT, "Kết quả kiểm phiếu như sau:", "The count, person by person:", 0 },
    { MSG_COUNTING_NUMBER, "STT", "No.", 0 },
    { MSG_COUNTING_NAME, "Họ và tên", "Name", 0 },
    { MSG_COUNTING_POSITION, "Chức vụ", "Position", 0 },
    { MSG_COUNTING_BASE,
      "Tỉ lệ (%%) tính trên %s (%s), theo %s; dòng không đánh dấu hoặc đánh dấu nhiều ô "
      "chỉ không hợp lệ đối với người đó.",
      "Percentages are of %s (%s), as %s sets; a line with no box or several boxes "
      "marked is invalid for that person only.", FORMAT },
    { MSG_COUNTING_THRESHOLDS, "Ngưỡng của quy định: ", "The rule set's thresholds: ", 0 },
    { MSG_COUNTING_MORE_THAN, "trên", "more than", 0 },
    { MSG_COUNTING_AT_LEAST, "từ", "at least", 0 },
    { MSG_COUNTING_CLOSING,
      "Biên bản được lập vào lúc …… giờ …… %s, đã được đọc lại cho các thành viên Ban "
      "kiểm phiếu cùng nghe, nhất trí và ký tên.",
      "This record was made at …… on %s, read out to the members of the counting "
      "committee, agreed and signed.", FORMAT },
    { MSG_COUNTING_HEAD, "TRƯỞNG BAN KIỂM PHIẾU", "HEAD OF THE COUNTING COMMITTEE", 0 },
    { MSG_COUNTING_MEMBERS, "CÁC THÀNH VIÊN", "THE MEMBERS", 0 },

    /* Reports: sentences. */
    { MSG_REPORT_METHODS_HIDDEN,
      "Số liệu dựa trên dưới %s câu trả lời không được trình bày; khi chỉ một nhóm "
      "bị ẩn, nhóm nhỏ tiếp theo cũng được ẩn, để không ai bị nhận ra, kể cả bằng "
      "cách lấy số liệu toàn tỉnh trừ đi các nhóm được trình bày.",
      "A figure resting on fewer than %s answers is not shown, and when it is the "
      "only one of its table hidden, the next smallest is hidden too, so that no "
      "one can be singled out, not even by subtracting the shown figures from the "
      "province's.", FORMAT },
    { MSG_REPORT_METHODS_NOT_HIDDEN,
      "Không ẩn số liệu (no_suppression): số liệu của mọi nhóm đều được trình bày, "
      "kể cả nhóm chỉ có một người trả lời.",
      "Suppression is off (no_suppression): figures of groups of any size are "
      "shown, even of a single respondent.", 0 },
    { MSG_REPORT_METHODS_NOT_OPINION,
      " (%s được đếm nhưng không tính vào mẫu số)",
      " (%s counted but left out of the base)", FORMAT },
    { MSG_REPORT_METHODS_UNITS,
      "; so sánh giữa các đơn vị bằng kiểm định Kruskal-Wallis, từng đơn vị với "
      "các đơn vị còn lại bằng kiểm định hai tỉ lệ, p hiệu chỉnh theo Holm",
      "; units are compared with the Kruskal-Wallis test and each unit with the "
      "others with a two-proportion test, p adjusted by Holm's method", 0 },
    { MSG_REPORT_METHODS_ROUNDS,
      "; so sánh giữa các đợt bằng kiểm định hai tỉ lệ, p hiệu chỉnh theo Holm",
      "; rounds are compared with a two-proportion test, p adjusted by Holm's method", 0 },
    { MSG_REPORT_METHODS_TEXT,
      "Số liệu được tính từ phiếu các đơn vị gửi về, mỗi phiếu được đối chiếu với mẫu "
      "phiếu; dòng có lỗi được báo cáo kèm tên tệp và số dòng. Tỉ lệ của câu hỏi thang "
      "thứ bậc tính trên số người có ý kiến%s; khoảng tin cậy 95%% theo phương pháp "
      "Wilson%s%s. Số liệu không gia quyền. %s",
      "Figures are computed from the responses as sent by the units, each checked "
      "against the survey's form; rows with problems are reported with their file and "
      "line. Shares of an ordinal question are of those who gave an opinion%s; "
      "intervals are 95%% Wilson score intervals%s%s. Figures are not weighted. %s", FORMAT },
    { MSG_POLL_METHODS,
      "Việc kiểm phiếu chỉ lưu số đếm, không thể đọc lại từng phiếu. Ngưỡng được so sánh chính xác bằng số nguyên (trên một nửa: 2 × thấp > mẫu "
      "số; từ hai phần ba: 3 × thấp ≥ 2 × mẫu số), không so sánh tỉ lệ đã làm tròn; tỉ lệ "
      "làm tròn đến hai chữ số thập phân.",
      "The count keeps only the totals: no ballot can be read back from them. Thresholds are compared exactly, in whole "
      "numbers (more than half: 2 × low > base; two thirds or more: 3 × low ≥ 2 × base), "
      "never on rounded percentages; percentages are rounded half up to two decimals.", 0 },
    { MSG_REPORT_RESPONSE_RATE,
      "Đợt %s thu về %s phiếu; các đơn vị có %s đoàn viên, tỉ lệ trả lời %s.",
      "Round %s received %s responses; the units have %s members, so %s of them "
      "answered.", FORMAT },
    { MSG_REPORT_RESPONSE_NO_MEMBERS,
      "Đợt %s thu về %s phiếu (biểu mẫu không ghi số đoàn viên của mọi đơn vị "
      "nên không tính tỉ lệ trả lời).",
      "Round %s received %s responses (the form gives no membership of every "
      "unit, so no response rate).", FORMAT },
    { MSG_REPORT_ROUNDS_CHANGES,
      "Từ đợt %s đến đợt %s, tỉ lệ đánh giá tích cực (chọn hai mức cao nhất, thang 3 "
      "mức là mức cao nhất; câu hỏi ngược chiều là các mức thấp nhất) tăng có ý nghĩa "
      "thống kê ở %s câu hỏi và giảm ở %s câu hỏi (kiểm định hai tỉ lệ, p hiệu chỉnh "
      "Holm trên toàn bảng dưới 0,05).",
      "From round %s to round %s, the favourable share (those who chose one of the "
      "two highest answers, the highest of three; the lowest ones for a "
      "reverse-worded question) rose significantly for %s questions and fell for %s "
      "(two-proportion test, p adjusted by Holm's method over the whole table under "
      "0.05).", FORMAT },
    { MSG_REPORT_SUMMARY_RATE,
      "Đợt %s có %s đoàn viên tham gia khảo sát (%s tổng số đoàn viên).",
      "In round %s, %s members answered the survey (%s of the membership).", FORMAT },
    { MSG_REPORT_SUMMARY_ANSWERED,
      "Đợt %s có %s đoàn viên tham gia khảo sát.",
      "In round %s, %s members answered the survey.", FORMAT },
    { MSG_REPORT_SUMMARY_THEMES,
      "Nội dung được đánh giá tích cực nhất là “%s” (bình quân %s người có ý kiến "
      "chọn hai mức tích cực nhất của các câu hỏi, với câu hỏi ngược chiều là hai "
      "mức thấp nhất); thấp nhất là “%s” (%s).",
      "The theme rated most favourably is “%s” (on average %s of those with an "
      "opinion chose one of the two most favourable answers to its questions, the "
      "lowest ones for a reverse-worded question); the least is “%s” (%s).", FORMAT },
    { MSG_REPORT_SUMMARY_ALPHA,
      "Độ tin cậy của thang đo (hệ số Cronbach's alpha) là %s (%s).",
      "The scale's reliability (Cronbach's alpha) is %s (%s).", FORMAT },
    { MSG_REPORT_SUMMARY_ALPHAS,
      "Độ tin cậy của các thang đo (hệ số Cronbach's alpha) từ %s (%s) đến %s (%s).",
      "The scales are reliable to the degree Cronbach's alpha shows: from %s (%s) "
      "to %s (%s).", FORMAT },
    { MSG_REPORT_THEMES_REVERSE,
      "Câu hỏi có dấu (ngược chiều) là nhận định nói ngược: số liệu vẫn là "
      "tỉ lệ đồng ý (chọn mức cao), và đồng ý với nhận định đó là đánh giá "
      "không tích cực.",
      "A question marked (reverse-worded) is a statement worded the "
      "other way: its figures are still the share who agree (the upper "
      "levels), and agreeing with it is the unfavourable answer.", 0 },
    { MSG_PROFILE_UNITS,
      "Số phiếu thu về của từng đơn vị: xem %s %d.",
      "Responses by unit: see %s %d.", FORMAT },
    { MSG_PROFILE_INTRO,
      "Người trả lời theo giới tính và độ tuổi: số người và tỉ lệ trên số người trả lời "
      "câu hỏi đó (n).",
      "Respondents by gender and age group: the number and share of those who answered "
      "that question (n).", 0 },
    { MSG_PROFILE_TRAIT, "Đặc điểm", "Characteristic", 0 },
    { MSG_PROFILE_PEOPLE, "Số người", "Respondents", 0 },
    { MSG_PROFILE_SHARE, "Tỉ lệ", "Share", 0 },
    { MSG_PROFILE_TABLE, "Người trả lời theo giới tính và độ tuổi",
      "Respondents by gender and age group", 0 },
    { MSG_PROFILE_AGE_MEAN,
      "Tuổi bình quân của người trả lời là %s (khoảng tin cậy 95%%: %s – %s), trên %s "
      "người cho biết tuổi.",
      "The respondents' mean age is %s (95%% interval %s – %s), of the %s who gave "
      "their age.", FORMAT },
    { MSG_PROFILE_AGE_CHART, "Tuổi của người trả lời", "Respondents' age", 0 },
    { MSG_CLASSIFICATION_INTRO,
      "Kết quả xếp loại theo câu hỏi “%s”: ở mỗi đơn vị và toàn tỉnh, số người và tỉ lệ "
      "của từng mức trên số người được xếp loại (n), với khoảng tin cậy 95%%.",
      "The classification asked as “%s”: in each unit and the province, the number and "
      "share of each grade among those classified (n), with its 95%% interval.", FORMAT },
    { MSG_CLASSIFICATION_ROW, "Đơn vị, mức xếp loại", "Unit, grade", 0 },
    { MSG_CLASSIFICATION_PEOPLE, "Số người", "People", 0 },
    { MSG_CLASSIFICATION_SHARE, "Tỉ lệ", "Share", 0 },
    { MSG_CLASSIFICATION_TABLE, "%s theo đơn vị", "%s by unit", FORMAT },
    { MSG_CLASSIFICATION_HIDDEN,
      "%s đơn vị không được trình bày riêng: đơn vị có dưới %s người được xếp loại và, khi "
      "cần, thêm đơn vị nhỏ nhất, để không suy ra được kết quả của từng người, kể cả bằng "
      "phép trừ từ số liệu toàn tỉnh; các đơn vị này vẫn được tính vào toàn tỉnh.",
      "%s units are not shown apart: those with fewer than %s people classified and, where "
      "needed, the next smallest, so that no one's result can be told, even by subtraction "
      "from the province's figures; they are counted in the province.", FORMAT },
    { MSG_CLASSIFICATION_BLANK,
      "Dấu “–”: số liệu không trình bày vì dựa trên quá ít người, hoặc vì có thể suy ra "
      "một số liệu như vậy bằng phép trừ.",
      "A “–” is a figure not shown: it rests on too few people, or one such figure could "
      "be worked out from it by subtraction.", 0 },
    { MSG_THEME_SHARES_NOTE,
      "Mỗi câu hỏi một dòng: tỉ lệ chọn hai mức cao nhất (mức cao nhất của thang 3 mức) "
      "trên số người có ý kiến, với khoảng tin cậy 95%; n: số người có ý kiến.",
      "A row per question: the share that chose one of the two highest answers (the "
      "highest of three) among those with an opinion, with its 95% interval; n: those "
      "with an opinion.", 0 },
    { MSG_COMMENTS_ANSWERED,
      "Có %s trong số %s người trả lời (%s; khoảng tin cậy 95%%: %s – %s) viết ý kiến ở "
      "câu này.",
      "%s of the %s respondents (%s; 95%% interval %s – %s) wrote something here.", FORMAT },
    { MSG_COMMENTS_THEMES_INTRO,
      "Các ý kiến được xếp theo chủ đề của bộ mã chủ đề; một ý kiến nói nhiều việc thuộc "
      "nhiều chủ đề, nên tổng các tỉ lệ có thể vượt 100%. Tỉ lệ tính trên số người viết "
      "ý kiến.",
      "The answers are sorted into the codebook's themes; an answer about several things "
      "belongs to several themes, so the shares may add up to more than 100%. Shares are "
      "of those who wrote something.", 0 },
    { MSG_COMMENTS_THEME, "Chủ đề", "Theme", 0 },
    { MSG_COMMENTS_ANSWERS, "Số ý kiến", "Answers", 0 },
    { MSG_COMMENTS_THEMES_TABLE, "Ý kiến theo chủ đề: %s", "Answers by theme: %s", FORMAT },
    { MSG_COMMENTS_THEMES_CHART, "Tỉ lệ ý kiến theo chủ đề: %s", "Share of answers by theme: %s",
      FORMAT },
    { MSG_COMMENTS_UNCODED, "Chưa xếp chủ đề", "Not coded", 0 },
    { MSG_COMMENTS_PHRASES_INTRO,
      "Những cụm từ (hai, ba tiếng) đoàn viên dùng nhiều nhất (một ý kiến được đếm một "
      "lần cho mỗi cụm từ; cụm từ của dưới %s ý kiến không được nêu):",
      "The phrases (of two or three syllables) members used most (an answer counts once "
      "for each phrase; phrases of fewer than %s answers are not listed):", FORMAT },
    { MSG_COMMENTS_PHRASE, "Cụm từ", "Phrase", 0 },
    { MSG_COMMENTS_PHRASES_TABLE, "Những cụm từ được nhắc nhiều nhất: %s",
      "The phrases used most: %s", FORMAT },
    { MSG_COMMENTS_QUOTES_INTRO,
      "Một số ý kiến tiêu biểu (trích nguyên văn; số điện thoại, địa chỉ thư điện tử, số "
      "giấy tờ và tên người đã được che bằng […]):",
      "Some of the answers, as written (phone numbers, e-mail addresses, ID numbers and "
      "names of persons are hidden as […]):", 0 },
    { MSG_COMMENTS_QUOTE_THEME, "Về %s:", "On %s:", FORMAT },
    { MSG_COMMENTS_NOT_READ,
      "Ý kiến của đoàn viên không có trong tệp tổng hợp (.ykt): phần này cần dữ liệu gốc.",
      "Members' open answers are not kept in tally files (.ykt): this section needs the "
      "data files.", 0 },
    { MSG_COMMENTS_SUMMARY,
      "Ở câu “%s”, %s đoàn viên viết ý kiến; nhiều nhất là về %s.",
      "At “%s”, %s members wrote something; most often about %s.", FORMAT },
    { MSG_COMMENTS_AND, " và ", " and ", 0 },
    { MSG_NUMERIC_TABLE, "%s: điểm trung bình theo đơn vị", "%s: mean by unit", FORMAT },
    { MSG_NUMERIC_LOW, "Cận dưới 95%", "95% low", 0 },
    { MSG_NUMERIC_HIGH, "Cận trên 95%", "95% high", 0 },
    { MSG_THEMES_OTHER, "Các câu hỏi khác", "Other questions", 0 },
    { MSG_REPORT_SUMMARY_LOW_ALPHA,
      "Các câu hỏi của nội dung “%s” không thống nhất với nhau (hệ số Cronbach's alpha "
      "%s, dưới 0,6): điểm bình quân của nội dung này không phải là thước đo tin cậy, nên "
      "nội dung không được xếp hạng cùng các nội dung khác; cần đọc kết quả từng câu hỏi.",
      "The questions of the theme “%s” do not hang together (Cronbach's alpha %s, under "
      "0.6): its mean is not a reliable theme score, so it is not ranked with the other "
      "themes; read its questions one by one.", FORMAT },
    { MSG_REPORT_UNITS_DIFFER,
      "Các đơn vị trả lời khác nhau có ý nghĩa thống kê (kiểm định Kruskal-Wallis, p đã "
      "hiệu chỉnh theo Holm dưới 0,05) ở %s trong %s câu hỏi thang thứ bậc.",
      "The units answer differently (Kruskal-Wallis test, p adjusted by Holm's method "
      "under 0.05) in %s of the %s ordinal questions.", FORMAT },

    { MSG_SELF_REVIEW_SUBTITLE,
      "Tổng hợp ý kiến góp ý đối với tập thể Ban Thường vụ và cá nhân các đồng chí Ủy viên "
      "Ban Thường vụ",
      "Feedback to the Standing Committee as a whole and to each of its members, compiled", 0 },
    { MSG_SELF_REVIEW_OPENING,
      "Tổng số ý kiến góp ý nhận được: %s, gồm %s ý kiến của tập thể và %s ý kiến của cá "
      "nhân. Các ý kiến có nội dung trùng nhau (cùng câu chữ, không kể chữ hoa, chữ thường và "
      "dấu câu) được gộp thành một ý; số trong ngoặc sau mỗi ý là số tập thể, cá nhân đã nêu ý "
      "đó. Họ tên, số điện thoại, số giấy tờ, địa chỉ thư điện tử và tên đơn vị có trong ý kiến "
      "đã được che; báo cáo không ghi ý kiến nào là của tập thể, cá nhân nào.",
      "%s contributions were received: %s from collectives and %s from individuals. Remarks "
      "worded alike (the same words, whatever the capitals and punctuation) are merged into "
      "one; the figures in brackets after each are the collectives and individuals who gave "
      "it. Names, phone and ID numbers, e-mail addresses and unit names in the remarks are "
      "masked; the report never says which collective or person gave a remark.", FORMAT },
    { MSG_SELF_REVIEW_NONE, "Không có ý kiến.", "No remark.", 0 },
    { MSG_SELF_REVIEW_BOTH, "%s ý kiến: %s tập thể, %s cá nhân",
      "%s contributions: collectives %s, individuals %s", FORMAT },
    { MSG_SELF_REVIEW_COLLECTIVES, "%s ý kiến tập thể", "collectives: %s", FORMAT },
    { MSG_SELF_REVIEW_INDIVIDUALS, "%s ý kiến cá nhân", "individuals: %s", FORMAT },
    { MSG_SELF_REVIEW_MEMBER, "Đồng chí %s – %s", "%s – %s", FORMAT },
    { MSG_SELF_REVIEW_MEMBER_NAME, "Đồng chí %s", "%s", FORMAT },
    { MSG_SELF_REVIEW_RATINGS_TABLE, "Đánh giá theo từng tiêu chí: %s",
      "Ratings on each criterion: %s", FORMAT },
    { MSG_SELF_REVIEW_GRADE_TABLE, "Xếp loại chung: %s", "Overall grade: %s", FORMAT },
    { MSG_SELF_REVIEW_CRITERION, "Tiêu chí", "Criterion", 0 },
    { MSG_SELF_REVIEW_RATED, "Số ý kiến", "Ratings", 0 },
    { MSG_SELF_REVIEW_FROM_COLLECTIVES, "Ý kiến của các tập thể", "From collectives", 0 },
    { MSG_SELF_REVIEW_FROM_INDIVIDUALS, "Ý kiến của cá nhân", "From individuals", 0 },
    { MSG_SELF_REVIEW_SUPPRESSED,
      "Dấu “–”: có dưới %s tập thể (hoặc dưới %s cá nhân) đánh giá, không hiển thị để không "
      "ai bị nhận ra.",
      "“–”: fewer than %s collectives (or fewer than %s individuals) rated, not shown so "
      "that no one can be singled out.", FORMAT },
    { MSG_SELF_REVIEW_SHEET_BLANK,
      "Ô để trống: có dưới %s tập thể (hoặc dưới %s cá nhân) đánh giá, không hiển thị để "
      "không ai bị nhận ra.",
      "A blank cell: fewer than %s collectives (or fewer than %s individuals) rated, not "
      "shown so that no one can be singled out.", FORMAT },
    { MSG_SELF_REVIEW_REMARKS_SHEET, "Ý kiến góp ý", "Remarks", 0 },
    { MSG_SELF_REVIEW_THEMES_SHEET, "Số ý kiến theo chủ đề", "Contributions by theme", 0 },
    { MSG_SELF_REVIEW_RATINGS_SHEET, "Đánh giá, xếp loại", "Ratings", 0 },

    { MSG_FORM_TITLE, "PHIẾU KHẢO SÁT Ý KIẾN", "QUESTIONNAIRE", 0 },
    { MSG_FORM_INSTRUCTION,
      "Đồng chí vui lòng đánh dấu ✓ hoặc ✗ vào ô □ phù hợp với ý kiến của mình.",
      "Please mark ✓ or ✗ in the box □ that matches your opinion.", 0 },
    { MSG_FORM_ANONYMOUS,
      "Phiếu không ghi tên; ý kiến của đồng chí được giữ kín.",
      "Do not write your name on this form; your answers are kept confidential.", 0 },
    { MSG_FORM_QUESTION, "Câu %d.", "%d.", FORMAT },
    { MSG_FORM_MULTIPLE, "(có thể chọn nhiều ý)", "(you may mark several)", 0 },
    { MSG_FORM_IF, "(Nếu trả lời “%s” ở câu %d)", "(If you answered “%s” to question %d)",
      FORMAT },
    { MSG_FORM_GRID_NOTE, "Mỗi dòng đánh dấu một ô", "Mark one box on each line", 0 },
    { MSG_FORM_STATEMENT, "Nội dung", "Statement", 0 },
    { MSG_FORM_RANGE, "(từ %s đến %s)", "(from %s to %s)", FORMAT },
    { MSG_FORM_DATE, "ngày ……… tháng ……… năm …………", "day ……… month ……… year …………", 0 },
    { MSG_FORM_THANKS, "Xin chân thành cảm ơn đồng chí!", "Thank you for your answers!", 0 },
    { MSG_BALLOT_TITLE, "PHIẾU LẤY PHIẾU TÍN NHIỆM", "CONFIDENCE BALLOT", 0 },
    { MSG_BALLOT_INSTRUCTION,
      "Đánh dấu ✗ vào một ô tương ứng với mức độ tín nhiệm đối với từng người. Dòng không "
      "đánh dấu ô nào hoặc đánh dấu nhiều ô thì không được tính cho người đó; phiếu ghi thêm "
      "tên hoặc gạch tên là phiếu không hợp lệ.",
      "Mark ✗ in one box for each person, by your confidence in them. A line with no box or "
      "several boxes marked is not counted for that person; a ballot with a name added or "
      "crossed out is invalid.", 0 },
    { MSG_BALLOT_NUMBER, "STT", "No.", 0 },
    { MSG_BALLOT_NAME, "Họ và tên", "Full name", 0 },
    { MSG_BALLOT_POSITION, "Chức vụ", "Position", 0 },

    { MSG_FEEDBACK_STRENGTHS, "Ưu điểm", "Strengths", 0 },
    { MSG_FEEDBACK_SHORTCOMINGS, "Hạn chế, khuyết điểm", "Shortcomings", 0 },
    { MSG_FEEDBACK_SUGGESTIONS, "Đề nghị", "Suggestions", 0 },
    { MSG_FEEDBACK_NONE, "không có ý kiến", "none", 0 },
    { MSG_FEEDBACK_CONTRIBUTION, "ý kiến", "contribution", 0 },
    { MSG_FEEDBACK_CONTRIBUTIONS, "ý kiến", "contributions", 0 },
    { MSG_FEEDBACK_COLLECTIVE, "tập thể", "collective", 0 },
    { MSG_FEEDBACK_COLLECTIVES, "tập thể", "collectives", 0 },
    { MSG_FEEDBACK_INDIVIDUAL, "cá nhân", "individual", 0 },
    { MSG_FEEDBACK_INDIVIDUALS, "cá nhân", "individuals", 0 },
    { MSG_FEEDBACK_UNCODED, "Chưa xếp chủ đề", "Not coded", 0 },
    { MSG_FEEDBACK_RATINGS, "Đánh giá, xếp loại", "Ratings", 0 },
    { MSG_FEEDBACK_HIDDEN, "không hiển thị (dưới %ld ý kiến đánh giá)",
      "not shown (fewer than %ld contributions rated)", FORMAT },

    /* The help: option names, codes and examples the same in both. */
    { MSG_HELP_OVERVIEW,
      "cách dùng: ykien VERB [OPTIONS] PROJECT|FILE...\n"
      "\n"
      "ykien đọc các tệp khảo sát ý kiến đoàn viên đúng như các đơn vị gửi lên, ở\n"
      "mọi bảng mã tiếng Việt, kiểm tra chúng và tính các số liệu.\n"
      "\n"
      "lệnh (verbs):\n",
      "usage: ykien VERB [OPTIONS] PROJECT|FILE...\n"
      "\n"
      "ykien reads member opinion survey files as offices send them, in any\n"
      "Vietnamese encoding, checks them and computes their figures.\n"
      "\n"
      "verbs:\n", 0 },
    { MSG_HELP_OVERVIEW_END,
      "\n"
      "  ykien help VERB    các tùy chọn của lệnh VERB\n"
      "  ykien --version    phiên bản\n"
      "  ykien --lang en help VERB    trợ giúp bằng tiếng Anh\n"
      "\n"
      "Thông báo lỗi và cảnh báo in ra luồng lỗi chuẩn (standard error), bằng\n"
      "tiếng Anh, dạng FILE:LINE[:COLUMN]: error|warning.\n"
      "Mã thoát: 0 kết quả đầy đủ (các dòng có lỗi dữ liệu được đếm trên luồng\n"
      "lỗi chuẩn), 1 check tìm thấy lỗi, có lỗi dữ liệu khi dùng --strict, hoặc\n"
      "đầu vào không thể cho kết quả đúng, 2 dùng sai lệnh, 3 lỗi hệ thống (khi\n"
      "ghi tệp thất bại, tên tệp được nêu), 128+N bị tín hiệu N dừng (tệp tạm\n"
      "của kết quả được xóa).\n",
      "\n"
      "  ykien help VERB    the options of VERB\n"
      "  ykien --version    the version\n"
      "\n"
      "Diagnostics go to standard error as FILE:LINE[:COLUMN]: error|warning.\n"
      "Exit status: 0 the output is complete (rows with data errors are\n"
      "counted on standard error), 1 check found errors, --strict and a data\n"
      "error, or input that cannot give a right result, 2 usage error,\n"
      "3 system failure (a failed write names the file), 128+N killed by\n"
      "signal N (the output's temporary file is removed).\n", 0 },
    { MSG_SUMMARY_SNIFF,
      "cho biết mỗi tệp dữ liệu là gì: bảng mã, dấu phân cách, số dòng, vấn đề",
      "say what each data file is: encoding, delimiter, rows, problems", 0 },
    { MSG_HELP_SNIFF,
      "cách dùng: ykien sniff [OPTIONS] FILE|PROJECT...\n"
      "\n"
      "Cho biết mỗi tệp dữ liệu là gì: bảng mã và mức chắc chắn của phỏng đoán,\n"
      "dấu thứ tự byte (BOM), dấu phân cách, kiểu xuống dòng, số dòng, số cột và\n"
      "dòng tiêu đề, cùng các vấn đề trong tệp (dòng lệch cột, byte không hợp lệ,\n"
      "lỗi phông chữ (mojibake), dấu ngoặc kép lạc), mỗi vấn đề kèm dòng của nó\n"
      "trên luồng lỗi chuẩn.  Tệp ghép từ nhiều bảng mã được hiện kèm các dòng đọc\n"
      "theo từng bảng mã.  Một dự án PROJECT (tệp .ykien) thay cho các tệp dữ\n"
      "liệu của mọi đợt khảo sát trong dự án.\n"
      "\n"
      "  -f, --format FORMAT    text (mặc định) hoặc json\n"
      "  -E, --encoding NAME    đọc theo bảng mã NAME thay vì tự nhận biết\n"
      "  -D, --delimiter C      đọc với dấu phân cách C thay vì tự nhận biết\n"
      "      --max-field N, --max-columns N, --max-row N   các giới hạn, như ở convert\n"
      "  -q, --quiet            không hiện tiến độ, không hiện cảnh báo\n"
      "      --all              hiện mọi vấn đề, không chỉ mười vấn đề mỗi loại\n"
      "\n"
      "Mã thoát: 0 không có lỗi, 1 có tệp bị lỗi, 2 dùng sai lệnh, 3 lỗi hệ thống.\n"
      "\n"
      "ví dụ:\n"
      "  ykien sniff samples/encodings/tcvn3.csv\n"
      "  ykien sniff --format json samples/encodings/utf16le-tab.txt\n",
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
      "  ykien sniff --format json samples/encodings/utf16le-tab.txt\n", 0 },
    { MSG_SUMMARY_CONVERT,
      "ghi lại các tệp thành CSV UTF-8 NFC, phân cách bằng dấu phẩy",
      "rewrite files as UTF-8 NFC comma-delimited CSV", 0 },
    { MSG_HELP_CONVERT,
      "cách dùng: ykien convert [OPTIONS] FILE|PROJECT...\n"
      "\n"
      "Ghi lại các tệp dữ liệu thành CSV UTF-8 (NFC), phân cách bằng dấu phẩy,\n"
      "đặt ngoặc kép theo RFC 4180 và xuống dòng kiểu LF, dù bảng mã và dấu phân\n"
      "cách ban đầu là gì; tệp Excel (.xlsx) được đọc từ trang tính đầu tiên.\n"
      "Nhiều tệp được ghi vào một tệp kết quả, dòng tiêu đề\n"
      "chỉ ghi một lần; các tệp phải có cùng dòng tiêu đề.  FILE có thể là - cho\n"
      "đầu vào chuẩn; một dự án PROJECT (tệp .ykien) thay cho các tệp dữ liệu của\n"
      "mọi đợt khảo sát trong dự án.\n"
      "\n"
      "  -o, --output FILE      ghi vào FILE (mặc định: đầu ra chuẩn)\n"
      "      --suffix SUFFIX    ghi mỗi tệp FILE cạnh tệp gốc, phần đuôi được thay\n"
      "                         bằng SUFFIX (ví dụ .utf8.csv)\n"
      "      --force            ghi đè tệp kết quả đã có\n"
      "      --bom              cho Excel: mở đầu bằng BOM UTF-8, và ghi ô mà Excel\n"
      "                         sẽ chạy như công thức (=, +, -, @, tab, CR; không\n"
      "                         phải số) sau một dấu nháy đơn\n"
      "  -E, --encoding NAME    đọc theo bảng mã NAME (utf-8, cp1258, tcvn3, viscii,\n"
      "                         vni, utf-16le, hoặc tên bất kỳ của iconv); mặc định:\n"
      "                         tự nhận biết\n"
      "  -D, --delimiter C      đọc với dấu phân cách C (, ; tab |); mặc định: tự\n"
      "                         nhận biết\n"
      "      --max-field N      ô dài nhất, tính bằng byte (mặc định 1048576)\n"
      "      --max-columns N    số ô nhiều nhất của một dòng (mặc định 10000)\n"
      "      --max-row N        dòng dài nhất, tính bằng byte (mặc định 16777216)\n"
      "      --sheet NAME       đọc trang tính NAME của tệp Excel (.xlsx); mặc\n"
      "                         định: trang đầu tiên\n"
      "      --header-row N     dòng tiêu đề cột của trang tính; mặc định: tự tìm\n"
      "                         dưới các dòng tên bảng\n"
      "  -q, --quiet            không hiện tiến độ, không hiện cảnh báo (lỗi vẫn\n"
      "                         hiện)\n"
      "      --all              hiện mọi vấn đề, không chỉ mười vấn đề mỗi loại\n"
      "\n"
      "Mã thoát: 0 hoàn tất, 1 dữ liệu có lỗi (các dòng vẫn được ghi; byte hỏng\n"
      "thành U+FFFD và được báo), 2 dùng sai lệnh, 3 lỗi hệ thống.\n"
      "\n"
      "ví dụ:\n"
      "  ykien convert samples/encodings/vni-windows.csv\n"
      "  ykien convert --encoding tcvn3 samples/encodings/tcvn3.csv -o /dev/null\n",
      "usage: ykien convert [OPTIONS] FILE|PROJECT...\n"
      "\n"
      "Rewrite data files as UTF-8 (NFC), comma-delimited CSV with RFC 4180\n"
      "quoting and LF line ends, whatever their encoding and delimiter; an\n"
      "Excel workbook (.xlsx) is read from its first sheet.\n"
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
      "      --sheet NAME       read sheet NAME of an Excel workbook (.xlsx);\n"
      "                         default: its first sheet\n"
      "      --header-row N     the sheet's header row; default: found under its\n"
      "                         title rows\n"
      "  -q, --quiet            no progress, no warnings (errors still show)\n"
      "      --all              show every problem, not ten of each kind\n"
      "\n"
      "Exit status: 0 done, 1 the data has errors (rows are still written; bad\n"
      "bytes become U+FFFD and are reported), 2 usage, 3 system failure.\n"
      "\n"
      "examples:\n"
      "  ykien convert samples/encodings/vni-windows.csv\n"
      "  ykien convert --encoding tcvn3 samples/encodings/tcvn3.csv -o /dev/null\n", 0 },
    { MSG_SUMMARY_CHECK,
      "tìm mọi lỗi trong biểu mẫu và dữ liệu của một đợt khảo sát",
      "find every problem in a survey's form and data", 0 },
    { MSG_HELP_CHECK,
      "cách dùng: ykien check [OPTIONS] PROJECT\n"
      "           ykien check [OPTIONS] --form DIR FILE...\n"
      "\n"
      "Tìm mọi lỗi trong biểu mẫu và dữ liệu của một đợt khảo sát: mỗi lỗi in ra\n"
      "luồng lỗi chuẩn (standard error) dạng FILE:LINE[:COLUMN], kèm gợi ý khi có\n"
      "thể; sau đó là bảng tổng hợp theo loại lỗi ở đầu ra chuẩn.\n"
      "\n"
      "  --form DIR             biểu mẫu (survey.csv, choices.csv, settings.csv, hoặc\n"
      "                         một tệp XLSForm .xlsx) cho các tệp dữ liệu FILE nêu\n"
      "                         trên dòng lệnh\n"
      "  --round NAME           đợt khảo sát của các tệp FILE nêu rời\n"
      "  --group QUESTION       câu hỏi phân nhóm (đơn vị), thay cho câu hỏi của dự án\n"
      "  --id QUESTION          câu hỏi mã người trả lời, thay cho câu hỏi của dự án\n"
      "  --no-duplicates        bỏ kiểm tra mã trùng và phiếu gửi lặp lại\n"
      "  --column HEADER=QUESTION  cột HEADER của tệp dữ liệu là câu hỏi QUESTION\n"
      "                         (lặp lại được; dự án ghi 'column HEADER = QUESTION')\n"
      "                         (bộ nhớ khi đó không tăng dù bao nhiêu dòng)\n"
      "  --keep-duplicates      tính phiếu gửi lặp lại hai lần (vẫn được báo)\n"
      "  --straightlining-min N kiểm tra việc chọn cùng một mức cho mọi câu\n"
      "                         (straight-lining) ở thang đo có ít nhất N câu\n"
      "                         (mặc định 5, hoặc straightlining-min của dự án)\n"
      "  --strict               có lỗi dữ liệu là mã thoát 1 (các lệnh tính số\n"
      "                         liệu, biểu đồ, báo cáo)\n"
      "  -f, --format FORMAT    text (mặc định) hoặc json, cho bảng tổng hợp\n"
      "  -E, --encoding NAME, -D, --delimiter C, --max-field N, --max-columns N,\n"
      "  --max-row N            các tùy chọn đọc tệp, như ở convert\n"
      "  -q, --quiet            không hiện tiến độ, không hiện cảnh báo (vẫn đếm)\n"
      "      --all              mọi lỗi, không chỉ mười lỗi đầu của mỗi loại\n"
      "\n"
      "Sau bảng tổng hợp: các danh sách lựa chọn được đoán là có thứ bậc (không\n"
      "có cột measure nào trong survey.csv nói rõ), cùng các câu hỏi dùng chúng.\n"
      "\n"
      "Mã thoát: 0 không có lỗi, 1 có lỗi trong biểu mẫu hoặc dữ liệu, 2 dùng sai\n"
      "lệnh, 3 lỗi hệ thống.\n"
      "\n"
      "ví dụ:\n"
      "  ykien check samples/kien-giang/kien-giang.ykien\n"
      "  ykien check --form samples/kien-giang/form --group don_vi samples/kien-giang/data/2014/rach-gia.csv\n",
      "usage: ykien check [OPTIONS] PROJECT\n"
      "       ykien check [OPTIONS] --form DIR FILE...\n"
      "\n"
      "Find every problem in a survey's form and data: each on standard error\n"
      "as FILE:LINE[:COLUMN], with a hint where one helps; then a summary by\n"
      "kind on standard output.\n"
      "\n"
      "  --form DIR             the form (survey.csv, choices.csv, settings.csv, or\n"
      "                         an XLSForm .xlsx workbook) for data FILEs given on\n"
      "                         the command line\n"
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
      "  ykien check --form samples/kien-giang/form --group don_vi samples/kien-giang/data/2014/rach-gia.csv\n", 0 },
    { MSG_SUMMARY_IMPORT,
      "ghi dữ liệu đã mã hóa thành một tệp CSV gọn, .sav hoặc .dta",
      "write the coded data as one tidy CSV, .sav or .dta", 0 },
    { MSG_HELP_IMPORT,
      "cách dùng: ykien import [OPTIONS] PROJECT [-o OUT.csv|OUT.sav|OUT.dta]\n"
      "           ykien import [OPTIONS] --form DIR FILE... [-o OUT.csv]\n"
      "\n"
      "Ghi dữ liệu đã mã hóa thành một tệp CSV UTF-8: các cột _round, _source,\n"
      "_line và _errors (các vấn đề tìm thấy trong dòng; dòng có lỗi vẫn được\n"
      "giữ), rồi mỗi câu hỏi một cột chứa mã hoặc số của câu trả lời; câu hỏi\n"
      "chọn nhiều (select_multiple) thành mỗi lựa chọn một cột 0/1 tên là\n"
      "question/choice.  Các vấn đề in ra luồng lỗi chuẩn như ở check.\n"
      "Với -o NAME.sav (SPSS, PSPP) hoặc -o NAME.dta (Stata): cùng các cột đó,\n"
      "với nhãn biến là nhãn câu hỏi, nhãn giá trị là nhãn lựa chọn, câu trả\n"
      "lời \"không ý kiến\" có mã số được khai báo là giá trị thiếu; tên biến\n"
      "được đổi cho hợp lệ (xem README, \"ykien import\").\n"
      "\n"
      "  -o, --output FILE      ghi vào FILE (mặc định: đầu ra chuẩn); đuôi .csv,\n"
      "                         .sav hoặc .dta chọn định dạng\n"
      "  -f, --format FORMAT    csv (mặc định), sav hoặc dta; phải khớp với đuôi\n"
      "                         tên tệp; sav và dta cần -o\n"
      "      --labels           CSV: ghi nhãn của câu trả lời (theo ngôn ngữ mặc\n"
      "                         định của biểu mẫu) thay cho mã\n"
      "      --force            ghi đè tệp kết quả đã có\n"
      "      --bom              cho Excel: mở đầu bằng BOM UTF-8, và ghi ô mà Excel\n"
      "                         sẽ chạy như công thức (=, +, -, @, tab, CR; không\n"
      "                         phải số) sau một dấu nháy đơn\n"
      "  --form DIR, --round NAME, --group QUESTION, --id QUESTION,\n"
      "  --no-duplicates, --keep-duplicates, --straightlining-min N, --strict\n"
      "                         như ở check (phiếu gửi lặp lại chỉ ghi một lần)\n"
      "  -E, --encoding NAME, -D, --delimiter C, --max-field N, --max-columns N,\n"
      "  --max-row N            các tùy chọn đọc tệp, như ở convert\n"
      "  -q, --quiet            không hiện tiến độ, không hiện cảnh báo\n"
      "      --all              mọi lỗi, không chỉ mười lỗi đầu của mỗi loại\n"
      "\n"
      "Mã thoát: 0 kết quả đầy đủ (dòng có lỗi dữ liệu được ghi với các câu trả\n"
      "lời đó để trống, và được đếm trên luồng lỗi chuẩn), 1 có lỗi trong biểu mẫu\n"
      "hoặc dòng tiêu đề của một tệp, hoặc có lỗi dữ liệu khi dùng --strict, 2\n"
      "dùng sai lệnh, 3 lỗi hệ thống.\n"
      "\n"
      "ví dụ:\n"
      "  ykien import samples/kien-giang/kien-giang.ykien -o /dev/null\n"
      "  ykien import samples/kien-giang/kien-giang.ykien -o kien-giang.sav\n"
      "  ykien import --labels tests/cli/data/small-project/small.ykien\n",
      "usage: ykien import [OPTIONS] PROJECT [-o OUT.csv|OUT.sav|OUT.dta]\n"
      "       ykien import [OPTIONS] --form DIR FILE... [-o OUT.csv]\n"
      "\n"
      "Write the coded data as one UTF-8 CSV: _round, _source, _line and\n"
      "_errors (problems found in the row; rows with errors are kept), then a\n"
      "column per question holding its code or number, a select_multiple\n"
      "as one 0/1 column per choice named question/choice.  Problems go to\n"
      "standard error as in check.  With -o NAME.sav (SPSS, PSPP) or\n"
      "-o NAME.dta (Stata): the same columns, with the question labels as\n"
      "variable labels, the choices as value labels, not-an-opinion answers\n"
      "with number codes declared missing; names are made valid (see the\n"
      "README, \"ykien import\").\n"
      "\n"
      "  -o, --output FILE      write to FILE (default: standard output); .csv,\n"
      "                         .sav or .dta picks the format\n"
      "  -f, --format FORMAT    csv (the default), sav or dta; must agree with\n"
      "                         the name's extension; sav and dta need -o\n"
      "      --labels           CSV: write each answer's label (the form's default\n"
      "                         language) instead of its code\n"
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
      "  ykien import samples/kien-giang/kien-giang.ykien -o /dev/null\n"
      "  ykien import samples/kien-giang/kien-giang.ykien -o kien-giang.sav\n"
      "  ykien import --labels tests/cli/data/small-project/small.ykien\n", 0 },
    { MSG_SUMMARY_ENTRY_SHEET,
      "tạo sổ Excel để nhập phiếu giấy và phiếu bầu",
      "write an Excel workbook to type paper returns and ballots into", 0 },
    { MSG_HELP_ENTRY_SHEET,
      "cách dùng: ykien entry-sheet [OPTIONS] PROJECT -o NAME.xlsx\n"
      "           ykien entry-sheet [OPTIONS] --form DIR -o NAME.xlsx\n"
      "\n"
      "Tạo sổ Excel để nhập phiếu giấy, mà check, import và các lệnh khác đọc lại\n"
      "được không cần ánh xạ cột.  Sheet \"Nhập liệu\": dòng 1 là tiêu đề, mỗi câu\n"
      "hỏi có câu trả lời một cột mang tên câu hỏi (nội dung câu hỏi ở chú thích\n"
      "của ô), mỗi phiếu một dòng; câu chọn một (cả câu đơn vị) có danh sách thả\n"
      "xuống các mã, câu số nguyên và số thập phân chỉ nhận số trong khoảng min,\n"
      "max của biểu mẫu, câu chọn nhiều nhận các mã cách nhau dấu cách.  Sheet\n"
      "\"Mã trả lời\": mã và nhãn của mỗi danh sách.  Sheet \"Hướng dẫn\": cách nhập.\n"
      "Ghi chú (note) và trường tính toán không có cột.\n"
      "\n"
      "Dự án lấy phiếu tín nhiệm (có ballots, không có đợt) hoặc biểu mẫu có\n"
      "form_kind = ballot: tự động thành sổ nhập phiếu bầu, mỗi phiếu một dòng,\n"
      "mỗi người được lấy phiếu một cột với danh sách ba mức; sheet \"Mã trả lời\"\n"
      "liệt kê các mức và những người (họ tên, chức vụ).\n"
      "\n"
      "  -o, --output FILE      sổ cần ghi, tên kết thúc bằng .xlsx (bắt buộc)\n"
      "      --force            ghi đè tệp kết quả đã có\n"
      "      --form DIR         biểu mẫu (survey.csv, choices.csv, settings.csv)\n"
      "                         thay cho dự án\n"
      "      --group QUESTION   câu hỏi đơn vị (mặc định: group của dự án)\n"
      "      --rows N           số dòng có danh sách thả xuống (mặc định 1000)\n"
      "  --levels LIST, --struck COLUMN, --added COLUMNS\n"
      "                         như ở votes (mặc định: của dự án); cột gạch tên và\n"
      "                         cột ghi thêm tên không có trong biểu mẫu được thêm\n"
      "                         vào sau các cột của biểu mẫu\n"
      "      --lang vi|en       tên sheet và lời hướng dẫn bằng tiếng Việt (mặc\n"
      "                         định) hay tiếng Anh; tiêu đề cột và mã không đổi\n"
      "\n"
      "Mã thoát: 0 đã ghi sổ, 1 biểu mẫu hoặc dự án có lỗi, 2 dùng sai lệnh (không\n"
      "có -o, tên không kết thúc .xlsx, tệp đã có mà không có --force), 3 lỗi hệ\n"
      "thống.\n"
      "\n"
      "ví dụ:\n"
      "  ykien entry-sheet samples/kien-giang/kien-giang.ykien -o nhap-lieu.xlsx\n"
      "  ykien entry-sheet samples/confidence-vote/poll.ykien -o phieu-bau.xlsx\n"
      "  ykien entry-sheet --form samples/kien-giang/form --group don_vi --rows 200 -o nhap-lieu.xlsx\n",
      "usage: ykien entry-sheet [OPTIONS] PROJECT -o NAME.xlsx\n"
      "       ykien entry-sheet [OPTIONS] --form DIR -o NAME.xlsx\n"
      "\n"
      "Write an Excel workbook to type paper returns into, which check, import\n"
      "and the other verbs read back with no column mapping.  Sheet \"Nhập liệu\"\n"
      "(Entry): row 1 the header, one column per question that holds an answer,\n"
      "headed by the question's name (its text in the cell's comment), one row\n"
      "per questionnaire; a select_one (the unit too) has a drop-down list of\n"
      "its codes, an integer or decimal takes numbers within the form's min and\n"
      "max, a select_multiple its codes separated by spaces.  Sheet \"Mã trả\n"
      "lời\" (Codes): each list's codes and labels.  Sheet \"Hướng dẫn\"\n"
      "(Instructions): how to type.  Notes and calculated fields get no column.\n"
      "\n"
      "A confidence poll's project (ballots, no rounds) or a form with\n"
      "form_kind = ballot gives a ballot workbook by itself: one row per ballot,\n"
      "one column per person with a drop-down of the three levels; the codes\n"
      "sheet lists the levels and the persons (full name, position).\n"
      "\n"
      "  -o, --output FILE      the workbook, a name ending in .xlsx (required)\n"
      "      --force            replace an existing output file\n"
      "      --form DIR         a form (survey.csv, choices.csv, settings.csv)\n"
      "                         instead of a project\n"
      "      --group QUESTION   the unit question (default: the project's group)\n"
      "      --rows N           rows with drop-down lists (default 1000)\n"
      "  --levels LIST, --struck COLUMN, --added COLUMNS\n"
      "                         as in votes (default: the project's); a struck or\n"
      "                         added column the form lacks gets a column after\n"
      "                         the form's\n"
      "      --lang vi|en       sheet names and instructions in Vietnamese\n"
      "                         (default) or English; headers and codes stay\n"
      "\n"
      "Exit status: 0 written, 1 errors in the form or project, 2 usage (no -o,\n"
      "a name not ending in .xlsx, an existing file without --force), 3 system\n"
      "failure.\n"
      "\n"
      "examples:\n"
      "  ykien entry-sheet samples/kien-giang/kien-giang.ykien -o nhap-lieu.xlsx\n"
      "  ykien entry-sheet samples/confidence-vote/poll.ykien -o phieu-bau.xlsx\n"
      "  ykien entry-sheet --form samples/kien-giang/form --group don_vi --rows 200 -o nhap-lieu.xlsx\n", 0 },
    { MSG_SUMMARY_TALLY,
      "kiểm đếm khảo sát thành bảng kiểm đếm (không có phiếu của ai)",
      "count a survey into a tally file (no respondent data)", 0 },
    { MSG_HELP_TALLY,
      "cách dùng: ykien tally [OPTIONS] PROJECT -o FILE.ykt\n"
      "           ykien tally [OPTIONS] --form DIR [--round NAME] FILE... -o FILE.ykt\n"
      "\n"
      "Đọc một đợt khảo sát và ghi bảng kiểm đếm: theo từng đợt và từng nhóm, số\n"
      "người chọn mỗi câu trả lời, tổng của mỗi câu trả lời dạng số, các tổng và\n"
      "tích chéo của các câu trong mỗi thang đo, cùng biểu mẫu.  Không giữ lại\n"
      "dòng phiếu nào, và với --protect cũng không giữ nhóm nào dưới --min-base\n"
      "người trả lời: khi đó đơn vị có thể gửi bảng kiểm đếm lên cấp trên thay\n"
      "cho phiếu của người trả lời.  Mọi lệnh phân tích đọc được bảng kiểm đếm ở\n"
      "chỗ đọc dữ liệu; 'ykien merge' cộng chúng lại.\n"
      "\n"
      "  -o, --output FILE      bảng kiểm đếm cần ghi (mặc định: đầu ra chuẩn)\n"
      "      --force            ghi đè tệp kết quả đã có\n"
      "      --by QUESTION      phân nhóm theo câu hỏi select_one này (mặc định:\n"
      "                         câu hỏi phân nhóm của dự án)\n"
      "      --protect          gộp mọi nhóm (đơn vị) dưới --min-base người trả\n"
      "                         lời, theo từng đợt, vào một nhóm 'Khác', để không\n"
      "                         nhóm nào trong tệp làm lộ ai; từ chối khi cả một\n"
      "                         đợt dưới mức đó\n"
      "      --min-base N       số người trả lời ít nhất của một nhóm khi dùng\n"
      "                         --protect (mặc định 10, từ 2 trở lên)\n"
      "  -j, --jobs N           đọc trên N luồng (mặc định: số lõi): một luồng đọc\n"
      "                         tệp, luồng khác đếm; bảng kiểm đếm như nhau với\n"
      "                         mọi N\n"
      "  --form DIR, --round NAME, --group QUESTION, --id QUESTION,\n"
      "  và các tùy chọn đọc tệp, như ở check\n"
      "\n"
      "ví dụ:\n"
      "  ykien tally tests/cli/data/small-project/small.ykien -o /dev/null\n"
      "  ykien tally --protect --min-base 2 tests/cli/data/small-project/small.ykien -o /dev/null\n"
      "\n"
      "Bảng kiểm đếm nhạy cảm như chính dữ liệu khi nhóm nhỏ: một nhóm chỉ có một\n"
      "người trả lời chứa mọi câu trả lời của người đó.  Chỉ gửi lên cấp trên khi\n"
      "đã dùng --protect.\n",
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
      "  -j, --jobs N           read on N threads (default: the cores): a file\n"
      "                         is read on one while another counts it; the\n"
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
      "only with --protect.\n", 0 },
    { MSG_SUMMARY_MERGE,
      "cộng các bảng kiểm đếm của cùng một biểu mẫu thành một",
      "add tally files of one form into one", 0 },
    { MSG_HELP_MERGE,
      "cách dùng: ykien merge [OPTIONS] A.ykt B.ykt... -o C.ykt\n"
      "\n"
      "Cộng chính xác các bảng kiểm đếm cùng biểu mẫu và cùng cách phân nhóm\n"
      "thành một: số liệu của bảng đã cộng đúng bằng số liệu khi đọc một lượt mọi\n"
      "dữ liệu.  Bảng kiểm đếm của biểu mẫu khác (theo dấu vân tay của biểu mẫu)\n"
      "bị từ chối.  Các bảng đã bảo vệ (tally --protect) cộng thành một bảng đã\n"
      "bảo vệ; bảng đã bảo vệ cộng với bảng chưa bảo vệ cho bảng chưa bảo vệ (có\n"
      "báo trên luồng lỗi chuẩn), trừ khi --protect gộp lại lần nữa.\n"
      "\n"
      "  -o, --output FILE      bảng kiểm đếm cần ghi (mặc định: đầu ra chuẩn)\n"
      "      --force            ghi đè tệp kết quả đã có\n"
      "      --protect          gộp mọi nhóm dưới --min-base người trả lời vào\n"
      "                         nhóm 'Khác' (như tally --protect)\n"
      "      --min-base N       số người trả lời ít nhất của một nhóm khi dùng\n"
      "                         --protect (mặc định 10, từ 2 trở lên)\n"
      "\n"
      "ví dụ:\n"
      "  ykien merge tests/cli/data/tallies/a.ykt tests/cli/data/tallies/b.ykt -o /dev/null\n",
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
      "  ykien merge tests/cli/data/tallies/a.ykt tests/cli/data/tallies/b.ykt -o /dev/null\n", 0 },
    { MSG_SUMMARY_FREQ,
      "bao nhiêu người chọn mỗi câu trả lời, kèm khoảng tin cậy 95%",
      "how many gave each answer, with 95% intervals", 0 },
    { MSG_HELP_FREQ,
      "cách dùng: ykien freq [OPTIONS] PROJECT|TALLY.ykt...\n"
      "           ykien freq [OPTIONS] --form DIR FILE...\n"
      "\n"
      "Với mỗi câu hỏi lựa chọn: bao nhiêu người chọn mỗi câu trả lời, trên bao\n"
      "nhiêu người trả lời câu hỏi, thành tỷ lệ phần trăm kèm khoảng tin cậy 95%\n"
      "(Wilson); phiếu bỏ trống là lựa chọn _missing, trên tổng số phiếu.  Danh\n"
      "sách có câu trả lời không phải ý kiến (\"Khó trả lời\") còn cho tỷ lệ mỗi\n"
      "lựa chọn trên số người có ý kiến; câu hỏi chọn nhiều (select_multiple)\n"
      "còn cho tỷ lệ mỗi lựa chọn trên tổng số lựa chọn được đánh dấu.  Tỷ lệ và\n"
      "các cận của khoảng tin cậy tính bằng phần trăm.\n"
      "\n"
      "Các cột: round, group, question, choice, label, n, base, percent, ci_low,\n"
      "ci_high, base_opinion, percent_opinion, percent_responses, effective_base.\n"
      "\n"
      "      --by QUESTION      mỗi câu trả lời của câu hỏi select_one này một khối\n"
      "                         số liệu (bảng kiểm đếm chỉ chia được theo nhóm của\n"
      "                         chính nó)\n"
      "      --round NAME       chỉ đợt khảo sát này\n"
      "      --questions LIST   chỉ các câu hỏi này (tên, cách nhau bằng dấu phẩy)\n"
      "      --weight members   gia quyền theo số đoàn viên của các đơn vị (cột\n"
      "                         members của biểu mẫu): câu trả lời của mỗi đơn vị\n"
      "                         được tính theo tỷ lệ đoàn viên của đơn vị; n khi đó\n"
      "                         là số đã gia quyền, khoảng tin cậy dùng cỡ mẫu hiệu\n"
      "                         dụng của Kish (effective_base)\n"
      "      --min-base N       để trống số liệu khi số trả lời dưới N (mặc định\n"
      "                         10; từ 2 trở lên), để không nhóm nhỏ nào bị nhận\n"
      "                         ra; với --by, để trống cả các câu trả lời có ít hơn\n"
      "                         N người chọn ở mọi nhóm, và thêm nhóm hoặc câu trả\n"
      "                         lời để không ô trống nào suy ra được từ các tổng\n"
      "                         (xem README, \"Privacy\")\n"
      "      --no-suppression   hiện số liệu của mọi nhóm dù lớn nhỏ (kết quả ghi\n"
      "                         rõ điều này)\n"
      "  -j, --jobs N           đọc trên N luồng (mặc định: số lõi): một luồng đọc\n"
      "                         tệp, luồng khác đếm; kết quả như nhau với mọi N\n"
      "  -f, --format FORMAT    csv (mặc định), text, json hoặc xlsx\n"
      "  -o, --output FILE      ghi vào FILE (mặc định: đầu ra chuẩn); tên đuôi\n"
      "                         .xlsx: một bảng tính Excel\n"
      "      --force            ghi đè tệp kết quả đã có\n"
      "  --form DIR, --group QUESTION, --id QUESTION, --no-duplicates,\n"
      "  --keep-duplicates, --straightlining-min N, --strict, và các tùy chọn đọc\n"
      "  tệp, như ở check\n"
      "\n"
      "Ở đầu ra dạng text, đoạn cuối cho biết đã đọc, tính và loại bao nhiêu\n"
      "dòng, và vì sao; ở mọi dạng, luồng lỗi chuẩn báo khi có dòng bị loại hoặc\n"
      "có lỗi.  Phiếu gửi lặp lại chỉ tính một lần; -j chỉ đọc nhiều tệp cùng lúc\n"
      "khi có --no-duplicates (nếu không, từng tệp một, mỗi tệp trên hai luồng).\n"
      "\n"
      "ví dụ:\n"
      "  ykien freq --min-base 1 --no-suppression --questions q1,kenh tests/cli/data/small-project/small.ykien\n"
      "  ykien freq --by don_vi --format text samples/kien-giang/kien-giang.ykien\n",
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
      "  -j, --jobs N           read on N threads (default: the cores): a file\n"
      "                         is read on one while another counts it; the\n"
      "                         output is the same whatever N\n"
      "  -f, --format FORMAT    csv (default), text, json or xlsx\n"
      "  -o, --output FILE      write to FILE (default: standard output); a name\n"
      "                         ending .xlsx: an Excel workbook\n"
      "      --force            replace an existing output file\n"
      "  --form DIR, --group QUESTION, --id QUESTION, --no-duplicates,\n"
      "  --keep-duplicates, --straightlining-min N, --strict, and the reading\n"
      "  options, as in check\n"
      "\n"
      "In text output a last paragraph says how many rows were read, counted and\n"
      "left out, and why; in every format standard error says it when a row was\n"
      "left out or had an error.  Double submissions are counted once; -j reads\n"
      "several files at once only with --no-duplicates (else one at a time, each\n"
      "on two threads).\n"
      "\n"
      "examples:\n"
      "  ykien freq --min-base 1 --no-suppression --questions q1,kenh tests/cli/data/small-project/small.ykien\n"
      "  ykien freq --by don_vi --format text samples/kien-giang/kien-giang.ykien\n", 0 },
    { MSG_SUMMARY_DESCRIBE,
      "trung bình, độ phân tán, trung vị, tỷ lệ mức cao/thấp của câu trả lời",
      "mean, spread, median and top/bottom boxes of answers", 0 },
    { MSG_HELP_DESCRIBE,
      "cách dùng: ykien describe [OPTIONS] PROJECT|TALLY.ykt...\n"
      "           ykien describe [OPTIONS] --form DIR FILE...\n"
      "\n"
      "Với mỗi câu hỏi thứ bậc (danh sách có câu trả lời không phải ý kiến, hoặc\n"
      "có mã là số nguyên) và mỗi câu hỏi dạng số: n, trung bình và độ lệch chuẩn\n"
      "(n - 1); với câu hỏi thứ bậc còn có trung vị và các tứ phân vị (kiểu 7 của\n"
      "R trên các câu trả lời mà số đếm đại diện: h = (n - 1)p, giữa các giá trị\n"
      "ở thứ hạng floor(h) và ceil(h)), và tỷ lệ phần trăm ở hai mức cao nhất, hai\n"
      "mức thấp nhất và hiệu của chúng (net), không tính câu trả lời không phải ý\n"
      "kiến; với câu hỏi dạng số có giá trị nhỏ nhất và lớn nhất, và với số\n"
      "nguyên có trung vị và các tứ phân vị từ số đếm các giá trị (không tính khi\n"
      "quá 1000 giá trị khác nhau trong một đợt và một đơn vị: có cảnh báo).  Câu\n"
      "trả lời thứ bậc được tính bằng giá trị của lựa chọn.\n"
      "\n"
      "Các cột: round, group, question, n, mean, sd, median, q1, q3, top2,\n"
      "bottom2, net, min, max, effective_n, top2_low, top2_high (khoảng tin cậy\n"
      "95% Wilson của tỷ lệ hai mức cao nhất, trên cỡ mẫu hiệu dụng khi có gia\n"
      "quyền).\n"
      "\n"
      "      --weight members   gia quyền theo số đoàn viên của các đơn vị, như ở\n"
      "                         freq: n là số đã gia quyền, mẫu số của độ lệch chuẩn\n"
      "                         là tổng trọng số trừ một, các tứ phân vị dùng số\n"
      "                         đếm đã gia quyền, effective_n là của Kish\n"
      "\n"
      "Các tùy chọn như ở freq: --by QUESTION, --round NAME, --questions LIST,\n"
      "--min-base N, --no-suppression, -f csv|text|json|xlsx, -o FILE, --force,\n"
      "--form DIR, và các tùy chọn đọc tệp.  Khi không có --by, min và max để\n"
      "trống khi chúng có thể là câu trả lời của một đơn vị bị ẩn (không đơn vị\n"
      "nào được hiện có cùng giá trị).\n"
      "\n"
      "ví dụ:\n"
      "  ykien describe --min-base 1 --no-suppression tests/cli/data/small-project/small.ykien\n"
      "  ykien describe --by don_vi --questions q02,tuoi samples/kien-giang/kien-giang.ykien\n",
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
      "--min-base N, --no-suppression, -f csv|text|json|xlsx, -o FILE, --force,\n"
      "--form DIR, and the reading options.  Without --by, min and max are blank\n"
      "when they could be a hidden unit's answer (no shown unit has the same).\n"
      "\n"
      "examples:\n"
      "  ykien describe --min-base 1 --no-suppression tests/cli/data/small-project/small.ykien\n"
      "  ykien describe --by don_vi --questions q02,tuoi samples/kien-giang/kien-giang.ykien\n", 0 },
    { MSG_SUMMARY_SCALE,
      "hệ số alpha của Cronbach cho từng thang đo, từng câu hỏi",
      "Cronbach's alpha of every scale, item by item", 0 },
    { MSG_HELP_SCALE,
      "cách dùng: ykien scale [OPTIONS] PROJECT|TALLY.ykt...\n"
      "           ykien scale [OPTIONS] --form DIR FILE...\n"
      "\n"
      "Với mỗi thang đo (cột scale của biểu mẫu): hệ số alpha của Cronbach, thô và\n"
      "chuẩn hóa, kèm khoảng tin cậy 95% của Feldt, trên các phiếu có ý kiến ở mọi\n"
      "câu của thang đo; câu ngược chiều được đảo chiều trước.  Sau đó mỗi câu một\n"
      "dòng: tương quan của câu với tổng các câu còn lại, và alpha khi bỏ câu đó.\n"
      "Alpha âm được hiện đúng như vậy, kèm cảnh báo; thang đo dưới 3 câu cũng\n"
      "vậy.\n"
      "\n"
      "Các cột: round, group, scale, items, n, alpha, alpha_std, ci_low, ci_high,\n"
      "item, item_total, alpha_if_deleted.\n"
      "\n"
      "      --scale NAME       chỉ thang đo này (hoặc --questions a,b cho nhiều câu)\n"
      "Các tùy chọn khác như ở freq.\n"
      "\n"
      "ví dụ:\n"
      "  ykien scale --round 2014 samples/kien-giang/kien-giang.ykien\n",
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
      "  ykien scale --round 2014 samples/kien-giang/kien-giang.ykien\n", 0 },
    { MSG_SUMMARY_COMPARE,
      "các nhóm có trả lời khác nhau không? kiểm định với p hiệu chỉnh",
      "do the groups answer differently? tests with adjusted p", 0 },
    { MSG_HELP_COMPARE,
      "cách dùng: ykien compare [OPTIONS] PROJECT|TALLY.ykt...\n"
      "           ykien compare [OPTIONS] --form DIR FILE...\n"
      "\n"
      "Các nhóm (câu hỏi phân nhóm của dự án, hoặc --by) có trả lời mỗi câu hỏi\n"
      "khác nhau không?  Kiểm định phù hợp với câu hỏi: khi bình phương Pearson\n"
      "cho câu select_one định danh (mức độ khác biệt: V của Cramér);\n"
      "Kruskal-Wallis có hiệu chỉnh hạng bằng nhau cho câu thứ bậc (chỉ các ý\n"
      "kiến; mức độ khác biệt: epsilon bình phương, H/(n-1)); ANOVA một yếu tố\n"
      "và ANOVA Welch cho câu dạng số (mức độ khác biệt: eta bình phương); mỗi\n"
      "lựa chọn của câu chọn nhiều (select_multiple) là một kiểm định khi bình\n"
      "phương chọn hay không trong số người trả lời (question/choice).  p được\n"
      "hiệu chỉnh trên mọi kiểm định của đợt, theo Holm hoặc, với --adjust bh,\n"
      "Benjamini-Hochberg.  Phiếu không trả lời câu hỏi phân nhóm không được tính.\n"
      "\n"
      "Các cột: round, question, test (chisq, kruskal, anova, welch, dunn, vs_rest),\n"
      "statistic, df, df2 (bậc tự do thứ hai của kiểm định F), p, p_adjusted,\n"
      "effect, n, pair.\n"
      "\n"
      "      --adjust holm|bh   cách hiệu chỉnh p trên cả họ kiểm định (mặc định holm)\n"
      "      --pairs            sau mỗi kiểm định Kruskal-Wallis, kiểm định Dunn cho\n"
      "                         mọi cặp nhóm (z, p hiệu chỉnh trên các cặp của câu\n"
      "                         hỏi), cặp nhóm ở cột cuối; bỏ các cặp có nhóm bị ẩn\n"
      "                         (dưới --min-base, hoặc bị ẩn theo, xem README,\n"
      "                         \"Privacy\")\n"
      "      --vs-rest          với mỗi câu hỏi thứ bậc, mỗi nhóm so với mọi nhóm còn\n"
      "                         lại: tỷ lệ tích cực (hai mức ý kiến cao nhất, các mức\n"
      "                         thấp nhất nếu câu ngược chiều, như rounds tính), z\n"
      "                         của hai tỷ lệ, p hiệu chỉnh trên mọi so sánh của đợt,\n"
      "                         mức độ khác biệt là hiệu tính bằng điểm phần trăm, n\n"
      "                         là số ý kiến của nhóm, nhóm ở cột cuối; bỏ các nhóm\n"
      "                         bị ẩn (và phần còn lại dưới --min-base)\n"
      "Các tùy chọn khác như ở freq.\n"
      "\n"
      "ví dụ:\n"
      "  ykien compare --round 2014 --questions q02,q05,tuoi,gioi_tinh samples/kien-giang/kien-giang.ykien\n"
      "  ykien compare --round 2014 --vs-rest --questions q11 samples/kien-giang/kien-giang.ykien\n",
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
      "  ykien compare --round 2014 --vs-rest --questions q11 samples/kien-giang/kien-giang.ykien\n", 0 },
    { MSG_SUMMARY_CROSSTAB,
      "bảng chéo hai câu hỏi, kèm kiểm định tính độc lập",
      "two questions against each other, with tests of independence", 0 },
    { MSG_HELP_CROSSTAB,
      "cách dùng: ykien crosstab --rows QUESTION --cols QUESTION [OPTIONS] PROJECT|TALLY.ykt...\n"
      "           ykien crosstab --rows QUESTION --cols QUESTION [OPTIONS] --form DIR FILE...\n"
      "\n"
      "Bảng chéo hai câu hỏi select_one, theo từng đợt: ở mỗi ô, số đếm, tỷ lệ\n"
      "phần trăm theo hàng và theo cột, số đếm kỳ vọng và phần dư chuẩn hóa điều\n"
      "chỉnh (chisq.test()$stdres của R); sau đó các dòng có row \"_test\": khi bình\n"
      "phương Pearson, tỷ số hợp lý G2 (thống kê, df, p) và V của Cramér.  Khi quá\n"
      "một phần năm số đếm kỳ vọng dưới 5 thì có cảnh báo, và bảng 2 x 2 được\n"
      "kiểm định chính xác Fisher, bảng lớn hơn được p Monte-Carlo (chisq_mc:\n"
      "10000 bảng cùng các tổng biên, hạt giống cố định, như\n"
      "chisq.test(simulate.p.value = TRUE) của R).  Bảng kiểm đếm chỉ lập bảng\n"
      "chéo được với câu hỏi phân nhóm của chính nó làm --rows.\n"
      "\n"
      "Cả hai câu hỏi đều là nhóm (xem README, \"Privacy\"): một ô để trống khi hàng\n"
      "hoặc cột của nó có ít hơn --min-base người trả lời (mặc định 10), hoặc bị\n"
      "ẩn theo để không suy ra được ô như vậy từ các ô khác.\n"
      "\n"
      "Các cột: round, row, col, n, row_percent, col_percent, expected, residual,\n"
      "statistic, df, p.\n"
      "\n"
      "Các tùy chọn khác như ở freq.\n"
      "\n"
      "ví dụ:\n"
      "  ykien crosstab --rows gioi_tinh --cols q02 --round 2014 samples/kien-giang/kien-giang.ykien\n",
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
      "  ykien crosstab --rows gioi_tinh --cols q02 --round 2014 samples/kien-giang/kien-giang.ykien\n", 0 },
    { MSG_SUMMARY_ROUNDS,
      "câu trả lời thay đổi thế nào từ đợt khảo sát này sang đợt sau",
      "how answers changed from one round to the next", 0 },
    { MSG_HELP_ROUNDS,
      "cách dùng: ykien rounds [OPTIONS] PROJECT|TALLY.ykt...\n"
      "           ykien rounds [OPTIONS] --form DIR --round NAME FILE...  (một đợt: không có gì để so)\n"
      "\n"
      "Tỷ lệ tích cực của mỗi câu hỏi thay đổi thế nào giữa các đợt khảo sát,\n"
      "cho toàn bộ khảo sát (group để trống) và cho từng đơn vị.  Tỷ lệ tích cực\n"
      "là hai mức ý kiến cao nhất của danh sách thứ bậc (mức cao nhất nếu thang 3\n"
      "mức; các mức thấp nhất nếu câu ngược chiều), trên số người có ý kiến, hoặc\n"
      "các lựa chọn mà --favourable nêu.  Với mỗi cặp đợt liền nhau, và đợt đầu\n"
      "với đợt cuối khi có từ ba đợt: cả hai tỷ lệ, thay đổi tính bằng điểm phần\n"
      "trăm kèm khoảng tin cậy 95% của Newcombe (hybrid score), p của kiểm định z\n"
      "hai tỷ lệ, và với danh sách thứ bậc, kiểm định Mann-Whitney trên cả phân\n"
      "phối (hiệu chỉnh hạng bằng nhau, không hiệu chỉnh liên tục); ở dòng từ đợt\n"
      "đầu đến đợt cuối, kiểm định Cochran-Armitage cho xu hướng qua mọi đợt.  Mỗi\n"
      "loại p được hiệu chỉnh trên cả bảng (Holm, hoặc Benjamini-Hochberg).\n"
      "\n"
      "Các đợt lấy từ một dự án, hoặc từ các bảng kiểm đếm: của một hay nhiều\n"
      "biểu mẫu, câu hỏi được nối ngược theo previous_name mà biểu mẫu mới hơn\n"
      "ghi, đơn vị theo mã.  Câu hỏi có lựa chọn thay đổi chỉ được so giữa các\n"
      "đợt mà lựa chọn vẫn khớp, kèm cảnh báo nói rõ điều gì đã đổi.\n"
      "\n"
      "Các cột: question, group, round_from, round_to, share_from, share_to,\n"
      "change, ci_low, ci_high, p, p_adjusted, n_from, n_to, favourable, mw_z,\n"
      "mw_p, mw_p_adjusted, trend_z, trend_p, trend_p_adjusted.\n"
      "\n"
      "      --favourable Q=CODE[+CODE...]  tính các câu trả lời này của Q là tích\n"
      "                         cực (lặp lại được; một lựa chọn của câu chọn nhiều)\n"
      "      --ranked N         thay cho bảng: N mức tăng và N mức giảm có ý nghĩa\n"
      "                         lớn nhất giữa các đợt liền nhau (p hiệu chỉnh dưới\n"
      "                         0,05), theo câu hỏi và đơn vị; các cột direction,\n"
      "                         rank, question, group, round_from, round_to,\n"
      "                         share_from, share_to, change, ci_low, ci_high,\n"
      "                         p_adjusted\n"
      "      --adjust holm|bh   cách hiệu chỉnh p (mặc định holm)\n"
      "      --questions LIST   chỉ các câu hỏi này\n"
      "      --min-base N       để trống tỷ lệ của một đợt khi số trả lời dưới N\n"
      "                         (mặc định 10), hoặc khi đơn vị bị ẩn ở đợt đó để\n"
      "                         không suy ra được; thay đổi có một tỷ lệ để trống\n"
      "                         thì để trống\n"
      "      --no-suppression   hiện các nhóm dù lớn nhỏ (xem README, \"Privacy\")\n"
      "  --by QUESTION, -f csv|text|json|xlsx, -o FILE, --force, -j N, --form DIR và các\n"
      "  tùy chọn đọc tệp như ở freq\n"
      "\n"
      "ví dụ:\n"
      "  ykien rounds --questions q11,q15 --favourable q15=day_du samples/kien-giang/kien-giang.ykien\n"
      "  ykien rounds --ranked 5 samples/kien-giang/kien-giang.ykien\n",
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
      "  --by QUESTION, -f csv|text|json|xlsx, -o FILE, --force, -j N, --form DIR and the\n"
      "  reading options as in freq\n"
      "\n"
      "examples:\n"
      "  ykien rounds --questions q11,q15 --favourable q15=day_du samples/kien-giang/kien-giang.ykien\n"
      "  ykien rounds --ranked 5 samples/kien-giang/kien-giang.ykien\n", 0 },
    { MSG_SUMMARY_COMMENTS,
      "các ý kiến góp ý: bao nhiêu người viết, theo chủ đề, cụm từ và trích dẫn đã che",
      "the open answers: how many wrote, by theme, phrases and masked quotes", 0 },
    { MSG_HELP_COMMENTS,
      "cách dùng: ykien comments [OPTIONS] PROJECT\n"
      "           ykien comments [OPTIONS] --form DIR FILE...\n"
      "\n"
      "Các câu trả lời mở (góp ý) của mỗi câu hỏi dạng text: bao nhiêu người viết\n"
      "gì đó; mỗi chủ đề của bộ mã (codebook) chiếm bao nhiêu phần trăm số người\n"
      "đã viết, kèm khoảng tin cậy 95% (Wilson); các cụm từ hay gặp nhất; và vài\n"
      "ý kiến trích dẫn.  Một câu trả lời thuộc mọi chủ đề có một cụm từ mà nó\n"
      "chứa trọn âm tiết (\"an\" không khớp \"bạn\"), so sánh sau NFC và chữ thường.\n"
      "Trước khi đếm hay in, thông tin cá nhân được che thành \"[…]\": số điện\n"
      "thoại, địa chỉ e-mail, số CMND/CCCD, và họ tên trong tệp names.  Một bảng\n"
      "mỗi lần chạy, chọn bằng --show:\n"
      "\n"
      "  answered  round, group, question, label, n, base, percent, ci_low, ci_high\n"
      "  themes    round, group, question, theme, label, n, base, percent, ci_low,\n"
      "            ci_high (base: số người đã trả lời câu hỏi; _uncoded: không\n"
      "            thuộc chủ đề nào)\n"
      "  tests     round, question, theme, label, units, chisq, df, p, p_adjusted\n"
      "            (so sánh các đơn vị: khi bình phương, hiệu chỉnh Holm)\n"
      "  changes   from, to, group, question, theme, label, percent_from,\n"
      "            percent_to, points, ci_low, ci_high, p, p_adjusted (giữa các đợt)\n"
      "  phrases   round, question, rank, phrase, words, n, base, percent\n"
      "  quotes    question, theme, label, rank, round, group, quote\n"
      "  uncoded   question, answers, text\n"
      "\n"
      "      --show TABLE       answered, themes (mặc định khi có bộ mã; không có\n"
      "                         thì answered), tests, changes, phrases, quotes,\n"
      "                         uncoded\n"
      "      --codebook FILE    bộ mã chủ đề (CSV: theme,label,phrases với các cụm\n"
      "                         từ cách nhau bằng |); mặc định: khóa codebook của\n"
      "                         dự án\n"
      "      --names FILE       họ tên cần che (mỗi dòng một tên, '#' là chú thích;\n"
      "                         hoặc CSV có cột name); mặc định: khóa names của dự án\n"
      "      --stop-words FILE  danh sách hư từ (mặc định: khóa stop-words của dự\n"
      "                         án, nếu không thì words/stop-vi.txt kèm theo ykien)\n"
      "      --ignore-accents   so sánh không dấu (\"can bo\" = \"cán bộ\")\n"
      "      --quotes N         N ý kiến trích dẫn mỗi chủ đề (ngụ ý --show quotes;\n"
      "                         mặc định 3), ưu tiên câu dài, chọn lặp lại được\n"
      "      --seed S           hạt giống của việc chọn trích dẫn (mặc định 0)\n"
      "      --uncoded          liệt kê các câu trả lời chưa thuộc chủ đề nào, để\n"
      "                         bổ sung bộ mã (ngụ ý --show uncoded)\n"
      "      --phrases N        tối đa N cụm từ mỗi câu hỏi và đợt (mặc định 20)\n"
      "      --questions LIST   chỉ các câu hỏi text này\n"
      "      --by QUESTION      thêm một khối số liệu cho mỗi đơn vị\n"
      "      --min-base N       để trống số liệu của đơn vị dưới N người (mặc định\n"
      "                         10); cụm từ của ít hơn N câu trả lời không được\n"
      "                         liệt kê; trích dẫn chỉ ghi đơn vị có từ N người\n"
      "      --lang en          nhãn tiếng Anh\n"
      "  --round NAME, --adjust holm|bh, --no-suppression, -f csv|text|json|xlsx,\n"
      "  -o FILE, --force, -j N, --form DIR và các tùy chọn đọc tệp như ở freq\n"
      "\n"
      "Ở dạng text, đoạn cuối cho biết đã đọc bao nhiêu câu trả lời, đã che bao\n"
      "nhiêu đoạn thông tin cá nhân, và bao nhiêu lượt đếm cụm từ bị bỏ khi vượt\n"
      "giới hạn.\n"
      "\n"
      "ví dụ:\n"
      "  ykien comments tests/cli/data/comments/gop-y.ykien\n"
      "  ykien comments --by don_vi --min-base 3 --format text tests/cli/data/comments/gop-y.ykien\n"
      "  ykien comments --quotes 2 --seed 7 tests/cli/data/comments/gop-y.ykien\n",
      "usage: ykien comments [OPTIONS] PROJECT\n"
      "       ykien comments [OPTIONS] --form DIR FILE...\n"
      "\n"
      "The open answers (góp ý) of every text question: how many wrote\n"
      "something; each theme of a codebook as a percent of those who wrote, with\n"
      "its 95% Wilson interval; the most frequent phrases; and a few quotes.  An\n"
      "answer belongs to every theme one of whose phrases it contains as whole\n"
      "syllables (\"an\" does not match \"bạn\"), compared after NFC and case\n"
      "folding.  Before anything is counted or printed, personal data becomes\n"
      "\"[…]\": phone numbers, e-mail addresses, ID-card numbers, and the names in\n"
      "the names file.  One table per run, chosen by --show:\n"
      "\n"
      "  answered  round, group, question, label, n, base, percent, ci_low, ci_high\n"
      "  themes    round, group, question, theme, label, n, base, percent, ci_low,\n"
      "            ci_high (base: those who answered the question; _uncoded: in no\n"
      "            theme)\n"
      "  tests     round, question, theme, label, units, chisq, df, p, p_adjusted\n"
      "            (the units compared: chi-square, Holm-adjusted)\n"
      "  changes   from, to, group, question, theme, label, percent_from,\n"
      "            percent_to, points, ci_low, ci_high, p, p_adjusted (across rounds)\n"
      "  phrases   round, question, rank, phrase, words, n, base, percent\n"
      "  quotes    question, theme, label, rank, round, group, quote\n"
      "  uncoded   question, answers, text\n"
      "\n"
      "      --show TABLE       answered, themes (the default with a codebook; else\n"
      "                         answered), tests, changes, phrases, quotes, uncoded\n"
      "      --codebook FILE    the themes' codebook (CSV: theme,label,phrases, the\n"
      "                         phrases separated by |); default: the project's\n"
      "                         codebook key\n"
      "      --names FILE       names to mask (one a line, '#' comments; or a CSV\n"
      "                         with a name column); default: the project's names key\n"
      "      --stop-words FILE  the stop list (default: the project's stop-words\n"
      "                         key, else words/stop-vi.txt shipped with ykien)\n"
      "      --ignore-accents   compare without marks (\"can bo\" = \"cán bộ\")\n"
      "      --quotes N         N quotes per theme (implies --show quotes; default\n"
      "                         3), longer answers preferred, chosen reproducibly\n"
      "      --seed S           the seed of the quotes' choice (default 0)\n"
      "      --uncoded          list the answers in no theme, to extend the codebook\n"
      "                         (implies --show uncoded)\n"
      "      --phrases N        at most N phrases per question and round (default 20)\n"
      "      --questions LIST   only these text questions\n"
      "      --by QUESTION      a block of figures for every unit too\n"
      "      --min-base N       leave a unit's figures blank under N (default 10); a\n"
      "                         phrase of fewer than N answers is not listed; a quote\n"
      "                         names its unit only when the unit has N or more\n"
      "      --lang en          English labels\n"
      "  --round NAME, --adjust holm|bh, --no-suppression, -f csv|text|json|xlsx,\n"
      "  -o FILE, --force, -j N, --form DIR and the reading options as in freq\n"
      "\n"
      "In text format, the foot says how many answers were read, how many spans\n"
      "of personal data were masked, and how many phrase counts were dropped at\n"
      "the cap.\n"
      "\n"
      "examples:\n"
      "  ykien comments tests/cli/data/comments/gop-y.ykien\n"
      "  ykien comments --by don_vi --min-base 3 --format text tests/cli/data/comments/gop-y.ykien\n"
      "  ykien comments --quotes 2 --seed 7 tests/cli/data/comments/gop-y.ykien\n", 0 },
    { MSG_SUMMARY_FEEDBACK,
      "tổng hợp góp ý đối với Ban Thường vụ và từng ủy viên, để kiểm điểm",
      "the feedback on the committee and each member, compiled for a self-review", 0 },
    { MSG_HELP_FEEDBACK,
      "cách dùng: ykien feedback [OPTIONS] PROJECT\n"
      "           ykien feedback [OPTIONS] --form DIR [--round collectives] FILE...\n"
      "\n"
      "Tổng hợp ý kiến góp ý của các tập thể và cá nhân đối với tập thể Ban\n"
      "Thường vụ và từng đồng chí ủy viên, phục vụ kiểm điểm.  Đối tượng góp ý là\n"
      "các nhóm (begin group) của biểu mẫu có câu hỏi góp ý: ưu điểm, hạn chế,\n"
      "khuyết điểm, đề nghị; các câu select_one của nhóm là đánh giá theo từng\n"
      "tiêu chí.  Mỗi dòng của một ô là một ý kiến; ý kiến được che thông tin cá\n"
      "nhân (\"[…]\": số điện thoại, e-mail, số CMND/CCCD, họ tên các ủy viên, tên\n"
      "đơn vị, họ tên trong tệp names), rồi gộp các ý kiến giống nhau sau NFC,\n"
      "chữ thường và bỏ dấu câu, đếm số người góp ý đứng sau mỗi ý kiến: tập thể\n"
      "và cá nhân riêng, mỗi người một lần.  Không ý kiến hay đánh giá nào cho\n"
      "biết ai đã nêu.  Một bảng mỗi lần chạy, chọn bằng --show:\n"
      "\n"
      "  remarks   target, kind, theme, remark, contributors, collectives,\n"
      "            individuals, target_label, theme_label\n"
      "  themes    target, kind, theme, label, contributors, collectives,\n"
      "            individuals, base_collectives, base_individuals (_any: số\n"
      "            góp ý có nêu ý kiến loại đó)\n"
      "  ratings   target, criterion, choice, label, n, base, percent, ci_low,\n"
      "            ci_high, from, target_label, criterion_label\n"
      "\n"
      "      --show TABLE       remarks (mặc định), themes, ratings\n"
      "      --codebook FILE    bộ mã chủ đề, như ở comments; mặc định: khóa\n"
      "                         codebook của dự án\n"
      "      --names FILE       thêm họ tên cần che; mặc định: khóa names của dự án\n"
      "      --ignore-accents   so khớp bộ mã không dấu\n"
      "      --min-base N       để trống đánh giá của đối tượng hay tiêu chí khi\n"
      "                         dưới N góp ý cùng loại (tập thể, cá nhân) đánh giá\n"
      "                         (mặc định 10); ý kiến luôn được liệt kê\n"
      "      --round NAME       collectives hoặc individuals: các tệp rời là của\n"
      "                         cá nhân, trừ khi ghi collectives; với dự án, chỉ\n"
      "                         đọc loại đó\n"
      "      --lang en          nhãn tiếng Anh\n"
      "  --no-suppression, -f csv|text|json|xlsx, -o FILE, --force, -j N, --form\n"
      "  DIR và các tùy chọn đọc tệp như ở freq.  Không nhận --by: chia người góp\n"
      "  ý theo nhóm sẽ làm lộ ai đã nêu ý kiến.\n"
      "\n"
      "Ở dạng text (--show remarks) là bản tổng hợp để đọc: mỗi đối tượng, mỗi\n"
      "loại ý kiến, số góp ý có nêu, từng ý kiến đánh số kèm số người nêu, theo\n"
      "chủ đề nếu có bộ mã; rồi các đánh giá; đoạn cuối cho biết đã đọc và che\n"
      "những gì.\n"
      "\n"
      "ví dụ:\n"
      "  ykien feedback tests/cli/data/feedback/kiem-diem.ykien\n"
      "  ykien feedback -f text tests/cli/data/feedback/kiem-diem.ykien\n"
      "  ykien feedback --show ratings --min-base 2 tests/cli/data/feedback/kiem-diem.ykien\n",
      "usage: ykien feedback [OPTIONS] PROJECT\n"
      "       ykien feedback [OPTIONS] --form DIR [--round collectives] FILE...\n"
      "\n"
      "The feedback (góp ý) of collectives and members on the standing committee\n"
      "and each of its members, compiled for their self-review (kiểm điểm).  The\n"
      "targets are the form's groups that hold remark questions: strengths (ưu\n"
      "điểm), shortcomings (hạn chế, khuyết điểm), suggestions (đề nghị); a\n"
      "group's select_one questions rate it on the review's criteria.  Each line\n"
      "of a cell is a remark; remarks are masked of personal data (\"[…]\": phone,\n"
      "e-mail and ID numbers, the members' names, the units' names, the names\n"
      "file), then merged when alike after NFC, case folding and punctuation,\n"
      "with the contributors behind each counted: collectives and individuals\n"
      "apart, each once.  No remark or rating says who gave it.  One table per\n"
      "run, chosen by --show:\n"
      "\n"
      "  remarks   target, kind, theme, remark, contributors, collectives,\n"
      "            individuals, target_label, theme_label\n"
      "  themes    target, kind, theme, label, contributors, collectives,\n"
      "            individuals, base_collectives, base_individuals (_any: the\n"
      "            contributions that wrote a remark of that kind)\n"
      "  ratings   target, criterion, choice, label, n, base, percent, ci_low,\n"
      "            ci_high, from, target_label, criterion_label\n"
      "\n"
      "      --show TABLE       remarks (the default), themes, ratings\n"
      "      --codebook FILE    the themes' codebook, as in comments; default: the\n"
      "                         project's codebook key\n"
      "      --names FILE       more names to mask; default: the project's names\n"
      "      --ignore-accents   match the codebook without marks\n"
      "      --min-base N       leave a target's or criterion's ratings blank when\n"
      "                         fewer than N contributions of a kind (collectives,\n"
      "                         individuals) rated it (default 10); remarks are\n"
      "                         always listed\n"
      "      --round NAME       collectives or individuals: loose files are\n"
      "                         individuals' unless it says collectives; in a\n"
      "                         project, only that kind is read\n"
      "      --lang en          English labels\n"
      "  --no-suppression, -f csv|text|json|xlsx, -o FILE, --force, -j N, --form\n"
      "  DIR and the reading options as in freq.  --by is refused: a group of\n"
      "  contributors would tell who wrote what.\n"
      "\n"
      "In text format (--show remarks) a compilation to read: per target and\n"
      "kind, how many contributions wrote one, each remark numbered with its\n"
      "contributors, by theme with a codebook; then the ratings; the foot says\n"
      "what was read and masked.\n"
      "\n"
      "examples:\n"
      "  ykien feedback tests/cli/data/feedback/kiem-diem.ykien\n"
      "  ykien feedback -f text tests/cli/data/feedback/kiem-diem.ykien\n"
      "  ykien feedback --show ratings --min-base 2 tests/cli/data/feedback/kiem-diem.ykien\n", 0 },
    { MSG_SUMMARY_VOTES,
      "kiểm phiếu lấy phiếu tín nhiệm kín, từng người",
      "tally a secret confidence poll, person by person", 0 },
    { MSG_HELP_VOTES,
      "cách dùng: ykien votes [OPTIONS] PROJECT\n"
      "           ykien votes [OPTIONS] --form DIR --members N [--present N] [--issued N] FILE...\n"
      "\n"
      "Kiểm phiếu một cuộc lấy phiếu tín nhiệm kín: với mỗi người trong biểu mẫu,\n"
      "số phiếu ở mỗi mức (tín nhiệm cao, tín nhiệm, tín nhiệm thấp), tỷ lệ phần\n"
      "trăm trên cơ sở tính với hai chữ số thập phân, và mức xử lý mà quy định\n"
      "nêu.  Một dòng không đánh dấu hoặc đánh dấu nhiều ô là không hợp lệ đối\n"
      "với người đó; phiếu ghi thêm tên hoặc gạch tên là không hợp lệ cả phiếu.\n"
      "Không bao giờ in ra một phiếu nào, và không bao giờ chia kết quả lấy phiếu\n"
      "theo nhóm.\n"
      "\n"
      "Một cột của tệp phiếu là của một người, số thứ tự phiếu (STT, TT, Số phiếu,\n"
      "so_phieu), cột ghi sổ (thời điểm, '_...'), cột ghi thêm tên (--added) hoặc\n"
      "cột gạch tên; cột khác là lỗi.  Một dấu là mã hoặc nhãn của một mức; dấu\n"
      "chỉ khớp với một mức khi bỏ qua dấu tiếng Việt hoặc chữ hoa ('Tin nhiem\n"
      "cao') được đọc là mức đó, kèm một cảnh báo; mọi dấu khác là lỗi, có liệt kê\n"
      "các dấu và dòng của chúng.  Khi tệp phiếu có lỗi, không kết quả nào được\n"
      "hiện ra.\n"
      "\n"
      "Các cột: person, position, issued, valid, high, trust, low, invalid,\n"
      "base, high_pct, trust_pct, low_pct, flag, name, returned, base_name,\n"
      "rule, no_mark, several_marks, unknown_marks, names_added, names_struck;\n"
      "dòng đầu, person _ballots, đếm các phiếu.\n"
      "\n"
      "      --form DIR         mẫu phiếu dạng biểu mẫu, cho các tệp FILE nêu trên\n"
      "                         dòng lệnh\n"
      "      --members N        tổng số ủy viên của tập thể\n"
      "      --present N        số ủy viên có mặt\n"
      "      --issued N         số phiếu phát ra (số phiếu thu về = số phiếu đọc\n"
      "                         được)\n"
      "      --rules NAME|FILE  quy định áp dụng (mặc định qd96-2023; có sẵn:\n"
      "                         qd96-2023, qd262-2014, nq85-2014)\n"
      "      --base BASE        members, present, issued hoặc valid: mẫu số của\n"
      "                         các tỷ lệ (mặc định: theo quy định)\n"
      "      --struck COLUMN    cột được đánh dấu trên phiếu có gạch tên\n"
      "      --added COLUMNS    các cột ghi thêm tên (cách nhau bằng dấu phẩy; mặc\n"
      "                         định: các câu hỏi dạng chữ của biểu mẫu)\n"
      "      --levels LIST      danh sách các mức của biểu mẫu, khi biểu mẫu có\n"
      "                         nhiều danh sách\n"
      "      --unknown-marks invalid\n"
      "                         tính dòng có dấu không phải mức nào là không hợp lệ\n"
      "                         đối với người đó (kèm cảnh báo) thay vì báo lỗi\n"
      "      --save FILE.ykp    ghi thêm số phiếu thành tệp kiểm phiếu: một tổ kiểm\n"
      "                         phiếu gửi tệp này thay cho các phiếu, và votes đọc\n"
      "                         tệp .ykp ở mọi chỗ đọc phiếu\n"
      "  -f, --format FORMAT    csv (mặc định), text (dấu phẩy thập phân), json\n"
      "                         hoặc xlsx (với -o NAME.xlsx)\n"
      "  -o, --output FILE      ghi vào FILE (mặc định: đầu ra chuẩn)\n"
      "      --force            ghi đè tệp kết quả đã có\n"
      "  -E, --encoding NAME, -D, --delimiter C, --max-field N, --max-columns N,\n"
      "  --max-row N, -q, --all  các tùy chọn đọc tệp, như ở check\n"
      "\n"
      "Mã thoát: 0 hoàn tất, 1 có lỗi trong biểu mẫu, quy định hoặc tệp phiếu (cột\n"
      "hoặc dấu không rõ, số liệu không khớp: khi đó không kết quả nào được hiện\n"
      "ra), 2 dùng sai lệnh, 3 lỗi hệ thống.  Phiếu và dòng không hợp lệ được đếm,\n"
      "không phải là lỗi.\n"
      "\n"
      "ví dụ:\n"
      "  ykien votes samples/confidence-vote/poll.ykien\n"
      "  ykien votes --base valid --format text samples/confidence-vote/poll.ykien\n"
      "  ykien votes --form samples/confidence-vote/form --members 47 --rules nq85-2014 samples/confidence-vote/ballots.csv\n"
      "  ykien votes --form samples/confidence-vote/form --members 47 --save table-1.ykp samples/confidence-vote/ballots.csv\n"
      "  ykien votes --form samples/confidence-vote/form --members 47 --unknown-marks invalid samples/confidence-vote/ballots.csv\n",
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
      "  -f, --format FORMAT    csv (default), text (decimal commas), json or xlsx\n"
      "                         (with -o NAME.xlsx)\n"
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
      "  ykien votes --form samples/confidence-vote/form --members 47 --unknown-marks invalid samples/confidence-vote/ballots.csv\n", 0 },
    { MSG_SUMMARY_CHART,
      "biểu đồ dùng cho hội nghị, dạng PNG, SVG hoặc PDF",
      "conference-ready charts in PNG, SVG or PDF", 0 },
    { MSG_HELP_CHART_TOP,
      "cách dùng: ykien chart KIND [OPTIONS] PROJECT|TALLY.ykt... -o FILE.png|svg|pdf\n"
      "           ykien chart KIND [OPTIONS] --form DIR FILE... -o FILE.png|svg|pdf\n"
      "           ykien chart votes [OPTIONS] POLL-PROJECT -o FILE.png|svg|pdf\n"
      "\n"
      "Vẽ biểu đồ các số liệu, bằng tiếng Việt (hoặc tiếng Anh), phông Noto Sans.\n"
      "\n"
      "loại biểu đồ (KIND):\n",
      "usage: ykien chart KIND [OPTIONS] PROJECT|TALLY.ykt... -o FILE.png|svg|pdf\n"
      "       ykien chart KIND [OPTIONS] --form DIR FILE... -o FILE.png|svg|pdf\n"
      "       ykien chart votes [OPTIONS] POLL-PROJECT -o FILE.png|svg|pdf\n"
      "\n"
      "Draw a chart of the figures, in Vietnamese (or English) with Noto Sans.\n"
      "\n"
      "kinds:\n", 0 },
    { MSG_KIND_LIKERT,
      "thanh xếp chồng hai phía cho các câu hỏi thứ bậc cùng một danh\n"
      "             sách câu trả lời (--questions, --scale, hoặc các câu của danh\n"
      "             sách thứ bậc đầu tiên), hoặc một câu hỏi theo đơn vị (--by); ở\n"
      "             cuối mỗi thanh là tỷ lệ đồng ý (hai mức cao nhất), câu trả lời\n"
      "             không phải ý kiến ở một thanh riêng bên cạnh; câu ngược chiều\n"
      "             được đánh dấu \"(ngược chiều)\" ở mọi biểu đồ\n",
      "diverging stacked bars of ordinal questions of one answer list\n"
      "             (--questions, --scale, or those of the first ordinal list), or\n"
      "             of one question by unit (--by); the share who agree (the top\n"
      "             two levels) at each bar's end, not-an-opinion in a bar aside;\n"
      "             reverse-worded items marked \"(ngược chiều)\" in every chart\n", 0 },
    { MSG_KIND_BARS,
      "tỷ lệ các câu trả lời của một câu hỏi (--questions): mỗi câu trả\n"
      "             lời một thanh; theo đơn vị (--by), mỗi câu trả lời một khung và\n"
      "             mỗi đơn vị một thanh, cùng một thang; tỷ lệ của câu hỏi chọn\n"
      "             nhiều (select_multiple) tính trên số người trả lời, nên tổng có\n"
      "             thể quá 100%\n",
      "the shares of one question's answers (--questions): a bar per\n"
      "             answer; by unit (--by), a panel per answer and a bar per unit,\n"
      "             all on one scale; a select_multiple's shares are of those who\n"
      "             answered, so they can add to more than 100%\n", 0 },
    { MSG_KIND_RANK,
      "xếp hạng các đơn vị theo một câu hỏi (--questions): tỷ lệ đồng ý\n"
      "             với câu hỏi thứ bậc (hai mức cao nhất, mức cao nhất nếu thang 3\n"
      "             mức) kèm khoảng tin cậy 95% (Wilson), hoặc trung bình của câu\n"
      "             hỏi dạng số kèm khoảng tin cậy t; toàn tỉnh là đường nét đứt\n",
      "units ranked by one question (--questions): the share who\n"
      "             agree with an ordinal question (its top two levels, the top one\n"
      "             of three) with its 95% Wilson interval, or the mean of a number\n"
      "             with its t interval; all units as a dashed line\n", 0 },
    { MSG_KIND_HEATMAP,
      "tỷ lệ đồng ý (như ở rank) với các câu hỏi thứ bậc (--questions,\n"
      "             --scale, hoặc tất cả), mỗi đơn vị một hàng, mỗi câu hỏi một cột\n",
      "the shares who agree (as in rank) with ordinal questions\n"
      "             (--questions, --scale, or all of them), a row per unit, a\n"
      "             column per question\n", 0 },
    { MSG_KIND_HISTOGRAM,
      "tỷ lệ mỗi giá trị của một câu hỏi số nguyên (tuổi: --questions\n"
      "             tuoi), mỗi giá trị nguyên một thanh, trung bình là nét đứt\n",
      "the share of each value of an integer question (an age:\n"
      "             --questions tuoi), a bar per whole value, the mean dashed\n", 0 },
    { MSG_KIND_ROUNDS,
      "tỷ lệ tích cực của một câu hỏi (như ở rounds) qua các đợt của\n"
      "             một dự án hoặc của các bảng kiểm đếm: toàn tỉnh rồi mỗi đơn vị\n"
      "             một hàng, mỗi đợt một chấm, và các thay đổi mà rounds thấy có ý\n"
      "             nghĩa (p hiệu chỉnh Holm dưới 0,05) in đậm, tính bằng điểm\n",
      "one question's favourable share (as in rounds) across the rounds\n"
      "             of a project or of tally files: a row per unit after the\n"
      "             province, a dot per round, and the changes rounds finds\n"
      "             significant (Holm-adjusted p under 0.05) bold, in points\n", 0 },
    { MSG_KIND_VOTES,
      "một cuộc lấy phiếu tín nhiệm (như ở votes): mỗi người một thanh\n"
      "             trên cơ sở tính, các ngưỡng của quy định là các đường trên tỷ lệ\n"
      "             'thấp', người bị nêu tên in đậm kèm mức xử lý\n",
      "a confidence poll (as in votes): a bar per person over the base,\n"
      "             the rule set's thresholds as lines on the 'thấp' share, flagged\n"
      "             people in bold with their flag\n", 0 },
    { MSG_KIND_THEMES,
      "các chủ đề của ý kiến trả lời một câu hỏi mở (--questions), theo\n"
      "             bộ mã chủ đề của dự án: mỗi chủ đề một thanh, tỷ lệ trên số người\n"
      "             đã viết ý kiến kèm khoảng tin cậy 95%, xếp theo tỷ lệ, ý kiến\n"
      "             chưa xếp chủ đề để riêng cuối cùng (màu xám); theo đơn vị (--by),\n"
      "             mỗi chủ đề một khung và mỗi đơn vị một thanh, cùng một thang\n",
      "the themes of one open question's answers (--questions), by the\n"
      "             project's codebook: a bar per theme, its share of those who\n"
      "             answered with its 95% interval, by share, the uncoded answers\n"
      "             last and apart (grey); by unit (--by), a panel per theme and a\n"
      "             bar per unit, all on one scale\n", 0 },
    { MSG_KIND_WORDS,
      "các cụm từ (1 đến 3 âm tiết) được dùng nhiều nhất trong ý kiến\n"
      "             trả lời một câu hỏi mở (--questions), xếp hạng: mỗi cụm từ một\n"
      "             thanh, dài nhất ở trên, số ý kiến và phần trăm ở cuối thanh;\n"
      "             --phrases N cụm từ (mặc định 15)\n",
      "the phrases (1 to 3 syllables) used most in one open question's\n"
      "             answers (--questions), ranked: a bar per phrase, the longest on\n"
      "             top, its count of answers and percent at the bar's end;\n"
      "             --phrases N of them (default 15)\n", 0 },
    { MSG_HELP_CHART_OPTIONS,
      "\n"
      "      --size SIZE        a4, a5 (mặc định), slide, hoặc WxH tính bằng mm\n"
      "      --dpi N            số điểm ảnh mỗi inch của tệp PNG (mặc định 150)\n"
      "      --title TEXT, --subtitle TEXT\n"
      "      --lang vi|en       ngôn ngữ của nhãn và các chữ cố định (mặc định vi)\n"
      "      --centre neutral|split   khi số mức lẻ, đặt các thanh cân quanh mức\n"
      "                         giữa (mặc định), hoặc để mức giữa sang một bên\n"
      "      --round NAME       đợt cần vẽ (mặc định: đợt cuối)\n"
      "      --questions LIST, --scale NAME, --by QUESTION, --min-base N (mặc định\n"
      "                         10, ít nhất 2): đơn vị có ít câu trả lời hơn bị ẩn,\n"
      "                         và ẩn thêm đơn vị khi có thể suy ra bằng phép trừ;\n"
      "                         biểu đồ histogram không có thanh nào ít hơn; phần\n"
      "                         ghi chú nói rõ điều này\n"
      "      --no-suppression   không ẩn gì (chỉ khi không có --min-base); phần ghi\n"
      "                         chú nói rõ điều này\n"
      "      --favourable Q=CODE[+CODE...]  rounds: các câu trả lời được tính, như\n"
      "                         ở rounds\n"
      "      --members N, --present N, --issued N, --rules NAME|FILE, --base BASE\n"
      "                         votes: số liệu của tập thể và quy định, như ở votes\n"
      "      --phrases N        words: số cụm từ được vẽ (1 đến 40, mặc định 15)\n"
      "      --codebook FILE, --names FILE, --stop-words FILE, --ignore-accents\n"
      "                         themes, words: bộ mã chủ đề, tên cần che, từ dừng,\n"
      "                         so khớp không dấu, như ở comments\n"
      "      --dump             in mô hình của biểu đồ (các khung, màu, chữ)\n"
      "  -o, --output FILE      tệp hình; phần đuôi tên tệp cho biết dạng tệp\n"
      "      --force            ghi đè tệp kết quả đã có\n"
      "  --form DIR và các tùy chọn đọc tệp, như ở check\n"
      "\n"
      "Ngày của tệp PDF là SOURCE_DATE_EPOCH hoặc thời điểm của tệp đầu vào mới\n"
      "nhất, nên cùng đầu vào cho cùng các byte.\n"
      "\n"
      "ví dụ:\n",
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
      "      --phrases N        words: how many phrases to draw (1 to 40, default 15)\n"
      "      --codebook FILE, --names FILE, --stop-words FILE, --ignore-accents\n"
      "                         themes, words: the codebook, names to mask, stop\n"
      "                         words, accent-blind matching, as in comments\n"
      "      --dump             print the chart's model (boxes, colours, text)\n"
      "  -o, --output FILE      the picture; its name's end says the format\n"
      "      --force            replace an existing output file\n"
      "  --form DIR and the reading options, as in check\n"
      "\n"
      "A PDF's date is SOURCE_DATE_EPOCH or the newest input's time, so the same\n"
      "input gives the same bytes.\n"
      "\n"
      "examples:\n", 0 },
    { MSG_SUMMARY_REPORT,
      "báo cáo khổ A4 về đợt khảo sát, dạng PDF",
      "an A4 report of the survey, as PDF", 0 },
    { MSG_HELP_REPORT,
      "cách dùng: ykien report [OPTIONS] PROJECT [-o report.pdf]\n"
      "\n"
      "Đọc dự án một lần và in báo cáo khổ A4 dạng PDF, theo thể thức văn bản\n"
      "của Đoàn: cơ quan ban hành, số, địa danh và ngày tháng, tên báo cáo, rồi\n"
      "các phần mà mẫu báo cáo nêu, theo thứ tự của mẫu: summary (số liệu viết\n"
      "thành câu), response (số phiếu thu về so với số đoàn viên, theo đơn vị),\n"
      "profile (người trả lời theo giới tính, độ tuổi; biểu đồ tuổi),\n"
      "classification (kết quả xếp loại đoàn viên theo đơn vị),\n"
      "themes (mỗi thang đo một biểu đồ và bảng tỷ lệ kèm khoảng tin cậy 95%;\n"
      "câu hỏi nhiều lựa chọn, điểm số trung bình theo đơn vị),\n"
      "units (so sánh giữa các đơn vị theo từng câu hỏi), methods (phương pháp).\n"
      "Mọi số liệu đúng là số liệu các lệnh in ra (freq, describe, scale,\n"
      "compare).\n"
      "\n"
      "      --template NAME    một mẫu báo cáo trong reports/ (review-conference,\n"
      "                         mặc định của khảo sát; rounds; confidence-poll, mặc\n"
      "                         định của lấy phiếu tín nhiệm; counting-record, biên\n"
      "                         bản kiểm phiếu của cuộc lấy phiếu; self-review, mặc\n"
      "                         định của dự án góp ý kiểm điểm: tổng hợp ý kiến góp\n"
      "                         ý đối với tập thể và từng đồng chí Ủy viên Ban\n"
      "                         Thường vụ) hoặc một tệp FILE\n"
      "      --lang vi|en       ngôn ngữ của báo cáo (mặc định: của mẫu)\n"
      "      --per-unit         thêm mỗi đơn vị một trang: tỷ lệ hai mức cao nhất\n"
      "                         của mỗi câu hỏi thứ bậc ở đơn vị đó, khoảng tin\n"
      "                         cậy, và tỷ lệ của toàn tỉnh\n"
      "      --no-suppression   hiện số liệu của mọi nhóm dù lớn nhỏ (như\n"
      "                         no_suppression = yes trong mẫu); phần phương pháp\n"
      "                         ghi rõ điều này. Không có nó, mẫu có min_base dưới\n"
      "                         2 bị từ chối\n"
      "  -o, --output FILE      tệp PDF (mặc định report.pdf); tên .xlsx: các bảng\n"
      "                         của báo cáo thành sổ Excel, mỗi bảng một trang tính;\n"
      "                         tên .docx: cả báo cáo thành văn bản Word để sửa, ký\n"
      "                         và in (kiểu Heading 1-3, Caption của Word)\n"
      "      --force            ghi đè tệp kết quả đã có\n"
      "  --form DIR, -j N và các tùy chọn đọc tệp, như ở check\n"
      "\n"
      "Ngày của tệp PDF là SOURCE_DATE_EPOCH hoặc thời điểm của tệp đầu vào mới\n"
      "nhất, nên cùng đầu vào cho cùng các byte.\n"
      "\n"
      "Cuối văn bản là Nơi nhận và khối chữ ký (report.recipients, report.on_behalf,\n"
      "report.signer_title, report.signer trong tệp dự án); thiếu thì để dòng chấm\n"
      "cho văn phòng điền tay. Ngày (report.date): dd/mm/yyyy hoặc yyyy-mm-dd.\n"
      "\n"
      "ví dụ:\n"
      "  ykien report samples/kien-giang/kien-giang.ykien -o kien-giang.pdf\n"
      "  ykien report --template counting-record samples/confidence-vote/poll.ykien -o bien-ban.pdf\n"
      "  ykien report --lang en samples/kien-giang/kien-giang.ykien -o kien-giang-en.pdf\n"
      "  ykien report samples/kien-giang/kien-giang.ykien -o bao-cao.docx\n"
      "  ykien report samples/gop-y/gop-y.ykien -o tong-hop-gop-y.docx\n",
      "usage: ykien report [OPTIONS] PROJECT [-o report.pdf]\n"
      "\n"
      "Read the project once and print an A4 report as PDF, in the Youth Union's\n"
      "document format: the issuing body, the number, the place and date, the\n"
      "title, then the sections the template names, in its order: summary (the\n"
      "figures in sentences), response (responses against membership, by\n"
      "unit), profile (respondents by gender and age group; the ages'\n"
      "histogram), classification (members' classification by unit),\n"
      "themes (per scale one chart and a table of shares with 95%\n"
      "intervals; select_multiple questions, numbers' means by unit), units\n"
      "(the units compared, question by question), methods.\n"
      "Every figure is the one the verbs print (freq, describe, scale, compare).\n"
      "\n"
      "      --template NAME    a template in reports/ (review-conference, a\n"
      "                         survey's default; rounds; confidence-poll, a\n"
      "                         poll's default; counting-record, a poll's counting\n"
      "                         record; self-review, a feedback project's default:\n"
      "                         the feedback to the standing committee and to each\n"
      "                         of its members, compiled) or a FILE\n"
      "      --lang vi|en       the language (default: the template's)\n"
      "      --per-unit         then a page per unit: each ordinal question's\n"
      "                         top-2 share there, its interval, and the province's\n"
      "      --no-suppression   show figures of groups of any size (as the template's\n"
      "                         no_suppression = yes); the methods say so. Without it\n"
      "                         a template's min_base under 2 is refused\n"
      "  -o, --output FILE      the PDF (default report.pdf); a name ending .xlsx:\n"
      "                         the report's tables as an Excel workbook, a sheet each;\n"
      "                         .docx: the whole report as a Word document to edit,\n"
      "                         sign and print (Word's Heading 1-3 and Caption styles)\n"
      "      --force            replace an existing output file\n"
      "  --form DIR, -j N and the reading options, as in check\n"
      "\n"
      "The PDF's date is SOURCE_DATE_EPOCH or the newest input's time, so the\n"
      "same input gives the same bytes.\n"
      "\n"
      "The document ends with its recipients and signature block (report.recipients,\n"
      "report.on_behalf, report.signer_title, report.signer in the project); what is\n"
      "not given is dotted for the office to fill by hand. Dates (report.date):\n"
      "dd/mm/yyyy or yyyy-mm-dd.\n"
      "\n"
      "examples:\n"
      "  ykien report samples/kien-giang/kien-giang.ykien -o kien-giang.pdf\n"
      "  ykien report --template counting-record samples/confidence-vote/poll.ykien -o bien-ban.pdf\n"
      "  ykien report --lang en samples/kien-giang/kien-giang.ykien -o kien-giang-en.pdf\n"
      "  ykien report samples/kien-giang/kien-giang.ykien -o bao-cao.docx\n"
      "  ykien report samples/gop-y/gop-y.ykien -o tong-hop-gop-y.docx\n", 0 },
    { MSG_SUMMARY_QUESTIONNAIRE,
      "phiếu khảo sát hoặc phiếu tín nhiệm để in, khổ A4, dạng PDF hoặc Word",
      "the questionnaire or the confidence ballot to print, A4, as PDF or Word", 0 },
    { MSG_HELP_QUESTIONNAIRE,
      "cách dùng: ykien questionnaire [OPTIONS] PROJECT [-o phieu.pdf|phieu.docx]\n"
      "           ykien questionnaire [OPTIONS] --form DIR|FORM.xlsx [-o phieu.pdf|.docx]\n"
      "\n"
      "In phiếu khảo sát để đoàn viên điền trên giấy: tiêu đề văn bản (cơ quan\n"
      "ban hành theo report.body, report.union của dự án), tên phiếu (form_title),\n"
      "lời hướng dẫn, lời cam kết giữ kín, rồi mọi câu hỏi theo thứ tự của biểu\n"
      "mẫu, đánh số Câu 1, Câu 2..., dưới tiêu đề nhóm đánh số I, II...: mỗi\n"
      "phương án một ô □; các câu liền nhau cùng một danh sách 3-7 phương án thành\n"
      "một bảng (mỗi câu một dòng, mỗi phương án một cột); câu số có dòng chấm\n"
      "để ghi số, câu văn bản có dòng chấm để viết.  Không câu nào bị tách sang\n"
      "trang sau.  Câu tính toán, siêu dữ liệu (start, end...) không in.  Điều kiện\n"
      "relevant đơn giản ${q} = 'mã' in thành \"(Nếu trả lời “...” ở câu N)\"; điều\n"
      "kiện phức tạp hơn không in.\n"
      "\n"
      "Dự án lấy phiếu tín nhiệm (có ballots, không có đợt) hoặc biểu mẫu có\n"
      "form_kind = ballot: in phiếu tín nhiệm, một bảng STT, họ và tên, chức vụ\n"
      "và mỗi mức tín nhiệm một cột có ô để đánh dấu, với lời hướng dẫn.  Phiếu\n"
      "không có số, mã, ngày in hay dấu hiệu nào phân biệt tờ này với tờ khác:\n"
      "hai lần in cho cùng những byte.\n"
      "\n"
      "  -o, --output FILE      tệp PDF (mặc định phieu.pdf); tên kết thúc .docx: văn\n"
      "                         bản Word để văn phòng sửa rồi in\n"
      "      --force            ghi đè tệp kết quả đã có\n"
      "  -q, --quiet            không báo số trang\n"
      "      --form DIR|FILE    biểu mẫu (thư mục CSV hoặc sổ XLSForm .xlsx) thay\n"
      "                         cho dự án\n"
      "      --lang vi|en       lời in trên phiếu bằng tiếng Việt (mặc định) hay\n"
      "                         tiếng Anh; câu hỏi theo cột nhãn tiếng Anh nếu có\n"
      "\n"
      "Mã thoát: 0 đã ghi phiếu, 1 biểu mẫu có lỗi hoặc không có câu hỏi nào, 2\n"
      "dùng sai lệnh, 3 lỗi hệ thống.\n"
      "\n"
      "ví dụ:\n"
      "  ykien questionnaire samples/kien-giang/kien-giang.ykien -o phieu.pdf\n"
      "  ykien questionnaire samples/confidence-vote/poll.ykien -o phieu-tin-nhiem.pdf\n"
      "  ykien questionnaire samples/kien-giang/kien-giang.ykien -o phieu.docx\n"
      "  ykien questionnaire --lang en --form samples/kien-giang/form -o questionnaire.pdf\n",
      "usage: ykien questionnaire [OPTIONS] PROJECT [-o phieu.pdf|phieu.docx]\n"
      "       ykien questionnaire [OPTIONS] --form DIR|FORM.xlsx [-o phieu.pdf|.docx]\n"
      "\n"
      "Print the questionnaire members fill in on paper: the document's header\n"
      "(the issuing body from the project's report.body, report.union), the\n"
      "form's title (form_title), instructions, the promise of confidentiality,\n"
      "then every question in the form's order, numbered 1, 2..., under its\n"
      "group's heading numbered I, II...: a box □ per choice; consecutive\n"
      "questions sharing one list of 3-7 choices as one grid (a line per\n"
      "question, a column per choice); a dotted line for a number, dotted lines\n"
      "to write a text answer on.  No question is split across pages.\n"
      "Calculated and metadata fields (start, end...) are not printed.  A simple\n"
      "skip condition, relevant ${q} = 'code', is printed as \"(If you answered\n"
      "“...” to question N)\"; other conditions are not printed.\n"
      "\n"
      "A confidence poll's project (ballots, no rounds) or a form with\n"
      "form_kind = ballot: the secret ballot, a table of number, full name,\n"
      "position and a column per level with a cell to mark, and the\n"
      "instructions.  No serial number, code, date of printing or any mark\n"
      "tells one ballot from another: two runs give the same bytes.\n"
      "\n"
      "  -o, --output FILE      the PDF (default phieu.pdf); a name ending .docx: a\n"
      "                         Word document for the office to edit and print\n"
      "      --force            replace an existing output file\n"
      "  -q, --quiet            do not tell the page count\n"
      "      --form DIR|FILE    a form (a folder of CSV files or an XLSForm\n"
      "                         workbook) instead of a project\n"
      "      --lang vi|en       the printed words in Vietnamese (default) or\n"
      "                         English; the questions in the form's English\n"
      "                         labels where it has them\n"
      "\n"
      "Exit status: 0 written, 1 the form has errors or no question to print,\n"
      "2 usage, 3 system failure.\n"
      "\n"
      "examples:\n"
      "  ykien questionnaire samples/kien-giang/kien-giang.ykien -o phieu.pdf\n"
      "  ykien questionnaire samples/confidence-vote/poll.ykien -o phieu-tin-nhiem.pdf\n"
      "  ykien questionnaire samples/kien-giang/kien-giang.ykien -o phieu.docx\n"
      "  ykien questionnaire --lang en --form samples/kien-giang/form -o questionnaire.pdf\n", 0 },
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
    else if ((rows[i].flags & FORMAT) &&
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
