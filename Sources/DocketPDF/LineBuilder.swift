/// Splits poppler's page text into lines and words, pairing each character with its layout box.
///
/// poppler's own word and line breaks are refined with the boxes: tightly set table cells come out of poppler
/// glued together ("DescriptionPart", "No.USML"), so a visible gap between two characters also ends a word,
/// and a jump to another baseline also ends a line.
enum LineBuilder {
    static func lines(text: String, boxes: [PDFRect], fallback: PDFRect) -> [PDFLine] {
        var lines: [PDFLine] = []
        var lineScalars = String.UnicodeScalarView()
        var words: [PDFWord] = []
        var wordScalars = String.UnicodeScalarView()
        var wordBox: PDFRect?

        func endWord() {
            if let box = wordBox, !wordScalars.isEmpty {
                words.append(PDFWord(text: String(wordScalars), bbox: box))
            }
            wordScalars = String.UnicodeScalarView()
            wordBox = nil
        }
        func endLine() {
            endWord()
            if !words.isEmpty, let first = words.first {
                let lineText = String(lineScalars).trimmingTrailingWhitespace().exactCopy()
                let box = words.dropFirst().reduce(first.bbox) { $0.union($1.bbox) }
                lines.append(PDFLine(text: lineText, bbox: box, words: words.exactCopy()))
            }
            // The scratch buffers are reused; each line keeps exact copies (see `exactCopy`).
            lineScalars.removeAll(keepingCapacity: true)
            words.removeAll(keepingCapacity: true)
        }

        // When poppler's box count disagrees with the text (it should not), boxes are dropped rather than
        // misassigned: a wrong box is worse evidence than a page-sized one.
        let usable = boxes.count == text.unicodeScalars.count
        var previousBox: PDFRect?
        for (index, scalar) in text.unicodeScalars.enumerated() {
            if scalar == "\n" {
                endLine()
                previousBox = nil
                continue
            }
            let box = usable ? boxes[index] : fallback
            if usable, let previous = previousBox {
                let height = max(previous.height, box.height, 1)
                if abs(box.midY - previous.midY) > height * 0.6 {
                    endLine()
                } else if box.x0 - previous.x1 > height * 0.25, !wordScalars.isEmpty {
                    endWord()
                    lineScalars.append(" ")
                }
            }
            lineScalars.append(scalar)
            if scalar.properties.isWhitespace {
                endWord()
                continue
            }
            previousBox = box
            wordScalars.append(scalar)
            wordBox = wordBox.map { $0.union(box) } ?? box
        }
        endLine()
        return lines
    }
}

extension String {
    func trimmingTrailingWhitespace() -> String {
        var scalars = unicodeScalars
        while let last = scalars.last, last.properties.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}

extension String {
    /// A copy whose storage is sized to its contents, without the spare room that appending left.
    func exactCopy() -> String {
        let bytes = utf8
        return String(unsafeUninitializedCapacity: bytes.count) { buffer in
            buffer.initialize(fromContentsOf: bytes)
        }
    }
}

extension Array {
    /// A copy without the spare capacity that appending leaves: the words of every line of a document stay in
    /// memory together, and that spare room was up to half of theirs.
    func exactCopy() -> [Element] {
        [Element](unsafeUninitializedCapacity: count) { buffer, initialized in
            initialized = buffer.initialize(fromContentsOf: self)
        }
    }
}
