import Testing
@testable import DocketCore

/// The prose statements behind the 126.13 and Part 130 rules, in the wordings filers use.
@Suite struct FilingStatementsTests {
    static func text(_ lines: [String]) -> AgreementText {
        AgreementText(lines.enumerated().map { TextPassage(text: $1, evidence: Evidence(page: 1, text: $1)) })
    }

    static func part130(_ lines: String...) -> Part130Statement? {
        FilingStatements.part130(in: text(lines))?.0
    }

    @Test func part130Wordings() {
        #expect(Self.part130("Pursuant to 22 CFR 130.9, neither the applicant nor its vendors have paid, or offered "
            + "or agreed to pay, political contributions or fees or commissions in respect of this sale.") == .provided)
        #expect(Self.part130("A Part 130 statement is enclosed.") == .provided)
        #expect(Self.part130("Enclosures: the DSP-5 application, the purchase order and the Part 130 statement.")
            == .provided)
        #expect(Self.part130("A Part 130 statement is not required: the articles are not sold to or for the use of "
            + "the armed forces of a foreign country.") == .notRequired)
        #expect(Self.part130("Part 130 does not apply to this temporary export.") == .notRequired)
        #expect(Self.part130("No Part 130 statement is required because the value is below the $500,000 threshold.")
            == .notRequired)
        #expect(Self.part130("The applicant paid the invoice of the Commission in full.") == nil, "not Part 130")
        #expect(Self.part130("Block 12 Total value: $1,300,000.00") == nil)
        #expect(Self.part130("Block 21 Part 130 Statement Attached: [ ]") == nil, "a form's caption states nothing")
    }

    static func answer(_ label: String, _ value: String) -> Part130Statement? {
        let answer = FilingStatements.Answer(label: label, value: value, evidence: Evidence())
        return FilingStatements.part130(answers: [answer])?.0
    }

    @Test func part130AnsweredInAFieldOrElement() {
        #expect(Self.answer("Part130Statement", "Attached") == .provided)
        #expect(Self.answer("block21_part130_attached", "Yes") == .provided, "a ticked checkbox")
        #expect(Self.answer("Part 130 Statement", "Not required.") == .notRequired)
        #expect(Self.answer("Part 130 Statement", "N/A") == .notRequired)
        #expect(Self.answer("Part 130 Statement", "The applicant has not paid or offered to pay any fees or "
            + "commissions.") == .provided, "the statement's own text")
        #expect(Self.answer("Part 130 Statement", "No") == nil, "no attachment, or no fees: not certain")
        #expect(Self.answer("Remarks", "Attached") == nil)
        #expect(Self.answer("Block 130", "Attached") == nil, "130 alone is not part 130")
    }

    @Test func cheapTestLetsPart130Through() {
        let passages = ["Block 21", "Part 130 statement attached"].map { TextPassage(text: $0, evidence: Evidence()) }
        #expect(FilingStatements.mayMentionPart130(passages))
        #expect(!FilingStatements.mayMentionPart130([TextPassage(text: "Block 12 $130,000", evidence: Evidence())]))
    }

    static let ddtcSample = [
        "In accordance with 22 CFR 126.13, the undersigned certifies that:",
        "(a) Neither the applicant, its chief executive officer, president, vice-presidents, other senior officers or "
            + "officials, nor any member of its board of directors is the subject of an indictment for or has been "
            + "convicted of violating any of the U.S. criminal statutes enumerated in 22 CFR 120.6;",
        "(b) Neither the applicant nor any of those persons is ineligible to contract with, or to receive a license "
            + "or other approval to import defense articles or defense services from, any agency of the U.S. "
            + "Government;",
        "(c) To the best of the applicant's knowledge, no party to the export as defined in 22 CFR 126.7(e) has been "
            + "convicted of violating any of those statutes or is ineligible to contract with any agency of the U.S. "
            + "Government; and",
        "(d) The natural person signing this letter is a citizen of the United States.",
    ]

    @Test func certificationStatements() throws {
        let statements = try #require(FilingStatements.certification(in: Self.text(Self.ddtcSample)))
        #expect(statements.map(\.id) == ["126.13(a)(1)", "126.13(a)(2)", "126.13(a)(3)", "126.13(a)(4)"])
        #expect(statements.allSatisfy { $0.present })
        let firstThree = Self.text(Array(Self.ddtcSample.prefix(4)))
        let withoutSigner = try #require(FilingStatements.certification(in: firstThree))
        #expect(withoutSigner.map(\.present) == [true, true, true, false])
    }

    @Test func aLetterThatOnlyMentions12613IsNotTheCertification() {
        #expect(FilingStatements.certification(in: Self.text([
            "Enclosed please find the DSP-5 application and the certification required by 22 CFR 126.13.",
            "Please contact the undersigned with any questions.",
        ])) == nil)
    }
}
