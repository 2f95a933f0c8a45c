import Foundation
internal import CPoppler

/// What the raw bytes say and poppler-glib does not expose: whether the file's own structure is sound (poppler
/// silently rebuilds a broken one), the `/XFA` key inside compressed object streams, and the XFA data packet.
enum RawPDF {
    /// Inflated streams are capped: a few kilobytes of zlib can claim gigabytes.
    static let inflateLimit = 64 << 20

    /// Structural damage poppler would repair without saying so, as sentences; empty for a sound file.
    ///
    /// Checked: the `%%EOF` marker, the `startxref` offset (inside the file, at `xref` or an xref stream object),
    /// and for a classic table that every in-use entry points at its own `N G obj`. Only the newest section is
    /// checked; an incremental update's older sections are not followed.
    static func structureProblems(_ data: Data) -> [String] {
        let bytes = [UInt8](data)
        let tail = max(0, bytes.count - 2048)
        var problems: [String] = []
        if lastIndex(of: Array("%%EOF".utf8), in: bytes, from: tail) == nil {
            problems.append("it has no end-of-file marker, so it looks cut short")
        }
        guard let keyword = lastIndex(of: Array("startxref".utf8), in: bytes, from: tail) else {
            problems.append("it has no startxref pointer to its cross-reference table")
            return problems
        }
        var cursor = skipWhitespace(bytes, keyword + 9)
        guard let offset = readInteger(bytes, &cursor), offset < bytes.count else {
            problems.append("its startxref pointer lies outside the file")
            return problems
        }
        let start = skipWhitespace(bytes, offset)
        if matches(bytes, at: start, Array("xref".utf8)) {
            let (checked, wrong) = checkXrefTable(bytes, from: start + 4)
            if wrong > 0 {
                problems.append("\(wrong) of \(checked) cross-reference entries point at the wrong place")
            }
        } else if objectHeader(bytes, at: start) == nil {
            problems.append("its startxref pointer does not lead to a cross-reference table")
        }
        return problems
    }

    /// True when `/XFA` appears in the file or in one of its compressed object streams (PDF 1.5 writers often
    /// put the AcroForm dictionary there, where a raw scan cannot see it).
    static func hasXFA(_ data: Data) -> Bool {
        let needle = Data("/XFA".utf8)
        if data.range(of: needle) != nil { return true }
        guard data.range(of: Data("/ObjStm".utf8)) != nil else { return false }
        return streams(in: data).contains { stream in
            stream.dictionary.range(of: Data("/ObjStm".utf8)) != nil
                && decoded(stream)?.range(of: needle) != nil
        }
    }

    /// The XFA `datasets` element (the form's data), from whichever stream carries it: a packet of its own or
    /// inside a whole XDP stream. Nil when there is none or it is encrypted or filtered other than by Flate.
    static func xfaDatasets(_ data: Data) -> Data? {
        let namespace = Data("http://www.xfa.org/schema/xfa-data/".utf8)
        for stream in streams(in: data) {
            guard let body = decoded(stream), let hit = body.range(of: namespace) else { continue }
            let bytes = [UInt8](body)
            // Back from the namespace to the start tag that declares it, then to that element's end tag.
            guard let open = bytes[..<(hit.lowerBound - body.startIndex)].lastIndex(of: UInt8(ascii: "<")) else {
                continue
            }
            let nameEnd = bytes[(open + 1)...].firstIndex { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D
                || $0 == UInt8(ascii: ">") } ?? bytes.count
            let name = Array(bytes[(open + 1)..<nameEnd])
            guard !name.isEmpty, let close = firstIndex(of: Array("</".utf8) + name + Array(">".utf8), in: bytes,
                                                        from: nameEnd) else { continue }
            return Data(bytes[open..<(close + name.count + 3)])
        }
        return nil
    }

    struct RawStream {
        var dictionary: Data
        var body: Data
    }

    /// Every `<< ... >> stream ... endstream` in file order. The body ends at `endstream`, not at `/Length`
    /// (which may be an indirect reference), with the end-of-line before it trimmed.
    static func streams(in data: Data) -> [RawStream] {
        let bytes = [UInt8](data)
        let keyword = Array("stream".utf8)
        let end = Array("endstream".utf8)
        var found: [RawStream] = []
        var from = 0
        while let hit = firstIndex(of: keyword, in: bytes, from: from) {
            from = hit + keyword.count
            // `endstream` also contains `stream`; a real start is preceded by the dictionary's `>>`.
            var before = hit - 1
            while before > 0, isWhitespace(bytes[before]) { before -= 1 }
            guard before > 0, bytes[before] == UInt8(ascii: ">"), bytes[before - 1] == UInt8(ascii: ">") else {
                continue
            }
            var bodyStart = from
            if bodyStart < bytes.count, bytes[bodyStart] == 0x0D { bodyStart += 1 }
            if bodyStart < bytes.count, bytes[bodyStart] == 0x0A { bodyStart += 1 }
            guard let stop = firstIndex(of: end, in: bytes, from: bodyStart) else { break }
            var bodyEnd = stop
            if bodyEnd > bodyStart, bytes[bodyEnd - 1] == 0x0A { bodyEnd -= 1 }
            if bodyEnd > bodyStart, bytes[bodyEnd - 1] == 0x0D { bodyEnd -= 1 }
            let dictionaryStart = lastIndex(of: Array("obj".utf8), in: bytes, from: max(0, hit - 4096), before: hit)
                .map { $0 + 3 } ?? max(0, hit - 4096)
            found.append(RawStream(dictionary: Data(bytes[dictionaryStart..<hit]), body: Data(bytes[bodyStart..<bodyEnd])))
            from = stop + end.count
        }
        return found
    }

    /// The stream's bytes after its filter: unfiltered as is, Flate inflated, anything else nil.
    static func decoded(_ stream: RawStream) -> Data? {
        guard stream.dictionary.range(of: Data("/Filter".utf8)) != nil else { return stream.body }
        guard stream.dictionary.range(of: Data("/FlateDecode".utf8)) != nil else { return nil }
        return inflate(stream.body)
    }

    static func inflate(_ data: Data) -> Data? {
        let array = data.withUnsafeBytes { buffer in
            docket_inflate(buffer.bindMemory(to: UInt8.self).baseAddress, gsize(buffer.count), gsize(inflateLimit))
        }
        guard let array else { return nil }
        defer { g_byte_array_unref(array) }
        return Data(bytes: array.pointee.data, count: Int(array.pointee.len))
    }

    // MARK: - Byte scanning

    /// Returns (entries checked, entries wrong) for the subsections after `xref`.
    private static func checkXrefTable(_ bytes: [UInt8], from start: Int) -> (Int, Int) {
        var cursor = start
        var checked = 0
        var wrong = 0
        while true {
            cursor = skipWhitespace(bytes, cursor)
            guard let first = readInteger(bytes, &cursor) else { break }
            cursor = skipWhitespace(bytes, cursor)
            guard let count = readInteger(bytes, &cursor), count >= 0, count <= bytes.count / 20 else { break }
            for number in first..<(first + count) {
                cursor = skipWhitespace(bytes, cursor)
                guard let offset = readInteger(bytes, &cursor) else { return (checked, wrong + 1) }
                cursor = skipWhitespace(bytes, cursor)
                guard let generation = readInteger(bytes, &cursor) else { return (checked, wrong + 1) }
                cursor = skipWhitespace(bytes, cursor)
                guard cursor < bytes.count else { return (checked, wrong + 1) }
                let type = bytes[cursor]
                cursor += 1
                guard type == UInt8(ascii: "n") else { continue }
                checked += 1
                let header = offset < bytes.count ? objectHeader(bytes, at: offset) : nil
                if header?.number != number || header?.generation != generation { wrong += 1 }
            }
        }
        return (checked, wrong)
    }

    /// `N G obj` at `start`: the object's number and generation.
    private static func objectHeader(_ bytes: [UInt8], at start: Int) -> (number: Int, generation: Int)? {
        var cursor = start
        guard let number = readInteger(bytes, &cursor) else { return nil }
        cursor = skipWhitespace(bytes, cursor)
        guard let generation = readInteger(bytes, &cursor) else { return nil }
        cursor = skipWhitespace(bytes, cursor)
        return matches(bytes, at: cursor, Array("obj".utf8)) ? (number, generation) : nil
    }

    private static func readInteger(_ bytes: [UInt8], _ cursor: inout Int) -> Int? {
        var value = 0
        var digits = 0
        while cursor < bytes.count, bytes[cursor] >= 0x30, bytes[cursor] <= 0x39, digits < 12 {
            value = value * 10 + Int(bytes[cursor] - 0x30)
            cursor += 1
            digits += 1
        }
        return digits > 0 ? value : nil
    }

    private static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 || byte == 0x0C || byte == 0x00
    }

    private static func skipWhitespace(_ bytes: [UInt8], _ start: Int) -> Int {
        var cursor = start
        while cursor < bytes.count, isWhitespace(bytes[cursor]) { cursor += 1 }
        return cursor
    }

    private static func matches(_ bytes: [UInt8], at start: Int, _ needle: [UInt8]) -> Bool {
        start >= 0 && start + needle.count <= bytes.count && bytes[start..<(start + needle.count)].elementsEqual(needle)
    }

    private static func firstIndex(of needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard let head = needle.first, start >= 0 else { return nil }
        var index = start
        while index + needle.count <= bytes.count {
            if bytes[index] == head && matches(bytes, at: index, needle) { return index }
            index += 1
        }
        return nil
    }

    private static func lastIndex(of needle: [UInt8], in bytes: [UInt8], from start: Int, before end: Int? = nil)
        -> Int? {
        var index = min(end ?? bytes.count, bytes.count) - needle.count
        while index >= start {
            if matches(bytes, at: index, needle) { return index }
            index -= 1
        }
        return nil
    }
}
