import Foundation

/// Moves an element's line back to the line of its start tag's `<`.
///
/// libxml2 numbers an element by the line where its start tag *ends*, which for a tag with attributes spread
/// over several lines points a reviewer at the wrong line. Only ASCII-compatible encodings are corrected;
/// UTF-16 documents keep libxml2's numbering.
struct StartTagLines {
    private let bytes: [UInt8]
    private var lineStarts: [Int] = [0]

    init?(_ data: Data, encoding: String?) {
        let name = (encoding ?? "UTF-8").uppercased()
        guard !name.hasPrefix("UTF-16"), !name.hasPrefix("UCS"), !(data.first == 0xFE || data.first == 0xFF)
        else { return nil }
        bytes = Array(data)
        for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") { lineStarts.append(offset + 1) }
    }

    /// The line of the `<qualifiedName` that opens the tag ending on `reportedLine`.
    func startLine(of qualifiedName: String, reportedLine: Int) -> Int {
        guard reportedLine >= 1, reportedLine <= lineStarts.count else { return reportedLine }
        let needle = Array(("<" + qualifiedName).utf8)
        var line = reportedLine
        // A start tag rarely spans more than a few dozen lines; the bound keeps a pathological file linear.
        while line >= 1 && reportedLine - line < 64 {
            if contains(needle, onLine: line) { return line }
            line -= 1
        }
        return reportedLine
    }

    private func contains(_ needle: [UInt8], onLine line: Int) -> Bool {
        let start = lineStarts[line - 1]
        let end = line < lineStarts.count ? lineStarts[line] : bytes.count
        guard end - start >= needle.count else { return false }
        var index = start
        while index + needle.count <= end {
            if bytes[index] == needle[0] && Array(bytes[index..<index + needle.count]) == needle {
                let after = index + needle.count
                // "<item" must not match "<items".
                if after >= end || !Self.isNameByte(bytes[after]) { return true }
            }
            index += 1
        }
        return false
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
            || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".")
            || byte == UInt8(ascii: ":") || byte >= 0x80
    }
}
