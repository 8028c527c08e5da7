#!/usr/bin/env python3
"""Write the encoding samples of samples/encodings/ from one Unicode table.

Provenance only: the samples are committed and the tests read them; nothing
runs this script in a build or a test.  Run it from anywhere:

    python3 samples/encodings/make-samples.py

It needs python3 (standard library only) and glibc's iconv program, which
writes CP1258 (decomposing tone marks into combining bytes, as Windows and
Excel do), TCVN5712-1 (TCVN3, "ABC" fonts) and VISCII.  glibc has no
VNI-Windows table, so the VNI-Windows encoder is below.

Every file holds the same 24 responses to a "Phiếu khảo sát tình hình tư
tưởng đoàn viên, thanh niên" from Kiên Giang.  expected.csv is what
`ykien convert` must print for each of them: UTF-8 NFC, no BOM, "," between
fields, LF after every record, a field quoted only when it holds a comma, a
double quote (doubled inside), CR or LF; nothing else changed ("7,5" stays
"7,5", so it is quoted).

After writing, the script decodes every file again (iconv, or the VNI decoder
below), normalises to NFC, parses it with the csv module and checks that the
rows are the content, and that no letter became a byte that a CSV reader
would take for structure (tab, CR, LF, quote, delimiter).
"""

import csv
import io
import os
import subprocess
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))

HEADER = [
    "STT",
    "Đơn vị",
    "Giới tính",
    "Độ tuổi",
    "Câu 1. Theo dõi tin tức thời sự",
    "Câu 2. Niềm tin vào sự lãnh đạo của Đảng",
    "Câu 3. Đạo đức, lối sống của thanh niên địa phương",
    "Câu 4. Học tập và làm theo gương Bác tạo chuyển biến ở đơn vị",
    "Câu 5. Việc lấy phiếu tín nhiệm cán bộ",
    "Câu 6. Tự phê bình và phê bình khi kiểm điểm",
    "Điểm hài lòng (thang 10)",
    "Góp ý",
]

# STT, Đơn vị, Giới tính, Độ tuổi, Câu 1..6, Điểm, Góp ý.  "" is a blank.
ROWS = [
    ("1", "TP Rạch Giá", "Nam", "19-24", "Thường xuyên", "Rất tin tưởng",
     "Khá", "Đồng ý", "Thực chất", "Nghiêm túc, thẳng thắn", "8",
     "Đề nghị Tỉnh ĐOÀN tổ chức thêm các buổi đối thoại, sinh hoạt chuyên đề cho đoàn viên ở ấp, xã."),
    ("2", "TP Rạch Giá", "Nữ", "16-18", "Thỉnh thoảng", "Tin tưởng",
     "Tốt", "Hoàn toàn đồng ý", "Tương đối thực chất", "Tương đối nghiêm túc", "7,5",
     ""),
    ("3", "Thị đoàn Hà Tiên", "Nữ", "25-30", "Thường xuyên", "Rất tin tưởng",
     "Trung bình", "Phân vân", "Còn hình thức", "Còn nể nang, né tránh", "6,5",
     'Cán bộ cần "nói đi đôi với làm", tránh hình thức.'),
    ("4", "Kiên Lương", "Nam", "Trên 30", "Hiếm khi", "Khó trả lời",
     "Đáng lo ngại", "Không đồng ý", "Khó trả lời", "Hình thức", "5",
     "Ủy ban nhân dân xã nên hỗ trợ kinh phí cho hoạt động thanh niên tình nguyện."),
    ("5", "Hòn Đất", "Nam", "19-24", "Thường xuyên", "Tin tưởng",
     "Khá", "Đồng ý", "Thực chất", "Tương đối nghiêm túc", "8,5",
     ""),
    ("6", "Tân Hiệp", "Nữ", "19-24", "Không", "Chưa thật tin tưởng",
     "Trung bình", "Phân vân", "Còn hình thức", "Còn nể nang, né tránh", "",
     "Ở cơ sở, cán bộ Đoàn kiêm nhiệm nhiều việc; thời gian sinh hoạt còn ít."),
    ("7", "Châu Thành", "", "25-30", "Thỉnh thoảng", "Tin tưởng",
     "Khá", "Hoàn toàn đồng ý", "Tương đối thực chất", "Nghiêm túc, thẳng thắn", "9",
     "Mong được học nghị quyết đầy đủ hơn, tài liệu HƯỚNG DẪN gửi sớm."),
    ("8", "Giồng Riềng", "Nam", "16-18", "Thường xuyên", "Rất tin tưởng",
     "Tốt", "Đồng ý", "", "Tương đối nghiêm túc", "7",
     ""),
    ("9", "Gò Quao", "Nữ", "Trên 30", "Hiếm khi", "Không tin tưởng",
     "Đáng lo ngại", "Hoàn toàn không đồng ý", "Còn hình thức", "Hình thức", "4,5",
     'Ý KIẾN: sinh hoạt chi đoàn còn "nể nang", ngại va chạm.'),
    ("10", "An Biên", "Nam", "19-24", "Thường xuyên", "Tin tưởng",
     "Khá", "Đồng ý", "Thực chất", "Nghiêm túc, thẳng thắn", "8",
     "Tăng cường tuyên truyền trên mạng xã hội, Zalo, Facebook để thanh niên dễ tiếp cận."),
    ("11", "An Minh", "Nữ", "16-18", "Thỉnh thoảng", "Khó trả lời",
     "Trung bình", "Phân vân", "Khó trả lời", "Tương đối nghiêm túc", "6",
     ""),
    ("12", "Vĩnh Thuận", "Nam", "25-30", "Thường xuyên", "Rất tin tưởng",
     "Khá", "Hoàn toàn đồng ý", "Thực chất", "Nghiêm túc, thẳng thắn", "9,5",
     "Không có ý kiến"),
    ("13", "Phú Quốc", "Nữ", "19-24", "Thường xuyên", "Tin tưởng",
     "Tốt", "Đồng ý", "Tương đối thực chất", "Tương đối nghiêm túc", "8",
     "Thanh niên đi làm ăn xa nhiều, khó tập hợp sinh hoạt."),
    ("14", "Kiên Hải", "Nam", "Trên 30", "Hiếm khi", "Chưa thật tin tưởng",
     "Trung bình", "Không đồng ý", "Còn hình thức", "Còn nể nang, né tránh", "5,5",
     ""),
    ("15", "U Minh Thượng", "Nữ", "16-18", "Thỉnh thoảng", "Tin tưởng",
     "", "Phân vân", "Tương đối thực chất", "Hình thức", "6,5",
     "Ấp xa, đường khó đi; ĐỀ NGHỊ hỗ trợ phương tiện cho đội hình tình nguyện."),
    ("16", "Giang Thành", "Nam", "19-24", "Thường xuyên", "Rất tin tưởng",
     "Khá", "Hoàn toàn đồng ý", "Thực chất", "Nghiêm túc, thẳng thắn", "10",
     ""),
    ("17", "TP Rạch Giá", "Nữ", "25-30", "Thường xuyên", "Tin tưởng",
     "Khá", "Đồng ý", "Thực chất", "Tương đối nghiêm túc", "7,5",
     'Ban Thường vụ nên xuống cơ sở nhiều hơn, "lắng nghe" đoàn viên.'),
    ("18", "Hòn Đất", "Nữ", "16-18", "Không", "Khó trả lời",
     "Trung bình", "Phân vân", "Khó trả lời", "", "",
     ""),
    ("19", "Thị đoàn Hà Tiên", "Nam", "19-24", "Thỉnh thoảng", "Tin tưởng",
     "Tốt", "Đồng ý", "Tương đối thực chất", "Tương đối nghiêm túc", "8",
     "Ủng hộ việc lấy phiếu tín nhiệm công khai, minh bạch."),
    ("20", "Châu Thành", "Nam", "Trên 30", "Thường xuyên", "Rất tin tưởng",
     "Khá", "Hoàn toàn đồng ý", "Thực chất", "Nghiêm túc, thẳng thắn", "9",
     ""),
    ("21", "Giồng Riềng", "Nữ", "25-30", "Hiếm khi", "Chưa thật tin tưởng",
     "Đáng lo ngại", "Không đồng ý", "Còn hình thức", "Còn nể nang, né tránh", "5",
     "Tệ nạn xã hội trong thanh niên tăng, Ở nông thôn càng đáng lo."),
    ("22", "An Biên", "", "16-18", "Thỉnh thoảng", "Tin tưởng",
     "Khá", "Đồng ý", "Tương đối thực chất", "Tương đối nghiêm túc", "7",
     ""),
    ("23", "Phú Quốc", "Nam", "19-24", "Thường xuyên", "Tin tưởng",
     "Tốt", "Hoàn toàn đồng ý", "Thực chất", "Nghiêm túc, thẳng thắn", "8,5",
     "Cần nhiều sân chơi, câu lạc bộ thể thao cho thanh niên."),
    ("24", "Tân Hiệp", "Nữ", "19-24", "Thường xuyên", "Rất tin tưởng",
     "Khá", "Đồng ý", "Thực chất", "Tương đối nghiêm túc", "8",
     "Đoàn viên ưu tú được giới thiệu kết nạp Đảng nhiều hơn."),
]

TABLE = [HEADER] + [list(r) for r in ROWS]


# ---------------------------------------------------------------------------
# VNI-Windows.
#
# Reference: the VNI[] table of xvnkb by Dao Hai Lam (GPL-2.0+), repository
# lamdao/xvnkb, file vni.h, read with the letter order of its utf.h (each row:
# no tone, sắc, huyền, hỏi, ngã, nặng).  Cross-checked against the VNI array
# of duydev/vietnamese-conversion, src/charsets.ts.  The table is restated
# here as data (not copied code): each VNI-Windows "letter" is written as the
# Latin-1 characters whose code points are its bytes.
#
# A letter is a base ASCII letter followed by a modifier byte that carries
# the vowel mark and the tone together (â + sắc = 0xE1, ă + hỏi = 0xFA), or
# a single byte (đ 0xF1, ơ 0xF4, ư 0xF6, í 0xED, ì 0xEC, ỉ 0xE6, ĩ 0xF3,
# ị 0xF2, ỵ 0xEE).  ơ and ư take a tone as a second byte.  Capitals are the
# same with every byte above 0x7F moved down by 0x20 (Latin-1 upper case).

VNI_LOWER = [
    # Unicode row       VNI-Windows row (no tone, ´, `, ?, ~, .)
    ("aáàảãạ", ["a", "aù", "aø", "aû", "aõ", "aï"]),
    ("âấầẩẫậ", ["aâ", "aá", "aà", "aå", "aã", "aä"]),
    ("ăắằẳẵặ", ["aê", "aé", "aè", "aú", "aü", "aë"]),
    ("eéèẻẽẹ", ["e", "eù", "eø", "eû", "eõ", "eï"]),
    ("êếềểễệ", ["eâ", "eá", "eà", "eå", "eã", "eä"]),
    ("oóòỏõọ", ["o", "où", "oø", "oû", "oõ", "oï"]),
    ("ôốồổỗộ", ["oâ", "oá", "oà", "oå", "oã", "oä"]),
    ("ơớờởỡợ", ["ô", "ôù", "ôø", "ôû", "ôõ", "ôï"]),
    ("uúùủũụ", ["u", "uù", "uø", "uû", "uõ", "uï"]),
    ("ưứừửữự", ["ö", "öù", "öø", "öû", "öõ", "öï"]),
    ("iíìỉĩị", ["i", "í", "ì", "æ", "ó", "ò"]),
    ("yýỳỷỹỵ", ["y", "yù", "yø", "yû", "yõ", "î"]),
    ("đ", ["ñ"]),
]


def _vni_tables():
    enc = {}
    for uni, vni in VNI_LOWER:
        assert len(uni) == len(vni)
        for u, v in zip(uni, vni):
            lo = v.encode("latin-1")
            up = v.upper().encode("latin-1")
            # Upper case must be exactly "high bytes minus 0x20".
            assert up == bytes(b - 0x20 if b >= 0xE0 or 0x61 <= b <= 0x7A
                               else b for b in lo), (u, v)
            if u.isascii():
                continue
            enc[u] = lo
            enc[u.upper()] = up
    dec = {v: k for k, v in enc.items()}
    assert len(dec) == len(enc), "VNI table is not one-to-one"
    return enc, dec


VNI_ENC, VNI_DEC = _vni_tables()


def vni_encode(text):
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        if ch.isascii():
            out += ch.encode("ascii")
        elif ch in VNI_ENC:
            out += VNI_ENC[ch]
        else:
            raise ValueError("VNI-Windows cannot write %r" % ch)
    return bytes(out)


def vni_decode(data):
    out = []
    i = 0
    while i < len(data):
        two = data[i:i + 2]
        if len(two) == 2 and two in VNI_DEC:
            out.append(VNI_DEC[two])
            i += 2
        elif data[i:i + 1] in VNI_DEC:
            out.append(VNI_DEC[data[i:i + 1]])
            i += 1
        elif data[i] < 0x80:
            out.append(chr(data[i]))
            i += 1
        else:
            raise ValueError("byte 0x%02X at %d is no VNI letter" % (data[i], i))
    return "".join(out)


# ---------------------------------------------------------------------------
# Writing.

def iconv(text, to_code):
    r = subprocess.run(["iconv", "-f", "UTF-8", "-t", to_code],
                       input=text.encode("utf-8"), stdout=subprocess.PIPE,
                       check=True)
    return r.stdout


def iconv_decode(data, from_code):
    r = subprocess.run(["iconv", "-f", from_code, "-t", "UTF-8"],
                       input=data, stdout=subprocess.PIPE, check=True)
    return r.stdout.decode("utf-8")


def field(value, delim):
    """Quote as Excel and ykien do: only when the field needs it."""
    if any(c in value for c in (delim, ",", '"', "\r", "\n")):
        return '"' + value.replace('"', '""') + '"'
    return value


def record(row, delim, eol):
    return delim.join(field(v, delim) for v in row) + eol


def table_text(rows, delim, eol):
    return "".join(record(r, delim, eol) for r in rows)


def field_semicolon(value):
    """Excel with ";" as list separator: quote for ; " CR LF, not for ","."""
    if any(c in value for c in (";", '"', "\r", "\n")):
        return '"' + value.replace('"', '""') + '"'
    return value


def semicolon_text(rows, eol):
    return "".join(";".join(field_semicolon(v) for v in r) + eol for r in rows)


def make_files():
    files = {}
    half = 1 + len(ROWS) // 2          # header + first half of the rows

    files["expected.csv"] = table_text(TABLE, ",", "\n").encode("utf-8")
    # Google Forms / Sheets download: UTF-8, no BOM, CRLF.
    files["utf8.csv"] = table_text(TABLE, ",", "\r\n").encode("utf-8")
    # Excel "CSV UTF-8" on Vietnamese Windows: BOM, ";" list separator, CRLF.
    files["utf8-bom-semicolon.csv"] = (b"\xef\xbb\xbf" +
                                       semicolon_text(TABLE, "\r\n").encode("utf-8"))
    # Excel plain "CSV": Windows-1258, tone marks as combining bytes.
    files["cp1258-semicolon.csv"] = iconv(semicolon_text(TABLE, "\r\n"), "CP1258")
    # Old Windows programs with ABC / VNI fonts: CRLF.
    files["tcvn3.csv"] = iconv(table_text(TABLE, ",", "\r\n"), "TCVN5712-1")
    files["vni-windows.csv"] = vni_encode(table_text(TABLE, ",", "\r\n"))
    files["viscii.csv"] = iconv(table_text(TABLE, ",", "\n"), "VISCII")
    # Excel "Unicode text": UTF-16LE with BOM, tab, CRLF.
    files["utf16le-tab.txt"] = ("\ufeff" + table_text(TABLE, "\t", "\r\n")
                                ).encode("utf-16-le")
    # Unikey "Unicode tổ hợp": decomposed.
    files["nfd.csv"] = unicodedata.normalize(
        "NFD", table_text(TABLE, ",", "\n")).encode("utf-8")
    # Two districts' Excel exports pasted together: header and first half
    # CP1258, second half VNI-Windows, all ";" and CRLF.
    files["mixed-cp1258-vni.csv"] = (
        iconv(semicolon_text(TABLE[:half], "\r\n"), "CP1258") +
        vni_encode(semicolon_text(TABLE[half:], "\r\n")))
    return files


# ---------------------------------------------------------------------------
# Checking.

def parse(text, delim):
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=delim))


def nfc(s):
    return unicodedata.normalize("NFC", s)


def check(files):
    half = 1 + len(ROWS) // 2
    decoded = {
        "expected.csv": (files["expected.csv"].decode("utf-8"), ","),
        "utf8.csv": (files["utf8.csv"].decode("utf-8"), ","),
        "utf8-bom-semicolon.csv":
            (files["utf8-bom-semicolon.csv"].decode("utf-8-sig"), ";"),
        "cp1258-semicolon.csv":
            (iconv_decode(files["cp1258-semicolon.csv"], "CP1258"), ";"),
        "tcvn3.csv": (iconv_decode(files["tcvn3.csv"], "TCVN5712-1"), ","),
        "vni-windows.csv": (vni_decode(files["vni-windows.csv"]), ","),
        "viscii.csv": (iconv_decode(files["viscii.csv"], "VISCII"), ","),
        "utf16le-tab.txt":
            (files["utf16le-tab.txt"].decode("utf-16-le").lstrip("\ufeff"), "\t"),
        "nfd.csv": (files["nfd.csv"].decode("utf-8"), ","),
    }
    for name, (text, delim) in decoded.items():
        got = parse(nfc(text), delim)
        assert got == TABLE, name
    # The mixed file: split at the first VNI record, decode each part.
    mixed = files["mixed-cp1258-vni.csv"]
    first = iconv(semicolon_text(TABLE[:half], "\r\n"), "CP1258")
    assert mixed.startswith(first)
    text = iconv_decode(first, "CP1258") + vni_decode(mixed[len(first):])
    assert parse(nfc(text), ";") == TABLE, "mixed-cp1258-vni.csv"
    assert nfc(text) == semicolon_text(TABLE, "\r\n")

    # No letter may become a structural byte, and the content must be the
    # same text in every form.
    letters = "".join(sorted(set("".join(v for r in TABLE for v in r))
                             - set(map(chr, range(128)))))
    structural = set(b"\t\r\n\",;")
    for code in ("CP1258", "TCVN5712-1", "VISCII"):
        assert not set(iconv(letters, code)) & structural, code
    assert not set(vni_encode(letters)) & structural

    # expected.csv: UTF-8 NFC, no BOM, LF only, CR nowhere.
    exp = files["expected.csv"]
    assert not exp.startswith(b"\xef\xbb\xbf") and b"\r" not in exp
    assert nfc(exp.decode("utf-8")) == exp.decode("utf-8")


def main():
    for r in ROWS:
        assert len(r) == len(HEADER), r
    for v in (v for r in TABLE for v in r):
        assert v == nfc(v), v
    files = make_files()
    check(files)
    for name in sorted(files):
        with open(os.path.join(HERE, name), "wb") as f:
            f.write(files[name])
        print("%-26s %6d bytes" % (name, len(files[name])))
    return 0


if __name__ == "__main__":
    sys.exit(main())
