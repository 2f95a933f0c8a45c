import DocketPDF
import Foundation
import Testing
@testable import DocketCore

private let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Corpus")

/// Every PDF of the corpus as read by the PDF layer: the lines the text model is built from.
private func corpusLines() throws -> [PDFLine] {
    let paths = try FileManager.default.subpathsOfDirectory(atPath: corpus.path)
        .filter { $0.hasSuffix(".pdf") }.sorted()
    #expect(paths.count >= 30)
    return try paths.flatMap { path in
        try PDFReader.read(Data(contentsOf: corpus.appendingPathComponent(path))).pages.flatMap(\.lines)
    }
}

/// Lines that tempt the shortcuts: tabs, runs of spaces, padded ends, combining marks, NBSP, non-ASCII letters,
/// punctuation only.
private let trickyTexts = [
    "", " ", "\t", "a", " a", "a ", "a  b", "a\tb", "a \tb", "Part  124.8 (1)\t\t", "e\u{301}t\u{E9} \u{301}x",
    "a \u{301} b", "Ångström\u{00A0}Straße", "U.S. & Co.", "§ 126.18 - third-country", "...", "TA-4821-24",
    "  leading and trailing  ", "Türkiye ’s “quoted” text", "日本 株式会社",
]

@Suite("Document text: segments and collapsed text shared with the PDF layer")
struct DocumentTextTests {
    /// The segmentation as first written: words copied into each segment, texts joined anew.
    private static func referenceSegments(of line: PDFLine) -> [(text: String, bbox: PDFRect, words: [PDFWord])] {
        var segments: [(text: String, bbox: PDFRect, words: [PDFWord])] = []
        var current: [PDFWord] = []
        let threshold = max(line.bbox.height * 1.6, 8)
        func close() {
            let box = current.dropFirst().reduce(current[0].bbox) { $0.union($1.bbox) }
            segments.append((current.map(\.text).joined(separator: " "), box, current))
        }
        for word in line.words {
            if let last = current.last, word.bbox.x0 - last.bbox.x1 > threshold {
                close()
                current = []
            }
            current.append(word)
        }
        if !current.isEmpty { close() }
        return segments
    }

    private static func referenceCollapse(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
    }

    @Test func segmentsOfEveryCorpusLineMatchTheCopyingSegmentation() throws {
        var multiSegment = 0
        for line in try corpusLines() {
            let text = DocumentText.collapse(line.text)
            let segments = DocumentText.segments(of: line, text: text)
            let expected = Self.referenceSegments(of: line)
            try #require(segments.count == expected.count, "\(line.text)")
            for (segment, reference) in zip(segments, expected) {
                #expect(segment.text.utf8.elementsEqual(reference.text.utf8), "\(line.text)")
                #expect(segment.bbox == reference.bbox)
                #expect(Array(line.words[Int(segment.wordRange.lowerBound)..<Int(segment.wordRange.upperBound)])
                    == reference.words)
            }
            if segments.count > 1 { multiSegment += 1 }
        }
        // The corpus has tables and side-by-side blocks, so the slicing path is exercised, not only the shared one.
        #expect(multiSegment > 100)
    }

    @Test(arguments: trickyTexts)
    func collapseMatchesSplittingAndJoining(_ text: String) {
        #expect(DocumentText.collapse(text).utf8.elementsEqual(Self.referenceCollapse(text).utf8))
    }

    @Test func collapseOfEveryCorpusLineMatchesSplittingAndJoining() throws {
        for line in try corpusLines() {
            #expect(DocumentText.collapse(line.text).utf8.elementsEqual(Self.referenceCollapse(line.text).utf8))
        }
    }

    /// A segment whose words read differently from the line (a wide gap is one space in the line text, but a
    /// canonically equal spelling is not the same bytes) keeps its own text.
    @Test func segmentTextIsTheLineTextOnlyWhenTheBytesAgree() {
        let word = PDFWord(text: "e\u{301}t\u{E9}", bbox: PDFRect(x0: 0, y0: 0, x1: 20, y1: 10))
        let line = PDFLine(text: "\u{E9}t\u{E9}", bbox: word.bbox, words: [word])
        let segments = DocumentText.segments(of: line, text: line.text)
        #expect(segments.count == 1)
        #expect(segments.first?.text.utf8.elementsEqual("e\u{301}t\u{E9}".utf8) == true)
    }
}

@Suite("Text folding: key words")
struct KeyWordsTests {
    private static func referenceKeyWords(_ text: String) -> [String] {
        TextFolding.key(text).split(separator: " ").map(String.init)
    }

    @Test(arguments: trickyTexts)
    func keyWordsMatchSplittingTheKey(_ text: String) {
        let words = TextFolding.keyWords(text)
        let expected = Self.referenceKeyWords(text)
        #expect(words.count == expected.count)
        #expect(zip(words, expected).allSatisfy { $0.utf8.elementsEqual($1.utf8) })
    }

    @Test func keyWordsOfEveryCorpusLineAndOfTheWholeTextMatchSplittingTheKey() throws {
        let lines = try corpusLines().map(\.text)
        // The whole text as one string stands for a table read as one sentence, the case the counting is for.
        for text in lines + [lines.joined(separator: " ")] {
            let words = TextFolding.keyWords(text)
            let expected = Self.referenceKeyWords(text)
            #expect(words.count == expected.count && zip(words, expected).allSatisfy { $0.utf8.elementsEqual($1.utf8) },
                    "\(text.prefix(80))")
        }
    }
}
