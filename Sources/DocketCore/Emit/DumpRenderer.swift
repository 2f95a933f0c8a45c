import Foundation
import DocketPDF
import DocketXML

/// Renders the ingested layer as stable text: `docket dump` and the snapshot format of the wrapper tests.
public enum DumpRenderer {
    public struct Options: Sendable {
        /// Also list every word with its box under its line.
        public var words: Bool
        public init(words: Bool = false) { self.words = words }
    }

    public static func render(_ document: IngestedDocument, options: Options = Options()) -> String {
        var out = "file: \(document.source.path)\n"
        out += "sha256: \(document.source.sha256 ?? "-")\n"
        switch document.content {
        case .pdf(let content, let embedded):
            renderPDF(content, options: options, into: &out)
            for xml in embedded {
                out += "embedded-xml: \(xml.name)\n"
                renderXML(xml.tree, into: &out, indent: "  ")
            }
        case .xml(let tree, _):
            out += "format: xml\n"
            renderXML(tree, into: &out, indent: "")
        }
        for warning in document.warnings { out += "warning: \(warning)\n" }
        return out
    }

    private static func renderPDF(_ content: PDFContent, options: Options, into out: inout String) {
        let meta = content.metadata
        out += "format: pdf \(meta.pdfVersion ?? "")\n"
        out += "pages: \(meta.pageCount)\n"
        let pairs: [(String, String?)] = [
            ("title", meta.title), ("author", meta.author), ("subject", meta.subject), ("keywords", meta.keywords),
            ("creator", meta.creator), ("producer", meta.producer),
            ("created", meta.creationDate.map(isoTimestamp)), ("modified", meta.modificationDate.map(isoTimestamp)),
        ]
        for (key, value) in pairs { if let value { out += "\(key): \(quoted(value))\n" } }
        out += "encrypted: \(meta.isEncrypted ? "yes" : "no")  xfa: \(meta.hasXFA ? "yes" : "no")  "
            + "permissions: \(meta.permissions.names.joined(separator: ","))\n"
        for page in content.pages {
            out += "page \(page.number) \(format(page.width))x\(format(page.height))\n"
            for line in page.lines {
                out += "  \(box(line.bbox)) \(line.text)\n"
                if options.words {
                    for word in line.words { out += "      \(box(word.bbox)) \(word.text)\n" }
                }
            }
        }
        for field in content.formFields {
            var line = "field \(field.name) (\(field.kind.rawValue)) page \(field.page) \(box(field.rect))"
            if let tooltip = field.alternateName { line += " tooltip=\(quoted(tooltip))" }
            if let value = field.value { line += " value=\(quoted(value))" }
            if let isOn = field.isOn { line += isOn ? " on" : " off" }
            if !field.options.isEmpty { line += " options=\(field.options.map(quoted).joined(separator: ","))" }
            if field.isReadOnly { line += " read-only" }
            out += line + "\n"
        }
        for attachment in content.attachments {
            out += "attachment \(quoted(attachment.name)) \(attachment.data.count) bytes"
                + " sha256=\(Ingest.sha256Hex(attachment.data))\n"
        }
    }

    private static func renderXML(_ tree: XMLTree, into out: inout String, indent: String) {
        if let encoding = tree.encoding { out += "\(indent)encoding: \(encoding)\n" }
        for (prefix, uri) in tree.namespaces.sorted(by: { $0.key < $1.key }) {
            out += "\(indent)xmlns\(prefix.isEmpty ? "" : ":" + prefix)=\(quoted(uri))\n"
        }
        renderElement(tree.root, depth: 0, into: &out, indent: indent)
    }

    private static func renderElement(_ element: XMLElement, depth: Int, into out: inout String, indent: String) {
        let pad = indent + String(repeating: "  ", count: depth)
        var line = "\(pad)L\(element.line) <\(element.qualifiedName)"
        for attribute in element.attributes {
            let name = attribute.prefix.map { "\($0):\(attribute.name)" } ?? attribute.name
            line += " \(name)=\(quoted(attribute.value))"
        }
        line += ">"
        let text = element.ownText
        if !text.isEmpty { line += " \(quoted(text))" }
        out += line + "\n"
        for child in element.elements { renderElement(child, depth: depth + 1, into: &out, indent: indent) }
    }

    private static func box(_ rect: PDFRect) -> String {
        "[" + rect.rounded.map(format).joined(separator: " ") + "]"
    }

    private static func format(_ value: Double) -> String {
        String(format: "%.2f", value)
    }

    private static func quoted(_ value: String) -> String {
        var escaped = ""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": escaped += "\\\""
            case "\\": escaped += "\\\\"
            case "\n": escaped += "\\n"
            case "\t": escaped += "\\t"
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return "\"" + escaped + "\""
    }

    private static func isoTimestamp(_ date: Date) -> String {
        date.ISO8601Format()
    }
}
