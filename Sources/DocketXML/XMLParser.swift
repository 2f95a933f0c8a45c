public import Foundation
internal import CLibXML2

/// Parses XML safely into an immutable value tree.
public enum XMLParser {
    /// Parses `data` (UTF-8, UTF-16 with BOM or declaration, or a declared 8-bit encoding).
    ///
    /// Never reads files or the network: an external DTD or parameter entity the content does not need is named
    /// in `XMLTree.warnings`; content that references an external entity throws `.externalEntity`. Also throws
    /// `XMLError` for malformed input, entity bombs and excessive nesting.
    public static func parse(_ data: Data, limits: XMLLimits = .standard) throws(XMLError) -> XMLTree {
        let document = try parseDocument(data, limits: limits)
        defer { xmlFreeDoc(document) }
        return try TreeConverter.convert(document, limits: limits, source: data)
    }
}

/// Copies a libxml2 tree into `XMLElement` values, expanding internal entities under a budget.
struct TreeConverter {
    let document: xmlDocPtr
    let limits: XMLLimits
    let startTags: StartTagLines?
    var expanded = 0
    var warnings: [String] = []

    static func convert(_ document: xmlDocPtr, limits: XMLLimits, source: Data) throws(XMLError) -> XMLTree {
        guard let root = xmlDocGetRootElement(document) else { throw .empty }
        var converter = TreeConverter(
            document: document, limits: limits,
            startTags: StartTagLines(source, encoding: string(document.pointee.encoding)))
        converter.noteExternalDeclarations()
        let qualified = qualifiedName(of: root)
        let element = try converter.element(root, depth: 1, path: pathStep(qualifiedName: qualified, index: 1))
        var namespaces: [String: String] = [:]
        var declaration = root.pointee.nsDef
        while let namespace = declaration {
            namespaces[string(namespace.pointee.prefix) ?? ""] = string(namespace.pointee.href) ?? ""
            declaration = namespace.pointee.next
        }
        return XMLTree(root: element, encoding: string(document.pointee.encoding), namespaces: namespaces,
                       warnings: converter.warnings)
    }

    private mutating func element(_ node: xmlNodePtr, depth: Int, path: String) throws(XMLError) -> XMLElement {
        let reported = Int(xmlGetLineNo(node))
        let line = startTags?.startLine(of: qualifiedName(of: node), reportedLine: reported) ?? reported
        guard depth <= limits.maxDepth else { throw .depthLimit(line: line) }
        var attributes: [XMLAttribute] = []
        var property = node.pointee.properties
        while let attribute = property {
            let value = try nodes(attribute.pointee.children, depth: depth, path: path, entityDepth: 0)
                .map(Self.flatText).joined()
            attributes.append(XMLAttribute(
                name: string(attribute.pointee.name) ?? "",
                prefix: attribute.pointee.ns.flatMap { string($0.pointee.prefix) },
                namespaceURI: attribute.pointee.ns.flatMap { string($0.pointee.href) },
                value: value))
            property = attribute.pointee.next
        }
        return XMLElement(
            name: string(node.pointee.name) ?? "",
            prefix: node.pointee.ns.flatMap { string($0.pointee.prefix) },
            namespaceURI: node.pointee.ns.flatMap { string($0.pointee.href) },
            attributes: attributes,
            children: try nodes(node.pointee.children, depth: depth, path: path, entityDepth: 0),
            line: line, path: path)
    }

    private mutating func nodes(_ first: xmlNodePtr?, depth: Int, path: String, entityDepth: Int)
        throws(XMLError) -> [XMLNode]
    {
        var result: [XMLNode] = []
        var siblingCounts: [String: Int] = [:]
        var current = first
        while let node = current {
            defer { current = node.pointee.next }
            let inEntity = entityDepth > 0
            switch node.pointee.type {
            case XML_ELEMENT_NODE:
                let name = qualifiedName(of: node)
                let index = siblingCounts[name, default: 0] + 1
                siblingCounts[name] = index
                result.append(.element(try element(node, depth: depth + 1,
                                                   path: path + pathStep(qualifiedName: name, index: index))))
            case XML_TEXT_NODE:
                let text = string(node.pointee.content) ?? ""
                if inEntity { try charge(text.utf8.count, line: Int(xmlGetLineNo(node))) }
                if !isBlank(text) { result.append(.text(text)) }
            case XML_CDATA_SECTION_NODE:
                result.append(.cdata(string(node.pointee.content) ?? ""))
            case XML_COMMENT_NODE:
                result.append(.comment(string(node.pointee.content) ?? ""))
            case XML_ENTITY_REF_NODE:
                result += try entity(node, depth: depth, path: path, entityDepth: entityDepth)
            default:
                continue
            }
        }
        return result
    }

    private mutating func entity(_ reference: xmlNodePtr, depth: Int, path: String, entityDepth: Int)
        throws(XMLError) -> [XMLNode]
    {
        let line = Int(xmlGetLineNo(reference))
        guard entityDepth < 16 else { throw .entityExpansionLimit(line: line) }
        let name = string(reference.pointee.name) ?? ""
        guard let declaration = xmlGetDocEntity(document, reference.pointee.name) else {
            warnings.append("line \(line): entity &\(name); is not declared; left out")
            return []
        }
        switch declaration.pointee.etype {
        case XML_INTERNAL_GENERAL_ENTITY:
            if let children = declaration.pointee.children {
                return try nodes(children, depth: depth, path: path, entityDepth: entityDepth + 1)
            }
            let text = string(declaration.pointee.content) ?? ""
            try charge(text.utf8.count, line: line)
            return text.isEmpty ? [] : [.text(text)]
        default:
            throw .externalEntity(name: name, systemID: string(declaration.pointee.SystemID), line: line)
        }
    }

    /// An external DTD or parameter entity is harmless while nothing uses it, but a reviewer should know.
    mutating func noteExternalDeclarations() {
        for subset in [document.pointee.intSubset, document.pointee.extSubset].compactMap({ $0 }) {
            if let system = string(subset.pointee.SystemID) {
                warnings.append("the external DTD \(system) was not loaded")
            }
            var node = subset.pointee.children
            while let current = node {
                if current.pointee.type == XML_ENTITY_DECL {
                    let entity = UnsafeMutableRawPointer(current).assumingMemoryBound(to: xmlEntity.self)
                    if entity.pointee.etype == XML_EXTERNAL_PARAMETER_ENTITY {
                        let system = string(entity.pointee.SystemID) ?? "?"
                        warnings.append("the external parameter entity %\(string(entity.pointee.name) ?? "");"
                            + " (\(system)) was not loaded")
                    }
                }
                node = current.pointee.next
            }
        }
    }

    private mutating func charge(_ characters: Int, line: Int) throws(XMLError) {
        expanded += characters
        if expanded > limits.maxEntityExpansion { throw .entityExpansionLimit(line: line) }
    }

    static func flatText(_ node: XMLNode) -> String {
        switch node {
        case .text(let text), .cdata(let text): text
        case .element(let element): element.allText
        case .comment: ""
        }
    }
}

/// Whether every Character of `text` is white space: the indentation between elements, which is most text nodes.
/// ASCII is answered from its bytes; Character properties were a sixth of building the tree.
func isBlank(_ text: String) -> Bool {
    for byte in text.utf8 {
        if byte >= 0x80 { return text.allSatisfy(\.isWhitespace) }
        if byte != 0x20 && !(0x09...0x0D).contains(byte) { return false }
    }
    return true
}
