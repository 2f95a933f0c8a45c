public import Foundation
internal import CLibXML2

/// A node an XPath query returned, usable as the context of a relative query on the same engine.
public struct XMLNodeReference: Sendable, Hashable {
    let index: Int
}

public struct XPathMatch: Sendable, Hashable {
    public enum Kind: String, Sendable {
        case element, attribute, text, value
    }

    public var kind: Kind
    /// The XPath string value (an element's text content, an attribute's value, a computed number/string).
    public var value: String
    /// Element or attribute local name.
    public var name: String?
    public var line: Int?
    /// The element path (for an attribute, its element's path plus `/@name`).
    public var path: String?
    public var reference: XMLNodeReference?
}

/// Runs XPath queries over one parsed document.
///
/// A handle on libxml2 memory: create, query and drop it inside one synchronous function; it is not Sendable.
public final class XMLQueryEngine {
    public let tree: XMLTree
    private let document: xmlDocPtr
    private let context: xmlXPathContextPtr
    private let startTags: StartTagLines?
    private var nodes: [xmlNodePtr] = []

    /// Parses `data` under the same guards as `XMLParser.parse`; throws the same errors.
    public init(_ data: Data, limits: XMLLimits = .standard) throws(XMLError) {
        let document = try parseDocument(data, limits: limits)
        do {
            tree = try TreeConverter.convert(document, limits: limits, source: data)
        } catch {
            xmlFreeDoc(document)
            throw error
        }
        guard let context = xmlXPathNewContext(document) else {
            xmlFreeDoc(document)
            throw .xpath(expression: "", message: "libxml2 could not allocate an XPath context")
        }
        docket_xml_silence_xpath(context)
        startTags = StartTagLines(data, encoding: string(document.pointee.encoding))
        self.document = document
        self.context = context
    }

    deinit {
        xmlXPathFreeContext(context)
        xmlFreeDoc(document)
    }

    /// Makes `prefix:` usable in expressions; documents with a default namespace need one.
    public func register(prefix: String, namespaceURI: String) {
        _ = xmlXPathRegisterNs(context, prefix, namespaceURI)
    }

    /// Evaluates `expression` at the root, or relative to a node an earlier query returned.
    ///
    /// Throws `XMLError.xpath` when the expression does not compile or evaluate (an unknown prefix, say).
    public func evaluate(_ expression: String, relativeTo reference: XMLNodeReference? = nil) throws(XMLError)
        -> [XPathMatch]
    {
        let contextNode = reference.flatMap { nodes.indices.contains($0.index) ? nodes[$0.index] : nil }
            ?? xmlDocGetRootElement(document)
        guard let result = xmlXPathNodeEval(contextNode, expression, context) else {
            let reason = context.pointee.lastError.message.map { String(cString: $0) }
                .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) } ?? "not valid XPath 1.0 here"
            xmlResetError(&context.pointee.lastError)
            throw .xpath(expression: expression, message: reason)
        }
        defer { xmlXPathFreeObject(result) }
        switch result.pointee.type {
        case XPATH_NODESET:
            guard let set = result.pointee.nodesetval, set.pointee.nodeNr > 0,
                  let table = set.pointee.nodeTab else { return [] }
            return (0..<Int(set.pointee.nodeNr)).compactMap { table[$0].map(match) }
        default:
            guard let value = xmlXPathCastToString(result) else { return [] }
            defer { docket_xml_free(value) }
            return [XPathMatch(kind: .value, value: String(cString: value))]
        }
    }

    private func line(of element: xmlNodePtr) -> Int {
        let reported = Int(xmlGetLineNo(element))
        return startTags?.startLine(of: qualifiedName(of: element), reportedLine: reported) ?? reported
    }

    private func match(_ node: xmlNodePtr) -> XPathMatch {
        let value: String
        if let content = xmlXPathCastNodeToString(node) {
            value = String(cString: content)
            docket_xml_free(content)
        } else {
            value = ""
        }
        nodes.append(node)
        let reference = XMLNodeReference(index: nodes.count - 1)
        switch node.pointee.type {
        case XML_ELEMENT_NODE:
            return XPathMatch(kind: .element, value: value, name: string(node.pointee.name),
                              line: line(of: node), path: elementPath(of: node), reference: reference)
        case XML_ATTRIBUTE_NODE:
            let owner = node.pointee.parent
            let name = string(node.pointee.name)
            return XPathMatch(kind: .attribute, value: value, name: name, line: owner.map(line(of:)),
                              path: owner.map { elementPath(of: $0) + "/@" + (name ?? "") }, reference: reference)
        default:
            let owner = node.pointee.parent
            return XPathMatch(kind: .text, value: value, name: nil, line: Int(xmlGetLineNo(node)),
                              path: owner.map { elementPath(of: $0) }, reference: reference)
        }
    }
}
