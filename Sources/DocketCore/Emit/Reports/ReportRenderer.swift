public import Foundation

/// The `docket check` output formats.
public enum ReportFormat: String, Sendable, CaseIterable {
    case text
    case json
    case ndjson
    case markdown
    case html
    case csv
}

/// What a report needs besides the records: pure settings, so the same records always give the same bytes.
public struct ReportOptions: Sendable, Equatable {
    /// ANSI colour in the text report (a terminal without `NO_COLOR`).
    public var color: Bool
    /// Whether warnings counted against completeness (`--strict`); reports say so in their summary.
    public var strict: Bool

    public init(color: Bool = false, strict: Bool = false) {
        self.color = color
        self.strict = strict
    }
}

/// Turns checked records into report bytes. Every format is a pure function of records and options.
public enum ReportRenderer {
    /// The whole report for `records` in `format`.
    ///
    /// `json` takes the records as one pretty array when there are several and one object for one record.
    public static func render(_ records: [DocketRecord], format: ReportFormat,
                              options: ReportOptions = ReportOptions()) -> Data {
        switch format {
        case .text: Data(TextReport.render(records, options: options).utf8)
        case .json: jsonDocument(records)
        case .ndjson: Data(records.map { jsonLine($0) }.joined().utf8)
        case .markdown: Data(MarkdownReport.render(records, options: options).utf8)
        case .html: Data(HTMLReport.render(records, options: options).utf8)
        case .csv: Data(CSVReport.render(records).utf8)
        }
    }

    private static func jsonDocument(_ records: [DocketRecord]) -> Data {
        var data: Data
        if records.count == 1, let record = records.first {
            data = (try? RecordEncoder.encode(record, pretty: true)) ?? Data()
        } else {
            data = (try? RecordEncoder.encode(records, pretty: true)) ?? Data()
        }
        data.append(UInt8(ascii: "\n"))
        return data
    }

    private static func jsonLine(_ record: DocketRecord) -> String {
        let data = (try? RecordEncoder.encode(record, pretty: false)) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}

/// What every report says about one record, computed once so the formats agree.
struct ReportEntry {
    var record: DocketRecord
    var findings: [Finding]

    init(_ record: DocketRecord) {
        self.record = record
        // Most severe first, then in rule order: the filer reads what blocks the filing before what informs.
        findings = (record.findings ?? []).enumerated().sorted { a, b in
            a.element.severity != b.element.severity ? a.element.severity > b.element.severity : a.offset < b.offset
        }.map(\.element)
    }

    var name: String { record.source.path }
    var documentType: String { record.documentType?.rawValue ?? "unknown" }

    /// "complete", "incomplete" or "failed", the word every format shows.
    var status: String {
        if record.isFailure { return "failed" }
        return record.complete == false ? "incomplete" : "complete"
    }

    func count(_ severity: Severity) -> Int { findings.filter { $0.severity == severity }.count }

    /// "page 2", "line 14", "field Block14.Name": where a finding's evidence sits, for the reader to look.
    static func location(_ evidence: Evidence?) -> String {
        guard let evidence else { return "" }
        var parts: [String] = []
        if let page = evidence.page { parts.append("page \(page)") }
        if let line = evidence.line { parts.append("line \(line)") }
        if let field = evidence.field { parts.append("field \(field)") }
        if parts.isEmpty, let xpath = evidence.xpath { parts.append(xpath) }
        return parts.joined(separator: ", ")
    }

    /// The evidence text on one line, cut to `limit` characters.
    static func snippet(_ evidence: Evidence?, limit: Int = 160) -> String {
        guard let text = evidence?.text else { return "" }
        let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        return flat.count > limit ? String(flat.prefix(limit - 1)) + "…" : flat
    }
}

/// Totals across a report, for the summary lines.
struct ReportSummary {
    var documents = 0
    var complete = 0
    var incomplete = 0
    var failed = 0
    var errors = 0
    var warnings = 0
    var infos = 0

    init(_ entries: [ReportEntry]) {
        documents = entries.count
        for entry in entries {
            switch entry.status {
            case "failed": failed += 1
            case "incomplete": incomplete += 1
            default: complete += 1
            }
            errors += entry.count(.error)
            warnings += entry.count(.warning)
            infos += entry.count(.info)
        }
    }

    var sentence: String {
        var text = "\(documents) document\(documents == 1 ? "" : "s"): \(complete) complete, \(incomplete) incomplete"
        if failed > 0 { text += ", \(failed) failed" }
        text += "; \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s"), "
            + "\(infos) info"
        return text
    }
}
