#!/usr/bin/env bash
# Do the statistics packages read what `ykien import -o data.sav|data.dta`
# writes?
#
#   tests/stats-packages.sh [YKIEN]        (default build/ykien)
#
# For the sample project and tests/stats/project:
#   - PSPP reads the .sav: DISPLAY DICTIONARY must show the variable
#     labels, value labels and missing values listed below, Vietnamese
#     intact, and FREQUENCIES, split by round, must give the counts
#     `ykien freq` gives for two questions, answer by answer (a blank
#     answer is freq's _missing and PSPP's system-missing ".", or the
#     blank string declared user-missing).  Skipped, saying so, when pspp
#     is not installed (`make deps` installs it).
#   - Stata is not at hand: ReadStat's own parser reads the .dta
#     (tests/stats/readstat_freq.c, built here with $CC) and must give the
#     same counts, each value shown by its value label.
set -u

ykien=${1:-build/ykien}
have_pspp=1
if ! command -v pspp >/dev/null 2>&1; then
    echo "stats-packages: pspp is not installed; the .sav files are not checked (make deps)"
    have_pspp=0
fi
work=$(mktemp -d "${TMPDIR:-/tmp}/ykien-stats.XXXXXX") || exit 2
trap 'rm -rf "$work"' EXIT
failed=0 passed=0

fail() { echo "stats-packages: FAIL: $*"; failed=$((failed + 1)); }

# CSV fields of a line into f[1..n] (quoted fields, "" inside them).
csv_awk='
function csv(line, f,    n, i, c, q, cur) {
    n = 0; cur = ""; q = 0
    for (i = 1; i <= length(line); i++) {
        c = substr(line, i, 1)
        if (q) {
            if (c == "\"" && substr(line, i + 1, 1) == "\"") { cur = cur c; i++ }
            else if (c == "\"") q = 0
            else cur = cur c
        } else if (c == "\"") q = 1
        else if (c == ",") { f[++n] = cur; cur = "" }
        else cur = cur c
    }
    f[++n] = cur
    return n
}'

# "round|label|count" from ykien freq's CSV: every answer given at least
# once, and the blanks as _missing (--no-suppression: the test project's
# bases are under the figures' minimum).
freq_counts() {
    "$ykien" freq -q --no-suppression --questions "$2" "$1" 2>/dev/null | awk "$csv_awk"'
        NR > 1 { csv($0, f); if (f[6] + 0 > 0) print f[1] "|" (f[4] == "_missing" ? "_missing" : f[5]) "|" f[6] }' |
        LC_ALL=C sort
}

# The same from PSPP's FREQUENCIES of variable $2 in $1, split by round.
pspp_counts() {
    cat > "$work/freq.sps" <<EOF
GET FILE='$1'.
SORT CASES BY v_round.
SPLIT FILE LAYERED BY v_round.
FREQUENCIES $2 /STATISTICS=NONE.
EOF
    pspp -O format=csv -o "$work/freq.csv" "$work/freq.sps" >/dev/null 2>&1 || return 1
    awk "$csv_awk"'
        /^Table: Split Values/ { want = 2; next }
        want == 2 { want = 1; next }
        want == 1 { csv($0, f); round = f[2]; want = 0; next }
        { n = csv($0, f) }
        n >= 3 && (f[1] == "Valid" || f[1] == "Missing" || f[1] == "") && f[3] ~ /^[0-9]+$/ {
            print round "|" (f[2] == "." || f[2] == "" ? "_missing" : f[2]) "|" f[3]
        }' "$work/freq.csv" | LC_ALL=C sort
}

# check_dta NAME PROJECT "Q1 VAR1" "Q2 VAR2": ReadStat's counts of the .dta.
check_dta() {
    local name=$1 project=$2 dta="$work/$1.dta"
    "$ykien" import -q --force "$project" -o "$dta" 2>/dev/null
    if [ $? -ge 2 ] || [ ! -s "$dta" ]; then
        fail "$name: ykien import -o $name.dta wrote nothing"
        return
    fi
    for pair in "$3" "$4"; do
        set -- $pair
        freq_counts "$project" "$1" > "$work/ykien.txt"
        "$work/readstat_freq" "$dta" "$2" 2>"$work/readstat.err" | LC_ALL=C sort > "$work/dta.txt"
        if [ -s "$work/ykien.txt" ] && cmp -s "$work/ykien.txt" "$work/dta.txt"; then
            passed=$((passed + 1))
        else
            fail "$name.dta: $2's counts differ from ykien freq --questions $1 (< ykien, > .dta):"
            cat "$work/readstat.err"
            diff "$work/ykien.txt" "$work/dta.txt"
        fi
    done
}

# check NAME PROJECT "Q1 VAR1" "Q2 VAR2" -- EXPECTED-DICTIONARY-LINES...
check() {
    local name=$1 project=$2 q1=$3 q2=$4
    shift 5
    [ "$have_pspp" = 1 ] || return 0
    local sav="$work/$name.sav"
    "$ykien" import -q --force "$project" -o "$sav" 2>/dev/null
    if [ $? -ge 2 ] || [ ! -s "$sav" ]; then
        fail "$name: ykien import -o $name.sav wrote nothing"
        return
    fi
    printf "GET FILE='%s'.\nDISPLAY DICTIONARY.\n" "$sav" > "$work/dict.sps"
    if ! pspp -O format=csv -o "$work/dict.csv" "$work/dict.sps" >"$work/dict.out" 2>&1; then
        fail "$name: pspp could not read the .sav:"; cat "$work/dict.out"
        return
    fi
    if grep -E '(^|: )(warning|error):' "$work/dict.out"; then
        fail "$name: pspp warned reading the .sav (above)"
    fi
    for line in "$@"; do
        if grep -qxF -- "$line" "$work/dict.csv"; then
            passed=$((passed + 1))
        else
            fail "$name: DISPLAY DICTIONARY has no line: $line"
        fi
    done
    for pair in "$q1" "$q2"; do
        set -- $pair
        freq_counts "$project" "$1" > "$work/ykien.txt"
        pspp_counts "$sav" "$2" > "$work/pspp.txt"
        if [ -s "$work/ykien.txt" ] && cmp -s "$work/ykien.txt" "$work/pspp.txt"; then
            passed=$((passed + 1))
        else
            fail "$name: FREQUENCIES $2 differs from ykien freq --questions $1 (< ykien, > pspp):"
            diff "$work/ykien.txt" "$work/pspp.txt"
        fi
    done
}

if ${CC:-cc} -O2 -o "$work/readstat_freq" tests/stats/readstat_freq.c -lreadstat; then
    # q02: 9 is .a in Stata, labelled; q15's codes are words, numbered 1..3.
    check_dta kien-giang samples/kien-giang/kien-giang.ykien "q02 q02" "q15 q15"
    check_dta stats tests/stats/project/stats.ykien "câu-1 cau_1" "nhom_tuoi nhom_tuoi"
else
    fail "tests/stats/readstat_freq.c does not build (libreadstat-dev)"
fi

# The sample: q02 numeric codes with "Khó trả lời" (9) user-missing; q15
# string codes.
check kien-giang samples/kien-giang/kien-giang.ykien "q02 q02" "q15 q15" -- \
    'v_round,1,Đợt khảo sát,Nominal,Input,8,Left,A4,A4,' \
    'q15,37,"Anh/chị có được học tập, quán triệt Nghị quyết Trung ương 4 (khóa XI) không?",Nominal,Input,8,Left,A16,A16,"""        """' \
    'q02,10,Anh/chị tin tưởng như thế nào vào sự lãnh đạo của Đảng?,Ordinal,Input,8,Right,F8.0,F8.0,9' \
    ',9[a],Khó trả lời' \
    '"Anh/chị có được học tập, quán triệt Nghị quyết Trung ương 4 (khóa XI) không?",chua_day_du,Chưa đầy đủ' \
    ',1,có'

# The test project: names changed (đơn-vị, câu-1, with, kênh/mang-xa-hoi),
# two not-an-opinion codes, and four as a range.
check stats tests/stats/project/stats.ykien "câu-1 cau_1" "nhom_tuoi nhom_tuoi" -- \
    'don_vi,5,Đơn vị,Nominal,Input,8,Left,A8,A8,"""        """' \
    'cau_1,6,Câu 1. Anh/chị hài lòng với sinh hoạt chi đoàn?,Ordinal,Input,8,Right,F8.0,F8.0,8; 9' \
    'with_,7,Câu 2. Tin tưởng vào cán bộ Đoàn,Ordinal,Input,8,Right,F8.0,F8.0,8; 9' \
    'nhom_tuoi,8,Nhóm tuổi,Ordinal,Input,8,Right,F8.0,F8.0,96 THRU 99' \
    'kenh_mang_xa_hoi,10,Kênh thông tin: Mạng xã hội,Nominal,Input,8,Right,F8.0,F8.0,' \
    'Đơn vị,ha_tien,Hà Tiên' \
    ',99[a],Khác'

echo "stats-packages: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
