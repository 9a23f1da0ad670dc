#!/usr/bin/env python3
"""Opens a report workbook with openpyxl, as a donor's analyst would, and compares it with the
report's JSON from the API:

    python3 scripts/reports/check_workbook.py REPORT.xlsx REPORT.json

Checks: the sheets Results, Breakdowns, Contributions and Events in that order; the header row
frozen and equal to the JSON's keys; every cell equal to the JSON's value, numbers as numbers,
dates as dates (not text), empty cells as null. Exit 0 when all agree; 1 with each difference."""
import datetime
import json
import sys

import openpyxl


def main(book_path, json_path):
    report = json.load(open(json_path))
    book = openpyxl.load_workbook(book_path)
    problems = []
    names = ["Results", "Breakdowns", "Contributions", "Events"]
    if book.sheetnames != names:
        problems.append(f"sheets are {book.sheetnames}, not {names}")
    for name in names:
        if name not in book.sheetnames:
            continue
        sheet, rows = book[name], report[name.lower()]
        if sheet.freeze_panes != "A2":
            problems.append(f"{name}: header not frozen ({sheet.freeze_panes})")
        header = [c.value for c in sheet[1]]
        if rows and header != list(rows[0].keys()):
            problems.append(f"{name}: header {header} is not {list(rows[0].keys())}")
        if sheet.max_row - 1 != len(rows):
            problems.append(f"{name}: {sheet.max_row - 1} rows, the API has {len(rows)}")
        for r, expected in enumerate(rows, start=2):
            for c, (key, want) in enumerate(expected.items(), start=1):
                got = sheet.cell(row=r, column=c).value
                if want is None:
                    ok = got is None
                elif isinstance(want, (int, float)) and not isinstance(want, bool):
                    ok = isinstance(got, (int, float)) and abs(got - want) < 1e-9
                elif isinstance(want, str) and len(want) == 10 and want[4] == "-" and want[7] == "-" and key != "Period":
                    ok = isinstance(got, datetime.datetime) and got.date().isoformat() == want
                else:
                    ok = got == want
                if not ok:
                    problems.append(f"{name}!{sheet.cell(row=r, column=c).coordinate} ({key}): {got!r} is not {want!r}")
    for p in problems:
        print(p)
    if not problems:
        print(f"{book_path}: {sum(len(report[n.lower()]) for n in names)} rows agree with the API")
    return 1 if problems else 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        print(__doc__.strip())
        sys.exit(2)
    sys.exit(main(sys.argv[1], sys.argv[2]))
