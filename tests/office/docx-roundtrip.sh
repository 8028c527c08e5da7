#!/bin/sh
# Every Word document ykien writes, opened by another program: LibreOffice
# (headless) converts each report's .docx to PDF and to text.  The text
# must hold the header's lines, every caption of ykien's own PDF of the
# same report (pdftotext), and the numbers of its first tables, row by row
# in the same order; LibreOffice's page count must be within 30% of
# ykien's (Word and LibreOffice lay the pages out themselves).
# Usage: YKIEN=build/ykien tests/office/docx-roundtrip.sh
# Skips (status 0, saying so) where soffice is not installed.
set -u
YKIEN=${YKIEN:-build/ykien}
if ! command -v soffice >/dev/null 2>&1; then
    echo "docx-roundtrip: skipped: LibreOffice (soffice) is not installed; 'make deps-office' installs it"
    exit 0
fi
TMP=$(mktemp -d "${TMPDIR:-/tmp}/ykien-office.XXXXXX") || exit 2
trap 'rm -rf "$TMP"' EXIT INT TERM
export SOURCE_DATE_EPOCH=1409875200 LC_ALL=C.UTF-8
fail=0
say() { echo "docx-roundtrip: $*"; }
bad() { say "FAIL: $*"; fail=1; }

# name|project: each report as PDF (ykien's) and as .docx.
reports="kien-giang|samples/kien-giang/kien-giang.ykien
poll|samples/confidence-vote/poll.ykien
self-review|samples/gop-y/gop-y.ykien"
echo "$reports" | while IFS='|' read -r name project; do
    "$YKIEN" report -q "$project" -o "$TMP/$name.pdf" 2>/dev/null
    "$YKIEN" report -q "$project" -o "$TMP/$name.docx" 2>/dev/null
done

# One LibreOffice profile (HOME) of our own, so that no other run meets it.
mkdir -p "$TMP/home" "$TMP/lo"
HOME=$TMP/home soffice --headless --norestore --convert-to pdf --outdir "$TMP/lo" \
    "$TMP"/*.docx >"$TMP/soffice.log" 2>&1
HOME=$TMP/home soffice --headless --norestore --convert-to 'txt:Text (encoded):UTF8' \
    --outdir "$TMP/lo" "$TMP"/*.docx >>"$TMP/soffice.log" 2>&1

# A numeric cell: 18.500, 11,6%, 81,7 – 83,0%, 33 (70,21%).
NUMBER='[0-9][0-9.,]*%?( – [0-9][0-9.,]*%?| \([0-9][0-9.,]*%\))?'

# The rows of ykien's PDF's tables 1 and 2 (pdftotext -layout) as
# |a|b|c|, their numeric cells only, in order.  A table ends at a blank
# line, a heading or a caption; at a page's end it goes on when the next
# page starts (after its number) with the table's header again.
pdf_rows() {
    pdftotext -layout "$1" - | awk -v number="$NUMBER" '
        function norm(s) { gsub(/ +/, " ", s); sub(/^ /, "", s); sub(/ $/, "", s); return s }
        /^ *(Bảng|Table) [12]\./ { on = 1; head = ""; paging = 0; next }
        !on { next }
        /^\f/ { paging = 1; next }
        paging && /^ *$/ { next }
        paging { paging = 0; if (norm($0) == head) next; on = 0; next }
        head == "" { head = norm($0); next }
        /^ *((Bảng|Table|Hình|Figure) [0-9]+\.|[IVX]+\. )/ || /^ *$/ { on = 0; next }
        {
            # A cell stands apart: two spaces (or the end of the line) on each
            # side; "16-18" or "Trên 30" in a label is not a number cell.
            line = "  " $0 "  "; row = ""; k = 0
            while (match(line, number)) {
                cell = substr(line, RSTART, RLENGTH)
                alone = substr(line, RSTART - 2, 2) == "  " && \
                        substr(line, RSTART + RLENGTH, 2) == "  "
                if (alone) { row = row "|" cell; k++ }
                line = substr(line, RSTART + RLENGTH)
                if (!alone) sub(/^[^ ]*/, "", line)
            }
            if (k >= 2) print row "|"
        }'
}

for name in kien-giang poll self-review; do
    txt=$TMP/lo/$name.txt
    pdf=$TMP/lo/$name.pdf
    if [ ! -s "$txt" ] || [ ! -s "$pdf" ]; then
        bad "$name: LibreOffice made no text or no PDF of $name.docx"
        sed 's/^/    /' "$TMP/soffice.log"
        continue
    fi
    sed -i '1s/^\xef\xbb\xbf//' "$txt"      # the byte order mark LibreOffice writes
    for line in "ĐOÀN TNCS HỒ CHÍ MINH" "Số:"; do
        grep -q -F "$line" "$txt" || bad "$name: no '$line' in LibreOffice's text"
    done
    captions=$(pdftotext "$TMP/$name.pdf" - | grep -E '^(Bảng|Hình|Table|Figure) [0-9]+\.')
    ncaptions=0
    while IFS= read -r c; do
        [ -n "$c" ] || continue
        ncaptions=$((ncaptions + 1))
        grep -q -F "$c" "$txt" || bad "$name: caption '$c' of the PDF is not in the Word document"
    done <<CAPTIONS
$captions
CAPTIONS
    numbers="|$(grep -x -E "$NUMBER" "$txt" | tr '\n' '|')"
    nrows=0
    for row in $(pdf_rows "$TMP/$name.pdf" | tr ' ' '_'); do
        nrows=$((nrows + 1))
        row=$(echo "$row" | tr '_' ' ')
        case $numbers in
            *"$row"*) ;;
            *) bad "$name: the PDF's table row $row is not in the Word document" ;;
        esac
    done
    ours=$(pdfinfo "$TMP/$name.pdf" | awk '/^Pages:/ { print $2 }')
    theirs=$(pdfinfo "$pdf" | awk '/^Pages:/ { print $2 }')
    if [ $((theirs * 10)) -lt $((ours * 7)) ] || [ $((theirs * 10)) -gt $((ours * 13)) ]; then
        bad "$name: LibreOffice lays out $theirs pages, ykien's PDF $ours (more than 30% apart)"
    fi
    say "$name: $ncaptions captions, $nrows table rows found; $theirs pages in LibreOffice, $ours in ykien's PDF"
done
if [ "$fail" -ne 0 ]; then
    exit 1
fi
say "ok"
