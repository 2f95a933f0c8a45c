"""Clause texts for 22 CFR Part 124 agreements: the regulatory wording (as a drafter would copy it) and
paraphrased variants that keep the substance but not the key phrases verbatim."""

# Harmonized destination control statement (22 CFR 123.9(b)(1)(iv); quoted in 124.14(c)(7)).
DCS = ("\"These items are controlled by the U.S. government and authorized for export only to the country of "
       "ultimate destination for use by the ultimate consignee or end-user(s) herein identified. They may not be "
       "resold, transferred, or otherwise disposed of, to any other country or to any person other than the "
       "authorized ultimate consignee or end-user(s), either in their original form or after being incorporated "
       "into other items, without first obtaining approval from the U.S. government or as otherwise authorized by "
       "U.S. law and regulations.\"")

STD_1248 = {
    "124.8(1)": "This Agreement shall not enter into force, and shall not be amended or extended, without the prior "
                "written approval of the Department of State of the U.S. Government.",
    "124.8(2)": "This Agreement is subject to all United States laws and regulations relating to exports and to all "
                "administrative acts of the U.S. Government pursuant to such laws and regulations.",
    "124.8(3)": "The parties to this Agreement agree that the obligations contained in this Agreement shall not affect "
                "the performance of any obligations created by prior contracts or subcontracts which the parties may "
                "have individually or collectively with the U.S. Government.",
    "124.8(4)": "No liability will be incurred by or attributed to the U.S. Government in connection with any possible "
                "infringement of privately owned patent or proprietary rights, either domestic or foreign, by reason "
                "of the U.S. Government's approval of this Agreement.",
    "124.8(5)": "The technical data or defense service exported from the United States in furtherance of this "
                "Agreement and any defense article which may be produced or manufactured from such technical data or "
                "defense service may not be transferred to a foreign person except pursuant to \u00a7\u00a7 126.7 and "
                "126.18, as specifically authorized in this Agreement, or where prior written approval of the "
                "Department of State has been obtained.",
    "124.8(6)": "All provisions in this Agreement which refer to the United States Government and the Department of "
                "State will remain binding on the parties after the termination of the Agreement.",
}

OLD_1248_5 = ("The technical data or defense service exported from the United States in furtherance of this Agreement "
              "and any defense article which may be produced or manufactured from such technical data or defense "
              "service may not be transferred to a foreign person except pursuant to \u00a7 126.18, as "
              "specifically authorized in this Agreement, or where prior written approval of the Department of State "
              "has been obtained.")

# Paraphrased: reworded and split across sentences; same legal substance.
PARA_1248 = {
    "124.8(1)": "Approval by the United States Department of State is a condition precedent to this Agreement. "
                "Accordingly, the Agreement will not take effect until that Department has approved it in writing. "
                "Any amendment to, or extension of, this Agreement likewise requires the Department's prior approval "
                "in writing before it becomes effective.",
    "124.8(2)": "The Parties' rights and obligations are in all respects conditioned upon the export laws and "
                "regulations of the United States. Those laws and regulations, and every administrative act that the "
                "U.S. Government takes under them, govern this Agreement.",
    "124.8(3)": "Nothing in this Agreement alters any duty that a Party, alone or together with another Party, owes "
                "under an earlier contract or subcontract with the United States Government. Those earlier "
                "obligations shall continue to be performed as though this Agreement did not exist.",
    "124.8(4)": "Should any claim arise that patents or other proprietary rights held by private persons, in the "
                "United States or elsewhere, have been infringed, the Parties agree that no liability for it rests "
                "with the United States Government by reason of its approval of this Agreement, and none shall be "
                "attributed to it.",
    "124.8(5)": "Technical data and defense services furnished from the United States under this Agreement, and any "
                "defense article produced or manufactured with them, shall not be passed to any foreign person. The "
                "only exceptions are transfers under 22 CFR 126.7 or 126.18, transfers this Agreement expressly "
                "authorizes, and transfers to which the Department of State has first consented in writing.",
    "124.8(6)": "The expiry or termination of this Agreement does not release the Parties from those of its terms "
                "that concern the United States Government or the Department of State. Those terms survive and "
                "continue to bind the Parties.",
}

STD_1249 = {
    "124.9(a)(1)": "No export, sale, transfer, or other disposition of the licensed article is authorized to any "
                   "country outside the territory wherein manufacture or sale is herein licensed without the prior "
                   "written approval of the U.S. Government unless otherwise exempted by the U.S. Government. Sales or "
                   "other transfers of the licensed article shall be limited to governments of the countries in the "
                   "distribution territory and to private entities seeking to procure the licensed article pursuant "
                   "to a contract with a government within the distribution territory, unless the prior written "
                   "approval of the U.S. Government is obtained.",
    "124.9(a)(2)": "It is agreed that sales by Licensee or its sub-licensees under contracts made through the U.S. "
                   "Government will not include either charges for patent rights in which the U.S. Government holds "
                   "a royalty-free license, or charges for data which the U.S. Government has a right to use and "
                   "disclose to others, which are in the public domain, or which the U.S. Government has acquired or "
                   "is entitled to acquire without restrictions upon their use and disclosure to others.",
    "124.9(a)(3)": "If the U.S. Government is obligated or becomes obligated to pay to the Licensor royalties, fees, or "
                   "other charges for the use of technical data or patents which are involved in the manufacture, "
                   "use, or sale of any licensed article, any royalties, fees or other charges in connection with "
                   "purchases of such licensed article from Licensee or its sub-licensees with funds derived through "
                   "the U.S. Government may not exceed the total amount the U.S. Government would have been obligated "
                   "to pay the Licensor directly.",
    "124.9(a)(4)": "If the U.S. Government has made financial or other contributions to the design and development of "
                   "any licensed article, any charges for technical assistance or know-how relating to the item in "
                   "connection with purchases of such articles from Licensee or its sub-licensees with funds derived "
                   "through the U.S. Government must be proportionately reduced to reflect the U.S. Government "
                   "contributions, and no other royalties, fees or other charges may be assessed against U.S. "
                   "Government funded purchases of such articles. However, charges may be made for reasonable "
                   "reproduction, handling, mailing, or similar administrative costs incident to the furnishing of "
                   "such data.",
    "124.9(a)(5)": "The parties to this Agreement agree that an annual report of sales or other transfers pursuant to "
                   "this Agreement of the licensed articles, by quantity, type, U.S. dollar value, and purchaser or "
                   "recipient, shall be provided by {reporter} to the Department of State.",
    "124.9(a)(6)": "{licensee} agrees to incorporate the following statement as an integral provision of a contract, "
                   "invoice or other appropriate document whenever the licensed articles are sold or otherwise "
                   "transferred: " + DCS,
    "124.9(b)(1)": "A completed Nontransfer and Use Certificate (DSP-83) must be executed by the foreign end-user and "
                   "submitted to the Department of State of the United States before any transfer may take place.",
    "124.9(b)(2)": "The prior written approval of the U.S. Government must be obtained before entering into a "
                   "commitment for the transfer of the licensed article by sale or otherwise to any person or "
                   "government outside of the approved distribution territory.",
}

# 124.14(c) as printed in the CFR (note the small differences from 124.8: "may not be amended", "related to").
STD_12414 = {
    "124.14(c)(1)": "This agreement shall not enter into force, and may not be amended or extended, without the prior "
                    "written approval of the Department of State of U.S. Government.",
    "124.14(c)(2)": "This agreement is subject to all United States laws and regulations related to exports and to all "
                    "administrative acts of the United States Government pursuant to such laws and regulations.",
    "124.14(c)(3)": STD_1248["124.8(3)"].replace("this Agreement", "this agreement"),
    "124.14(c)(4)": "No liability will be incurred by or attributed to the U.S. Government in connection with any "
                    "possible infringement of privately owned patent or proprietary rights, either domestic or foreign "
                    "by reason of the U.S. Government's approval of this agreement.",
    "124.14(c)(5)": "No export, sale, transfer, or other disposition of the defense articles covered by this agreement "
                    "is authorized to any country outside the distribution territory without the prior written "
                    "approval of the Directorate of Defense Trade Controls of the U.S. Department of State.",
    "124.14(c)(6)": "The parties to this agreement agree that an annual report of sales or other transfers pursuant to "
                    "this agreement of the licensed articles, by quantity, type, U.S. dollar value, and purchaser or "
                    "recipient shall be provided by {reporter} to the Department of State.",
    "124.14(c)(7)": "{licensee} agrees to incorporate the following statement as an integral provision of a contract, "
                    "invoice or other appropriate document whenever the articles covered by this agreement are sold "
                    "or otherwise transferred: " + DCS,
    "124.14(c)(8)": "All provisions in this agreement which refer to the United States Government and the Department "
                    "of State will remain binding on the parties after the termination of the agreement.",
    "124.14(c)(9)": "Sales or other transfers of the licensed article shall be limited to governments of the "
                    "countries in the distribution territory and to private entities seeking to procure the licensed "
                    "article pursuant to a contract with a government within the distribution territory, unless the "
                    "prior written approval of the U.S. Department of State is obtained.",
}


def dn_tcn(territory_names):
    return ("This Agreement authorizes the retransfer of technical data and defense services to individuals who are "
            "bona fide, regular employees of the foreign licensee(s) and approved sub-licensee(s), including "
            "dual nationals and third-country nationals, in accordance with 22 CFR 126.18(c), provided that such "
            "transfers take place completely within the physical territory of " + territory_names + ", and that the "
            "foreign licensee or sub-licensee has effective procedures to prevent diversion to destinations, "
            "entities or purposes other than those authorized by this Agreement.")


DN_TCN_PARA = ("Employees of the Licensee who hold the nationality of a third country, or who are dual nationals, "
               "may receive the technical data only where the conditions of 22 CFR 126.18 are met: they must be "
               "regular, full-time employees, the transfer must occur within the approved territory, and the Licensee "
               "must maintain a screening and technology-control plan that prevents diversion.")
