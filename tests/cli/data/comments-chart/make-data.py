#!/usr/bin/env python3
"""Writes data/2014.csv and prints, counted here independently of ykien,
each theme's answers and base overall and by unit (a theme's phrases as
whole syllables, lower case), and the answers holding a few phrases."""
import csv, re

ANSWERS = [
    "Cần đổi mới nội dung sinh hoạt chi đoàn cho hấp dẫn hơn",
    "Cán bộ Đoàn cần gần gũi, lắng nghe đoàn viên",
    "Mong Đoàn hỗ trợ việc làm cho thanh niên",
    "Sinh hoạt chi đoàn còn hình thức, cán bộ Đoàn ít xuống cơ sở",
    "Không có ý kiến",
    "Tổ chức thêm hoạt động thể thao cho thanh niên",
    "Cán bộ Đoàn trẻ, nhiệt tình",
    "Hỗ trợ thanh niên học nghề, tìm việc làm",
    "",
]
UNITS = [("rach_gia", 30), ("ha_tien", 25), ("hon_dat", 20), ("kien_hai", 4)]
THEMES = [("sinh_hoat", ["sinh hoạt", "họp chi đoàn"]), ("can_bo", ["cán bộ", "bí thư"]),
          ("viec_lam", ["việc làm", "học nghề"])]

def syllables(text):
    return re.findall(r"\w+", text.lower())

def has(text, phrase):
    s, p = syllables(text), phrase.split()
    return any(s[i:i + len(p)] == p for i in range(len(s) - len(p) + 1))

rows, k = [], 0
for unit, n in UNITS:
    for i in range(n):
        rows.append((f"{unit}-{i + 1:02d}", unit, ANSWERS[k % len(ANSWERS)]))
        k += 1
with open("data/2014.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["ma_phieu", "don_vi", "gop_y"])
    w.writerows(rows)

for group in [None] + [u for u, _ in UNITS]:
    answered = [t for _, u, t in rows if (group is None or u == group) and syllables(t)]
    counts = [sum(any(has(t, p) for p in ps) for t in answered) for _, ps in THEMES]
    uncoded = sum(not any(has(t, p) for _, ps in THEMES for p in ps) for t in answered)
    print(group or "all", len(answered), dict(zip([c for c, _ in THEMES], counts)), "uncoded", uncoded)
answered = [t for _, _, t in rows if syllables(t)]
for p in ["cán bộ đoàn", "thanh niên", "sinh hoạt chi đoàn", "việc làm", "hỗ trợ"]:
    print(p, sum(has(t, p) for t in answered))
