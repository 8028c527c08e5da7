#!/usr/bin/python3
"""Write the self-review feedback sample of samples/gop-y/ (góp ý kiểm
điểm Ban Thường vụ Tỉnh đoàn): the form, the contributions as offices send
them, and what was planted, counted here without ykien.

Provenance only: the files are committed and the tests read them; nothing
runs this script in a build or a test.  Run it from anywhere:

    /usr/bin/python3 samples/gop-y/make-sample.py

It needs python3, openpyxl (python3-openpyxl) for the workbooks and glibc's
iconv program for Windows-1258.  The VNI-Windows encoder is imported from
samples/encodings/make-samples.py, where it is tested.  Every random choice
comes from one seeded generator: the same files every run.

INVENTED data: the members, the remarks and the ratings are made up; any
likeness to a real person is chance.

What it counts, independently of ykien (expected-*.csv):
  a remark's key   NFC, case-folded, every character that is not a letter,
                   mark or digit a space, spaces collapsed and trimmed
                   (the bullets "- ", "+ ", "1. " are dropped before);
  remarks          per target, kind and key: the distinct contributors,
                   collectives and individuals apart, and the wording most
                   of them used (ties: the one nearest sentence case, a
                   capital first and none after, then the first in byte
                   order);
  ratings          per target, criterion, contributor kind and choice: n.
Remarks that hold personal data (planted-personal.csv) are each written
once, so their counts do not depend on how the mask spells them.
"""

import csv
import importlib.util
import io
import os
import random
import sys
import unicodedata
from collections import defaultdict

from openpyxl import Workbook

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20241115

_spec = importlib.util.spec_from_file_location(
    "encsamples", os.path.join(HERE, "..", "encodings", "make-samples.py"))
_enc = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_enc)
vni_encode, vni_decode, iconv = _enc.vni_encode, _enc.vni_decode, _enc.iconv


def nfc(s):
    return unicodedata.normalize("NFC", s)


# ---------------------------------------------------------------------------
# The form.

UNITS = [  # code, label, English, aliases
    ("rach_gia", "Thành đoàn Rạch Giá", "Rach Gia City Union", "Rạch Giá|TP Rạch Giá"),
    ("ha_tien", "Thành đoàn Hà Tiên", "Ha Tien City Union", "Hà Tiên|Thị đoàn Hà Tiên"),
    ("phu_quoc", "Thành đoàn Phú Quốc", "Phu Quoc City Union", "Phú Quốc|Huyện đoàn Phú Quốc"),
    ("kien_luong", "Huyện đoàn Kiên Lương", "Kien Luong District Union", "Kiên Lương"),
    ("hon_dat", "Huyện đoàn Hòn Đất", "Hon Dat District Union", "Hòn Đất"),
    ("tan_hiep", "Huyện đoàn Tân Hiệp", "Tan Hiep District Union", "Tân Hiệp"),
    ("chau_thanh", "Huyện đoàn Châu Thành", "Chau Thanh District Union", "Châu Thành"),
    ("giong_rieng", "Huyện đoàn Giồng Riềng", "Giong Rieng District Union", "Giồng Riềng"),
    ("go_quao", "Huyện đoàn Gò Quao", "Go Quao District Union", "Gò Quao"),
    ("an_bien", "Huyện đoàn An Biên", "An Bien District Union", "An Biên"),
    ("an_minh", "Huyện đoàn An Minh", "An Minh District Union", "An Minh"),
    ("vinh_thuan", "Huyện đoàn Vĩnh Thuận", "Vinh Thuan District Union", "Vĩnh Thuận"),
    ("u_minh_thuong", "Huyện đoàn U Minh Thượng", "U Minh Thuong District Union",
     "U Minh Thượng"),
    ("khoi_cq_dn", "Đoàn khối Cơ quan và Doanh nghiệp tỉnh",
     "Provincial Agencies and Enterprises Union", "Đoàn khối CQ-DN"),
    ("cong_an", "Đoàn Thanh niên Công an tỉnh", "Provincial Police Youth Union",
     "Đoàn Công an tỉnh"),
]

MEMBERS = [  # code, name, position (vi), position (en)
    ("p01", "Nguyễn Hoàng An", "Bí thư Tỉnh đoàn", "Secretary"),
    ("p02", "Trần Thị Bích Ngọc", "Phó Bí thư Thường trực Tỉnh đoàn",
     "Standing Deputy Secretary"),
    ("p03", "Lê Minh Khoa", "Phó Bí thư Tỉnh đoàn", "Deputy Secretary"),
    ("p04", "Phạm Thị Thu Hà", "Trưởng Ban Tổ chức", "Head of the Organisation Board"),
    ("p05", "Võ Quốc Bảo", "Trưởng Ban Tuyên giáo", "Head of the Propaganda Board"),
    ("p06", "Đặng Thị Mỹ Linh", "Chánh Văn phòng", "Chief of Office"),
    ("p07", "Huỳnh Văn Tài", "Chủ nhiệm Ủy ban Kiểm tra", "Chair of the Inspection Committee"),
]

KINDS = [  # suffix, kind, label (vi) before the target, label (en)
    ("uu_diem", "strengths", "Ưu điểm", "Strengths"),
    ("han_che", "shortcomings", "Hạn chế, khuyết điểm", "Shortcomings"),
    ("de_nghi", "suggestions", "Đề nghị", "Suggestions"),
]

CRITERIA = [  # suffix, label, English
    ("chinh_tri", "Phẩm chất chính trị", "Political quality"),
    ("dao_duc", "Đạo đức, lối sống", "Ethics and lifestyle"),
    ("ky_luat", "Ý thức tổ chức kỷ luật", "Discipline"),
    ("ket_qua", "Kết quả thực hiện nhiệm vụ", "Results of duties"),
]

RATING = [("tot", "Tốt", "Good"), ("kha", "Khá", "Fair"),
          ("trung_binh", "Trung bình", "Average"), ("kem", "Kém", "Poor")]
GRADE = [("htxs", "Hoàn thành xuất sắc nhiệm vụ", "Completed duties with distinction"),
         ("httt", "Hoàn thành tốt nhiệm vụ", "Completed duties well"),
         ("htnv", "Hoàn thành nhiệm vụ", "Completed duties"),
         ("khtnv", "Không hoàn thành nhiệm vụ", "Did not complete duties")]

COLLECTIVE = ("tap_the", "Tập thể Ban Thường vụ Tỉnh đoàn",
              "The Provincial Union's standing committee")


def remark_label(kind, target_vi, member):
    """Question labels are unique in the form: Google Forms heads its
    columns with them, and a label shared by seven questions would match
    the first only."""
    head = {"uu_diem": "Ưu điểm", "han_che": "Hạn chế, khuyết điểm",
            "de_nghi": "Đề nghị"}[kind]
    link = "đối với" if kind == "de_nghi" else "của"
    who = ("đồng chí " + target_vi) if member else target_vi[0].lower() + target_vi[1:]
    return "%s %s %s" % (head, link, who)


def remark_label_en(kind, target_en, member):
    head = {"uu_diem": "Strengths of", "han_che": "Shortcomings of",
            "de_nghi": "Suggestions to"}[kind]
    return "%s %s" % (head, target_en if member else target_en[0].lower() + target_en[1:])


def ascii_name(name):
    s = unicodedata.normalize("NFD", name.replace("Đ", "D").replace("đ", "d"))
    return "".join(c for c in s if not unicodedata.combining(c))


def survey_rows():
    rows = [["type", "name", "label", "label::English", "hint", "hint::English",
             "required", "measure"],
            ["start", "start", "", "", "", "", "", ""],
            ["select_one don_vi", "don_vi", "Đơn vị góp ý (tập thể Ban Thường vụ đơn vị)",
             "Contributing unit (its standing committee)",
             "Chỉ tập thể Ban Thường vụ các đơn vị ghi; cá nhân để trống",
             "Collectives only; individuals leave it blank", "", "nominal"]]
    code, vi, en = COLLECTIVE
    rows.append(["begin group", code, vi, en, "", "", "", ""])
    for kind, _, _, _ in KINDS:
        rows.append(["text", "%s_%s" % (code, kind), remark_label(kind, vi, False),
                     remark_label_en(kind, en, False), "", "", "", ""])
    rows.append(["end group", "", "", "", "", "", "", ""])
    for code, name, pos, pos_en in MEMBERS:
        rows.append(["begin group", code, name, ascii_name(name), pos, pos_en, "", ""])
        for kind, _, _, _ in KINDS:
            rows.append(["text", "%s_%s" % (code, kind), remark_label(kind, name, True),
                         remark_label_en(kind, ascii_name(name), True), "", "", "", ""])
        for crit, label, label_en in CRITERIA:
            rows.append(["select_one muc_do", "%s_%s" % (code, crit),
                         "%s (đồng chí %s)" % (label, name),
                         "%s (%s)" % (label_en, ascii_name(name)), "", "", "", "ordinal"])
        rows.append(["select_one xep_loai", "%s_xep_loai" % code,
                     "Xếp loại chung (đồng chí %s)" % name,
                     "Overall grade (%s)" % ascii_name(name), "", "", "", "ordinal"])
        rows.append(["end group", "", "", "", "", "", "", ""])
    return rows


def choices_rows():
    rows = [["list_name", "name", "label", "label::English", "aliases"]]
    for code, label, en, aliases in UNITS:
        rows.append(["don_vi", code, label, en, aliases])
    for code, label, en in RATING:
        rows.append(["muc_do", code, label, en, ""])
    for code, label, en in GRADE:
        rows.append(["xep_loai", code, label, en, ""])
    return rows


SETTINGS = [["form_title", "form_id", "version", "default_language"],
            ["Phiếu góp ý đối với tập thể Ban Thường vụ và cá nhân các đồng chí Ủy viên "
             "Ban Thường vụ Tỉnh đoàn", "kg_gop_y_btv", "2024.1", "vi"]]


# ---------------------------------------------------------------------------
# What contributors write.  Each entry: a list of wordings; wordings of one
# entry that share a key are the near-identical spellings ykien merges,
# a wording with another key is another remark.

SAU_SAT = ["Cần sâu sát cơ sở hơn", "cần sâu sát cơ sở hơn.", "Cần sâu sát cơ sở hơn!",
           "Cần  sâu sát cơ sở hơn", "CẦN SÂU SÁT CƠ SỞ HƠN"]
SAU_SAT_GAN_GUI = ["Cần sâu sát, gần gũi cơ sở hơn nữa"]

POOL = {
    ("tap_the", "uu_diem"): [
        ["Đoàn kết, thống nhất trong lãnh đạo, chỉ đạo", "Đoàn kết, thống nhất trong lãnh đạo chỉ đạo."],
        ["Chỉ đạo quyết liệt các phong trào lớn của Đoàn"],
        ["Tổ chức tốt Chiến dịch Thanh niên tình nguyện hè", "Tổ chức tốt chiến dịch thanh niên tình nguyện hè."],
        ["Quan tâm đào tạo, bồi dưỡng cán bộ Đoàn cơ sở"],
        ["Ứng dụng công nghệ thông tin trong quản lý đoàn viên"],
        ["Phối hợp tốt với các sở, ngành hỗ trợ thanh niên lập nghiệp"],
    ],
    ("tap_the", "han_che"): [
        SAU_SAT, SAU_SAT_GAN_GUI,
        ["Việc kiểm tra, giám sát cơ sở còn ít", "Việc kiểm tra giám sát cơ sở còn ít."],
        ["Hội họp còn nhiều, văn bản chỉ đạo còn chồng chéo"],
        ["Chưa quan tâm đúng mức đến địa bàn vùng sâu, biển đảo"],
        ["Chưa kịp thời đề xuất chế độ phụ cấp cho cán bộ cơ sở"],
    ],
    ("tap_the", "de_nghi"): [
        ["Tăng cường đối thoại với đoàn viên, thanh niên", "Tăng cường đối thoại với đoàn viên thanh niên"],
        ["Giảm bớt báo cáo, biểu mẫu cho cơ sở", "giảm bớt báo cáo, biểu mẫu cho cơ sở."],
        ["Có cơ chế hỗ trợ kinh phí cho chi đoàn khó khăn"],
        ["Tổ chức tập huấn nghiệp vụ cho bí thư chi đoàn"],
        ["Phân công Ủy viên Ban Thường vụ phụ trách từng địa bàn rõ hơn"],
    ],
    ("member", "uu_diem"): [
        ["Nhiệt tình, trách nhiệm trong công việc", "Nhiệt tình, trách nhiệm trong công việc.",
         "nhiệt tình trách nhiệm trong công việc"],
        ["Gương mẫu, lối sống giản dị"],
        ["Hòa đồng, gần gũi với cán bộ cơ sở"],
        ["Có năng lực tham mưu tốt"],
        ["Nắm chắc nghiệp vụ được phân công"],
        ["Tác phong làm việc khoa học, đúng giờ"],
    ],
    ("member", "han_che"): [
        SAU_SAT, SAU_SAT_GAN_GUI,
        ["Đôi lúc còn nóng tính khi giải quyết công việc"],
        ["Chưa dành nhiều thời gian nghiên cứu lý luận"],
        ["Giải quyết công việc đôi khi còn chậm", "Giải quyết công việc đôi khi còn chậm."],
        ["Kiêm nhiệm nhiều việc nên chưa tập trung"],
        ["Chưa mạnh dạn đấu tranh, phê bình"],
    ],
    ("member", "de_nghi"): [
        ["Tăng cường xuống cơ sở nắm tình hình", "Tăng cường xuống cơ sở nắm tình hình."],
        ["Phát huy hơn nữa vai trò nêu gương"],
        ["Quan tâm hơn đến đời sống cán bộ Đoàn cơ sở"],
        ["Tiếp tục học tập nâng cao trình độ lý luận chính trị"],
        ["Lắng nghe ý kiến cán bộ trẻ nhiều hơn"],
    ],
}

# A member's own remarks, beside the common ones (the duties of the post).
OWN = {
    ("p01", "uu_diem"): ["Bản lĩnh, quyết đoán trong điều hành chung"],
    ("p02", "han_che"): ["Phân công công việc trong cơ quan đôi lúc chưa hợp lý"],
    ("p04", "han_che"): ["Công tác phát triển đảng viên trẻ còn chậm"],
    ("p05", "de_nghi"): ["Đổi mới tuyên truyền trên mạng xã hội, nhất là Facebook, Zalo"],
    ("p06", "uu_diem"): ["Chuẩn bị hội nghị chu đáo, văn bản đúng thể thức"],
    ("p07", "han_che"): ["Mới nhận nhiệm vụ nên còn ít kinh nghiệm kiểm tra"],
}

# Remarks that name a person or a unit, or give a phone or an address:
# each written once, by the contributor given; ykien must mask them.
# (target, kind, from, contributor index, text, [(value, kind)...]); a
# given name is listed with the title before it, as it must not be shown.
PERSONAL = [
    ("p01", "han_che", "individual", 3,
     "Đ/c An cần quyết đoán hơn khi chủ trì hội nghị giao ban", [("Đ/c An", "name")]),
    ("p05", "han_che", "individual", 7,
     "Liên hệ anh Bảo qua số 0918 273 645 nhiều lần nhưng không nghe máy",
     [("anh Bảo", "name"), ("0918 273 645", "phone")]),
    ("p02", "de_nghi", "collective", 8,
     "Đề nghị đồng chí Trần Thị Bích Ngọc về làm việc với Huyện đoàn Gò Quao nhiều hơn",
     [("Trần Thị Bích Ngọc", "name"), ("Gò Quao", "unit")]),
    ("tap_the", "han_che", "collective", 7,
     "Huyện Giồng Riềng chưa được hỗ trợ kinh phí làm công trình thanh niên như nơi khác",
     [("Giồng Riềng", "unit")]),
    ("p03", "han_che", "individual", 12,
     "đ/c Khoa hứa về dự đại hội Đoàn xã nhưng không về", [("đ/c Khoa", "name")]),
    ("tap_the", "de_nghi", "individual", 20,
     "Đường dây nóng 0297.3862.123 của Tỉnh đoàn ít khi có người trực",
     [("0297.3862.123", "phone")]),
    ("p06", "uu_diem", "individual", 25,
     "Nên nhân rộng cách làm của chị Linh trong lưu trữ hồ sơ", [("chị Linh", "name")]),
    ("p07", "uu_diem", "collective", 2,
     "Anh Tài kiểm tra kỹ, góp ý thẳng thắn cho Thành đoàn Phú Quốc",
     [("Anh Tài", "name"), ("Phú Quốc", "unit")]),
    ("tap_the", "uu_diem", "individual", 31,
     "Cán bộ phụ trách địa bàn là anh Trương Văn Lộc rất nhiệt tình",
     [("Trương Văn Lộc", "name")]),
    ("p04", "de_nghi", "individual", 40,
     "Gửi danh sách đảng viên trẻ qua thanhnien.kg@gmail.com cho nhanh",
     [("thanhnien.kg@gmail.com", "email")]),
    ("p01", "de_nghi", "individual", 44,
     "Gọi cho đồng chí Nguyễn Hoàng An số 0913.456.789 để báo cáo khẩn",
     [("Nguyễn Hoàng An", "name"), ("0913.456.789", "phone")]),
]

# More names to mask (ten.txt): persons remarks mention who are no target.
EXTRA_NAMES = ["Trương Văn Lộc"]

N_COLLECTIVES = 15
N_INDIVIDUALS = 60
# Individuals who know the new chair of the inspection committee (p07)
# well enough to rate him: fewer than the template's min_base (10), so
# his individual ratings are hidden while his remarks are shown.
P07_RATERS = 8


# ---------------------------------------------------------------------------
# Contributions.

def case_distance(s):
    """1 when the first letter is small, 1 for every capital after it."""
    letters = [c for c in s if unicodedata.category(c) in ("Lu", "Lt", "Ll")]
    if not letters:
        return 0
    return (letters[0].islower()) + sum(1 for c in letters[1:] if not c.islower())


def key(s):
    s = nfc(s).casefold()
    out = []
    for c in s:
        cat = unicodedata.category(c)
        out.append(c if cat[0] in "LMN" else " ")
    return " ".join("".join(out).split())


def pick_remarks(rng, pool, own, how_many):
    """how_many distinct entries (common and own), each as one of its
    wordings: the near-identical spellings come in here."""
    entries = [e for e in pool] + [[w] for w in own]
    chosen = rng.sample(entries, min(how_many, len(entries)))
    return [rng.choice(e) if rng.random() < 0.5 else e[0] for e in chosen]


def cell_text(rng, remarks):
    """A cell as people type it: one remark bare, several on lines with a
    bullet or a number."""
    if len(remarks) == 1:
        return remarks[0]
    style = rng.choice(["- ", "+ ", "num", "- "])
    lines = []
    for i, r in enumerate(remarks):
        lines.append(("%d. " % (i + 1) if style == "num" else style) + r)
    return "\n".join(lines)


def targets():
    yield COLLECTIVE[0], True
    for code, *_ in MEMBERS:
        yield code, False


def contribution(rng, frm, idx):
    """One contribution: {question name: answer text}, and the remarks it
    holds as {(target, kind): [wording...]}."""
    answers, remarks = {}, defaultdict(list)
    collective = frm == "collective"
    write_p = 0.9 if collective else 0.45
    for target, is_collective in targets():
        pool_target = "tap_the" if is_collective else "member"
        for kind, _, _, _ in KINDS:
            if rng.random() >= write_p:
                continue
            n = rng.choice([1, 1, 2, 2, 3]) if collective else rng.choice([1, 1, 1, 2])
            ws = pick_remarks(rng, POOL[(pool_target, kind)], OWN.get((target, kind), []), n)
            remarks[(target, kind)] += ws
        if is_collective:
            continue
        rates = collective or (rng.random() < 0.7 and
                               (target != "p07" or idx < P07_RATERS))
        if not rates:
            continue
        base = rng.choices([0, 1, 2], weights=[6, 3, 1])[0]
        for crit, _, _ in CRITERIA:
            if not collective and rng.random() < 0.1:
                continue        # a criterion left blank
            level = min(3, max(0, base + rng.choices([-1, 0, 1], weights=[2, 6, 2])[0]))
            answers["%s_%s" % (target, crit)] = RATING[level]
        if collective or rng.random() < 0.9:
            answers["%s_xep_loai" % target] = GRADE[min(3, base + (rng.random() < 0.15))]
    for p in PERSONAL:
        if p[2] == frm and p[3] == idx:
            remarks[(p[0], p[1])].append(p[4])
    # A contributor who repeats a remark in one cell counts once.
    if frm == "individual" and idx == 5:
        remarks[("p01", "han_che")] += ["Cần sâu sát cơ sở hơn", "cần sâu sát cơ sở hơn."]
    for (target, kind), ws in remarks.items():
        answers["%s_%s" % (target, kind)] = cell_text(rng, ws)
    return answers, remarks


def make_contributions(rng):
    out = []
    for i in range(N_COLLECTIVES):
        a, r = contribution(rng, "collective", i)
        a["don_vi"] = UNITS[i]
        out.append(("collective", a, r))
    for i in range(N_INDIVIDUALS):
        a, r = contribution(rng, "individual", i)
        out.append(("individual", a, r))
    # Cells with no remark: a dash, a dot (no syllable), and blanks.
    for i, question, text in [(20, ("p03", "uu_diem"), "-"), (21, ("p06", "de_nghi"), ".")]:
        out[i][1]["%s_%s" % question] = text
        out[i][2].pop(question, None)
    return out


# ---------------------------------------------------------------------------
# Writing.

def question_names():
    return [r[1] for r in survey_rows()[1:] if r[0] not in ("begin group", "end group", "start")]


def labels_by_name():
    return {r[1]: r[2] for r in survey_rows()[1:] if r[2]}


def paths_by_name():
    out, group = {}, None
    for r in survey_rows()[1:]:
        if r[0] == "begin group":
            group = r[1]
        elif r[0] == "end group":
            group = None
        elif r[0] != "start":
            out[r[1]] = "%s/%s" % (group, r[1]) if group else r[1]
    return out


def value(ans, name, how):
    """An answer as this file writes it: choices by label or by code."""
    v = ans.get(name, "")
    if isinstance(v, tuple):
        return v[0] if how == "code" else v[1]
    return v


def csv_text(rows, delim, eol, quote_all=False):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delim, lineterminator=eol,
                   quoting=csv.QUOTE_ALL if quote_all else csv.QUOTE_MINIMAL)
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


def write(path, data):
    full = os.path.join(HERE, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "wb") as f:
        f.write(data)


def workbook(path, sheet, rows):
    book = Workbook()
    ws = book.active
    ws.title = sheet
    for r in rows:
        ws.append([v if v != "" else None for v in r])
    full = os.path.join(HERE, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    book.save(full)
    # A fixed date inside the zip, so the same bytes every run.
    import zipfile
    tmp = full + ".tmp"
    with zipfile.ZipFile(full) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "docProps/core.xml":
                import re
                data = re.sub(rb"<dcterms:(created|modified)([^>]*)>[^<]*<",
                              rb"<dcterms:\1\2>2024-11-15T08:00:00Z<", data)
            info = zipfile.ZipInfo(item.filename, (2024, 11, 15, 8, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, data)
    os.replace(tmp, full)


def write_data(contribs):
    names = question_names()
    labels = labels_by_name()
    paths = paths_by_name()
    coll = [c for c in contribs if c[0] == "collective"]
    indiv = [c for c in contribs if c[0] == "individual"]
    located = {}                # id(answers) -> (file, row)

    # Collectives: an office's Excel sheet headed by the question names,
    # saved as plain CSV on Vietnamese Windows (Windows-1258, ";", CRLF);
    # an old machine with VNI fonts; and a workbook headed by labels.
    parts = [("data/tap-the/tap-the-1258.csv", coll[0:6]),
             ("data/tap-the/tap-the-vni.csv", coll[6:11]),
             ("data/tap-the/tap-the.xlsx", coll[11:15])]
    for path, part in parts:
        if path.endswith(".xlsx"):
            rows = [[labels[n] for n in names]]
            rows += [[value(a, n, "label") for n in names] for _, a, _ in part]
            workbook(path, "Góp ý", rows)
        else:
            rows = [names] + [[value(a, n, "label") for n in names] for _, a, _ in part]
            if "1258" in path:
                data = iconv(nfc(_enc.semicolon_text(rows, "\r\n")), "CP1258")
            else:
                data = vni_encode(csv_text(rows, ",", "\r\n"))
            write(path, data)
        for i, (_, a, _) in enumerate(part):
            located[id(a)] = (path, i + 2)

    # Individuals: a Google Forms download (UTF-8, the questions' labels as
    # headers, a timestamp first, every field quoted) and a KoboToolbox
    # export by names with group paths and its bookkeeping columns.
    qs = [n for n in names if n != "don_vi"]
    google, kobo = indiv[:36], indiv[36:]
    rows = [["Dấu thời gian"] + [labels[n] for n in qs]]
    for i, (_, a, _) in enumerate(google):
        stamp = "%d/11/2024 %d:%02d:%02d" % (18 + i // 12, 8 + i % 10, (7 * i) % 60,
                                            (13 * i) % 60)
        rows.append([stamp] + [value(a, n, "label") for n in qs])
        located[id(a)] = ("data/ca-nhan/google-forms.csv", i + 2)
    write("data/ca-nhan/google-forms.csv", csv_text(rows, ",", "\r\n", True).encode("utf-8"))
    rows = [["start", "end"] + [paths[n] for n in qs] + ["_id", "_uuid", "_submission_time",
                                                         "_index"]]
    for i, (_, a, _) in enumerate(kobo):
        t = "2024-11-%02dT%02d:%02d:00.000+07:00" % (19 + i // 10, 9 + i % 8, (11 * i) % 60)
        rows.append([t, t] + [value(a, n, "code") for n in qs] +
                    [str(41000 + i), "5b1c%04x-6d2e-4f3a-9b8c-%012x" % (i, 7919 * i + 1), t,
                     str(i + 1)])
        located[id(a)] = ("data/ca-nhan/kobo.xlsx", i + 2)
    workbook("data/ca-nhan/kobo.xlsx", "Góp ý BTV", rows)
    return located


# ---------------------------------------------------------------------------
# What was planted, counted here.

def expected(contribs):
    personal = {(p[0], p[1], key(p[4])) for p in PERSONAL}
    who = defaultdict(lambda: {"collective": set(), "individual": set()})
    wording = defaultdict(lambda: defaultdict(set))
    for i, (frm, _, remarks) in enumerate(contribs):
        for (target, kind), ws in remarks.items():
            for w in ws:
                k = (target, kind, key(w))
                who[k][frm].add(i)
                wording[k][w.strip()].add(i)
    kinds = {s: k for s, k, _, _ in KINDS}
    rows = [["target", "kind", "key", "remark", "collectives", "individuals",
             "contributors", "personal"]]
    order = [t for t, _ in targets()]
    for k in sorted(who, key=lambda k: (order.index(k[0]), [s for s, *_ in KINDS].index(k[1]),
                                        k[2])):
        best = sorted(wording[k].items(), key=lambda kv: (-len(kv[1]), case_distance(kv[0]), kv[0].encode()))[0][0]
        c, n = len(who[k]["collective"]), len(who[k]["individual"])
        rows.append([k[0], kinds[k[1]], k[2], best, str(c), str(n), str(c + n),
                     "1" if k in personal else "0"])
    counts = defaultdict(int)
    for frm, a, _ in contribs:
        for code, *_ in MEMBERS:
            for crit in [c for c, _, _ in CRITERIA] + ["xep_loai"]:
                v = a.get("%s_%s" % (code, crit))
                if v:
                    counts[(code, crit, frm, v[0])] += 1
    rat = [["target", "criterion", "from", "choice", "n", "base"]]
    for code, *_ in MEMBERS:
        for crit, lst in [(c, RATING) for c, _, _ in CRITERIA] + [("xep_loai", GRADE)]:
            for frm in ("collective", "individual"):
                base = sum(counts[(code, crit, frm, ch[0])] for ch in lst)
                for ch in lst:
                    rat.append([code, crit, frm, ch[0], str(counts[(code, crit, frm, ch[0])]),
                                str(base)])
    return rows, rat


def planted_personal(contribs, located):
    rows = [["value", "kind", "file", "row", "question"]]
    for p in PERSONAL:
        frm, idx = p[2], p[3]
        a = [c for c in contribs if c[0] == frm][idx][1]
        path, row = located[id(a)]
        for v, kind in p[5]:
            rows.append([v, kind, path, str(row), "%s_%s" % (p[0], p[1])])
    return rows


def main():
    rng = random.Random(SEED)
    write("form/survey.csv", csv_text(survey_rows(), ",", "\n").encode("utf-8"))
    write("form/choices.csv", csv_text(choices_rows(), ",", "\n").encode("utf-8"))
    write("form/settings.csv", csv_text(SETTINGS, ",", "\n").encode("utf-8"))
    write("ten.txt", ("# Persons the remarks mention who are no member of the committee\n"
                      "# (the members' own names are masked anyway).  INVENTED names.\n" +
                      "".join(n + "\n" for n in EXTRA_NAMES)).encode("utf-8"))
    contribs = make_contributions(rng)
    located = write_data(contribs)
    rem, rat = expected(contribs)
    write("expected-remarks.csv", csv_text(rem, ",", "\n").encode("utf-8"))
    write("expected-ratings.csv", csv_text(rat, ",", "\n").encode("utf-8"))
    write("planted-personal.csv",
          csv_text(planted_personal(contribs, located), ",", "\n").encode("utf-8"))
    # The encoded files read back as what was meant.
    for path, dec in [("data/tap-the/tap-the-vni.csv", vni_decode),
                      ("data/tap-the/tap-the-1258.csv",
                       lambda b: _enc.iconv_decode(b, "CP1258"))]:
        with open(os.path.join(HERE, path), "rb") as f:
            text = nfc(dec(f.read()))
        assert "tap_the_uu_diem" in text and "Huyện đoàn" in text, path


if __name__ == "__main__":
    main()
