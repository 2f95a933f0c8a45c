#!/usr/bin/env python3
"""Writes the fillable AcroForm PDF templates under Templates/ (stdlib only, deterministic).

Usage: scripts/make-templates.py [--check]

Each PDF field is named after a key of the template's manifest (Templates/NAME.json) and carries the manifest's
label as its tooltip, so the manifest stays the one place a field is described. List fields become numbered rows
(`items.1.description`). Run scripts/embed-refdata.py afterwards so the binary carries the new copy.
With --check, writes nothing and exits 1 when a committed PDF differs from what the script writes (for tests).
"""

import datetime
import json
import os
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from corpus.acroform import F, write_acroform  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TEMPLATES = os.path.join(ROOT, "Templates")
FIXED_DATE = datetime.datetime(2026, 3, 3, 10, 0, 0, tzinfo=datetime.timezone.utc)
ITEM_ROWS = 4


def dsp83(folder):
    with open(os.path.join(TEMPLATES, "dsp83-worksheet.json"), encoding="utf-8") as handle:
        manifest = json.load(handle)
    fields = {f["key"]: f for f in manifest["fields"]}

    def field(key, weight=1, **kwargs):
        entry = fields[key]
        return F(key, label=entry["label"].capitalize(), tooltip=entry["label"], weight=weight, **kwargs)

    item_fields = {f["key"]: f for f in fields["items"]["fields"]}

    def item(number, key, weight):
        label = item_fields[key]["label"]
        return F(f"items.{number}.{key}", label=f"Item {number} {label}" if number == 1 else None,
                 tooltip=f"item {number} {label}", weight=weight)

    rows = [
        [field("transactionNumber")],
        ("section", "Applicant"),
        [field("applicantName", 2), field("applicantAddress", 3), field("registrationCode")],
        ("section", "Foreign consignee"),
        [field("foreignConsigneeName", 2), field("foreignConsigneeAddress", 3), field("foreignConsigneeCountry")],
        ("section", "Foreign end-user"),
        [field("foreignEndUserName", 2), field("foreignEndUserAddress", 3), field("foreignEndUserCountry")],
        ("section", "Articles (significant military equipment)"),
    ]
    for number in range(1, ITEM_ROWS + 1):
        rows.append([item(number, "description", 4), item(number, "quantity", 1), item(number, "usmlCategory", 1.5),
                     item(number, "totalValue", 1.5)])
    rows += [
        [field("totalValue")],
        ("section", "Certification of the foreign consignee and foreign end-user (22 CFR 123.10)"),
        ("text", "We will not reexport, resell or otherwise dispose of the articles outside the country named above,"),
        ("text", "or to any other person, without the prior written approval of the U.S. Department of State."),
        [field("foreignSignatoryName", 2), field("foreignSignatoryTitle", 3)],
        ("section", "Certification of the applicant"),
        [field("usSignatoryName", 2), field("usSignatoryTitle", 3)],
    ]
    meta = {"title": "DSP-83 Nontransfer and Use Certificate worksheet", "creation_date": FIXED_DATE,
            "producer": "Docket template generator"}
    title = [("DSP-83", 16, "Helvetica-Bold"), ("Nontransfer and Use Certificate (worksheet)", 11, "Helvetica")]
    write_acroform(os.path.join(folder, "dsp83-worksheet.pdf"), meta, title, rows,
                   footer="Docket template: fields are named after Templates/dsp83-worksheet.json")


def main():
    if "--check" not in sys.argv[1:]:
        dsp83(TEMPLATES)
        print("wrote Templates/dsp83-worksheet.pdf")
        return
    with tempfile.TemporaryDirectory() as scratch:
        dsp83(scratch)
        for name in sorted(os.listdir(scratch)):
            with open(os.path.join(scratch, name), "rb") as fresh, open(os.path.join(TEMPLATES, name), "rb") as kept:
                if fresh.read() != kept.read():
                    sys.exit(f"Templates/{name} is stale; run scripts/make-templates.py and scripts/embed-refdata.py")


if __name__ == "__main__":
    main()
