/* gen — write a large, seeded survey round as UTF-8 CSV on stdout.
 *
 *   gen [ROWS [SEED [PROFILE]]]    defaults: 1000000 rows, seed 1, round
 *
 * Columns: id, timestamp (ISO 8601), unit (a Kiên Giang district name),
 * gender, age band, q01..q30 (Likert 1-5, about 3% blank), s1..s5
 * (single-choice codes), m1, m2 (multi-select, space-separated codes as
 * KoboToolbox exports them), comment.  PROFILE says what the comment is:
 *
 *   round      mostly empty; sometimes Vietnamese text with commas and a
 *              double quote, so quoted
 *   comments   a Vietnamese góp ý of 60 to 200 bytes in every row, made of
 *              realistic sentences (tests/bench/form/chu-de.csv is their
 *              codebook), about one in twelve with a phone number; quoted
 *              when it holds a comma or a double quote
 *
 * and one more profile has other columns, shaped like a Google Forms or
 * KoboToolbox export, about 200 bytes a row (tests/bench/forms is its form):
 *
 *   forms      respondent_id (text, uuid-like), submitted_at (ISO 8601
 *              with milliseconds and offset), district (the 15 names),
 *              unit (one of 24 branch names, with diacritics), gender,
 *              age (16 to 35), q01..q30 (Likert 1-5, about 3% blank),
 *              s1..s5 (single choice of 4 to 6 codes), m1, m2 (codes
 *              joined by ";"), comment (60 to 120 bytes of Vietnamese in
 *              85% of rows, quoted when it holds a comma or a quote)
 *
 * The same ROWS, SEED and PROFILE always give the same bytes: the
 * generator is splitmix64, not rand(). */
#include <errno.h>
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static uint64_t rng_state;

static uint64_t next_u64(void)
{
    uint64_t z = (rng_state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

/* A number in [0, n); the modulo bias is irrelevant for a benchmark. */
static unsigned below(unsigned n)
{
    return (unsigned)((next_u64() >> 32) % n);
}

static const char *const units[] = {
    "TP Rạch Giá", "Thị đoàn Hà Tiên", "Kiên Lương", "Hòn Đất", "Tân Hiệp",
    "Châu Thành", "Giồng Riềng", "Gò Quao", "An Biên", "An Minh",
    "Vĩnh Thuận", "Phú Quốc", "Kiên Hải", "U Minh Thượng", "Giang Thành",
};

/* Comments are written as CSV fields already (quoted where needed). */
static const char *const comments[] = {
    "Không có ý kiến",
    "Đề nghị tổ chức thêm sinh hoạt chuyên đề",
    "\"Cần tăng cường đối thoại, lắng nghe đoàn viên ở cơ sở.\"",
    "\"Ủy ban xã nên hỗ trợ kinh phí, phương tiện cho đội hình tình nguyện.\"",
    "\"Cán bộ phải \"\"nói đi đôi với làm\"\", tránh hình thức.\"",
    "Mong được học tập nghị quyết đầy đủ hơn",
    "\"Ở nông thôn, thanh niên đi làm ăn xa nhiều, khó tập hợp.\"",
    "\"ĐOÀN cần tuyên truyền trên mạng xã hội, Zalo, Facebook.\"",
};

#define NUNITS (sizeof units / sizeof units[0])

/* The forms profile's units: branches as their names are typed. */
static const char *const branches[] = {
    "Chi đoàn ấp Mỹ Lợi", "Chi đoàn ấp Tân Điền", "Chi đoàn khu phố 1",
    "Chi đoàn khu phố 2", "Chi đoàn Trường THPT Nguyễn Trung Trực",
    "Chi đoàn Bệnh viện Đa khoa", "Chi đoàn Công an xã", "Chi đoàn Quân sự",
    "Chi đoàn ấp Thạnh Phước", "Chi đoàn ấp Hòa Lợi", "Chi đoàn Trường Cao đẳng",
    "Chi đoàn Điện lực", "Chi đoàn Bưu điện", "Chi đoàn ấp Vĩnh Hòa",
    "Chi đoàn ấp Đông Thành", "Chi đoàn Trạm Y tế", "Chi đoàn Ngân hàng",
    "Chi đoàn ấp Cái Nước", "Chi đoàn Trường THCS Lê Quý Đôn",
    "Chi đoàn ấp Bình An", "Chi đoàn Doanh nghiệp tư nhân", "Chi đoàn ấp Xẻo Rô",
    "Chi đoàn Thanh niên công nhân", "Chi đoàn Hợp tác xã Nông nghiệp",
};
#define NBRANCHES (sizeof branches / sizeof branches[0])
#define NCOMMENTS (sizeof comments / sizeof comments[0])

/* The comments profile: what members write, one or two of these, as
 * plain text (put_comment quotes).  Each is 45 to 130 bytes of UTF-8. */
static const char *const opinions[] = {
    "Cán bộ Đoàn cần xuống cơ sở nhiều hơn, lắng nghe ý kiến đoàn viên.",
    "Sinh hoạt chi đoàn còn đơn điệu, cán bộ ít đổi mới cách làm.",
    "Sinh hoạt chi đoàn nhàm chán, chủ yếu đọc văn bản rồi về.",
    "Ban Thường vụ nên đối thoại trực tiếp với thanh niên mỗi quý một lần.",
    "Ý kiến của đoàn viên ít được phản hồi.",
    "Nên tăng phụ cấp cho Bí thư chi đoàn ấp.",
    "Mở lớp dạy nghề, giới thiệu việc làm cho thanh niên nông thôn.",
    "Hỗ trợ vốn vay cho thanh niên khởi nghiệp, lập nghiệp ở quê.",
    "Tăng cường tuyên truyền trên mạng xã hội, Zalo, Facebook.",
    "Tài liệu học tập Nghị quyết nên ngắn gọn, dễ hiểu hơn.",
    "Tổ chức thêm sân chơi, câu lạc bộ thể thao cho thanh niên.",
    "Tăng cường phòng chống ma túy, tệ nạn xã hội trong thanh niên.",
    "Hỗ trợ ngư dân trẻ học nghề, vay vốn đóng tàu.",
    "Tàu khách ra đảo ít chuyến, đề nghị hỗ trợ đi lại cho thanh niên.",
    "Đề nghị Tỉnh đoàn hỗ trợ kinh phí cho các đội hình tình nguyện.",
    "Cán bộ phải \"nói đi đôi với làm\", gương mẫu trước đoàn viên.",
    "can bo doan can gan gui hon, sinh hoat chi doan nen co tro choi",
    "Không có ý kiến gì thêm.",
    "Cán bộ trẻ nhiệt tình nhưng còn thiếu kinh nghiệm tổ chức hoạt động.",
    "XÂY DỰNG ĐIỂM TRUY CẬP INTERNET MIỄN PHÍ CHO THANH NIÊN Ở XÃ.",
};
#define NOPINIONS (sizeof opinions / sizeof opinions[0])
enum { COMMENT_MIN = 60, COMMENT_MAX = 200, FORMS_COMMENT_MAX = 120 };

static char obuf[1 << 16];
static size_t olen;

static void flush_out(void)
{
    if (olen > 0 && fwrite(obuf, 1, olen, stdout) != olen) {
        fprintf(stderr, "gen: write failed: %s\n", strerror(errno));
        exit(1);
    }
    olen = 0;
}

static void put(const char *s, size_t n)
{
    if (olen + n > sizeof obuf)
        flush_out();
    memcpy(obuf + olen, s, n);
    olen += n;
}

static void puts_(const char *s)
{
    put(s, strlen(s));
}

static void putc_(char c)
{
    if (olen == sizeof obuf)
        flush_out();
    obuf[olen++] = c;
}

static void put_uint(uint64_t v)
{
    char tmp[24];
    int n = snprintf(tmp, sizeof tmp, "%" PRIu64, v);
    put(tmp, (size_t)n);
}

/* Write the civil date and time of t seconds after 2024-01-01T00:00:00. */
static void put_timestamp(uint64_t t)
{
    static const int mdays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    unsigned day = (unsigned)(t / 86400) % 366; /* stay inside 2024 */
    unsigned sec = (unsigned)(t % 86400);
    int month = 0;
    while (day >= (unsigned)mdays[month]) {
        day -= (unsigned)mdays[month];
        month++;
    }
    char tmp[32];
    int n = snprintf(tmp, sizeof tmp, "2024-%02d-%02uT%02u:%02u:%02u",
                     month + 1, day + 1, sec / 3600, sec / 60 % 60, sec % 60);
    put(tmp, (size_t)n);
}

static void put_multi(char sep)
{
    /* 0 to 3 distinct codes out of 1..6, in ascending order. */
    unsigned want = below(4), mask = 0, count = 0;
    while (count < want) {
        unsigned bit = 1u << below(6);
        if (!(mask & bit)) {
            mask |= bit;
            count++;
        }
    }
    int first = 1;
    for (unsigned c = 0; c < 6; c++) {
        if (mask & (1u << c)) {
            if (!first)
                putc_(sep);
            putc_((char)('1' + c));
            first = 0;
        }
    }
}

/* ",q01,...,q30": Likert codes 1-5, about 3% blank. */
static void put_likert(void)
{
    for (int q = 0; q < 30; q++) {
        putc_(',');
        if (below(100) >= 3)
            putc_((char)('1' + below(5)));
    }
}

/* ",s1,...,s5": one code of 1..nchoices[s] each. */
static void put_single(const unsigned nchoices[5])
{
    for (int s = 0; s < 5; s++) {
        putc_(',');
        putc_((char)('1' + below(nchoices[s])));
    }
}

/* A mobile number as members type it: 0912345678, 0912 345 678 or
 * +84 912 345 678. */
static size_t phone(char *out, size_t size)
{
    unsigned a = 10 + below(90), b = below(1000), c = below(1000);
    switch (below(3)) {
    case 0:
        return (size_t)snprintf(out, size, "09%02u%03u%03u", a, b, c);
    case 1:
        return (size_t)snprintf(out, size, "09%02u %03u %03u", a, b, c);
    default:
        return (size_t)snprintf(out, size, "+84 9%02u %03u %03u", a, b, c);
    }
}

/* One comment of COMMENT_MIN to max bytes as a CSV field. */
static void put_comment(size_t max)
{
    char text[COMMENT_MAX + 64];
    unsigned last = below(NOPINIONS);
    while (strlen(opinions[last]) > max)
        last = below(NOPINIONS);
    size_t n = (size_t)snprintf(text, sizeof text, "%s", opinions[last]);
    /* A second sentence when the first is short, or one time in three;
     * never the same one twice in a row. */
    while (n < COMMENT_MIN || below(3) == 0) {
        unsigned next = (last + 1 + below(NOPINIONS - 1)) % NOPINIONS;
        const char *more = opinions[next];
        last = next;
        if (n + 1 + strlen(more) > max)
            break;
        n += (size_t)snprintf(text + n, sizeof text - n, " %s", more);
    }
    if (below(12) == 0 && n + 40 <= max) {
        n += (size_t)snprintf(text + n, sizeof text - n, " Liên hệ ");
        n += phone(text + n, sizeof text - n);
        n += (size_t)snprintf(text + n, sizeof text - n, ".");
    }
    /* Still short after a long sentence was refused: a closing phrase. */
    if (n < COMMENT_MIN && n + 32 <= max)
        n += (size_t)snprintf(text + n, sizeof text - n, " Mong được xem xét, giải quyết.");
    if (!memchr(text, ',', n) && !memchr(text, '"', n)) {
        put(text, n);
        return;
    }
    putc_('"');
    for (size_t i = 0; i < n; i++) {
        if (text[i] == '"')
            putc_('"');
        putc_(text[i]);
    }
    putc_('"');
}

static int parse_u64(const char *s, uint64_t *out)
{
    char *end;
    errno = 0;
    unsigned long long v = strtoull(s, &end, 10);
    if (errno || end == s || *end || s[0] == '-')
        return -1;
    *out = (uint64_t)v;
    return 0;
}

/* The header: the profile's first columns, then the items every profile
 * shares. */
static void put_header(const char *first)
{
    puts_(first);
    for (int q = 1; q <= 30; q++) {
        char tmp[8];
        snprintf(tmp, sizeof tmp, ",q%02d", q);
        puts_(tmp);
    }
    puts_(",s1,s2,s3,s4,s5,m1,m2,comment\n");
}

/* The round and comments profiles' header and rows. */
static void write_round(uint64_t rows, int comments_profile)
{
    put_header("id,timestamp,unit,gender,age");

    uint64_t t = 8 * 3600;
    for (uint64_t r = 1; r <= rows; r++) {
        put_uint(r);
        putc_(',');
        t += below(20);
        put_timestamp(t);
        putc_(',');
        puts_(units[below(NUNITS)]);
        putc_(',');
        putc_((char)('1' + below(2)));
        putc_(',');
        putc_((char)('1' + below(4)));
        put_likert();
        static const unsigned nchoices[5] = {4, 5, 4, 5, 4};
        put_single(nchoices);
        putc_(',');
        put_multi(' ');
        putc_(',');
        put_multi(' ');
        putc_(',');
        if (comments_profile)
            put_comment(COMMENT_MAX);
        else if (below(100) < 15)
            puts_(comments[below(NCOMMENTS)]);
        putc_('\n');
    }
}

/* A respondent's id as KoboToolbox's _uuid begins: 8-4 hex digits. */
static void put_respondent_id(void)
{
    char tmp[16];
    uint64_t v = next_u64();
    int n = snprintf(tmp, sizeof tmp, "%08x-%04x", (unsigned)(v >> 32),
                     (unsigned)(v & 0xffff));
    put(tmp, (size_t)n);
}

/* The forms profile: a Google Forms / KoboToolbox export. */
static void write_forms(uint64_t rows)
{
    put_header("respondent_id,submitted_at,district,unit,gender,age");

    uint64_t t = 8 * 3600;
    for (uint64_t r = 1; r <= rows; r++) {
        put_respondent_id();
        putc_(',');
        t += below(20);
        put_timestamp(t);
        char ms[16];
        int n = snprintf(ms, sizeof ms, ".%03u+07:00", below(1000));
        put(ms, (size_t)n);
        putc_(',');
        puts_(units[below(NUNITS)]);
        putc_(',');
        puts_(branches[below(NBRANCHES)]);
        putc_(',');
        putc_((char)('1' + below(2)));
        putc_(',');
        put_uint(16 + below(20));
        put_likert();
        static const unsigned nchoices[5] = {4, 6, 5, 4, 6};
        put_single(nchoices);
        putc_(',');
        put_multi(';');
        putc_(',');
        put_multi(';');
        putc_(',');
        if (below(100) < 85)
            put_comment(FORMS_COMMENT_MAX);
        putc_('\n');
    }
}

int main(int argc, char **argv)
{
    uint64_t rows = 1000000, seed = 1;
    const char *profile = argc > 3 ? argv[3] : "round";
    if (argc > 4 || (argc > 1 && parse_u64(argv[1], &rows)) ||
        (argc > 2 && parse_u64(argv[2], &seed)) ||
        (strcmp(profile, "round") != 0 && strcmp(profile, "comments") != 0 &&
         strcmp(profile, "forms") != 0)) {
        fprintf(stderr, "usage: gen [ROWS [SEED [round|comments|forms]]]\n");
        return 2;
    }
    rng_state = seed;
    if (strcmp(profile, "forms") == 0)
        write_forms(rows);
    else
        write_round(rows, strcmp(profile, "comments") == 0);
    flush_out();
    if (fflush(stdout) != 0) {
        fprintf(stderr, "gen: write failed: %s\n", strerror(errno));
        return 1;
    }
    return 0;
}
