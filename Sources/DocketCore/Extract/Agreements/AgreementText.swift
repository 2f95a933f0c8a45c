import Foundation

/// One sentence of an agreement's running text, rebuilt from passages that may split it across lines, XML
/// elements or pages.
struct AgreementSentence: Sendable {
    /// Position in `AgreementText.sentences`.
    var index: Int
    /// The sentence as written, with line-end hyphenation undone and whitespace collapsed.
    var text: String
    /// `text` as match keys: folded, periods and apostrophes deleted ("U.S." → "us", "126.18" → "12618"),
    /// other punctuation (hyphens, quotes, brackets) turned into word breaks.
    var words: [String]
    /// The passage the sentence starts in.
    var passage: Int
    /// A table-of-contents entry or a heading: never evidence for a clause.
    var isNavigation: Bool
    /// Which words `words` may hold, for ruling terms out cheaply (`Concept.occurs(in:)`).
    var signature: WordSignature
}

/// The passages of a document as a sequence of sentences, so that matching ignores where lines, elements and
/// pages happened to break.
struct AgreementText: Sendable {
    var passages: [TextPassage]
    var sentences: [AgreementSentence]

    init(_ passages: [TextPassage]) {
        self.passages = passages
        // UTF-8, and one owner entry per passage rather than per character: the whole text of a 1,500-page
        // agreement is held here at once. 16-byte Characters with an 8-byte owner each were its peak memory, and
        // 4-byte scalars still a sixth of it; every offset below is a byte offset.
        var bytes: [UInt8] = []
        var owner = PassageOffsets()
        /// Offsets where a sentence must end whatever the punctuation says (headings, TOC lines), ascending: they
        /// are found in text order, and `split` walks them alongside the text instead of hashing every offset.
        var hardBreaks: [Int] = []
        func breakHere() {
            if hardBreaks.last != bytes.count { hardBreaks.append(bytes.count) }
        }
        let texts = passages.map { $0.text.trimmingSpaces() }
        // Exact capacity (each text and a joining space): grown by doubling, this array was the run's peak.
        bytes.reserveCapacity(texts.reduce(0) { $0 + $1.utf8.count + 1 })
        for (index, text) in texts.enumerated() {
            guard !text.isEmpty else { continue }
            let next = texts[(index + 1)...].first { !$0.isEmpty }
            let standalone = Self.isHeading(text, next: next) || Self.isTableOfContents(text)
            if standalone { breakHere() }
            if !bytes.isEmpty, !standalone, hardBreaks.last != bytes.count,
               let hyphen = Self.layoutHyphen(endingThe: bytes, next: text) {
                bytes.removeLast(hyphen)
                owner.start(index, at: bytes.count)
            } else if !bytes.isEmpty {
                owner.start(index, at: bytes.count)
                bytes.append(UInt8(ascii: " "))
            } else {
                owner.start(index, at: bytes.count)
            }
            bytes.append(contentsOf: text.utf8)
            if standalone { breakHere() }
        }
        self.sentences = Self.split(bytes, owner: owner, hardBreaks: hardBreaks)
    }

    // MARK: - Match keys

    /// The match keys of a text (see `AgreementSentence.words`).
    static func keyWords(_ text: String) -> [String] {
        TextFolding.keyWords(text.containsLiteral("§") ? text.replacingOccurrences(of: "§", with: " section ") : text)
    }

    // MARK: - Joining passages

    /// Word fragments that stay hyphenated when a line ends after them ("sub-" + "licensee", "third-" + "country").
    private static let compoundHeads: Set<String> = [
        "sub", "non", "third", "end", "co", "self", "cross", "re", "pre", "post", "multi", "anti", "counter", "dual",
        "royalty", "follow", "long", "short", "well", "so", "in", "out",
    ]

    /// A line that ends in a hyphen after a letter and is continued by a lower-case word was hyphenated by the
    /// layout: the hyphen goes and the halves join, unless the first half is a compound head. The answer is the
    /// hyphen's length in bytes (a soft hyphen is two).
    private static func layoutHyphen(endingThe bytes: [UInt8], next: String) -> Int? {
        let hyphen: Int
        if bytes.last == UInt8(ascii: "-") {
            hyphen = 1
        } else if bytes.count >= 2, bytes[bytes.count - 2] == 0xC2, bytes[bytes.count - 1] == 0xAD {
            hyphen = 2
        } else {
            return nil
        }
        let hyphenStart = bytes.count - hyphen
        guard hyphenStart > 0, isLetter(UTF8Scalars.scalar(in: bytes, before: hyphenStart).scalar),
              let first = next.first, first.isLowercase else { return nil }
        var start = hyphenStart
        while start > 0 {
            let previous = UTF8Scalars.scalar(in: bytes, before: start)
            guard isLetter(previous.scalar) else { break }
            start = previous.start
        }
        let head = String(decoding: bytes[start..<hyphenStart], as: UTF8.self).lowercased()
        return compoundHeads.contains(head) ? nil : hyphen
    }

    /// A short line that names a part of the document ("ARTICLE 8 – PATENTS", "Section 9(b) Retransfer",
    /// "12. Survival") rather than continuing a sentence.
    static func isHeading(_ text: String, next: String?) -> Bool {
        guard let last = text.last, !".,;:".contains(last) else { return false }
        if let next, let first = next.first, !(first.isUppercase || first == "(") { return false }
        // Words counted, never split: this runs for every line, and a table read as one sentence can be megabytes.
        let wordCount = text.spaceSeparatedWordCount(upTo: 16)
        guard wordCount <= 16 else { return false }
        // A line that ends on a function word continues onto the next one, even in capitals.
        if let lastWord = text.lastSpaceSeparatedWord?.lowercased(), continuationWords.contains(lastWord) { return false }
        let shouting = shouts(text)
        // Most lines of running text are longer than a numbered heading and not in capitals.
        guard wordCount <= 10 || shouting else { return false }
        if shouting && wordCount <= 8 { return true }
        // A capitalized paragraph wraps into long capitalized lines; a capitalized heading is short or stands alone.
        if shouting && !(next.map { shouts($0) && $0.spaceSeparatedWordCount(upTo: 8) > 8 } ?? false) { return true }
        guard wordCount <= 10 else { return false }
        let folded = text.lowercased()
        return folded.rangeOfPattern(#"^(article|section|clause|appendix|annex|exhibit|schedule|attachment|part|chapter)\s+[0-9a-z]"#) != nil
            || folded.rangeOfPattern(#"^(\(?[0-9]+[.)]|[0-9]+(\.[0-9]+)+\.?)\s+[a-z]"#) != nil
    }

    /// Whether `text` has at least three letters and all of them are capitals. ASCII is answered from its bytes:
    /// this runs for every line of an agreement and the next one, and Character properties dominated it.
    private static func shouts(_ text: String) -> Bool {
        var letters = 0
        for byte in text.utf8 {
            if byte >= 0x80 {
                let letters = text.filter(\.isLetter)
                return letters.count >= 3 && letters.allSatisfy(\.isUppercase)
            }
            if (0x61...0x7A).contains(byte) { return false }
            if (0x41...0x5A).contains(byte) { letters += 1 }
        }
        return letters >= 3
    }

    private static let continuationWords: Set<String> = [
        "the", "a", "an", "of", "to", "and", "or", "in", "on", "by", "for", "with", "from", "any", "all", "such",
        "that", "which", "be", "is", "are", "not", "shall", "will", "may", "its", "their", "as",
    ]

    /// A table-of-contents line: four dot or underscore leaders (a dot may carry one space), or two ellipses.
    static func isTableOfContents(_ text: String) -> Bool {
        // One pass over the scalars for what the pattern `(\.\s?){4,}|…{2,}|_{4,}` finds: the pattern went through
        // NSString, which copied a whole table read as one sentence into UTF-16 (a long agreement's peak memory).
        var dots = 0, underscores = 0, ellipses = 0
        var spaceAfterDot = false
        for scalar in text.unicodeScalars {
            switch scalar {
            case ".":
                dots += 1
                spaceAfterDot = false
                underscores = 0
                ellipses = 0
                if dots >= 4 { return true }
                continue
            case "_":
                underscores += 1
                if underscores >= 4 { return true }
                ellipses = 0
            case "…":
                ellipses += 1
                if ellipses >= 2 { return true }
                underscores = 0
            default:
                underscores = 0
                ellipses = 0
                // One white space (as the pattern's `\s` reads it) may follow each dot of a leader.
                if dots > 0 && !spaceAfterDot && scalar.properties.isWhitespace {
                    spaceAfterDot = true
                    continue
                }
            }
            dots = 0
            spaceAfterDot = false
        }
        return false
    }

    // MARK: - Sentences

    private static let abbreviations: Set<String> = [
        "us", "u.s", "no", "nos", "inc", "ltd", "co", "corp", "eg", "e.g", "ie", "i.e", "art", "arts", "sec",
        "para", "mr", "ms", "mrs", "dr", "st", "jr", "vs", "approx", "dept", "govt", "sa", "s.a", "spa", "s.p.a",
        "bv", "b.v", "nv", "n.v", "pty", "ag", "gmbh", "cf", "ref", "fig", "al", "rev", "vol", "p", "pp", "cfr",
        "u.k", "uk", "ph", "pvt", "bhd", "sdn", "tel", "ste", "blvd", "ave", "jan", "feb", "mar", "apr", "jun",
        "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]

    private static let space = UInt8(ascii: " ")

    private static func split(_ bytes: [UInt8], owner: PassageOffsets, hardBreaks: [Int])
        -> [AgreementSentence] {
        var sentences: [AgreementSentence] = []
        var start = 0
        func emit(_ end: Int) {
            guard end > start else { return }
            let text = String(decoding: bytes[start..<end], as: UTF8.self).trimmingSpaces()
            if !text.isEmpty {
                var first = start
                while first < end - 1, bytes[first] == space { first += 1 }
                let firstOwner = owner.passage(at: first)
                let words = keyWords(text)
                let navigation = isTableOfContents(text) || (isHeading(text, next: nil) && words.count <= 10)
                sentences.append(AgreementSentence(index: sentences.count, text: text, words: words,
                                                   passage: firstOwner, isNavigation: navigation,
                                                   signature: WordSignature(words)))
            }
            start = end
        }
        // The marks looked for are ASCII, and in UTF-8 an ASCII byte is never part of another character, so the
        // walk can go byte by byte.
        var index = 0
        var nextBreak = 0
        while index < bytes.count {
            // A break inside the closing marks stepped over after a sentence end does not split the sentence.
            while nextBreak < hardBreaks.count && hardBreaks[nextBreak] < index { nextBreak += 1 }
            if nextBreak < hardBreaks.count && hardBreaks[nextBreak] == index && index > start { emit(index) }
            let byte = bytes[index]
            // A semicolon ends a sentence too: enumerated statements ("(a) …; (b) …") are kept apart.
            if byte == UInt8(ascii: ";"), index + 1 < bytes.count, bytes[index + 1] == space {
                emit(index + 1)
                index += 1
                continue
            }
            if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: "!"),
               isSentenceEnd(bytes, at: index) {
                let end = pastClosingMarks(bytes, from: index + 1)
                emit(end)
                index = end
                continue
            }
            index += 1
        }
        emit(bytes.count)
        return sentences
    }

    /// A period ends a sentence when it is followed by space and a capital, quote, bracket or digit, and the word
    /// before it is not an abbreviation, an initial or part of a number.
    private static func isSentenceEnd(_ bytes: [UInt8], at index: Int) -> Bool {
        var next = pastClosingMarks(bytes, from: index + 1)
        if next >= bytes.count { return true }
        guard bytes[next] == space else { return false }
        while next < bytes.count, bytes[next] == space { next += 1 }
        guard next < bytes.count else { return true }
        let following = UTF8Scalars.scalar(in: bytes, at: next).scalar
        guard isUppercase(following) || isNumber(following) || "\"“‘(§[".unicodeScalars.contains(following)
        else { return false }
        guard bytes[index] == UInt8(ascii: ".") else { return true }
        var back = index
        while back > 0 {
            let previous = UTF8Scalars.scalar(in: bytes, before: back)
            guard isLetter(previous.scalar) || previous.scalar == "." || isNumber(previous.scalar) else { break }
            back = previous.start
        }
        let folded = String(decoding: bytes[back..<index], as: UTF8.self).lowercased()
        if folded.count == 1 && folded.first?.isLetter == true { return false }
        if abbreviations.contains(folded) || abbreviations.contains(folded.replacingOccurrences(of: ".", with: "")) {
            return false
        }
        // "U.S." or "S.p.A." style abbreviations: letters separated by periods.
        if folded.containsLiteral(".") && folded.split(separator: ".").allSatisfy({ $0.count <= 2 }) { return false }
        return true
    }
}

// MARK: - Scalars

extension AgreementText {
    /// Which passage each run of the joined text came from: a passage's text starts at `offsets[i]`.
    struct PassageOffsets {
        private var offsets: [Int] = []
        private var passages: [Int] = []

        mutating func start(_ passage: Int, at offset: Int) {
            offsets.append(offset)
            passages.append(passage)
        }

        /// The passage the character at `offset` belongs to: the last one started at or before it.
        func passage(at offset: Int) -> Int {
            var low = 0, high = offsets.count
            while low < high {
                let middle = (low + high) / 2
                if offsets[middle] <= offset { low = middle + 1 } else { high = middle }
            }
            return low > 0 ? passages[low - 1] : passages.first ?? 0
        }
    }

    /// Like `Character.isLetter`, counting combining marks too: a decomposed "é" is two scalars, one word.
    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return (0x41...0x5A).contains(scalar.value) || (0x61...0x7A).contains(scalar.value) }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    private static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? (0x41...0x5A).contains(scalar.value) : scalar.properties.isUppercase
    }

    private static func isNumber(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return (0x30...0x39).contains(scalar.value) }
        switch scalar.properties.generalCategory {
        case .decimalNumber, .letterNumber, .otherNumber: return true
        default: return false
        }
    }

    /// The offset past the closing quotes and brackets (`"”’')]`) from `offset` on: they stay with the sentence
    /// they end.
    private static func pastClosingMarks(_ bytes: [UInt8], from offset: Int) -> Int {
        var end = offset
        while end < bytes.count {
            switch bytes[end] {
            case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: ")"), UInt8(ascii: "]"):
                end += 1
            // ” and ’ are E2 80 9D and E2 80 99.
            case 0xE2 where end + 2 < bytes.count && bytes[end + 1] == 0x80
                && (bytes[end + 2] == 0x9D || bytes[end + 2] == 0x99):
                end += 3
            default:
                return end
            }
        }
        return end
    }
}

/// Scalars read out of valid UTF-8 (a `String`'s bytes) at byte offsets.
enum UTF8Scalars {
    /// The scalar that starts at `offset`, and its length in bytes.
    static func scalar(in bytes: [UInt8], at offset: Int) -> (scalar: Unicode.Scalar, length: Int) {
        let lead = UInt32(bytes[offset])
        let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        guard offset + length <= bytes.count else { return ("\u{FFFD}", 1) }
        var value = length == 1 ? lead : lead & (0xFF >> (length + 1))
        for continuation in bytes[(offset + 1)..<(offset + length)] {
            value = value << 6 | UInt32(continuation & 0x3F)
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    /// The scalar that ends just before `offset` (which must be above 0), and the offset it starts at.
    static func scalar(in bytes: [UInt8], before offset: Int) -> (scalar: Unicode.Scalar, start: Int) {
        var start = offset - 1
        while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return (scalar(in: bytes, at: start).scalar, start)
    }
}

// MARK: - Regular-expression helper

enum Pattern {
    /// Every match of `pattern` in `text` as its capture groups (index 0 is the whole match; nil when a group
    /// did not take part). An invalid pattern is a programming error and yields no matches.
    static func matches(_ pattern: String, in text: String, caseInsensitive: Bool = true) -> [[String?]] {
        guard let regex = RegexCache.regex(pattern, caseInsensitive: caseInsensitive) else { return [] }
        let nsText = text as NSString
        return regex.matches(in: text, range: NSRange(location: 0, length: nsText.length)).map { match in
            (0..<match.numberOfRanges).map { group in
                let range = match.range(at: group)
                return range.location == NSNotFound ? nil : nsText.substring(with: range)
            }
        }
    }

    static func first(_ pattern: String, in text: String, caseInsensitive: Bool = true) -> [String?]? {
        matches(pattern, in: text, caseInsensitive: caseInsensitive).first
    }
}
