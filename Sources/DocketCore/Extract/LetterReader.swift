import Foundation

/// Reads letters (126.13 certifications, transmittal letters, BIS-711 statements on letterhead): values sit in
/// prose and in the letter's fixed places rather than behind labels.
///
/// The letterhead names the writer, the first date line dates it, "Registration Code M-12345" and
/// "Transaction No. X" appear in the subject line, `X (the "Applicant")` names the applicant, and the signature
/// block after the closing names the signer, the title and the organization.
struct LetterReader {
    let passages: [TextPassage]
    let normalizers: Normalizers

    static let closings = ["sincerely", "respectfully", "very truly yours", "yours truly", "regards",
                           "respectfully submitted", "yours faithfully", "best regards"]

    /// True for a document with a salutation or a closing near its start or end.
    static func isLetter(_ passages: [TextPassage]) -> Bool {
        let head = passages.prefix(30).map { $0.text.lowercased() }
        let tail = passages.suffix(40).map { $0.text.lowercased().trimmingCharacters(in: .punctuationCharacters) }
        let salutation = head.contains { $0.hasPrefix("dear ") || $0.hasPrefix("to whom it may concern") }
        let closing = tail.contains { line in closings.contains { line.hasPrefix($0) } }
        return salutation || closing
    }

    func read() -> [Observation] {
        var observations: [Observation] = []
        observations += identifiers()
        if let date = letterDate() { observations.append(date) }
        observations += signatureBlock()
        if let applicant = applicant() { observations += applicant }
        return observations
    }

    /// Identifiers written inline: "DDTC Registration Code M 41207", "Applicant Transaction No. CST/2026/0031".
    private func identifiers() -> [Observation] {
        let patterns: [(IdentifierKind, String)] = [
            (.registrationCode, #"(?i)regist\w*\s+(?:code|number|no\.?)\s*[:#]?\s*([MK][\s-]?\d{4,5})\b"#),
            (.transactionNumber, #"(?i)transaction\s+(?:number|no\.?|reference)\s*[:#]?\s*([A-Z0-9][A-Z0-9/\-_.]*\d[A-Z0-9/\-_]*)"#),
            (.agreementNumber, #"\b((?:TA|MA|DA|WDA)[\s-]?\d{3,5}[\s-]\d{2}[A-Z]?)\b"#),
            (.applicationControlNumber, #"(?i)application\s+control\s+(?:number|no\.?)\s*[:#]?\s*(Z\d{6})\b"#),
        ]
        var found: [Observation] = []
        // A subject line wraps: read each passage together with the next.
        for (index, passage) in passages.enumerated() {
            let text = index + 1 < passages.count ? passage.text + " " + passages[index + 1].text : passage.text
            for (kind, pattern) in patterns where !found.contains(where: { $0.slot == .identifier(kind) }) {
                guard let range = text.rangeOfPattern(pattern),
                      let match = Self.firstGroup(pattern, in: String(text[range])) else { continue }
                found.append(Observation(slot: .identifier(kind), value: match, evidence: passage.evidence, group: "letter"))
            }
        }
        return found
    }

    /// The first line in the letter's head that is nothing but a date.
    private func letterDate() -> Observation? {
        for passage in passages.prefix(15) {
            let text = passage.text.trimmingSpaces()
            guard text.count <= 40, normalizers.dates.normalize(text) != nil else { continue }
            return Observation(slot: .date(.submitted), value: text, evidence: passage.evidence, group: "letter")
        }
        return nil
    }

    /// Name, title and organization under the closing; signature lines ("/s/", "By: ____") are skipped.
    private func signatureBlock() -> [Observation] {
        guard let closing = passages.lastIndex(where: { passage in
            let line = passage.text.lowercased().trimmingCharacters(in: .punctuationCharacters.union(.whitespaces))
            return Self.closings.contains { line.hasPrefix($0) }
        }) else { return [] }
        let lines = passages[(closing + 1)...].filter { passage in
            let text = passage.text.trimmingSpaces()
            return !text.isEmpty && !text.hasPrefix("/s/") && !text.allSatisfy({ "_-. ".contains($0) })
                && !text.lowercased().hasPrefix("by:") && !text.lowercased().hasPrefix("enclosure")
                && !text.lowercased().hasPrefix("cc:") && !DocumentText.isPageNumber(text)
        }.prefix(3)
        guard let name = lines.first, name.text.split(separator: " ").count <= 6 else { return [] }
        var observations = [Observation(slot: .party(.signatory, .name), value: name.text, evidence: name.evidence,
                                        group: "signature")]
        if lines.count > 1 {
            let title = lines[lines.startIndex + 1]
            observations.append(Observation(slot: .party(.signatory, .title), value: title.text, evidence: title.evidence,
                                            group: "signature"))
        }
        return observations
    }

    /// `Acme Corp. (the "Applicant")`, else the organization line of the signature block, with the letterhead's
    /// address when the letterhead names the same organization.
    private func applicant() -> [Observation]? {
        let pattern = #"(?:of|by|for)\s+([A-Z][^()“"]{2,80}?)\s*\(\s*(?:the\s+)?[“"”]?Applicant[“"”]?\s*\)"#
        var name: (String, Evidence)?
        for (index, passage) in passages.enumerated() {
            let text = index > 0 ? passages[index - 1].text + " " + passage.text : passage.text
            if let range = text.rangeOfPattern(pattern),
               let match = Self.firstGroup(pattern, in: String(text[range])) {
                name = (match, passage.evidence)
                break
            }
        }
        guard let (applicantName, evidence) = name else { return nil }
        var observations = [Observation(slot: .party(.applicant, .name), value: applicantName, evidence: evidence,
                                        group: "applicant")]
        // The letterhead: the first lines, before the date or the addressee.
        let key = normalizers.names.comparisonKey(for: applicantName)
        let head = passages.prefix(6)
        if let letterhead = head.first, normalizers.names.comparisonKey(for: letterhead.text) == key {
            let addressLines = head.dropFirst().prefix { normalizers.dates.normalize($0.text) == nil }
                .filter { !RecordBuilder.isContactLine($0.text) }
            if let first = addressLines.first {
                observations.append(Observation(slot: .party(.applicant, .address),
                                                value: addressLines.map(\.text).joined(separator: "\n"),
                                                evidence: first.evidence, group: "applicant"))
            }
        }
        return observations
    }

    static func firstGroup(_ pattern: String, in text: String) -> String? {
        guard let regex = RegexCache.regex(pattern),
              let match = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
              match.numberOfRanges > 1, let range = Range(match.range(at: 1), in: text) else { return nil }
        return String(text[range]).trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: ".,;")))
    }
}
