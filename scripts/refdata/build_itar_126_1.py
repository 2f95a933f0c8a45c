#!/usr/bin/env python3
"""Build RefData/itar-126-1.json from the text of 22 CFR 126.1 (eCFR markdown).

Usage:
  python3 scripts/refdata/build_itar_126_1.py SECTION_126_1_MD [LATER_TEXT_MD ...]

SECTION_126_1_MD: eCFR markdown of section 126.1 that still has the (d)(1) and
(d)(2) tables, e.g. MichalOpoka/ecfr
cfr/title-22-Foreign-Relations/chapter-I-Department-State/subchapter-M-International-Traffic-Arms-Regulations/part-126-General-Policies-Provisions/section-126.1.md
The parser reads:
  * the (d)(1) one-column table -> policy "denial", paragraph "(d)(1)";
  * the (d)(2) two-column table "See also paragraph (x)" -> paragraph "(x)";
  * country paragraphs "(x) *Country.* It is the policy ..." -> any country that
    has its own paragraph but is missing from the (d)(2) table is still emitted
    (listedInTable false), because 126.1(e) applies to "any country referred to
    in this section";
  * the Cyprus "From <date>, through <date>, ... is suspended" sentence.
LATER_TEXT_MD: optional later copies (e.g. the ConnorCallison/ecfr-opportunities
chapter-I.md conversion, which lost the tables); they are scanned only for the
Cyprus suspension window, and the latest window wins.
"""
import datetime
import re
import sys

from refdata_common import load_iso, to_iso, write_envelope

MONTHS = {m: i for i, m in enumerate(
    ["January", "February", "March", "April", "May", "June", "July", "August",
     "September", "October", "November", "December"], 1)}

SUSPENSION_RE = re.compile(
    r"From (\w+) (\d+), (\d{4}), through (\w+) (\d+), (\d{4}), the policy of denial and the status of "
    r"Cyprus as a proscribed destination is suspended")
PARA_RE = re.compile(r"^\s*\(([a-z])\)\s+\*([^*]+?)\.?\*\s+(It is the policy.*)$")


def iso_date(mon, day, year):
    return datetime.date(int(year), MONTHS[mon], int(day)).isoformat()


def parse_tables(text):
    d1, d2 = [], []
    lines = text.splitlines()
    mode = None
    for line in lines:
        s = line.strip()
        if s.startswith("(1) For defense articles and defense services, the following countries have a policy of denial"):
            mode = "d1"
            continue
        if s.startswith("(2) For defense articles and defense services, a policy of denial applies"):
            mode = "d2"
            continue
        if s.startswith("(e)"):
            mode = None
        if mode and s.startswith("|") and not set(s) <= set("|-: "):
            cells = [c.strip() for c in s.strip("|").split("|")]
            if cells[0] == "Country":
                continue
            if mode == "d1":
                d1.append(cells[0].rstrip("."))
            else:
                m = re.search(r"paragraph \(([a-z])\)", cells[1])
                if not m:
                    raise SystemExit("unparsed (d)(2) row: %r" % s)
                d2.append((cells[0].rstrip("."), "(%s)" % m.group(1)))
    return d1, d2


def parse_paragraphs(text):
    out = {}
    for line in text.splitlines():
        m = PARA_RE.match(line)
        if m:
            out["(%s)" % m.group(1)] = (m.group(2).strip(), m.group(3).strip())
    return out


def parse_suspension(text):
    m = SUSPENSION_RE.search(text)
    if not m:
        return None
    g = m.groups()
    return {"from": iso_date(*g[0:3]), "through": iso_date(*g[3:6])}


def main():
    if len(sys.argv) < 2:
        raise SystemExit(__doc__)
    base = open(sys.argv[1], encoding="utf-8").read()
    d1, d2 = parse_tables(base)
    if not d1 or not d2:
        raise SystemExit("no (d)(1)/(d)(2) tables found in %s" % sys.argv[1])
    paras = parse_paragraphs(base)
    by_name = load_iso()
    susp = []
    for path in sys.argv[1:]:
        s = parse_suspension(open(path, encoding="utf-8").read())
        if s:
            s["readIn"] = path
            susp.append(s)
    susp.sort(key=lambda s: s["through"])

    entries = []
    for name in d1:
        entries.append({"country": to_iso(name, by_name), "name": name, "paragraph": "(d)(1)",
                        "listedIn": "(d)(1)", "listedInTable": True, "policy": "denial"})
    table_letters = set()
    for name, letter in d2:
        table_letters.add(letter)
        e = {"country": to_iso(name, by_name), "name": name, "paragraph": letter, "listedIn": "(d)(2)",
             "listedInTable": True, "policy": "denial-except-as-specified"}
        if letter in paras:
            e["paragraphLead"] = paras[letter][1][:240]
        entries.append(e)
    for letter, (name, lead) in sorted(paras.items()):
        if letter not in table_letters:
            entries.append({"country": to_iso(name, by_name), "name": name, "paragraph": letter,
                            "listedIn": "paragraph-only", "listedInTable": False,
                            "policy": "denial-except-as-specified", "paragraphLead": lead[:240]})
    for e in entries:
        if e["country"] == "CY" and susp:
            latest = susp[-1]
            e["suspension"] = {"from": latest["from"], "through": latest["through"],
                               "text": "the policy of denial and the status of Cyprus as a proscribed destination is suspended",
                               "paragraph": "(r)(2)"}
    entries.sort(key=lambda e: (e["country"], e["paragraph"]))
    return entries, susp


if __name__ == "__main__":
    entries, susp = main()
    notes = (
        "22 CFR 126.1(d). (d)(1) countries have a policy of denial; (d)(2) countries have a policy of denial except as "
        "specified in their own paragraph, which is given in 'paragraph' (e.g. Russia '(l)'). Tables read in the eCFR "
        "markdown of section 126.1 at MichalOpoka/ecfr commit 9bce1496b6891acafa9e0337a0f1f5ddc73c9e1d (mid-2024 text; "
        "an older commit 17639b1028a4 still showed '(l) [Reserved]' and no Russia, Ethiopia, Nicaragua or South Sudan). "
        "The January 2025 conversion in ConnorCallison/ecfr-opportunities chapter-I.md (commit 762bf27; HEAD c813c4b) "
        "drops both tables, so the table rows could only be read in the mid-2024 copy; the country paragraphs (f)-(u) "
        "in the 2025 copy match. "
        "CAMBODIA: paragraph (o) 'Cambodia. It is the policy of the United States to deny licenses or other approvals for "
        "exports and imports of defense articles and defense services destined for or originating in Cambodia, except ... "
        "case-by-case ... conventional weapons destruction or humanitarian mine action activities' is present in BOTH the "
        "mid-2024 eCFR-MO text and the Jan 2025 eCFR-CC text, but Cambodia is NOT a row of the (d)(2) table in the mid-2024 "
        "text (the 2025 copy has no table to check). We include Cambodia as paragraph '(o)' with listedIn "
        "'paragraph-only' and listedInTable false: 126.1(e)(1) applies to 'any country referred to in this section', so a "
        "validator should treat KH as proscribed (denial except as specified in (o)) while reporting that the (d)(2) table "
        "omits it. Whether a later amendment added Cambodia to the table could not be verified. "
        "CYPRUS: paragraph (r)(2) suspends the denial policy one fiscal year at a time: the mid-2024 text reads 'From "
        "October 1, 2023, through September 30, 2024', the Jan 2025 text 'From October 1, 2024, through September 30, "
        "2025'. The entry carries the latest window read (through 2025-09-30); we could not read any text after January "
        "2025, so whether the suspension was renewed for FY2026 (from 2025-10-01) is UNVERIFIED: a validator should warn, "
        "not fail, for CY outside a known window. "
        "Eritrea (h) and Ethiopia (n) deny only exports to or for the armed forces, police, intelligence or other internal "
        "security forces. The list changes by Federal Register notice: regenerate from the current eCFR text before "
        "relying on it."
    )
    write_envelope(
        "itar-126-1.json",
        name="ITAR 126.1 proscribed destinations",
        version="2025-01",
        as_of="2025-01-27",
        source=("22 CFR 126.1(d)-(w). Tables: MichalOpoka/ecfr cfr/title-22-Foreign-Relations/chapter-I-Department-State/"
                "subchapter-M-International-Traffic-Arms-Regulations/part-126-General-Policies-Provisions/section-126.1.md @ "
                "9bce1496b6891acafa9e0337a0f1f5ddc73c9e1d; paragraphs (o) and (r)(2) also read in ConnorCallison/"
                "ecfr-opportunities libs/ecfr-markdown/src/results/markdown/title-22/chapter-I.md @ "
                "762bf2799c45f2454037ad4941b3391982641e93 (repo HEAD c813c4b, 2025-01-27)"),
        notes=notes,
        entries=entries,
    )
