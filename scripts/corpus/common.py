"""Shared helpers: value formatting in many styles, parties, truth-record assembly."""
import datetime
import json
import re
from decimal import Decimal

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]

COUNTRY_NAMES = {
    "US": "United States", "DE": "Germany", "GB": "United Kingdom", "JP": "Japan", "KR": "Republic of Korea",
    "AU": "Australia", "CA": "Canada", "FR": "France", "IT": "Italy", "NL": "Netherlands", "NO": "Norway",
    "IL": "Israel", "SA": "Saudi Arabia", "AE": "United Arab Emirates", "IN": "India", "SG": "Singapore",
    "TW": "Taiwan", "PL": "Poland", "ES": "Spain", "SE": "Sweden", "CN": "China", "RU": "Russia",
    "CY": "Cyprus", "LB": "Lebanon", "IR": "Iran", "VE": "Venezuela", "BE": "Belgium", "DK": "Denmark",
    "NZ": "New Zealand", "FI": "Finland", "CH": "Switzerland",
}
# Alternative spellings used to vary documents.
COUNTRY_ALT = {
    "DE": "Federal Republic of Germany", "GB": "UK", "KR": "South Korea", "US": "USA", "NL": "The Netherlands",
    "AE": "UAE", "CN": "People's Republic of China", "RU": "Russian Federation", "SA": "Kingdom of Saudi Arabia",
    "TW": "Taiwan", "JP": "Japan", "IR": "Islamic Republic of Iran",
}


def country_name(code, alt=False):
    if alt and code in COUNTRY_ALT:
        return COUNTRY_ALT[code]
    return COUNTRY_NAMES[code]


def d(iso):
    return datetime.date.fromisoformat(iso)


def fmt_date(iso, style):
    dt = d(iso)
    if style == "long":          # March 3, 2026
        return f"{MONTHS[dt.month - 1]} {dt.day}, {dt.year}"
    if style == "us":            # 03/03/2026
        return f"{dt.month:02d}/{dt.day:02d}/{dt.year}"
    if style == "dmy":           # 3 Mar 2026
        return f"{dt.day} {MONTHS[dt.month - 1][:3]} {dt.year}"
    if style == "dmy_long":      # 3 March 2026
        return f"{dt.day} {MONTHS[dt.month - 1]} {dt.year}"
    if style == "iso":
        return iso
    if style == "eu":            # 03.03.2026
        return f"{dt.day:02d}.{dt.month:02d}.{dt.year}"
    raise ValueError(style)


def _group(n):
    return f"{n:,}"


def fmt_money(amount, style="dollar"):
    a = Decimal(str(amount))
    whole = int(a)
    cents = int((a - whole) * 100)
    if style == "dollar":        # $1,250,000.00
        return f"${_group(whole)}.{cents:02d}"
    if style == "dollar0":       # $1,250,000
        return f"${_group(whole)}" + (f".{cents:02d}" if cents else "")
    if style == "usd_m":         # USD 1.25M
        m = a / Decimal(1000000)
        s = format(m.normalize(), "f")
        return f"USD {s}M"
    if style == "usd_k":         # USD 480K
        k = a / Decimal(1000)
        return f"USD {format(k.normalize(), 'f')}K"
    if style == "usdollar":      # US$ 12,000
        return f"US$ {_group(whole)}" + (f".{cents:02d}" if cents else "")
    if style == "code":          # USD 12,000.00
        return f"USD {_group(whole)}.{cents:02d}"
    if style == "plain":         # 12000.00
        return f"{whole}.{cents:02d}"
    if style == "eu":            # 12.000,00 USD
        return f"{_group(whole).replace(',', '.')},{cents:02d} USD"
    raise ValueError(style)


ROMAN = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV",
         "XVI", "XVII", "XVIII", "XIX", "XX", "XXI"]


def fmt_usml(canon, style="category", sme=False):
    """canon like 'XI(a)(3)(i)'. Styles: category, bare, spaced, arabic, star."""
    m = re.match(r"^([IVX]+)(.*)$", canon)
    cat, rest = m.group(1), m.group(2)
    star = "*" if sme and style in ("star", "spaced_star", "category_star") else ""
    if style == "category":
        return f"Category {cat}{rest}"
    if style == "category_star":
        return f"Category {cat}{star}{rest}"
    if style == "bare":
        return canon
    if style == "spaced":
        return f"{cat} {rest}".strip()
    if style == "spaced_star":
        return f"{star}{cat} {rest}".strip()
    if style == "arabic":
        return f"Cat. {ROMAN.index(cat)} {rest}".strip()
    if style == "star":
        return f"{star}{canon}"
    if style == "usml":
        return f"USML {canon}"
    raise ValueError(style)


def fmt_reg(code, style):
    """canonical 'M12345' -> 'M-12345', 'M 12345', 'M12345'."""
    if style == "dash":
        return code[0] + "-" + code[1:]
    if style == "space":
        return code[0] + " " + code[1:]
    return code


def num(v):
    """Decimal/str/int -> JSON number (int when integral)."""
    v = Decimal(str(v))
    if v == v.to_integral_value():
        return int(v)
    return float(v)


def fmt_qty(q):
    q = Decimal(str(q))
    return _group(int(q)) if q == q.to_integral_value() else str(q)


# ---------------------------------------------------------------- parties

class P:
    """A party: company or person. addr_lines are the street lines; city/region/postal as separate fields."""

    def __init__(self, name, country, lines=(), city=None, region=None, postal=None, fmt="west", phone=None,
                 title=None):
        self.name = name
        self.country = country
        self.lines = list(lines)
        self.city = city
        self.region = region
        self.postal = postal
        self.fmt = fmt
        self.phone = phone
        self.title = title

    def truth(self, role, with_address=True, title=None):
        t = {"role": role, "name": self.name}
        if title or self.title:
            t["title"] = title or self.title
        if with_address and (self.lines or self.city):
            a = {"lines": list(self.lines)}
            if self.city:
                a["city"] = self.city
            if self.region:
                a["region"] = self.region
            if self.postal:
                a["postalCode"] = self.postal
            t["address"] = a
        t["country"] = self.country
        return t

    def city_line(self):
        """The locality line in the local postal format."""
        c, r, z = self.city, self.region, self.postal
        f = self.fmt
        if f == "us":        # Wichita, KS 67202
            return f"{c}, {r} {z}"
        if f == "eu":        # 80807 München
            return f"{z} {c}"
        if f == "gb":        # Farnborough / Hampshire / GU14 6XE  (returned joined by newline)
            return "\n".join(x for x in (c, r, z) if x)
        if f == "jp":        # Tokyo 100-0005
            return f"{c} {z}"
        if f == "au":        # Fyshwick ACT 2609
            return f"{c} {r} {z}"
        if f == "ca":        # Halifax, NS B3H 4R2
            return f"{c}, {r} {z}"
        if f == "eu_it":     # 35129 Padova PD
            return f"{z} {c} {r}"
        if f == "in":        # Bengaluru, Karnataka 562149
            return f"{c}, {r} {z}"
        if f == "city_only":
            return c
        if f == "city_postal":   # Singapore 629123 ; Seoul 06133
            return f"{c} {z}"
        if f == "postal_city_region":  # 06133 Seoul  (KR) etc.
            return f"{c} {z}" if not r else f"{c}, {r} {z}"
        return f"{c} {z}".strip()

    def address_block(self, country_alt=False):
        out = list(self.lines)
        if self.city:
            out.extend(self.city_line().split("\n"))
        out.append(country_name(self.country, country_alt))
        return out

    def one_line(self, country_alt=False):
        return ", ".join(self.address_block(country_alt))


def finding(description, citation, severity="error"):
    return {"description": description, "citation": citation, "severity": severity}


def write_json(path, obj):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, indent=2, ensure_ascii=False)
        f.write("\n")


def item_truth(line, desc, qty=None, unit=None, unit_value=None, total=None, usml=None, eccn=None, sme=None,
               part=None, currency="USD"):
    t = {"line": line, "description": desc}
    if qty is not None:
        t["quantity"] = num(qty)
    if unit:
        t["unit"] = unit
    if unit_value is not None:
        t["unitValue"] = num(unit_value)
    if total is not None:
        t["totalValue"] = num(total)
    if unit_value is not None or total is not None:
        t["currency"] = currency
    if usml:
        t["usmlCategory"] = usml
    if eccn:
        t["eccn"] = eccn
    if sme is not None:
        t["sme"] = sme
    if part:
        t["partNumber"] = part
    return t


class Item:
    def __init__(self, desc, qty=None, unit=None, unit_value=None, usml=None, eccn=None, sme=None, part=None,
                 total=None):
        self.desc = desc
        self.qty = qty
        self.unit = unit
        self.unit_value = Decimal(str(unit_value)) if unit_value is not None else None
        self.usml = usml
        self.eccn = eccn
        self.sme = sme
        self.part = part
        if total is not None:
            self.total = Decimal(str(total))
        elif unit_value is not None and qty is not None:
            self.total = self.unit_value * Decimal(str(qty))
        else:
            self.total = None

    def truth(self, line):
        return item_truth(line, self.desc, self.qty, self.unit, self.unit_value, self.total, self.usml,
                          self.eccn, self.sme, self.part)


def items_total(items):
    return sum((i.total for i in items if i.total is not None), Decimal(0))
