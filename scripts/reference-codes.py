#!/usr/bin/env python3
"""Extracts (code, theme) of every indicator row of shared/reference/iso3712x.md into the test fixture
Tests/SmartScoreTests/Fixtures/reference-codes.tsv, which the catalogue tests check the catalogue against.
Rows under 'Not in this edition' are left out, as the reference's README says.
Usage: scripts/reference-codes.py [REFERENCE_DIR] > Tests/SmartScoreTests/Fixtures/reference-codes.tsv"""
import re
import sys

reference = sys.argv[1] if len(sys.argv) > 1 else "../shared/reference"
print("# code\ttheme — every indicator row of shared/reference/iso3712x.md (clauses 5–23 and the profile table;")
print("# not the rows under 'Not in this edition'), extracted by scripts/reference-codes.py")
for standard in ["37120", "37122", "37123"]:
    theme, skip = None, False
    for line in open(f"{reference}/iso{standard}.md", encoding="utf-8"):
        heading = re.match(r"^## (.*)", line)
        if heading:
            title = heading.group(1).strip()
            skip = title.startswith("Not in this edition") or title == "Notes"
            theme = "Profile" if title.startswith("Profile") else re.sub(r"^\d+\s+", "", title)
            continue
        row = re.match(r"^\| (371\d\d:[^ |]+) \|", line)
        if row and not skip:
            print(f"{row.group(1)}\t{theme}")
