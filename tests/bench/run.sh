#!/usr/bin/env bash
# Speed benchmark: ykien's verbs against a bare libcsv parse (csvcount) of
# the same file, and against pandas on the same figures.
#
#   tests/bench/run.sh                     every profile, 1,000,000 rows, REPS=3
#   ROWS=100000 PROFILES=forms tests/bench/run.sh
#
# Two profiles of data, each written by gen into build/bench/ when missing
# (PROFILE-1M.csv, or PROFILE-ROWS.csv for other ROWS; -seed2 before .csv
# for a second seed), each one table:
#
#   round   gen's round profile (short codes, few comments; its form is
#           tests/bench/form): csvcount, convert, import, freq --by unit,
#           describe, compare --by unit, scale, tally, freq and tally with
#           -j 2 on the one file, freq -j 2 --no-duplicates on the round
#           split into its 15 units' files, report --group unit; with
#           XLSX=1, the same round as an .xlsx workbook (build/csv2xlsx,
#           `make build/csv2xlsx`; it adds about 4 minutes); then gen's
#           comments profile (a comment in every row) with csvcount and
#           `ykien comments` counting themes and phrases, a table of its own
#   forms   gen's forms profile, shaped like a Google Forms / KoboToolbox
#           export (text-heavy rows; its form is tests/bench/forms): the same
#           verbs as round but import, report and the split files
#   feedback  the góp ý for a self-review: samples/gop-y's Google Forms
#           export (36 contributions, multi-line remarks) FEEDBACK_COPIES
#           times (default 500: 18,000 contributions, 20 MB; ROWS does not
#           apply, a self-review's feedback being thousands of rows and
#           ykien feedback keeping about a million remark lines at most),
#           with csvcount, `ykien feedback` and its rating table
#
# Every verb but convert, import, report and comments runs with -j 1 (the
# default is the cores), so its row is one thread; the -j 2 rows read the same one
# file.  Each row is the median of REPS runs (seconds, MB/s), the largest
# peak RSS, and the ratio to csvcount's median on that file.  The runs of
# a repetition follow each other, so every row shares the machine's load;
# `uptime` is printed at the start and the end.
#
# Then, for the forms profile, pandas side by side (python3-pandas and
# python3-scipy; skipped with a message when missing, or with PANDAS=0):
# five tasks, each ykien's commands against tests/bench/pandas_bench.py
# doing the same figures from pd.read_csv on; T5 reads a second round,
# gen's forms profile with seed 2, through a project written to
# build/bench/.  ykien's side is the median of REPS runs, pandas' of
# PANDAS_REPS (default 1: its rounds task alone takes two minutes).
#
# Exits 1 if build/ykien is missing.  YKIEN=PATH times another binary;
# BEFORE=PATH also times that one (an earlier build) right after each of
# ykien's runs, so a change's before and after share the machine's load:
# its rows are marked "(before)".  About 10.5 minutes at 1,000,000 rows,
# REPS=3, on two cores shared with other work; the pandas part is 5 of
# them.
set -euo pipefail

ROWS=${ROWS:-1000000}
REPS=${REPS:-3}
PANDAS_REPS=${PANDAS_REPS:-1}
PROFILES=${PROFILES:-round forms feedback}
FEEDBACK_COPIES=${FEEDBACK_COPIES:-500}
PANDAS=${PANDAS:-1}
XLSX=${XLSX:-0}
CC=${CC:-cc}

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$root"
src=tests/bench
out=build/bench
ykien=${YKIEN:-build/ykien}
before=${BEFORE:-}
python=/usr/bin/python3 # Debian's, with python3-pandas

die() { echo "bench: $*" >&2; exit 1; }

[[ $ROWS =~ ^[1-9][0-9]*$ ]] || die "ROWS must be a positive whole number, not '$ROWS'"
[[ $REPS =~ ^[1-9][0-9]*$ ]] || die "REPS must be a positive whole number, not '$REPS'"
[[ $FEEDBACK_COPIES =~ ^[1-9][0-9]*$ ]] || die "FEEDBACK_COPIES must be a positive whole number, not '$FEEDBACK_COPIES'"
[[ $PANDAS_REPS =~ ^[1-9][0-9]*$ ]] || die "PANDAS_REPS must be a positive whole number, not '$PANDAS_REPS'"
for profile in $PROFILES; do
    [[ $profile =~ ^(round|forms|feedback)$ ]] ||
        die "PROFILES are round, forms and feedback, not '$profile'"
done
[[ -x $ykien ]] || die "$ykien does not exist yet: build ykien first"
[[ -z $before || -x $before ]] || die "BEFORE=$before is not an executable"

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

# data_file PROFILE SEED: the path of gen's PROFILE with ROWS rows and
# SEED, written when missing.
data_file() {
    local size=$ROWS file
    [[ $ROWS != 1000000 ]] || size=1M
    file=$out/$1-$size.csv
    [[ $2 == 1 ]] || file=$out/$1-$size-seed$2.csv
    if [[ ! -s $file ]]; then
        echo "bench: writing $file ($ROWS rows)" >&2
        "$out/gen" "$ROWS" "$2" "$1" >"$file.tmp" || die "gen failed"
        mv "$file.tmp" "$file"
    fi
    echo "$file"
}

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
started=$EPOCHSECONDS
echo "load at start: $(uptime)"

# run ROW COMMAND...: time one run of COMMAND as ROW of the current table
# ($table, a folder): seconds to ROW.s, peak KiB to ROW.kb, one line a
# run; a new ROW joins the table's rows, in order.
run() {
    local row=$1 file t0 t1
    shift
    file=$table/${row//[^A-Za-z0-9]/_}
    [[ -e $file.s ]] || echo "$row" >>"$table/rows"
    t0=$EPOCHREALTIME
    "${rss_tool[@]}" "$tmp/rss" "$@" >/dev/null || die "failed: $*"
    t1=$EPOCHREALTIME
    awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.6f\n", b - a }' >>"$file.s"
    tail -n 1 "$tmp/rss" >>"$file.kb"
}

# verb ROW ARGS...: time `ykien ARGS` as ROW, then the BEFORE build's.
verb() {
    local row=$1
    shift
    run "$row" "$ykien" "$@"
    [[ -z $before ]] || run "$row (before)" "$before" "$@"
}

median() { sort -g "$1" | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
maxof() { sort -g "$1" | tail -n 1; }
seconds() { median "$table/${1//[^A-Za-z0-9]/_}.s"; }
peak_mib() { awk -v k="$(maxof "$table/${1//[^A-Za-z0-9]/_}.kb")" 'BEGIN { printf "%.1f", k / 1024 }'; }

# print_table FILE TITLE [ROWS]: the current table's rows, each as a ratio
# to its first row (csvcount on FILE).
print_table() {
    local row base
    base=$(seconds "$(head -n 1 "$table/rows")")
    printf '\n%s: %s, %.1f MB, %d rows, median of %d runs each\n' "$2" "$1" \
        "$(awk -v b="$(stat -L -c %s "$1")" 'BEGIN { print b / 1e6 }')" "${3:-$ROWS}" "$REPS"
    printf '%-44s %8s %8s %9s %6s\n' "" seconds MB/s "peak MiB" ratio
    while IFS= read -r row; do
        awk -v row="$row" -v s="$(seconds "$row")" -v mib="$(peak_mib "$row")" \
            -v mb="$(stat -L -c %s "$1")" -v base="$base" \
            'BEGIN { printf "%-44s %8.3f %8.1f %9.1f %6.2f\n", row, s, mb / 1e6 / s, mib, s / base }'
    done <"$table/rows"
}

# figure_verbs FORM DATA: one run of each verb both profiles time.
figure_verbs() {
    local form=$1 data=$2
    verb "convert" convert "$data"
    verb "freq --by unit" freq -q -j 1 --form "$form" --by unit "$data" -o /dev/null
    verb "describe" describe -q -j 1 --form "$form" "$data" -o /dev/null
    verb "compare --by unit" compare -q -j 1 --form "$form" --by unit "$data" -o /dev/null
    verb "scale" scale -q -j 1 --form "$form" "$data" -o /dev/null
    verb "tally" tally -q -j 1 --form "$form" "$data" -o /dev/null
    verb "freq --by unit -j 2, one file" freq -q -j 2 --form "$form" --by unit "$data" -o /dev/null
    verb "tally -j 2, one file" tally -q -j 2 --form "$form" "$data" -o /dev/null
}

# The round profile, and the same round as 15 files, one per unit, as
# offices send it, for -j on several files.
bench_round() {
    local data units book form=$src/form i
    data=$(data_file round 1)
    units=$out/units-$ROWS
    if [[ ! -d $units ]]; then
        mkdir -p "$units.tmp"
        awk -F, -v dir="$units.tmp" 'NR == 1 { head = $0; next }
            !($3 in unit) { unit[$3] = ++n; print head > (dir "/" n ".csv") }
            { print > (dir "/" unit[$3] ".csv") }' "$data"
        mv "$units.tmp" "$units"
    fi
    # The round as a workbook, written in constant-memory mode (inline
    # strings) as the big exporters write.
    book=
    if [[ $XLSX != 0 ]]; then
        [[ -x build/csv2xlsx ]] || die "XLSX=1 needs build/csv2xlsx: make build/csv2xlsx"
        book=${data%.csv}.xlsx
        if [[ ! -s $book ]]; then
            echo "bench: writing $book" >&2
            build/csv2xlsx "$data" "$book.tmp.xlsx" --stream || die "csv2xlsx failed"
            mv "$book.tmp.xlsx" "$book"
        fi
    fi

    table=$tmp/round
    mkdir -p "$table"
    for ((i = 0; i < REPS; i++)); do
        run "csvcount (bare libcsv parse)" "$out/csvcount" "$data"
        figure_verbs "$form" "$data"
        verb "import" import -q --form "$form" "$data" -o /dev/null
        verb "freq -j 2 --no-duplicates, 15 files" \
            freq -q -j 2 --no-duplicates --form "$form" --by unit "$units"/*.csv -o /dev/null
        verb "report --group unit" \
            report -q --force --form "$form" --group unit "$data" -o "$tmp/report.pdf"
        if [[ -n $book ]]; then
            verb "convert, .xlsx" convert "$book"
            verb "freq --by unit, .xlsx" freq -q -j 1 --form "$form" --by unit "$book" -o /dev/null
        fi
    done
    print_table "$data" round
    bench_comments
}

# The open answers, on a round with a comment in every row.  `ykien
# comments` came after the rest; a binary without it skips this part.
bench_comments() {
    local data codebook=$src/form/chu-de.csv i
    if ! "$ykien" comments --help >/dev/null 2>&1; then
        echo "bench: skipping ykien comments: '$ykien comments --help' fails (no comments verb in this build)" >&2
        return
    fi
    data=$(data_file comments 1)
    table=$tmp/comments
    mkdir -p "$table"
    for ((i = 0; i < REPS; i++)); do
        run "csvcount (bare libcsv parse)" "$out/csvcount" "$data"
        verb "comments, themes" comments -q --form "$src/form" --codebook "$codebook" \
            --show themes "$data" -o /dev/null
        verb "comments, phrases" comments -q --form "$src/form" --codebook "$codebook" \
            --show phrases "$data" -o /dev/null
    done
    print_table "$data" "comments (a comment in every row)"
}

bench_forms() {
    local data i
    data=$(data_file forms 1)
    table=$tmp/forms
    mkdir -p "$table"
    for ((i = 0; i < REPS; i++)); do
        run "csvcount (bare libcsv parse)" "$out/csvcount" "$data"
        figure_verbs "$src/forms" "$data"
    done
    print_table "$data" forms
    if [[ $PANDAS == 0 ]]; then
        echo "bench: skipping pandas (PANDAS=0)" >&2
    elif ! "$python" -c 'import pandas, scipy' 2>/dev/null; then
        echo "bench: skipping pandas: $python cannot import pandas and scipy" \
            "(apt-get install python3-pandas python3-scipy)" >&2
    else
        bench_pandas "$data"
    fi
}

# The feedback for a self-review: the sample's Google Forms export as
# FEEDBACK_COPIES offices' worth.
bench_feedback() {
    local sample=samples/gop-y/data/ca-nhan/google-forms.csv data rows i
    data=$out/feedback-$FEEDBACK_COPIES.csv
    if [[ ! -s $data ]]; then
        echo "bench: writing $data ($FEEDBACK_COPIES copies of $sample)" >&2
        { head -n 1 "$sample"
          for ((i = 0; i < FEEDBACK_COPIES; i++)); do tail -n +2 "$sample"; done
        } >"$data.tmp"
        mv "$data.tmp" "$data"
    fi
    # Rows, not lines: a remark cell holds several lines in quotes.
    rows=$(awk '{ q += gsub(/"/, "\""); if (q % 2 == 0) n++ } END { print n - 1 }' "$data")
    table=$tmp/feedback
    mkdir -p "$table"
    for ((i = 0; i < REPS; i++)); do
        run "csvcount (bare libcsv parse)" "$out/csvcount" "$data"
        verb "feedback (remarks)" feedback -q -j 1 --no-duplicates --form samples/gop-y/form \
            --codebook samples/gop-y/chu-de.csv "$data" -o /dev/null
        verb "feedback --show ratings" feedback -q -j 1 --no-duplicates \
            --form samples/gop-y/form --show ratings "$data" -o /dev/null
    done
    print_table "$data" "feedback (the gop-y sample's Google Forms rows)" "$rows"
}

# The ykien side of the pandas tasks that take more than one command,
# each run as one command (bash -c) to be timed as one.
# crosstabs YKIEN FORM DATA TALLY QUESTION...: T2, the unit x QUESTION
# tables from one tally of DATA by unit, written to TALLY.
crosstabs() {
    local ykien=$1 form=$2 data=$3 tally=$4 q
    shift 4
    "$ykien" tally -q -j 1 --force --form "$form" --by unit "$data" -o "$tally" || return
    for q; do
        "$ykien" crosstab -q --rows unit --cols "$q" "$tally" || return
    done
}
# describe_compare YKIEN FORM DATA: T3, descriptives and the tests across
# units.
describe_compare() {
    "$1" describe -q -j 1 --form "$2" --by unit "$3" &&
        "$1" compare -q -j 1 --form "$2" --by unit "$3"
}
export -f crosstabs describe_compare

bench_pandas() {
    local data=$1 second project items i task
    local form=$src/forms bench=$src/pandas_bench.py
    second=$(data_file forms 2)
    # T5's two rounds: a project beside the data (paths relative to it).
    project=$out/forms-rounds-$ROWS.ykien
    printf '%s\n' "# tests/bench/run.sh: the forms profile as two rounds" "form = ../../$form" \
        "group = unit" "round 2024 = ${data##*/}" "round 2025 = ${second##*/}" >"$project"
    # T2's items: every select_one question but the unit.
    items=$(awk -F, '$1 ~ /^select_one / && $2 != "unit" { print $2 }' "$form/survey.csv")

    table=$tmp/pandas
    mkdir -p "$table"
    for ((i = 0; i < REPS; i++)); do
        # shellcheck disable=SC2086 # items are words
        run T2.ykien bash -c 'crosstabs "$@"' _ "$ykien" "$form" "$data" "$tmp/by-unit.ykt" $items
        run T3.ykien bash -c 'describe_compare "$@"' _ "$ykien" "$form" "$data"
        run T5.ykien "$ykien" rounds -q -j 1 "$project" -o /dev/null
    done
    for ((i = 0; i < PANDAS_REPS; i++)); do
        for task in freq chisq describe alpha; do
            run "$task.pandas" "$python" "$bench" "$task" "$form" "$data"
        done
        run rounds.pandas "$python" "$bench" rounds "$form" "$data" "$second"
    done

    printf '\npandas %s, scipy %s: %s, ykien median of %d runs, pandas of %d\n' \
        "$("$python" -c 'import pandas; print(pandas.__version__)')" \
        "$("$python" -c 'import scipy; print(scipy.__version__)')" "$data" "$REPS" "$PANDAS_REPS"
    printf '%-46s %8s %9s %12s %10s %11s\n' task "ykien s" "pandas s" pandas/ykien \
        "ykien MiB" "pandas MiB"
    pandas_row "T1 frequencies by unit" freq "$tmp/forms" "freq --by unit"
    pandas_row "T2 unit x item chi-square (tally, crosstab)" chisq "$table" T2.ykien
    pandas_row "T3 descriptives, Kruskal-Wallis by unit" describe "$table" T3.ykien
    pandas_row "T4 Cronbach's alpha" alpha "$tmp/forms" "scale"
    pandas_row "T5 two rounds compared" rounds "$table" T5.ykien
}

# pandas_row TASK PANDAS_TASK YKIEN_TABLE YKIEN_ROW
pandas_row() {
    local ys ym ps pm
    ys=$(table=$3 seconds "$4")
    ym=$(table=$3 peak_mib "$4")
    ps=$(seconds "$2.pandas")
    pm=$(peak_mib "$2.pandas")
    awk -v t="$1" -v ys="$ys" -v ps="$ps" -v ym="$ym" -v pm="$pm" \
        'BEGIN { printf "%-46s %8.3f %9.3f %12.1f %10.1f %11.1f\n", t, ys, ps, ps / ys, ym, pm }'
}

for profile in $PROFILES; do
    "bench_$profile"
done
printf '\nload at end: %s (the run took %d s)\n' "$(uptime)" $((EPOCHSECONDS - started))
