#!/bin/sh
# The layers of lib/ depend one way (README, "Architecture"): a file in
# lib/LAYER/ includes only headers of its own layer or of the layers listed
# before it; a private header (NAME_impl.h) is included only from its own
# folder; every header a file names exists in some layer.  Prints each
# include that breaks a rule, with its file and line, and fails on any.
# It fails too when a file name is in both lib/ and tools/ (a tool's file
# is named for what the command does: tools/kind_bars.c, not chart_bars.c).
# Usage: tests/layers.sh LAYER...   (in order, from the bottom up)
status=0
seen=""
for layer in "$@"; do
    seen="$seen $layer"
    for file in lib/"$layer"/*.c lib/"$layer"/*.h; do
        [ -e "$file" ] || continue
        grep -n '^#include "' "$file" | while IFS= read -r hit; do
            line=${hit%%:*}
            header=$(printf '%s\n' "$hit" | sed 's/^[0-9]*:#include "\([^"]*\)".*/\1/')
            home=""
            for l in "$@"; do
                [ -e "lib/$l/$header" ] && home=$l
            done
            if [ -z "$home" ]; then
                echo "$file:$line: includes \"$header\", which no layer has"
            elif [ "${header%_impl.h}" != "$header" ] && [ "$home" != "$layer" ]; then
                echo "$file:$line: includes \"$header\", private to lib/$home/"
            else
                case " $seen " in
                    *" $home "*) ;;
                    *) echo "$file:$line: includes \"$header\" of lib/$home/, a layer above lib/$layer/" ;;
                esac
            fi
        done
    done
done > "${TMPDIR:-/tmp}/layers.$$"
if [ -s "${TMPDIR:-/tmp}/layers.$$" ]; then
    cat "${TMPDIR:-/tmp}/layers.$$"
    status=1
fi
# Outside lib/, no one includes a layer's private header.  Unit tests
# may: they test the insides of a layer, and are no layer's users.
for header in lib/*/*_impl.h; do
    if grep -n "^#include \"${header##*/}\"" tools/*.[ch] tests/fuzz/*.c; then
        echo "(${header##*/} is private to ${header%/*}/)"
        status=1
    fi
done
# No file name is in both lib/ and tools/: a name says which one a file is.
for file in lib/*/*; do
    if [ -e "tools/${file##*/}" ]; then
        echo "tools/${file##*/}: $file has the same name; rename the tool's file"
        status=1
    fi
done
rm -f "${TMPDIR:-/tmp}/layers.$$"
[ $status = 0 ] && echo "lib/ layers: every include points down ($*); no file name in both lib/ and tools/"
exit $status
