import Foundation

/// Text helpers shared by the normalizers, so that every lookup folds text the same way.
enum TextFolding {
    /// Collapses every run of whitespace (including NBSP and line breaks) into one space and trims the ends.
    static func collapsingWhitespace(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            // ASCII fast path, one pass into one buffer: whitespace is space, tab, CR, LF, VT, FF.
            let bytes = text.utf8
            return String(unsafeUninitializedCapacity: bytes.count) { buffer in
                var count = 0
                var pendingSpace = false
                for byte in bytes {
                    if byte == 0x20 || (0x09...0x0D).contains(byte) {
                        pendingSpace = count > 0
                    } else {
                        if pendingSpace {
                            buffer[count] = 0x20
                            count += 1
                            pendingSpace = false
                        }
                        buffer[count] = byte
                        count += 1
                    }
                }
                return count
            }
        }
        return text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// Lower-cases and strips diacritics ("Türkiye" → "turkiye"); all other characters are kept.
    static func fold(_ text: String) -> String {
        // Most filing text is ASCII, where folding is lower-casing; Foundation's folding is far slower.
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.lowercased() }
        return text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
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
        let folded = fold(text)
        if folded.utf8.allSatisfy({ $0 < 0x80 }) { return asciiKey(folded.utf8) }
        var out = ""
        out.reserveCapacity(text.count)
        for character in folded {
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

    /// `key` over already folded ASCII bytes, without going through `Character`, which dominates profiles.
    private static func asciiKey(_ bytes: String.UTF8View) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var pendingSpace = false
        func emit(_ byte: UInt8) {
            if pendingSpace && !out.isEmpty { out.append(0x20) }
            pendingSpace = false
            out.append(byte)
        }
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): emit(byte)
            case UInt8(ascii: "."), UInt8(ascii: "'"), UInt8(ascii: "`"): continue
            case UInt8(ascii: "&"):
                pendingSpace = true
                for letter in "and".utf8 { emit(letter) }
                pendingSpace = true
            default: pendingSpace = true
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The scalars as a string, encoded to UTF-8 in one buffer: appending them one by one to a
    /// `UnicodeScalarView` showed in profiles wherever text is held as scalars.
    static func string(_ scalars: some Collection<Unicode.Scalar>) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.count)
        for scalar in scalars {
            if scalar.isASCII {
                bytes.append(UInt8(truncatingIfNeeded: scalar.value))
            } else if let encoded = UTF8.encode(scalar) {
                bytes.append(contentsOf: encoded)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `scalars` with a space after every position where `spaceAfter` holds, asked of the original scalars: what a
    /// regular-expression replacement of `(x)(?=y)` by `$1 ` does, for rules simple enough to scan for.
    static func insertingSpaces(in scalars: [Unicode.Scalar],
                                after spaceAfter: ([Unicode.Scalar], Int) -> Bool) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(scalars.count + 4)
        for index in scalars.indices {
            out.append(scalars[index])
            if spaceAfter(scalars, index) { out.append(" ") }
        }
        return out
    }

    /// The words of `key(text)`.
    static func keyWords(_ text: String) -> [String] {
        let key = key(text)
        guard key.utf8.allSatisfy({ $0 < 0x80 }) else { return key.split(separator: " ").map(String.init) }
        // An ASCII key splits on its bytes (splitting Characters was a sixth of the cost of building sentences),
        // into an array counted first: a table read as one sentence has a million words, and `split`'s growing
        // array of slices was a long agreement's peak memory.
        let bytes = key.utf8
        var words: [String] = []
        words.reserveCapacity(bytes.reduce(1) { $1 == 0x20 ? $0 + 1 : $0 })
        var start = bytes.startIndex
        for index in bytes.indices where bytes[index] == 0x20 {
            if start < index { words.append(String(decoding: bytes[start..<index], as: UTF8.self)) }
            start = bytes.index(after: index)
        }
        if start < bytes.endIndex { words.append(String(decoding: bytes[start...], as: UTF8.self)) }
        return words
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

extension StringProtocol {
    /// `split(separator: " ").count`, but counting stops once it passes `limit`: callers only ask whether a text is
    /// short, and some texts are whole tables read as one sentence, megabytes long. ASCII is counted from its
    /// bytes; other text by Character, where a space carrying a combining mark is not a separator.
    func spaceSeparatedWordCount(upTo limit: Int) -> Int {
        Self.runCount(of: utf8, separator: UInt8(ascii: " "), upTo: limit, abandoningAt: { $0 >= 0x80 })
            ?? Self.runCount(of: self, separator: " ", upTo: limit, abandoningAt: { _ in false }) ?? 0
    }

    /// Runs of elements other than `separator`, counted up to one past `limit`; nil at the first element that
    /// `abandoningAt` refuses.
    private static func runCount<Elements: Sequence>(of elements: Elements, separator: Elements.Element, upTo limit: Int,
                                                     abandoningAt refused: (Elements.Element) -> Bool) -> Int?
        where Elements.Element: Equatable {
        var count = 0
        var inWord = false
        for element in elements {
            if refused(element) { return nil }
            if element == separator {
                inWord = false
            } else if !inWord {
                inWord = true
                count += 1
                if count > limit { return count }
            }
        }
        return count
    }

    /// `split(separator: " ").last`, without splitting the rest of the text.
    var lastSpaceSeparatedWord: SubSequence? {
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return split(separator: " ").last }
        var end = endIndex
        while end > startIndex, self[index(before: end)] == " " { end = index(before: end) }
        guard end > startIndex else { return nil }
        var start = end
        while start > startIndex, self[index(before: start)] != " " { start = index(before: start) }
        return self[start..<end]
    }

    /// Whether `literal` occurs byte for byte. Foundation's `contains` goes through `NSString` and a
    /// locale-aware search, which showed in profiles of the loops that test every line of a document.
    func containsLiteral(_ literal: String) -> Bool {
        // A plain byte scan: the standard library's generic `firstRange(of:)` cost more than the NSString path.
        func search(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: UnsafeBufferPointer<UInt8>) -> Bool {
            guard let first = needle.first else { return true }
            guard haystack.count >= needle.count else { return false }
            var index = 0
            let last = haystack.count - needle.count
            while index <= last {
                if haystack[index] == first {
                    var offset = 1
                    while offset < needle.count, haystack[index + offset] == needle[offset] { offset += 1 }
                    if offset == needle.count { return true }
                }
                index += 1
            }
            return false
        }
        var literal = literal
        return literal.withUTF8 { needle in
            if let found = utf8.withContiguousStorageIfAvailable({ search($0, needle) }) { return found }
            return Array(utf8).withUnsafeBufferPointer { search($0, needle) }
        }
    }

    /// `trimmingCharacters(in: .whitespaces)` without the round trip through `NSString`, which showed in every
    /// profile: most text has nothing to trim, and most of the rest is ASCII.
    func trimmingSpaces() -> String {
        trimmingScalars(where: \.isSpace)
    }

    /// `trimmingCharacters(in: .whitespacesAndNewlines)`, as fast as `trimmingSpaces()`.
    func trimmingWhitespace() -> String {
        trimmingScalars { scalar in
            if scalar.value < 0x80 { return scalar.value == 0x20 || (0x09...0x0D).contains(scalar.value) }
            switch scalar.properties.generalCategory {
            case .lineSeparator, .paragraphSeparator: return true
            default: return scalar.value == 0x85 || scalar.isSpace
            }
        }
    }

    /// `trimmingCharacters(in: .punctuationCharacters)`, as fast as `trimmingSpaces()`.
    func trimmingPunctuation() -> String {
        trimmingScalars(where: \.isPunctuation)
    }

    /// `trimmingCharacters(in: .punctuationCharacters.union(.whitespaces))`, as fast as `trimmingSpaces()`.
    func trimmingPunctuationAndSpaces() -> String {
        trimmingScalars { $0.isPunctuation || $0.isSpace }
    }

    private func trimmingScalars(where isTrimmed: (Unicode.Scalar) -> Bool) -> String {
        let scalars = Substring(self).unicodeScalars
        guard let first = scalars.firstIndex(where: { !isTrimmed($0) }) else { return "" }
        var end = scalars.endIndex
        while end > first {
            let before = scalars.index(before: end)
            if !isTrimmed(scalars[before]) { break }
            end = before
        }
        return String(scalars[first..<end])
    }
}

extension String.UTF8View {
    /// Whether `needle` (lower-case ASCII bytes) can occur here when case is ignored. Text with any non-ASCII byte
    /// always can: case-insensitive matching folds a few non-ASCII letters (the Kelvin sign, the long s) onto ASCII.
    func mayContain(lowercaseASCII needle: [UInt8]) -> Bool {
        func search(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            guard let first = needle.first, !bytes.contains(where: { $0 >= 0x80 }) else { return true }
            guard bytes.count >= needle.count else { return false }
            func lower(_ byte: UInt8) -> UInt8 { (0x41...0x5A).contains(byte) ? byte | 0x20 : byte }
            for start in 0...(bytes.count - needle.count) where lower(bytes[start]) == first {
                if (1..<needle.count).allSatisfy({ lower(bytes[start + $0]) == needle[$0] }) { return true }
            }
            return false
        }
        if let found = withContiguousStorageIfAvailable(search) { return found }
        return Array(self).withUnsafeBufferPointer(search)
    }
}

extension Unicode.Scalar {
    /// Foundation's `CharacterSet.whitespaces`: a space separator or a tab, and the zero-width space, a space
    /// separator until Unicode 4.0.1 and still one in Foundation's table.
    var isSpace: Bool {
        value < 0x80 ? value == 0x20 || value == 0x09 : value == 0x200B || properties.generalCategory == .spaceSeparator
    }

    /// Foundation's `CharacterSet.punctuationCharacters`: the seven punctuation categories. ASCII has symbols
    /// among its marks ("$", "+", "<", "^", "|"), so it is not a range test.
    var isPunctuation: Bool {
        switch properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
             .finalPunctuation, .otherPunctuation: true
        default: false
        }
    }
}
