public import Foundation
import Crypto
import DocketPDF
import DocketXML

/// Stage 1: bytes to a parsed layer.
public enum Ingest {
    /// Parses one input by its sniffed format.
    ///
    /// Throws a `RecordError` (which becomes the input's error record) when the content is neither PDF nor
    /// XML, or when the PDF or XML layer refuses it; the error's message is a sentence a paralegal can act on.
    public static func ingest(_ input: InputDocument, options: IngestOptions = IngestOptions())
        throws(RecordError) -> IngestedDocument
    {
        var source = sourceInfo(for: input)
        guard let format = source.format else {
            throw RecordError(
                code: input.data.isEmpty ? .unreadable : .unsupportedFormat,
                message: input.data.isEmpty
                    ? "the file is empty"
                    : "the content is neither PDF nor XML (format is decided from the bytes, not the file name)")
        }
        switch format {
        case .pdf:
            let content: PDFContent
            do {
                content = try PDFReader.read(input.data, password: options.password)
            } catch {
                throw RecordError(pdf: error)
            }
            source.pageCount = content.metadata.pageCount
            var warnings = content.warnings
            var embedded: [EmbeddedXML] = []
            // The XFA data packet is read like an XML attachment, under the same limits and entity rules.
            let xmlSources = content.attachments.filter { FormatSniffer.sniff($0.data) == .xml }.map { ($0.name, $0.data) }
                + (content.xfaDatasets.map { [(EmbeddedXML.xfaDatasetsName, $0)] } ?? [])
            for (name, data) in xmlSources {
                do {
                    let tree = try XMLParser.parse(data, limits: options.xmlLimits)
                    embedded.append(EmbeddedXML(name: name, data: data, tree: tree))
                    warnings += tree.warnings.map { "attachment \(name): \($0)" }
                } catch {
                    warnings.append("attachment \(name) is not usable XML: \(error)")
                }
            }
            return IngestedDocument(source: source, content: .pdf(content, embeddedXML: embedded), warnings: warnings)
        case .xml:
            do {
                let tree = try XMLParser.parse(input.data, limits: options.xmlLimits)
                return IngestedDocument(source: source, content: .xml(tree, data: input.data), warnings: tree.warnings)
            } catch {
                throw RecordError(xml: error)
            }
        }
    }

    /// What is known about an input before parsing: enough for an error record.
    public static func sourceInfo(for input: InputDocument) -> SourceInfo {
        SourceInfo(path: input.path, sha256: sha256Hex(input.data), format: FormatSniffer.sniff(input.data))
    }

    public static func sha256Hex(_ data: Data) -> String {
        SHA256.hash(data: data).map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }
}

extension RecordError {
    init(pdf error: PDFError) {
        switch error {
        case .notPDF: self.init(code: .notPDF, message: error.description)
        case .damaged(let detail):
            self.init(code: .damagedPDF,
                      message: "the PDF is damaged and poppler could not rebuild it (\(detail)); ask the sender for a new copy")
        case .passwordRequired: self.init(code: .passwordRequired, message: error.description)
        case .wrongPassword: self.init(code: .wrongPassword, message: error.description)
        case .writeFailed: self.init(code: .internalError, message: error.description)
        }
    }

    init(xml error: XMLError) {
        let code: ErrorCode
        switch error {
        case .entityExpansionLimit, .depthLimit, .tooLarge: code = .xmlLimit
        case .externalEntity: code = .externalEntity
        default: code = .malformedXML
        }
        self.init(code: code, message: error.reason, line: error.line > 0 ? error.line : nil,
                  column: error.column > 0 ? error.column : nil)
    }
}
