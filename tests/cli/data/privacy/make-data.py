#!/usr/bin/env python3
"""Write data/2023.csv and data/2024.csv of the privacy test project.

Deterministic (a fixed linear congruential generator, no library random),
so the files can be made again byte for byte.  Planted facts the tests
rely on (round 2024):
  - units lon, vua, nho have 60, 50 and 1 respondents;
  - nho's one respondent is a woman of 35, the oldest of all (everyone
    else is 18..32), and answers q1 = 1, q2 = 1, q3 = 2, q4 = 5;
  - q2 = 1 is nho's alone; q1 = 1 is chosen by 3 people in all
    (lon 1, vua 1, nho 1);
  - q3 is left blank by a few respondents of lon and vua.
Round 2023 has 58, 47 and 12 respondents, so nho is shown in 2023 and
hidden in 2024.
"""
import os

state = 20241203


def rnd(n):
    """A number in 0..n-1 from a fixed LCG (Numerical Recipes constants)."""
    global state
    state = (1664525 * state + 1013904223) % 2**32
    return (state >> 8) % n


def pick(weights):
    total = sum(w for _, w in weights)
    x = rnd(total)
    for value, w in weights:
        if x < w:
            return value
        x -= w
    raise AssertionError


LIKERT = [("5", 6), ("4", 10), ("3", 5), ("2", 3), ("9", 2)]
LIKERT_NEG = [("5", 2), ("4", 4), ("3", 6), ("2", 8), ("1", 3), ("9", 2)]


def row(code, unit, i, rare_q1):
    sex = pick([("nam", 1), ("nu", 1)])
    q1 = "1" if rare_q1 else pick(LIKERT)
    q2 = pick(LIKERT)
    q3 = "" if rnd(12) == 0 else pick(LIKERT)
    q4 = pick(LIKERT_NEG)
    age = str(18 + rnd(15))
    return [f"{code}-{i:03d}", unit, sex, q1, q2, q3, q4, age]


def write(path, sizes, code_prefix, planted_nho):
    head = ["ma_phieu", "don_vi", "gioi_tinh", "q1", "q2", "q3", "q4", "tuoi"]
    rows = []
    for unit, n in sizes:
        for i in range(1, n + 1):
            if unit == "nho" and planted_nho:
                rows.append([f"{code_prefix}-N{i:03d}", "nho", "nu", "1", "1", "2", "5", "35"])
                continue
            rare = planted_nho and unit in ("lon", "vua") and i == 7
            rows.append(row(f"{code_prefix}-{unit[0].upper()}", unit, i, rare))
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(",".join(head) + "\n")
        for r in rows:
            f.write(",".join(r) + "\n")


here = os.path.dirname(os.path.abspath(__file__))
write(os.path.join(here, "data", "2023.csv"), [("lon", 58), ("vua", 47), ("nho", 12)], "23", False)
write(os.path.join(here, "data", "2024.csv"), [("lon", 60), ("vua", 50), ("nho", 1)], "24", True)
