import Foundation

/// A label reduced to comparable words: "14. Foreign End-User:" and "block14_ForeignEndUser" both become
/// block "14" + ["foreign", "end", "user"].
public struct LabelText: Sendable, Hashable {
    public var block: String?
    public var words: [String]

    public init(block: String? = nil, words: [String]) {
        self.block = block
        self.words = words
    }

    /// Splits camelCase, snake_case, dotted and bracketed names and free text into lower-case words, folding
    /// diacritics, then takes a leading block marker ("Block 14", "14.", "Box 14a", "14a)") off the front.
    public init(_ raw: String) {
        var words = Self.split(raw)
        var block: String?
        if let first = words.first, ["block", "box", "blk"].contains(first), words.count > 1,
           Self.isBlockNumber(words[1]) {
            block = words[1]
            words.removeFirst(2)
        } else if let first = words.first, Self.isBlockNumber(first), Self.startsWithNumberedMarker(raw) {
            block = first
            words.removeFirst()
        }
        // Generated field names ("f1_23[0]", "Text12") carry numbers that mean nothing to a reader.
        self.words = words.flatMap(Self.compound).filter { !Self.isAllNumbers($0) && !Self.fillerWords.contains($0) }
        self.block = block
    }

    /// `allSatisfy(\.isNumber)`, from the bytes when they are ASCII (whose only numbers are 0-9).
    private static func isAllNumbers(_ word: String) -> Bool {
        var ascii = true
        for byte in word.utf8 {
            if byte >= 0x80 { ascii = false; break }
            if !(0x30...0x39).contains(byte) { return false }
        }
        return ascii || word.allSatisfy(\.isNumber)
    }

    private static let fillerWords: Set<String> = ["the", "of", "a", "an", "s", "and", "or", "in", "to", "for", "if", "any"]

    static func isBlockNumber(_ word: String) -> Bool {
        guard let first = word.first, first.isNumber, word.count <= 4 else { return false }
        return word.allSatisfy { $0.isNumber || ("a"..."z").contains($0) }
    }

    /// True for "14. Foreign", "14a) x", "14 - x", "Block14": a number used as a block marker, not a value.
    static func startsWithNumberedMarker(_ raw: String) -> Bool {
        raw.rangeOfPattern(#"^\s*\(?\d{1,2}[a-z]?(\s*[.):\-–]|\s+[A-Za-z])"#) != nil
            || raw.rangeOfPattern(#"^(?i)block\d"#) != nil
    }

    static func split(_ raw: String) -> [String] {
        let ascii = raw.utf8.allSatisfy { $0 < 0x80 }
        return merged(ascii ? asciiWords(raw) : words(raw))
    }

    /// The words of `split` before "u s" is merged and plurals dropped.
    private static func words(_ raw: String) -> [String] {
        var words: [String] = []
        var current = ""
        var previous: Character?
        func flush() {
            if !current.isEmpty { words.append(current) }
            current = ""
        }
        let folded = raw.folding(options: [.diacriticInsensitive], locale: nil)
        let hasLowercase = raw.contains(where: \.isLowercase)
        for character in folded {
            if character.isLetter || character.isNumber {
                if let previous {
                    // "DDTCRegistration": an acronym ends where an upper-case letter starts a lower-case word.
                    if previous.isUppercase && character.isLowercase && current.count >= 2
                        && hasLowercase && Self.isAllUpper(current, in: folded, before: character) {
                        let last = current.removeLast()
                        flush()
                        current.append(last)
                    }
                    let camelBreak = previous.isLowercase && character.isUppercase
                    let digitBreak = previous.isNumber != character.isNumber
                        && !(previous.isNumber && character.isLetter && current.count <= 2 && character.isLowercase)
                    if camelBreak || digitBreak { flush() }
                }
                current.append(contentsOf: character.lowercased())
            } else if character == "'" || character == "’" {
                continue
            } else {
                flush()
            }
            previous = character
        }
        flush()
        return words
    }

    /// `words` for ASCII text, byte by byte: labels are read from every line of every document, and
    /// `Character` properties dominated the profiles.
    private static func asciiWords(_ raw: String) -> [String] {
        var words: [String] = []
        var current: [UInt8] = []
        var previous: UInt8?
        func flush() {
            if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
            current.removeAll(keepingCapacity: true)
        }
        func isUpper(_ byte: UInt8) -> Bool { (0x41...0x5A).contains(byte) }
        func isLower(_ byte: UInt8) -> Bool { (0x61...0x7A).contains(byte) }
        func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }
        let hasLowercase = raw.utf8.contains(where: isLower)
        for byte in raw.utf8 {
            if isUpper(byte) || isLower(byte) || isDigit(byte) {
                if let previous {
                    if isUpper(previous) && isLower(byte) && current.count >= 2 && hasLowercase
                        && Self.isAllUpper(String(decoding: current, as: UTF8.self), in: raw,
                                           before: Character(Unicode.Scalar(byte))) {
                        let last = current.removeLast()
                        flush()
                        current.append(last)
                    }
                    let camelBreak = isLower(previous) && isUpper(byte)
                    let digitBreak = isDigit(previous) != isDigit(byte)
                        && !(isDigit(previous) && !isDigit(byte) && current.count <= 2 && isLower(byte))
                    if camelBreak || digitBreak { flush() }
                }
                current.append(isUpper(byte) ? byte | 0x20 : byte)
            } else if byte == UInt8(ascii: "'") {
                continue
            } else {
                flush()
            }
            previous = byte
        }
        flush()
        return words
    }

    private static func merged(_ words: [String]) -> [String] {
        // "u s" and "us" both mean the United States in labels.
        var merged: [String] = []
        var index = 0
        while index < words.count {
            if words[index] == "u", index + 1 < words.count, words[index + 1] == "s" {
                merged.append("us")
                index += 2
            } else {
                merged.append(Self.singular(words[index]))
                index += 1
            }
        }
        return merged
    }

    /// True when the word being built was written all in capitals (it is stored lower-cased).
    private static func isAllUpper(_ current: String, in folded: String, before: Character) -> Bool {
        // The word's letters are the last `current.count` letters seen; they were upper case if the original
        // text has that run in capitals.
        folded.contains(current.uppercased() + String(before))
    }

    /// "foreignenduser" -> ["foreign", "end", "user"]: a run-together word made only of vocabulary words.
    /// Words the vocabulary knows, and words it cannot split completely, stay as they are.
    static func compound(_ word: String) -> [String] {
        let known = Vocabulary.knownWords
        // Cheapest tests first, bytes before Characters: this runs for every word of every label candidate.
        guard word.utf8.count >= 6 else { return [word] }
        let ascii = word.utf8.allSatisfy { $0 < 0x80 }
        let letters = ascii ? word.utf8.allSatisfy { (0x61...0x7A).contains($0 | 0x20) } : word.allSatisfy(\.isLetter)
        guard letters, ascii || word.count >= 6, !known.contains(word) else { return [word] }
        // Scalars, not Characters: building a Character per letter showed in profiles.
        let characters = Array(word.unicodeScalars)
        // best[i]: the fewest known words that spell characters[..<i].
        var best: [[String]?] = Array(repeating: nil, count: characters.count + 1)
        best[0] = []
        for end in 2...characters.count {
            for start in max(0, end - 16)...(end - 2) {
                guard let prefix = best[start] else { continue }
                let piece = TextFolding.string(characters[start..<end])
                guard known.contains(piece) else { continue }
                if best[end] == nil || prefix.count + 1 < best[end]?.count ?? .max { best[end] = prefix + [piece] }
            }
        }
        guard let pieces = best[characters.count], pieces.count > 1 else { return [word] }
        return pieces.map(singular)
    }

    /// "consignees" -> "consignee", "parties" -> "party"; short words and "-ss" words stay.
    static func singular(_ word: String) -> String {
        guard word.count > 4, word.hasSuffix("s"), !word.hasSuffix("ss"), !word.hasSuffix("us") else { return word }
        if word.hasSuffix("ies") { return String(word.dropLast(3)) + "y" }
        return String(word.dropLast())
    }
}
