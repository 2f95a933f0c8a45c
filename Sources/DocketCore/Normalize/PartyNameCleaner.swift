/// Cleans party names read from forms and builds keys for matching them across documents.
public struct PartyNameCleaner: Sendable {
    public init() {}

    /// The name without block numbers and field labels ("14. Foreign End User: Acme GmbH" → "Acme GmbH"), with
    /// whitespace collapsed and trailing commas and colons removed; legal suffixes and case are kept.
    ///
    /// Returns nil when nothing name-like is left, or the field holds a placeholder ("N/A", "See Attached").
    public func clean(_ text: String) -> String? {
        var name = TextFolding.collapsingWhitespace(text)
        var previous = ""
        while name != previous {
            previous = name
            name = Self.droppingBlockNumber(name)
            name = Self.droppingLabel(name)
            name = TextFolding.trimming(name, Self.edgeNoise)
        }
        guard name.contains(where: \.isLetter), !Self.placeholders.contains(TextFolding.key(name)) else { return nil }
        return name
    }

    /// A key under which spellings of one party meet: "Acme Defense Systems, Inc." and "ACME DEFENSE SYSTEMS INC"
    /// both give "acme defense systems". Case, diacritics, punctuation, a leading "The" and trailing legal-form
    /// suffixes are dropped.
    ///
    /// Returns nil when `clean` does; a name that is nothing but a legal form ("Company") keeps it.
    public func comparisonKey(for name: String) -> String? {
        guard let cleaned = clean(name) else { return nil }
        var words = TextFolding.keyWords(cleaned)
        if words.first == "the", words.count > 1 { words.removeFirst() }
        var stripped = true
        while stripped {
            stripped = false
            for suffix in Self.legalSuffixes
            where words.count > suffix.count && words.suffix(suffix.count) == suffix[...] {
                words.removeLast(suffix.count)
                stripped = true
                break
            }
        }
        return words.joined(separator: " ")
    }

    // MARK: - Labels

    /// Trailing "." is kept: it ends "Inc." and "S.p.A.".
    private static let edgeNoise: Set<Character> = [",", ":", ";", "-", "–", "—", "|", "*", "_"]

    private static let placeholders: Set<String> = [
        "n a", "na", "none", "not applicable", "see attached", "see attachment", "same as above", "same as applicant",
        "tbd", "to be determined", "unknown", "various", "nil",
    ]

    /// Words form labels are made of; a colon-prefix made only of these is a label, not part of a name.
    private static let labelWords: Set<String> = [
        "foreign", "end", "user", "users", "enduser", "consignee", "consignees", "intermediate", "ultimate", "name",
        "names", "applicant", "applicants", "company", "manufacturer", "seller", "us", "consignor", "freight",
        "forwarder", "purchaser", "licensee", "sublicensee", "party", "parties", "of", "the", "legal", "full",
        "entity", "signatory", "block", "box", "item", "no", "number", "exporter", "importer", "recipient", "buyer",
        "and", "or", "firm", "organization", "organisation", "address", "domestic", "source", "vendor", "in",
    ]

    private static let blockWords: Set<String> = ["block", "box", "item", "blk", "line", "field"]

    /// Drops "Block 15 -", "Box 14:", "14.", "14a)" at the start.
    private static func droppingBlockNumber(_ text: String) -> String {
        var rest = Substring(text)
        let word = rest.prefix { $0.isLetter }
        if blockWords.contains(word.lowercased()) {
            rest = rest.dropFirst(word.count).drop { $0 == " " || $0 == "#" || $0 == "." }
            guard rest.first?.isNumber == true else { return text }
        }
        let digits = rest.prefix(while: TextFolding.isDigit)
        guard !digits.isEmpty, digits.count <= 3 else { return text }
        var after = rest.dropFirst(digits.count)
        if let letter = after.first, letter.isLetter, after.dropFirst().first.map({ !$0.isLetter }) ?? true {
            after = after.dropFirst()
        }
        // "14. Acme" or "Block 14 Acme" but not "3M Company" or "1st Aviation".
        guard let mark = after.first, ".):-–—".contains(mark) || (mark == " " && rest.startIndex != text.startIndex)
        else { return text }
        return String(after.drop { ".):-–— ".contains($0) })
    }

    /// Drops "Foreign End User:" and "Name:" when every word before the colon is a label word.
    private static func droppingLabel(_ text: String) -> String {
        guard let colon = text.firstIndex(of: ":") else { return text }
        let words = TextFolding.keyWords(String(text[..<colon]))
        guard !words.isEmpty, words.allSatisfy({ labelWords.contains($0) || $0.allSatisfy(\.isNumber) }) else {
            return text
        }
        return String(text[text.index(after: colon)...])
    }

    /// Longest first within each family, so "gmbh and co kg" goes before "kg".
    private static let legalSuffixes: [[String]] = [
        ["gmbh", "and", "co", "kg"], ["gmbh", "co", "kg"], ["and", "co", "kg"], ["co", "kg"], ["sp", "z", "o", "o"],
        ["s", "p", "a"], ["l", "l", "c"], ["pty", "ltd"], ["pte", "ltd"], ["sdn", "bhd"], ["co", "ltd"],
        ["kabushiki", "kaisha"], ["s", "a"], ["n", "v"], ["b", "v"], ["a", "g"], ["s", "r", "l"], ["and", "co"],
        ["inc"], ["incorporated"], ["corp"], ["corporation"], ["co"], ["company"], ["llc"], ["ltd"], ["limited"],
        ["plc"], ["gmbh"], ["ag"], ["sa"], ["spa"], ["srl"], ["sarl"], ["sas"], ["bv"], ["nv"], ["ab"], ["as"],
        ["asa"], ["oy"], ["oyj"], ["kk"], ["kg"], ["se"], ["lp"], ["llp"], ["pte"], ["pty"], ["bhd"], ["lda"],
        ["ltda"], ["sl"], ["ulc"], ["gk"], ["aps"], ["kft"], ["zrt"],
    ]
}
