import Foundation
import Testing
@testable import DocketCore

private let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

/// Package 04 (placeholders answered in three blocks) and 15 (126.1(d)(2) warnings), checked as a user would
/// check them, with paths relative to the repository so golden files do not depend on the checkout.
private func checkedRecords() throws -> [DocketRecord] {
    let documents = ["Corpus/04-dsp5-na-see-attached-jp/DSP-5 BPO-0226-JP.pdf",
                     "Corpus/04-dsp5-na-see-attached-jp/126.13-certification.pdf",
                     "Corpus/15-dsp5-warning-lb-cy/DSP-5_KTD-26-LB-002.pdf",
                     "Corpus/15-dsp5-warning-lb-cy/126.13-certification.pdf"]
    let run = PackageRun(pipeline: Pipeline(), validator: try Validator.standard(store: RefDataStore()))
    return run.records(for: documents.map { .file(repository.appendingPathComponent($0).path) }) { Data() }
        .map { record in
            var relative = record
            relative.source.path = String(record.source.path.dropFirst(repository.path.count + 1))
            return relative
        }
}

@Suite("Reports: golden output per format, escaping, a real browser")
struct ReportTests {
    static let goldenFormats: [(ReportFormat, String)] = [
        (.text, "txt"), (.json, "json"), (.ndjson, "ndjson"), (.markdown, "md"), (.html, "html"), (.csv, "csv"),
    ]

    /// Re-record with DOCKET_RECORD_GOLDEN=1 after a deliberate change and review the diff; a missing file fails.
    @Test(arguments: goldenFormats.map(\.1))
    func golden(_ ext: String) throws {
        let format = try #require(Self.goldenFormats.first { $0.1 == ext }?.0)
        let actual = ReportRenderer.render(try checkedRecords(), format: format)
        let golden = repository.appendingPathComponent("Tests/Golden/reports/check-04-15.\(ext)")
        if ProcessInfo.processInfo.environment["DOCKET_RECORD_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: golden.deletingLastPathComponent(), withIntermediateDirectories: true)
            try actual.write(to: golden)
            return
        }
        let expected = try #require(try? Data(contentsOf: golden), "no golden \(golden.lastPathComponent); record with DOCKET_RECORD_GOLDEN=1")
        #expect(actual == expected, "\(ext) differs from its golden:\n\(String(decoding: actual, as: UTF8.self))")
    }

    static func record(message: String, evidence: String = "<b>", path: String = "a.pdf") -> DocketRecord {
        var record = DocketRecord(source: SourceInfo(path: path))
        record.documentType = .dsp5
        record.findings = [Finding(rule: "r", severity: .error, citation: "22 CFR 123.1", field: "f", message: message,
                                   evidence: Evidence(page: 2, text: evidence))]
        record.complete = false
        return record
    }

    @Test func csvQuotesAndDefusesFormulas() {
        #expect(CSVReport.field("plain") == "plain")
        #expect(CSVReport.field("a,b") == "\"a,b\"")
        #expect(CSVReport.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSVReport.field("two\nlines") == "\"two\nlines\"")
        for dangerous in ["=HYPERLINK(\"x\")", "+1", "-2", "@SUM(A1)", "\tx"] {
            #expect(CSVReport.field(dangerous).hasPrefix("'") || CSVReport.field(dangerous).hasPrefix("\"'"),
                    "\(dangerous) must not start a formula")
        }
        let csv = String(decoding: ReportRenderer.render([Self.record(message: "=cmd|' /C calc'!A0")], format: .csv),
                         as: UTF8.self)
        let rows = csv.components(separatedBy: "\r\n")
        #expect(rows[0] == CSVReport.header.joined(separator: ","))
        #expect(rows[1].contains(",'=cmd|' /C calc'!A0,"))
        #expect(csv.hasSuffix("\r\n"))
    }

    @Test func htmlEscapesEverythingFromTheRecord() {
        let hostile = Self.record(message: "<script>alert(1)</script> & \"quotes\"", evidence: "<img src=x onerror=y>",
                                  path: "dir/<evil>.pdf")
        let html = String(decoding: ReportRenderer.render([hostile], format: .html), as: UTF8.self)
        #expect(!html.contains("<script>"))
        #expect(!html.contains("<img"))
        #expect(!html.contains("<evil>"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;"))
        // Self-contained: nothing is fetched from anywhere.
        #expect(!html.contains("http://") && !html.contains("https://") && !html.contains("<link") && !html.contains("src=\""))
    }

    @Test func markdownCellsCannotBreakTheTable() {
        #expect(MarkdownReport.cell("a|b\nc") == "a\\|b c")
        let markdown = String(decoding: ReportRenderer.render([Self.record(message: "x | y")], format: .markdown),
                              as: UTF8.self)
        #expect(markdown.contains("x \\| y"))
    }

    @Test func colourOnlyWhenAsked() {
        let records = [Self.record(message: "m")]
        let plain = String(decoding: ReportRenderer.render(records, format: .text), as: UTF8.self)
        let coloured = String(decoding: ReportRenderer.render(records, format: .text, options: ReportOptions(color: true)),
                              as: UTF8.self)
        #expect(!plain.contains("\u{1B}["))
        #expect(coloured.contains("\u{1B}[31mERROR"))
    }

    @Test func findingsAreOrderedBySeverity() {
        var record = Self.record(message: "e")
        record.findings?.insert(Finding(rule: "i", severity: .info, citation: "c", message: "info first in record"), at: 0)
        #expect(ReportEntry(record).findings.map(\.severity) == [.error, .info])
    }

    static let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first(where: FileManager.default.isExecutableFile)

    /// The HTML report as a browser sees it: Chromium parses the file offline and dumps the DOM it built.
    @Test(.enabled(if: chromium != nil, "skipped: chromium is not installed (scripts/setup installs it)"))
    func htmlRendersInAHeadlessBrowser() throws {
        let chromium = try #require(Self.chromium)
        let html = ReportRenderer.render(try checkedRecords(), format: .html)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("docket-html-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("report.html")
        try html.write(to: file)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: chromium)
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                             "--user-data-dir=\(folder.appendingPathComponent("profile").path)", "--dump-dom",
                             file.absoluteString]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let dom = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(dom.contains("<h1>Docket completeness report</h1>"))
        #expect(dom.contains("4 documents: 3 complete, 1 incomplete"))
        #expect(dom.contains("The seller block is answered \"See Attached\""))
        #expect(dom.contains("<span class=\"where\">page 2</span>"))
        #expect(dom.contains("22 CFR 126.1(d)(2)"))
        #expect(dom.components(separatedBy: "<section").count - 1 == 4)
    }
}
