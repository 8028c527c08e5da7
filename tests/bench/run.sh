#!/usr/bin/env bash
# Speed benchmark: `ykien convert` against a bare libcsv parse (csvcount).
#
#   tests/bench/run.sh            ROWS=1000000 REPS=5 by default
#   ROWS=200000 REPS=3 tests/bench/run.sh
#
# Builds gen, csvcount (and peakrss if /usr/bin/time is missing) into
# build/bench/, writes build/bench/round-1M.csv (round-ROWS.csv for other
# ROWS) when missing, then times csvcount, `ykien convert` and `ykien import
# --form tests/bench/form`, `ykien freq --by unit`, `ykien compare --by
# unit`, `ykien scale`, `ykien freq -j 2 --no-duplicates` on the round split by unit and
# `ykien report --group unit` on it, in turn, REPS times each, and prints one
# table: median seconds, MB/s, peak RSS, and each one's ratio to csvcount.
# The same round as an Excel workbook (build/csv2xlsx, `make
# build/csv2xlsx`; skipped without it) is timed with `ykien convert` and
# `ykien freq --by unit`: "xlsx" rows, their ratio still to the CSV parse.
# Then, when ykien has the comments verb (skipped with a message while it
# has not), the open answers: build/bench/comments-1M.csv (gen's comments
# profile: a comment of 60-200 bytes in every row) with csvcount and
# `ykien comments` counting themes (tests/bench/form/chu-de.csv) and
# phrases, each as a ratio to csvcount on that file.
# Exits 1 if build/ykien is missing.  YKIEN=PATH times another binary;
# BEFORE=PATH also times that one (an earlier build) in every repetition,
# after the other, so a refactor's before and after share the machine's
# load: its rows are marked "(before)".
set -euo pipefail

ROWS=${ROWS:-1000000}
REPS=${REPS:-5}
CC=${CC:-cc}

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$root"
src=tests/bench
out=build/bench
ykien=${YKIEN:-build/ykien}
before=${BEFORE:-}

die() { echo "bench: $*" >&2; exit 1; }

[[ $ROWS =~ ^[1-9][0-9]*$ ]] || die "ROWS must be a positive whole number, not '$ROWS'"
[[ $REPS =~ ^[1-9][0-9]*$ ]] || die "REPS must be a positive whole number, not '$REPS'"

mkdir -p "$out"

build() { # name [libs...]
    local name=$1
    shift
    if [[ ! -x $out/$name || $src/$name.c -nt $out/$name ]]; then
        "$CC" -std=c11 -O2 -Wall -Wextra -Wshadow -Wstrict-prototypes -Wformat=2 \
            -o "$out/$name" "$src/$name.c" "$@" || die "could not build $name"
    fi
}

build gen
build csvcount -lcsv
if [[ -x /usr/bin/time ]]; then
    rss_tool=(/usr/bin/time -f %M -o)
else
    build peakrss
    rss_tool=("$out/peakrss")
fi

if [[ $ROWS == 1000000 ]]; then
    data=$out/round-1M.csv
else
    data=$out/round-$ROWS.csv
fi
if [[ ! -s $data ]]; then
    echo "bench: writing $data ($ROWS rows)" >&2
    "$out/gen" "$ROWS" 1 >"$data.tmp" || die "gen failed"
    mv "$data.tmp" "$data"
fi

# The same round as 15 files, one per unit, as offices send it: for -j.
units=$out/units-$ROWS
if [[ ! -d $units ]]; then
    mkdir -p "$units.tmp"
    awk -F, -v dir="$units.tmp" 'NR == 1 { head = $0; next }
        !($3 in unit) { unit[$3] = ++n; print head > (dir "/" n ".csv") }
        { print > (dir "/" unit[$3] ".csv") }' "$data"
    mv "$units.tmp" "$units"
fi

[[ -x $ykien ]] || die "$ykien does not exist yet: build ykien first (csvcount alone: $out/csvcount $data)"
[[ -z $before || -x $before ]] || die "BEFORE=$before is not an executable"

# The round as a workbook, written in constant-memory mode (inline
# strings) as the big exporters write.
book=${data%.csv}.xlsx
if [[ -x build/csv2xlsx && ! -s $book ]]; then
    echo "bench: writing $book" >&2
    build/csv2xlsx "$data" "$book.tmp.xlsx" --stream || die "csv2xlsx failed"
    mv "$book.tmp.xlsx" "$book"
fi
[[ -s $book ]] || book=

bytes=$(stat -L -c %s "$data")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# run LABEL REP COMMAND...: time one run; seconds to $tmp/LABEL.s, KiB to
# $tmp/LABEL.kb (one line per run).
run() {
    local label=$1 t0 t1
    shift
    t0=$EPOCHREALTIME
    "${rss_tool[@]}" "$tmp/rss" "$@" >/dev/null || die "failed: $*"
    t1=$EPOCHREALTIME
    awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.6f\n", b - a }' >>"$tmp/$label.s"
    tail -n 1 "$tmp/rss" >>"$tmp/$label.kb"
}

# verbs PREFIX YKIEN: one run of each verb, labelled PREFIX + its name.
verbs() {
    local p=$1 y=$2
    run "${p}ykien" "$y" convert "$data"
    run "${p}import" "$y" import -q --form "$src/form" "$data" -o /dev/null
    run "${p}freq" "$y" freq -q --form "$src/form" --by unit "$data" -o /dev/null
    run "${p}compare" "$y" compare -q --form "$src/form" --by unit "$data" -o /dev/null
    run "${p}scale" "$y" scale -q --form "$src/form" "$data" -o /dev/null
    run "${p}freq_j2" "$y" freq -q -j 2 --no-duplicates --form "$src/form" --by unit "$units"/*.csv -o /dev/null
    run "${p}report" "$y" report -q --force --form "$src/form" --group unit "$data" -o "$tmp/report.pdf"
    if [[ -n $book && -z $p ]]; then
        run xlsx_convert "$y" convert "$book"
        run xlsx_freq "$y" freq -q --form "$src/form" --by unit "$book" -o /dev/null
    fi
}

labels="ykien import freq compare scale freq_j2 report"
[[ -n $book ]] && labels="$labels xlsx_convert xlsx_freq"
[[ -n $before ]] && labels="$labels old_ykien old_import old_freq old_compare old_scale old_freq_j2 old_report"
for ((i = 0; i < REPS; i++)); do
    run csvcount "$out/csvcount" "$data"
    verbs "" "$ykien"
    [[ -z $before ]] || verbs old_ "$before"
done

median() { sort -g "$1" | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
maxof() { sort -g "$1" | tail -n 1; }

a=$(median "$tmp/csvcount.s")
{
    printf '%s %s %s\n' csvcount "$a" "$(maxof "$tmp/csvcount.kb")"
    for label in $labels; do
        printf '%s %s %s\n' "$label" "$(median "$tmp/$label.s")" "$(maxof "$tmp/$label.kb")"
    done
} | awk -v f="$data" -v n="$ROWS" -v r="$REPS" -v bytes="$bytes" -v a="$a" '
    BEGIN {
        mb = bytes / 1e6
        printf "%s: %.1f MB, %d rows, median of %d runs each\n", f, mb, n, r
        printf "%-29s %10s %9s %14s %8s\n", "", "seconds", "MB/s", "peak RSS KiB", "ratio"
        name["csvcount"] = "csvcount"; name["ykien"] = "ykien convert"
        name["import"] = "ykien import"; name["freq"] = "ykien freq --by"
        name["compare"] = "ykien compare"; name["scale"] = "ykien scale"
        name["freq_j2"] = "freq -j 2, 15 files"; name["report"] = "ykien report"
        name["xlsx_convert"] = "ykien convert, .xlsx"; name["xlsx_freq"] = "ykien freq --by, .xlsx"
    }
    { old = sub(/^old_/, "", $1)
      printf "%-29s %10.3f %9.1f %14d %8.2f\n", name[$1] (old ? " (before)" : ""), $2, mb / $2, $3, $2 / a }'

# The open answers, on a round with a comment in every row.  `ykien
# comments` came after the rest; a binary without it skips this part.
if ! "$ykien" comments --help >/dev/null 2>&1; then
    echo "bench: skipping ykien comments: '$ykien comments --help' fails (no comments verb in this build)" >&2
    exit 0
fi
if [[ $ROWS == 1000000 ]]; then
    cdata=$out/comments-1M.csv
else
    cdata=$out/comments-$ROWS.csv
fi
if [[ ! -s $cdata ]]; then
    echo "bench: writing $cdata ($ROWS rows, a comment in each)" >&2
    "$out/gen" "$ROWS" 1 comments >"$cdata.tmp" || die "gen failed"
    mv "$cdata.tmp" "$cdata"
fi
codebook=$src/form/chu-de.csv
for ((i = 0; i < REPS; i++)); do
    run c_csvcount "$out/csvcount" "$cdata"
    run c_themes "$ykien" comments --form "$src/form" --codebook "$codebook" --show themes "$cdata" -o /dev/null
    run c_phrases "$ykien" comments --form "$src/form" --codebook "$codebook" --show phrases "$cdata" -o /dev/null
done
a=$(median "$tmp/c_csvcount.s")
for label in c_csvcount c_themes c_phrases; do
    printf '%s %s %s\n' "$label" "$(median "$tmp/$label.s")" "$(maxof "$tmp/$label.kb")"
done | awk -v f="$cdata" -v n="$ROWS" -v r="$REPS" -v bytes="$(stat -L -c %s "$cdata")" -v a="$a" '
    BEGIN {
        mb = bytes / 1e6
        printf "\n%s: %.1f MB, %d rows with a comment each, median of %d runs each\n", f, mb, n, r
        printf "%-29s %10s %9s %14s %8s\n", "", "seconds", "MB/s", "peak RSS KiB", "ratio"
        name["c_csvcount"] = "csvcount"; name["c_themes"] = "ykien comments, themes"
        name["c_phrases"] = "ykien comments, phrases"
    }
    { printf "%-29s %10.3f %9.1f %14d %8.2f\n", name[$1], $2, mb / $2, $3, $2 / a }'
