#!/usr/bin/env bash
# Runs every example in ykien's help texts and README, so they cannot drift
# from the code: the lines under "examples:" in `ykien help VERB`, for every
# verb listed under "verbs:" in `ykien --help` (and any examples there too),
# and the lines starting "ykien " in the README's ```sh blocks.
# Each must exit 0 or 1 (done, or the data has errors); 2 (usage), 3, or a
# signal fails.  Run from the repository root with $YKIEN the binary:
#
#   YKIEN=build/ykien tests/cli/examples.sh
#
# Each example runs with standard input from /dev/null in a fresh scratch
# directory that links to samples/, tests/ and rules/, so the files it
# writes (-o) are thrown away with its output.  It fails, too, if a help
# text has no examples at all.

set -u

YKIEN=${YKIEN:-build/ykien}
case $YKIEN in
    /*) ;;
    *) YKIEN=$PWD/$YKIEN ;;
esac
# English help: its "verbs:" and "examples:" are what this reads.
export LC_ALL=C.UTF-8 YKIEN_LANG=en

# examples_of TEXT: the lines after "examples:" that start with "ykien ".
examples_of() {
    awk '/^examples:/ { on = 1; next }
         on && /^[^ ]/ { on = 0 }
         on && /^ +ykien / { sub(/^ +/, ""); print }'
}

if ! top=$("$YKIEN" --help); then
    echo "examples.sh: '$YKIEN --help' failed" >&2
    exit 1
fi
verbs=$(printf '%s\n' "$top" |
    awk '/^verbs:/ { on = 1; next }
         on && /^$/ { on = 0 }
         on && /^  [a-z]/ { print $1 }')
if [ -z "$verbs" ]; then
    echo "examples.sh: no verbs under 'verbs:' in 'ykien --help'" >&2
    exit 1
fi

bad=0
ran=0
run_examples() {
    local where=$1 text=$2 line status n=0
    while IFS= read -r line; do
        n=$((n + 1))
        ran=$((ran + 1))
        # Word-split like a shell would; the examples use no quoting.
        fresh_workdir
        (cd "$workdir" && bash -c "\"\$YKIEN\" ${line#ykien }") </dev/null >/dev/null 2>"$scratch"
        status=$?
        case $status in
            0|1) echo "ok ($status): $line" ;;
            *)   echo "FAIL (exit $status): $line  [from $where]"
                 sed 's/^/    /' "$scratch"
                 bad=$((bad + 1)) ;;
        esac
    done < <(printf '%s\n' "$text" | examples_of)
    if [ "$where" != "ykien --help" ] && [ "$n" -eq 0 ]; then
        echo "FAIL: '$where' shows no examples"
        bad=$((bad + 1))
    fi
}

scratch=$(mktemp) || exit 1
workdir=$(mktemp -d) || exit 1
trap 'rm -f "$scratch"; rm -rf "$workdir"' EXIT
root=$PWD
fresh_workdir() {
    rm -rf "$workdir" && mkdir "$workdir" &&
        for d in samples tests rules; do ln -s "$root/$d" "$workdir/$d"; done
}
export YKIEN

run_examples "ykien --help" "$top"
for verb in $verbs; do
    if ! text=$("$YKIEN" help "$verb"); then
        echo "FAIL: 'ykien help $verb' failed"
        bad=$((bad + 1))
        continue
    fi
    run_examples "ykien help $verb" "$text"
done

readme=$(awk '/^```sh/ { on = 1; print "examples:"; next }
              /^```/ { on = 0; next }
              on && /^ykien / { print "  " $0 }' README.md)
run_examples "README.md" "$readme"

echo "$ran examples run, $bad failed"
[ "$bad" -eq 0 ]
