import Testing

import DocketCore

@Suite struct AgreementTransmittalTests {
    static let head = [
        "ACME ROTORCRAFT, INC.",
        "March 3, 2026",
        "Directorate of Defense Trade Controls",
        "U.S. Department of State",
        "Subject: Proposed Technical Assistance Agreement between Acme Rotorcraft, Inc. and Heliwerk GmbH",
        "Dear Sir or Madam:",
        "Pursuant to 22 CFR 124.12, Acme Rotorcraft, Inc. hereby submits the proposed agreement for approval.",
    ]

    /// One way of writing each item, as a letter would, keyed by the id it satisfies.
    static let items: [(String, String)] = [
        ("124.12(a)(1)", "Our DDTC registration code is M-12345."),
        ("124.12(a)(2)", "The foreign licensee is Heliwerk GmbH (Germany); the agreement covers technical data "
            + "for rotor blade repair."),
        ("124.12(a)(3)", "The technical data was not developed under any U.S. Government contract and is not "
            + "derived from a bid or proposal to the U.S. Government."),
        ("124.12(a)(4)", "The technical data is unclassified."),
        ("124.12(a)(5)", "No patent application covered by an invention secrecy order is involved."),
        ("124.12(a)(6)", "The estimated value of the agreement is $450,000."),
        ("124.12(a)(7)", "No Foreign Military Sales credits or loan guarantees are involved."),
        ("124.12(a)(8)", "No classified information is involved."),
        ("124.12(a)(9)", "Because the exports are unclassified, no DCSA cognizant security office or facility "
            + "security clearance code applies."),
        ("124.12(b)(1)", "If the agreement is approved by the Department of State, such approval will not be "
            + "construed by Acme as passing on the legality of the agreement from the standpoint of antitrust laws."),
        ("124.12(b)(2)", "Acme will not permit the proposed agreement to enter into force until it has been "
            + "approved by the Department of State."),
        ("124.12(b)(3)", "Acme will furnish the Department with one copy of the signed agreement within 30 days "
            + "from the date that it is concluded and will inform the Department of its termination not less than "
            + "30 days prior to expiration. If a decision is made not to conclude the agreement, Acme will so "
            + "inform the Department within 60 days."),
        ("124.12(b)(4)", "If this agreement grants any rights to sub-license, it will be amended to require that "
            + "all sub-licensing arrangements incorporate all the provisions of the basic agreement that refer "
            + "to the U.S. Government and the Department of State."),
    ]

    static let tail = ["Sincerely,", "Jane Q. Public", "Director, Export Compliance", "Enclosure: agreement"]

    static func letter(without omitted: String? = nil) -> [TextPassage] {
        Fixture.pdf(head + items.filter { $0.0 != omitted }.flatMap { Fixture.wrapped($0.1) } + tail)
    }

    @Test func recognizesTheLetter() {
        #expect(AgreementAnalyzer.classifyTransmittal(Self.letter()))
        #expect(AgreementAnalyzer.classify(Self.letter()) == nil)
        #expect(AgreementAnalyzer.transmittedAgreementType(Self.letter()) == .taa)
        #expect(!AgreementAnalyzer.classifyTransmittal(Fixture.pdf(AgreementDocumentTests.taa[0])))
    }

    @Test func findsEveryItem() {
        let analysis = AgreementAnalyzer.analyze(Self.letter(), type: .taa)
        #expect(analysis.transmittal.map(\.id) == Self.items.map(\.0))
        for item in analysis.transmittal {
            #expect(item.present, "\(item.id)")
            #expect(item.evidence?.page == 1)
        }
    }

    /// Each item left out is reported absent, and only that one.
    @Test(arguments: items.map(\.0))
    func reportsAMissingItem(_ id: String) {
        let analysis = AgreementAnalyzer.analyze(Self.letter(without: id), type: .taa)
        let absent = analysis.transmittal.filter { !$0.present }.map(\.id)
        #expect(absent == [id])
    }

    @Test func largeValueWithoutPart130StatementIsUnmet() {
        var passages = Self.letter(without: "124.12(a)(6)")
        passages.insert(contentsOf: Fixture.pdf(["The estimated value of the agreement is $4,800,000.00."]), at: 7)
        let item = AgreementAnalyzer.analyze(passages, type: .taa).transmittal.first { $0.id == "124.12(a)(6)" }
        #expect(item?.present == false)
        #expect(item?.note?.contains("Part 130") == true)
    }

    @Test func largeValueWithPart130StatementIsMet() {
        var passages = Self.letter(without: "124.12(a)(6)")
        passages.insert(contentsOf: Fixture.pdf([
            "The estimated value of the agreement is $4,800,000.00. Acme has not paid political contributions, fees "
                + "or commissions as described in 22 CFR 130.9.",
        ]), at: 7)
        let item = AgreementAnalyzer.analyze(passages, type: .taa).transmittal.first { $0.id == "124.12(a)(6)" }
        #expect(item?.present == true)
    }

    @Test func wdaLetterUses124_14Items() {
        let analysis = AgreementAnalyzer.analyze(Self.letter(), type: .wda)
        #expect(analysis.transmittal.map(\.id).first == "124.14(e)(1)")
        #expect(analysis.transmittal.count == 9)
    }

    @Test func readsLetterPartiesAndSigner() {
        let parties = AgreementAnalyzer.analyze(Self.letter(), type: .taa).parties
        #expect(parties.first { $0.role == .applicant }?.name == "Acme Rotorcraft, Inc.")
        #expect(parties.first { $0.role == .licensee }?.name == "Heliwerk GmbH")
        #expect(parties.first { $0.role == .licensee }?.country == "DE")
        #expect(parties.first { $0.role == .applicant }?.country == "US")
        let signer = parties.first { $0.role == .usSignatory }
        #expect(signer?.name == "Jane Q. Public")
        #expect(signer?.title == "Director, Export Compliance")
    }

    @Test func letterBeforeTheAgreementIsKeptApart() {
        let passages = Self.letter() + Fixture.pdf(["TECHNICAL ASSISTANCE AGREEMENT", AgreementClauseTests.filler])
        let analysis = AgreementAnalyzer.analyze(passages, type: .taa)
        #expect(analysis.transmittal.allSatisfy { $0.present })
        // 124.12(b)(2) in the letter is not the agreement's own 124.8(1) clause.
        #expect(analysis.clauses.first { $0.id == "124.8(1)" }?.present == false)
    }
}
