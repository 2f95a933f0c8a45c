public import Foundation
public import DocketPDF
public import DocketXML

/// One input as read from disk or stdin, before anything is parsed.
public struct InputDocument: Sendable {
    /// The path as the user gave it; `-` means standard input.
    public var path: String
    public var data: Data

    public init(path: String, data: Data) {
        self.path = path
        self.data = data
    }
}

/// An XML document found inside a PDF: an attachment carrying the filing data, or the XFA form's data packet.
public struct EmbeddedXML: Sendable {
    /// The name the XFA data packet goes by in records (`source.embeddedFile`) and messages.
    public static let xfaDatasetsName = "XFA datasets"

    public var name: String
    public var data: Data
    public var tree: XMLTree
}

/// The ingest stage's hand-off: the parsed layer of one input, as plain values.
public struct IngestedDocument: Sendable {
    public enum Content: Sendable {
        case pdf(PDFContent, embeddedXML: [EmbeddedXML])
        case xml(XMLTree, data: Data)
    }

    public var source: SourceInfo
    public var content: Content
    /// Non-fatal problems: unreadable attachments, external entities not loaded.
    public var warnings: [String]

    /// The parsed layer, ending the document's lifetime, so that its holder can release the layout early.
    consuming func takeContent() -> Content { content }
}

public struct IngestOptions: Sendable {
    public var password: String?
    public var xmlLimits: XMLLimits

    public init(password: String? = nil, xmlLimits: XMLLimits = .standard) {
        self.password = password
        self.xmlLimits = xmlLimits
    }
}
