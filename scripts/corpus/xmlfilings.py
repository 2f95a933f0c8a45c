"""Render a Filing as XML in one of four dialects:
  deccs-elements   element per field (<ForeignEndUser><Name>...)
  snake-attributes snake_case elements with attributes (<party role="end_user" name="..." country="DE"/>)
  namespaced       default + prefixed namespaces (filing / party / amount vocabularies)
  xfdl-form        XFDL-like generic form (<field sid="block14_enduser_name"><value>...</value></field>)"""
import re
from xml.sax.saxutils import escape, quoteattr
from .common import country_name, fmt_date, fmt_money, fmt_usml, fmt_reg, fmt_qty
from .filing import FORM_BLOCKS, CONSIGNOR_TYPE

SNAKE_ROLE = {"applicant": "applicant", "manufacturer": "manufacturer", "enduser": "end_user",
              "consignee": "consignee", "intermediate": "intermediate_consignee", "seller": "seller",
              "consignor": "us_consignor", "foreignconsignor": "foreign_consignor", "usconsignee": "us_consignee",
              "purchaser": "purchaser", "ultimate": "ultimate_consignee"}


def camel(title):
    words = re.findall(r"[A-Za-z0-9]+", title.replace("U.S.", "US"))
    return "".join(w if w.isupper() else w.capitalize() for w in words)


def snake(title):
    words = re.findall(r"[A-Za-z0-9]+", title.replace("U.S.", "US"))
    return "_".join(w.lower() for w in words)


def e(s):
    return escape(str(s))


def scalar(filing, key, st):
    return "; ".join(v for v in filing.block_value(key, st) if v)


def is_party_key(filing, key):
    return bool(filing.parties_for(key)) and key not in filing.na


def deccs(filing, st):
    root = st.get("root", "LicenseApplication")
    o = ['<?xml version="1.0" encoding="UTF-8"?>',
         f'<{root} formType="{filing.doc_type}" schemaVersion="{st.get("schema", "3.1")}">']
    ind = "  "
    for key, num, title in FORM_BLOCKS[filing.doc_type]:
        if key in filing.omit or key == "CERT83":
            continue
        if key == "ITEMS":
            o.append(f"{ind}<Commodities>")
            for i, it in enumerate(filing.items, 1):
                o.append(f'{ind}  <Commodity lineNumber="{i}">')
                if it.qty is not None:
                    o.append(f"{ind}    <Quantity>{fmt_qty(it.qty)}</Quantity>")
                if it.unit:
                    o.append(f"{ind}    <UnitOfMeasure>{e(it.unit)}</UnitOfMeasure>")
                o.append(f"{ind}    <Description>{e(it.desc)}</Description>")
                if it.part:
                    o.append(f"{ind}    <PartNumber>{e(it.part)}</PartNumber>")
                if it.usml:
                    o.append(f"{ind}    <USMLCategory>{e(fmt_usml(it.usml, st.get('usml', 'bare'), bool(it.sme)))}</USMLCategory>")
                    o.append(f"{ind}    <SignificantMilitaryEquipment>{'true' if it.sme else 'false'}</SignificantMilitaryEquipment>")
                if it.eccn:
                    o.append(f"{ind}    <ECCN>{e(it.eccn)}</ECCN>")
                if it.unit_value is not None:
                    o.append(f'{ind}    <UnitValue currency="USD">{fmt_money(it.unit_value, st.get("item_money", "plain"))}</UnitValue>')
                    o.append(f'{ind}    <TotalValue currency="USD">{fmt_money(it.total, st.get("item_money", "plain"))}</TotalValue>')
                o.append(f"{ind}  </Commodity>")
            o.append(f"{ind}</Commodities>")
            continue
        if key == "dest":
            o.append(f"{ind}<CountriesOfUltimateDestination>")
            for c in filing.destinations:
                o.append(f'{ind}  <Country code="{c}">{e(country_name(c))}</Country>')
            o.append(f"{ind}</CountriesOfUltimateDestination>")
            continue
        if key == "cert" or key.startswith("sig_"):
            who = filing.fields.get(key)
            if who:
                tag = camel(title)
                o.append(f"{ind}<{tag}><Name>{e(who[0])}</Name><Title>{e(who[1])}</Title>"
                         + (f"<Date>{e(who[2])}</Date>" if len(who) > 2 else "") + f"</{tag}>")
            continue
        if is_party_key(filing, key):
            tag = camel(title)
            ps = filing.parties_for(key)
            if len(ps) > 1:
                o.append(f"{ind}<{tag}s>")
            for p in ps:
                pi = ind + ("  " if len(ps) > 1 else "")
                o.append(f"{pi}<{tag}>")
                o.append(f"{pi}  <Name>{e(p.name)}</Name>")
                o.append(f"{pi}  <Address>")
                for ln in p.lines:
                    o.append(f"{pi}    <StreetLine>{e(ln)}</StreetLine>")
                if p.city:
                    o.append(f"{pi}    <City>{e(p.city)}</City>")
                if p.region:
                    o.append(f"{pi}    <StateOrProvince>{e(p.region)}</StateOrProvince>")
                if p.postal:
                    o.append(f"{pi}    <PostalCode>{e(p.postal)}</PostalCode>")
                o.append(f"{pi}    <CountryCode>{p.country}</CountryCode>")
                o.append(f"{pi}  </Address>")
                if key == "applicant" and p.phone:
                    o.append(f"{pi}  <Telephone>{e(p.phone)}</Telephone>")
                if key == "consignor":
                    o.append(f"{pi}  <PartyType>{CONSIGNOR_TYPE[filing.roles_for(key)[ps.index(p)]].replace(' ', '').replace('.', '')}</PartyType>")
                o.append(f"{pi}</{tag}>")
            if len(ps) > 1:
                o.append(f"{ind}</{tag}s>")
            continue
        tag = camel(title)
        if key == "total":
            o.append(f'{ind}<{tag} currency="USD">{e(scalar(filing, key, st))}</{tag}>')
        else:
            o.append(f"{ind}<{tag}>{e(scalar(filing, key, st))}</{tag}>")
    o.append(f"</{root}>")
    return "\n".join(o) + "\n"


def snake_attr(filing, st):
    attrs = {"form": filing.doc_type}
    if "txn" in dict((k, 1) for k, _, _ in FORM_BLOCKS[filing.doc_type]) and filing.ids.get("transactionNumber"):
        attrs["transaction_number"] = filing.ids["transactionNumber"]
    if filing.ids.get("registrationCode"):
        attrs["registration_code"] = fmt_reg(filing.ids["registrationCode"], st.get("reg", "plain"))
    if filing.ids.get("applicationControlNumber"):
        attrs["application_control_number"] = filing.ids["applicationControlNumber"]
    if filing.dates.get("submitted"):
        attrs["date"] = fmt_date(filing.dates["submitted"], st.get("date", "us"))
    o = ['<?xml version="1.0" encoding="UTF-8"?>',
         "<license_application " + " ".join(f"{k}={quoteattr(v)}" for k, v in attrs.items()) + ">"]
    for c in filing.destinations:
        o.append(f'  <destination country="{c}"/>')
    for key, num, title in FORM_BLOCKS[filing.doc_type]:
        if key in filing.omit or key in ("txn", "reg", "date", "dest", "CERT83", "acn"):
            continue
        if key == "ITEMS":
            o.append("  <line_items>")
            for i, it in enumerate(filing.items, 1):
                a = {"line": str(i)}
                if it.qty is not None:
                    a["qty"] = fmt_qty(it.qty)
                if it.unit:
                    a["uom"] = it.unit
                if it.usml:
                    a["usml"] = fmt_usml(it.usml, st.get("usml", "spaced"), bool(it.sme))
                    a["sme"] = "yes" if it.sme else "no"
                if it.eccn:
                    a["eccn"] = it.eccn
                if it.part:
                    a["part_no"] = it.part
                if it.unit_value is not None:
                    a["unit_price"] = fmt_money(it.unit_value, st.get("item_money", "plain"))
                    a["extended_price"] = fmt_money(it.total, st.get("item_money", "plain"))
                o.append("    <line_item " + " ".join(f"{k}={quoteattr(v)}" for k, v in a.items()) + ">"
                         + e(it.desc) + "</line_item>")
            o.append("  </line_items>")
            continue
        if key == "cert" or key.startswith("sig_"):
            who = filing.fields.get(key)
            if who:
                o.append(f'  <{snake(title)} name={quoteattr(who[0])} title={quoteattr(who[1])}'
                         + (f' date={quoteattr(who[2])}' if len(who) > 2 else "") + "/>")
            continue
        if is_party_key(filing, key):
            for p, r in zip(filing.parties_for(key), filing.roles_for(key)):
                role = {"freightForwarder": "freight_forwarder"}.get(r, SNAKE_ROLE.get(key, snake(title)))
                a = {"role": role, "name": p.name, "country": p.country}
                o.append("  <party " + " ".join(f"{k}={quoteattr(v)}" for k, v in a.items()) + ">")
                addr = {}
                for n, ln in enumerate(p.lines, 1):
                    addr[f"street{n if n > 1 else ''}"] = ln
                if p.city:
                    addr["city"] = p.city
                if p.region:
                    addr["region"] = p.region
                if p.postal:
                    addr["postal_code"] = p.postal
                o.append("    <address " + " ".join(f"{k}={quoteattr(v)}" for k, v in addr.items()) + "/>")
                if key == "applicant" and p.phone:
                    o.append(f"    <phone>{e(p.phone)}</phone>")
                o.append("  </party>")
            continue
        if key == "total":
            o.append(f'  <total_value currency="USD">{e(scalar(filing, key, st))}</total_value>')
            continue
        o.append(f"  <{snake(title)}>{e(scalar(filing, key, st))}</{snake(title)}>")
    o.append("</license_application>")
    return "\n".join(o) + "\n"


NS_F = "urn:x-docket-sample:export-filing:2"
NS_P = "urn:x-docket-sample:party:1"
NS_A = "urn:x-docket-sample:amount:1"


def namespaced(filing, st):
    o = ['<?xml version="1.0" encoding="UTF-8"?>',
         f'<ExportFiling xmlns="{NS_F}" xmlns:pty="{NS_P}" xmlns:amt="{NS_A}"'
         f' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" formType="{filing.doc_type}">',
         "  <Header>"]
    if filing.ids.get("transactionNumber"):
        o.append(f"    <TransactionReference>{e(filing.ids['transactionNumber'])}</TransactionReference>")
    if filing.ids.get("registrationCode"):
        o.append(f"    <Registrant scheme=\"DDTC\">{e(fmt_reg(filing.ids['registrationCode'], st.get('reg', 'dash')))}</Registrant>")
    if filing.ids.get("applicationControlNumber"):
        o.append(f"    <ApplicationControlNumber>{e(filing.ids['applicationControlNumber'])}</ApplicationControlNumber>")
    if filing.dates.get("submitted"):
        o.append(f"    <Submitted>{fmt_date(filing.dates['submitted'], st.get('date', 'iso'))}</Submitted>")
    o.append("  </Header>")
    o.append("  <Destinations>")
    for c in filing.destinations:
        o.append(f'    <Destination iso="{c}"/>')
    o.append("  </Destinations>")
    o.append("  <pty:Parties>")
    for key, role, p in filing.parties:
        if key in filing.na or key in filing.omit:
            continue
        o.append(f'    <pty:Party pty:function="{camel(role)}">')
        o.append(f"      <pty:LegalName>{e(p.name)}</pty:LegalName>")
        o.append("      <pty:PostalAddress>")
        for ln in p.lines:
            o.append(f"        <pty:AddressLine>{e(ln)}</pty:AddressLine>")
        if p.city:
            o.append(f"        <pty:CityName>{e(p.city)}</pty:CityName>")
        if p.region:
            o.append(f"        <pty:CountrySubDivision>{e(p.region)}</pty:CountrySubDivision>")
        if p.postal:
            o.append(f"        <pty:PostCode>{e(p.postal)}</pty:PostCode>")
        o.append(f"        <pty:CountryID>{p.country}</pty:CountryID>")
        o.append("      </pty:PostalAddress>")
        o.append("    </pty:Party>")
    o.append("  </pty:Parties>")
    o.append("  <Lines>")
    for i, it in enumerate(filing.items, 1):
        o.append(f'    <Line number="{i}">')
        o.append(f"      <Text>{e(it.desc)}</Text>")
        if it.part:
            o.append(f"      <PartNumber>{e(it.part)}</PartNumber>")
        if it.qty is not None:
            o.append(f'      <Quantity unitCode="{e(it.unit or "")}">{fmt_qty(it.qty)}</Quantity>')
        if it.usml:
            o.append(f'      <Classification list="USML" significantMilitaryEquipment="{str(bool(it.sme)).lower()}">'
                     f'{e(fmt_usml(it.usml, st.get("usml", "usml"), bool(it.sme)))}</Classification>')
        if it.eccn:
            o.append(f'      <Classification list="CCL">{e(it.eccn)}</Classification>')
        if it.unit_value is not None:
            o.append(f'      <amt:UnitPrice amt:currency="USD">{fmt_money(it.unit_value, "plain")}</amt:UnitPrice>')
            o.append(f'      <amt:LineAmount amt:currency="USD">{fmt_money(it.total, "plain")}</amt:LineAmount>')
        o.append("    </Line>")
    o.append("  </Lines>")
    if filing.total is not None and "total" not in filing.omit:
        o.append(f'  <amt:TotalAmount amt:currency="USD">{fmt_money(filing.total, "plain")}</amt:TotalAmount>')
    o.append("  <Narrative>")
    for key, num, title in FORM_BLOCKS[filing.doc_type]:
        if key in filing.omit or key in ("txn", "reg", "date", "dest", "total", "ITEMS", "CERT83", "acn") \
                or is_party_key(filing, key):
            continue
        if key == "cert" or key.startswith("sig_"):
            who = filing.fields.get(key)
            if who:
                o.append(f'    <Signatory block="{num}"><pty:PersonName>{e(who[0])}</pty:PersonName>'
                         f"<pty:JobTitle>{e(who[1])}</pty:JobTitle></Signatory>")
            continue
        o.append(f'    <Entry block="{num}" label={quoteattr(title)}>{e(scalar(filing, key, st))}</Entry>')
    o.append("  </Narrative>")
    o.append("</ExportFiling>")
    return "\n".join(o) + "\n"


XFDL_ROLE = {"applicant": "applicant", "manufacturer": "manufacturer", "enduser": "enduser",
             "consignee": "consignee", "intermediate": "intconsignee", "seller": "seller", "consignor": "consignor",
             "foreignconsignor": "forconsignor", "usconsignee": "usconsignee", "purchaser": "purchaser",
             "ultimate": "ultconsignee"}


def xfdl(filing, st):
    o = ['<?xml version="1.0" encoding="UTF-8"?>',
         '<XFDL xmlns="http://www.PureEdge.com/XFDL/6.5" xmlns:custom="http://www.PureEdge.com/XFDL/Custom" version="6.5.0">',
         '  <globalpage sid="global">',
         '    <global sid="global">',
         f'      <formid><title>{e(filing.doc_type)}</title><serialnumber>{e(st.get("serial", "0"))}</serialnumber>'
         f'<version>{e(st.get("formversion", "4.2"))}</version></formid>',
         '    </global>',
         '  </globalpage>',
         '  <page sid="PAGE1">']

    def field(sid, value, label=None):
        if label:
            o.append(f'    <label sid="LBL_{sid}"><value>{e(label)}</value></label>')
        o.append(f'    <field sid="{sid}"><value>{e(value)}</value></field>')

    for key, num, title in FORM_BLOCKS[filing.doc_type]:
        if key in filing.omit or key == "CERT83":
            continue
        b = f"block{str(num).split('-')[0]}" if num is not None else "hdr"
        if key == "ITEMS":
            o.append(f'    <label sid="LBL_{b}_items"><value>{e(str(num) + ". " + title)}</value></label>')
            for i, it in enumerate(filing.items, 1):
                if it.qty is not None:
                    field(f"{b}_line{i}_qty", fmt_qty(it.qty))
                    field(f"{b}_line{i}_uom", it.unit or "")
                field(f"{b}_line{i}_desc", it.desc)
                if it.part:
                    field(f"{b}_line{i}_partno", it.part)
                if it.usml:
                    field(f"{b}_line{i}_usmlcat", fmt_usml(it.usml, st.get("usml", "category"), bool(it.sme)))
                    o.append(f'    <check sid="{b}_line{i}_sme"><value>{"on" if it.sme else "off"}</value></check>')
                if it.eccn:
                    field(f"{b}_line{i}_eccn", it.eccn)
                if it.unit_value is not None:
                    field(f"{b}_line{i}_unitval", fmt_money(it.unit_value, st.get("item_money", "dollar")))
                    field(f"{b}_line{i}_totval", fmt_money(it.total, st.get("item_money", "dollar")))
            continue
        if key == "cert" or key.startswith("sig_"):
            who = filing.fields.get(key)
            if who:
                field(f"{b}_signer_name", who[0], f"{num}. {title}")
                field(f"{b}_signer_title", who[1])
            continue
        if is_party_key(filing, key):
            r = XFDL_ROLE.get(key, key)
            for n, p in enumerate(filing.parties_for(key), 1):
                sfx = "" if n == 1 else str(n)
                field(f"{b}_{r}{sfx}_name", p.name, f"{num}. {title}" if n == 1 else None)
                for k, ln in enumerate(p.lines, 1):
                    field(f"{b}_{r}{sfx}_addr{k}", ln)
                if p.city:
                    field(f"{b}_{r}{sfx}_city", p.city)
                if p.region:
                    field(f"{b}_{r}{sfx}_state", p.region)
                if p.postal:
                    field(f"{b}_{r}{sfx}_postcode", p.postal)
                field(f"{b}_{r}{sfx}_country", country_name(p.country))
                if key == "consignor":
                    field(f"{b}_{r}{sfx}_type", CONSIGNOR_TYPE[filing.roles_for(key)[n - 1]])
            continue
        if key == "dest":
            for n, c in enumerate(filing.destinations, 1):
                field(f"{b}_country{n}", country_name(c), f"{num}. {title}" if n == 1 else None)
            continue
        field(f"{b}_{snake(title)[:24]}", scalar(filing, key, st), f"{num}. {title}")
    o.append("  </page>")
    o.append("</XFDL>")
    return "\n".join(o) + "\n"


DIALECTS = {"deccs-elements": deccs, "snake-attributes": snake_attr, "namespaced": namespaced, "xfdl-form": xfdl}


def render_xml(filing, dialect, st=None):
    return DIALECTS[dialect](filing, st or {}).encode("utf-8")
