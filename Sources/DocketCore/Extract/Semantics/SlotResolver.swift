/// Maps a label, read in its context, to a schema slot.
public struct SlotResolver: Sendable {
    public var documentType: DocumentType

    public init(documentType: DocumentType) {
        self.documentType = documentType
    }

    /// The types read in a way of their own: their forms' numbered blocks, and a BIS-748P's application type.
    /// Every other document is read as an unknown one is.
    public static let typesWithOwnReading: Set<DocumentType> = [.dsp5, .dsp73, .dsp61, .dsp85, .bis748p]

    /// The slot for `label`, whose enclosing labels (XML ancestors, a party block heading, a field's parent
    /// name) are `context`, nearest first. Inside an item (`inItem`), item attributes win.
    ///
    /// Returns nil when the label names nothing Docket extracts, rather than guessing.
    public func slot(for label: LabelText, context: [LabelText] = [], inItem: Bool = false) -> Slot? {
        let words = label.words
        if inItem, let attribute = Vocabulary.find(in: words, Vocabulary.itemAttributeTable),
           attribute.remainder.count <= 1 {
            return .item(attribute.concept)
        }
        var candidates: [(slot: Slot, length: Int, rank: Int)] = []
        func add(_ slot: Slot, _ match: Range<Int>, rank: Int) { candidates.append((slot, match.count, rank)) }

        if let match = Vocabulary.find(in: words, Vocabulary.identifierTable) { add(.identifier(match.concept), match.range, rank: 0) }
        if let match = Vocabulary.find(in: words, Vocabulary.dateTable) { add(.date(match.concept), match.range, rank: 1) }
        if let match = Vocabulary.find(in: words, Vocabulary.destinationTable) { add(.destination, match.range, rank: 2) }
        if let match = Vocabulary.find(in: words, Vocabulary.totalValueTable), !inItem {
            add(.totalValue, match.range, rank: 3)
        }
        if let match = Self.role(in: words) {
            let attribute = Self.attribute(in: match.remainder)
            add(partySlot(match.concept, attribute), match.range, rank: 4)
        }
        // "Application Type" names the form on a DDTC filing and Block 5 only on a BIS-748P.
        if documentType == .bis748p, let match = Vocabulary.find(in: words, Vocabulary.applicationTypeTable) {
            add(.applicationType, match.range, rank: 5)
        }
        if Vocabulary.isExactly(words, oneOf: Vocabulary.formTypeTable) { add(.formType, 0..<words.count, rank: 6) }
        if let match = Vocabulary.find(in: words, Vocabulary.endUseTable) { add(.endUse, match.range, rank: 7) }
        // Longest phrase wins ("applicant registration code" is an identifier, not the applicant's block);
        // equal lengths go to the more specific table.
        if let best = candidates.min(by: { ($0.length, -$0.rank) > ($1.length, -$1.rank) }) {
            if case .date(.submitted) = best.slot, words.count > 3 { return nil }
            return best.slot
        }
        // A bare attribute ("Name:", "Country:") belongs to the nearest party named around it.
        if let attribute = Vocabulary.find(in: words, Vocabulary.partyAttributeTable), attribute.remainder.count <= 1,
           let role = context.lazy.compactMap({ Self.role(in: $0.words)?.concept }).first {
            return partySlot(role, attribute.concept)
        }
        // Only a number says what the label is ("Block 14", field "b14_name"): the form's block layout decides.
        let attribute = Vocabulary.find(in: words, Vocabulary.partyAttributeTable)
        guard words.count <= 2, attribute == nil ? words.isEmpty : attribute?.remainder.isEmpty == true,
              let block = label.block ?? context.first(where: { $0.block != nil })?.block,
              let slot = BlockMap.slot(block: block, for: documentType) else { return nil }
        if case .party(let concept, .block) = slot, let attribute { return partySlot(concept, attribute.concept) }
        return words.isEmpty ? slot : nil
    }

    /// The one attribute the words name; "Name and Address" names the whole block, "City Name" the city.
    static func attribute(in words: [String]) -> PartyAttribute {
        guard let first = Vocabulary.find(in: words, Vocabulary.partyAttributeTable) else { return .block }
        guard let second = Vocabulary.find(in: first.remainder, Vocabulary.partyAttributeTable) else { return first.concept }
        let pair: Set<PartyAttribute> = [first.concept, second.concept]
        if pair == [.name, .address] { return .block }
        return first.concept == .name ? second.concept : first.concept
    }

    /// Words that may stand before a role in a label about that party ("Name of Foreign End User",
    /// "Signature of Applicant"); anything else makes the role an object ("Documents on File with Applicant").
    private static let rolePrefixWords: Set<String> = {
        var words: Set<String> = ["foreign", "us", "signature", "signed", "sign", "second", "additional", "other",
                                  "principal", "primary", "ultimate"]
        for phrase in Vocabulary.partyAttributes.flatMap(\.1) { words.formUnion(LabelText(phrase).words) }
        return words
    }()

    private static let signatureWords: Set<String> = ["signature", "signed", "sign", "signatory", "signer"]

    /// The role a label names, longest phrase first. "Signature of Foreign Consignee" names the consignee's
    /// signatory, a foreign signatory.
    static func role(in words: [String]) -> PhraseMatch<PartyConcept>? {
        let table = Vocabulary.roleTable
        guard words.contains(where: table.firstWords.contains) else { return nil }
        var best: PhraseMatch<PartyConcept>?
        for (concept, needle) in table.entries where needle.count <= words.count {
            for start in 0...(words.count - needle.count)
            where words[start] == needle[0] && words[start..<start + needle.count].elementsEqual(needle) {
                guard words[..<start].allSatisfy(rolePrefixWords.contains) else { continue }
                if needle.count > best?.range.count ?? 0 {
                    var remainder = words
                    remainder.removeSubrange(start..<start + needle.count)
                    best = PhraseMatch(concept: concept, range: start..<start + needle.count, remainder: remainder)
                }
            }
        }
        guard var match = best else { return nil }
        if match.concept == .signatory, words[..<match.range.lowerBound].contains("foreign") {
            match.concept = .foreignSignatory
        }
        if match.concept != .signatory, !signatureWords.isDisjoint(with: words[..<match.range.lowerBound]) {
            let foreign = words.contains("foreign") || [.endUser, .consignee, .intermediateConsignee, .licensee,
                                                        .sublicensee, .purchaser].contains(match.concept)
            match.concept = foreign ? .foreignSignatory : .signatory
            match.remainder = match.remainder.filter { !signatureWords.contains($0) }
        }
        return match
    }

    private func partySlot(_ concept: PartyConcept, _ attribute: PartyAttribute) -> Slot {
        if attribute == .registrationCode && concept == .applicant { return .identifier(.registrationCode) }
        return .party(concept, attribute)
    }
}

/// Block numbers of the forms, for labels that carry a number and little else ("Block 14", a field "b14").
/// Numbers marked [V] in DOMAIN.md are from the DECCS instructions; the rest follow the long-standing paper
/// layouts and are only a fallback behind the label words.
enum BlockMap {
    static func slot(block: String, for type: DocumentType) -> Slot? {
        let number = String(block.prefix { $0.isNumber })
        switch type {
        case .dsp5:
            return [
                "1": .identifier(.transactionNumber), "2": .identifier(.registrationCode), "3": .destination,
                "5": .party(.applicant, .block), "12": .totalValue, "13": .party(.manufacturer, .block),
                "14": .party(.endUser, .block), "15": .party(.consignee, .block),
                "16": .party(.intermediateConsignee, .block), "18": .party(.seller, .block),
                "19": .party(.freightForwarder, .block),
            ][number]
        case .bis748p:
            return [
                "4": .date(.submitted), "5": .applicationType, "14": .party(.applicant, .block), "15": .party(.otherParty, .block),
                "16": .party(.purchaser, .block), "17": .party(.intermediateConsignee, .block),
                "18": .party(.consignee, .block), "19": .party(.endUser, .block), "23": .totalValue,
            ][number]
        case .dsp73:
            return ["1": .identifier(.transactionNumber), "2": .identifier(.registrationCode), "3": .destination,
                    "5": .party(.applicant, .block)][number]
        case .dsp61:
            // DECCS DSP-61: Block 3 is the country shipped from, Block 5 the country of ultimate destination.
            return ["1": .identifier(.transactionNumber), "2": .identifier(.registrationCode), "5": .destination][number]
        case .dsp85:
            return ["1": .identifier(.transactionNumber), "2": .identifier(.registrationCode)][number]
        default:
            return nil
        }
    }
}
