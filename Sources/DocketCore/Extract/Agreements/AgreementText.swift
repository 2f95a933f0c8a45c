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
        // Scalars, and one owner entry per passage rather than per character: the whole text of a 1,500-page
        // agreement is held here at once, and 16-byte Characters with an 8-byte owner each were its peak memory.
        var chars: [Unicode.Scalar] = []
        var owner = PassageOffsets()
        /// Offsets where a sentence must end whatever the punctuation says (headings, TOC lines), ascending: they
        /// are found in text order, and `split` walks them alongside the text instead of hashing every offset.
        var hardBreaks: [Int] = []
        func breakHere() {
            if hardBreaks.last != chars.count { hardBreaks.append(chars.count) }
        }
        let texts = passages.map { $0.text.trimmingSpaces() }
        // Exact capacity (each text and a joining space): grown by doubling, this array was the run's peak.
        chars.reserveCapacity(texts.reduce(0) { $0 + $1.unicodeScalars.count + 1 })
        for (index, text) in texts.enumerated() {
            guard !text.isEmpty else { continue }
            let next = texts[(index + 1)...].first { !$0.isEmpty }
            let standalone = Self.isHeading(text, next: next) || Self.isTableOfContents(text)
            if standalone { breakHere() }
            if !chars.isEmpty, !standalone, hardBreaks.last != chars.count,
               Self.joinsWithoutSpace(chars, next: text) {
                chars.removeLast()
                owner.start(index, at: chars.count)
            } else if !chars.isEmpty {
                owner.start(index, at: chars.count)
                chars.append(" ")
            } else {
                owner.start(index, at: chars.count)
            }
            chars.append(contentsOf: text.unicodeScalars)
            if standalone { breakHere() }
        }
        self.sentences = Self.split(chars, owner: owner, hardBreaks: hardBreaks)
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
    /// layout: the hyphen goes and the halves join, unless the first half is a compound head.
    private static func joinsWithoutSpace(_ chars: [Unicode.Scalar], next: String) -> Bool {
        guard chars.last == "-" || chars.last == "\u{00AD}", chars.count >= 2, isLetter(chars[chars.count - 2]),
              let first = next.first, first.isLowercase else { return false }
        var start = chars.count - 2
        while start > 0, isLetter(chars[start - 1]) { start -= 1 }
        return !compoundHeads.contains(TextFolding.string(chars[start..<(chars.count - 1)]).lowercased())
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

    private static func split(_ chars: [Unicode.Scalar], owner: PassageOffsets, hardBreaks: [Int])
        -> [AgreementSentence] {
        var sentences: [AgreementSentence] = []
        var start = 0
        func emit(_ end: Int) {
            guard end > start else { return }
            let text = TextFolding.string(chars[start..<end]).trimmingSpaces()
            if !text.isEmpty {
                var first = start
                while first < end - 1, chars[first] == " " { first += 1 }
                let firstOwner = owner.passage(at: first)
                let words = keyWords(text)
                let navigation = isTableOfContents(text) || (isHeading(text, next: nil) && words.count <= 10)
                sentences.append(AgreementSentence(index: sentences.count, text: text, words: words,
                                                   passage: firstOwner, isNavigation: navigation,
                                                   signature: WordSignature(words)))
            }
            start = end
        }
        var index = 0
        var nextBreak = 0
        while index < chars.count {
            // A break inside the closing marks stepped over after a sentence end does not split the sentence.
            while nextBreak < hardBreaks.count && hardBreaks[nextBreak] < index { nextBreak += 1 }
            if nextBreak < hardBreaks.count && hardBreaks[nextBreak] == index && index > start { emit(index) }
            let character = chars[index]
            // A semicolon ends a sentence too: enumerated statements ("(a) …; (b) …") are kept apart.
            if character == ";", index + 1 < chars.count, chars[index + 1] == " " {
                emit(index + 1)
                index += 1
                continue
            }
            if character == "." || character == "?" || character == "!", isSentenceEnd(chars, at: index) {
                var end = index + 1
                while end < chars.count, isClosing(chars[end]) { end += 1 }
                emit(end)
                index = end
                continue
            }
            index += 1
        }
        emit(chars.count)
        return sentences
    }

    /// A period ends a sentence when it is followed by space and a capital, quote, bracket or digit, and the word
    /// before it is not an abbreviation, an initial or part of a number.
    private static func isSentenceEnd(_ chars: [Unicode.Scalar], at index: Int) -> Bool {
        var next = index + 1
        while next < chars.count, isClosing(chars[next]) { next += 1 }
        if next >= chars.count { return true }
        guard chars[next] == " " else { return false }
        while next < chars.count, chars[next] == " " { next += 1 }
        guard next < chars.count else { return true }
        let following = chars[next]
        guard isUppercase(following) || isNumber(following) || "\"“‘(§[".unicodeScalars.contains(following)
        else { return false }
        guard chars[index] == "." else { return true }
        var back = index
        while back > 0, isLetter(chars[back - 1]) || chars[back - 1] == "." || isNumber(chars[back - 1]) { back -= 1 }
        let folded = TextFolding.string(chars[back..<index]).lowercased()
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

    /// Closing quotes and brackets that stay with the sentence they end.
    private static func isClosing(_ scalar: Unicode.Scalar) -> Bool {
        "\"”’')]".unicodeScalars.contains(scalar)
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
