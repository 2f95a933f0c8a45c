import Foundation
import DocketPDF
import DocketXML

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

    /// A value filed under a label rather than written as a sentence: an XML element, a form field.
    struct Answer {
        var label: String
        var value: String
        var evidence: Evidence
    }

    /// The Part 130 answer of a structured form: a field or element whose label names part 130 ("Part130Statement",
    /// `label="Part 130 Statement"`, a checkbox "Part 130 statement attached"). Its value says which: "Attached",
    /// "Yes" (a ticked box) or the statement's own text is `provided`; "Not required", "N/A" is `notRequired`. A bare
    /// "No" says nothing certain (no statement attached, or no fees paid) and is skipped.
    static func part130(answers: [Answer]) -> (Part130Statement, Evidence)? {
        for answer in answers where names130(answer.label) {
            let value = answer.value.lowercased()
                .trimmingCharacters(in: .whitespacesAndNewlines.union(.punctuationCharacters))
            if ["not required", "not applicable", "n/a", "na", "does not apply", "none required", "inapplicable"]
                .contains(where: { value == $0 || value.hasPrefix($0 + " ") }) {
                return (.notRequired, answer.evidence)
            }
            if ["yes", "true", "x", "1", "attached", "enclosed", "provided", "included", "submitted"].contains(value) {
                return (.provided, answer.evidence)
            }
            // Free text: read it as the sentence it is, with the label as its subject.
            let sentence = TextPassage(text: "The Part 130 statement: " + answer.value, evidence: answer.evidence)
            if let read = part130(in: AgreementText([sentence])) { return read }
        }
        return nil
    }

    static func names130(_ label: String) -> Bool {
        let words = LabelText.split(label).map { $0.lowercased() }
        return zip(words, words.dropFirst()).contains { $0 == "part" && $1 == "130" } || words.contains("part130")
    }

    /// Every element with text, labelled by its name, its `label`/`sid`/`name` attribute and its parent's (an
    /// XFDL `<field sid="…"><value>` keeps the label one level up).
    static func answers(in tree: XMLTree) -> [Answer] {
        var answers: [Answer] = []
        // Only labels that can name part 130 are kept: most elements of a form are not about it.
        func labels(_ element: XMLElement) -> [String] {
            ([element.name] + ["label", "sid", "name"].compactMap { element.attribute($0) })
                .filter { $0.containsLiteral("130") }
        }
        func visit(_ element: XMLElement, parentLabels: [String]) {
            let own = element.ownText
            if !own.isEmpty {
                let evidence = Evidence(xpath: element.path, line: element.line, text: own)
                for label in labels(element) + parentLabels {
                    answers.append(Answer(label: label, value: own, evidence: evidence))
                }
            }
            for child in element.elements { visit(child, parentLabels: labels(element)) }
        }
        visit(tree.root, parentLabels: [])
        return answers
    }

    /// Filled form fields, labelled by tooltip and name.
    static func answers(in fields: [PDFFormField]) -> [Answer] {
        fields.flatMap { field -> [Answer] in
            guard let value = FormFieldRecognizer.value(of: field) else { return [] }
            let evidence = FormFieldRecognizer.evidence(field, value)
            return [field.alternateName, field.name].compactMap { $0 }.filter { $0.containsLiteral("130") }
                .map { Answer(label: $0, value: value, evidence: evidence) }
        }
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
