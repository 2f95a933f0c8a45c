import Foundation

public struct XMLAttribute: Sendable, Hashable {
    public var name: String
    public var prefix: String?
    public var namespaceURI: String?
    public var value: String

    public init(name: String, prefix: String? = nil, namespaceURI: String? = nil, value: String) {
        self.name = name
        self.prefix = prefix
        self.namespaceURI = namespaceURI
        self.value = value
    }
}

public enum XMLNode: Sendable, Hashable {
    case element(XMLElement)
    case text(String)
    case cdata(String)
    case comment(String)
}

/// An element as an immutable value; the libxml2 tree it came from is already freed.
public struct XMLElement: Sendable, Hashable {
    /// Local name, without prefix.
    public var name: String
    public var prefix: String?
    public var namespaceURI: String?
    public var attributes: [XMLAttribute]
    public var children: [XMLNode] {
        didSet { ownText = Self.ownText(of: children) }
    }
    /// Text and CDATA directly inside this element, whitespace-trimmed. Kept with the element: the recognizers
    /// ask for it on every visit, and joining and trimming it each time was a tenth of an XML filing's time.
    public private(set) var ownText: String
    /// 1-based source line of the start tag.
    public var line: Int
    /// Position path from the root, e.g. `/Filing[1]/Parties[1]/Party[2]`: evidence a reviewer can follow.
    public var path: String

    public init(name: String, prefix: String? = nil, namespaceURI: String? = nil, attributes: [XMLAttribute] = [],
                children: [XMLNode] = [], line: Int, path: String) {
        self.name = name
        self.prefix = prefix
        self.namespaceURI = namespaceURI
        self.attributes = attributes
        self.children = children
        self.ownText = Self.ownText(of: children)
        self.line = line
        self.path = path
    }

    public var qualifiedName: String { prefix.map { "\($0):\(name)" } ?? name }

    public var elements: [XMLElement] {
        children.compactMap { if case .element(let element) = $0 { element } else { nil } }
    }

    private static func ownText(of children: [XMLNode]) -> String {
        var text = ""
        for node in children {
            switch node {
            case .text(let part), .cdata(let part): text += part
            default: continue
            }
        }
        return trimmed(text)
    }

    /// `trimmingCharacters(in: .whitespacesAndNewlines)`, answered without Foundation when both ends are ASCII:
    /// the whitespace set's only ASCII members are tab, the line breaks and space.
    static func trimmed(_ text: String) -> String {
        let bytes = text.utf8
        func isASCIISpace(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }
        guard let first = bytes.firstIndex(where: { !isASCIISpace($0) }) else { return "" }
        guard let last = bytes.lastIndex(where: { !isASCIISpace($0) }),
              bytes[first] < 0x80, bytes[last] < 0x80 else {
            return text.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        if first == bytes.startIndex && last == bytes.index(before: bytes.endIndex) { return text }
        return String(decoding: bytes[first...last], as: UTF8.self)
    }

    /// All descendant text, in document order.
    public var allText: String {
        children.map { node -> String in
            switch node {
            case .text(let text), .cdata(let text): text
            case .element(let element): element.allText
            case .comment: ""
            }
        }.joined()
    }

    public func attribute(_ name: String) -> String? {
        attributes.first { $0.name == name }?.value
    }
}

public struct XMLTree: Sendable, Hashable {
    public var root: XMLElement
    /// Declared encoding, if any ("UTF-16", "ISO-8859-1").
    public var encoding: String?
    /// Namespace declarations in scope on the root element, prefix ("" for the default) to URI.
    public var namespaces: [String: String]
    /// Things the document asked for that were deliberately not done (an external DTD not loaded).
    public var warnings: [String]

    public init(root: XMLElement, encoding: String?, namespaces: [String: String], warnings: [String]) {
        self.root = root
        self.encoding = encoding
        self.namespaces = namespaces
        self.warnings = warnings
    }
}

/// Bounds that keep a hostile document from exhausting time or memory.
public struct XMLLimits: Sendable, Hashable {
    /// Element nesting depth. libxml2 also refuses more than 256 levels without `XML_PARSE_HUGE`.
    public var maxDepth: Int
    /// Characters produced by expanding internal entities, over the whole document.
    public var maxEntityExpansion: Int
    /// Input size in bytes.
    public var maxInputBytes: Int

    public init(maxDepth: Int = 256, maxEntityExpansion: Int = 1_000_000, maxInputBytes: Int = 256 << 20) {
        self.maxDepth = maxDepth
        self.maxEntityExpansion = maxEntityExpansion
        self.maxInputBytes = maxInputBytes
    }

    public static let standard = XMLLimits()
}

public enum XMLError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Not well-formed: line and column are 1-based (0 when libxml2 did not know).
    case malformed(line: Int, column: Int, message: String)
    case entityExpansionLimit(line: Int)
    case depthLimit(line: Int)
    case tooLarge(bytes: Int)
    /// The content references an external entity: it is never loaded, and leaving a hole would lose data.
    case externalEntity(name: String, systemID: String?, line: Int)
    case empty
    case xpath(expression: String, message: String)

    /// `line:column: reason`, the tail of a `path:line:col: message` diagnostic.
    public var description: String { "\(line):\(column): \(reason)" }

    /// What went wrong, without the location.
    public var reason: String {
        switch self {
        case .malformed(_, _, let message): message
        case .entityExpansionLimit:
            "entity expansion exceeds the safety limit (a \"billion laughs\" document?); refused"
        case .depthLimit: "elements are nested deeper than the safety limit; refused"
        case .tooLarge(let bytes): "the document is \(bytes) bytes, over the input size limit"
        case .externalEntity(let name, let systemID, _):
            "the document takes content from an external entity &\(name);"
                + (systemID.map { " (\($0))" } ?? "")
                + "; Docket never reads files or the network on a document's behalf, so it is refused"
        case .empty: "the document is empty"
        case .xpath(let expression, let message): "XPath \(expression): \(message)"
        }
    }

    /// The 1-based source line, 0 when unknown.
    public var line: Int {
        switch self {
        case .malformed(let line, _, _), .entityExpansionLimit(let line), .depthLimit(let line),
             .externalEntity(_, _, let line): line
        default: 0
        }
    }

    public var column: Int {
        if case .malformed(_, let column, _) = self { return column }
        return 0
    }
}
