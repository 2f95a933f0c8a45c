import DocketPDF
import Foundation

/// The flattened-PDF route: finds labels in the text and reads the value beside or below each.
///
/// Handles "Label: value", a label cell with its value in the next cell or elsewhere on the same visual row,
/// a label with the value on the lines below, and a role heading ("Foreign End-User") whose sub-labels
/// ("Name:", "Country:") follow.
struct TextRecognizer {
    let resolver: SlotResolver
    let text: DocumentText
    /// Lines that belong to an item table: read by `ItemTableReader`, not as labels.
    let excluded: Set<Int>

    private struct Label {
        var slot: Slot
        var raw: String
        var inline: String
        var segmentIndex: Int
    }

    func recognize() -> [Observation] {
        var observations: [Observation] = []
        var roleContext: (label: LabelText, group: String, line: Int)?
        for line in text.lines where !excluded.contains(line.index) {
            if let context = roleContext, line.index - context.line > 10 || line.page != text.lines[context.line].page {
                roleContext = nil
            }
            let context = roleContext.map { [$0.label] } ?? []
            for (segmentIndex, segment) in line.segments.enumerated() {
                guard let label = label(in: segment, line: line, index: segmentIndex, context: context) else { continue }
                let group: String
                if case .party(_, .block) = label.slot {
                    group = "L\(line.index)"
                } else if case .party = label.slot, let current = roleContext {
                    group = current.group
                } else {
                    group = "L\(line.index)"
                }
                let value = self.value(for: label, line: line)
                if case .party(_, .block) = label.slot, let value {
                    // "Foreign End User(s)" may list several parties, each block after a blank line.
                    for (offset, more) in followingBlocks(after: value.lastLine, indent: value.left).enumerated() {
                        observations.append(Observation(slot: label.slot, value: more.text, evidence: more.evidence,
                                                        group: group + "+\(offset + 1)"))
                    }
                }
                if case .party(_, .block) = label.slot, value == nil {
                    // A heading with no value of its own: the sub-labels after it describe this party.
                    roleContext = (LabelText(label.raw), group, line.index)
                    break
                }
                guard let value else { continue }
                observations.append(Observation(slot: label.slot, value: value.text, evidence: value.evidence, group: group))
                if case .party = label.slot {} else { roleContext = nil }
                // The rest of this segment was the value; later segments may hold further labels.
            }
        }
        return observations
    }

    /// A label at the start of `segment`: "Label: inline value", or the whole segment when it is a known label.
    private func label(in segment: TextSegment, line: TextLine, index: Int, context: [LabelText]) -> Label? {
        let raw = segment.text
        if let colon = Self.labelColon(in: raw) {
            let head = String(raw[..<colon]).trimmingSpaces()
            let inline = String(raw[raw.index(after: colon)...]).trimmingSpaces()
            let words = LabelText(head)
            guard words.words.count <= 9,
                  let slot = resolver.slot(for: words, context: context)
                    ?? resolver.slot(for: LabelText(Self.withoutParentheses(head)), context: context) else { return nil }
            return Label(slot: slot, raw: head, inline: inline, segmentIndex: index)
        }
        // Cheapest tests first: most segments of a long document are prose and fail them.
        guard !Self.endsLikeSentence(raw) else { return nil }
        let plain = LabelText(Self.withoutParentheses(raw))
        guard Self.isWholeLabel(plain) else { return nil }
        let words = LabelText(raw)
        guard words.words.count <= 9,
              let slot = resolver.slot(for: words, context: context) ?? resolver.slot(for: plain, context: context)
        else { return nil }
        return Label(slot: slot, raw: raw, inline: "", segmentIndex: index)
    }

    /// The colon that ends a label: followed by a space or the end, not inside a time ("10:30") or a URL.
    static func labelColon(in text: String) -> String.Index? {
        // Bytes first: most segments have no colon, and a Character search builds every grapheme to find that out.
        guard text.utf8.contains(UInt8(ascii: ":")), let colon = text.firstIndex(of: ":") else { return nil }
        let after = text.index(after: colon)
        if after < text.endIndex, !text[after].isWhitespace { return nil }
        guard colon > text.startIndex, text[text.index(before: colon)].isLetter
            || text[text.index(before: colon)] == ")" else { return nil }
        return colon
    }

    /// "Manufacturer (if other than Applicant)" reads as "Manufacturer".
    static func withoutParentheses(_ text: String) -> String {
        text.containsLiteral("(") ? text.replacingPattern(#"\([^)]*\)"#, with: " ") : text
    }

    /// "The end user will integrate it." is prose; "Transaction No." is a label.
    static func endsLikeSentence(_ text: String) -> Bool {
        guard text.hasSuffix(".") else { return false }
        let lastWord = text.split(separator: " ").last ?? ""
        return lastWord.count > 4
    }

    /// Without a colon, only a segment made entirely of vocabulary words counts as a label: "Foreign End User",
    /// not "End user will integrate the radar".
    static func isWholeLabel(_ label: LabelText) -> Bool {
        let known = Self.labelWords
        return !label.words.isEmpty && label.words.allSatisfy { known.contains($0) }
    }

    private static let labelWords: Set<String> = {
        // Contact words describe what a party block holds ("Applicant's name, address and telephone").
        var words: Set<String> = ["block", "box", "foreign", "us", "name", "no", "number", "code", "telephone",
                                  "phone", "tel", "fax", "facsimile", "email", "mail"]
        // The phrase tables hold these phrases' words already; reading the phrases again was a tenth of a
        // one-document run's extraction.
        let tables: [[[String]]] = [
            Vocabulary.roleTable.needles, Vocabulary.partyAttributeTable.needles, Vocabulary.identifierTable.needles,
            Vocabulary.dateTable.needles, Vocabulary.destinationTable.needles, Vocabulary.totalValueTable.needles,
            Vocabulary.formTypeTable.needles, Vocabulary.endUseTable.needles, Vocabulary.applicationTypeTable.needles,
        ]
        for needle in tables.joined() { words.formUnion(needle) }
        return words
    }()

    private struct Value {
        var text: String
        var evidence: Evidence
        /// The last text line the value used, and its left edge: where a following block would continue.
        var lastLine: Int
        var left: Double
    }

    /// Blocks after a blank line, at the same indent and before the next label: more parties of the same role.
    private func followingBlocks(after lastLine: Int, indent left: Double) -> [(text: String, evidence: Evidence)] {
        var blocks: [(text: String, evidence: Evidence)] = []
        var last = lastLine
        while blocks.count < 4, last + 1 < text.lines.count {
            let previous = text.lines[last]
            let next = text.lines[last + 1]
            let gap = next.bbox.y0 - previous.bbox.y1
            guard next.page == previous.page, !excluded.contains(next.index), gap >= previous.height * 1.3,
                  gap < previous.height * 3, abs(next.bbox.x0 - left) < 4, !isLabel(next.segments.first?.text ?? "")
            else { break }
            var parts = [(next.segments[0].text, next.segments[0].bbox)]
            var end = last + 1
            for (index, line) in text.lines.enumerated().dropFirst(last + 2) {
                let above = text.lines[end]
                guard parts.count < 7, line.page == above.page, line.bbox.y0 - above.bbox.y1 < above.height * 1.3,
                      abs(line.bbox.x0 - left) < 4, !excluded.contains(line.index),
                      !isLabel(line.segments.first?.text ?? "") else { break }
                parts.append((line.segments[0].text, line.segments[0].bbox))
                end = index
            }
            let box = parts.dropFirst().reduce(parts[0].1) { $0.union($1.1) }
            let joined = parts.map(\.0).joined(separator: "\n")
            blocks.append((joined, Evidence(page: next.page, bbox: box.rounded, text: joined)))
            last = end
        }
        return blocks
    }

    private func value(for label: Label, line: TextLine) -> Value? {
        let isBlock: Bool
        switch label.slot {
        // An end use is a sentence or two that wraps under its label like an address.
        case .party(_, .block), .party(_, .address), .endUse: isBlock = true
        default: isBlock = false
        }
        var parts: [(text: String, bbox: PDFRect)] = []
        let anchor = line.segments[label.segmentIndex]
        if !label.inline.isEmpty && !Self.isPlaceholderOnly(label.inline) {
            // The value's own words: the segment's last words, as many as the inline text has.
            let count = label.inline.split(separator: " ").count
            let words = line.words(of: anchor).suffix(count)
            let box = words.dropFirst().reduce(words.first?.bbox ?? anchor.bbox) { $0.union($1.bbox) }
            parts.append((label.inline, box))
        } else if label.segmentIndex + 1 < line.segments.count {
            let next = line.segments[label.segmentIndex + 1]
            if !isLabel(next.text) { parts.append((next.text, next.bbox)) }
        } else if let right = sameRowValue(right: anchor, line: line) {
            parts.append(right)
        }
        if parts.isEmpty || isBlock {
            let left = parts.first?.bbox.x0 ?? anchor.bbox.x0
            parts += linesBelow(line, left: parts.isEmpty ? anchor.bbox.x0 : left,
                                limit: isBlock ? (parts.isEmpty ? 7 : 6) : 1)
        }
        guard !parts.isEmpty else { return nil }
        let text = parts.map(\.text).joined(separator: "\n")
        let box = parts.dropFirst().reduce(parts[0].bbox) { $0.union($1.bbox) }
        let lastBox = parts[parts.count - 1].bbox
        let lastLine = self.text.lines.last { $0.page == line.page && abs($0.bbox.y0 - lastBox.y0) < 1 && $0.bbox.x0 <= lastBox.x0 + 1 }?
            .index ?? line.index
        return Value(text: text, evidence: Evidence(page: line.page, bbox: box.rounded, text: text), lastLine: lastLine,
                     left: parts.count > 1 ? parts[1].bbox.x0 : parts[0].bbox.x0)
    }

    /// Blank-form underscores and similar leave no value.
    static func isPlaceholderOnly(_ text: String) -> Bool {
        text.allSatisfy { "_ .-".contains($0) }
    }

    /// poppler may put a far-right value in a separate line object; the visual row still pairs them.
    private func sameRowValue(right anchor: TextSegment, line: TextLine) -> (text: String, bbox: PDFRect)? {
        let candidates = text.row(of: line).filter { $0.index != line.index && !excluded.contains($0.index) }
            .flatMap(\.segments).filter { $0.bbox.x0 > anchor.bbox.x1 }
        guard let nearest = candidates.min(by: { $0.bbox.x0 < $1.bbox.x0 }), !isLabel(nearest.text) else { return nil }
        return (nearest.text, nearest.bbox)
    }

    /// Lines directly under the label, in the same column, up to the next label or a paragraph gap. When the
    /// value is indented under its label, a line back at the label's margin is the next label, known or not.
    private func linesBelow(_ line: TextLine, left: Double, limit: Int) -> [(text: String, bbox: PDFRect)] {
        var parts: [(text: String, bbox: PDFRect)] = []
        var previous = line
        var index = line.index + 1
        var indent: Double?
        while index < text.lines.count, parts.count < limit {
            let next = text.lines[index]
            index += 1
            guard next.page == line.page, !excluded.contains(next.index) else { break }
            let gap = next.bbox.y0 - previous.bbox.y1
            guard gap > -previous.height * 0.5, gap < max(previous.height, 6) * 1.3 else { break }
            // Side-by-side label columns: only the segment under this label belongs to it.
            guard let segment = next.segments.first(where: { $0.bbox.x0 >= left - 6 && $0.bbox.x0 < left + 120 }) else {
                if next.segments.contains(where: { $0.bbox.x0 < left - 6 && $0.bbox.x1 > left + 6 }) { break }
                continue
            }
            if let indent, segment.bbox.x0 < indent - 3 { break }
            if parts.isEmpty, segment.bbox.x0 > left + 3 { indent = segment.bbox.x0 }
            if isLabel(segment.text) { break }
            parts.append((segment.text, segment.bbox))
            previous = next
        }
        return parts
    }

    private func isLabel(_ text: String) -> Bool {
        if let colon = Self.labelColon(in: text) {
            return resolver.slot(for: LabelText(String(text[..<colon]))) != nil
                || LabelText(String(text[..<colon])).words.count <= 3
        }
        // "14 Ferncliff Road" and "26 Feb 2026" start like block markers; only known label words make a label,
        // except after an explicit "Block 6" / "Box 6".
        if text.rangeOfPattern(#"^(?i)\s*(block|box)\s*\d"#) != nil { return true }
        // "6. Contact Person": a numbered block heading, known words or not ("14 Ferncliff Road" has no period).
        if text.rangeOfPattern(#"^\s*\(?\d{1,2}[a-z]?\s*[.):\-–]\s+[A-Z][A-Za-z’']*(\s+[A-Za-z’'/()&,.-]+){0,7}$"#) != nil { return true }
        let words = LabelText(Self.withoutParentheses(text))
        return Self.isWholeLabel(words) && resolver.slot(for: words) != nil
            || words.block != nil && words.words.isEmpty
    }
}
