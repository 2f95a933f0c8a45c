import Foundation

/// One row of a scan's summary: what happened to one input file.
public struct ScanSummaryRow: Sendable, Equatable {
    public enum Status: String, Sendable {
        case ok
        case error
        case skipped
    }

    /// The input's path mirrored under the output folder.
    public var path: String
    public var type: String
    public var status: Status
    public var complete: Bool?
    public var errors: Int
    public var warnings: Int
    public var code: String
    public var message: String
    /// The document's report, relative to the output folder; nil for skipped files.
    public var report: String?

    /// The row of a file that yielded `record`; `record` nil means the file was skipped for `reason`.
    public init(entry: ScanEntry, record: DocketRecord?, reason: String = "") {
        path = entry.relativePath
        guard let record else {
            type = ""
            status = .skipped
            complete = nil
            errors = 0
            warnings = 0
            code = ""
            message = reason
            report = nil
            return
        }
        type = record.documentType?.rawValue ?? record.source.format?.rawValue ?? ""
        status = record.isFailure ? .error : .ok
        complete = record.complete
        let findings = record.findings ?? []
        errors = findings.count { $0.severity == .error }
        warnings = findings.count { $0.severity == .warning }
        code = record.error?.code.rawValue ?? ""
        message = record.error?.message ?? ""
        report = ScanLayout.reportPath(for: entry.relativePath)
    }
}

/// Where a scan puts each output below its output folder.
public enum ScanLayout {
    /// The record of an input: its mirrored path plus `.json` (the input's own extension is kept, so `a.pdf` and
    /// `a.xml` in one folder cannot overwrite each other).
    public static func recordPath(for relativePath: String) -> String { relativePath + ".json" }
    public static func reportPath(for relativePath: String) -> String { relativePath + ".html" }
    public static let summary = "summary.csv"
    public static let index = "index.html"
}

/// `summary.csv`: one row per input file, RFC 4180 and formula-safe like every CSV Docket writes.
public enum SummaryCSV {
    public static let header = ["path", "type", "status", "complete", "errors", "warnings", "code", "message"]

    public static func render(_ rows: [ScanSummaryRow]) -> String {
        let lines = [header] + rows.map { row in
            [row.path, row.type, row.status.rawValue, row.complete.map { $0 ? "yes" : "no" } ?? "",
             String(row.errors), String(row.warnings), row.code, row.message]
        }
        return lines.map { $0.map(CSVReport.field).joined(separator: ",") + "\r\n" }.joined()
    }
}
