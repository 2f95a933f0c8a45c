#!/usr/bin/env python3
"""Build RefData/usml.json from the eCFR markdown text of 22 CFR 121.1.

Usage:
  python3 scripts/refdata/build_usml.py SECTION_121_1_MD [--source TEXT] [--as-of YYYY-MM-DD]

SECTION_121_1_MD is the eCFR markdown of section 121.1, e.g. MichalOpoka/ecfr
cfr/title-22-Foreign-Relations/chapter-I-Department-State/subchapter-M-International-Traffic-Arms-Regulations/
part-121-The-United-States-Munitions-List/subjectgroup-ECFRf7e5fe639be4566-Enumeration-Articles/section-121.1.md
(or an excerpt of it that keeps the category headings and paragraph lines).

Format understood:
  * category headings   "Category XI—Military Electronics"
  * paragraph lines     "(a) text", "\\* (a) text" (leading "\\*" or "*" = SME asterisk),
                        combined ids "(c)(1) text", reserved "(f) [Reserved]" / "(j)-(w) [Reserved]"
  * "(MT" anywhere in the paragraph's own line = MTCR mark; "(MT for ..." = qualified
  * "Note ... :" headings open a note block: the note's own enumerations ((a), (1), ...)
    are skipped; the first line that is a valid continuation of the USML paragraph path
    closes the note.
Paragraph levels: (a) lower-case letter, (1) number, (i) lower-case roman, (A) upper-case
letter, (1) again (level 5, italic numerals in print). Ambiguous labels such as (i), (v),
(x) are resolved by which one continues the current path.
"""
import argparse
import re
import sys

from refdata_common import write_envelope

def _roman(n):
    out = ""
    for v, r in ((50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= v:
            out += r
            n -= v
    return out


ROMAN = [_roman(n) for n in range(1, 60)]
CAT_ROMAN = [r.upper() for r in ROMAN[:21]]
CAT_RE = re.compile(r"^\s*Category ([IVXL]+)\s*[\u2014\u2013-]\s*(.+?)\s*$")
LINE_RE = re.compile(r"^\s*(\\\*|\*)?\s*((?:\([A-Za-z0-9]+\))+)(?:\s*[-\u2013]\s*\(([A-Za-z0-9]+)\))?\s*(.*)$")
NOTE_RE = re.compile(r"^\s*Note\b.*:\s*$")


STYLE_ORDER = ["lower", "num", "roman", "upper", "num"]
FIRST = {"lower": "a", "num": "1", "roman": "i", "upper": "A"}


def successor(label, st):
    if st == "num":
        return str(int(label) + 1) if label.isdigit() else None
    if st == "roman":
        return ROMAN[ROMAN.index(label) + 1] if label in ROMAN[:-1] else None
    if st == "lower":
        return chr(ord(label) + 1) if len(label) == 1 and label.islower() and label < "z" else None
    if st == "upper":
        return chr(ord(label) + 1) if len(label) == 1 and label.isupper() and label < "Z" else None


def fits(label, st):
    return {"num": label.isdigit(), "roman": label in ROMAN, "lower": len(label) == 1 and label.islower(),
            "upper": len(label) == 1 and label.isupper()}[st]


def any_successor(prev, label):
    return any(fits(prev, st) and successor(prev, st) == label for st in ("lower", "num", "roman", "upper"))


class Parser:
    def __init__(self):
        self.categories = []
        self.cat = None
        self.path = []          # list of labels; level = index + 1
        self.path_text = []     # text of each path element
        self.path_sme = []
        self.in_note = False
        self.note_last = None   # (label) of last skipped note item
        self.warnings = []

    def candidates(self, label, allow_child):
        """Return candidate new paths [(label, style), ...] that validly continue the current path."""
        out = []
        depth = len(self.path)
        if allow_child and depth < 5:
            used = {st for _, st in self.path}
            # the regular next style first, then a skipped level (e.g. XIII(f)(i) directly under (f))
            styles = [STYLE_ORDER[depth]] + [st for st in ("num", "roman", "upper") if st not in used and st != STYLE_ORDER[depth]]
            for st in styles:
                if label == FIRST[st]:
                    out.append(self.path + [(label, st)])
                    break
        for lvl in range(depth, 0, -1):
            plabel, st = self.path[lvl - 1]
            if successor(plabel, st) == label:
                out.append(self.path[:lvl - 1] + [(label, st)])
        if depth == 0 and label == "a":
            out.append([("a", "lower")])
        # top-level letters may skip forward (e.g. XVIII (g) -> (x) with no reserved range)
        if not self.in_note and depth > 0 and not out and fits(label, "lower") and label > self.path[0][0]:
            out.append([(label, "lower")])
        return out

    def id_of(self, path):
        return "".join("(%s)" % p for p, _ in path)

    def add(self, path, sme, text, reserved=False):
        level = len(path)
        inherited = any(self.path_sme[:level - 1]) if level > 1 else False
        pid = self.id_of(path)
        para = {"id": pid, "sme": bool(sme), "mt": "(MT" in text, "text": text[:120]}
        if "(MT for" in text or "(MT if" in text:
            para["mtQualified"] = True
        if inherited and not sme:
            para["smeInherited"] = True
        if level == 1 and text.startswith("Technical data"):
            para["technicalDataAndDefenseServices"] = True
        if pid == "(x)":
            para["earItems"] = True
        if reserved:
            para = {"id": pid, "reserved": True}
        if pid in self.cat["_seen"]:
            self.warnings.append("Category %s: duplicate paragraph id %s" % (self.cat["category"], pid))
            return
        self.cat["_seen"].add(pid)
        self.cat["paragraphs"].append(para)

    def feed(self, line):
        m = CAT_RE.match(line)
        if m and m.group(1) in CAT_ROMAN:
            self.cat = {"category": m.group(1), "number": CAT_ROMAN.index(m.group(1)) + 1,
                        "title": m.group(2), "paragraphs": [], "reservedRanges": [], "_seen": set()}
            self.categories.append(self.cat)
            self.path, self.path_text, self.path_sme = [], [], []
            self.in_note, self.note_last = False, None
            return
        if self.cat is None:
            return
        if NOTE_RE.match(line):
            self.in_note, self.note_last = True, None
            return
        m = LINE_RE.match(line)
        if not m:
            return
        star, ids, range_end, text = m.group(1), m.group(2), m.group(3), m.group(4).strip()
        labels = re.findall(r"\(([A-Za-z0-9]+)\)", ids)
        # a combined id "(c)(1)" is resolved label by label
        new_path = None
        if len(labels) > 1 and not range_end:
            if fits(labels[0], "lower"):
                new_path = [(l, STYLE_ORDER[i]) for i, l in enumerate(labels)]
        else:
            label = labels[0]
            # a first child ((1), (i), (A)) is only accepted under a parent whose text ends with ":"
            # ("... as follows:"); this resolves (i)/(v)/(x) between roman child and letter sibling
            allow_child = (not self.path_text) or self.path_text[-1].rstrip().endswith(":")
            if self.in_note and self.note_last is not None and any_successor(self.note_last, label):
                self.note_last = label
                return
            cands = self.candidates(label, allow_child)
            if self.in_note and not cands:
                self.note_last = label
                return
            if not cands:
                # fallback by style
                for lvl in range(1, 6):
                    if fits(label, STYLE_ORDER[lvl - 1]) and lvl <= len(self.path) + 1:
                        new_path = self.path[:lvl - 1] + [(label, STYLE_ORDER[lvl - 1])]
                        break
                self.warnings.append("Category %s: %s does not continue path %s" %
                                     (self.cat["category"], label, self.id_of(self.path)))
                if new_path is None:
                    return
            else:
                new_path = max(cands, key=len)
        self.in_note, self.note_last = False, None
        reserved = text.startswith("[Reserved]")
        if range_end:
            self.cat["reservedRanges"].append("%s(%s)-(%s)" % (self.id_of(new_path[:-1]), labels[0], range_end))
            new_path = new_path[:-1] + [(range_end, new_path[-1][1])]
            self.path = new_path
            self.path_text = self.path_text[:len(new_path) - 1] + [text]
            self.path_sme = self.path_sme[:len(new_path) - 1] + [False]
            return
        self.path = new_path
        self.path_text = self.path_text[:len(new_path) - 1] + [text]
        self.path_sme = self.path_sme[:len(new_path) - 1] + [bool(star)]
        if reserved:
            self.cat["reservedRanges"].append(self.id_of(new_path))
            return
        self.add(new_path, star, text)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("section_md")
    ap.add_argument("--source", default="22 CFR 121.1 (eCFR markdown)")
    ap.add_argument("--as-of", default="2024-08-01")
    ap.add_argument("--notes-extra", default="")
    args = ap.parse_args()
    p = Parser()
    with open(args.section_md, encoding="utf-8") as f:
        for line in f:
            p.feed(line.rstrip("\n"))
    entries = []
    for c in p.categories:
        c.pop("_seen")
        entries.append(c)
    entries.sort(key=lambda c: c["number"])
    for w in p.warnings:
        print("warning:", w, file=sys.stderr)
    found = [c["category"] for c in entries]
    missing = [r for r in CAT_ROMAN if r not in found]
    total = sum(len(c["paragraphs"]) for c in entries)
    notes = (
        "USML categories of 22 CFR 121.1 with every paragraph/subparagraph id read in the text (reserved ids are listed "
        "in reservedRanges, not as paragraphs). sme = the paragraph line itself carries the SME asterisk; smeInherited = "
        "an ancestor paragraph carries it (per 120.36 the asterisk on a paragraph designates the articles it covers). "
        "mt = '(MT' appears in the paragraph's own line; mtQualified = the mark is limited ('MT for ...' / 'MT if ...'). "
        "text = first 120 characters of the paragraph. technicalDataAndDefenseServices marks the top-level technical "
        "data/defense services paragraph; earItems marks (x). Paragraphs inside 'Note to paragraph ...' blocks and the "
        "interpretive notes are not USML paragraphs and are skipped, but numbered interpretation paragraphs that are part "
        "of the category text (e.g. V(k)(1)-(5)) are kept. Generated by scripts/refdata/build_usml.py. %d categories, %d "
        "paragraphs; categories not found in the text read: %s. Parser warnings: %d. %s" %
        (len(entries), total, ", ".join(missing) or "none", len(p.warnings), args.notes_extra))
    write_envelope("usml.json", name="United States Munitions List (22 CFR 121.1)", version=args.as_of,
                   as_of=args.as_of, source=args.source, notes=notes, entries=entries)
    print("categories %d paragraphs %d warnings %d missing %s" % (len(entries), total, len(p.warnings), missing))


if __name__ == "__main__":
    main()
