#!/usr/bin/env python3
"""Writes RefData/countries.json from Debian's iso-codes package plus the alias table below.

Usage: scripts/refdata/countries.py [--iso-codes FILE] [--output FILE]

Needs `apt-get install iso-codes`. The output is deterministic: same iso-codes, same bytes.
Stops with a message when an alias would name two countries, because the normalizer must never guess.
"""

import argparse
import gzip
import json
import re
import subprocess
import sys
import unicodedata
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_ISO = Path("/usr/share/iso-codes/json/iso_3166-1.json")
CHANGELOG = Path("/usr/share/doc/iso-codes/changelog.Debian.gz")

# Names people actually write on export filings and in addresses, keyed by alpha-2.
# Short upper-case forms (UK, PRC, ROK) are matched only in upper case in free text; see CountryNormalizer.
ALIASES = {
    "AE": ["UAE", "U.A.E.", "Emirates"],
    "AG": ["Antigua", "Antigua & Barbuda"],
    "AX": ["Aland", "Aland Islands"],
    "BA": ["Bosnia", "Bosnia-Herzegovina", "Bosnia & Herzegovina"],
    "BL": ["St. Barthelemy", "St Barts", "Saint Barts"],
    "BN": ["Brunei"],
    "BO": ["Bolivia"],
    "BS": ["The Bahamas", "Commonwealth of The Bahamas"],
    "CD": ["Congo (Kinshasa)", "Congo-Kinshasa", "Congo, Democratic Republic of the", "DRC", "D.R.C.",
           "DR Congo", "Democratic Republic of the Congo", "Democratic Republic of Congo", "Zaire"],
    "CF": ["Central African Rep.", "CAR (Central African Republic)"],
    "CG": ["Congo (Brazzaville)", "Congo-Brazzaville", "Republic of Congo", "Congo, Republic of the",
           "Congo Republic"],
    "CI": ["Ivory Coast", "Cote d'Ivoire"],
    "CN": ["PRC", "P.R.C.", "P.R. China", "People's Republic of China", "China, People's Republic of",
           "China (PRC)", "Mainland China", "China (Mainland)", "PR China"],
    "CV": ["Cape Verde", "Republic of Cape Verde"],
    "CW": ["Curacao"],
    "CZ": ["Czech Republic", "Czech Rep."],
    "DE": ["Federal Republic of Germany", "Deutschland", "FRG", "Germany, Federal Republic of"],
    "DO": ["Dominican Rep."],
    "FK": ["Falklands", "Falkland Islands", "Malvinas"],
    "FM": ["Micronesia"],
    "GB": ["UK", "U.K.", "Great Britain", "Britain", "England", "Scotland", "Wales", "Northern Ireland",
           "United Kingdom of Great Britain", "U.K. of Great Britain and Northern Ireland"],
    "GM": ["The Gambia"],
    "HK": ["Hong Kong SAR", "HKSAR", "Hong Kong, China", "Hong Kong S.A.R."],
    "IE": ["Republic of Ireland", "Eire"],
    "IR": ["Iran", "Persia"],
    "KN": ["St. Kitts and Nevis", "St Kitts", "Saint Kitts", "St. Kitts & Nevis"],
    "KP": ["North Korea", "Korea, North", "Korea (North)", "Korea, DPR", "Korea, Dem. People's Rep.", "DPRK",
           "D.P.R.K.", "N. Korea"],
    "KR": ["South Korea", "Korea, South", "Korea (South)", "Korea, Rep.", "Korea, Republic", "Republic of Korea",
           "ROK", "R.O.K.", "S. Korea"],
    "KG": ["Kyrgyz Republic"],
    "LA": ["Laos", "Lao PDR"],
    "LC": ["St. Lucia", "St Lucia"],
    "LY": ["Libya"],
    "MD": ["Moldova"],
    "MF": ["Saint Martin", "St. Martin"],
    "MK": ["Macedonia", "FYROM", "Former Yugoslav Republic of Macedonia", "Macedonia, FYR"],
    "MM": ["Burma", "Republic of the Union of Myanmar", "Myanmar (Burma)", "Burma (Myanmar)"],
    "MO": ["Macau", "Macau SAR", "Macao SAR", "Macau, China", "Macao, China"],
    "NL": ["Holland", "The Netherlands", "Netherlands, The", "Netherlands (Kingdom of the)"],
    "PH": ["The Philippines", "Philippine Islands"],
    "PM": ["St. Pierre and Miquelon"],
    "PS": ["Palestine", "Palestinian Territories", "Occupied Palestinian Territory", "West Bank and Gaza"],
    "RU": ["Russia", "Russian Fed."],
    "SA": ["KSA", "Kingdom of Saudi Arabia"],
    "SH": ["St. Helena", "Saint Helena"],
    "SK": ["Slovak Republic"],
    "SX": ["Sint Maarten"],
    "SY": ["Syria"],
    "SZ": ["Swaziland", "Kingdom of Swaziland"],
    "TL": ["East Timor", "Timor Leste"],
    "TR": ["Turkey", "Turkiye", "Republic of Turkey"],
    "TT": ["Trinidad", "Trinidad & Tobago"],
    "TW": ["ROC", "R.O.C.", "Republic of China", "Taiwan (ROC)", "Republic of China (Taiwan)", "Chinese Taipei",
           "Taiwan, Republic of China"],
    "TZ": ["Tanzania"],
    "US": ["USA", "U.S.A.", "US", "U.S.", "United States of America", "America", "U.S. of America",
           "United States (USA)"],
    "VA": ["Vatican", "Vatican City", "Holy See", "Vatican City State"],
    "VC": ["St. Vincent and the Grenadines", "St Vincent", "Saint Vincent"],
    "VE": ["Venezuela"],
    "VG": ["British Virgin Islands", "BVI"],
    "VI": ["U.S. Virgin Islands", "US Virgin Islands", "USVI"],
    "VN": ["Vietnam", "Viet-Nam"],
}


def fold_key(text):
    """Mirrors TextFolding.key in Swift closely enough to catch clashes."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"[.'\u2019`]", "", text).replace("&", " and ")
    text = re.sub(r"[^0-9a-z]+", " ", text)
    return text.strip()


def iso_codes_release():
    """The Debian version and date of the installed iso-codes, from its changelog."""
    with gzip.open(CHANGELOG, "rt", encoding="utf-8") as handle:
        lines = handle.read().splitlines()
    version = re.match(r"iso-codes \(([^)]+)\)", lines[0]).group(1)
    stamp = next(line for line in lines if line.startswith(" -- ")).split("  ", 1)[1]
    date = datetime.strptime(stamp, "%a, %d %b %Y %H:%M:%S %z").date().isoformat()
    return version, date


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--iso-codes", type=Path, default=DEFAULT_ISO)
    parser.add_argument("--output", type=Path, default=ROOT / "RefData" / "countries.json")
    args = parser.parse_args()

    records = json.loads(args.iso_codes.read_text(encoding="utf-8"))["3166-1"]
    by_code = {record["alpha_2"]: record for record in records}
    unknown = sorted(set(ALIASES) - set(by_code))
    if unknown:
        sys.exit(f"alias table names unknown alpha-2 codes: {unknown}")

    owner = {}
    entries = []
    for record in sorted(records, key=lambda r: r["alpha_2"]):
        code = record["alpha_2"]
        names = [record["name"], record.get("official_name"), record.get("common_name")]
        aliases = []
        for alias in ([record.get("common_name")] if record.get("common_name") else []) + ALIASES.get(code, []):
            if alias not in aliases and alias != record["name"] and alias != record.get("official_name"):
                aliases.append(alias)
        for text in [n for n in names if n] + aliases + [record["alpha_3"]]:
            key = fold_key(text)
            if owner.setdefault(key, code) != code:
                sys.exit(f"'{text}' would name both {owner[key]} and {code}")
        entry = {
            "alpha2": code,
            "alpha3": record["alpha_3"],
            "numeric": record["numeric"],
            "name": record["name"],
        }
        if record.get("official_name") and record["official_name"] != record["name"]:
            entry["officialName"] = record["official_name"]
        entry["aliases"] = aliases
        entries.append(entry)

    version, date = iso_codes_release()
    envelope = {
        "name": "countries",
        "version": "2026.1",
        "asOf": date,
        "source": f"Debian iso-codes {version} (iso_3166-1.json), plus the alias table in "
                  "scripts/refdata/countries.py",
        "license": "LGPL-2.1-or-later (iso-codes); alias table: project license",
        "entries": entries,
    }
    # One entry per line keeps diffs readable when iso-codes or the alias table changes.
    lines = [json.dumps(entry, ensure_ascii=False, separators=(", ", ": ")) for entry in entries]
    head = {key: value for key, value in envelope.items() if key != "entries"}
    text = "{\n" + "".join(f"  {json.dumps(k)}: {json.dumps(v, ensure_ascii=False)},\n" for k, v in head.items())
    text += '  "entries": [\n    ' + ",\n    ".join(lines) + "\n  ]\n}\n"
    json.loads(text)  # the hand-assembled layout must still be valid JSON
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(text, encoding="utf-8")
    print(f"wrote {len(entries)} countries to {args.output}")


if __name__ == "__main__":
    main()
