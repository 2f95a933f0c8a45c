import Foundation

/// Statements a filing makes in prose rather than in a block: the empowered official's 22 CFR 126.13(a)
/// certification and the Part 130 statement on political contributions, fees and commissions (123.1(c)(3),
/// (c)(6)). They are read with the clause detector, so wording, line breaks and page breaks do not matter.
enum FilingStatements {
    /// A letter counts as the certification when it makes at least two of the four statements: one that only
    /// mentions 126.13 ("the certification is enclosed") is a cover letter, not the certification.
    static let certificationMinimum = 2

    /// The four 126.13(a) statements, present or absent; nil when the text is not a certification.
    static func certification(in text: AgreementText) -> [Clause]? {
        let statements = ClauseDetector.detect(ClauseVocabulary.certification, in: text)
        return statements.filter(\.present).count >= certificationMinimum ? statements : nil
    }

    /// What the text says about the Part 130 statement, with the sentence that says it. "Not required" is
    /// looked for first: a sentence saying the statement is not required also names the statement. Only
    /// sentences that state something count, so a form's printed caption ("Part 130 statement attached: [ ]")
    /// is not taken for the statement.
    static func part130(in text: AgreementText) -> (Part130Statement, Evidence)? {
        if let hit = ClauseDetector.find(ClauseVocabulary.part130NotRequired, in: text) {
            return (.notRequired, hit.evidence)
        }
        if let hit = ClauseDetector.find(ClauseVocabulary.part130Provided, in: text) {
            return (.provided, hit.evidence)
        }
        return nil
    }

    /// A cheap test before sentences are built: most filings never mention Part 130. Only the phrases the
    /// vocabulary's Part 130 concept starts from pass, so "$130,000" or an address does not cost a sentence split.
    static let part130Cues = ["part 130", "part130", "130.9", "political contribution", "fees or commissions",
                              "fees and commissions"]

    static func mayMentionPart130(_ passages: [TextPassage]) -> Bool {
        passages.contains { passage in
            let text = passage.text.lowercased()
            return part130Cues.contains { text.contains($0) }
        }
    }
}
