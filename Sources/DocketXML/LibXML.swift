internal import CLibXML2
import Foundation

/// The parse options Docket always uses. NOENT (substitute entities) and DTDLOAD (fetch the external subset)
/// are never set: with them a document could make the parser read files or expand entities unboundedly.
let safeParseOptions: Int32 = Int32(
    XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
        | XML_PARSE_BIG_LINES.rawValue)

/// Installed once per process before the first parse: the refusing external-entity loader.
private let parserGuards: Void = docket_xml_install_guards()

func string(_ pointer: UnsafePointer<xmlChar>?) -> String? {
    pointer.map { String(cString: $0) }
}

/// Parses `data` into a libxml2 document the caller must free with `xmlFreeDoc`.
func parseDocument(_ data: Data, limits: XMLLimits) throws(XMLError) -> xmlDocPtr {
    _ = parserGuards
    guard !data.isEmpty else { throw .empty }
    guard data.count <= limits.maxInputBytes else { throw .tooLarge(bytes: data.count) }
    guard let context = xmlNewParserCtxt() else {
        throw .malformed(line: 0, column: 0, message: "libxml2 could not allocate a parser")
    }
    defer { xmlFreeParserCtxt(context) }
    var sink = docket_xml_error_sink()
    defer { xmlResetError(&sink.first) }
    let document = data.withUnsafeBytes { buffer in
        docket_xml_read_memory(context, buffer.baseAddress?.assumingMemoryBound(to: CChar.self), Int32(buffer.count),
                               safeParseOptions, &sink)
    }
    if let document, context.pointee.wellFormed != 0 {
        return document
    }
    if let document { xmlFreeDoc(document) }
    if sink.captured != 0 { throw translate(sink.first) }
    guard let last = xmlCtxtGetLastError(UnsafeMutableRawPointer(context)) else {
        throw .malformed(line: 0, column: 0, message: "the document is not well-formed")
    }
    throw translate(last.pointee)
}

private func translate(_ error: xmlError) -> XMLError {
    let line = Int(error.line)
    let column = Int(error.int2)
    let message = (error.message.map { String(cString: $0) } ?? "the document is not well-formed")
        .trimmingCharacters(in: .whitespacesAndNewlines)
    if error.code == Int32(XML_ERR_ENTITY_LOOP.rawValue) || message.contains("amplification") {
        return .entityExpansionLimit(line: line)
    }
    if message.hasPrefix("Excessive depth") {
        return .depthLimit(line: line)
    }
    return .malformed(line: line, column: column, message: message)
}

/// One step of an element path; the same format is used for tree paths and XPath match paths.
func pathStep(qualifiedName: String, index: Int) -> String {
    "/\(qualifiedName)[\(index)]"
}

func qualifiedName(of node: xmlNodePtr) -> String {
    let name = string(node.pointee.name) ?? ""
    guard let prefix = node.pointee.ns.flatMap({ string($0.pointee.prefix) }) else { return name }
    return "\(prefix):\(name)"
}

/// The path of an element found by XPath, computed the way the tree converter computes it.
func elementPath(of node: xmlNodePtr) -> String {
    var steps: [String] = []
    var current: xmlNodePtr? = node
    while let element = current, element.pointee.type == XML_ELEMENT_NODE {
        let name = qualifiedName(of: element)
        var index = 1
        var sibling = element.pointee.prev
        while let previous = sibling {
            if previous.pointee.type == XML_ELEMENT_NODE && qualifiedName(of: previous) == name { index += 1 }
            sibling = previous.pointee.prev
        }
        steps.append(pathStep(qualifiedName: name, index: index))
        current = element.pointee.parent
    }
    return steps.reversed().joined()
}
