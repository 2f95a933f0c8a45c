@testable import DocketCore
@testable import DocketXML
import Foundation
import Testing

@Suite("spaceSeparatedWordCount: split's count, stopping past the limit")
struct WordCountTests {
    static let texts = [
        "", " ", "   ", "one", " one ", "one  two", "ARTICLE 8 – PATENTS", "a b c d e f g h i j k l m n o p q r",
        "Müller GmbH & Co. KG  Stuttgart", "e\u{301} cafe\u{301}", "a \u{301}b c", "tab\tis not a space",
        "\u{00A0}non-breaking\u{00A0}spaces stay inside words", "line\r\nbreak", String(repeating: "word ", count: 500),
    ]

    @Test(arguments: texts)
    func equalsSplitsCountUpToTheLimit(text: String) {
        let words = text.split(separator: " ").count
        for limit in [0, 1, 2, 4, 8, 16, 1_000] {
            let counted = text.spaceSeparatedWordCount(upTo: limit)
            if words <= limit {
                #expect(counted == words, "limit \(limit)")
            } else {
                #expect(counted == limit + 1, "stops one past the limit \(limit)")
            }
        }
        let substring = text.dropFirst()
        #expect(min(substring.spaceSeparatedWordCount(upTo: 1_000), 1_001) == min(substring.split(separator: " ").count, 1_001))
    }

    /// The reason it exists: a table read as one sentence is never split only to learn it is long.
    @Test func aHugeTextIsAnsweredFromItsFirstWords() {
        let huge = String(repeating: "row cell value ", count: 200_000)
        #expect(huge.spaceSeparatedWordCount(upTo: 8) == 9)
    }
}

@Suite("collapsingWhitespace: the split-and-join definition, in one pass")
struct CollapsingWhitespaceTests {
    @Test func asciiAndUnicodeTextCollapseAsSplitAndJoinDoes() {
        let alphabet = [" ", " ", "\t", "\n", "\r", "\u{0B}", "\u{0C}", "a", "Z", "7", "-", "\u{A0}", "é"]
        var strings = SeededStrings(seed: 7)
        for _ in 0..<20_000 {
            let text = strings.string(from: alphabet, length: 13)
            let expected = text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
            #expect(TextFolding.collapsingWhitespace(text) == expected, "\(text.debugDescription)")
        }
    }
}

/// In DocketXML; tested here beside the other scans, with the same generator.
@Suite("isBlank: the indentation test of XML text nodes")
struct BlankTextTests {
    @Test func answersAsCharacterWhiteSpaceDoes() {
        let alphabet = [" ", "\n", "\t", "\r\n", "\u{0B}", "\u{0C}", "\u{85}", "\u{A0}", "\u{2028}", "\u{3000}", "a",
                        " \u{301}", "\u{301}", "x"]
        var strings = SeededStrings(seed: 99)
        for _ in 0..<20_000 {
            let text = strings.string(from: alphabet, length: 5)
            #expect(isBlank(text) == text.allSatisfy(\.isWhitespace), "\(text.debugDescription)")
        }
    }
}

/// The trims answer from scalar properties because Foundation's `trimmingCharacters(in:)` goes through `NSString`
/// on Linux (50,000 instructions a call); these hold them to Foundation's answers.
@Suite("trimming: Foundation's character sets, without NSString")
struct TrimmingTests {
    /// On every scalar Foundation's tables know: the standard library's Unicode is newer (16.0), and Foundation
    /// does not yet count the punctuation added since (Balinese, Garay, Kirat Rai marks) as punctuation.
    @Test func scalarTestsAgreeWithFoundationsSetsOnEveryScalar() {
        var disagreements: [String] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value), let age = scalar.properties.age, age.major < 16 else { continue }
            if scalar.isPunctuation != CharacterSet.punctuationCharacters.contains(scalar) {
                disagreements.append("punctuation U+\(String(value, radix: 16))")
            }
            if scalar.isSpace != CharacterSet.whitespaces.contains(scalar) {
                disagreements.append("whitespace U+\(String(value, radix: 16))")
            }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(20))")
    }

    @Test func textsTrimAsFoundationTrimsThem() {
        let alphabet = [" ", "\t", "\n", "\u{A0}", "\u{3000}", "\u{200B}", ".", ",", "!", "\"", "(", ")", "-", "_",
                        "$", "+", "<", "|", "~", "^", "\u{2014}", "\u{201C}", "\u{00BF}", "a", "Z", "7", "é",
                        "e\u{301}", "\u{301}", "\u{1F600}"]
        var strings = SeededStrings(seed: 2026)
        for _ in 0..<20_000 {
            let text = strings.string(from: alphabet, length: 8)
            let context = "\(text.debugDescription)"
            #expect(text.trimmingPunctuation() == text.trimmingCharacters(in: .punctuationCharacters), "\(context)")
            #expect(text.trimmingPunctuationAndSpaces()
                == text.trimmingCharacters(in: .punctuationCharacters.union(.whitespaces)), "\(context)")
            #expect(text.trimmingSpaces() == text.trimmingCharacters(in: .whitespaces), "\(context)")
            #expect(text.trimmingWhitespace() == text.trimmingCharacters(in: .whitespacesAndNewlines), "\(context)")
        }
    }
}
