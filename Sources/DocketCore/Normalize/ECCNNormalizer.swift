/// Reads Export Control Classification Numbers (15 CFR 738.2) into canonical form ("3A001.a.1", "EAR99").
public struct ECCNNormalizer: Sendable {
    public init() {}

    /// The canonical ECCN of a whole field: the five-character base in capitals, paragraphs in lower case joined by
    /// dots ("3a001 A.1" → "3A001.a.1"); every spelling of EAR99 becomes "EAR99".
    ///
    /// Returns nil when the base does not match `[0-9][A-E][0-9]{3}`, a paragraph is neither a short run of
    /// letters nor of digits, the first paragraph is not a letter, or anything else follows.
    public func normalize(_ text: String) -> String? {
        var rest = Substring(TextFolding.collapsingWhitespace(text).uppercased())
        for label in ["ECCN:", "ECCN", "CCL:"] where rest.hasPrefix(label) {
            rest = rest.dropFirst(label.count).drop { $0 == " " || $0 == "#" }
        }
        rest = Substring(TextFolding.trimming(String(rest), [".", ",", ";"]))
        let squeezed = rest.filter { $0 != " " && $0 != "-" && $0 != "." }
        if squeezed == "EAR99" { return "EAR99" }
        let base = rest.prefix(5)
        guard Self.isBase(base) else { return nil }
        let tail = rest.dropFirst(5)
        if tail.isEmpty { return String(base) }
        guard tail.first == "." || tail.first == " " else { return nil }
        let segments = tail.split(whereSeparator: { $0 == "." || $0 == " " })
        guard let first = segments.first, first.allSatisfy(\.isLetter) else { return nil }
        for segment in segments {
            let letters = segment.allSatisfy { $0.isASCII && $0.isLetter } && segment.count <= 4
            let digits = TextFolding.isDigits(segment, count: 1...3)
            guard letters || digits else { return nil }
        }
        return ([String(base)] + segments.map { $0.lowercased() }).joined(separator: ".")
    }

    private static func isBase(_ base: Substring) -> Bool {
        let characters = Array(base)
        guard characters.count == 5 else { return false }
        return TextFolding.isDigit(characters[0]) && "ABCDE".contains(characters[1])
            && characters[2...].allSatisfy(TextFolding.isDigit)
    }
}
