/// Maps a label, read in its context, to a schema slot.
public struct SlotResolver: Sendable {
    public var documentType: DocumentType

    public init(documentType: DocumentType) {
        self.documentType = documentType
    }

    /// The slot for `label`, whose enclosing labels (XML ancestors, a party block heading, a field's parent
    /// name) are `context`, nearest first. Inside an item (`inItem`), item attributes win.
    ///
    /// Returns nil when the label names nothing Docket extracts, rather than guessing.
    public func slot(for label: LabelText, context: [LabelText] = [], inItem: Bool = false) -> Slot? {
        let words = label.words
        if inItem, let attribute = Vocabulary.find(in: words, Vocabulary.itemAttributes),
           attribute.remainder.count <= 1 {
            return .item(attribute.concept)
        }
        var candidates: [(slot: Slot, length: Int, rank: Int)] = []
        func add(_ slot: Slot, _ match: Range<Int>, rank: Int) { candidates.append((slot, match.count, rank)) }

        if let match = Vocabulary.find(in: words, Vocabulary.identifiers) { add(.identifier(match.concept), match.range, rank: 0) }
        if let match = Vocabulary.find(in: words, Vocabulary.dates) { add(.date(match.concept), match.range, rank: 1) }
        if let match = Vocabulary.findPhrase(in: words, Vocabulary.destinations) { add(.destination, match.range, rank: 2) }
        if let match = Vocabulary.findPhrase(in: words, Vocabulary.totalValue), !inItem {
            add(.totalValue, match.range, rank: 3)
        }
        if let match = Vocabulary.find(in: words, Vocabulary.roles) {
            let attribute = Self.attribute(in: match.remainder)
            add(partySlot(match.concept, attribute), match.range, rank: 4)
        }
        if Vocabulary.isExactly(words, oneOf: Vocabulary.formType) { add(.formType, 0..<words.count, rank: 5) }
        // Longest phrase wins ("applicant registration code" is an identifier, not the applicant's block);
        // equal lengths go to the more specific table.
        if let best = candidates.min(by: { ($0.length, -$0.rank) > ($1.length, -$1.rank) }) {
            if case .date(.submitted) = best.slot, words.count > 3 { return nil }
            return best.slot
        }
        // A bare attribute ("Name:", "Country:") belongs to the nearest party named around it.
        if let attribute = Vocabulary.find(in: words, Vocabulary.partyAttributes), attribute.remainder.count <= 1,
           let role = context.lazy.compactMap({ Vocabulary.find(in: $0.words, Vocabulary.roles)?.concept }).first {
            return partySlot(role, attribute.concept)
        }
        // Only a number says what the label is ("Block 14", field "b14_name"): the form's block layout decides.
        let attribute = Vocabulary.find(in: words, Vocabulary.partyAttributes)
        guard words.count <= 2, attribute == nil ? words.isEmpty : attribute?.remainder.isEmpty == true,
              let block = label.block ?? context.first(where: { $0.block != nil })?.block,
              let slot = BlockMap.slot(block: block, for: documentType) else { return nil }
        if case .party(let concept, .block) = slot, let attribute { return partySlot(concept, attribute.concept) }
        return words.isEmpty ? slot : nil
    }

    /// The one attribute the words name; "Name and Address" names the whole block.
    static func attribute(in words: [String]) -> PartyAttribute {
        guard let first = Vocabulary.find(in: words, Vocabulary.partyAttributes) else { return .block }
        if Vocabulary.find(in: first.remainder, Vocabulary.partyAttributes) != nil { return .block }
        return first.concept
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
                "4": .date(.submitted), "14": .party(.applicant, .block), "15": .party(.otherParty, .block),
                "16": .party(.purchaser, .block), "17": .party(.intermediateConsignee, .block),
                "18": .party(.consignee, .block), "19": .party(.endUser, .block), "23": .totalValue,
            ][number]
        case .dsp61, .dsp73, .dsp85:
            return ["1": .identifier(.transactionNumber), "2": .identifier(.registrationCode)][number]
        default:
            return nil
        }
    }
}
