#!/usr/bin/python3
"""Write the test workbooks from the small project's CSV files, with
openpyxl (python3-openpyxl): another program than the libxlsxwriter ykien
writes with, so the reader is tried on what others write.  Run it from this
folder after changing the small project; the workbooks are committed (the
tests need no Python).

  small-form.xlsx    the small project's form as an XLSForm workbook
  bad-form.xlsx      the same with a choice named twice (choices row 5)
  small-2013.xlsx    2013-kobo.csv under a merged title, a date-time column
  small-2014-google.xlsx  2014-google.csv as Google Forms exports it:
                     timestamps as date-time cells
  not-a-workbook.xlsx     a zip that holds no workbook
  csv-named.xlsx     a CSV file with a workbook's name
  libreoffice-2013.xlsx  2013-kobo.csv converted by LibreOffice
"""
import csv, datetime, shutil, zipfile
from openpyxl import Workbook
from openpyxl.styles import Font

SMALL = "../small-project"


def rows(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.reader(f))


def typed(value):
    """A cell as a person types it: whole numbers become numbers."""
    if value.isdigit() and not (len(value) > 1 and value[0] == "0"):
        return int(value)
    return value


def sheet(book, name, table, first=False):
    ws = book.active if first else book.create_sheet()
    ws.title = name
    for r in table:
        ws.append([typed(v) if v != "" else None for v in r])
    return ws


def form(path, choices_edit=None):
    book = Workbook()
    sheet(book, "survey", rows(f"{SMALL}/form/survey.csv"), first=True)
    choices = rows(f"{SMALL}/form/choices.csv")
    if choices_edit:
        choices_edit(choices)
    sheet(book, "choices", choices)
    sheet(book, "settings", rows(f"{SMALL}/form/settings.csv"))
    book.save(path)


def twice(choices):
    choices[4][1] = choices[3][1]       # row 5 names the choice of row 4


def kobo_2013(path):
    table = rows(f"{SMALL}/data/2013-kobo.csv")
    book = Workbook()
    ws = book.active
    ws.title = "Sheet1"
    ws.append(["PHIẾU KHẢO SÁT TƯ TƯỞNG ĐOÀN VIÊN NĂM 2013"])
    ws.merge_cells("A1:F1")
    ws["A1"].font = Font(bold=True)
    ws.append(["Đơn vị: Huyện đoàn Hòn Đất"])
    ws.append([])
    ws.append(table[0] + ["_submission_time"])
    when = datetime.datetime(2013, 5, 14, 8, 30, 0)
    for i, r in enumerate(table[1:]):
        ws.append([typed(v) if v != "" else None for v in r] +
                  [when + datetime.timedelta(minutes=75 * i)])
        ws.cell(row=ws.max_row, column=len(r) + 1).number_format = "dd/mm/yyyy hh:mm:ss"
    book.save(path)


def google_2014(path):
    table = rows(f"{SMALL}/data/2014-google.csv")
    book = Workbook()
    ws = book.active
    ws.title = "Câu trả lời biểu mẫu 1"
    ws.append(table[0])
    for r in table[1:]:
        stamp = datetime.datetime.strptime(r[0], "%Y/%m/%d %H:%M")
        ws.append([stamp] + [typed(v) if v != "" else None for v in r[1:]])
        ws.cell(row=ws.max_row, column=1).number_format = "m/d/yyyy h:mm:ss"
    book.save(path)


form("small-form.xlsx")
form("bad-form.xlsx", twice)
kobo_2013("small-2013.xlsx")
google_2014("small-2014-google.xlsx")
with zipfile.ZipFile("not-a-workbook.xlsx", "w") as z:
    z.writestr("readme.txt", "Bảng tổng hợp gửi Tỉnh đoàn\n")
shutil.copy(f"{SMALL}/data/2013-kobo.csv", "csv-named.xlsx")

# The same 2013 data as LibreOffice writes it (soffice converts the CSV
# file); skipped where LibreOffice is not installed.
if shutil.which("soffice"):
    import os, subprocess, tempfile
    with tempfile.TemporaryDirectory() as home:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{home}", "--headless",
                        "--convert-to", "xlsx", "--infilter=CSV:44,34,76,1",
                        "--outdir", home, f"{SMALL}/data/2013-kobo.csv"],
                       check=True, capture_output=True)
        shutil.copy(os.path.join(home, "2013-kobo.xlsx"), "libreoffice-2013.xlsx")
