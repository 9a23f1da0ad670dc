#!/usr/bin/env python3
"""Checks IATI activity files the way a publisher's pipeline would before sending them:

    python3 scripts/iati/check_iati.py FILE.xml [MORE.xml ...]

1. the IATI 2.03 schema (structure, required elements, types), with the copy in
   Tests/Fixtures/iati-2.03 — and with the workspace's shared/tools/validate_iati.py when present;
2. every code against its codelist: activity status, date types, organisation roles and types,
   sectors, currencies, budget types and statuses, transaction types, result types and measures;
3. recipient-country percentages adding up to 100 in each activity.

Exit 0 when every file passes; otherwise 1, each problem on a line. Needs lxml."""
import os
import subprocess
import sys

from lxml import etree

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DATA = os.path.join(ROOT, "Tests", "Fixtures", "iati-2.03")
SHARED_TOOL = os.path.join(ROOT, "..", "shared", "tools", "validate_iati.py")

# (xpath of the coded attribute, codelist)
CODED = [
    ("//activity-status/@code", "ActivityStatus"),
    ("//activity-date/@type", "ActivityDateType"),
    ("//participating-org/@role", "OrganisationRole"),
    ("//participating-org/@type", "OrganisationType"),
    ("//reporting-org/@type", "OrganisationType"),
    ("//sector/@code", "Sector"),
    ("//@currency | //@default-currency", "Currency"),
    ("//budget/@type", "BudgetType"),
    ("//budget/@status", "BudgetStatus"),
    ("//transaction-type/@code", "TransactionType"),
    ("//result/@type", "ResultType"),
    ("//indicator/@measure", "IndicatorMeasure"),
    ("//iati-activity/@xml:lang", "Language"),
]


def codes(name):
    tree = etree.parse(os.path.join(DATA, "codelists", name + ".xml"))
    return {c.text.strip() for c in tree.iter("code")}


def check(path, schema):
    problems = []
    doc = etree.parse(path)
    if not schema.validate(doc):
        problems += [f"{path}:{e.line}: {e.message}" for e in schema.error_log]
    for xpath, codelist in CODED:
        allowed = codes(codelist)
        for value in doc.xpath(xpath, namespaces={"xml": "http://www.w3.org/XML/1998/namespace"}):
            if str(value) not in allowed:
                problems.append(f"{path}: {xpath} = {value} is not in the {codelist} codelist")
    for activity in doc.iter("iati-activity"):
        shares = [float(p) for p in activity.xpath("recipient-country/@percentage")]
        if shares and abs(sum(shares) - 100) > 1e-9:
            problems.append(f"{path}: {activity.findtext('iati-identifier')}: country percentages add up to {sum(shares)}")
    return problems


def main(paths):
    if not paths:
        print(__doc__.strip())
        return 2
    schema = etree.XMLSchema(etree.parse(os.path.join(DATA, "iati-activities-schema.xsd")))
    problems = [p for path in paths for p in check(path, schema)]
    if os.path.exists(SHARED_TOOL):
        shared = subprocess.run([sys.executable, SHARED_TOOL, *paths], capture_output=True, text=True)
        if shared.returncode != 0:
            problems.append("shared/tools/validate_iati.py: " + shared.stdout.strip())
    for p in problems:
        print(p)
    if not problems:
        print(f"{len(paths)} file(s): valid IATI 2.03, every code in its codelist")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
