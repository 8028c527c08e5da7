#!/usr/bin/env python3
"""Write the confidence-poll sample of samples/confidence-vote/.

Provenance only: the files are committed and the tests read them; nothing
runs this script in a build or a test.  Run it from anywhere:

    python3 samples/confidence-vote/make-sample.py

python3, standard library only; one seeded generator, so every run writes
the same bytes.

A provincial Youth Union executive committee of 47 members polls
confidence (lấy phiếu tín nhiệm) in the 12 members of its standing
committee.  46 members are present; 46 ballots are issued and 46 returned.
One returned ballot has a name written in (invalid as a whole); on valid
ballots a few lines have no box or two boxes marked (invalid for that
person only).  The counts per person are fixed below, chosen so that some
people sit exactly on the thresholds of regulation 96-QĐ/TW (2023) under one
denominator and not under another; the ballots are those counts shuffled.

Files:
  form/survey.csv, form/choices.csv, form/settings.csv   the ballot as a form
  persons.csv        code, full_name, position
  ballots.csv        one row per returned ballot (UTF-8 with BOM, ",", CRLF,
                     as Excel's "CSV UTF-8" writes it)
  expected.csv       per person: issued, returned, valid, high, trust, low,
                     invalid, percentages of the 47 members, and the outcome
                     under qd96-2023 for each denominator
"""

import csv
import io
import os
import random
import sys
from fractions import Fraction

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20231025

MEMBERS = 47
PRESENT = 46
ISSUED = 46

PERSONS = [
    ("p01", "Trần Quốc Vinh", "Bí thư Tỉnh đoàn"),
    ("p02", "Lê Thị Thu Hà", "Phó Bí thư Thường trực Tỉnh đoàn"),
    ("p03", "Danh Sơn", "Phó Bí thư Tỉnh đoàn"),
    ("p04", "Phạm Minh Khoa", "Phó Bí thư Tỉnh đoàn, Chủ tịch Hội Liên hiệp Thanh niên tỉnh"),
    ("p05", "Võ Thị Ngọc Trâm", "Trưởng Ban Tổ chức Tỉnh đoàn"),
    ("p06", "Huỳnh Văn Tài", "Trưởng Ban Tuyên giáo Tỉnh đoàn"),
    ("p07", "Đặng Thanh Tùng", "Chánh Văn phòng Tỉnh đoàn"),
    ("p08", "Nguyễn Thị Diễm My", "Trưởng Ban Thanh niên trường học, Chủ tịch Hội Sinh viên tỉnh"),
    ("p09", "Lâm Quốc Bảo", "Trưởng Ban Thanh niên công nhân và đô thị"),
    ("p10", "Thạch Ngọc Sang", "Trưởng Ban Thanh niên nông thôn"),
    ("p11", "Trương Hoàng Nam", "Chủ nhiệm Ủy ban Kiểm tra Tỉnh đoàn"),
    ("p12", "Bùi Thị Thanh Thảo", "Bí thư Thành đoàn Rạch Giá"),
]

# On the 45 ballots that are valid as a whole: (high, trust, low, lines with
# no box marked, lines with two boxes marked).  Each row sums to 45.
COUNTS = {
    "p01": (33, 9, 3, 0, 0),
    "p02": (30, 11, 4, 0, 0),
    "p03": (28, 12, 4, 1, 0),
    "p04": (26, 14, 5, 0, 0),
    "p05": (12, 10, 23, 0, 0),   # low = exactly half of the 46 present
    "p06": (31, 10, 3, 0, 1),
    "p07": (29, 13, 3, 0, 0),
    "p08": (8, 7, 30, 0, 0),     # low = exactly two thirds of 45 valid ballots
    "p09": (27, 12, 4, 1, 1),
    "p10": (32, 9, 4, 0, 0),
    "p11": (5, 8, 32, 0, 0),     # low >= two thirds of 47 members
    "p12": (19, 2, 24, 0, 0),    # low just over half of 47 members
}
# The ballot with a name written in: what it marks (never counted).  Counted
# by mistake it would tip p05 over half of the members and give p12 the
# 25 of 47 of a real 2023 result (53,19%).
NAME_ADDED = {"p05": "tin_nhiem_thap", "p08": "tin_nhiem_thap",
              "p12": "tin_nhiem_thap"}
NAME_ADDED_TEXT = "Nguyễn Văn Út"
NAME_ADDED_AT = 29          # its ballot number (so_phieu)

HIGH, TRUST, LOW = "tin_nhiem_cao", "tin_nhiem", "tin_nhiem_thap"
TWO_MARKS = [HIGH + " " + LOW, HIGH + " " + TRUST, TRUST + " " + LOW]


def table(rows, eol="\n", bom=False):
    s = io.StringIO()
    csv.writer(s, lineterminator=eol).writerows(rows)
    return (b"\xef\xbb\xbf" if bom else b"") + s.getvalue().encode("utf-8")


def form_files():
    survey = [["type", "name", "label", "label::English", "required", "hint"],
              ["integer", "so_phieu", "Số phiếu", "Ballot number", "yes", ""]]
    for code, name, position in PERSONS:
        survey.append(["select_one muc_tin_nhiem", code, name, name, "",
                       position])
    survey.append(["text", "ghi_them", "Tên ghi thêm vào phiếu",
                   "Name written in", "",
                   "Phiếu ghi thêm tên người ngoài danh sách là phiếu không hợp lệ"])
    choices = [["list_name", "name", "label", "label::English", "value"],
               ["muc_tin_nhiem", HIGH, "Tín nhiệm cao", "High confidence", "3"],
               ["muc_tin_nhiem", TRUST, "Tín nhiệm", "Confidence", "2"],
               ["muc_tin_nhiem", LOW, "Tín nhiệm thấp", "Low confidence", "1"]]
    # form_kind = ballot: every verb but `ykien votes` refuses the form.
    settings = [["form_title", "form_id", "version", "default_language", "form_kind"],
                ["Phiếu lấy phiếu tín nhiệm Ban Thường vụ Tỉnh đoàn",
                 "kg_tin_nhiem_btv", "2023.1", "vi", "ballot"]]
    return {"form/survey.csv": table(survey), "form/choices.csv": table(choices),
            "form/settings.csv": table(settings)}


def ballots(rng):
    n_valid = ISSUED - 1
    columns = {}
    for code, _, _ in PERSONS:
        hi, tr, lo, none, two = COUNTS[code]
        assert hi + tr + lo + none + two == n_valid, code
        col = [HIGH] * hi + [TRUST] * tr + [LOW] * lo + [""] * none + \
              [rng.choice(TWO_MARKS) for _ in range(two)]
        rng.shuffle(col)
        columns[code] = col
    rows = []
    k = 0
    for number in range(1, ISSUED + 1):
        if number == NAME_ADDED_AT:
            row = [str(number)] + [NAME_ADDED.get(c, HIGH) for c, _, _ in PERSONS] + \
                  [NAME_ADDED_TEXT]
        else:
            row = [str(number)] + [columns[c][k] for c, _, _ in PERSONS] + [""]
            k += 1
        rows.append(row)
    return rows


def outcome(low, denom):
    """Regulation 96-QĐ/TW (2023): more than half low -> review; two thirds
    or more -> dismissal.  Exact rational comparisons."""
    share = Fraction(low, denom)
    if share >= Fraction(2, 3):
        return "dismissal"
    if share > Fraction(1, 2):
        return "review"
    return "none"


def pct(n, d):
    return ("%.2f" % (100.0 * n / d)).replace(".", ",")


def tally(rows):
    header = ["code", "full_name", "issued", "returned", "valid", "high", "trust",
              "low", "invalid", "high_pct_members", "trust_pct_members",
              "low_pct_members", "qd96_members", "qd96_present",
              "qd96_valid_ballots"]
    out = [header]
    whole_valid = [r for r in rows if not r[-1]]
    for j, (code, name, _) in enumerate(PERSONS, start=1):
        marks = [r[j] for r in whole_valid]
        hi, tr, lo = marks.count(HIGH), marks.count(TRUST), marks.count(LOW)
        valid = hi + tr + lo
        invalid = len(rows) - valid
        out.append([code, name, str(ISSUED), str(len(rows)), str(valid),
                    str(hi), str(tr), str(lo), str(invalid),
                    pct(hi, MEMBERS), pct(tr, MEMBERS), pct(lo, MEMBERS),
                    outcome(lo, MEMBERS), outcome(lo, PRESENT),
                    outcome(lo, len(whole_valid))])
    return out


def main():
    rng = random.Random(SEED)
    out = form_files()
    out["persons.csv"] = table([["code", "full_name", "position"]] +
                               [list(p) for p in PERSONS])
    rows = ballots(rng)
    header = ["so_phieu"] + [c for c, _, _ in PERSONS] + ["ghi_them"]
    out["ballots.csv"] = table([header] + rows, eol="\r\n", bom=True)
    exp = tally(rows)
    out["expected.csv"] = table(exp)

    # Check: read ballots.csv back and recount from the file.
    back = list(csv.reader(io.StringIO(out["ballots.csv"][3:].decode("utf-8"),
                                       newline="")))
    assert back[0] == header and len(back) == ISSUED + 1
    assert tally(back[1:]) == exp
    for code, (hi, tr, lo, none, two) in COUNTS.items():
        row = next(r for r in exp if r[0] == code)
        assert (int(row[5]), int(row[6]), int(row[7])) == (hi, tr, lo)
        assert int(row[8]) == none + two + 1

    for name in sorted(out):
        path = os.path.join(HERE, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            f.write(out[name])
        print("%-18s %6d bytes" % (name, len(out[name])))
    print()
    print("| code | name | issued | returned | valid | high | trust | low | invalid "
          "| % high | % trust | % low | qd96, members | qd96, present | qd96, valid ballots |")
    print("|" + " --- |" * 15)
    for r in exp[1:]:
        print("| " + " | ".join(r) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
