#!/usr/bin/env python3
"""Check Corpus/: every truth file parses, every PDF opens (pdfinfo) with the page count the truth claims and has
text (pdftotext), every XML parses, and every value in every truth file can be found in its document (in any of
the formatting styles the generator uses). Needs poppler-utils (pdfinfo, pdftotext, pdfdetach).

    python3 scripts/verify-corpus.py [Corpus]
"""
import html
import json
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from corpus.common import fmt_date, fmt_money, fmt_usml, fmt_qty, COUNTRY_NAMES, COUNTRY_ALT, ROMAN  # noqa: E402

DATE_STYLES = ["long", "us", "dmy", "dmy_long", "iso", "eu"]
MONEY_STYLES = ["dollar", "dollar0", "usd_m", "usd_k", "usdollar", "code", "plain", "eu"]


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def squash(s):
    return re.sub(r"\s+", "", s)


def run(cmd):
    return subprocess.run(cmd, capture_output=True, text=True, check=True).stdout


def pdf_literal_strings(data, key):
    """Values of /key (literal string) entries in an uncompressed PDF object body."""
    out = []
    for m in re.finditer(rb"/" + key + rb" \(", data):
        i, depth, buf = m.end(), 1, bytearray()
        while i < len(data):
            c = data[i]
            if c == 0x5C:  # backslash
                n = data[i + 1]
                if 0x30 <= n <= 0x37:
                    oct_ = data[i + 1:i + 4]
                    j = 0
                    while j < len(oct_) and 0x30 <= oct_[j] <= 0x37:
                        j += 1
                    buf.append(int(oct_[:j], 8) & 0xFF)
                    i += 1 + j
                    continue
                buf.append({ord("n"): 10, ord("r"): 13, ord("t"): 9}.get(n, n))
                i += 2
                continue
            if c == 0x28:
                depth += 1
            elif c == 0x29:
                depth -= 1
                if depth == 0:
                    break
            buf.append(c)
            i += 1
        b = bytes(buf)
        out.append(b[2:].decode("utf-16-be") if b.startswith(b"\xfe\xff") else b.decode("latin-1"))
    return out


def xml_text(data):
    root = ET.fromstring(data)
    parts = []
    for el in root.iter():
        if el.text:
            parts.append(el.text)
        parts.extend(el.attrib.values())
    return "\n".join(parts)


def document_text(path, kind):
    if kind == "xml":
        with open(path, "rb") as f:
            return xml_text(f.read())
    text = run(["pdftotext", "-raw", path, "-"]) + "\n" + run(["pdftotext", "-layout", path, "-"])
    if kind == "acroform-pdf":
        with open(path, "rb") as f:
            data = f.read()
        text += "\n" + "\n".join(pdf_literal_strings(data, b"V")) + "\n" + "\n".join(pdf_literal_strings(data, b"TU"))
    if kind == "embedded-xml-pdf":
        with tempfile.TemporaryDirectory() as d:
            run(["pdfdetach", "-saveall", "-o", d, path])
            for name in os.listdir(d):
                with open(os.path.join(d, name), "rb") as f:
                    text += "\n" + xml_text(f.read())
    return text


def usml_variants(c):
    m = re.match(r"^([IVX]+)(.*)$", c)
    cat, rest = m.group(1), m.group(2)
    out = {c, f"{cat} {rest}", f"Cat. {ROMAN.index(cat)} {rest}".strip(), f"{cat}*{rest}", f"{cat} *{rest}"}
    return out


def country_variants(c):
    return {c, COUNTRY_NAMES.get(c, c), COUNTRY_ALT.get(c, c)}


class Checker:
    def __init__(self, text, label):
        self.text = norm(text)
        self.sq = squash(text)
        self.label = label
        self.errors = []

    def has(self, what, options):
        options = [o for o in options if o]
        for o in options:
            if norm(o) in self.text or squash(o) in self.sq:
                return True
        self.errors.append(f"{self.label}: {what} not found (tried {sorted(options)[:4]})")
        return False

    def date(self, what, iso):
        opts = [fmt_date(iso, s) for s in DATE_STYLES]
        y, mo, dd = iso.split("-")
        opts.append(f"{int(mo)}/{int(dd)}/{y}")
        self.has(what, opts)

    def money(self, what, amount):
        opts = []
        for s in MONEY_STYLES:
            try:
                opts.append(fmt_money(Decimal(str(amount)), s))
            except Exception:
                pass
        self.has(what, opts)


# Phrases that identify each clause: the regulatory key phrase and the generator's paraphrase. A clause marked
# present must show one of them; a clause marked absent must show none.
CLAUSE_PHRASES = {
    "124.8(1)": ["shall not enter into force, and shall not be amended or extended",
                 "will not take effect until that Department has approved it in writing"],
    "124.8(2)": ["subject to all United States laws and regulations relating to exports",
                 "conditioned upon the export laws and regulations of the United States"],
    "124.8(3)": ["shall not affect the performance of any obligations created by prior contracts",
                 "earlier contract or subcontract with the United States Government"],
    "124.8(4)": ["infringement of privately owned patent", "no liability for it rests with the United States Government"],
    "124.8(5)": ["may not be transferred to a foreign person except pursuant to", "shall not be passed to any foreign person"],
    "124.8(6)": ["will remain binding on the parties after the termination", "Those terms survive and continue to bind"],
    "124.9(a)(1)": ["outside the territory wherein manufacture or sale is herein licensed"],
    "124.9(a)(2)": ["charges for patent rights in which the U.S. Government holds a royalty-free license"],
    "124.9(a)(3)": ["may not exceed the total amount the U.S. Government would have been obligated to pay"],
    "124.9(a)(4)": ["must be proportionately reduced to reflect the U.S. Government contributions"],
    "124.9(a)(5)": ["annual report of sales or other transfers"],
    "124.9(a)(6)": ["These items are controlled by the U.S. government and authorized for export only"],
    "124.9(b)(1)": ["Nontransfer and Use Certificate (DSP-83) must be executed by the foreign end-user"],
    "124.9(b)(2)": ["before entering into a commitment for the transfer of the licensed article"],
    "124.14(c)(1)": ["shall not enter into force, and may not be amended or extended"],
    "124.14(c)(2)": ["subject to all United States laws and regulations related to exports"],
    "124.14(c)(3)": ["shall not affect the performance of any obligations created by prior contracts"],
    "124.14(c)(4)": ["infringement of privately owned patent"],
    "124.14(c)(5)": ["to any country outside the distribution territory without the prior written approval"],
    "124.14(c)(6)": ["annual report of sales or other transfers"],
    "124.14(c)(7)": ["These items are controlled by the U.S. government and authorized for export only"],
    "124.14(c)(8)": ["will remain binding on the parties after the termination"],
    "124.14(c)(9)": ["shall be limited to governments of the countries in the distribution territory"],
    "126.18": ["126.18"],
    "124.12(a)(6)": ["Part 130 statement"],
}


def check_clauses(t, text, label):
    errs = []
    flat = norm(text)
    ag = t.get("agreement") or {}
    for c in (ag.get("clauses") or []) + (ag.get("transmittal") or []):
        phrases = CLAUSE_PHRASES.get(c["id"])
        if not phrases:
            continue
        if t.get("documentType") not in ("TAA", "MLA", "WDA") and c in (ag.get("clauses") or []):
            continue
        if c in (ag.get("transmittal") or []) and t.get("documentType") != "unknown":
            continue   # the letter is a separate file; checked on the letter's own truth
        found = any(norm(p) in flat for p in phrases)
        if c["present"] and not found:
            errs.append(f"{label}: clause {c['id']} marked present but none of its phrases found")
        if not c["present"] and found:
            errs.append(f"{label}: clause {c['id']} marked absent but its phrase is in the document")
    return errs


def check_truth(t, text, label, pages):
    c = Checker(text, label)
    src = t["source"]
    if src["format"] == "pdf" and src.get("pageCount") != pages:
        c.errors.append(f"{label}: pageCount {src.get('pageCount')} != pdfinfo {pages}")
    for k, v in (t.get("identifiers") or {}).items():
        c.has(f"identifiers.{k}", [v, v[0] + "-" + v[1:], v[0] + " " + v[1:]])
    for k, v in (t.get("dates") or {}).items():
        c.date(f"dates.{k}", v)
    for p in t.get("parties", []):
        c.has(f"party {p['role']} name", [p["name"]])
        if p.get("title"):
            c.has(f"party {p['name']} title", [p["title"]])
        a = p.get("address") or {}
        for ln in a.get("lines", []):
            c.has(f"party {p['name']} address line", [ln])
        for k in ("city", "region", "postalCode"):
            if a.get(k):
                c.has(f"party {p['name']} {k}", [a[k]])
        if p.get("country"):
            c.has(f"party {p['name']} country", country_variants(p["country"]))
    for it in t.get("items", []):
        n = it.get("line")
        c.has(f"item {n} description", [it["description"]])
        if "partNumber" in it:
            c.has(f"item {n} partNumber", [it["partNumber"]])
        if "eccn" in it:
            c.has(f"item {n} eccn", [it["eccn"]])
        if "usmlCategory" in it:
            c.has(f"item {n} usml", usml_variants(it["usmlCategory"]))
        if "quantity" in it:
            c.has(f"item {n} quantity", [fmt_qty(Decimal(str(it["quantity"]))), str(it["quantity"])])
        for k in ("unitValue", "totalValue"):
            if k in it:
                c.money(f"item {n} {k}", it[k])
    if t.get("totalValue"):
        c.money("totalValue", t["totalValue"]["amount"])
    for d in t.get("destinations", []):
        c.has(f"destination {d}", country_variants(d))
    ag = t.get("agreement")
    if ag and t.get("documentType") in ("TAA", "MLA", "WDA"):
        term = ag.get("term") or {}
        for k in ("start", "end"):
            if term.get(k):
                c.date(f"term.{k}", term[k])
        for key in ("retransferTerritory", "salesTerritory", "distributionTerritory"):
            for d in ag.get(key) or []:
                c.has(f"{key} {d}", country_variants(d))
    return c.errors + check_clauses(t, text, label)


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(HERE), "Corpus")
    with open(os.path.join(root, "manifest.json"), encoding="utf-8") as f:
        manifest = json.load(f)
    errors = []
    for e in manifest["documents"]:
        path = os.path.join(root, e["path"])
        with open(os.path.join(root, e["truth"]), encoding="utf-8") as f:
            t = json.load(f)
        for k in ("schemaVersion", "source", "documentType", "parties", "items", "destinations", "expectedFindings",
                  "complete"):
            if k not in t:
                errors.append(f"{e['path']}: truth lacks {k}")
        pages = None
        if path.endswith(".pdf"):
            info = run(["pdfinfo", path])
            pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
            if not norm(run(["pdftotext", path, "-"])):
                errors.append(f"{e['path']}: pdftotext found no text")
        try:
            text = document_text(path, e["inputKind"])
        except Exception as ex:  # noqa: BLE001
            errors.append(f"{e['path']}: cannot read: {ex}")
            continue
        errors += check_truth(t, text, e["path"], pages)
    for msg in errors:
        print(msg)
    print(f"{len(manifest['documents'])} documents checked, {len(errors)} problems")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
