#!/usr/bin/env python3
"""Build RefData/nato-plus.json: the 22 CFR 123.15 / 124.11 "NATO-plus" set
(NATO members + Australia, Israel, Japan, New Zealand, Republic of Korea) and
the 123.15 congressional-certification thresholds.

Usage: python3 scripts/refdata/build_nato_plus.py

Hand-compiled: the thresholds and the five named countries are transcribed from
22 CFR 123.15 and 124.11 as read (quoted in THRESHOLD_QUOTES below); NATO
membership is not enumerated in the CFR and is transcribed from NATO's public
accession record (32 members since Sweden's accession on 2024-03-07).
"""
from refdata_common import write_envelope

# (ISO alpha-2, name, year of NATO accession)
NATO = [
    ("AL", "Albania", 2009), ("BE", "Belgium", 1949), ("BG", "Bulgaria", 2004),
    ("CA", "Canada", 1949), ("HR", "Croatia", 2009), ("CZ", "Czechia", 1999),
    ("DK", "Denmark", 1949), ("EE", "Estonia", 2004), ("FI", "Finland", 2023),
    ("FR", "France", 1949), ("DE", "Germany", 1955), ("GR", "Greece", 1952),
    ("HU", "Hungary", 1999), ("IS", "Iceland", 1949), ("IT", "Italy", 1949),
    ("LV", "Latvia", 2004), ("LT", "Lithuania", 2004), ("LU", "Luxembourg", 1949),
    ("ME", "Montenegro", 2017), ("NL", "Netherlands", 1949), ("MK", "North Macedonia", 2020),
    ("NO", "Norway", 1949), ("PL", "Poland", 1999), ("PT", "Portugal", 1949),
    ("RO", "Romania", 2004), ("SK", "Slovakia", 2004), ("SI", "Slovenia", 2004),
    ("ES", "Spain", 1982), ("SE", "Sweden", 2024), ("TR", "T\u00fcrkiye", 1952),
    ("GB", "United Kingdom", 1949), ("US", "United States", 1949),
]
NAMED = [("AU", "Australia"), ("IL", "Israel"), ("JP", "Japan"), ("NZ", "New Zealand"),
         ("KR", "Republic of Korea")]

THRESHOLD_QUOTES = {
    "123.15(a)(1)": ("A license for the export of major defense equipment sold under a contract in the amount of "
                     "$14,000,000 or more, or for defense articles and defense services sold under a contract in the "
                     "amount of $50,000,000 or more, to any country that is not a member of the North Atlantic Treaty "
                     "Organization (NATO), or Australia, Israel, Japan, New Zealand, or the Republic of Korea that does "
                     "not authorize a new sales territory; or"),
    "123.15(a)(2)": ("A license for export to a country that is a member country of NATO, or Australia, Israel, Japan, "
                     "New Zealand, or the Republic of Korea, of major defense equipment sold under a contract in the "
                     "amount of $25,000,000 or more, or for defense articles and defense services sold under a contract "
                     "in the amount of $100,000,000 or more, and provided the transfer does not include any other "
                     "countries; or"),
    "123.15(a)(3)": ("A license for export of defense articles controlled under Category I paragraphs (a) through (g) "
                     "of the United States Munitions List, \u00a7 121.1 of this subchapter, in an amount of $1,000,000 "
                     "or more."),
    "123.15(b)": ("Unless an emergency exists which requires the final export in the national security interests of "
                  "the United States, approval may not be granted for any transaction until at least 15 calendar days "
                  "have elapsed after receipt by the Congress of the certification required by 22 U.S.C. 2776(c)(1) "
                  "involving NATO, or Australia, Israel, Japan, New Zealand, or the Republic of Korea or at least 30 "
                  "calendar days have elapsed for any other country; in the case of a license for an export of a "
                  "commercial communications satellite for launch from, and by nationals of, the Russian Federation, "
                  "Ukraine, or Kazakhstan, until at least 15 calendar days after the Congress receives such "
                  "certification."),
    "124.11(a)": ("The Arms Export Control Act requires that a certification be provided to the Congress prior to the "
                  "granting of any approval of a manufacturing license agreement or technical assistance agreement for "
                  "the manufacturing abroad of any item of significant military equipment that is entered into with "
                  "any country regardless of dollar value. Additionally, any manufacturing license agreement or "
                  "technical assistance agreement providing for the export of major defense equipment shall also "
                  "require a certification when meeting the requirements of \u00a7 123.15 of this subchapter."),
    "124.11(b)": ("... approval may not be granted until at least 15 calendar days have elapsed after receipt by the "
                  "Congress of the certification required by 22 U.S.C. 2776(d)(1) involving the North Atlantic Treaty "
                  "Organization, any member country of that Organization, or Australia, Israel, Japan, New Zealand, or "
                  "the Republic of Korea or at least 30 calendar days have elapsed for any other country."),
}

THRESHOLDS = {
    "currency": "USD",
    "comparison": "greater-than-or-equal",
    "basis": "value sold under a contract (123.15(a)(1)-(2)); amount (123.15(a)(3))",
    "otherCountries": {"majorDefenseEquipment": 14000000, "defenseArticlesAndServices": 50000000,
                       "citation": "22 CFR 123.15(a)(1)", "waitingDays": 30, "waitingCitation": "22 CFR 123.15(b)"},
    "natoPlus": {"majorDefenseEquipment": 25000000, "defenseArticlesAndServices": 100000000,
                 "citation": "22 CFR 123.15(a)(2)", "waitingDays": 15, "waitingCitation": "22 CFR 123.15(b)",
                 "condition": "provided the transfer does not include any other countries"},
    "categoryIFirearms": {"paragraphs": "USML Category I(a)-(g)", "amount": 1000000,
                          "citation": "22 CFR 123.15(a)(3)", "appliesTo": "any country"},
    "agreementsSMEManufactureAbroad": {"amount": 0, "citation": "22 CFR 124.11(a)",
                                       "meaning": "MLA/TAA for manufacture abroad of any SME needs certification regardless of dollar value"},
    "quotes": THRESHOLD_QUOTES,
}


def main():
    entries = []
    for code, name, year in NATO:
        entries.append({"country": code, "name": name, "basis": "NATO", "natoAccessionYear": year})
    for code, name in NAMED:
        entries.append({"country": code, "name": name, "basis": "named-in-123.15"})
    entries.sort(key=lambda e: e["country"])
    assert len(NATO) == 32 and len(entries) == 37
    notes = (
        "NATO-plus destinations for the congressional-certification thresholds of 22 CFR 123.15(a)(2) and the 15-day "
        "waiting periods of 123.15(b) and 124.11(b): 'a member country of NATO, or Australia, Israel, Japan, New "
        "Zealand, or the Republic of Korea'. The five named countries and all thresholds were read in 22 CFR 123.15 "
        "and 124.11 (ConnorCallison/ecfr-opportunities chapter-I.md, Jan 2025; last amendment cited in 123.15: 87 FR "
        "16424, Mar. 23, 2022); the verbatim sentences are in thresholds.quotes. Quote 123.15(a)(2): \"A license for "
        "export to a country that is a member country of NATO, or Australia, Israel, Japan, New Zealand, or the "
        "Republic of Korea, of major defense equipment sold under a contract in the amount of $25,000,000 or more, or "
        "for defense articles and defense services sold under a contract in the amount of $100,000,000 or more, and "
        "provided the transfer does not include any other countries\". The same $25M/$100M/$1M figures appear in the "
        "UK and Australia treaty notification rules 126.16(o)(1) and 126.17(o)(1). NATO membership is not listed in the "
        "CFR: the 32 members (Finland acceded 2023-04-04, Sweden 2024-03-07) are transcribed from NATO's public "
        "accession record (press coverage of Sweden's accession read via search, not an official NATO page). The "
        "United States is included as a NATO member for completeness; it is never an export destination. "
        "'NATO' itself (the Organization) also qualifies under 124.11(b). Thresholds are >= comparisons ('in the amount "
        "of ... or more'). Note 123.15(a)(1) applies to non-NATO-plus countries only where the license 'does not "
        "authorize a new sales territory' (text as read)."
    )
    write_envelope(
        "nato-plus.json",
        name="ITAR NATO-plus set and 123.15 congressional-certification thresholds",
        version="2025-01",
        as_of="2025-01-27",
        source=("22 CFR 123.15(a)-(b) and 124.11(a)-(b) as read in ConnorCallison/ecfr-opportunities "
                "libs/ecfr-markdown/src/results/markdown/title-22/chapter-I.md @ 762bf2799c45f2454037ad4941b3391982641e93 "
                "(repo HEAD c813c4b, 2025-01-27); NATO membership: public NATO accession record (32 members as of 2024-03-07)"),
        notes=notes,
        entries=entries,
        extra={"thresholds": THRESHOLDS},
    )


if __name__ == "__main__":
    main()
