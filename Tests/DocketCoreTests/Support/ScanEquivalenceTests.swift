import Foundation
import Testing

@testable import DocketCore

/// The hand-written scans that replaced regular expressions on hot paths must give the regular expressions'
/// answers: checked on generated text built from the characters each rule looks at, and on every line of the
/// bundled corpus's extracted text.
@Suite struct ScanEquivalenceTests {
    /// Deterministic text from pieces that each rule reacts to, including the case-folding edge letters.
    static func generated(count: Int, pieces: [String], seed: UInt64) -> [String] {
        var state = seed
        func next() -> Int {
            // SplitMix64: reproducible without Foundation's random sources.
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int(truncatingIfNeeded: (z ^ (z >> 31)) >> 1)
        }
        return (0..<count).map { _ in
            (0..<(1 + next() % 14)).map { _ in pieces[next() % pieces.count] }.joined()
        }
    }

    static let pieces = ["1", "23", "4567", "A", "B", "Ab", "Cd", "a", "z", ".", ")", "(", "-", "|", " ", "  ", "\t",
                         "ſ", "K", "é", "É", "\u{00A0}", "\u{2003}", "HV", "XI", "IV", "X", "V", "I", "*", "USML", "SME",
                         "non-SME", "MDE", "Category", "Cat.", "(a)", "(c)(10)", "unit", "Co.", "Ltd.", "3-12-8",
                         "Fuchinobe", "0206Japan", "a.1", "K.9", "ſ.2", "•", "–", "HV2400-00001", "\n", "\u{0B}", "/",
                         "b)", "12.", "\u{2028}", "\u{0085}"]

    /// Lines of extracted text from the bundled corpus: real table rows, prose and headings.
    static let corpusLines: [String] = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let corpus = root.appendingPathComponent("Corpus")
        guard let files = FileManager.default.enumerator(at: corpus, includingPropertiesForKeys: nil) else { return [] }
        var lines: [String] = []
        for case let url as URL in files where ["xml", "txt", "json"].contains(url.pathExtension) {
            guard let text = try? String(contentsOf: url, encoding: .utf8) else { continue }
            lines += text.split(whereSeparator: \.isNewline).map(String.init)
        }
        return lines
    }()

    static var samples: [String] {
        generated(count: 6_000, pieces: pieces, seed: 42) + corpusLines
    }

    @Test func corpusLinesAreRead() {
        #expect(Self.corpusLines.count > 1_000)
    }

    @Test func gluedCellsMatchTheRegularExpressions() {
        for text in Self.samples {
            let expected = text.utf8.contains(where: { (0x30...0x39).contains($0) })
                ? text.replacingPattern(#"^([0-9]{1,3})(?=[A-Z][a-z])"#, with: "$1 ")
                    .replacingPattern(#"([0-9])(?=[A-Z][a-z])"#, with: "$1 ")
                    .replacingPattern(#"([a-z]\.)(?=[0-9])"#, with: "$1 ", caseInsensitive: true)
                : text
            #expect(AgreementParties.separatingGluedCells(text) == expected, "\(text.debugDescription)")
        }
    }

    @Test func gluedPartNumbersMatchTheRegularExpression() {
        for text in Self.samples {
            let expected = text.replacingPattern(#"([a-z)])(?=[A-Z]{2,}[A-Z0-9]*-)"#, with: "$1 ")
            #expect(AgreementTerms.separatingPartNumber(text) == expected, "\(text.debugDescription)")
        }
    }

    @Test func usmlPrefilterNeverHidesAMatch() {
        var matched = 0
        for text in Self.samples {
            let match = Pattern.first(AgreementTerms.usmlPattern, in: text, caseInsensitive: false) != nil
            if match {
                matched += 1
                #expect(AgreementTerms.mayCiteUSML(text), "\(text.debugDescription)")
            }
        }
        #expect(matched > 100)
    }

    @Test func listMarkerPrefilterNeverHidesAMatch() {
        var matched = 0
        for text in Self.samples
        where text.rangeOfPattern(#"^\s*(?:[0-9]{1,3}[.)]?|\([0-9a-z]{1,3}\)|[a-z][.)]|[•\-–])\s+"#) != nil {
            matched += 1
            #expect(AgreementTerms.mayStartWithListMarker(text), "\(text.debugDescription)")
        }
        #expect(matched > 100)
    }

    @Test func trailingTokenMatchesTheRegularExpression() {
        var found = 0
        for text in Self.samples {
            let expected = Pattern.first(#"\s([A-Z0-9][A-Z0-9./-]*[0-9][A-Z0-9./-]*)$"#, in: text,
                                         caseInsensitive: false)?[1] ?? nil
            if expected != nil { found += 1 }
            #expect(AgreementTerms.trailingToken(text) == expected, "\(text.debugDescription)")
        }
        #expect(found > 100)
    }

    @Test func titleAnchorsNeverHideAMatch() {
        var matched = 0
        for text in Self.samples.map(Classifier.fold) {
            for (_, patterns) in Classifier.patterns {
                for pattern in patterns where text.rangeOfPattern(pattern.regex) != nil {
                    matched += 1
                    #expect(text.containsLiteral(pattern.anchor), "\(pattern.regex) in \(text.debugDescription)")
                }
            }
        }
        #expect(matched > 10)
    }
}
