import DocketPDF

/// Reads line-item tables from page geometry: a header row names the columns, words below are assigned to
/// columns by position, a row without a line number or quantity continues the previous item's description,
/// and a table that reaches the foot of a page continues under a repeated header on the next page.
struct ItemTableReader {
    let text: DocumentText
    /// Decides whether a row is a form label ("Block 12 - Total Value: …"), which ends the table.
    let resolver: SlotResolver

    struct Column {
        var attribute: ItemAttribute
        var x0: Double
        var x1: Double
    }

    struct Table {
        var items: [[Observation]]
        /// Text lines the table covers: excluded from label reading.
        var lines: Set<Int>
        /// The "Total" row's value, when the table has one.
        var total: Observation?
    }

    func read() -> Table {
        var result = Table(items: [], lines: [], total: nil)
        var index = 0
        while index < text.lines.count {
            let line = text.lines[index]
            guard !result.lines.contains(line.index), let columns = Self.header(in: text.row(of: line)) else {
                index += 1
                continue
            }
            let end = readTable(from: line, columns: columns, into: &result)
            index = max(index + 1, end)
        }
        return result
    }

    /// Column cells of a header row: vocabulary phrases read left to right over the row's words.
    static func header(in row: [TextLine]) -> [Column]? {
        let words = row.flatMap(\.words).sorted { $0.bbox.x0 < $1.bbox.x0 }
        guard words.count >= 3, words.count <= 24 else { return nil }
        // Most rows are not headers and fail on their first word: fold words only as the scan reaches them.
        var foldedWords: [[String]?] = Array(repeating: nil, count: words.count)
        func folded(_ index: Int) -> [String] {
            if let done = foldedWords[index] { return done }
            let words = LabelText.split(words[index].text)
            foldedWords[index] = words
            return words
        }
        var columns: [Column] = []
        var position = 0
        while position < words.count {
            var matched: (ItemAttribute, Int)?
            for length in stride(from: min(4, words.count - position), through: 1, by: -1) {
                let phrase = (position..<position + length).flatMap(folded)
                if let match = Vocabulary.find(in: phrase, Vocabulary.itemAttributeTable), match.remainder.isEmpty
                    || match.remainder.allSatisfy({ ["usd", "us", "dollar", "ea", "y", "n", "each"].contains($0) }) {
                    matched = (match.concept, length)
                    break
                }
            }
            guard let (attribute, length) = matched else {
                // A header row holds nothing but column names; anything else means this is not one.
                if folded(position).allSatisfy({ $0.count <= 1 }) {
                    position += 1
                    continue
                }
                return nil
            }
            let span = words[position..<position + length]
            let x0 = span.map(\.bbox.x0).min() ?? 0
            let x1 = span.map(\.bbox.x1).max() ?? 0
            // "Nomenclature / Description": two names for one column.
            if let last = columns.last, last.attribute == attribute {
                columns[columns.count - 1].x1 = x1
            } else {
                columns.append(Column(attribute: attribute, x0: x0, x1: x1))
            }
            position += length
        }
        let attributes = Set(columns.map(\.attribute))
        let hasWhat = attributes.contains(.description) || attributes.contains(.usml) || attributes.contains(.eccn)
        let hasHowMuch = !attributes.isDisjoint(with: [.quantity, .totalValue, .unitValue])
        // A classification request lists items without quantities or prices (BIS-748P Block 22(a)-(d), (i)): a
        // classification column and a column naming the item make the table.
        let classified = !attributes.isDisjoint(with: [.eccn, .usml])
            && !attributes.isDisjoint(with: [.description, .partNumber, .manufacturer, .ccats])
        guard attributes.count >= 3, attributes.count == columns.count, hasWhat, hasHowMuch || classified else {
            return nil
        }
        return columns
    }

    /// The columns whose cell starts a new item; a row without one continues the item above (a wrapped cell).
    /// Without a line number or quantity column, any of the short identifying cells (classification, model,
    /// CCATS) starts an item, since one of them may be blank; descriptions and manufacturers wrap.
    static func startColumns(_ columns: [Column]) -> Set<ItemAttribute> {
        let attributes = Set(columns.map(\.attribute))
        let counted = attributes.intersection([.line, .quantity])
        return counted.isEmpty ? attributes.intersection([.eccn, .usml, .partNumber, .ccats]) : counted
    }

    private struct Row {
        var words: [PDFWord]
        var box: PDFRect
    }

    /// Reads rows under `header`; returns the index of the first text line after the table.
    private func readTable(from header: TextLine, columns: [Column], into table: inout Table) -> Int {
        var page = header.page
        var top = text.row(of: header).map(\.bbox.y1).max() ?? header.bbox.y1
        var lastLine = header.index
        for line in text.row(of: header) { table.lines.insert(line.index) }
        var current: [ItemAttribute: (text: String, box: PDFRect)] = [:]
        var rowHeight = header.height
        var previousBottom = top
        let starts = Self.startColumns(columns)

        func flush() {
            guard !current.isEmpty else { return }
            let observations = current.keys.sorted { $0.rawValue < $1.rawValue }.compactMap { attribute -> Observation? in
                guard let cell = current[attribute] else { return nil }
                return Observation(slot: .item(attribute), value: cell.text,
                                   evidence: Evidence(page: page, bbox: cell.box.rounded, text: cell.text),
                                   group: "table")
            }
            table.items.append(observations)
            current = [:]
        }

        while true {
            var ended = false
            for row in rows(onPage: page, below: top) {
                if row.box.y0 - previousBottom > max(rowHeight, 8) * 2.6 { ended = true; break }
                // A run of words across most of the table is a paragraph below it, not a row.
                let tableWidth = (columns.last?.x1 ?? 0) - (columns.first?.x0 ?? 0)
                if runs(row.words).contains(where: { $0.bbox.width > tableWidth * 0.6 }) {
                    ended = true
                    break
                }
                let cells = assign(row.words, to: columns)
                let rowText = row.words.map(\.text).joined(separator: " ")
                let folded = LabelText.split(rowText)
                // A form label below the table ends it; the text route reads it (and its neighbours on the row).
                if formLabel(rowText) != nil {
                    ended = true
                    break
                }
                if folded.first == "total" || folded.contains("total") && cells[.quantity] == nil {
                    let amount = cells[.totalValue] ?? cells[.unitValue] ?? cells.values.max { $0.box.x1 < $1.box.x1 }
                    // Without an amount on the row, the total is a label whose value the text route reads below it.
                    if let amount, normalizedAmount(amount.text) {
                        table.total = Observation(slot: .totalValue, value: amount.text, evidence: Evidence(
                            page: page, bbox: amount.box.rounded, text: rowText))
                        markLines(page: page, box: row.box, in: &table)
                    }
                    ended = true
                    break
                }
                let startsItem = starts.contains { cells[$0] != nil } || current.isEmpty
                if startsItem {
                    flush()
                    current = cells
                } else if !cells.isEmpty {
                    // A wrapped row: every cell continues the one above ("USD" / "274,000.00", a long description).
                    for (attribute, cell) in cells {
                        current[attribute] = current[attribute].map { ($0.text + " " + cell.text, $0.box.union(cell.box)) }
                            ?? cell
                    }
                } else {
                    ended = true
                    break
                }
                markLines(page: page, box: row.box, in: &table)
                rowHeight = row.box.height
                previousBottom = row.box.y1
            }
            // Continue on the next page only if it repeats the header near its top.
            guard !ended, let next = continuation(after: page, columns: columns) else { break }
            for line in text.row(of: next) { table.lines.insert(line.index) }
            page = next.page
            top = text.row(of: next).map(\.bbox.y1).max() ?? next.bbox.y1
            previousBottom = top
        }
        flush()
        lastLine = table.lines.max() ?? lastLine
        return lastLine + 1
    }

    private func continuation(after page: Int, columns: [Column]) -> TextLine? {
        let nextPage = text.lines.filter { $0.page == page + 1 }.prefix(12)
        let wanted = Set(columns.map(\.attribute))
        return nextPage.first { line in
            guard let header = Self.header(in: text.row(of: line)) else { return false }
            return Set(header.map(\.attribute)) == wanted
        }
    }

    private func normalizedAmount(_ text: String) -> Bool {
        text.contains(where: \.isNumber)
    }

    /// A row that reads as a form label ("Block 12 - Total Value: $1", "Date of Application: …"), not a table row.
    private func formLabel(_ rowText: String) -> Slot? {
        let label = LabelText(rowText)
        let head: String
        if let colon = TextRecognizer.labelColon(in: rowText) {
            head = String(rowText[..<colon])
        } else if label.block != nil && label.words.count <= 6 {
            head = rowText
        } else {
            return nil
        }
        let headLabel = LabelText(head)
        guard headLabel.block != nil || headLabel.words.count <= 6 else { return nil }
        guard let slot = resolver.slot(for: headLabel) else { return nil }
        if case .item = slot { return nil }
        return slot
    }

    private func markLines(page: Int, box: PDFRect, in table: inout Table) {
        for line in text.lines where line.page == page && line.bbox.midY >= box.y0 - 1 && line.bbox.midY <= box.y1 + 1 {
            table.lines.insert(line.index)
        }
    }

    /// Words below `top` on `page`, clustered into visual rows.
    private func rows(onPage page: Int, below top: Double) -> [Row] {
        let words = text.lines.filter { $0.page == page && $0.bbox.y0 >= top - 1 }
            .flatMap(\.words)
            .sorted { ($0.bbox.midY, $0.bbox.x0) < ($1.bbox.midY, $1.bbox.x0) }
        var rows: [Row] = []
        for word in words {
            if var last = rows.last, abs(word.bbox.midY - last.box.midY) < max(word.bbox.height, 4) * 0.5 {
                last.words.append(word)
                last.box = last.box.union(word.bbox)
                rows[rows.count - 1] = last
            } else {
                rows.append(Row(words: [word], box: word.bbox))
            }
        }
        return rows.map { Row(words: $0.words.sorted { $0.bbox.x0 < $1.bbox.x0 }, box: $0.box) }
    }

    private static let numericColumns: Set<ItemAttribute> = [.line, .quantity, .unitValue, .totalValue]

    /// Words closer than a space's width or two form one run: a cell's text, which stays together even when it
    /// overhangs the next column.
    private func runs(_ words: [PDFWord]) -> [PDFWord] {
        var runs: [PDFWord] = []
        for word in words {
            if let last = runs.last, word.bbox.x0 - last.bbox.x1 < max(word.bbox.height, 4) * 0.55,
               Self.isNumeric(word.text) == Self.isNumeric(last.text) {
                runs[runs.count - 1] = PDFWord(text: last.text + " " + word.text, bbox: last.bbox.union(word.bbox))
            } else {
                runs.append(word)
            }
        }
        return runs
    }

    /// Whether `text` is digits once currency signs, separators and parentheses are left out ("$1,250.00", "(3)").
    static func isNumeric(_ text: String) -> Bool {
        // Bytes while the text is ASCII: `Character` iteration was most of the item table's time on a small form.
        var sawDigit = false
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): sawDigit = true
            case UInt8(ascii: "$"), UInt8(ascii: ","), UInt8(ascii: "."), UInt8(ascii: "("), UInt8(ascii: ")"): continue
            case 0x80...:
                let stripped = text.filter { !"$,.€£()".contains($0) }
                return !stripped.isEmpty && stripped.allSatisfy(\.isNumber)
            default: return false
            }
        }
        return sawDigit
    }

    /// Each run goes to the column whose zone it sits in; a number prefers a numeric column and words a text
    /// column, since numbers are set flush right under left-aligned headers.
    private func assign(_ words: [PDFWord], to columns: [Column]) -> [ItemAttribute: (text: String, box: PDFRect)] {
        var cells: [ItemAttribute: (text: String, box: PDFRect)] = [:]
        for word in runs(words) {
            let numeric = Self.isNumeric(word.text)
            func cost(_ index: Int) -> Double {
                let column = columns[index]
                let compatible = Self.numericColumns.contains(column.attribute) == numeric
                let anchor = numeric ? word.bbox : PDFRect(x0: word.bbox.x0, y0: word.bbox.y0, x1: word.bbox.x0 + 1,
                                                           y1: word.bbox.y1)
                return distance(anchor, column, index: index, columns) + (compatible ? 0 : 14)
            }
            let best = columns.indices.min { cost($0) < cost($1) }.map { (offset: $0, element: columns[$0]) }
            guard let column = best?.element else { continue }
            if let existing = cells[column.attribute] {
                cells[column.attribute] = (existing.text + " " + word.text, existing.box.union(word.bbox))
            } else {
                cells[column.attribute] = (word.text, word.bbox)
            }
        }
        return cells
    }

    /// Zero inside the column's zone (from the gap before it to the gap after it), else the distance to it.
    private func distance(_ box: PDFRect, _ column: Column, index: Int, _ columns: [Column]) -> Double {
        let left = index == 0 ? -Double.infinity : (columns[index - 1].x1 + column.x0) / 2
        let right = index == columns.count - 1 ? Double.infinity : (column.x1 + columns[index + 1].x0) / 2
        let center = (box.x0 + box.x1) / 2
        if center >= left && center <= right { return 0 }
        return min(abs(center - left), abs(center - right))
    }
}
