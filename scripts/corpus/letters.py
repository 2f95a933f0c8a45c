"""Letters: 22 CFR 126.13 certification letters, BIS-711 letterhead statements, cover sheets."""
from pdfgen import PDFDocument, text_width
from .layout import Flow, centered, right_aligned
from .common import fmt_date, fmt_reg, country_name, finding

DDTC_ADDR = ["U.S. Department of State", "Directorate of Defense Trade Controls", "Office of Defense Trade Controls Licensing",
             "2401 E Street, NW", "Washington, DC 20522"]


PART130_TEXT = {
    "provided": "In addition, pursuant to 22 CFR 130.9, neither the Applicant nor its vendors have paid, or offered or "
                "agreed to pay, in respect of the sale for which this license is requested, political contributions "
                "in an aggregate amount of $5,000 or more, or fees or commissions in an aggregate amount of $100,000 "
                "or more.",
    "notRequired": "A Part 130 statement is not required for this application: the articles are not sold to or for "
                   "the use of the armed forces of a foreign country or an international organization.",
}


def letterhead(flow, p, tagline=None):
    flow.ops.append(centered(56, p.name.upper(), 13, "Helvetica-Bold"))
    addr = ", ".join(p.address_block())
    flow.ops.append(centered(70, addr, 8, "Helvetica"))
    if p.phone or tagline:
        flow.ops.append(centered(80, " | ".join(x for x in (("Tel. " + p.phone) if p.phone else None, tagline) if x),
                                 8, "Helvetica"))
    flow.line(60, 86, 552, 86, 0.8)
    flow.y = 110


def cert_12613(C, folder, filename, applicant, reg, reg_style, txn, form, date, date_style, signer, signer_title,
               signer_status="a citizen of the United States", agreement=None, part130=None):
    """`agreement` (number, title) makes it the letter for an agreement submission instead of a license;
    `part130` ("provided" or "notRequired") adds a closing paragraph on the Part 130 statement (22 CFR 123.1(c)(6),
    130.9): the statement itself, or why none is owed."""
    f = Flow(margin_top=60, margin_bottom=72, size=10.5)
    letterhead(f, applicant)
    f.para(fmt_date(date, date_style), after=12)
    for ln in DDTC_ADDR:
        f.para(ln, after=0)
    f.space(12)
    what = (f"{agreement[1]} {agreement[0]}" if agreement else f"Form {form}, Applicant Transaction No. {txn}")
    f.para(f"Subject: Certification pursuant to 22 CFR 126.13 - {what}; "
           f"DDTC Registration Code {fmt_reg(reg, reg_style)}", font="Helvetica-Bold", after=10)
    f.para("Dear Sir or Madam:", after=8)
    f.para(f"In accordance with 22 CFR 123.1(c)(3) and 126.13(a), I, the undersigned empowered official of "
           f"{applicant.name} (the \"Applicant\"), certify the following with respect to the "
           f"{'agreement' if agreement else 'application'} referenced above:",
           after=8)
    paras = [
        "(1) Neither the Applicant, nor its chief executive officer, president, vice presidents, other senior officers "
        "or officials (e.g., comptroller, treasurer, general counsel), nor any member of its board of directors, is "
        "the subject of an indictment for, or has been convicted of, violating any of the U.S. criminal statutes "
        "enumerated in 22 CFR 120.6 since the effective date of the Arms Export Control Act.",
        "(2) Neither the Applicant nor any of the persons named in paragraph (1) is ineligible to contract with, or to "
        "receive a license or other approval to import defense articles or defense services from, or to receive an "
        "export license or other approval from, any agency of the U.S. Government.",
        "(3) To the best of the Applicant's knowledge, no party to the export has been convicted of violating any of "
        "the U.S. criminal statutes enumerated in 22 CFR 120.6 since the effective date of the Arms Export Control "
        "Act, or is ineligible to contract with, or to receive a license or other approval from, any agency of the "
        "U.S. Government.",
        f"(4) The undersigned is {signer_status} and is an empowered official of the Applicant within the meaning of "
        "22 CFR 120.67.",
    ]
    for p in paras:
        f.para(p, indent=18, after=7)
    if part130:
        f.para(PART130_TEXT[part130], after=7)
    f.space(10)
    f.para("Sincerely,", after=30)
    f.para(signer, after=0)
    f.para(signer_title, after=0)
    f.para(applicant.name, after=0)
    doc = PDFDocument(title=f"126.13 Certification - {txn}", author=signer, creator="Microsoft Word",
                      producer="Docket corpus generator (pdfgen)")
    n = f.render(doc)
    doc.write(C.path(folder, filename))
    ids = {"registrationCode": reg, "agreementNumber": agreement[0]} if agreement else \
        {"registrationCode": reg, "transactionNumber": txn}
    truth = {"schemaVersion": "1", "source": {"format": "pdf", "pageCount": n}, "documentType": "126.13-certification",
             "identifiers": ids,
             "dates": {"submitted": date},
             "parties": [applicant.truth("applicant"),
                         {"role": "usSignatory", "name": signer, "title": signer_title, "country": "US"}],
             "items": [], "destinations": [],
             "certification": [{"id": f"126.13(a)({k})", "present": True} for k in range(1, 5)],
             "expectedFindings": [], "complete": True}
    if part130:
        truth["part130Statement"] = part130
    C.add(folder, filename, "text-pdf", truth,
          ["22 CFR 126.13 empowered-official certification letter accompanying the "
           + ("agreement" if agreement else "application") + " (123.1(c)(3))",
           "letter recognized by its 126.13(a)(1)-(4) statements: documentType 126.13-certification"]
          + (["Part 130 statement (123.1(c)(6)) in the letter"] if part130 else []))


def cover_sheet(path, title, lines, attachment_name, xml_bytes, meta, description):
    """A one-page cover sheet whose data is only in the embedded XML attachment."""
    doc = PDFDocument(**meta)
    page = doc.add_page()
    page.text(60, 80, title, size=16, font="Helvetica-Bold")
    page.line(60, 90, 552, 90, 1)
    y = 120
    for ln in lines:
        page.text(60, y, ln, size=10.5)
        y += 16
    y += 10
    page.rect(60, y, 492, 60, 0.6)
    page.text(72, y + 22, f"Electronic data: see the attached file \"{attachment_name}\".", size=10,
              font="Helvetica-Bold")
    page.text(72, y + 40, "The attachment is the authoritative copy of this submission; this page carries no filing data.",
              size=9)
    page.text(60, 760, "This cover sheet was generated automatically. Page 1 of 1", size=7)
    doc.attach(attachment_name, xml_bytes, description=description)
    doc.write(path)
    return 1


def bis711_letterhead(C, folder, filename, consignee, applicant, items, date, signer, title):
    """BIS-711 content as a statement on the ultimate consignee's letterhead (15 CFR 748.11)."""
    from .common import fmt_qty, country_name
    f = Flow(margin_top=60, margin_bottom=72, size=10.5)
    letterhead(f, consignee, tagline="Tel. +886 4 2567 0000")
    f.para(fmt_date(date, "long"), after=12)
    for ln in ["Bureau of Industry and Security", "U.S. Department of Commerce", "1401 Constitution Avenue, NW",
               "Washington, DC 20230"]:
        f.para(ln, after=0)
    f.space(12)
    f.para("STATEMENT BY ULTIMATE CONSIGNEE AND PURCHASER", font="Helvetica-Bold", after=8)
    f.para(f"We, {consignee.name}, of {', '.join(consignee.address_block())}, are both the ultimate consignee and "
           f"the purchaser of the items listed below, which we have ordered from {applicant.name}, "
           f"{', '.join(applicant.address_block())} (the applicant).", after=8)
    for i, it in enumerate(items, 1):
        f.para(f"{i}. {it.desc} - quantity {fmt_qty(it.qty)} {it.unit} - ECCN {it.eccn} - model {it.part}", indent=18,
               after=4)
    f.space(4)
    f.para("1. This statement is to be used by the applicant in support of a single license application to the "
           "Bureau of Industry and Security.", after=6)
    f.para("2. The items will be incorporated by us into electro-optical/infrared turrets that we manufacture for the "
           "Taiwan Army; they will not be used in any activity related to nuclear, chemical or biological weapons or "
           "missiles.", after=6)
    f.para("3. We will not reexport, resell or otherwise dispose of the items except as authorized by the U.S. Export "
           "Administration Regulations or by prior written authorization of the U.S. Government.", after=6)
    f.para("4. We will promptly send a supplementary statement to the applicant if any facts or intentions stated "
           "here change.", after=14)
    f.para("Signature of responsible official:", after=28)
    f.para(signer, after=0)
    f.para(title, after=0)
    f.para(consignee.name, after=0)
    doc = PDFDocument(title="Statement by Ultimate Consignee and Purchaser", author=signer, creator="Microsoft Word",
                      producer="Docket corpus generator (pdfgen)")
    n = f.render(doc)
    doc.write(C.path(folder, filename))
    truth = {"schemaVersion": "1", "source": {"format": "pdf", "pageCount": n}, "documentType": "BIS-711",
             "dates": {"submitted": date},
             "parties": [consignee.truth("ultimateConsignee"), consignee.truth("purchaser"), applicant.truth("applicant"),
                         {"role": "foreignSignatory", "name": signer, "title": title, "country": consignee.country}],
             "items": [{"line": i, "description": it.desc, "quantity": int(it.qty), "unit": it.unit, "eccn": it.eccn,
                        "partNumber": it.part} for i, it in enumerate(items, 1)],
             "destinations": [consignee.country], "expectedFindings": [], "complete": True}
    C.add(folder, filename, "text-pdf", truth,
          ["BIS-711 given as a letterhead statement rather than the form (748.11)",
           "single entity as ultimate consignee and purchaser; single-application coverage"])
