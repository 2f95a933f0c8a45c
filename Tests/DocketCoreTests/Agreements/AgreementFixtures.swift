import DocketCore

/// Builds passages the way the PDF and XML layers hand them over, so tests do not need files.
enum Fixture {
    /// PDF lines; each inner array is one page, each string one line.
    static func pdf(_ pages: [[String]]) -> [TextPassage] {
        var passages: [TextPassage] = []
        for (pageIndex, lines) in pages.enumerated() {
            for (lineIndex, line) in lines.enumerated() {
                let y = 72 + Double(lineIndex) * 14
                passages.append(TextPassage(text: line, evidence: Evidence(
                    page: pageIndex + 1, bbox: [72, y, 540, y + 11], text: line)))
            }
        }
        return passages
    }

    /// One page of PDF lines.
    static func pdf(_ lines: [String]) -> [TextPassage] { pdf([lines]) }

    /// Text broken into PDF lines of about `width` characters, as a layout would.
    static func wrapped(_ text: String, width: Int = 70) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            if !current.isEmpty, current.count + word.count + 1 > width {
                lines.append(current)
                current = ""
            }
            current += current.isEmpty ? String(word) : " " + word
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }

    /// XML element texts: (xpath, text), with line numbers in order.
    static func xml(_ elements: [(String, String)]) -> [TextPassage] {
        elements.enumerated().map { index, element in
            TextPassage(text: element.1, evidence: Evidence(xpath: element.0, line: index + 2, text: element.1))
        }
    }

    static func clause(_ id: String, in passages: [TextPassage], type: DocumentType) -> Clause? {
        let analysis = AgreementAnalyzer.analyze(passages, type: type)
        return (analysis.clauses + analysis.transmittal).first { $0.id == id }
    }
}
