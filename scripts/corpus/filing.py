"""One license filing = one Filing object; it renders to text PDF, AcroForm PDF or XML and yields its truth."""
from decimal import Decimal
from .common import (country_name, fmt_date, fmt_money, fmt_usml, fmt_reg, fmt_qty, num, items_total)

# (key, block number, canonical title).  "ITEMS" = the item table.
FORM_BLOCKS = {
    "DSP-5": [("txn", 1, "Transaction Number"), ("reg", 2, "DDTC Registration Code"),
              ("dest", 3, "Country of Ultimate Destination"), ("port", 4, "Probable Port of Exit"),
              ("applicant", 5, "Applicant"), ("contact", 6, "Contact Person"), ("date", None, "Date of Application"),
              ("txdesc", 7, "Description of Transaction"), ("ITEMS", "8-11", "Commodity Information"),
              ("total", 12, "Total Value"), ("manufacturer", 13, "Manufacturer"),
              ("enduser", 14, "Foreign End User"), ("consignee", 15, "Foreign Consignee"),
              ("intermediate", 16, "Foreign Intermediate Consignee"), ("seller", 18, "Seller in the United States"),
              ("consignor", 19, "U.S. Consignor / Freight Forwarder"), ("enduse", 20, "Specific Purpose"),
              ("cert", 21, "Empowered Official")],
    "DSP-73": [("txn", 1, "Transaction Number"), ("reg", 2, "DDTC Registration Code"),
               ("dest", 3, "Country of Temporary Destination"), ("port", 4, "Probable Port of Exit"),
               ("applicant", 5, "Applicant"), ("contact", 6, "Contact Person"), ("date", None, "Date of Application"),
               ("exitdate", 7, "Probable Date of First Exit"), ("txdesc", 8, "Description of Transaction"),
               ("ITEMS", "9-11", "Commodity Information"), ("total", 12, "Total Value"),
               ("manufacturer", 13, "Manufacturer"), ("enduser", 14, "Foreign End User"),
               ("consignee", 15, "Foreign Consignee"), ("intermediate", 16, "Foreign Intermediate Consignee"),
               ("consignor", 18, "U.S. Consignor / Freight Forwarder"), ("enduse", 20, "Specific Purpose"),
               ("cert", 21, "Empowered Official")],
    "DSP-61": [("txn", 1, "Transaction Number"), ("reg", 2, "DDTC Registration Code"),
               ("shipfrom", 3, "Foreign Country from Which Shipped"), ("port", 4, "Probable Port of Entry"),
               ("dest", 5, "Country of Ultimate Destination"), ("applicant", 6, "Applicant"),
               ("date", 7, "Date of Application"), ("appinfo", 8, "Application Information"),
               ("ITEMS", "9", "Commodity Information"), ("txdesc", 10, "Description of Transaction"),
               ("total", 11, "Total Value"), ("manufacturer", 12, "Manufacturer"),
               ("foreignconsignor", 13, "Foreign Consignor"), ("consignee", 14, "Foreign Consignee"),
               ("usconsignee", 15, "U.S. Consignee / Freight Forwarder"), ("enduse", 16, "Purpose of Temporary Import"),
               ("cert", 17, "Empowered Official")],
    "DSP-85": [("txn", 1, "Transaction Number"), ("reg", 2, "PM/DDTC Applicant/Registrant Code"),
               ("apptype", 3, "Application Type"), ("dest", 4, "Country of Ultimate Destination or Temporary Sojourn"),
               ("applicant", 5, "Applicant"), ("date", 6, "Date of Application"),
               ("classif", 7, "Highest Security Classification"), ("ITEMS", "8-11", "Commodity Information"),
               ("total", 12, "Total Value"), ("manufacturer", 13, "Manufacturer"),
               ("enduser", 14, "Foreign End User"), ("consignee", 15, "Foreign Consignee"),
               ("intermediate", 16, "Foreign Intermediate Consignee"),
               ("countries17", 17, "Countries of Ultimate Destination"), ("consignor", 18, "U.S. Consignor / Freight Forwarder"),
               ("enduse", 20, "Specific Purpose"), ("dcsa", 22, "Cognizant DCSA Field Office"),
               ("cert", 23, "Empowered Official")],
    "DSP-83": [("txn", 1, "License Application / Transaction Number"), ("reg", 2, "Applicant Registration Code"),
               ("date", None, "Date"),
               ("applicant", 3, "Applicant (U.S. Exporter)"), ("consignee", 4, "Foreign Consignee"),
               ("enduser", 5, "Foreign End User"), ("dest", 6, "Country of Ultimate Destination"),
               ("ITEMS", "7", "Significant Military Equipment Covered"), ("total", 8, "Total Value"),
               ("CERT83", 9, "Certification"), ("sig_consignee", 10, "Signature of Foreign Consignee"),
               ("sig_enduser", 11, "Signature of Foreign End User"), ("sig_applicant", 12, "Signature of Applicant")],
    "BIS-711": [("ultimate", 1, "Ultimate Consignee"), ("purchaser", 2, "Purchaser"),
                ("applicant", 3, "Applicant (U.S. Exporter)"), ("dest", 4, "Country of Ultimate Destination"),
                ("ITEMS", 5, "Commodities"), ("para1", 6, "Applications Covered"),
                ("enduse", 7, "Disposition or Use of Items"), ("sig_consignee", 8, "Signature of Ultimate Consignee"),
                ("sig_purchaser", 9, "Signature of Purchaser"), ("date", 10, "Date Signed")],
    "BIS-748P": [("acn", None, "Application Control Number"), ("contact", 1, "Contact Person"), ("phone", 2, "Telephone"), ("fax", 3, "Facsimile"),
                 ("date", 4, "Date of Application"), ("apptype", 5, "Type of Application"),
                 ("docs", 6, "Documents Submitted with Application"), ("docsonfile", 7, "Documents on File with Applicant"),
                 ("special", 9, "Special Purpose"), ("acn_resub", 10, "Resubmission Application Control Number"),
                 ("applicant", 14, "Applicant"), ("purchaser", 16, "Purchaser"),
                 ("intermediate", 17, "Intermediate Consignee"), ("ultimate", 18, "Ultimate Consignee"),
                 ("enduser", 19, "End-User"), ("enduse", 21, "Specific End-Use"), ("ITEMS", 22, "Items"),
                 ("total", 23, "Total Application Dollar Value"), ("additional", 24, "Additional Information"),
                 ("cert", 25, "Signature")],
}

ROLE_OF = {"applicant": "applicant", "manufacturer": "manufacturer", "enduser": "foreignEndUser",
           "consignee": "foreignConsignee", "intermediate": "foreignIntermediateConsignee", "seller": "seller",
           "consignor": "usConsignor", "forwarder": "freightForwarder", "foreignconsignor": "other",
           "usconsignee": "other", "purchaser": "purchaser", "ultimate": "ultimateConsignee",
           "bis_intermediate": "intermediateConsignee", "bis_enduser": "endUser"}


CONSIGNOR_TYPE = {"usConsignor": "U.S. Consignor", "freightForwarder": "Freight Forwarder"}


class Filing:
    def __init__(self, doc_type, ids=None, dates=None, fields=None, parties=None, items=None, total=None,
                 destinations=None, findings=(), na=None, omit=(), notes=""):
        self.doc_type = doc_type
        self.ids = ids or {}
        self.dates = dates or {}
        self.fields = fields or {}
        self.parties = parties or []     # list of (block_key, role, P)
        self.items = items or []
        self.total = Decimal(str(total)) if total is not None else (items_total(self.items) if self.items else None)
        self.destinations = destinations or []
        self.findings = list(findings)
        self.na = na or {}               # block_key -> literal shown instead of the value ("N/A", "See Attached")
        self.omit = set(omit)            # block keys not filled at all (e.g. BIS classification request)
        self.notes = notes

    def parties_for(self, key):
        return [p for k, r, p in self.parties if k == key]

    def roles_for(self, key):
        return [r for k, r, p in self.parties if k == key]

    # ---------------------------------------------------------- truth
    def truth(self, fmt, page_count=None, dialect=None, embedded=None):
        src = {"format": fmt}
        if page_count is not None:
            src["pageCount"] = page_count
        if dialect:
            src["dialect"] = dialect
        if embedded:
            src["embeddedFile"] = embedded
        t = {"schemaVersion": "1", "source": src, "documentType": self.doc_type}
        ids = {k: v for k, v in self.ids.items() if v}
        if ids:
            t["identifiers"] = ids
        if self.dates:
            t["dates"] = dict(self.dates)
        t["parties"] = [p.truth(r) for k, r, p in self.parties if k not in self.na and k not in self.omit]
        # The empowered official who signs the form is a party of the filing (role usSignatory).
        cert = self.fields.get("cert")
        if cert and "cert" not in self.na and "cert" not in self.omit \
                and not any(p.get("role") == "usSignatory" for p in t["parties"]):
            signer = {"role": "usSignatory", "name": cert[0]}
            if len(cert) > 1:
                signer["title"] = cert[1]
            signer["country"] = "US"
            t["parties"].append(signer)
        t["items"] = [it.truth(i) for i, it in enumerate(self.items, 1)]
        if self.total is not None and "total" not in self.na and "total" not in self.omit:
            t["totalValue"] = {"amount": num(self.total), "currency": "USD"}
        t["destinations"] = list(self.destinations)
        # A Part 130 statement written into the Description of Transaction block, where the form has one.
        if any(key == "txdesc" for key, _, _ in FORM_BLOCKS.get(self.doc_type, [])) \
                and "Part 130 statement" in self.fields.get("txdesc", "") and "txdesc" not in self.na:
            t["part130Statement"] = "provided"
        t["expectedFindings"] = list(self.findings)
        t["complete"] = not any(f["severity"] == "error" for f in self.findings)
        return t

    # ---------------------------------------------------------- text values
    def block_value(self, key, st):
        """Value lines for a block under a style dict st."""
        if key in self.na:
            return [self.na[key]]
        if key == "acn":
            return [self.ids.get("applicationControlNumber", "")]
        if key == "txn":
            return [self.ids.get("transactionNumber") or self.ids.get("agreementNumber", "")]
        if key == "reg":
            return [fmt_reg(self.ids["registrationCode"], st.get("reg", "plain"))]
        if key == "dest":
            return ["; ".join(country_name(c, st.get("country_alt", False)) for c in self.destinations)]
        if key == "total":
            return [fmt_money(self.total, st.get("money", "dollar"))]
        if key == "date":
            return [fmt_date(self.dates["submitted"], st.get("date", "long"))]
        if key == "contact" and "contact" not in self.fields:
            ap = self.parties_for("applicant")[0]
            who = self.fields.get("cert", ["Export Compliance"])[0]
            return [f"{who}, {ap.phone}" if ap.phone else who]
        ps = self.parties_for(key)
        if ps:
            out = []
            for i, p in enumerate(ps):
                if i:
                    out.append("")
                out.append(p.name)
                if st.get("address_one_line"):
                    out.append(p.one_line(st.get("country_alt", False)) [len(p.name) + 2:] if False else
                               ", ".join(p.address_block(st.get("country_alt", False))))
                else:
                    out.extend(p.address_block(st.get("country_alt", False)))
                if key == "applicant" and p.phone:
                    out.append("Tel. " + p.phone)
                if key == "consignor":
                    out.append("Acting as: " + CONSIGNOR_TYPE[self.roles_for(key)[i]])
            return out
        v = self.fields.get(key, "")
        return v if isinstance(v, list) else [v]

    def item_rows(self, st, bis=False):
        rows = []
        for i, it in enumerate(self.items, 1):
            usml = fmt_usml(it.usml, st.get("usml", "category"), bool(it.sme)) if it.usml else ""
            if it.eccn and not it.usml:
                usml = it.eccn
            elif it.eccn:
                usml += f" / ECCN {it.eccn}"
            rows.append([str(i), fmt_qty(it.qty) if it.qty is not None else "", it.unit or "", it.desc,
                         it.part or "", usml, "Yes" if it.sme else "No",
                         fmt_money(it.unit_value, st.get("item_money", "dollar")) if it.unit_value is not None else "",
                         fmt_money(it.total, st.get("item_money", "dollar")) if it.total is not None else ""])
        return rows
