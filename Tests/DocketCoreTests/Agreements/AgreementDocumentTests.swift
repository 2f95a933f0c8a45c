import Foundation
import Testing

import DocketCore

@Suite struct AgreementDocumentTests {
    static let taa: [[String]] = [[
        "TECHNICAL ASSISTANCE AGREEMENT",
        "DDTC Agreement No. TA-4821-24",
        "This Technical Assistance Agreement (the “Agreement”) is entered into by and between Halvorsen Avionics,",
        "Inc., a Delaware corporation having its principal place of business at 1200 Aviation Way, Wichita, KS 67209",
        "(hereinafter “Licensor”), and EuroTech Systeme GmbH, a company organized under the laws of the Federal",
        "Republic of Germany, with offices at Hauptstrasse 5, 85521 Ottobrunn, Germany (hereinafter “Licensee”).",
        "Halvorsen Avionics, Inc. is registered with DDTC under registration code M-34567.",
        "ARTICLE 3 – DURATION",
        "This Agreement shall remain in effect for a period of ten (10) years from the date of approval by the",
        "Department of State and shall expire on December 31, 2034 unless terminated earlier. The Effective Date is",
        "January 1, 2025.",
        "ARTICLE 4 – TERRITORY",
        "The retransfer territory shall consist of the Federal Republic of Germany, the United Kingdom and Japan.",
        "The total value of this Agreement is US$ 12,500,000.",
    ], [
        "APPENDIX B – APPROVED SUB-LICENSEES",
        "Name Address Country Role",
        "Ottobrunn Precision GmbH Industriestr. 9, 85521 Ottobrunn Germany Sub-licensee",
        "Albion Test Ltd 4 Mill Lane, Bristol BS1 4DJ United Kingdom Sub-licensee",
        "APPENDIX A – DEFENSE ARTICLES",
        "1. Radar warning receiver, USML Category XI(a)(3)(i), SME",
        "2. Test set for receiver, USML XI(c)(1), non-SME",
        "IN WITNESS WHEREOF, the parties have executed this Agreement.",
        "HALVORSEN AVIONICS, INC. EUROTECH SYSTEME GMBH",
        "By: ______________ By: ______________",
        "Name: John A. Smith Name: Dr. Hans Weber",
        "Title: Vice President, Contracts Title: Geschäftsführer",
    ]]

    @Test func readsTheAgreementsValues() {
        let analysis = AgreementAnalyzer.analyze(Fixture.pdf(Self.taa), type: .taa)
        #expect(analysis.agreementNumber == "TA-4821-24")
        #expect(analysis.agreementNumberEvidence?.page == 1)
        #expect(analysis.amendment == false)
        #expect(analysis.registrationCode == "M34567")
        #expect(analysis.term == Term(start: "2025-01-01", end: "2034-12-31", years: 10))
        #expect(!analysis.termEvidence.isEmpty)
        #expect(analysis.retransferTerritory == ["DE", "GB", "JP"])
        #expect(analysis.territoryEvidence?.page == 1)
        #expect(analysis.value == Money(amount: 12_500_000, currency: "USD"))
        #expect(analysis.items.map(\.usmlCategory) == ["XI(a)(3)(i)", "XI(c)(1)"])
        #expect(analysis.items.map(\.sme) == [true, false])
        #expect(analysis.items.first?.description == "Radar warning receiver")
        #expect(analysis.agreement.retransferTerritory == ["DE", "GB", "JP"])
    }

    /// A row number is a cell of its own however many digits it has; without cells a four-digit lead may be a name.
    @Test func scopeRowNumbersLeaveTheDescriptionAtAnyLength() {
        let passages = Fixture.pdf([
            "12 | Receiver assembly, line-replaceable | HV-012 | Category XI(a)(4)(ii) | No",
            "1000 | Assembly 2400-1000, line-replaceable unit | HV2400-01000 | Category XI(a)(4)(ii) | No",
            "68130. | Antenna pedestal, stabilized | HV-68130 | Category XI(c)(10) | No",
            "2400 Series radar processor, Category XI(a)(3)(i)",
        ])
        let analysis = AgreementAnalyzer.analyze(passages, type: .taa)
        #expect(analysis.items.map(\.description) == [
            "Receiver assembly, line-replaceable", "Assembly 2400-1000, line-replaceable unit",
            "Antenna pedestal, stabilized", "2400 Series radar processor",
        ])
        #expect(analysis.items.map(\.partNumber) == ["HV-012", "HV2400-01000", "HV-68130", nil])
    }

    @Test func readsScopeDescriptions() {
        let passages = Fixture.pdf([
            "1.3 \"Technical Data\" has the meaning given in 22 CFR 120.33.",
            "3.1 Technical Data to be furnished consists of assembly drawings and acceptance test procedures.",
            "4.1 Defense Services consist of production line set-up assistance.",
        ])
        let analysis = AgreementAnalyzer.analyze(passages, type: .taa)
        #expect(analysis.technicalData == "Technical Data to be furnished consists of assembly drawings and acceptance "
            + "test procedures.")
        #expect(analysis.technicalDataEvidence?.page == 1)
        #expect(analysis.defenseServices == "Defense Services consist of production line set-up assistance.")
    }

    @Test func readsPreambleParties() {
        let parties = AgreementAnalyzer.analyze(Fixture.pdf(Self.taa), type: .taa).parties
        let applicant = parties.first { $0.role == .applicant }
        #expect(applicant?.name == "Halvorsen Avionics, Inc.")
        #expect(applicant?.country == "US")
        let licensee = parties.first { $0.role == .licensee }
        #expect(licensee?.name == "EuroTech Systeme GmbH")
        #expect(licensee?.country == "DE")
        #expect(licensee?.evidence?.page == 1)
        #expect(licensee?.address?.lines.first == "Hauptstrasse 5")
        #expect(applicant?.address?.city == "Wichita")
    }

    @Test func readsSublicenseeTableFromLines() {
        let sublicensees = AgreementAnalyzer.analyze(Fixture.pdf(Self.taa), type: .taa).parties
            .filter { $0.role == .sublicensee }
        #expect(sublicensees.map(\.name) == ["Ottobrunn Precision GmbH", "Albion Test Ltd"])
        #expect(sublicensees.map(\.country) == ["DE", "GB"])
        #expect(sublicensees.first?.address?.lines.first == "Industriestr. 9")
        #expect(sublicensees.first?.evidence?.page == 2)
    }

    @Test func readsSublicenseeTableFromCells() {
        let passages = Fixture.pdf([
            "Annex 2 Sublicensees",
            "Company | Address | Country | Role",
            "Nordic Radar AS | Kongens gate 1, 0153 Oslo | Norway | Sub-licensee (repair)",
            "Kōbe Seimitsu K.K. | 1-2-3 Chuo, Kobe | JAPAN | Sub-licensee",
        ])
        let sublicensees = AgreementAnalyzer.analyze(passages, type: .taa).parties.filter { $0.role == .sublicensee }
        #expect(sublicensees.map(\.name) == ["Nordic Radar AS", "Kōbe Seimitsu K.K."])
        #expect(sublicensees.map(\.country) == ["NO", "JP"])
        #expect(sublicensees.first?.address?.lines == ["Kongens gate 1, 0153 Oslo"])
    }

    @Test func readsSideBySideSignatureBlocks() {
        let signatories = AgreementAnalyzer.analyze(Fixture.pdf(Self.taa), type: .taa).parties
            .filter { $0.role == .usSignatory || $0.role == .foreignSignatory }
        #expect(signatories.map(\.role) == [.usSignatory, .foreignSignatory])
        #expect(signatories.map(\.name) == ["John A. Smith", "Dr. Hans Weber"])
        #expect(signatories.map(\.title) == ["Vice President, Contracts", "Geschäftsführer"])
        #expect(signatories.map(\.country) == ["US", "DE"])
    }

    @Test func readsStackedSignatureBlocks() {
        let passages = Fixture.pdf(Self.taa[0] + [
            "For and on behalf of EuroTech Systeme GmbH",
            "By: ____________________",
            "Name: Hans Weber",
            "Title: Managing Director",
            "Date: 15 March 2025",
            "For and on behalf of Halvorsen Avionics, Inc.",
            "By: ____________________",
            "Name: Jane Doe",
            "Title: Director, Export Compliance",
        ])
        let signatories = AgreementAnalyzer.analyze(passages, type: .taa).parties
            .filter { $0.role == .usSignatory || $0.role == .foreignSignatory }
        #expect(signatories.map(\.role) == [.foreignSignatory, .usSignatory])
        #expect(signatories.map(\.name) == ["Hans Weber", "Jane Doe"])
        #expect(signatories.map(\.title) == ["Managing Director", "Director, Export Compliance"])
    }

    // MARK: Number and amendment

    struct AmendmentCase: Sendable, CustomTestStringConvertible {
        var lines: [String]
        var number: String?
        var amendment: Bool
        var amends: String?
        var testDescription: String { lines.joined(separator: " / ") }
    }

    static let amendments: [AmendmentCase] = [
        AmendmentCase(lines: ["AMENDMENT No. 2", "to Technical Assistance Agreement TA-4821-24",
                              "The parties agree to extend the term."],
                      number: "TA-4821-24", amendment: true, amends: "TA-4821-24"),
        AmendmentCase(lines: ["TECHNICAL ASSISTANCE AGREEMENT", "Agreement No.: TA-4821-24A", "Scope is unchanged."],
                      number: "TA-4821-24A", amendment: true, amends: "TA-4821-24"),
        AmendmentCase(lines: ["MANUFACTURING LICENSE AGREEMENT", "DDTC Case: MA 0112-23B",
                              "This Amendment amends Agreement MA-0112-23 as follows."],
                      number: "MA-0112-23B", amendment: true, amends: "MA-0112-23"),
        AmendmentCase(lines: ["TECHNICAL ASSISTANCE AGREEMENT", "Reference: TA-7770-25",
                              "This agreement shall not be amended without the approval of the Department of State."],
                      number: "TA-7770-25", amendment: false, amends: nil),
        AmendmentCase(lines: ["WAREHOUSE AND DISTRIBUTION AGREEMENT", "DDTC No. WDA-0031-22",
                              "Article 1 of the Agreement is hereby amended to read as follows."],
                      number: "WDA-0031-22", amendment: true, amends: "WDA-0031-22"),
        AmendmentCase(lines: ["TECHNICAL ASSISTANCE AGREEMENT", "between two companies"],
                      number: nil, amendment: false, amends: nil),
    ]

    @Test(arguments: amendments)
    func detectsNumberAndAmendment(_ example: AmendmentCase) {
        let passages = Fixture.pdf(example.lines)
        let analysis = AgreementAnalyzer.analyze(passages, type: .taa)
        #expect(analysis.agreementNumber == example.number)
        #expect(analysis.amendment == example.amendment)
        #expect(analysis.amendsAgreement == example.amends)
        #expect(AgreementAnalyzer.classify(passages)?.amendment == example.amendment)
    }

    // MARK: Classification

    @Test(arguments: [
        (["TECHNICAL ASSISTANCE AGREEMENT", "between A and B"], DocumentType.taa),
        (["Manufacturing License Agreement", "between A and B"], .mla),
        (["Technical Assistance and Manufacturing License Agreement", "between A and B"], .mla),
        (["WAREHOUSE AND DISTRIBUTION AGREEMENT", "between A and B"], .wda),
        (["Distribution Agreement", "Defense articles under 22 CFR 124.14 approved by DDTC."], .wda),
    ])
    func classifiesByTitle(_ lines: [String], _ expected: DocumentType) {
        #expect(AgreementAnalyzer.classify(Fixture.pdf(lines))?.0 == expected)
    }

    @Test(arguments: [
        ["APPLICATION/LICENSE FOR PERMANENT EXPORT OF UNCLASSIFIED DEFENSE ARTICLES", "DSP-5", "Applicant: Acme"],
        ["Distribution Agreement", "The distributor sells kitchen appliances in Ohio."],
        ["Minutes of the board meeting", "The board discussed the budget."],
    ])
    func otherDocumentsAreNotAgreements(_ lines: [String]) {
        #expect(AgreementAnalyzer.classify(Fixture.pdf(lines)) == nil)
    }

    // MARK: Term and territory

    @Test(arguments: [
        ("This Agreement shall enter into force on 1 March 2025 and expire on 28 February 2035.",
         Term(start: "2025-03-01", end: "2035-02-28", years: 10)),
        ("The term of this Agreement is five (5) years, ending on 2030-06-30.",
         Term(start: nil, end: "2030-06-30", years: 5)),
        ("This agreement is valid until December 31, 2029.", Term(start: nil, end: "2029-12-31", years: nil)),
        ("Effective Date: 03/15/2025. Expiration Date: 03/14/2033.",
         Term(start: "2025-03-15", end: "2033-03-14", years: 8)),
        ("This Agreement, effective as of the 1st day of July, 2024, shall terminate on the 30th day of June, 2031.",
         Term(start: "2024-07-01", end: "2031-06-30", years: 7)),
    ])
    func readsTerm(_ sentence: String, _ expected: Term) {
        let analysis = AgreementAnalyzer.analyze(Fixture.pdf(Fixture.wrapped(sentence, width: 40)), type: .taa)
        #expect(analysis.term == expected)
    }

    @Test(arguments: [
        ("The Sales Territory means the Republic of Korea and Australia.", DocumentType.mla, ["KR", "AU"]),
        ("The distribution territory is limited to Norway, Denmark, Sweden and Finland.", .wda,
         ["NO", "DK", "SE", "FI"]),
        ("Technical data may be retransferred within the following territory: the United States, Canada, Italy.",
         .taa, ["US", "CA", "IT"]),
        ("The Territory shall include NATO member countries, namely Belgium, the Netherlands and Poland.", .taa,
         ["BE", "NL", "PL"]),
    ])
    func readsTerritory(_ sentence: String, _ type: DocumentType, _ expected: [String]) {
        let analysis = AgreementAnalyzer.analyze(Fixture.pdf([sentence]), type: type)
        let found = analysis.retransferTerritory ?? analysis.salesTerritory ?? analysis.distributionTerritory
        #expect(found == expected)
        #expect(analysis.territoryEvidence != nil)
    }

    @Test func territoryListedLineByLine() {
        let passages = Fixture.pdf(["The Sales Territory consists of the following countries:", "GERMANY", "FRANCE",
                                    "ITALY", "ARTICLE 5 – ROYALTIES"])
        #expect(AgreementAnalyzer.analyze(passages, type: .mla).salesTerritory == ["DE", "FR", "IT"])
    }

    @Test func governmentIsNotATerritory() {
        let passages = Fixture.pdf(["No transfer outside the territory is authorized without U.S. Government approval."])
        #expect(AgreementAnalyzer.analyze(passages, type: .mla).salesTerritory == nil)
    }

    // MARK: XML

    static let xmlTAA: [(String, String)] = [
        ("/Agreement/Title", "Technical Assistance Agreement"),
        ("/Agreement/Number", "TA-5150-25"),
        ("/Agreement/Preamble", "This Agreement is made by and between Sierra Microwave LLC, a California limited "
            + "liability company (“Sierra”), and Kestrel Defence Pty Ltd, a company incorporated under the laws of "
            + "Australia (“Licensee”)."),
        ("/Agreement/Clauses/Clause[1]", "This agreement shall not enter into force, and shall not be amended or "
            + "extended, without the prior written approval of the Department of State of the U.S. Government."),
        ("/Agreement/Clauses/Clause[2]", "This agreement is subject to all United States laws and regulations "
            + "relating to exports and to all administrative acts of the U.S. Government pursuant to such laws and "
            + "regulations."),
        ("/Agreement/Clauses/Clause[3]", "The parties to this agreement agree that the obligations contained in "
            + "this agreement shall not affect the performance of any obligations created by prior contracts or "
            + "subcontracts which the parties may have individually or collectively with the U.S. Government."),
        ("/Agreement/Clauses/Clause[4]", "No liability will be incurred by or attributed to the U.S. Government in "
            + "connection with any possible infringement of privately owned patent or proprietary rights, either "
            + "domestic or foreign, by reason of the U.S. Government's approval of this agreement."),
        ("/Agreement/Clauses/Clause[5]", "The technical data or defense service exported from the United States in "
            + "furtherance of this agreement may not be transferred to a foreign person except pursuant to 22 CFR "
            + "126.7 or 126.18, as specifically authorized in this agreement, or where prior written approval of "
            + "the Department of State has been obtained."),
        ("/Agreement/Term", "This Agreement expires on 30 June 2035."),
        ("/Agreement/Territory", "The retransfer territory comprises Australia and the United States."),
        ("/Agreement/Sublicensees/Sublicensee[1]/Name", "Wombat Engineering Pty Ltd"),
        ("/Agreement/Sublicensees/Sublicensee[1]/Address", "12 Bay Road, Adelaide SA 5000"),
        ("/Agreement/Sublicensees/Sublicensee[1]/Country", "AU"),
    ]

    @Test func readsXMLPartiesFromElementNames() {
        let passages = Fixture.xml([
            ("/Submission/AgreementTitle", "Technical Assistance Agreement"),
            ("/Submission/Parties/USApplicant/Name", "Sierra Microwave LLC"),
            ("/Submission/Parties/USApplicant/Address/CountryCode", "US"),
            ("/Submission/Parties/ForeignParty[1]/Name", "Kestrel Defence Pty Ltd"),
            ("/Submission/Parties/ForeignParty[1]/Address/CountryCode", "AU"),
            ("/Submission/Parties/Party[2]/Name", "Unknown Role Ltd"),
        ])
        let parties = AgreementAnalyzer.analyze(passages, type: .taa).parties
        #expect(parties.map(\.role) == [.applicant, .licensee])
        #expect(parties.map(\.name) == ["Sierra Microwave LLC", "Kestrel Defence Pty Ltd"])
        #expect(parties.map(\.country) == ["US", "AU"])
        #expect(parties.first?.evidence?.xpath == "/Submission/Parties/USApplicant/Name")
    }

    @Test func readsTAAFromXMLPassages() {
        let passages = Fixture.xml(Self.xmlTAA)
        #expect(AgreementAnalyzer.classify(passages)?.0 == .taa)
        let analysis = AgreementAnalyzer.analyze(passages, type: .taa)
        #expect(analysis.agreementNumber == "TA-5150-25")
        #expect(analysis.agreementNumberEvidence?.xpath == "/Agreement/Number")
        #expect(analysis.clauses.map(\.present) == [true, true, true, true, true, false])
        #expect(analysis.clauses[3].evidence?.xpath == "/Agreement/Clauses/Clause[4]")
        #expect(analysis.clauses[3].evidence?.line == 8)
        #expect(analysis.term?.end == "2035-06-30")
        #expect(analysis.retransferTerritory == ["AU", "US"])
        let parties = analysis.parties
        #expect(parties.first { $0.role == .applicant }?.name == "Sierra Microwave LLC")
        #expect(parties.first { $0.role == .applicant }?.country == "US")
        #expect(parties.first { $0.role == .licensee }?.name == "Kestrel Defence Pty Ltd")
        #expect(parties.first { $0.role == .licensee }?.country == "AU")
        let sublicensee = parties.first { $0.role == .sublicensee }
        #expect(sublicensee?.name == "Wombat Engineering Pty Ltd")
        #expect(sublicensee?.country == "AU")
        #expect(sublicensee?.evidence?.xpath == "/Agreement/Sublicensees/Sublicensee[1]/Name")
    }
}

@Suite struct AgreementAmendmentValueTests {
    @Test func amendmentTakesTheNewValueAndTerritory() {
        let passages = Fixture.pdf([
            "AMENDMENT NO. 1 TO TECHNICAL ASSISTANCE AGREEMENT TA-1234-25",
            "This Amendment (1) increases the total value of the Agreement from $2,400,000.00 to $3,150,000.00; and",
            "(2) expands the retransfer territory from the United States and Germany to the United States, Germany",
            "and Norway.",
        ])
        let analysis = AgreementAnalyzer.analyze(passages, type: .taa)
        #expect(analysis.amendment)
        #expect(analysis.amendsAgreement == "TA-1234-25")
        #expect(analysis.value == Money(amount: 3_150_000, currency: "USD"))
        #expect(analysis.retransferTerritory == ["US", "DE", "NO"])
    }
}
