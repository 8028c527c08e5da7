#!/usr/bin/env python3
"""Write the Kiên Giang sample project of samples/kien-giang/.

Provenance only: the files are committed and the tests read them; nothing
runs this script in a build or a test.  Run it from anywhere:

    python3 samples/kien-giang/make-sample.py

It needs python3 (standard library only) and glibc's iconv program (for
CP1258 and TCVN3).  The VNI-Windows encoder and decoder are imported from
samples/encodings/make-samples.py, where they are tested.  Every random
choice comes from one seeded generator, so every run writes the same bytes.

What it writes:

  form/survey.csv, form/choices.csv, form/settings.csv   the XLSForm
  kien-giang.ykien                                       the project file
  data/2012/*.csv, data/2013/*.csv, data/2014/*.csv,
  data/2014/online/*.csv                                 the rounds
  planted.csv          every planted mistake with its file, physical line,
                       column and the diagnostic ykien check should give
  planted-personal.csv every piece of personal data planted in a comment,
                       with its file, physical line and column
  names.txt            the (invented) cadres the comments name

It does not write chu-de.csv, the codebook: an office writes that by hand.

The model.  Every respondent has four latent attitudes, one per theme
(political thought, ethics and lifestyle, cadre work, studying the
resolution): a general factor shared by the four plus a theme factor, shifted
by the province's level in that round, by the unit's own effect (a few units
clearly above or below the province, one unit falling in 2014) and by the
respondent's group.  Each item is the attitude times a loading plus an item
intercept plus noise, cut into the answer categories; reverse-worded items
take minus the attitude.  "Khó trả lời" and blanks come from per-item rates
scaled by a per-respondent propensity.  Multi-select answers, the 0-10 score,
the comments and the demographics hang off the same attitudes and the
respondent's age, group and unit.

After writing, the script reads every file back (iconv, or the VNI decoder),
normalises to NFC, parses it, checks the row counts, and checks that each
planted mistake sits at the physical line that planted.csv gives.
"""

import csv
import importlib.util
import io
import math
import os
import random
import re
import subprocess
import sys
import unicodedata

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20120905

_spec = importlib.util.spec_from_file_location(
    "encsamples", os.path.join(HERE, "..", "encodings", "make-samples.py"))
_enc = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_enc)
vni_encode, vni_decode = _enc.vni_encode, _enc.vni_decode


def nfc(s):
    return unicodedata.normalize("NFC", s)


# ---------------------------------------------------------------------------
# The form.

# Choice lists: list_name -> [(name, label, English, value, not_opinion)]
LISTS = {
    "dong_y": [
        ("5", "Hoàn toàn đồng ý", "Strongly agree", "5", ""),
        ("4", "Đồng ý", "Agree", "4", ""),
        ("3", "Phân vân", "Undecided", "3", ""),
        ("2", "Không đồng ý", "Disagree", "2", ""),
        ("1", "Hoàn toàn không đồng ý", "Strongly disagree", "1", ""),
        ("9", "Khó trả lời", "Hard to say", "", "yes"),
    ],
    "tin_tuong": [
        ("4", "Rất tin tưởng", "Full trust", "4", ""),
        ("3", "Tin tưởng", "Trust", "3", ""),
        ("2", "Chưa thật tin tưởng", "Not fully trusting", "2", ""),
        ("1", "Không tin tưởng", "No trust", "1", ""),
        ("9", "Khó trả lời", "Hard to say", "", "yes"),
    ],
    "tan_suat": [
        ("4", "Thường xuyên", "Often", "4", ""),
        ("3", "Thỉnh thoảng", "Sometimes", "3", ""),
        ("2", "Hiếm khi", "Rarely", "2", ""),
        ("1", "Không", "Never", "1", ""),
    ],
    "hoc_nq": [
        ("day_du", "Đầy đủ", "Fully", "3", ""),
        ("chua_day_du", "Chưa đầy đủ", "Partly", "2", ""),
        ("chua_hoc", "Chưa được học", "Not yet", "1", ""),
    ],
    "kenh_tin": [
        ("bao_in", "Báo in", "Printed newspapers", "", ""),
        ("truyen_hinh", "Truyền hình, phát thanh", "Television and radio", "", ""),
        ("bao_dien_tu", "Báo điện tử", "Online newspapers", "", ""),
        ("mang_xa_hoi", "Mạng xã hội", "Social networks", "", ""),
        ("sinh_hoat", "Sinh hoạt chi đoàn", "Branch meetings", "", ""),
        ("khac", "Khác", "Other", "", ""),
    ],
    "han_che": [
        ("xa_co_so", "Chưa gần gũi, lắng nghe đoàn viên",
         "Not close to members, not listening", "", ""),
        ("nang_luc", "Năng lực tổ chức hoạt động còn hạn chế",
         "Weak at organising activities", "", ""),
        ("hinh_thuc", "Làm việc còn hình thức", "Going through the motions", "", ""),
        ("guong_mau", "Thiếu gương mẫu", "Not setting an example", "", ""),
        ("kiem_nhiem", "Kiêm nhiệm nhiều việc", "Too many other duties", "", ""),
        ("khac", "Khác", "Other", "", ""),
    ],
    "gioi_tinh": [
        ("nam", "Nam", "Male", "", ""),
        ("nu", "Nữ", "Female", "", ""),
    ],
    "do_tuoi": [
        ("16_18", "16-18", "16-18", "", ""),
        ("19_24", "19-24", "19-24", "", ""),
        ("25_30", "25-30", "25-30", "", ""),
        ("tren_30", "Trên 30", "Over 30", "", ""),
    ],
    "doi_tuong": [
        ("hoc_sinh", "Học sinh, sinh viên", "Pupil or student", "", ""),
        ("cong_nhan", "Công nhân, lao động", "Worker", "", ""),
        ("nong_dan", "Nông dân, ngư dân", "Farmer or fisher", "", ""),
        ("cong_chuc", "Cán bộ, công chức, viên chức", "Civil servant", "", ""),
        ("vu_trang", "Lực lượng vũ trang", "Armed forces", "", ""),
        ("khac", "Khác", "Other", "", ""),
    ],
    "dan_toc": [
        ("kinh", "Kinh", "Kinh", "", ""),
        ("khmer", "Khmer", "Khmer", "", ""),
        ("hoa", "Hoa", "Hoa (Chinese)", "", ""),
        ("khac", "Khác", "Other", "", ""),
    ],
}

# Units: code, label, English, aliases, members, abbreviation for ids.
UNITS = [
    ("rach_gia", "Rạch Giá", "Rach Gia city",
     ["TP Rạch Giá", "Thành phố Rạch Giá", "Thành đoàn Rạch Giá",
      "TP Rach Gia", "Rach Gia"], 18500, "RG"),
    ("ha_tien", "Hà Tiên", "Ha Tien",
     ["TX Hà Tiên", "Thị xã Hà Tiên", "Thị đoàn Hà Tiên", "TP Hà Tiên",
      "Thành đoàn Hà Tiên", "Ha Tien"], 4200, "HT"),
    ("kien_luong", "Kiên Lương", "Kien Luong district",
     ["Huyện Kiên Lương", "Huyện đoàn Kiên Lương"], 7800, "KL"),
    ("hon_dat", "Hòn Đất", "Hon Dat district",
     ["Huyện Hòn Đất", "Huyện đoàn Hòn Đất", "Hon Dat"], 14600, "HD"),
    ("tan_hiep", "Tân Hiệp", "Tan Hiep district",
     ["Huyện Tân Hiệp", "Huyện đoàn Tân Hiệp"], 11200, "TH"),
    ("chau_thanh", "Châu Thành", "Chau Thanh district",
     ["Huyện Châu Thành", "Huyện đoàn Châu Thành"], 10300, "CT"),
    ("giong_rieng", "Giồng Riềng", "Giong Rieng district",
     ["Huyện Giồng Riềng", "Huyện đoàn Giồng Riềng"], 15900, "GR"),
    ("go_quao", "Gò Quao", "Go Quao district",
     ["Huyện Gò Quao", "Huyện đoàn Gò Quao"], 10800, "GQ"),
    ("an_bien", "An Biên", "An Bien district",
     ["Huyện An Biên", "Huyện đoàn An Biên"], 9700, "AB"),
    ("an_minh", "An Minh", "An Minh district",
     ["Huyện An Minh", "Huyện đoàn An Minh"], 9100, "AM"),
    ("vinh_thuan", "Vĩnh Thuận", "Vinh Thuan district",
     ["Huyện Vĩnh Thuận", "Huyện đoàn Vĩnh Thuận"], 7400, "VT"),
    ("phu_quoc", "Phú Quốc", "Phu Quoc",
     ["Huyện Phú Quốc", "Huyện đoàn Phú Quốc", "TP Phú Quốc",
      "Thành đoàn Phú Quốc", "Phu Quoc"], 8900, "PQ"),
    ("kien_hai", "Kiên Hải", "Kien Hai district",
     ["Huyện Kiên Hải", "Huyện đoàn Kiên Hải"], 2300, "KH"),
    ("u_minh_thuong", "U Minh Thượng", "U Minh Thuong district",
     ["Huyện U Minh Thượng", "Huyện đoàn U Minh Thượng"], 5600, "UMT"),
    ("giang_thanh", "Giang Thành", "Giang Thanh district",
     ["Huyện Giang Thành", "Huyện đoàn Giang Thành"], 3100, "GT"),
    ("khoi_cq_dn", "Đoàn Khối Cơ quan – Doanh nghiệp tỉnh",
     "Provincial Agencies and Enterprises Union",
     ["Đoàn Khối Cơ quan - Doanh nghiệp tỉnh", "Đoàn Khối CQ-DN",
      "Khối Cơ quan - Doanh nghiệp"], 6400, "KCQ"),
    ("cong_an", "Đoàn Công an tỉnh", "Provincial Police Union",
     ["Đoàn Thanh niên Công an tỉnh", "Công an tỉnh", "Doan Cong an tinh"],
     2100, "CA"),
]
UNIT = {u[0]: u for u in UNITS}
UNIT_CODES = [u[0] for u in UNITS]
LISTS["don_vi"] = [(u[0], u[1], u[2], "", "") for u in UNITS]

# Questions in form order.  ("begin", name, vi, en) / ("end_group",) /
# (type, name, vi, en, required, hint, scale, reverse, min, max)
Q = lambda t, n, vi, en, req="", hint="", scale="", rev="", mn="", mx="": \
    (t, n, vi, en, req, hint, scale, rev, mn, mx)

SURVEY = [
    Q("start", "start", "", ""),
    Q("end", "end", "", ""),
    Q("text", "ma_phieu", "Mã phiếu", "Questionnaire number", "",
      "Số phiếu do đơn vị ghi, ví dụ HD-12-0001"),
    Q("select_one don_vi", "don_vi", "Đơn vị", "Unit", "yes"),
    ("begin", "tu_tuong", "I. Tư tưởng chính trị", "I. Political thought"),
    Q("select_one tan_suat", "q01",
      "Anh/chị có thường xuyên theo dõi tin tức thời sự, chính trị không?",
      "How often do you follow current affairs and political news?",
      scale="tu_tuong"),
    Q("select_one tin_tuong", "q02",
      "Anh/chị tin tưởng như thế nào vào sự lãnh đạo của Đảng?",
      "How much do you trust the leadership of the Party?",
      scale="tu_tuong"),
    Q("select_one tin_tuong", "q03",
      "Anh/chị tin tưởng như thế nào vào con đường phát triển kinh tế - xã hội của tỉnh?",
      "How much do you trust the province's path of economic and social development?",
      scale="tu_tuong"),
    Q("select_one dong_y", "q04",
      "Khi gặp thông tin xuyên tạc, sai sự thật trên mạng, tôi chủ động phản bác và báo cho tổ chức Đoàn.",
      "When I see distorted or false information online, I rebut it and tell the Union.",
      scale="tu_tuong"),
    Q("select_one dong_y", "q05",
      "Tôi thấy thông tin trên mạng xã hội đáng tin hơn báo chí chính thống.",
      "I find information on social networks more trustworthy than the official press.",
      scale="tu_tuong", rev="yes"),
    Q("select_multiple kenh_tin", "kenh_tin",
      "Anh/chị thường nắm bắt thông tin thời sự qua những kênh nào? (có thể chọn nhiều phương án)",
      "Through which channels do you usually get the news? (several answers allowed)",
      hint="Chọn tất cả các kênh phù hợp"),
    ("end_group",),
    ("begin", "dao_duc", "II. Đạo đức, lối sống", "II. Ethics and lifestyle"),
    Q("select_one dong_y", "q06",
      "Đạo đức, lối sống của thanh niên ở địa phương nhìn chung là tốt.",
      "On the whole, young people here have good morals and a healthy lifestyle.",
      scale="dao_duc"),
    Q("select_one dong_y", "q07",
      "Việc học tập và làm theo tấm gương đạo đức Hồ Chí Minh đã tạo chuyển biến rõ nét ở đơn vị.",
      "Studying and following Ho Chi Minh's moral example has clearly changed my unit.",
      scale="dao_duc"),
    Q("select_one dong_y", "q08",
      "Tôi hài lòng với nội dung và hình thức sinh hoạt chi đoàn.",
      "I am satisfied with the content and form of my branch's meetings.",
      scale="dao_duc"),
    Q("select_one dong_y", "q09",
      "Tệ nạn xã hội và lối sống thực dụng trong thanh niên ở địa phương đang đáng lo ngại.",
      "Social evils and a materialistic lifestyle among local youth are worrying.",
      scale="dao_duc", rev="yes"),
    Q("select_one dong_y", "q10",
      "Tôi sẵn sàng tham gia các hoạt động tình nguyện vì cộng đồng.",
      "I am ready to take part in volunteer work for the community.",
      scale="dao_duc"),
    Q("decimal", "diem_hai_long",
      "Điểm hài lòng chung với hoạt động Đoàn ở cơ sở (thang điểm 10)",
      "Overall satisfaction with Union activities at the base (0 to 10)",
      hint="Có thể cho điểm lẻ, ví dụ 7,5", mn="0", mx="10"),
    ("end_group",),
    ("begin", "can_bo", "III. Công tác cán bộ", "III. Cadre work"),
    Q("select_one tin_tuong", "q11",
      "Anh/chị tin tưởng như thế nào vào Ban Thường vụ Huyện, Thị, Thành đoàn?",
      "How much do you trust the standing committee of your district Union?",
      scale="can_bo"),
    Q("select_one tan_suat", "q12",
      "Cán bộ Đoàn cấp huyện có thường xuyên xuống cơ sở, đối thoại với đoàn viên không?",
      "How often do district Union cadres come to the base and talk with members?",
      scale="can_bo"),
    Q("select_one dong_y", "q13",
      "Việc lấy phiếu tín nhiệm cán bộ Đoàn ở đơn vị được làm thực chất, không hình thức.",
      "Confidence polling of Union cadres in my unit is real, not a formality.",
      scale="can_bo"),
    Q("select_one dong_y", "q14",
      "Cán bộ Đoàn ở đơn vị gương mẫu, nói đi đôi với làm.",
      "Union cadres in my unit set an example and do what they say.",
      scale="can_bo"),
    Q("select_multiple han_che", "han_che",
      "Hạn chế lớn nhất của cán bộ Đoàn hiện nay là gì? (chọn tối đa 2 phương án)",
      "What are the biggest shortcomings of Union cadres today? (up to 2 answers)",
      hint="Chọn tối đa 2 phương án"),
    Q("text", "gop_y",
      "Góp ý của anh/chị đối với công tác cán bộ Đoàn",
      "Your comments on Union cadre work"),
    ("end_group",),
    ("begin", "hoc_tap", "IV. Học tập, quán triệt Nghị quyết",
     "IV. Studying the resolution"),
    Q("select_one hoc_nq", "q15",
      "Anh/chị có được học tập, quán triệt Nghị quyết Trung ương 4 (khóa XI) không?",
      "Have you studied the resolution of the 4th Central Committee plenum (11th term)?"),
    Q("select_one dong_y", "q16",
      "Tôi nắm được những nội dung cơ bản của Nghị quyết.",
      "I understand the main points of the resolution.",
      scale="hoc_tap"),
    Q("select_one dong_y", "q17",
      "Việc tự phê bình và phê bình ở chi đoàn được tiến hành nghiêm túc, thẳng thắn.",
      "Self-criticism and criticism in my branch are serious and frank.",
      scale="hoc_tap"),
    Q("select_one tin_tuong", "q18",
      "Anh/chị tin tưởng như thế nào vào kết quả thực hiện Nghị quyết?",
      "How much confidence do you have in the results of carrying out the resolution?",
      scale="hoc_tap"),
    Q("select_one dong_y", "q19",
      "Tôi sẵn sàng góp ý, phê bình khi thấy cán bộ, đảng viên có biểu hiện sai trái.",
      "I am ready to speak up when I see a cadre or Party member doing wrong.",
      scale="hoc_tap"),
    Q("text", "de_xuat", "Đề xuất, kiến nghị của anh/chị", "Your proposals"),
    ("end_group",),
    ("begin", "nhan_khau", "V. Thông tin cá nhân", "V. About you"),
    Q("select_one gioi_tinh", "gioi_tinh", "Giới tính", "Gender"),
    Q("integer", "tuoi", "Tuổi", "Age", mn="16", mx="35"),
    Q("select_one do_tuoi", "do_tuoi", "Độ tuổi", "Age band"),
    Q("select_one doi_tuong", "doi_tuong", "Đối tượng", "Group"),
    Q("select_one dan_toc", "dan_toc", "Dân tộc", "Ethnicity"),
    ("end_group",),
]


def questions():
    """(name, path, type, list, vi label) of every answerable question."""
    out, group = [], None
    for row in SURVEY:
        if row[0] == "begin":
            group = row[1]
        elif row[0] == "end_group":
            group = None
        else:
            t, n, vi = row[0], row[1], row[2]
            if t in ("start", "end"):
                continue
            kind, lst = (t.split() + [None])[:2]
            path = group + "/" + n if group else n
            out.append((n, path, kind, lst, vi))
    return out


QUESTIONS = questions()
QINFO = {q[0]: q for q in QUESTIONS}
COLUMNS = [q[0] for q in QUESTIONS]          # data columns, form order
SCALES = {}
for _r in SURVEY:
    if _r[0] not in ("begin", "end_group") and _r[6]:
        SCALES.setdefault(_r[6], []).append(_r[1])
REVERSE = {r[1] for r in SURVEY if r[0] not in ("begin", "end_group") and r[7]}
ITEM_THEME = {n: s for s, items in SCALES.items() for n in items}
LABEL = {(l, c[0]): c[1] for l, cs in LISTS.items() for c in cs}


def form_files():
    def table(rows):
        s = io.StringIO()
        w = csv.writer(s, lineterminator="\n")
        w.writerows(rows)
        return s.getvalue().encode("utf-8")

    survey = [["type", "name", "label", "label::English", "required", "hint",
               "scale", "reverse", "min", "max"]]
    for row in SURVEY:
        if row[0] == "begin":
            survey.append(["begin group", row[1], row[2], row[3]] + [""] * 6)
        elif row[0] == "end_group":
            survey.append(["end group"] + [""] * 9)
        else:
            survey.append(list(row))
    choices = [["list_name", "name", "label", "label::English", "value",
                "not_opinion", "aliases", "members", "parent"]]
    for lst, cs in LISTS.items():
        if lst == "don_vi":
            for code, vi, en, aliases, members, _ in UNITS:
                choices.append([lst, code, vi, en, "", "", "|".join(aliases),
                                str(members), "kien_giang"])
        else:
            for name, vi, en, value, no in cs:
                choices.append([lst, name, vi, en, value, no, "", "", ""])
    settings = [["form_title", "form_id", "version", "default_language"],
                ["Phiếu khảo sát tình hình tư tưởng đoàn viên, thanh niên",
                 "kg_tu_tuong_dvtn", "2012.1", "vi"]]
    return {"form/survey.csv": table(survey),
            "form/choices.csv": table(choices),
            "form/settings.csv": table(settings)}


# ---------------------------------------------------------------------------
# The model.

THEMES = ["tu_tuong", "dao_duc", "can_bo", "hoc_tap"]
ROUNDS = [2012, 2013, 2014]

# Province level of each theme in each round (latent units).
ROUND_MU = {
    2012: {"tu_tuong": 0.00, "dao_duc": 0.00, "can_bo": 0.00, "hoc_tap": 0.00},
    2013: {"tu_tuong": 0.05, "dao_duc": 0.00, "can_bo": 0.35, "hoc_tap": 0.30},
    2014: {"tu_tuong": 0.10, "dao_duc": -0.05, "can_bo": 0.40, "hoc_tap": 0.35},
}
# Units clearly above or below the province.
UNIT_FIXED = {
    "cong_an": {"tu_tuong": 0.60, "dao_duc": 0.30, "can_bo": 0.50, "hoc_tap": 0.50},
    "khoi_cq_dn": {"tu_tuong": 0.20, "hoc_tap": 0.30},
    "phu_quoc": {"tu_tuong": -0.20, "dao_duc": -0.60},
    "rach_gia": {"tu_tuong": -0.25, "dao_duc": -0.20},
    "u_minh_thuong": {"can_bo": -0.20, "hoc_tap": -0.60},
    "kien_hai": {"can_bo": 0.30},
}
# Giồng Riềng: cadre work falls in 2014.
UNIT_ROUND = {("giong_rieng", 2013, "can_bo"): 0.10,
              ("giong_rieng", 2014, "can_bo"): -0.70}
GROUP_EFFECT = {
    "hoc_sinh": {"dao_duc": 0.10, "hoc_tap": -0.10},
    "cong_nhan": {"tu_tuong": -0.10, "can_bo": -0.10},
    "nong_dan": {"tu_tuong": -0.10, "hoc_tap": -0.20},
    "cong_chuc": {"tu_tuong": 0.20, "hoc_tap": 0.30},
    "vu_trang": {"tu_tuong": 0.30, "hoc_tap": 0.20},
    "khac": {},
}
# Group mix by unit kind.
GROUP_MIX = {
    "city": [("hoc_sinh", 34), ("cong_nhan", 24), ("nong_dan", 6),
             ("cong_chuc", 18), ("vu_trang", 3), ("khac", 15)],
    "rural": [("hoc_sinh", 30), ("cong_nhan", 12), ("nong_dan", 33),
              ("cong_chuc", 10), ("vu_trang", 3), ("khac", 12)],
    "island": [("hoc_sinh", 26), ("cong_nhan", 16), ("nong_dan", 36),
               ("cong_chuc", 9), ("vu_trang", 4), ("khac", 9)],
    "khoi_cq_dn": [("cong_chuc", 84), ("cong_nhan", 12), ("khac", 4)],
    "cong_an": [("vu_trang", 97), ("cong_chuc", 3)],
}
UNIT_KIND = {"rach_gia": "city", "ha_tien": "city", "phu_quoc": "island",
             "kien_hai": "island", "khoi_cq_dn": "khoi_cq_dn",
             "cong_an": "cong_an"}
KHMER = {"go_quao": 30, "chau_thanh": 25, "giong_rieng": 20, "hon_dat": 15,
         "rach_gia": 10, "kien_luong": 8, "an_bien": 8, "giang_thanh": 12,
         "u_minh_thuong": 6, "vinh_thuan": 5, "an_minh": 5, "tan_hiep": 3,
         "ha_tien": 6, "phu_quoc": 2, "kien_hai": 1, "khoi_cq_dn": 4,
         "cong_an": 3}
HOA = {"ha_tien": 5, "rach_gia": 4, "phu_quoc": 5, "kien_hai": 2}

# Item loading and intercept; the list decides the cut points.
ITEM = {
    "q01": (0.9, 0.40), "q02": (1.1, 0.55), "q03": (1.0, 0.30),
    "q04": (0.9, 0.45), "q05": (0.8, -0.70),
    "q06": (1.0, 0.35), "q07": (1.1, 0.40), "q08": (1.0, 0.20),
    "q09": (0.8, 0.30), "q10": (0.9, 0.70),
    "q11": (1.1, 0.35), "q12": (1.0, -0.10), "q13": (1.0, 0.10),
    "q14": (1.1, 0.30),
    "q16": (1.0, 0.30), "q17": (1.0, 0.10), "q18": (1.0, 0.30),
    "q19": (0.9, 0.45),
}
CUTS = {  # highest code first: y > cut -> that code
    "dong_y": [("5", 1.00), ("4", -0.15), ("3", -0.85), ("2", -1.65), ("1", None)],
    "tin_tuong": [("4", 0.35), ("3", -0.95), ("2", -1.85), ("1", None)],
    "tan_suat": [("4", 0.45), ("3", -0.55), ("2", -1.45), ("1", None)],
}
KTL_RATE = {"dong_y": 0.055, "tin_tuong": 0.075}
KTL_ITEM = {"q05": 1.4, "q09": 1.3, "q03": 1.2, "q18": 1.3, "q13": 1.2}

# The comments.  WHETHER a respondent writes a góp ý (8%) or a đề xuất (6%)
# is drawn from the main stream, as it always was, so that every other
# answer in the files stays byte for byte; the main stream also still makes
# the draw that once chose among 19 and 18 fixed texts (GOP_Y_DRAWS,
# DE_XUAT_DRAWS).  WHAT they write is drawn from a second stream
# (Random(SEED + 1)), by unit, round, group and attitudes: the islands
# write about jobs at sea, fishing and boats; the towns about the internet
# and clubs; Giồng Riềng, whose cadre work falls in 2014, about dull branch
# meetings and distant cadres; the resolution comes up more in 2013 and
# 2014.  Texts are typed as people type them: some without marks, some in
# capitals, some with chat abbreviations and slips; never on two lines
# (MULTILINE_DE_XUAT is the one comment that is, and it stays where it is).
GOP_Y_DRAWS, DE_XUAT_DRAWS = 19, 18

# {co_so}: where the member lives or works, by the kind of unit.
CO_SO = {"city": "khu phố", "rural": "ấp", "island": "xã đảo",
         "khoi_cq_dn": "cơ quan", "cong_an": "đơn vị"}

# (kind of comment, text).  The kinds are the generator's, not the
# codebook's: chu-de.csv is what an office reading these would write.
GOP_Y_TEXTS = [
    ("xa_co_so", "Cán bộ Đoàn cần xuống cơ sở nhiều hơn, lắng nghe ý kiến đoàn viên."),
    ("xa_co_so", "Cán bộ huyện đoàn ít về {co_so}, nhiều đoàn viên không biết mặt Bí thư huyện đoàn."),
    ("xa_co_so", "Cán bộ nên gần gũi, sâu sát với đoàn viên hơn, không chỉ ngồi văn phòng chỉ đạo qua giấy tờ."),
    ("xa_co_so", "Cán bộ nên có mặt khi thanh niên gặp khó khăn, không chỉ lúc có phong trào."),
    ("xa_co_so", "ĐỀ NGHỊ cán bộ Huyện đoàn về dự sinh hoạt chi đoàn {co_so}."),
    ("xa_co_so", "Một số cán bộ còn quan liêu, xa rời đoàn viên, chỉ về cơ sở khi có đoàn kiểm tra."),
    ("guong_mau", 'Một số cán bộ còn "nói nhiều làm ít", cần gương mẫu hơn.'),
    ("guong_mau", "Cán bộ Đoàn phải gương mẫu trước, nhất là giờ giấc và tác phong khi đi sinh hoạt."),
    ("nang_luc", "Cán bộ trẻ nhiệt tình nhưng còn thiếu kinh nghiệm tổ chức hoạt động."),
    ("nang_luc", "Cần bồi dưỡng kỹ năng cho cán bộ chi đoàn, nhất là kỹ năng công nghệ thông tin."),
    ("nang_luc", "Cần chọn cán bộ có năng lực, uy tín; tránh cơ cấu hình thức."),
    ("nang_luc", "Việc luân chuyển cán bộ quá nhanh, chưa kịp nắm tình hình cơ sở."),
    ("nang_luc", "Cán bộ kiêm nhiệm nhiều việc nên ít thời gian cho phong trào."),
    ("nang_luc", "Đánh giá cán bộ phải dựa vào kết quả công việc, không dựa vào quan hệ."),
    ("tot", "Cán bộ Đoàn xã làm việc tốt, gần gũi với thanh niên."),
    ("tot", "Tôi thấy cán bộ Đoàn hiện nay rất tốt."),
    ("tot", "Bí thư chi đoàn nhiệt tình, hay đến tận nhà động viên đoàn viên đi sinh hoạt."),
    ("sinh_hoat", "Sinh hoạt chi đoàn còn đơn điệu, cán bộ ít đổi mới cách làm."),
    ("sinh_hoat", "Sinh hoạt chi đoàn nhàm chán, chủ yếu đọc văn bản rồi về, đoàn viên không muốn đi."),
    ("sinh_hoat", "Nội dung sinh hoạt lặp đi lặp lại, năm nào cũng như năm nấy."),
    ("sinh_hoat", "Họp chi đoàn toàn triển khai chỉ tiêu, ít khi hỏi đoàn viên cần gì."),
    ("sinh_hoat", "Buổi sinh hoạt nên ngắn gọn, có trò chơi, có chủ đề thiết thực với thanh niên."),
    ("doi_thoai", "Ban Thường vụ nên đối thoại trực tiếp với thanh niên ít nhất mỗi quý một lần."),
    ("doi_thoai", "Ý kiến của đoàn viên ít được phản hồi."),
    ("doi_thoai", "Đoàn viên góp ý nhiều lần nhưng không thấy trả lời, lâu dần không ai muốn góp ý nữa."),
    ("doi_thoai", "Đề nghị công khai kết quả lấy phiếu tín nhiệm cho đoàn viên biết."),
    ("phu_cap", "Nên tăng phụ cấp cho Bí thư chi đoàn {co_so}."),
    ("phu_cap", "Phụ cấp cán bộ Đoàn cơ sở quá thấp, không đủ tiền xăng đi sinh hoạt."),
    ("phu_cap", "Ủy ban Kiểm tra cần kiểm tra thường xuyên hơn việc thu, chi đoàn phí."),
    ("nghi_quyet", "Cán bộ phải tự phê bình và phê bình nghiêm túc theo tinh thần Nghị quyết Trung ương 4."),
    ("nghi_quyet", "Sau khi học tập Nghị quyết, cán bộ có tiến bộ, làm việc sâu sát hơn trước."),
    ("dao", "Cán bộ huyện ít ra các xã đảo vì đi lại khó khăn, tàu thuyền phụ thuộc thời tiết."),
    ("dao", "Nên có cán bộ Đoàn phụ trách riêng các đảo xa, thanh niên đi biển về không biết sinh hoạt ở đâu."),
    ("mang", "Cán bộ nên lập nhóm Zalo của chi đoàn để thông báo, trao đổi cho nhanh."),
    ("khong", "Không có ý kiến gì thêm."),
    ("khong", "Em đồng ý với nội dung của phiếu."),
]
DE_XUAT_TEXTS = [
    ("viec_lam", "Mở lớp dạy nghề, giới thiệu việc làm cho thanh niên."),
    ("viec_lam", "Hỗ trợ vốn vay cho thanh niên khởi nghiệp."),
    ("viec_lam", "Cần có chính sách thu hút thanh niên ở lại quê hương lập nghiệp."),
    ("viec_lam", "Nhiều bạn học xong không có việc làm phải lên Bình Dương, Sài Gòn làm công nhân; đề nghị tổ chức ngày hội việc làm tại huyện."),
    ("viec_lam", "Mở lớp dạy nghề ngắn hạn gắn với nhu cầu của doanh nghiệp trong tỉnh: điện dân dụng, sửa xe, may công nghiệp."),
    ("nong_nghiep", "Hướng dẫn thanh niên nông thôn áp dụng khoa học kỹ thuật, nuôi tôm trên ruộng lúa, trồng màu."),
    ("bien", "Hỗ trợ ngư dân trẻ học nghề, vay vốn đóng tàu."),
    ("bien", "Thanh niên đi biển dài ngày không tham gia sinh hoạt được, nên có hình thức sinh hoạt linh hoạt cho ngư dân trẻ."),
    ("bien", "Tổ chức giao lưu giữa đoàn viên các huyện đảo và đất liền."),
    ("du_lich", "Dạy nghề du lịch, nhà hàng, khách sạn cho thanh niên trên đảo vì du lịch đang phát triển mạnh."),
    ("giao_thong", "Tàu khách ra đảo ít chuyến, giá vé cao; đề nghị hỗ trợ đi lại cho học sinh, thanh niên ở xã đảo."),
    ("giao_thong", "Đường giao thông nông thôn xuống cấp, thanh niên xin được tham gia làm đường, bắc cầu."),
    ("mang", "Tăng cường tuyên truyền trên mạng xã hội, Zalo, Facebook."),
    ("mang", "Tỉnh đoàn nên có trang Facebook, đăng tin nhanh để định hướng thanh niên trước thông tin xấu độc trên mạng."),
    ("internet", "Xây dựng điểm truy cập internet miễn phí cho thanh niên ở xã."),
    ("internet", "Lắp wifi miễn phí ở nhà văn hóa, công viên để thanh niên học tập, tra cứu thông tin."),
    ("clb", "Thành lập câu lạc bộ tiếng Anh, câu lạc bộ kỹ năng cho học sinh, sinh viên ở thành phố."),
    ("clb", "Tổ chức thêm sân chơi, câu lạc bộ thể thao cho thanh niên."),
    ("the_thao", "Mỗi xã nên có sân bóng đá mini và nhà văn hóa để thanh niên sinh hoạt buổi tối."),
    ("the_thao", "Tổ chức hội thi văn nghệ, đờn ca tài tử cho thanh niên các {co_so}."),
    ("khmer", "Giữ gìn bản sắc văn hóa của đồng bào Khmer trong sinh hoạt Đoàn."),
    ("khmer", "Tổ chức sinh hoạt song ngữ Việt - Khmer ở các chi đoàn có đông đồng bào Khmer."),
    ("te_nan", "Tăng cường phòng chống ma túy, tệ nạn xã hội trong thanh niên."),
    ("te_nan", "Ở {co_so} có tình trạng thanh niên tụ tập nhậu nhẹt, đua xe ban đêm; đề nghị công an và Đoàn phối hợp xử lý."),
    ("te_nan", "Cờ bạc, số đề trong thanh niên nông thôn còn nhiều, cần tuyên truyền mạnh hơn."),
    ("nghi_quyet", "Tài liệu học tập Nghị quyết nên ngắn gọn, dễ hiểu hơn."),
    ("nghi_quyet", "Nên tổ chức học Nghị quyết theo hình thức sân khấu hóa, thi tìm hiểu."),
    ("nghi_quyet", "Học Nghị quyết chỉ đọc lại văn bản, đoàn viên ngồi nghe rồi về; nên có tọa đàm, liên hệ thực tế địa phương."),
    ("nghi_quyet", "Tổ chức thi tìm hiểu Nghị quyết Trung ương 4 trên mạng cho đoàn viên tham gia bằng điện thoại."),
    ("tinh_nguyen", "Đề nghị Tỉnh đoàn hỗ trợ kinh phí cho các đội hình tình nguyện."),
    ("tinh_nguyen", "Mở rộng chiến dịch Mùa hè xanh về vùng sâu, sửa nhà, làm đường cho bà con."),
    ("khac", "Đề nghị có thêm tủ sách pháp luật ở {co_so}."),
    ("khac", "Đề nghị Ủy ban nhân dân xã phối hợp chặt chẽ hơn với Đoàn xã."),
    ("khac", "Tổ chức đối thoại giữa lãnh đạo huyện với thanh niên; mỗi năm ít nhất 2 lần."),
    ("khac", "Nên đưa nội dung giáo dục lịch sử địa phương vào sinh hoạt chi đoàn."),
    ("khong", "Không có đề xuất gì thêm."),
    ("khong", "Em thống nhất với các nội dung trên."),
]
MULTILINE_DE_XUAT = ("Đề nghị:\n1. Tăng sinh hoạt chuyên đề về Nghị quyết.\n"
                     "2. Tổ chức giao lưu với đoàn viên các huyện.")
# Words as phones type them ("ko", "dc", "vs") and slips of the keyboard.
TYPOS = [("không", "ko"), ("được", "dc"), ("với", "vs"), ("nhiều", "nhìu"),
         ("cán bộ", "cán bô"), ("thanh niên", "thanh nien"),
         ("sinh hoạt", "sinh hoat"), ("Nghị quyết", "nghị quyêt"),
         ("đoàn viên", "đoàn vien"), ("tổ chức", "tổ chứ")]
LEAD_INS = ["Em xin góp ý: ", "Ý kiến cá nhân: ", "Theo em thì "]


def strip_marks(s):
    """What a phone without a Vietnamese keyboard types."""
    s = unicodedata.normalize("NFD", s.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in s if unicodedata.category(c) != "Mn")


def gop_y_weights(unit, rnd, theta):
    kind = UNIT_KIND.get(unit, "rural")
    lo = -theta["can_bo"]      # higher: a worse view of the cadres
    w = {"xa_co_so": 10 * math.exp(0.6 * lo), "guong_mau": 6 * math.exp(0.4 * lo),
         "nang_luc": 10, "tot": 8 * math.exp(-0.6 * lo), "sinh_hoat": 9,
         "doi_thoai": 8, "phu_cap": 5 if kind in ("rural", "island") else 2,
         "nghi_quyet": {2012: 2, 2013: 5, 2014: 9}[rnd],
         "dao": 12 if kind == "island" else 0,
         "mang": 6 if kind == "city" else 2, "khong": 7}
    if unit == "giong_rieng" and rnd == 2014:
        w["sinh_hoat"] *= 3
        w["xa_co_so"] *= 2.5
    return w


def de_xuat_weights(unit, rnd, group, eth):
    kind = UNIT_KIND.get(unit, "rural")
    island, city = kind == "island", kind == "city"
    return {"viec_lam": 12 if group != "vu_trang" else 3,
            "nong_nghiep": 10 if group == "nong_dan" and not island else 1,
            "bien": 14 if island else 0, "du_lich": 6 if unit == "phu_quoc" else 0,
            "giao_thong": 10 if unit == "kien_hai" else 5 if island else 2,
            "mang": 6 + 2 * ROUNDS.index(rnd) + (4 if city else 0),
            "internet": 8 if city else 2, "clb": 10 if city else 3,
            "the_thao": 3 if city else 7, "khmer": 8 if eth == "khmer" else 0.3,
            "te_nan": 8 if city else 5,
            "nghi_quyet": {2012: 3, 2013: 7, 2014: 12}[rnd],
            "tinh_nguyen": 5, "khac": 6, "khong": 5}


def compose(crng, texts, weights, unit, lead_ins):
    """One comment: a text of a kind drawn by weight, sometimes a second
    one after it, then typed the way this member types."""
    def one(exclude=None):
        kind = weighted(crng, [(k, x) for k, x in weights.items() if x > 0])
        pool = [t for k, t in texts if k == kind and t != exclude]
        return crng.choice(pool) if pool else ""
    co_so = CO_SO[UNIT_KIND.get(unit, "rural")]
    text = one()
    if crng.random() < 0.22 and not text.startswith(("Không", "Em ")):
        more = one(exclude=text)
        if more and not more.startswith(("Không", "Em ")) and \
                len(text) + len(more) < 220:
            text = text + " " + more
    text = text.replace("{co_so}", co_so)
    if crng.random() < 0.10 and text[:2] != text[:2].upper() and \
            not text.startswith(("Tôi", "Em", "Không", "Đề nghị")):
        lead = crng.choice(lead_ins)
        text = lead + (text if lead.endswith(": ") else text[0].lower() + text[1:])
    return text


def typed(crng, text, phone_rate):
    """The same words as one member typed them."""
    x = crng.random()
    if x < phone_rate:
        text = strip_marks(text).lower() if crng.random() < 0.6 else strip_marks(text)
        if crng.random() < 0.5:
            text = text.rstrip(".")
    elif x < phone_rate + 0.04:
        text = text.upper()
    elif x < phone_rate + 0.12:
        for a, b in crng.sample(TYPOS, 3):
            text = text.replace(a, b)
    return text


def comment(crng, question, r, unit, rnd, theta, age, eth):
    """The text of respondent r's góp ý or đề xuất."""
    # Tablets and Google Forms in 2014, and the young, type without marks
    # more often.
    online = rnd == 2014 and unit in ("ha_tien", "khoi_cq_dn", "cong_an", "an_bien",
                                      "an_minh", "vinh_thuan", "u_minh_thuong")
    phone_rate = 0.06 + (0.10 if online else 0) + (0.05 if age <= 24 else 0)
    if question == "gop_y":
        text = compose(crng, GOP_Y_TEXTS, gop_y_weights(unit, rnd, theta), unit,
                       LEAD_INS)
    else:
        text = compose(crng, DE_XUAT_TEXTS,
                       de_xuat_weights(unit, rnd, r["_group"], eth), unit,
                       ["Kiến nghị: ", "Đề nghị "])
    return typed(crng, text, phone_rate)


def weighted(rng, pairs):
    total = sum(w for _, w in pairs)
    x = rng.random() * total
    for v, w in pairs:
        x -= w
        if x < 0:
            return v
    return pairs[-1][0]


def cut(lst, y):
    for code, c in CUTS[lst]:
        if c is None or y > c:
            return code


class Model:
    def __init__(self, rng):
        self.rng = rng
        self.crng = random.Random(SEED + 1)   # what the comments say
        # Small random effects for every unit and theme, drawn once.
        self.unit_eff = {}
        for u in UNIT_CODES:
            for t in THEMES:
                self.unit_eff[(u, t)] = rng.gauss(0, 0.08) + \
                    UNIT_FIXED.get(u, {}).get(t, 0.0)
        self.seen = set()

    def mu(self, unit, rnd, group, theme):
        return (ROUND_MU[rnd][theme] + self.unit_eff[(unit, theme)] +
                UNIT_ROUND.get((unit, rnd, theme), 0.0) +
                GROUP_EFFECT[group].get(theme, 0.0))

    def demographics(self, unit):
        rng = self.rng
        group = weighted(rng, GROUP_MIX[UNIT_KIND.get(unit, "rural")])
        if group == "hoc_sinh":
            age = weighted(rng, [(a, 9 if a <= 18 else 7 if a <= 22 else 2)
                                 for a in range(16, 25)])
        elif group == "vu_trang":
            age = weighted(rng, [(a, 6 if a <= 30 else 2) for a in range(19, 36)])
        elif group == "cong_chuc":
            age = weighted(rng, [(a, 5 if a <= 30 else 3) for a in range(22, 36)])
        else:
            age = weighted(rng, [(a, 3 if a <= 18 else 5 if a <= 30 else 2)
                                 for a in range(16, 36)])
        band = ("16_18" if age <= 18 else "19_24" if age <= 24
                else "25_30" if age <= 30 else "tren_30")
        if unit == "cong_an":
            gender = weighted(rng, [("nam", 82), ("nu", 18)])
        else:
            gender = weighted(rng, [("nam", 52), ("nu", 48)])
        kh, hoa = KHMER.get(unit, 3), HOA.get(unit, 1)
        eth = weighted(rng, [("kinh", 100 - kh - hoa - 1), ("khmer", kh),
                             ("hoa", hoa), ("khac", 1)])
        return group, age, band, gender, eth

    def respondent(self, unit, rnd):
        while True:
            r = self._respondent(unit, rnd)
            key = tuple(tuple(r[c]) if isinstance(r[c], list) else r[c]
                        for c in COLUMNS if c != "ma_phieu")
            if key not in self.seen:
                self.seen.add(key)
                return r

    def _respondent(self, unit, rnd):
        rng = self.rng
        group, age, band, gender, eth = self.demographics(unit)
        g = rng.gauss(0, 1)
        blank_p = 0.018 if rng.random() < 0.85 else 0.11
        ktl_f = math.exp(rng.gauss(0, 0.6)) * (1.5 if age <= 18 else 1.0)
        theta = {}
        r = {"don_vi": unit, "_group": group}
        for t in THEMES:
            theta[t] = self.mu(unit, rnd, group, t) + 0.55 * g
            # Items of the scale; redrawn while the respondent would
            # straight-line the scale (no natural straight-lining).
            for _ in range(100):
                e = rng.gauss(0, 0.65)
                ans = {}
                for n in SCALES[t]:
                    lst = QINFO[n][3]
                    a, b = ITEM[n]
                    th = theta[t] + e
                    y = (-a if n in REVERSE else a) * th + b + rng.gauss(0, 0.75)
                    if rng.random() < blank_p:
                        ans[n] = ""
                    elif lst in KTL_RATE and rng.random() < \
                            KTL_RATE[lst] * KTL_ITEM.get(n, 1.0) * ktl_f:
                        ans[n] = "9"
                    else:
                        ans[n] = cut(lst, y)
                given = [v for v in ans.values() if v]
                if len(given) < 2 or len(set(given)) > 1:
                    break
            theta[t] += e
            r.update(ans)
        # q15: studied the resolution.
        y = theta["hoc_tap"] * 0.9 + rng.gauss(0, 0.8) + \
            {2012: 0.0, 2013: 0.45, 2014: 0.55}[rnd]
        r["q15"] = "" if rng.random() < blank_p else \
            ("day_du" if y > -0.1 else "chua_day_du" if y > -1.05 else "chua_hoc")
        # News channels.
        urban = unit in ("rach_gia", "ha_tien", "phu_quoc", "khoi_cq_dn", "cong_an")
        young = age <= 24
        ri = ROUNDS.index(rnd)
        p = {
            "bao_in": 0.34 - 0.05 * ri + (0.10 if group == "cong_chuc" else 0),
            "truyen_hinh": 0.76 - 0.04 * ri,
            "bao_dien_tu": 0.32 + 0.06 * ri + (0.08 if urban else 0),
            "mang_xa_hoi": 0.26 + 0.13 * ri + (0.12 if urban else 0) +
                           (0.10 if young else -0.05),
            "sinh_hoat": 0.38 + 0.05 * theta["dao_duc"],
            "khac": 0.04,
        }
        if rng.random() < 0.02:
            r["kenh_tin"] = []
        else:
            chosen = [c for c, _, _, _, _ in LISTS["kenh_tin"] if rng.random() < p[c]]
            r["kenh_tin"] = chosen or ["truyen_hinh"]
        # Cadres' shortcomings: one or two.
        if rng.random() < 0.06:
            r["han_che"] = []
        else:
            lo = -theta["can_bo"]
            w = [("xa_co_so", 30 + 12 * lo), ("nang_luc", 26),
                 ("hinh_thuc", 24 + 10 * lo), ("guong_mau", 10 + 6 * lo),
                 ("kiem_nhiem", 18), ("khac", 3)]
            w = [(c, max(x, 1.0)) for c, x in w]
            first = weighted(rng, w)
            pick = [first]
            if rng.random() < 0.45:
                pick.append(weighted(rng, [x for x in w if x[0] != first]))
            order = [c[0] for c in LISTS["han_che"]]
            r["han_che"] = sorted(pick, key=order.index)
        # Overall score 0-10 in halves.
        if rng.random() < 0.05:
            r["diem_hai_long"] = ""
        else:
            s = 7.2 + 1.1 * theta["dao_duc"] + 0.5 * theta["can_bo"] + rng.gauss(0, 1.0)
            s = min(10.0, max(0.0, round(s * 2) / 2 if rng.random() < 0.35 else round(s)))
            r["diem_hai_long"] = s
        r["gop_y"] = r["de_xuat"] = ""
        if rng.random() < 0.08:
            rng.choice(range(GOP_Y_DRAWS))
            r["gop_y"] = comment(self.crng, "gop_y", r, unit, rnd, theta, age, eth)
        if rng.random() < 0.06:
            rng.choice(range(DE_XUAT_DRAWS))
            r["de_xuat"] = comment(self.crng, "de_xuat", r, unit, rnd, theta, age, eth)
        r["gioi_tinh"] = "" if rng.random() < 0.01 else gender
        age_blank = rng.random() < 0.02
        r["tuoi"] = "" if age_blank else str(age)
        r["do_tuoi"] = "" if rng.random() < 0.01 else band
        r["doi_tuong"] = "" if rng.random() < 0.015 else group
        r["dan_toc"] = "" if rng.random() < 0.02 else eth
        r["ma_phieu"] = ""
        return r


# ---------------------------------------------------------------------------
# Files as offices send them.

class FileSpec:
    def __init__(self, rnd, path, units, enc, layout, answers,
                 delim=",", eol="\r\n", multi="; ", decimal=",",
                 spell=None):
        self.rnd, self.path, self.units = rnd, path, units
        self.enc, self.layout, self.answers = enc, layout, answers
        self.delim, self.eol, self.multi, self.decimal = delim, eol, multi, decimal
        self.spell = spell or {}


def F(*a, **k):
    return FileSpec(*a, **k)


CP = dict(enc="cp1258", delim=";", eol="\r\n", decimal=",", multi=", ")
U8 = dict(enc="utf8-bom", delim=",", eol="\r\n", decimal=".", multi=";")

FILES = [
    # 2012: Excel on every desk; two island districts on old fonts.
    F(2012, "data/2012/rach-gia.csv", ["rach_gia"], layout="names",
      answers="codes", spell={"rach_gia": [("TP Rạch Giá", 90), ("Rạch Giá", 8),
                                          ("TP Rach Gia", 2)]}, **U8),
    F(2012, "data/2012/khoi-truc-thuoc.csv", ["khoi_cq_dn", "cong_an"],
      layout="names", answers="codes",
      spell={"khoi_cq_dn": [("Đoàn Khối Cơ quan – Doanh nghiệp tỉnh", 80),
                            ("Đoàn Khối CQ-DN", 20)]}, **U8),
    F(2012, "data/2012/ha-tien-kien-luong-giang-thanh.csv",
      ["ha_tien", "kien_luong", "giang_thanh"], layout="labels",
      answers="labels", spell={"ha_tien": [("TX Hà Tiên", 1)]}, **CP),
    F(2012, "data/2012/hon-dat-tan-hiep.csv", ["hon_dat", "tan_hiep"],
      layout="names", answers="codes",
      spell={"hon_dat": [("Hòn Đất", 95), ("Hon Dat", 5)]}, **CP),
    F(2012, "data/2012/chau-thanh-giong-rieng-go-quao.csv",
      ["chau_thanh", "giong_rieng", "go_quao"], layout="labels",
      answers="codes", **CP),
    F(2012, "data/2012/an-bien-an-minh-vinh-thuan-u-minh-thuong.csv",
      ["an_bien", "an_minh", "vinh_thuan", "u_minh_thuong"], layout="names",
      answers="codes",
      spell={"an_minh": [("An Minh", 97), ("Huyện An Minh", 3)]}, **CP),
    F(2012, "data/2012/phu-quoc.csv", ["phu_quoc"], layout="names",
      answers="codes", spell={"phu_quoc": [("Phú Quốc", 96), ("Phu Quoc", 4)]},
      **U8),
    F(2012, "data/2012/kien-hai.csv", ["kien_hai"], enc="tcvn3", layout="labels",
      answers="labels", delim=",", eol="\r\n", multi=", ", decimal=","),
    # 2013: the island districts move to VNI fonts; Unikey "tổ hợp" at the
    # provincial unions.
    F(2013, "data/2013/rach-gia.csv", ["rach_gia"], layout="names",
      answers="codes", spell={"rach_gia": [("TP Rạch Giá", 85), ("Rạch Giá", 15)]},
      **U8),
    F(2013, "data/2013/khoi-truc-thuoc.csv", ["khoi_cq_dn", "cong_an"],
      enc="utf8-bom-nfd", layout="names", answers="codes", delim=",",
      eol="\r\n", multi=";", decimal=".",
      spell={"khoi_cq_dn": [("Đoàn Khối Cơ quan - Doanh nghiệp tỉnh", 1)],
             "cong_an": [("Đoàn Thanh niên Công an tỉnh", 1)]}),
    F(2013, "data/2013/ha-tien-kien-luong-giang-thanh.csv",
      ["ha_tien", "kien_luong", "giang_thanh"], layout="labels",
      answers="codes", spell={"ha_tien": [("Thị đoàn Hà Tiên", 1)]}, **CP),
    F(2013, "data/2013/hon-dat-tan-hiep-chau-thanh.csv",
      ["hon_dat", "tan_hiep", "chau_thanh"], layout="names", answers="codes",
      spell={"hon_dat": [("Hòn Đất", 97), ("Hon Dat", 3)],
             "tan_hiep": [("Tân Hiệp", 97), ("Tân Hiệp ", 3)]}, **CP),
    F(2013, "data/2013/giong-rieng-go-quao.csv", ["giong_rieng", "go_quao"],
      layout="names", answers="codes", **U8),
    F(2013, "data/2013/an-bien-an-minh-vinh-thuan-u-minh-thuong.csv",
      ["an_bien", "an_minh", "vinh_thuan", "u_minh_thuong"], layout="labels",
      answers="codes", **CP),
    F(2013, "data/2013/phu-quoc-kien-hai.csv", ["phu_quoc", "kien_hai"],
      enc="vni", layout="labels", answers="labels", delim=",", eol="\r\n",
      multi=", ", decimal=","),
    # 2014: a Google Form for Hà Tiên and the provincial unions, tablets
    # with KoboToolbox in four rural districts.
    F(2014, "data/2014/rach-gia.csv", ["rach_gia"], layout="names",
      answers="codes", spell={"rach_gia": [("Rạch Giá", 70), ("TP Rạch Giá", 30)]},
      **U8),
    F(2014, "data/2014/online/google-forms.csv",
      ["ha_tien", "khoi_cq_dn", "cong_an"], enc="utf8",
      layout="google", answers="labels", delim=",", eol="\r\n", multi=", ",
      decimal="mixed"),
    F(2014, "data/2014/online/kobo.csv",
      ["an_bien", "an_minh", "vinh_thuan", "u_minh_thuong"], enc="utf8",
      layout="kobo", answers="kobo", delim=";", eol="\r\n", multi=" ",
      decimal="."),
    F(2014, "data/2014/kien-luong-giang-thanh.csv", ["kien_luong", "giang_thanh"],
      layout="names", answers="codes",
      spell={"kien_luong": [("Kiên Lương", 90), ("kiên lương", 10)]}, **U8),
    F(2014, "data/2014/hon-dat-tan-hiep.csv", ["hon_dat", "tan_hiep"],
      layout="labels", answers="codes",
      spell={"hon_dat": [("Hòn Đất", 90), ("Huyện Hòn Đất", 10)]}, **CP),
    F(2014, "data/2014/chau-thanh-giong-rieng-go-quao.csv",
      ["chau_thanh", "giong_rieng", "go_quao"], layout="names",
      answers="codes", **CP),
    F(2014, "data/2014/phu-quoc-kien-hai.csv", ["phu_quoc", "kien_hai"],
      layout="names", answers="codes",
      spell={"phu_quoc": [("Phú Quốc", 92), ("Phu Quoc", 5), ("Huyện Phú Quốc", 3)]},
      **U8),
]

# Share of members who answered, by round (a little noise per unit).
RESPONSE_RATE = {2012: 0.108, 2013: 0.107, 2014: 0.105}

NUMERIC_LISTS = ("dong_y", "tin_tuong", "tan_suat")


def fmt_decimal(v, sep, rng):
    if v == "":
        return ""
    s = ("%d" % v) if v == int(v) else ("%.1f" % v)
    if sep == "mixed":
        sep = "," if rng.random() < 0.6 else "."
    return s.replace(".", sep)


def render(spec, r, rng):
    """Cells of one respondent in the file's layout, keyed by header."""
    cells = []
    kobo = spec.layout == "kobo"
    for n, path, kind, lst, vi in QUESTIONS:
        if spec.layout == "google" and n == "ma_phieu":
            continue
        v = r[n]
        if n == "don_vi":
            out = v if kobo else r["_unit_text"]
        elif kind == "select_one":
            if v == "" or kobo or (spec.answers == "codes" and lst in NUMERIC_LISTS):
                out = v
            else:
                out = LABEL[(lst, v)]
        elif kind == "select_multiple":
            out = (" ".join(v) if kobo else
                   spec.multi.join(LABEL[(lst, c)] for c in v))
        elif kind == "decimal":
            out = fmt_decimal(v, spec.decimal, rng)
        else:
            out = v
        head = {"names": n, "labels": vi, "google": vi, "kobo": path}[spec.layout]
        cells.append((head, out))
        if kobo and kind == "select_multiple":
            for c in LISTS[lst]:
                cells.append((path + "/" + c[0],
                              "" if not v else ("1" if c[0] in v else "0")))
    for k, val in r.get("_override", {}).items():
        for i, (h, _) in enumerate(cells):
            if h == k:
                cells[i] = (h, val)
    return cells


def quote_field(v, spec):
    if spec.layout == "kobo":
        return '"' + v.replace('"', '""') + '"'
    if any(c in v for c in (spec.delim, '"', "\r", "\n")) or \
            (spec.delim == "," and "," in v):
        return '"' + v.replace('"', '""') + '"'
    return v


def encode(text, enc):
    if enc == "utf8-bom":
        return b"\xef\xbb\xbf" + text.encode("utf-8")
    if enc == "utf8-bom-nfd":
        return b"\xef\xbb\xbf" + unicodedata.normalize("NFD", text).encode("utf-8")
    if enc == "utf8":
        return text.encode("utf-8")
    if enc == "cp1258":
        return _enc.iconv(text, "CP1258")
    if enc == "tcvn3":
        return _enc.iconv(text, "TCVN5712-1")
    if enc == "vni":
        return vni_encode(text)
    raise ValueError(enc)


def decode(data, enc):
    if enc in ("utf8-bom", "utf8-bom-nfd"):
        assert data.startswith(b"\xef\xbb\xbf")
        return nfc(data[3:].decode("utf-8"))
    if enc == "utf8":
        return data.decode("utf-8")
    if enc == "cp1258":
        return nfc(_enc.iconv_decode(data, "CP1258"))
    if enc == "tcvn3":
        return nfc(_enc.iconv_decode(data, "TCVN5712-1"))
    if enc == "vni":
        return nfc(vni_decode(data))
    raise ValueError(enc)


ENC_NAME = {"utf8-bom": "UTF-8 with BOM", "utf8-bom-nfd": "UTF-8 with BOM, NFD",
            "utf8": "UTF-8, no BOM", "cp1258": "Windows-1258",
            "tcvn3": "TCVN3 (TCVN5712-1)", "vni": "VNI-Windows"}


class Planted:
    def __init__(self):
        self.items = []   # dicts

    def add(self, path, rec, column, severity, kind, value, says, row=None):
        self.items.append(dict(path=path, rec=rec, column=column,
                               severity=severity, kind=kind, value=value,
                               says=says, row=row))


def build(rng):
    model = Model(rng)
    files, planted, counts = {}, Planted(), {}
    # Rows per unit and round.
    n_rows = {}
    for rnd in ROUNDS:
        for code, _, _, _, members, _ in UNITS:
            rate = RESPONSE_RATE[rnd] * (1 + rng.gauss(0, 0.12))
            n_rows[(rnd, code)] = int(round(members * rate))
    for spec in FILES:
        rows = []
        for u in spec.units:
            abbr = UNIT[u][5]
            spell = spec.spell.get(u, [(UNIT[u][1], 1)])
            for i in range(n_rows[(spec.rnd, u)]):
                r = model.respondent(u, spec.rnd)
                r["ma_phieu"] = "%s-%02d-%04d" % (abbr, spec.rnd % 100, i + 1)
                r["_unit_text"] = weighted(rng, spell)
                rows.append(r)
        if spec.layout in ("google", "kobo"):
            rng.shuffle(rows)
        files[spec.path] = (spec, rows)
        counts[spec.path] = len(rows)
    return model, files, planted, n_rows


def plant(rng, files, planted):
    """The planted mistakes.  Rows are picked by fixed rules, not at random,
    so the README can say why each is where it is."""
    def rows_of(path, unit=None):
        spec, rows = files[path]
        return [i for i, r in enumerate(rows) if unit is None or r["don_vi"] == unit]

    # 1. A misspelt unit (typo in the tone mark), CP1258 sheet, 2012.
    p = "data/2012/hon-dat-tan-hiep.csv"
    i = rows_of(p, "hon_dat")[412]
    files[p][1][i]["_unit_text"] = "Hòn Đát"
    files[p][1][i]["_plant"] = dict(column="don_vi", severity="error",
        kind="unknown-unit", value="Hòn Đát",
        says="unknown unit 'Hòn Đát'; did you mean 'Hòn Đất'?")
    # 2. A unit typed without diacritics that is no alias, UTF-8, 2013.
    p = "data/2013/giong-rieng-go-quao.csv"
    i = rows_of(p, "giong_rieng")[1203]
    files[p][1][i]["_unit_text"] = "Giong Rieng"
    files[p][1][i]["_plant"] = dict(column="don_vi", severity="error",
        kind="unknown-unit", value="Giong Rieng",
        says="unknown unit 'Giong Rieng'; did you mean 'Giồng Riềng'?")
    # 3. "6" on the 5-point item q07, UTF-8 codes, 2013.
    p = "data/2013/rach-gia.csv"
    i = rows_of(p)[777]
    files[p][1][i]["_override"] = {"q07": "6"}
    files[p][1][i]["_plant"] = dict(column="q07", severity="error",
        kind="answer-out-of-range", value="6",
        says="'6' is no answer of q07 (dong_y: 1 to 5, 9 = Khó trả lời)")
    # 4. An age of 150, UTF-8 codes, 2014.
    p = "data/2014/kien-luong-giang-thanh.csv"
    i = rows_of(p, "giang_thanh")[55]
    files[p][1][i]["_override"] = {"tuoi": "150", "do_tuoi": "Trên 30"}
    files[p][1][i]["_plant"] = dict(column="tuoi", severity="error",
        kind="answer-out-of-range", value="150",
        says="age 150 is out of range (16 to 35)")
    # 5. "4,5" in the integer age, CP1258, 2013.
    p = "data/2013/hon-dat-tan-hiep-chau-thanh.csv"
    i = rows_of(p, "tan_hiep")[301]
    files[p][1][i]["_override"] = {"tuoi": "4,5"}
    files[p][1][i]["_plant"] = dict(column="tuoi", severity="error",
        kind="not-an-integer", value="4,5",
        says="'4,5' is not a whole number (tuoi is an integer question)")
    # 6. A duplicate respondent id with different answers (digits swapped
    #    by the clerk: GQ-13-0475 typed as GQ-13-0457), same file as 2.
    p = "data/2013/giong-rieng-go-quao.csv"
    gq = rows_of(p, "go_quao")
    first, second = gq[456], gq[474]
    assert files[p][1][first]["ma_phieu"] == "GQ-13-0457"
    files[p][1][second]["ma_phieu"] = "GQ-13-0457"
    files[p][1][second]["_plant"] = dict(column="ma_phieu", severity="error",
        kind="duplicate-id", value="GQ-13-0457",
        says="respondent id 'GQ-13-0457' also on line {first} with other answers",
        first=first)
    # 7. A double submission in the Google Form: the same answers sent
    #    again later the same day, 7 other answers in between.
    p = "data/2014/online/google-forms.csv"
    rows = files[p][1]
    i = 900
    dup = {"_dup_of": rows[i], "don_vi": rows[i]["don_vi"]}
    dup["_plant"] = dict(column="", severity="warning",
        kind="duplicate-response", value="",
        says="the answers repeat line {first} exactly: a double submission?",
        first=i)
    rows.insert(i + 8, dup)
    # A comment written on three lines, in the same file (valid; moves the
    # physical lines of everything after it).
    rows[400]["de_xuat"] = MULTILINE_DE_XUAT
    # 8. A straight-liner: "Đồng ý" to all five ethics items, including the
    #    reverse-worded q09.  CP1258 with labels, 2012.
    p = "data/2012/ha-tien-kien-luong-giang-thanh.csv"
    i = rows_of(p, "kien_luong")[600]
    for n in SCALES["dao_duc"]:
        files[p][1][i][n] = "4"
    files[p][1][i]["_plant"] = dict(column="q06-q10", severity="warning",
        kind="straight-lining", value="Đồng ý",
        says="the same answer 'Đồng ý' to every item of scale dao_duc (q06, q07, q08, q09, q10)")
    # 9. A blank row in the middle, UTF-8, 2012.
    p = "data/2012/khoi-truc-thuoc.csv"
    files[p][1].insert(500, {"_blank": True, "_plant": dict(column="",
        severity="warning", kind="blank-row", value="",
        says="blank row (skipped)")})
    # 10. A totals row at the bottom of a hand-made CP1258 sheet, 2012.
    p = "data/2012/an-bien-an-minh-vinh-thuan-u-minh-thuong.csv"
    files[p][1].append({"_totals": True, "_plant": dict(column="ma_phieu",
        severity="warning", kind="totals-row", value="Tổng cộng",
        says="a totals row ('Tổng cộng') at the bottom of the sheet (skipped, not counted)")})


# ---------------------------------------------------------------------------
# Personal data in comments: what a member should not have written in an
# anonymous survey, and what ykien must mask before it shows any answer.
# planted-personal.csv lists each value with its file, physical line and
# column; no output of ykien may hold one.  The names are invented cadres of
# the province (names.txt, the project's `names` file).

NAMES = ["Trần Văn Hùng", "Nguyễn Thị Thu Nguyệt", "Lê Hoàng Phúc",
         "Phạm Thanh Tùng", "Huỳnh Thị Thảo", "Võ Minh Khánh",
         "Danh Thị Kim Loan", "Đặng Quốc Bảo", "Lâm Thị Ngọc Hân",
         "Trương Hữu Khải"]
# Titles after which a given name is a person (yk_mask.h).
TITLES = ["anh", "chị", "em", "ông", "bà", "cô", "chú", "bác", "thầy", "bạn",
          "đồng chí", "đ/c"]

# (file, unit, question, which of that unit's comments in the file (0 is
# the first), text, [(value, kind)]).  Rows are picked by rule, not at
# random, so that the table says why each is where it is.
PERSONAL = [
    ("data/2012/rach-gia.csv", "rach_gia", "gop_y", 5,
     "Bí thư chi đoàn khu phố 3 là chị Huỳnh Thị Thảo rất nhiệt tình, ai cần gì cứ gọi 0912 345 678.",
     [("Huỳnh Thị Thảo", "name"), ("0912 345 678", "mobile")]),
    ("data/2012/rach-gia.csv", "rach_gia", "de_xuat", 7,
     "Đề nghị Thành đoàn mở lớp kỹ năng mềm, bạn nào muốn học thì gửi thư cho em qua nguyenhoangnam.rg@gmail.com",
     [("nguyenhoangnam.rg@gmail.com", "email")]),
    ("data/2012/khoi-truc-thuoc.csv", "khoi_cq_dn", "gop_y", 3,
     "Đồng chí Trần Văn Hùng ở Đoàn Khối làm việc còn hình thức, ít khi xuống cơ quan.",
     [("Trần Văn Hùng", "name")]),
    ("data/2012/ha-tien-kien-luong-giang-thanh.csv", "kien_luong", "gop_y", 4,
     "Anh Tùng bí thư xã đoàn nhiệt tình nhưng ít khi có mặt, gọi số 0918.273.645 thì không ai bắt máy.",
     [("Anh Tùng", "name"), ("0918.273.645", "mobile")]),
    ("data/2012/ha-tien-kien-luong-giang-thanh.csv", "giang_thanh", "de_xuat", 2,
     "Xin hỗ trợ vốn vay nuôi tôm, liên hệ em số 01686 123 456 hoặc điện thoại nhà (0297) 3862 123.",
     [("01686 123 456", "mobile"), ("(0297) 3862 123", "landline")]),
    ("data/2012/hon-dat-tan-hiep.csv", "hon_dat", "gop_y", 9,
     "Đề nghị xem lại việc đ/c Phúc phó bí thư huyện đoàn thu đoàn phí mà không có biên lai.",
     [("đ/c Phúc", "name")]),
    ("data/2012/chau-thanh-giong-rieng-go-quao.csv", "go_quao", "de_xuat", 6,
     "Tôi muốn tham gia đội hình tình nguyện hè, số CMND 371234567, nhờ Huyện đoàn liên hệ giúp.",
     [("371234567", "cmnd")]),
    ("data/2012/phu-quoc.csv", "phu_quoc", "de_xuat", 2,
     "Cần hỗ trợ ngư dân trẻ vay vốn đóng tàu. Liên hệ: 0913456782 (anh Bảo, tổ trưởng tổ hợp tác).",
     [("0913456782", "mobile"), ("anh Bảo", "name")]),
    ("data/2012/kien-hai.csv", "kien_hai", "gop_y", 1,
     "CÁN BỘ HUYỆN ĐOÀN ÍT RA ĐẢO. ĐỀ NGHỊ ANH ĐẶNG QUỐC BẢO VỀ LẠI SƠN NGHE THANH NIÊN NÓI.",
     [("ĐẶNG QUỐC BẢO", "name")]),
    ("data/2012/kien-hai.csv", "kien_hai", "de_xuat", 0,
     "Tàu ra đảo ít chuyến quá, ai muốn đi tình nguyện thì nhắn chị Hân số 0939 112 457 để đăng ký.",
     [("chị Hân", "name"), ("0939 112 457", "mobile")]),
    ("data/2013/rach-gia.csv", "rach_gia", "de_xuat", 4,
     "De nghi mo cau lac bo tieng Anh cho hoc sinh, lien he Le Hoang Phuc sdt 0905.678.123",
     [("Le Hoang Phuc", "name"), ("0905.678.123", "mobile")]),
    ("data/2013/khoi-truc-thuoc.csv", "khoi_cq_dn", "gop_y", 2,
     "Kết quả lấy phiếu tín nhiệm nên công khai; tôi sẵn sàng trao đổi thêm qua e-mail tuan.pham89@yahoo.com.vn",
     [("tuan.pham89@yahoo.com.vn", "email")]),
    ("data/2013/khoi-truc-thuoc.csv", "cong_an", "de_xuat", 0,
     "Đề nghị cấp lại thẻ đoàn viên cho tôi, số căn cước 091095001234, thẻ bị mất từ năm ngoái.",
     [("091095001234", "cccd")]),
    ("data/2013/an-bien-an-minh-vinh-thuan-u-minh-thuong.csv", "u_minh_thuong", "gop_y", 3,
     "Chị Nguyễn Thị Thu Nguyệt ở Huyện đoàn rất gần gũi, đoàn viên ai cũng quý.",
     [("Nguyễn Thị Thu Nguyệt", "name")]),
    ("data/2013/phu-quoc-kien-hai.csv", "phu_quoc", "gop_y", 6,
     "Anh Khải phó bí thư thị trấn Dương Đông hay la rầy đoàn viên trước mặt mọi người, đề nghị xem lại.",
     [("Anh Khải", "name")]),
    ("data/2013/phu-quoc-kien-hai.csv", "kien_hai", "de_xuat", 1,
     "Đề nghị hỗ trợ học nghề sửa máy tàu cho thanh niên Nam Du, liên hệ +84 912 345 678.",
     [("+84 912 345 678", "mobile")]),
    ("data/2013/phu-quoc-kien-hai.csv", "phu_quoc", "de_xuat", 5,
     "Mo lop day nghe du lich cho thanh nien Phu Quoc, em la Tran Van Hung, dt 84912345678",
     [("Tran Van Hung", "name"), ("84912345678", "mobile")]),
    ("data/2013/giong-rieng-go-quao.csv", "giong_rieng", "gop_y", 8,
     "Cô Loan ở xã đoàn rất nhiệt tình, đề nghị Huyện đoàn khen thưởng.",
     [("Cô Loan", "name")]),
    ("data/2014/chau-thanh-giong-rieng-go-quao.csv", "giong_rieng", "gop_y", 4,
     "Sinh hoạt chi đoàn nhàm chán, anh Phạm Thanh Tùng bí thư xã đoàn gần như không về ấp, gọi 0912.345.678 cũng không nghe.",
     [("Phạm Thanh Tùng", "name"), ("0912.345.678", "mobile")]),
    ("data/2014/chau-thanh-giong-rieng-go-quao.csv", "giong_rieng", "de_xuat", 3,
     "Đề nghị Huyện đoàn trả lời đơn của tôi gửi từ tháng 3, số điện thoại nhà 0297.3862.123.",
     [("0297.3862.123", "landline")]),
    ("data/2014/online/google-forms.csv", "ha_tien", "gop_y", 2,
     "Em muốn góp ý trực tiếp với Thị đoàn, email của em là hoangyen.ht@gmail.com",
     [("hoangyen.ht@gmail.com", "email")]),
    ("data/2014/online/google-forms.csv", "khoi_cq_dn", "de_xuat", 3,
     "Cơ quan em có câu lạc bộ bóng đá, đơn vị nào muốn giao lưu thì gọi 0912345678 gặp anh Tùng.",
     [("0912345678", "mobile"), ("anh Tùng", "name")]),
    ("data/2014/online/kobo.csv", "an_minh", "gop_y", 5,
     "can bo doan can gan gui hon, chi Thao o xa doan hay hua ma khong lam",
     [("chi Thao", "name")]),
    ("data/2014/online/kobo.csv", "u_minh_thuong", "de_xuat", 2,
     "Tôi đăng ký học lớp nghề điện dân dụng, CMND 372468135, SĐT 0968 555 210.",
     [("372468135", "cmnd"), ("0968 555 210", "mobile")]),
    ("data/2014/phu-quoc-kien-hai.csv", "phu_quoc", "gop_y", 7,
     "LÂM THỊ NGỌC HÂN Ở HUYỆN ĐOÀN LÀM VIỆC RẤT TRÁCH NHIỆM, ĐỀ NGHỊ KHEN THƯỞNG.",
     [("LÂM THỊ NGỌC HÂN", "name")]),
    ("data/2014/phu-quoc-kien-hai.csv", "kien_hai", "de_xuat", 2,
     "Đề nghị mở thêm chuyến tàu Rạch Giá - Nam Du; số căn cước của em 091201004567 để đăng ký vé ưu đãi.",
     [("091201004567", "cccd")]),
    ("data/2014/hon-dat-tan-hiep.csv", "tan_hiep", "gop_y", 6,
     "Đề nghị biểu dương đ/c Danh Thị Kim Loan, bí thư chi đoàn ấp, luôn gương mẫu, sâu sát đoàn viên.",
     [("Danh Thị Kim Loan", "name")]),
    ("data/2014/kien-luong-giang-thanh.csv", "kien_luong", "gop_y", 3,
     "Thành đoàn nên có đường dây nóng cho thanh niên như số (077) 3862 456 nhưng phải có người trực.",
     [("(077) 3862 456", "landline")]),
    ("data/2012/an-bien-an-minh-vinh-thuan-u-minh-thuong.csv", "an_bien", "gop_y", 4,
     "VO MINH KHANH o huyen doan hua ve ap sinh hoat ma khong thay, de nghi xem lai",
     [("VO MINH KHANH", "name")]),
]


def plant_personal(files):
    """Put each PERSONAL text in place of a comment that is there (never in
    a row without one: which rows have a comment stays as drawn)."""
    for path, unit, q, k, text, values in PERSONAL:
        rows = files[path][1]
        dup_src = {id(r["_dup_of"]) for r in rows if "_dup_of" in r}
        mine = [r for r in rows if r.get("don_vi") == unit and r.get(q)
                and "_plant" not in r and id(r) not in dup_src
                and r.get("de_xuat") != MULTILINE_DE_XUAT and "_personal" not in r]
        r = mine[k]
        assert "\n" not in text and all(v in text for v, _ in values)
        r[q] = text
        r["_personal"] = [(v, kind, q) for v, kind in values]


def loose_syllables(s):
    """Lower case, no marks, split on what is not a letter or digit."""
    return re.findall(r"\w+", strip_marks(s.lower()))


def holds_name(text):
    """Whether a comment names one of NAMES: the full name, the name
    without its family name, or the given name after a title."""
    ws = " " + " ".join(loose_syllables(text)) + " "
    for n in NAMES:
        parts = loose_syllables(n)
        forms = [parts, parts[1:]] + [loose_syllables(t) + parts[-1:] for t in TITLES]
        if any(" " + " ".join(f) + " " in ws for f in forms):
            return True
    return False


def names_file():
    return ("# Cadres of the Kiên Giang sample's comments, one name per line: the\n"
            "# names the planted comments mention, for ykien to mask.  INVENTED\n"
            "# names (sample data); any likeness to a real person is chance.\n" +
            "".join(n + "\n" for n in NAMES)).encode("utf-8")


def write_file(spec, rows, rng):
    """Text of the file, and the physical line where each record starts."""
    recs, starts, header = [], [], None
    for idx, r in enumerate(rows):
        if r.get("_blank") or r.get("_totals"):
            recs.append(r)
            continue
        if "_dup_of" in r:
            cells = r["_dup_of"]["_cells"]
        else:
            cells = render(spec, r, rng)
            r["_cells"] = cells
        if header is None:
            header = [h for h, _ in cells]
        recs.append(cells)
    out, line = [], 1
    prefix = []
    if spec.layout == "google":
        prefix = ["Dấu thời gian"]
    elif spec.layout == "kobo":
        prefix = ["start", "end"]
    suffix = ["_id", "_uuid", "_submission_time", "_index"] if spec.layout == "kobo" else []
    full_header = prefix + header + suffix
    out.append(spec.delim.join(quote_field(h, spec) for h in full_header) + spec.eol)
    line += out[-1].count("\n")
    # Timestamps: spread over the survey weeks, in file order.
    # Day 0 is 8 September 2014; most answers come in the first week, and
    # between 6:30 and 22:30.
    n = len(rows)
    days = [(d, 10 if d < 7 else 4 if d < 14 else 1) for d in range(19)]
    times = sorted(weighted(rng, days) * 86400 + int(rng.uniform(6.5, 22.5) * 3600)
                   for _ in range(n))
    for k, (r, cells) in enumerate(zip(rows, recs)):
        starts.append(line)
        if r.get("_blank"):
            vals = [""] * len(full_header)
        elif r.get("_totals"):
            vals = totals_row(spec, header, recs)
        else:
            vals = [v for _, v in cells]
            if spec.layout == "google":
                vals = [google_time(times[k])] + vals
            elif spec.layout == "kobo":
                ts = times[k]
                dur = 240 + int(rng.expovariate(1 / 300.0))
                vals = [kobo_time(ts, rng), kobo_time(ts + dur, rng)] + vals + [
                    str(1843200 + k + 1), kobo_uuid(rng),
                    kobo_utc(ts + dur + 60 + int(rng.random() * 7200)), str(k + 1)]
        text = spec.delim.join(quote_field(v, spec) for v in vals) + spec.eol
        out.append(text)
        line += text.count("\n")
    return "".join(out), starts, full_header


def google_time(ts):
    day, sec = divmod(ts, 86400)
    d = 8 + day          # September 2014 (the survey closes before the 30th)
    assert d <= 30
    return "%02d/09/2014 %d:%02d:%02d" % (d, sec // 3600, sec // 60 % 60, sec % 60)


def kobo_time(ts, rng):
    day, sec = divmod(ts, 86400)
    return "2014-09-%02dT%02d:%02d:%02d.%03d+07:00" % (
        8 + day, sec // 3600, sec // 60 % 60, sec % 60, int(rng.random() * 1000))


def kobo_utc(ts):
    ts -= 7 * 3600
    day, sec = divmod(ts, 86400)
    return "2014-09-%02dT%02d:%02d:%02d" % (8 + day, sec // 3600, sec // 60 % 60, sec % 60)


def kobo_uuid(rng):
    h = "%032x" % rng.getrandbits(128)
    h = h[:12] + "4" + h[13:16] + "89ab"[int(h[16], 16) % 4] + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def totals_row(spec, header, recs):
    """What an office's Excel sheet has under its data: COUNTA of each
    answer column and AVERAGE of the numbers, decimal comma."""
    data = [c for c in recs if isinstance(c, list)]
    vals = []
    for j, h in enumerate(header):
        col = [c[j][1] for c in data]
        if h == "ma_phieu":
            vals.append("Tổng cộng")
        elif h in ("tuoi", "diem_hai_long"):
            nums = [float(v.replace(",", ".")) for v in col if v]
            vals.append(("%.1f" % (sum(nums) / len(nums))).replace(".", ","))
        elif h in ITEM or h == "q15":
            vals.append(str(sum(1 for v in col if v)))
        else:
            vals.append("")
    return vals


# ---------------------------------------------------------------------------
# Main.

def main():
    rng = random.Random(SEED)
    out = dict(form_files())
    model, files, planted, n_rows = build(rng)
    plant(rng, files, planted)
    plant_personal(files)
    plant_rows, personal_rows = [], []
    meta = {}
    for spec in FILES:
        _, rows = files[spec.path]
        text, starts, header = write_file(spec, rows, rng)
        out[spec.path] = encode(text, spec.enc)
        n_data = sum(1 for r in rows if not r.get("_blank") and not r.get("_totals"))
        meta[spec.path] = (spec, n_data, len(rows), header, text)
        for k, r in enumerate(rows):
            personal_rows += personal_cells(spec, header, r, starts[k])
            pl = r.get("_plant")
            if not pl:
                continue
            says = pl["says"]
            if "first" in pl:
                says = says.format(first=starts[pl["first"]])
            col = pl["column"]
            colno = ""
            if col and "-" in col:
                # A row-level problem over several columns: name them.
                lo, hi = col.split("-")
                nums = [j + 1 for j, h in enumerate(header)
                        if h in (lo, hi, QINFO[lo][4], QINFO[hi][4])]
                col = "%s (columns %d-%d)" % (col, nums[0], nums[-1])
            elif col and pl["kind"] not in ("duplicate-id", "totals-row"):
                # The header as it is in that file, and its 1-based number.
                qi = [q[0] for q in QUESTIONS]
                for j, h in enumerate(header):
                    if h in (col, QINFO[col][1], QINFO[col][4]):
                        colno = str(j + 1)
                        col = "%s (%s)" % (h, pl["column"]) if h != pl["column"] else h
                        break
            plant_rows.append([spec.path, str(starts[k]), colno, col,
                               pl["severity"], pl["kind"], pl["value"], says])
    # The project file.
    out["kien-giang.ykien"] = PROJECT.encode("utf-8")
    # planted.csv
    s = io.StringIO()
    w = csv.writer(s, lineterminator="\n")
    w.writerow(["file", "line", "column_number", "column", "severity", "kind",
                "value", "message"])
    plant_rows.sort(key=lambda r: (r[0], int(r[1])))
    w.writerows(plant_rows)
    out["planted.csv"] = s.getvalue().encode("utf-8")
    s = io.StringIO()
    w = csv.writer(s, lineterminator="\n")
    w.writerow(["value", "file", "line", "column_number", "column", "kind"])
    personal_rows.sort(key=lambda r: (r[1], int(r[2]), r[0]))
    w.writerows(personal_rows)
    out["planted-personal.csv"] = s.getvalue().encode("utf-8")
    out["names.txt"] = names_file()

    check(out, meta, plant_rows)
    check_comments(out, meta, files, personal_rows)

    for name in sorted(out):
        path = os.path.join(HERE, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            f.write(out[name])
    total = 0
    for name in sorted(out):
        total += len(out[name])
        extra = ""
        if name in meta:
            spec, n_data, _, _, _ = meta[name]
            extra = "%-22s %s %-5s %5d rows" % (
                ENC_NAME[spec.enc], "';'" if spec.delim == ";" else "','",
                spec.layout, n_data)
        print("%-58s %8d  %s" % (name, len(out[name]), extra))
    print("total %d bytes" % total)
    for rnd in ROUNDS:
        print("round %d: %d responses" % (rnd, sum(
            m[1] for p, m in meta.items() if m[0].rnd == rnd)))
    print("unit | members | " + " | ".join(map(str, ROUNDS)))
    for code, label, _, _, members, _ in UNITS:
        print("%s | %d | %s" % (label, members, " | ".join(
            str(n_rows[(rnd, code)]) for rnd in ROUNDS)))
    for r in plant_rows:
        print(" | ".join(r))
    return 0


PROJECT = """\
# ykien project: the opinion survey of Youth Union members in Kiên Giang,
# three rounds.  Paths are relative to this file; a round may name several
# paths or globs, separated by spaces.

title = Khảo sát tình hình tư tưởng đoàn viên, thanh niên tỉnh Kiên Giang
language = vi
form = form
group = don_vi
id = ma_phieu

round 2012 = data/2012/*.csv
round 2013 = data/2013/*.csv
round 2014 = data/2014/*.csv data/2014/online/*.csv

# The open answers (ykien comments): the office's codebook of themes, and
# the persons whose names are masked wherever an answer is shown (invented
# cadres; the planted comments name them).
codebook = chu-de.csv
names = names.txt

# The header of `ykien report` for this survey (the templates in reports/
# leave them to the project).
report.body = BCH ĐOÀN TỈNH KIÊN GIANG
report.number = Số: 125-BC/TĐTN
report.place = Kiên Giang
report.date = 2014-09-05
report.author = Ban Tuyên giáo Tỉnh đoàn Kiên Giang

# The end of the report: recipients and who signs (invented names: sample
# data).  Left out, the lines are dotted for the office to fill by hand.
report.signer = Nguyễn Văn Mẫu
report.signer_title = Phó Bí thư
report.recipients = Ban Thường vụ Tỉnh ủy (b/c);|Ban Bí thư Trung ương Đoàn (b/c);|Các huyện, thành đoàn;|Lưu VT, BTG.
"""


def personal_cells(spec, header, r, line):
    """planted-personal.csv's rows for respondent r, who starts on line."""
    out = []
    for value, kind, q in r.get("_personal", []):
        j = next(j for j, h in enumerate(header)
                 if h in (q, QINFO[q][1], QINFO[q][4]))
        head = q if header[j] == q else "%s (%s)" % (header[j], q)
        out.append([value, spec.path, str(line), str(j + 1), head, kind])
    return out


def check_comments(out, meta, files, personal_rows):
    """Natural comments name nobody and fit on one line of 20 to 250
    characters; each planted value is on the line and in the column that
    planted-personal.csv gives."""
    for path, (spec, rows) in files.items():
        for r in rows:
            for q in ("gop_y", "de_xuat"):
                t = r.get(q)
                if not t or t == MULTILINE_DE_XUAT or "_personal" in r:
                    continue
                assert 20 <= len(t) <= 250 and "\n" not in t, (path, t)
                assert not holds_name(t), (path, t)
    for value, path, line, colno, _, _ in personal_rows:
        spec = meta[path][0]
        got = decode(out[path], spec.enc)
        rec = next(csv.reader([got.split("\n")[int(line) - 1]], delimiter=spec.delim))
        assert value in rec[int(colno) - 1], (value, path, line, colno, rec)


def check(out, meta, plant_rows):
    # Form files parse and have the declared columns.
    for name in ("form/survey.csv", "form/choices.csv", "form/settings.csv"):
        rows = list(csv.reader(io.StringIO(out[name].decode("utf-8"))))
        assert all(len(r) == len(rows[0]) for r in rows), name
    for path, (spec, n_data, n_rec, header, text) in meta.items():
        got = decode(out[path], spec.enc)
        assert got == text, path
        rows = list(csv.reader(io.StringIO(got, newline=""), delimiter=spec.delim))
        assert len(rows) == n_rec + 1, (path, len(rows), n_rec)
        assert all(len(r) == len(rows[0]) for r in rows), path
        # Every file names its unit column and every answer column it has.
        hset = set(rows[0])
        assert len(hset) == len(rows[0]), path
        lines = got.split("\n")
        # The line each planted mistake is said to be on holds its value.
        for pr in plant_rows:
            if pr[0] != path:
                continue
            ln = lines[int(pr[1]) - 1]
            if pr[5] == "blank-row":
                assert ln.strip("\r" + spec.delim) == "", (path, pr)
            elif pr[6]:
                assert pr[6] in ln, (path, pr, ln)


if __name__ == "__main__":
    sys.exit(main())
