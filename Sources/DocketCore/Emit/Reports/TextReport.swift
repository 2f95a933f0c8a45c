/// The terminal report: one block per document, a table of findings (severity, citation, field), each
/// followed by what to do and where the evidence is.
enum TextReport {
    static func render(_ records: [DocketRecord], options: ReportOptions) -> String {
        let entries = records.map(ReportEntry.init)
        var out = ""
        for entry in entries {
            out += document(entry, color: options.color)
            out += "\n"
        }
        out += ReportSummary(entries).sentence + (options.strict ? " (strict: warnings count)" : "") + "\n"
        return out
    }

    private static func document(_ entry: ReportEntry, color: Bool) -> String {
        let status = paint(entry.status.uppercased(), entry.status == "complete" ? .green : .red, color)
        var out = "\(entry.name)  [\(entry.documentType)]  \(status)\n"
        if let error = entry.record.error {
            out += "  \(error.code.rawValue): \(error.message)\n"
            return out
        }
        guard !entry.findings.isEmpty else {
            out += "  no findings\n"
            return out
        }
        let citationWidth = entry.findings.map(\.citation.count).max() ?? 0
        let fieldWidth = entry.findings.map { ($0.field ?? "-").count }.max() ?? 0
        for finding in entry.findings {
            let severity = finding.severity.rawValue.uppercased().padding(toLength: 7, withPad: " ", startingAt: 0)
            out += "  " + paint(severity, tint(finding.severity), color)
                + " " + finding.citation.padding(toLength: citationWidth, withPad: " ", startingAt: 0)
                + "  " + (finding.field ?? "-").padding(toLength: fieldWidth, withPad: " ", startingAt: 0)
                + "  " + finding.rule + "\n"
            out += "          " + finding.message + "\n"
            let location = ReportEntry.location(finding.evidence)
            let snippet = ReportEntry.snippet(finding.evidence)
            if !location.isEmpty || !snippet.isEmpty {
                let quoted = snippet.isEmpty ? "" : "\"\(snippet)\""
                out += "          evidence: " + [location, quoted].filter { !$0.isEmpty }.joined(separator: ": ") + "\n"
            }
        }
        return out
    }

    private enum Tint: String {
        case red = "31"
        case yellow = "33"
        case green = "32"
        case blue = "36"
    }

    private static func tint(_ severity: Severity) -> Tint {
        switch severity {
        case .error: .red
        case .warning: .yellow
        case .info: .blue
        }
    }

    private static func paint(_ text: String, _ tint: Tint, _ color: Bool) -> String {
        color ? "\u{1B}[\(tint.rawValue)m\(text)\u{1B}[0m" : text
    }
}
