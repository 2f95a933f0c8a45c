public import Foundation

/// The text form of a diff: changes grouped by section, old and new value each with its evidence.
public enum DiffRenderer {
    public static func text(_ changes: [RecordChange], old: String, new: String, color: Bool) -> String {
        func paint(_ code: String, _ text: String) -> String { color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text }
        guard !changes.isEmpty else { return "\(old) and \(new) mean the same (no differences).\n" }
        var out = paint("1", "--- \(old)") + "\n" + paint("1", "+++ \(new)") + "\n"
        out += "\(changes.count) \(changes.count == 1 ? "difference" : "differences")\n"
        var order: [String] = []
        var groups: [String: [RecordChange]] = [:]
        for change in changes {
            if groups[change.section] == nil { order.append(change.section) }
            groups[change.section, default: []].append(change)
        }
        for section in order {
            out += "\n" + paint("1", section) + "\n"
            for change in groups[section] ?? [] {
                let (mark, code) = switch change.kind {
                case .added: ("+", "32")
                case .removed: ("-", "31")
                case .changed: ("~", "33")
                }
                out += "  " + paint(code, "\(mark) \(change.path)") + "\n"
                if let value = change.old {
                    out += "      old: " + paint("31", value) + evidence(change.oldEvidence) + "\n"
                }
                if let value = change.new {
                    out += "      new: " + paint("32", value) + evidence(change.newEvidence) + "\n"
                }
            }
        }
        return out
    }

    /// `  (page 2: "text")`, `  (line 14 /Filing/Party)` or `  (field Block14.Name)`; empty without evidence.
    static func evidence(_ evidence: Evidence?) -> String {
        guard let evidence else { return "" }
        var place: [String] = []
        if let page = evidence.page { place.append("page \(page)") }
        if let line = evidence.line { place.append("line \(line)") }
        if let xpath = evidence.xpath { place.append(xpath) }
        if let field = evidence.field { place.append("field \(field)") }
        var text = place.joined(separator: " ")
        if let quote = evidence.text {
            let short = quote.count > 80 ? String(quote.prefix(77)) + "..." : quote
            text += (text.isEmpty ? "" : ": ") + "\"\(TextFolding.collapsingWhitespace(short))\""
        }
        return text.isEmpty ? "" : "   (\(text))"
    }

    /// The JSON form: an object with both inputs and the list of changes.
    public static func json(_ changes: [RecordChange], old: String, new: String) throws -> Data {
        struct Document: Encodable {
            var old: String
            var new: String
            var identical: Bool
            var changes: [RecordChange]
        }
        return try RecordEncoder.encode(Document(old: old, new: new, identical: changes.isEmpty, changes: changes),
                                        pretty: true)
    }
}
