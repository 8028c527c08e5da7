#!/usr/bin/env bash
# The end-to-end privacy probe of issue 12: every verb, format, chart kind
# (--dump) and the report's text on tests/cli/data/privacy, where in round
# 2024 the unit "nho" has one respondent (the oldest, 35; the only one to
# answer q2 = 1) and "vua" 50: with the default --min-base 10, nho is
# hidden by the primary rule and vua by the secondary one (else the
# province minus lon would give nho back).  Prints "ok WHAT" per output,
# or "LEAK WHAT: why"; a leak is a figure of a hidden unit, directly or by
# difference.
#
#   YKIEN=build/ykien TMP=dir tests/cli/privacy/probe.sh charts|report|verbs
#
# What is allowed of a hidden unit: its name, its number of responses
# (the response table: a count of forms is no one's answer), and a base.
set -u
P=tests/cli/data/privacy/privacy.ykien
R=2024
HIDDEN_LABELS='Đoàn cơ sở Nhỏ|Huyện đoàn Vừa'
HIDDEN_CODES='nho|vua'
K=10
N=111      # respondents of round 2024

say() { if [ -z "$2" ]; then echo "ok $1"; else echo "LEAK $1: $2"; fi; }

# A chart's dump: no figure text (value, segment, share, side value,
# change) in the row of a hidden unit, i.e. after its label and before
# the next label; and the note of a chart that hides none says nothing.
dump_rows() {
    awk -v hidden="$HIDDEN_LABELS" '
        /^text label / { match($0, /"[^"]*"$/); lab = substr($0, RSTART + 1, RLENGTH - 2); next }
        # rounds: the dot of round 2024 (the palette'"'"'s second colour)
        /^rect dot .* #56b4e9$/ { if (lab ~ "^(" hidden ")$") { print lab " has a dot in 2024"; exit } }
        /^text (value|segment|share|side-value|change) / {
            if (lab ~ "^(" hidden ")$") { match($0, /"[^"]*"$/); print lab " shows " substr($0, RSTART, RLENGTH); exit }
        }'
}

charts() {
    local kind why out r
    for kind in "rank --questions q1" "rank --questions q2" "rank --questions tuoi" \
                "heatmap" "heatmap --questions q2" "bars --by don_vi --questions q2" \
                "bars --by don_vi --questions gioi_tinh" "likert --by don_vi --questions q2" \
                "rounds --questions q2" "rounds --questions q1"; do
        case $kind in rounds*) r= ;; *) r="--round $R" ;; esac
        out=$($YKIEN chart $kind $r --dump -q $P 2>/dev/null)
        why=$(printf '%s\n' "$out" | dump_rows)
        [ -n "$out" ] || why="no dump"
        say "chart $kind" "$why"
    done
    # Histogram: every bar holds K or more of the N people (its share at
    # least K/N = 9.0%), and the oldest's 35 is no bar's own label.
    out=$($YKIEN chart histogram --questions tuoi --round $R --dump -q $P 2>/dev/null)
    why=$(printf '%s\n' "$out" | awk -v k=$K -v n=$N '
        /^text share / { match($0, /"[^"]*"$/); s = substr($0, RSTART + 1, RLENGTH - 3); gsub(",", ".", s)
                         if (s + 0 < 100 * k / n - 0.05) { print "a bar of " s "%, under " k " people"; exit } }
        /^text value / && /"(35|≥ 35|34|≥ 34|33|≥ 33)"$/ { print "a bar of the oldest alone"; exit }')
    [ -n "$out" ] || why="no dump"
    say "chart histogram --questions tuoi" "$why"
    # A minimum base under 2 needs --no-suppression, which the note states.
    $YKIEN chart rank --questions q1 --min-base 1 --dump -q $P >/dev/null 2>&1
    [ $? -eq 2 ] && why= || why="--min-base 1 accepted without --no-suppression"
    say "chart --min-base 1 refused" "$why"
    out=$($YKIEN chart rank --questions q1 --no-suppression --dump -q $P 2>/dev/null)
    printf '%s\n' "$out" | grep -q '^text note .*--no-suppression' && why= || why="note silent"
    say "chart --no-suppression stated" "$why"
}

report() {
    local why txt=$TMP/report.txt
    SOURCE_DATE_EPOCH=1700000000 $YKIEN report -q --force --per-unit $P -o "$TMP/r.pdf" 2>/dev/null
    pdftotext -layout "$TMP/r.pdf" "$txt" || { say report "no text"; return; }
    # A hidden unit's line is its row of the response table (members,
    # responses, rate) or a chart's row with its figures hidden ("…").
    why=$(grep -E "$HIDDEN_LABELS" "$txt" | grep -vE '…|^ *('"$HIDDEN_LABELS"') +[0-9.]+ +[0-9]+ +[0-9,]+%$' | head -1)
    say "report: hidden units only in the response table" "$why"
    why=$(grep -nE '(^|[^0-9,.])35([^0-9,.%]|$)' "$txt" | head -1)
    say "report: the oldest's age nowhere" "$why"
    sed 's/^min_base = .*/min_base = 1/' reports/review-conference.report > "$TMP/t.report"
    $YKIEN report -q --template "$TMP/t.report" $P --force -o "$TMP/r1.pdf" >/dev/null 2>&1
    [ $? -eq 2 ] && why= || why="min_base 1 accepted without no_suppression"
    say "report: min_base 1 refused" "$why"
    printf 'no_suppression = yes\n' >> "$TMP/t.report"
    SOURCE_DATE_EPOCH=1700000000 $YKIEN report -q --template "$TMP/t.report" $P --force -o "$TMP/r2.pdf" >/dev/null 2>&1
    pdftotext -layout "$TMP/r2.pdf" - 2>/dev/null | tr '\n' ' ' | grep -q 'Không ẩn số liệu (no_suppression)' && why= || why="methods silent"
    say "report: no_suppression stated" "$why"
    SOURCE_DATE_EPOCH=1700000000 $YKIEN report -q --no-suppression $P --force -o "$TMP/r3.pdf" >/dev/null 2>&1
    pdftotext -layout "$TMP/r3.pdf" - 2>/dev/null | tr '\n' ' ' | grep -q 'Không ẩn số liệu (--no' && why= || why="methods silent"
    say "report: --no-suppression stated" "$why"
}

# A CSV table: in round 2024, a row of a hidden unit (in any of its
# columns group, row, col, pair) has no figure: only the columns that
# name it, and its base, may be filled; $1 names a verb's base column
# beyond "base" (describe's, scale's and compare's n: how many answered,
# not what they answered; in freq and crosstab n is a cell's count).
csv_rows() {
    awk -F, -v hidden="$HIDDEN_CODES" -v r=$R -v base="$1" '
        NR == 1 { for (i = 1; i <= NF; i++) col[i] = $i; next }
        {
            mine = 0
            for (i = 1; i <= NF; i++)
                if (col[i] ~ /^(group|row|col|pair)$/ && $i ~ "^(" hidden ")$") mine = 1
            if (!mine || $1 != r) next
            for (i = 1; i <= NF; i++)
                if ($i != "" && col[i] != base &&
                    col[i] !~ /^(round|group|row|col|pair|question|choice|label|scale|item|items|test|base|expected|df|df2)$/) {
                    print col[i] "=" $i " in " $0; exit
                }
        }'
}

verbs() {
    local v why out b
    $YKIEN tally -q --round $R $P -o "$TMP/t.ykt" 2>/dev/null
    for v in "freq --by don_vi" "freq --by q2 --questions don_vi" "freq --by q2" \
             "crosstab --rows q2 --cols don_vi" "crosstab --rows don_vi --cols q2" \
             "crosstab --rows q1 --cols don_vi" "describe --by don_vi" \
             "compare --by don_vi --pairs" "compare --by don_vi --vs-rest" "scale --by don_vi"; do
        case $v in describe*|compare*|scale*) b=n ;; *) b= ;; esac
        out=$($YKIEN $v --round $R -q $P 2>/dev/null)
        [ -n "$out" ] && why=$(printf '%s\n' "$out" | csv_rows "$b") || why="no table"
        say "$v" "$why"
        # A tally file is grouped by the project's unit: the same figures.
        case $v in *"--by q2"*|*"--cols don_vi") continue ;; esac
        out=$($YKIEN $v -q "$TMP/t.ykt" 2>/dev/null)
        [ -n "$out" ] && why=$(printf '%s\n' "$out" | csv_rows "$b") || why="no table"
        say "$v (tally file)" "$why"
    done
    # The province's maximum age is the hidden respondent's: in no format.
    for f in csv text json; do
        out=$($YKIEN describe --questions tuoi --round $R --format $f -q $P 2>/dev/null)
        why=$(printf '%s\n' "$out" | grep -E '(^|[^0-9.])35(\.0+)?([^0-9.]|$)' | head -1)
        [ -n "$out" ] || why="no table"
        say "describe tuoi --format $f" "$why"
    done
    # Weighted by members, the province rests on an effective base of
    # about 1.5: no share, mean or median of it.
    out=$($YKIEN freq --weight members --questions q2 --round $R -q $P 2>/dev/null)
    why=$(printf '%s\n' "$out" | awk -F, 'NR > 1 && $1 == "2024" && $4 != "_missing" && $8 != "" { print "percent " $8 " on an effective base under 10"; exit }')
    say "freq --weight members" "$why"
    out=$($YKIEN describe --weight members --questions q1,tuoi --round $R -q $P 2>/dev/null)
    why=$(printf '%s\n' "$out" | awk -F, 'NR > 1 && $1 == "2024" && ($5 != "" || $7 != "") { print "mean/median on an effective base under 10: " $0; exit }')
    say "describe --weight members" "$why"
}

"$@"
