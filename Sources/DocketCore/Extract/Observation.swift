import Foundation

/// One value read from a document and the slot it fills: the hand-off from every extraction route (PDF text,
/// form fields, XML, mapping files) to the record builder.
public struct Observation: Sendable, Hashable {
    public var slot: Slot
    /// Raw text; a party block keeps its lines separated by "\n".
    public var value: String
    public var evidence: Evidence
    /// Observations of one party or one item share a group key (an element path, a field prefix, a label line).
    public var group: String

    public init(slot: Slot, value: String, evidence: Evidence, group: String = "") {
        self.slot = slot
        self.value = value
        self.evidence = evidence
        self.group = group
    }
}

/// What the extract stage hands to the record builder.
public struct ExtractedDocument: Sendable {
    public var source: SourceInfo
    public var documentType: DocumentType
    public var classification: String
    public var observations: [Observation]
    public var items: [[Observation]]
    public var warnings: [String]
    /// Set for Part 124 agreements and their transmittal letters.
    public var agreement: AgreementAnalysis?
    public var isTransmittalLetter = false
    /// The 22 CFR 126.13(a) statements, when the document makes them.
    public var certification: [Clause]?
    public var part130Statement: Part130Statement?
    public var part130Evidence: Evidence?

    public init(source: SourceInfo, documentType: DocumentType, classification: String,
                observations: [Observation] = [], items: [[Observation]] = [], warnings: [String] = []) {
        self.source = source
        self.documentType = documentType
        self.classification = classification
        self.observations = observations
        self.items = items
        self.warnings = warnings
    }
}

extension LabelText {
    /// The index of a repeated item named in a field or element name: "item2_qty", "Line 3 Quantity",
    /// "items[1].usml", "row_04". Nil when the name has none.
    static func itemIndex(in raw: String) -> Int? {
        let pattern = #"(?i)(item|line|row|commodity|article|entry)s?\s*[\[_\.\- ]?\s*(\d{1,3})"#
        guard let range = raw.rangeOfPattern(pattern) else { return nil }
        let digits = raw[range].filter(\.isNumber)
        return Int(digits)
    }
}
