#!/usr/bin/env python3
"""Writes the same small indicator table as a CSV and as workbooks made by two real spreadsheet programs.

    make-xlsx-fixtures.py OUTDIR [calc|openpyxl|csv ...]

OUTDIR/observations.csv   what the workbooks must import to (the formula's value computed by hand)
OUTDIR/calc.xlsx          LibreOffice Calc (`soffice --headless --convert-to xlsx`) from a CSV with a formula
OUTDIR/openpyxl.xlsx      openpyxl: sheet "Data", the formula saved WITHOUT a computed value, as openpyxl does

Each table has text, numbers, an empty cell (Balikpapan's local:E.1) and a formula cell (D5 = D2*2 = 9).
Used by Tests/SmartScoreCLITests/CLIWorkbookTests.swift at test time, and run once to make the committed
fixtures in Tests/SmartScoreTests/Fixtures/workbooks/. Exit status 3 when the tool for a kind is missing.
"""
import os
import shutil
import subprocess
import sys
import tempfile

HEADER = ["city_code", "city_name", "year", "37120:5.1", "local:E.1", "notes"]
# (row 2..5); None is an empty cell; a str starting with "=" is a formula.
ROWS = [
    ["72.71", "Kota Palu", 2021, 4.5, 81.47, "Dinas Tenaga Kerja"],
    ["64.71", "Kota Balikpapan", 2021, 6.1, None, None],
    ["73.71", "Kota Makassar", 2021, 0.1, 82.6, "BPS, Sakernas"],
    ["74.71", "Kota Kendari", 2021, "=D2*2", 83.01, None],
]
FORMULA_VALUE = 9  # D2*2


def csv_text(rows):
    def cell(v):
        if v is None:
            return ""
        s = str(v)
        return '"' + s.replace('"', '""') + '"' if ("," in s or '"' in s) else s
    return "\n".join(",".join(cell(v) for v in row) for row in [HEADER] + rows) + "\n"


def expected_rows():
    return [[FORMULA_VALUE if isinstance(v, str) and v.startswith("=") else v for v in row] for row in ROWS]


def make_csv(out):
    with open(os.path.join(out, "observations.csv"), "w", encoding="utf-8") as f:
        f.write(csv_text(expected_rows()))


def make_calc(out):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        print("soffice not found (Debian package libreoffice-calc-nogui)", file=sys.stderr)
        sys.exit(3)
    with tempfile.TemporaryDirectory() as work:
        source = os.path.join(work, "calc.csv")
        with open(source, "w", encoding="utf-8") as f:
            f.write(csv_text(ROWS))
        # A private profile: parallel runs (and a user's own LibreOffice) never share one.
        profile = "file://" + os.path.join(work, "profile")
        # CSV filter: "," separated, "\"" quoted, UTF-8 (76), from line 1, default columns, English (US) numbers (1033),
        # quoted fields not forced to text, no "special numbers": a header such as 37120:5.1 stays text (not a time).
        subprocess.run([soffice, "-env:UserInstallation=" + profile, "--headless", "--infilter=CSV:44,34,76,1,,1033,false,false",
                        "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", work, source],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
        shutil.move(os.path.join(work, "calc.xlsx"), os.path.join(out, "calc.xlsx"))


def make_openpyxl(out):
    try:
        import openpyxl
    except ImportError:
        print("openpyxl not found (Debian package python3-openpyxl)", file=sys.stderr)
        sys.exit(3)
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Data"
    sheet.append(HEADER)
    for row in ROWS:
        sheet.append(row)
    book.save(os.path.join(out, "openpyxl.xlsx"))


def main():
    out = sys.argv[1]
    kinds = sys.argv[2:] or ["csv", "calc", "openpyxl"]
    os.makedirs(out, exist_ok=True)
    for kind in kinds:
        {"csv": make_csv, "calc": make_calc, "openpyxl": make_openpyxl}[kind](out)


if __name__ == "__main__":
    main()
