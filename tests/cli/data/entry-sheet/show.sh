#!/usr/bin/env bash
# Shows what an .xlsx workbook holds, as text the CLI cases can compare:
#
#   show.sh BOOK.xlsx sheets        the sheets' names, in order
#   show.sh BOOK.xlsx rows N        sheet N's cells, a row a line: A1=text
#                                   (shared strings resolved, inline strings
#                                   and numbers as written)
#   show.sh BOOK.xlsx drops         sheet 1's validations: range, type
#                                   (none: any), error style, formulas
#   show.sh BOOK.xlsx comments      the header comments: cell, then text (a
#                                   line break shown as ' / ')
#
# Escapes are shown as the workbook writes them (_x005F_, &amp;).
set -eu
book=$1
what=$2

strings() {
    unzip -p "$book" xl/sharedStrings.xml 2>/dev/null |
        sed 's/<si>/\n<si>/g' | grep '^<si>' | sed -E 's/<[^>]*>//g' || true
}

case $what in
sheets)
    unzip -p "$book" xl/workbook.xml | grep -o '<sheet name="[^"]*"' | sed 's/<sheet name=//' ;;
rows)
    unzip -p "$book" "xl/worksheets/sheet$3.xml" | sed 's/<row /\n<row /g; s/<\/sheetData>/\n/' |
        grep '^<row ' |
        awk -v strings="$(strings)" '
            BEGIN { n = split(strings, s, "\n") }
            {
                line = ""
                rest = $0
                while (match(rest, /<c r="[A-Z]+[0-9]+"[^>]*(\/>|>.*<\/c>)/)) {
                    cell = substr(rest, RSTART, RLENGTH)
                    end = index(cell, "</c>")
                    if (end) cell = substr(cell, 1, end + 3)
                    rest = substr(rest, RSTART + length(cell))
                    match(cell, /r="[A-Z]+[0-9]+"/)
                    ref = substr(cell, RSTART + 3, RLENGTH - 4)
                    text = cell
                    if (cell ~ /t="s"/) {
                        match(cell, /<v>[0-9]+<\/v>/)
                        text = s[substr(cell, RSTART + 3, RLENGTH - 7) + 1]
                    } else {
                        gsub(/<[^>]*>/, "", text)
                    }
                    line = line (line == "" ? "" : " | ") ref "=" text
                }
                print line
            }' ;;
drops)
    unzip -p "$book" xl/worksheets/sheet1.xml | xmllint --format - |
        sed -n -E '/<dataValidation /{
                       s/^ *<dataValidation (type="([a-z]*)" )?(errorStyle="([a-z]*)" )?.* sqref="([^"]*)".*/\5 \2 \4/
                       s/  */ /g; s/ $//; p }
                   /<formula[12]>/{ s/^ *//; p }' ;;
comments)
    unzip -p "$book" xl/comments1.xml | tr '\n' '~' | sed 's/<comment /\n<comment /g' |
        grep '^<comment ' |
        sed -E 's/^<comment ref="([A-Z]+[0-9]+)".*<t[^>]*>(.*)<\/t>.*/\1 \2/; s/~/ \/ /g' ;;
*)
    echo "show.sh: what is '$what'?" >&2
    exit 2 ;;
esac
