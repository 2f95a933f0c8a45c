@testable import DocketCore
import Foundation
import Testing

/// The hand-written scans of the agreement text against the definitions they replaced, on strings drawn from
/// the characters that matter to them (a deterministic generator, so a failure reproduces).
@Suite("AgreementText scans: the same answers as the patterns and splits they replaced")
struct AgreementTextScanTests {
    @Test func tableOfContentsScanMatchesTheLeaderPattern() throws {
        let leader = try NSRegularExpression(pattern: #"(\.\s?){4,}|…{2,}|_{4,}"#)
        func byPattern(_ text: String) -> Bool {
            leader.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
        }
        let alphabet = [".", ".", ".", " ", " ", "\t", "\u{0B}", "\u{85}", "\u{A0}", "\u{2003}", "_", "_", "…", "a",
                        "7", "\n", "é", "e\u{301}"]
        var generator = SeededStrings(seed: 0x5EED)
        var leaders = 0
        for _ in 0..<30_000 {
            let text = generator.string(from: alphabet, length: 12)
            let expected = byPattern(text)
            if expected { leaders += 1 }
            #expect(AgreementText.isTableOfContents(text) == expected, "\(text.debugDescription)")
        }
        #expect(leaders > 500, "the generator must produce leaders, not only misses")
        for text in ["1. Definitions .......... 3", "Article 2 . . . . 7", "Signature ____", "Term……12", "U.S. Person"] {
            #expect(AgreementText.isTableOfContents(text) == byPattern(text), "\(text)")
        }
    }

    @Test func lastWordMatchesSplit() {
        let alphabet = [" ", " ", "a", "B", "of", "é", "\u{301}", "\r\n", "."]
        var generator = SeededStrings(seed: 42)
        for _ in 0..<10_000 {
            let text = generator.string(from: alphabet, length: 10)
            #expect(text.lastSpaceSeparatedWord.map(String.init) == text.split(separator: " ").last.map(String.init),
                    "\(text.debugDescription)")
        }
    }

    @Test func parenthesizedAfterNameMatchesThePatternOverTheJoinedText() {
        func byPattern(_ name: String, _ passages: [TextPassage]) -> String? {
            let whole = passages.map(\.text).joined(separator: " ")
            return Pattern.first(NSRegularExpression.escapedPattern(for: name) + #"\s*\(([^()]{2,40})\)"#, in: whole)?[1] ?? nil
        }
        // Case variants, the two non-ASCII letters that fold onto ASCII ones, brackets, and pieces long enough that
        // a match crosses several passages or overflows the 40 characters.
        let alphabet = ["Acme", "acme", "ACME", "A\u{212A}ME", " ", " ", "Ltd", "LTD", "(", "(", ")", ")", "Germany", "de",
                        "(Germany)", "(de)", "Acme (UK)", "\u{017F}", "s", "Nordwerk", "é", ".", "*", String(repeating: "x", count: 30), "\t"]
        let names = ["Acme", "Acme Ltd", "acme (", "Nordwerk.", "s", "Ltd", "é Acme", "Acme*"]
        var generator = SeededStrings(seed: 0xC0FFEE)
        var found = 0
        for _ in 0..<6_000 {
            let passages = (0..<(1 + generator.next(8))).map { _ in
                let text = generator.string(from: alphabet, length: 6)
                return TextPassage(text: text, evidence: Evidence(page: 1, bbox: nil, text: text))
            }
            let name = names[generator.next(names.count)]
            let expected = byPattern(name, passages)
            if expected != nil { found += 1 }
            #expect(AgreementParties.parenthesized(after: name, in: passages) == expected,
                    "\(name.debugDescription) in \(passages.map(\.text))")
        }
        #expect(found > 300, "the generator must produce matches, not only misses")
    }

    /// The joined text is held as UTF-8 bytes: the sentence rules must still read the characters around a period
    /// or a hyphen, not bytes, where they are not ASCII.
    @Test func sentencesReadNonASCIICharactersAroundPeriodsAndHyphens() {
        let lines = ["The licen\u{00AD}", "see shall comply with Zürich rules.", "He said “stop.” Then it ended.",
                     "Paid by Société Générale S.A. to É. Dupont in Zürich. Éste sigue; (b) done"]
        let text = AgreementText(lines.map { TextPassage(text: $0, evidence: Evidence(page: 1, bbox: nil, text: $0)) })
        #expect(text.sentences.map(\.text) == [
            "The licensee shall comply with Zürich rules.", "He said “stop.”", "Then it ended.",
            "Paid by Société Générale S.A. to É. Dupont in Zürich.", "Éste sigue;", "(b) done",
        ])
        #expect(text.sentences.map(\.passage) == [0, 2, 2, 3, 3, 3])
    }
}

/// `namesSublicensees` drops hyphens from the bytes; Foundation's `replacingOccurrences` was the definition.
@Suite("namesSublicensees: an element name or path that says sublicensee")
struct SublicenseeNameTests {
    @Test(arguments: ["Sublicensees", "sub-licensee", "/agreement/Sub-Licensees/Sub-Licensee[2]/name", "SUBLICENSE_LIST",
                      "sub-\u{301}licensee", "sub licensee", "licensee", "", "Sub–licensee", "SUB-LICENSEE-LIST",
                      "Unterlizenznehmer", "sub--licens"])
    func answersAsFoundationsDefinition(name: String) {
        let expected = name.lowercased().replacingOccurrences(of: "-", with: "").contains("sublicens")
        #expect(AgreementParties.namesSublicensees(name) == expected)
    }
}
