"""Part 124 agreements (TAA, MLA, WDA) as multi-page PDFs and as XML, plus transmittal letters."""
from decimal import Decimal
from pdfgen import PDFDocument, text_width
from .layout import Flow, centered, right_aligned, W
from .common import (P, Item, finding, fmt_date, fmt_money, fmt_usml, fmt_reg, country_name, num, write_json)
from .cast import *
from .clauses import STD_1248, OLD_1248_5, PARA_1248, STD_1249, STD_12414, dn_tcn, DN_TCN_PARA, DCS
from .out import meta
from .render import titlecase

KIND_TITLE = {"TAA": "TECHNICAL ASSISTANCE AGREEMENT", "MLA": "MANUFACTURING LICENSE AGREEMENT",
              "WDA": "WAREHOUSE AND DISTRIBUTION AGREEMENT"}
FOREIGN_ROLE = {"TAA": "Licensee", "MLA": "Licensee", "WDA": "Distributor"}
INCORP = {"US": "a corporation organized under the laws of the State of {region}", "DE": "a company organized under the laws of the Federal Republic of Germany",
          "GB": "a company incorporated in England and Wales", "JP": "a kabushiki kaisha organized under the laws of Japan",
          "KR": "a company organized under the laws of the Republic of Korea", "AU": "a company registered under the Corporations Act 2001 (Cth)",
          "NO": "a limited company (aksjeselskap) organized under the laws of Norway", "NL": "a besloten vennootschap organized under the laws of the Netherlands",
          "SA": "a company organized under the laws of the Kingdom of Saudi Arabia", "IN": "a private limited company incorporated under the Companies Act, 2013 of India",
          "IL": "a company organized under the laws of the State of Israel", "IT": "a societa per azioni organized under the laws of Italy",
          "ES": "a sociedad limitada organized under the laws of Spain", "SE": "a company organized under the laws of Sweden",
          "CA": "a corporation organized under the laws of Canada", "FR": "a societe par actions simplifiee organized under the laws of France"}
US_STATE = {"KS": "Kansas", "MA": "Massachusetts", "NY": "New York", "AZ": "Arizona", "AL": "Alabama", "VA": "Virginia",
            "PA": "Pennsylvania", "CA": "California", "FL": "Florida", "AR": "Arkansas"}


def incorporation(p):
    s = INCORP.get(p.country, "a company organized under the laws of " + country_name(p.country))
    return s.format(region=US_STATE.get(p.region, p.region))


def short(p):
    return p.name.split(",")[0].replace(" Inc.", "").replace(" Corporation", "").split(" ")[0]


US_LABEL = "U.S. Party"

THE = {"US", "NL", "KR", "GB", "AE"}


def prose_name(c):
    return ("the " if c in THE else "") + country_name(c)


class Agr:
    def __init__(self, kind, number, us, foreign, signatories, items, value, start, end, years, territory,
                 clauses, sublicensees=(), amendment=None, date=None, tech_data=(), services=(), style="std",
                 findings=(), reg=None, appendix_sublicensees=False, dn="std", program="", notes=None,
                 reporter=None, value_split=None, previous=None):
        self.kind = kind
        self.number = number
        self.us = us
        self.foreign = list(foreign)
        self.signatories = signatories   # list of (name, title, P)
        self.items = items
        self.value = Decimal(str(value))
        self.start, self.end, self.years = start, end, years
        self.territory = territory
        self.clauses = clauses           # id -> "std" | "para" | "old" | None (missing)
        self.sublicensees = list(sublicensees)
        self.amendment = amendment       # None or dict(no=1, changes=[...])
        self.date = date
        self.tech_data = tech_data
        self.services = services
        self.style = style
        self.findings = list(findings)
        self.reg = reg
        self.appendix = appendix_sublicensees
        self.dn = dn
        self.program = program
        self.notes = notes or {}
        self.reporter = reporter or us.name
        self.value_split = value_split
        self.previous = previous

    def clause_text(self, cid):
        v = self.clauses.get(cid)
        if v is None:
            return None
        if cid.startswith("124.8"):
            if v == "old":
                return OLD_1248_5
            return (PARA_1248 if v == "para" else STD_1248)[cid]
        if cid.startswith("124.9"):
            return STD_1249[cid].format(reporter=self.reporter, licensee=self.foreign[0].name)
        if cid.startswith("124.14"):
            return STD_12414[cid].format(reporter=self.reporter, licensee=self.foreign[0].name)
        raise KeyError(cid)

    def truth(self, fmt, page_count=None, dialect=None, transmittal=None):
        src = {"format": fmt}
        if page_count is not None:
            src["pageCount"] = page_count
        if dialect:
            src["dialect"] = dialect
        t = {"schemaVersion": "1", "source": src, "documentType": self.kind, "amendment": bool(self.amendment)}
        if self.number:
            t["identifiers"] = {"agreementNumber": self.number}
        t["dates"] = {"effective": self.start, "expiration": self.end}
        parties = [self.us.truth("applicant")]
        parties += [p.truth("licensee") for p in self.foreign]
        parties += [p.truth("sublicensee") for p in self.sublicensees]
        for name, title, company in self.signatories:
            parties.append({"role": "usSignatory" if company.country == "US" else "foreignSignatory", "name": name,
                            "title": title, "country": company.country})
        t["parties"] = parties
        t["items"] = [it.truth(i) for i, it in enumerate(self.items, 1)]
        t["totalValue"] = {"amount": num(self.value), "currency": "USD"}
        dests = []
        for p in self.foreign + self.sublicensees:
            if p.country not in dests:
                dests.append(p.country)
        t["destinations"] = dests
        ag = {"clauses": []}
        ids = [c for c in self.clauses]
        for cid in ids:
            c = {"id": cid, "present": self.clauses[cid] is not None}
            if cid in self.notes:
                c["note"] = self.notes[cid]
            ag["clauses"].append(c)
        key = {"TAA": "retransferTerritory", "MLA": "salesTerritory", "WDA": "distributionTerritory"}[self.kind]
        ag[key] = list(self.territory)
        ag["term"] = {"start": self.start, "end": self.end, "years": self.years}
        if transmittal is not None:
            ag["transmittal"] = transmittal
        t["agreement"] = ag
        t["expectedFindings"] = list(self.findings)
        t["complete"] = not any(f["severity"] == "error" for f in self.findings)
        return t


# ------------------------------------------------------------------ PDF rendering

def terr_names(codes):
    names = [prose_name(c) for c in codes]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def party_para(p, label):
    return (f"{p.name}, {incorporation(p)}, having its principal place of business at "
            f"{', '.join(p.address_block())} (\"{label}\")")


BOILER_CONF = [
    "Each Party shall hold in confidence all Proprietary Information received from the other Party and shall use it "
    "only for the purposes of this Agreement. Proprietary Information shall be marked as such when disclosed in "
    "tangible form, or identified as such at the time of oral or visual disclosure and confirmed in writing within "
    "thirty (30) days.",
    "The obligations of this Article shall not apply to information that (a) is or becomes publicly available "
    "through no fault of the receiving Party; (b) was lawfully in the possession of the receiving Party before "
    "disclosure; (c) is lawfully received from a third party without restriction; or (d) is independently developed "
    "by employees of the receiving Party who had no access to the Proprietary Information.",
    "Export-controlled technical data received under this Agreement shall be marked with the legend required by the "
    "disclosing Party's technology control plan, stored in access-controlled areas or information systems, and "
    "disclosed only to persons authorized to receive it under this Agreement. The confidentiality obligations of this "
    "Article survive the expiration or termination of this Agreement for a period of ten (10) years.",
]
BOILER_PAY = [
    "In consideration of the technical assistance and technical data furnished under this Agreement, the {F} shall pay "
    "the {U} the fees set out in the applicable purchase orders and statements of work issued under this Agreement. "
    "Invoices are payable in United States dollars within forty-five (45) days of receipt.",
    "Each Party shall bear its own costs of travel, subsistence and personnel assigned to perform work under this "
    "Agreement unless otherwise agreed in a statement of work. Taxes, duties and levies imposed in the country of the "
    "{F} shall be borne by the {F}.",
]
BOILER_IP = [
    "Nothing in this Agreement shall be construed as granting any license or right under any patent, copyright, or "
    "other intellectual property right of either Party except the limited rights expressly granted for the "
    "performance of this Agreement. All right, title and interest in technical data furnished by the {U} remain with "
    "the {U}.",
    "Improvements to the defense articles developed solely by the {F} during the term of this Agreement shall be "
    "disclosed to the {U}. Any transfer of such improvements that incorporate technical data of United States origin "
    "remains subject to the export control provisions of this Agreement.",
]
BOILER_TERM = [
    "Either Party may terminate this Agreement for material breach upon sixty (60) days' written notice if the breach "
    "is not cured within that period. The {U} may terminate this Agreement immediately if continued performance would "
    "violate the laws or regulations of the United States.",
    "The {U} shall notify the Directorate of Defense Trade Controls in writing of the termination of this Agreement "
    "not less than thirty (30) days prior to its expiration date, in accordance with 22 CFR 124.6. Upon expiration or "
    "termination, the {F} shall return or destroy all technical data furnished under this Agreement and certify such "
    "return or destruction in writing within sixty (60) days.",
]
BOILER_LAW = [
    "This Agreement shall be governed by and construed in accordance with the laws of the State of New York, United "
    "States of America, without regard to its conflict-of-laws principles, except that matters of export control "
    "shall be governed exclusively by the laws and regulations of the United States.",
    "Any dispute arising out of or relating to this Agreement that cannot be settled by negotiation within sixty (60) "
    "days shall be finally settled by arbitration under the Rules of Arbitration of the International Chamber of "
    "Commerce by three arbitrators. The seat of arbitration shall be New York, New York, and the language of the "
    "arbitration shall be English.",
]
BOILER_MISC = [
    "This Agreement, including its Appendices, constitutes the entire agreement between the Parties with respect to "
    "its subject matter and supersedes all prior negotiations, representations and agreements, whether written or "
    "oral. No waiver of any provision shall be effective unless in writing.",
    "Neither Party may assign this Agreement or any rights under it without the prior written consent of the other "
    "Party and, where required, the prior written approval of the Department of State. If any provision of this "
    "Agreement is held invalid, the remaining provisions shall continue in full force and effect. This Agreement may "
    "be executed in counterparts, each of which shall be deemed an original.",
]


def articles(a, ts):
    """Build the article list: (heading, [paragraph | ('table', rows) | ('clause', id, text)])."""
    U, F = US_LABEL, FOREIGN_ROLE[a.kind]
    out = []
    tname = terr_names(a.territory)
    defs = [
        f"\"Agreement\" means this {titlecase(KIND_TITLE[a.kind])}, including its Appendices"
        + (f", as amended by Amendment No. {a.amendment['no']}" if a.amendment else "") + ".",
        "\"Defense Article\" has the meaning given in 22 CFR 120.31 and includes the articles listed in {REF:PURPOSE AND SCOPE}.",
        "\"Technical Data\" has the meaning given in 22 CFR 120.33 and includes the data described in {REF:TECHNICAL DATA}.",
        "\"Defense Service\" has the meaning given in 22 CFR 120.32 and includes the services described in {REF:DEFENSE SERVICES}.",
        "\"DDTC\" means the Directorate of Defense Trade Controls, U.S. Department of State.",
        "\"ITAR\" means the International Traffic in Arms Regulations, 22 CFR Parts 120 through 130.",
        f"\"Territory\" means {tname}.",
        "\"Proprietary Information\" means all information disclosed by a Party that is marked or identified as "
        "proprietary or confidential, including Technical Data.",
        "\"Sub-licensee\" means an entity identified as such in {REF:SUB-LICENSEES}" + (" and Appendix A" if a.appendix else "")
        + ", to which retransfer is authorized under this Agreement.",
        "\"Effective Date\" means " + fmt_date(a.start, ts["date"]) + ", or the date of DDTC approval if later.",
    ]
    out.append(("DEFINITIONS", defs))
    scope = [f"The purpose of this Agreement is to permit the {U} to furnish to the {F} the Technical Data and "
             f"Defense Services necessary for {a.program}.",
             f"The Defense Articles within the scope of this Agreement are identified in the table below. Hardware "
             f"exported in furtherance of this Agreement will be exported under separate licenses or applicable "
             f"exemptions.",
             ("table", a.items)]
    if a.kind == "MLA":
        scope.insert(1, f"The {U} grants the {F} a non-exclusive license to manufacture the Defense Articles listed "
                        f"below in {country_name(a.foreign[0].country)} and to sell them in the Territory, subject "
                        "to the limitations of this Agreement.")
    if a.kind == "WDA":
        scope[0] = (f"The {U} appoints the {F} as its non-exclusive distributor of the Defense Articles listed below "
                    f"in the Territory. The {F} will receive the articles into its bonded warehouse and distribute "
                    f"them to eligible customers in the Territory as provided in this Agreement.")
    out.append(("PURPOSE AND SCOPE", scope))
    out.append(("TECHNICAL DATA", list(a.tech_data) or [
        "Technical Data furnished under this Agreement will be limited to operation, installation, maintenance and "
        "repair data, at the organizational and intermediate levels, for the Defense Articles."]))
    out.append(("DEFENSE SERVICES", list(a.services) or [
        "Defense Services consist of training of distributor personnel in the handling, storage and basic maintenance "
        "of the Defense Articles."]))
    if a.value_split:
        val = [f"The total value of this Agreement is {fmt_money(a.value, ts['money'])}, comprising "
               f"{fmt_money(a.value_split[0], ts['money'])} for hardware to be exported in furtherance of this "
               f"Agreement and {fmt_money(a.value_split[1], ts['money'])} for Technical Data and Defense Services."]
    else:
        val = [f"The total value of this Agreement, including all Defense Articles to be exported in furtherance of "
               f"it, is {fmt_money(a.value, ts['money'])}."]
    out.append(("VALUE", val))
    dur = [f"This Agreement shall enter into force upon approval by DDTC and shall remain in force from "
           f"{fmt_date(a.start, ts['date'])} until {fmt_date(a.end, ts['date'])}, unless terminated earlier in "
           f"accordance with {{REF:TERMINATION}}.",
           "Any extension of the term of this Agreement requires an amendment approved in advance by DDTC."]
    out.append(("DURATION", dur))
    tk = {"TAA": "retransfer", "MLA": "sales", "WDA": "distribution"}[a.kind]
    terr = [f"The {tk} territory of this Agreement consists of {tname}.",
            f"No Technical Data, Defense Service or Defense Article furnished under this Agreement shall be "
            f"transferred outside the Territory except as authorized by DDTC in writing."]
    out.append(("TERRITORY", terr))
    if a.sublicensees and a.appendix:
        sub = ["The Licensee may sublicense the Technical Data and Defense Services to the Sub-licensees identified in "
               "Appendix A, solely for the purposes of this Agreement. Each Sub-licensee shall execute a written "
               "sublicense that incorporates all provisions of this Agreement referring to the U.S. Government and "
               "the Department of State, including the clauses of 22 CFR 124.8."]
    elif a.sublicensees:
        sub = [f"The {F} may sublicense the Technical Data to the following Sub-licensee(s), solely for the purposes "
               f"of this Agreement:"]
        for s in a.sublicensees:
            sub.append(f"{s.name}, {', '.join(s.address_block())}.")
        sub.append("Each sublicense shall incorporate all provisions of this Agreement that refer to the U.S. "
                   "Government and the Department of State.")
    else:
        sub = ["No sublicensing is authorized under this Agreement."]
    out.append(("SUB-LICENSEES", sub))
    if a.dn == "para":
        out.append(("DUAL AND THIRD-COUNTRY NATIONALS", [DN_TCN_PARA]))
    else:
        out.append(("DUAL AND THIRD-COUNTRY NATIONALS", [dn_tcn(tname)]))
    reg = []
    order = [c for c in a.clauses if c != "126.18"]
    for cid in order:
        txt = a.clause_text(cid)
        if txt is not None:
            reg.append(("clause", cid, txt))
    heading = {"TAA": "REQUIRED PROVISIONS (22 CFR 124.8)", "MLA": "REQUIRED PROVISIONS (22 CFR 124.8 AND 124.9)",
               "WDA": "REQUIRED PROVISIONS (22 CFR 124.14)"}[a.kind]
    if a.style == "para":
        heading = "GOVERNMENT APPROVALS AND EXPORT CONTROL"
        # split the clauses over two articles, in a different order
        first = [r for r in reg if r[1] in ("124.8(2)", "124.8(1)", "124.8(5)")]
        second = [r for r in reg if r not in first]
        first.sort(key=lambda r: ["124.8(2)", "124.8(1)", "124.8(5)"].index(r[1]))
        out.insert(1, (heading, first))
        out.append(("RELATIONSHIP TO THE UNITED STATES GOVERNMENT", second))
    else:
        out.append((heading, reg))
    out.append(("PROPRIETARY INFORMATION", BOILER_CONF))
    out.append(("COMPENSATION", [s.format(U=U, F=F) for s in BOILER_PAY]))
    out.append(("INTELLECTUAL PROPERTY", [s.format(U=U, F=F) for s in BOILER_IP]))
    out.append(("TERMINATION", [s.format(U=U, F=F) for s in BOILER_TERM]))
    out.append(("GOVERNING LAW AND DISPUTES", BOILER_LAW))
    notices = [f"Notices shall be in writing and delivered to the addresses below:"]
    for p in [a.us] + a.foreign:
        notices.append(f"{p.name}, {', '.join(p.address_block())}")
    out.append(("NOTICES", notices))
    out.append(("GENERAL PROVISIONS", BOILER_MISC))
    word = "Section" if a.style == "para" else "Article"
    index = {h: n for n, (h, _) in enumerate(out, 1)}

    def fix(p):
        if isinstance(p, str):
            for h, n in index.items():
                p = p.replace("{REF:" + h + "}", f"{word} {n}")
            p = p.replace("under Article 8", f"under {word} {index['SUB-LICENSEES']}")
        return p
    return [(h, [fix(p) for p in ps]) for h, ps in out]


def render_agreement_pdf(a, path, ts):
    title = KIND_TITLE[a.kind]
    hdr_txt = (a.number + " - " if a.number else "") + titlecase(title) + f" - {short(a.us)} / " + \
        " / ".join(short(f) for f in a.foreign)

    def header(n, N):
        return [("text", (72, 40, hdr_txt), {"size": 8, "font": "Times-Italic"})] if n > 1 else []

    def footer(n, N):
        ops = [("text", (72, 752, ts.get("footer", "EXPORT CONTROLLED - ITAR (22 CFR 120-130)")),
                {"size": 7.5, "font": "Times-Roman"})]
        ops.append(right_aligned(540, 752, ts.get("page_label", "Page {n} of {N}").format(n=n, N=N), 8, "Times-Roman"))
        return ops

    f = Flow(margin_top=60, margin_bottom=64, left=72, right=540, header=header, footer=footer, font="Times-Roman",
             size=10.5)
    f.y = 80
    if a.amendment:
        f.ops.append(centered(f.y, f"AMENDMENT NO. {a.amendment['no']}", 13, "Times-Bold"))
        f.y += 18
        f.ops.append(centered(f.y, "TO THE", 10, "Times-Roman"))
        f.y += 16
    f.ops.append(centered(f.y, title, 14, "Times-Bold"))
    f.y += 18
    f.ops.append(centered(f.y, "between", 10, "Times-Italic"))
    f.y += 16
    f.ops.append(centered(f.y, a.us.name, 11, "Times-Bold"))
    for p in a.foreign:
        f.y += 15
        f.ops.append(centered(f.y, "and " + p.name, 11, "Times-Bold"))
    f.y += 18
    if a.number:
        f.ops.append(centered(f.y, ts.get("number_label", "DDTC Agreement No.") + " " + a.number, 10, "Times-Roman"))
        f.y += 14
    f.line(72, f.y, 540, f.y, 0.6)
    f.y += 10
    U, F = US_LABEL, FOREIGN_ROLE[a.kind]
    if a.amendment:
        f.heading("AMENDMENT", 11, "Times-Bold")
        f.para(f"This Amendment No. {a.amendment['no']} (the \"Amendment\") amends {titlecase(title)} "
               f"{a.amendment['base']} (the \"Original Agreement\") and restates it in its entirety as set out below. "
               f"The changes made by this Amendment are:", after=6)
        for k, ch in enumerate(a.amendment["changes"], 1):
            f.para(f"({k}) {ch}", indent=18, after=4)
        f.space(6)
    pre = (f"THIS {title} (the \"Agreement\") is entered into as of {fmt_date(a.date, ts['date'])} by and between "
           f"{party_para(a.us, U)}, and " + "; and ".join(party_para(p, F if len(a.foreign) == 1 else short(p))
                                                          for p in a.foreign) +
           (". The " + U + " and the " + F + " are each a \"Party\" and together the \"Parties\"." if len(a.foreign) == 1
            else ". Each of the foregoing is a \"Party\"; " + " and ".join(short(p) for p in a.foreign)
            + f" are each a \"{F}\"."))
    f.para(pre, after=8)
    f.para(f"WHEREAS, the {U} designs and manufactures the Defense Articles described in this Agreement and possesses "
           f"Technical Data relating to them; WHEREAS, the {F} wishes to obtain Technical Data and Defense Services "
           f"for {a.program}; and WHEREAS, the export of such Technical Data and Defense Services requires the prior "
           f"approval of the U.S. Department of State under the ITAR;", after=6)
    f.para("NOW, THEREFORE, in consideration of the mutual covenants set out below, the Parties agree as follows:",
           after=6)
    arts = articles(a, ts)
    for n, (heading, paras) in enumerate(arts, 1):
        if a.style == "para":
            f.heading(f"Section {n}.  {titlecase(heading)}", 11, "Times-Bold")
        else:
            f.heading(f"ARTICLE {n} - {heading}", 11, "Times-Bold")
        k = 0
        for p in paras:
            if isinstance(p, tuple) and p[0] == "table":
                items_table(f, p[1], ts, a.kind)
                continue
            k += 1
            if isinstance(p, tuple) and p[0] == "clause":
                txt = p[2]
                if a.style == "para":
                    # split across sentences/sub-paragraphs with their own numbering
                    for j, sent in enumerate(split_sentences(txt)):
                        f.para(f"{n}.{k}{'abcdefg'[j]}  {sent}", indent=0, after=4)
                    continue
                f.para(f"{n}.{k}  {txt}", after=5)
            else:
                f.para(f"{n}.{k}  {p}" if len(paras) > 1 or a.style != "para" else p, after=5)
    # signatures
    f.need(260)
    f.heading("SIGNATURES", 11, "Times-Bold")
    f.para("IN WITNESS WHEREOF, the Parties have caused this Agreement to be executed by their duly authorized "
           "representatives as of the dates written below.", after=12)
    for name, ttl, comp in a.signatories:
        f.need(90)
        f.para(comp.name, font="Times-Bold", after=14)
        f.para("By: ______________________________", after=2)
        f.para(f"Name: {name}", after=2)
        f.para(f"Title: {ttl}", after=2)
        f.para("Date: ____________________", after=12)
    if a.appendix:
        f.new_page()
        f.heading("APPENDIX A - AUTHORIZED SUB-LICENSEES", 12, "Times-Bold")
        f.para("The following entities are authorized Sub-licensees under Article 8. Each is located in the "
               "Territory and will receive Technical Data only for the purposes stated.", after=8)
        sub_table(f, a.sublicensees)
    doc = PDFDocument(**meta(f"{titlecase(title)} {a.number or ''}".strip(), a.us.name, creator="Microsoft Word"))
    return f.render(doc), doc


def split_sentences(txt):
    import re
    out = []
    for s in re.split(r"(?<!U\.S)(?<!\bNo)\.\s+(?=[A-Z])", txt):
        s = s.strip()
        if not s:
            continue
        out.append(s if s.endswith(".") else s + ".")
    return out


def items_table(f, items, ts, kind):
    from pdfgen import wrap_text
    cols = [("Item", 30), ("Nomenclature / Description", 200), ("Part No.", 78), ("USML Category", 90), ("SME", 40)]
    if kind in ("MLA", "WDA"):
        cols = [("Item", 30), ("Nomenclature / Description", 180), ("Part No.", 78), ("USML Category", 90),
                ("SME", 30), ("Qty", 30)]
    size, lead = 8.5, 11
    x0 = 72

    def header():
        f.y += 6
        f.line(x0, f.y, x0 + sum(w for _, w in cols), f.y, 0.6)
        f.y += lead
        x = x0
        for t, w in cols:
            f.text(x + 2, f.y, t, size, "Times-Bold")
            x += w
        f.y += 3
        f.line(x0, f.y, x0 + sum(w for _, w in cols), f.y, 0.6)

    f.need(60)
    header()
    for i, it in enumerate(items, 1):
        cells = [str(i), it.desc, it.part or "-", fmt_usml(it.usml, ts.get("usml", "category"), bool(it.sme)),
                 "Yes" if it.sme else "No"]
        if len(cols) == 6:
            cells.append(str(it.qty) if it.qty is not None else "-")
        wrapped = [wrap_text(c, w - 4, size, "Times-Roman") for c, (_, w) in zip(cells, cols)]
        for c, (title, w) in zip(wrapped, cols):
            for ln in c:
                if text_width(ln, size, "Times-Roman") > w - 3:
                    raise ValueError(f"table cell overflows column {title!r}: {ln!r}")
        h = max(len(c) for c in wrapped) * lead + 3
        if f.need(h):
            header()
        y0 = f.y
        x = x0
        for c, (_, w) in zip(wrapped, cols):
            yy = y0
            for ln in c:
                yy += lead
                f.text(x + 2, yy, ln, size, "Times-Roman")
            x += w
        f.y = y0 + h
        f.line(x0, f.y, x0 + sum(w for _, w in cols), f.y, 0.2)
    f.y += 6


def sub_table(f, subs):
    from pdfgen import wrap_text
    cols = [("No.", 28), ("Sub-licensee", 150), ("Address", 190), ("Country", 100)]
    size, lead = 9, 12
    f.y += 4
    f.line(72, f.y, 540, f.y, 0.6)
    f.y += lead
    x = 72
    for t, w in cols:
        f.text(x + 2, f.y, t, size, "Times-Bold")
        x += w
    f.y += 3
    f.line(72, f.y, 540, f.y, 0.6)
    for i, s in enumerate(subs, 1):
        addr = s.address_block()[:-1]
        cells = [[str(i)], wrap_text(s.name, 146, size, "Times-Roman"), addr, [country_name(s.country)]]
        h = max(len(c) for c in cells) * lead + 4
        f.need(h)
        y0 = f.y
        x = 72
        for c, (_, w) in zip(cells, cols):
            yy = y0
            for ln in c:
                yy += lead
                f.text(x + 2, yy, ln, size, "Times-Roman")
            x += w
        f.y = y0 + h
        f.line(72, f.y, 540, f.y, 0.2)


# ------------------------------------------------------------------ transmittal letters

def transmittal(C, folder, filename, a, date, signer, title, reg, reg_style, contract=None, part130=True, ts=None):
    ts = ts or {"date": "long", "money": "dollar"}
    from .letters import letterhead, DDTC_ADDR
    U = a.us.name
    f = Flow(margin_top=60, margin_bottom=72, size=10.5)
    letterhead(f, a.us)
    f.para(fmt_date(date, ts["date"]), after=10)
    for ln in DDTC_ADDR[:2] + ["Office of Defense Trade Controls Licensing - Agreements Division"] + DDTC_ADDR[3:]:
        f.para(ln, after=0)
    f.space(10)
    what = (f"Amendment No. {a.amendment['no']} to {titlecase(KIND_TITLE[a.kind])} {a.amendment['base']}" if a.amendment
            else f"Proposed {titlecase(KIND_TITLE[a.kind])}" + (f" {a.number}" if a.number else ""))
    f.para(f"Subject: Request for approval of {what} between {U} and "
           f"{' and '.join(p.name for p in a.foreign)}", font="Helvetica-Bold", after=8)
    f.para("Dear Sir or Madam:", after=6)
    f.para(f"In accordance with 22 CFR {'124.14(e)' if a.kind == 'WDA' else '124.12'}, {U} (the \"Applicant\") requests approval of the enclosed "
           f"{'amendment' if a.amendment else 'agreement'} and provides the following information.", after=6)
    items = []
    trans = []

    def item(cid, text, present=True, note=None):
        items.append(text)
        c = {"id": cid, "present": present}
        if note:
            c["note"] = note
        trans.append(c)

    if a.kind == "WDA":
        item("124.14(e)(1)", f"Registration. The Applicant's DDTC registration code is {fmt_reg(reg, reg_style)}.")
        item("124.14(e)(2)", "Foreign party. The foreign party to the agreement is "
             + "; ".join(f"{p.name} ({country_name(p.country)})" for p in a.foreign) + ".")
        item("124.14(e)(3)", "Defense articles. The agreement covers the distribution of "
             + "; ".join(f"{it.desc} (P/N {it.part})" for it in a.items) + ".")
        item("124.14(e)(4)", contract or "U.S. Government contract. The articles were not generated, improved or "
             "developed under a U.S. Government contract and were not derived from any bid or proposal to the U.S. "
             "Government.")
        item("124.14(e)(5)", "No classified defense articles or classified technical data are involved.")
        item("124.14(e)(6)", "Invention secrecy. No patent application disclosing the subject matter of the articles "
             "or related technical data is covered by an invention secrecy order of the U.S. Patent and Trademark "
             "Office.")
        for k, t in enumerate(items, 1):
            f.para(f"{k}. {t}", indent=14, after=5)
        f.para(f"The estimated value of the articles to be distributed under the agreement is "
               f"{fmt_money(a.value, ts['money'])}. Part 130 statement: no political contributions, fees or "
               f"commissions reportable under 22 CFR 130.9 have been paid, offered or agreed to.", indent=14, after=5)
        f.para("The Applicant further states:", after=5)
        st = [("124.14(f)(1)", f"If the agreement is approved by the Department of State, such approval will not be "
               f"construed by {U} as passing on the legality of the agreement from the standpoint of antitrust laws "
               f"or other applicable statutes, nor will {U} construe the Department's approval as constituting either "
               f"approval or disapproval of any of the business terms or conditions between the parties to the "
               f"agreement."),
              ("124.14(f)(2)", f"{U} will not permit the proposed agreement to enter into force until it has been "
               f"approved by the Department of State."),
              ("124.14(f)(3)", f"{U} will furnish the Department of State with one copy of the signed agreement (or "
               f"amendment thereto) within 30 days from the date that the agreement is concluded, and will inform the "
               f"Department of its termination not less than 30 days prior to expiration. If a decision is made not "
               f"to conclude the proposed agreement, {U} will so inform the Department within 60 days.")]
        items = []
    else:
        item("124.12(a)(1)", f"Registration. The Applicant's DDTC registration code is {fmt_reg(reg, reg_style)}.")
        item("124.12(a)(2)", f"Licensee and scope. The foreign {FOREIGN_ROLE[a.kind].lower()}(s): "
             + "; ".join(f"{p.name} ({country_name(p.country)})" for p in a.foreign)
             + f". The agreement provides for {a.program}.")
        item("124.12(a)(3)", contract or "U.S. Government contract. The technical data were not generated, improved or "
             "developed under a U.S. Government contract, and do not derive from any bid or proposal to the U.S. "
             "Government.")
        item("124.12(a)(4)", "Security classification. The defense articles, technical data and defense services are "
             "unclassified.")
        item("124.12(a)(5)", "Invention secrecy. No patent application that discloses the subject matter of the agreement "
             "is subject to a secrecy order of the U.S. Patent and Trademark Office.")
        v = f"Value. The estimated value of the {'agreement as amended' if a.amendment else 'agreement'}, including all " \
            f"defense articles to be exported under it, is {fmt_money(a.value, ts['money'])}."
        if part130:
            v += (" Part 130 statement: the Applicant and its vendors have not paid, offered or agreed to pay political "
                  "contributions, fees or commissions in connection with this agreement as described in 22 CFR 130.9 "
                  "and 130.10.")
            item("124.12(a)(6)", v)
        else:
            item("124.12(a)(6)", v, present=False,
                 note="value stated but the Part 130 statement required for a value of $500,000 or more is missing")
        item("124.12(a)(7)", "FMS. No Foreign Military Sales credits or loan guarantees are involved.")
        item("124.12(a)(8)", "Classified information. The agreement does not involve classified information; "
             "accordingly no DD Form 254 applies.")
        item("124.12(a)(9)", "Security offices. Because no classified articles or data are involved, no DCSA cognizant "
             "security office or facility clearance code is listed.")
        for k, t in enumerate(items, 1):
            f.para(f"{k}. {t}", indent=14, after=5)
        f.para("The Applicant further states:", after=5)
        st = [("124.12(b)(1)", f"If the agreement is approved by the Department of State, such approval will not be "
               f"construed by {U} as passing on the legality of the agreement from the standpoint of antitrust laws or "
               f"other applicable statutes, nor will {U} construe the Department's approval as constituting either "
               f"approval or disapproval of any of the business terms or conditions between the parties."),
              ("124.12(b)(2)", f"{U} will not permit the proposed agreement to enter into force until it has been "
               f"approved by the Department of State."),
              ("124.12(b)(3)", f"{U} will furnish the Department of State with one copy of the signed agreement (or "
               f"amendment) within 30 days from the date that the agreement is concluded and will inform the "
               f"Department of its termination not less than 30 days prior to expiration and provide information on "
               f"the continuation of any foreign rights or the flow of technical data to the foreign party. If a "
               f"decision is made not to conclude the proposed agreement, {U} will so inform the Department within "
               f"60 days.")]
        if a.sublicensees:
            st.append(("124.12(b)(4)", "If this agreement grants any rights to sub-license, it will be amended to "
                       "require that all sub-licensing arrangements incorporate all the provisions of the basic "
                       "agreement that refer to the U.S. Government and the Department of State (i.e., 22 CFR 124.8 "
                       "and 124.9)."))
    for k, (cid, t) in enumerate(st):
        f.para(f"({'abcd'[k]}) {t}", indent=14, after=5)
        trans.append({"id": cid, "present": True})
    f.space(8)
    f.para("Sincerely,", after=26)
    f.para(signer, after=0)
    f.para(title, after=0)
    f.para(U, after=0)
    doc = PDFDocument(**meta(f"Transmittal letter - {what}", signer, creator="Microsoft Word"))
    n = f.render(doc)
    doc.write(C.path(folder, filename))
    findings = []
    if not part130:
        findings.append(finding("The agreement value is $500,000 or more but the transmittal letter has no Part 130 "
                                "statement on political contributions, fees and commissions.", "22 CFR 124.12(a)(6)"))
    ids = {"registrationCode": reg}
    if a.amendment:
        ids["agreementNumber"] = a.amendment["base"]   # the letter precedes the DDTC-assigned suffix
    elif a.number:
        ids["agreementNumber"] = a.number
    truth = {"schemaVersion": "1", "source": {"format": "pdf", "pageCount": n}, "documentType": "unknown",
             "identifiers": ids, "dates": {"submitted": date},
             "parties": [a.us.truth("applicant"), {"role": "usSignatory", "name": signer, "title": title,
                                                   "country": "US"}]
             + [{"role": "licensee", "name": p.name, "country": p.country} for p in a.foreign],
             "items": [], "totalValue": {"amount": num(a.value), "currency": "USD"}, "destinations": [],
             "agreement": {"clauses": [], "transmittal": trans},
             "expectedFindings": findings, "complete": not findings}
    if part130:
        truth["part130Statement"] = "provided"
    C.add(folder, filename, "text-pdf", truth,
          ["22 CFR 124.14(e)/(f) transmittal letter for a WDA" if a.kind == "WDA" else
           "22 CFR 124.12 transmittal letter: (a)(1)-(9) items and (b) statements"]
          + (["value >= $500,000 without the Part 130 statement -> 124.12(a)(6) finding"] if not part130 else []))
    return trans, findings


# ------------------------------------------------------------------ XML agreements

def _x(s):
    from xml.sax.saxutils import escape
    return escape(str(s))


def agreement_xml_deccs(a, ts):
    o = ['<?xml version="1.0" encoding="UTF-8"?>',
         f'<AgreementSubmission agreementType="{a.kind}" schemaVersion="2.0">']
    if a.number:
        o.append(f"  <AgreementNumber>{a.number}</AgreementNumber>")
    o.append(f"  <Amendment>{'true' if a.amendment else 'false'}</Amendment>")
    o.append(f"  <AgreementDate>{fmt_date(a.date, ts['date'])}</AgreementDate>")

    def party(tag, p, role=None):
        o.append(f"    <{tag}>" if role is None else f'    <{tag} role="{role}">')
        o.append(f"      <Name>{_x(p.name)}</Name>")
        o.append("      <Address>")
        for ln in p.lines:
            o.append(f"        <StreetLine>{_x(ln)}</StreetLine>")
        if p.city:
            o.append(f"        <City>{_x(p.city)}</City>")
        if p.region:
            o.append(f"        <StateOrProvince>{_x(p.region)}</StateOrProvince>")
        if p.postal:
            o.append(f"        <PostalCode>{_x(p.postal)}</PostalCode>")
        o.append(f"        <CountryCode>{p.country}</CountryCode>")
        o.append("      </Address>")
        o.append(f"    </{tag}>")

    o.append("  <Parties>")
    party("USApplicant", a.us)
    for p in a.foreign:
        party("ForeignParty", p, FOREIGN_ROLE[a.kind])
    for p in a.sublicensees:
        party("ForeignParty", p, "Sublicensee")
    o.append("  </Parties>")
    o.append("  <DefenseArticles>")
    for i, it in enumerate(a.items, 1):
        o.append(f'    <DefenseArticle line="{i}">')
        o.append(f"      <Nomenclature>{_x(it.desc)}</Nomenclature>")
        if it.part:
            o.append(f"      <PartNumber>{_x(it.part)}</PartNumber>")
        o.append(f"      <USMLCategory>{_x(fmt_usml(it.usml, ts.get('usml', 'bare'), bool(it.sme)))}</USMLCategory>")
        o.append(f"      <SME>{'Y' if it.sme else 'N'}</SME>")
        o.append("    </DefenseArticle>")
    o.append("  </DefenseArticles>")
    o.append(f'  <TotalValue currency="USD">{fmt_money(a.value, ts["money"])}</TotalValue>')
    o.append(f"  <Term><StartDate>{fmt_date(a.start, ts['date'])}</StartDate><EndDate>{fmt_date(a.end, ts['date'])}"
             f"</EndDate></Term>")
    o.append("  <RetransferTerritory>")
    for c in a.territory:
        o.append(f'    <Country code="{c}">{_x(country_name(c))}</Country>')
    o.append("  </RetransferTerritory>")
    o.append("  <AgreementText>")
    for n, (heading, paras) in enumerate(articles(a, ts), 1):
        o.append(f'    <Article number="{n}">')
        o.append(f"      <Heading>{_x(heading)}</Heading>")
        k = 0
        for p in paras:
            if isinstance(p, tuple) and p[0] == "table":
                o.append("      <Paragraph type=\"reference\">See DefenseArticles.</Paragraph>")
                continue
            k += 1
            txt = p[2] if isinstance(p, tuple) else p
            o.append(f'      <Paragraph number="{n}.{k}">{_x(txt)}</Paragraph>')
        o.append("    </Article>")
    o.append("  </AgreementText>")
    o.append("  <Signatories>")
    for name, title, comp in a.signatories:
        o.append(f'    <Signatory party="{"US" if comp.country == "US" else "Foreign"}"><Name>{_x(name)}</Name>'
                 f"<Title>{_x(title)}</Title><Organization>{_x(comp.name)}</Organization></Signatory>")
    o.append("  </Signatories>")
    o.append("</AgreementSubmission>")
    return ("\n".join(o) + "\n").encode("utf-8")


def agreement_xml_ns(a, ts):
    NA, NT = "urn:x-docket-sample:agreement:1", "urn:x-docket-sample:agreement-text:1"
    NP, NM = "urn:x-docket-sample:party:1", "urn:x-docket-sample:amount:1"
    o = ['<?xml version="1.0" encoding="UTF-8"?>',
         f'<agr:Agreement xmlns:agr="{NA}" xmlns="{NT}" xmlns:pty="{NP}" xmlns:amt="{NM}" agr:type="{a.kind}">',
         "  <agr:Identification>"]
    if a.number:
        o.append(f"    <agr:CaseNumber>{a.number}</agr:CaseNumber>")
    o.append(f"    <agr:AmendmentNumber>{a.amendment['no'] if a.amendment else 0}</agr:AmendmentNumber>")
    o.append(f"    <agr:Dated>{fmt_date(a.date, ts['date'])}</agr:Dated>")
    o.append("  </agr:Identification>")
    o.append("  <pty:Parties>")
    for fn, p in [("Applicant", a.us)] + [("Licensee", p) for p in a.foreign] + [("SubLicensee", p) for p in a.sublicensees]:
        o.append(f'    <pty:Party pty:function="{fn}">')
        o.append(f"      <pty:LegalName>{_x(p.name)}</pty:LegalName>")
        o.append("      <pty:PostalAddress>")
        for ln in p.lines:
            o.append(f"        <pty:AddressLine>{_x(ln)}</pty:AddressLine>")
        if p.city:
            o.append(f"        <pty:CityName>{_x(p.city)}</pty:CityName>")
        if p.region:
            o.append(f"        <pty:CountrySubDivision>{_x(p.region)}</pty:CountrySubDivision>")
        if p.postal:
            o.append(f"        <pty:PostCode>{_x(p.postal)}</pty:PostCode>")
        o.append(f"        <pty:CountryID>{p.country}</pty:CountryID>")
        o.append("      </pty:PostalAddress>")
        o.append("    </pty:Party>")
    o.append("  </pty:Parties>")
    o.append("  <agr:Scope>")
    for i, it in enumerate(a.items, 1):
        o.append(f'    <agr:DefenseArticle agr:seq="{i}" agr:sme="{str(bool(it.sme)).lower()}">')
        o.append(f"      <agr:Description>{_x(it.desc)}</agr:Description>")
        if it.part:
            o.append(f"      <agr:PartNumber>{_x(it.part)}</agr:PartNumber>")
        o.append(f"      <agr:Control regime=\"USML\">{_x(fmt_usml(it.usml, ts.get('usml', 'category'), bool(it.sme)))}</agr:Control>")
        o.append("    </agr:DefenseArticle>")
    o.append("  </agr:Scope>")
    o.append(f'  <amt:TotalAmount amt:currency="USD">{fmt_money(a.value, "plain")}</amt:TotalAmount>')
    o.append(f'  <agr:Term agr:from="{a.start}" agr:to="{a.end}"/>')
    o.append('  <agr:Territory agr:kind="retransfer">')
    for c in a.territory:
        o.append(f"    <agr:Country>{c}</agr:Country>")
    o.append("  </agr:Territory>")
    o.append("  <Body>")
    for n, (heading, paras) in enumerate(articles(a, ts), 1):
        o.append(f'    <Section n="{n}">')
        o.append(f"      <Title>{_x(titlecase(heading))}</Title>")
        for p in paras:
            if isinstance(p, tuple) and p[0] == "table":
                continue
            txt = p[2] if isinstance(p, tuple) else p
            o.append(f"      <P>{_x(txt)}</P>")
        o.append("    </Section>")
    o.append("  </Body>")
    o.append("  <agr:Execution>")
    for name, title, comp in a.signatories:
        o.append(f"    <agr:Signature><pty:PersonName>{_x(name)}</pty:PersonName><pty:JobTitle>{_x(title)}"
                 f"</pty:JobTitle><pty:Organization>{_x(comp.name)}</pty:Organization></agr:Signature>")
    o.append("  </agr:Execution>")
    o.append("</agr:Agreement>")
    return ("\n".join(o) + "\n").encode("utf-8")


TAA_CL = ["124.8(1)", "124.8(2)", "124.8(3)", "124.8(4)", "124.8(5)", "124.8(6)", "126.18"]
MLA_CL = ["124.8(1)", "124.8(2)", "124.8(3)", "124.8(4)", "124.8(5)", "124.8(6)", "124.9(a)(1)", "124.9(a)(2)",
          "124.9(a)(3)", "124.9(a)(4)", "124.9(a)(5)", "124.9(a)(6)", "124.9(b)(1)", "124.9(b)(2)", "126.18"]
WDA_CL = [f"124.14(c)({i})" for i in range(1, 10)] + ["126.18"]


def cl(ids, **over):
    d = {c: "std" for c in ids}
    d.update(over)
    return d


def emit_pdf(C, folder, fname, a, ts, exercises, transmittal=None):
    n, doc = render_agreement_pdf(a, C.path(folder, fname), ts)
    doc.write(C.path(folder, fname))
    C.add(folder, fname, "text-pdf", a.truth("pdf", n, transmittal=transmittal), exercises)
    return n


HOSHIZORA = P("Hoshizora Optical Industries Co., Ltd.", "JP", ["3-12-8 Fuchinobe", "Chuo-ku, Sagamihara-shi"], "Kanagawa",
              None, "252-0206", "jp")
TSUBAME = P("Tsubame Precision Machining K.K.", "JP", ["1-4-22 Ryoko"], "Tsubame-shi, Niigata", None, "959-1283", "jp")
MINATO = P("Minato Coating Technologies Inc.", "JP", ["2-3-1 Minatomirai", "Nishi-ku"], "Yokohama", None, "220-0012",
           "jp")
AOBA = P("Aoba Test & Calibration Co., Ltd.", "JP", ["6-6-10 Aramaki Aza Aoba", "Aoba-ku"], "Sendai", None,
         "980-0845", "jp")


def certification(C, folder, a, date, signer, title, reg, reg_style):
    """The empowered official's 126.13 letter that accompanies the agreement submission (123.1(c)(3))."""
    from .letters import cert_12613
    cert_12613(C, folder, f"{a.number}_126.13-certification.pdf", a.us, reg, reg_style, None, None, date, "long",
               signer, title, agreement=(a.number, titlecase(KIND_TITLE[a.kind])))


def build(C):
    # ------------------------------------------------------------------ 21 TAA base + amendment + transmittal
    f = "21-taa-amendment-de-no"
    C.package(f, "Base TAA TA-4821-24 (Germany) and its Amendment No. 1 (TA-4821-24A) adding a Norwegian licensee, "
                 "raising the value and widening the retransfer territory; transmittal letter for the amendment.")
    items = [Item("Flight control computer assembly, Model HFC-7, dual-channel", usml="VIII(h)(1)", sme=False,
                  part="HFC7-1000-03"),
             Item("Circuit card assembly, HFC-7 discrete I/O", usml="VIII(h)(1)", sme=False, part="HFC7-2210-01"),
             Item("Technical data and defense services directly related to the HFC-7 installation and integration",
                  usml="VIII(i)", sme=False)]
    td = ["Technical Data to be furnished consists of: (a) HFC-7 interface control documents and installation "
          "drawings; (b) flight control law integration guidelines at the form, fit and function level; (c) "
          "hardware-in-the-loop test procedures and acceptance test reports; and (d) operation and intermediate-level "
          "maintenance manuals.",
          "No design methodology, source code, or manufacturing know-how for the HFC-7 will be furnished under this "
          "Agreement."]
    sv = ["Defense Services consist of: (a) integration engineering support at the Licensee's facility; (b) "
          "participation in hardware-in-the-loop and flight test readiness reviews; and (c) training of Licensee "
          "engineers in installation, checkout and intermediate-level maintenance of the HFC-7."]
    base = Agr("TAA", "TA-4821-24", HALVORSEN, [NORDWERK],
               [("Jonathan P. Halvorsen", "President and Chief Executive Officer", HALVORSEN),
                ("Dr. Katrin Vogel", "Managing Director (Geschäftsführerin)", NORDWERK)],
               items, "2400000", "2024-10-01", "2029-09-30", 5, ["US", "DE"], cl(TAA_CL), date="2024-08-14",
               tech_data=td, services=sv, value_split=("1800000", "600000"),
               program="the integration of the HFC-7 flight control computer into the Nordwerk maritime patrol "
                       "unmanned aircraft")
    emit_pdf(C, f, "TA-4821-24_TAA_Halvorsen-Nordwerk.pdf", base, dict(date="long", money="dollar", usml="category"),
             ["TAA (base agreement) PDF with numbered articles, defense articles table, 124.8 clauses verbatim, "
              "126.18 DN/TCN statement, signature blocks", "amendment=false; see the amendment beside it"])
    amd = Agr("TAA", "TA-4821-24A", HALVORSEN, [NORDWERK, FJELLVIK],
              [("Jonathan P. Halvorsen", "President and Chief Executive Officer", HALVORSEN),
               ("Dr. Katrin Vogel", "Managing Director (Geschäftsführerin)", NORDWERK),
               ("Ingrid Solberg", "Chief Executive Officer (Administrerende direktør)", FJELLVIK)],
              items, "3150000", "2024-10-01", "2029-09-30", 5, ["US", "DE", "NO"], cl(TAA_CL), date="2026-02-02",
              tech_data=td, services=sv, value_split=("2300000", "850000"),
              amendment={"no": 1, "base": "TA-4821-24", "changes": [
                  "adds Fjellvik Forsvarsteknologi AS, Kongsberg, Norway, as a foreign Licensee;",
                  "increases the total value of the Agreement from $2,400,000.00 to $3,150,000.00; and",
                  "expands the retransfer territory from the United States and Germany to the United States, Germany "
                  "and Norway."]},
              program="the integration of the HFC-7 flight control computer into the Nordwerk maritime patrol "
                      "unmanned aircraft and the Fjellvik naval electro-optical director")
    ts = dict(date="long", money="dollar", usml="category")
    trans, _ = transmittal(C, f, "TA-4821-24A_transmittal-letter.pdf", amd, "2026-02-05", "Dana R. Whitfield",
                           "Director, Trade Compliance (Empowered Official)", "M31742", "dash", ts=ts)
    emit_pdf(C, f, "TA-4821-24A_Amendment-1.pdf", amd, ts,
             ["TAA amendment: agreement number with letter suffix (TA-4821-24A), 'Amendment No. 1'",
              "changes a party, the value and the territory against the base TAA in the same folder",
              "transmittal items from the letter beside it"], transmittal=trans)
    certification(C, f, amd, "2026-02-05", "Dana R. Whitfield", "Director, Trade Compliance (Empowered Official)",
                  "M31742", "dash")

    # ------------------------------------------------------------------ 22 MLA with SME production
    f = "22-mla-sme-kr"
    C.package(f, "MLA for production of an SME radar warning receiver in Korea (124.9(a) and 124.9(b) clauses), "
                 "with transmittal letter and the DSP-83 signed by applicant and licensee.")
    items = [Item("Radar warning receiver processor, Model CST-RWR-5", 120, usml="XI(a)(4)(ii)", sme=True,
                  part="CST-5100-01"),
             Item("Antenna assembly, 2-18 GHz (forward and aft quadrant variants)", 480, usml="XI(c)(10)", sme=False,
                  part="CST-5210"),
             Item("Control indicator unit, NVIS compatible", 120, usml="XI(c)(10)", sme=False, part="CST-5400-07")]
    mla = Agr("MLA", "MA-2290-25", CORVAL, [HANBIT],
              [("Alan W. Prescott", "Executive Vice President, International Business", CORVAL),
               ("Park Ji-hoon", "Senior Executive Vice President, Defense Electronics Division", HANBIT)],
              items, "18500000", "2025-09-01", "2035-08-31", 10, ["KR"], cl(MLA_CL), date="2025-06-10",
              tech_data=["Technical Data to be furnished consists of build-to-print manufacturing data for the "
                         "CST-RWR-5 processor and its antenna and control units: assembly drawings, parts lists, "
                         "process specifications, acceptance test procedures, and test equipment drawings.",
                         "Threat library development tools and source code are excluded from this Agreement."],
              services=["Defense Services consist of production line set-up assistance, first-article inspection, "
                        "acceptance test witnessing, and training of Licensee production and quality personnel at the "
                        "Licensee's plant in Sacheon."],
              value_split=("11200000", "7300000"), reporter=CORVAL.name,
              program="the manufacture in Korea of the CST-RWR-5 radar warning receiver for Republic of Korea Air "
                      "Force aircraft",
              findings=[finding("The agreement licenses manufacture abroad of significant military equipment, which "
                                "requires congressional certification before approval regardless of value.",
                                "22 CFR 124.11", "info")])
    ts = dict(date="dmy_long", money="dollar", usml="category_star")
    trans, _ = transmittal(C, f, "MA-2290-25_transmittal.pdf", mla, "2025-06-12", "Priya N. Raman",
                           "Export Compliance Director and Empowered Official", "M41207", "dash", ts=ts,
                           contract="U.S. Government contract. The CST-RWR-5 was developed with company funds; "
                                    "improvements were made under U.S. Air Force contract FA8615-21-C-6042. The "
                                    "technical data do not derive from any bid or proposal to the U.S. Government.")
    emit_pdf(C, f, "MA-2290-25_MLA_Corval-Hanbit.pdf", mla, ts,
             ["MLA PDF with 124.8 and 124.9(a)(1)-(6) clauses and, for SME production, 124.9(b)(1)-(2)",
              "annual sales report clause naming the reporting party", "sales territory", "SME flag in the articles table",
              "info finding: congressional certification (124.11)"], transmittal=trans)
    from .filing import Filing
    from .licenses import _emit_dsp83_text
    d83 = Filing("DSP-83", ids={"registrationCode": "M41207"}, dates={"submitted": "2025-06-12"},
                 parties=[("applicant", "applicant", CORVAL), ("consignee", "foreignConsignee", HANBIT),
                          ("enduser", "foreignEndUser", HANBIT)],
                 items=[items[0]], destinations=["KR"],
                 fields={"label_txn": "Related Agreement (DDTC Agreement Number)"})
    d83.ids["agreementNumber"] = "MA-2290-25"
    d83.total = None
    d83.omit = {"total"}
    _emit_dsp83_text(C, f, "DSP-83_MA-2290-25.pdf", d83,
                     [("sig_enduser", "Park Ji-hoon", "Senior Executive Vice President, Defense Electronics Division"),
                      ("sig_applicant", "Alan W. Prescott", "Executive Vice President, International Business")],
                     ["KR"], dict(labels="plain", columns=1, placement="same", date="dmy_long", usml="star",
                                  reg="dash"),
                     ["DSP-83 for an agreement (124.10): signed by the applicant and the foreign licensee",
                      "no values on the certificate"])
    certification(C, f, mla, "2025-06-12", "Priya N. Raman", "Export Compliance Director and Empowered Official",
                  "M41207", "dash")

    # ------------------------------------------------------------------ 23 WDA
    f = "23-wda-nl"
    C.package(f, "Warehouse and distribution agreement with a Dutch distributor (124.14(c) clauses, distribution "
                 "territory) and its 124.14(e)/(f) transmittal letter.")
    items = [Item("Sonar transducer element, spare, for hull-mounted sonar OBM-HMS-48", 600, usml="XI(c)(1)",
                  sme=False, part="OBM-HMS-TE"),
             Item("Sonar preamplifier module, spare", 150, usml="XI(c)(1)", sme=False, part="OBM-HMS-PA2"),
             Item("Sonar dome window panel", 40, usml="XI(c)(1)", sme=False, part="OBM-HMS-DW")]
    wda = Agr("WDA", "DA-3318-25", OSPREY, [ZEELAND],
              [("Marian E. Castellanos", "Senior Vice President, Contracts", OSPREY),
               ("Pieter de Wilde", "Algemeen Directeur (General Manager)", ZEELAND)],
              items, "6750000", "2025-05-01", "2030-04-30", 5, ["NL", "BE", "DK", "NO"], cl(WDA_CL),
              date="2025-03-03", reporter=ZEELAND.name,
              tech_data=["Technical Data is limited to packaging, handling, storage and transportation instructions "
                         "and the illustrated parts catalogue for the listed spares."],
              services=["Defense Services consist of training Distributor warehouse staff in handling, preservation "
                        "and shelf-life management of the listed spares."],
              program="the warehousing and distribution of hull-mounted sonar spares to naval customers in the "
                      "Territory")
    ts = dict(date="dmy", money="dollar", usml="category")
    trans, _ = transmittal(C, f, "DA-3318-25_transmittal.pdf", wda, "2025-03-05", "Lauren K. Davenport",
                           "Director of Contracts and Export Compliance", "M39961", "dash", ts=ts)
    emit_pdf(C, f, "DA-3318-25_WDA_Osprey-Zeeland.pdf", wda, ts,
             ["WDA PDF with 124.14(c)(1)-(9) clauses including the quoted destination control statement",
              "distribution territory of four countries", "annual sales report by the distributor",
              "transmittal items 124.14(e)(1)-(6) and statements 124.14(f)(1)-(3) from the letter beside it"],
             transmittal=trans)
    certification(C, f, wda, "2025-03-05", "Lauren K. Davenport", "Director of Contracts and Export Compliance",
                  "M39961", "dash")

    # ------------------------------------------------------------------ 24 TAA paraphrased
    f = "24-taa-paraphrased-au"
    C.package(f, "TAA whose mandatory clauses are paraphrased, split across sentences and numbered differently.")
    items = [Item("Composite tail-boom assembly, unmanned aerial vehicle", usml="VIII(h)(1)", sme=False,
                  part="PAS-TB-220-5"),
             Item("Technical data and defense services for composite repair of the tail-boom assembly",
                  usml="VIII(i)", sme=False)]
    para = Agr("TAA", "TA-5102-25", PINECREST, [BELLBIRD],
               [("Sandra L. Whitcombe", "Vice President, Contracts & Compliance", PINECREST),
                ("Callum Reid", "Chief Executive Officer", BELLBIRD)],
               items, "1150000", "2026-01-15", "2031-01-14", 5, ["US", "AU"], cl(TAA_CL, **{k: "para" for k in TAA_CL[:6]}),
               date="2025-11-20", style="para", dn="para",
               tech_data=["The U.S. Party will furnish structural repair manuals, composite lay-up repair procedures, "
                          "non-destructive inspection criteria and repair qualification test data for the tail-boom "
                          "assembly."],
               services=["The U.S. Party will train and certify up to twelve Licensee technicians in depot-level "
                         "composite repair at the Licensee's Fyshwick facility."],
               program="depot-level composite repair of unmanned aerial vehicle tail-boom assemblies for the "
                       "Australian Defence Force",
               findings=[finding("The package has no empowered official's 126.13 certification letter, which must "
                                 "accompany every agreement submission.", "22 CFR 123.1(c)(3)")])
    emit_pdf(C, f, "TA-5102-25_TAA_Pinecrest-Bellbird.pdf", para, dict(date="dmy_long", money="code", usml="bare",
                                                                        page_label="{n}"),
             ["paraphrased 124.8(1)-(6): reworded, split into sentences numbered 2.1a/2.1b, moved to a front "
              "section and a separate 'Relationship to the U.S. Government' section",
              "paraphrased DN/TCN statement", "'Section N' numbering instead of 'Article N'"])

    # ------------------------------------------------------------------ 25 TAA missing 124.8(4) + transmittal w/o Part 130
    f = "25-taa-missing-clause-sa"
    C.package(f, "TAA missing the 124.8(4) patent-liability clause; its transmittal letter lacks the Part 130 "
                 "statement although the value is at least $500,000.")
    items = [Item("Fuze, multi-option, electronic, for 120 mm mortar", usml="III(d)(1)", sme=False, part="ACO-MOF-7"),
             Item("Technical data and defense services for fuze assembly, lot acceptance testing and storage",
                  usml="III(e)", sme=False)]
    miss = Agr("TAA", "TA-6034-26", ANVIL, [NAKHEEL],
               [("Gregory T. Maddox", "Director of International Programs", ANVIL),
                ("Faisal bin Abdulaziz Al-Harbi", "Chief Executive Officer", NAKHEEL)],
               items, "4800000", "2026-04-01", "2032-03-31", 6, ["SA", "US"], cl(TAA_CL, **{"124.8(4)": None}),
               date="2026-01-12", value_split=("3900000", "900000"),
               tech_data=["Technical Data consists of final assembly instructions, lot acceptance test procedures, "
                          "storage and surveillance requirements and safety data for the fuze."],
               services=["Defense Services consist of assistance in establishing a fuze final-assembly and lot "
                         "acceptance test cell at the Licensee's Riyadh facility."],
               program="final assembly and lot acceptance testing of 120 mm mortar fuzes for the Royal Saudi Land "
                       "Forces",
               findings=[finding("The agreement does not contain the clause required by 22 CFR 124.8(4) (no U.S. "
                                 "Government liability for patent infringement).", "22 CFR 124.8(4)")])
    ts = dict(date="us", money="dollar", usml="category")
    trans, tf = transmittal(C, f, "TA-6034-26_transmittal.pdf", miss, "2026-01-14", "Gregory T. Maddox",
                            "Empowered Official, Director of International Programs", "M50213", "plain", part130=False,
                            ts=ts)
    miss.findings += tf
    emit_pdf(C, f, "TA-6034-26_TAA_Anvil-AlNakheel.pdf", miss, ts,
             ["TAA deliberately missing 124.8(4) -> finding", "transmittal without Part 130 statement -> finding"],
             transmittal=trans)
    certification(C, f, miss, "2026-01-14", "Gregory T. Maddox", "Empowered Official, Director of International "
                  "Programs", "M50213", "plain")

    # ------------------------------------------------------------------ 26 TAA old 126.18-only wording
    f = "26-taa-old-12618-wording-in"
    C.package(f, "Older TAA (2023) whose 124.8(5) clause cites only 126.18 (pre-2024 wording); still acceptable.")
    items = [Item("Mission computer, ruggedized, Model HMC-220", usml="XI(c)(10)", sme=False, part="HMC-220-01"),
             Item("Technical data for HMC-220 integration and maintenance", usml="XI(d)", sme=False)]
    old = Agr("TAA", "TA-3977-23", HALVORSEN, [VINDHYA],
              [("Jonathan P. Halvorsen", "President and Chief Executive Officer", HALVORSEN),
               ("Ramesh Iyengar", "Managing Director", VINDHYA)],
              items, "850000", "2023-07-01", "2033-06-30", 10, ["IN", "US"], cl(TAA_CL, **{"124.8(5)": "old"}),
              date="2023-05-08", notes={"124.8(5)": "pre-2024 wording citing only 126.18; accepted"},
              program="the integration and maintenance of the HMC-220 mission computer on Indian Air Force trainer "
                      "aircraft")
    emit_pdf(C, f, "TA-3977-23_TAA_Halvorsen-Vindhya.pdf", old, dict(date="us", money="dollar0", usml="spaced"),
             ["124.8(5) with the old 126.18-only wording must still count as present",
              "10-year term; dates '07/01/2023'"])
    certification(C, f, old, "2023-05-08", "Dana R. Whitfield", "Director, Trade Compliance (Empowered Official)",
                  "M31742", "plain")

    # ------------------------------------------------------------------ 27 TAA with appendix of sublicensees
    f = "27-taa-sublicensee-appendix-jp"
    C.package(f, "TAA with an appendix table of four Japanese sub-licensees, and its transmittal letter (124.12(b)(4)).")
    items = [Item("Uncooled infrared focal plane array camera core, 640x512, 12 micron", usml="XII(c)(2)", sme=False,
                  part="BPO-LW640-12"),
             Item("Germanium objective lens assembly, 50 mm f/1.0", usml="XII(e)(3)", sme=False, part="BPO-GL50"),
             Item("Technical data for lens coating, assembly and calibration", usml="XII(f)(1)", sme=False)]
    app = Agr("TAA", "TA-5560-25", BRAMBLEWOOD, [KISARAGI],
              [("Thomas J. Okafor", "Empowered Official and Vice President, Operations", BRAMBLEWOOD),
               ("Hiroshi Tanabe", "Representative Director and President", KISARAGI)],
              items, "2950000", "2025-12-01", "2030-11-30", 5, ["JP", "US"], cl(TAA_CL), date="2025-09-24",
              sublicensees=[HOSHIZORA, TSUBAME, MINATO, AOBA], appendix_sublicensees=True,
              value_split=("2200000", "750000"),
              tech_data=["Technical Data consists of optical coating specifications, lens assembly procedures, "
                         "focal plane array integration and radiometric calibration procedures."],
              services=["Defense Services consist of process qualification support at the Licensee's and "
                        "Sub-licensees' facilities in Japan."],
              program="co-production in Japan of thermal imaging camera modules for Japan Ground Self-Defense Force "
                      "vehicle sights")
    ts = dict(date="long", money="usdollar", usml="category")
    trans, _ = transmittal(C, f, "TA-5560-25_transmittal.pdf", app, "2025-09-26", "Thomas J. Okafor",
                           "Empowered Official and Vice President, Operations", "M33915", "space", ts=ts)
    emit_pdf(C, f, "TA-5560-25_TAA_Bramblewood-Kisaragi.pdf", app, ts,
             ["TAA with Appendix A table of sub-licensees (names, addresses) on its own page",
              "sub-licensee parties; transmittal with 124.12(b)(4)"], transmittal=trans)
    certification(C, f, app, "2025-09-26", "Thomas J. Okafor", "Empowered Official and Vice President, Operations",
                  "M33915", "space")

    # ------------------------------------------------------------------ 28/29 XML agreements
    f = "28-taa-xml-deccs-il"
    C.package(f, "TAA as XML in the DECCS-like element dialect (clauses only as article text).")
    items = [Item("Laser rangefinder module, eye-safe 1.54 micron, Model LRF-1550", usml="XII(b)(1)", sme=False,
                  part="TPC-LRF-1550"),
             Item("Technical data for LRF-1550 integration into electro-optical targeting systems", usml="XII(f)(1)",
                  sme=False)]
    x1 = Agr("TAA", "TA-7215-26", TESSARAE, [CARMEL],
             [("Elena M. Castillo", "Senior Manager, Export Compliance", TESSARAE),
              ("Avraham Levin", "Chief Executive Officer", CARMEL)],
             items, "640000", "2026-06-01", "2031-05-31", 5, ["IL", "US"], cl(TAA_CL), date="2026-03-18",
             program="the integration of the LRF-1550 rangefinder into Carmel Ridge electro-optical targeting systems")
    ts = dict(date="iso", money="code", usml="bare")
    C.write_xml(f, "TA-7215-26.xml", agreement_xml_deccs(x1, ts))
    C.add(f, "TA-7215-26.xml", "xml", x1.truth("xml", dialect="deccs-elements"),
          ["agreement in the DECCS-like XML dialect; clauses must be found in <Paragraph> text",
           "structured term, value and territory elements"])
    certification(C, f, x1, "2026-03-18", "Elena M. Castillo", "Senior Manager, Export Compliance", "M27356", "dash")

    f = "29-taa-xml-namespaced-it-es"
    C.package(f, "TAA with an Italian licensee and a Spanish sub-licensee as namespaced XML.")
    items = [Item("Traveling-wave tube, X-band", usml="XI(c)(1)", sme=False, part="LMD-TWT-0442"),
             Item("Receiver/exciter unit for airborne fire-control radar, X-band", usml="XI(a)(3)(i)", sme=True,
                  part="LMD-RX-9100"),
             Item("Technical data for depot repair of the receiver/exciter", usml="XI(d)", sme=False)]
    x2 = Agr("TAA", "TA-7390-26", LANARK, [BRENTA],
             [("Marcus O. Bellamy", "Vice President, Global Trade Compliance", LANARK),
              ("Ing. Lucia Ferraro", "Amministratore Delegato (Chief Executive Officer)", BRENTA)],
             items, "3300000", "2026-09-01", "2036-08-31", 10, ["IT", "ES", "US"], cl(TAA_CL), date="2026-05-05",
             sublicensees=[TAJO],
             program="depot repair of the LMD-RX-9100 receiver/exciter in Italy and Spain",
             findings=[])
    ts = dict(date="dmy", money="dollar", usml="category")
    C.write_xml(f, "TA-7390-26.agreement.xml", agreement_xml_ns(x2, ts))
    C.add(f, "TA-7390-26.agreement.xml", "xml", x2.truth("xml", dialect="namespaced"),
          ["agreement in a namespaced XML dialect (agr:/pty:/amt: prefixes + default namespace for the text)",
           "sub-licensee in the article text and as a party", "SME article in a TAA"])
    certification(C, f, x2, "2026-05-05", "Marcus O. Bellamy", "Vice President, Global Trade Compliance", "M20488",
                  "plain")
