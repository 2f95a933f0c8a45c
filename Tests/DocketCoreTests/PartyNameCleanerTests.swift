import DocketCore
import Testing

@Suite struct PartyNameCleanerTests {
    let cleaner = PartyNameCleaner()

    @Test(arguments: [
        ("14. Foreign End User: Acme GmbH", "Acme GmbH"),
        ("Name: Acme Defense Systems, Inc.", "Acme Defense Systems, Inc."),
        ("Block 15 - Fratelli Rossi S.p.A.", "Fratelli Rossi S.p.A."), ("Acme GmbH:", "Acme GmbH"),
        ("Acme GmbH,", "Acme GmbH"),
        ("  Acme    Defense\n Systems  Inc. ", "Acme Defense Systems Inc."),
        ("Box 14: Tanaka Heavy Industries K.K.", "Tanaka Heavy Industries K.K."),
        ("15. Foreign Consignee: Nordic Optics AB", "Nordic Optics AB"),
        ("Foreign End-User: Ministry of Defence", "Ministry of Defence"),
        ("U.S. Consignor: Blue Ridge Logistics LLC", "Blue Ridge Logistics LLC"),
        ("Applicant's Name: Acme Corp.", "Acme Corp."),
        ("Block 14 Acme GmbH", "Acme GmbH"), ("14a) Acme GmbH", "Acme GmbH"),
        ("Item 3: Foreign Intermediate Consignee: Hafen AG", "Hafen AG"),
        ("3M Company", "3M Company"), ("1st Aviation Services Ltd.", "1st Aviation Services Ltd."),
        ("2001 Aerospace Ltd", "2001 Aerospace Ltd"),
        ("Acme: The Defense Company", "Acme: The Defense Company"),
        ("ACME DEFENSE SYSTEMS INC", "ACME DEFENSE SYSTEMS INC"),
        ("Société Générale d'Armement S.A.", "Société Générale d'Armement S.A."),
        ("Freight Forwarder:  Expeditors International", "Expeditors International"),
        ("Foreign Consignee (Name and Address): Hafen AG", "Hafen AG"), ("- Acme GmbH -", "Acme GmbH"),
    ])
    func cleansLabelsAndNoise(text: String, expected: String) {
        #expect(cleaner.clean(text) == expected)
    }

    @Test(arguments: [
        "", "   ", "14.", "Name:", "N/A", "n/a", "Not Applicable", "See Attached", "NONE", "Block 14 -", "TBD", "12345",
        ":::",
    ])
    func placeholdersAreNil(text: String) {
        #expect(cleaner.clean(text) == nil)
    }

    @Test(arguments: [
        ("Acme Defense Systems, Inc.", "ACME DEFENSE SYSTEMS INC"),
        ("Acme Defense Systems, Inc.", "Acme Defense Systems Incorporated"),
        ("The Acme Company", "ACME CO."), ("Fratelli Rossi S.p.A.", "FRATELLI ROSSI SPA"),
        ("Müller Optik GmbH & Co. KG", "MULLER OPTIK"),
        ("Nordic Optics AB", "nordic optics"), ("Tanaka Heavy Industries Co., Ltd.", "TANAKA HEAVY INDUSTRIES K.K."),
        ("Hafen AG", "HAFEN A.G."), ("14. Foreign End User: Acme GmbH", "ACME GMBH"),
        ("Blue Ridge L.L.C.", "Blue Ridge LLC"),
        ("Smith & Sons Ltd", "Smith and Sons Limited"),
        ("Société Générale d'Armement S.A.", "SOCIETE GENERALE DARMEMENT SA"),
    ])
    func comparisonKeysMatch(lhs: String, rhs: String) {
        #expect(cleaner.comparisonKey(for: lhs) == cleaner.comparisonKey(for: rhs))
    }

    @Test(arguments: [
        ("Acme Defense Systems, Inc.", "acme defense systems"), ("The Acme Company", "acme"), ("Company", "company"),
        ("Acme Inc Defense Division", "acme inc defense division"), ("Müller Optik GmbH & Co. KG", "muller optik"),
        ("Fratelli Rossi S. p. A.", "fratelli rossi"), ("Acme Holdings Pty Ltd", "acme holdings"), ("The", "the"),
    ])
    func comparisonKeyValues(name: String, key: String) {
        #expect(cleaner.comparisonKey(for: name) == key)
    }

    @Test(arguments: [
        ("Acme Defense Systems", "Acme Defence Systems"), ("Acme GmbH", "Acme Aero GmbH"),
        ("Nordic Optics AB", "Nordic Optics Oy AB Group"),
    ])
    func differentNamesStayApart(lhs: String, rhs: String) {
        #expect(cleaner.comparisonKey(for: lhs) != cleaner.comparisonKey(for: rhs))
    }

    @Test func placeholderHasNoKey() {
        #expect(cleaner.comparisonKey(for: "N/A") == nil)
    }
}
