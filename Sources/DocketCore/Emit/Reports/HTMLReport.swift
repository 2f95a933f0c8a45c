/// One self-contained HTML file: inline CSS, no scripts, no fonts or images from anywhere, so it opens the
/// same offline, in a mail client, or archived with the filing. Every piece of record text is escaped.
public enum HTMLReport {
    /// The whole report: summary table, then one section per document.
    public static func render(_ records: [DocketRecord], options: ReportOptions = ReportOptions()) -> String {
        let entries = records.map(ReportEntry.init)
        var summary = "<p class=\"summary\">\(escape(ReportSummary(entries).sentence))"
            + (options.strict ? " (strict: warnings count)" : "") + ".</p>\n"
        summary += "<table class=\"overview\"><thead><tr><th>document</th><th>type</th><th>status</th>"
            + "<th>errors</th><th>warnings</th><th>info</th></tr></thead><tbody>\n"
        for (index, entry) in entries.enumerated() {
            summary += "<tr><td><a href=\"#doc-\(index + 1)\">\(escape(entry.name))</a></td>"
                + "<td>\(escape(entry.documentType))</td><td class=\"\(entry.status)\">\(entry.status)</td>"
                + "<td>\(entry.count(.error))</td><td>\(entry.count(.warning))</td><td>\(entry.count(.info))</td></tr>\n"
        }
        summary += "</tbody></table>\n"
        let sections = records.enumerated().map { section(for: $0.element, anchor: "doc-\($0.offset + 1)") }
        return page(title: "Docket completeness report", body: summary + sections.joined())
    }

    /// One document's section (heading, status, findings with evidence), for callers that assemble their own
    /// page, such as a batch index; wrap it with `page(title:body:)`.
    public static func section(for record: DocketRecord, anchor: String? = nil) -> String {
        let entry = ReportEntry(record)
        let id = anchor.map { " id=\"\(escape($0))\"" } ?? ""
        var out = "<section\(id)>\n<h2>\(escape(entry.name))</h2>\n"
        out += "<p class=\"meta\">\(escape(entry.documentType)) · <span class=\"\(entry.status)\">\(entry.status)</span></p>\n"
        if let error = record.error {
            out += "<p class=\"failed\">Could not be read (\(escape(error.code.rawValue))): \(escape(error.message))</p>\n"
            return out + "</section>\n"
        }
        guard !entry.findings.isEmpty else { return out + "<p>No findings.</p>\n</section>\n" }
        out += "<table class=\"findings\"><thead><tr><th>severity</th><th>citation</th><th>field</th><th>finding</th>"
            + "<th>evidence</th></tr></thead><tbody>\n"
        for finding in entry.findings {
            let location = ReportEntry.location(finding.evidence)
            let snippet = ReportEntry.snippet(finding.evidence, limit: 400)
            var evidence = location.isEmpty ? "" : "<span class=\"where\">\(escape(location))</span>"
            if !snippet.isEmpty { evidence += "<q>\(escape(snippet))</q>" }
            out += "<tr class=\"\(finding.severity.rawValue)\"><td>\(finding.severity.rawValue)</td>"
                + "<td>\(escape(finding.citation))</td><td><code>\(escape(finding.field ?? ""))</code></td>"
                + "<td>\(escape(finding.message))<br><small>\(escape(finding.rule))</small></td><td>\(evidence)</td></tr>\n"
        }
        return out + "</tbody></table>\n</section>\n"
    }

    /// A complete HTML document around `body` (already escaped markup) with the report's inline style.
    public static func page(title: String, body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
        <title>\(escape(title))</title>
        <style>
        body { font: 14px/1.4 system-ui, sans-serif; margin: 2em; color: #1b1b1b; }
        table { border-collapse: collapse; margin: 0.5em 0 1.5em; }
        th, td { border: 1px solid #ccc; padding: 4px 8px; text-align: left; vertical-align: top; }
        th { background: #f2f2f2; }
        .complete { color: #1a7f37; } .incomplete, .failed { color: #b42318; font-weight: 600; }
        tr.error td:first-child { color: #b42318; font-weight: 600; }
        tr.warning td:first-child { color: #9a6700; font-weight: 600; }
        tr.info td:first-child { color: #0969da; }
        q { display: block; font-family: ui-monospace, monospace; font-size: 12px; color: #444; }
        .where { font-size: 12px; color: #666; }
        small { color: #666; }
        </style>
        </head>
        <body>
        <h1>\(escape(title))</h1>
        \(body)</body>
        </html>

        """
    }

    /// Escapes text for element content and double-quoted attributes.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }
}
