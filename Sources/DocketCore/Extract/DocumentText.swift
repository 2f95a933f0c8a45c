public import DocketPDF

/// A run of words on one line separated from its neighbours by a wide gap: a label, a value or a table cell.
public struct TextSegment: Sendable, Hashable {
    public var text: String
    private var box: PackedRect
    public var bbox: PDFRect { box.rect }
    /// Where the segment's words are in its line's `words`: 8 bytes where an `ArraySlice` was 32, for each of the
    /// hundreds of thousands of table cells of a long agreement.
    public var wordRange: Range<Int32>

    init(text: String, bbox: PDFRect, wordRange: Range<Int32>) {
        self.text = text
        self.box = PackedRect(bbox)
        self.wordRange = wordRange
    }
}

/// One line of page text in reading order, with its segments and where it sits.
public struct TextLine: Sendable, Hashable {
    /// Position in `DocumentText.lines`.
    public var index: Int
    /// 1-based page number.
    public var page: Int
    public var text: String
    public var bbox: PDFRect
    public var segments: [TextSegment]
    /// The words of every segment, in order, kept once by the line.
    public var words: [PDFWord]
    /// Font size estimate (the line box height).
    public var height: Double { bbox.height }

    public func words(of segment: TextSegment) -> ArraySlice<PDFWord> {
        words[Int(segment.wordRange.lowerBound)..<Int(segment.wordRange.upperBound)]
    }

    public var evidence: Evidence {
        Evidence(page: page, bbox: bbox.rounded, text: text)
    }

    public func evidence(for segment: TextSegment) -> Evidence {
        Evidence(page: page, bbox: segment.bbox.rounded, text: segment.text)
    }
}

/// The text of a whole PDF as the extractors see it: lines in reading order, running headers, footers and
/// page numbers removed, each line split into segments at wide gaps.
public struct DocumentText: Sendable {
    public private(set) var lines: [TextLine]
    public var pageSizes: [Int: (width: Double, height: Double)]
    /// Lines recognized as running headers/footers, kept out of `lines` so they cannot be read as values.
    public var noise: [TextLine]
    /// Each page's slice of `lines` (they are in page order), so a row lookup reads one page, not the whole
    /// document: a 1,500-page filing was quadratic without it.
    private var pageRanges: [Int: Range<Int>] = [:]

    /// Each page's lines are released from `content` as soon as they are read, and running text is removed in
    /// place: a 1,500-page filing's layout was held twice over while its text model was built (decision 0011).
    public init(takingPagesOf content: inout PDFContent) {
        var lines: [TextLine] = []
        lines.reserveCapacity(content.pages.reduce(0) { $0 + $1.lines.count })
        var sizes: [Int: (width: Double, height: Double)] = [:]
        let pageCount = content.pages.count
        for pageIndex in content.pages.indices {
            let page = content.pages[pageIndex]
            content.pages[pageIndex].lines = []
            sizes[page.number] = (page.width, page.height)
            for line in page.lines {
                let text = Self.collapse(line.text)
                lines.append(TextLine(index: 0, page: page.number, text: text, bbox: line.bbox,
                                      segments: Self.segments(of: line, text: text), words: line.words))
            }
        }
        let noiseKeys = Self.runningText(lines, pageSizes: sizes, pageCount: pageCount)
        var noise: [TextLine] = []
        var keptCount = 0
        for index in lines.indices {
            var line = lines[index]
            // Only the margins hold page numbers and running heads: a lone "1" in a table is a row number.
            if Self.inMargin(line, sizes) && (Self.isPageNumber(line.text) || noiseKeys.contains(Self.noiseKey(line.text))) {
                noise.append(line)
            } else {
                line.index = keptCount
                lines[keptCount] = line
                keptCount += 1
            }
        }
        lines.removeLast(lines.count - keptCount)
        self.lines = lines
        self.pageSizes = sizes
        self.noise = noise
        for line in lines {
            let range = pageRanges[line.page] ?? line.index..<line.index
            pageRanges[line.page] = range.lowerBound..<(line.index + 1)
        }
    }

    public var fullText: String { lines.map(\.text).joined(separator: "\n") }

    /// `body` applied to each line in order, each line's words and segments released as soon as it is read: what
    /// is made from a long document's lines is then not held beside the layout it was made from (decision 0011).
    consuming func readingEachLineOnce<T>(_ body: (TextLine) -> T) -> [T] {
        var results: [T] = []
        results.reserveCapacity(lines.count)
        for index in lines.indices {
            results.append(body(lines[index]))
            lines[index].words = []
            lines[index].segments = []
        }
        return results
    }

    /// Lines on `page` whose vertical extent overlaps `line`'s: the same visual row, whatever poppler's order.
    public func row(of line: TextLine) -> [TextLine] {
        let page = pageRanges[line.page].map { lines[$0] } ?? lines[...]
        return page.filter { other in
            other.page == line.page && other.bbox.y0 < line.bbox.y1 - line.height * 0.3
                && other.bbox.y1 > line.bbox.y0 + line.height * 0.3
        }.sorted { $0.bbox.x0 < $1.bbox.x0 }
    }

    /// A gap wider than 1.6 line heights separates a label from its value or one table cell from the next.
    /// `text` is the line's collapsed text, which a single segment usually equals.
    static func segments(of line: PDFLine, text: String) -> [TextSegment] {
        let words = line.words
        guard !words.isEmpty else { return [] }
        let threshold = max(line.bbox.height * 1.6, 8)
        var starts: [Int] = [words.startIndex]
        for index in words.indices.dropFirst() where words[index].bbox.x0 - words[index - 1].bbox.x1 > threshold {
            starts.append(index)
        }
        // A line of one segment shares the line's text.
        guard starts.count > 1 else { return [segment(words[...], lineText: text)] }
        var segments: [TextSegment] = []
        segments.reserveCapacity(starts.count)
        for (start, end) in zip(starts, starts.dropFirst() + [words.endIndex]) {
            segments.append(segment(words[start..<end], lineText: text))
        }
        return segments
    }

    private static func segment(_ words: ArraySlice<PDFWord>, lineText: String) -> TextSegment {
        let box = words.dropFirst().reduce(words[words.startIndex].bbox) { $0.union($1.bbox) }
        let joined = words.map(\.text).joined(separator: " ")
        // Bytes, not `==`: canonically equivalent strings compare equal but print differently.
        let text = joined.utf8.elementsEqual(lineText.utf8) ? lineText : joined
        return TextSegment(text: text, bbox: box, wordRange: Int32(words.startIndex)..<Int32(words.endIndex))
    }

    /// Runs of spaces and tabs become one space, and the ends are trimmed. Most lines need no change and are
    /// returned as they are, sharing their storage.
    static func collapse(_ text: String) -> String {
        var afterSeparator = true
        var needsWork = false
        for byte in text.utf8 {
            let isSeparator = byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")
            if isSeparator && (afterSeparator || byte == UInt8(ascii: "\t")) {
                needsWork = true
                break
            }
            afterSeparator = isSeparator
        }
        guard needsWork || afterSeparator else { return text }
        return text.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
    }

    /// "Page 3", "Page 3 of 12", "- 3 -", "3 / 12", "3".
    static func isPageNumber(_ text: String) -> Bool {
        let folded = text.lowercased().trimmingSpaces()
        let patterns = [#"^page\s+\d+(\s+of\s+\d+)?$"#, #"^[-–—]?\s*\d{1,4}\s*[-–—]?$"#, #"^\d+\s*/\s*\d+$"#]
        return patterns.contains { folded.rangeOfPattern($0) != nil }
    }

    /// Text with digits removed, so "Page 1 of 3 — ACME CONFIDENTIAL" matches on every page.
    static func noiseKey(_ text: String) -> String {
        String(text.lowercased().filter { !$0.isNumber && !$0.isWhitespace })
    }

    private static func inMargin(_ line: TextLine, _ sizes: [Int: (width: Double, height: Double)]) -> Bool {
        guard let height = sizes[line.page]?.height, height > 0 else { return false }
        return line.bbox.y1 < height * 0.1 || line.bbox.y0 > height * 0.9
    }

    /// Lines in the top or bottom tenth of the page that recur on at least half the pages (and on two or more).
    private static func runningText(_ lines: [TextLine], pageSizes: [Int: (width: Double, height: Double)],
                                    pageCount: Int) -> Set<String> {
        guard pageCount >= 2 else { return [] }
        var pagesByKey: [String: Set<Int>] = [:]
        for line in lines where inMargin(line, pageSizes) {
            let key = noiseKey(line.text)
            if !key.isEmpty { pagesByKey[key, default: []].insert(line.page) }
        }
        let needed = max(2, (pageCount + 1) / 2)
        return Set(pagesByKey.filter { $0.value.count >= needed }.keys)
    }
}
