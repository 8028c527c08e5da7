#!/bin/sh
# Every workbook ykien writes, read back by another program: LibreOffice
# (headless) converts each sheet of each .xlsx to CSV, and its numbers and
# text must be ykien's own CSV's, cell by cell (a number equal to the
# decimals the CSV shows; text equal).  The report, which has no CSV, must
# list every sheet in its contents, each with its source row and header.
# Usage: YKIEN=build/ykien tests/office/xlsx-roundtrip.sh
# Skips (status 0, saying so) where soffice is not installed.
set -u
YKIEN=${YKIEN:-build/ykien}
if ! command -v soffice >/dev/null 2>&1; then
    echo "xlsx-roundtrip: skipped: LibreOffice (soffice) is not installed; 'make deps-office' installs it"
    exit 0
fi
TMP=$(mktemp -d "${TMPDIR:-/tmp}/ykien-office.XXXXXX") || exit 2
trap 'rm -rf "$TMP"' EXIT INT TERM
export SOURCE_DATE_EPOCH=1700000000 LC_ALL=C.UTF-8
P=samples/kien-giang/kien-giang.ykien
POLL=samples/confidence-vote/poll.ykien
T=$TMP/kien-giang.ykt
fail=0

"$YKIEN" tally -q --force "$P" -o "$T" 2>/dev/null
[ -s "$T" ] || { echo "xlsx-roundtrip: FAIL: no tally of $P"; exit 1; }

# name, then the verb and its arguments: each table once as CSV, once as
# a workbook.  freq and rounds span rounds (a sheet per round, per pair).
cases="freq|freq --questions q02,q11,kenh_tin $T
describe|describe --round 2014 --by don_vi $T
crosstab|crosstab --round 2014 --rows don_vi --cols q02 $T
compare|compare --round 2014 --by don_vi $T
scale|scale --round 2014 $T
rounds|rounds --questions q01,q02 $P
votes|votes $POLL"
echo "$cases" | while IFS='|' read -r name args; do
    # shellcheck disable=SC2086 # args are words
    "$YKIEN" $args -q -o "$TMP/$name.csv" 2>/dev/null
    # shellcheck disable=SC2086
    "$YKIEN" $args -q -o "$TMP/$name.xlsx" 2>/dev/null
    [ -s "$TMP/$name.csv" ] && [ -s "$TMP/$name.xlsx" ] ||
        echo "xlsx-roundtrip: FAIL: $name: ykien $args wrote no CSV or no workbook" >>"$TMP/failed"
done
"$YKIEN" report -q "$P" -o "$TMP/report.xlsx" 2>/dev/null
"$YKIEN" report -q "$POLL" -o "$TMP/poll-report.xlsx" 2>/dev/null

# One LibreOffice run for every workbook, with a profile of its own (HOME)
# so that it never meets another run's.  The filter's options: comma,
# quote, UTF-8 (76), from line 1, ..., the stored values (not as shown,
# so a "#,##0" count comes back 8121), every sheet (-1) to NAME-SHEET.csv.
mkdir -p "$TMP/home" "$TMP/back"
HOME=$TMP/home soffice --headless --norestore \
    --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1' \
    --outdir "$TMP/back" "$TMP"/*.xlsx >"$TMP/soffice.log" 2>&1

# The comparison: ykien's CSV (first file) against the sheets (the rest).
# A sheet: title, source, an empty row, the header, rows up to an empty one.
compare_awk='
function parse(line, f,    n, i, c, field, inq) {
    n = 0; field = ""; inq = 0; sub(/\r$/, "", line)
    for (i = 1; i <= length(line); i++) {
        c = substr(line, i, 1)
        if (inq) {
            if (c == "\"") {
                if (substr(line, i + 1, 1) == "\"") { field = field "\""; i++ }
                else inq = 0
            } else field = field c
        } else if (c == "\"") inq = 1
        else if (c == ",") { f[++n] = field; field = "" }
        else field = field c
    }
    f[++n] = field
    return n
}
function key(row,    k, s) {
    s = ""
    for (k = 1; k <= nkeys; k++) s = s SUBSEP cell[row, keycol[k]]
    return s
}
function unguard(s) {     # the CSV guard of text a spreadsheet would run
    if (s ~ /^'"'"' *[-=+@\t\r]/ && s !~ /^'"'"'-?[0-9]/) return substr(s, 2)
    return s
}
function same(a, b,    d, tol, m) {
    a = unguard(a)
    if (a ~ /^-?[0-9]+(\.[0-9]+)?$/) {
        if (b !~ /^-?[0-9]*\.?[0-9]+([Ee][-+]?[0-9]+)?$/) return 0
        d = index(a, ".") ? length(a) - index(a, ".") : 0
        tol = 0.5 * 10 ^ -d + 1e-9
        return (a - b <= tol && b - a <= tol)
    }
    if (a ~ /^-?[0-9]+(\.[0-9]+)?[eE][-+]?[0-9]+$/ && a + 0 != 0) {   # a small p
        if (b !~ /^-?[0-9]*\.?[0-9]+([Ee][-+]?[0-9]+)?$/) return 0
        m = a; sub(/[eE].*/, "", m)
        d = index(m, ".") ? length(m) - index(m, ".") : 0
        tol = (a < 0 ? -a : a) * 10 ^ -d          # the mantissa'"'"'s last digit
        return (a - b <= tol && b - a <= tol)
    }
    return a == b
}
FNR == 1 { file++; done = 0 }
file == 1 {
    n = parse($0, f)
    if (FNR == 1) { ncols = n; for (c = 1; c <= n; c++) head[c] = f[c]; next }
    rows++; for (c = 1; c <= n; c++) cell[rows, c] = f[c]
    next
}
done || FNR <= 3 { next }
{
    n = parse($0, f)
    if (FNR == 4) {
        for (c = 1; c <= ncols; c++)
            if (f[c] != head[c]) { printf "%s: header column %d: CSV \"%s\", sheet \"%s\"\n", FILENAME, c, head[c], f[c]; bad = 1 }
        next
    }
    empty = 1; for (c = 1; c <= n; c++) if (f[c] != "") empty = 0
    if (empty) { done = 1; next }
    back++; sheet[back] = FILENAME; sub(/.*\//, "", sheet[back]); line[back] = FNR
    for (c = 1; c <= ncols; c++) got[back, c] = f[c]
}
END {
    # The CSV rows in the order of the sheets: by round (or pair of
    # rounds) as the sheets come, the table order kept within each.
    for (c = 1; c <= ncols; c++) pos[head[c]] = c
    if ("round" in pos) { nkeys = 1; keycol[1] = pos["round"] }
    else if ("round_from" in pos) { nkeys = 2; keycol[1] = pos["round_from"]; keycol[2] = pos["round_to"] }
    m = 0
    if (nkeys) {
        for (i = 1; i <= back; i++) {
            s = ""; for (k = 1; k <= nkeys; k++) s = s SUBSEP got[i, keycol[k]]
            if (!(s in seen)) { seen[s] = 1; keys[++nk] = s }
        }
        for (j = 1; j <= nk; j++) for (r = 1; r <= rows; r++) if (key(r) == keys[j]) order[++m] = r
    } else for (r = 1; r <= rows; r++) order[++m] = r
    if (m != rows || back != rows) {
        printf "%s: rows: CSV %d, sheets %d (in sheets of known rounds: %d)\n", name, rows, back, m; exit 1
    }
    for (i = 1; i <= rows; i++)
        for (c = 1; c <= ncols; c++)
            if (!same(cell[order[i], c], got[i, c])) {
                printf "%s: %s row %d, column %s: CSV \"%s\", LibreOffice \"%s\"\n", name, sheet[i], line[i], head[c], cell[order[i], c], got[i, c]
                if (++bad >= 5) exit 1
            }
    if (bad) exit 1
    printf "%s: %d rows x %d columns, in %d sheet(s): the same\n", name, rows, ncols, (nkeys ? nk : 1)
}'

for csv in "$TMP"/*.csv; do
    name=$(basename "$csv" .csv)
    set -- "$TMP/back/$name"-*.csv
    if [ ! -e "$1" ]; then
        echo "xlsx-roundtrip: FAIL: $name: LibreOffice gave no sheet (see its output below)"
        cat "$TMP/soffice.log"; fail=1; continue
    fi
    awk -v name="$name" "$compare_awk" "$csv" "$@" || { echo "xlsx-roundtrip: FAIL: $name"; fail=1; }
done

# The report's workbooks: the contents (the first sheet) names every other
# sheet, and each has the source on row 2 and a header and rows from row 4.
for book in report poll-report; do
    contents=$(ls "$TMP/back/$book"-*.csv 2>/dev/null | grep -e '-Mục lục\.csv$' -e '-Contents\.csv$')
    [ -n "$contents" ] || { echo "xlsx-roundtrip: FAIL: $book: no contents sheet"; fail=1; continue; }
    n=0
    for s in "$TMP/back/$book"-*.csv; do
        [ "$s" = "$contents" ] && continue
        n=$((n + 1))
        sheet=${s#"$TMP/back/$book-"}; sheet=${sheet%.csv}
        grep -q -F "$sheet" "$contents" || { echo "xlsx-roundtrip: FAIL: $book: '$sheet' is not in the contents"; fail=1; }
        sed -n 2p "$s" | grep -q '^"*Nguồn: ykien' || { echo "xlsx-roundtrip: FAIL: $book: '$sheet' has no source row"; fail=1; }
        [ "$(sed -n 5p "$s" | tr -d ',')" != "" ] || { echo "xlsx-roundtrip: FAIL: $book: '$sheet' has no rows"; fail=1; }
    done
    listed=$(($(wc -l <"$contents") - 3))
    [ "$n" -gt 0 ] && [ "$listed" -eq "$n" ] ||
        { echo "xlsx-roundtrip: FAIL: $book: $n sheets, $listed in the contents"; fail=1; }
    [ "$fail" = 0 ] && echo "$book: $n table sheets, each in the contents, each with its source and rows"
done
if [ -s "$TMP/failed" ]; then cat "$TMP/failed"; fail=1; fi
[ "$fail" = 0 ] && echo "xlsx-roundtrip: every workbook reads back as its CSV"
exit "$fail"
