import Foundation

/// Reads letters (126.13 certifications, transmittal letters, BIS-711 statements on letterhead): values sit in
/// prose and in the letter's fixed places rather than behind labels.
///
/// The letterhead names the writer, the first date line dates it, "Registration Code M-12345" and
/// "Transaction No. X" appear in the subject line, `X (the "Applicant")` names the applicant, and the signature
/// block after the closing names the signer, the title and the organization.
///
/// A BIS-711 statement (`statement`) also names its parties in prose: `We, Acme Ltd., of 1 Main Street, Taipei,
/// Taiwan, are the ultimate consignee and the purchaser`, or `Acme Ltd., 1 Main Street, ... (the "Ultimate
/// Consignee")`; it lists the items on numbered lines with their ECCN, and a "Signature of responsible official"
/// caption may stand where a letter has its closing.
struct LetterReader {
    let passages: [TextPassage]
    let normalizers: Normalizers
    var statement = false

    static let closings = ["sincerely", "respectfully", "very truly yours", "yours truly", "regards",
                           "respectfully submitted", "yours faithfully", "best regards"]

    /// How many passages from the start hold a salutation, and from the end a closing.
    static let (headCount, tailCount) = (30, 40)

    /// True for a document with a salutation or a closing near its start or end. `head` and `tail`: the first
    /// `headCount` and the last `tailCount` passages.
    static func isLetter(head: [TextPassage], tail: [TextPassage]) -> Bool {
        let head = head.map { $0.text.lowercased() }
        let tail = tail.map { $0.text.lowercased().trimmingPunctuation() }
        let salutation = head.contains { $0.hasPrefix("dear ") || $0.hasPrefix("to whom it may concern") }
        let closing = tail.contains { line in closings.contains { line.hasPrefix($0) } }
        return salutation || closing
    }

    func read() -> (observations: [Observation], items: [[Observation]]) {
        var observations: [Observation] = []
        observations += identifiers()
        let signature = signatureBlock()
        if let date = letterDate() ?? signature.date { observations.append(date) }
        observations += signature.observations
        let paragraphs = Self.paragraphs(passages)
        let applicant = applicant(in: paragraphs)
        if let applicant { observations += applicant }
        guard statement else { return (observations, []) }
        var named = applicant == nil ? [] : [PartyConcept.applicant]
        for paragraph in paragraphs {
            for party in declaredParties(in: paragraph) + taggedParties(in: paragraph) where !named.contains(party.concept) {
                named.append(party.concept)
                observations.append(Observation(slot: .party(party.concept, .block), value: party.block,
                                                evidence: paragraph.evidence, group: "statement-\(party.concept.rawValue)"))
            }
        }
        if let use = paragraphs.first(where: { Self.statesEndUse($0.text) }) {
            observations.append(Observation(slot: .endUse, value: use.text.replacingPattern(Self.listMarker, with: ""),
                                            evidence: use.evidence, group: "statement"))
        }
        return (observations, paragraphs.compactMap(item))
    }

    /// True when the observations name a consignee or purchaser: the document is a statement in prose, not a
    /// form whose labels the text route reads.
    static func namesStatementParty(_ observations: [Observation]) -> Bool {
        observations.contains { observation in
            guard case .party(let concept, _) = observation.slot else { return false }
            return [.consignee, .purchaser, .endUser, .intermediateConsignee].contains(concept)
        }
    }

    // MARK: Statements in prose

    /// Lines joined into paragraphs: a line close under the one before continues it, unless it starts a
    /// numbered or bulleted entry. XML passages stay one paragraph each.
    static func paragraphs(_ passages: [TextPassage]) -> [TextPassage] {
        var paragraphs: [TextPassage] = []
        var previous: Evidence?
        for passage in passages {
            let text = passage.text.trimmingSpaces()
            guard !text.isEmpty else { continue }
            if let last = paragraphs.last, let above = previous?.bbox, let box = passage.evidence.bbox,
               above.count == 4, box.count == 4, previous?.page == passage.evidence.page,
               box[1] - above[3] < (above[3] - above[1]) * 0.6, text.rangeOfPattern(listMarker) == nil {
                var merged = last
                // "two-" / "axis": a line-end hyphen joins without a space and stays ("two-axis").
                let joined = last.text.hasSuffix("-") && text.first?.isLowercase == true
                    ? last.text + text : last.text + " " + text
                merged.text = joined
                merged.evidence.text = joined
                if let top = last.evidence.bbox, top.count == 4 {
                    merged.evidence.bbox = [min(top[0], box[0]), top[1], max(top[2], box[2]), box[3]]
                }
                paragraphs[paragraphs.count - 1] = merged
            } else {
                paragraphs.append(TextPassage(text: text, evidence: passage.evidence))
            }
            previous = passage.evidence
        }
        return paragraphs
    }

    /// "1.", "(2)", "a)", "-", "•" opening an entry.
    static let listMarker = #"^\s*(?:\(?\d{1,2}[.)]|\(?[a-z][.)]|[-•–*])\s+"#

    /// `We, NAME[, of ADDRESS], are both the ultimate consignee and the purchaser`: the writer's own roles.
    private func declaredParties(in paragraph: TextPassage) -> [(concept: PartyConcept, block: String)] {
        let pattern = #"^(?:We|I|The undersigned)\s*,\s*(.+?),\s+(?:are|is|am|acts?|hereby|certif(?:y|ies)|confirms?|declares?|states?)\b(.*)$"#
        guard let regex = RegexCache.regex(pattern), let match = regex.firstMatch(
                  in: paragraph.text, range: NSRange(paragraph.text.startIndex..., in: paragraph.text)),
              let whoRange = Range(match.range(at: 1), in: paragraph.text),
              let clauseRange = Range(match.range(at: 2), in: paragraph.text) else { return [] }
        let who = String(paragraph.text[whoRange])
        // The roles are named before the objects: "... the purchaser of the items listed below, which ...".
        let clause = String(paragraph.text[clauseRange]).components(separatedBy: CharacterSet(charactersIn: ",.;:"))
            .first?.components(separatedBy: " of ").first ?? ""
        let block = who.replacingOccurrences(of: ", of ", with: ", ")
        return Self.roles(in: clause).map { ($0, block) }
    }

    /// Every role a phrase names, in order: "the ultimate consignee and the purchaser" -> consignee, purchaser.
    static func roles(in phrase: String) -> [PartyConcept] {
        var words = LabelText(phrase).words
        var found: [(Int, PartyConcept)] = []
        while let match = Vocabulary.find(in: words, Vocabulary.roleTable) {
            found.append((match.range.lowerBound, match.concept))
            // Blanked rather than removed, so the positions of the roles still to find stay where they were.
            words.replaceSubrange(match.range, with: Array(repeating: "", count: match.range.count))
        }
        return found.sorted { $0.0 < $1.0 }.map(\.1).filter { $0 != .signatory }
    }

    /// `NAME, ADDRESS (the "ROLE")`: the party a parenthesis names, with the name and address written before it.
    private func taggedParties(in paragraph: TextPassage) -> [(concept: PartyConcept, block: String)] {
        let text = paragraph.text
        let pattern = #"\(\s*(?:hereinafter\s+(?:referred\s+to\s+as\s+|called\s+)?)?(?:the\s+)?[“"”']?([A-Za-z][A-Za-z \-]{1,40}?)[“"”']?\s*\)"#
        guard let regex = RegexCache.regex(pattern) else { return [] }
        var parties: [(PartyConcept, String)] = []
        for match in regex.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
            guard let tag = Range(match.range(at: 1), in: text), let whole = Range(match.range, in: text) else { continue }
            let words = LabelText(String(text[tag])).words
            guard let role = SlotResolver.role(in: words), role.remainder.isEmpty, role.concept != .signatory,
                  let block = Self.nameBefore(text[..<whole.lowerBound]) else { continue }
            parties.append((role.concept, block))
        }
        return parties
    }

    /// The capitalized run (name, street, city, country) that ends at the end of `text`, back to the first word
    /// of prose: "which we have ordered from Acme, Inc., 1 Main St, Springfield" -> "Acme, Inc., 1 Main St, ...".
    static func nameBefore(_ text: Substring) -> String? {
        let tokens = text.split(separator: " ")
        var start = tokens.endIndex
        while start > tokens.startIndex {
            let token = tokens[start - 1]
            let letters = token.trimmingPunctuation()
            let fits = letters.isEmpty || letters.first.map { $0.isUppercase || $0.isNumber || $0 == "#" } == true
                || nameConnectors.contains(letters.lowercased()) && start < tokens.endIndex
            guard fits else { break }
            start -= 1
        }
        var run = Array(tokens[start...])
        while let first = run.first, nameConnectors.contains(first.lowercased()) || first.allSatisfy(\.isPunctuation) {
            run.removeFirst()
        }
        let block = run.joined(separator: " ").trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: ",;:")))
        return block.count >= 3 && block.first?.isUppercase == true ? block : nil
    }

    /// Lower-case words that sit inside names and addresses ("Bank of Taiwan", "Republic of Korea").
    private static let nameConnectors: Set<String> = ["of", "de", "du", "des", "la", "le", "der", "van", "von", "and", "&",
                                                      "y", "e", "da", "di", "del", "the", "mbh", "plc"]

    /// A numbered or bulleted line naming an ECCN: "1. Gimbal assembly - quantity 20 EA - ECCN 9A610.x - model
    /// BPO-GMB-2X", "- 12 units of camera cores, part no. NS-640 (ECCN 6A003.b.4)".
    private func item(_ paragraph: TextPassage) -> [Observation]? {
        let text = paragraph.text
        guard let marker = text.rangeOfPattern(Self.listMarker),
              let eccnRange = text.rangeOfPattern(Self.eccnPattern) else { return nil }
        var rest = text
        var observations: [Observation] = []
        func add(_ attribute: ItemAttribute, _ value: String) {
            observations.append(Observation(slot: .item(attribute), value: value, evidence: paragraph.evidence,
                                            group: "statement-item"))
        }
        let number = text[marker].filter(\.isNumber)
        if !number.isEmpty { add(.line, number) }
        add(.eccn, String(text[eccnRange]).replacingPattern(#"(?i)^eccn\s*:?\s*"#, with: ""))
        rest = rest.replacingPattern(Self.eccnPattern, with: " ; ")
        rest = rest.replacingPattern(Self.listMarker, with: "")
        for (attribute, pattern) in [(ItemAttribute.quantity, Self.quantityPattern), (.quantity, Self.leadingQuantityPattern),
                                     (.partNumber, Self.modelPattern)] {
            guard !observations.contains(where: { $0.slot == .item(attribute) }), let range = rest.rangeOfPattern(pattern),
                  let value = Self.firstGroup(pattern, in: String(rest[range])) else { continue }
            let unit = attribute == .quantity ? Self.unit(after: String(rest[range])) : nil
            add(attribute, unit.map { value + " " + $0 } ?? value)
            rest.replaceSubrange(range, with: " ; ")
        }
        let description = rest.components(separatedBy: CharacterSet(charactersIn: ";()|"))
            .flatMap { $0.components(separatedBy: " - ") }
            .map { $0.trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: ",.-–:"))) }
            .filter { $0.contains(where: \.isLetter) }
            .joined(separator: ", ")
        if !description.isEmpty { add(.description, description) }
        return observations
    }

    static let eccnPattern = #"(?i)\b(?:ECCN\s*:?\s*)?(?:[0-9][A-E][0-9]{3}(?:\.[0-9a-z]+)*|EAR99)\b"#
    static let quantityPattern = #"(?i)\b(?:quantity|qty)\.?\s*(?:of\s*)?:?\s*(\d[\d,]*)(?:\s+[A-Za-z]{1,8}\b)?"#
    static let leadingQuantityPattern = #"(?i)^\s*(\d[\d,]*)\s+(?:units?|pieces?|pcs|each|ea|sets?|systems?|lots?)\b(?:\s+of\b)?"#
    static let modelPattern = #"(?i)\b(?:model|part\s*(?:no\.?|number)|p/n)\s*(?:no\.?|number)?\s*:?\s*([A-Z0-9][A-Z0-9\-./]*[A-Z0-9])"#

    /// The unit written after a quantity ("20 EA", "12 units of"), when it is one.
    static func unit(after match: String) -> String? {
        let words = match.split(separator: " ").map(String.init)
        guard let index = words.lastIndex(where: { $0.first?.isNumber == true }), index + 1 < words.count else { return nil }
        let unit = words[index + 1]
        return unit.lowercased() == "of" ? nil : unit
    }

    /// The paragraph saying what the items are for: "will be incorporated into", "will be used", "end use".
    static func statesEndUse(_ text: String) -> Bool {
        text.rangeOfPattern(#"(?i)\b(?:will be (?:used|incorporated|installed|integrated|consumed)|end[\s-]use\b|intended use)"#) != nil
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

    /// Name, title and organization under the closing (in a statement, under a "Signature of responsible
    /// official" caption); signature lines ("/s/", "By: ____") are skipped, "Name:" and "Title:" labels dropped,
    /// and a "Date:" line dates the signature.
    private func signatureBlock() -> (observations: [Observation], date: Observation?) {
        guard let closing = passages.lastIndex(where: { passage in
            let line = passage.text.lowercased().trimmingPunctuationAndSpaces()
            return Self.closings.contains { line.hasPrefix($0) }
                || statement && line.rangeOfPattern(#"^(?:signature|signed)(?:\s+of\s+[a-z ]{3,40})?$"#) != nil
        }) else { return ([], nil) }
        var date: Observation?
        let lines = passages[(closing + 1)...].compactMap { passage -> TextPassage? in
            var text = passage.text.trimmingSpaces()
            let lowered = text.lowercased()
            if lowered.hasPrefix("date") || lowered.hasPrefix("signed on"), let colon = text.firstIndex(of: ":") {
                let value = text[text.index(after: colon)...].trimmingSpaces()
                if date == nil, normalizers.dates.normalize(value) != nil {
                    date = Observation(slot: .date(.submitted), value: value, evidence: passage.evidence, group: "signature")
                }
                return nil
            }
            if let label = text.rangeOfPattern(#"^(?i)(?:name|title|position|company)\s*:\s*"#) {
                text = String(text[label.upperBound...])
            }
            guard !text.isEmpty, !text.hasPrefix("/s/"), !text.allSatisfy({ "_-. ".contains($0) }),
                  !lowered.hasPrefix("by:"), !lowered.hasPrefix("enclosure"), !lowered.hasPrefix("cc:"),
                  !lowered.hasPrefix("signature"), !DocumentText.isPageNumber(text) else { return nil }
            return TextPassage(text: text, evidence: passage.evidence)
        }.prefix(3)
        guard let name = lines.first, name.text.spaceSeparatedWordCount(upTo: 6) <= 6 else { return ([], date) }
        var observations = [Observation(slot: .party(.signatory, .name), value: name.text, evidence: name.evidence,
                                        group: "signature")]
        if lines.count > 1 {
            let title = lines[lines.startIndex + 1]
            observations.append(Observation(slot: .party(.signatory, .title), value: title.text, evidence: title.evidence,
                                            group: "signature"))
        }
        // The organization line says whose official signs, and so the signatory's side and country.
        if statement, lines.count > 2 {
            let organization = lines[lines.startIndex + 2]
            observations.append(Observation(slot: .party(.signatory, .name), value: organization.text,
                                            evidence: organization.evidence, group: "signature"))
        }
        return (observations, date)
    }

    /// `Acme Corp. (the "Applicant")`, or `Acme Corp., 1 Main St, ... (the "Applicant")`; without an address
    /// of its own, the letterhead's when the letterhead names the same organization.
    private func applicant(in paragraphs: [TextPassage]) -> [Observation]? {
        let tagged = paragraphs.lazy.flatMap { paragraph in
            taggedParties(in: paragraph).map { (block: $0.block, evidence: paragraph.evidence, concept: $0.concept) }
        }
        guard let found = tagged.first(where: { $0.concept == .applicant }) else { return nil }
        var observations = [Observation(slot: .party(.applicant, .block), value: found.block, evidence: found.evidence,
                                        group: "applicant")]
        let (name, address) = RecordBuilder.splitBlock(found.block)
        guard let name, address.isEmpty else { return observations }
        // The letterhead: the first lines, before the date or the addressee.
        let key = normalizers.names.comparisonKey(for: name)
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
