import Foundation
import DocketPDF

extension Extraction {
    /// Runs the PDF text route (classification, labels, tables, agreements, record builder) over plain lines, as
    /// if each inner array were one page of a PDF without form fields or attachments.
    ///
    /// Words get a fixed-pitch layout (one character = 6 points, one line = 12 points), which is what the layout
    /// reasoning sees for a plain monospaced page. The fuzzer and its regression tests use this entry point.
    public static func record(forTextPages pages: [[String]], path: String = "-") -> DocketRecord {
        let pitch = 6.0
        let leading = 12.0
        let pdfPages = pages.enumerated().map { pageIndex, lines in
            PDFPage(number: pageIndex + 1, width: 612, height: 792, lines: lines.enumerated().map { index, text in
                let top = 36 + Double(index) * leading
                var words: [PDFWord] = []
                var column = 0
                for piece in text.split(separator: " ", omittingEmptySubsequences: false) {
                    if !piece.isEmpty {
                        words.append(PDFWord(text: String(piece), bbox: PDFRect(
                            x0: 36 + Double(column) * pitch, y0: top,
                            x1: 36 + Double(column + piece.count) * pitch, y1: top + 10)))
                    }
                    column += piece.count + 1
                }
                let box = words.first.map { first in words.dropFirst().reduce(first.bbox) { $0.union($1.bbox) } }
                    ?? PDFRect(x0: 36, y0: top, x1: 36, y1: top + 10)
                return PDFLine(text: text, bbox: box, words: words)
            })
        }
        let content = PDFContent(metadata: PDFMetadata(pageCount: pdfPages.count), pages: pdfPages, formFields: [],
                                 attachments: [], warnings: [])
        let document = IngestedDocument(source: SourceInfo(path: path, format: .pdf, pageCount: pdfPages.count),
                                        content: .pdf(content, embeddedXML: []), warnings: [])
        return record(for: document)
    }
}
