public import Foundation
import DocketPDF

/// Decides what a byte stream is from its content, never from a file name.
public enum FormatSniffer {
    /// `.pdf` for a `%PDF-` header in the first KiB, `.xml` for a document that starts (after an optional BOM
    /// and white space) with an XML declaration, comment, DOCTYPE or element; nil for anything else.
    public static func sniff(_ data: Data) -> SourceFormat? {
        if PDFReader.hasPDFHeader(data) { return .pdf }
        return looksLikeXML(data) ? .xml : nil
    }

    static func looksLikeXML(_ data: Data) -> Bool {
        let head = Array(data.prefix(512))
        if head.starts(with: [0xFE, 0xFF]) || head.starts(with: [0xFF, 0xFE]) {
            return isMarkupStart(utf16: head.dropFirst(2), bigEndian: head[0] == 0xFE)
        }
        // UTF-16 without a BOM announces itself by a zero byte beside the first '<'.
        if head.starts(with: [0x00, 0x3C]) { return isMarkupStart(utf16: head[...], bigEndian: true) }
        if head.starts(with: [0x3C, 0x00]) { return isMarkupStart(utf16: head[...], bigEndian: false) }
        var bytes = head[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        return isMarkupStart(bytes.drop { [0x20, 0x09, 0x0A, 0x0D].contains($0) })
    }

    private static func isMarkupStart(utf16 bytes: ArraySlice<UInt8>, bigEndian: Bool) -> Bool {
        let units = stride(from: bytes.startIndex, to: bytes.endIndex - 1, by: 2).map { index -> UInt8 in
            let (high, low) = (bytes[index], bytes[index + 1])
            let (zero, ascii) = bigEndian ? (high, low) : (low, high)
            return zero == 0 ? ascii : 0xFF
        }
        return isMarkupStart(units[...].drop { [0x20, 0x09, 0x0A, 0x0D].contains($0) })
    }

    private static func isMarkupStart(_ bytes: ArraySlice<UInt8>) -> Bool {
        guard bytes.first == UInt8(ascii: "<"), bytes.count > 1 else { return false }
        let next = bytes[bytes.startIndex + 1]
        if next == UInt8(ascii: "?") || next == UInt8(ascii: "!") || next == UInt8(ascii: "_")
            || next == UInt8(ascii: ":") { return true }
        return (next >= UInt8(ascii: "A") && next <= UInt8(ascii: "Z"))
            || (next >= UInt8(ascii: "a") && next <= UInt8(ascii: "z")) || next >= 0x80
    }
}
