import DocketPDF

/// The AcroForm route: values live in fields; their meaning is in the tooltip, the field name, or the printed
/// label beside the field, tried in that order.
struct FormFieldRecognizer {
    let resolver: SlotResolver
    let text: DocumentText

    func recognize(_ fields: [PDFFormField]) -> (observations: [Observation], items: [[Observation]]) {
        var observations: [Observation] = []
        var items: [Int: [Observation]] = [:]
        for field in fields {
            guard let value = Self.value(of: field) else { continue }
            let components = field.name.split(separator: ".").map(String.init)
            let context = components.dropLast().reversed().map(LabelText.init)
            let itemIndex = [field.alternateName, field.name].compactMap { $0 }.lazy
                .compactMap(LabelText.itemIndex(in:)).first
            let inItem = itemIndex != nil
            let candidates = [field.alternateName, components.last, printedLabel(for: field)].compactMap { $0 }
            guard let slot = candidates.lazy.compactMap({ candidate in
                resolver.slot(for: LabelText(candidate), context: context, inItem: inItem)
            }).first else { continue }
            let observation = Observation(slot: slot, value: value, evidence: Self.evidence(field, value),
                                          group: groupKey(field, slot))
            if case .item = slot, let itemIndex {
                items[itemIndex, default: []].append(observation)
            } else {
                observations.append(observation)
            }
        }
        return (observations, items.keys.sorted().compactMap { items[$0] })
    }

    /// Fields of one party share a parent ("block14.name", "block14.address") or a block number
    /// ("b14_name", "b14_address"); failing both, the role itself groups them.
    private func groupKey(_ field: PDFFormField, _ slot: Slot) -> String {
        let components = field.name.split(separator: ".")
        if components.count > 1 { return components.dropLast().joined(separator: ".") }
        if let block = LabelText(field.name).block ?? field.alternateName.flatMap({ LabelText($0).block }) {
            return "block" + block
        }
        if case .party(let concept, _) = slot { return concept.rawValue }
        return ""
    }

    static func evidence(_ field: PDFFormField, _ value: String) -> Evidence {
        Evidence(page: field.page, bbox: field.rect.rounded, field: field.name, text: value)
    }

    /// Each filled text field as a passage, for prose read across the form (a statement typed into a block).
    static func passages(_ fields: [PDFFormField]) -> [TextPassage] {
        fields.compactMap { field in
            guard field.kind == .text, let value = value(of: field) else { return nil }
            return TextPassage(text: value, evidence: evidence(field, value))
        }
    }

    static func value(of field: PDFFormField) -> String? {
        switch field.kind {
        case .text, .choice:
            let trimmed = field.value?.trimmingWhitespace() ?? ""
            return trimmed.isEmpty ? nil : trimmed
        case .checkbox, .radio:
            return field.isOn == true ? "Yes" : nil
        default:
            return nil
        }
    }

    /// The printed text left of the field on the same row, or just above it.
    private func printedLabel(for field: PDFFormField) -> String? {
        let onPage = text.lines.filter { $0.page == field.page }
        let rect = field.rect
        let segments: [TextSegment] = onPage.flatMap(\.segments)
        let sameRow = segments.filter { segment in
            segment.bbox.x1 <= rect.x0 + 2 && segment.bbox.y0 < rect.y1 && segment.bbox.y1 > rect.y0
        }
        if let left = sameRow.max(by: { $0.bbox.x1 < $1.bbox.x1 }) { return left.text }
        let above = onPage.filter { line in
            line.bbox.y1 <= rect.y0 + 2 && rect.y0 - line.bbox.y1 < 24 && line.bbox.x0 < rect.x1 && line.bbox.x1 > rect.x0
        }.max { $0.bbox.y1 < $1.bbox.y1 }
        return above?.text
    }
}
