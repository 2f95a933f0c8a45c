#!/usr/bin/env python3
"""Build RefData/ear-country-groups.json (EAR Supplement No. 1 to part 740).

Usage:
  python3 scripts/refdata/build_ear_country_groups.py COUNTRY_GROUPS_JSON [ISO_3166_1_JSON]

COUNTRY_GROUPS_JSON is seelpeed-debug/export-controls-agent-mcp
src/data/country-groups.json (or any JSON with the same top-level "groups"
object: {"A:1": ["Argentina", ...], ...}). Names are mapped to ISO 3166-1
alpha-2 with Debian's iso-codes (apt-get install iso-codes) plus the explicit
NAME_OVERRIDES table in refdata_common.py; an unknown name stops the build.
"""
import json
import sys

from refdata_common import ISO_JSON, load_iso, to_iso, write_envelope

GROUP_ORDER = ["A:1", "A:2", "A:3", "A:4", "A:5", "A:6", "B",
               "D:1", "D:2", "D:3", "D:4", "D:5", "E:1", "E:2"]

LABELS = {
    "A:1": "Wassenaar Arrangement participating states",
    "A:2": "Missile Technology Control Regime",
    "A:3": "Australia Group",
    "A:4": "Nuclear Suppliers Group",
    "A:5": "STA-eligible destinations (A:5)",
    "A:6": "Additional STA-eligible destinations (A:6)",
    "B": "Country Group B",
    "D:1": "National security",
    "D:2": "Nuclear",
    "D:3": "Chemical and biological",
    "D:4": "Missile technology",
    "D:5": "U.S. arms embargoed countries",
    "E:1": "Terrorist supporting countries",
    "E:2": "Unilateral embargo",
}


def main():
    if len(sys.argv) < 2:
        raise SystemExit(__doc__)
    src = json.load(open(sys.argv[1], encoding="utf-8"))
    by_name = load_iso(sys.argv[2] if len(sys.argv) > 2 else ISO_JSON)
    groups = src["groups"]
    entries = []
    for g in GROUP_ORDER:
        names = groups[g]
        codes = sorted({to_iso(n, by_name) for n in names})
        if len(codes) != len(names):
            raise SystemExit("duplicate ISO code in group %s" % g)
        entries.append({
            "group": g,
            "label": LABELS[g],
            "countries": codes,
            "sourceNames": sorted(names),
        })
    notes = (
        "Country Groups A:1-A:6, B, D:1-D:5, E:1, E:2 of 15 CFR part 740 Supplement No. 1. "
        "Third-party-derived: membership lists come from the generated file "
        "seelpeed-debug/export-controls-agent-mcp src/data/country-groups.json (parsed by that project from the eCFR "
        "XML of title 15 part 740 as issued 2026-07-23); they were not re-checked against the official table, whose "
        "supplement is missing from the eCFR markdown copies available to us. Member counts match that file "
        "(A:1 40, A:2 34, A:3 42, A:4 45, A:5 38, A:6 8, B 173, D:1 24, D:2 10, D:3 36, D:4 21, D:5 22, E:1 3, E:2 1). "
        "Country names are mapped to ISO 3166-1 alpha-2 (Debian iso-codes) with explicit overrides for EAR spellings "
        "(Burma=MM, China (PRC)=CN, Macau=MO, Korea, South=KR, Korea, North=KP, Cote d'lvoire [sic]=CI, T\u00fcrkiye=TR). "
        "Kosovo is given the user-assigned code XK, which is not part of ISO 3166-1 proper. Hong Kong is not listed in any "
        "group in this source. The original EAR names are kept in sourceNames. Caveats from the source: Macau is NOT in "
        "D:5 although the EAR often says 'Macau or a destination specified in Country Group D:5'; per the note to D:5, if it "
        "conflicts with the State Department list (22 CFR 126.1) the State Department list controls. "
        "Group membership changes by Federal Register rule: regenerate from a fresh copy before relying on it."
    )
    write_envelope(
        "ear-country-groups.json",
        name="EAR Country Groups (15 CFR part 740, Supplement No. 1)",
        version="2026-07-23",
        as_of=src.get("ecfrIssueDate", "2026-07-23"),
        source=("seelpeed-debug/export-controls-agent-mcp src/data/country-groups.json @ "
                "43045d40c3e1e1315aa5d6ae77f52206eee1a99c (third-party parse of eCFR title 15 part 740 XML, "
                "issue date 2026-07-23); 15 CFR part 740 Supplement No. 1"),
        notes=notes,
        entries=entries,
    )


if __name__ == "__main__":
    main()
