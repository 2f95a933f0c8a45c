/// A USML citation (22 CFR 121.1): category, paragraph path and whether it was marked SME.
public struct USMLCitation: Sendable, Equatable, Hashable {
    /// Roman numeral, "I" through "XXI".
    public var category: String
    /// Paragraph levels in canonical case: ["a", "3", "i", "A"].
    public var paragraphs: [String]
    /// Marked as Significant Military Equipment by an asterisk or an explicit "SME".
    public var sme: Bool

    public init(category: String, paragraphs: [String] = [], sme: Bool = false) {
        self.category = category
        self.paragraphs = paragraphs
        self.sme = sme
    }

    /// "XI(a)(3)(i)", or "XI" for a bare category; SME is not part of it (see `sme`).
    public var citation: String {
        category + paragraphs.map { "(\($0))" }.joined()
    }

    /// 1–21, also the AES two-digit USML category code.
    public var categoryNumber: Int {
        USMLNormalizer.romanValue(category) ?? 0
    }
}

/// Reads the ways filings cite the USML ("Cat. 11 (a)", "*XI(a)", "Category XI, paragraph (a)(3)(i)").
public struct USMLNormalizer: Sendable {
    public init() {}

    /// The citation in a whole field. An asterisk anywhere marks SME: filings put it before the category, before
    /// a paragraph, or after the citation.
    ///
    /// Returns nil for categories outside I–XXI or 1–21, non-canonical numerals ("IIII"), paragraphs that do not
    /// follow the (a)(1)(i)(A)(1) pattern, more than one citation, a field saying both SME and non-SME, or any
    /// other word.
    public func normalize(_ text: String) -> USMLCitation? {
        var scanner = Substring(TextFolding.fold(text).uppercased().replacingOccurrences(of: "U.S.M.L.", with: "USML"))
        var category: String?
        var paragraphs: [String] = []
        var asterisk = false
        var explicitSME: Bool?
        while let next = scanner.first {
            if next.isWhitespace || ",:;.".contains(next) {
                scanner.removeFirst()
            } else if next == "*" {
                asterisk = true
                scanner.removeFirst()
            } else if next == "(" || next == "[" {
                guard let close = scanner.firstIndex(where: { $0 == ")" || $0 == "]" }) else { return nil }
                let inner = scanner[scanner.index(after: scanner.startIndex)..<close].filter { !$0.isWhitespace }
                scanner = scanner[scanner.index(after: close)...]
                if inner == "SME" || inner == "NON-SME" || inner == "NONSME" {
                    guard Self.set(&explicitSME, inner == "SME") else { return nil }
                } else {
                    guard category != nil, !inner.isEmpty else { return nil }
                    paragraphs.append(String(inner))
                }
            } else if next.isLetter || next.isNumber {
                let word = scanner.prefix { $0.isLetter || $0.isNumber }
                scanner = scanner.dropFirst(word.count)
                if Self.labels.contains(String(word)) { continue }
                if word == "SME" || word == "NON" && scanner.hasPrefix("-SME") {
                    if word == "NON" { scanner = scanner.dropFirst(4) }
                    guard Self.set(&explicitSME, word == "SME") else { return nil }
                    continue
                }
                guard category == nil, paragraphs.isEmpty, let value = Self.categoryValue(String(word)) else {
                    return nil
                }
                category = Self.roman(value)
            } else {
                return nil
            }
        }
        guard let category, let canonical = Self.canonicalParagraphs(paragraphs) else { return nil }
        if explicitSME == false && asterisk { return nil }
        return USMLCitation(category: category, paragraphs: canonical, sme: asterisk || explicitSME == true)
    }

    private static let labels: Set<String> = ["USML", "CATEGORY", "CAT", "PARAGRAPH", "PARA", "SUBPARAGRAPH", "NO"]

    /// Records an explicit SME marker; false when an earlier marker said the opposite.
    private static func set(_ flag: inout Bool?, _ value: Bool) -> Bool {
        if let flag, flag != value { return false }
        flag = value
        return true
    }

    private static func categoryValue(_ word: String) -> Int? {
        let value = TextFolding.isDigits(word) ? (word.first == "0" ? nil : Int(word)) : romanValue(word)
        guard let value, (1...21).contains(value) else { return nil }
        return value
    }

    /// Level by level: letter, number, lower-case roman, capital letter, number.
    private static func canonicalParagraphs(_ raw: [String]) -> [String]? {
        guard raw.count <= 5 else { return nil }
        var out: [String] = []
        for (level, text) in raw.enumerated() {
            switch level {
            case 0, 3:
                guard text.count == 1, let letter = text.first, letter.isASCII, letter.isLetter else { return nil }
                out.append(level == 0 ? text.lowercased() : text.uppercased())
            case 2:
                guard let value = romanValue(text), value <= 39 else { return nil }
                out.append(roman(value).lowercased())
            default:
                guard TextFolding.isDigits(text, count: 1...2), text.first != "0" else {
                    return nil
                }
                out.append(text)
            }
        }
        return out
    }

    private static let numerals: [(Int, String)] = [
        (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ]

    static func roman(_ value: Int) -> String {
        var rest = value
        var out = ""
        for (amount, symbol) in numerals {
            while rest >= amount {
                out += symbol
                rest -= amount
            }
        }
        return out
    }

    /// The value of a canonical Roman numeral up to XXXIX; nil for anything else ("IIII", "VX").
    static func romanValue(_ text: String) -> Int? {
        let upper = text.uppercased()
        guard !upper.isEmpty, upper.allSatisfy({ "IVX".contains($0) }) else { return nil }
        let values: [Character: Int] = ["I": 1, "V": 5, "X": 10]
        var total = 0
        let digits = upper.compactMap { values[$0] }
        for (index, value) in digits.enumerated() {
            if index + 1 < digits.count, value < digits[index + 1] { total -= value } else { total += value }
        }
        return total > 0 && total < 40 && roman(total) == upper ? total : nil
    }
}
