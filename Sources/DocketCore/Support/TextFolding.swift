import Foundation

/// Text helpers shared by the normalizers, so that every lookup folds text the same way.
enum TextFolding {
    /// Collapses every run of whitespace (including NBSP and line breaks) into one space and trims the ends.
    static func collapsingWhitespace(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// Lower-cases and strips diacritics ("Türkiye" → "turkiye"); all other characters are kept.
    static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
            // Some letters carry no combining mark, so folding leaves them; spell them out.
            .replacingOccurrences(of: "ß", with: "ss")
            .replacingOccurrences(of: "ø", with: "o")
            .replacingOccurrences(of: "æ", with: "ae")
            .replacingOccurrences(of: "œ", with: "oe")
            .replacingOccurrences(of: "đ", with: "d")
            .replacingOccurrences(of: "ł", with: "l")
    }

    /// A lookup key: folded, with periods and apostrophes deleted (so "U.S." and "US" meet), "&" read as "and",
    /// any other punctuation turned into a space, and whitespace collapsed.
    ///
    /// Returns an empty string when nothing but punctuation and spaces was given.
    static func key(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.count)
        for character in fold(text) {
            if character.isLetter || character.isNumber {
                out.append(character)
            } else if character == "." || character == "'" || character == "’" || character == "`" {
                continue
            } else if character == "&" {
                out.append(" and ")
            } else {
                out.append(" ")
            }
        }
        return collapsingWhitespace(out)
    }

    /// The words of `key(text)`.
    static func keyWords(_ text: String) -> [String] {
        key(text).split(separator: " ").map(String.init)
    }

    /// Whether `character` is 0–9; `isNumber` alone also accepts "½" and Arabic-Indic digits.
    static func isDigit(_ character: Character) -> Bool {
        character.isASCII && character.isNumber
    }

    /// Whether `text` is one or more 0–9 digits, optionally of a length in `count`.
    static func isDigits(_ text: some StringProtocol, count: ClosedRange<Int> = 1...Int.max) -> Bool {
        count.contains(text.count) && !text.isEmpty && text.allSatisfy(isDigit)
    }

    /// Trims whitespace and the given characters from both ends.
    static func trimming(_ text: String, _ extra: Set<Character>) -> String {
        var slice = Substring(text)
        while let first = slice.first, first.isWhitespace || extra.contains(first) { slice.removeFirst() }
        while let last = slice.last, last.isWhitespace || extra.contains(last) { slice.removeLast() }
        return String(slice)
    }
}
