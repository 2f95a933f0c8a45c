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
    return c.errors


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
