/// Finds `ClauseVocabulary` rules in an agreement's sentences.
enum ClauseDetector {
    /// One `Clause` per rule, in rule order: present with evidence and notes, or absent.
    ///
    /// `statementsOnly` skips sentences without a verb of obligation (headings, table cells, lists), which is
    /// right for agreement clauses and wrong for transmittal-letter items like "Registration code: M12345".
    static func detect(_ rules: [(String, ClauseRule)], in text: AgreementText, statementsOnly: Bool = true) -> [Clause] {
        rules.map { id, rule in
            guard let hit = find(rule, in: text, statementsOnly: statementsOnly) else {
                return Clause(id: id, present: false)
            }
            return Clause(id: id, present: true, evidence: hit.evidence, note: hit.note)
        }
    }

    struct Hit {
        var evidence: Evidence
        var note: String?
        var sentence: Int
    }

    static func find(_ rule: ClauseRule, in text: AgreementText, statementsOnly: Bool = true) -> Hit? {
        let sentences = text.sentences
        for sentence in sentences where !sentence.isNavigation {
            guard rule.core.allSatisfy({ $0.occurs(in: sentence) }),
                  !rule.forbidden.contains(where: { $0.occurs(in: sentence) }),
                  !statementsOnly || isStatement(sentence) else { continue }
            let low = max(0, sentence.index - rule.window)
            let high = min(sentences.count - 1, sentence.index + rule.window)
            let nearby = sentences[low...high].filter { !$0.isNavigation }
            guard rule.support.allSatisfy({ concept in nearby.contains { concept.occurs(in: $0) } }) else {
                continue
            }
            let notes = rule.notes.filter { note in
                let applies = note.requires.map { required in nearby.contains { required.occurs(in: $0) } } ?? true
                return applies && !nearby.contains { note.lacks.occurs(in: $0) }
            }.map(\.note)
            var evidence = text.passages[sentence.passage].evidence
            evidence.text = sentence.text.count > 600 ? String(sentence.text.prefix(600)) + "…" : sentence.text
            return Hit(evidence: evidence, note: notes.isEmpty ? nil : notes.joined(separator: "; "),
                       sentence: sentence.index)
        }
        return nil
    }

    /// A sentence that says something (a verb of obligation, or a full-length sentence that is not shouted),
    /// as opposed to a heading or a caption.
    static func isStatement(_ sentence: AgreementSentence) -> Bool {
        if ClauseVocabulary.modal.occurs(in: sentence) { return true }
        let letters = sentence.text.filter(\.isLetter)
        let upper = letters.filter(\.isUppercase).count
        return sentence.words.count >= 8 && upper * 2 < letters.count
    }
}
