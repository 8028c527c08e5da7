#!/usr/bin/env bash
# The pictures in the README: one chart of each kind from the samples, as
# PNG, in docs/charts/.  `make pictures` runs it; the PNGs are committed.
# SOURCE_DATE_EPOCH is fixed so that the same code draws the same bytes.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
ykien=${YKIEN:-build/ykien}
out=docs/charts
kg=samples/kien-giang/kien-giang.ykien
export SOURCE_DATE_EPOCH=1409702400      # 3 September 2014
mkdir -p "$out"
chart() { # NAME KIND ARGS...
    local name=$1
    shift
    "$ykien" chart "$@" -q --force -o "$out/$name.png" 2>/dev/null || [ $? -eq 1 ]
    echo "$out/$name.png"
}
chart likert-scale likert --scale dao_duc "$kg"
chart likert-units likert --by don_vi --questions q11 --size a4 "$kg"
chart bars-overall bars --questions kenh_tin "$kg"
chart bars-units bars --by don_vi --questions han_che --size a4 "$kg"
chart rank-share rank --questions q11 "$kg"
chart rank-mean rank --questions diem_hai_long "$kg"
chart heatmap-scale heatmap --scale can_bo "$kg"
chart histogram-age histogram --questions tuoi "$kg"
chart rounds-q11 rounds --questions q11 "$kg"
chart votes votes samples/confidence-vote/poll.ykien
chart themes-gop-y themes --questions gop_y "$kg"
chart themes-units themes --by don_vi --questions gop_y --size a4 "$kg"
chart words-gop-y words --questions gop_y "$kg"

# The report's first pages.
"$ykien" report -q --force "$kg" -o "$out/report.pdf" 2>/dev/null || [ $? -eq 1 ]
for i in 1 2 3; do
    pdftoppm -r 60 -png -f $i -l $i -singlefile "$out/report.pdf" "$out/report-page-$i"
done
# Its last page: the recipients and the signature block.
last=$(pdfinfo "$out/report.pdf" | awk '/^Pages:/ { print $2 }')
pdftoppm -r 60 -png -f "$last" -l "$last" -singlefile "$out/report.pdf" "$out/report-page-last"
rm -f "$out/report.pdf"
ls "$out"/report-page-*.png

# The report as a Word document, page 2 as LibreOffice lays it out (where
# LibreOffice is installed: make deps-office).
if command -v soffice >/dev/null 2>&1; then
    tmp=$(mktemp -d)
    "$ykien" report -q --force "$kg" -o "$tmp/report.docx" 2>/dev/null || [ $? -eq 1 ]
    HOME=$tmp soffice --headless --norestore --convert-to pdf --outdir "$tmp" \
        "$tmp/report.docx" >/dev/null 2>&1
    pdftoppm -r 60 -png -f 2 -l 2 -singlefile "$tmp/report.pdf" "$out/report-docx-page-2"
    rm -rf "$tmp"
    ls "$out"/report-docx-page-2.png
fi

# The first page of a poll's counting record.
"$ykien" report -q --force --template counting-record samples/confidence-vote/poll.ykien \
    -o "$out/counting.pdf" 2>/dev/null
pdftoppm -r 60 -png -f 1 -l 1 -singlefile "$out/counting.pdf" "$out/counting-record-page-1"
rm -f "$out/counting.pdf"
ls "$out"/counting-record-page-1.png

# A self-review's compiled feedback: its first page, and the page of the
# first member's ratings table.
"$ykien" report -q --force samples/gop-y/gop-y.ykien -o "$out/self-review.pdf" 2>/dev/null
pdftoppm -r 60 -png -f 1 -l 1 -singlefile "$out/self-review.pdf" "$out/self-review-page-1"
n=$(pdfinfo "$out/self-review.pdf" | awk '/^Pages:/ { print $2 }')
for i in $(seq 1 "$n"); do
    if pdftotext -f "$i" -l "$i" "$out/self-review.pdf" - | grep -q '^Bảng 1\.'; then
        pdftoppm -r 60 -png -f "$i" -l "$i" -singlefile "$out/self-review.pdf" "$out/self-review-ratings"
        break
    fi
done
rm -f "$out/self-review.pdf"
ls "$out"/self-review-page-1.png "$out"/self-review-ratings.png

# The first page of the printed questionnaire and of the secret ballot.
"$ykien" questionnaire -q --force "$kg" -o "$out/questionnaire.pdf" 2>/dev/null
"$ykien" questionnaire -q --force samples/confidence-vote/poll.ykien -o "$out/ballot.pdf" 2>/dev/null
for doc in questionnaire ballot; do
    pdftoppm -r 60 -png -f 1 -l 1 -singlefile "$out/$doc.pdf" "$out/$doc-page-1"
    rm -f "$out/$doc.pdf"
done
ls "$out"/questionnaire-page-1.png "$out"/ballot-page-1.png
