/// A report for pasting into a ticket or an email: a summary table, then one findings table per document.
enum MarkdownReport {
    static func render(_ records: [DocketRecord], options: ReportOptions) -> String {
        let entries = records.map(ReportEntry.init)
        var out = "# Docket completeness report\n\n"
        out += ReportSummary(entries).sentence + (options.strict ? " (strict: warnings count)" : "") + ".\n\n"
        out += "| document | type | status | errors | warnings | info |\n| --- | --- | --- | --- | --- | --- |\n"
        for entry in entries {
            out += "| \(cell(entry.name)) | \(entry.documentType) | \(entry.status) | \(entry.count(.error)) | "
                + "\(entry.count(.warning)) | \(entry.count(.info)) |\n"
        }
        for entry in entries {
            out += "\n## \(cell(entry.name))\n\n"
            if let error = entry.record.error {
                out += "Could not be read (`\(error.code.rawValue)`): \(cell(error.message))\n"
                continue
            }
            guard !entry.findings.isEmpty else {
                out += "No findings.\n"
                continue
            }
            out += "| severity | citation | field | finding | evidence |\n| --- | --- | --- | --- | --- |\n"
            for finding in entry.findings {
                let location = ReportEntry.location(finding.evidence)
                let snippet = ReportEntry.snippet(finding.evidence)
                let evidence = [location, snippet.isEmpty ? "" : "“\(snippet)”"].filter { !$0.isEmpty }
                    .joined(separator: ": ")
                out += "| \(finding.severity.rawValue) | \(cell(finding.citation)) | \(cell(finding.field ?? "")) | "
                    + "\(cell(finding.message)) | \(cell(evidence)) |\n"
            }
        }
        return out
    }

    static func cell(_ text: String) -> String { MarkdownTable.cell(text, markup: true) }
}
