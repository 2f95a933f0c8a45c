#!/usr/bin/env python3
"""Build RefData/part124-clauses.json: mandatory ITAR agreement clauses and
transmittal-letter statements (22 CFR 124.8, 124.9, 124.12, 124.14, 126.18).

Usage: python3 scripts/refdata/build_part124_clauses.py

Hand-compiled: regulationText is transcribed verbatim (curly quotes, section
signs and the regulation's own typos kept) from the eCFR text as read; see
SOURCE and the notes. keyPhrases are short distinctive phrases a paraphrase is
likely to keep; matching is meant to be case-insensitive and whitespace-folded.
"""
from refdata_common import write_envelope

CC = ("ConnorCallison/ecfr-opportunities libs/ecfr-markdown/src/results/markdown/title-22/chapter-I.md @ "
      "762bf2799c45f2454037ad4941b3391982641e93 (repo HEAD c813c4b, 2025-01-27)")
MO_OLD = ("MichalOpoka/ecfr .../part-124-Agreements-OffShore-Procurement-Other-Defense-Services/section-124.8.md @ "
          "17639b1028a4b79f95725ace277f6b34d9126c17 and @ 9bce1496b6891acafa9e0337a0f1f5ddc73c9e1d (pre-Aug-2024 text)")

DCS = ("These items are controlled by the U.S. government and authorized for export only to the country of ultimate "
       "destination for use by the ultimate consignee or end-user(s) herein identified. They may not be resold, "
       "transferred, or otherwise disposed of, to any other country or to any person other than the authorized "
       "ultimate consignee or end-user(s), either in their original form or after being incorporated into other "
       "items, without first obtaining approval from the U.S. government or as otherwise authorized by U.S. law and "
       "regulations.")

AGR = ["TAA", "MLA"]
MLA = ["MLA"]
WDA = ["WDA"]

# (id, applies, document, title, regulationText, keyPhrases, alternateForms, extra)
CLAUSES = [
    # ---- 124.8: MLA and TAA ----
    ("124.8(1)", AGR, "agreement", "No entry into force, amendment or extension without State approval",
     "\u201cThis agreement shall not enter into force, and shall not be amended or extended, without the prior written approval of the Department of State of the U.S. Government.\u201d",
     ["shall not enter into force", "shall not be amended or extended", "prior written approval of the Department of State"], [], {}),
    ("124.8(2)", AGR, "agreement", "Subject to U.S. export laws and administrative acts",
     "\u201cThis agreement is subject to all United States laws and regulations relating to exports and to all administrative acts of the U.S. Government pursuant to such laws and regulations.\u201d",
     ["subject to all United States laws and regulations", "relating to exports", "administrative acts of the U.S. Government"], [], {}),
    ("124.8(3)", AGR, "agreement", "Prior U.S. Government contracts unaffected",
     "\u201cThe parties to this agreement agree that the obligations contained in this agreement shall not affect the performance of any obligations created by prior contracts or subcontracts which the parties may have individually or collectively with the U.S. Government.\u201d",
     ["shall not affect the performance of any obligations", "prior contracts or subcontracts", "individually or collectively with the U.S. Government"], [], {}),
    ("124.8(4)", AGR, "agreement", "No U.S. Government liability for patent infringement",
     "\u201cNo liability will be incurred by or attributed to the U.S. Government in connection with any possible infringement of privately owned patent or proprietary rights, either domestic or foreign, by reason of the U.S. Government's approval of this agreement.\u201d",
     ["No liability will be incurred by or attributed to the U.S. Government", "infringement of privately owned patent or proprietary rights", "by reason of the U.S. Government's approval"], [], {}),
    ("124.8(5)", AGR, "agreement", "No transfer to foreign persons except under 126.7/126.18, as authorized, or with State approval",
     "\u201cThe technical data or defense service exported from the United States in furtherance of this agreement and any defense article which may be produced or manufactured from such technical data or defense service may not be transferred to a foreign person except pursuant to 22 CFR 126.7 or 126.18, as specifically authorized in this agreement, or where prior written approval of the Department of State has been obtained.\u201d",
     ["may not be transferred to a foreign person except pursuant to", "126.18", "as specifically authorized in this agreement",
      "where prior written approval of the Department of State has been obtained", "produced or manufactured from such technical data or defense service"],
     [{"form": "pre-2024 (126.18 only)",
       "text": "The technical data or defense service exported from the United States in furtherance of this agreement and any defense article which may be produced or manufactured from such technical data or defense service may not be transferred to a foreign person except pursuant to \u00a7 126.18, as specifically authorized in this agreement, or where prior written approval of the Department of State has been obtained.",
       "source": MO_OLD, "verified": True,
       "note": "Text in force from 81 FR 35616 (June 3, 2016) until the amendments at 89 FR 67290 (Aug. 20, 2024) and 89 FR 68778 (Aug. 28, 2024) added 126.7. Agreements approved before then legitimately carry this form."},
      {"form": "older (124.16 and 126.18)",
       "text": "\u2026 may not be transferred to a foreign person except pursuant to \u00a7\u00a7 124.16 and 126.18, as specifically authorized in this agreement, or where prior written approval of the Department of State has been obtained.",
       "source": "not read: reconstructed from /work/shared/DOMAIN.md note that older agreements may cite 124.16 (now [Reserved])",
       "verified": False,
       "note": "UNVERIFIED wording; detect by the key phrases, not by this text."}],
     {"currentCitesSections": ["126.7", "126.18"]}),
    ("124.8(6)", AGR, "agreement", "U.S. Government provisions survive termination",
     "\u201cAll provisions in this agreement which refer to the United States Government and the Department of State will remain binding on the parties after the termination of the agreement.\u201d",
     ["remain binding on the parties after the termination", "refer to the United States Government and the Department of State"], [], {}),
    # ---- 124.9(a): MLA only ----
    ("124.9(a)(1)", MLA, "agreement", "Sales territory: no transfer outside licensed territory; sales limited to governments",
     "\u201cNo export, sale, transfer, or other disposition of the licensed article is authorized to any country outside the territory wherein manufacture or sale is herein licensed without the prior written approval of the U.S. Government unless otherwise exempted by the U.S. Government. Sales or other transfers of the licensed article shall be limited to governments of countries wherein manufacture or sale is hereby licensed and to private entities seeking to procure the licensed article pursuant to a contract with any such government unless the prior written approval of the U.S. Government is obtained.\u201d",
     ["outside the territory wherein manufacture or sale is herein licensed", "limited to governments of countries wherein manufacture or sale is hereby licensed",
      "private entities seeking to procure the licensed article"], [], {}),
    ("124.9(a)(2)", MLA, "agreement", "No charges to the USG for royalty-free patent rights or USG/public-domain data",
     "\u201cIt is agreed that sales by licensee or its sub-licensees under contracts made through the U.S. Government will not include either charges for patent rights in which the U.S. Government holds a royalty-free license, or charges for data which the U.S. Government has a right to use and disclose to others, which are in the public domain, or which the U.S. Government has acquired or is entitled to acquire without restrictions upon their use and disclosure to others.\u201d",
     ["royalty-free license", "charges for patent rights", "right to use and disclose to others", "contracts made through the U.S. Government"], [], {}),
    ("124.9(a)(3)", MLA, "agreement", "Royalty cap on USG-funded purchases",
     "\u201cIf the U.S. Government is obligated or becomes obligated to pay to the licensor royalties, fees, or other charges for the use of technical data or patents which are involved in the manufacture, use, or sale of any licensed article, any royalties, fees or other charges in connection with purchases of such licensed article from licensee or its sub-licensees with funds derived through the U.S. Government may not exceed the total amount the U.S. Government would have been obligated to pay the licensor directly.\u201d",
     ["funds derived through the U.S. Government", "may not exceed the total amount", "obligated to pay the licensor directly"], [], {}),
    ("124.9(a)(4)", MLA, "agreement", "Charges reduced for USG design/development contributions",
     "\u201cIf the U.S. Government has made financial or other contributions to the design and development of any licensed article, any charges for technical assistance or know-how relating to the item in connection with purchases of such articles from licensee or sub-licensees with funds derived through the U.S. Government must be proportionately reduced to reflect the U.S. Government contributions, and subject to the provisions of paragraphs (a) (2) and (3) of this section, no other royalties, or fees or other charges may be assessed against U.S. Government funded purchases of such articles. However, charges may be made for reasonable reproduction, handling, mailing, or similar administrative costs incident to the furnishing of such data.\u201d",
     ["financial or other contributions to the design and development", "proportionately reduced", "reasonable reproduction, handling, mailing"], [], {}),
    ("124.9(a)(5)", MLA, "agreement", "Annual sales report to the Department of State (must name the reporting party)",
     "\u201cThe parties to this agreement agree that an annual report of sales or other transfers pursuant to this agreement of the licensed articles, by quantity, type, U.S. dollar value, and purchaser or recipient, shall be provided by (applicant or licensee) to the Department of State.\u201d This clause must specify which party is obligated to provide the annual report. Such reports may be submitted either directly by the licensee or indirectly through the licensor, and may cover calendar or fiscal years. Reports shall be deemed proprietary information by the Department of State and will not be disclosed to unauthorized persons. See \u00a7 126.10(b) of this subchapter.",
     ["annual report of sales or other transfers", "by quantity, type, U.S. dollar value, and purchaser or recipient", "to the Department of State"], [],
     {"requiresPartyNamed": True}),
    ("124.9(a)(6)", MLA, "agreement", "Licensee to include the destination control statement in contracts/invoices",
     "(Licensee) agrees to incorporate the following statement as an integral provision of a contract, commercial invoice or other appropriate document whenever the licensed articles are sold or otherwise transferred:",
     ["agrees to incorporate the following statement", "integral provision of a contract", "controlled by the U.S. government and authorized for export only to the country of ultimate destination",
      "without first obtaining approval from the U.S. government"],
     [{"form": "quoted DCS statement (as in 124.14(c)(7))", "text": DCS,
       "source": CC + " \u00a7 124.14(c)(7)", "verified": False,
       "note": "The statement quoted after the 124.9(a)(6) lead-in was dropped by the eCFR-CC markdown conversion and eCFR-MO holds no section-124.9.md; the 124.14(c)(7) statement is presumed identical (UNVERIFIED for 124.9)."}],
     {"quotedStatementRead": False}),
    # ---- 124.9(b): MLA for production of SME ----
    ("124.9(b)(1)", MLA, "agreement", "SME production: DSP-83 from foreign end-user before any transfer",
     "\u201cA completed nontransfer and use certificate (DSP-83) must be executed by the foreign end-user and submitted to the Department of State of the United States before any transfer may take place.\u201d",
     ["nontransfer and use certificate", "DSP-83", "executed by the foreign end-user", "before any transfer may take place"], [],
     {"condition": "agreement for the production of significant military equipment"}),
    ("124.9(b)(2)", MLA, "agreement", "SME production: prior USG approval for transfers outside the sales territory",
     "\u201cThe prior written approval of the U.S. Government must be obtained before entering into a commitment for the transfer of the licensed article by sale or otherwise to any person or government outside of the approved sales territory.\u201d",
     ["before entering into a commitment for the transfer", "outside of the approved sales territory", "prior written approval of the U.S. Government"], [],
     {"condition": "agreement for the production of significant military equipment"}),
    # ---- 124.12(a): transmittal letter contents (MLA/TAA) ----
    ("124.12(a)(1)", AGR, "transmittal-letter", "Applicant's DDTC registration number",
     "A statement giving the applicant's Directorate of Defense Trade Controls registration number.",
     ["registration number"], [], {"hintPhrases": ["registration code", "DDTC registration"]}),
    ("124.12(a)(2)", AGR, "transmittal-letter", "Licensee and scope of the agreement",
     "A statement identifying the licensee and the scope of the agreement.",
     ["licensee", "scope of the agreement"], [], {}),
    ("124.12(a)(3)", AGR, "transmittal-letter", "U.S. Government contract; derived from bid or proposal",
     "A statement identifying the U.S. Government contract under which the equipment or technical data was generated, improved, or developed and supplied to the U.S. Government, and whether the equipment or technical data was derived from any bid or other proposal to the U.S. Government.",
     ["U.S. Government contract", "bid or other proposal", "generated, improved, or developed"], [], {}),
    ("124.12(a)(4)", AGR, "transmittal-letter", "Military security classification",
     "A statement giving the military security classification of the equipment or technical data.",
     ["military security classification", "security classification"], [], {"hintPhrases": ["unclassified", "classified"]}),
    ("124.12(a)(5)", AGR, "transmittal-letter", "Patent applications under invention secrecy order",
     "A statement identifying any patent application which discloses any of the subject matter of the equipment or technical data covered by an invention secrecy order issued by the U.S. Patent and Trademark Office.",
     ["invention secrecy order", "patent application", "Patent and Trademark Office"], [], {}),
    ("124.12(a)(6)", AGR, "transmittal-letter", "Value of the agreement; Part 130 statement if $500,000 or more",
     "A statement of the actual or estimated value of the agreement, including the estimated value of all defense articles to be exported in furtherance of the agreement or amendments thereto. If the value is $500,000 or more, an additional statement must be made regarding the payment of political contributions, fees or commissions, pursuant to part 130 of this subchapter.",
     ["value of the agreement", "estimated value", "political contributions, fees or commissions", "part 130"], [],
     {"thresholdUSD": 500000}),
    ("124.12(a)(7)", AGR, "transmittal-letter", "FMS credits or loan guarantees",
     "A statement indicating whether any foreign military sales credits or loan guarantees are or will be involved in financing the agreement.",
     ["foreign military sales credits", "loan guarantees"], [], {"hintPhrases": ["FMS"]}),
    ("124.12(a)(8)", AGR, "transmittal-letter", "Classified information and DD 254 classifying office",
     "The agreement must describe any classified information involved and identify, from Department of Defense form DD254, the address and telephone number of the U.S. Government office that classified the information.",
     ["DD254", "classified information", "office that classified the information"], [], {"hintPhrases": ["DD 254", "DD Form 254"]}),
    ("124.12(a)(9)", AGR, "transmittal-letter", "DSS (DCSA) cognizant security offices and facility clearance codes",
     "For agreements that may require the export of classified information, the Defense Security Service cognizant security offices that have responsibility for the facilities of the U.S. parties to the agreement shall be identified. The facility security clearance codes of the U.S. parties shall also be provided.",
     ["cognizant security office", "facility security clearance", "Defense Security Service"], [], {"hintPhrases": ["DCSA", "Defense Counterintelligence and Security Agency", "FCL"]}),
    # ---- 124.12(b): transmittal letter statements ----
    ("124.12(b)(1)", AGR, "transmittal-letter", "Approval not an antitrust or business-terms determination",
     "\u201cIf the agreement is approved by the Department of State, such approval will not be construed by (the applicant) as passing on the legality of the agreement from the standpoint of antitrust laws or other applicable statutes, nor will (the applicant) construe the Department's approval as constituting either approval or disapproval of any of the business terms or conditions between the parties to the agreement.\u201d",
     ["passing on the legality of the agreement", "antitrust laws", "business terms or conditions"], [], {}),
    ("124.12(b)(2)", AGR, "transmittal-letter", "No entry into force before State approval",
     "\u201cThe (applicant) will not permit the proposed agreement to enter into force until it has been approved by the Department of State.\u201d",
     ["will not permit the proposed agreement to enter into force", "until it has been approved by the Department of State"], [], {}),
    ("124.12(b)(3)", AGR, "transmittal-letter", "File signed copy within 30 days; termination notice; 60-day non-conclusion notice",
     "\u201cThe (applicant) will furnish the Department of State with one copy of the signed agreement (or amendment) within 30 days from the date that the agreement is concluded and will inform the Department of its termination not less than 30 days prior to expiration and provide information on the continuation of any foreign rights or the flow of technical data to the foreign party. If a decision is made not to conclude the proposed agreement, the applicant will so inform the Department within 60 days.\u201d",
     ["one copy of the signed agreement", "within 30 days", "not less than 30 days prior to expiration", "within 60 days", "continuation of any foreign rights"], [], {}),
    ("124.12(b)(4)", AGR, "transmittal-letter", "Sub-licenses must carry the U.S. Government provisions",
     "\u201cIf this agreement grants any rights to sub-license, it will be amended to require that all sub-licensing arrangements incorporate all the provisions of the basic agreement that refer to the U.S. Government and the Department of State ( 22 CFR 124.8 and 124.9).\u201d",
     ["rights to sub-license", "sub-licensing arrangements incorporate all the provisions", "124.8 and 124.9"], [], {}),
    # ---- 124.14(c): warehousing and distribution agreements ----
    ("124.14(c)(1)", WDA, "agreement", "No entry into force, amendment or extension without State approval",
     "\u201cThis agreement shall not enter into force, and may not be amended or extended, without the prior written approval of the Department of State of U.S. Government.\u201d",
     ["shall not enter into force", "may not be amended or extended", "prior written approval of the Department of State"], [], {"sameSubstanceAs": "124.8(1)"}),
    ("124.14(c)(2)", WDA, "agreement", "Subject to U.S. export laws and administrative acts",
     "\u201cThis agreement is subject to all United States laws and regulations related to exports and to all administrative acts of the United States Government pursuant to such laws and regulations.",
     ["subject to all United States laws and regulations", "related to exports", "administrative acts of the United States Government"], [], {"sameSubstanceAs": "124.8(2)"}),
    ("124.14(c)(3)", WDA, "agreement", "Prior U.S. Government contracts unaffected",
     "\u201cThe parties to this agreement agree that the obligations contained in this agreement shall not affect the performance of any obligations created by prior contracts or subcontracts which the parties may have individually or collectively with the U.S. Government.\u201d",
     ["shall not affect the performance of any obligations", "prior contracts or subcontracts"], [], {"sameSubstanceAs": "124.8(3)"}),
    ("124.14(c)(4)", WDA, "agreement", "No U.S. Government liability for patent infringement",
     "\u201cNo liability will be incurred by or attributed to the U.S. Government in connection with any possible infringement of privately owned patent or proprietary rights, either domestic or foreign by reason of the U.S. Government's approval of this agreement.\u201d",
     ["No liability will be incurred by or attributed to the U.S. Government", "infringement of privately owned patent or proprietary rights"], [], {"sameSubstanceAs": "124.8(4)"}),
    ("124.14(c)(5)", WDA, "agreement", "No transfer outside the distribution territory without DDTC approval",
     "\u201cNo export, sale, transfer, or other disposition of the defense articles covered by this agreement is authorized to any country outside the distribution territory without the prior written approval of the Directorate of Defense Trade Controls of the U.S. Department of State.\u201d",
     ["outside the distribution territory", "prior written approval of the Directorate of Defense Trade Controls"], [], {}),
    ("124.14(c)(6)", WDA, "agreement", "Annual sales report to the Department of State (must name the reporting party)",
     "\u201cThe parties to this agreement agree that an annual report of sales or other transfers pursuant to this agreement of the licensed articles, by quantity, type, U.S. dollar value, and purchaser or recipient shall be provided by (applicant or licensee) to the Department of State.\u201d This clause must specify which party is obligated to provide the annual report. Such reports may be submitted either directly by the licensee or indirectly through the licensor, and may cover calendar or fiscal years. Reports shall be deemed proprietary information by the Department of State and will not be disclosed to unauthorized persons. (See \u00a7 126.10(b) of this subchapter.)",
     ["annual report of sales or other transfers", "by quantity, type, U.S. dollar value, and purchaser or recipient"], [], {"requiresPartyNamed": True}),
    ("124.14(c)(7)", WDA, "agreement", "Destination control statement in contracts/invoices",
     "\u201c(Licensee) agrees to incorporate the following statement as an integral provision of a contract, invoice or other appropriate document whenever the articles covered by this agreement are sold or otherwise transferred: `" + DCS + "' \u201d",
     ["controlled by the U.S. government and authorized for export only to the country of ultimate destination", "may not be resold, transferred, or otherwise disposed of",
      "either in their original form or after being incorporated into other items", "without first obtaining approval from the U.S. government"], [], {}),
    ("124.14(c)(8)", WDA, "agreement", "U.S. Government provisions survive termination",
     "\u201cAll provisions in this agreement which refer to the United States Government and the Department of State will remain binding on the parties after the termination of the agreement.\u201d",
     ["remain binding on the parties after the termination"], [], {"sameSubstanceAs": "124.8(6)"}),
    ("124.14(c)(9)", WDA, "agreement", "Sales limited to governments in the distribution territory (unless for private persons)",
     "Unless the articles covered by the agreement are in fact intended to be distributed to private persons or entities (e.g., cryptographic devices and software for financial and business applications), the following clause must be included in all warehousing and distribution agreements: \u201cSales or other transfers of the licensed article shall be limited to governments of the countries in the distribution territory and to private entities seeking to procure the licensed article pursuant to a contract with a government within the distribution territory, unless the prior written approval of the U.S. Department of State is obtained.\u201d",
     ["limited to governments of the countries in the distribution territory", "private entities seeking to procure the licensed article"], [],
     {"condition": "omitted only if the articles are in fact intended for distribution to private persons or entities"}),
    # ---- 126.18: DN/TCN ----
    ("126.18-DNTCN", AGR, "agreement", "Dual-national / third-country-national employee transfers (126.18)",
     "(a) Subject to the requirements of paragraphs (b) and (c) of this section and notwithstanding any other provisions of this part, and where the exemption provided in paragraph (d) of this section cannot be implemented because of applicable domestic laws, no approval is needed from the Directorate of Defense Trade Controls (DDTC) for the transfer of unclassified defense articles, which includes technical data, to or within a foreign business entity, foreign governmental entity, or international organization that is an authorized end-user or consignee (including approved sub-licensees) for those defense articles, including the transfer to dual nationals or third-country nationals who are bona fide regular employees, directly employed by the foreign consignee or end-user. The transfer of defense articles pursuant to this section must take place completely within the physical territory of the country where the end-user is located, where the governmental entity or international organization conducts official business, or where the consignee operates, and be within the scope of an approved export license, other export authorization, or license exemption.",
     ["126.18", "dual national", "third-country national", "bona fide regular employees", "physical territory", "Non-Disclosure Agreement"],
     [{"form": "126.18(d) variant (nationals of NATO, EU, Australia, Japan, New Zealand, Switzerland)",
       "text": "no approval is needed from the Directorate of Defense Trade Controls (DDTC) for the reexport of unclassified defense articles or defense services to individuals who are dual national or third-country national employees of a foreign business entity, foreign governmental entity, or international organization, that is an authorized end-user, foreign signatory, or consignee (including approved sub-licensees) for those defense articles or defense services, when such individuals are: (1) Regular employees ...; (2) Nationals exclusively of countries that are members of NATO, the European Union, Australia, Japan, New Zealand, or Switzerland; (3) Within the physical territories of the countries listed in paragraph (d)(2) of this section or the United States during the reexport; (4) Signatory to a Non-Disclosure Agreement, unless their employer is a signatory or sublicensee to an agreement under \u00a7 124.1 authorizing those defense articles or defense services; and (5) Not the recipient of any permanent transfer of hardware.",
       "source": CC + " \u00a7 126.18(d)", "verified": True, "note": "Excerpt of the regulation, elided at '...'."}],
     {"regulationIsNotAClause": True}),
]


def main():
    entries = []
    for cid, applies, doc, title, text, phrases, alts, extra in CLAUSES:
        if cid.startswith("126.18"):
            citation = "22 CFR 126.18(a)"
        else:
            citation = "22 CFR " + cid
        for p in phrases:
            if p.lower() not in text.lower() and p not in citation and not any(p.lower() in a["text"].lower() for a in alts):
                raise SystemExit("key phrase %r not found in %s" % (p, cid))
        e = {"id": cid, "applies": sorted(applies), "document": doc, "citation": citation, "title": title,
             "regulationText": text, "keyPhrases": phrases, "alternateForms": alts}
        e.update(extra)
        entries.append(e)

    def sort_key(e):
        import re
        sec = e["id"].split("(")[0].split("-")[0]
        nums = [int(n) if n.isdigit() else n for n in re.findall(r"\((\w+)\)", e["id"])]
        return (tuple(int(x) for x in sec.split(".")), [str(n).zfill(3) if isinstance(n, int) else n for n in nums])
    entries.sort(key=sort_key)
    notes = (
        "Mandatory clauses and statements of 22 CFR part 124 (and the 126.18 DN/TCN exemption that agreements invoke). "
        "regulationText is verbatim as read in the January 2025 eCFR markdown (ConnorCallison/ecfr-opportunities "
        "chapter-I.md): 124.8 incl. the Aug. 2024 amendments (89 FR 67290; 89 FR 68778) that made 124.8(5) cite "
        "'22 CFR 126.7 or 126.18'; 124.9 (last amended 81 FR 54736); 124.12 (last amended 81 FR 87430); 124.14 (last "
        "amended 85 FR 3833); 126.18 (last amended 89 FR 67291). Curly quotes, section signs and the regulation's own "
        "irregularities are kept (124.14(c)(2) has no closing quote; 124.12(b)(4) has '( 22 CFR'). "
        "Numbering: the regulation labels the 124.8 statements (a)(1)-(a)(6); ids here follow the common short form "
        "'124.8(1)'..'124.8(6)'. applies: TAA/MLA for 124.8 and 124.12, MLA only for 124.9 ((b) only when the MLA "
        "covers production of SME), WDA for 124.14(c). document: 'agreement' = clause that must appear in the agreement; "
        "'transmittal-letter' = content or statement required in the explanatory letter (124.12). 124.12(a) items are "
        "information requirements, not fixed wording, so their keyPhrases are only hints. "
        "124.8(5) alternateForms carries the pre-Aug-2024 '126.18 only' wording read in MichalOpoka/ecfr section-124.8.md "
        "@17639b10 and @9bce1496 (agreements approved before the change legitimately use it), plus an UNVERIFIED older "
        "'124.16 and 126.18' form. 124.9(a)(6): the DCS statement quoted in the regulation was dropped by the markdown "
        "conversion and could not be read; the 124.14(c)(7) statement is given as the presumed-identical alternate "
        "(unverified). 126.18-DNTCN: the regulation contains no fixed agreement wording; DDTC's agreement guidelines ask "
        "agreements to state whether 126.18 is used, but that guideline text was not read, so regulationText is 126.18(a) "
        "itself and detection should rely on keyPhrases. keyPhrases are meant for case-insensitive, whitespace- and "
        "quote-folded matching. hintPhrases (some 124.12(a) items) are NOT in the regulation text: they are common modern"
        " renderings (e.g. DCSA for the former Defense Security Service) offered as weaker signals."
    )
    write_envelope(
        "part124-clauses.json",
        name="ITAR part 124 mandatory agreement clauses and transmittal-letter statements",
        version="2025-01",
        as_of="2025-01-27",
        source=("22 CFR 124.8, 124.9, 124.12, 124.14(c), 126.18 as read in " + CC +
                "; pre-2024 124.8(5) in " + MO_OLD),
        notes=notes,
        entries=entries,
    )
    return entries


if __name__ == "__main__":
    print(len(main()))
