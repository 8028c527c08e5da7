#!/usr/bin/env python3
"""Writes data/2023.csv and data/2024.csv: the open answers of a small
project for ykien comments' tests, with personal data planted in some of
them (phones, e-mail addresses, ID-card numbers, listed names) that no
output may show.  Deterministic: run it again and the files are the same.

    python3 tests/cli/data/comments/make-data.py
"""
import csv, os

GOP_Y = [
    "Cần đổi mới nội dung sinh hoạt chi đoàn cho thiết thực hơn",
    "Sinh hoạt chi đoàn còn hình thức, họp chi đoàn nên ngắn gọn",
    "Cán bộ Đoàn cần gần gũi đoàn viên hơn",
    "Bí thư chi đoàn nên lắng nghe ý kiến của đoàn viên",
    "Mong Đoàn hỗ trợ việc làm và học nghề cho thanh niên nông thôn",
    "Cần có thêm chương trình khởi nghiệp cho thanh niên",
    "Tình hình an ninh trật tự ở ấp còn phức tạp, ma túy len lỏi",
    "Đề nghị liên hệ anh Hải 0912 345 678 để góp ý thêm về sinh hoạt",
    "Gửi ý kiến qua hai.nguyen@gmail.com, cán bộ Đoàn xem giúp",
    "Tôi tên Nguyễn Văn Hải, CCCD 079203001234, muốn được học nghề",
    "Chị Mai (+84 912.345.678) rất nhiệt tình trong sinh hoạt",
    "Không có ý kiến",
    ".",
    "",
    "Bạn bè trong chi đoàn đoàn kết, an tâm công tác",
    "CÁN BỘ ĐOÀN CẦN NĂNG ĐỘNG HƠN",
    "Nên tổ chức nhiều hoạt động thể thao cho thanh niên",
    "Văn phòng huyện đoàn (0297) 3862 123 nên trả lời nhanh hơn",
    "",
    "Cần quan tâm việc làm cho đoàn viên sau khi xuất ngũ",
]
KIEN_NGHI = [
    "Tăng kinh phí cho hoạt động chi đoàn",
    "",
    "Ban thường vụ nên về cơ sở nhiều hơn",
    "Hỗ trợ vốn khởi nghiệp cho thanh niên",
    "-",
    "Đ/c Mai nên được khen thưởng",
    "Phối hợp công an giữ gìn an ninh trật tự",
    "",
    "Mở lớp học nghề miễn phí",
    "can bo doan can lang nghe thanh nien",
]
UNITS = {"2023": [("rach_gia", 14), ("ha_tien", 12), ("hon_dat", 4)],
         "2024": [("rach_gia", 15), ("ha_tien", 11), ("hon_dat", 6)]}

here = os.path.dirname(os.path.abspath(__file__))
for r, (year, units) in enumerate(UNITS.items()):
    with open(os.path.join(here, "data", year + ".csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ma_phieu", "don_vi", "q1", "gop_y", "kien_nghi"])
        k = 0
        for unit, n in units:
            for _ in range(n):
                g = GOP_Y[(3 * k + 5 * r) % len(GOP_Y)]
                kn = KIEN_NGHI[(7 * k + r) % len(KIEN_NGHI)]
                w.writerow(["%s-%03d" % (year, k + 1), unit, 1 + (k * 7 + r) % 5, g, kn])
                k += 1
