/// Splits poppler's page text into lines and words, pairing each character with its layout box.
///
/// poppler's own word and line breaks are refined with the boxes: tightly set table cells come out of poppler
/// glued together ("DescriptionPart", "No.USML"), so a visible gap between two characters also ends a word,
/// and a jump to another baseline also ends a line.
enum LineBuilder {
    static func lines(text: String, boxes: [PDFRect], fallback: PDFRect) -> [PDFLine] {
        var lines: [PDFLine] = []
        // UTF-8 scratch buffers, reused: appending scalars to string views and asking each scalar's Unicode
        // properties were most of this function's time, and it runs over every character of every page.
        var lineBytes: [UInt8] = []
        var words: [PDFWord] = []
        var wordBytes: [UInt8] = []
        var wordBox: PDFRect?

        func endWord() {
            if let box = wordBox, !wordBytes.isEmpty {
                words.append(PDFWord(text: exactString(wordBytes[...]), bbox: box))
            }
            wordBytes.removeAll(keepingCapacity: true)
            wordBox = nil
        }
        func endLine() {
            endWord()
            if !words.isEmpty, let first = words.first {
                let lineText = exactString(lineBytes[..<endWithoutTrailingWhitespace(lineBytes)])
                let box = words.dropFirst().reduce(first.bbox) { $0.union($1.bbox) }
                lines.append(PDFLine(text: lineText, bbox: box, words: words.exactCopy()))
            }
            // The scratch buffers are reused; each line keeps exact copies.
            lineBytes.removeAll(keepingCapacity: true)
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
                } else if box.x0 - previous.x1 > height * 0.25, !wordBytes.isEmpty {
                    endWord()
                    lineBytes.append(UInt8(ascii: " "))
                }
            }
            append(scalar, to: &lineBytes)
            if isWhitespace(scalar) {
                endWord()
                continue
            }
            previousBox = box
            append(scalar, to: &wordBytes)
            wordBox = wordBox.map { $0.union(box) } ?? box
        }
        endLine()
        return lines
    }

    /// Unicode's White_Space, answered without a property lookup for ASCII (tab to carriage return, and space).
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? scalar.value == 0x20 || (0x09...0x0D).contains(scalar.value) : scalar.properties.isWhitespace
    }

    private static func append(_ scalar: Unicode.Scalar, to bytes: inout [UInt8]) {
        if scalar.isASCII {
            bytes.append(UInt8(truncatingIfNeeded: scalar.value))
        } else if let encoded = UTF8.encode(scalar) {
            bytes.append(contentsOf: encoded)
        }
    }

    /// Where `bytes` (UTF-8) ends once trailing whitespace scalars are dropped.
    static func endWithoutTrailingWhitespace(_ bytes: [UInt8]) -> Int {
        var end = bytes.count
        while end > 0 {
            if bytes[end - 1] < 0x80 {
                guard isWhitespace(Unicode.Scalar(bytes[end - 1])) else { break }
                end -= 1
                continue
            }
            var start = end - 1
            // Back to the lead byte of the last scalar: continuation bytes are 10xxxxxx.
            while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
            let scalar = String(decoding: bytes[start..<end], as: UTF8.self).unicodeScalars.first
            guard let scalar, isWhitespace(scalar) else { break }
            end = start
        }
        return end
    }

    /// A string whose storage is exactly the bytes' size, without the spare room a growing buffer has.
    static func exactString(_ bytes: ArraySlice<UInt8>) -> String {
        String(unsafeUninitializedCapacity: bytes.count) { buffer in
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
