#!/usr/bin/env python3
"""Regenerates Tests/Fixtures/ (PDF and XML inputs plus NAME.expect.json oracles).

Run from anywhere: python3 scripts/make-fixtures.py
Output is byte-identical on every run, so a dirty `git status` after running it
means the generator or a fixture changed.

Expect files describe what a correct reader must find, not what a particular
tool prints; "lines_in_order" are whole extracted lines (whitespace runs
collapsed to one space, ends trimmed) that must appear in that relative order.
Error codes use Docket's ErrorCode raw values (DocketCore/Schema/Record.swift).
"""

import datetime
import hashlib
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pdfgen import PDFDocument, text_width, wrap_text  # noqa: E402

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Tests", "Fixtures")
PDF_DIR = os.path.join(ROOT, "pdf")
XML_DIR = os.path.join(ROOT, "xml")
FIXED_DATE = datetime.datetime(2026, 3, 3, 10, 0, 0, tzinfo=datetime.timezone.utc)

# (relative path, one-line purpose) for README.md, filled as fixtures are written.
CATALOG = []


def write(path, data, purpose):
    with open(path, "wb") as f:
        f.write(data)
    CATALOG.append((os.path.relpath(path, ROOT), purpose))


def write_expect(path, expect):
    stem = os.path.splitext(path)[0]
    with open(stem + ".expect.json", "w", encoding="utf-8", newline="\n") as f:
        json.dump(expect, f, indent=2, ensure_ascii=False, sort_keys=True)
        f.write("\n")


def pdf(name, data, purpose, expect):
    path = os.path.join(PDF_DIR, name)
    write(path, data, purpose)
    write_expect(path, dict(expect, fixture=name, kind="pdf"))


def opened(page_count, pages=None, **extra):
    """Expectation for a PDF that must open; pages is a list of per-page line lists."""
    expect = {"outcome": "ok", "encrypted": False, "page_count": page_count,
              "form": None, "attachments": []}
    if pages is not None:
        expect["pages"] = [{"page": i, "lines_in_order": lines} for i, lines in enumerate(pages, 1)]
    expect.update(extra)
    return expect


def failed(error_code, note):
    # poppler-glib 22.12 says POPPLER_ERROR_DAMAGED for every one of these, so
    # telling not-pdf apart is the wrapper's job (sniff for the %PDF- header).
    return {"outcome": "error", "error_code": error_code, "note": note}


# ---------------------------------------------------------------------------
# PDF fixtures

MARGIN = 72
HEADER = "Docket Test Filing - DSP-5 Application"


def header_footer(page, number, total):
    page.text(MARGIN, 40, HEADER, size=9, font="Helvetica-Oblique")
    page.line(MARGIN, 46, page.width - MARGIN, 46)
    footer = f"Page {number} of {total}"
    page.text((page.width - text_width(footer, 9, "Helvetica")) / 2, page.height - 36, footer, size=9)


def label_value(page, y, label, value, size=11):
    """Bold label and regular value as two runs on one baseline, like real forms print them."""
    page.text(MARGIN, y, label, size=size, font="Helvetica-Bold")
    page.text(MARGIN + text_width(label + " ", size, "Helvetica-Bold"), y, value, size=size)
    return f"{label} {value}"


def paragraph(page, x, y, text, width, size=10, font="Times-Roman", leading=13):
    lines = wrap_text(text, width, size, font)
    for i, line in enumerate(lines):
        page.text(x, y + i * leading, line, size=size, font=font)
    return lines, y + len(lines) * leading


def single_column():
    doc = PDFDocument(title="Single-column fixture")
    title = "Application for Permanent Export of Unclassified Defense Articles"
    fields_p1 = [
        ("Applicant:", "Acme Defense Systems, Inc."),
        ("Address:", "1200 Industrial Parkway, Huntsville, AL 35806"),
        ("Registration Code:", "M-12345"),
        ("License Type:", "DSP-5"),
        ("Country of Ultimate Destination:", "Australia"),
        ("End User:", "Royal Australian Navy"),
    ]
    fields_p2 = [
        ("Signatory:", "Jane Q. Public"),
        ("Title:", "Director, Trade Compliance"),
        ("Date:", "2026-03-03"),
    ]
    body1 = ("The applicant requests authorization to export the defense articles listed in "
             "the attached schedule for integration into maritime surveillance systems. "
             "No classified information is involved in this transaction.")
    body2 = ("The applicant certifies that the information in this application is true and "
             "complete to the best of its knowledge and that the articles will not be "
             "re-exported without prior written approval.")
    pages = []
    for number, (fields, body) in enumerate([(fields_p1, body1), (fields_p2, body2)], 1):
        page = doc.add_page()
        header_footer(page, number, 2)
        lines = [HEADER]
        y = 100
        if number == 1:
            page.text(MARGIN, y, title, size=14, font="Helvetica-Bold")
            lines.append(title)
            y += 36
        for label, value in fields:
            lines.append(label_value(page, y, label, value))
            y += 20
        para, _ = paragraph(page, MARGIN, y + 16, body, page.width - 2 * MARGIN)
        lines += para
        lines.append(f"Page {number} of 2")
        pages.append(lines)
    return doc, pages


def build_single_column():
    doc, pages = single_column()
    pdf("single-column.pdf", doc.to_bytes(),
        "two pages: title, label/value lines, header and numbered footer on each page",
        opened(2, pages, metadata={"title": "Single-column fixture",
                                   "producer": "Docket fixture generator"}))


def build_two_column():
    doc = PDFDocument(title="Two-column fixture")
    page = doc.add_page()
    page.text(MARGIN, 60, "Technical Assistance Agreement - Parties", size=14, font="Helvetica-Bold")
    columns = [
        (54, "Party A: Acme Defense Systems, Inc.",
         "Acme Defense Systems, Inc. is a Delaware corporation headquartered in Huntsville, "
         "Alabama, registered with the Directorate of Defense Trade Controls under code "
         "M-12345. Acme designs and manufactures thermal imaging sights and fire control "
         "electronics for naval and ground vehicles. Under this agreement Acme will provide "
         "design data, integration support and training for the TX-40 sight family. Acme "
         "retains all rights to its technical data and will mark every transfer with the "
         "applicable export control legend. Acme will designate a technology control officer "
         "responsible for every transfer under the agreement."),
        (324, "Party B: Southern Cross Naval Engineering Pty Ltd",
         "Southern Cross Naval Engineering Pty Ltd is an Australian company based in "
         "Adelaide, South Australia, acting as the prime integrator for the Royal Australian "
         "Navy patrol vessel upgrade program. Southern Cross will receive the technical data "
         "only at its Adelaide facility, will restrict access to its Australian national "
         "employees, and will not retransfer any defense article or service to a third "
         "party without the written approval of the Department of State. Southern Cross "
         "will report any unauthorized disclosure to the Directorate within five business "
         "days of discovery."),
    ]
    lines = ["Technical Assistance Agreement - Parties"]
    width = 234
    for x, heading, text in columns:
        page.text(x, 100, heading, size=10, font="Helvetica-Bold")
        body, _ = paragraph(page, x, 114, text, width, size=10, leading=14)
        lines += [heading] + body
    assert all(10 <= len(wrap_text(t, width, 10, "Times-Roman")) <= 14 for _, _, t in columns)
    pdf("two-column.pdf", doc.to_bytes(),
        "one page, two text columns sharing baselines: reading order is all of the left column, then the right",
        opened(1, [lines]))


TABLE_COLUMNS = [("Line", 36), ("Description", 190), ("Qty", 40), ("Unit Value", 75),
                 ("Total", 80), ("USML Cat", 55)]
ITEMS = [
    ("Thermal weapon sight, TX-40", 12, 4250_00, "XII(c)"),
    ("Sight mounting bracket, TX-40", 12, 310_00, "XII(e)"),
    ("Fire control computer, FC-9", 2, 88500_00, "XII(a)"),
    ("Laser rangefinder module, LR-2", 4, 15200_00, "XII(b)"),
    ("Gyro-stabilized mount, GSM-3", 2, 47800_00, "XII(e)"),
    ("Uncooled IR detector, 640x512", 20, 2900_00, "XII(e)"),
    ("Image intensifier tube, Gen III", 10, 3350_00, "XII(c)"),
    ("Night vision goggle, NVG-7", 8, 9100_00, "XII(c)"),
    ("Radar signal processor, RSP-1", 1, 212000_00, "XI(a)"),
    ("Antenna pedestal assembly", 1, 64500_00, "XI(c)"),
    ("Waveguide rotary joint", 3, 7800_00, "XI(c)"),
    ("Cable harness set, FC-9", 6, 1240_00, "XII(e)"),
    ("Technical manual set, TX-40", 2, 450_00, "XII(f)"),
    ("Depot test set, DTS-4", 1, 38900_00, "XII(e)"),
    ("Spare parts kit, LR-2", 4, 2175_00, "XII(e)"),
    ("Operator training, 40 hours", 1, 28000_00, "XII(f)"),
    ("Ballistic computer software, v5", 2, 12500_00, "XII(e)"),
    ("Boresight kit, BK-1", 6, 980_00, "XII(e)"),
    ("Thermal camera core, TC-12", 5, 11600_00, "XII(e)"),
    ("Display unit, rugged 10-inch", 4, 5400_00, "XII(e)"),
    ("Power conditioning unit, PCU-2", 2, 6700_00, "XII(e)"),
    ("Shipping container, reusable", 8, 720_00, "XII(e)"),
    ("Calibration fixture, CF-3", 1, 15300_00, "XII(e)"),
    ("Installation drawings package", 1, 3200_00, "XII(f)"),
    ("Field service engineering, 2 weeks", 1, 42000_00, "XII(f)"),
    ("Lens assembly, 75 mm germanium", 10, 1850_00, "XII(e)"),
    ("Control handle, CH-2", 4, 2650_00, "XII(e)"),
    ("Cooling fan assembly", 12, 145_00, "XII(e)"),
]
ROWS_PER_PAGE = 18


def money(cents):
    return f"${cents // 100:,}.{cents % 100:02d}"


def build_table():
    doc = PDFDocument(title="Line-item table fixture")
    header = [name for name, _ in TABLE_COLUMNS]
    rows = [[str(i), desc, str(qty), money(unit), money(qty * unit), cat]
            for i, (desc, qty, unit, cat) in enumerate(ITEMS, 1)]
    chunks = [rows[i:i + ROWS_PER_PAGE] for i in range(0, len(rows), ROWS_PER_PAGE)]
    # The table is wider than the text block, so it starts left of the margin.
    edges = [MARGIN - 18]
    for _, w in TABLE_COLUMNS:
        edges.append(edges[-1] + w)
    row_h = 20
    numeric = {2, 3, 4}
    for number, chunk in enumerate(chunks, 1):
        page = doc.add_page()
        header_footer(page, number, len(chunks))
        title = "Schedule A - Line Items" + (" (continued)" if number > 1 else "")
        page.text(edges[0], 80, title, size=12, font="Helvetica-Bold")
        top = 95
        for r, cells in enumerate([header] + chunk):
            font = "Helvetica-Bold" if r == 0 else "Helvetica"
            for c, cell in enumerate(cells):
                if c in numeric and r > 0:
                    cx = edges[c + 1] - 4 - text_width(cell, 9, font)
                else:
                    cx = edges[c] + 4
                page.text(cx, top + r * row_h + 14, cell, size=9, font=font)
        bottom = top + (len(chunk) + 1) * row_h
        for r in range(len(chunk) + 2):
            page.line(edges[0], top + r * row_h, edges[-1], top + r * row_h,
                      width=1 if r in (0, 1) else 0.5)
        for x in edges:
            page.line(x, top, x, bottom)
    pdf("table.pdf", doc.to_bytes(),
        "ruled line-item table (Line | Description | Qty | Unit Value | Total | USML Cat) continuing on page 2 with a repeated header",
        opened(len(chunks), table={
            "header": header,
            "header_repeated_on_each_page": True,
            "rows_by_page": chunks,
            "note": "each row's cells appear left to right on one line of layout-preserving extraction",
        }))


def build_form():
    doc = PDFDocument(title="AcroForm fixture")
    page = doc.add_page()
    page.text(MARGIN, 60, "DSP-5 Application (form fixture)", size=14, font="Helvetica-Bold")
    labels = ["Block 14 - Applicant name:", "Block 14 - Applicant address:",
              "Block 14 - Registration code:", "Block 15 - Country of ultimate destination:",
              "Block 16 - Total value (USD):", "Remarks:", "Form version:",
              "I certify the information above is correct", "Involves classified information"]
    ys = [100, 130, 190, 220, 250, 280, 330, 370, 400]
    for label, y in zip(labels, ys):
        page.text(MARGIN, y + 13, label, size=10)
    x = 300
    fields = []

    def text(name, y, h, value, tooltip=None, readonly=False, multiline=False):
        page.text_field(name, x, y, 240, h, value=value, tooltip=tooltip,
                        readonly=readonly, multiline=multiline)
        fields.append({"name": name, "type": "text", "value": value, "tooltip": tooltip,
                       "read_only": readonly, "multiline": multiline})

    text("block14.name", 100, 18, "Acme Defense Systems, Inc.", tooltip="Block 14: Applicant name")
    text("block14.address", 130, 48, "1200 Industrial Parkway\nHuntsville, AL 35806",
         tooltip="Block 14: Applicant address", multiline=True)
    text("block14.registration", 190, 18, "M-12345")
    options = ["Australia", "Canada", "Japan", "United Kingdom"]
    page.choice("block15.country", x, 220, 240, 18, options=options, value="Australia",
                tooltip="Block 15: Country of ultimate destination")
    fields.append({"name": "block15.country", "type": "choice", "combo": True, "options": options,
                   "value": "Australia", "tooltip": "Block 15: Country of ultimate destination",
                   "read_only": False})
    text("block16.value", 250, 18, "$1,250,000.00", tooltip="Block 16: Total value")
    text("remarks", 280, 40, "", tooltip="Optional remarks", multiline=True)
    text("form_version", 330, 18, "DSP-5 (fixture rev. 2026-03)", readonly=True)
    for name, y, checked, tooltip in [("certify", 370, True, "Certification"),
                                      ("classified", 400, False, None)]:
        page.checkbox(name, x, y + 2, size=12, checked=checked, tooltip=tooltip)
        fields.append({"name": name, "type": "checkbox", "checked": checked,
                       "value": "On" if checked else "Off", "on_state": "On",
                       "tooltip": tooltip, "read_only": False})
    static = ["DSP-5 Application (form fixture)"] + labels
    pdf("form.pdf", doc.to_bytes(),
        "AcroForm: hierarchical text fields (block14.*), tooltips, checked/unchecked checkboxes, combo box, empty and read-only fields, static labels",
        opened(1, [static], form={"type": "AcroForm", "has_xfa": False, "fields": fields,
                                  "note": ("name is the fully qualified name; compare fields by name, not order "
                                           "(poppler lists widgets in reverse); the empty field's /V is the "
                                           "empty string, which poppler-glib returns as NULL")}))


DSP5_XML = b"""<?xml version="1.0" encoding="UTF-8"?>
<dsp5 xmlns="urn:docket:test:dsp5:1">
  <applicant registration="M-12345">Acme Defense Systems, Inc.</applicant>
  <destination country="AU">Royal Australian Navy</destination>
  <item line="1" usml="XII(c)" quantity="12">Thermal weapon sight, TX-40</item>
</dsp5>
"""
NOTES_TXT = b"Reviewer notes\n- Block 16 total matches Schedule A.\n- End-use statement on file.\n"


def attachment_record(name, data, description, mime):
    return {"name": name, "size": len(data), "sha256": hashlib.sha256(data).hexdigest(),
            "description": description, "mime": mime}


def build_attachment():
    doc = PDFDocument(title="Attachment fixture")
    page = doc.add_page()
    lines = ["See attached XML",
             "The DSP-5 data for this filing is embedded as dsp5-data.xml.",
             "Reviewer notes are embedded as notes.txt."]
    page.text(MARGIN, 100, lines[0], size=18, font="Helvetica-Bold")
    page.text(MARGIN, 130, lines[1], size=11)
    page.text(MARGIN, 146, lines[2], size=11)
    files = [("dsp5-data.xml", DSP5_XML, "DSP-5 application data", "application/xml"),
             ("notes.txt", NOTES_TXT, "Reviewer notes", "text/plain")]
    for name, data, description, mime in files:
        doc.attach(name, data, description=description, mime=mime)
    pdf("attachment.pdf", doc.to_bytes(),
        "cover page plus two embedded files (dsp5-data.xml, notes.txt) in the EmbeddedFiles name tree and /AF",
        opened(1, [lines], attachments=[attachment_record(*f) for f in files]))


def simple_doc(title, lines):
    doc = PDFDocument(title=title)
    page = doc.add_page()
    for i, line in enumerate(lines):
        page.text(MARGIN, 100 + i * 18, line, size=12)
    return doc


def build_encrypted():
    lines = ["Encrypted fixture (user password)", "Applicant: Acme Defense Systems, Inc."]
    doc = simple_doc("Encrypted with user password", lines)
    expect = opened(1, [lines], encrypted=True, user_password="secret", owner_password="owner",
                    metadata={"title": "Encrypted with user password"},
                    encryption={"handler": "Standard", "V": 2, "R": 3, "key_bits": 128,
                                "algorithm": "RC4"})
    expect["outcome"] = "needs-password"
    expect["without_password"] = {"error_code": "password-required"}
    expect["with_wrong_password"] = {"password": "wrong", "error_code": "wrong-password"}
    pdf("encrypted-user.pdf", doc.to_bytes(user_password="secret", owner_password="owner"),
        "RC4-128 (V2/R3) encrypted; needs user password `secret` (owner password `owner`)", expect)

    lines = ["Encrypted fixture (owner password only)", "Applicant: Acme Defense Systems, Inc."]
    doc = simple_doc("Encrypted with owner password only", lines)
    pdf("encrypted-owner-only.pdf", doc.to_bytes(owner_password="owner"),
        "RC4-128 encrypted with an owner password only: opens without a password",
        opened(1, [lines], encrypted=True, user_password="", owner_password="owner",
               metadata={"title": "Encrypted with owner password only"},
               encryption={"handler": "Standard", "V": 2, "R": 3, "key_bits": 128,
                           "algorithm": "RC4"}))


def build_metadata():
    meta = {
        "title": "DSP-5 Application \u2014 Acme Defense Systems",
        "author": "Jane Q. Public",
        "subject": "Permanent export of unclassified defense articles",
        "keywords": "ITAR, DSP-5, USML XII",
        "creator": "Docket make-fixtures.py",
        "producer": "Docket fixture generator",
    }
    doc = PDFDocument(creation_date=FIXED_DATE, **meta)
    page = doc.add_page()
    page.text(MARGIN, 100, "Metadata fixture", size=12)
    pdf("metadata.pdf", doc.to_bytes(),
        "Info dictionary with title (non-Latin-1, so UTF-16BE), author, subject, keywords, creator, producer, creation date",
        opened(1, [["Metadata fixture"]],
               metadata=dict(meta, creation_date="2026-03-03T10:00:00Z", mod_date=None)))


XFA_XDP = b"""<?xml version="1.0" encoding="UTF-8"?>
<xdp:xdp xmlns:xdp="http://ns.adobe.com/xdp/">
  <template xmlns="http://www.xfa.org/schema/xfa-template/3.3/">
    <subform name="form1" layout="tb">
      <field name="applicant"><ui><textEdit/></ui></field>
    </subform>
  </template>
  <xfa:datasets xmlns:xfa="http://www.xfa.org/schema/xfa-data/1.0/">
    <xfa:data><form1><applicant>Acme Defense Systems, Inc.</applicant></form1></xfa:data>
  </xfa:datasets>
</xdp:xdp>
"""


def xfa_fixture(name, headline, purpose, **to_bytes):
    doc = PDFDocument(title="XFA fixture")
    page = doc.add_page()
    page.text(MARGIN, 100, headline, size=12)
    page.text(MARGIN, 133, "Applicant:", size=10)
    page.text_field("form1.applicant", 160, 120, 240, 18, value="Acme Defense Systems, Inc.")
    doc.set_xfa(XFA_XDP)
    pdf(name, doc.to_bytes(**to_bytes), purpose,
        opened(1, [[headline, "Applicant:"]],
               form={"type": "XFA", "has_xfa": True, "fields": [
                   {"name": "form1.applicant", "type": "text", "value": "Acme Defense Systems, Inc.",
                    "tooltip": None, "read_only": False, "multiline": False}]},
               xfa_datasets_contains="Acme Defense Systems, Inc."))


def build_xfa():
    xfa_fixture("xfa.pdf", "XFA fixture: this form also carries an XFA packet",
                "AcroForm that also has an /XFA stream (hybrid form): readers should report XFA")


def build_xfa_object_stream():
    xfa_fixture("xfa-objstm.pdf", "XFA fixture: the AcroForm sits in a compressed object stream",
                "the XFA hybrid form saved as PDF 1.5: catalog and AcroForm (with /XFA) inside a compressed "
                "object stream", object_streams=True)


LARGE_PAGE_COUNT = 1500


def large_document(page_count=LARGE_PAGE_COUNT):
    """A DSP-5 whose item schedule runs to page_count pages: generated at test time, never committed."""
    doc = PDFDocument(title="DSP-5 with a long schedule")
    for number in range(1, page_count + 1):
        page = doc.add_page()
        if number == 1:
            y = 90
            page.text(MARGIN, 60, "DSP-5 Application for Permanent Export", size=14)
            for label, value in (("Applicant:", "Acme Defense Systems, Inc."), ("Registration Code:", "M-12345"),
                                 ("Country of Ultimate Destination:", "Australia")):
                label_value(page, y, label, value)
                y += 18
        else:
            for row in range(30):
                page.text(MARGIN, 60 + row * 20, "Schedule line %d.%d: spare part, see drawing %06d"
                          % (number, row + 1, number * 100 + row), size=10)
        header_footer(page, number, page_count)
    return doc


def build_unicode():
    lines = ["Caf\u00e9 M\u00fcller, Se\u00f1ora Pe\u00f1a", "Range 10\u201320 units \u2013 en dash",
             "Applicant\u2019s \u201cquoted\u201d name", "Stra\u00dfe, \u00c5ngstr\u00f6m, \u00e7a va, \u20ac 5"]
    pdf("unicode.pdf", simple_doc("Unicode fixture", lines).to_bytes(),
        "WinAnsi text with accented letters, en dash, curly quotes and the euro sign",
        opened(1, [lines]))


def build_damaged():
    source_doc, pages = single_column()
    source = source_doc.to_bytes()
    pdf("truncated.pdf", source[:len(source) * 6 // 10],
        "single-column.pdf cut at 60%: the later objects, the xref and the trailer are missing",
        {"outcome": "error-or-partial", "error_code": "damaged-pdf",
         "note": "must not crash or hang; either damaged-pdf, or a reconstructed document whose text is a prefix of single-column.pdf's"})

    start = source.rindex(b"\nxref\n")
    xref_end = source.index(b"trailer", start)
    garbled = bytearray(source)
    # Shift every in-use offset by 7 so each points into the middle of an object,
    # keeping entry widths (and so the startxref value) correct.
    for pos in range(start, xref_end - 20 + 1):
        if garbled[pos:pos + 1] == b"\n" and garbled[pos + 18:pos + 20] == b"n ":
            off = int(garbled[pos + 1:pos + 11]) + 7
            garbled[pos + 1:pos + 11] = b"%010d" % off
    pdf("corrupt-xref.pdf", bytes(garbled),
        "single-column.pdf with every xref offset wrong by 7 bytes; objects intact, so readers can reconstruct",
        opened(2, pages, partial=True,
               note="poppler reconstructs the xref by scanning; an error is acceptable only as damaged-pdf"))
    pdf("truncated-tail.pdf", source[:source.rindex(b"%%EOF")],
        "single-column.pdf cut just before its %%EOF marker: poppler opens it, but the file is visibly cut short",
        opened(2, pages, partial=True, note="readable, yet a reader cannot know what followed: report it as partial"))

    pdf("empty.pdf", b"", "zero-byte file", failed("not-pdf", "no %PDF header at all"))
    random_bytes = b"".join(hashlib.sha256(b"docket-random-%d" % i).digest() for i in range(128))
    pdf("random.pdf", random_bytes, "4 KiB of seeded pseudo-random bytes (sha256 counter stream)",
        failed("not-pdf", "no %PDF header"))
    pdf("text-named.pdf", b"This is a plain text file that merely has a .pdf name.\nApplicant: Acme Defense Systems, Inc.\n",
        "plain text with a .pdf extension", failed("not-pdf", "content sniffing must not trust the extension"))
    pdf("header-only.pdf", b"%PDF-1.7\n", "just the %PDF-1.7 header line",
        failed("damaged-pdf", "has a PDF header but no objects, xref or trailer"))


# ---------------------------------------------------------------------------
# XML fixtures


def xml(name, data, purpose, expect):
    path = os.path.join(XML_DIR, name)
    write(path, data, purpose)
    write_expect(path, dict(expect, fixture=name, kind="xml"))


def line_of(text, needle):
    """1-based line number of the first occurrence of needle."""
    return text[:text.index(needle)].count("\n") + 1


SIMPLE = """<?xml version="1.0" encoding="UTF-8"?>
<!-- Docket XML fixture: namespaces, attributes, CDATA, comments -->
<filing xmlns="urn:docket:test:filing:1"
        xmlns:itar="urn:docket:test:itar:1"
        version="1.0" form="DSP-5">
  <applicant id="A1">
    <name>Acme Defense Systems, Inc.</name>
    <itar:registration code="M-12345"/>
  </applicant>
  <!-- line items follow -->
  <items count="2">
    <item line="1" itar:usml="XII(c)">
      <description><![CDATA[Thermal sight <TX-40> & mount]]></description>
      <quantity>12</quantity>
    </item>
    <item line="2" itar:usml="XI(a)">
      <description>Radar signal processor &amp; cable set</description>
      <quantity>1</quantity>
    </item>
  </items>
  <remarks>Caf\u00e9 \u2013 \u201cquoted\u201d remark</remarks>
</filing>
"""
NS = "urn:docket:test:filing:1"
ITAR = "urn:docket:test:itar:1"


def build_simple():
    def el(needle, local, ns, **extra):
        return dict({"local_name": local, "namespace": ns, "line": line_of(SIMPLE, needle)}, **extra)

    elements = [
        el("<filing", "filing", NS, attributes={"version": "1.0", "form": "DSP-5"}),
        el("<applicant", "applicant", NS, attributes={"id": "A1"}),
        el("<name>", "name", NS, text="Acme Defense Systems, Inc."),
        el("<itar:registration", "registration", ITAR, prefix="itar", attributes={"code": "M-12345"}),
        el("<items", "items", NS, attributes={"count": "2"}),
        el('<item line="1"', "item", NS, attributes={"line": "1", "{%s}usml" % ITAR: "XII(c)"}),
        el("<description><!", "description", NS, text="Thermal sight <TX-40> & mount", cdata=True),
        el('<item line="2"', "item", NS, attributes={"line": "2", "{%s}usml" % ITAR: "XI(a)"}),
        el("<description>Radar", "description", NS, text="Radar signal processor & cable set"),
        el("<remarks>", "remarks", NS, text="Caf\u00e9 \u2013 \u201cquoted\u201d remark"),
    ]
    xml("simple.xml", SIMPLE.encode("utf-8"),
        "well-formed: default + prefixed namespaces, attributes, CDATA, comments, known line numbers",
        {"outcome": "ok", "encoding": "UTF-8",
         "root": {"local_name": "filing", "namespace": NS, "prefix": None,
                  "namespace_declarations": {"": NS, "itar": ITAR}},
         "elements": elements,
         "comment_lines": [line_of(SIMPLE, "<!-- Docket"), line_of(SIMPLE, "<!-- line items")],
         "note": "element lines are the line of the start tag's '<'; {uri}name keys are namespaced attributes"})


ENCODED = """<?xml version="1.0" encoding="{enc}"?>
<filing xmlns="urn:docket:test:filing:1">
  <name>Caf\u00e9 M\u00fcller</name>
</filing>
"""


def build_encodings():
    ok = {"outcome": "ok",
          "root": {"local_name": "filing", "namespace": NS, "prefix": None},
          "elements": [{"local_name": "name", "namespace": NS, "line": 3, "text": "Caf\u00e9 M\u00fcller"}]}
    variants = [
        ("utf16le-bom.xml", b"\xff\xfe" + ENCODED.format(enc="UTF-16").encode("utf-16-le"), "UTF-16",
         "UTF-16 little-endian with BOM"),
        ("utf16be-bom.xml", b"\xfe\xff" + ENCODED.format(enc="UTF-16").encode("utf-16-be"), "UTF-16",
         "UTF-16 big-endian with BOM"),
        ("latin1-declared.xml", ENCODED.format(enc="ISO-8859-1").encode("latin-1"), "ISO-8859-1",
         "declared ISO-8859-1 with raw 0xE9/0xFC bytes"),
        ("utf8-bom.xml", b"\xef\xbb\xbf" + ENCODED.format(enc="UTF-8").encode("utf-8"), "UTF-8",
         "UTF-8 with a byte order mark"),
    ]
    for name, data, enc, purpose in variants:
        xml(name, data, purpose, dict(ok, encoding=enc))


def hostile(error_class, note, **extra):
    return dict({"outcome": "error", "error_class": error_class, "network_access": False,
                 "note": note}, **extra)


def safe_ok(note, text, **extra):
    """A document that points at an external resource it does not need: parsed, resource untouched."""
    return dict({"outcome": "ok-with-warning", "network_access": False, "note": note, "name_text": text}, **extra)


def build_hostile():
    passwd_markers = ["root:", "/bin/"]
    xml("xxe-file.xml", b"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE filing [
  <!ENTITY xxe SYSTEM "file:///etc/passwd">
]>
<filing><name>&xxe;</name></filing>
""", "external general entity reading file:///etc/passwd, referenced in content",
        hostile("external-entity", "the entity must never be resolved; libxml2 2.9 with default options "
                "leaves &xxe; unexpanded and reports success, so the wrapper has to reject it itself",
                must_not_contain=passwd_markers))
    xml("xxe-http.xml", b"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE filing [
  <!ENTITY xxe SYSTEM "http://127.0.0.1:9/x">
]>
<filing><name>&xxe;</name></filing>
""", "external general entity fetched over http (127.0.0.1:9, the discard port)",
        hostile("external-entity", "no connection may be attempted"))
    xml("external-dtd.xml", b"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE filing SYSTEM "file:///etc/passwd">
<filing><name>Acme</name></filing>
""", "DOCTYPE pointing at an external DTD (file:///etc/passwd)",
        safe_ok("the external DTD is never loaded; nothing in the content needs it, so the document parses with "
                "a warning", text="Acme", must_not_contain=passwd_markers))
    xml("parameter-entity.xml", b"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE filing [
  <!ENTITY % ext SYSTEM "http://127.0.0.1:9/evil.dtd">
  %ext;
]>
<filing><name>Acme</name></filing>
""", "parameter entity that pulls in an external DTD over http",
        safe_ok("the parameter entity is never fetched; the content does not depend on it, so the document parses "
                "with a warning", text="Acme"))

    levels = ['  <!ENTITY lol0 "lol">']
    for i in range(1, 10):
        levels.append(f'  <!ENTITY lol{i} "' + f"&lol{i - 1};" * 10 + '">')
    laughs = ('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE lolz [\n' + "\n".join(levels)
              + "\n]>\n<lolz>&lol9;</lolz>\n")
    xml("billion-laughs.xml", laughs.encode(), "classic billion laughs: 10 levels of 10 nested entity references",
        hostile("entity-expansion", "10^9 expansions of 'lol'; must fail fast without large memory use"))

    quadratic = ('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE kaboom [\n  <!ENTITY a "'
                 + "x" * 50_000 + '">\n]>\n<kaboom>' + "&a;" * 50_000 + "</kaboom>\n")
    data = quadratic.encode()
    assert len(data) < 4 * 1024 * 1024
    xml("quadratic-blowup.xml", data, "one 50 KB entity referenced 50,000 times (2.5 GB if expanded)",
        hostile("entity-expansion", "must fail fast without expanding"))

    depth = 50_000
    xml("deep-nesting.xml", b'<?xml version="1.0" encoding="UTF-8"?>\n' + b"<d>" * depth + b"</d>" * depth + b"\n",
        "50,000 nested elements", hostile("depth", "must fail on a depth limit, not overflow the stack",
                                          nesting=depth))

    xml("invalid-utf8.xml", b"""<?xml version="1.0" encoding="UTF-8"?>
<filing>
  <name>Caf\xc3\x28</name>
</filing>
""", "declared UTF-8 but contains the invalid sequence 0xC3 0x28 on line 3",
        hostile("malformed", "invalid UTF-8 must be an error, not silently replaced", line=3))

    malformed = """<?xml version="1.0" encoding="UTF-8"?>
<filing>
  <applicant>
    <name>Acme Defense Systems, Inc.</name>
  </applicnt>
</filing>
"""
    xml("malformed.xml", malformed.encode(), "mismatched end tag </applicnt> at line 5, column 3",
        hostile("malformed", "column is the 1-based position of the '<' of the bad end tag; parsers report columns differently, so tests should pin the line",
                line=5, column=3))


# ---------------------------------------------------------------------------
# Filing packages for the package-level rules: one folder each, a document that breaks a rule beside the
# documents that satisfy the others, so a test can run `docket check` on the folder.

PKG_DIR = os.path.join(ROOT, "packages")

CERT_STATEMENTS = [
    "(1) Neither the Applicant nor any of its senior officers or directors is the subject of an indictment or "
    "has been charged with or convicted of violating any of the U.S. criminal statutes enumerated in 22 CFR 120.27.",
    "(2) Neither the Applicant nor any of those persons is ineligible to contract with, or to receive a license or "
    "other approval to import or export defense articles or defense services from, any agency of the U.S. "
    "Government.",
    "(3) To the best of the Applicant's knowledge, no party to the export has been convicted of violating any of "
    "those statutes or is ineligible to contract with, or to receive a license or other approval from, any agency "
    "of the U.S. Government.",
    "(4) The undersigned is a citizen of the United States and an empowered official of the Applicant.",
]


def letter(paragraphs, subject):
    """A one-page business letter: letterhead, date, addressee, salutation, paragraphs, closing, signature."""
    doc = PDFDocument(title=subject)
    page = doc.add_page()
    page.text(MARGIN, 60, "NORDFJELL OPTRONICS, INC.", size=13, font="Helvetica-Bold")
    page.text(MARGIN, 76, "880 Harbor Drive, Portland, ME 04101, United States", size=8)
    y = 110
    for line in ["March 3, 2026", "", "U.S. Department of State", "Directorate of Defense Trade Controls",
                 "Washington, DC 20522", ""]:
        page.text(MARGIN, y, line, size=10)
        y += 14
    _, y = paragraph(page, MARGIN, y, "Subject: " + subject, 470, font="Helvetica-Bold")
    page.text(MARGIN, y + 8, "Dear Sir or Madam:", size=10)
    y += 30
    for text in paragraphs:
        _, y = paragraph(page, MARGIN, y, text, 470)
        y += 8
    for line in ["Sincerely,", "", "", "Erik J. Lindqvist", "Vice President, Export Compliance",
                 "Nordfjell Optronics, Inc."]:
        page.text(MARGIN, y, line, size=10)
        y += 14
    return doc.to_bytes()


def certification(statements=CERT_STATEMENTS, part130=None):
    intro = ("In accordance with 22 CFR 123.1(c)(3) and 126.13(a), I, the undersigned empowered official of "
             "Nordfjell Optronics, Inc. (the \"Applicant\"), certify the following with respect to the application "
             "referenced above:")
    return letter([intro] + statements + ([part130] if part130 else []),
                  "Certification pursuant to 22 CFR 126.13 - Form DSP-5, Applicant Transaction No. NFO-2026-0412")


def license_xml(form, destinations, end_user, consignee, value, narrative=()):
    """A license application in the namespaced dialect (as in Corpus/13): destinations, parties, one line."""
    def party(function, name, lines, city, country):
        address = "".join(f"<pty:AddressLine>{line}</pty:AddressLine>" for line in lines)
        return (f'    <pty:Party pty:function="{function}"><pty:LegalName>{name}</pty:LegalName><pty:PostalAddress>'
                f"{address}<pty:CityName>{city}</pty:CityName><pty:CountryID>{country}</pty:CountryID>"
                "</pty:PostalAddress></pty:Party>\n")
    applicant = ("Nordfjell Optronics, Inc.", ["880 Harbor Drive"], "Portland", "US")
    body = ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<ExportFiling xmlns="urn:x-docket-sample:export-filing:2" xmlns:pty="urn:x-docket-sample:party:1" '
            f'xmlns:amt="urn:x-docket-sample:amount:1" formType="{form}">\n'
            "  <Header><TransactionReference>NFO-2026-0412</TransactionReference>"
            '<Registrant scheme="DDTC">M-38812</Registrant><Submitted>2026-03-03</Submitted></Header>\n'
            "  <Destinations>" + "".join(f'<Destination iso="{c}"/>' for c in destinations) + "</Destinations>\n"
            "  <pty:Parties>\n"
            + party("Applicant", *applicant) + party("Manufacturer", *applicant)
            + party("Foreignenduser", *end_user) + party("Foreignconsignee", *consignee)
            + party("Usconsignor", *applicant) +
            "  </pty:Parties>\n"
            '  <Lines><Line number="1"><Text>Thermal imaging sight, Model NFO-T9</Text>'
            '<PartNumber>NFO-T9-01</PartNumber><Quantity unitCode="EA">10</Quantity>'
            '<Classification list="USML" significantMilitaryEquipment="false">USML XII(c)(2)</Classification>'
            f'<amt:UnitPrice amt:currency="USD">{value / 10:.2f}</amt:UnitPrice>'
            f'<amt:LineAmount amt:currency="USD">{value:.2f}</amt:LineAmount></Line></Lines>\n'
            f'  <amt:TotalAmount amt:currency="USD">{value:.2f}</amt:TotalAmount>\n'
            + ("  <Narrative>" + "".join(f'<Entry block="{b}" label="{label}">{text}</Entry>'
                                         for b, label, text in narrative) + "</Narrative>\n" if narrative else "")
            + "</ExportFiling>\n")
    return body.encode()


def package(folder, name, data, purpose):
    path = os.path.join(PKG_DIR, folder)
    os.makedirs(path, exist_ok=True)
    write(os.path.join(path, name), data, purpose)


def build_packages():
    navy = ("Royal Norwegian Navy, Materiel Command", ["Haakonsvern Naval Base"], "Bergen", "NO")
    shipyard = ("Vestfjord Shipyard AS", ["Verftsgata 3"], "Bergen", "NO")
    dsp5 = license_xml("DSP-5", ["NO"], navy, shipyard, 900000)
    package("part130-missing", "DSP-5_NFO-2026-0412.xml", dsp5,
            "DSP-5 for $900,000 to a foreign navy: 22 CFR 123.1(c)(6) needs a Part 130 statement (error)")
    package("part130-missing", "126.13-certification.pdf", certification(),
            "126.13 letter with all four statements and nothing on Part 130")
    package("part130-enclosed", "DSP-5_NFO-2026-0412.xml", dsp5, "the same DSP-5")
    package("part130-enclosed", "126.13-certification.pdf", certification(),
            "126.13 letter with all four statements")
    package("part130-enclosed", "cover-letter.pdf", letter(
        ["Nordfjell Optronics, Inc. submits the enclosed DSP-5 application for ten NFO-T9 thermal imaging sights "
         "for the Royal Norwegian Navy.",
         "A statement pursuant to 22 CFR 130.9 on political contributions, fees and commissions is enclosed with "
         "this application."], "DSP-5 application NFO-2026-0412"),
        "cover letter saying the Part 130 statement is enclosed: part130Statement provided")
    package("part130-said-not-required", "DSP-5_NFO-2026-0412.xml",
            license_xml("DSP-5", ["NO"], navy, shipyard, 900000,
                        narrative=[("21", "Part 130 Statement", "Not required")]),
            "DSP-5 to a foreign navy whose Part 130 element says 'Not required': a warning to check it")
    package("part130-said-not-required", "126.13-certification.pdf", certification(), "126.13 letter")
    package("certification-incomplete", "DSP-5_NFO-2026-0412.xml",
            license_xml("DSP-5", ["NO"], shipyard, shipyard, 90000), "DSP-5 for $90,000 (below Part 130)")
    package("certification-incomplete", "126.13-certification.pdf", certification(CERT_STATEMENTS[:3]),
            "126.13 letter without the (a)(4) statement on the signer")
    uk = ("Ashcombe Defence Systems Ltd", ["Lynchford Road"], "Farnborough", "GB")
    canada = ("Laurentide Avionique Inc.", ["1200 rue Sherbrooke"], "Montreal", "CA")
    package("dsp85-mismatch", "DSP-85_NFO-85-0007.xml", license_xml("DSP-85", ["GB", "AU"], uk, canada, 90000),
            "DSP-85 whose destinations (GB, AU) do not match its parties' countries (GB, CA)")
    package("dsp85-mismatch", "DSP-83_NFO-85-0007.xml", license_xml("DSP-83", ["GB"], uk, uk, 90000),
            "DSP-83 so only the destination rule speaks")
    package("dsp85-mismatch", "126.13-certification.pdf", certification(), "126.13 letter")


# ---------------------------------------------------------------------------


# ---------------------------------------------------------------------------
# Filing fixtures: documents the extractor and the completeness rules must read as a filer wrote them, worded
# and laid out unlike the corpus. Their expect files give the values and finding fields a correct reader reports.

FILINGS_DIR = os.path.join(ROOT, "filings")


def filing(name, doc, purpose, expect):
    path = os.path.join(FILINGS_DIR, name)
    write(path, doc.to_bytes(), purpose)
    write_expect(path, dict(expect, fixture=name, kind="filing"))


CLASSIFICATION_ITEMS = [
    # (model, description lines, manufacturer lines, ECCN, CCATS)
    ("TRX-9", ["Software-defined tactical radio,", "handheld, AES-256 voice"], ["Halyard Radio Works LLC"],
     "5A002.a", "G123456"),
    ("TRX-9-CK", ["Crypto ignition key for TRX-9"], ["Halyard Radio Works", "LLC"], "5A992.c", "None"),
]


def classification_request(name, purpose, drop_eccn=False, signed=True):
    """A BIS-748P classification request whose Block 22 table puts the model first and has no quantity column."""
    doc = PDFDocument(title="BIS-748P Multipurpose Application")
    page = doc.add_page()
    page.text(150, 50, "FORM BIS-748P  MULTIPURPOSE APPLICATION", size=12, font="Helvetica-Bold")
    page.text(150, 64, "U.S. Department of Commerce, Bureau of Industry and Security", size=9)
    y = 100
    for label, value in [("Block 1 - Contact Person:", "Dana K. Whitfield"), ("Block 2 - Telephone:", "(207) 555-0143"),
                         ("Block 4 - Date of Application:", "April 14, 2026"),
                         ("Block 5 - Type of Application:", "CLASSIFICATION REQUEST")]:
        label_value(page, y, label, value, size=10)
        y += 16
    y += 8
    page.text(MARGIN, y, "Block 14 - Applicant", size=10, font="Helvetica-Bold")
    for line in ["Halyard Radio Works LLC", "88 Commercial Street", "Portland, ME 04101", "United States"]:
        y += 13
        page.text(MARGIN + 12, y, line, size=10)
    y += 28
    page.text(MARGIN, y, "Block 22 - Commodity Information", size=10, font="Helvetica-Bold")
    y += 20
    columns = [("Model No.", MARGIN), ("Description", MARGIN + 70), ("Manufacturer", MARGIN + 250),
               ("ECCN", MARGIN + 380), ("CCATS No.", MARGIN + 440)]
    for title, x in columns:
        page.text(x, y, title, size=9, font="Helvetica-Bold")
    page.line(MARGIN, y + 4, 540, y + 4)
    for model, description, manufacturer, eccn, ccats in CLASSIFICATION_ITEMS:
        y += 16
        cells = [[model], description, manufacturer, [] if drop_eccn and eccn == "5A992.c" else [eccn], [ccats]]
        for (title, x), lines in zip(columns, cells):
            for offset, line in enumerate(lines):
                page.text(x, y + offset * 11, line, size=9)
        y += 11 * (max(len(c) for c in cells) - 1)
    y += 34
    page.text(MARGIN, y, "Block 24 - Additional Information", size=10, font="Helvetica-Bold")
    _, y = paragraph(page, MARGIN + 12, y + 14, "We request classification of the TRX-9 radio and its ignition key; "
                     "data sheets and the cryptographic description are attached.", 440, size=10, font="Helvetica")
    if signed:
        y += 16
        page.text(MARGIN, y, "Block 25 - Signature", size=10, font="Helvetica-Bold")
        for line in ["Dana K. Whitfield", "Trade Compliance Manager"]:
            y += 13
            page.text(MARGIN + 12, y, line, size=10)
    missing = ([{"rule": "required.block-missing", "field": "items[1].eccn"}] if drop_eccn else []) \
        + ([] if signed else [{"rule": "required.block-missing", "field": "parties[usSignatory]"}])
    items = [{"line": i, "partNumber": model, "manufacturer": " ".join(mfr),
              "description": " ".join(desc), **({} if drop_eccn and eccn == "5A992.c" else {"eccn": eccn}),
              **({"ccats": ccats} if ccats != "None" else {})}
             for i, (model, desc, mfr, eccn, ccats) in enumerate(CLASSIFICATION_ITEMS, 1)]
    parties = [{"role": "applicant", "name": "Halyard Radio Works LLC", "country": "US"}]
    if signed:
        parties.append({"role": "usSignatory", "name": "Dana K. Whitfield", "title": "Trade Compliance Manager",
                        "country": "US"})
    filing(name, doc, purpose, {
        "documentType": "BIS-748P", "applicationType": "classificationRequest", "dates": {"submitted": "2026-04-14"},
        "parties": parties, "items": items, "destinations": [], "findings": missing, "complete": not missing})


def build_classification_requests():
    classification_request("bis748p-classification.pdf",
                           "BIS-748P classification request: Block 22 table Model No. | Description | Manufacturer | "
                           "ECCN | CCATS No., no quantity or price, wrapped cells; complete")
    classification_request("bis748p-classification-incomplete.pdf",
                           "the same classification request with the second item's ECCN blank and no Block 25 "
                           "signature: two required.block-missing findings", drop_eccn=True, signed=False)


KESTREL_END_USE = ("The items will be installed in maritime surveillance turrets that we build for the Republic of "
                   "Singapore Navy. They will not be reexported or transferred except as the Export Administration "
                   "Regulations allow.")


def build_bis711_letter():
    """A BIS-711 statement on letterhead worded unlike the corpus: parties tagged in parentheses, a purchaser
    other than the consignee, quantity-first item lines, and a labelled signature block dated there."""
    doc = PDFDocument(title="End-use statement KAV-2026-118", author="Tan Mei Ling")
    page = doc.add_page()
    page.text(MARGIN, 54, "Kestrel Avionics Pte. Ltd.", size=14, font="Helvetica-Bold")
    page.text(MARGIN, 68, "20 Science Park Road, #03-01, Singapore 117674, Singapore", size=8)
    page.line(MARGIN, 76, 540, 76, width=1)
    page.text(MARGIN, 100, "Our ref.: KAV-2026-118", size=10)
    page.text(MARGIN, 126, "To whom it may concern:", size=10)
    page.text(MARGIN, 148, "Re: Statement by Ultimate Consignee and Purchaser (15 CFR 748.11)", size=10,
              font="Helvetica-Bold")
    body = [
        "Kestrel Avionics Pte. Ltd., 20 Science Park Road, #03-01, Singapore 117674, Singapore (the \"Ultimate "
        "Consignee\") will receive the items below, to be exported by Northgate Sensors LLC, 900 Innovation Way, "
        "Tucson, AZ 85706, United States (the \"Applicant\"). The items are bought for us by Straits Defence "
        "Procurement Pte. Ltd., 1 Depot Road, #04-02, Singapore 109679, Singapore (the \"Purchaser\").",
    ]
    y = 172
    for text in body:
        _, y = paragraph(page, MARGIN, y, text, 460, size=10, font="Helvetica", leading=13)
        y += 8
    for text in ["- 12 units of uncooled thermal imaging camera core, part no. NS-TC640 (ECCN 6A003.b.4)",
                 "- 4 sets of ruggedized camera interface cable harness, part no. NS-CH12 (ECCN EAR99)"]:
        _, y = paragraph(page, MARGIN + 14, y, text, 440, size=10, font="Helvetica", leading=13)
        y += 6
    y += 6
    for text in [KESTREL_END_USE,
                 "This statement supports multiple license applications by the Applicant for four years from the "
                 "date below."]:
        _, y = paragraph(page, MARGIN, y, text, 460, size=10, font="Helvetica", leading=13)
        y += 8
    y += 8
    page.text(MARGIN, y, "Yours faithfully,", size=10)
    y += 40
    for line in ["Name: Tan Mei Ling", "Title: Director, Procurement", "Company: Kestrel Avionics Pte. Ltd.",
                 "Date: 2 September 2026"]:
        page.text(MARGIN, y, line, size=10)
        y += 14
    filing("bis711-letter-kestrel.pdf", doc,
           "BIS-711 statement on letterhead: parties tagged (the \"Ultimate Consignee\") with a separate purchaser, "
           "quantity-first item lines with part numbers, a labelled signature block with the date",
           {"documentType": "BIS-711", "dates": {"submitted": "2026-09-02"}, "destinations": ["SG"],
            "parties": [
                {"role": "ultimateConsignee", "name": "Kestrel Avionics Pte. Ltd.", "country": "SG"},
                {"role": "applicant", "name": "Northgate Sensors LLC", "country": "US"},
                {"role": "purchaser", "name": "Straits Defence Procurement Pte. Ltd.", "country": "SG"},
                {"role": "foreignSignatory", "name": "Tan Mei Ling", "title": "Director, Procurement", "country": "SG"}],
            "items": [
                {"description": "uncooled thermal imaging camera core", "quantity": 12, "unit": "units",
                 "partNumber": "NS-TC640", "eccn": "6A003.b.4"},
                {"description": "ruggedized camera interface cable harness", "quantity": 4, "unit": "sets",
                 "partNumber": "NS-CH12", "eccn": "EAR99"}],
            "endUse": KESTREL_END_USE, "findings": [], "complete": True})


def write_readme():
    lines = ["# Test fixtures", "",
             "Generated; do not edit by hand. Regenerate with `python3 scripts/make-fixtures.py`",
             "(output is byte-identical run to run; PDF streams are Flate-compressed, so a zlib",
             "other than stock zlib, e.g. zlib-ng, may change the bytes but not the content).",
             "Each fixture has a sibling `NAME.expect.json` describing what a correct reader",
             "must find or which error it must report.", ""]
    for rel, purpose in CATALOG:
        lines.append(f"- `{rel}`: {purpose}")
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


def main():
    # --large PATH [PAGES]: the 1,500-page PDF, written where a test wants it instead of being committed.
    if len(sys.argv) >= 3 and sys.argv[1] == "--large":
        pages = int(sys.argv[3]) if len(sys.argv) > 3 else LARGE_PAGE_COUNT
        large_document(pages).write(sys.argv[2])
        return
    os.makedirs(PDF_DIR, exist_ok=True)
    os.makedirs(XML_DIR, exist_ok=True)
    os.makedirs(FILINGS_DIR, exist_ok=True)
    for build in (build_single_column, build_two_column, build_table, build_form, build_attachment,
                  build_encrypted, build_metadata, build_xfa, build_xfa_object_stream, build_unicode, build_damaged,
                  build_simple, build_encodings, build_hostile, build_packages, build_classification_requests, build_bis711_letter):
        build()
    write_readme()


if __name__ == "__main__":
    main()
