internal import Mustache

/// Markdown bodies: Mustache cannot tell where a value lands, so each value comes out between two marks and
/// `settle` escapes, once the whole text is rendered, the values that sit in a table row (a line whose
/// template text has a pipe), leaving prose as extracted.
enum MarkdownValues {
    /// The content type a Markdown body declares; registered with Mustache on first use.
    static let contentType: String = {
        MustacheContentTypes.register(Marking(), named: "DOCKET_MARKDOWN")
        return "DOCKET_MARKDOWN"
    }()

    // Unicode noncharacters, reserved for a program's internal use: no document text means anything by them.
    // (Swift rejects them in literals, hence built from their scalar values.)
    static let open = Character(Unicode.Scalar(UInt32(0xFDD0)) ?? "\u{FFFD}")
    static let close = Character(Unicode.Scalar(UInt32(0xFDD1)) ?? "\u{FFFD}")

    struct Marking: MustacheContentType {
        func escapeText(_ text: String) -> String {
            "\(open)" + text.filter { $0 != open && $0 != close } + "\(close)"
        }
    }

    /// The rendered text without the marks, with every value in a table row made one cell.
    static func settle(_ rendered: String) -> String {
        var out = ""
        var line: [(text: String, value: Bool)] = []
        func endLine() {
            let row = line.contains { !$0.value && $0.text.contains("|") }
            for part in line { out += part.value && row ? MarkdownTable.cell(part.text) : part.text }
            line = []
        }
        var rest = Substring(rendered)
        while !rest.isEmpty {
            if rest.first == open {
                let end = rest.firstIndex(of: close) ?? rest.endIndex
                line.append((String(rest[rest.index(after: rest.startIndex)..<end]), true))
                rest = end == rest.endIndex ? "" : rest[rest.index(after: end)...]
            } else if rest.first == "\n" {
                endLine()
                out += "\n"
                rest = rest.dropFirst()
            } else {
                let end = rest.firstIndex { $0 == open || $0 == "\n" } ?? rest.endIndex
                line.append((String(rest[..<end]), false))
                rest = rest[end...]
            }
        }
        endLine()
        return out
    }
}
