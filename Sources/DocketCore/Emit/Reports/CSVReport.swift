/// One row per finding (RFC 4180), so a spreadsheet can sort and filter them; a document without findings
/// gets one row with its status, so every input appears.
enum CSVReport {
    static let header = ["document", "documentType", "status", "severity", "rule", "citation", "field", "message",
                         "page", "evidence"]

    static func render(_ records: [DocketRecord]) -> String {
        var rows = [header]
        for entry in records.map(ReportEntry.init) {
            let lead = [entry.name, entry.documentType, entry.status]
            if let error = entry.record.error {
                rows.append(lead + ["error", "input.\(error.code.rawValue)", "", "", error.message, "", ""])
                continue
            }
            if entry.findings.isEmpty { rows.append(lead + ["", "", "", "", "", "", ""]) }
            for finding in entry.findings {
                rows.append(lead + [finding.severity.rawValue, finding.rule, finding.citation, finding.field ?? "",
                                    finding.message, ReportEntry.location(finding.evidence),
                                    ReportEntry.snippet(finding.evidence, limit: 500)])
            }
        }
        return rows.map { $0.map(field).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    /// Quotes when needed, and defuses cells a spreadsheet would run as a formula (a leading =, +, -, @,
    /// tab or carriage return) by prefixing an apostrophe, the OWASP-recommended guard.
    static func field(_ value: String) -> String {
        var text = value
        if let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) {
            text = "'" + text
        }
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
