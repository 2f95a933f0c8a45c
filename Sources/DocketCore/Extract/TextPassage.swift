public import DocketXML

/// A piece of running text with the evidence that locates it: one PDF line, or one XML element's own text.
/// Clause and prose analysis works on passages so it does not care which format the text came from.
public struct TextPassage: Sendable, Hashable {
    public var text: String
    public var evidence: Evidence

    public init(text: String, evidence: Evidence) {
        self.text = text
        self.evidence = evidence
    }

    /// PDF lines as passages. Table cells and side-by-side blocks are kept apart by " | ", so sublicensee
    /// tables and two-column signature blocks stay readable; a single-segment line reads as printed.
    /// The text is consumed: each line's layout is released once its passage is made.
    public static func passages(from text: consuming DocumentText) -> [TextPassage] {
        text.readingEachLineOnce(passage(of:))
    }

    static func passage(of line: TextLine) -> TextPassage {
        let joined = line.segments.count > 1 ? line.segments.map(\.text).joined(separator: " | ") : line.text
        var evidence = line.evidence
        evidence.text = joined
        return TextPassage(text: joined, evidence: evidence)
    }

    /// Every element with its own text, in document order, as one passage each.
    public static func passages(from tree: XMLTree) -> [TextPassage] {
        var result: [TextPassage] = []
        func visit(_ element: XMLElement) {
            let own = element.ownText
            if !own.isEmpty {
                let text = TextFolding.collapsingWhitespace(own)
                result.append(TextPassage(text: text, evidence: Evidence(xpath: element.path, line: element.line, text: text)))
            }
            for attribute in element.attributes where attribute.value.count > 40 {
                result.append(TextPassage(text: attribute.value, evidence: Evidence(
                    xpath: element.path + "/@" + attribute.name, line: element.line, text: attribute.value)))
            }
            element.elements.forEach(visit)
        }
        visit(tree.root)
        return result
    }
}
