/// The per-document HTML report a scan writes beside each record. Every scan output goes through `render`, so
/// the validation report renderer replaces this page in one place.
public enum ScanDocumentReport {
    public static func render(_ record: DocketRecord) -> String {
        var body = "<h1>\(HTMLText.escape(record.source.path))</h1>\n"
        if let error = record.error {
            body += "<p class=\"error\">Could not be read: \(HTMLText.escape(error.message)) "
                + "(<code>\(HTMLText.escape(error.code.rawValue))</code>)</p>\n"
        } else {
            let type = record.documentType?.rawValue ?? "unknown"
            let complete = record.complete.map { $0 ? "complete" : "incomplete" } ?? "not checked"
            body += "<p>\(HTMLText.escape(type)), \(complete).</p>\n"
            body += table("Findings", ["severity", "rule", "citation", "field", "message"],
                          (record.findings ?? []).map { [$0.severity.rawValue, $0.rule, $0.citation, $0.field ?? "", $0.message] })
            body += table("Parties", ["role", "name", "country", "page"],
                          (record.parties ?? []).map { [$0.role.rawValue, $0.name, $0.country ?? "", page($0.evidence)] })
            body += table("Items", ["line", "description", "quantity", "value", "classification", "page"],
                          (record.items ?? []).map { item in
                              [item.line.map(String.init) ?? "", item.description ?? "",
                               item.quantity.map { "\($0)" } ?? "", item.totalValue.map { "\($0)" } ?? "",
                               item.usmlCategory ?? item.eccn ?? "", page(item.evidence)]
                          })
        }
        return """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>\(HTMLText.escape(record.source.path))</title>
            <style>body{font:14px system-ui,sans-serif;margin:2em}table{border-collapse:collapse}
            th,td{border:1px solid #ccc;padding:4px 8px;text-align:left}.error{color:#a00}</style></head><body>
            \(body)</body></html>

            """
    }

    private static func page(_ evidence: Evidence?) -> String {
        evidence?.page.map(String.init) ?? evidence?.line.map { "line \($0)" } ?? ""
    }

    private static func table(_ title: String, _ header: [String], _ rows: [[String]]) -> String {
        guard !rows.isEmpty else { return "<h2>\(title)</h2>\n<p>None.</p>\n" }
        let head = header.map { "<th>\(HTMLText.escape($0))</th>" }.joined()
        let cells = rows.map { "<tr>" + $0.map { "<td>\(HTMLText.escape($0))</td>" }.joined() + "</tr>" }
        return "<h2>\(title)</h2>\n<table><tr>\(head)</tr>\n" + cells.joined(separator: "\n") + "</table>\n"
    }
}
