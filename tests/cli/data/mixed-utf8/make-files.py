#!/usr/bin/env python3
"""Write the files of tests/cli/data/mixed-utf8/: UTF-8 pasted with a legacy part.

Provenance only: the files are committed and the tests read them.  Run:

    python3 tests/cli/data/mixed-utf8/make-files.py

Each file is samples/encodings/expected.csv (UTF-8 NFC, ',' and LF) cut in
two after its 13th line (the header and rows 1-12): one part is written as
UTF-8, the other in a legacy encoding (CP1258 and TCVN3 through glibc iconv,
as Excel and ABC-font programs write them; VNI-Windows with the encoder of
samples/encodings/make-samples.py), in both orders, as two offices' files
pasted together.  `ykien convert` must print expected.csv for each.

interleaved.csv alternates UTF-8 and CP1258 blocks (lines 1-5 UTF-8, 6-9
CP1258, 10-13 UTF-8, 14-25 CP1258), so the warning must name every range.

unreadable-row.csv is the UTF-8 + CP1258 paste in which the comment of
line 20 is a Russian sentence in Windows-1251, an encoding ykien does not
look for: no encoding reads that row as Vietnamese, so it must be named
(file:line), not decoded silently.

google-forms-pasted.csv is the first 61 lines of
samples/kien-giang/data/2014/online/google-forms.csv (a Google Forms
download, answers as labels): the header and 30 rows written as CP1258 (as
an office re-saved them from Excel), then 30 rows left in UTF-8.  Every
figure `ykien freq` gives for it must equal those of the same 61 lines all
in UTF-8.
"""

import importlib.util
import os
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..", "..", "..", "..")
SAMPLES = os.path.join(ROOT, "samples", "encodings")


def load_samples_module():
    spec = importlib.util.spec_from_file_location(
        "make_samples", os.path.join(SAMPLES, "make-samples.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def iconv(text, code):
    r = subprocess.run(["iconv", "-f", "UTF-8", "-t", code],
                       input=text.encode("utf-8"), capture_output=True, check=True)
    return r.stdout


def main():
    samples = load_samples_module()
    with open(os.path.join(SAMPLES, "expected.csv"), encoding="utf-8", newline="") as f:
        lines = f.read().splitlines(keepends=True)
    first, second = "".join(lines[:13]), "".join(lines[13:])
    legacy = {
        "cp1258": lambda t: iconv(t, "CP1258"),
        "tcvn3": lambda t: iconv(t, "TCVN5712-1"),
        "vni": samples.vni_encode,
    }
    files = {}
    for name, enc in legacy.items():
        files["utf8-then-%s.csv" % name] = first.encode("utf-8") + enc(second)
        files["%s-then-utf8.csv" % name] = enc(first) + second.encode("utf-8")
    cp = legacy["cp1258"]
    files["interleaved.csv"] = (
        "".join(lines[:5]).encode("utf-8") + cp("".join(lines[5:9])) +
        "".join(lines[9:13]).encode("utf-8") + cp("".join(lines[13:])))
    row20 = lines[19].replace("Ủng hộ việc lấy phiếu tín nhiệm công khai, minh bạch.",
                              "Поддерживаем открытое голосование.")
    assert row20 != lines[19]
    comment = row20.index('"')
    files["unreadable-row.csv"] = (
        first.encode("utf-8") + cp("".join(lines[13:19])) +
        cp(row20[:comment]) + iconv(row20[comment:], "CP1251") +
        cp("".join(lines[20:])))
    with open(os.path.join(ROOT, "samples", "kien-giang", "data", "2014", "online",
                           "google-forms.csv"), encoding="utf-8", newline="") as f:
        google = f.read().splitlines(keepends=True)[:61]
    files["google-forms-pasted.csv"] = (cp("".join(google[:31])) +
                                        "".join(google[31:]).encode("utf-8"))
    for name, data in sorted(files.items()):
        with open(os.path.join(HERE, name), "wb") as f:
            f.write(data)


if __name__ == "__main__":
    main()
