#!/usr/bin/env bash
# Do two builds of ykien give the same bytes?  For refactoring: runs the
# README's pictures, the demo's figures, charts of every kind in every
# format and the report in both languages and layouts with each binary,
# then compares every file.  Prints the files that differ; 0 when none do.
# Usage: tests/same-output.sh OLD_YKIEN NEW_YKIEN
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
[ $# = 2 ] || { echo "usage: $0 OLD_YKIEN NEW_YKIEN" >&2; exit 2; }
work=$(mktemp -d)
# KEEP=1 leaves both runs in the temporary folder (its name is printed).
if [ -n "${KEEP:-}" ]; then echo "runs in $work"; else trap 'rm -rf "$work"' EXIT; fi
export SOURCE_DATE_EPOCH=1409702400
kg=samples/kien-giang/kien-giang.ykien
poll=samples/confidence-vote/poll.ykien

run_all() { # YKIEN DIR
    local y=$1 d=$2 n=0
    mkdir -p "$d"
    run() { # a command line for ykien; its stdout, stderr and status are kept
        n=$((n + 1))
        "$y" "$@" >"$d/$n.out" 2>"$d/$n.err"
        echo $? >"$d/$n.status"
    }
    run tally -q --force "$kg" -o "$d/kg.ykt"
    for verb in freq describe compare scale crosstab rounds; do
        case $verb in
            crosstab) extra="--rows don_vi --cols q11" ;;
            *) extra="" ;;
        esac
        for fmt in csv text json; do
            # shellcheck disable=SC2086
            run $verb $extra --format $fmt "$kg"
        done
    done
    run freq --by don_vi --format text "$kg"
    run compare --pairs --format text "$kg"
    run compare --vs-rest --format text "$kg"
    run describe --weight members --format text "$kg"
    run votes --format text "$poll"
    run votes --format csv "$poll"
    for kind in likert bars rank heatmap histogram rounds; do
        case $kind in
            likert) args="--by don_vi --questions q11" ;;
            bars) args="--questions kenh_tin" ;;
            rank) args="--questions q11" ;;
            heatmap) args="--scale can_bo" ;;
            histogram) args="--questions tuoi" ;;
            rounds) args="--questions q11" ;;
        esac
        for ext in png svg pdf; do
            # shellcheck disable=SC2086
            run chart $kind $args -q --force "$kg" -o "$d/$kind.$ext"
        done
        # shellcheck disable=SC2086
        run chart $kind $args --lang en -q --force "$kg" -o "$d/$kind-en.png"
    done
    run chart votes -q --force "$poll" -o "$d/votes.pdf"
    run report -q --force "$kg" -o "$d/report.pdf"
    run report -q --force --lang en "$kg" -o "$d/report-en.pdf"
    run report -q --force --template rounds "$kg" -o "$d/rounds-report.pdf"
    run report -q --force --template confidence-poll "$poll" -o "$d/poll-template.pdf"
    run report -q --force --lang en --template confidence-poll "$poll" -o "$d/poll-template-en.pdf"
    YKIEN=$y docs/pictures.sh >/dev/null 2>&1
    cp docs/charts/*.png docs/charts/*.pdf "$d/" 2>/dev/null
    git checkout -q -- docs/charts 2>/dev/null
}
run_all "$1" "$work/old"
run_all "$2" "$work/new"
differ=0
for f in "$work"/old/*; do
    name=${f##*/}
    if ! cmp -s "$f" "$work/new/$name"; then
        echo "differs: $name"
        differ=$((differ + 1))
    fi
done
total=$(ls "$work/old" | wc -l)
echo "$total files compared, $differ differ"
[ $differ = 0 ]
