import Foundation
import Testing
@testable import DocketPDF

@Suite("Line builder: lines keep exact copies of the scratch buffers")
struct LineBuilderTests {
    @Test(arguments: ["", "a", "fifteen bytes!!", "sixteen bytes!!!", "Ångström Straße 12, 80331 München", "日本 株式会社"])
    func stringCopyHasTheSameBytes(_ text: String) {
        var grown = ""
        for scalar in text.unicodeScalars { grown.unicodeScalars.append(scalar) }
        #expect(grown.exactCopy().utf8.elementsEqual(text.utf8))
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
