import Foundation
import Testing
@testable import DocketPDF

@Suite("Line builder: lines keep exact copies of the scratch buffers")
struct LineBuilderTests {
    @Test(arguments: ["", "a", "fifteen bytes!!", "sixteen bytes!!!", "Ångström Straße 12, 80331 München", "日本 株式会社"])
    func stringCopyHasTheSameBytes(_ text: String) {
        var grown: [UInt8] = []
        grown.reserveCapacity(64)
        grown.append(contentsOf: text.utf8)
        #expect(LineBuilder.exactString(grown[...]) == text)
        #expect(LineBuilder.exactString(grown[...]).utf8.elementsEqual(text.utf8))
    }

    /// Trailing whitespace goes, ASCII or not; whitespace inside a line and other trailing marks stay.
    @Test func linesLoseTrailingWhitespaceOnly() {
        let text = "Block 14  \t\nMünchen\u{00A0}\u{2003}\nKiel \u{0301}\nend.\u{3000}"
        let lines = LineBuilder.lines(text: text, boxes: [], fallback: PDFRect(x0: 0, y0: 0, x1: 5, y1: 10))
        #expect(lines.map(\.text) == ["Block 14", "München", "Kiel \u{0301}", "end."])
        for sample in ["", " ", "a \u{00A0}", "\u{2028}", "é\u{2003} ", "x\u{0301}", "\t\u{0085}"] {
            let bytes = Array(sample.utf8)
            var scalars = sample.unicodeScalars
            while let last = scalars.last, last.properties.isWhitespace { scalars.removeLast() }
            #expect(String(decoding: bytes[..<LineBuilder.endWithoutTrailingWhitespace(bytes)], as: UTF8.self)
                    == String(scalars), "\(sample.debugDescription)")
        }
    }

    @Test func arrayCopyHasTheSameElements() {
        var words: [PDFWord] = []
        for index in 0..<37 {
            words.append(PDFWord(text: "w\(index)", bbox: PDFRect(x0: Double(index), y0: 0, x1: Double(index) + 1, y1: 1)))
        }
        #expect(words.exactCopy() == words)
        #expect([PDFWord]().exactCopy().isEmpty)
    }

    /// Reusing the scratch buffers must not leak one line's words or text into the next.
    @Test func linesDoNotShareScratchContents() {
        let text = "alpha beta\ngamma\n\ndelta epsilon zeta"
        let box = PDFRect(x0: 0, y0: 0, x1: 5, y1: 10)
        let lines = LineBuilder.lines(text: text, boxes: [], fallback: box)
        #expect(lines.map(\.text) == ["alpha beta", "gamma", "delta epsilon zeta"])
        #expect(lines.map { $0.words.map(\.text) } == [["alpha", "beta"], ["gamma"], ["delta", "epsilon", "zeta"]])
    }
}
