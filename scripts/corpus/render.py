"""Render a Filing as a flattened text PDF or a fillable AcroForm PDF."""
from .common import country_name, fmt_date, fmt_money, fmt_usml, fmt_reg, fmt_qty
from .filing import FORM_BLOCKS
from .textform import TextForm, Block, Table, write_text_form
from .acroform import F, write_acroform

ALT = {
    "enduser": {"deccs": "Foreign End User", "numdot": "Foreign end user", "plain": "Foreign End-User",
                "paren": "End User (Foreign)", "caps": "FOREIGN END-USER"},
    "consignee": {"plain": "Foreign Consignee", "paren": "Consignee (Foreign)", "numdot": "Foreign consignee"},
    "intermediate": {"paren": "Intermediate Consignee(s) (Foreign)", "plain": "Foreign Intermediate Consignee(s)",
                     "numdot": "Foreign intermediate consignee(s)"},
    "applicant": {"paren": "Applicant (Name, Address, Telephone)", "plain": "Applicant Name and Address",
                  "numdot": "Applicant's name, address and telephone"},
    "manufacturer": {"paren": "Manufacturer (if other than Applicant)", "numdot": "Manufacturer"},
    "consignor": {"paren": "Consignor / Freight Forwarder (U.S.)", "plain": "U.S. Consignor or Freight Forwarder",
                  "numdot": "U.S. consignor / freight forwarder"},
    "seller": {"paren": "Seller (U.S.)", "numdot": "Seller in the U.S."},
    "enduse": {"plain": "Specific Purpose / End-Use", "paren": "End Use (Specific Purpose)",
               "numdot": "Specific purpose for which the articles are required"},
    "dest": {"paren": "Destination (Country of Ultimate End-Use)", "plain": "Country of Ultimate Destination",
             "numdot": "Country of ultimate destination"},
    "total": {"paren": "Value (Total)", "plain": "Total Value (USD)", "numdot": "Total value"},
    "reg": {"paren": "Registration Code (DDTC)", "plain": "DDTC Registrant Code", "numdot": "DDTC registration code"},
    "txn": {"paren": "Transaction No. (Applicant's Reference)", "plain": "Applicant Transaction No.",
            "numdot": "Transaction number"},
    "date": {"paren": "Date (Application)", "plain": "Application Date", "numdot": "Date of application"},
}


def label_for(key, num, title, style):
    alt = ALT.get(key, {}).get(style)
    if num is None:
        return title
    if style == "deccs":
        return f"Block {num} - {alt or title}"
    if style == "numdot":
        return f"{num}. {alt or title}"
    if style == "caps":
        return f"{num}  {(alt or title).upper()}"
    return alt or title


DDTC_TITLES = {
    "DSP-5": "APPLICATION/LICENSE FOR PERMANENT EXPORT OF UNCLASSIFIED DEFENSE ARTICLES AND RELATED TECHNICAL DATA",
    "DSP-73": "APPLICATION/LICENSE FOR TEMPORARY EXPORT OF UNCLASSIFIED DEFENSE ARTICLES",
    "DSP-61": "APPLICATION/LICENSE FOR TEMPORARY IMPORT OF UNCLASSIFIED DEFENSE ARTICLES",
    "DSP-85": "APPLICATION/LICENSE FOR PERMANENT/TEMPORARY EXPORT OR TEMPORARY IMPORT OF CLASSIFIED DEFENSE ARTICLES",
    "DSP-83": "NONTRANSFER AND USE CERTIFICATE",
}

CERT83 = ("We certify that we will not reexport, resell, retransfer or otherwise dispose of the significant military "
          "equipment described above outside the country named as the country of ultimate destination, or to any "
          "other person, without the prior written approval of the U.S. Department of State. We further certify "
          "that the articles will be used only for the purposes stated in the application and that we will "
          "maintain records of their disposition (22 CFR 123.10).")


SMALL = {"of", "and", "for", "or", "the", "to", "a", "an", "in"}


def titlecase(s):
    words = s.lower().split()
    return " ".join(w if (i and w in SMALL) else w[:1].upper() + w[1:] for i, w in enumerate(words))


def title_lines(filing, variant=0):
    t = filing.doc_type
    if t == "BIS-711":
        return [("U.S. DEPARTMENT OF COMMERCE - BUREAU OF INDUSTRY AND SECURITY", 9, "Helvetica-Bold"),
                ("STATEMENT BY ULTIMATE CONSIGNEE AND PURCHASER", 12, "Helvetica-Bold"),
                ("FORM BIS-711", 9, "Helvetica")]
    if t == "BIS-748P":
        return [("U.S. DEPARTMENT OF COMMERCE - BUREAU OF INDUSTRY AND SECURITY", 9, "Helvetica-Bold"),
                ("MULTIPURPOSE APPLICATION", 13, "Helvetica-Bold"),
                ("FORM BIS-748P", 9, "Helvetica")]
    long = DDTC_TITLES[t]
    if variant == 1:
        return [(f"Form {t}", 14, "Helvetica-Bold"), (titlecase(long), 8, "Helvetica"),
                ("United States Department of State - Directorate of Defense Trade Controls", 8, "Helvetica-Oblique")]
    if variant == 2:
        return [(f"{t} SUBMISSION COPY", 12, "Helvetica-Bold"), (long, 7, "Helvetica")]
    return [("U.S. DEPARTMENT OF STATE", 10, "Helvetica-Bold"), ("DIRECTORATE OF DEFENSE TRADE CONTROLS", 9, "Helvetica"),
            (long, 8, "Helvetica-Bold"), (f"(Form {t})", 9, "Helvetica")]


def item_table(filing, st, caption):
    if filing.doc_type == "BIS-748P":
        if "classification" in st:
            cols = [("(a) ECCN", 70, "l"), ("(b) CTP", 50, "l"), ("(c) Model Number", 200, "l"),
                    ("(d) CCATS", 70, "l"), ("(i) Manufacturer", 114, "l")]
            rows = [[it.eccn, filing.fields.get("ctp", "Not applicable"), it.desc, filing.fields.get("ccats", "None"),
                     filing.fields.get("mfr_name", "")] for it in filing.items]
        else:
            cols = [("(a) ECCN", 62, "l"), ("(c) Model No.", 62, "l"), ("(e) Qty", 40, "r"), ("(f) Units", 40, "l"),
                    ("(g) Unit Price", 64, "r"), ("(h) Total Price", 70, "r"), ("(j) Technical Description", 166, "l")]
            rows = [[it.eccn, it.part or "", fmt_qty(it.qty), it.unit, fmt_money(it.unit_value, st.get("item_money", "dollar")),
                     fmt_money(it.total, st.get("item_money", "dollar")), it.desc] for it in filing.items]
        return Table(cols, rows, caption=caption)
    cols = [("Line", 22, "l"), ("Qty", 30, "r"), ("Unit", 26, "l"), ("Commodity Description", 136, "l"),
            ("Part No.", 72, "l"), ("USML Cat.", 84, "l"), ("SME", 22, "l"), ("Unit Value", 56, "r"),
            ("Total Value", 56, "r")]
    if st.get("compact_table"):
        cols = [("Item", 26, "l"), ("Quantity", 44, "r"), ("U/M", 28, "l"), ("Description", 186, "l"),
                ("Category", 76, "l"), ("SME", 24, "l"), ("Unit Price", 58, "r"), ("Extended", 62, "r")]
        rows = [[r[0], r[1], r[2], r[3] + (f" (P/N {r[4]})" if r[4] else ""), r[5], r[6], r[7], r[8]]
                for r in filing.item_rows(st)]
        return Table(cols, rows, caption=caption)
    return Table(cols, filing.item_rows(st), caption=caption)


def text_blocks(filing, st):
    style = st.get("labels", "deccs")
    out = []
    for key, num, title in FORM_BLOCKS[filing.doc_type]:
        if key in filing.omit:
            continue
        if key == "ITEMS":
            cap = label_for(key, num, title, style) if style in ("deccs", "numdot", "caps") else title
            if style == "deccs":
                cap = f"Blocks {num} - {title}" if "-" in str(num) else f"Block {num} - {title}"
            out.append(item_table(filing, st, cap))
            continue
        if key == "CERT83":
            out.append(("para", label_for(key, num, title, style) + ". " + CERT83, 8.5))
            continue
        if key == "cert" or key.startswith("sig_"):
            who = filing.fields.get(key)
            if not who:
                continue
            out.append(Block(label_for(key, num, title, style), who, wide=True))
            continue
        val = filing.block_value(key, st)
        wide = key in ("txdesc", "enduse", "additional") or key in st.get("wide", ())
        lab = filing.fields.get("label_" + key) or label_for(key, num, title, style)
        out.append(Block(lab, val, wide=wide))
    if st.get("table_last"):
        tables = [b for b in out if isinstance(b, Table)]
        out = [b for b in out if not isinstance(b, Table)]
        out[-1:-1] = tables
    return out


def render_text(filing, path, st, meta):
    form = TextForm(title_lines(filing, st.get("title_variant", 0)), text_blocks(filing, st),
                    columns=st.get("columns", 1), placement=st.get("placement", "same"),
                    running_header=st.get("running_header"), footer_lines=st.get("footer", ()),
                    page_label=st.get("page_label", "Page {n} of {N}"))
    return write_text_form(path, form, meta, attachments=st.get("attachments", ()))


# ------------------------------------------------------------------ AcroForm

PASCAL = {"applicant": "Applicant", "manufacturer": "Manufacturer", "enduser": "ForeignEndUser",
          "consignee": "ForeignConsignee", "intermediate": "ForeignIntermediateConsignee", "seller": "Seller",
          "consignor": "USConsignor", "foreignconsignor": "ForeignConsignor", "usconsignee": "USConsignee",
          "purchaser": "Purchaser", "ultimate": "UltimateConsignee", "enduser_bis": "EndUser"}


DOTTED = {"txn": "Header.TransactionNumber", "reg": "Header.RegistrationCode", "date": "Header.ApplicationDate",
          "dest": "Destination.CountryOfUltimateDestination", "port": "Shipping.ProbablePortOfExit",
          "txdesc": "Transaction.Description", "total": "Value.TotalValue", "enduse": "EndUse.SpecificPurpose",
          "cert": "Certification", "sig_consignee": "Signatures.ForeignConsignee",
          "sig_enduser": "Signatures.ForeignEndUser", "sig_applicant": "Signatures.Applicant",
          "shipfrom": "Shipping.CountryShippedFrom", "appinfo": "Header.ApplicationInformation"}


class Namer:
    """Field naming schemes: 'block' (block14_name), 'dotted' (ForeignEndUser.Name), 'f1' (f1_23[0])."""

    def __init__(self, scheme, start=1):
        self.scheme = scheme
        self.n = start

    def __call__(self, num, key, sub, tooltip):
        if self.scheme == "f1":
            name = f"f1_{self.n}[0]"
            self.n += 1
            return name
        if self.scheme == "dotted":
            if key in DOTTED:
                return DOTTED[key] + ("" if sub in ("Value", key) else "." + sub)
            base = PASCAL.get(key, "".join(w.capitalize() for w in key.split("_")))
            return f"{base}.{sub}"
        return f"block{num}_{sub.lower()}"


def party_rows(filing, key, num, title, namer, show_labels, idx=0, p=None):
    if p is None:
        ps = filing.parties_for(key)
        p = ps[idx] if idx < len(ps) else None
    lines = p.lines if p else []
    sfx = f"{idx + 1}" if idx else ""

    def f(sub, value, lab, w=1):
        tt = f"Block {num}. {title}: {lab}"
        if namer.scheme == "dotted":
            nm = f"{PASCAL.get(key, key)}{idx + 1 if idx else ''}.{sub}"
        else:
            nm = namer(num, key, sub + sfx, tt)
        return F(nm, value, label=(lab if show_labels == "full" else None), tooltip=tt, weight=w)

    rows = [[f("Name", p.name if p else "", "Name", 3)]]
    if key == "consignor" and p is not None:
        from .filing import CONSIGNOR_TYPE
        role = filing.roles_for(key)[idx]
        tt = f"Block {num}. {title}: acting as"
        nm = f"{PASCAL.get(key, key)}.Type" if namer.scheme == "dotted" else namer(num, key, "Type" + sfx, tt)
        rows[0].append(F(nm, CONSIGNOR_TYPE[role], label="Acting as" if show_labels == "full" else None,
                         tooltip=tt, weight=1.2, kind="choice", options=["U.S. Consignor", "Freight Forwarder"]))
    rows.append([f("Address1", lines[0] if lines else "", "Street address", 2),
                 f("Address2", lines[1] if len(lines) > 1 else "", "Address line 2", 2)])
    rows.append([f("City", p.city or "" if p else "", "City", 2), f("Region", (p.region or "") if p else "",
                 "State / Province / Region", 1), f("PostalCode", (p.postal or "") if p else "", "Postal code", 1),
                 f("Country", country_name(p.country) if p else "", "Country", 1.4)])
    return rows


def render_acro(filing, path, st, meta):
    namer = Namer(st.get("names", "block"), st.get("start", 1))
    show = st.get("show_labels", "full")      # full | numbers
    rows = []
    for key, num, title in FORM_BLOCKS[filing.doc_type]:
        if key in filing.omit:
            continue
        head = (f"{num}. {title}" if num is not None else title) if show == "full" else f"{num}."
        if key == "ITEMS":
            rows.append(("section", head))
            for i, it in enumerate(filing.items, 1):
                def g(sub, value, lab, w=1, kind="text", lines=1):
                    tt = f"Block {num}. Line {i} {lab}"
                    nm = namer(num, "Item", f"{sub}{i}" if namer.scheme != "dotted" else sub, tt)
                    if namer.scheme == "dotted":
                        nm = f"Items.Line{i}.{sub}"
                    return F(nm, value, label=(f"{lab}" if show == "full" else None), tooltip=tt, weight=w,
                             kind=kind, lines=lines)
                r1 = [g("Qty", fmt_qty(it.qty) if it.qty is not None else "", "Quantity", 0.8),
                      g("Unit", it.unit or "", "Unit", 0.6),
                      g("Description", it.desc, "Commodity description", 4, lines=2)]
                if filing.doc_type in ("BIS-748P", "BIS-711"):
                    r2 = [g("ECCN", it.eccn or "", "ECCN", 1), g("Model", it.part or "", "Model number", 1.4)]
                else:
                    r2 = [g("USML", fmt_usml(it.usml, st.get("usml", "category"), bool(it.sme)) if it.usml else "",
                            "USML category", 1.2),
                          g("SME", bool(it.sme), "SME", 0.4, kind="check"),
                          g("PartNo", it.part or "", "Part number", 1.2)]
                    if it.eccn:
                        r2.append(g("ECCN", it.eccn, "ECCN", 0.9))
                if it.unit_value is not None:
                    r2 += [g("UnitValue", fmt_money(it.unit_value, st.get("item_money", "dollar")), "Unit value", 1),
                           g("TotalValue", fmt_money(it.total, st.get("item_money", "dollar")), "Total value", 1)]
                rows += [r1, r2]
            continue
        if key in ("cert",) or key.startswith("sig_"):
            who = filing.fields.get(key)
            if not who:
                continue
            rows.append(("section", head))
            tt = f"Block {num}. {title}"
            rows.append([F(namer(num, key, "SignerName", tt + ": name"), who[0], label="Name" if show == "full" else None,
                           tooltip=tt + ": name", weight=2),
                         F(namer(num, key, "SignerTitle", tt + ": title"), who[1] if len(who) > 1 else "",
                           label="Title" if show == "full" else None, tooltip=tt + ": title", weight=2),
                         F(namer(num, key, "SignDate", tt + ": date"), who[2] if len(who) > 2 else "",
                           label="Date" if show == "full" else None, tooltip=tt + ": date", weight=1)])
            continue
        if key == "CERT83":
            rows.append(("section", head))
            rows.append(("text", CERT83[:150]))
            rows.append(("text", CERT83[150:300]))
            rows.append(("text", CERT83[300:]))
            continue
        ps = filing.parties_for(key)
        if ps and key not in filing.na:
            rows.append(("section", head))
            for i in range(len(ps)):
                rows += party_rows(filing, key, num, title, namer, show, i)
            continue
        tt = f"Block {num}. {title}"
        val = filing.block_value(key, st)
        multi = key in ("txdesc", "enduse", "additional", "docs")
        rows.append(("section", head))
        rows.append([F(namer(num, key, "Value" if namer.scheme != "block" else key, tt), "\n".join(val) if multi else
                       "; ".join(v for v in val if v), tooltip=tt, weight=1, kind="multi" if multi else "text",
                       lines=3 if multi else 1)])
    return write_acroform(path, meta, title_lines(filing, st.get("title_variant", 0)), rows,
                          footer=st.get("footer_text"))
