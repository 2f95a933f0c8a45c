import Testing
@testable import DocketPDF

@Suite("Word and segment boxes are kept in hundredths of a point")
struct PDFTypesTests {
    @Test func packedBoxesKeepWhatEvidenceShows() {
        let rect = PDFRect(x0: 72.004, y0: 612.345, x1: -3.1, y1: 0.005)
        let packed = PackedRect(rect)
        #expect(packed.rect == PDFRect(x0: 72, y0: 612.35, x1: -3.1, y1: 0.01))
        // Evidence is printed rounded to 0.01 pt, so packing first changes no output.
        #expect(packed.rect.rounded == rect.rounded)
        #expect(MemoryLayout<PackedRect>.size == 16)
    }

    @Test func damagedPositionsAreClampedNotTrappedOn() {
        let packed = PackedRect(PDFRect(x0: .nan, y0: .infinity, x1: 1e300, y1: -1e300))
        #expect(packed.rect == PDFRect(x0: 0, y0: 0, x1: 2e7, y1: -2e7))
        #expect(PDFRect(x0: .nan, y0: -.infinity, x1: 1, y1: 2).rounded == [0, 0, 1, 2])
    }

    @Test func aWordsBoxGoesThroughThePackedForm() {
        var word = PDFWord(text: "Licensee", bbox: PDFRect(x0: 10.123, y0: 20, x1: 30, y1: 40.456))
        #expect(word.bbox == PDFRect(x0: 10.12, y0: 20, x1: 30, y1: 40.46))
        word.bbox = PDFRect(x0: 1, y0: 2, x1: 3, y1: 4)
        #expect(word.bbox == PDFRect(x0: 1, y0: 2, x1: 3, y1: 4))
    }
}
