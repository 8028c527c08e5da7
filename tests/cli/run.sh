#!/usr/bin/env bash
# End-to-end tests of the ykien command line.
#
#   YKIEN=build/ykien tests/cli/run.sh [--update] [CASE...]
#
# Each case is a directory tests/cli/cases/NAME/ holding
#   cmd     one shell line, run by bash from the repository root, with
#           $YKIEN the binary (an absolute path) and $TMP a fresh, empty
#           scratch directory; input files live in tests/cli/data/
#   stdout  expected standard output
#   stderr  expected standard error
#   status  expected exit status
# Cases run with LC_ALL=C.UTF-8, YKIEN_LANG=en (a developer's vi_VN locale
# would give Vietnamese help) and standard input from /dev/null; the
# scratch path is written as the literal text $TMP in stdout and stderr.
# All three are compared exactly; a failure prints a diff.  One extra case,
# "examples", runs tests/cli/examples.sh (every example in the help texts).
#
# --update (or UPDATE=1) rewrites the expected files from the actual output,
# for a reviewed, intended change: read `git diff tests/cli/cases` after it.
# Cases named KNOWN-BUG-* hold the behaviour ykien should have, not what it
# does; --update leaves them alone unless they are named on the command line.
#
# CLI_JOBS=N runs the cases N at a time, in shards (see below).
# CLI_TIMES=FILE appends "SECONDS NAME" for each case run (to find the slow
# ones: sort -rn FILE | head).
#
# The last line is "N passed, M failed"; the exit status is 1 if any failed.

set -u

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
cases_dir=$here/cases

update=${UPDATE:-0}
[ "$update" = 1 ] || update=0
names=()
for arg in "$@"; do
    case $arg in
        --update) update=1 ;;
        -h|--help)
            sed -n '2,/^$/{s/^# \{0,1\}//;p}' "${BASH_SOURCE[0]}"
            exit 0 ;;
        -*) echo "run.sh: unknown option '$arg'" >&2; exit 2 ;;
        *) names+=("${arg%/}") ;;
    esac
done

YKIEN=${YKIEN:-build/ykien}
case $YKIEN in
    /*) ;;
    *) YKIEN=$root/$YKIEN ;;
esac
if [ ! -x "$YKIEN" ]; then
    echo "run.sh: $YKIEN is not an executable; run 'make' first" >&2
    exit 2
fi
export YKIEN

work=$(mktemp -d "${TMPDIR:-/tmp}/ykien-cli.XXXXXX") || exit 2
trap 'rm -rf "$work"' EXIT

passed=0
failed=0
failures=()

# run_case NAME: runs cases/NAME/cmd; leaves out, err and status in $work.
run_case() {
    local name=$1 tmp
    tmp=$(mktemp -d "$work/tmp.XXXXXX")
    (
        cd "$root" &&
        env -i PATH="$PATH" HOME="${HOME:-/}" LC_ALL=C.UTF-8 YKIEN_LANG=en \
            YKIEN="$YKIEN" TMP="$tmp" TMPDIR="$tmp" \
            ASAN_OPTIONS="${ASAN_OPTIONS:-}" UBSAN_OPTIONS="${UBSAN_OPTIONS:-}" \
            LSAN_OPTIONS="${LSAN_OPTIONS:-}" \
            TSAN_OPTIONS="${TSAN_OPTIONS:-}" \
            bash -c "$(cat "$cases_dir/$name/cmd")" \
            </dev/null >"$work/out.raw" 2>"$work/err.raw"
        echo $? >"$work/status"
    )
    # The scratch path changes every run; write it as $TMP.
    sed "s|$tmp|\$TMP|g" "$work/out.raw" >"$work/out"
    sed "s|$tmp|\$TMP|g" "$work/err.raw" >"$work/err"
    rm -rf "$tmp"
}

# check_case NAME: compares, or rewrites under --update.
check_case() {
    local name=$1 dir=$cases_dir/$1 ok=1 f start=$EPOCHREALTIME
    run_case "$name"
    if [ -n "${CLI_TIMES:-}" ]; then
        awk -v a="$start" -v b="$EPOCHREALTIME" -v n="$name" \
            'BEGIN { printf "%.2f %s\n", b - a, n }' >>"$CLI_TIMES"
    fi
    if [ "$update" = 1 ]; then
        case $name in
            KNOWN-BUG-*)
                if [ "$all" = 1 ]; then
                    echo "not updated: $name (a KNOWN-BUG case; name it to update it)"
                else
                    cp "$work/out" "$dir/stdout"
                    cp "$work/err" "$dir/stderr"
                    cp "$work/status" "$dir/status"
                fi ;;
            *)
                cp "$work/out" "$dir/stdout"
                cp "$work/err" "$dir/stderr"
                cp "$work/status" "$dir/status" ;;
        esac
    fi
    for f in stdout:out stderr:err status:status; do
        if ! cmp -s "$dir/${f%%:*}" "$work/${f#*:}"; then
            if [ "$ok" = 1 ]; then
                echo "FAIL $name: $(cat "$dir/cmd")"
                ok=0
            fi
            diff -u --label "expected ${f%%:*}" --label "actual ${f%%:*}" \
                "$dir/${f%%:*}" "$work/${f#*:}" 2>&1 | cat -v
        fi
    done
    if [ "$ok" = 1 ]; then
        passed=$((passed + 1))
    else
        failed=$((failed + 1))
        failures+=("$name")
    fi
}

# The examples in the help texts: one case, it passes when examples.sh does.
check_examples() {
    if (cd "$root" && LC_ALL=C.UTF-8 YKIEN_LANG=en YKIEN="$YKIEN" \
            "$here/examples.sh" </dev/null >"$work/examples" 2>&1); then
        passed=$((passed + 1))
    else
        echo "FAIL examples: tests/cli/examples.sh"
        sed 's/^/  /' "$work/examples" | cat -v
        failed=$((failed + 1))
        failures+=(examples)
    fi
}

if [ "${#names[@]}" -eq 0 ]; then
    for dir in "$cases_dir"/*/; do
        [ -d "$dir" ] || continue
        dir=${dir%/}
        names+=("${dir##*/}")
    done
    names+=(examples)
    all=1
else
    all=0
fi

# CLI_JOBS=N runs the cases as N shards at once (make cli passes the
# machine's cores), each shard a run.sh of its own on every Nth case; the
# shards' reports follow one another, then the sums.  --update runs alone.
jobs=${CLI_JOBS:-1}
if [[ $jobs =~ ^[1-9][0-9]*$ ]] && [ "$jobs" -gt 1 ] && [ "$update" = 0 ] &&
   [ "${#names[@]}" -gt 1 ]; then
    pids=()
    # Job control: a background job of a script starts with SIGINT
    # ignored, and so would every ykien of its cases (the signal cases
    # need it).
    set -m
    for ((j = 0; j < jobs; j++)); do
        shard=()
        for ((i = j; i < ${#names[@]}; i += jobs)); do
            shard+=("${names[i]}")
        done
        CLI_JOBS=1 "${BASH_SOURCE[0]}" "${shard[@]}" >"$work/shard$j" 2>&1 &
        pids+=($!)
    done
    for pid in "${pids[@]}"; do
        wait "$pid"
    done
    set +m
    for ((j = 0; j < jobs; j++)); do
        grep -v -E '^(failed: .*|[0-9]+ passed, [0-9]+ failed)$' "$work/shard$j"
        sums=$(tail -n 1 "$work/shard$j")
        if [[ $sums =~ ^([0-9]+)\ passed,\ ([0-9]+)\ failed$ ]]; then
            passed=$((passed + BASH_REMATCH[1]))
            failed=$((failed + BASH_REMATCH[2]))
            list=$(sed -n 's/^failed: //p' "$work/shard$j")
            [ -z "$list" ] || failures+=($list)
        else
            echo "FAIL shard $j: it ended without its sums"
            failed=$((failed + 1))
            failures+=("shard$j")
        fi
    done
    names=()
fi

for name in "${names[@]}"; do
    if [ "$name" = examples ]; then
        check_examples
    elif [ -f "$cases_dir/$name/cmd" ]; then
        check_case "$name"
    else
        echo "FAIL $name: no such case (no $cases_dir/$name/cmd)"
        failed=$((failed + 1))
        failures+=("$name")
    fi
done

if [ "$failed" -gt 0 ]; then
    echo "failed: ${failures[*]}"
fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
