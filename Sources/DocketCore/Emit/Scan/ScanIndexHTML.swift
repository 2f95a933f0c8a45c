/// `index.html` of a scan: one self-contained page (no external files or scripts), a table sortable by any
/// column, each row linking to the document's report.
public enum ScanIndexHTML {
    public static func render(_ rows: [ScanSummaryRow], title: String) -> String {
        let counts = Dictionary(grouping: rows, by: \.status).mapValues(\.count)
        var html = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8">
            <title>\(HTMLReport.escape(title))</title>
            <style>
            body{font:14px system-ui,sans-serif;margin:2em}table{border-collapse:collapse}
            th,td{border:1px solid #ccc;padding:4px 8px;text-align:left;vertical-align:top}
            th{background:#eee;cursor:pointer;user-select:none}th[aria-sort=ascending]::after{content:" \\25B2"}
            th[aria-sort=descending]::after{content:" \\25BC"}tr.error td{background:#fde8e8}
            tr.skipped td{color:#777}td.num{text-align:right}
            </style></head><body>
            <h1>\(HTMLReport.escape(title))</h1>
            <p>\(rows.count) files: \(counts[.ok, default: 0]) read, \(counts[.error, default: 0]) failed, \
            \(counts[.skipped, default: 0]) skipped (not PDF or XML, or hidden).</p>
            <table id="files"><thead><tr>
            """
        let numeric: Set<String> = ["errors", "warnings"]
        for name in SummaryCSV.header {
            html += "<th data-type=\"\(numeric.contains(name) ? "num" : "text")\">\(HTMLReport.escape(name))</th>"
        }
        html += "</tr></thead><tbody>\n"
        for row in rows {
            let path = row.report.map { "<a href=\"\(HTMLReport.escape(HTMLLink.relative($0)))\">\(HTMLReport.escape(row.path))</a>" }
                ?? HTMLReport.escape(row.path)
            let cells = [path, HTMLReport.escape(row.type), row.status.rawValue,
                         row.complete.map { $0 ? "yes" : "no" } ?? "", "\(row.errors)", "\(row.warnings)",
                         HTMLReport.escape(row.code), HTMLReport.escape(row.message)]
            html += "<tr class=\"\(row.status.rawValue)\">"
            for (index, cell) in cells.enumerated() {
                html += index == 4 || index == 5 ? "<td class=\"num\">\(cell)</td>" : "<td>\(cell)</td>"
            }
            html += "</tr>\n"
        }
        html += """
            </tbody></table>
            <script>
            document.querySelectorAll('#files th').forEach(function (th, column) {
              th.addEventListener('click', function () {
                var body = document.querySelector('#files tbody');
                var up = th.getAttribute('aria-sort') !== 'ascending';
                document.querySelectorAll('#files th').forEach(function (h) { h.removeAttribute('aria-sort'); });
                th.setAttribute('aria-sort', up ? 'ascending' : 'descending');
                var numeric = th.dataset.type === 'num';
                Array.from(body.rows).sort(function (a, b) {
                  var x = a.cells[column].textContent, y = b.cells[column].textContent;
                  var order = numeric ? Number(x) - Number(y) : x.localeCompare(y);
                  return up ? order : -order;
                }).forEach(function (row) { body.appendChild(row); });
              });
            });
            </script>
            </body></html>

            """
        return html
    }
}
