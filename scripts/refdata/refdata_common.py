"""Shared helpers for the Docket reference-data generators (stdlib only).

Every RefData/*.json file is an envelope:
  {name, version, asOf, source, license, notes, entries}
written with sorted keys inside entries, 2-space indent and a trailing newline,
so regeneration from the same input is byte-identical.
"""
import json
import os

LICENSE = "US Government work (public domain) \u2014 compiled by the Docket project"

REPO_ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
REFDATA_DIR = os.path.join(REPO_ROOT, "RefData")


def write_envelope(filename, name, version, as_of, source, notes, entries, extra=None):
    # "name" is the file's id (what --refdata overrides match on); the descriptive name is the title.
    env = {
        "name": os.path.splitext(filename)[0],
        "title": name,
        "version": version,
        "asOf": as_of,
        "source": source,
        "license": LICENSE,
        "notes": notes,
    }
    if extra:
        for k, v in extra.items():
            env[k] = v
    env["entries"] = entries
    path = os.path.join(REFDATA_DIR, filename)
    os.makedirs(REFDATA_DIR, exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(env, f, ensure_ascii=False, indent=2)
        f.write("\n")
    return path


ISO_JSON = "/usr/share/iso-codes/json/iso_3166-1.json"

# EAR / ITAR spellings that do not match an iso-codes name or common_name.
NAME_OVERRIDES = {
    "Bosnia & Herzegovina": "BA",
    "Burma": "MM",
    "China": "CN",
    "China (PRC)": "CN",
    "Congo (Democratic Republic of the)": "CD",
    "Congo (Democratic Republic of)": "CD",
    "Democratic Republic of Congo": "CD",
    "Democratic Republic of the Congo": "CD",
    "Congo (Republic of the)": "CG",
    "Cote d'lvoire": "CI",  # sic: the EAR table spells it with a lower-case L
    "Cote d'Ivoire": "CI",
    "Cura\u00e7ao": "CW",
    "Gambia, The": "GM",
    "Korea, South": "KR",
    "Korea, North": "KP",
    "North Korea": "KP",
    "Republic of Korea": "KR",
    "Kosovo": "XK",  # user-assigned code, not in ISO 3166-1 proper
    "Laos": "LA",
    "Macau": "MO",
    "Micronesia, Federated States of": "FM",
    "Moldova": "MD",
    "Russia": "RU",
    "Saint Kitts & Nevis": "KN",
    "Sao Tome & Principe": "ST",
    "Sint Maarten (the Dutch two-fifths of the island of Saint Martin)": "SX",
    "South Sudan, Republic of": "SS",
    "South Sudan": "SS",
    "Taiwan": "TW",
    "Tanzania": "TZ",
    "The Bahamas": "BS",
    "Trinidad & Tobago": "TT",
    "T\u00fcrkiye": "TR",
    "Turkey": "TR",
    "Vatican City": "VA",
    "Vietnam": "VN",
    "Western Sahara": "EH",
    "Iran": "IR",
    "Syria": "SY",
    "Venezuela": "VE",
    "Bolivia": "BO",
    "Brunei": "BN",
    "Cape Verde": "CV",
    "Czech Republic": "CZ",
    "Eswatini": "SZ",
    "United Kingdom": "GB",
    "United States": "US",
    "Timor-Leste": "TL",
    "North Macedonia": "MK",
    "Central African Republic": "CF",
}


def load_iso(path=ISO_JSON):
    with open(path, encoding="utf-8") as f:
        data = json.load(f)["3166-1"]
    by_name = {}
    for c in data:
        for key in ("name", "common_name", "official_name"):
            if key in c:
                by_name[c[key].lower()] = c["alpha_2"]
    return by_name


def to_iso(name, by_name):
    if name in NAME_OVERRIDES:
        return NAME_OVERRIDES[name]
    code = by_name.get(name.lower())
    if code is None:
        raise SystemExit("no ISO 3166-1 code for country name %r: add it to NAME_OVERRIDES" % name)
    return code
