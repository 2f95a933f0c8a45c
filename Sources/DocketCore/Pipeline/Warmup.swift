import Dispatch
import DocketPDF
import Foundation
import Synchronization

/// Start-up work that a run's first document would otherwise pay on the main thread, done on a second thread
/// while the command line is parsed and the input read (decision 0010). A one-document run (`xargs`, a pipe) spent
/// a third of its time in one-time work: ICU's regular-expression tables, the vocabulary tables, and the Swift
/// runtime's type metadata and conformance lookups for the extraction, validation and encoding types. Extracting,
/// checking and encoding a small built-in DSP-5 page does all of it, and every cache it fills is process-wide and
/// thread-safe, so the main thread finds the work done or waits for the part in progress.
public enum Warmup {
    private static let started = Mutex(false)
    private static let running = DispatchGroup()

    /// Starts the warm-up once; later calls do nothing. The process does not exit under it, by `exit()` as well
    /// as from `main`: exit handlers may tear down what it is using. With one processor to run on there is
    /// nothing to overlap, and the sample's extraction is only extra work.
    public static func begin() {
        guard ProcessInfo.processInfo.activeProcessorCount > 1,
              started.withLock({ started in defer { started = true }; return !started }) else { return }
        running.enter()
        atexit { Warmup.waitUntilDone() }
        Thread.detachNewThread {
            run()
            running.leave()
        }
    }

    /// Returns once no warm-up is running.
    public static func waitUntilDone() {
        running.wait()
    }

    private static func run() {
        let record = Extraction.record(for: sample)
        let checked = (try? Validator.standard(store: RefDataStore()))?.validate(package: [record]) ?? [record]
        _ = try? RecordEncoder.encode(checked, pretty: true)
    }

    /// A DSP-5's first page, laid out as poppler reports one: labelled blocks, an item table and a page number.
    static var sample: IngestedDocument {
        let page = PDFPage(number: 1, width: 612, height: 792, lines: sampleLines)
        let content = PDFContent(metadata: PDFMetadata(pageCount: 1), pages: [page], formFields: [], attachments: [],
                                 warnings: [])
        return IngestedDocument(source: SourceInfo(path: "warm-up", format: .pdf, pageCount: 1),
                                content: .pdf(content, embeddedXML: []), warnings: [])
    }

    /// Rows of cells, (left edge, text), one row a line; the table's cells are apart as a printed table's are.
    private static let sampleRows: [(top: Double, cells: [(left: Double, text: String)])] = [
        (66, [(200, "DIRECTORATE OF DEFENSE TRADE CONTROLS")]),
        (78, [(62, "APPLICATION/LICENSE FOR PERMANENT EXPORT OF UNCLASSIFIED DEFENSE ARTICLES")]),
        (90, [(278, "(Form DSP-5)")]),
        (120, [(54, "Block 1 - Transaction Number: ACM-2026-0001")]),
        (138, [(54, "Block 2 - DDTC Registration Code: M-12345")]),
        (156, [(54, "Block 3 - Country of Ultimate Destination: Japan")]),
        (174, [(54, "Block 5 - Applicant")]),
        (186, [(64, "Acme Aerospace Corporation")]),
        (198, [(64, "100 Main Street")]),
        (210, [(64, "Springfield, VA 22150")]),
        (222, [(64, "United States")]),
        (240, [(54, "Blocks 8-11 - Commodity Information")]),
        (256, [(56, "Line"), (80, "Qty"), (134, "Commodity Description"), (270, "Part No."), (342, "USML Cat."),
               (420, "SME"), (450, "Unit Value"), (504, "Total Value")]),
        (270, [(56, "1"), (80, "4"), (134, "Radar signal processor"), (270, "RSP-100"), (342, "Category XI(a)(3)"),
               (420, "No"), (450, "$86,500.00"), (504, "$346,000.00")]),
        (290, [(54, "Block 12 - Total Value: $346,000.00")]),
        (308, [(54, "Block 14 - Foreign End User")]),
        (320, [(64, "Tokyo Defense Systems KK")]),
        (332, [(64, "1-2-3 Chiyoda")]),
        (344, [(64, "Tokyo 100-0001")]),
        (356, [(64, "Japan")]),
        (757, [(520, "Page 1 of 1")]),
    ]

    private static var sampleLines: [PDFLine] {
        sampleRows.map { top, cells in
            var words: [PDFWord] = []
            for (left, text) in cells {
                var x = left
                for word in text.split(separator: " ") {
                    let box = PDFRect(x0: x, y0: top, x1: x + Double(word.count) * 4.4, y1: top + 8.8)
                    words.append(PDFWord(text: String(word), bbox: box))
                    x = box.x1 + 2.6
                }
            }
            let box = words.dropFirst().reduce(words[0].bbox) { $0.union($1.bbox) }
            return PDFLine(text: words.map(\.text).joined(separator: " "), bbox: box, words: words)
        }
    }
}
