#!/usr/bin/env python3
"""An independent count of ykien comments' figures, standard library only,
NOT run by the tests: its output is written into this case's expected
stdout as fixed numbers, so ykien's counts are checked against a second
program that shares none of its code.

    build/ykien import tests/cli/data/comments/gop-y.ykien -o /tmp/coded.csv
    python3 tests/cli/cases/comments-independent/count.py /tmp/coded.csv \\
        tests/cli/data/comments/chu-de.csv tests/cli/data/comments/names.txt \\
        words/stop-vi.txt > /tmp/count.txt

It tokenises on its own (NFC, casefold, re.findall(r'\\w+')), masks the
personal data as the README says (phones, e-mail addresses, ID numbers,
the names listed, and a given name after a title), and prints:

  answered,ROUND,GROUP,QUESTION,N,BASE        answers of responses
  theme,ROUND,GROUP,QUESTION,THEME,N,BASE     answers in the theme of answers
  phrase,ROUND,QUESTION,PHRASE,N              the top phrases (>= MIN answers)

GROUP is "" for all respondents.  Optional arguments after the four
files: MIN, the fewest answers of a phrase listed (default 10, ykien's
--min-base); QUESTIONS (comma-separated; default gop_y,kien_nghi);
the grouping question (default don_vi); the form's choices.csv, whose
list of that name gives the units in order (default the small project's
three).  On the sample (case comments-independent-sample):

    build/ykien import samples/kien-giang/kien-giang.ykien -o /tmp/s.csv
    python3 tests/cli/cases/comments-independent/count.py /tmp/s.csv \
        samples/kien-giang/chu-de.csv samples/kien-giang/names.txt \
        words/stop-vi.txt 10 gop_y,de_xuat don_vi \
        samples/kien-giang/form/choices.csv
"""
import csv, re, sys, unicodedata
from collections import Counter, defaultdict

TITLES = ["anh", "chị", "em", "ông", "bà", "cô", "chú", "bác", "thầy", "bạn",
          "đồng chí", "đ/c"]


def norm(s):
    return unicodedata.normalize("NFC", s).casefold()


def loose(w):
    d = unicodedata.normalize("NFD", w.replace("đ", "d"))
    return "".join(c for c in d if not unicodedata.combining(c))


def tokens(s):
    """(word, start, end) of each syllable of s (already normalised)."""
    return [(m.group(), m.start(), m.end()) for m in re.finditer(r"\w+", s)]


EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
NUMBER = re.compile(r"[+(]?\d[\d .()\-]*\d\)?")


def number_spans(s):
    spans = []
    for m in NUMBER.finditer(s):
        text = m.group().rstrip(" .-")
        digits = re.sub(r"\D", "", text)
        if len(digits) < 9:
            continue
        plain = text.lstrip("(+")
        phone = plain.startswith("0") or plain.startswith("84")
        separated = re.search(r"[ .()\-]", text.strip("()+")) is not None
        if phone or not separated:      # a phone, or an ID number typed solid
            spans.append((m.start(), m.start() + len(text)))
    return spans


def name_patterns(names):
    """(syllables, how many of them at the end are the name to mask)."""
    pats = []
    for name in names:
        w = [loose(t[0]) for t in tokens(norm(name))]
        if len(w) >= 2:
            pats.append((w, len(w)))
            pats.append((w[1:], len(w) - 1))    # without the family name
        for t in TITLES:                        # the title stays, the name goes
            pats.append(([loose(x[0]) for x in tokens(norm(t))] + [w[-1]], 1))
    return pats


def masked(s, pats):
    """The tokens of s, each with a flag: inside personal data."""
    toks = tokens(s)
    spans = number_spans(s) + [(m.start(), m.end()) for m in EMAIL.finditer(s)]
    hide = [any(a <= t[1] < b for a, b in spans) for t in toks]
    keys = [loose(t[0]) for t in toks]
    for p, masked_n in pats:
        for i in range(len(toks) - len(p) + 1):
            if keys[i:i + len(p)] == p:
                for j in range(i + len(p) - masked_n, i + len(p)):
                    hide[j] = True
    return [(t[0], h) for t, h in zip(toks, hide)]


def contains(words, phrase):
    n = len(phrase)
    return any(words[i:i + n] == phrase for i in range(len(words) - n + 1))


def runs(toks):
    """Runs of unmasked syllables (a phrase never crosses a masked one)."""
    out, cur = [], []
    for w, h in toks:
        if h:
            if cur:
                out.append(cur)
            cur = []
        else:
            cur.append(w)
    if cur:
        out.append(cur)
    return out


def phrases_of(toks, stop):
    got = set()
    for run in runs(toks):
        for n in (1, 2, 3):
            for i in range(len(run) - n + 1):
                g = run[i:i + n]
                if g[0] in stop or g[-1] in stop or any(x.isdigit() for x in g):
                    continue
                got.add(" ".join(g))
    return got


def top(counter, minimum):
    kept = [(p, n) for p, n in counter.items() if n >= minimum]
    # Left out: a phrase of which a longer phrase containing it (kept or
    # not) has at least 80% of the answers (yk_phrases.h, YK_PHRASES_INSIDE).
    def repeated(p, n):
        for q, m in counter.items():
            if 100 * m >= 80 * n and len(q.split()) > len(p.split()) and \
                    contains(q.split(), p.split()):
                return True
        return False
    kept = [(p, n) for p, n in kept if not repeated(p, n)]
    kept.sort(key=lambda x: (-x[1], -len(x[0].split()), x[0].encode()))
    return kept


def units_of(choices, list_name):
    with open(choices, encoding="utf-8-sig") as f:
        return [r["name"] for r in csv.DictReader(f) if r["list_name"] == list_name]


def main():
    coded, codebook, names_file, stop_file = sys.argv[1:5]
    minimum = int(sys.argv[5]) if len(sys.argv) > 5 else 10
    # The sample: QUESTIONS, the grouping question and the form's choices.
    questions = sys.argv[6].split(",") if len(sys.argv) > 6 else ["gop_y", "kien_nghi"]
    group = sys.argv[7] if len(sys.argv) > 7 else "don_vi"
    units = units_of(sys.argv[8], group) if len(sys.argv) > 8 else \
        ["rach_gia", "ha_tien", "hon_dat"]
    with open(codebook, encoding="utf-8") as f:
        themes = [(r["theme"], [[t[0] for t in tokens(norm(p))] for p in r["phrases"].split("|")])
                  for r in csv.DictReader(f)]
    with open(names_file, encoding="utf-8") as f:
        names = [l.split("#")[0].strip() for l in f if l.split("#")[0].strip()]
    with open(stop_file, encoding="utf-8") as f:
        stop = set()
        for l in f:
            for t in tokens(norm(l.split("#")[0])):
                stop.add(t[0])
    pats = name_patterns(names)
    responses = Counter()
    answered = Counter()
    theme_n = Counter()
    phrase_n = defaultdict(Counter)
    rounds = []
    with open(coded, encoding="utf-8-sig") as f:
        for row in csv.DictReader(f):
            r = row["_round"]
            if r not in rounds:
                rounds.append(r)
            unit = row[group] or "_missing"
            for g in ("", unit):
                responses[r, g] += 1
            for q in questions:
                toks = masked(norm(row[q]), pats)
                if not toks:
                    continue
                words = [w for w, h in toks]
                clear = runs(toks)
                hits = [code for code, ps in themes
                        if any(contains(run, p) for run in clear for p in ps)]
                for g in ("", unit):
                    answered[r, g, q] += 1
                    for code in hits or ["_uncoded"]:
                        theme_n[r, g, q, code] += 1
                phrase_n[r, q].update(phrases_of(toks, stop))
    groups = [""] + units + ["_missing"]
    print("# answered")
    for r in rounds:
        for g in groups:
            if g and not responses[r, g]:
                continue
            for q in questions:
                print("answered,%s,%s,%s,%d,%d" % (r, g, q, answered[r, g, q], responses[r, g]))
    print("# themes")
    for r in rounds:
        for g in groups:
            if g and not responses[r, g]:
                continue
            for q in questions:
                for code in [t[0] for t in themes] + ["_uncoded"]:
                    # ykien leaves n blank where there is no base, as freq does.
                    n = theme_n[r, g, q, code] if answered[r, g, q] else ""
                    print("theme,%s,%s,%s,%s,%s,%d" % (r, g, q, code, n, answered[r, g, q]))
    print("# phrases")
    for r in rounds:
        for q in questions:
            for p, n in top(phrase_n[r, q], minimum):
                print("phrase,%s,%s,%s,%d" % (r, q, p, n))


main()
