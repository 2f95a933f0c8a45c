#!/usr/bin/env python3
"""Generate Docket's synthetic accuracy corpus into Corpus/.

Every document X.pdf / X.xml gets X.truth.json (the expected v1 record minus source.path/sha256, plus
expectedFindings). Output is deterministic: run it twice and the bytes are identical.

    python3 scripts/make-corpus.py [--out Corpus]
"""
import json
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from corpus.out import Corpus          # noqa: E402
from corpus import licenses           # noqa: E402


README_HEAD = """# Docket accuracy corpus

Synthetic US export-control filings with ground truth. **Everything here is generated** by
`scripts/make-corpus.py` (modules in `scripts/corpus/`); do not edit the files by hand.

    python3 scripts/make-corpus.py      # regenerate Corpus/ (deterministic: same bytes every run)
    python3 scripts/verify-corpus.py    # pdfinfo/pdftotext/pdfdetach checks, every truth value found in its document,
                                        # clauses marked present/absent match the text

All companies, people, addresses, contract numbers and registration codes are fictitious. Regulatory wording
(22 CFR 124.8, 124.12, 124.14, 126.13, the destination control statement) follows the CFR text; 124.9 is written
from the regulation's substance. Block layouts for forms are the project's reconstruction (see the domain notes,
DOMAIN.md, where unverified block numbers are marked [U]), not copies of the official forms.

## Layout

`Corpus/<package>/<document>` — the files in one folder form one **filing package** (e.g. a DSP-5 with its DSP-83 and
126.13 letter; an agreement with its transmittal letter). Each document `X.pdf` / `X.xml` has `X.truth.json` beside
it. `manifest.json` lists every document with its type, input kind, dialect and what it exercises.

## Truth files

A truth file is the full expected v1 `DocketRecord` (`Sources/DocketCore/Schema`) **minus** `source.path`,
`source.sha256`, `classification`, `findings` and all `evidence`, **plus**:

* `expectedFindings`: `[{description, citation, severity}]` — the findings a correct completeness checker **must**
  raise for this document in its package. Descriptions are rule-agnostic; match on `citation` + `severity`. The list
  is the required minimum: a checker may raise further findings (e.g. about purchase documentation, which the
  packages do not contain).
* `complete`: `false` exactly when an expected finding has severity `error`.

Conventions:

* Unknown values are omitted; arrays (`parties`, `items`, `destinations`) are always present.
* `source.format` is `pdf` or `xml`; PDFs carry `pageCount`; XML (and PDFs whose data is an embedded XML file) carry
  `dialect`, and embedded ones `embeddedFile`.
* Dates are ISO `YYYY-MM-DD` whatever the document shows ("March 3, 2026", "03/03/2026", "3 Mar 2026", "03.03.2026").
* Money is a number in USD whatever the document shows ("$1,250,000.00", "USD 1.25M", "US$ 12,000", "12000.00").
* `identifiers.registrationCode` is canonical without separator (`M31742`), shown as "M-31742" / "M 31742" / "M31742".
* `usmlCategory` is canonical (`XI(a)(3)(i)`), without "Category"/"Cat. 11"/spaces/asterisk; SME is `sme: true`.
  `eccn` is as printed (`3A001.a.1`, `5A002`, `9A610.x`, `EAR99`).
* `address.lines` are the street lines only; `city`, `region`, `postalCode` separate; `country` ISO alpha-2.
* A party that the form lists in several blocks appears once per role (e.g. applicant, manufacturer and seller).
  Block 19 entries are `usConsignor` or `freightForwarder` as the document states ("Acting as: ...").
  DSP-61 foreign consignor and U.S. consignee have role `other`. BIS roles: `purchaser`, `intermediateConsignee`,
  `ultimateConsignee`, `endUser`.
* Signatories (DSP-83, BIS-711, agreements, letters) are parties with `name`, `title`, `country` and no address.
* 126.13 certification letters have `documentType: "126.13-certification"` and `certification` (ids
  `126.13(a)(1)`…`(a)(4)`, each present or absent); other letters (124.12 transmittal letters) have
  `documentType: "unknown"`. A document that makes or addresses the Part 130 statement (22 CFR 123.1(c)(6)) carries
  `part130Statement`: `provided` or `notRequired`.
* Every DDTC package carries a 126.13 letter except 24, whose TAA is reported for lacking it (123.1(c)(3)).
* Agreements: `applicant` = U.S. party, `licensee` = foreign licensee/distributor, `sublicensee`; `destinations` =
  countries of the foreign licensees and sub-licensees; `dates.effective`/`expiration` = the term.
  `agreement.clauses` ids: `124.8(1)`…`124.8(6)`, `124.9(a)(1)`…`(a)(6)`, `124.9(b)(1)`…`(b)(2)`,
  `124.14(c)(1)`…`(c)(9)`, and `126.18` for the dual/third-country national statement. When a transmittal letter is
  in the package, the agreement's truth carries `agreement.transmittal` (ids `124.12(a)(1)`…`(a)(9)`,
  `124.12(b)(1)`…`(b)(4)`; for the WDA `124.14(e)(1)`…`(e)(6)` and `124.14(f)(1)`…`(f)(3)`); the letter's own truth
  carries the same list. An item the letter addresses with a negative statement ("no classified information") is
  present; `124.12(a)(6)` is absent when the value is given without the Part 130 statement required at $500,000.

## XML dialects

* `deccs-elements` — element per field, DECCS-like (`<ForeignEndUser><Name>…</Name><Address>…`).
* `snake-attributes` — snake_case with attributes (`<party role="end_user" name="…" country="FR"><address …/>`).
* `namespaced` — default namespace plus `pty:`/`amt:` (and `agr:` for agreements) prefixed vocabularies.
* `xfdl-form` — XFDL-like generic form (`<field sid="block14_enduser_name"><value>…</value></field>`).

## Judgment calls (check before relying on them)

* 05: the "every Block 3 country needs a Block 14 end-user" rule comes from the DECCS DSP-5 instructions; it is cited
  here as `22 CFR 123.9(a)` (country of ultimate destination = country of end-use).
* 06: a declared total that differs from the line sum is cited as `22 CFR 123.1` (no paragraph speaks to arithmetic).
* 09/15: Russia, Lebanon and Cyprus (126.1(d)(2)) are `warning`; China (126.1(d)(1)) and Iran (E:1, `15 CFR 746.7`)
  are `error`. The 126.1 list changes often; Cyprus's status in particular is suspended year by year.
* 22: the MLA for SME production carries an `info` finding for congressional certification (`22 CFR 124.11`).
* 24: the only DDTC package without a 126.13 letter; its TAA expects the `22 CFR 123.1(c)(3)` error. The 126.13 letters
  cite 120.6 for the statutes (pre-2022 numbering; the current text says 120.27).
* Part 130 (123.1(c)(6)): every DSP-5/DSP-85 package at $500,000 or more states it (Block 7, or the 126.13 letter; 13
  says it is not required), so none expects the Part 130 finding; none names an armed-forces buyer at that value.
* Block numbers beyond those verified in DOMAIN.md are the [U] reconstruction there.
* Agreement numbers use `TA-`, `MA-` and `DA-` prefixes; only `TA-NNNN-YY` (and the letter suffix for amendments) is
  attested in DOMAIN.md.
* Transmittal letters and agreements cite the DDTC agreement number as if already assigned (resubmission style).
"""


def write_readme(out, C, counts):
    lines = [README_HEAD, "## Counts", ""]
    for k, title in (("byDocumentType", "Document type"), ("byInputKind", "Input kind"), ("byDialect", "XML dialect")):
        lines.append(f"* {title}: " + ", ".join(f"{key} {n}" for key, n in sorted(counts[k].items())))
    lines += [f"* Total: {len(C.entries)} documents in {len(C.packages)} packages", "", "## Packages", ""]
    by_folder = {}
    for e in C.entries:
        by_folder.setdefault(e["path"].split("/")[0], []).append(e)
    for folder, desc in C.packages.items():
        lines.append(f"### `{folder}/`")
        lines.append("")
        lines.append(desc)
        lines.append("")
        for e in by_folder.get(folder, []):
            fn = e["path"].split("/", 1)[1]
            extra = f", dialect `{e['dialect']}`" if e["dialect"] else ""
            nf = e["expectedFindings"]
            lines.append(f"* `{fn}` — {e['documentType']}, {e['inputKind']}{extra}; "
                         f"{nf} expected finding{'s' if nf != 1 else ''}. " + "; ".join(e["exercises"]) + ".")
        lines.append("")
    with open(os.path.join(out, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines))


def main(argv):
    out = os.path.join(os.path.dirname(HERE), "Corpus")
    if len(argv) > 2 and argv[1] == "--out":
        out = argv[2]
    for name in os.listdir(out) if os.path.isdir(out) else []:
        p = os.path.join(out, name)
        if os.path.isdir(p):
            shutil.rmtree(p)
    os.makedirs(out, exist_ok=True)
    C = Corpus(out)
    licenses.build(C)
    try:
        from corpus import agreements
        agreements.build(C)
    except ImportError:
        pass
    C.entries.sort(key=lambda e: e["path"].split("/")[0])      # stable: keeps document order within a package
    C.packages = dict(sorted(C.packages.items()))
    counts = {"byDocumentType": {}, "byInputKind": {}, "byDialect": {}}
    for e in C.entries:
        for k, v in (("byDocumentType", e["documentType"]), ("byInputKind", e["inputKind"]),
                     ("byDialect", e["dialect"])):
            if v:
                counts[k][v] = counts[k].get(v, 0) + 1
    manifest = {"generator": "scripts/make-corpus.py", "schemaVersion": "1", "counts": counts,
                "packages": [{"folder": k, "description": v} for k, v in C.packages.items()],
                "documents": C.entries}
    with open(os.path.join(out, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump(manifest, f, indent=2, ensure_ascii=False)
        f.write("\n")
    write_readme(out, C, counts)
    print(f"{len(C.entries)} documents in {len(C.packages)} packages -> {out}")


if __name__ == "__main__":
    main(sys.argv)
